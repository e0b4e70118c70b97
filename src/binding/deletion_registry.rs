//! `GunDeletionRegistry`, the drop-in for `helpers/gunDeletionRegistry.js`,
//! and the module-level `processLocalDeletion` / `verifyDeletions`.

use std::collections::HashSet;
use std::sync::Mutex;

use napi::bindgen_prelude::{AsyncBlock, ClassInstance, Either, Null, PromiseRaw, Unknown};
use napi::Env;
use napi_derive::napi;

use super::errors::{answer_later, answer_now, console_warn, or_null, promise, report_recovery, sync};
use super::gun_helper::GunHelper;
use super::json::Map;
use super::options::DeletionOptions;
use crate::deletion::{self, Deletions, Part};
use crate::error::Error;
use crate::registry::TOMBSTONE_ROOT;
use crate::settings;
use crate::soul::soul_of_did;

/// What happened to one part of a deletion.
#[napi(string_enum = "lowercase")]
pub enum DeletionPart {
    Deleted,
    /// Nothing was there.
    Absent,
    Failed,
    /// Not attempted: already applied (no I/O), or inside its backoff window.
    Skipped,
}

impl From<Part> for DeletionPart {
    fn from(p: Part) -> Self {
        match p {
            Part::Deleted => DeletionPart::Deleted,
            Part::Absent => DeletionPart::Absent,
            Part::Failed => DeletionPart::Failed,
            Part::Skipped => DeletionPart::Skipped,
        }
    }
}

/// The outcome of applying one tombstone on this node.
#[napi(object)]
pub struct DeletionReport {
    pub did: String,
    pub elasticsearch: DeletionPart,
    pub gun: DeletionPart,
    pub registry: DeletionPart,
    /// True only when all three parts succeeded or found nothing.
    pub applied: bool,
    /// Applications tried since the tombstone was last applied.
    pub attempts: u32,
    /// When a failed application will be tried again (ms since the epoch); no I/O before.
    pub next_attempt_at: Option<f64>,
    /// Why the last attempt failed (codes and reasons), if it did.
    pub error: Option<String>,
}

impl From<deletion::DeletionReport> for DeletionReport {
    fn from(r: deletion::DeletionReport) -> Self {
        DeletionReport {
            did: r.did,
            elasticsearch: r.elasticsearch.into(),
            gun: r.gun.into(),
            registry: r.registry.into(),
            applied: r.applied,
            attempts: r.attempts,
            next_attempt_at: r.next_attempt_at.map(|t| t as f64),
            error: r.error,
        }
    }
}

/// What a re-verification of the applied tombstones found and did.
#[napi(object)]
pub struct VerifyReport {
    /// Applied tombstones checked.
    pub checked: u32,
    /// Tombstones whose record had come back, and what re-applying them did.
    pub reapplied: Vec<DeletionReport>,
}

/// `getStats()`: the tombstones this node holds.
#[napi(object)]
pub struct DeletionStats {
    pub total_deleted: u32,
    pub registry_root: String,
    /// The first 10 deleted DIDs.
    #[napi(js_name = "deletedDIDs")]
    pub deleted_dids: Vec<String>,
    pub has_more: bool,
}

/// The tombstone registry (`oip:deleted:records`) with a persistent ledger:
/// every tombstone is applied once, never lost, never looped, across restarts.
#[napi]
pub struct GunDeletionRegistry {
    inner: Deletions,
}

/// DIDs the compat `processLocalDeletion` already warned about; bounded.
static WARNED: Mutex<Option<HashSet<String>>> = Mutex::new(None);
const WARNED_LIMIT: usize = 1000;

#[napi]
impl GunDeletionRegistry {
    /// Uses `gunHelper`'s relay. The ledger lives in `options.stateDir`, else
    /// `OIP_GUN_SYNC_STATE_DIR`, else `.oip-gun-sync` in the working directory.
    #[napi(constructor, catch_unwind)]
    pub fn new(
        env: &Env,
        // Anything, so another object is refused with `INVALID_ARGUMENT`; napi would type it `GunHelper | unknown`.
        #[napi(ts_arg_type = "GunHelper")] gun_helper: Either<ClassInstance<'_, GunHelper>, Unknown<'_>>,
        options: Option<DeletionOptions>,
    ) -> napi::Result<Self> {
        let inner = sync(env, || {
            let Either::A(gun_helper) = gun_helper else {
                // The original took any object with a `gun`; here it must be this addon's helper.
                return Err(Error::InvalidArgument {
                    name: "gunHelper".into(),
                    reason: "must be a GunHelper of oip-gun-sync (new GunHelper(...))".into(),
                });
            };
            let options = settings::DeletionOptions::from(options.unwrap_or_default());
            settings::from_process_env_strictly(|env| options.open(gun_helper.core().clone(), env))
        })?;
        report_recovery(env, inner.take_recovery());
        Ok(GunDeletionRegistry { inner })
    }

    /// Records the tombstone in the ledger at once, then writes
    /// `oip:deleted:records:<did>` and the index flag. Resolves whether the
    /// relay took it (if not, sync cycles publish it later).
    #[napi(catch_unwind)]
    pub fn mark_deleted(&self, env: &Env, did: String, deleted_by: String) -> napi::Result<AsyncBlock<bool>> {
        let inner = self.inner.clone();
        promise(env, async move { inner.mark(&did, &deleted_by).await })
    }

