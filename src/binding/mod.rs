//! The napi layer: converts types and errors, nothing else. Every export
//! catches panics, and every core error becomes a JS `Error` with a stable
//! `code` (and `errorClass`) here and only here.

// Exports are registered by napi when Node loads the addon; test builds never do.
#![cfg_attr(test, allow(dead_code))]

mod deletion_registry;
mod errors;
mod gun_helper;
mod json;
mod options;
mod progress;
mod registry;
mod sync_service;
mod testing;
