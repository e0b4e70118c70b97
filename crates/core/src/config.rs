//! Configuration: the original helpers' environment variables, overridden by
//! options the app passes. Every value is validated here, at construction, so
//! a typo fails loudly with the variable's name instead of at the first sync.

use std::time::Duration;

use crate::error::{Error, Result};

pub const DEFAULT_RELAY_URL: &str = "http://gun-relay:8765";
/// Above the relays' 3 s missing-soul wait, as the original's 10 s axios timeout.
pub const DEFAULT_REQUEST_TIMEOUT_MS: u64 = 10_000;
pub const DEFAULT_MAX_BODY_BYTES: u64 = 32 * 1024 * 1024;
/// Relays answer 404 on the first read of fresh nodes, so a remembered 404
/// must expire in seconds (the original kept it for an hour).
pub const DEFAULT_NEGATIVE_CACHE_TTL_MS: u64 = 5_000;

/// Where environment variables come from; a closure in tests, the process environment otherwise.
pub type EnvSource<'a> = &'a dyn Fn(&str) -> Option<String>;

pub fn process_env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// Settings of the relay client shared by every part of the core.
#[derive(Debug, Clone, PartialEq)]
pub struct GunConfig {
    /// The local relay's HTTP API, without a trailing slash.
    pub relay_url: String,
    pub request_timeout: Duration,
    pub max_body_bytes: usize,
    pub negative_cache_ttl: Duration,
    /// Per-operation timeouts of the original helper, in place of `request_timeout`.
    pub original_timeouts: Option<OriginalTimeouts>,
}

/// The original `helpers/gun.js` timeouts: 30 s per record put, 20 s per
/// read, `GUN_REGISTRY_TIMEOUT_MS` (else 30 s) per simple put, which is what
/// the registry writes with. Lists and deletions keep `request_timeout` (10 s
/// in the original too).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OriginalTimeouts {
    pub put_simple: Duration,
    pub put_record: Duration,
    pub get: Duration,
}

pub const ORIGINAL_PUT_TIMEOUT_MS: u64 = 30_000;
pub const ORIGINAL_GET_TIMEOUT_MS: u64 = 20_000;

/// Option overrides for [`GunConfig`]; `None` falls back to the environment, then the default.
#[derive(Debug, Clone, Default)]
pub struct GunOverrides {
    pub relay_url: Option<String>,
    pub timeout_ms: Option<u64>,
    pub max_body_bytes: Option<u64>,
    pub negative_cache_ttl_ms: Option<u64>,
}

impl GunConfig {
    pub fn resolve(overrides: &GunOverrides, env: EnvSource) -> Result<Self> {
        let relay_url = match &overrides.relay_url {
            Some(url) => check_url("apiUrl", url)?,
            None => match env("GUN_PEERS") {
                Some(peers) => {
                    let first = peers.split(',').map(str::trim).find(|p| !p.is_empty()).unwrap_or(DEFAULT_RELAY_URL);
                    check_url("GUN_PEERS", &rewrite_peer_url(first))?
                }
                None => DEFAULT_RELAY_URL.to_string(),
            },
        };
        Ok(GunConfig {
            relay_url,
            request_timeout: Duration::from_millis(positive(
                "timeoutMs",
                overrides.timeout_ms,
                DEFAULT_REQUEST_TIMEOUT_MS,
            )?),
            max_body_bytes: positive("maxBodyBytes", overrides.max_body_bytes, DEFAULT_MAX_BODY_BYTES)? as usize,
            negative_cache_ttl: Duration::from_millis(
                overrides.negative_cache_ttl_ms.unwrap_or(DEFAULT_NEGATIVE_CACHE_TTL_MS),
            ),
            original_timeouts: None,
        })
    }

