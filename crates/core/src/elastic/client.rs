//! The [`Elastic`] handle: one request with a timeout and a body cap, and
//! the retry loop around it.
//!
//! The official client builds its own `reqwest::Client` inside
//! `TransportBuilder::build` and offers no way to hand it ours
//! ([`crate::http::client`]), so it cannot share that pool. Instead each
//! (URL, credentials) gets one `Elasticsearch` client per process, cached
//! here, so constructing many `Elastic`s opens one connection pool. The
//! retry budget belongs to one `Elastic` and its clones.
//!
//! With several node URLs ([`ElasticConfig::nodes`]) requests go round-robin
//! over the nodes ([`Nodes`]). A node that cannot be connected to has not
//! received the request, so it is sent at once to the next node, and the
//! failed node is left out for a while (1 s, doubling to 30 s while it keeps
//! failing), as the Elastic clients' connection pools do. Other failures go
//! through the retry policy, whose next attempt goes to the next node.

use std::collections::HashMap;
use std::fmt;
use std::future::Future;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

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

/// The process's client of one node with one set of credentials (cheap to clone: an `Arc` inside).
fn shared_client(node: &str, config: &ElasticConfig) -> Result<Elasticsearch> {
    let key = (node.to_string(), config.auth.clone(), config.ca_cert.clone());
    let mut clusters = CLUSTERS.get_or_init(Default::default).lock().unwrap_or_else(|p| p.into_inner());
    if let Some(found) = clusters.get(&key) {
        return Ok(found.clone());
    }
    let url = reqwest::Url::parse(node)
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

const DEAD_MIN: Duration = Duration::from_secs(1);
const DEAD_MAX: Duration = Duration::from_secs(30);

struct Node {
    es: Elasticsearch,
    /// Consecutive connection failures, and until when the node is left out.
    down: Mutex<(u32, Option<Instant>)>,
}

/// A cluster's nodes, picked round-robin, skipping those recently unreachable.
struct Nodes {
    nodes: Vec<Node>,
    next: AtomicUsize,
}

impl Nodes {
    fn new(clients: Vec<Elasticsearch>) -> Self {
        Nodes {
            nodes: clients.into_iter().map(|es| Node { es, down: Mutex::new((0, None)) }).collect(),
            next: AtomicUsize::new(0),
        }
    }

    fn down_until(&self, i: usize) -> Option<Instant> {
        self.nodes[i].down.lock().unwrap_or_else(|p| p.into_inner()).1
    }

    /// The next node in turn that is not left out; when all are, the one that comes back first.
    fn pick(&self, now: Instant) -> usize {
        let n = self.nodes.len();
        let start = self.next.fetch_add(1, Ordering::Relaxed) % n;
        (0..n)
            .map(|k| (start + k) % n)
            .find(|&i| self.down_until(i).is_none_or(|t| t <= now))
            .unwrap_or_else(|| (0..n).min_by_key(|&i| self.down_until(i)).unwrap_or(start))
    }

    fn failed(&self, i: usize, now: Instant) {
        let mut down = self.nodes[i].down.lock().unwrap_or_else(|p| p.into_inner());
        down.0 = down.0.saturating_add(1);
        let wait = DEAD_MIN.saturating_mul(1u32 << (down.0 - 1).min(5)).min(DEAD_MAX);
        down.1 = Some(now + wait);
    }

    fn answered(&self, i: usize) {
        *self.nodes[i].down.lock().unwrap_or_else(|p| p.into_inner()) = (0, None);
    }
}

/// A cheap, cloneable handle on one cluster; see the module docs of [`super`].
#[derive(Clone)]
pub struct Elastic {
    inner: Arc<Inner>,
}

struct Inner {
    nodes: Nodes,
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
                nodes: Nodes::new(config.nodes.iter().map(|n| shared_client(n, config)).collect::<Result<_>>()?),
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

    /// Sends one request (`request` builds it for the node picked) and hands
    /// the status and body to `interpret`. A node that cannot be connected to
    /// is left out and the request goes to the next one, each node at most
    /// once. The body is read a chunk at a time and refused as soon as it
    /// passes the cap, whether or not its length was announced.
    pub(super) async fn attempt<'a, T, F, Fut>(
        &'a self,
        endpoint: &str,
        request: F,
        interpret: impl FnOnce(u16, &[u8]) -> Result<T>,
    ) -> Result<T>
    where
        F: Fn(&'a Elasticsearch) -> Fut,
        Fut: Future<Output = std::result::Result<Response, elasticsearch::Error>>,
    {
        let transport =
            |e: elasticsearch::Error| classify::transport_error(&e, endpoint, self.inner.timeout, &self.inner.redactor);
        let too_large = |TooLarge| Error::EsTooLarge { endpoint: endpoint.to_string(), limit: self.inner.max_body };
        let nodes = &self.inner.nodes;
        let mut untried = nodes.nodes.len();
        let mut response = loop {
            let i = nodes.pick(Instant::now());
            self.inner.requests.fetch_add(1, Ordering::Relaxed);
            untried -= 1;
            match request(&nodes.nodes[i].es).await {
                Ok(response) => {
                    nodes.answered(i);
                    break response;
                }
                Err(e) if classify::is_connect(&e) => {
                    nodes.failed(i, Instant::now());
                    if untried == 0 {
                        return Err(transport(e));
                    }
                }
                Err(e) => return Err(transport(e)),
            }
        };
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
    pub(super) async fn execute<'a, T, F, Fut>(
        &'a self,
        endpoint: &str,
        request: F,
        interpret: impl Fn(u16, &[u8]) -> Result<T>,
    ) -> Result<T>
    where
        F: Fn(&'a Elasticsearch) -> Fut,
        Fut: Future<Output = std::result::Result<Response, elasticsearch::Error>>,
    {
        let mut attempt = 1;
        loop {
            match self.attempt(endpoint, &request, &interpret).await {
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

#[cfg(test)]
mod tests {
    use super::*;
    use elasticsearch::http::transport::Transport;

    fn nodes(n: usize) -> Nodes {
        Nodes::new(
            (0..n).map(|i| Elasticsearch::new(Transport::single_node(&format!("http://n{i}:9200")).unwrap())).collect(),
        )
    }

    #[test]
    fn round_robin_skips_an_unreachable_node_until_its_time_is_up() {
        let pool = nodes(3);
        let now = Instant::now();
        assert_eq!((0..6).map(|_| pool.pick(now)).collect::<Vec<_>>(), [0, 1, 2, 0, 1, 2]);
        pool.failed(1, now);
        assert_eq!((0..4).map(|_| pool.pick(now)).collect::<Vec<_>>(), [0, 2, 2, 0]);
        let later = now + DEAD_MIN;
        assert!((0..3).map(|_| pool.pick(later)).any(|i| i == 1));
    }

    #[test]
    fn the_wait_doubles_while_a_node_keeps_failing_and_resets_when_it_answers() {
        let pool = nodes(2);
        let now = Instant::now();
        let waits: Vec<Duration> = (0..7)
            .map(|_| {
                pool.failed(0, now);
                pool.down_until(0).unwrap() - now
            })
            .collect();
        assert_eq!(waits.iter().map(Duration::as_secs).collect::<Vec<_>>(), [1, 2, 4, 8, 16, 30, 30]);
        pool.answered(0);
        assert_eq!(pool.down_until(0), None);
    }

    #[test]
    fn when_every_node_is_out_the_one_back_first_is_tried() {
        let pool = nodes(3);
        let now = Instant::now();
        pool.failed(0, now);
        pool.failed(0, now); // out for 2 s
        pool.failed(2, now);
        pool.failed(2, now);
        pool.failed(2, now); // out for 4 s
        pool.failed(1, now); // out for 1 s
        assert_eq!(pool.pick(now), 1);
    }
}
