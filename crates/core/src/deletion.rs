//! Applying tombstones on this node: the record leaves Elasticsearch, the
//! local relay and the discovery registry once, is never lost, and never
//! loops.
//!
//! Every outcome goes through the [`Ledger`]: an applied tombstone costs no
//! I/O afterwards; a failed one waits out its backoff (no I/O inside the
//! window); nothing is marked applied that was not. Concurrent calls for one
//! did share one application.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use futures_util::future::{BoxFuture, FutureExt, Shared};
use futures_util::stream::{self, StreamExt};
use serde_json::{json, Map, Value};

use crate::config::{env_u64, EnvSource};
use crate::crypto::unit_random;
use crate::elastic::{DeleteOutcome, Elastic, DEFAULT_INDEX};
use crate::error::{Error, ErrorClass, Result};
use crate::gun::helper::GunHelper;
use crate::gun::record::nulls;
use crate::gun::relay::{Node, Relay};
use crate::ledger::inbox::Request;
use crate::ledger::{blocking, ItemBackoff, Ledger, StateHandle, Tombstone};
use crate::registry;
use crate::soul::soul_of_did;
use crate::time::{iso8601, now_ms};

pub const DEFAULT_REVERIFY_INTERVAL: Duration = Duration::from_secs(24 * 3600);
/// Relay reads in flight at once during re-verification.
pub const DEFAULT_READ_CONCURRENCY: usize = 8;
/// Tombstones applied at once by `process_due`.
const APPLY_CONCURRENCY: usize = 4;
/// Due tombstones a sync cycle applies at most (`OIP_GUN_SYNC_APPLY_PER_CYCLE`);
/// the rest wait for the next cycles, so one cycle stays bounded however many arrive at once.
pub const DEFAULT_APPLY_PER_CYCLE: usize = 500;
pub const APPLY_PER_CYCLE_ENV: &str = "OIP_GUN_SYNC_APPLY_PER_CYCLE";
/// Applied tombstones a sync cycle re-verifies at most
/// (`OIP_GUN_SYNC_REVERIFY_PER_CYCLE`); a re-verification pass over more is spread over cycles.
pub const DEFAULT_REVERIFY_PER_CYCLE: usize = 1000;
pub const REVERIFY_PER_CYCLE_ENV: &str = "OIP_GUN_SYNC_REVERIFY_PER_CYCLE";

#[derive(Debug, Clone)]
pub struct DeletionConfig {
    /// Elasticsearch indices a record is removed from (default `records`).
    pub indices: Vec<String>,
    /// The app's record types: where to look for a registry entry when the
    /// record's own type can no longer be read.
    pub record_types: Vec<String>,
    pub registry_root: String,
    pub backoff: ItemBackoff,
    pub reverify_interval: Duration,
    pub read_concurrency: usize,
    pub apply_per_cycle: usize,
    pub reverify_per_cycle: usize,
}

impl DeletionConfig {
    /// The per-cycle caps from the environment, each a positive number.
    pub fn with_cycle_caps(self, env: EnvSource) -> Result<Self> {
        let cap = |name: &str, default: usize| -> Result<usize> {
            match env_u64(env, name)? {
                None => Ok(default),
                Some(0) => Err(Error::InvalidConfig { name: name.into(), reason: "must be a positive number".into() }),
                Some(n) => Ok(usize::try_from(n).unwrap_or(usize::MAX)),
            }
        };
        Ok(DeletionConfig {
            apply_per_cycle: cap(APPLY_PER_CYCLE_ENV, self.apply_per_cycle)?,
            reverify_per_cycle: cap(REVERIFY_PER_CYCLE_ENV, self.reverify_per_cycle)?,
            ..self
        })
    }
}

