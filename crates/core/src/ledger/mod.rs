//! State that survives restarts, kept in a state directory: the tombstone
//! ledger, the record-failure ledger, and the node id.
//!
//! One [`Ledger`] per state directory per process (shared by every
//! registry, sync service and module-level call that names it), so
//! concurrent callers see one state and share in-flight work. Across
//! processes, a lock file keeps a directory to one owner at a time. A
//! process that finds it held by another live process may open it shared
//! ([`Ledger::open_or_share`]): it reads the owner's journal and hands its
//! changes to the owner through the directory's inbox ([`inbox`]).
//!
//! Bounds: memory and disk are O(entries): about 200 bytes of journal per
//! tombstone or failed record, at most twice that between compactions.

pub mod durable;
pub mod failures;
pub mod inbox;
pub mod journal;
pub mod tombstones;
pub mod write_failures;

use std::collections::HashMap;
use std::fs::{File, OpenOptions, TryLockError};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use crate::config::EnvSource;
use crate::error::{Cause, Error, Result};
pub use failures::{RecordFailure, RecordFailures};
use journal::Journal;
pub use tombstones::{ItemBackoff, Tombstone};
use write_failures::WriteFailures;

pub const STATE_DIR_ENV: &str = "OIP_GUN_SYNC_STATE_DIR";
/// Relative to the working directory, so a container's app directory (or a
/// volume mounted there) keeps it.
pub const DEFAULT_STATE_DIR: &str = ".oip-gun-sync";
const NODE_ID_FILE: &str = "node-id";
const REVERIFIED_FILE: &str = "reverified-at";
const LOCK_FILE: &str = "lock";
const TOMBSTONES_FILE: &str = "tombstones.jsonl";
const FAILURES_FILE: &str = "failures.jsonl";

pub struct Ledger {
    dir: PathBuf,
    node_id: String,
    tombstones: Mutex<Journal<Tombstone>>,
    /// Written only through [`RecordFailures`].
    failures: Mutex<Journal<RecordFailure>>,
    /// Set when a journal had lines it could not read (copied aside, every
    /// other entry kept), until said once.
    recovered: Mutex<Option<String>>,
    write_failures: Mutex<WriteFailures>,
    /// The owner's lock, held while open, which for a cached ledger is the
    /// life of the process; the OS releases it when the process ends, even
    /// by SIGKILL. `None` for a shared view, whose journals are snapshots,
    /// until [`Ledger::take_ownership`] takes it.
    lock: Mutex<Option<File>>,
    /// Who holds the lock, for a shared view's errors.
    holder: Mutex<String>,
}

static LEDGERS: OnceLock<Mutex<HashMap<PathBuf, Arc<Ledger>>>> = OnceLock::new();

/// The state directory: the option, else `OIP_GUN_SYNC_STATE_DIR`, else the default.
pub fn state_dir(option: Option<&str>, env: EnvSource) -> PathBuf {
    PathBuf::from(option.map(str::to_string).or_else(|| env(STATE_DIR_ENV)).unwrap_or_else(|| DEFAULT_STATE_DIR.into()))
}

impl Ledger {
    /// The process's ledger for `dir`, opened on first use. `node_id_override`
    /// is `GUN_NODE_ID_OVERRIDE`; without it a node id is generated once and persisted.
    pub fn open(dir: &Path, node_id_override: Option<&str>) -> Result<Arc<Ledger>> {
        durable::create_dir(dir).map_err(|e| state_error(dir, &e))?;
        let key = dir.canonicalize().map_err(|e| state_error(dir, &e))?;
        let mut ledgers = LEDGERS.get_or_init(Default::default).lock().unwrap_or_else(|p| p.into_inner());
        if let Some(l) = ledgers.get(&key) {
            return Ok(l.clone());
        }
        let lock = lock_dir(&key)?;
        let node_id = match node_id_override {
            Some(id) => id.to_string(),
            None => persisted_node_id(&key)?,
        };
        // An error reading a journal fails the open and moves nothing: it
        // says nothing about the content (too many open files, a failing disk).
        let path = key.join(TOMBSTONES_FILE);
        let (journal, report) = Journal::open(&path).map_err(|e| state_error(&path, &e))?;
        let failures_path = key.join(FAILURES_FILE);
        let (failures, failures_report) = Journal::open(&failures_path).map_err(|e| state_error(&failures_path, &e))?;
        inbox::create(&key).map_err(|e| state_error(&key.join("inbox"), &e))?;
        let warnings: Vec<String> =
            [report.warning(&path), failures_report.warning(&failures_path)].into_iter().flatten().collect();
        let ledger = Arc::new(Ledger {
            dir: key.clone(),
            node_id,
            tombstones: Mutex::new(journal),
            failures: Mutex::new(failures),
            recovered: Mutex::new((!warnings.is_empty()).then(|| warnings.join("; "))),
            write_failures: Default::default(),
            lock: Mutex::new(Some(lock)),
            holder: Mutex::new(format!("pid {}", std::process::id())),
        });
        // Requests handed over while no owner ran (or before a crash) are
        // applied first; one that cannot be now waits for the first cycle.
        let _ = ledger.take_requests();
        ledgers.insert(key, ledger.clone());
        Ok(ledger)
    }

