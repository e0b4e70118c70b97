//! Cutting text that ends up in messages and state files: a caller or a peer
//! can send any length, and an error or a ledger entry must stay small.

use crate::soul::sha256_hex;

/// How much of an input (a soul, a did, an id, a value) a message quotes.
pub const QUOTE_BYTES: usize = 80;

/// `s` as it is, or cut to a quote of [`QUOTE_BYTES`] (see [`shorten_to`]).
pub fn shorten(s: &str) -> String {
    shorten_to(s, QUOTE_BYTES)
}

/// `s` as it is when it has at most `max` bytes, else its start marked with
/// its whole length ("abc… (2000 bytes)"), at most `max` bytes in all, so
/// shortening again changes nothing.
pub fn shorten_to(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_string();
    }
    let mark = format!("… ({} bytes)", s.len());
    let mut end = max.saturating_sub(mark.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}{mark}", &s[..end])
}

// Text from peers that the ledger keeps: failure reasons quote what peers
// answered, versions and record types are what peers wrote, and a hostile
// peer must not grow the state files (or the memory that mirrors them). Each
// cap is idempotent, so a value capped by a caller and again by the ledger is
// stored as the caller saw it.

/// A failure reason kept (and reported) is cut to about this many bytes.
pub const MAX_REASON_BYTES: usize = 1024;
/// A peer's version (its index entry's `timestamp`) longer than this is kept
/// as its hash, which fits: equal versions still compare equal.
pub const MAX_VERSION_BYTES: usize = HASH_PREFIX.len() + 64;
/// OIP's record types are short names; a longer one is not kept.
pub const MAX_TYPE_BYTES: usize = 128;
const HASH_PREFIX: &str = "sha256:";

pub fn capped_version(v: String) -> String {
    if v.len() <= MAX_VERSION_BYTES {
        v
    } else {
        format!("{HASH_PREFIX}{}", sha256_hex(v.as_bytes()))
    }
}

pub fn capped_reason(reason: String) -> String {
    if reason.len() <= MAX_REASON_BYTES {
        reason
    } else {
        shorten_to(&reason, MAX_REASON_BYTES)
    }
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
    fn long_text_is_cut_on_a_char_boundary_marked_with_its_length_and_stays_cut() {
        assert_eq!(shorten("short"), "short");
        let exact = "x".repeat(QUOTE_BYTES);
        assert_eq!(shorten(&exact), exact);
        let long = "é".repeat(1000);
        let cut = shorten(&long);
        assert!(cut.len() <= QUOTE_BYTES && cut.starts_with('é') && cut.ends_with("… (2000 bytes)"), "{cut}");
        assert_eq!(shorten(&cut), cut);
        let reason = shorten_to(&long, 500);
        assert!(reason.len() <= 500 && reason.len() > 480, "{}", reason.len());
    }

    #[test]
    fn peer_text_kept_in_the_ledger_is_bounded_and_versions_still_compare() {
        assert_eq!(capped_version("1700000000000".into()), "1700000000000");
        let huge = format!("{{\"x\":\"{}\"}}", "é".repeat(100_000));
        let (a, b) = (capped_version(huge.clone()), capped_version(huge.clone() + " "));
        assert!(a.len() <= MAX_VERSION_BYTES && a != b && a == capped_version(huge));
        assert_eq!(capped_version(a.clone()), a, "a capped version stays as it is");
        let reason = capped_reason("é".repeat(100_000));
        assert!(reason.len() <= MAX_REASON_BYTES && reason.ends_with("… (200000 bytes)"));
        assert_eq!(capped_reason(reason.clone()), reason, "a capped reason stays as it is");
        assert_eq!(capped_reason("short".into()), "short");
        assert_eq!(capped_type(Some("post".into())), Some("post".into()));
        assert_eq!(capped_type(Some("x".repeat(MAX_TYPE_BYTES + 1))), None);
    }
}
