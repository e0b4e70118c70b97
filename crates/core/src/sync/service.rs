//! The sync service: its settings, its schedule (a migration pass, one cycle
//! now, then one every interval), the cycle lock, its log line and its
//! counters. What it has to say goes to a [`Reporter`], which the binding
//! adapts to the app's logger.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use super::engine::{CycleReport, SyncEngine, Totals};
use super::health::Health;
use super::schedule::Schedule;
use super::DiscoveryConfig;
use crate::config::EnvSource;
use crate::error::{Error, Result};
use crate::settings::{self, Fallback, SyncOptions, SyncSettings};

/// Where the service's log lines go: one line per cycle, warnings when
/// something failed.
pub trait Reporter: Send + Sync {
    fn info(&self, line: String);
    fn warn(&self, line: String);
}

/// A service whose state directory could not be opened: it still exists
/// (the original never failed there), and every use reports why.
struct Unopened {
    error: Error,
    fallback: Fallback,
}

/// What `getStatus()` reports, apart from the process's memory.
#[derive(Debug, Clone)]
pub struct Status {
    pub is_running: bool,
    pub interval: Duration,
    pub node_id: String,
    pub processed: usize,
    pub since_last_clear: Duration,
    pub cache_max_age: Duration,
    pub health: Health,
    /// `GUN_SYNC_PRIVATE_RECORDS` is not `false`.
    pub private_records_enabled: bool,
    /// `GUN_SYNC_TRUSTED_NODES`, when set.
    pub trusted_nodes: Option<Vec<String>>,
    /// Why the service cannot run, if it cannot.
    pub error: Option<String>,
}

pub struct Service {
    s: std::result::Result<Arc<SyncSettings>, Arc<Unopened>>,
    schedule: Schedule,
    reporter: Arc<dyn Reporter>,
    /// What the environment configures, reported as the original reported it.
    configured: DiscoveryConfig,
}

impl Service {
    /// Resolves `options` over `env`. With `keep_unopened` (the drop-in
    /// modules), a state directory that cannot be opened leaves a service that
    /// reports why instead of an error.
    pub fn open(
        options: SyncOptions,
        env: EnvSource,
        reporter: Arc<dyn Reporter>,
        keep_unopened: bool,
    ) -> Result<Service> {
        let fallback = options.fallback(env);
        let s = match options.resolve(env) {
            Ok(s) => Ok(Arc::new(s)),
            Err(error @ (Error::StateLocked { .. } | Error::State { .. })) if keep_unopened => {
                reporter.warn(format!("[oip-gun-sync] the sync service cannot run: {}: {error}", error.code()));
                Err(Arc::new(Unopened { error, fallback }))
            }
            Err(e) => return Err(e),
        };
        Ok(Service { s, schedule: Schedule::default(), reporter, configured: settings::discovery(env) })
    }

    /// What the ledger set aside when it was read, once.
    pub fn take_recovery(&self) -> Option<String> {
        self.engine().ok()?.deletions().take_recovery()
    }

    /// The engine, or why there is none.
    pub fn engine(&self) -> Result<Arc<SyncEngine>> {
        self.settings().map(|s| s.engine.clone())
    }

    fn settings(&self) -> Result<Arc<SyncSettings>> {
        self.s.as_ref().map(Arc::clone).map_err(|u| u.error.clone())
    }

    /// `settings`, for cycles: only the state directory's owner runs them
    /// (a shared view takes the directory over if its owner has ended since).
    fn runnable(&self) -> Result<Arc<SyncSettings>> {
        self.settings().and_then(|s| s.engine.take_ownership().map(|()| s))
    }

    pub fn is_running(&self) -> bool {
        self.schedule.is_running()
    }

