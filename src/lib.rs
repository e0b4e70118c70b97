//! oip-gun-sync's napi binding: the Node addon over the core crate
//! (`oip_gun_sync_core`), which holds all behaviour.

// The core's modules under their own names, so the binding reads
// `crate::gun::...` as before the crates were split.
use oip_gun_sync_core::{crypto, deletion, elastic, error, gun, registry, settings, soul, sync};

mod binding;
