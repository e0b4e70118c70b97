//! State writes that failed (a full disk, a read-only volume), kept until a
//! sync cycle reports them, and the back-off they impose on cycles: while
//! the ledger cannot record outcomes, a cycle would try every record and
//! every due tombstone again each time (the incident's pattern), so cycles
//! pause instead: as records back off, growing while writes keep failing, but
//! never longer than a few minutes, so a disk freed early is noticed soon.

use std::time::Duration;

use super::{ItemBackoff, Ledger, StateHandle};
use crate::crypto::unit_random;
use crate::error::Error;
use crate::time::now_ms;

/// Distinct messages kept between two reports; more only add to the count.
const KEPT: usize = 16;
/// The longest pause of cycles while ledger writes fail. Records back off
/// for hours; a full disk is often freed within minutes.
pub const WRITE_PAUSE_MAX: Duration = Duration::from_secs(300);

#[derive(Debug, Default)]
pub struct WriteFailures {
    /// Each distinct failure since the last report, with how often it happened.
    pending: Vec<(String, u32)>,
    /// Failures with messages past the first `KEPT`.
    more: u32,
    /// Reports in a row that had failures.
    streak: u32,
    /// No cycle before this time (ms); 0 when writes work.
    paused_until: u64,
}

impl Ledger {
    /// Keeps a failed write of the ledger for the next cycle's report; returns it.
    pub(crate) fn noted(&self, e: Error) -> Error {
        let mut w = self.write_failures.lock().unwrap_or_else(|p| p.into_inner());
        let msg = format!("{}: {e}", e.code());
        if let Some((_, n)) = w.pending.iter_mut().find(|(m, _)| *m == msg) {
            *n += 1;
        } else if w.pending.len() < KEPT {
            w.pending.push((msg, 1));
        } else {
            w.more += 1;
        }
        e
    }
}

impl StateHandle {
    /// The writes that failed since the last call, one line each, and the
    /// cycles' pause: set when some failed (growing as `records` back off, up
    /// to [`WRITE_PAUSE_MAX`]), lifted when none did.
    pub fn take_write_failures(&self, records: &ItemBackoff) -> Vec<String> {
        let mut w = self.ledger.write_failures.lock().unwrap_or_else(|p| p.into_inner());
        let pending = std::mem::take(&mut w.pending);
        let more = std::mem::take(&mut w.more);
        if pending.is_empty() {
            w.streak = 0;
            w.paused_until = 0;
            return Vec::new();
        }
        w.streak += 1;
        let pause = ItemBackoff { base: records.base.min(WRITE_PAUSE_MAX), max: records.max.min(WRITE_PAUSE_MAX) };
        let delay = pause.delay(w.streak, false, unit_random());
        w.paused_until = now_ms() + delay.as_millis() as u64;
        let mut lines: Vec<String> = pending
            .into_iter()
            .map(|(msg, n)| {
                if n > 1 {
                    format!("ledger write failed {n} times: {msg}")
                } else {
                    format!("ledger write failed: {msg}")
                }
            })
            .collect();
        if more > 0 {
            lines.push(format!("and {more} more failed ledger writes"));
        }
        lines
    }

    /// Until when cycles pause (ms) because ledger writes failed, if they do now.
    pub fn writes_paused_until(&self) -> Option<u64> {
        let until = self.ledger.write_failures.lock().unwrap_or_else(|p| p.into_inner()).paused_until;
        (until > now_ms()).then_some(until)
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::error::Cause;

    #[test]
    fn failures_are_reported_once_and_pause_cycles_until_writes_work() {
        let dir = std::env::temp_dir().join(format!("oip-write-failures-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let ledger = Ledger::open(&dir, Some("n1")).unwrap();
        let state = ledger.handle();
        let backoff = ItemBackoff { base: Duration::from_secs(60), max: Duration::from_secs(3600) };
        let full = || Error::State {
            path: "p".into(),
            cause: Cause::of(&std::io::Error::new(std::io::ErrorKind::StorageFull, "No space left on device")),
        };
        for _ in 0..3 {
            ledger.noted(full());
        }
        assert_eq!(
            state.take_write_failures(&backoff),
            vec!["ledger write failed 3 times: STATE_IO: state file p: No space left on device"]
        );
        let until = state.writes_paused_until().expect("paused");
        assert!(until >= now_ms() + 29_000, "at least half the first window");
        assert_eq!(state.take_write_failures(&backoff), Vec::<String>::new(), "each reported once");
        assert_eq!(state.writes_paused_until(), None, "a cycle without failures lifts the pause");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// Records back off up to hours; cycles paused that long would not
    /// notice a disk freed minutes later.
    #[test]
    fn the_pause_grows_from_the_record_backoff_to_a_few_minutes_at_most() {
        let dir = std::env::temp_dir().join(format!("oip-write-pause-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let ledger = Ledger::open(&dir, Some("n1")).unwrap();
        let state = ledger.handle();
        let records = ItemBackoff::default();
        assert!(records.max > WRITE_PAUSE_MAX * 10, "records back off far longer");
        let mut pauses = Vec::new();
        for _ in 0..12 {
            ledger.noted(Error::State {
                path: "p".into(),
                cause: Cause::of(&std::io::Error::new(std::io::ErrorKind::StorageFull, "No space left on device")),
            });
            let before = now_ms();
            assert_eq!(state.take_write_failures(&records).len(), 1);
            pauses.push(state.writes_paused_until().expect("paused") - before);
        }
        let (first, longest) = (pauses[0], *pauses.iter().max().unwrap());
        let base = records.base.as_millis() as u64;
        assert!((base / 2..=base + 5).contains(&first), "the first pause is the record backoff's first: {first} ms");
        assert!(pauses[2] > base, "it grows while writes keep failing: {pauses:?}");
        assert!(longest <= WRITE_PAUSE_MAX.as_millis() as u64 + 5, "never past a few minutes: {pauses:?}");
        assert!(pauses[11] >= WRITE_PAUSE_MAX.as_millis() as u64 / 2, "and stays there: {pauses:?}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
