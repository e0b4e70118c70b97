//! A client of one relay's HTTP API (`/put`, `/get`, `/list`).
//!
//! Bodies are read with a cap, parsed and dropped here; callers get only
//! parsed values. Errors name the soul and the endpoint.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use futures_util::future::join_all;
use tokio::sync::Semaphore;

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde_json::{Map, Value};

use super::record;
use crate::config::GunConfig;
use crate::error::{Cause, Error, Result};
use crate::http::{self, BodyError};
use crate::text::shorten;

/// Everything but unreserved characters is escaped, so `#`, `&`, `?`, `/`,
/// `%` and spaces in souls cannot change the query's meaning.
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

pub type Node = Map<String, Value>;

/// All reads of one record from one relay (its node, `meta` and other child
/// nodes, their retries and re-reads) share one deadline of this many of the
/// relay's request timeouts: a healthy record is two reads, and a slow or
/// hostile relay then holds a record this long, not reads x retries x timeout.
pub const RECORD_DEADLINE_READS: u32 = 2;

/// Pause between reads of a node that answered partially: relays answer
/// fresh or many-field nodes partially for a moment.
pub const REREAD_PAUSE: Duration = Duration::from_millis(250);

/// Reads with `read` up to `tries` times, [`REREAD_PAUSE`] apart, until
/// `settled` holds for an answer; returns the last answer.
pub async fn reread<T, F: std::future::Future<Output = T>>(
    tries: u32,
    mut read: impl FnMut() -> F,
    settled: impl Fn(&T) -> bool,
) -> T {
    let mut answer = read().await;
    for _ in 1..tries {
        if settled(&answer) {
            break;
        }
        tokio::time::sleep(REREAD_PAUSE).await;
        answer = read().await;
    }
    answer
}

/// Puts of nested nodes (a registry type index's entries, the app's
/// `putRecord` and `putSimple` of nested data) in flight to one relay at once: real relays
/// have left puts unanswered, and lost them, with four or more nested puts in flight.
const NESTED_PUT_CONCURRENCY: usize = 2;
/// Puts of flat nodes (the records the sync and repair store, split by [`Relay::put_flat`], registry
/// node entries, deletions' nulls) in flight to one relay at once, unless
/// configured otherwise (`putConcurrency`). A relay answers a put after about
/// 370 ms at any width up to 64, so its put rate grows with the width (43, 84
/// and 162 flat puts a second at 16, 32 and 64 in flight), with none
/// unanswered and no more lost later (bench/RESULTS.md section 4); 32 takes
/// twice the rate of 16 and leaves half the measured safe width in reserve.
pub const FLAT_PUT_CONCURRENCY: usize = 32;

/// One put gate per relay URL, process-wide, so every helper, registry and
/// sync service of the process shares it.
static PUT_GATES: OnceLock<Mutex<HashMap<String, PutGate>>> = OnceLock::new();

/// A relay's puts in flight, and how many it lets through at once.
#[derive(Debug, Clone)]
struct PutGate {
    slots: Arc<Semaphore>,
    width: usize,
}

fn put_gate(base: &str, width: usize) -> PutGate {
    let mut gates = PUT_GATES.get_or_init(Default::default).lock().unwrap_or_else(|p| p.into_inner());
    let width = width.max(1);
    gates.entry(base.to_string()).or_insert_with(|| PutGate { slots: Arc::new(Semaphore::new(width)), width }).clone()
}

#[derive(Debug, Clone)]
pub struct Relay {
    base: String,
    /// `base` without its user and password: what errors, logs and documents name.
    shown: String,
    timeout: Duration,
    max_body: usize,
    puts: PutGate,
    flat_puts: PutGate,
    /// Requests sent through this client and its clones, for reports.
    requests: Arc<AtomicU64>,
}

impl Relay {
    pub fn new(config: &GunConfig) -> Self {
        Self::at(&config.relay_url, config, FLAT_PUT_CONCURRENCY)
    }

    /// A relay (the local one, or a peer) with `config`'s limits and
    /// `flat_puts` puts of flat nodes in flight at most, which takes effect
    /// for the first client of a URL in the process.
    pub fn at(url: &str, config: &GunConfig, flat_puts: usize) -> Self {
        Relay {
            base: url.to_string(),
            shown: without_userinfo(url),
            timeout: config.request_timeout,
            max_body: config.max_body_bytes,
            puts: put_gate(url, NESTED_PUT_CONCURRENCY),
            flat_puts: put_gate(&format!("{url} (flat)"), flat_puts),
            requests: Arc::new(AtomicU64::new(0)),
        }
    }

