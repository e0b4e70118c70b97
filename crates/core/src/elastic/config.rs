//! Elasticsearch settings: the original node's environment variables,
//! overridden by options, validated at construction. Secrets are held in
//! [`Secret`], whose `Debug` never shows them, and configuration errors name
//! the variable without echoing its value.

use std::fmt;
use std::time::Duration;

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;

use crate::config::EnvSource;
use crate::error::{Error, Result};

pub const DEFAULT_URL: &str = "http://elasticsearch:9200";
/// The index OIP records live in.
pub const DEFAULT_INDEX: &str = "records";
/// The client has no default timeout; a bulk of a thousand records needs more than a relay read.
pub const DEFAULT_REQUEST_TIMEOUT_MS: u64 = 30_000;
pub const DEFAULT_MAX_BODY_BYTES: u64 = 64 * 1024 * 1024;
/// Attempts of one request, the first included.
pub const DEFAULT_MAX_ATTEMPTS: u32 = 3;
pub const DEFAULT_RETRY_BASE_MS: u64 = 100;
pub const DEFAULT_RETRY_MAX_MS: u64 = 2_000;
pub const DEFAULT_BULK_MAX_OPS: u64 = 1_000;
/// Well under `http.max_content_length` (100 MB), in the range Elastic recommends for bulk requests.
pub const DEFAULT_BULK_MAX_BYTES: u64 = 8 * 1024 * 1024;

/// A credential. Compared and hashed (clients are cached by credentials) but never printed.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ElasticAuth {
    None,
    Basic {
        username: String,
        password: Secret,
    },
    /// The base64 form of `id:key`, as sent in `Authorization: ApiKey ...`.
    ApiKey(Secret),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ElasticConfig {
    /// The nodes' URLs joined with commas, as given; safe to print.
    pub url: String,
    /// One URL per node, without credentials and without a trailing slash.
    /// Requests are spread over them and fail over when one cannot be reached.
    pub nodes: Vec<String>,
    pub auth: ElasticAuth,
    pub request_timeout: Duration,
    pub max_body_bytes: usize,
    pub max_attempts: u32,
    pub retry_base: Duration,
    pub retry_max: Duration,
    pub bulk_max_ops: usize,
    pub bulk_max_bytes: usize,
    /// A PEM file of the CA that signed the cluster's certificate (on-premises
    /// clusters); with it, certificates are verified against that CA too.
    pub ca_cert: Option<CaCert>,
}

/// A CA certificate read at configuration time, so a bad path fails construction.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CaCert {
    pub path: String,
    pub pem: Vec<u8>,
}

/// Option overrides for [`ElasticConfig`]; `None` falls back to the environment, then the default.
#[derive(Clone, Default)]
pub struct ElasticOverrides {
    pub url: Option<String>,
    pub username: Option<String>,
    pub password: Option<String>,
    /// `id:key`, or its base64 form.
    pub api_key: Option<String>,
    pub timeout_ms: Option<u64>,
    pub max_body_bytes: Option<u64>,
    pub max_attempts: Option<u32>,
    pub retry_base_ms: Option<u64>,
    pub retry_max_ms: Option<u64>,
    pub bulk_max_ops: Option<u64>,
    pub bulk_max_bytes: Option<u64>,
    /// Path of a PEM CA certificate.
    pub ca_cert: Option<String>,
}

impl fmt::Debug for ElasticOverrides {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let hidden = |v: &Option<String>| v.as_ref().map(|_| "***");
        f.debug_struct("ElasticOverrides")
            .field("url", &self.url.as_deref().map(strip_userinfo))
            .field("username", &self.username)
            .field("password", &hidden(&self.password))
            .field("api_key", &hidden(&self.api_key))
            .field("timeout_ms", &self.timeout_ms)
            .field("max_body_bytes", &self.max_body_bytes)
            .field("max_attempts", &self.max_attempts)
            .field("retry_base_ms", &self.retry_base_ms)
            .field("retry_max_ms", &self.retry_max_ms)
            .field("bulk_max_ops", &self.bulk_max_ops)
            .field("bulk_max_bytes", &self.bulk_max_bytes)
            .field("ca_cert", &self.ca_cert)
            .finish()
    }
}

