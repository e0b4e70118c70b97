//! Bounds on text from peers that the ledger keeps: failure reasons quote
//! what peers answered, versions and record types are what peers wrote, and a
//! hostile peer must not grow the state files (or the memory that mirrors them).
//! Each cap is idempotent, so a value capped by a caller and again by the
//! ledger is stored as the caller saw it.

use crate::soul::sha256_hex;

/// A failure reason kept (and reported) is cut to about this many bytes.
pub const MAX_REASON_BYTES: usize = 1024;
/// A peer's version (its index entry's `timestamp`) longer than this is kept
/// as its hash, which fits: equal versions still compare equal.
pub const MAX_VERSION_BYTES: usize = HASH_PREFIX.len() + 64;
/// OIP's record types are short names; a longer one is not kept.
pub const MAX_TYPE_BYTES: usize = 128;
const HASH_PREFIX: &str = "sha256:";
const ELLIPSIS: char = '…';

pub fn capped_version(v: String) -> String {
    if v.len() <= MAX_VERSION_BYTES {
        v
    } else {
        format!("{HASH_PREFIX}{}", sha256_hex(v.as_bytes()))
    }
}

pub fn capped_reason(mut reason: String) -> String {
    if reason.len() > MAX_REASON_BYTES {
        let mut end = MAX_REASON_BYTES - ELLIPSIS.len_utf8();
        while !reason.is_char_boundary(end) {
            end -= 1;
        }
        reason.truncate(end);
        reason.push(ELLIPSIS);
    }
    reason
}

/// A record type read from a peer, or none if it is too long to be one:
/// cutting it would name another type index.
pub fn capped_type(t: Option<String>) -> Option<String> {
    t.filter(|t| t.len() <= MAX_TYPE_BYTES)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn peer_text_kept_in_the_ledger_is_bounded_and_versions_still_compare() {
        assert_eq!(capped_version("1700000000000".into()), "1700000000000");
        let huge = format!("{{\"x\":\"{}\"}}", "é".repeat(100_000));
        let (a, b) = (capped_version(huge.clone()), capped_version(huge.clone() + " "));
        assert!(a.len() <= MAX_VERSION_BYTES && a != b && a == capped_version(huge));
        assert_eq!(capped_version(a.clone()), a, "a capped version stays as it is");
        let reason = capped_reason("é".repeat(100_000));
        assert!(reason.len() <= MAX_REASON_BYTES && reason.ends_with(ELLIPSIS));
        assert_eq!(capped_reason(reason.clone()), reason, "a capped reason stays as it is");
        assert_eq!(capped_reason("short".into()), "short");
        assert_eq!(capped_type(Some("post".into())), Some("post".into()));
        assert_eq!(capped_type(Some("x".repeat(MAX_TYPE_BYTES + 1))), None);
    }
}