    /// How many flat puts this relay takes at once: what a stage that
    /// stores records one put at a time must keep going to fill the gate.
    pub fn flat_put_width(&self) -> usize {
        self.flat_puts.width
    }

    pub fn requests_made(&self) -> u64 {
        self.requests.load(Ordering::Relaxed)
    }

    /// Same relay and limits, another timeout (registry puts have their own).
    pub fn with_timeout(&self, timeout: Duration) -> Self {
        Relay { timeout, ..self.clone() }
    }

    /// How long one request may take.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// The relay's URL without credentials, safe to show.
    pub fn url(&self) -> &str {
        &self.shown
    }

    /// `GET /get`: `Ok(None)` on 404. A 404 only means "not known to this
    /// relay yet" (see the relay notes in the README); callers decide what that is worth.
    pub async fn get(&self, soul: &str) -> Result<Option<Node>> {
        let url = format!("{}/get?soul={}", self.base, utf8_percent_encode(soul, QUERY_VALUE));
        let (status, body) = self.send(http::client().get(&url), "GET /get", soul).await?;
        read_get(status, &body).map_err(|r| self.reject(r, "GET /get", soul))
    }

    /// `POST /put`, merging `data`'s fields into the node.
    pub async fn put(&self, soul: &str, data: &Value) -> Result<()> {
        let body = serde_json::to_vec(&serde_json::json!({ "soul": soul, "data": data }))
            .map_err(|e| Error::InvalidArgument { name: "data".into(), reason: e.to_string() })?;
        let req = http::client()
            .post(format!("{}/put", self.base))
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(body);
        let gate = if is_flat(data) { &self.flat_puts } else { &self.puts };
        let (status, body) = {
            let _permit = gate.slots.acquire().await.expect("put gates are never closed");
            self.send(req, "POST /put", soul).await?
        };
        read_put(status, &body).map_err(|r| self.reject(r, "POST /put", soul))
    }

    /// Puts `data` at `soul` as the flat nodes GUN would make of it
    /// ([`record::flat_nodes`]): child nodes first, concurrently, then their
    /// parent with links to them, each wave only once the one before was
    /// acknowledged, all through the flat put gate. Readers see what a nested
    /// put leaves (same souls, fields and links), and the relay is spared the
    /// nested puts it hangs on when more than two are in flight.
    pub async fn put_flat(&self, soul: &str, data: &Value) -> Result<()> {
        for wave in record::flat_nodes(soul, data) {
            // Every put of a wave runs to its answer; the first error stops the next waves.
            let answers = join_all(wave.iter().map(|(soul, node)| self.put(soul, node))).await;
            answers.into_iter().collect::<Result<Vec<()>>>()?;
        }
        Ok(())
    }

    /// `GET /list` of one publisher hash.
    pub async fn list(
        &self,
        publisher_hash: &str,
        limit: u32,
        offset: u32,
        record_type: Option<&str>,
    ) -> Result<Vec<Value>> {
        let mut url = format!(
            "{}/list?publisherHash={}&limit={limit}&offset={offset}",
            self.base,
            utf8_percent_encode(publisher_hash, QUERY_VALUE)
        );
        if let Some(t) = record_type {
            url.push_str("&recordType=");
            url.extend(utf8_percent_encode(t, QUERY_VALUE));
        }
        let (status, body) = self.send(http::client().get(&url), "GET /list", publisher_hash).await?;
        read_list(status, &body).map_err(|r| self.reject(r, "GET /list", publisher_hash))
    }

    /// Whether something that answers like a relay is there. `GET /list`
    /// without its parameter answers 400 at once, where a `/get` of a
    /// missing soul would wait the relay's full missing-soul timeout.
    pub async fn ping(&self) -> bool {
        let req = http::client().get(format!("{}/list", self.base));
        match self.send(req, "GET /list", "").await {
            Ok((status, body)) => {
                (status == 200 || status == 400) && serde_json::from_slice::<Value>(&body).is_ok_and(|v| v.is_object())
            }
            Err(_) => false,
        }
    }

    async fn send(&self, req: reqwest::RequestBuilder, endpoint: &str, soul: &str) -> Result<(u16, Vec<u8>)> {
        self.requests.fetch_add(1, Ordering::Relaxed);
        let resp = req.timeout(self.timeout).send().await.map_err(|e| self.transport_error(e, endpoint, soul))?;
        let status = resp.status().as_u16();
        match http::read_body_capped(resp, self.max_body).await {
            Ok(body) => Ok((status, body)),
            Err(BodyError::TooLarge) => {
                Err(Error::GunTooLarge { endpoint: self.endpoint(endpoint), soul: shorten(soul), limit: self.max_body })
            }
            Err(BodyError::Transport(e)) => Err(self.transport_error(e, endpoint, soul)),
        }
    }

