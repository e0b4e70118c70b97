//! Writes that survive a power cut: a file's data and the directory entry
//! naming it both reach the disk before the write counts as done.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;

/// Makes a directory's entries (a creation, a rename) durable. Only Unix can
/// open a directory for this; elsewhere the rename is all there is.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    if cfg!(unix) {
        File::open(dir)?.sync_all()?;
    }
    Ok(())
}

/// Creates `dir` (and its parents) and makes the creation durable: a state
/// directory that vanishes after a power cut takes the node id with it.
pub fn create_dir(dir: &Path) -> io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    fs::create_dir_all(dir)?;
    sync_dir(dir)?;
    match dir.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => sync_dir(parent),
        _ => Ok(()),
    }
}

/// Replaces `path` with `bytes` atomically: a temporary file, synced, renamed
/// over it, and the directory synced. A failure leaves the old content.
pub fn replace(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp = path.with_extension("tmp");
    let written = File::create(&tmp).and_then(|mut f| {
        f.write_all(bytes)?;
        f.sync_all()
    });
    if let Err(e) = written.and_then(|()| fs::rename(&tmp, path)) {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => sync_dir(dir),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replace_swaps_whole_content_or_leaves_the_old() {
        let dir = std::env::temp_dir().join(format!("oip-durable-test-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        create_dir(&dir.join("a/b")).unwrap();
        let file = dir.join("a/b/node-id");
        replace(&file, b"first").unwrap();
        replace(&file, b"second").unwrap();
        assert_eq!(fs::read(&file).unwrap(), b"second");
        // A rename that fails (a directory in the way) leaves no temporary file behind.
        let blocked = dir.join("a/b/blocked");
        create_dir(&blocked.join("inside")).unwrap();
        assert!(replace(&blocked, b"x").is_err());
        let mut names: Vec<_> = fs::read_dir(dir.join("a/b")).unwrap().map(|e| e.unwrap().file_name()).collect();
        names.sort();
        assert_eq!(names, ["blocked", "node-id"]);
        fs::remove_dir_all(&dir).unwrap();
    }
}