    /// The schedule's loop for the caller to spawn, or `None` when it runs
    /// already. A panic inside stops it and is reported as a warning.
    pub fn start(&self) -> Result<Option<impl Future<Output = ()> + Send + 'static>> {
        let s = self.runnable()?;
        let (interval, reporter) = (s.interval, self.reporter.clone());
        let cycle = move |n: u64| {
            let (s, reporter) = (s.clone(), reporter.clone());
            async move {
                if n == 0 {
                    match s.engine.migrate_existing().await {
                        Ok(_) | Err(Error::NotRunning) => {}
                        Err(e) => reporter.warn(format!("[oip-gun-sync] migration pass failed: {}: {e}", e.code())),
                    }
                }
                report_cycle(reporter.as_ref(), &s.engine.run_cycle().await);
            }
        };
        let reporter = self.reporter.clone();
        let on_panic = move |m: String| reporter.warn(format!("[oip-gun-sync] sync schedule stopped by a panic: {m}"));
        Ok(self.schedule.start(interval, cycle, on_panic))
    }

    /// Stops scheduling and ends a running cycle at its next await; the
    /// future resolves once it has ended.
    pub fn stop(&self) -> impl Future<Output = ()> + Send + 'static {
        self.schedule.stop();
        let engine = self.engine().ok();
        if let Some(e) = &engine {
            e.stop_cycles();
        }
        async move {
            if let Some(e) = engine {
                e.wait_idle().await;
            }
        }
    }

    /// A cycle now (after a running one), logged; `only_if_running` refuses
    /// with `SYNC_NOT_RUNNING` when the schedule is stopped, as `forceSync` did.
    pub fn cycle(&self, only_if_running: bool) -> impl Future<Output = Result<CycleReport>> + Send + 'static {
        let refused = only_if_running && !self.is_running();
        let (s, reporter) = (self.runnable(), self.reporter.clone());
        async move {
            if refused {
                return Err(Error::NotRunning);
            }
            let report = s?.engine.run_cycle().await;
            report_cycle(reporter.as_ref(), &report);
            Ok(report)
        }
    }

    pub fn status(&self) -> Status {
        let (interval, cache_max_age, node_id, processed, since_last_clear, health, error) = match &self.s {
            Ok(s) => {
                let e = &s.engine;
                (
                    s.interval,
                    s.cache_max_age,
                    e.node_id().to_string(),
                    e.processed_count(),
                    e.since_last_clear(),
                    e.health(),
                    e.owned().err().map(|e| format!("{}: {e}", e.code())),
                )
            }
            Err(u) => (
                u.fallback.interval,
                u.fallback.cache_max_age,
                String::new(),
                0,
                Duration::ZERO,
                Health::default(),
                Some(format!("{}: {}", u.error.code(), u.error)),
            ),
        };
        Status {
            is_running: self.is_running(),
            interval,
            node_id,
            processed,
            since_last_clear,
            cache_max_age,
            health,
            private_records_enabled: self.configured.local_relay,
            trusted_nodes: self.configured.trusted_nodes.clone(),
            error,
        }
    }

    /// The node id and registry root of the service's registry.
    pub fn registry_identity(&self) -> (String, String) {
        match &self.s {
            Ok(s) => (s.engine.node_id().to_string(), s.engine.config().registry_root.clone()),
            Err(u) => (String::new(), u.fallback.registry_root.clone()),
        }
    }

    /// Prometheus exposition text of the counters since start.
    pub fn metrics_text(&self) -> String {
        metrics_text(&self.engine().map(|e| e.totals()).unwrap_or_default())
    }
}

/// One line per cycle; a warning, with what failed, only when something did.
pub fn report_cycle(reporter: &dyn Reporter, r: &CycleReport) {
    if r.stopped {
        return reporter.info(format!("[oip-gun-sync] cycle stopped after {:.0} ms", r.duration_ms));
    }
    let mut line = format!(
        "[oip-gun-sync] cycle: {} discovered, {} synced, {} existing, {} tombstoned, {} deletions applied, {} failed; requests peers={} local={} es={}; {:.0} ms",
        r.discovered, r.synced, r.skipped_existing, r.skipped_deleted, r.deletions_applied, r.failed.len(),
        r.requests.peers, r.requests.local_relay, r.requests.elasticsearch, r.duration_ms
    );
    if r.failed.is_empty() && r.peer_errors.is_empty() && r.warnings.is_empty() {
        return reporter.info(line);
    }
    for e in r.warnings.iter().chain(r.peer_errors.iter().take(5)) {
        line.push_str("\n  ");
        line.push_str(e);
    }
    reporter.warn(line)
}

