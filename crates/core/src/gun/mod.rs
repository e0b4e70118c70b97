//! Everything that speaks to a GUN relay's HTTP API.

pub mod helper;
pub mod negative_cache;
pub mod record;
pub mod relay;

pub use relay::Relay;
