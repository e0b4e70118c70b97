//! Property tests of soul and DID validation (`soul::validate_soul`,
//! `soul::soul_of_did`): the rule is exactly "non-empty, at most 1 KiB, no
//! control character", a DID is `did:gun:` plus a valid soul, and no input,
//! however long or strange, panics or is echoed whole into a message.
//! `PROPTEST_CASES` sets the number of cases (default 256).

use oip_gun_sync_core::soul::{did_of_soul, soul_of_did, validate_soul, MAX_SOUL_BYTES};
use proptest::prelude::*;

fn oracle(soul: &str) -> bool {
    !soul.is_empty() && soul.len() <= MAX_SOUL_BYTES && !soul.chars().any(char::is_control)
}

/// Souls as peers send them: OIP's shapes, URL metacharacters, control
/// characters, non-ASCII, and lengths around the limit.
fn souls() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[0-9a-f]{12}:[a-zA-Z0-9._~/?#&%=+ -]{0,40}",
        "[\\x00-\\x1f\\x7f\\u{80}-\\u{9f}a:/?#%.]{0,20}",
        (1000usize..1100).prop_map(|n| "s".repeat(n)),
        (1020usize..1030, any::<char>()).prop_map(|(n, c)| format!("{}{c}", "x".repeat(n))),
        Just("..".to_string()),
        Just("../../etc/passwd".to_string()),
        Just("a%00b".to_string()),
    ]
}

proptest! {
    #[test]
    fn validate_soul_is_exactly_the_rule(soul in souls()) {
        let ok = validate_soul(&soul).is_ok();
        prop_assert_eq!(ok, oracle(&soul), "{:?}", soul);
        if let Err(e) = validate_soul(&soul) {
            prop_assert_eq!(e.code(), "INVALID_SOUL");
            // A hostile soul is never echoed whole into a message.
            prop_assert!(e.to_string().len() < 400, "message of {} bytes", e.to_string().len());
        }
    }

    #[test]
    fn did_round_trips_through_its_soul(soul in souls()) {
        let did = did_of_soul(&soul);
        match soul_of_did(&did) {
            Ok(back) => {
                prop_assert!(oracle(&soul));
                prop_assert_eq!(back, soul.as_str());
            }
            Err(e) => {
                prop_assert!(!oracle(&soul));
                prop_assert_eq!(e.code(), "INVALID_DID");
                prop_assert!(e.to_string().len() < 500);
            }
        }
    }

    #[test]
    fn anything_without_the_prefix_is_not_a_gun_did(s in any::<String>()) {
        prop_assume!(!s.starts_with("did:gun:"));
        let e = soul_of_did(&s).unwrap_err();
        prop_assert_eq!(e.code(), "INVALID_DID");
    }
}

/// Regressions kept from the property tests' shapes: the limit's edges and
/// multi-byte characters cut at the message's shortening boundary.
#[test]
fn regressions() {
    assert!(validate_soul(&"x".repeat(MAX_SOUL_BYTES)).is_ok());
    assert!(validate_soul(&"x".repeat(MAX_SOUL_BYTES + 1)).is_err());
    // 1023 ASCII bytes then a 4-byte character: 1027 bytes, refused, and the
    // shortened message must not split the character.
    let s = format!("{}\u{1F600}", "x".repeat(1023));
    let e = validate_soul(&s).unwrap_err();
    assert!(e.to_string().len() < 400);
    let multibyte = "é".repeat(600); // 1200 bytes
    assert!(validate_soul(&multibyte).unwrap_err().to_string().len() < 400);
    assert!(validate_soul("\u{85}").is_err(), "C1 control characters count");
    assert!(soul_of_did("did:gun:").is_err());
    // Found by `cargo fuzz` (target soul): control characters are escaped in
    // messages (6 bytes each), and the DID's message quoted its soul a second
    // time, so a 72-byte DID made a message of over 600 bytes.
    let mut did = b"did:gun:5idgu\xdf\xac/:]".to_vec();
    did.extend([0x17; 52]);
    did.extend([0, 0]);
    let e = soul_of_did(std::str::from_utf8(&did).unwrap()).unwrap_err();
    let text = e.to_string();
    assert!(text.len() < 600, "{} bytes: {text}", text.len());
    assert_eq!(text.matches("\\u{17}").count(), 52, "the DID quoted once: {text}");
}
