//! The tombstone ledger: every tombstone ever seen (grow-only, like the
//! removal set of a 2P-set), whether it is applied on this node, and when a
//! failed application may be tried again.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::{state_error, Ledger};
use crate::error::Result;
use crate::text::{capped_reason, capped_type};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Tombstone {
    /// When every part of the deletion last succeeded or found nothing (ms).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applied_at: Option<u64>,
    /// Applications tried since the tombstone was last applied.
    #[serde(default)]
    pub attempts: u32,
    /// No I/O for this did before this time (ms); 0 means due now.
    #[serde(default)]
    pub next_attempt_at: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_error: Option<String>,
    /// The record's type, as first read: once an attempt has nulled the
    /// record, it reads 404, and this still finds its type-index entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record_type: Option<String>,
    /// Set by `markDeleted` until the tombstone is written to the relay:
    /// the public key to publish it as.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publish_as: Option<String>,
    /// Withdrawn on this node by `unmarkDeleted` (ms). Kept, not removed, so
    /// a peer's index that still lists the did does not bring it back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawn_at: Option<u64>,
    /// The last request from a process sharing the directory applied to it
    /// (its inbox name), so that one is never applied twice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<String>,
}

impl Tombstone {
    pub fn is_applied(&self) -> bool {
        self.applied_at.is_some()
    }

    pub fn is_live(&self) -> bool {
        self.withdrawn_at.is_none()
    }

    /// The tombstone as the ledger keeps it: text that came from peers capped.
    fn bounded(self) -> Self {
        Tombstone { last_error: self.last_error.map(capped_reason), record_type: capped_type(self.record_type), ..self }
    }

    /// The same tombstone, due for a fresh application (what it knows is kept).
    pub fn reopened(self) -> Self {
        Tombstone { applied_at: None, attempts: 0, next_attempt_at: 0, last_error: None, ..self }
    }
}

/// Backoff between attempts of one failed item (a tombstone, a record, a
/// state write): exponential from `base`, capped at `max`, with jitter in the
/// upper half of the window so an item is never retried inside the window
/// the caller was promised.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ItemBackoff {
    pub base: Duration,
    pub max: Duration,
}

impl Default for ItemBackoff {
    fn default() -> Self {
        ItemBackoff { base: Duration::from_secs(60), max: Duration::from_secs(4 * 3600) }
    }
}

impl ItemBackoff {
    /// Delay after the `attempts`-th failure; permanent failures wait the long backoff.
    pub fn delay(&self, attempts: u32, permanent: bool, unit_random: f64) -> Duration {
        let window = if permanent {
            self.max
        } else {
            let exp = attempts.saturating_sub(1).min(30);
            self.base.saturating_mul(1u32 << exp.min(31)).min(self.max)
        };
        window.mul_f64(0.5 + 0.5 * unit_random.clamp(0.0, 1.0))
    }
}

impl Ledger {
    pub fn tombstone(&self, did: &str) -> Option<Tombstone> {
        self.tombstones.lock().unwrap_or_else(|p| p.into_inner()).get(did).cloned()
    }

    /// Read-modify-write of one tombstone under the ledger's lock, so a
    /// change made meanwhile (a mark, a withdrawal, another outcome) is never
    /// overwritten by one computed from an older read. `f` gets the current
    /// tombstone and returns the new one, or `None` to leave it as it is.
    /// Returns the tombstone as stored afterwards.
    pub fn update_tombstone(
        &self,
        did: &str,
        f: impl FnOnce(Option<&Tombstone>) -> Option<Tombstone>,
    ) -> Result<Option<Tombstone>> {
        let mut j = self.tombstones.lock().unwrap_or_else(|p| p.into_inner());
        match f(j.get(did)).map(Tombstone::bounded) {
            Some(t) if j.get(did) != Some(&t) => {
                j.set(did, t.clone()).map_err(|e| self.noted(state_error(j.path(), &e)))?;
                Ok(Some(t))
            }
            _ => Ok(j.get(did).cloned()),
        }
    }

    pub fn put_tombstone(&self, did: &str, t: Tombstone) -> Result<()> {
        let mut j = self.tombstones.lock().unwrap_or_else(|p| p.into_inner());
        j.set(did, t.bounded()).map_err(|e| self.noted(state_error(j.path(), &e)))
    }

    /// Enters tombstones seen in an index; returns how many were new. Never
    /// removes one: an index that reads back without a did proves nothing.
    /// All new ones go to the journal in one write and one fsync.
    pub fn learn(&self, dids: impl IntoIterator<Item = String>) -> Result<usize> {
        let mut j = self.tombstones.lock().unwrap_or_else(|p| p.into_inner());
        let mut seen = std::collections::HashSet::new();
        let new: Vec<(String, Tombstone)> = dids
            .into_iter()
            .filter(|did| j.get(did).is_none() && seen.insert(did.clone()))
            .map(|did| (did, Tombstone::default()))
            .collect();
        let added = new.len();
        j.set_many(new).map_err(|e| self.noted(state_error(j.path(), &e)))?;
        Ok(added)
    }

