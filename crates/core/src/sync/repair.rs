//! Repair of records the local relay drops after it stored them.
//!
//! GUN relays (radisk) lose records after the fact: a record this node
//! synced can vanish from its local relay while Elasticsearch still lists
//! it, so the sync never looks at it again. Each cycle spot-checks a
//! bounded share of the records this node synced, in the order of a cursor
//! that survives restarts (so every record is checked in turn), and stores
//! again from a peer those that no longer read whole. Elasticsearch is not
//! a source: its document drops `meta` and reshapes `data` and `oip`, so it
//! cannot reproduce the node the original put. A record no peer serves any
//! more is reported and left alone; nothing is ever deleted from Elasticsearch.

use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::ops::Bound;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use futures_util::stream::{self, StreamExt};
use serde_json::{Map, Value};

use super::engine::STORE_PUT_TIMEOUT;
use crate::config::{env_u64, EnvSource};
use crate::deletion::Deletions;
use crate::error::{Error, Result};
use crate::gun::helper::GunHelper;
use crate::gun::negative_cache;
use crate::gun::record::{self, Decryption};
use crate::gun::relay::{reread, Relay};
use crate::ledger::{blocking, durable, state_error};
use crate::soul::{did_of_soul, validate_soul};

pub const PERCENT_ENV: &str = "GUN_REPAIR_PERCENT";
pub const MAX_CHECKS_ENV: &str = "GUN_REPAIR_MAX_CHECKS";
pub const DEFAULT_PERCENT: u64 = 1;
pub const DEFAULT_MAX_CHECKS: u64 = 32;
/// Records this node synced, one `soul<TAB>peer URL` line each, appended per indexed chunk.
const SYNCED_FILE: &str = "synced.tsv";
const CURSOR_FILE: &str = "repair-cursor";
/// Reads of a record that answers partially before it counts as not whole:
/// relays answer fresh or many-field nodes partially for a moment.
const READS: u32 = 3;

/// How many synced records a cycle spot-checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RepairSettings {
    /// Share of the synced records checked per cycle, in percent (1-100).
    pub percent: u64,
    /// At most this many records per cycle; 0 turns repair off.
    pub max_checks: usize,
}

impl Default for RepairSettings {
    fn default() -> Self {
        RepairSettings { percent: DEFAULT_PERCENT, max_checks: DEFAULT_MAX_CHECKS as usize }
    }
}

impl RepairSettings {
    /// The options, else `GUN_REPAIR_PERCENT` / `GUN_REPAIR_MAX_CHECKS`, else 1 % and 32.
    pub fn resolve(percent: Option<u32>, max_checks: Option<u32>, env: EnvSource) -> Result<Self> {
        let percent = match percent {
            Some(p) => u64::from(p),
            None => env_u64(env, PERCENT_ENV)?.unwrap_or(DEFAULT_PERCENT),
        };
        if !(1..=100).contains(&percent) {
            return Err(Error::InvalidConfig {
                name: PERCENT_ENV.into(),
                reason: format!("{percent} is not a percentage from 1 to 100"),
            });
        }
        let max_checks = match max_checks {
            Some(n) => u64::from(n),
            None => env_u64(env, MAX_CHECKS_ENV)?.unwrap_or(DEFAULT_MAX_CHECKS),
        };
        Ok(RepairSettings { percent, max_checks: max_checks as usize })
    }

    /// Checks this cycle for `synced` records: the share, rounded up, within the bound.
    pub fn checks_for(&self, synced: usize) -> usize {
        (synced as u64 * self.percent).div_ceil(100).min(self.max_checks as u64) as usize
    }
}

/// What a cycle's spot-check found.
#[derive(Debug, Clone, Default)]
pub struct RepairReport {
    pub checked: u64,
    /// Checked records that did not read whole on the local relay.
    pub dropped: u64,
    /// Dropped records stored again from a peer and read back whole.
    pub restored: u64,
    /// DIDs of dropped records no peer serves whole any more (kept for later cycles).
    pub unrecoverable: Vec<String>,
    /// Why the check could not run or a restore failed, if it did.
    pub errors: Vec<String>,
}

/// The records this node synced and the cursor, loaded on first use.
struct Synced {
    dir: PathBuf,
    /// soul -> URL of the peer it came from.
    records: BTreeMap<String, String>,
    file: File,
    cursor: Option<String>,
}