    /// A connection that fails before an answer starts (refused, reset, closed
    /// before the status line) is `GunUnreachable`: nothing of the relay's
    /// answer arrived. One that breaks once an answer has started is
    /// `GunBadResponse`, like an answer cut short or garbled: the relay was
    /// there but what it sent is unusable. Both are transient.
    fn transport_error(&self, e: reqwest::Error, endpoint: &str, soul: &str) -> Error {
        // reqwest's message names the request URL, credentials included; the endpoint names the relay already.
        let e = e.without_url();
        if e.is_timeout() {
            Error::GunTimeout { endpoint: self.endpoint(endpoint), soul: shorten(soul), after: self.timeout }
        } else if e.is_body() || e.is_decode() {
            Error::GunBadResponse {
                endpoint: self.endpoint(endpoint),
                soul: shorten(soul),
                detail: "connection broke while reading the body".into(),
                cause: Some(Cause::of(&e)),
            }
        } else {
            Error::GunUnreachable { endpoint: self.endpoint(endpoint), soul: shorten(soul), cause: Cause::of(&e) }
        }
    }

    fn reject(&self, rejection: Rejection, endpoint: &str, soul: &str) -> Error {
        let (endpoint, soul) = (self.endpoint(endpoint), shorten(soul));
        match rejection {
            Rejection::Status { status, detail } => Error::GunHttp { status, endpoint, soul, detail },
            Rejection::Shape(detail) => Error::GunBadResponse { endpoint, soul, detail, cause: None },
        }
    }

    /// Runs `reads`, every read of the record `soul` from this relay, within
    /// the record's one deadline; past it, `GunTimeout` for all of them.
    pub async fn record_reads<T>(&self, soul: &str, reads: impl std::future::Future<Output = Result<T>>) -> Result<T> {
        let deadline = self.timeout * RECORD_DEADLINE_READS;
        tokio::time::timeout(deadline, reads).await.unwrap_or_else(|_| {
            Err(Error::GunTimeout {
                endpoint: format!("GET /get {} (every read of the record)", self.shown),
                soul: shorten(soul),
                after: deadline,
            })
        })
    }

    /// Every error names the relay along with the endpoint: an app talks to several.
    fn endpoint(&self, endpoint: &str) -> String {
        format!("{endpoint} {}", self.shown)
    }
}

/// Why an answer is not what the relay API promises; [`Relay`] adds the endpoint and soul.
#[derive(Debug, Clone, PartialEq)]
pub enum Rejection {
    /// A status the endpoint does not answer with success, and what the body says of it.
    Status { status: u16, detail: String },
    /// A success status with a body not of the API's shape.
    Shape(String),
}

// The answers' interpretation, apart from any I/O so it can be fuzzed alone.

/// `GET /get`: the node, or `None` on 404.
pub fn read_get(status: u16, body: &[u8]) -> std::result::Result<Option<Node>, Rejection> {
    match status {
        200 => match take_field(parse(body)?, "data") {
            Some(Value::Object(node)) => Ok(Some(node)),
            _ => Err(Rejection::Shape("no \"data\" object in the answer".into())),
        },
        404 => Ok(None),
        _ => Err(status_rejection(status, body)),
    }
}

/// `POST /put`: 200 with `"success": true`.
pub fn read_put(status: u16, body: &[u8]) -> std::result::Result<(), Rejection> {
    if status != 200 {
        return Err(status_rejection(status, body));
    }
    match parse(body)?.get("success") {
        Some(Value::Bool(true)) => Ok(()),
        _ => Err(Rejection::Shape("no \"success\": true in the answer".into())),
    }
}

/// `GET /list`: its `records`.
pub fn read_list(status: u16, body: &[u8]) -> std::result::Result<Vec<Value>, Rejection> {
    if status != 200 {
        return Err(status_rejection(status, body));
    }
    match take_field(parse(body)?, "records") {
        Some(Value::Array(records)) => Ok(records),
        _ => Err(Rejection::Shape("no \"records\" array in the answer".into())),
    }
}

fn parse(body: &[u8]) -> std::result::Result<Value, Rejection> {
    serde_json::from_slice(body).map_err(|e| Rejection::Shape(format!("invalid JSON: {e}")))
}

