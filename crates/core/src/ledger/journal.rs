//! A crash-safe persistent map: an append-only JSON-lines journal with
//! snapshot compaction.
//!
//! Each change is one `write` of one line ending in `\n`, followed by
//! `fsync`. A write cut short (kill -9, a full disk, a file-size limit)
//! leaves part of a line: an append that fails cuts the file back to its
//! last whole line before it reports the error, so the next line never
//! joins the torn one. Loading keeps every line it can read and copies the
//! few it cannot to a side file: one bad line never costs the others.
//! Compaction writes a snapshot to a temporary file, syncs it and renames it
//! over the journal, which is atomic on POSIX filesystems.

use std::collections::HashMap;
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::durable;

/// One journal line: a value set, or (`v` absent) a key removed.
#[derive(Serialize, Deserialize)]
struct Line<V> {
    k: String,
    #[serde(default = "Option::default", skip_serializing_if = "Option::is_none")]
    v: Option<V>,
}

/// How every line starts (`k` is serialized first): where a whole line that
/// was written after a torn one begins.
const LINE_START: &[u8] = b"{\"k\":";

/// Compaction runs when the journal holds more than this many lines per live
/// entry (plus a floor), keeping disk use O(entries).
const COMPACT_RATIO: usize = 2;
const COMPACT_FLOOR: usize = 256;

pub struct Journal<V> {
    path: PathBuf,
    file: File,
    map: HashMap<String, V>,
    lines: usize,
    /// Bytes of whole lines in the file: where a failed append is cut back to.
    len: u64,
    /// A failed append could not be cut back: the next append does it first.
    needs_cut: bool,
}

/// What loading found besides the entries.
#[derive(Debug, Default)]
pub struct LoadReport {
    /// The last line lacked its `\n` (an interrupted write): dropped if it
    /// did not parse, and cut off or completed so new lines do not join it.
    pub torn_tail: bool,
    /// Lines (numbered from 1) that could not be read; every other entry is kept.
    pub unreadable: Vec<usize>,
    /// Where the unreadable lines were copied before the journal was rewritten without them.
    pub set_aside: Option<PathBuf>,
    /// Why the unreadable lines stay in the journal (copying them aside or
    /// rewriting failed); they are set aside at a later load.
    pub left_in_place: Option<String>,
}

impl LoadReport {
    /// A warning naming the file and its unreadable lines, if there were any.
    pub fn warning(&self, path: &Path) -> Option<String> {
        const SHOWN: usize = 10;
        if self.unreadable.is_empty() {
            return None;
        }
        let mut lines = self.unreadable.iter().take(SHOWN).map(usize::to_string).collect::<Vec<_>>().join(", ");
        if self.unreadable.len() > SHOWN {
            lines.push_str(&format!(" and {} more", self.unreadable.len() - SHOWN));
        }
        let fate = match (&self.set_aside, &self.left_in_place) {
            (Some(aside), None) => format!("copied to {} and removed from the journal", aside.display()),
            (Some(aside), Some(why)) => format!("copied to {} but left in the journal: {why}", aside.display()),
            (None, why) => format!("left in the journal: {}", why.as_deref().unwrap_or("not copied")),
        };
        Some(format!(
            "state file {}: line {lines} could not be read; {fate}; every other entry was kept",
            path.display()
        ))
    }
}

