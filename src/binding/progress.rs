//! `onProgress`: the core's progress reports as JS objects, through a
//! non-blocking thread-safe function.

use std::sync::Arc;

use napi::bindgen_prelude::{Either, Function, Null};
use napi::threadsafe_function::{ThreadsafeFunction, ThreadsafeFunctionCallMode};
use napi::Status;
use napi_derive::napi;

use crate::sync::progress::{Progress, ProgressSink};

/// How far a long cycle is (one with at least `progressMinRecords` records
/// to sync), at most 4 times a second and once more at its end. `indexed + failed + skipped`
/// reaches `total` in the last report.
#[napi(object, object_from_js = false)]
pub struct SyncProgress {
    /// Records the peers' indexes listed this cycle.
    pub found: f64,
    /// Of those, records to sync (not indexed yet, not tombstoned, not backing off).
    pub total: f64,
    pub fetched: f64,
    /// Stored on the local relay and read back whole.
    pub stored: f64,
    pub indexed: f64,
    pub failed: f64,
    /// Tombstoned while the cycle ran, so not stored.
    pub skipped: f64,
    pub elapsed_ms: f64,
    /// Records finished (indexed, failed or skipped) per second so far.
    pub rate: f64,
    /// Estimated ms left at that rate; `null` before the first record finishes.
    pub eta_ms: Either<f64, Null>,
    /// The cycle's last report.
    pub done: bool,
}

impl From<Progress> for SyncProgress {
    fn from(p: Progress) -> Self {
        SyncProgress {
            found: p.found as f64,
            total: p.total as f64,
            fetched: p.fetched as f64,
            stored: p.stored as f64,
            indexed: p.indexed as f64,
            failed: p.failed as f64,
            skipped: p.skipped as f64,
            elapsed_ms: p.elapsed_ms,
            rate: p.rate,
            eta_ms: p.eta_ms.map_or(Either::B(Null), Either::A),
            done: p.done,
        }
    }
}

/// Reports waiting for a blocked JS thread, at most; later ones are dropped
/// (the next report carries the counts anyway).
const QUEUE_BOUND: usize = 16;

type Callback = ThreadsafeFunction<SyncProgress, (), SyncProgress, Status, false, true, QUEUE_BOUND>;

/// The core's sink for a JS callback. Weak: it never keeps Node alive.
pub(crate) fn sink(f: Function<'static, SyncProgress, ()>) -> napi::Result<ProgressSink> {
    let tsfn: Arc<Callback> =
        Arc::new(f.build_threadsafe_function::<SyncProgress>().weak::<true>().max_queue_size::<QUEUE_BOUND>().build()?);
    Ok(Arc::new(move |p: Progress| {
        tsfn.call(p.into(), ThreadsafeFunctionCallMode::NonBlocking);
    }))
}