impl Synced {
    fn open(dir: &Path) -> io::Result<Self> {
        let path = dir.join(SYNCED_FILE);
        let mut records = BTreeMap::new();
        match std::fs::read_to_string(&path) {
            // A line cut short by a crash reads as another soul or fails validation: either way harmless.
            Ok(text) => {
                for line in text.lines() {
                    if let Some((soul, peer)) = line.split_once('\t') {
                        if validate_soul(soul).is_ok() {
                            records.insert(soul.to_string(), peer.to_string());
                        }
                    }
                }
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
        let file = OpenOptions::new().create(true).append(true).open(&path)?;
        let cursor = std::fs::read_to_string(dir.join(CURSOR_FILE)).ok().filter(|c| !c.is_empty());
        Ok(Synced { dir: dir.to_path_buf(), records, file, cursor })
    }

    /// One write per indexed chunk, without fsync: a crash forgets at most the last
    /// chunk's entries, which only leaves those records unchecked.
    fn remember(&mut self, synced: &[(String, String)]) -> io::Result<()> {
        let mut lines = String::new();
        for (soul, peer) in synced {
            if self.records.get(soul) != Some(peer) {
                lines.push_str(&format!("{soul}\t{peer}\n"));
                self.records.insert(soul.clone(), peer.clone());
            }
        }
        if lines.is_empty() {
            return Ok(());
        }
        self.file.write_all(lines.as_bytes())
    }

    /// The next `n` records after the cursor, wrapping around; the cursor moves past them.
    fn next(&mut self, n: usize) -> io::Result<Vec<(String, String)>> {
        let n = n.min(self.records.len());
        if n == 0 {
            return Ok(Vec::new());
        }
        let after = match &self.cursor {
            Some(c) => (Bound::Excluded(c.clone()), Bound::Unbounded),
            None => (Bound::Unbounded, Bound::Unbounded),
        };
        let picks: Vec<(String, String)> = self
            .records
            .range::<String, _>(after)
            .chain(self.records.iter())
            .take(n)
            .map(|(s, p)| (s.clone(), p.clone()))
            .collect();
        let last = picks.last().map(|(s, _)| s.clone()).unwrap_or_default();
        durable::replace(&self.dir.join(CURSOR_FILE), last.as_bytes())?;
        self.cursor = Some(last);
        Ok(picks)
    }
}

/// The spot-check's state, shared by the engine's cycles; the one writer of
/// its notes in the state directory.
pub struct Repair {
    settings: RepairSettings,
    dir: PathBuf,
    /// Whether a record is deleted: such a record is never put back.
    deletions: Deletions,
    synced: Arc<Mutex<Option<Synced>>>,
}

enum Outcome {
    Whole,
    Restored,
    Unrecoverable(String),
    Failed(String),
    Deleted,
}

impl Repair {
    /// Notes kept in the state directory `dir`.
    pub fn new(settings: RepairSettings, dir: PathBuf, deletions: Deletions) -> Self {
        Repair { settings, dir, deletions, synced: Default::default() }
    }

    /// Runs `f` on the synced records, loaded on first use, off the async
    /// workers: loading, appending and the cursor's fsync are file I/O.
    async fn with_synced<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Synced) -> io::Result<T> + Send + 'static,
    ) -> Result<T> {
        let (synced, dir) = (self.synced.clone(), self.dir.clone());
        blocking(move || {
            let mut guard = synced.lock().unwrap_or_else(|p| p.into_inner());
            if guard.is_none() {
                *guard = Some(Synced::open(&dir).map_err(|e| state_error(&dir, &e))?);
            }
            let synced = guard.as_mut().expect("opened above");
            f(synced).map_err(|e| state_error(&dir.join(SYNCED_FILE), &e))
        })
        .await
    }

    /// Notes records this node synced (soul, peer URL), for later spot-checks.
    pub async fn remember(&self, synced: Vec<(String, String)>) -> Result<()> {
        if self.settings.max_checks == 0 || synced.is_empty() {
            return Ok(());
        }
        self.with_synced(move |s| s.remember(&synced)).await
    }