impl Default for DeletionConfig {
    fn default() -> Self {
        DeletionConfig {
            indices: vec![DEFAULT_INDEX.into()],
            record_types: Vec::new(),
            registry_root: registry::DEFAULT_REGISTRY_ROOT.into(),
            backoff: ItemBackoff::default(),
            reverify_interval: DEFAULT_REVERIFY_INTERVAL,
            read_concurrency: DEFAULT_READ_CONCURRENCY,
            apply_per_cycle: DEFAULT_APPLY_PER_CYCLE,
            reverify_per_cycle: DEFAULT_REVERIFY_PER_CYCLE,
        }
    }
}

/// What happened to one part of a deletion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Deleted,
    /// Nothing was there.
    Absent,
    Failed,
    /// Not attempted: already applied, or inside its backoff window.
    Skipped,
}

impl Part {
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Deleted => "deleted",
            Part::Absent => "absent",
            Part::Failed => "failed",
            Part::Skipped => "skipped",
        }
    }
}

#[derive(Debug, Clone)]
pub struct DeletionReport {
    pub did: String,
    pub elasticsearch: Part,
    pub gun: Part,
    pub registry: Part,
    pub applied: bool,
    pub attempts: u32,
    pub next_attempt_at: Option<u64>,
    pub error: Option<String>,
}

