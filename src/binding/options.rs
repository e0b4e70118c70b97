//! Option objects shared by several exports, and their conversion into the
//! core's configuration (environment first, options on top).

use std::time::Duration;

use napi_derive::napi;

use super::gun_helper::GunHelperOptions;
use crate::config::{env_u64, EnvSource};
use crate::deletion::{DeletionConfig, Deletions};
use crate::elastic::{Elastic, ElasticConfig, ElasticOverrides};
use crate::error::{Error, Result};
use crate::gun::helper::GunHelper;
use crate::ledger::{self, ItemBackoff, Ledger};
use crate::registry::DEFAULT_REGISTRY_ROOT;

/// Elasticsearch connection; each field overrides its environment variable.
#[napi(object)]
#[derive(Clone, Default)]
pub struct ElasticsearchOptions {
    /// Default `ELASTICSEARCHHOST`, else `http://elasticsearch:9200`. Several nodes of one
    /// cluster as comma-separated URLs: requests are spread over them and fail over.
    pub node: Option<String>,
    /// Default `ELASTICCLIENTUSERNAME`.
    pub username: Option<String>,
    /// Default `ELASTICCLIENTPASSWORD`. Never logged or returned.
    pub password: Option<String>,
    /// Default `ELASTICSEARCH_API_KEY` (`id:key` or its base64). Never logged or returned.
    pub api_key: Option<String>,
    /// Per-request timeout in ms.
    pub timeout_ms: Option<u32>,
    /// Path of a PEM file of the CA that signed the cluster's certificate. Default `ELASTICSEARCH_CA_CERT`.
    pub ca_cert: Option<String>,
}

/// Options of the deletion registry and of `processLocalDeletion`.
#[napi(object)]
#[derive(Clone, Default)]
pub struct DeletionOptions {
    /// Where the ledger is kept. Default `OIP_GUN_SYNC_STATE_DIR`, else `.oip-gun-sync`.
    pub state_dir: Option<String>,
    pub elasticsearch: Option<ElasticsearchOptions>,
    /// Indices a deleted record is removed from. Default `['records']`.
    pub indices: Option<Vec<String>>,
    /// The app's record types (its `defaultTemplates` keys): where to find a
    /// registry entry when the record's own type can no longer be read.
    pub record_types: Option<Vec<String>>,
    /// Default `GUN_REGISTRY_ROOT`, else `oip:registry`.
    pub registry_root: Option<String>,
    /// Default `GUN_NODE_ID_OVERRIDE`, else generated once and kept in the state directory.
    pub node_id: Option<String>,
    /// First retry delay of a failed deletion, in ms (default 60000).
    pub retry_base_ms: Option<u32>,
    /// Longest retry delay, and the wait after a permanent failure, in ms (default 4 h).
    pub retry_max_ms: Option<u32>,
    /// How often applied tombstones are re-verified, in ms (default 24 h).
    pub reverify_interval_ms: Option<u32>,
    /// The relay, for the module-level functions (a registry uses its `GunHelper`'s).
    pub gun: Option<GunHelperOptions>,
}

pub fn elastic_for(options: Option<ElasticsearchOptions>, env: EnvSource) -> Result<Elastic> {
    let o = options.unwrap_or_default();
    let overrides = ElasticOverrides {
        url: o.node,
        username: o.username,
        password: o.password,
        api_key: o.api_key,
        timeout_ms: o.timeout_ms.map(u64::from),
        ca_cert: o.ca_cert,
        ..Default::default()
    };
    Elastic::new(&ElasticConfig::resolve(&overrides, env)?)
}

pub fn registry_root(option: Option<String>, env: EnvSource) -> String {
    option.or_else(|| env("GUN_REGISTRY_ROOT")).unwrap_or_else(|| DEFAULT_REGISTRY_ROOT.into())
}

pub fn open_ledger(state_dir: Option<&str>, node_id: Option<String>, env: EnvSource) -> Result<std::sync::Arc<Ledger>> {
    let dir = ledger::state_dir(state_dir, env);
    let node_id = node_id.or_else(|| env("GUN_NODE_ID_OVERRIDE"));
    Ledger::open(&dir, node_id.as_deref())
}

pub fn deletions_for(gun: GunHelper, options: Option<DeletionOptions>, env: EnvSource) -> Result<Deletions> {
    let o = options.unwrap_or_default();
    let defaults = DeletionConfig::default();
    let backoff = ItemBackoff {
        base: o.retry_base_ms.map_or(defaults.backoff.base, |ms| Duration::from_millis(ms.into())),
        max: o.retry_max_ms.map_or(defaults.backoff.max, |ms| Duration::from_millis(ms.into())),
    };
    if backoff.base.is_zero() || backoff.max < backoff.base {
        return Err(Error::InvalidConfig {
            name: "retryBaseMs/retryMaxMs".into(),
            reason: "need 0 < retryBaseMs <= retryMaxMs".into(),
        });
    }
    let cfg = DeletionConfig {
        indices: o.indices.filter(|i| !i.is_empty()).unwrap_or(defaults.indices),
        record_types: o.record_types.unwrap_or_default(),
        registry_root: registry_root(o.registry_root, env),
        backoff,
        reverify_interval: match o.reverify_interval_ms {
            Some(ms) => Duration::from_millis(ms.into()),
            None => env_u64(env, "OIP_GUN_SYNC_REVERIFY_INTERVAL_MS")?
                .map_or(defaults.reverify_interval, Duration::from_millis),
        },
        read_concurrency: defaults.read_concurrency,
        apply_per_cycle: defaults.apply_per_cycle,
        reverify_per_cycle: defaults.reverify_per_cycle,
    }
    .with_cycle_caps(env)?;
    let elastic = elastic_for(o.elasticsearch, env)?;
    let ledger = open_ledger(o.state_dir.as_deref(), o.node_id, env)?;
    Ok(Deletions::new(gun, elastic, ledger, cfg))
}