impl<V: Serialize + DeserializeOwned> Journal<V> {
    /// Loads the journal. An error reading it (no permission, too many open
    /// files, a failing disk) is returned as it is and changes nothing: it
    /// says nothing about the file's content.
    pub fn open(path: &Path) -> io::Result<(Self, LoadReport)> {
        if let Some(dir) = path.parent() {
            durable::create_dir(dir)?;
        }
        let loaded = load::<V>(path)?;
        let mut report = LoadReport { torn_tail: loaded.torn_tail, ..Default::default() };
        report.unreadable = loaded.bad.iter().map(|(n, _)| *n).collect();
        if !loaded.bad.is_empty() {
            match set_aside(path, &loaded.bad) {
                Ok(aside) => report.set_aside = Some(aside),
                Err(e) => report.left_in_place = Some(format!("copying them aside failed: {e}")),
            }
        }
        let file = OpenOptions::new().create(true).append(true).open(path)?;
        let mut journal =
            Journal { path: path.to_path_buf(), file, map: loaded.map, lines: loaded.lines, len: 0, needs_cut: false };
        if loaded.torn_tail {
            // Cut off what did not parse, or complete the line that did.
            journal.file.set_len(loaded.whole)?;
            if loaded.unterminated_entry {
                journal.file.write_all(b"\n")?;
            }
            journal.file.sync_data()?;
        }
        journal.len = journal.file.metadata()?.len();
        if report.set_aside.is_some() {
            // The bad lines are safe in the side file; a journal that cannot
            // be rewritten now (a full disk) still takes appends after them.
            if let Err(e) = journal.compact() {
                report.left_in_place = Some(format!("rewriting the journal failed: {e}"));
            }
        }
        Ok((journal, report))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn get(&self, key: &str) -> Option<&V> {
        self.map.get(key)
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.map.iter()
    }

    pub fn set(&mut self, key: &str, value: V) -> io::Result<()> {
        self.append(&Line { k: key.to_string(), v: Some(&value) })?;
        self.map.insert(key.to_string(), value);
        self.maybe_compact()
    }

    pub fn remove(&mut self, key: &str) -> io::Result<()> {
        if self.map.contains_key(key) {
            self.append(&Line::<&V> { k: key.to_string(), v: None })?;
            self.map.remove(key);
            self.maybe_compact()?;
        }
        Ok(())
    }

    /// Sets many entries with one write and one fsync (group commit): learning
    /// thousands of tombstones costs one sync, not one per tombstone. All or
    /// none reach the map: on an error none of them are in it.
    pub fn set_many(&mut self, entries: Vec<(String, V)>) -> io::Result<()> {
        if entries.is_empty() {
            return Ok(());
        }
        let mut bytes = Vec::new();
        for (k, v) in &entries {
            serde_json::to_writer(&mut bytes, &Line { k: k.clone(), v: Some(v) }).map_err(io::Error::other)?;
            bytes.push(b'\n');
        }
        self.write_lines(&bytes, entries.len())?;
        self.map.extend(entries);
        self.maybe_compact()
    }

    fn append<T: Serialize>(&mut self, line: &Line<T>) -> io::Result<()> {
        let mut bytes = serde_json::to_vec(line).map_err(io::Error::other)?;
        bytes.push(b'\n');
        self.write_lines(&bytes, 1)
    }

    /// Writes whole lines with one write and one fsync, or leaves the file
    /// as it was: a write cut short is cut back to the last whole line.
    fn write_lines(&mut self, bytes: &[u8], lines: usize) -> io::Result<()> {
        if self.needs_cut {
            self.file.set_len(self.len)?;
            self.needs_cut = false;
        }
        if let Err(e) = self.file.write_all(bytes).and_then(|()| self.file.sync_data()) {
            // Part of a line may be in the file: cut it off, or the next
            // line would join it into one that no load can read.
            self.needs_cut = self.file.set_len(self.len).is_err();
            return Err(e);
        }
        self.len += bytes.len() as u64;
        self.lines += lines;
        Ok(())
    }

    fn maybe_compact(&mut self) -> io::Result<()> {
        if self.lines > COMPACT_FLOOR + COMPACT_RATIO * self.map.len() {
            self.compact()?;
        }
        Ok(())
    }

    fn compact(&mut self) -> io::Result<()> {
        let tmp = self.path.with_extension("tmp");
        let written = File::create(&tmp).and_then(|f| {
            let mut out = io::BufWriter::new(f);
            for (k, v) in &self.map {
                serde_json::to_writer(&mut out, &Line { k: k.clone(), v: Some(v) }).map_err(io::Error::other)?;
                out.write_all(b"\n")?;
            }
            out.into_inner().map_err(|e| e.into_error())?.sync_all()
        });
        if let Err(e) = written.and_then(|()| fs::rename(&tmp, &self.path)) {
            // The journal is untouched; only the partial snapshot goes.
            let _ = fs::remove_file(&tmp);
            return Err(e);
        }
        if let Some(dir) = self.path.parent() {
            // The rename itself must reach the disk before the old journal is forgotten.
            durable::sync_dir(dir).ok();
        }
        self.file = OpenOptions::new().append(true).open(&self.path)?;
        self.len = self.file.metadata()?.len();
        self.needs_cut = false;
        self.lines = self.map.len();
        Ok(())
    }
}

struct Loaded<V> {
    map: HashMap<String, V>,
    lines: usize,
    /// The file ended without `\n`.
    torn_tail: bool,
    /// That last line parsed: it is kept and needs its `\n`.
    unterminated_entry: bool,
    /// Bytes to keep: up to the end of the last line that is kept or set aside.
    whole: u64,
    /// Unreadable lines, numbered from 1, as read.
    bad: Vec<(usize, Vec<u8>)>,
}

/// Each change is written as one line ending in `\n`, so only a last line
/// without its `\n` can come from an interrupted write: it is dropped when it
/// does not parse. A complete line that does not parse is set aside, except
/// for a whole line written after a torn one (an append cut short before
/// appends cut themselves back): that line is read and only the torn part is
/// set aside. An error reading the file is an error, never corruption.
fn load<V: DeserializeOwned>(path: &Path) -> io::Result<Loaded<V>> {
    let mut loaded = Loaded {
        map: HashMap::new(),
        lines: 0,
        torn_tail: false,
        unterminated_entry: false,
        whole: 0,
        bad: Vec::new(),
    };
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(loaded),
        Err(e) => return Err(e),
    };
    let mut reader = BufReader::new(file);
    let mut raw = Vec::new();
    for number in 1.. {
        raw.clear();
        let read = reader.read_until(b'\n', &mut raw)?;
        if read == 0 {
            break;
        }
        // read_until stops without the delimiter only at the end of the file.
        let complete = raw.pop_if(|b| *b == b'\n').is_some();
        if !complete {
            loaded.torn_tail = true;
        }
        if !raw.is_empty() {
            match parse::<V>(&raw) {
                Some((torn, line)) => {
                    if torn > 0 {
                        loaded.bad.push((number, raw[..torn].to_vec()));
                    }
                    match line.v {
                        Some(v) => loaded.map.insert(line.k, v),
                        None => loaded.map.remove(&line.k),
                    };
                    loaded.unterminated_entry = !complete;
                }
                // A torn last line: the change being written when it was cut.
                None if !complete => break,
                None => loaded.bad.push((number, raw.clone())),
            }
            loaded.lines += 1;
        }
        loaded.whole += read as u64;
    }
    Ok(loaded)
}

