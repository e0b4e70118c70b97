//! One sync cycle, and the state kept between cycles.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::future::{join, join3, join_all};
use futures_util::stream::{self, StreamExt};
use serde_json::{json, Map, Value};

use super::convert;
use super::discovery::{self, DiscoveryConfig};
use super::health::Health;
use super::private::{self, Handling};
use super::progress::{ProgressSink, Step, Tracker};
use super::repair::{Repair, RepairReport, RepairSettings};
use crate::deletion::Deletions;
use crate::elastic::{BulkOp, Elastic, Refresh};
use crate::error::{Error, ErrorClass};
use crate::gun::helper::GunHelper;
use crate::gun::record::{self, Decryption};
use crate::gun::relay::{reread, Node, Relay};
use crate::ledger::{ItemBackoff, RecordFailure, RecordFailures, StateHandle};
use crate::registry::{self, Registration};
use crate::soul::{did_of_soul, soul_of_did, validate_soul};
use crate::text::capped_version;
use crate::time::{iso8601, now_ms};

pub const DEFAULT_FETCH_CONCURRENCY: usize = 16;
/// Records whose bodies are held at once; the cycle works batch by batch.
pub const DEFAULT_BATCH_SIZE: usize = 256;
/// The processed-records cache never holds more than this many DIDs.
pub const PROCESSED_CACHE_LIMIT: usize = 200_000;
/// Reads of a freshly stored record before it counts as not stored.
const READ_BACK_TRIES: u32 = 4;
/// How long the index stage waits for more records once one is ready:
/// records leave the read-back a few at a time, and each chunk costs an
/// Elasticsearch `_bulk` and a put of every type index it touches.
const CHUNK_LINGER: Duration = Duration::from_millis(500);
/// Records read back at once, beside the puts of the next ones.
const VERIFY_CONCURRENCY: usize = 16;
/// Cycles in a row a due failure entry's record must go unlisted before its
/// relay is asked whether it is gone: relays answer indexes partially now and
/// then, and one missed entry is no reason for a read.
const UNLISTED_CYCLES: u32 = 5;
/// A record put answers in about 0.3 s on production relays (100 ms delay
/// included). An unanswered put holds one of the few put slots until it times
/// out, and relays leave some puts unanswered for good: so this is a few times
/// a put's usual time, not the registry's long timeout. The read-back decides
/// whether a put that timed out landed.
pub(super) const STORE_PUT_TIMEOUT: Duration = Duration::from_millis(1500);
/// Where a record's DID is searched by prefix: a keyword mapping, or dynamic mapping's keyword subfield.
const MIGRATION_FIELDS: [&str; 2] = ["oip.did", "oip.did.keyword"];

#[derive(Debug, Clone)]
pub struct SyncConfig {
    /// Peer relay API URLs to pull from.
    pub peers: Vec<String>,
    /// Record types whose registry indexes are pulled (after the index mode).
    pub record_types: Vec<String>,
    pub registry_root: String,
    pub index: String,
    pub fetch_concurrency: usize,
    pub batch_size: usize,
    /// Timeout of each put to the local relay (`GUN_REGISTRY_TIMEOUT_MS`).
    pub put_timeout: Duration,
    /// The processed-records cache is cleared after this (`GUN_CACHE_MAX_AGE`).
    pub cache_max_age: Duration,
    /// ItemBackoff of records that failed.
    pub backoff: ItemBackoff,
    /// Spot-checks of synced records on the local relay.
    pub repair: RepairSettings,
    /// Cycles with at least this many records to sync report progress.
    pub progress_min_records: u64,
    /// The local relay's indexes as a source too; trusted nodes.
    pub discovery: DiscoveryConfig,
}

#[derive(Debug, Clone)]
pub struct FailedRecord {
    pub did: String,
    pub reason: String,
    pub permanent: bool,
}

#[derive(Debug, Clone, Copy, Default)]
pub struct RequestCounts {
    pub peers: u64,
    pub local_relay: u64,
    pub elasticsearch: u64,
}

#[derive(Debug, Clone, Default)]
pub struct CycleReport {
    pub discovered: u64,
    pub synced: u64,
    pub skipped_existing: u64,
    pub skipped_deleted: u64,
    pub deletions_applied: u64,
    pub failed: Vec<FailedRecord>,
    pub requests: RequestCounts,
    pub duration_ms: f64,
    /// Peers whose indexes could not be read this cycle, with why.
    pub peer_errors: Vec<String>,
    /// Candidates left for a later cycle: waiting out a failure's backoff, or
    /// not checked because Elasticsearch could not say which exist.
    pub deferred: u64,
    /// The spot-check of records synced earlier, and what it restored.
    pub repair: RepairReport,
    /// What went wrong besides records and peers: ledger writes that failed,
    /// tombstone indexes that could not be read, a re-verification that
    /// could not run, a cycle paused because the ledger cannot be written.
    pub warnings: Vec<String>,
    /// Ended early by `stop_cycles`: what it did is in the ledger, not in this report.
    pub stopped: bool,
}

struct Candidate {
    /// Index into the peers; `peers.len()` is the local relay (see `source`).
    peer: usize,
    soul: String,
    did: String,
    version: Option<String>,
}

struct Fetched {
    cand: Candidate,
    record: Map<String, Value>,
}

/// What the put stage hands on: a record put (with the put's timeout, when
/// it went unanswered) for the read-back, or one settled without a put.
enum Put {
    Sent(Fetched, Option<Error>),
    Settled(Stored),
}

enum Stored {
    /// Not readable from its peer (or invalid: the flag says permanent).
    Unreadable(Candidate, Error, bool),
    Whole(Fetched),
    Tombstoned,
    Failed(Candidate, String),
}

struct State {
    processed: HashSet<String>,
    /// When the processed cache was last cleared, or the engine started.
    cleared_at: Instant,
    health: Health,
    totals: Totals,
    /// Due failure entries no index listed, with how many cycles in a row that held.
    unlisted: HashMap<String, u32>,
}

/// Counters since start, for `metricsText()`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Totals {
    pub cycles: u64,
    pub discovered: u64,
    pub synced: u64,
    pub failed: u64,
    pub skipped_existing: u64,
    pub skipped_deleted: u64,
    pub deletions_applied: u64,
    pub requests: RequestCounts,
    pub repair_checked: u64,
    pub repair_dropped: u64,
    pub repair_restored: u64,
    pub repair_unrecoverable: u64,
}

