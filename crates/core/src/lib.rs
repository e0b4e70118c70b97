//! oip-gun-sync: a plain Rust core (config, HTTP, GUN, Elasticsearch, ledger,
//! sync) that knows nothing of Node, and a thin napi binding in [`binding`].

pub mod config;
pub mod crypto;
pub mod deletion;
pub mod elastic;
pub mod error;
pub mod gun;
pub mod http;
pub mod ledger;
pub mod registry;
pub mod soul;
pub mod sync;

mod binding;