    /// Spot-checks this cycle's share on the local relay and restores what
    /// dropped. A record that reads whole costs 2 local reads (the node and
    /// its `meta` child) and nothing from peers.
    pub async fn run(&self, local: &GunHelper, peers: &[GunHelper], concurrency: usize) -> RepairReport {
        let mut report = RepairReport::default();
        if self.settings.max_checks == 0 {
            return report;
        }
        let settings = self.settings;
        let picks = match self
            .with_synced(move |s| {
                let n = settings.checks_for(s.records.len());
                s.next(n)
            })
            .await
        {
            Ok(p) => p,
            Err(e) => {
                report.errors.push(format!("repair: {}: {e}", e.code()));
                return report;
            }
        };
        let outcomes: Vec<(String, Outcome)> = stream::iter(picks)
            .map(|(soul, peer)| async move {
                let outcome = self.check(local, peers, &soul, &peer).await;
                (soul, outcome)
            })
            .buffer_unordered(concurrency.max(1))
            .collect()
            .await;
        let mut forget = Vec::new();
        for (soul, outcome) in outcomes {
            match outcome {
                Outcome::Deleted => forget.push(soul),
                Outcome::Whole => report.checked += 1,
                Outcome::Restored => {
                    report.checked += 1;
                    report.dropped += 1;
                    report.restored += 1;
                }
                Outcome::Unrecoverable(did) => {
                    report.checked += 1;
                    report.dropped += 1;
                    report.unrecoverable.push(did);
                }
                Outcome::Failed(why) => {
                    report.checked += 1;
                    report.dropped += 1;
                    report.errors.push(why);
                }
            }
        }
        if !forget.is_empty() {
            // A deleted record is never put back; its line is ignored from now on.
            let _ = self
                .with_synced(move |s| {
                    forget.iter().for_each(|soul| drop(s.records.remove(soul)));
                    Ok(())
                })
                .await;
        }
        report
    }

    async fn check(&self, local: &GunHelper, peers: &[GunHelper], soul: &str, from: &str) -> Outcome {
        let did = did_of_soul(soul);
        let deleted = || self.deletions.is_tombstoned(&did);
        if deleted() {
            return Outcome::Deleted;
        }
        let relay = local.relay();
        if local_whole(relay, soul).await {
            return Outcome::Whole;
        }
        // The peer it came from first, then the others.
        let mut order: Vec<&GunHelper> = peers.iter().filter(|p| p.relay().url() == from).collect();
        order.extend(peers.iter().filter(|p| p.relay().url() != from));
        let Some(found) = first_whole(&order, soul).await else { return Outcome::Unrecoverable(did) };
        if deleted() {
            return Outcome::Deleted;
        }
        // As for the sync's stores: an unanswered put must not hold a put slot long.
        let relay = relay.with_timeout(STORE_PUT_TIMEOUT);
        // An unanswered put may still have landed: the read-back decides.
        if let Err(e) = relay.put_flat(soul, &super::engine::stored_node(&found)).await {
            if e.code() != "GUN_TIMEOUT" {
                return Outcome::Failed(format!("restoring {did}: {}: {e}", e.code()));
            }
        }
        let read_back = async { Ok(reread(READS, || reads_whole(&relay, soul), |whole| *whole).await) };
        // The read-back's reads share one deadline, as the check's do (`local_whole`).
        if matches!(relay.record_reads(soul, read_back).await, Ok(true)) {
            // A 404 remembered from before the restore must not hide it from getRecord.
            negative_cache::forget(relay.url(), soul);
            return Outcome::Restored;
        }
        Outcome::Failed(format!("restoring {did}: stored again on {} but it did not read back whole", relay.url()))
    }
}

/// Whether the local relay serves the record whole. A partial answer is read
/// again a few times (relays answer many-field nodes partially now and then);
/// a 404 is final. All these reads share the record's one deadline, as the
/// sync's reads of a record do: a relay holding a read open costs that, not
/// reads x timeout.
async fn local_whole(relay: &Relay, soul: &str) -> bool {
    // Some(true) whole, None partial (read again), Some(false) a 404 or an error.
    let read = || async {
        match relay.get(soul).await {
            Ok(Some(node)) if node_whole(relay, &node).await => Some(true),
            Ok(Some(_)) => None,
            _ => Some(false),
        }
    };
    let reads = async { Ok(reread(READS, read, Option::is_some).await == Some(true)) };
    matches!(relay.record_reads(soul, reads).await, Ok(true))
}

/// Whether the relay serves the record with `data`, `oip` and `meta` set and
/// every child node (`meta`, an encrypted `data`) readable. Read directly,
/// not through the helper: a 404 here must not be remembered for the app's reads.
async fn reads_whole(relay: &Relay, soul: &str) -> bool {
    matches!(relay.get(soul).await, Ok(Some(node)) if node_whole(relay, &node).await)
}

