//! State that survives restarts, kept in a state directory: the tombstone
//! ledger, the record-failure ledger, and the node id.
//!
//! One [`Ledger`] per state directory per process (shared by every
//! registry, sync service and module-level call that names it), so
//! concurrent callers see one state and share in-flight work. Across
//! processes, a lock file keeps a directory to one process at a time.
//!
//! Bounds: memory and disk are O(entries): about 200 bytes of journal per
//! tombstone or failed record, at most twice that between compactions.

pub mod durable;
pub mod failures;
pub mod journal;
pub mod peer_text;
pub mod tombstones;
pub mod write_failures;

use std::collections::HashMap;
use std::fs::{File, OpenOptions, TryLockError};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use crate::config::EnvSource;
use crate::error::{Error, Result};
pub use failures::RecordFailure;
use journal::Journal;
pub use tombstones::{Backoff, Tombstone};
use write_failures::WriteFailures;

pub const STATE_DIR_ENV: &str = "OIP_GUN_SYNC_STATE_DIR";
/// Relative to the working directory, so a container's app directory (or a
/// volume mounted there) keeps it.
pub const DEFAULT_STATE_DIR: &str = ".oip-gun-sync";
const NODE_ID_FILE: &str = "node-id";
const REVERIFIED_FILE: &str = "reverified-at";
const LOCK_FILE: &str = "lock";

pub struct Ledger {
    dir: PathBuf,
    node_id: String,
    pub tombstones: Mutex<Journal<Tombstone>>,
    pub failures: Mutex<Journal<RecordFailure>>,
    /// Set when a journal had lines it could not read (copied aside, every
    /// other entry kept), until said once.
    recovered: Mutex<Option<String>>,
    write_failures: Mutex<WriteFailures>,
    /// Locked while open, which for a cached ledger is the life of the
    /// process; the OS releases it when the process ends, even by SIGKILL.
    _lock: File,
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
        let path = key.join("tombstones.jsonl");
        let (journal, report) = Journal::open(&path).map_err(|e| state_error(&path, &e))?;
        let failures_path = key.join("failures.jsonl");
        let (failures, failures_report) = Journal::open(&failures_path).map_err(|e| state_error(&failures_path, &e))?;
        let warnings: Vec<String> =
            [report.warning(&path), failures_report.warning(&failures_path)].into_iter().flatten().collect();
        let ledger = Arc::new(Ledger {
            dir: key.clone(),
            node_id,
            tombstones: Mutex::new(journal),
            failures: Mutex::new(failures),
            recovered: Mutex::new((!warnings.is_empty()).then(|| warnings.join("; "))),
            write_failures: Default::default(),
            _lock: lock,
        });
        ledgers.insert(key, ledger.clone());
        Ok(ledger)
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
    Error::State { path: path.display().to_string(), detail: e.to_string() }
}

/// A lock over state on disk (a journal of the ledger) held by another
/// thread, as a write stalled on a slow disk holds it, until released or 10 s pass.
#[cfg(test)]
pub(crate) struct Stall {
    release: std::sync::mpsc::Sender<()>,
    holder: std::thread::JoinHandle<bool>,
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