    /// The original helper's timeouts. `GUN_REGISTRY_TIMEOUT_MS=0` means the
    /// default, as the original's `parseInt(...) || 30000` read it.
    pub fn with_original_timeouts(mut self, env: EnvSource) -> Result<Self> {
        let put_simple =
            env_u64(env, "GUN_REGISTRY_TIMEOUT_MS")?.filter(|&ms| ms > 0).unwrap_or(ORIGINAL_PUT_TIMEOUT_MS);
        self.original_timeouts = Some(OriginalTimeouts {
            put_simple: Duration::from_millis(put_simple),
            put_record: Duration::from_millis(ORIGINAL_PUT_TIMEOUT_MS),
            get: Duration::from_millis(ORIGINAL_GET_TIMEOUT_MS),
        });
        Ok(self)
    }
}

fn positive(name: &str, value: Option<u64>, default: u64) -> Result<u64> {
    match value {
        Some(0) => Err(Error::InvalidConfig { name: name.into(), reason: "must be a positive number".into() }),
        Some(v) => Ok(v),
        None => Ok(default),
    }
}

/// Parses a number from an environment variable, naming the variable when it is not one.
pub fn env_u64(env: EnvSource, name: &str) -> Result<Option<u64>> {
    match env(name) {
        None => Ok(None),
        Some(raw) => raw.trim().parse::<u64>().map(Some).map_err(|_| Error::InvalidConfig {
            name: name.into(),
            reason: format!("{raw:?} is not a non-negative integer"),
        }),
    }
}

/// Accepts an http(s) URL and returns it without a trailing slash.
pub fn check_url(name: &str, url: &str) -> Result<String> {
    let trimmed = url.trim().trim_end_matches('/');
    // Named in the error without its user and password.
    let shown = crate::gun::relay::without_userinfo(trimmed);
    let parsed = reqwest::Url::parse(trimmed)
        .map_err(|e| Error::InvalidConfig { name: name.into(), reason: format!("{shown:?} is not a URL: {e}") })?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Err(Error::InvalidConfig {
            name: name.into(),
            reason: format!("{shown:?} must be an http:// or https:// URL with a host"),
        });
    }
    Ok(trimmed.to_string())
}

/// The original's peer rewrite: websocket schemes become HTTP, and a GUN
/// websocket path `/gun` becomes the relay's HTTP API path `/gun-relay`.
pub fn rewrite_peer_url(peer: &str) -> String {
    let peer = peer.trim();
    let peer = if let Some(rest) = peer.strip_prefix("ws://") {
        format!("http://{rest}")
    } else if let Some(rest) = peer.strip_prefix("wss://") {
        format!("https://{rest}")
    } else {
        peer.to_string()
    };
    if peer.contains("/gun-relay") {
        peer
    } else {
        peer.replacen("/gun", "/gun-relay", 1)
    }
}

/// `GUN_EXTERNAL_PEERS`, falling back to `GUN_PEERS`, each rewritten and validated.
pub fn external_peers(env: EnvSource) -> Result<Vec<String>> {
    let (name, raw) = match env("GUN_EXTERNAL_PEERS") {
        Some(v) => ("GUN_EXTERNAL_PEERS", v),
        None => ("GUN_PEERS", env("GUN_PEERS").unwrap_or_default()),
    };
    raw.split(',').map(str::trim).filter(|p| !p.is_empty()).map(|p| check_url(name, &rewrite_peer_url(p))).collect()
}

/// What a bad environment value does. The core API and the CLI refuse it, so
/// a typo stops the program; the drop-in modules stand where the original
/// helpers stood, which parsed with `parseInt(x) || default` and never threw,
/// so there it falls back to the original's default with a warning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BadEnv {
    #[default]
    Refuse,
    FallBack,
}

/// Variables the original read and tolerated any value of, with the check the core applies.
const TOLERATED: [(&str, fn(&str) -> bool); 6] = [
    ("GUN_SYNC_INTERVAL", positive_integer),
    ("GUN_CACHE_MAX_AGE", positive_integer),
    ("GUN_REGISTRY_TIMEOUT_MS", positive_integer),
    ("RECORD_TYPE_INDEX_MODE", index_mode),
    ("GUN_PEERS", relay_list),
    ("GUN_EXTERNAL_PEERS", relay_list),
];

