//! `GunSyncService`, the drop-in for `helpers/gunSyncService.js`, and the
//! module-level `runSyncCycle`.

use std::sync::{Arc, Mutex};

use napi::bindgen_prelude::{AsyncBlock, Either, Function, JsObjectValue, Null, Object};
use napi::threadsafe_function::{ThreadsafeFunction, ThreadsafeFunctionCallMode};
use napi::{Env, Status};
use napi_derive::napi;

use super::errors::{console_warn, or_null, promise, report_recovery, sync};
use super::gun_helper::GunHelperOptions;
use super::json::Date;
use super::options::{DeletionOptions, ElasticsearchOptions};
use super::progress::{self, SyncProgress};
use super::registry::SyncRegistry;
use crate::settings;
use crate::sync::service::{Reporter, Service};
use crate::sync::{CycleReport, Health, HealthStatus, SyncEngine};

/// A logger the app may pass; each method is called with one string.
#[napi(object)]
pub struct SyncLogger {
    pub info: Option<Function<'static, String, ()>>,
    pub warn: Option<Function<'static, String, ()>>,
    pub error: Option<Function<'static, String, ()>>,
}

/// Options of `GunSyncService` and `runSyncCycle`; each overrides its environment variable.
#[napi(object)]
#[derive(Default)]
pub struct SyncOptions {
    /// Peer relay URLs to pull from. Default `GUN_EXTERNAL_PEERS`, else `GUN_PEERS`.
    pub peers: Option<Vec<String>>,
    /// The local relay (default: `GUN_PEERS`' first entry).
    pub gun: Option<GunHelperOptions>,
    pub elasticsearch: Option<ElasticsearchOptions>,
    /// The app's record types (its `defaultTemplates` keys), filtered by
    /// `RECORD_TYPE_INDEX_MODE` and its white/blacklist. Default
    /// `OIP_RECORD_TYPES` (comma-separated), else `appRecordTypes`.
    pub record_types: Option<Vec<String>>,
    /// The types found in the app's templates (the `oip/` modules read them
    /// from the app's `config/templates.config.js`); used when neither
    /// `recordTypes` nor `OIP_RECORD_TYPES` is given.
    pub app_record_types: Option<Vec<String>>,
    /// Also discover records from the local relay's type indexes, which GUN
    /// peering fills with other nodes' entries. Default: `GUN_SYNC_PRIVATE_RECORDS`
    /// is not `false`, as in the original.
    pub local_discovery: Option<bool>,
    /// Set by the `oip/` modules: an environment value the original
    /// tolerated (`GUN_SYNC_INTERVAL=abc`, `RECORD_TYPE_INDEX_MODE=Whitelist`)
    /// falls back to the original's default with one warning naming the
    /// variable, instead of throwing `INVALID_CONFIG`.
    pub tolerate_bad_env: Option<bool>,
    /// ms between cycles. Default `GUN_SYNC_INTERVAL`, else 900000.
    pub sync_interval_ms: Option<u32>,
    /// ms after which the processed-records cache is cleared. Default `GUN_CACHE_MAX_AGE`, else 3600000.
    pub cache_max_age_ms: Option<u32>,
    /// Timeout of each put to the local relay. Default `GUN_REGISTRY_TIMEOUT_MS`, else 30000.
    pub put_timeout_ms: Option<u32>,
    /// Peer reads in flight at once (default 16).
    pub fetch_concurrency: Option<u32>,
    /// Puts in flight to the local relay at once (default 32): each of a
    /// record's flat nodes, registry node entries, deletions. A value from
    /// before records were written flat (2) still works, as that width.
    pub put_concurrency: Option<u32>,
    /// Elasticsearch index records go to (default `records`).
    pub index: Option<String>,
    /// Percent of the records this node synced that each cycle re-reads on the
    /// local relay, restoring from a peer those it dropped. Default `GUN_REPAIR_PERCENT`, else 1.
    pub repair_percent: Option<u32>,
    /// At most this many such checks a cycle; 0 turns repair off. Default `GUN_REPAIR_MAX_CHECKS`, else 32.
    pub repair_max_checks: Option<u32>,
    /// Ledger, registry and retry settings, shared with the deletion registry.
    pub deletion: Option<DeletionOptions>,
    pub logger: Option<SyncLogger>,
    /// Called with a cycle's progress when it has at least
    /// `progressMinRecords` records to sync, at most 4 times a second and once at its end.
    pub on_progress: Option<Function<'static, SyncProgress, ()>>,
    /// From how many records to sync a cycle reports progress. Default `GUN_SYNC_PROGRESS_MIN_RECORDS`, else 200.
    pub progress_min_records: Option<u32>,
}

