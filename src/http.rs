//! The process's one HTTP client, and bounded body reading.
//!
//! Every request made by the core goes through [`client`], so connections are
//! pooled once per process however many `GunHelper`s the app constructs, and
//! through [`read_body_capped`], so no response can grow memory past its cap.

use std::sync::OnceLock;
use std::time::Duration;

use futures_util::StreamExt;

/// Idle pooled connections are closed after this, so an idle node holds no sockets.
const POOL_IDLE_TIMEOUT: Duration = Duration::from_secs(30);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

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
            .build()
            .expect("static HTTP client configuration is valid")
    })
}

/// Why a body could not be read.
#[derive(Debug)]
pub enum BodyError {
    TooLarge,
    Transport(reqwest::Error),
}

/// Reads a response body, refusing (and dropping the connection) as soon as it
/// passes `limit` bytes, instead of buffering whatever the server sends.
pub async fn read_body_capped(resp: reqwest::Response, limit: usize) -> Result<Vec<u8>, BodyError> {
    if resp.content_length().is_some_and(|n| n > limit as u64) {
        return Err(BodyError::TooLarge);
    }
    let mut body = Vec::with_capacity(resp.content_length().unwrap_or(0).min(64 * 1024) as usize);
    let mut stream = resp.bytes_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(BodyError::Transport)?;
        if body.len() + chunk.len() > limit {
            return Err(BodyError::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}
