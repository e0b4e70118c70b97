//! oip-gun-sync's core: config, HTTP, GUN, Elasticsearch, ledger and sync in
//! plain Rust. It knows nothing of Node; the napi binding (the workspace's
//! root crate) converts its types and errors for JavaScript.

pub mod config;
pub mod crypto;
pub mod deletion;
pub mod elastic;
pub mod error;
pub mod gun;
pub mod http;
pub mod ledger;
pub mod registry;
pub mod settings;
pub mod soul;
pub mod sync;