    /// [`Ledger::open`], or, when another live process owns `dir`, a shared
    /// view of it: reads come from the owner's journal (as it is at each
    /// [`Ledger::refresh`]), changes go to the owner as requests
    /// ([`Ledger::hand_over`]), and [`Ledger::owned`] refuses the work only
    /// an owner may do (sync cycles).
    pub fn open_or_share(dir: &Path, node_id_override: Option<&str>) -> Result<Arc<Ledger>> {
        match Ledger::open(dir, node_id_override) {
            Err(Error::StateLocked { holder, .. }) => {
                let key = dir.canonicalize().map_err(|e| state_error(dir, &e))?;
                Ledger::shared(&key, node_id_override, holder).map(Arc::new)
            }
            other => other,
        }
    }

    /// Not cached: a later open in this process takes the lock if the owner is gone.
    fn shared(dir: &Path, node_id_override: Option<&str>, holder: String) -> Result<Ledger> {
        let node_id = match node_id_override {
            Some(id) => id.to_string(),
            None => {
                // The owner wrote it when it opened the directory; a view never writes it.
                let path = dir.join(NODE_ID_FILE);
                std::fs::read_to_string(&path).map(|s| s.trim().to_string()).map_err(|e| state_error(&path, &e))?
            }
        };
        let ledger = Ledger {
            dir: dir.to_path_buf(),
            node_id,
            tombstones: Mutex::new(inbox::view(dir)?),
            failures: Mutex::new(snapshot(&dir.join(FAILURES_FILE))?),
            recovered: Mutex::new(None),
            write_failures: Default::default(),
            lock: Mutex::new(None),
            holder: Mutex::new(holder),
        };
        Ok(ledger)
    }

    /// Whether this process owns the directory (else this is a shared view).
    pub fn is_owner(&self) -> bool {
        self.lock.lock().unwrap_or_else(|p| p.into_inner()).is_some()
    }

    /// `STATE_LOCKED`, naming the owner, for work only the owner may do.
    pub fn owned(&self) -> Result<()> {
        if self.is_owner() {
            return Ok(());
        }
        Err(Error::StateLocked { dir: self.dir.display().to_string(), holder: self.holder() })
    }

