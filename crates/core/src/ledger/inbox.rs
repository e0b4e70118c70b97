//! Changes from a process that shares a state directory another live
//! process owns (the deletion script run beside the app): each is one file
//! in `inbox/`, written whole (a temporary file renamed into place, then the
//! directory synced), which the owner applies to its ledger under its lock
//! and then removes, oldest first. A tombstone keeps the name of the last
//! request applied to it, so a crash between the journal write and the
//! file's removal does not apply that request twice.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::journal::Journal;
use super::{durable, state_error, Ledger, Tombstone, TOMBSTONES_FILE};
use crate::error::Result;
use crate::time::now_ms;

const INBOX_DIR: &str = "inbox";
const REQUEST_EXT: &str = "json";
/// A temporary file this old was left by a writer that died before its rename.
const STALE_TMP: Duration = Duration::from_secs(3600);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "lowercase", rename_all_fields = "camelCase")]
pub enum Request {
    /// `markDeleted`; `published`: whether the relay took the tombstone, so
    /// the owner publishes it only if not.
    Mark { did: String, deleted_by: String, published: bool },
    /// `unmarkDeleted`, made at `at` (ms).
    Unmark { did: String, at: u64 },
    /// `processLocalDeletion`: the owner applies the tombstone at its next cycle.
    Apply { did: String },
}

impl Request {
    pub fn did(&self) -> &str {
        match self {
            Request::Mark { did, .. } | Request::Unmark { did, .. } | Request::Apply { did } => did,
        }
    }

    /// The tombstone after this request, named `name`, is applied to `t`;
    /// `None` when it was applied already.
    fn applied_to(&self, name: &str, t: Option<&Tombstone>) -> Option<Tombstone> {
        if t.and_then(|t| t.request.as_deref()) == Some(name) {
            return None;
        }
        let next = match self {
            Request::Mark { deleted_by, published, .. } => {
                let previous = t.filter(|t| t.is_live()).cloned().unwrap_or_default();
                let publish_as = if *published { previous.publish_as.clone() } else { Some(deleted_by.clone()) };
                Tombstone { publish_as, ..previous }
            }
            Request::Unmark { at, .. } => Tombstone { withdrawn_at: Some(*at), ..Default::default() },
            Request::Apply { .. } => t.cloned().unwrap_or_default(),
        };
        Some(Tombstone { request: Some(name.to_string()), ..next })
    }
}

/// One request file as listed: its name (the order), its path, and the
/// request or why it could not be read.
struct Waiting {
    name: String,
    path: PathBuf,
    request: std::result::Result<Request, String>,
}

fn inbox(state_dir: &Path) -> PathBuf {
    state_dir.join(INBOX_DIR)
}

/// Made by the owner, so that it can remove what processes of other users
/// (a script run as root beside the app) write there.
pub(super) fn create(state_dir: &Path) -> io::Result<()> {
    durable::create_dir(&inbox(state_dir))
}

/// Writes `request` into the inbox of `state_dir`, durably; returns its name.
fn send(state_dir: &Path, request: &Request) -> io::Result<String> {
    static SEQ: AtomicU64 = AtomicU64::new(0);
    let dir = inbox(state_dir);
    durable::create_dir(&dir)?;
    // Sorted by name is sorted by time, then writer, then order within a writer.
    let name = format!("{:016}-{:010}-{:08}", now_ms(), std::process::id(), SEQ.fetch_add(1, Ordering::Relaxed));
    let bytes = serde_json::to_vec(request).map_err(io::Error::other)?;
    durable::replace(&dir.join(format!("{name}.{REQUEST_EXT}")), &bytes)?;
    Ok(name)
}

