//! Records the sync engine could not index or store, with their backoff, so
//! a record that can never index is not retried every cycle (the original
//! re-sent them every cycle, about 250 MB of buffers per failure per cycle).

use std::sync::{Arc, MutexGuard};

use serde::{Deserialize, Serialize};

use super::journal::Journal;
use super::{blocking, state_error, ItemBackoff, Ledger, StateHandle};
use crate::crypto::unit_random;
use crate::error::Result;
use crate::text::{capped_reason, capped_version};
use crate::time::now_ms;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RecordFailure {
    pub attempts: u32,
    /// No attempt before this time (ms).
    pub next_attempt_at: u64,
    pub permanent: bool,
    pub reason: String,
    /// The peer's index entry version (its timestamp) when it failed: a
    /// permanent failure is tried again as soon as the content changes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// The relay it was read from (its URL without credentials): where to ask
    /// whether the record is gone once no index lists it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl RecordFailure {
    /// Whether the record may be tried now, given the peer's current version.
    pub fn allows_attempt(&self, version: Option<&str>, now: u64) -> bool {
        (self.permanent && self.version.as_deref() != version) || self.next_attempt_at <= now
    }
}

/// The one writer of the record-failure journal, for the sync engine. Its
/// writes run off the async workers ([`blocking`]); a write that fails is kept
/// by the ledger for the cycle's warnings (and pauses the next cycles), so
/// callers go on without it: the record is simply tried again.
#[derive(Clone)]
pub struct RecordFailures {
    ledger: Arc<Ledger>,
    backoff: ItemBackoff,
}

impl RecordFailures {
    /// Failures in the directory `state` holds, backing off as `backoff` says.
    pub fn new(state: &StateHandle, backoff: ItemBackoff) -> Self {
        RecordFailures { ledger: state.ledger.clone(), backoff }
    }

    fn journal(&self) -> MutexGuard<'_, Journal<RecordFailure>> {
        self.ledger.failures.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn get(&self, did: &str) -> Option<RecordFailure> {
        self.journal().get(did).cloned()
    }

    pub fn count(&self) -> usize {
        self.journal().len()
    }

    /// Failures due for an attempt at `now` that `skip` leaves, the earliest
    /// due first, at most `limit`.
    pub fn due(&self, now: u64, limit: usize, skip: impl Fn(&str) -> bool) -> Vec<(String, RecordFailure)> {
        let j = self.journal();
        let mut due: Vec<(String, RecordFailure)> = j
            .iter()
            .filter(|(did, f)| f.next_attempt_at <= now && !skip(did))
            .map(|(did, f)| (did.clone(), f.clone()))
            .collect();
        due.sort_by_key(|(_, f)| f.next_attempt_at);
        due.truncate(limit);
        due
    }

    /// Records a failed attempt at `did`, backed off by its attempts so far;
    /// returns the reason as kept (capped), for the caller's report.
    pub async fn record(
        &self,
        did: &str,
        permanent: bool,
        reason: String,
        version: Option<String>,
        source: Option<String>,
    ) -> String {
        let reason = capped_reason(reason);
        let seen = RecordFailure { permanent, reason: reason.clone(), version, source, ..Default::default() };
        let (this, did) = (self.clone(), did.to_string());
        let _ = blocking(move || this.put(&did, seen)).await;
        reason
    }

    /// Clears the entries of `dids` (settled records), each tried; the first
    /// write that failed, if one did.
    pub async fn clear(&self, dids: Vec<String>) -> Result<()> {
        let this = self.clone();
        blocking(move || dids.iter().map(|did| this.remove(did)).fold(Ok(()), Result::and)).await
    }

    /// Clears the entries found gone, and backs the others off as a failed attempt would.
    pub async fn settle(&self, checked: Vec<(String, RecordFailure, bool)>) {
        let this = self.clone();
        blocking(move || {
            for (did, f, gone) in checked {
                if gone {
                    let _ = this.remove(&did);
                } else {
                    let _ = this.put(&did, f);
                }
            }
        })
        .await;
    }