/// The line, or the whole line that follows a torn prefix in it, with the prefix's length.
fn parse<V: DeserializeOwned>(raw: &[u8]) -> Option<(usize, Line<V>)> {
    if let Ok(line) = serde_json::from_slice(raw) {
        return Some((0, line));
    }
    // A quote inside a JSON string is escaped, so `{"k":` starts a line or nothing.
    (1..raw.len())
        .filter(|&i| raw[i..].starts_with(LINE_START))
        .find_map(|i| serde_json::from_slice(&raw[i..]).ok().map(|line| (i, line)))
}

/// Copies unreadable lines, as read, to a side file next to the journal.
fn set_aside(path: &Path, bad: &[(usize, Vec<u8>)]) -> io::Result<PathBuf> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let aside = path.with_file_name(format!("{name}.unreadable-{}", crate::soul::now_ms()));
    let mut out = Vec::new();
    for (_, line) in bad {
        out.extend_from_slice(line);
        out.push(b'\n');
    }
    durable::replace(&aside, &out)?;
    Ok(aside)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tmp(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("oip-journal-test-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        dir.join("j.jsonl")
    }

    fn side_files(p: &Path) -> Vec<PathBuf> {
        let mut all: Vec<PathBuf> = fs::read_dir(p.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|f| f.to_string_lossy().contains(".unreadable-"))
            .collect();
        all.sort();
        all
    }

    #[test]
    fn survives_reopen_and_removal() {
        let p = tmp("reopen");
        {
            let (mut j, _) = Journal::<u32>::open(&p).unwrap();
            j.set("a", 1).unwrap();
            j.set("b", 2).unwrap();
            j.set("a", 3).unwrap();
            j.remove("b").unwrap();
        }
        let (j, rep) = Journal::<u32>::open(&p).unwrap();
        assert_eq!(j.get("a"), Some(&3));
        assert_eq!(j.get("b"), None);
        assert!(!rep.torn_tail && rep.unreadable.is_empty() && rep.set_aside.is_none());
    }

    #[test]
    fn torn_tail_loses_only_the_last_change() {
        let p = tmp("torn");
        {
            let (mut j, _) = Journal::<u32>::open(&p).unwrap();
            j.set("a", 1).unwrap();
        }
        OpenOptions::new().append(true).open(&p).unwrap().write_all(br#"{"k":"b","v":"#).unwrap();
        let (mut j, rep) = Journal::<u32>::open(&p).unwrap();
        assert!(rep.torn_tail);
        assert!(rep.unreadable.is_empty(), "a torn last line is the interrupted change, not damage");
        assert_eq!(j.get("a"), Some(&1));
        assert_eq!(j.get("b"), None);
        j.set("c", 3).unwrap();
        let (j, rep) = Journal::<u32>::open(&p).unwrap();
        assert!(!rep.torn_tail, "the torn bytes were cut off");
        assert_eq!((j.get("a"), j.get("c")), (Some(&1), Some(&3)));
    }

    /// A write cut short by the file-size limit (EFBIG after part of the
    /// line, as on a full disk), for real: in a child process of this test
    /// binary, since the limit is per process.
    #[cfg(all(target_os = "linux", target_pointer_width = "64"))]
    #[test]
    fn a_write_cut_by_the_file_size_limit_leaves_the_file_as_it_was() {
        const CHILD: &str = "OIP_JOURNAL_FSIZE_CHILD";
        let Ok(path) = std::env::var(CHILD) else {
            let p = tmp("fsize");
            let out = std::process::Command::new(std::env::current_exe().unwrap())
                .args([
                    "--exact",
                    "ledger::journal::tests::a_write_cut_by_the_file_size_limit_leaves_the_file_as_it_was",
                ])
                .args(["--nocapture", "--test-threads=1"])
                .env(CHILD, &p)
                .output()
                .unwrap();
            let text = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
            assert!(out.status.success() && text.contains("1 passed"), "child: {:?}\n{text}", out.status);
            return;
        };
        extern "C" {
            fn signal(signum: i32, handler: usize) -> usize;
            fn setrlimit(resource: i32, rlim: *const [u64; 2]) -> i32;
        }
        const SIGXFSZ: i32 = 25;
        const SIG_IGN: usize = 1;
        const RLIMIT_FSIZE: i32 = 1;
        let limit = |soft: u64| assert_eq!(unsafe { setrlimit(RLIMIT_FSIZE, &[soft, u64::MAX]) }, 0);
        let p = PathBuf::from(path);
        let (mut j, _) = Journal::<String>::open(&p).unwrap();
        j.set("a", "1".into()).unwrap();
        let before = fs::read(&p).unwrap();
        // SAFETY: ignoring a signal, in a process of its own; the limit is this process's.
        unsafe { signal(SIGXFSZ, SIG_IGN) };
        limit(before.len() as u64 + 10);
        let err = j.set("b", "x".repeat(100)).unwrap_err();
        limit(u64::MAX);
        assert_eq!(err.raw_os_error(), Some(27), "EFBIG: {err}");
        assert_eq!(j.get("b"), None, "a failed change is not in the map");
        assert_eq!(fs::read(&p).unwrap(), before, "the part written was cut off");
        j.set("c", "3".into()).unwrap();
        drop(j);
        let (j, rep) = Journal::<String>::open(&p).unwrap();
        assert!(rep.unreadable.is_empty() && !rep.torn_tail, "{rep:?}");
        assert_eq!((j.get("a").cloned(), j.get("b"), j.get("c").cloned()), (Some("1".into()), None, Some("3".into())));
    }

    #[test]
    fn an_append_repairs_a_cut_that_failed_before_it() {
        let p = tmp("repair");
        let (mut j, _) = Journal::<u32>::open(&p).unwrap();
        j.set("a", 1).unwrap();
        OpenOptions::new().append(true).open(&p).unwrap().write_all(br#"{"k":"torn"#).unwrap();
        // The cut after the failed append could not be made (as on an I/O error).
        j.needs_cut = true;
        j.set("b", 2).unwrap();
        drop(j);
        let (j, rep) = Journal::<u32>::open(&p).unwrap();
        assert!(rep.unreadable.is_empty(), "{rep:?}");
        assert_eq!((j.get("a"), j.get("b")), (Some(&1), Some(&2)));
    }

    /// The journal an unrepaired torn append left in the field: the torn
    /// bytes, then a whole line on the same line.
    #[test]
    fn a_whole_line_after_a_torn_one_is_read() {
        let p = tmp("joined");
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(&p, b"{\"k\":\"a\",\"v\":1}\n{\"k\":\"x\",\"v\"{\"k\":\"b\",\"v\":2}\n{\"k\":\"c\",\"v\":3}\n")
            .unwrap();
        let (j, rep) = Journal::<u32>::open(&p).unwrap();
        assert_eq!((j.get("a"), j.get("b"), j.get("c"), j.get("x")), (Some(&1), Some(&2), Some(&3), None));
        assert_eq!(rep.unreadable, vec![2]);
        let aside = rep.set_aside.clone().expect("the torn part is set aside");
        assert_eq!(fs::read(&aside).unwrap(), b"{\"k\":\"x\",\"v\"\n");
        let warning = rep.warning(&p).unwrap();
        assert!(warning.contains(&p.display().to_string()) && warning.contains("line 2"), "{warning}");
        assert!(warning.contains(&aside.display().to_string()), "{warning}");
    }

    #[test]
    fn one_bad_line_costs_only_itself() {
        let p = tmp("garbage");
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(&p, b"{\"k\":\"a\",\"v\":1}\n\x00\xffnot json\n{\"k\":\"b\",\"v\":2}\nnot json either\n").unwrap();
        let (mut j, rep) = Journal::<u32>::open(&p).unwrap();
        assert_eq!((j.get("a"), j.get("b")), (Some(&1), Some(&2)));
        assert_eq!(rep.unreadable, vec![2, 4]);
        assert!(rep.left_in_place.is_none(), "{rep:?}");
        let aside = rep.set_aside.expect("set aside");
        assert_eq!(side_files(&p), vec![aside.clone()]);
        assert_eq!(fs::read(&aside).unwrap(), b"\x00\xffnot json\nnot json either\n");
        j.set("c", 3).unwrap();
        drop(j);
        let (j, rep) = Journal::<u32>::open(&p).unwrap();
        assert!(rep.unreadable.is_empty(), "the journal was rewritten without them");
        assert_eq!((j.get("a"), j.get("b"), j.get("c")), (Some(&1), Some(&2), Some(&3)));
        assert_eq!(side_files(&p).len(), 1);
    }

    #[test]
    fn a_file_that_is_not_ours_is_set_aside_whole_and_kept() {
        let p = tmp("not-ours");
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(&p, b"first\nsecond\n").unwrap();
        let (j, rep) = Journal::<u32>::open(&p).unwrap();
        assert!(j.is_empty());
        assert_eq!(rep.unreadable, vec![1, 2]);
        assert_eq!(fs::read(rep.set_aside.unwrap()).unwrap(), b"first\nsecond\n");
    }

    #[test]
    fn a_last_line_without_newline_is_kept_and_not_joined() {
        let p = tmp("no-newline");
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(&p, br#"{"k":"a","v":1}"#).unwrap();
        let (mut j, rep) = Journal::<u32>::open(&p).unwrap();
        assert!(rep.torn_tail);
        j.set("b", 2).unwrap();
        let (j, rep) = Journal::<u32>::open(&p).unwrap();
        assert!(rep.unreadable.is_empty() && rep.set_aside.is_none());
        assert_eq!((j.get("a"), j.get("b")), (Some(&1), Some(&2)));
    }

    /// A read that fails is not a verdict on the content: the error comes
    /// back and the journal stays where it is, untouched.
    #[test]
    fn a_read_error_is_an_error_and_renames_nothing() {
        let p = tmp("read-error");
        fs::create_dir_all(&p).unwrap(); // EISDIR on read
        let err = Journal::<u32>::open(&p).err().expect("an error");
        assert_eq!(err.raw_os_error(), Some(21), "{err}");
        assert!(p.is_dir());
        assert_eq!(fs::read_dir(p.parent().unwrap()).unwrap().count(), 1, "nothing renamed or created");
    }

    /// EIO from a real read: /proc/self/mem cannot be read at offset 0.
    #[cfg(target_os = "linux")]
    #[test]
    fn an_io_error_renames_nothing() {
        let p = tmp("eio");
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink("/proc/self/mem", &p).unwrap();
        let err = Journal::<u32>::open(&p).err().expect("an error");
        assert_eq!(err.raw_os_error(), Some(5), "{err}");
        assert_eq!(fs::read_link(&p).unwrap(), Path::new("/proc/self/mem"), "left in place");
        assert_eq!(fs::read_dir(p.parent().unwrap()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn a_permission_error_renames_nothing() {
        use std::os::unix::fs::PermissionsExt;
        let p = tmp("eacces");
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(&p, b"{\"k\":\"a\",\"v\":1}\n").unwrap();
        fs::set_permissions(&p, fs::Permissions::from_mode(0o000)).unwrap();
        if File::open(&p).is_ok() {
            eprintln!("skipped: this process reads a mode-000 file (root), so EACCES cannot happen here");
            return;
        }
        let err = Journal::<u32>::open(&p).err().expect("an error");
        assert_eq!(err.kind(), io::ErrorKind::PermissionDenied, "{err}");
        fs::set_permissions(&p, fs::Permissions::from_mode(0o600)).unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"{\"k\":\"a\",\"v\":1}\n", "left as it was");
        assert_eq!(fs::read_dir(p.parent().unwrap()).unwrap().count(), 1);
    }

    #[test]
    fn compaction_bounds_the_file() {
        let p = tmp("compact");
        let (mut j, _) = Journal::<u32>::open(&p).unwrap();
        for i in 0..1000 {
            j.set("same", i).unwrap();
        }
        let lines = fs::read_to_string(&p).unwrap().lines().count();
        assert!(lines <= COMPACT_FLOOR + COMPACT_RATIO + 1, "{lines} lines for one entry");
        drop(j);
        assert_eq!(Journal::<u32>::open(&p).unwrap().0.get("same"), Some(&999));
    }
}
