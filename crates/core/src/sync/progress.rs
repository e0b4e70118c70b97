//! Progress of a long cycle: a first sync of thousands of records runs for
//! minutes, so a cycle with many records to sync says how far it is, at most
//! a few times a second.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::config::{env_u64, EnvSource};
use crate::error::{Error, Result};

/// Cycles with fewer records to sync than this finish in seconds: no progress.
pub const MIN_RECORDS: u64 = 200;
pub const MIN_RECORDS_ENV: &str = "GUN_SYNC_PROGRESS_MIN_RECORDS";
/// At most one report per this interval, plus the final one.
pub const INTERVAL: Duration = Duration::from_millis(250);

/// How far a cycle is. `indexed + failed + skipped` reaches `total` at the end.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Progress {
    /// Records the peers' indexes listed this cycle.
    pub found: u64,
    /// Of those, records to sync (not known yet, not tombstoned, not backing off).
    pub total: u64,
    pub fetched: u64,
    /// Stored on the local relay and read back whole.
    pub stored: u64,
    pub indexed: u64,
    pub failed: u64,
    /// Tombstoned while the cycle ran: never stored.
    pub skipped: u64,
    pub elapsed_ms: f64,
    /// Records finished (indexed, failed or skipped) per second so far.
    pub rate: f64,
    /// ms until all are finished at that rate; `None` before the first one.
    pub eta_ms: Option<f64>,
    /// The last report of the cycle.
    pub done: bool,
}

/// From how many records to sync a cycle reports progress: the option, else
/// `GUN_SYNC_PROGRESS_MIN_RECORDS`, else 200.
pub fn min_records(option: Option<u32>, env: EnvSource) -> Result<u64> {
    let v = match option {
        Some(v) => u64::from(v),
        None => env_u64(env, MIN_RECORDS_ENV)?.unwrap_or(MIN_RECORDS),
    };
    if v == 0 {
        return Err(Error::InvalidConfig { name: MIN_RECORDS_ENV.into(), reason: "must be at least 1".into() });
    }
    Ok(v)
}

/// Where progress goes; called from the engine's threads, so it must not block.
pub type ProgressSink = Arc<dyn Fn(Progress) + Send + Sync>;

/// One step of a record through the cycle.
#[derive(Debug, Clone, Copy)]
pub enum Step {
    Fetched,
    Stored,
    Indexed,
    Failed,
    Skipped,
}

/// A cycle's progress: counts steps, reports through the sink throttled.
pub struct Tracker {
    sink: ProgressSink,
    started: Instant,
    state: Mutex<(Progress, Option<Instant>)>,
}

impl Tracker {
    /// A tracker for a cycle that has `total` records to sync, or `None`
    /// when there is no sink or fewer than `min` records, not worth reporting.
    pub fn start(sink: Option<&ProgressSink>, min: u64, found: u64, total: u64) -> Option<Tracker> {
        let sink = sink.filter(|_| total >= min)?.clone();
        let t = Tracker {
            sink,
            started: Instant::now(),
            state: Mutex::new((Progress { found, total, ..Default::default() }, None)),
        };
        t.emit(false);
        Some(t)
    }

    pub fn step(&self, step: Step, n: u64) {
        {
            let mut s = self.state.lock().unwrap_or_else(|p| p.into_inner());
            let p = &mut s.0;
            match step {
                Step::Fetched => p.fetched += n,
                Step::Stored => p.stored += n,
                Step::Indexed => p.indexed += n,
                Step::Failed => p.failed += n,
                Step::Skipped => p.skipped += n,
            }
        }
        self.emit(false);
    }

    /// The final report, whatever the throttle says.
    pub fn finish(&self) {
        self.emit(true);
    }