    /// Keeps `seen` (its reason, version, source, whether permanent) as one
    /// more failed attempt at `did`, its next attempt backed off by the attempts so far.
    fn put(&self, did: &str, seen: RecordFailure) -> Result<RecordFailure> {
        let mut j = self.journal();
        let attempts = j.get(did).map_or(0, |f| f.attempts) + 1;
        let delay = self.backoff.delay(attempts, seen.permanent, unit_random());
        let f = RecordFailure {
            attempts,
            next_attempt_at: now_ms() + delay.as_millis() as u64,
            permanent: seen.permanent,
            reason: capped_reason(seen.reason),
            version: seen.version.map(capped_version),
            source: seen.source,
        };
        j.set(did, f.clone()).map_err(|e| self.ledger.noted(state_error(j.path(), &e)))?;
        Ok(f)
    }

    fn remove(&self, did: &str) -> Result<()> {
        let mut j = self.journal();
        j.remove(did).map_err(|e| self.ledger.noted(state_error(j.path(), &e)))
    }

    /// Holds the journal as a write stalled on a slow disk would.
    #[cfg(test)]
    pub(crate) fn stall(&self) -> super::Stall {
        super::Stall::hold(&self.ledger, |l| &l.failures)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{MAX_REASON_BYTES, MAX_VERSION_BYTES};
    use crate::time::now_ms;

    /// Every caller's reason and version is capped by the ledger itself, not
    /// only the sync engine's: what a peer answered must not grow the journal.
    #[test]
    fn a_failure_keeps_peer_text_capped() {
        let dir = std::env::temp_dir().join(format!("oip-failure-cap-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let failures = RecordFailures::new(&Ledger::open(&dir, Some("n1")).unwrap().handle(), ItemBackoff::default());
        let (reason, version) = ("r".repeat(1 << 20), "v".repeat(1 << 20));
        let seen = RecordFailure { reason, version: Some(version.clone()), ..Default::default() };
        failures.put("did:gun:f:1", seen).unwrap();
        let f = failures.get("did:gun:f:1").unwrap();
        assert!(f.reason.starts_with("rrr") && f.reason.len() <= MAX_REASON_BYTES);
        let v = f.version.unwrap();
        assert!(v.len() <= MAX_VERSION_BYTES);
        assert_eq!(Some(v), Some(capped_version(version)), "the same version compares equal");
        assert!(std::fs::metadata(dir.join("failures.jsonl")).unwrap().len() < 4 * MAX_REASON_BYTES as u64);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// The sync's calls, through the one owner: a failure is kept with the
    /// reason the report shows, backs off, is found due later unless skipped,
    /// and goes when settled or cleared; one still there backs off again.
    #[test]
    fn failures_are_recorded_settled_and_cleared_through_their_owner() {
        let dir = std::env::temp_dir().join(format!("oip-failure-owner-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let backoff =
            ItemBackoff { base: std::time::Duration::from_secs(60), max: std::time::Duration::from_secs(3600) };
        let failures = RecordFailures::new(&Ledger::open(&dir, Some("n1")).unwrap().handle(), backoff);
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let (a, b) = ("did:gun:f:a".to_string(), "did:gun:f:b".to_string());
        runtime.block_on(async {
            let reason =
                failures.record(&a, false, "r".repeat(1 << 20), Some("v1".into()), Some("http://p".into())).await;
            assert!(reason.len() <= MAX_REASON_BYTES, "the report's reason is the one kept");
            assert_eq!(failures.get(&a).map(|f| f.reason), Some(reason));
            failures.record(&b, true, "invalid".into(), None, None).await;
            assert_eq!(failures.count(), 2);
            assert!(failures.due(now_ms(), 10, |_| false).is_empty(), "both back off");
            let later = now_ms() + 10 * 3_600_000;
            let due: Vec<String> = failures.due(later, 10, |did| did == b).into_iter().map(|(did, _)| did).collect();
            assert_eq!(due, std::slice::from_ref(&a), "due later, the skipped one left out");
            let (fa, fb) = (failures.get(&a).unwrap(), failures.get(&b).unwrap());
            failures.settle(vec![(a.clone(), fa, true), (b.clone(), fb.clone(), false)]).await;
            assert_eq!(failures.get(&a), None, "gone: cleared");
            let again = failures.get(&b).unwrap();
            assert_eq!((again.attempts, again.permanent, &again.reason), (2, true, &fb.reason), "backed off again");
            failures.clear(vec![b.clone(), "did:gun:f:never".into()]).await.unwrap();
            assert_eq!(failures.count(), 0);
        });
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
