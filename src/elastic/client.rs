//! The [`Elastic`] handle: one request with a timeout and a body cap, and
//! the retry loop around it.
//!
//! The official client builds its own `reqwest::Client` inside
//! `TransportBuilder::build` and offers no way to hand it ours
//! ([`crate::http::client`]), so it cannot share that pool. Instead each
//! (URL, credentials) gets one `Elasticsearch` client per process, cached
//! here, so constructing many `Elastic`s opens one connection pool. The
//! retry budget belongs to one `Elastic` and its clones.

use std::collections::HashMap;
use std::fmt;
use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use elasticsearch::auth::Credentials;
use elasticsearch::cert::{Certificate, CertificateValidation};
use elasticsearch::http::response::Response;
use elasticsearch::http::transport::{SingleNodeConnectionPool, TransportBuilder};
use elasticsearch::Elasticsearch;

use crate::error::{Error, ErrorClass, Result};
use crate::http::{CappedBody, TooLarge};

use super::classify;
use super::config::{CaCert, ElasticAuth, ElasticConfig};
use super::redact::Redactor;
use super::retry::{Backoff, RetryBudget};

type ClusterKey = (String, ElasticAuth, Option<CaCert>);

static CLUSTERS: OnceLock<Mutex<HashMap<ClusterKey, Elasticsearch>>> = OnceLock::new();

/// The process's client of one cluster with one set of credentials (cheap to clone: an `Arc` inside).
fn shared_client(config: &ElasticConfig) -> Result<Elasticsearch> {
    let key = (config.url.clone(), config.auth.clone(), config.ca_cert.clone());
    let mut clusters = CLUSTERS.get_or_init(Default::default).lock().unwrap_or_else(|p| p.into_inner());
    if let Some(found) = clusters.get(&key) {
        return Ok(found.clone());
    }
    let url = reqwest::Url::parse(&config.url)
        .map_err(|e| Error::InvalidConfig { name: "url".into(), reason: format!("is not a URL ({e})") })?;
    let mut builder = TransportBuilder::new(SingleNodeConnectionPool::new(url));
    builder = match &config.auth {
        ElasticAuth::None => builder,
        ElasticAuth::Basic { username, password } => {
            builder.auth(Credentials::Basic(username.clone(), password.expose().to_string()))
        }
        ElasticAuth::ApiKey(encoded) => builder.auth(Credentials::EncodedApiKey(encoded.expose().to_string())),
    };
    if let Some(ca) = &config.ca_cert {
        let cert = Certificate::from_pem(&ca.pem).map_err(|e| Error::InvalidConfig {
            name: "ELASTICSEARCH_CA_CERT".into(),
            reason: format!("{:?} is not a PEM certificate: {e}", ca.path),
        })?;
        builder = builder.cert_validation(CertificateValidation::Full(cert));
    }
    let transport = builder
        .build()
        .map_err(|e| Error::InvalidConfig { name: "url".into(), reason: format!("cannot build a client: {e}") })?;
    let es = Elasticsearch::new(transport);
    clusters.insert(key, es.clone());
    Ok(es)
}

/// A cheap, cloneable handle on one cluster; see the module docs of [`super`].
#[derive(Clone)]
pub struct Elastic {
    inner: Arc<Inner>,
}

struct Inner {
    es: Elasticsearch,
    budget: RetryBudget,
    url: String,
    timeout: Duration,
    max_body: usize,
    max_attempts: u32,
    backoff: Backoff,
    bulk_max_ops: usize,
    bulk_max_bytes: usize,
    redactor: Redactor,
    requests: AtomicU64,
}

impl fmt::Debug for Elastic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Elastic").field("url", &self.inner.url).finish_non_exhaustive()
    }
}