impl From<SyncOptions> for settings::SyncOptions {
    /// All but the logger and the progress callback, which stay in the binding.
    fn from(o: SyncOptions) -> Self {
        settings::SyncOptions {
            peers: o.peers,
            gun: o.gun.map(Into::into),
            elasticsearch: o.elasticsearch.map(Into::into),
            record_types: o.record_types,
            app_record_types: o.app_record_types,
            local_discovery: o.local_discovery,
            sync_interval_ms: o.sync_interval_ms,
            cache_max_age_ms: o.cache_max_age_ms,
            put_timeout_ms: o.put_timeout_ms,
            fetch_concurrency: o.fetch_concurrency,
            put_concurrency: o.put_concurrency,
            index: o.index,
            repair_percent: o.repair_percent,
            repair_max_checks: o.repair_max_checks,
            progress_min_records: o.progress_min_records,
            deletion: o.deletion.map(Into::into),
        }
    }
}

/// A record a cycle could not sync, and why.
#[napi(object)]
pub struct FailedRecord {
    pub did: String,
    pub reason: String,
    /// Permanent failures wait for the record to change on its peer, or the long backoff.
    pub permanent: bool,
}

/// HTTP requests a cycle made, by target.
#[napi(object)]
pub struct RequestCounts {
    pub peers: f64,
    pub local_relay: f64,
    pub elasticsearch: f64,
}

/// What one sync cycle did.
#[napi(object)]
pub struct SyncReport {
    pub discovered: f64,
    pub synced: f64,
    pub skipped_existing: f64,
    pub skipped_deleted: f64,
    pub deletions_applied: f64,
    pub failed: Vec<FailedRecord>,
    pub requests: RequestCounts,
    pub duration_ms: f64,
    /// Candidates left for a later cycle: waiting out a failure's backoff, or
    /// not checked because Elasticsearch could not say which exist.
    pub deferred: f64,
    /// What went wrong besides single records: ledger writes that failed (a
    /// full disk), tombstone indexes that could not be read, a cycle skipped
    /// while the ledger cannot be written, then each peer whose indexes could
    /// not be read, with why.
    pub warnings: Vec<String>,
    pub repair: RepairCounts,
}

/// The cycle's spot-check of records synced earlier.
#[napi(object)]
pub struct RepairCounts {
    pub checked: f64,
    /// Checked records the local relay no longer served whole.
    pub dropped: f64,
    /// Dropped records stored again from a peer and read back whole.
    pub restored: f64,
    /// DIDs of dropped records no peer serves any more: reported, left in Elasticsearch, checked again later.
    pub unrecoverable: Vec<String>,
}

impl From<CycleReport> for SyncReport {
    fn from(r: CycleReport) -> Self {
        SyncReport {
            discovered: r.discovered as f64,
            synced: r.synced as f64,
            skipped_existing: r.skipped_existing as f64,
            skipped_deleted: r.skipped_deleted as f64,
            deletions_applied: r.deletions_applied as f64,
            failed: r
                .failed
                .into_iter()
                .map(|f| FailedRecord { did: f.did, reason: f.reason, permanent: f.permanent })
                .collect(),
            requests: RequestCounts {
                peers: r.requests.peers as f64,
                local_relay: r.requests.local_relay as f64,
                elasticsearch: r.requests.elasticsearch as f64,
            },
            duration_ms: r.duration_ms,
            deferred: r.deferred as f64,
            warnings: r.warnings.into_iter().chain(r.peer_errors).collect(),
            repair: RepairCounts {
                checked: r.repair.checked as f64,
                dropped: r.repair.dropped as f64,
                restored: r.repair.restored as f64,
                unrecoverable: r.repair.unrecoverable,
            },
        }
    }
}

