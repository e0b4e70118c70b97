//! Elasticsearch, over the official `elasticsearch` client: the few
//! operations the deletion ledger and the sync engine need, each one request
//! per batch, never one per document.
//!
//! ```text
//! ElasticConfig::resolve(&ElasticOverrides, EnvSource) -> Result<ElasticConfig>
//! Elastic::new(&ElasticConfig) -> Result<Elastic>         // Clone, cheap
//!
//! existing_ids(index, &[String]) -> HashSet<String>       // _mget, 1000 ids a request
//! get(index, id)                 -> Option<Value>         // the _source; None when absent
//! delete(index, id)              -> DeleteOutcome         // Deleted | Absent (404 is no error)
//! bulk(Vec<BulkOp>, Refresh)     -> Vec<BulkItemResult>   // a request per chunk (count and bytes)
//! search_prefix(index, field, prefix, page_size, Option<&Cursor>) -> Page
//! refresh(index)                 -> ()
//! requests_made()                -> u64                   // HTTP requests sent, retries included
//! ```
//!
//! The index is always a parameter ([`DEFAULT_INDEX`] is OIP's `records`).
//! Only parameters Elasticsearch 7.17 and 8.x both know are sent (an unknown
//! URL parameter fails the whole request with `illegal_argument_exception`).
//!
//! Failures are classified once, in [`classify`], into the crate's
//! [`ErrorClass`](crate::error::ErrorClass); transient ones are retried (see
//! [`retry`]) before they reach the caller. Each request has a timeout
//! (default 30 s) and a response size cap (default 64 MiB). Credentials never
//! appear in errors, logs or `Debug` output.

pub mod bulk;
pub mod classify;
mod client;
pub mod config;
pub mod documents;
mod redact;
pub mod retry;
pub mod search;
mod validate;

pub use bulk::{BulkItemOk, BulkItemResult, BulkOp};
pub use classify::ItemError;
pub use client::Elastic;
pub use config::{ElasticAuth, ElasticConfig, ElasticOverrides, Secret, DEFAULT_INDEX};
pub use documents::{DeleteOutcome, MGET_BATCH};
/// `False` (the default: visible after the next periodic refresh), `True`, or `WaitFor`.
pub use elasticsearch::params::Refresh;
pub use search::{Cursor, Hit, Page};
pub use validate::MAX_ID_BYTES;
