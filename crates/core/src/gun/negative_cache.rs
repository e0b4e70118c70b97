//! The process-wide memory of recent 404s.
//!
//! The app builds a `GunHelper` per request, so a per-instance cache would
//! never hit; one per process, keyed by relay and soul, does. It is short-lived
//! (relays answer 404 on the first read of fresh nodes), bounded, and forgets
//! a soul as soon as this process writes it.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// At most this many souls are remembered; past it the oldest half is dropped.
pub const NEGATIVE_CACHE_LIMIT: usize = 10_000;

static CACHE: Mutex<Option<HashMap<(String, String), Instant>>> = Mutex::new(None);

fn with<R>(f: impl FnOnce(&mut HashMap<(String, String), Instant>) -> R) -> R {
    let mut guard = CACHE.lock().unwrap_or_else(|p| p.into_inner());
    f(guard.get_or_insert_with(HashMap::new))
}

/// Whether `soul` on `relay` answered 404 less than `ttl` ago.
pub fn is_missing(relay: &str, soul: &str, ttl: Duration) -> bool {
    with(|m| {
        let key = (relay.to_string(), soul.to_string());
        match m.get(&key) {
            Some(at) if at.elapsed() < ttl => true,
            Some(_) => {
                m.remove(&key);
                false
            }
            None => false,
        }
    })
}

pub fn remember_missing(relay: &str, soul: &str) {
    with(|m| {
        if m.len() >= NEGATIVE_CACHE_LIMIT {
            let mut ages: Vec<Instant> = m.values().copied().collect();
            ages.sort_unstable();
            let cutoff = ages[ages.len() / 2];
            m.retain(|_, at| *at > cutoff);
        }
        m.insert((relay.to_string(), soul.to_string()), Instant::now());
    })
}

pub fn forget(relay: &str, soul: &str) {
    with(|m| m.remove(&(relay.to_string(), soul.to_string())));
}

pub fn len() -> usize {
    with(|m| m.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expires_forgets_and_stays_bounded() {
        let relay = "http://test-negative-cache";
        remember_missing(relay, "a");
        assert!(is_missing(relay, "a", Duration::from_secs(5)));
        assert!(!is_missing(relay, "a", Duration::ZERO), "expired entries are not trusted");
        remember_missing(relay, "b");
        forget(relay, "b");
        assert!(!is_missing(relay, "b", Duration::from_secs(5)));
        for i in 0..NEGATIVE_CACHE_LIMIT + 10 {
            remember_missing(relay, &format!("s{i}"));
        }
        assert!(len() <= NEGATIVE_CACHE_LIMIT);
        assert!(is_missing(relay, &format!("s{}", NEGATIVE_CACHE_LIMIT + 9), Duration::from_secs(5)));
    }
}