fn log_fn(env: &Env, f: Option<Function<'static, String, ()>>, level: &str) -> napi::Result<Option<Logger>> {
    let f = match f {
        Some(f) => f,
        None => env
            .get_global()?
            .get_named_property::<Object>("console")?
            .get_named_property::<Function<String, ()>>(level)?,
    };
    // Weak: a logger must never keep the Node process alive. Bounded: while
    // the JS thread is blocked, lines past the bound are dropped, not queued.
    Ok(Some(Arc::new(
        f.build_threadsafe_function::<String>().weak::<true>().max_queue_size::<LOG_QUEUE_BOUND>().build()?,
    )))
}

/// Log lines waiting for the JS thread, at most (a cycle writes one or two).
const LOG_QUEUE_BOUND: usize = 256;

type Logger = Arc<ThreadsafeFunction<String, (), String, Status, false, true, LOG_QUEUE_BOUND>>;

#[derive(Clone)]
struct Logs {
    info: Option<Logger>,
    warn: Option<Logger>,
}

impl Logs {
    fn new(env: &Env, logger: Option<SyncLogger>) -> napi::Result<Self> {
        let (info, warn) = match logger {
            Some(l) => (l.info, l.warn.or(l.error)),
            None => (None, None),
        };
        Ok(Logs { info: log_fn(env, info, "info")?, warn: log_fn(env, warn, "warn")? })
    }
}

impl Reporter for Logs {
    fn info(&self, msg: String) {
        if let Some(f) = &self.info {
            f.call(msg, ThreadsafeFunctionCallMode::NonBlocking);
        }
    }

    fn warn(&self, msg: String) {
        if let Some(f) = &self.warn {
            f.call(msg, ThreadsafeFunctionCallMode::NonBlocking);
        }
    }
}

/// `getHealthMonitor().getHealthStatus()`, with the original's keys.
#[napi(object, object_from_js = false)]
pub struct SyncHealthStatus {
    pub total_discovered: f64,
    pub total_synced: f64,
    pub total_errors: f64,
    /// `null` before the first cycle.
    pub last_sync_time: Either<Date, Null>,
    /// Exponential moving average of cycle time in ms (0.7 old, 0.3 new).
    pub average_sync_time: f64,
    pub sync_cycles: f64,
    /// Percent with 2 decimals; 100 when nothing was discovered.
    pub success_rate: f64,
    /// successRate > 90, totalErrors < 10 and a cycle less than 2 minutes ago.
    pub is_healthy: bool,
    /// ms since the last cycle, `null` before the first.
    pub last_sync_ago: Either<f64, Null>,
}

/// `getHealthMonitor().getRepairStatus()`: repair's spot-checks since start
/// (apart from `getHealthStatus()`, which keeps the original's keys).
#[napi(object, object_from_js = false)]
pub struct SyncRepairStatus {
    /// Synced records spot-checked on the local relay.
    pub checked: f64,
    /// Of those, how many the local relay had dropped.
    pub dropped: f64,
    /// Dropped records stored again from a peer.
    pub restored: f64,
    /// Dropped records no peer could serve when checked (counted per check).
    pub unrecoverable: f64,
}

impl From<HealthStatus> for SyncHealthStatus {
    fn from(h: HealthStatus) -> Self {
        let c = h.counts;
        SyncHealthStatus {
            total_discovered: c.total_discovered as f64,
            total_synced: c.total_synced as f64,
            total_errors: c.total_errors as f64,
            last_sync_time: or_null(c.last_sync_time.map(|t| Date(t as f64))),
            average_sync_time: c.average_sync_time,
            sync_cycles: c.sync_cycles as f64,
            success_rate: h.success_rate,
            is_healthy: h.is_healthy,
            last_sync_ago: or_null(h.last_sync_ago.map(|a| a as f64)),
        }
    }
}

/// `getStatus().configuration`, with the original's keys.
#[napi(object, object_from_js = false)]
pub struct SyncConfiguration {
    /// `GUN_SYNC_PRIVATE_RECORDS` is not `false`.
    pub private_records_enabled: bool,
    /// `GUN_SYNC_TRUSTED_NODES`, or `null`.
    pub trusted_nodes: Either<Vec<String>, Null>,
    pub cache_max_age: f64,
    pub cache_max_age_minutes: f64,
}