impl Elastic {
    pub fn new(config: &ElasticConfig) -> Result<Self> {
        Ok(Elastic {
            inner: Arc::new(Inner {
                es: shared_client(config)?,
                budget: RetryBudget::default(),
                url: config.url.clone(),
                timeout: config.request_timeout,
                max_body: config.max_body_bytes,
                max_attempts: config.max_attempts,
                backoff: Backoff { base: config.retry_base, max: config.retry_max },
                bulk_max_ops: config.bulk_max_ops,
                bulk_max_bytes: config.bulk_max_bytes,
                redactor: Redactor::new(config.secrets()),
                requests: AtomicU64::new(0),
            }),
        })
    }

    /// HTTP requests this handle (and its clones) sent, retries included.
    pub fn requests_made(&self) -> u64 {
        self.inner.requests.load(Ordering::Relaxed)
    }

    pub fn url(&self) -> &str {
        &self.inner.url
    }

    pub(super) fn es(&self) -> &Elasticsearch {
        &self.inner.es
    }

    pub(super) fn timeout(&self) -> Duration {
        self.inner.timeout
    }

    pub(super) fn bulk_limits(&self) -> (usize, usize) {
        (self.inner.bulk_max_ops, self.inner.bulk_max_bytes)
    }

    pub(super) fn redactor(&self) -> &Redactor {
        &self.inner.redactor
    }

    /// `"POST /records/_mget http://es:9200"`, for messages.
    pub(super) fn endpoint(&self, method_and_path: &str) -> String {
        format!("{method_and_path} {}", self.inner.url)
    }

    /// Sends one request and hands the status and body to `interpret`. The
    /// body is read a chunk at a time and refused as soon as it passes the
    /// cap, whether or not its length was announced.
    pub(super) async fn attempt<T>(
        &self,
        endpoint: &str,
        request: impl Future<Output = std::result::Result<Response, elasticsearch::Error>>,
        interpret: impl FnOnce(u16, &[u8]) -> Result<T>,
    ) -> Result<T> {
        self.inner.requests.fetch_add(1, Ordering::Relaxed);
        let transport =
            |e: elasticsearch::Error| classify::transport_error(&e, endpoint, self.inner.timeout, &self.inner.redactor);
        let too_large = |TooLarge| Error::EsTooLarge { endpoint: endpoint.to_string(), limit: self.inner.max_body };
        let mut response = request.await.map_err(transport)?;
        let status = response.status_code().as_u16();
        let mut body = CappedBody::new(self.inner.max_body, response.content_length()).map_err(too_large)?;
        while let Some(chunk) = response.chunk().await.map_err(transport)? {
            body.push(&chunk).map_err(too_large)?;
        }
        interpret(status, &body.into_bytes())
    }

    /// Whether to try again after a failed attempt number `attempt`, and if
    /// so waits the backoff first. Only transient failures are retried, at
    /// most `max_attempts` in all, and only while the retry budget allows.
    pub(super) async fn may_retry(&self, attempt: u32, error_class: ErrorClass) -> bool {
        if error_class != ErrorClass::Transient || attempt >= self.inner.max_attempts || !self.inner.budget.try_spend()
        {
            return false;
        }
        tokio::time::sleep(self.inner.backoff.delay(attempt)).await;
        true
    }

    pub(super) fn succeeded(&self) {
        self.inner.budget.on_success();
    }

    /// [`attempt`](Self::attempt), retried while [`may_retry`](Self::may_retry) allows.
    pub(super) async fn execute<T, F, Fut>(
        &self,
        endpoint: &str,
        request: F,
        interpret: impl Fn(u16, &[u8]) -> Result<T>,
    ) -> Result<T>
    where
        F: Fn() -> Fut,
        Fut: Future<Output = std::result::Result<Response, elasticsearch::Error>>,
    {
        let mut attempt = 1;
        loop {
            match self.attempt(endpoint, request(), &interpret).await {
                Ok(value) => {
                    self.succeeded();
                    return Ok(value);
                }
                Err(e) if self.may_retry(attempt, e.class()).await => attempt += 1,
                Err(e) => return Err(e),
            }
        }
    }
}
