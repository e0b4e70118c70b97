//! The sync engine: pulls records from peer relays over their HTTP API,
//! indexes them in Elasticsearch and stores them on the local relay, with a
//! bounded number of requests per cycle and bounded memory.

pub mod convert;
pub mod discovery;
pub mod engine;
pub mod health;
pub mod private;
pub mod progress;
pub mod repair;
pub mod schedule;
pub mod service;

pub use discovery::DiscoveryConfig;
pub use engine::{CycleReport, FailedRecord, RequestCounts, SyncConfig, SyncEngine};
pub use health::{Health, HealthStatus};