/// The relay's `error` text when it sent one, else the start of the body.
fn status_rejection(status: u16, body: &[u8]) -> Rejection {
    let detail = serde_json::from_slice::<Value>(body)
        .ok()
        .and_then(|v| v.get("error").map(|e| e.as_str().map(str::to_string).unwrap_or_else(|| e.to_string())))
        .unwrap_or_else(|| String::from_utf8_lossy(body).into_owned());
    Rejection::Status { status, detail: shorten(&detail) }
}

/// Whether a put's fields are all scalars or links to other nodes: GUN
/// then writes one node, not a tree.
fn is_flat(data: &Value) -> bool {
    data.as_object()
        .is_some_and(|m| m.values().all(|v| record::reference(v).is_some() || (!v.is_object() && !v.is_array())))
}

/// Moves one field out of a parsed answer, so nothing else of it is kept.
fn take_field(v: Value, field: &str) -> Option<Value> {
    match v {
        Value::Object(mut map) => map.remove(field),
        _ => None,
    }
}

/// `scheme://user:password@host…` as `scheme://host…`; other text unchanged.
pub fn without_userinfo(url: &str) -> String {
    let Some(start) = url.find("://").map(|i| i + 3) else { return url.to_string() };
    let end = url[start..].find(['/', '?', '#']).map_or(url.len(), |i| start + i);
    match url[start..end].rfind('@') {
        Some(at) => format!("{}{}", &url[..start], &url[start + at + 1..]),
        None => url.to_string(),
    }
}

/// A one-shot HTTP server on loopback for the client tests.
#[cfg(test)]
pub(crate) mod test_server {
    use std::time::Duration;

    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpListener;

    /// Answers each of `answers.len()` connections with the next answer; returns how many came.
    pub fn serve(listener: TcpListener, answers: Vec<String>) -> tokio::task::JoinHandle<usize> {
        tokio::spawn(async move {
            let mut served = 0;
            for answer in answers {
                let Ok(Ok((mut sock, _))) = tokio::time::timeout(Duration::from_millis(1500), listener.accept()).await
                else {
                    break;
                };
                let mut buf = [0u8; 4096];
                let _ = sock.read(&mut buf).await;
                let _ = sock.write_all(answer.as_bytes()).await;
                let _ = sock.shutdown().await;
                served += 1;
            }
            served
        })
    }

