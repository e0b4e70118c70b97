//! `GunSyncService`, the drop-in for `helpers/gunSyncService.js`, and the
//! module-level `runSyncCycle`.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use napi::bindgen_prelude::{AsyncBlock, Either, Function, JsObjectValue, Null, Object};
use napi::threadsafe_function::{ThreadsafeFunction, ThreadsafeFunctionCallMode};
use napi::{Env, Status};
use napi_derive::napi;

use super::errors::{or_null, promise, report_recovery, sync};
use super::gun_helper::{bad_env, core_helper, GunHelperOptions};
use super::json::Date;
use super::options::{deletions_for, elastic_for, DeletionOptions, ElasticsearchOptions};
use super::progress::{self, SyncProgress};
use super::registry::SyncRegistry;
use crate::config::{
    self, env_u64, external_peers, process_env, BadEnv, EnvSource, Environment, GunConfig, GunOverrides,
};
use crate::error::{Error, Result};
use crate::gun::helper::GunHelper;
use crate::ledger::ItemBackoff;
use crate::sync::repair::RepairSettings;
use crate::sync::schedule::Schedule;
use crate::sync::{engine, CycleReport, DiscoveryConfig, Health, HealthStatus, SyncConfig, SyncEngine};

const DEFAULT_SYNC_INTERVAL_MS: u64 = 900_000;
const DEFAULT_CACHE_MAX_AGE_MS: u64 = 3_600_000;
const DEFAULT_PUT_TIMEOUT_MS: u64 = 30_000;

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
    /// Puts in flight to one relay at once (default 2).
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

    /// One line per cycle; a warning only when something failed.
    fn cycle(&self, r: &CycleReport) {
        if r.stopped {
            return self.info(format!("[oip-gun-sync] cycle stopped after {:.0} ms", r.duration_ms));
        }
        let line = format!(
            "[oip-gun-sync] cycle: {} discovered, {} synced, {} existing, {} tombstoned, {} deletions applied, {} failed; requests peers={} local={} es={}; {:.0} ms",
            r.discovered, r.synced, r.skipped_existing, r.skipped_deleted, r.deletions_applied, r.failed.len(),
            r.requests.peers, r.requests.local_relay, r.requests.elasticsearch, r.duration_ms
        );
        let quiet = r.failed.is_empty() && r.peer_errors.is_empty() && r.warnings.is_empty();
        let target = if quiet { &self.info } else { &self.warn };
        let mut msg = line;
        for e in r.warnings.iter().chain(r.peer_errors.iter().take(5)) {
            msg.push_str("\n  ");
            msg.push_str(e);
        }
        if let Some(f) = target {
            f.call(msg, ThreadsafeFunctionCallMode::NonBlocking);
        }
    }
}

struct Settings {
    engine: Arc<SyncEngine>,
    interval: Duration,
    cache_max_age: Duration,
}

fn ms(option: Option<u32>, name: &str, default: u64, env: EnvSource) -> Result<Duration> {
    let v = match option {
        Some(v) => u64::from(v),
        None => env_u64(env, name)?.unwrap_or(default),
    };
    if v == 0 {
        return Err(Error::InvalidConfig { name: name.into(), reason: "must be a positive number of ms".into() });
    }
    Ok(Duration::from_millis(v))
}

