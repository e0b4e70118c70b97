//! Option objects shared by several exports, and their conversion into the
//! core's option structs (the core resolves them over the environment).

use napi_derive::napi;

use super::gun_helper::GunHelperOptions;
use crate::elastic::ElasticOverrides;
use crate::settings;

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

impl From<ElasticsearchOptions> for ElasticOverrides {
    fn from(o: ElasticsearchOptions) -> Self {
        ElasticOverrides {
            url: o.node,
            username: o.username,
            password: o.password,
            api_key: o.api_key,
            timeout_ms: o.timeout_ms.map(u64::from),
            ca_cert: o.ca_cert,
            ..Default::default()
        }
    }
}

impl From<DeletionOptions> for settings::DeletionOptions {
    fn from(o: DeletionOptions) -> Self {
        settings::DeletionOptions {
            state_dir: o.state_dir,
            elasticsearch: o.elasticsearch.map(Into::into),
            indices: o.indices,
            record_types: o.record_types,
            registry_root: o.registry_root,
            node_id: o.node_id,
            retry_base_ms: o.retry_base_ms,
            retry_max_ms: o.retry_max_ms,
            reverify_interval_ms: o.reverify_interval_ms,
            gun: o.gun.map(Into::into),
        }
    }
}