/// `getStatus().memory`: the process's memory in MB, and the processed-records cache.
#[napi(object, object_from_js = false)]
pub struct SyncMemory {
    #[napi(js_name = "heapUsedMB")]
    pub heap_used_mb: f64,
    #[napi(js_name = "heapTotalMB")]
    pub heap_total_mb: f64,
    #[napi(js_name = "rssMB")]
    pub rss_mb: f64,
    #[napi(js_name = "externalMB")]
    pub external_mb: f64,
    pub cache_size: f64,
    pub time_since_last_clear_minutes: f64,
    pub next_clear_in_minutes: f64,
}

/// `getStatus()`, with the original's keys and types.
#[napi(object, object_from_js = false)]
pub struct SyncStatus {
    pub is_running: bool,
    /// ms between cycles.
    pub sync_interval: f64,
    pub node_id: String,
    pub processed_records_count: f64,
    pub health: SyncHealthStatus,
    pub configuration: SyncConfiguration,
    pub memory: SyncMemory,
    /// Why the service cannot run (its state directory could not be opened); absent when it can.
    pub error: Option<String>,
}

/// The original `SyncHealthMonitor.metrics`: the counters without what is derived from them.
#[napi(object, object_from_js = false)]
pub struct SyncMetrics {
    pub total_discovered: f64,
    pub total_synced: f64,
    pub total_errors: f64,
    /// `null` before the first cycle.
    pub last_sync_time: Either<Date, Null>,
    pub average_sync_time: f64,
    pub sync_cycles: f64,
}

/// Whose figures a monitor shows: a service's, or its own (`new SyncHealthMonitor()`).
enum HealthSource {
    Engine(Arc<SyncEngine>),
    Own(Arc<Mutex<Health>>),
}

/// Health figures of the sync service, as the original `SyncHealthMonitor`.
#[napi]
pub struct SyncHealthMonitor {
    source: HealthSource,
}

impl SyncHealthMonitor {
    fn read(&self) -> Health {
        match &self.source {
            HealthSource::Engine(e) => e.health(),
            HealthSource::Own(h) => h.lock().unwrap_or_else(|p| p.into_inner()).clone(),
        }
    }

    fn update(&self, f: impl FnOnce(&mut Health)) {
        match &self.source {
            HealthSource::Engine(e) => e.update_health(f),
            HealthSource::Own(h) => f(&mut h.lock().unwrap_or_else(|p| p.into_inner())),
        }
    }
}

#[napi]
impl SyncHealthMonitor {
    /// A monitor of its own, as the original could be constructed.
    #[napi(constructor)]
    pub fn new() -> Self {
        SyncHealthMonitor { source: HealthSource::Own(Default::default()) }
    }

    /// The counters with the success rate and health derived from them.
    #[napi(catch_unwind)]
    pub fn get_health_status(&self) -> SyncHealthStatus {
        self.read().status().into()
    }

    /// Counts one cycle, as the original: totals, last sync time, moving average of `duration` (ms).
    #[napi(catch_unwind)]
    pub fn record_sync_cycle(&self, discovered: f64, synced: f64, errors: f64, duration: f64) {
        let count = |n: f64| if n.is_finite() && n > 0.0 { n as u64 } else { 0 };
        self.update(|h| h.record_cycle(count(discovered), count(synced), count(errors), duration));
    }

    /// Back to zero, as a fresh monitor.
    #[napi(catch_unwind)]
    pub fn reset(&self) {
        self.update(|h| *h = Health::default());
    }

    /// The counters as the original's `metrics` property holds them.
    #[napi(getter, catch_unwind)]
    pub fn metrics(&self) -> SyncMetrics {
        let h = self.read();
        SyncMetrics {
            total_discovered: h.total_discovered as f64,
            total_synced: h.total_synced as f64,
            total_errors: h.total_errors as f64,
            last_sync_time: or_null(h.last_sync_time.map(|t| Date(t as f64))),
            average_sync_time: h.average_sync_time,
            sync_cycles: h.sync_cycles as f64,
        }
    }

    /// Repair's figures (zero for a monitor of its own).
    #[napi(catch_unwind)]
    pub fn get_repair_status(&self) -> SyncRepairStatus {
        let h = self.read();
        SyncRepairStatus {
            checked: h.repair_checked as f64,
            dropped: h.repair_dropped as f64,
            restored: h.repair_restored as f64,
            unrecoverable: h.repair_unrecoverable as f64,
        }
    }
}

