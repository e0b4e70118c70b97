//! A peer's record as the sync reads it: JSON fields parsed as the original
//! helper did, validated, converted to an Elasticsearch document. Any JSON
//! object gives a verdict and a document of the documented shape, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use oip_gun_sync_core::gun::record::parse_json_fields;
use oip_gun_sync_core::sync::convert::{to_document, validate};
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let Ok(Value::Object(mut record)) = serde_json::from_slice::<Value>(data) else { return };
    parse_json_fields(&mut record);
    if let Err(why) = validate(&record) {
        assert!(!why.0.is_empty() && why.0.len() < 400, "reason {:?}", why.0);
    }
    let doc = to_document(&record, "did:gun:abc:def", "http://peer:8765", "2026-01-01T00:00:00.000Z");
    let oip = doc["oip"].as_object().expect("oip is an object");
    assert_eq!(oip["did"], "did:gun:abc:def");
    assert_eq!(oip["storage"], "gun");
    // It goes into a _bulk body: it must serialise.
    serde_json::to_vec(&doc).expect("a document serialises");
});