    /// From the ledger (at once, without I/O), else the relay's index flag,
    /// else the entry soul. A failed read rejects; it never answers "not deleted".
    #[napi(catch_unwind)]
    pub fn is_deleted<'env>(
        &self,
        env: &'env Env,
        did: String,
    ) -> napi::Result<Either<PromiseRaw<'env, bool>, AsyncBlock<bool>>> {
        if let Some(known) = self.inner.known_deleted(&did) {
            return answer_now(env, known);
        }
        let inner = self.inner.clone();
        answer_later(env, async move { inner.is_deleted(&did).await })
    }

    /// Every tombstone ever seen here and not withdrawn here.
    #[napi(js_name = "getAllDeletedDIDs", catch_unwind)]
    pub fn get_all_deleted_dids(&self, env: &Env) -> napi::Result<AsyncBlock<Vec<String>>> {
        let inner = self.inner.clone();
        promise(env, async move { Ok(inner.all_deleted().await) })
    }

    /// `{deletedAt, deletedBy, timestamp, did}` or `null`.
    #[napi(catch_unwind)]
    pub fn get_deletion_details(&self, env: &Env, did: String) -> napi::Result<AsyncBlock<Either<Map, Null>>> {
        let inner = self.inner.clone();
        promise(env, async move { Ok(or_null(inner.details(&did).await?.map(Map))) })
    }

    /// Applies the tombstone (Elasticsearch, relay, registry). Resolves
    /// `true` once applied; `false` while a part fails (retried after its
    /// backoff) or for a did that is not `did:gun:<soul>` (warned once).
    /// Never rejects for relay or Elasticsearch faults. An answer the ledger
    /// already holds (applied, withdrawn, inside its backoff) comes at once, without I/O.
    #[napi(catch_unwind)]
    pub fn process_local_deletion<'env>(
        &self,
        env: &'env Env,
        did: String,
    ) -> napi::Result<Either<PromiseRaw<'env, bool>, AsyncBlock<bool>>> {
        if let Err(e) = soul_of_did(&did) {
            warn_once(env, &did, &e);
            return answer_now(env, false);
        }
        if let Some(report) = self.inner.settled(&did) {
            return answer_now(env, report.applied);
        }
        let inner = self.inner.clone();
        answer_later(env, async move { Ok(inner.process(&did).await.map(|r| r.applied).unwrap_or(false)) })
    }

    /// Applies every tombstone that is pending and due.
    #[napi(catch_unwind)]
    pub fn process_pending_deletions(&self, env: &Env) -> napi::Result<AsyncBlock<Vec<DeletionReport>>> {
        let inner = self.inner.clone();
        promise(env, async move { Ok(inner.process_due(usize::MAX).await.into_iter().map(Into::into).collect()) })
    }

    /// Checks every applied tombstone and re-applies those whose record came back.
    #[napi(catch_unwind)]
    pub fn verify_deletions(&self, env: &Env) -> napi::Result<AsyncBlock<VerifyReport>> {
        let inner = self.inner.clone();
        promise(env, async move { verify(&inner).await })
    }

    /// Withdraws a tombstone on this node (ledger, index flag, entry). The
    /// relay API drops `null`s, so a withdrawal cannot travel: repeat it on each node.
    #[napi(catch_unwind)]
    pub fn unmark_deleted(&self, env: &Env, did: String) -> napi::Result<AsyncBlock<bool>> {
        let inner = self.inner.clone();
        promise(env, async move { inner.unmark(&did).await })
    }

    /// How many tombstones this node holds, and the first few.
    #[napi(catch_unwind)]
    pub fn get_stats(&self, env: &Env) -> napi::Result<AsyncBlock<DeletionStats>> {
        let inner = self.inner.clone();
        promise(env, async move {
            let all = inner.all_deleted().await;
            Ok(DeletionStats {
                total_deleted: all.len() as u32,
                registry_root: TOMBSTONE_ROOT.to_string(),
                has_more: all.len() > 10,
                deleted_dids: all.into_iter().take(10).collect(),
            })
        })
    }
}

async fn verify(d: &Deletions) -> Result<VerifyReport, Error> {
    let r = d.reverify().await?;
    Ok(VerifyReport { checked: r.checked as u32, reapplied: r.reapplied.into_iter().map(Into::into).collect() })
}

fn warn_once(env: &Env, did: &str, e: &Error) {
    let mut warned = WARNED.lock().unwrap_or_else(|p| p.into_inner());
    let warned = warned.get_or_insert_with(HashSet::new);
    if warned.len() >= WARNED_LIMIT || !warned.insert(did.to_string()) {
        return;
    }
    console_warn(env, format!("[oip-gun-sync] processLocalDeletion skipped: {}: {e}", e.code()));
}

/// Applies the tombstone of `did` on this node and reports each part.
/// Rejects with `INVALID_DID` before any I/O; relay or Elasticsearch faults
/// are in the report (`applied: false`, `nextAttemptAt`), not thrown.
#[napi(catch_unwind)]
pub fn process_local_deletion(
    env: &Env,
    did: String,
    options: Option<DeletionOptions>,
) -> napi::Result<AsyncBlock<DeletionReport>> {
    promise(env, async move {
        // Checked before the options open the state directory.
        soul_of_did(&did)?;
        Ok(module_deletions(options)?.process(&did).await?.into())
    })
}

/// Checks every applied tombstone in the ledger and re-applies those whose record came back.
#[napi(catch_unwind)]
pub fn verify_deletions(env: &Env, options: Option<DeletionOptions>) -> napi::Result<AsyncBlock<VerifyReport>> {
    promise(env, async move { verify(&module_deletions(options)?).await })
}

/// Bad options reject the promise, as a bad did does, rather than throw.
fn module_deletions(options: Option<DeletionOptions>) -> Result<Deletions, Error> {
    let options = settings::DeletionOptions::from(options.unwrap_or_default());
    settings::from_process_env_strictly(|env| options.open_with_own_relay(env))
}