fn positive_integer(v: &str) -> bool {
    v.trim().parse::<u64>().is_ok_and(|n| n > 0)
}

fn index_mode(v: &str) -> bool {
    IndexMode::parse(v).is_some()
}

fn relay_list(v: &str) -> bool {
    v.split(',').map(str::trim).filter(|p| !p.is_empty()).all(|p| check_url("", &rewrite_peer_url(p)).is_ok())
}

/// Fallback warnings already given; a handful of variables, so it stays small.
static WARNED: std::sync::Mutex<std::collections::BTreeSet<String>> =
    std::sync::Mutex::new(std::collections::BTreeSet::new());

/// The environment as the core should read it under `policy`: with
/// `FallBack`, each tolerated variable holding a value the core would refuse
/// reads as unset (so its default applies), and is named in the warnings.
pub struct Environment {
    hidden: Vec<&'static str>,
    pub warnings: Vec<String>,
}

impl Environment {
    pub fn read(policy: BadEnv, env: EnvSource) -> Self {
        let mut hidden = Vec::new();
        let mut warnings = Vec::new();
        if policy == BadEnv::FallBack {
            for (name, ok) in TOLERATED {
                if let Some(v) = env(name).filter(|v| !ok(v)) {
                    hidden.push(name);
                    let warning = format!(
                        "[oip-gun-sync] {name}={v:?} is not a valid value; using the default, as the original helpers did"
                    );
                    // Once per process: the app builds a helper per request.
                    if WARNED.lock().unwrap_or_else(|p| p.into_inner()).insert(warning.clone()) {
                        warnings.push(warning);
                    }
                }
            }
        }
        Environment { hidden, warnings }
    }

    /// `env` with the hidden variables unset.
    pub fn get(&self, env: EnvSource, name: &str) -> Option<String> {
        if self.hidden.contains(&name) {
            None
        } else {
            env(name)
        }
    }
}

/// `RECORD_TYPE_INDEX_MODE`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndexMode {
    All,
    Whitelist,
    Blacklist,
}

impl IndexMode {
    fn parse(v: &str) -> Option<Self> {
        match v.trim() {
            "all" => Some(IndexMode::All),
            "whitelist" => Some(IndexMode::Whitelist),
            "blacklist" => Some(IndexMode::Blacklist),
            _ => None,
        }
    }
}

/// The comma-separated list in `name`, trimmed, without empty entries.
pub fn env_list(env: EnvSource, name: &str) -> Vec<String> {
    env(name)
        .map(|v| v.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect())
        .unwrap_or_default()
}

/// The record types to sync: the explicit ones, else `OIP_RECORD_TYPES`,
/// else the app's (its templates' keys), filtered as the original's
/// `getRecordTypes()` filtered them.
pub fn record_types(explicit: Option<Vec<String>>, app: Option<Vec<String>>, env: EnvSource) -> Result<Vec<String>> {
    let from_env = Some(env_list(env, "OIP_RECORD_TYPES")).filter(|t| !t.is_empty());
    filter_by_index_mode(explicit.or(from_env).or(app).unwrap_or_default(), env)
}