pub struct SyncEngine {
    cfg: SyncConfig,
    local: GunHelper,
    peers: Vec<GunHelper>,
    elastic: Elastic,
    deletions: Deletions,
    state_dir: StateHandle,
    failures: RecordFailures,
    state: Mutex<State>,
    repair: Repair,
    progress: Mutex<Option<ProgressSink>>,
    /// The running cycle's progress, when it reports any.
    tracker: Mutex<Option<Arc<Tracker>>>,
    /// Only one cycle (or migration pass) at a time: one asked for during another waits for it.
    cycle: tokio::sync::Mutex<()>,
    /// Bumped by `stop_cycles`: cycles started before it end at their next await.
    stop: tokio::sync::watch::Sender<u64>,
}

impl SyncEngine {
    pub fn new(
        cfg: SyncConfig,
        local: GunHelper,
        peers: Vec<GunHelper>,
        elastic: Elastic,
        deletions: Deletions,
    ) -> Self {
        let state_dir = deletions.state_handle();
        let failures = RecordFailures::new(&state_dir, cfg.backoff);
        let deletions = deletions.for_sync(elastic.clone(), &cfg.index);
        let repair = Repair::new(cfg.repair, state_dir.path().to_path_buf(), deletions.clone());
        SyncEngine {
            repair,
            progress: Default::default(),
            tracker: Default::default(),
            cfg,
            local,
            peers,
            elastic,
            deletions,
            state_dir,
            failures,
            state: Mutex::new(State {
                processed: HashSet::new(),
                cleared_at: Instant::now(),
                health: Health::default(),
                totals: Totals::default(),
                unlisted: HashMap::new(),
            }),
            cycle: Default::default(),
            stop: tokio::sync::watch::Sender::new(0),
        }
    }

    pub fn config(&self) -> &SyncConfig {
        &self.cfg
    }

    pub fn node_id(&self) -> &str {
        self.state_dir.node_id()
    }

    /// The local relay, for the registry's reads and writes.
    pub fn local(&self) -> &GunHelper {
        &self.local
    }

    pub fn elastic(&self) -> &Elastic {
        &self.elastic
    }

    pub fn deletions(&self) -> &Deletions {
        &self.deletions
    }