    /// Who owns the directory: this process, or the process holding its lock.
    pub fn holder(&self) -> String {
        self.holder.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// A shared view becomes the owner once the process that held the
    /// directory is gone (a script that held it while the app started):
    /// the lock taken, the journals opened as [`Ledger::open`] opens them,
    /// the waiting requests applied, and this ledger the process's ledger of
    /// the directory. `STATE_LOCKED` while the directory is still held.
    pub fn take_ownership(self: &Arc<Self>) -> Result<()> {
        if self.is_owner() {
            return Ok(());
        }
        let mut ledgers = LEDGERS.get_or_init(Default::default).lock().unwrap_or_else(|p| p.into_inner());
        if ledgers.contains_key(&self.dir) {
            // This process owns it through another ledger: this one stays a view of it.
            return self.owned();
        }
        let lock = lock_dir(&self.dir)?;
        let path = self.dir.join(TOMBSTONES_FILE);
        let (tombstones, report) = Journal::open(&path).map_err(|e| state_error(&path, &e))?;
        let failures_path = self.dir.join(FAILURES_FILE);
        let (failures, failures_report) = Journal::open(&failures_path).map_err(|e| state_error(&failures_path, &e))?;
        inbox::create(&self.dir).map_err(|e| state_error(&self.dir.join("inbox"), &e))?;
        let warnings: Vec<String> =
            [report.warning(&path), failures_report.warning(&failures_path)].into_iter().flatten().collect();
        *self.tombstones.lock().unwrap_or_else(|p| p.into_inner()) = tombstones;
        *self.failures.lock().unwrap_or_else(|p| p.into_inner()) = failures;
        *self.recovered.lock().unwrap_or_else(|p| p.into_inner()) = (!warnings.is_empty()).then(|| warnings.join("; "));
        *self.holder.lock().unwrap_or_else(|p| p.into_inner()) = format!("pid {}", std::process::id());
        *self.lock.lock().unwrap_or_else(|p| p.into_inner()) = Some(lock);
        ledgers.insert(self.dir.clone(), self.clone());
        drop(ledgers);
        // As at open: what cannot be applied now waits for the first cycle.
        let _ = self.take_requests();
        Ok(())
    }

    /// What was set aside when the journals were read, once: later calls answer `None`.
    pub fn take_recovery(&self) -> Option<String> {
        self.recovered.lock().unwrap_or_else(|p| p.into_inner()).take()
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn node_id(&self) -> &str {
        &self.node_id
    }

    /// When applied tombstones were last re-verified (ms), 0 if never.
    pub fn reverified_at(&self) -> u64 {
        std::fs::read_to_string(self.dir.join(REVERIFIED_FILE)).ok().and_then(|s| s.trim().parse().ok()).unwrap_or(0)
    }

    pub fn set_reverified_at(&self, ms: u64) -> Result<()> {
        let path = self.dir.join(REVERIFIED_FILE);
        durable::replace(&path, ms.to_string().as_bytes()).map_err(|e| self.noted(state_error(&path, &e)))
    }

    /// The handle the sync engine holds on this directory.
    pub fn handle(self: &Arc<Self>) -> StateHandle {
        StateHandle { ledger: self.clone() }
    }
}

/// The sync engine's hold on its state directory: the node id kept there,
/// whether this process owns the directory (only the owner runs cycles), and
/// the ledger's failed writes, which pause cycles (see [`write_failures`]).
/// Record failures have their own owner ([`RecordFailures`]), tombstones theirs
/// (`Deletions`); so the engine holds no ledger.
#[derive(Clone)]
pub struct StateHandle {
    ledger: Arc<Ledger>,
}

impl StateHandle {
    pub fn path(&self) -> &Path {
        self.ledger.dir()
    }

    pub fn node_id(&self) -> &str {
        self.ledger.node_id()
    }

    /// `STATE_LOCKED`, naming the owner, when another process owns the directory.
    pub fn owned(&self) -> Result<()> {
        self.ledger.owned()
    }

    /// `owned`, taking the directory over if its holder is gone since ([`Ledger::take_ownership`]).
    pub fn take_ownership(&self) -> Result<()> {
        self.ledger.take_ownership()
    }
}

fn snapshot<V: serde::Serialize + serde::de::DeserializeOwned>(path: &Path) -> Result<Journal<V>> {
    Journal::snapshot(path).map_err(|e| state_error(path, &e))
}

/// Takes the directory's lock file, or says which process holds it.
fn lock_dir(dir: &Path) -> Result<File> {
    let path = dir.join(LOCK_FILE);
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(|e| state_error(&path, &e))?;
    match file.try_lock() {
        Ok(()) => {
            // Who holds it, for the message another process gets; the lock itself is what counts.
            let holder = format!("pid {}", std::process::id());
            file.set_len(0).and_then(|()| file.write_all(holder.as_bytes())).map_err(|e| state_error(&path, &e))?;
            Ok(file)
        }
        Err(TryLockError::WouldBlock) => {
            let holder = std::fs::read_to_string(&path).unwrap_or_default();
            let holder = if holder.trim().is_empty() { "pid unknown".into() } else { holder.trim().to_string() };
            Err(Error::StateLocked { dir: dir.display().to_string(), holder })
        }
        Err(TryLockError::Error(e)) => Err(state_error(&path, &e)),
    }
}

fn persisted_node_id(dir: &Path) -> Result<String> {
    let path = dir.join(NODE_ID_FILE);
    if let Ok(id) = std::fs::read_to_string(&path) {
        let id = id.trim();
        if !id.is_empty() && !id.chars().any(char::is_control) {
            return Ok(id.to_string());
        }
    }
    let mut bytes = [0u8; 6];
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut bytes)
        .map_err(|_| state_error(&path, &std::io::Error::other("no randomness available")))?;
    let id = format!("oip-node-{}", crate::soul::hex(&bytes));
    durable::replace(&path, id.as_bytes()).map_err(|e| state_error(&path, &e))?;
    Ok(id)
}

/// Runs ledger I/O (a write and its fsync) off the async workers, where a
/// slow disk would hold up every other task; a panic inside goes on as the
/// caller's panic, as it would have inline.
pub async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    match tokio::task::spawn_blocking(f).await {
        Ok(v) => v,
        Err(e) => std::panic::resume_unwind(e.into_panic()),
    }
}

