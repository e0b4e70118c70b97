//! The relay client's reading of an answer (`gun::relay::read_*`): any status
//! and body give the data or a rejection with a short detail, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use oip_gun_sync_core::gun::relay::{read_get, read_list, read_put, Rejection};

/// Statuses the relay API names, and a few it does not.
const STATUSES: [u16; 8] = [200, 404, 400, 500, 201, 204, 429, 503];

fn check(rejection: Rejection) {
    let detail = match rejection {
        Rejection::Status { detail, .. } | Rejection::Shape(detail) => detail,
    };
    // Details are shortened before they reach a message: a relay cannot make errors huge.
    assert!(detail.len() < 600, "detail of {} bytes", detail.len());
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, body)) = data.split_first() else { return };
    let status = STATUSES[usize::from(pick) % STATUSES.len()];
    match read_get(status, body) {
        Ok(Some(node)) => {
            assert_eq!(status, 200);
            let v: serde_json::Value = serde_json::from_slice(body).expect("a node came from JSON");
            assert_eq!(v["data"], serde_json::Value::Object(node));
        }
        Ok(None) => assert_eq!(status, 404),
        Err(r) => check(r),
    }
    match read_put(status, body) {
        Ok(()) => assert_eq!(status, 200),
        Err(r) => check(r),
    }
    match read_list(status, body) {
        Ok(_) => assert_eq!(status, 200),
        Err(r) => check(r),
    }
});
