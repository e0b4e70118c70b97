//! A deliberate panic, so tests can prove that a Rust panic reaches JS as an
//! `INTERNAL_PANIC` error and the process lives on.

use napi::bindgen_prelude::AsyncBlock;
use napi::Env;
use napi_derive::napi;

use super::errors::{promise, sync};
use crate::error::Error;

/// For tests only: panics inside Rust, synchronously (`'sync'`) or inside the
/// returned promise (`'async'`).
// Hand-written: napi types a promise of `()` `Promise<undefined>`; the other `Promise<void>` exports' type.
#[napi(js_name = "__panicForTesting", catch_unwind, ts_return_type = "Promise<void>")]
pub fn panic_for_testing(env: &Env, kind: String) -> napi::Result<AsyncBlock<()>> {
    if kind == "sync" {
        sync(env, || -> Result<(), Error> { panic!("panic requested by __panicForTesting('sync')") })?;
    }
    promise(env, async { panic!("panic requested by __panicForTesting('async')") })
}