impl ElasticConfig {
    /// Options win over `ELASTICSEARCHHOST`, `ELASTICCLIENTUSERNAME` /
    /// `ELASTICCLIENTPASSWORD` and `ELASTICSEARCH_API_KEY`. An API key wins
    /// over basic credentials, and credentials in the URL
    /// (`http://user:pass@host:9200`) are used when no others are given.
    /// The URL may list several nodes of one cluster, comma-separated, as the
    /// Elastic clients accept them.
    pub fn resolve(overrides: &ElasticOverrides, env: EnvSource) -> Result<Self> {
        let (url_name, raw_url) = match &overrides.url {
            Some(url) => ("url", url.clone()),
            None => ("ELASTICSEARCHHOST", env("ELASTICSEARCHHOST").unwrap_or_else(|| DEFAULT_URL.to_string())),
        };
        let (nodes, url_auth) = parse_urls(url_name, &raw_url)?;

        let pick = |option: &Option<String>, option_name: &'static str, var: &'static str| match option {
            Some(v) => Some((option_name, v.clone())),
            None => env(var).map(|v| (var, v)),
        };
        let api_key = pick(&overrides.api_key, "apiKey", "ELASTICSEARCH_API_KEY");
        let username = pick(&overrides.username, "username", "ELASTICCLIENTUSERNAME");
        let password = pick(&overrides.password, "password", "ELASTICCLIENTPASSWORD");

        let auth = if let Some((name, key)) = api_key {
            ElasticAuth::ApiKey(encode_api_key(name, &key)?)
        } else {
            match (username, password) {
                (Some((_, username)), Some((_, password))) => {
                    ElasticAuth::Basic { username, password: Secret::new(password) }
                }
                (Some((user_name, _)), None) => {
                    return Err(invalid(
                        user_name,
                        "is set but no password is (ELASTICCLIENTPASSWORD or the password option)",
                    ))
                }
                (None, Some((pass_name, _))) => {
                    return Err(invalid(
                        pass_name,
                        "is set but no username is (ELASTICCLIENTUSERNAME or the username option)",
                    ))
                }
                (None, None) => url_auth,
            }
        };

        Ok(ElasticConfig {
            url: nodes.join(","),
            nodes,
            auth,
            request_timeout: Duration::from_millis(positive(
                "timeoutMs",
                overrides.timeout_ms,
                DEFAULT_REQUEST_TIMEOUT_MS,
            )?),
            max_body_bytes: positive("maxBodyBytes", overrides.max_body_bytes, DEFAULT_MAX_BODY_BYTES)? as usize,
            max_attempts: positive("maxAttempts", overrides.max_attempts.map(u64::from), DEFAULT_MAX_ATTEMPTS.into())?
                as u32,
            retry_base: Duration::from_millis(overrides.retry_base_ms.unwrap_or(DEFAULT_RETRY_BASE_MS)),
            retry_max: Duration::from_millis(overrides.retry_max_ms.unwrap_or(DEFAULT_RETRY_MAX_MS)),
            bulk_max_ops: positive("bulkMaxOps", overrides.bulk_max_ops, DEFAULT_BULK_MAX_OPS)? as usize,
            bulk_max_bytes: positive("bulkMaxBytes", overrides.bulk_max_bytes, DEFAULT_BULK_MAX_BYTES)? as usize,
            ca_cert: match pick(&overrides.ca_cert, "caCert", "ELASTICSEARCH_CA_CERT") {
                None => None,
                Some((name, path)) => {
                    let pem =
                        std::fs::read(&path).map_err(|e| invalid(name, &format!("{path:?} cannot be read: {e}")))?;
                    Some(CaCert { path, pem })
                }
            },
        })
    }

    /// Every form in which a credential could be echoed, for scrubbing text that leaves the layer.
    pub(crate) fn secrets(&self) -> Vec<String> {
        match &self.auth {
            ElasticAuth::None => Vec::new(),
            ElasticAuth::Basic { username, password } => {
                vec![password.expose().to_string(), BASE64.encode(format!("{username}:{}", password.expose()))]
            }
            ElasticAuth::ApiKey(encoded) => {
                let mut all = vec![encoded.expose().to_string()];
                if let Some((_, key)) = BASE64
                    .decode(encoded.expose())
                    .ok()
                    .and_then(|raw| String::from_utf8(raw).ok())
                    .as_deref()
                    .and_then(|s| s.split_once(':'))
                {
                    all.push(key.to_string());
                }
                all
            }
        }
    }
}

fn invalid(name: &str, reason: &str) -> Error {
    Error::InvalidConfig { name: name.into(), reason: reason.into() }
}

fn positive(name: &str, value: Option<u64>, default: u64) -> Result<u64> {
    match value {
        Some(0) => Err(invalid(name, "must be a positive number")),
        Some(v) => Ok(v),
        None => Ok(default),
    }
}

