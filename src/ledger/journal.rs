//! A crash-safe persistent map: an append-only JSON-lines journal with
//! snapshot compaction.
//!
//! Each change is one `write` of one line ending in `\n`, followed by
//! `fsync`, so a kill -9 mid-write leaves at most a torn last line, which the
//! next load ignores: at most the change being written is lost, never
//! earlier state. Compaction writes a snapshot to a temporary file, syncs it
//! and renames it over the journal, which is atomic on POSIX filesystems.

use std::collections::HashMap;
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// One journal line: a value set, or (`v` absent) a key removed.
#[derive(Serialize, Deserialize)]
struct Line<V> {
    k: String,
    #[serde(default = "Option::default", skip_serializing_if = "Option::is_none")]
    v: Option<V>,
}

/// Compaction runs when the journal holds more than this many lines per live
/// entry (plus a floor), keeping disk use O(entries).
const COMPACT_RATIO: usize = 2;
const COMPACT_FLOOR: usize = 256;

pub struct Journal<V> {
    path: PathBuf,
    file: File,
    map: HashMap<String, V>,
    lines: usize,
}

/// What loading found besides the entries.
#[derive(Debug, Default)]
pub struct LoadReport {
    /// The last line lacked its `\n` (an interrupted write): dropped if it
    /// did not parse, and the file rewritten.
    pub torn_tail: bool,
    /// The journal was unreadable and moved to this path; the map starts empty.
    pub set_aside: Option<PathBuf>,
}

impl<V: Serialize + DeserializeOwned> Journal<V> {
    pub fn open(path: &Path) -> io::Result<(Self, LoadReport)> {
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir)?;
        }
        let mut report = LoadReport::default();
        let (map, lines) = match load(path) {
            Ok((map, lines, torn)) => {
                report.torn_tail = torn;
                (map, lines)
            }
            Err(Corrupt) => {
                let aside = path.with_extension(format!("corrupt-{}", crate::soul::now_ms()));
                fs::rename(path, &aside)?;
                report.set_aside = Some(aside);
                (HashMap::new(), 0)
            }
        };
        let file = OpenOptions::new().create(true).append(true).open(path)?;
        let mut journal = Journal { path: path.to_path_buf(), file, map, lines };
        if report.torn_tail {
            // Rewrite so new lines do not join the torn one.
            journal.compact()?;
        }
        Ok((journal, report))
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
        self.file.write_all(&bytes)?;
        self.file.sync_data()?;
        self.lines += entries.len();
        self.map.extend(entries);
        self.maybe_compact()
    }

    fn append<T: Serialize>(&mut self, line: &Line<T>) -> io::Result<()> {
        let mut bytes = serde_json::to_vec(line).map_err(io::Error::other)?;
        bytes.push(b'\n');
        self.file.write_all(&bytes)?;
        self.file.sync_data()?;
        self.lines += 1;
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
        {
            let mut out = io::BufWriter::new(File::create(&tmp)?);
            for (k, v) in &self.map {
                serde_json::to_writer(&mut out, &Line { k: k.clone(), v: Some(v) }).map_err(io::Error::other)?;
                out.write_all(b"\n")?;
            }
            out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        }
        fs::rename(&tmp, &self.path)?;
        if let Some(dir) = self.path.parent() {
            // The rename itself must reach the disk before the old journal is forgotten.
            File::open(dir).and_then(|d| d.sync_all()).ok();
        }
        self.file = OpenOptions::new().append(true).open(&self.path)?;
        self.lines = self.map.len();
        Ok(())
    }
}

struct Corrupt;

type Loaded<V> = (HashMap<String, V>, usize, bool);

/// Each change is written as one line ending in `\n`, so only a last line
/// without its `\n` can come from an interrupted write: it is dropped when it
/// does not parse, and rewritten either way so new lines do not join it. A
/// complete line that does not parse means the file is not ours or was
/// damaged: the caller sets it aside and rebuilds.
fn load<V: DeserializeOwned>(path: &Path) -> Result<Loaded<V>, Corrupt> {
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok((HashMap::new(), 0, false)),
        Err(_) => return Err(Corrupt),
    };
    let mut reader = BufReader::new(file);
    let mut map = HashMap::new();
    let mut lines = 0;
    let mut torn = false;
    let mut raw = Vec::new();
    loop {
        raw.clear();
        if reader.read_until(b'\n', &mut raw).map_err(|_| Corrupt)? == 0 {
            break;
        }
        // read_until stops without the delimiter only at the end of the file.
        let complete = raw.pop_if(|b| *b == b'\n').is_some();
        torn = !complete;
        if raw.is_empty() {
            continue;
        }
        match serde_json::from_slice::<Line<V>>(&raw) {
            Ok(Line { k, v: Some(v) }) => {
                map.insert(k, v);
            }
            Ok(Line { k, v: None }) => {
                map.remove(&k);
            }
            Err(_) if complete => return Err(Corrupt),
            Err(_) => break,
        }
        lines += 1;
    }
    Ok((map, lines, torn))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tmp(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("oip-journal-test-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        dir.join("j.jsonl")
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
        assert!(!rep.torn_tail && rep.set_aside.is_none());
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
        assert_eq!(j.get("a"), Some(&1));
        assert_eq!(j.get("b"), None);
        j.set("c", 3).unwrap();
        let (j, rep) = Journal::<u32>::open(&p).unwrap();
        assert!(!rep.torn_tail, "the torn bytes were compacted away");
        assert_eq!((j.get("a"), j.get("c")), (Some(&1), Some(&3)));
    }

    #[test]
    fn garbage_is_set_aside_not_fatal() {
        let p = tmp("garbage");
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(&p, b"\x00\xffnot json\n{\"k\":\"a\",\"v\":1}\n").unwrap();
        let (j, rep) = Journal::<u32>::open(&p).unwrap();
        assert!(j.is_empty());
        let aside = rep.set_aside.expect("set aside");
        assert!(aside.exists());
    }

    #[test]
    fn a_complete_bad_line_is_corruption_even_when_last() {
        let p = tmp("bad-last");
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(&p, b"{\"k\":\"a\",\"v\":1}\nnot json\n").unwrap();
        let (j, rep) = Journal::<u32>::open(&p).unwrap();
        assert!(j.is_empty() && !rep.torn_tail);
        assert!(rep.set_aside.expect("set aside").exists());
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
        assert!(rep.set_aside.is_none());
        assert_eq!((j.get("a"), j.get("b")), (Some(&1), Some(&2)));
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