    /// A withdrawal made on this node (`unmarkDeleted`).
    pub fn withdraw(&self, did: &str) -> Result<()> {
        let t = Tombstone { withdrawn_at: Some(crate::time::now_ms()), ..Default::default() };
        self.put_tombstone(did, t)
    }

    /// Every live (not withdrawn) did with its state, sorted for stable output.
    pub fn tombstone_list(&self) -> Vec<(String, Tombstone)> {
        let j = self.tombstones.lock().unwrap_or_else(|p| p.into_inner());
        let mut all: Vec<_> = j.iter().filter(|(_, v)| v.is_live()).map(|(k, v)| (k.clone(), v.clone())).collect();
        all.sort_by(|a, b| a.0.cmp(&b.0));
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two writers changing different fields of one tombstone at once: with
    /// a read, then a write, one of them loses the other's changes.
    #[test]
    fn concurrent_updates_keep_every_change() {
        let dir = std::env::temp_dir().join(format!("oip-update-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let ledger = Ledger::open(&dir, Some("n1")).unwrap();
        const N: u32 = 300;
        std::thread::scope(|s| {
            s.spawn(|| {
                for _ in 0..N {
                    ledger
                        .update_tombstone("did:gun:a:1", |t| {
                            Some(Tombstone {
                                attempts: t.map_or(0, |t| t.attempts) + 1,
                                ..t.cloned().unwrap_or_default()
                            })
                        })
                        .unwrap();
                }
            });
            s.spawn(|| {
                for i in 0..N {
                    ledger
                        .update_tombstone("did:gun:a:1", |t| {
                            Some(Tombstone { next_attempt_at: u64::from(i) + 1, ..t.cloned().unwrap_or_default() })
                        })
                        .unwrap();
                }
            });
        });
        let t = ledger.tombstone("did:gun:a:1").unwrap();
        assert_eq!((t.attempts, t.next_attempt_at), (N, u64::from(N)));
        // None leaves it as it is, and says what is stored.
        assert_eq!(ledger.update_tombstone("did:gun:a:1", |_| None).unwrap(), Some(t));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn learning_many_keeps_each_once_and_what_was_known() {
        let dir = std::env::temp_dir().join(format!("oip-learn-many-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let ledger = Ledger::open(&dir, Some("n1")).unwrap();
        let applied = Tombstone { applied_at: Some(1), ..Default::default() };
        ledger.put_tombstone("did:gun:k:0", applied.clone()).unwrap();
        let dids = (0..10_000).chain(0..10).map(|i| format!("did:gun:k:{i}"));
        assert_eq!(ledger.learn(dids).unwrap(), 9_999, "new ones, each once");
        assert_eq!(ledger.tombstone("did:gun:k:0"), Some(applied), "a known one is left as it was");
        let (journal, _) = super::super::journal::Journal::<Tombstone>::open(&dir.join("tombstones.jsonl")).unwrap();
        assert_eq!(journal.len(), 10_000, "all of them reached the file");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// A peer's error text and record type reach the ledger with every
    /// outcome: a hostile peer answering megabytes must not grow the journal.
    #[test]
    fn peer_text_in_a_tombstone_is_capped_in_memory_and_on_disk() {
        use crate::text::{MAX_REASON_BYTES, MAX_TYPE_BYTES};
        let dir = std::env::temp_dir().join(format!("oip-peer-text-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let ledger = Ledger::open(&dir, Some("n1")).unwrap();
        let hostile = |record_type: String| Tombstone {
            last_error: Some(format!("TRANSIENT: peer answered {}", "x".repeat(1 << 20))),
            record_type: Some(record_type),
            ..Default::default()
        };
        ledger.update_tombstone("did:gun:p:1", |_| Some(hostile("post".into()))).unwrap();
        ledger.put_tombstone("did:gun:p:2", hostile("t".repeat(MAX_TYPE_BYTES + 1))).unwrap();
        let (journal, _) = super::super::journal::Journal::<Tombstone>::open(&dir.join("tombstones.jsonl")).unwrap();
        for t in [ledger.tombstone("did:gun:p:1").unwrap(), journal.get("did:gun:p:1").unwrap().clone()] {
            let e = t.last_error.unwrap();
            assert!(e.starts_with("TRANSIENT: peer answered x") && e.len() <= MAX_REASON_BYTES);
            assert_eq!(t.record_type.as_deref(), Some("post"), "a real type is kept whole");
        }
        assert_eq!(ledger.tombstone("did:gun:p:2").unwrap().record_type, None, "a type too long to be one is not kept");
        assert!(std::fs::metadata(dir.join("tombstones.jsonl")).unwrap().len() < 4 * MAX_REASON_BYTES as u64);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn backoff_grows_caps_and_keeps_half_the_window() {
        let b = ItemBackoff { base: Duration::from_secs(60), max: Duration::from_secs(3600) };
        assert_eq!(b.delay(1, false, 1.0), Duration::from_secs(60));
        assert_eq!(b.delay(1, false, 0.0), Duration::from_secs(30));
        assert_eq!(b.delay(3, false, 1.0), Duration::from_secs(240));
        assert_eq!(b.delay(40, false, 1.0), Duration::from_secs(3600));
        assert_eq!(b.delay(1, true, 0.0), Duration::from_secs(1800), "permanent waits the long backoff");
    }
}