/// A comma-separated list of node URLs, each as [`parse_url`]; credentials
/// given in them must be the same for all (they are the cluster's).
fn parse_urls(name: &str, raw: &str) -> Result<(Vec<String>, ElasticAuth)> {
    let mut nodes = Vec::new();
    let mut auth = ElasticAuth::None;
    for part in raw.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (url, part_auth) = parse_url(name, part)?;
        match (&auth, &part_auth) {
            (_, ElasticAuth::None) => {}
            (ElasticAuth::None, _) => auth = part_auth,
            (held, given) if held != given => {
                return Err(invalid(name, "lists URLs with different credentials"));
            }
            _ => {}
        }
        if !nodes.contains(&url) {
            nodes.push(url);
        }
    }
    if nodes.is_empty() {
        return Err(invalid(name, "has no URL"));
    }
    Ok((nodes, auth))
}

/// Validates an http(s) URL and moves any userinfo out of it. The value is
/// never echoed in an error, since it may carry a password.
fn parse_url(name: &str, raw: &str) -> Result<(String, ElasticAuth)> {
    let mut url = reqwest::Url::parse(raw.trim()).map_err(|e| invalid(name, &format!("is not a URL ({e})")))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(invalid(name, "must be an http:// or https:// URL with a host"));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(invalid(name, "must not have a query or a fragment"));
    }
    let auth = match (url.username(), url.password()) {
        ("", _) => ElasticAuth::None,
        (_, None) => return Err(invalid(name, "has a username but no password")),
        (user, Some(pass)) => {
            let decode = |s: &str| percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned();
            ElasticAuth::Basic { username: decode(user), password: Secret::new(decode(pass)) }
        }
    };
    // Cannot fail on an http(s) URL with a host.
    let _ = url.set_username("");
    let _ = url.set_password(None);
    Ok((url.as_str().trim_end_matches('/').to_string(), auth))
}

/// `id:key` becomes the base64 form; a base64 form is checked to decode to `id:key`.
fn encode_api_key(name: &str, raw: &str) -> Result<Secret> {
    let raw = raw.trim();
    if let Some((id, key)) = raw.split_once(':') {
        if id.is_empty() || key.is_empty() {
            return Err(invalid(name, "must be id:key or its base64 form"));
        }
        return Ok(Secret::new(BASE64.encode(raw)));
    }
    let decodes_to_pair = BASE64
        .decode(raw)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .is_some_and(|s| s.split_once(':').is_some_and(|(id, key)| !id.is_empty() && !key.is_empty()));
    if !decodes_to_pair {
        return Err(invalid(name, "must be id:key or its base64 form"));
    }
    Ok(Secret::new(raw))
}