/// The processed-records cache, as `service.processedRecords`.
#[napi(object)]
pub struct ProcessedRecords {
    pub size: f64,
}

/// Peer sync with a bounded number of requests per cycle and bounded memory.
/// Drop-in for the original service: `start`, `stop`, `forceSync`,
/// `performSync`, `getStatus`, `getHealthMonitor`, `registerLocalRecord`.
#[napi]
pub struct GunSyncService {
    service: Service,
}

#[napi]
impl GunSyncService {
    /// Reads the original's environment variables; `options` override them.
    /// An invalid value throws `INVALID_CONFIG` naming the variable. With
    /// `tolerateBadEnv`, a state directory that cannot be opened still
    /// constructs, as the original never failed there, and every use reports
    /// why: `start()` and cycles reject, `getStatus()` carries the error, the
    /// health monitor is never healthy.
    #[napi(constructor, catch_unwind)]
    pub fn new(env: &Env, options: Option<SyncOptions>) -> napi::Result<Self> {
        let mut o = options.unwrap_or_default();
        let logs = Arc::new(Logs::new(env, o.logger.take())?);
        let on_progress = o.on_progress.take().map(progress::sink).transpose()?;
        let tolerate = o.tolerate_bad_env == Some(true);
        let service = settings::from_process_env(
            tolerate,
            |w| logs.warn(w),
            |vars| Service::open(o.into(), vars, logs.clone(), tolerate),
        );
        let service = service.map_err(|e| super::errors::js_error(env, &e))?;
        if let Ok(engine) = service.engine() {
            engine.set_progress(on_progress);
        }
        report_recovery(env, service.take_recovery());
        Ok(GunSyncService { service })
    }

    /// Whether the schedule runs (between `start()` and `stop()`).
    #[napi(getter)]
    pub fn is_running(&self) -> bool {
        self.service.is_running()
    }

    /// One migration pass, one cycle now, then one every `syncInterval`, in
    /// the background. The schedule holds no handle on Node's event loop: it
    /// never keeps the process alive. A panic inside stops it (`isRunning`
    /// turns false) and is logged as a warning.
    // Hand-written: napi types a promise of `()` `Promise<undefined>`, which an override returning `Promise<void>` would not fit.
    #[napi(catch_unwind, ts_return_type = "Promise<void>")]
    pub fn start(&self, env: &Env) -> napi::Result<AsyncBlock<()>> {
        match self.service.start() {
            Err(e) => promise(env, async move { Err(e) }),
            Ok(looping) => {
                if let Some(looping) = looping {
                    napi::bindgen_prelude::spawn(looping);
                }
                promise(env, async { Ok(()) })
            }
        }
    }

    /// Stops scheduling and ends a running cycle at its next await (what it
    /// did is kept; the rest is due at the next cycle). The promise resolves
    /// once it has ended.
    // Hand-written: napi types a promise of `()` `Promise<undefined>`, which an override returning `Promise<void>` would not fit.
    #[napi(catch_unwind, ts_return_type = "Promise<void>")]
    pub fn stop(&self, env: &Env) -> napi::Result<AsyncBlock<()>> {
        let stopped = self.service.stop();
        promise(env, async move {
            stopped.await;
            Ok(())
        })
    }

    /// Runs a cycle now (waiting for a running one first); rejects with
    /// "Sync service is not running" when stopped.
    #[napi(catch_unwind)]
    pub fn force_sync(&self, env: &Env) -> napi::Result<AsyncBlock<SyncReport>> {
        let cycle = self.service.cycle(true);
        promise(env, async move { Ok(cycle.await?.into()) })
    }

    /// One cycle, whether or not the service is started.
    #[napi(catch_unwind)]
    pub fn perform_sync(&self, env: &Env) -> napi::Result<AsyncBlock<SyncReport>> {
        let cycle = self.service.cycle(false);
        promise(env, async move { Ok(cycle.await?.into()) })
    }

    /// Registers every GUN record already in Elasticsearch in the local type
    /// indexes; resolves how many were registered.
    #[napi(catch_unwind)]
    pub fn migrate_existing_records(&self, env: &Env) -> napi::Result<AsyncBlock<f64>> {
        let engine = self.service.engine();
        promise(env, async move { Ok(engine?.migrate_existing().await? as f64) })
    }

