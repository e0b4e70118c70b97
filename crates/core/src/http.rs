//! The process's one HTTP client, and bounded body reading.
//!
//! Every request made by the core goes through [`client`], so connections are
//! pooled once per process however many `GunHelper`s the app constructs, and
//! through [`read_body_capped`], so no response can grow memory past its cap.

use std::sync::OnceLock;
use std::time::Duration;

/// Idle pooled connections are closed after this, so an idle node holds no sockets.
const POOL_IDLE_TIMEOUT: Duration = Duration::from_secs(30);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// Redirects followed at most, as reqwest's default.
const MAX_REDIRECTS: usize = 10;

static CLIENT: OnceLock<reqwest::Client> = OnceLock::new();

/// The shared client. Per-request timeouts are set by each caller, since a
/// relay's missing-soul wait and an Elasticsearch bulk need different ones.
pub fn client() -> &'static reqwest::Client {
    CLIENT.get_or_init(|| {
        reqwest::Client::builder()
            .connect_timeout(CONNECT_TIMEOUT)
            .pool_idle_timeout(POOL_IDLE_TIMEOUT)
            .pool_max_idle_per_host(32)
            .user_agent(concat!("oip-gun-sync/", env!("CARGO_PKG_VERSION")))
            .redirect(same_origin_redirects())
            .build()
            .expect("static HTTP client configuration is valid")
    })
}

/// Follows a redirect only within the origin (scheme, host, port) of the
/// first request: a relay or peer that points elsewhere gets its 3xx back as
/// the answer, so neither the request nor its credentials leave for a host
/// nobody configured.
fn same_origin_redirects() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        let first = attempt.previous().first();
        let origin =
            |u: &reqwest::Url| (u.scheme().to_string(), u.host_str().map(str::to_string), u.port_or_known_default());
        if attempt.previous().len() > MAX_REDIRECTS {
            attempt.error("too many redirects")
        } else if first.is_some_and(|f| origin(f) == origin(attempt.url())) {
            attempt.follow()
        } else {
            attempt.stop()
        }
    })
}

/// Why a body could not be read.
#[derive(Debug)]
pub enum BodyError {
    TooLarge,
    Transport(reqwest::Error),
}

/// A response body being collected, refused as soon as it passes its limit,
/// so neither an announced nor a streamed (chunked) length can grow memory
/// past the cap. Shared by the relay client and the Elasticsearch client,
/// which read their bodies through different response types.
pub struct CappedBody {
    bytes: Vec<u8>,
    limit: usize,
}

/// The body passed its limit.
#[derive(Debug)]
pub struct TooLarge;

impl From<TooLarge> for BodyError {
    fn from(_: TooLarge) -> Self {
        BodyError::TooLarge
    }
}

impl CappedBody {
    /// Refuses up front when the announced length (`Content-Length`) is already too large.
    pub fn new(limit: usize, announced: Option<u64>) -> Result<Self, TooLarge> {
        if announced.is_some_and(|n| n > limit as u64) {
            return Err(TooLarge);
        }
        Ok(CappedBody { bytes: Vec::with_capacity(announced.unwrap_or(0).min(64 * 1024) as usize), limit })
    }

    pub fn push(&mut self, chunk: &[u8]) -> Result<(), TooLarge> {
        if self.bytes.len() + chunk.len() > self.limit {
            return Err(TooLarge);
        }
        self.bytes.extend_from_slice(chunk);
        Ok(())
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
}

/// Reads a response body, refusing (and dropping the connection) as soon as it
/// passes `limit` bytes, instead of buffering whatever the server sends.
pub async fn read_body_capped(mut resp: reqwest::Response, limit: usize) -> Result<Vec<u8>, BodyError> {
    let mut body = CappedBody::new(limit, resp.content_length())?;
    while let Some(chunk) = resp.chunk().await.map_err(BodyError::Transport)? {
        body.push(&chunk)?;
    }
    Ok(body.into_bytes())
}