    pub fn answer(status: &str, extra: &str, body: &str) -> String {
        format!("HTTP/1.1 {status}\r\n{extra}Content-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn reread_stops_at_the_first_settled_answer_and_after_its_tries() {
        let reads = std::sync::atomic::AtomicU32::new(0);
        let read = || async { reads.fetch_add(1, Ordering::Relaxed) + 1 };
        assert_eq!(reread(4, read, |n| *n == 2).await, 2);
        assert_eq!(reads.swap(0, Ordering::Relaxed), 2);
        assert_eq!(reread(3, read, |_| false).await, 3);
        assert_eq!(reads.load(Ordering::Relaxed), 3);
    }

    #[test]
    fn flat_puts_are_told_from_nested_ones() {
        assert!(is_flat(&serde_json::json!({"did": "d", "timestamp": 1, "gone": null})));
        assert!(!is_flat(&serde_json::json!({"data": "{}", "meta": {"created": 1}})));
        assert!(!is_flat(&serde_json::json!({"soul-a": {"soul": "soul-a"}})));
        assert!(is_flat(&serde_json::json!({"oip": "{}", "meta": {"#": "ab:c/meta"}})));
    }

    use super::test_server::{answer, serve};
    use tokio::net::TcpListener;

    const SECRET: &str = "pw-SECRET-41";

    fn relay_at(url: &str) -> Relay {
        let cfg = GunConfig::resolve(&Default::default(), &|_| None).unwrap();
        Relay::at(url, &cfg, 1)
    }

    /// Connections a relay that never answers has accepted after `puts` of
    /// `data` were started through a client of `flat_puts` width.
    async fn puts_in_flight(flat_puts: usize, data: Value) -> usize {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
        let cfg = GunConfig::resolve(&Default::default(), &|_| None).unwrap();
        let relay = Relay::at(&url, &cfg, flat_puts);
        let puts: Vec<_> = (0..10)
            .map(|i| {
                let (relay, data) = (relay.clone(), data.clone());
                tokio::spawn(async move { relay.put(&format!("ab:c{i}"), &data).await })
            })
            .collect();
        let mut held = Vec::new();
        while let Ok(Ok((sock, _))) = tokio::time::timeout(Duration::from_millis(500), listener.accept()).await {
            held.push(sock);
        }
        puts.iter().for_each(|p| p.abort());
        held.len()
    }

    /// The width the sync's `putConcurrency` sets bounds the flat puts; nested
    /// ones stay at 2 whatever it is.
    #[tokio::test]
    async fn flat_puts_take_the_width_given_and_nested_puts_two() {
        assert_eq!(puts_in_flight(3, serde_json::json!({"a": 1, "meta": {"#": "ab:c/meta"}})).await, 3);
        assert_eq!(puts_in_flight(3, serde_json::json!({"meta": {"a": 1}})).await, NESTED_PUT_CONCURRENCY);
    }

    /// The gate is per URL and process-wide: a later client of the same URL
    /// reports, and gets, the width of the first.
    #[test]
    fn a_url_keeps_the_put_width_its_first_client_gave() {
        let cfg = GunConfig::resolve(&Default::default(), &|_| None).unwrap();
        let url = "http://127.0.0.1:9/a-url-of-its-own";
        assert_eq!(Relay::at(url, &cfg, 5).flat_put_width(), 5);
        assert_eq!(Relay::at(url, &cfg, 9).flat_put_width(), 5);
    }

    #[test]
    fn userinfo_is_taken_out_of_shown_urls_only() {
        assert_eq!(without_userinfo("http://u:p@h:1/x?y=a@b"), "http://h:1/x?y=a@b");
        assert_eq!(without_userinfo("https://u@h"), "https://h");
        assert_eq!(without_userinfo("http://h:1/a@b"), "http://h:1/a@b");
        assert_eq!(without_userinfo("not a url"), "not a url");
    }

    #[tokio::test]
    async fn a_relay_password_never_reaches_an_error() {
        let closed = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = closed.local_addr().unwrap().port();
        drop(closed);
        let relay = relay_at(&format!("http://oip:{SECRET}@127.0.0.1:{port}"));
        assert_eq!(relay.url(), format!("http://127.0.0.1:{port}"));
        let unreachable = relay.get("ab:cd").await.unwrap_err();
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let server = serve(listener, vec![answer("500 Internal Server Error", "", r#"{"error":"down"}"#)]);
        let relay = relay_at(&format!("http://oip:{SECRET}@127.0.0.1:{port}"));
        let refused = relay.put("ab:cd", &serde_json::json!({"a": 1})).await.unwrap_err();
        assert_eq!(server.await.unwrap(), 1);
        for e in [unreachable, refused] {
            let text = format!("{e} {e:?}");
            assert!(!text.contains(SECRET) && text.contains("127.0.0.1:"), "{text}");
        }
    }

    /// The socket's refusal is kept as the error's source chain, not only as text.
    #[tokio::test]
    async fn an_unreachable_relay_keeps_the_connection_failure_as_its_source() {
        let closed = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = closed.local_addr().unwrap().port();
        drop(closed);
        let e = relay_at(&format!("http://oip:{SECRET}@127.0.0.1:{port}")).get("ab:cd").await.unwrap_err();
        assert_eq!(e.code(), "GUN_UNREACHABLE");
        let mut links = vec![];
        let mut next = std::error::Error::source(&e);
        while let Some(l) = next {
            links.push(l.to_string());
            next = l.source();
        }
        assert!(links.len() >= 2, "{links:?}");
        assert!(links.last().unwrap().to_lowercase().contains("refused"), "{links:?}");
        assert!(e.to_string().ends_with(&links.join(": ")), "{e}");
        assert!(!links.iter().any(|l| l.contains(SECRET)), "{links:?}");
    }

    #[tokio::test]
    async fn redirects_are_followed_within_the_origin_only() {
        let elsewhere = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let other = format!("http://127.0.0.1:{}/get?soul=ab:cd", elsewhere.local_addr().unwrap().port());
        let other_server = serve(elsewhere, vec![answer("200 OK", "", "{}")]);
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
        let same = format!("{base}/get?soul=ab:cd&again=1");
        let server = serve(
            listener,
            vec![
                answer("302 Found", &format!("Location: {same}\r\n"), ""),
                answer("302 Found", &format!("Location: {other}\r\n"), ""),
            ],
        );
        let relay = relay_at(&base.replace("://", &format!("://oip:{SECRET}@")));
        let e = relay.get("ab:cd").await.unwrap_err();
        assert_eq!(e.code(), "GUN_HTTP_302", "the cross-origin 302 comes back as the answer: {e}");
        assert_eq!(server.await.unwrap(), 2, "the same-origin redirect was followed");
        assert_eq!(other_server.await.unwrap(), 0, "nothing reached the other origin");
    }
}