/// `types` filtered by `RECORD_TYPE_INDEX_MODE`. A whitelist keeps the types
/// it names (all of them when no types were given); an empty whitelist means
/// all types, as in the original.
fn filter_by_index_mode(app_types: Vec<String>, env: EnvSource) -> Result<Vec<String>> {
    let mode = match env("RECORD_TYPE_INDEX_MODE") {
        None => IndexMode::All,
        Some(v) => IndexMode::parse(&v).ok_or_else(|| Error::InvalidConfig {
            name: "RECORD_TYPE_INDEX_MODE".into(),
            reason: format!("{v:?} is none of all, whitelist, blacklist"),
        })?,
    };
    Ok(match mode {
        IndexMode::All => app_types,
        IndexMode::Whitelist => {
            let white = env_list(env, "RECORD_TYPE_INDEX_WHITELIST");
            if white.is_empty() {
                app_types
            } else if app_types.is_empty() {
                white
            } else {
                app_types.into_iter().filter(|t| white.contains(t)).collect()
            }
        }
        IndexMode::Blacklist => {
            let black = env_list(env, "RECORD_TYPE_INDEX_BLACKLIST");
            app_types.into_iter().filter(|t| !black.contains(t)).collect()
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
    }

    #[test]
    fn a_bad_url_is_named_without_its_password() {
        for bad in ["http://u:pw-S3CRET@h:notaport", "ftp://u:pw-S3CRET@h:1"] {
            let text = check_url("GUN_PEERS", bad).unwrap_err().to_string();
            assert!(!text.contains("pw-S3CRET") && text.contains("GUN_PEERS"), "{text}");
        }
    }

    #[test]
    fn relay_url_from_env_options_and_default() {
        let none = env_of(&[]);
        assert_eq!(GunConfig::resolve(&Default::default(), &none).unwrap().relay_url, DEFAULT_RELAY_URL);
        let env = env_of(&[("GUN_PEERS", " http://a:1/ , http://b:2")]);
        assert_eq!(GunConfig::resolve(&Default::default(), &env).unwrap().relay_url, "http://a:1");
        let o = GunOverrides { relay_url: Some("http://c:3".into()), ..Default::default() };
        assert_eq!(GunConfig::resolve(&o, &env).unwrap().relay_url, "http://c:3");
    }

    #[test]
    fn original_timeouts_as_the_original_read_them() {
        let t = |env: &dyn Fn(&str) -> Option<String>| {
            GunConfig::resolve(&GunOverrides::default(), env)
                .unwrap()
                .with_original_timeouts(env)
                .unwrap()
                .original_timeouts
                .unwrap()
        };
        let default = t(&env_of(&[]));
        assert_eq!(
            (default.put_simple, default.put_record, default.get),
            (Duration::from_secs(30), Duration::from_secs(30), Duration::from_secs(20))
        );
        assert_eq!(t(&env_of(&[("GUN_REGISTRY_TIMEOUT_MS", "4500")])).put_simple, Duration::from_millis(4500));
        assert_eq!(t(&env_of(&[("GUN_REGISTRY_TIMEOUT_MS", "0")])).put_simple, Duration::from_secs(30));
        let bad = env_of(&[("GUN_REGISTRY_TIMEOUT_MS", "soon")]);
        let cfg = GunConfig::resolve(&GunOverrides::default(), &bad).unwrap();
        assert!(cfg.with_original_timeouts(&bad).unwrap_err().to_string().contains("GUN_REGISTRY_TIMEOUT_MS"));
    }

    #[test]
    fn bad_values_name_their_source() {
        let env = env_of(&[("GUN_PEERS", "not a url")]);
        let err = GunConfig::resolve(&Default::default(), &env).unwrap_err();
        assert_eq!(err.code(), "INVALID_CONFIG");
        assert!(err.to_string().contains("GUN_PEERS"), "{err}");
        let o = GunOverrides { timeout_ms: Some(0), ..Default::default() };
        assert!(GunConfig::resolve(&o, &env_of(&[])).unwrap_err().to_string().contains("timeoutMs"));
        let env = env_of(&[("GUN_SYNC_INTERVAL", "15m")]);
        assert!(env_u64(&env, "GUN_SYNC_INTERVAL").unwrap_err().to_string().contains("GUN_SYNC_INTERVAL"));
    }

    #[test]
    fn peer_rewrite_as_the_original() {
        assert_eq!(rewrite_peer_url("wss://node.example/gun"), "https://node.example/gun-relay");
        assert_eq!(rewrite_peer_url("ws://h:8765/gun"), "http://h:8765/gun-relay");
        assert_eq!(rewrite_peer_url("https://h/gun-relay"), "https://h/gun-relay");
        let env =
            env_of(&[("GUN_PEERS", "http://local:8765"), ("GUN_EXTERNAL_PEERS", "wss://a/gun,https://b/gun-relay")]);
        assert_eq!(external_peers(&env).unwrap(), vec!["https://a/gun-relay", "https://b/gun-relay"]);
        let env = env_of(&[("GUN_PEERS", "http://local:8765")]);
        assert_eq!(external_peers(&env).unwrap(), vec!["http://local:8765"]);
    }

    #[test]
    fn fall_back_hides_only_bad_tolerated_values() {
        let env = env_of(&[
            ("GUN_SYNC_INTERVAL", "abc"),
            ("GUN_CACHE_MAX_AGE", "60000"),
            ("RECORD_TYPE_INDEX_MODE", "Whitelist"),
            ("GUN_PEERS", "http://a:1"),
            ("GUN_EXTERNAL_PEERS", "http://b:2,not a url"),
        ]);
        let strict = Environment::read(BadEnv::Refuse, &env);
        assert!(strict.warnings.is_empty());
        assert_eq!(strict.get(&env, "GUN_SYNC_INTERVAL").as_deref(), Some("abc"));
        let lenient = Environment::read(BadEnv::FallBack, &env);
        assert_eq!(lenient.warnings.len(), 3, "{:?}", lenient.warnings);
        for name in ["GUN_SYNC_INTERVAL", "RECORD_TYPE_INDEX_MODE", "GUN_EXTERNAL_PEERS"] {
            assert_eq!(lenient.get(&env, name), None);
            assert!(lenient.warnings.iter().any(|w| w.contains(name)), "{name}");
        }
        assert_eq!(lenient.get(&env, "GUN_CACHE_MAX_AGE").as_deref(), Some("60000"));
        assert_eq!(lenient.get(&env, "GUN_PEERS").as_deref(), Some("http://a:1"));
    }

    #[test]
    fn record_types_as_the_original() {
        let app = || vec!["post".to_string(), "image".into(), "workout".into()];
        assert_eq!(filter_by_index_mode(app(), &env_of(&[])).unwrap(), app());
        let empty_white = env_of(&[("RECORD_TYPE_INDEX_MODE", "whitelist")]);
        assert_eq!(filter_by_index_mode(app(), &empty_white).unwrap(), app());
        let white = env_of(&[("RECORD_TYPE_INDEX_MODE", "whitelist"), ("RECORD_TYPE_INDEX_WHITELIST", " image ,post")]);
        assert_eq!(filter_by_index_mode(app(), &white).unwrap(), vec!["post", "image"]);
        assert_eq!(filter_by_index_mode(vec![], &white).unwrap(), vec!["image", "post"]);
        let black = env_of(&[("RECORD_TYPE_INDEX_MODE", "blacklist"), ("RECORD_TYPE_INDEX_BLACKLIST", "image")]);
        assert_eq!(filter_by_index_mode(app(), &black).unwrap(), vec!["post", "workout"]);
        let bad = env_of(&[("RECORD_TYPE_INDEX_MODE", "Whitelist")]);
        assert!(filter_by_index_mode(app(), &bad).unwrap_err().to_string().contains("RECORD_TYPE_INDEX_MODE"));
        let listed = env_of(&[("OIP_RECORD_TYPES", "post, image")]);
        assert_eq!(record_types(None, Some(app()), &listed).unwrap(), vec!["post", "image"]);
        assert_eq!(record_types(Some(vec!["workout".into()]), Some(app()), &listed).unwrap(), vec!["workout"]);
        assert_eq!(record_types(None, Some(app()), &env_of(&[])).unwrap(), app());
    }
}