fn metrics_text(t: &Totals) -> String {
    let mut out = String::new();
    let mut counter = |name: &str, help: &str, v: u64| {
        out.push_str(&format!(
            "# HELP oip_gun_sync_{name} {help}\n# TYPE oip_gun_sync_{name} counter\noip_gun_sync_{name} {v}\n"
        ));
    };
    counter("cycles_total", "Sync cycles run.", t.cycles);
    counter("records_discovered_total", "Records listed by peers' indexes.", t.discovered);
    counter("records_synced_total", "Records indexed and stored locally.", t.synced);
    counter("records_failed_total", "Record sync attempts that failed.", t.failed);
    counter("records_skipped_existing_total", "Records already indexed or processed.", t.skipped_existing);
    counter("records_skipped_deleted_total", "Records skipped because tombstoned.", t.skipped_deleted);
    counter("deletions_applied_total", "Tombstones applied.", t.deletions_applied);
    counter("repair_checked_total", "Synced records spot-checked on the local relay.", t.repair_checked);
    counter("repair_dropped_total", "Spot-checked records the local relay had dropped.", t.repair_dropped);
    counter("repair_restored_total", "Dropped records stored again from a peer.", t.repair_restored);
    counter("repair_unrecoverable_total", "Dropped records no peer served.", t.repair_unrecoverable);
    out.push_str(
        "# HELP oip_gun_sync_requests_total HTTP requests by target.\n# TYPE oip_gun_sync_requests_total counter\n",
    );
    for (target, v) in [
        ("peers", t.requests.peers),
        ("local_relay", t.requests.local_relay),
        ("elasticsearch", t.requests.elasticsearch),
    ] {
        out.push_str(&format!("oip_gun_sync_requests_total{{target=\"{target}\"}} {v}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;
    use crate::settings::{DeletionOptions, GunOptions};

    #[derive(Default)]
    struct Lines(Mutex<Vec<(&'static str, String)>>);

    impl Reporter for Lines {
        fn info(&self, line: String) {
            self.0.lock().unwrap().push(("info", line));
        }
        fn warn(&self, line: String) {
            self.0.lock().unwrap().push(("warn", line));
        }
    }

    fn no_env(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn a_cycle_line_is_info_when_quiet_and_a_warning_with_what_failed() {
        let lines = Lines::default();
        report_cycle(&lines, &CycleReport { discovered: 3, synced: 2, ..Default::default() });
        let warned = CycleReport { warnings: vec!["ledger write failed".into()], ..Default::default() };
        report_cycle(&lines, &warned);
        let got = lines.0.lock().unwrap();
        assert_eq!(got[0].0, "info");
        assert!(got[0].1.contains("3 discovered, 2 synced"), "{}", got[0].1);
        assert_eq!(got[1].0, "warn");
        assert!(got[1].1.ends_with("\n  ledger write failed"), "{}", got[1].1);
    }

    #[tokio::test]
    async fn a_state_directory_that_cannot_be_opened_is_reported_by_every_use_when_kept() {
        // A regular file where the state directory should be: opening it fails with STATE_IO.
        let file = std::env::temp_dir().join(format!("oip-service-test-{}", std::process::id()));
        std::fs::write(&file, b"not a directory").unwrap();
        let options = || SyncOptions {
            peers: Some(vec![]),
            gun: Some(GunOptions { api_url: Some("http://127.0.0.1:9".into()), ..Default::default() }),
            deletion: Some(DeletionOptions {
                state_dir: Some(file.to_string_lossy().into_owned()),
                ..Default::default()
            }),
            sync_interval_ms: Some(1234),
            ..Default::default()
        };
        let lines = Arc::new(Lines::default());
        let refused = Service::open(options(), &no_env, lines.clone(), false).err().expect("refused");
        assert_eq!(refused.code(), "STATE_IO");
        assert!(lines.0.lock().unwrap().is_empty());

        let kept = Service::open(options(), &no_env, lines.clone(), true).unwrap();
        assert!(lines.0.lock().unwrap()[0].1.contains("cannot run: STATE_IO"));
        let status = kept.status();
        assert!(status.error.as_deref().is_some_and(|e| e.starts_with("STATE_IO")), "{status:?}");
        assert_eq!(status.interval, Duration::from_millis(1234), "the configured interval is still reported");
        assert_eq!(kept.start().err().map(|e| e.code()).as_deref(), Some("STATE_IO"));
        assert!(!kept.is_running());
        assert_eq!(kept.cycle(false).await.unwrap_err().code(), "STATE_IO");
        std::fs::remove_file(&file).unwrap();
    }

    #[test]
    fn metrics_name_every_counter_once() {
        let text = metrics_text(&Totals { cycles: 4, synced: 9, ..Default::default() });
        assert!(text.contains("oip_gun_sync_cycles_total 4\n"));
        assert!(text.contains("oip_gun_sync_records_synced_total 9\n"));
        assert_eq!(text.matches("# TYPE").count(), 12);
    }
}