    fn emit(&self, done: bool) {
        let now = Instant::now();
        let snapshot = {
            let mut s = self.state.lock().unwrap_or_else(|p| p.into_inner());
            if !done && s.1.is_some_and(|last| now.duration_since(last) < INTERVAL) {
                return;
            }
            s.1 = Some(now);
            let p = &mut s.0;
            p.elapsed_ms = now.duration_since(self.started).as_secs_f64() * 1000.0;
            let finished = p.indexed + p.failed + p.skipped;
            p.rate = if p.elapsed_ms > 0.0 { finished as f64 * 1000.0 / p.elapsed_ms } else { 0.0 };
            p.eta_ms = (p.rate > 0.0).then(|| p.total.saturating_sub(finished) as f64 / p.rate * 1000.0);
            p.done = done;
            *p
        };
        // Outside the lock: the sink may take its time without holding up the cycle's other steps.
        (self.sink)(snapshot);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collecting() -> (ProgressSink, Arc<Mutex<Vec<Progress>>>) {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let s = seen.clone();
        (Arc::new(move |p| s.lock().unwrap().push(p)), seen)
    }

    #[test]
    fn small_cycles_and_no_sink_report_nothing() {
        let (sink, seen) = collecting();
        assert!(Tracker::start(Some(&sink), MIN_RECORDS, 500, MIN_RECORDS - 1).is_none());
        assert!(Tracker::start(None, MIN_RECORDS, 500, 500).is_none());
        assert!(seen.lock().unwrap().is_empty());
    }

    #[test]
    fn threshold_from_option_or_env() {
        let none = |_: &str| None;
        assert_eq!(min_records(None, &none).unwrap(), MIN_RECORDS);
        let env = |n: &str| (n == MIN_RECORDS_ENV).then(|| "20".to_string());
        assert_eq!(min_records(None, &env).unwrap(), 20);
        assert_eq!(min_records(Some(5), &env).unwrap(), 5);
        let e = min_records(Some(0), &none).unwrap_err();
        assert_eq!(e.code(), "INVALID_CONFIG");
        assert!(e.to_string().contains(MIN_RECORDS_ENV));
    }

    #[test]
    fn throttled_monotone_and_final() {
        let (sink, seen) = collecting();
        let began = Instant::now();
        let t = Tracker::start(Some(&sink), MIN_RECORDS, 400, 300).unwrap();
        for _ in 0..290 {
            t.step(Step::Fetched, 1);
            t.step(Step::Stored, 1);
            t.step(Step::Indexed, 1);
        }
        t.step(Step::Failed, 6);
        t.step(Step::Skipped, 4);
        t.finish();
        let intervals = (began.elapsed().as_millis() / INTERVAL.as_millis()) as usize;
        let seen = seen.lock().unwrap();
        // The first report, the last, and at most one per interval between: not one per step.
        assert!(seen.len() >= 2 && seen.len() <= 2 + intervals, "{} reports in {intervals} intervals", seen.len());
        for w in seen.windows(2) {
            assert!(w[0].fetched <= w[1].fetched && w[0].indexed <= w[1].indexed && w[0].elapsed_ms <= w[1].elapsed_ms);
        }
        let last = seen.last().unwrap();
        assert!(last.done);
        assert_eq!((last.found, last.total, last.indexed, last.failed, last.skipped), (400, 300, 290, 6, 4));
        assert_eq!(last.eta_ms, Some(0.0));
    }

    #[test]
    fn reports_again_after_the_interval() {
        let (sink, seen) = collecting();
        let t = Tracker::start(Some(&sink), MIN_RECORDS, 200, 200).unwrap();
        std::thread::sleep(INTERVAL + Duration::from_millis(20));
        t.step(Step::Indexed, 100);
        let p = *seen.lock().unwrap().last().unwrap();
        assert_eq!(seen.lock().unwrap().len(), 2);
        assert_eq!(p.indexed, 100);
        assert!(p.rate > 0.0 && p.eta_ms.is_some_and(|e| e > 0.0));
        assert!(!p.done);
    }
}