    /// The state, with the processed cache cleared first when it is older
    /// than `cache_max_age`: every reader sees the cache as the age says.
    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        let mut s = self.state.lock().unwrap_or_else(|p| p.into_inner());
        if s.cleared_at.elapsed() >= self.cfg.cache_max_age {
            s.processed.clear();
            s.cleared_at = Instant::now();
        }
        s
    }

    pub fn processed_count(&self) -> usize {
        self.state().processed.len()
    }

    pub fn clear_processed(&self) {
        let mut s = self.state();
        s.processed.clear();
        s.cleared_at = Instant::now();
    }

    /// Time since the processed cache was last cleared (or since the engine started).
    pub fn since_last_clear(&self) -> Duration {
        self.state().cleared_at.elapsed()
    }

    pub fn health(&self) -> Health {
        self.state().health.clone()
    }

    /// For the app's own use of the health monitor (`recordSyncCycle`, `reset`).
    pub fn update_health(&self, f: impl FnOnce(&mut Health)) {
        f(&mut self.state().health)
    }

    pub fn totals(&self) -> Totals {
        self.state().totals
    }

    fn requests(&self) -> RequestCounts {
        RequestCounts {
            peers: self.peers.iter().map(|p| p.relay().requests_made()).sum(),
            local_relay: self.local.relay().requests_made(),
            elasticsearch: self.elastic.requests_made(),
        }
    }

    /// Registers a record this node published: its node entry and its entry
    /// in the type index (only the new field: GUN merges it).
    pub async fn register_local(
        &self,
        did: &str,
        soul: &str,
        record_type: &str,
        creator_pub_key: &str,
    ) -> Result<(), Error> {
        validate_soul(soul)?;
        let (now, node_id, root) = (now_ms(), self.node_id(), &self.cfg.registry_root);
        let relay = self.local.relay().with_timeout(self.cfg.put_timeout);
        let r = Registration { did, soul, record_type, creator_pub_key: Some(creator_pub_key) };
        let (entry_soul, entry) = r.node_entry(root, node_id, now);
        relay.put(&entry_soul, &entry).await?;
        let mut entries = Map::new();
        entries.insert(soul.to_string(), registry::index_entry(soul, node_id, now));
        registry::put_index_entries(&relay, &registry::type_index(root, record_type), entries).await?;
        self.state().processed.insert(did.to_string());
        Ok(())
    }

    /// The original's start-up pass: every GUN record already in Elasticsearch
    /// gets its entry in the local type index, a page of records per put per
    /// type (only new fields: GUN merges them). Returns how many were registered.
    /// Runs under the cycle lock, and ends early (`SYNC_NOT_RUNNING`) on `stop_cycles`.
    pub async fn migrate_existing(&self) -> Result<u64, Error> {
        self.stoppable(Box::pin(self.migrate_pages())).await.unwrap_or(Err(Error::NotRunning))
    }

    async fn migrate_pages(&self) -> Result<u64, Error> {
        const PAGE: u32 = 500;
        let mut field = MIGRATION_FIELDS[0];
        let mut cursor = None;
        let mut migrated = 0;
        let relay = self.local.relay().with_timeout(self.cfg.put_timeout);
        loop {
            let first_try = cursor.is_none() && field == MIGRATION_FIELDS[0];
            let page = match self
                .elastic
                .search_prefix(&self.cfg.index, field, crate::soul::DID_PREFIX, PAGE, cursor.as_ref())
                .await
            {
                // An index mapped dynamically holds `oip.did` as text, searchable by prefix and
                // sortable only as its keyword: a node finds nothing, or (7.x) refuses the sort.
                Ok(page) if page.hits.is_empty() && first_try => None,
                Err(Error::EsHttp { status: 400, .. }) if first_try => None,
                page => Some(page?),
            };
            let Some(page) = page else {
                field = MIGRATION_FIELDS[1];
                continue;
            };
            let mut by_type: BTreeMap<String, Map<String, Value>> = BTreeMap::new();
            for hit in &page.hits {
                let soul = hit.id.strip_prefix(crate::soul::DID_PREFIX).unwrap_or_default();
                let Some(t) = hit.source.pointer("/oip/recordType").and_then(Value::as_str) else { continue };
                if validate_soul(soul).is_ok() {
                    by_type
                        .entry(t.to_string())
                        .or_default()
                        .insert(soul.to_string(), registry::index_entry(soul, self.node_id(), now_ms()));
                }
            }
            for (t, entries) in by_type {
                let n = entries.len() as u64;
                registry::put_index_entries(&relay, &registry::type_index(&self.cfg.registry_root, &t), entries)
                    .await?;
                migrated += n;
            }
            match page.next {
                Some(next) => cursor = Some(next),
                None => return Ok(migrated),
            }
        }
    }

    /// Where long cycles report their progress (see [`super::progress`]).
    pub fn set_progress(&self, sink: Option<ProgressSink>) {
        *self.progress.lock().unwrap_or_else(|p| p.into_inner()) = sink;
    }

    fn tick(&self, step: Step, n: u64) {
        let tracker = self.tracker.lock().unwrap_or_else(|p| p.into_inner()).clone();
        if let Some(t) = tracker.filter(|_| n > 0) {
            t.step(step, n);
        }
    }

    /// Resolves when no cycle is running.
    pub async fn wait_idle(&self) {
        drop(self.cycle.lock().await);
    }

    /// Ends every cycle and migration pass running or waiting now, at its
    /// next await: ledger writes are whole lines, so what it did is kept and
    /// what it did not do is due again next cycle. Later cycles run normally.
    pub fn stop_cycles(&self) {
        self.stop.send_modify(|n| *n += 1);
    }

    /// Runs `work` under the cycle lock, or None when `stop_cycles` is called first.
    async fn stoppable<T>(&self, work: impl std::future::Future<Output = T>) -> Option<T> {
        let mut stop = self.stop.subscribe();
        let work = async {
            let _one_at_a_time = self.cycle.lock().await;
            work.await
        };
        tokio::select! {
            r = work => Some(r),
            _ = stop.changed() => None,
        }
    }

    /// `STATE_LOCKED` when this engine's state directory is another
    /// process's (a shared view): only that process may run cycles.
    pub fn owned(&self) -> Result<(), Error> {
        self.state_dir.owned()
    }

    /// `owned`, taking the directory over if its holder is gone since.
    pub fn take_ownership(&self) -> Result<(), Error> {
        self.state_dir.take_ownership()
    }

    pub async fn run_cycle(&self) -> CycleReport {
        let started = Instant::now();
        // Boxed: callers build this future on the JS thread, whose stack V8
        // guards; the whole cycle's state inline there overflowed it.
        match self.stoppable(Box::pin(self.cycle_body())).await {
            Some(report) => report,
            None => CycleReport {
                stopped: true,
                duration_ms: started.elapsed().as_secs_f64() * 1000.0,
                ..Default::default()
            },
        }
    }

    async fn cycle_body(&self) -> CycleReport {
        let started = Instant::now();
        if let Err(e) = self.state_dir.owned() {
            // A shared view of another process's state directory: that process syncs.
            return CycleReport { warnings: vec![format!("cycle skipped: {}: {e}", e.code())], ..Default::default() };
        }
        if let Some(until) = self.state_dir.writes_paused_until() {
            // Outcomes could not be recorded: every record and tombstone would
            // be tried again each cycle. The failed writes were reported already.
            let warning = format!(
                "cycle skipped: the ledger in {} could not be written; cycles resume at {}",
                self.state_dir.path().display(),
                iso8601(until)
            );
            let report = CycleReport { warnings: vec![warning], ..Default::default() };
            self.account(&report);
            return report;
        }
        let before = self.requests();
        if self.state().processed.len() >= PROCESSED_CACHE_LIMIT {
            self.clear_processed();
        }
        let mut report = CycleReport::default();
        // Marks and unmarks that processes sharing the directory handed over.
        match self.deletions.take_requests().await {
            Ok(warnings) => report.warnings.extend(warnings),
            Err(e) => report.warnings.push(format!("state requests not applied: {}: {e}", e.code())),
        }
        // Side by side, so that relays' missing-soul waits (a tombstone index
        // or type index not there yet) overlap instead of adding up.
        let (learn_warnings, candidates) = join(self.learn_tombstones(), self.discover(&mut report)).await;
        report.warnings.extend(learn_warnings);
        report.discovered = candidates.len() as u64;
        let unlisted = self.unlisted_failures(&candidates);
        // Applying tombstones shares nothing with syncing the other candidates:
        // the tombstoned ones are dropped (the ledger has learned them) and
        // `store` checks the ledger again. So a deletion's waits do not hold up the sync.
        let mut apply_warnings = Vec::new();
        let (deletions_applied, synced_any) =
            join(self.apply_tombstones(&mut apply_warnings), self.sync_candidates(candidates, &mut report)).await;
        report.deletions_applied = deletions_applied;
        report.warnings.extend(apply_warnings);
        self.settle_unlisted_failures(unlisted).await;
        report.repair = self.repair.run(&self.local, &self.peers, self.cfg.fetch_concurrency).await;
        report.peer_errors.append(&mut report.repair.errors);
        if synced_any {
            if let Err(e) = self.elastic.refresh(&self.cfg.index).await {
                report.peer_errors.push(format!("refresh of {}: {}: {e}", self.cfg.index, e.code()));
            }
        }
        let after = self.requests();
        report.requests = RequestCounts {
            peers: after.peers - before.peers,
            local_relay: after.local_relay - before.local_relay,
            elasticsearch: after.elasticsearch - before.elasticsearch,
        };
        report.warnings.extend(self.state_dir.take_write_failures(&self.cfg.backoff));
        report.duration_ms = started.elapsed().as_secs_f64() * 1000.0;
        self.account(&report);
        report
    }

    fn account(&self, r: &CycleReport) {
        let mut s = self.state();
        let handled = r.synced + r.skipped_existing + r.skipped_deleted + r.deferred;
        let errors = r.failed.len() + r.warnings.len();
        s.health.record_cycle(r.discovered, handled, errors as u64, r.duration_ms);
        s.health.record_repair(&r.repair);
        let t = &mut s.totals;
        t.cycles += 1;
        t.discovered += r.discovered;
        t.synced += r.synced;
        t.failed += r.failed.len() as u64;
        t.skipped_existing += r.skipped_existing;
        t.skipped_deleted += r.skipped_deleted;
        t.deletions_applied += r.deletions_applied;
        t.requests.peers += r.requests.peers;
        t.requests.local_relay += r.requests.local_relay;
        t.requests.elasticsearch += r.requests.elasticsearch;
        t.repair_checked += r.repair.checked;
        t.repair_dropped += r.repair.dropped;
        t.repair_restored += r.repair.restored;
        t.repair_unrecoverable += r.repair.unrecoverable.len() as u64;
    }

    /// Drops the known candidates, then syncs the rest in batches; whether any synced.
    async fn sync_candidates(&self, candidates: Vec<Candidate>, report: &mut CycleReport) -> bool {
        let fresh = self.drop_known(candidates, report).await;
        let sink = self.progress.lock().unwrap_or_else(|p| p.into_inner()).clone();
        let tracker =
            Tracker::start(sink.as_ref(), self.cfg.progress_min_records, report.discovered, fresh.len() as u64)
                .map(Arc::new);
        *self.tracker.lock().unwrap_or_else(|p| p.into_inner()) = tracker;
        let synced_any = self.pipeline(fresh, report).await;
        if let Some(t) = self.tracker.lock().unwrap_or_else(|p| p.into_inner()).take() {
            t.finish();
        }
        synced_any
    }

    /// Learns tombstones from the local relay and every peer, so deletions
    /// travel over HTTP-only sync; returns a warning per index not read
    /// (ledger write errors are reported with the cycle's other failed writes).
    async fn learn_tombstones(&self) -> Vec<String> {
        let mut relays: Vec<&Relay> = vec![self.local.relay()];
        relays.extend(self.peers.iter().map(GunHelper::relay));
        join_all(relays.into_iter().map(|r| self.deletions.learn_from(r)))
            .await
            .into_iter()
            .filter_map(|result| match result {
                Err(e) if !matches!(e, Error::State { .. }) => {
                    Some(format!("tombstone index not read: {}: {e}", e.code()))
                }
                _ => None,
            })
            .collect()
    }

    /// Publishes our own unpublished tombstones and applies every due one,
    /// whether or not its record is being discovered.
    async fn apply_tombstones(&self, warnings: &mut Vec<String>) -> u64 {
        let (applied, apply_warnings) = self.deletions.apply_due().await;
        warnings.extend(apply_warnings);
        applied
    }

    /// Failure entries due now of records no index listed in this cycle and
    /// the `UNLISTED_CYCLES - 1` before it (or at once when tombstoned or
    /// indexed already), at most a batch of them.
    fn unlisted_failures(&self, candidates: &[Candidate]) -> Vec<(String, RecordFailure)> {
        let due = if self.failures.count() == 0 {
            Vec::new()
        } else {
            let listed: HashSet<&str> = candidates.iter().map(|c| c.did.as_str()).collect();
            self.failures.due(now_ms(), self.cfg.batch_size.max(1), |did| listed.contains(did))
        };
        let mut state = self.state();
        let before = std::mem::take(&mut state.unlisted);
        let mut out = Vec::new();
        for (did, f) in due {
            let cycles = before.get(&did).copied().unwrap_or(0) + 1;
            // Tombstoned or indexed already: settled without a read, so at once.
            let settled = self.tombstoned(&did) || state.processed.contains(&did);
            if settled || cycles >= UNLISTED_CYCLES {
                out.push((did, f));
            } else {
                state.unlisted.insert(did, cycles);
            }
        }
        out
    }

    /// Failure entries of records no index listed this cycle go when the
    /// record is tombstoned, indexed already, or gone from the relay it was read from, never
    /// for missing from an index read (which may be partial). Any other
    /// answer backs the entry's next check off as a retry would, so an
    /// unlisted record costs no more reads than a failing one.
    async fn settle_unlisted_failures(&self, unlisted: Vec<(String, RecordFailure)>) {
        if unlisted.is_empty() {
            return;
        }
        let checked: Vec<(String, RecordFailure, bool)> = stream::iter(unlisted)
            .map(|(did, f)| async move {
                // Tombstoned, or indexed meanwhile: settled without a read.
                let settled = self.tombstoned(&did) || self.state().processed.contains(&did);
                let gone = settled || self.gone_from_source(&did, f.source.as_deref()).await;
                (did, f, gone)
            })
            .buffer_unordered(self.cfg.fetch_concurrency.max(1))
            .collect()
            .await;
        self.failures.settle(checked).await;
    }

    /// Whether the relay the record was read from answers that it is gone: a
    /// 404, or its fields nulled as a deletion leaves them. When that relay
    /// is not known (an entry from before sources were kept, a peer no longer
    /// configured), every relay the engine reads must answer so.
    async fn gone_from_source(&self, did: &str, source: Option<&str>) -> bool {
        let Ok(soul) = soul_of_did(did) else { return false };
        let local = self.cfg.discovery.local_relay.then_some(&self.local);
        let all: Vec<&GunHelper> = self.peers.iter().chain(local).collect();
        let asked = match all.iter().find(|h| Some(h.relay().url()) == source) {
            Some(h) => vec![*h],
            None => all,
        };
        for h in &asked {
            match h.relay().get(soul).await {
                Ok(None) => {}
                Ok(Some(node)) if ["data", "oip", "meta"].iter().all(|k| node.get(*k) == Some(&Value::Null)) => {}
                _ => return false,
            }
        }
        !asked.is_empty()
    }

    /// Where candidate `i` is read from: a peer, or the local relay after them.
    fn source(&self, i: usize) -> &GunHelper {
        self.peers.get(i).unwrap_or(&self.local)
    }

    fn is_local(&self, c: &Candidate) -> bool {
        c.peer >= self.peers.len()
    }

    /// Every peer's type indexes, and the local relay's, read concurrently;
    /// one candidate per DID. Each index is filtered as it arrives and then
    /// dropped, so a cycle holds at most `fetch_concurrency` indexes parsed,
    /// however many types and peers there are.
    async fn discover(&self, report: &mut CycleReport) -> Vec<Candidate> {
        let sources = self.peers.len() + usize::from(self.cfg.discovery.local_relay);
        // Owned items: futures borrowing iterator items trip rustc's Send inference.
        let reads: Vec<(usize, String)> = (0..sources)
            .flat_map(|i| self.cfg.record_types.iter().map(move |t| (i, t.clone())))
            .map(|(i, t)| (i, registry::type_index(&self.cfg.registry_root, &t)))
            .collect();
        // The trust list's reads of nested entries, across every index at once.
        let child_reads = &tokio::sync::Semaphore::new(self.cfg.fetch_concurrency.max(1));
        let mut indexes = stream::iter(reads)
            .map(|(i, soul)| async move {
                let taken = match self.source(i).relay().get(&soul).await {
                    Ok(Some(index)) => Ok(self.take_entries(i, index, child_reads).await),
                    // A 404 is "not known yet" on a relay, not "empty": nothing is concluded from it.
                    Ok(None) => Ok(Vec::new()),
                    Err(e) => Err(e),
                };
                (i, taken)
            })
            .buffer_unordered(self.cfg.fetch_concurrency.max(1));
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        while let Some((peer, taken)) = indexes.next().await {
            match taken {
                Ok(entries) => {
                    for (soul, version) in entries {
                        let did = did_of_soul(&soul);
                        if seen.insert(did.clone()) {
                            out.push(Candidate { peer, soul, did, version });
                        }
                    }
                }
                Err(e) => report.peer_errors.push(format!("{}: {e}", e.code())),
            }
        }
        out
    }

    /// The entries of one type index to take up, as (soul, version).
    async fn take_entries(
        &self,
        peer: usize,
        index: Node,
        child_reads: &tokio::sync::Semaphore,
    ) -> Vec<(String, Option<String>)> {
        let take = |(key, entry): (String, Value)| {
            let soul = discovery::take_entry(&key, &entry, self.node_id(), &self.cfg.discovery)?;
            Some((soul, entry.get("timestamp").map(|t| capped_version(t.to_string()))))
        };
        if self.cfg.discovery.trusted_nodes.is_some() {
            self.resolve_entries(peer, index, child_reads).await.into_iter().filter_map(take).collect()
        } else {
            index.into_iter().filter_map(take).collect()
        }
    }

    /// Index entries that are references to child nodes (as GUN stores a
    /// nested entry) read whole, so their `nodeId` can be checked against the
    /// trust list; one that cannot be read is left out this cycle.
    async fn resolve_entries(
        &self,
        peer: usize,
        index: Node,
        child_reads: &tokio::sync::Semaphore,
    ) -> Vec<(String, Value)> {
        stream::iter(index)
            .map(|(key, entry)| async move {
                let Some(child) = record::reference(&entry).map(str::to_string) else {
                    return Some((key, entry));
                };
                let _permit = child_reads.acquire().await.ok()?;
                match self.source(peer).relay().get(&child).await {
                    Ok(Some(node)) => Some((key, Value::Object(node))),
                    _ => None,
                }
            })
            .buffer_unordered(self.cfg.fetch_concurrency.max(1))
            .filter_map(|e| async move { e })
            .collect()
            .await
    }

    /// Drops tombstoned, processed and backing-off candidates, then asks
    /// Elasticsearch which of the rest exist, in `_mget` batches. The failure
    /// entry of a record tombstoned, or indexed already, goes: it is never
    /// tried again.
    async fn drop_known(&self, candidates: Vec<Candidate>, report: &mut CycleReport) -> Vec<Candidate> {
        let now = now_ms();
        let mut open = Vec::new();
        let mut settled = Vec::new();
        {
            let state = self.state();
            for c in candidates {
                let failed = self.failures.get(&c.did);
                if self.tombstoned(&c.did) {
                    report.skipped_deleted += 1;
                    settled.extend(failed.map(|_| c.did));
                } else if state.processed.contains(&c.did) {
                    report.skipped_existing += 1;
                    settled.extend(failed.map(|_| c.did));
                } else if failed.is_some_and(|f| !f.allows_attempt(c.version.as_deref(), now)) {
                    report.deferred += 1;
                } else {
                    open.push(c);
                }
            }
        }
        let open = self.drop_existing(open, &mut settled, report).await;
        if !settled.is_empty() {
            if let Err(e) = self.failures.clear(settled).await {
                report.warnings.push(format!("clearing failures of settled records: {}: {e}", e.code()))
            }
        }
        open
    }

    /// The candidates Elasticsearch does not hold; those it holds are
    /// processed, and added to `settled` when they have a failure entry.
    async fn drop_existing(
        &self,
        mut open: Vec<Candidate>,
        settled: &mut Vec<String>,
        report: &mut CycleReport,
    ) -> Vec<Candidate> {
        if open.is_empty() {
            return open;
        }
        let ids: Vec<String> = open.iter().map(|c| c.did.clone()).collect();
        let existing = match self.elastic.existing_ids(&self.cfg.index, &ids).await {
            Ok(e) => e,
            Err(e) => {
                // Without an answer nothing can be indexed safely this cycle; all wait for the next.
                report.peer_errors.push(format!("existence check: {}: {e}", e.code()));
                report.deferred += open.len() as u64;
                return Vec::new();
            }
        };
        let mut state = self.state();
        open.retain(|c| {
            if existing.contains(&c.did) {
                state.processed.insert(c.did.clone());
                report.skipped_existing += 1;
                if self.failures.get(&c.did).is_some() {
                    settled.push(c.did.clone());
                }
                false
            } else {
                true
            }
        });
        open
    }

    /// Syncs the candidates through the stages fetch, store, read-back
    /// ([`Self::fetch_and_store`]) and index, register and remember
    /// ([`Self::finish`]), which takes the records ready within
    /// [`CHUNK_LINGER`] of the first, up to a batch, while the next ones are
    /// fetched and stored: the put slots never
    /// wait for Elasticsearch or the registration. The channel between the two
    /// holds at most a batch, so a cycle holds about two batches of records
    /// however many it syncs. Returns whether any synced.
    async fn pipeline(&self, fresh: Vec<Candidate>, report: &mut CycleReport) -> bool {
        let batch = self.cfg.batch_size.max(1);
        let (tx, mut rx) = tokio::sync::mpsc::channel::<Stored>(batch);
        let finish = async {
            let mut synced_any = false;
            while let Some(first) = rx.recv().await {
                let mut ready = vec![first];
                let until = tokio::time::Instant::now() + CHUNK_LINGER;
                while ready.len() < batch {
                    match tokio::time::timeout_at(until, rx.recv()).await {
                        Ok(Some(s)) => ready.push(s),
                        _ => break,
                    }
                }
                synced_any |= self.finish(ready, report).await > 0;
            }
            synced_any
        };
        join(self.fetch_and_store(fresh, tx), finish).await.1
    }

    /// Validates, indexes and registers records that came out of the store
    /// stage, and records the failures among them; returns how many synced.
    async fn finish(&self, stored: Vec<Stored>, report: &mut CycleReport) -> u64 {
        let mut ready = Vec::new();
        for s in stored {
            match s {
                Stored::Unreadable(cand, e, permanent) => {
                    self.tick(Step::Failed, 1);
                    self.fail(&cand, format!("{}: {e}", e.code()), permanent, report).await;
                }
                // Decided after storing: the local relay keeps the record as its node wrote it.
                Stored::Whole(mut f) => match private::prepare(&mut f.record, &f.cand.soul) {
                    Ok(handling) => ready.push((f, handling)),
                    Err(e) => {
                        self.tick(Step::Failed, 1);
                        self.fail(&f.cand, format!("{}: {e}", e.code()), true, report).await;
                    }
                },
                Stored::Tombstoned => {
                    report.skipped_deleted += 1;
                    self.tick(Step::Skipped, 1);
                }
                Stored::Failed(cand, reason) => {
                    self.tick(Step::Failed, 1);
                    self.fail(&cand, reason, false, report).await;
                }
            }
        }
        // A tombstone that landed since the record was stored keeps it out of
        // Elasticsearch, and its deletion runs again for the stored copy.
        let (late, ready): (Vec<(Fetched, Handling)>, Vec<(Fetched, Handling)>) =
            ready.into_iter().partition(|(f, _)| self.tombstoned(&f.cand.did));
        for (f, _) in late {
            self.tick(Step::Skipped, 1);
            self.reapply_tombstone(&f.cand.did, report).await;
        }
        if ready.is_empty() {
            return 0;
        }
        let now_iso = iso8601(now_ms());
        let ops: Vec<BulkOp> = ready
            .iter()
            .map(|(f, handling)| match handling {
                Handling::Index => BulkOp::Index {
                    index: self.cfg.index.clone(),
                    id: f.cand.did.clone(),
                    doc: convert::to_document(&f.record, &f.cand.did, self.source(f.cand.peer).relay().url(), &now_iso),
                },
                Handling::Queue { organization_did } => BulkOp::Index {
                    index: private::ORGANIZATION_QUEUE_INDEX.into(),
                    id: f.cand.did.clone(),
                    doc: private::queue_document(&f.record, organization_did, &now_iso),
                },
            })
            .collect();
        let results = match self.elastic.bulk(ops, Refresh::False).await {
            Ok(r) => r,
            Err(e) => {
                self.tick(Step::Failed, ready.len() as u64);
                for (f, _) in &ready {
                    self.fail(&f.cand, format!("{}: {e}", e.code()), e.class() == ErrorClass::Permanent, report).await;
                }
                return 0;
            }
        };
        let mut by_type: BTreeMap<String, Map<String, Value>> = BTreeMap::new();
        let mut node_entries = Vec::new();
        let mut indexed = Vec::new();
        let mut recovered = Vec::new();
        let now = now_ms();
        for ((f, _), r) in ready.iter().zip(results) {
            match r.outcome {
                Ok(_) => {
                    indexed.push(f);
                    if self.failures.get(&f.cand.did).is_some() {
                        recovered.push(f.cand.did.clone());
                    }
                    self.state().processed.insert(f.cand.did.clone());
                    // A record found in the local relay's index is registered there already, by its node.
                    if self.is_local(&f.cand) {
                        continue;
                    }
                    if let Some(t) = convert::record_type(&f.record) {
                        let soul = &f.cand.soul;
                        by_type
                            .entry(t.to_string())
                            .or_default()
                            .insert(soul.clone(), registry::index_entry(soul, self.node_id(), now));
                        let creator_pub_key = convert::creator_public_key(&f.record);
                        let r = Registration { did: &f.cand.did, soul, record_type: t, creator_pub_key };
                        node_entries.push(r.node_entry(&self.cfg.registry_root, self.node_id(), now));
                    }
                }
                Err(item) => {
                    self.tick(Step::Failed, 1);
                    self.fail(&f.cand, item.to_string(), item.class == ErrorClass::Permanent, report).await;
                }
            }
        }
        if !recovered.is_empty() {
            // A failed write is kept for this cycle's warnings.
            let _ = self.failures.clear(recovered).await;
        }
        let relay = &self.local.relay().with_timeout(self.cfg.put_timeout);
        let root = &self.cfg.registry_root;
        let failed = |soul: &str, e: Error| format!("registering {soul}: {}: {e}", e.code());
        // Registration is best effort: the record is synced, and the next registration repairs the index.
        let index_puts = join_all(by_type.into_iter().map(|(t, entries)| async move {
            let index = registry::type_index(root, &t);
            registry::put_index_entries(relay, &index, entries).await.err().map(|e| failed(&index, e))
        }));
        // Node entries go as wide as the put gate: while they are written the
        // store stage may wait on this stage, and fewer would leave slots idle.
        let entry_puts = stream::iter(node_entries)
            .map(|(soul, body)| async move { relay.put(&soul, &body).await.err().map(|e| failed(&soul, e)) })
            .buffer_unordered(relay.flat_put_width())
            .filter_map(|e| async move { e })
            .collect::<Vec<_>>();
        let (index_errors, entry_errors) = join(index_puts, entry_puts).await;
        report.peer_errors.extend(index_errors.into_iter().flatten().chain(entry_errors));
        // A tombstone that landed while the batch was indexed and registered:
        // its application may have run before these writes, so it runs again
        // (this cycle never undoes a deletion).
        let mut synced = 0;
        let mut remembered = Vec::new();
        for f in indexed {
            if self.tombstoned(&f.cand.did) {
                self.tick(Step::Skipped, 1);
                self.reapply_tombstone(&f.cand.did, report).await;
            } else {
                synced += 1;
                self.tick(Step::Indexed, 1);
                remembered.push((f.cand.soul.clone(), self.source(f.cand.peer).relay().url().to_string()));
            }
        }
        report.synced += synced;
        if let Err(e) = self.repair.remember(remembered).await {
            report.warnings.push(format!("records synced not noted for repair: {}: {e}", e.code()));
        }
        synced
    }

    /// A record this cycle wrote whose tombstone landed meanwhile: its
    /// application may have run before the cycle's writes, so it runs again.
    async fn reapply_tombstone(&self, did: &str, report: &mut CycleReport) {
        self.state().processed.remove(did);
        report.skipped_deleted += 1;
        match self.deletions.reapply(did).await {
            Ok(r) if r.applied => {}
            Ok(r) => report.warnings.push(format!(
                "{did}: tombstoned during the cycle; its deletion is due again: {}",
                r.error.unwrap_or_default()
            )),
            Err(e) => report.warnings.push(format!("{did}: tombstoned during the cycle: {}: {e}", e.code())),
        }
    }

    fn tombstoned(&self, did: &str) -> bool {
        self.deletions.is_tombstoned(did)
    }

    /// Fetches from the peers, stores on the local relay and reads back,
    /// each stage as soon as the one before handed a record over, and sends
    /// every outcome to `out`: the put stage takes the next fetched record as
    /// soon as a record's parent put is acknowledged, while the read-back
    /// (which retries with pauses) runs beside it, so the put slots never
    /// wait for the peers' reads nor for the read-backs. Each channel between
    /// stages holds at most `fetch_concurrency` records; the put stage stores
    /// as many records at once as the local relay's flat put gate lets puts
    /// through, since a record has one put in flight at a time.
    async fn fetch_and_store(&self, candidates: Vec<Candidate>, out: tokio::sync::mpsc::Sender<Stored>) {
        let concurrency = self.cfg.fetch_concurrency.max(1);
        let storing = self.local.relay().flat_put_width();
        let (tx, rx) = tokio::sync::mpsc::channel::<Fetched>(concurrency);
        let (put_tx, put_rx) = tokio::sync::mpsc::channel::<(Fetched, Option<Error>)>(concurrency);
        // Every receiver lives until every sender of its channel is gone, and
        // `out`'s until the cycle's pipeline ends: no send below can fail.
        let unread = out.clone();
        let fetch = async move {
            let mut fetched = stream::iter(candidates).map(|cand| self.fetch(cand)).buffer_unordered(concurrency);
            while let Some(f) = fetched.next().await {
                match f {
                    Ok(f) => {
                        self.tick(Step::Fetched, 1);
                        drop(tx.send(f).await);
                    }
                    Err((cand, e, permanent)) => drop(unread.send(Stored::Unreadable(cand, e, permanent)).await),
                }
            }
        };
        let received = stream::unfold(rx, |mut rx| async move { rx.recv().await.map(|f| (f, rx)) });
        let settled = out.clone();
        let store = async move {
            let mut puts = std::pin::pin!(received.map(|f| self.store(f)).buffer_unordered(storing));
            while let Some(put) = puts.next().await {
                match put {
                    Put::Settled(stored) => drop(settled.send(stored).await),
                    Put::Sent(f, put_error) => drop(put_tx.send((f, put_error)).await),
                }
            }
        };
        let sent = stream::unfold(put_rx, |mut rx| async move { rx.recv().await.map(|p| (p, rx)) });
        let verify = async move {
            let mut verified = std::pin::pin!(sent
                .map(|(f, put_error)| self.read_back(f, put_error))
                .buffer_unordered(VERIFY_CONCURRENCY));
            while let Some(stored) = verified.next().await {
                drop(out.send(stored).await);
            }
        };
        join3(fetch, store, verify).await;
    }

    async fn fail(&self, cand: &Candidate, reason: String, permanent: bool, report: &mut CycleReport) {
        let source = Some(self.source(cand.peer).relay().url().to_string());
        let reason = self.failures.record(&cand.did, permanent, reason, cand.version.clone(), source).await;
        report.failed.push(FailedRecord { did: cand.did.clone(), reason, permanent });
    }

    /// Reads a record from its peer. A 404 or a record missing `data`, `oip`
    /// or `meta` is "not readable yet" (transient), never invalid.
    async fn fetch(&self, cand: Candidate) -> Result<Fetched, (Candidate, Error, bool)> {
        let peer = self.source(cand.peer);
        let none = Decryption::default();
        // First reads of fresh nodes often lack `meta`; a moment later they are whole.
        let reads = reread(
            READ_BACK_TRIES,
            || peer.get_record(&cand.soul, &none),
            |read| !matches!(read, Ok(Some(r)) if !is_resolved(r)),
        );
        // One deadline for all of them (`gun::relay::RECORD_DEADLINE_READS`).
        match peer.relay().record_reads(&cand.soul, reads).await {
            Ok(Some(record)) => {
                if !is_resolved(&record) {
                    let e = Error::GunBadResponse {
                        endpoint: format!("GET /get {}", peer.relay().url()),
                        soul: cand.soul.clone(),
                        detail: "record read back incomplete (data, oip or meta missing); retried later".into(),
                        cause: None,
                    };
                    return Err((cand, e, false));
                }
                match convert::validate(&record) {
                    Ok(()) => Ok(Fetched { cand, record }),
                    Err(convert::Invalid(why)) => {
                        let e = Error::InvalidArgument { name: format!("record {}", cand.did), reason: why };
                        Err((cand, e, true))
                    }
                }
            }
            Ok(None) => {
                let e = Error::GunHttp {
                    status: 404,
                    endpoint: format!("GET /get {}", peer.relay().url()),
                    soul: cand.soul.clone(),
                    detail: "listed in the peer's index but not readable yet; retried later".into(),
                };
                Err((cand, e, false))
            }
            Err(e) => {
                let permanent = e.class() == ErrorClass::Permanent;
                Err((cand, e, permanent))
            }
        }
    }

    /// Puts the record on the local relay in the original's shape, as flat
    /// nodes; whether it landed is the read-back's to say. A record
    /// tombstoned meanwhile is never put back into GUN.
    async fn store(&self, f: Fetched) -> Put {
        if self.tombstoned(&f.cand.did) {
            return Put::Settled(Stored::Tombstoned);
        }
        if self.is_local(&f.cand) {
            // Read whole from the local relay: it is stored already.
            self.tick(Step::Stored, 1);
            return Put::Settled(Stored::Whole(f));
        }
        let node = stored_node(&f.record);
        // Relays leave a put unanswered now and then; the read-back decides
        // whether it landed, so it must not hold a put slot long.
        match self.store_relay().put_flat(&f.cand.soul, &node).await {
            Ok(()) => Put::Sent(f, None),
            // An unanswered put may still have landed (relays lose some acks): the read-back decides.
            Err(e) if e.code() == "GUN_TIMEOUT" => Put::Sent(f, Some(e)),
            Err(e) => Put::Settled(Stored::Failed(f.cand, format!("{}: {e}", e.code()))),
        }
    }

    fn store_relay(&self) -> Relay {
        self.local.relay().with_timeout(self.cfg.put_timeout.min(STORE_PUT_TIMEOUT))
    }

    /// Only a record that reads back whole from the local relay counts as
    /// stored. One that does not is put once more and read again: relays
    /// drop some puts under load, and the record is at hand, where a failure
    /// would wait out its back-off (a minute at first) for the next cycle.
    async fn read_back(&self, f: Fetched, mut put_error: Option<Error>) -> Stored {
        let relay = self.store_relay();
        for second_put in [false, true] {
            if second_put {
                if self.tombstoned(&f.cand.did) {
                    return Stored::Tombstoned;
                }
                put_error = relay.put_flat(&f.cand.soul, &stored_node(&f.record)).await.err();
            }
            let whole = |back: &Result<Option<Node>, Error>| matches!(back, Ok(Some(b)) if is_whole(b));
            if whole(&reread(READ_BACK_TRIES, || relay.get(&f.cand.soul), whole).await) {
                self.tick(Step::Stored, 1);
                return Stored::Whole(f);
            }
        }
        let reason = match put_error {
            Some(e) => format!("{}: {e}; and it did not read back; retried later", e.code()),
            None => {
                format!("stored twice on the local relay {} but it did not read back whole; retried later", relay.url())
            }
        };
        Stored::Failed(f.cand, reason)
    }
}