async fn node_whole(relay: &Relay, node: &Map<String, Value>) -> bool {
    if !["data", "oip", "meta"].iter().all(|k| node.get(*k).is_some_and(|v| !v.is_null())) {
        return false;
    }
    for child in node.values().filter_map(record::reference) {
        if !matches!(relay.get(child).await, Ok(Some(c)) if !c.is_empty()) {
            return false;
        }
    }
    true
}

/// The record from the first peer that serves it whole, read a few times
/// when it answers partially; each peer's reads share the record's one deadline.
async fn first_whole(peers: &[&GunHelper], soul: &str) -> Option<Map<String, Value>> {
    let none = Decryption::default();
    let whole = |r: &Map<String, Value>| super::engine::is_resolved(r) && r.values().all(|v| !v.is_null());
    for peer in peers {
        // A 404 or an error: this peer cannot serve it now; a partial answer is read again.
        let read = reread(READS, || peer.get_record(soul, &none), |r| !matches!(r, Ok(Some(r)) if !whole(r)));
        let reads = async { Ok(read.await.ok().flatten().filter(whole)) };
        if let Ok(Some(r)) = peer.relay().record_reads(soul, reads).await {
            return Some(r);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_is_rounded_up_and_bounded() {
        let s = RepairSettings::default();
        assert_eq!(s.checks_for(0), 0);
        assert_eq!(s.checks_for(1), 1);
        assert_eq!(s.checks_for(250), 3);
        assert_eq!(s.checks_for(1_000_000), 32);
        assert_eq!(RepairSettings { percent: 100, max_checks: 0 }.checks_for(10), 0);
    }

    #[test]
    fn bad_settings_name_their_variable() {
        let none = |_: &str| None;
        let e = RepairSettings::resolve(Some(0), None, &none).unwrap_err();
        assert_eq!(e.code(), "INVALID_CONFIG");
        assert!(e.to_string().contains(PERCENT_ENV));
        let env = |n: &str| (n == MAX_CHECKS_ENV).then(|| "lots".to_string());
        let e = RepairSettings::resolve(None, None, &env).unwrap_err();
        assert!(e.to_string().contains(MAX_CHECKS_ENV));
        let env = |n: &str| (n == PERCENT_ENV).then(|| "5".to_string());
        assert_eq!(RepairSettings::resolve(None, Some(7), &env).unwrap(), RepairSettings { percent: 5, max_checks: 7 });
    }

    /// Noting synced records while another thread holds the file (a write
    /// stalled on a slow disk), on a runtime of one thread: another task
    /// still runs meanwhile, and the note lands once the stall ends.
    #[test]
    fn a_stalled_note_leaves_the_runtime_free() {
        let (deletions, dir) = crate::deletion::tests::unreachable("repair-stall");
        let repair = Arc::new(Repair::new(RepairSettings::default(), dir.clone(), deletions));
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let stall = crate::ledger::Stall::hold(&repair.synced, |m| m);
        let r = repair.clone();
        let released_in_time = runtime.block_on(async move {
            let note =
                tokio::spawn(async move { r.remember(vec![("abcdefabcdef:r1".into(), "http://p".into())]).await });
            // Runs after the note's task: inline, that task holds the only thread until the stall ends.
            tokio::spawn(async {}).await.unwrap();
            let released = stall.release();
            note.await.unwrap().unwrap();
            released
        });
        assert!(released_in_time, "another task ran while the note was stalled");
        assert!(std::fs::read_to_string(dir.join(SYNCED_FILE)).unwrap().contains("abcdefabcdef:r1\thttp://p"));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn cursor_rotates_over_every_record_and_survives_reopening() {
        let dir = std::env::temp_dir().join(format!("oip-repair-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let mut s = Synced::open(&dir).unwrap();
        let recs: Vec<(String, String)> = (0..5).map(|i| (format!("soul-{i}"), "http://p".to_string())).collect();
        s.remember(&recs).unwrap();
        let first: Vec<String> = s.next(2).unwrap().into_iter().map(|(k, _)| k).collect();
        assert_eq!(first, ["soul-0", "soul-1"]);
        drop(s);
        let mut s = Synced::open(&dir).unwrap();
        assert_eq!(s.records.len(), 5);
        let next: Vec<String> = s.next(4).unwrap().into_iter().map(|(k, _)| k).collect();
        assert_eq!(next, ["soul-2", "soul-3", "soul-4", "soul-0"], "resumes after the cursor and wraps");
        assert_eq!(s.next(9).unwrap().len(), 5, "never more than the records");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