fn settings(o: SyncOptions, env: EnvSource) -> Result<Settings> {
    let gun_options = o.gun.unwrap_or_default();
    let local = core_helper(Some(gun_options.clone()), env)?;
    let peer_urls = match o.peers {
        Some(p) => p
            .iter()
            .map(|u| crate::config::check_url("peers", &crate::config::rewrite_peer_url(u)))
            .collect::<Result<Vec<_>>>()?,
        None => external_peers(env)?,
    };
    let put_concurrency = o.put_concurrency.map_or(crate::gun::relay::DEFAULT_PUT_CONCURRENCY, |n| n.max(1) as usize);
    let overrides = GunOverrides {
        relay_url: gun_options.api_url.clone(),
        timeout_ms: gun_options.timeout_ms.map(u64::from),
        max_body_bytes: gun_options.max_body_bytes.map(u64::from),
        negative_cache_ttl_ms: gun_options.negative_cache_ttl_ms.map(u64::from),
    };
    let gun_config = GunConfig::resolve(&overrides, env)?;
    let peers: Vec<GunHelper> = peer_urls
        .iter()
        .filter(|u| **u != gun_config.relay_url)
        .map(|u| GunHelper::with_relay(crate::gun::relay::Relay::at(u, &gun_config, put_concurrency), &gun_config))
        .collect();
    // Every value is checked before the ledger is opened: a bad one creates no state directory.
    let interval = ms(o.sync_interval_ms, "GUN_SYNC_INTERVAL", DEFAULT_SYNC_INTERVAL_MS, env)?;
    let cache_max_age = ms(o.cache_max_age_ms, "GUN_CACHE_MAX_AGE", DEFAULT_CACHE_MAX_AGE_MS, env)?;
    let put_timeout = ms(o.put_timeout_ms, "GUN_REGISTRY_TIMEOUT_MS", DEFAULT_PUT_TIMEOUT_MS, env)?;
    let repair = RepairSettings::resolve(o.repair_percent, o.repair_max_checks, env)?;
    let progress_min_records = crate::sync::progress::min_records(o.progress_min_records, env)?;
    let mut deletion = o.deletion.unwrap_or_default();
    deletion.elasticsearch = deletion.elasticsearch.or(o.elasticsearch.clone());
    let types = config::record_types(o.record_types, o.app_record_types, env)?;
    deletion.record_types = deletion.record_types.or_else(|| Some(types.clone()));
    let deletions = deletions_for(local.clone(), Some(deletion.clone()), env)?;
    let backoff = ItemBackoff {
        base: deletion.retry_base_ms.map_or(ItemBackoff::default().base, |v| Duration::from_millis(v.into())),
        max: deletion.retry_max_ms.map_or(ItemBackoff::default().max, |v| Duration::from_millis(v.into())),
    };
    let cfg = SyncConfig {
        peers: peer_urls,
        record_types: types,
        registry_root: super::options::registry_root(deletion.registry_root, env),
        index: o.index.unwrap_or_else(|| crate::elastic::DEFAULT_INDEX.into()),
        fetch_concurrency: o.fetch_concurrency.map_or(engine::DEFAULT_FETCH_CONCURRENCY, |n| n.max(1) as usize),
        batch_size: engine::DEFAULT_BATCH_SIZE,
        put_timeout,
        cache_max_age,
        backoff,
        repair,
        progress_min_records,
        discovery: DiscoveryConfig {
            local_relay: o.local_discovery.unwrap_or(env("GUN_SYNC_PRIVATE_RECORDS").as_deref() != Some("false")),
            trusted_nodes: Some(config::env_list(env, "GUN_SYNC_TRUSTED_NODES")).filter(|t| !t.is_empty()),
        },
    };
    let elastic = elastic_for(deletion.elasticsearch, env)?;
    Ok(Settings { engine: Arc::new(SyncEngine::new(cfg, local, peers, elastic, deletions)), interval, cache_max_age })
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
    s: std::result::Result<Arc<Settings>, Arc<Unopened>>,
    schedule: Schedule,
    logs: Logs,
}

/// A service whose state directory could not be opened. With
/// `tolerateBadEnv` it still constructs, as the original never failed there,
/// and every use reports why: `start()` and cycles reject, `getStatus()`
/// carries the error, the health monitor is never healthy.
struct Unopened {
    error: Error,
    interval: Duration,
    cache_max_age: Duration,
    registry_root: String,
}

impl GunSyncService {
    fn opened(&self) -> Result<Arc<Settings>> {
        self.s.as_ref().map(Arc::clone).map_err(|u| u.error.clone())
    }
}

#[napi]
impl GunSyncService {
    /// Reads the original's environment variables; `options` override them.
    /// An invalid value throws `INVALID_CONFIG` naming the variable.
    #[napi(constructor, catch_unwind)]
    pub fn new(env: &Env, options: Option<SyncOptions>) -> napi::Result<Self> {
        let mut o = options.unwrap_or_default();
        let logs = Logs::new(env, o.logger.take())?;
        let tolerate = bad_env(o.tolerate_bad_env);
        let view = Environment::read(tolerate, &process_env);
        for w in view.warnings.iter().cloned() {
            logs.warn(w);
        }
        let read = |name: &str| view.get(&process_env, name);
        let (interval_ms, cache_max_age_ms) = (o.sync_interval_ms, o.cache_max_age_ms);
        let root = o.deletion.as_ref().and_then(|d| d.registry_root.clone());
        let on_progress = o.on_progress.take().map(progress::sink).transpose()?;
        let s = match settings(o, &read) {
            Ok(s) => {
                s.engine.set_progress(on_progress);
                report_recovery(env, s.engine.deletions().ledger());
                Ok(Arc::new(s))
            }
            Err(error @ (Error::StateLocked { .. } | Error::State { .. })) if tolerate == BadEnv::FallBack => {
                logs.warn(format!("[oip-gun-sync] the sync service cannot run: {}: {error}", error.code()));
                Err(Arc::new(Unopened {
                    error,
                    interval: ms(interval_ms, "GUN_SYNC_INTERVAL", DEFAULT_SYNC_INTERVAL_MS, &read)
                        .unwrap_or(Duration::from_millis(DEFAULT_SYNC_INTERVAL_MS)),
                    cache_max_age: ms(cache_max_age_ms, "GUN_CACHE_MAX_AGE", DEFAULT_CACHE_MAX_AGE_MS, &read)
                        .unwrap_or(Duration::from_millis(DEFAULT_CACHE_MAX_AGE_MS)),
                    registry_root: super::options::registry_root(root, &read),
                }))
            }
            Err(e) => return Err(super::errors::js_error(env, &e)),
        };
        Ok(GunSyncService { s, schedule: Schedule::default(), logs })
    }