/// A record node as OIP writes it has all three fields; relays return fewer on early reads.
fn is_whole(node: &Map<String, Value>) -> bool {
    ["data", "oip", "meta"].iter().all(|k| node.contains_key(*k))
}

/// A fetched record whose child nodes (`meta`, an encrypted `data`) were
/// readable too: storing an unresolved reference would put an empty object,
/// which GUN never acknowledges.
pub(super) fn is_resolved(record: &Map<String, Value>) -> bool {
    is_whole(record) && record.values().all(|v| record::reference(v).is_none())
}

/// The node the original stores: `data` and `oip` as JSON strings (an
/// encrypted record's `data` stays its envelope object), `meta` as read.
pub(super) fn stored_node(record: &Map<String, Value>) -> Value {
    let encrypted = record.get("meta").and_then(|m| m.get("encrypted")) == Some(&Value::Bool(true));
    let as_json =
        |v: Option<&Value>| Value::String(serde_json::to_string(v.unwrap_or(&Value::Null)).unwrap_or_default());
    let data = if encrypted { record.get("data").cloned().unwrap_or(Value::Null) } else { as_json(record.get("data")) };
    // GUN refuses arrays: an organisation record's `meta.sharedWith` goes back
    // as the JSON string its writer stored (reading parsed it).
    let mut meta = record.get("meta").cloned().unwrap_or(Value::Null);
    if let Some(shared) = meta.get_mut("sharedWith").filter(|v| v.is_array()) {
        *shared = Value::String(shared.to_string());
    }
    json!({ "data": data, "oip": as_json(record.get("oip")), "meta": meta })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deletion::tests::{unreachable as unreachable_deletions, unreachable_services};

    /// An engine over relays and an Elasticsearch that refuse connections, with its own state directory.
    fn unreachable(name: &str) -> (Arc<SyncEngine>, std::path::PathBuf) {
        let (deletions, dir) = unreachable_deletions(&format!("engine-{name}"));
        let (gun, elastic) = unreachable_services();
        let cfg = SyncConfig {
            peers: Vec::new(),
            record_types: vec!["post".into()],
            registry_root: registry::DEFAULT_REGISTRY_ROOT.into(),
            index: "records".into(),
            fetch_concurrency: DEFAULT_FETCH_CONCURRENCY,
            batch_size: DEFAULT_BATCH_SIZE,
            put_timeout: Duration::from_secs(2),
            cache_max_age: Duration::from_secs(3600),
            backoff: ItemBackoff::default(),
            repair: RepairSettings::default(),
            progress_min_records: 200,
            discovery: DiscoveryConfig::default(),
        };
        (Arc::new(SyncEngine::new(cfg, gun, Vec::new(), elastic, deletions)), dir)
    }

    /// A record's failure written while the failure journal is held by
    /// another thread (a write stalled on a slow disk), on a runtime of one
    /// thread: another task still runs meanwhile, and the failure lands once
    /// the stall ends.
    #[test]
    fn a_stalled_failure_write_leaves_the_runtime_free() {
        let (engine, dir) = unreachable("stall");
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let did = "did:gun:abcdefabcdef:failing".to_string();
        let stall = engine.failures.stall();
        let e = engine.clone();
        let cand = Candidate { peer: 0, soul: "abcdefabcdef:failing".into(), did: did.clone(), version: None };
        let (released_in_time, report) = runtime.block_on(async move {
            let write = tokio::spawn(async move {
                let mut report = CycleReport::default();
                e.fail(&cand, "GUN_HTTP: not readable yet".into(), false, &mut report).await;
                report
            });
            // Runs after the write's task: inline, that task holds the only thread until the stall ends.
            tokio::spawn(async {}).await.unwrap();
            let released = stall.release();
            (released, write.await.unwrap())
        });
        assert!(released_in_time, "another task ran while the failure write was stalled");
        assert_eq!(report.failed.len(), 1);
        assert_eq!(engine.failures.get(&did).map(|f| f.attempts), Some(1), "the failure landed");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// The binding builds a cycle's and a migration's future on the JS
    /// thread, where V8 guards the stack: with the whole pipeline's state
    /// inline, such a future overflowed it under a test runner's deeper JS
    /// stack (promises rejected with `undefined`). Boxed, each is a few words.
    #[test]
    fn the_futures_the_binding_builds_are_small() {
        let (engine, dir) = unreachable("future-size");
        let (cycle, migration) = (engine.run_cycle(), engine.migrate_existing());
        assert!(std::mem::size_of_val(&cycle) <= 1024, "run_cycle: {} bytes", std::mem::size_of_val(&cycle));
        assert!(
            std::mem::size_of_val(&migration) <= 1024,
            "migrate_existing: {} bytes",
            std::mem::size_of_val(&migration)
        );
        drop((cycle, migration));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