/// A URL for messages: userinfo removed, so a password given in it never shows.
pub(crate) fn strip_userinfo(raw: &str) -> String {
    match reqwest::Url::parse(raw) {
        Ok(mut url) => {
            let _ = url.set_username("");
            let _ = url.set_password(None);
            url.to_string()
        }
        Err(_) => "(not a URL)".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
    }

    #[test]
    fn defaults_env_and_options() {
        let c = ElasticConfig::resolve(&Default::default(), &env_of(&[])).unwrap();
        assert_eq!(c.url, DEFAULT_URL);
        assert_eq!(c.auth, ElasticAuth::None);
        assert_eq!(c.request_timeout, Duration::from_secs(30));
        assert_eq!(c.max_body_bytes, 64 << 20);
        assert_eq!(c.max_attempts, 3);

        let env = env_of(&[
            ("ELASTICSEARCHHOST", "https://es.example:9243/"),
            ("ELASTICCLIENTUSERNAME", "elastic"),
            ("ELASTICCLIENTPASSWORD", "pw"),
        ]);
        let c = ElasticConfig::resolve(&Default::default(), &env).unwrap();
        assert_eq!(c.url, "https://es.example:9243");
        assert_eq!(c.auth, ElasticAuth::Basic { username: "elastic".into(), password: Secret::new("pw") });

        let o = ElasticOverrides {
            url: Some("http://other:9200".into()),
            api_key: Some("id:key".into()),
            ..Default::default()
        };
        let c = ElasticConfig::resolve(&o, &env).unwrap();
        assert_eq!(c.url, "http://other:9200");
        assert_eq!(c.auth, ElasticAuth::ApiKey(Secret::new(BASE64.encode("id:key"))));
    }

    #[test]
    fn api_key_forms_and_url_credentials() {
        let encoded = BASE64.encode("abc:def");
        let o = ElasticOverrides { api_key: Some(encoded.clone()), ..Default::default() };
        assert_eq!(ElasticConfig::resolve(&o, &env_of(&[])).unwrap().auth, ElasticAuth::ApiKey(Secret::new(encoded)));

        let env = env_of(&[("ELASTICSEARCHHOST", "http://u%40x:p%3Aw@es:9200")]);
        let c = ElasticConfig::resolve(&Default::default(), &env).unwrap();
        assert_eq!(c.url, "http://es:9200");
        assert_eq!(c.auth, ElasticAuth::Basic { username: "u@x".into(), password: Secret::new("p:w") });
    }

    #[test]
    fn bad_values_name_their_source_without_echoing_secrets() {
        let err =
            |o: ElasticOverrides, env: &dyn Fn(&str) -> Option<String>| ElasticConfig::resolve(&o, env).unwrap_err();
        let e = err(Default::default(), &env_of(&[("ELASTICSEARCHHOST", "not a url with s3cret")]));
        assert_eq!(e.code(), "INVALID_CONFIG");
        assert!(e.to_string().contains("ELASTICSEARCHHOST") && !e.to_string().contains("s3cret"), "{e}");
        let e = err(Default::default(), &env_of(&[("ELASTICSEARCHHOST", "ftp://u:s3cret@h")]));
        assert!(e.to_string().contains("ELASTICSEARCHHOST") && !e.to_string().contains("s3cret"), "{e}");
        let e = err(Default::default(), &env_of(&[("ELASTICSEARCH_API_KEY", "s3cret-not-base64!")]));
        assert!(e.to_string().contains("ELASTICSEARCH_API_KEY") && !e.to_string().contains("s3cret"), "{e}");
        let e = err(Default::default(), &env_of(&[("ELASTICCLIENTUSERNAME", "elastic")]));
        assert!(e.to_string().contains("ELASTICCLIENTUSERNAME"), "{e}");
        let e = err(ElasticOverrides { password: Some("s3cret".into()), ..Default::default() }, &env_of(&[]));
        assert!(e.to_string().contains("password") && !e.to_string().contains("s3cret"), "{e}");
        let e = err(ElasticOverrides { timeout_ms: Some(0), ..Default::default() }, &env_of(&[]));
        assert!(e.to_string().contains("timeoutMs"), "{e}");
    }

    #[test]
    fn several_nodes_comma_separated() {
        let env = env_of(&[("ELASTICSEARCHHOST", " http://a:9200/, http://u:pw@b:9200 ,,http://a:9200")]);
        let c = ElasticConfig::resolve(&Default::default(), &env).unwrap();
        assert_eq!(c.nodes, vec!["http://a:9200".to_string(), "http://b:9200".to_string()]);
        assert_eq!(c.url, "http://a:9200,http://b:9200");
        assert_eq!(c.auth, ElasticAuth::Basic { username: "u".into(), password: Secret::new("pw") });

        let err = |raw: &'static str| {
            let env = move |k: &str| (k == "ELASTICSEARCHHOST").then(|| raw.to_string());
            ElasticConfig::resolve(&Default::default(), &env).unwrap_err().to_string()
        };
        assert!(err(" , ").contains("has no URL"), "{}", err(" , "));
        let mixed = err("http://u:s3cret@a:9200,http://v:other@b:9200");
        assert!(mixed.contains("different credentials") && !mixed.contains("s3cret"), "{mixed}");
        assert!(err("http://a:9200,ftp://b").contains("ELASTICSEARCHHOST"));
    }

    #[test]
    fn debug_hides_secrets() {
        let o = ElasticOverrides {
            url: Some("http://u:s3cret@h:9200".into()),
            username: Some("u".into()),
            password: Some("s3cret".into()),
            api_key: Some("id:s3cret".into()),
            ..Default::default()
        };
        assert!(!format!("{o:?}").contains("s3cret"));
        let c = ElasticConfig::resolve(&o, &env_of(&[])).unwrap();
        assert!(!format!("{c:?}").contains("s3cret"));
        let basic = ElasticOverrides { api_key: None, ..o };
        let c = ElasticConfig::resolve(&basic, &env_of(&[])).unwrap();
        assert!(!format!("{c:?}").contains("s3cret"));
        assert!(c.secrets().contains(&"s3cret".to_string()));
    }
}