    /// Registers a record this node published: its node entry, and its entry in the type index.
    #[napi(catch_unwind)]
    pub fn register_local_record(
        &self,
        env: &Env,
        did: String,
        soul: String,
        record_type: String,
        creator_pub_key: String,
    ) -> napi::Result<AsyncBlock<bool>> {
        let engine = self.service.engine();
        promise(env, async move {
            engine?.register_local(&did, &soul, &record_type, &creator_pub_key).await?;
            Ok(true)
        })
    }

    /// Forgets which records were processed, so the next cycle checks them all again.
    #[napi(catch_unwind)]
    pub fn clear_processed_cache(&self) {
        if let Ok(engine) = self.service.engine() {
            engine.clear_processed();
        }
    }

    /// The processed-records cache, as the original's `processedRecords` (its `size`).
    #[napi(getter, catch_unwind)]
    pub fn processed_records(&self) -> ProcessedRecords {
        ProcessedRecords { size: self.service.engine().map_or(0, |e| e.processed_count()) as f64 }
    }

    /// The service's health figures, as the original's `SyncHealthMonitor`.
    #[napi(catch_unwind)]
    pub fn get_health_monitor(&self) -> SyncHealthMonitor {
        let source = match self.service.engine() {
            Ok(engine) => HealthSource::Engine(engine),
            Err(_) => HealthSource::Own(Default::default()),
        };
        SyncHealthMonitor { source }
    }

    /// The discovery registry on the local relay, as the original's `service.registry`.
    #[napi(getter, catch_unwind)]
    pub fn registry(&self) -> SyncRegistry {
        let (node_id, registry_root) = self.service.registry_identity();
        SyncRegistry::new(self.service.engine(), node_id, registry_root)
    }

    /// The original's status object, with the same keys and types.
    #[napi(catch_unwind)]
    pub fn get_status(&self, env: &Env) -> napi::Result<SyncStatus> {
        let st = self.service.status();
        let usage: Object = env
            .get_global()?
            .get_named_property::<Object>("process")?
            .get_named_property::<Function<(), Object>>("memoryUsage")?
            .call(())?;
        let mb = |k: &str| -> napi::Result<f64> { Ok((usage.get_named_property::<f64>(k)? / 1024.0 / 1024.0).round()) };
        let max_age = st.cache_max_age.as_millis() as f64;
        let since = st.since_last_clear.as_millis() as f64;
        Ok(SyncStatus {
            is_running: st.is_running,
            sync_interval: st.interval.as_millis() as f64,
            node_id: st.node_id,
            processed_records_count: st.processed as f64,
            health: st.health.status().into(),
            error: st.error,
            configuration: SyncConfiguration {
                private_records_enabled: st.private_records_enabled,
                trusted_nodes: or_null(st.trusted_nodes),
                cache_max_age: max_age,
                cache_max_age_minutes: (max_age / 60_000.0).round(),
            },
            memory: SyncMemory {
                heap_used_mb: mb("heapUsed")?,
                heap_total_mb: mb("heapTotal")?,
                rss_mb: mb("rss")?,
                external_mb: mb("external")?,
                cache_size: st.processed as f64,
                time_since_last_clear_minutes: (since / 60_000.0).round(),
                // The cache is cleared by age when read past it: `since` never passes `max_age`.
                next_clear_in_minutes: ((max_age - since).max(0.0) / 60_000.0).round(),
            },
        })
    }

    /// Prometheus exposition text of the counters since start.
    #[napi(catch_unwind)]
    pub fn metrics_text(&self) -> String {
        self.service.metrics_text()
    }
}

/// Runs one sync cycle with `options` (or the environment) and resolves its report.
#[napi(catch_unwind)]
pub fn run_sync_cycle(env: &Env, options: Option<SyncOptions>) -> napi::Result<AsyncBlock<SyncReport>> {
    let mut o = options.unwrap_or_default();
    let on_progress = o.on_progress.take().map(progress::sink).transpose()?;
    let tolerate = o.tolerate_bad_env == Some(true);
    let s = sync(env, || {
        settings::from_process_env(
            tolerate,
            |w| console_warn(env, w),
            |vars| settings::SyncOptions::from(o).resolve(vars),
        )
    })?;
    s.engine.set_progress(on_progress);
    promise(env, async move { Ok(s.engine.run_cycle().await.into()) })
}
