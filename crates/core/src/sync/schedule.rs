//! The background schedule of a sync service: one cycle now, then one every
//! interval, until stopped or dropped. The owner spawns the loop future on
//! its runtime; the schedule holds no handle that keeps a process alive.

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use futures_util::FutureExt;
use tokio::sync::Notify;

#[derive(Default)]
struct Shared {
    running: AtomicBool,
    /// Each start owns a generation: a loop from an earlier start that is
    /// still running sees a newer one and ends, so restarts never double the schedule.
    generation: AtomicU64,
    wake: Notify,
}

/// Stops its loop when dropped, so an owner dropped without `stop()` leaves no orphan loop.
#[derive(Default)]
pub struct Schedule {
    shared: Arc<Shared>,
}

impl Schedule {
    pub fn is_running(&self) -> bool {
        self.shared.running.load(Ordering::SeqCst)
    }

    /// The loop to spawn, or None when already running. `cycle(n)` runs the
    /// n-th cycle (0 first). A panic inside ends the loop, marks the schedule
    /// stopped and is passed to `on_panic` with its message.
    pub fn start<C, F>(
        &self,
        interval: Duration,
        mut cycle: C,
        on_panic: impl FnOnce(String) + Send + 'static,
    ) -> Option<impl Future<Output = ()> + Send + 'static>
    where
        C: FnMut(u64) -> F + Send + 'static,
        F: Future<Output = ()> + Send,
    {
        if self.shared.running.swap(true, Ordering::SeqCst) {
            return None;
        }
        let generation = self.shared.generation.fetch_add(1, Ordering::SeqCst) + 1;
        let shared = self.shared.clone();
        let live = {
            let shared = shared.clone();
            move || shared.running.load(Ordering::SeqCst) && shared.generation.load(Ordering::SeqCst) == generation
        };
        let body = async move {
            let mut n = 0;
            while live() {
                cycle(n).await;
                n += 1;
                if !live() {
                    break;
                }
                tokio::select! {
                    _ = tokio::time::sleep(interval) => {}
                    _ = shared.wake.notified() => {}
                }
            }
        };
        let shared = self.shared.clone();
        Some(async move {
            if let Err(panic) = AssertUnwindSafe(body).catch_unwind().await {
                // Only this start's flag: a newer start owns `running` now.
                if shared.generation.load(Ordering::SeqCst) == generation {
                    shared.running.store(false, Ordering::SeqCst);
                }
                on_panic(panic_message(panic.as_ref()));
            }
        })
    }

    /// Ends the loop: at once when it is waiting, after its cycle otherwise
    /// (the caller ends a running cycle through the engine).
    pub fn stop(&self) {
        self.shared.running.store(false, Ordering::SeqCst);
        // notify_one keeps a permit when no loop is waiting yet (a cycle is running).
        self.shared.wake.notify_one();
    }
}

impl Drop for Schedule {
    fn drop(&mut self) {
        self.stop();
    }
}

pub fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;

    fn counting(n: &Arc<AtomicUsize>) -> impl FnMut(u64) -> std::future::Ready<()> + Send + 'static {
        let n = n.clone();
        move |_| {
            n.fetch_add(1, Ordering::SeqCst);
            std::future::ready(())
        }
    }

    #[tokio::test]
    async fn a_dropped_schedule_ends_its_loop() {
        let cycles = Arc::new(AtomicUsize::new(0));
        let schedule = Schedule::default();
        let looping = tokio::spawn(schedule.start(Duration::from_millis(5), counting(&cycles), |_| {}).unwrap());
        while cycles.load(Ordering::SeqCst) < 3 {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        drop(schedule);
        tokio::time::timeout(Duration::from_secs(10), looping).await.expect("the loop ended").unwrap();
    }

    #[tokio::test]
    async fn stop_wakes_a_waiting_loop_and_a_restart_runs_one_loop() {
        let cycles = Arc::new(AtomicUsize::new(0));
        let schedule = Schedule::default();
        let first = tokio::spawn(schedule.start(Duration::from_secs(3600), counting(&cycles), |_| {}).unwrap());
        assert!(schedule.start(Duration::from_secs(3600), counting(&cycles), |_| {}).is_none(), "already running");
        while cycles.load(Ordering::SeqCst) < 1 {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        schedule.stop();
        assert!(!schedule.is_running());
        tokio::time::timeout(Duration::from_secs(10), first).await.expect("woken from its hour-long wait").unwrap();
        let second = schedule.start(Duration::from_secs(3600), counting(&cycles), |_| {});
        assert!(second.is_some() && schedule.is_running());
    }

    #[tokio::test]
    async fn a_panicking_cycle_marks_the_schedule_stopped_and_reports_it() {
        let schedule = Schedule::default();
        let (tx, rx) = tokio::sync::oneshot::channel();
        let cycle = |n: u64| async move {
            if n == 1 {
                panic!("cycle {n} broke");
            }
        };
        let looping = schedule.start(Duration::from_millis(1), cycle, move |m| drop(tx.send(m))).unwrap();
        assert!(schedule.is_running());
        tokio::spawn(looping).await.expect("the panic was caught inside the loop");
        assert_eq!(rx.await.unwrap(), "cycle 1 broke");
        assert!(!schedule.is_running());
    }
}
