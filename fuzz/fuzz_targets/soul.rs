//! Soul and DID validation on any string: exactly the documented rule, and a
//! valid soul's DID gives the soul back.
#![no_main]

use libfuzzer_sys::fuzz_target;
use oip_gun_sync_core::soul::{did_of_soul, soul_of_did, validate_soul, MAX_SOUL_BYTES};

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let rule = !s.is_empty() && s.len() <= MAX_SOUL_BYTES && !s.chars().any(char::is_control);
    assert_eq!(validate_soul(s).is_ok(), rule);
    if rule {
        assert_eq!(soul_of_did(&did_of_soul(s)).expect("a valid soul's DID is valid"), s);
    }
    if let Err(e) = soul_of_did(s) {
        // Messages quote a shortened input: hostile input cannot make them huge.
        assert!(e.to_string().len() < 600);
        assert_eq!(e.code(), "INVALID_DID");
    }
});