    /// Whether the schedule runs (between `start()` and `stop()`).
    #[napi(getter)]
    pub fn is_running(&self) -> bool {
        self.schedule.is_running()
    }

    /// One migration pass, one cycle now, then one every `syncInterval`, in
    /// the background. The schedule holds no handle on Node's event loop: it
    /// never keeps the process alive. A panic inside stops it (`isRunning`
    /// turns false) and is logged as a warning.
    // Hand-written: napi types a promise of `()` `Promise<undefined>`, which an override returning `Promise<void>` would not fit.
    #[napi(catch_unwind, ts_return_type = "Promise<void>")]
    pub fn start(&self, env: &Env) -> napi::Result<AsyncBlock<()>> {
        let s = match self.opened() {
            Ok(s) => s,
            Err(e) => return promise(env, async move { Err(e) }),
        };
        let (interval, logs) = (s.interval, self.logs.clone());
        let cycle = move |n: u64| {
            let (s, logs) = (s.clone(), logs.clone());
            async move {
                if n == 0 {
                    match s.engine.migrate_existing().await {
                        Err(Error::NotRunning) => {}
                        Err(e) => logs.warn(format!("[oip-gun-sync] migration pass failed: {}: {e}", e.code())),
                        Ok(_) => {}
                    }
                }
                logs.cycle(&s.engine.run_cycle().await);
            }
        };
        let logs = self.logs.clone();
        let on_panic = move |m: String| logs.warn(format!("[oip-gun-sync] sync schedule stopped by a panic: {m}"));
        if let Some(looping) = self.schedule.start(interval, cycle, on_panic) {
            napi::bindgen_prelude::spawn(looping);
        }
        promise(env, async { Ok(()) })
    }

    /// Stops scheduling and ends a running cycle at its next await (what it
    /// did is kept; the rest is due at the next cycle). The promise resolves
    /// once it has ended.
    // Hand-written: napi types a promise of `()` `Promise<undefined>`, which an override returning `Promise<void>` would not fit.
    #[napi(catch_unwind, ts_return_type = "Promise<void>")]
    pub fn stop(&self, env: &Env) -> napi::Result<AsyncBlock<()>> {
        self.schedule.stop();
        let s = self.opened().ok();
        if let Some(s) = &s {
            s.engine.stop_cycles();
        }
        promise(env, async move {
            if let Some(s) = s {
                s.engine.wait_idle().await;
            }
            Ok(())
        })
    }

    /// Runs a cycle now (waiting for a running one first); rejects with
    /// "Sync service is not running" when stopped.
    #[napi(catch_unwind)]
    pub fn force_sync(&self, env: &Env) -> napi::Result<AsyncBlock<SyncReport>> {
        let running = self.is_running();
        let (s, logs) = (self.opened(), self.logs.clone());
        promise(env, async move {
            if !running {
                return Err(Error::NotRunning);
            }
            let s = s?;
            let r = s.engine.run_cycle().await;
            logs.cycle(&r);
            Ok(r.into())
        })
    }

    /// One cycle, whether or not the service is started.
    #[napi(catch_unwind)]
    pub fn perform_sync(&self, env: &Env) -> napi::Result<AsyncBlock<SyncReport>> {
        let (s, logs) = (self.opened(), self.logs.clone());
        promise(env, async move {
            let r = s?.engine.run_cycle().await;
            logs.cycle(&r);
            Ok(r.into())
        })
    }

    /// Registers every GUN record already in Elasticsearch in the local type
    /// indexes; resolves how many were registered.
    #[napi(catch_unwind)]
    pub fn migrate_existing_records(&self, env: &Env) -> napi::Result<AsyncBlock<f64>> {
        let s = self.opened();
        promise(env, async move { Ok(s?.engine.migrate_existing().await? as f64) })
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
        let s = self.opened();
        promise(env, async move {
            s?.engine.register_local(&did, &soul, &record_type, &creator_pub_key).await?;
            Ok(true)
        })
    }