impl DeletionReport {
    fn skipped(did: &str, t: &Tombstone) -> Self {
        DeletionReport {
            did: did.to_string(),
            elasticsearch: Part::Skipped,
            gun: Part::Skipped,
            registry: Part::Skipped,
            applied: t.is_applied(),
            attempts: t.attempts,
            next_attempt_at: (!t.is_applied()).then_some(t.next_attempt_at),
            error: t.last_error.clone(),
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct ReverifyReport {
    pub checked: usize,
    pub reapplied: Vec<DeletionReport>,
}

type InFlight = Shared<BoxFuture<'static, DeletionReport>>;

/// A re-verification pass spread over cycles: when it started (ms) and the
/// last did checked (passes walk the dids in order).
#[derive(Debug, Clone, Default)]
struct ReverifyPass {
    started_at: u64,
    after: String,
}

/// In-flight applications, per state directory and did, process-wide.
static IN_FLIGHT: OnceLock<Mutex<HashMap<(PathBuf, String), InFlight>>> = OnceLock::new();

fn in_flight() -> std::sync::MutexGuard<'static, HashMap<(PathBuf, String), InFlight>> {
    IN_FLIGHT.get_or_init(Default::default).lock().unwrap_or_else(|p| p.into_inner())
}

#[derive(Clone)]
pub struct Deletions {
    gun: GunHelper,
    elastic: Elastic,
    ledger: Arc<Ledger>,
    cfg: Arc<DeletionConfig>,
    reverify_pass: Arc<Mutex<Option<ReverifyPass>>>,
}

impl Deletions {
    pub fn new(gun: GunHelper, elastic: Elastic, ledger: Arc<Ledger>, cfg: DeletionConfig) -> Self {
        Deletions { gun, elastic, ledger, cfg: Arc::new(cfg), reverify_pass: Default::default() }
    }

    /// The deletion work of a sync that indexes into `index` through
    /// `elastic`: one handle for both (so request counts include deletions),
    /// and records leave the sync's index as well as the configured ones.
    pub fn for_sync(&self, elastic: Elastic, index: &str) -> Deletions {
        let mut cfg = (*self.cfg).clone();
        if !cfg.indices.iter().any(|i| i == index) {
            cfg.indices.push(index.to_string());
        }
        Deletions { elastic, cfg: Arc::new(cfg), reverify_pass: Default::default(), ..self.clone() }
    }

    pub fn config(&self) -> &DeletionConfig {
        &self.cfg
    }

    /// What the ledger set aside when it was read, once (see [`Ledger::take_recovery`]).
    pub fn take_recovery(&self) -> Option<String> {
        self.ledger.take_recovery()
    }

    /// The sync engine's hold on the state directory of this side's ledger.
    pub fn state_handle(&self) -> StateHandle {
        self.ledger.handle()
    }

    fn relay(&self) -> &Relay {
        self.gun.relay()
    }

    /// Applies the tombstone of `did` unless it is applied already or
    /// waiting out its backoff; either of those costs no I/O.
    pub async fn process(&self, did: &str) -> Result<DeletionReport> {
        let soul = soul_of_did(did)?.to_string();
        if !self.ledger.is_owner() {
            return self.hand_over_application(did).await;
        }
        let (ledger, d) = (self.ledger.clone(), did.to_string());
        blocking(move || ledger.learn([d])).await?;
        let key = (self.ledger.dir().to_path_buf(), did.to_string());
        let fut = {
            let mut map = in_flight();
            match map.get(&key) {
                Some(f) => f.clone(),
                None => {
                    // Read under the map's lock: an application's outcome reaches
                    // the ledger before it leaves the map, so one that just
                    // finished is seen here and not started again.
                    let t = self.ledger.tombstone(did).unwrap_or_default();
                    if needs_no_io(&t) {
                        return Ok(DeletionReport::skipped(did, &t));
                    }
                    let this = self.clone();
                    let (did, key2) = (did.to_string(), key.clone());
                    let f = async move {
                        let report = this.apply(&did, &soul).await;
                        in_flight().remove(&key2);
                        report
                    }
                    .boxed()
                    .shared();
                    map.insert(key, f.clone());
                    f
                }
            }
        };
        Ok(fut.await)
    }

    /// `process` beside the owner of the state directory: the owner applies
    /// the tombstone at its next cycle (one application, recorded in its
    /// ledger), so nothing is done here.
    async fn hand_over_application(&self, did: &str) -> Result<DeletionReport> {
        let (ledger, d) = (self.ledger.clone(), did.to_string());
        blocking(move || ledger.hand_over(Request::Apply { did: d })).await?;
        let t = self.ledger.tombstone(did).unwrap_or_default();
        Ok(DeletionReport {
            error: Some(format!(
                "handed to the process that owns {} ({}), which applies it at its next sync cycle",
                self.ledger.dir().display(),
                self.ledger.holder()
            )),
            ..DeletionReport::skipped(did, &t)
        })
    }

    /// Owner: applies the changes processes sharing the state directory
    /// handed over; returns warnings for files that were not requests.
    pub async fn take_requests(&self) -> Result<Vec<String>> {
        let ledger = self.ledger.clone();
        Ok(blocking(move || ledger.take_requests()).await?.1)
    }

    /// What `process` would answer when that is known without I/O (the
    /// tombstone is known, not being applied, and withdrawn, applied or
    /// waiting out its backoff), so callers can answer at once; `None` when
    /// only `process` can tell. Never writes.
    pub fn settled(&self, did: &str) -> Option<DeletionReport> {
        soul_of_did(did).ok()?;
        // Under the map's lock, as in `process`: an application in flight is not settled.
        let map = in_flight();
        if map.contains_key(&(self.ledger.dir().to_path_buf(), did.to_string())) {
            return None;
        }
        let t = self.ledger.tombstone(did)?;
        needs_no_io(&t).then(|| DeletionReport::skipped(did, &t))
    }

    /// Applies the tombstone of `did` again, for writes of its record that
    /// may have landed after its last application (a sync cycle that read
    /// the record before the tombstone landed). An application in flight is
    /// waited for first, since it may have run before those writes.
    pub async fn reapply(&self, did: &str) -> Result<DeletionReport> {
        self.process(did).await?;
        let (ledger, d) = (self.ledger.clone(), did.to_string());
        blocking(move || ledger.update_tombstone(&d, |t| t.filter(|t| t.is_live()).map(|t| t.clone().reopened())))
            .await?;
        self.process(did).await
    }

    async fn apply(&self, did: &str, soul: &str) -> DeletionReport {
        let mut failures: Vec<Error> = Vec::new();
        // GUN first: the record it reads tells which type index registers it.
        let (gun, read_type) = match self.gun.delete(soul).await {
            Ok(Some(node)) => (Part::Deleted, record_type_of(&node)),
            Ok(None) => (Part::Absent, None),
            Err(e) => {
                failures.push(e);
                (Part::Failed, None)
            }
        };
        let record_type = read_type.or_else(|| self.ledger.tombstone(did).and_then(|t| t.record_type));
        let elasticsearch = match self.delete_from_indices(did).await {
            Ok(part) => part,
            Err(e) => {
                failures.push(e);
                Part::Failed
            }
        };
        let registry = match self.delete_registration(soul, record_type.clone()).await {
            Ok(()) => Part::Deleted,
            Err(e) => {
                failures.push(e);
                Part::Failed
            }
        };
        let (this, did) = (self.clone(), did.to_string());
        blocking(move || this.record_outcome(&did, gun, elasticsearch, registry, record_type, &failures)).await
    }

    fn record_outcome(
        &self,
        did: &str,
        gun: Part,
        elasticsearch: Part,
        registry: Part,
        record_type: Option<String>,
        failures: &[Error],
    ) -> DeletionReport {
        let applied = failures.is_empty();
        let last_error =
            (!applied).then(|| failures.iter().map(|e| format!("{}: {e}", e.code())).collect::<Vec<_>>().join("; "));
        let permanent = failures.iter().all(|e| e.class() == ErrorClass::Permanent);
        // Applied to the tombstone as it is now: a mark or a withdrawal made
        // during the application stands (a withdrawn one is left as it is).
        let outcome = |t: Option<&Tombstone>| {
            let mut t = t.cloned().unwrap_or_default();
            if !t.is_live() {
                return None;
            }
            t.attempts += 1;
            t.record_type = record_type;
            if applied {
                t.applied_at = Some(now_ms());
                t.next_attempt_at = 0;
            } else {
                let delay = self.cfg.backoff.delay(t.attempts, permanent, unit_random());
                t.next_attempt_at = now_ms() + delay.as_millis() as u64;
            }
            t.last_error = last_error.clone();
            Some(t)
        };
        let (t, mut error) = match self.ledger.update_tombstone(did, outcome) {
            Ok(t) => (t.unwrap_or_default(), last_error.clone()),
            Err(e) => (self.ledger.tombstone(did).unwrap_or_default(), Some(format!("{}: {e}", e.code()))),
        };
        if !t.is_live() {
            error = error.or(Some("withdrawn during the application; the withdrawal stands".into()));
        }
        DeletionReport {
            did: did.to_string(),
            elasticsearch,
            gun,
            registry,
            applied,
            attempts: t.attempts,
            next_attempt_at: (!applied).then_some(t.next_attempt_at),
            error,
        }
    }

    async fn delete_from_indices(&self, did: &str) -> Result<Part> {
        let mut part = Part::Absent;
        for index in &self.cfg.indices {
            if self.elastic.delete(index, did).await? == DeleteOutcome::Deleted {
                part = Part::Deleted;
            }
        }
        Ok(part)
    }

    /// Nulls the record's entry in its type index (or, when its type can no
    /// longer be read, in every configured type's index) and this node's
    /// registration node. Only new fields are written: GUN merges them.
    async fn delete_registration(&self, soul: &str, record_type: Option<String>) -> Result<()> {
        let types = match record_type {
            Some(t) => vec![t],
            None => self.cfg.record_types.clone(),
        };
        for (soul, nulled) in registry::withdrawal(&self.cfg.registry_root, self.ledger.node_id(), soul, &types) {
            self.relay().put(&soul, &nulled).await?;
        }
        Ok(())
    }

    /// A cycle's deletion work: publishes the tombstones marked here that
    /// the relay did not take yet, applies the due ones and re-verifies applied
    /// ones when that is due, each within its per-cycle cap. Returns how many
    /// tombstones became applied, and a warning when re-verification could not run.
    pub async fn apply_due(&self) -> (u64, Vec<String>) {
        self.publish_pending().await;
        // Counted from the ledger, not from reports: an application shared with
        // another caller, or finished by re-verification, counts once all the same.
        let applied_now = || -> HashSet<String> {
            self.ledger.tombstone_list().into_iter().filter(|(_, t)| t.is_applied()).map(|(d, _)| d).collect()
        };
        let before = applied_now();
        self.process_due(self.cfg.apply_per_cycle).await;
        let mut warnings = Vec::new();
        let reapplied = match self.reverify_if_due(self.cfg.reverify_per_cycle).await {
            Ok(Some(r)) => r.reapplied.iter().filter(|r| r.applied).count(),
            Ok(None) => 0,
            Err(e) => {
                if !matches!(e, Error::State { .. }) {
                    warnings.push(format!("re-verification of applied tombstones not done: {}: {e}", e.code()));
                }
                0
            }
        };
        ((applied_now().difference(&before).count() + reapplied) as u64, warnings)
    }

    /// Applies every live tombstone that is not applied and is due, at most
    /// `limit` of them (the earliest due first).
    pub async fn process_due(&self, limit: usize) -> Vec<DeletionReport> {
        let now = now_ms();
        let mut due: Vec<(u64, String)> = self
            .ledger
            .tombstone_list()
            .into_iter()
            .filter(|(_, t)| !t.is_applied() && t.next_attempt_at <= now)
            .map(|(did, t)| (t.next_attempt_at, did))
            .collect();
        due.sort();
        let due = due.into_iter().take(limit).map(|(_, did)| did);
        stream::iter(due)
            .map(|did| async move { self.process(&did).await })
            .buffer_unordered(APPLY_CONCURRENCY)
            .filter_map(|r| async move { r.ok() })
            .collect()
            .await
    }

    /// Checks every applied tombstone (Elasticsearch `_mget` in batches, one
    /// relay read per soul with bounded concurrency) and re-applies those whose
    /// record came back. The owner's work: beside it, `STATE_LOCKED`.
    pub async fn reverify(&self) -> Result<ReverifyReport> {
        self.ledger.owned()?;
        let applied: Vec<String> =
            self.ledger.tombstone_list().into_iter().filter(|(_, t)| t.is_applied()).map(|(d, _)| d).collect();
        self.reverify_dids(applied).await
    }

    async fn reverify_dids(&self, applied: Vec<String>) -> Result<ReverifyReport> {
        let mut back: HashSet<String> = HashSet::new();
        for index in &self.cfg.indices {
            back.extend(self.elastic.existing_ids(index, &applied).await?);
        }
        let on_relay: Vec<Option<String>> = stream::iter(applied.iter().cloned())
            .map(|did| async move {
                let soul = soul_of_did(&did).ok()?;
                matches!(self.relay().get(soul).await, Ok(Some(n)) if !n.is_empty()).then_some(did)
            })
            .buffer_unordered(self.cfg.read_concurrency.max(1))
            .collect()
            .await;
        back.extend(on_relay.into_iter().flatten());
        let mut reapplied = Vec::new();
        for did in back {
            // Keeps what the tombstone knows, such as a publication still pending.
            let (ledger, d) = (self.ledger.clone(), did.clone());
            blocking(move || ledger.update_tombstone(&d, |t| t.filter(|t| t.is_live()).map(|t| t.clone().reopened())))
                .await?;
            reapplied.push(self.process(&did).await?);
        }
        Ok(ReverifyReport { checked: applied.len(), reapplied })
    }

    /// Re-verifies at most `limit` applied tombstones when a pass is under
    /// way or the last pass is older than the configured interval; a pass
    /// over more goes on where it stopped at the next call, and counts as
    /// done (from when it started) once it reaches the last did.
    pub async fn reverify_if_due(&self, limit: usize) -> Result<Option<ReverifyReport>> {
        let pass = self.reverify_pass.lock().unwrap_or_else(|p| p.into_inner()).clone();
        let pass = match pass {
            Some(p) => p,
            None => {
                let now = now_ms();
                let ledger = self.ledger.clone();
                let last = blocking(move || ledger.reverified_at()).await;
                if now.saturating_sub(last) < self.cfg.reverify_interval.as_millis() as u64 {
                    return Ok(None);
                }
                ReverifyPass { started_at: now, after: String::new() }
            }
        };
        let slice: Vec<String> = self
            .ledger
            .tombstone_list()
            .into_iter()
            .filter(|(did, t)| t.is_applied() && *did > pass.after)
            .map(|(did, _)| did)
            .take(limit.max(1))
            .collect();
        let finished = slice.len() < limit.max(1);
        let next = slice.last().cloned();
        let report = self.reverify_dids(slice).await?;
        let next = match (finished, next) {
            (false, Some(after)) => Some(ReverifyPass { after, ..pass }),
            _ => {
                let ledger = self.ledger.clone();
                blocking(move || ledger.set_reverified_at(pass.started_at)).await?;
                None
            }
        };
        *self.reverify_pass.lock().unwrap_or_else(|p| p.into_inner()) = next;
        Ok(Some(report))
    }

    /// Records the tombstone locally at once (this node never depends on
    /// reading back its own write), then publishes it on the relay. Resolves
    /// whether the relay took it; if not, `publish_pending` retries.
    ///
    /// Beside the owner of the state directory, the relay is written first,
    /// as the original did, and the tombstone then handed to the owner, with
    /// whether the relay took it (if not, the owner's cycles publish it). A
    /// crash in between loses nothing: the owner learns the relay's index.
    pub async fn mark(&self, did: &str, deleted_by: &str) -> Result<bool> {
        soul_of_did(did)?;
        if deleted_by.is_empty() {
            return Err(Error::InvalidArgument {
                name: "deletedBy".into(),
                reason: "must be a non-empty string".into(),
            });
        }
        if !self.ledger.is_owner() {
            let published = self.publish(did, deleted_by).await.is_ok();
            let (ledger, did, deleted_by) = (self.ledger.clone(), did.to_string(), deleted_by.to_string());
            blocking(move || ledger.hand_over(Request::Mark { did, deleted_by, published })).await?;
            return Ok(published);
        }
        let (ledger, d, by) = (self.ledger.clone(), did.to_string(), deleted_by.to_string());
        blocking(move || {
            ledger.update_tombstone(&d, |previous| {
                let previous = previous.filter(|t| t.is_live()).cloned().unwrap_or_default();
                Some(Tombstone { publish_as: Some(by), ..previous })
            })
        })
        .await?;
        Ok(self.publish(did, deleted_by).await.is_ok())
    }

    async fn publish(&self, did: &str, deleted_by: &str) -> Result<()> {
        let now = now_ms();
        let entry = json!({ "deletedAt": now, "deletedBy": deleted_by, "timestamp": iso8601(now), "did": did });
        self.relay().put(&registry::tombstone_entry(did), &entry).await?;
        self.relay().put(&registry::tombstone_index(), &json!({ did: true })).await?;
        let (ledger, d) = (self.ledger.clone(), did.to_string());
        blocking(move || ledger.update_tombstone(&d, |t| t.map(|t| Tombstone { publish_as: None, ..t.clone() })))
            .await?;
        Ok(())
    }

    /// Publishes tombstones marked here whose relay write failed; returns how many went out.
    pub async fn publish_pending(&self) -> usize {
        let mut done = 0;
        for (did, t) in self.ledger.tombstone_list() {
            if let Some(by) = t.publish_as {
                if self.publish(&did, &by).await.is_ok() {
                    done += 1;
                }
            }
        }
        done
    }

    /// Withdraws a tombstone made by mistake, on this node: the ledger keeps
    /// the withdrawal, the relay's index flag and entry are nulled.
    /// Beside the owner, the withdrawal is handed to it.
    pub async fn unmark(&self, did: &str) -> Result<bool> {
        soul_of_did(did)?;
        let (ledger, d) = (self.ledger.clone(), did.to_string());
        if self.ledger.is_owner() {
            blocking(move || ledger.withdraw(&d)).await?;
        } else {
            blocking(move || ledger.hand_over(Request::Unmark { did: d, at: now_ms() })).await?;
        }
        self.relay().put(&registry::tombstone_index(), &json!({ did: Value::Null })).await?;
        self.relay()
            .put(&registry::tombstone_entry(did), &nulls(["deletedAt", "deletedBy", "timestamp", "did"]))
            .await?;
        Ok(true)
    }

    /// From the ledger, else the index flag, else the entry soul. A failed
    /// read is an error, never "not deleted".
    pub async fn is_deleted(&self, did: &str) -> Result<bool> {
        soul_of_did(did)?;
        if let Some(known) = self.known_deleted(did) {
            return Ok(known);
        }
        let flagged = self
            .relay()
            .get(&registry::tombstone_index())
            .await?
            .is_some_and(|n| n.get(did) == Some(&Value::Bool(true)));
        let found = flagged || self.relay().get(&registry::tombstone_entry(did)).await?.is_some_and(|n| !n.is_empty());
        if found {
            let (ledger, d) = (self.ledger.clone(), did.to_string());
            blocking(move || ledger.learn([d])).await?;
        }
        Ok(found)
    }

    /// Whether `did` has a live tombstone here (no I/O): a record the sync must leave out.
    pub fn is_tombstoned(&self, did: &str) -> bool {
        self.ledger.tombstone(did).is_some_and(|t| t.is_live())
    }

    /// `is_deleted`'s answer when the ledger knows the did (no I/O); `None`
    /// for a bad did or one only the relay can tell about.
    pub fn known_deleted(&self, did: &str) -> Option<bool> {
        soul_of_did(did).ok()?;
        // Beside the owner: its journal as it is now (unread, the last view stands).
        let _ = self.ledger.refresh();
        self.ledger.tombstone(did).map(|t| t.is_live())
    }

    /// Reads a tombstone index (this node's relay or a peer's) into the
    /// ledger; returns how many were new. A 404 or partial read adds less,
    /// and never removes anything.
    pub async fn learn_from(&self, relay: &Relay) -> Result<usize> {
        let Some(index) = relay.get(&registry::tombstone_index()).await? else { return Ok(0) };
        let (ledger, dids) = (self.ledger.clone(), flagged_dids(&index));
        blocking(move || ledger.learn(dids)).await
    }

    /// Every live tombstone: the ledger, plus what the local index adds.
    /// An index that cannot be read leaves the ledger's answer.
    pub async fn all_deleted(&self) -> Vec<String> {
        let ledger = self.ledger.clone();
        let _ = blocking(move || ledger.refresh()).await;
        let _ = self.learn_from(self.relay()).await;
        self.ledger.tombstone_list().into_iter().map(|(did, _)| did).collect()
    }

    pub async fn details(&self, did: &str) -> Result<Option<Map<String, Value>>> {
        soul_of_did(did)?;
        self.relay().get(&registry::tombstone_entry(did)).await
    }
}

/// Whether applying `t` has nothing to do: withdrawn, applied, or inside its backoff window.
fn needs_no_io(t: &Tombstone) -> bool {
    !t.is_live() || t.is_applied() || t.next_attempt_at > now_ms()
}

/// Index keys that are DIDs flagged `true`.
pub fn flagged_dids(index: &Node) -> Vec<String> {
    index
        .iter()
        .filter(|(k, v)| k.starts_with(crate::soul::DID_PREFIX) && **v == Value::Bool(true))
        .map(|(k, _)| k.clone())
        .collect()
}

fn record_type_of(node: &Node) -> Option<String> {
    let oip = node.get("oip")?;
    let parsed;
    let oip = match oip {
        Value::String(s) => {
            parsed = serde_json::from_str::<Value>(s).ok()?;
            &parsed
        }
        other => other,
    };
    oip.get("recordType")?.as_str().map(str::to_string)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn cycle_caps_come_from_the_environment_and_must_be_positive() {
        let env = |v: &'static str| move |name: &str| (name == APPLY_PER_CYCLE_ENV).then(|| v.to_string());
        let caps = DeletionConfig::default().with_cycle_caps(&env("3")).unwrap();
        assert_eq!((caps.apply_per_cycle, caps.reverify_per_cycle), (3, DEFAULT_REVERIFY_PER_CYCLE));
        for bad in ["0", "many"] {
            let e = DeletionConfig::default().with_cycle_caps(&env(bad)).unwrap_err();
            assert!(matches!(&e, Error::InvalidConfig { name, .. } if name == APPLY_PER_CYCLE_ENV), "{e}");
        }
    }

    /// A relay and an Elasticsearch that refuse connections.
    pub(crate) fn unreachable_services() -> (GunHelper, Elastic) {
        let gun = GunHelper::new(&crate::config::GunConfig {
            relay_url: "http://127.0.0.1:9".into(),
            request_timeout: Duration::from_secs(2),
            max_body_bytes: 1 << 20,
            negative_cache_ttl: Duration::ZERO,
            original_timeouts: None,
        });
        let es = crate::elastic::ElasticOverrides { url: Some("http://127.0.0.1:9".into()), ..Default::default() };
        let elastic = Elastic::new(&crate::elastic::ElasticConfig::resolve(&es, &|_| None).unwrap()).unwrap();
        (gun, elastic)
    }

    /// Deletions over [`unreachable_services`], with their own ledger (in the directory returned).
    pub(crate) fn unreachable(name: &str) -> (Deletions, PathBuf) {
        let dir = std::env::temp_dir().join(format!("oip-deletion-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let (gun, elastic) = unreachable_services();
        let ledger = Ledger::open(&dir, Some("n1")).unwrap();
        (Deletions::new(gun, elastic, ledger, DeletionConfig::default()), dir)
    }

    /// `mark` and `unmark` with the tombstone journal held by another thread
    /// (a write stalled on a slow disk), on a runtime of one thread: another
    /// task still runs meanwhile, and the write lands once the stall ends.
    #[test]
    fn a_stalled_ledger_write_leaves_the_runtime_free() {
        let (deletions, dir) = unreachable("stall");
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let did = "did:gun:abcdefabcdef:stalled";
        for unmark in [false, true] {
            let stall = deletions.ledger.stall_tombstones();
            let d = deletions.clone();
            let released_in_time = runtime.block_on(async move {
                let write = tokio::spawn(async move {
                    if unmark {
                        d.unmark(did).await.map(|_| ())
                    } else {
                        d.mark(did, "tester").await.map(|_| ())
                    }
                });
                // Runs after the write's task: inline, that task holds the only thread until the stall ends.
                tokio::spawn(async {}).await.unwrap();
                let released = stall.release();
                let _ = write.await.unwrap();
                released
            });
            assert!(released_in_time, "another task ran while the ledger write was stalled (unmark: {unmark})");
            let t = deletions.ledger.tombstone(did).expect("the write landed");
            assert_eq!(t.is_live(), !unmark);
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn flagged_dids_ignores_other_keys_and_false() {
        let n: Node = serde_json::from_value(json!({"did:gun:a:1": true, "did:gun:b:2": false, "x": true})).unwrap();
        assert_eq!(flagged_dids(&n), vec!["did:gun:a:1".to_string()]);
    }

    #[test]
    fn record_type_from_string_or_object() {
        let n: Node = serde_json::from_value(json!({"oip": "{\"recordType\":\"post\"}"})).unwrap();
        assert_eq!(record_type_of(&n).as_deref(), Some("post"));
        let n: Node = serde_json::from_value(json!({"oip": {"recordType": "image"}})).unwrap();
        assert_eq!(record_type_of(&n).as_deref(), Some("image"));
    }
}
