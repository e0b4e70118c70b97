//! Souls and DIDs: validation before any I/O, and OIP's soul derivation.

use std::time::{SystemTime, UNIX_EPOCH};

use ring::digest;

use crate::error::{Error, Result};

/// A soul longer than this is refused: OIP souls are ~30 bytes, and a long
/// one is either a bug or hostile input that would be echoed into URLs and logs.
pub const MAX_SOUL_BYTES: usize = 1024;

pub const DID_PREFIX: &str = "did:gun:";

/// Checks a soul before it reaches a URL: non-empty, at most 1 KiB, and no
/// control characters (they would corrupt logs and some relays' radisk keys).
pub fn validate_soul(soul: &str) -> Result<()> {
    match soul_problem(soul) {
        Some(reason) => Err(Error::InvalidSoul { soul: shorten(soul), reason }),
        None => Ok(()),
    }
}

/// What is wrong with a soul, if anything.
fn soul_problem(soul: &str) -> Option<String> {
    if soul.is_empty() {
        Some("must be a non-empty string".to_string())
    } else if soul.len() > MAX_SOUL_BYTES {
        Some(format!("is {} bytes long, more than the {MAX_SOUL_BYTES}-byte limit", soul.len()))
    } else if soul.chars().any(char::is_control) {
        Some("holds control characters".to_string())
    } else {
        None
    }
}

/// The soul inside `did:gun:<soul>`, validated.
pub fn soul_of_did(did: &str) -> Result<&str> {
    let Some(soul) = did.strip_prefix(DID_PREFIX) else {
        return Err(Error::InvalidDid { did: shorten(did), reason: format!("must start with {DID_PREFIX:?}") });
    };
    // The message quotes the DID once: quoting its soul again would double a
    // hostile DID's escaped control characters in every log line.
    match soul_problem(soul) {
        Some(reason) => Err(Error::InvalidDid { did: shorten(did), reason: format!("its soul {reason}") }),
        None => Ok(soul),
    }
}

pub fn did_of_soul(soul: &str) -> String {
    format!("{DID_PREFIX}{soul}")
}

/// Keeps error messages small when the offending input is huge.
pub fn shorten(s: &str) -> String {
    const KEEP: usize = 80;
    if s.len() <= KEEP {
        return s.to_string();
    }
    let mut end = KEEP;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}… ({} bytes)", &s[..end], s.len())
}

pub fn sha256_hex(input: &[u8]) -> String {
    hex(digest::digest(&digest::SHA256, input).as_ref())
}

pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 0xf) as usize] as char);
    }
    out
}

/// The 12-hex publisher prefix every record soul of a publisher starts with.
/// An empty key is refused: its hash would name no publisher's records.
pub fn publisher_hash(publisher_pub_key: &str) -> Result<String> {
    if publisher_pub_key.is_empty() {
        return Err(Error::InvalidArgument {
            name: "publisherPubKey".into(),
            reason: "must be a non-empty string".into(),
        });
    }
    Ok(sha256_hex(publisher_pub_key.as_bytes())[..12].to_string())
}

/// The fields of a record that OIP hashes into a content soul, in the order
/// the original helper's `JSON.stringify` emitted them.
#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct SoulContent {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<serde_json::Value>,
    #[serde(rename = "recordType", skip_serializing_if = "Option::is_none")]
    pub record_type: Option<serde_json::Value>,
    pub timestamp: u64,
    pub random: f64,
}

impl SoulContent {
    /// Picks `data.basic.name`, `data.basic.date` and `oip.recordType`, as the app's records carry them.
    pub fn from_record(record: &serde_json::Value, timestamp: u64, random: f64) -> Self {
        let pick = |path: &[&str]| path.iter().try_fold(record, |v, k| v.get(k)).filter(|v| !v.is_null()).cloned();
        SoulContent {
            name: pick(&["data", "basic", "name"]),
            date: pick(&["data", "basic", "date"]),
            record_type: pick(&["oip", "recordType"]),
            timestamp,
            random,
        }
    }
}

/// `computeSoul` of the original helper: `h:localId`, else `h:h:<content hash>`,
/// else `h:t:<now in base 36>`.
pub fn compute_soul(publisher_pub_key: &str, local_id: Option<&str>, content: Option<&SoulContent>) -> Result<String> {
    let h = publisher_hash(publisher_pub_key)?;
    Ok(match (local_id, content) {
        (Some(id), _) => format!("{h}:{id}"),
        (None, Some(content)) => {
            let json = serde_json::to_string(content).expect("soul content serialises");
            format!("{h}:h:{}", &sha256_hex(json.as_bytes())[..12])
        }
        (None, None) => format!("{h}:t:{}", base36(now_ms())),
    })
}

pub fn now_ms() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as u64).unwrap_or(0)
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).expect("ascii digits")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn soul_validation_names_the_problem() {
        assert!(validate_soul("abc:1").is_ok());
        assert!(validate_soul("a/b?c&d#e%f g ü").is_ok());
        for bad in ["", "a\nb", "x\u{0}y"] {
            let err = validate_soul(bad).unwrap_err();
            assert_eq!(err.code(), "INVALID_SOUL", "{bad:?}");
        }
        let long = "x".repeat(MAX_SOUL_BYTES + 1);
        let msg = validate_soul(&long).unwrap_err().to_string();
        assert!(msg.contains("1025 bytes"), "{msg}");
        assert!(msg.len() < 300, "huge input must not be echoed whole");
    }

    #[test]
    fn did_parsing() {
        assert_eq!(soul_of_did("did:gun:abc:1").unwrap(), "abc:1");
        assert_eq!(soul_of_did("did:arweave:x").unwrap_err().code(), "INVALID_DID");
        assert_eq!(soul_of_did("did:gun:").unwrap_err().code(), "INVALID_DID");
    }

    #[test]
    fn compute_soul_forms() {
        // Independently: `printf pub | sha256sum` starts 0017dea7770f.
        let h = publisher_hash("pub").unwrap();
        assert_eq!(h, "0017dea7770f");
        assert_eq!(publisher_hash("").unwrap_err().code(), "INVALID_ARGUMENT");
        assert_eq!(compute_soul("", Some("local-1"), None).unwrap_err().code(), "INVALID_ARGUMENT");
        assert_eq!(compute_soul("pub", Some("local-1"), None).unwrap(), format!("{h}:local-1"));
        let c = SoulContent { name: Some("n".into()), timestamp: 1, random: 0.5, ..Default::default() };
        assert_eq!(serde_json::to_string(&c).unwrap(), r#"{"name":"n","timestamp":1,"random":0.5}"#);
        let s = compute_soul("pub", None, Some(&c)).unwrap();
        assert_eq!(s, format!("{h}:h:{}", &sha256_hex(br#"{"name":"n","timestamp":1,"random":0.5}"#)[..12]));
        let t = compute_soul("pub", None, None).unwrap();
        assert!(t.starts_with(&format!("{h}:t:")));
        assert_eq!(base36(35), "z");
        assert_eq!(base36(36), "10");
    }
}