    /// Forgets which records were processed, so the next cycle checks them all again.
    #[napi(catch_unwind)]
    pub fn clear_processed_cache(&self) {
        if let Ok(s) = &self.s {
            s.engine.clear_processed();
        }
    }

    /// The processed-records cache, as the original's `processedRecords` (its `size`).
    #[napi(getter, catch_unwind)]
    pub fn processed_records(&self) -> ProcessedRecords {
        ProcessedRecords { size: self.s.as_ref().map_or(0, |s| s.engine.processed_count()) as f64 }
    }

    /// The service's health figures, as the original's `SyncHealthMonitor`.
    #[napi(catch_unwind)]
    pub fn get_health_monitor(&self) -> SyncHealthMonitor {
        let source = match &self.s {
            Ok(s) => HealthSource::Engine(s.engine.clone()),
            Err(_) => HealthSource::Own(Default::default()),
        };
        SyncHealthMonitor { source }
    }

    /// The discovery registry on the local relay, as the original's `service.registry`.
    #[napi(getter, catch_unwind)]
    pub fn registry(&self) -> SyncRegistry {
        let (node_id, registry_root) = match &self.s {
            Ok(s) => (s.engine.node_id().to_string(), s.engine.config().registry_root.clone()),
            Err(u) => (String::new(), u.registry_root.clone()),
        };
        SyncRegistry::new(self.opened().map(|s| s.engine.clone()), node_id, registry_root)
    }

    /// The original's status object, with the same keys and types.
    #[napi(catch_unwind)]
    pub fn get_status(&self, env: &Env) -> napi::Result<SyncStatus> {
        // Figures of a service that could not open its state: nothing ran, and `error` says why.
        let (interval, max_age, node_id, processed, since, health, error) = match &self.s {
            Ok(s) => {
                let e = &s.engine;
                (
                    s.interval,
                    s.cache_max_age,
                    e.node_id().to_string(),
                    e.processed_count(),
                    e.since_last_clear(),
                    e.health(),
                    None,
                )
            }
            Err(u) => (
                u.interval,
                u.cache_max_age,
                String::new(),
                0,
                Duration::ZERO,
                Health::default(),
                Some(format!("{}: {}", u.error.code(), u.error)),
            ),
        };
        let usage: Object = env
            .get_global()?
            .get_named_property::<Object>("process")?
            .get_named_property::<Function<(), Object>>("memoryUsage")?
            .call(())?;
        let mb = |k: &str| -> napi::Result<f64> { Ok((usage.get_named_property::<f64>(k)? / 1024.0 / 1024.0).round()) };
        let max_age = max_age.as_millis() as f64;
        let since = since.as_millis() as f64;
        Ok(SyncStatus {
            is_running: self.is_running(),
            sync_interval: interval.as_millis() as f64,
            node_id,
            processed_records_count: processed as f64,
            health: health.status().into(),
            error,
            configuration: SyncConfiguration {
                private_records_enabled: process_env("GUN_SYNC_PRIVATE_RECORDS").as_deref() != Some("false"),
                trusted_nodes: or_null(
                    process_env("GUN_SYNC_TRUSTED_NODES")
                        .map(|t| t.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()),
                ),
                cache_max_age: max_age,
                cache_max_age_minutes: (max_age / 60_000.0).round(),
            },
            memory: SyncMemory {
                heap_used_mb: mb("heapUsed")?,
                heap_total_mb: mb("heapTotal")?,
                rss_mb: mb("rss")?,
                external_mb: mb("external")?,
                cache_size: processed as f64,
                time_since_last_clear_minutes: (since / 60_000.0).round(),
                // The cache is cleared by age when read past it: `since` never passes `max_age`.
                next_clear_in_minutes: ((max_age - since).max(0.0) / 60_000.0).round(),
            },
        })
    }

    /// Prometheus exposition text of the counters since start.
    #[napi(catch_unwind)]
    pub fn metrics_text(&self) -> String {
        let t = self.s.as_ref().map(|s| s.engine.totals()).unwrap_or_default();
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
}

/// Runs one sync cycle with `options` (or the environment) and resolves its report.
#[napi(catch_unwind)]
pub fn run_sync_cycle(env: &Env, options: Option<SyncOptions>) -> napi::Result<AsyncBlock<SyncReport>> {
    let mut o = options.unwrap_or_default();
    let on_progress = o.on_progress.take().map(progress::sink).transpose()?;
    let view = Environment::read(bad_env(o.tolerate_bad_env), &process_env);
    for w in view.warnings.iter().cloned() {
        super::errors::console_warn(env, w);
    }
    let s = sync(env, || settings(o, &|name| view.get(&process_env, name)))?;
    s.engine.set_progress(on_progress);
    promise(env, async move { Ok(s.engine.run_cycle().await.into()) })
}