/// The requests in the inbox, oldest first. A file removed while listing
/// (the owner applied it) is left out. `clean` removes temporary files a
/// dead writer left (only the owner does).
fn waiting(state_dir: &Path, clean: bool) -> io::Result<Vec<Waiting>> {
    let entries = match fs::read_dir(inbox(state_dir)) {
        Ok(e) => e,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    for entry in entries {
        let path = entry?.path();
        match path.extension().and_then(|e| e.to_str()) {
            Some(REQUEST_EXT) => {}
            Some("tmp") if clean => {
                let age = fs::metadata(&path).and_then(|m| m.modified()).ok().and_then(|t| t.elapsed().ok());
                if age.is_some_and(|a| a > STALE_TMP) {
                    let _ = fs::remove_file(&path);
                }
                continue;
            }
            _ => continue,
        }
        let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let request = match fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| e.to_string()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e),
        };
        out.push(Waiting { name, path, request });
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

impl Ledger {
    /// Owner: applies every waiting request, oldest first, each written to
    /// the journal before its file is removed. Returns how many were
    /// applied, and warnings: a file that was not a request (renamed
    /// `.unreadable`), a request that could not be removed (applying stops
    /// there, so requests never apply out of order; the rest wait for the
    /// next call, and that one is not applied twice).
    pub fn take_requests(&self) -> Result<(usize, Vec<String>)> {
        if !self.is_owner() {
            return Ok((0, Vec::new()));
        }
        let dir = inbox(&self.dir);
        let all = waiting(&self.dir, true).map_err(|e| state_error(&dir, &e))?;
        let (mut applied, mut warnings) = (0, Vec::new());
        for w in &all {
            match &w.request {
                Ok(request) => {
                    self.update_tombstone(request.did(), |t| request.applied_to(&w.name, t))?;
                    applied += 1;
                    if let Err(e) = fs::remove_file(&w.path) {
                        warnings.push(format!("state request {} applied, not removed: {e}", w.path.display()));
                        break;
                    }
                }
                Err(why) => {
                    let aside = w.path.with_extension("unreadable");
                    warnings.push(match fs::rename(&w.path, &aside) {
                        Ok(()) => {
                            format!("{} is not a state request ({why}); renamed {}", w.path.display(), aside.display())
                        }
                        Err(e) => format!("{} is not a state request ({why}); not renamed: {e}", w.path.display()),
                    });
                }
            }
        }
        if !all.is_empty() {
            if let Err(e) = durable::sync_dir(&dir) {
                warnings.push(format!("state requests' directory {} not synced: {e}", dir.display()));
            }
        }
        Ok((applied, warnings))
    }

    /// Shared: hands `request` to the owner (durable once this returns) and
    /// shows it in this process's view at once.
    pub fn hand_over(&self, request: Request) -> Result<()> {
        let name = send(&self.dir, &request).map_err(|e| state_error(&inbox(&self.dir), &e))?;
        let mut view = self.tombstones.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(t) = request.applied_to(&name, view.get(request.did())) {
            // A snapshot: the map only, nothing written.
            let _ = view.set(request.did(), t);
        }
        Ok(())
    }

    /// Shared: the view again from the owner's journal and its inbox ([`view`]).
    pub fn refresh(&self) -> Result<()> {
        if self.is_owner() {
            return Ok(());
        }
        let view = view(&self.dir)?;
        *self.tombstones.lock().unwrap_or_else(|p| p.into_inner()) = view;
        Ok(())
    }
}

/// The tombstones of `state_dir` as its owner will hold them: its journal,
/// read without changing it, with the requests still waiting in the inbox
/// applied over it. The inbox is listed first: a request the owner applies
/// meanwhile is then in the journal.
pub(super) fn view(state_dir: &Path) -> Result<Journal<Tombstone>> {
    let waiting = waiting(state_dir, false).map_err(|e| state_error(&inbox(state_dir), &e))?;
    let path = state_dir.join(TOMBSTONES_FILE);
    let mut view = Journal::<Tombstone>::snapshot(&path).map_err(|e| state_error(&path, &e))?;
    for w in waiting {
        if let Ok(request) = w.request {
            if let Some(t) = request.applied_to(&w.name, view.get(request.did())) {
                // A snapshot: the map only, nothing written.
                let _ = view.set(request.did(), t);
            }
        }
    }
    Ok(view)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ledgers(name: &str) -> (PathBuf, std::sync::Arc<Ledger>, Ledger) {
        let dir = std::env::temp_dir().join(format!("oip-inbox-test-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let owner = Ledger::open(&dir, Some("n1")).unwrap();
        // What another process gets: the directory is locked, so a shared view.
        let shared = Ledger::shared(&owner.dir, Some("n1"), "pid 1".into()).unwrap();
        (dir, owner, shared)
    }

    #[test]
    fn a_request_reaches_the_owner_once_and_shows_in_the_view_at_once() {
        let (dir, owner, shared) = ledgers("once");
        let did = "did:gun:abcdefabcdef:a";
        shared.hand_over(Request::Mark { did: did.into(), deleted_by: "admin".into(), published: false }).unwrap();
        assert_eq!(shared.tombstone(did).unwrap().publish_as.as_deref(), Some("admin"), "the view has it");
        assert!(owner.tombstone(did).is_none(), "not yet applied");
        assert_eq!(owner.take_requests().unwrap().0, 1);
        let t = owner.tombstone(did).unwrap();
        assert_eq!(t.publish_as.as_deref(), Some("admin"), "the owner publishes it, since the relay did not take it");
        assert_eq!(fs::read_dir(dir.join(INBOX_DIR)).unwrap().count(), 0, "the file is gone");
        // A crash after the journal write and before the removal: the file again.
        let name = t.request.clone().unwrap();
        let again = Request::Mark { did: did.into(), deleted_by: "admin".into(), published: false };
        fs::write(dir.join(INBOX_DIR).join(format!("{name}.json")), serde_json::to_vec(&again).unwrap()).unwrap();
        owner.update_tombstone(did, |t| Some(Tombstone { applied_at: Some(5), ..t.unwrap().clone() })).unwrap();
        assert_eq!(owner.take_requests().unwrap().0, 1);
        assert_eq!(owner.tombstone(did).unwrap().applied_at, Some(5), "applied once: what followed it is kept");
        // The view reads the owner's journal, as written since.
        shared.refresh().unwrap();
        assert_eq!(shared.tombstone(did).unwrap().applied_at, Some(5));
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn requests_apply_in_order_and_survive_the_owner_reopening() {
        let (dir, owner, shared) = ledgers("order");
        let did = "did:gun:abcdefabcdef:b";
        shared.hand_over(Request::Mark { did: did.into(), deleted_by: "k".into(), published: true }).unwrap();
        shared.hand_over(Request::Unmark { did: did.into(), at: 7 }).unwrap();
        shared.hand_over(Request::Apply { did: "did:gun:abcdefabcdef:c".into() }).unwrap();
        assert!(!shared.tombstone(did).unwrap().is_live(), "the view applies them in order");
        // Garbage in the inbox is set aside, the requests around it applied.
        fs::write(dir.join(INBOX_DIR).join("0-garbage.json"), b"{\"op\":").unwrap();
        // A writer killed before its rename left a temporary file: never read.
        fs::write(dir.join(INBOX_DIR).join("9-torn.tmp"), b"{\"op\":\"mark\"").unwrap();
        let (applied, warnings) = owner.take_requests().unwrap();
        assert_eq!((applied, warnings.len()), (3, 1), "{warnings:?}");
        let t = owner.tombstone(did).unwrap();
        assert_eq!((t.withdrawn_at, t.publish_as), (Some(7), None));
        assert_eq!(
            owner.tombstone("did:gun:abcdefabcdef:c").map(|t| t.is_applied()),
            Some(false),
            "due for application"
        );
        let (journal, _) = Journal::<Tombstone>::open(&dir.join(TOMBSTONES_FILE)).unwrap();
        assert_eq!(journal.get(did).and_then(|t| t.withdrawn_at), Some(7), "on disk");
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_view_tolerates_a_torn_last_line_of_the_owners_journal() {
        let (dir, owner, shared) = ledgers("torn");
        owner.put_tombstone("did:gun:abcdefabcdef:d", Tombstone::default()).unwrap();
        let path = dir.join(TOMBSTONES_FILE);
        let whole = fs::read(&path).unwrap();
        let mut torn = whole.clone();
        torn.extend_from_slice(b"{\"k\":\"did:gun:abcdefabcdef:e\",\"v\":{");
        fs::write(&path, &torn).unwrap();
        shared.refresh().unwrap();
        assert!(shared.tombstone("did:gun:abcdefabcdef:d").is_some());
        assert!(shared.tombstone("did:gun:abcdefabcdef:e").is_none());
        assert_eq!(fs::read(&path).unwrap(), torn, "read without changing the owner's file");
        fs::remove_dir_all(&dir).unwrap();
    }
}