pub fn state_error(path: &Path, e: &std::io::Error) -> Error {
    Error::State { path: path.display().to_string(), cause: Cause::of(e) }
}

/// A lock over state on disk (a journal of the ledger) held by another
/// thread, as a write stalled on a slow disk holds it, until released or 10 s pass.
#[cfg(test)]
pub(crate) struct Stall {
    release: std::sync::mpsc::Sender<()>,
    holder: std::thread::JoinHandle<bool>,
}

#[cfg(test)]
impl Ledger {
    /// Holds the tombstone journal as a write stalled on a slow disk would.
    pub(crate) fn stall_tombstones(self: &Arc<Self>) -> Stall {
        Stall::hold(self, |l| &l.tombstones)
    }
}

#[cfg(test)]
impl Stall {
    pub(crate) fn hold<O: Send + Sync + 'static, T: 'static>(owner: &Arc<O>, lock: fn(&O) -> &Mutex<T>) -> Stall {
        let owner = owner.clone();
        let (release, released) = std::sync::mpsc::channel();
        let (held, holding) = std::sync::mpsc::channel();
        let holder = std::thread::spawn(move || {
            let _stalled = lock(&owner).lock().unwrap();
            held.send(()).unwrap();
            released.recv_timeout(std::time::Duration::from_secs(10)).is_ok()
        });
        holding.recv().unwrap();
        Stall { release, holder }
    }

    /// Ends the stall; whether that came before its 10 s ran out.
    pub(crate) fn release(self) -> bool {
        let _ = self.release.send(());
        self.holder.join().unwrap()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_view_takes_ownership_once_the_holder_is_gone() {
        let dir = std::env::temp_dir().join(format!("oip-ledger-takeover-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        durable::create_dir(&dir).unwrap();
        let dir = dir.canonicalize().unwrap();
        // Another holder (an open file description of its own, as another process's).
        let held = lock_dir(&dir).unwrap();
        let view = Arc::new(Ledger::shared(&dir, Some("n1"), "pid 1".into()).unwrap());
        view.hand_over(inbox::Request::Apply { did: "did:gun:abcdefabcdef:t".into() }).unwrap();
        assert_eq!(view.take_ownership().unwrap_err().code(), "STATE_LOCKED");
        assert!(!view.is_owner());
        drop(held);
        view.take_ownership().unwrap();
        assert!(view.is_owner() && view.owned().is_ok());
        assert_eq!(view.holder(), format!("pid {}", std::process::id()));
        assert!(Arc::ptr_eq(&view, &Ledger::open(&dir, Some("n1")).unwrap()), "the process's ledger of the directory");
        // The waiting request was applied, and writes now reach the journal.
        view.put_tombstone("did:gun:abcdefabcdef:u", Tombstone::default()).unwrap();
        let j = Journal::<Tombstone>::snapshot(&dir.join(TOMBSTONES_FILE)).unwrap();
        assert!(j.get("did:gun:abcdefabcdef:t").is_some() && j.get("did:gun:abcdefabcdef:u").is_some());
        assert_eq!(lock_dir(&dir).unwrap_err().code(), "STATE_LOCKED", "held now");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_held_directory_is_refused_with_its_holder() {
        let dir = std::env::temp_dir().join(format!("oip-ledger-lock-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let ledger = Ledger::open(&dir, Some("n1")).unwrap();
        // The same process asks again: the one open ledger, no second lock.
        assert!(Arc::ptr_eq(&ledger, &Ledger::open(&dir, Some("n1")).unwrap()));
        // A second open file description conflicts as another process's would.
        let err = lock_dir(ledger.dir()).unwrap_err();
        assert_eq!(err.code(), "STATE_LOCKED");
        let text = err.to_string();
        assert!(text.contains(&ledger.dir().display().to_string()), "{text}");
        assert!(text.contains(&format!("pid {}", std::process::id())), "{text}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
