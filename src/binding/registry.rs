//! `service.registry`: the original `OIPGunRegistry` surface over the core registry.

use std::collections::HashMap;
use std::sync::Arc;

use napi::bindgen_prelude::AsyncBlock;
use napi::Env;
use napi_derive::napi;
use serde_json::Value;

use super::errors::promise;
use super::json::Map;
use crate::error::Error;
use crate::registry;
use crate::soul::now_ms;
use crate::sync::SyncEngine;

/// `registry.getRegistryStats()`: entries counted in the local relay's type indexes.
#[napi(object)]
pub struct RegistryStats {
    pub node_id: String,
    pub registry_root: String,
    pub total_records_registered: f64,
    pub records_by_type: HashMap<String, f64>,
}

/// A record another node registered, as `discoverRecordsOfType()` lists it.
#[napi(object, object_from_js = false)]
pub struct DiscoveredRecord {
    pub soul: String,
    /// The record (`{data, oip, meta}`), as `getRecord` reads it.
    pub data: Map,
    pub source_node_id: Option<String>,
    /// ms since the epoch.
    pub discovered_at: f64,
}

/// The discovery registry on the local relay (`<root>:index:<type>`,
/// `<root>:nodes:<nodeId>:<soul>`), as the original `OIPGunRegistry`.
#[napi]
pub struct SyncRegistry {
    node_id: String,
    registry_root: String,
    /// Why there is no engine: the service's state directory could not be opened.
    engine: Result<Arc<SyncEngine>, Error>,
}

impl SyncRegistry {
    pub(super) fn new(engine: Result<Arc<SyncEngine>, Error>, node_id: String, registry_root: String) -> Self {
        SyncRegistry { node_id, registry_root, engine }
    }
}

fn discovered(d: registry::Discovered) -> DiscoveredRecord {
    DiscoveredRecord {
        soul: d.soul,
        data: Map(d.record),
        source_node_id: d.source_node_id,
        discovered_at: now_ms() as f64,
    }
}

#[napi]
impl SyncRegistry {
    /// This node's id, as its registry entries name it.
    #[napi(getter)]
    pub fn node_id(&self) -> String {
        self.node_id.clone()
    }

    /// The registry's root soul (`GUN_REGISTRY_ROOT`, default `oip:registry`).
    #[napi(getter)]
    pub fn registry_root(&self) -> String {
        self.registry_root.clone()
    }

    /// The record types whose indexes are read and written (the app's, after `RECORD_TYPE_INDEX_MODE`).
    #[napi(catch_unwind)]
    pub fn get_record_types(&self) -> Vec<String> {
        self.engine.as_ref().map(|e| e.config().record_types.clone()).unwrap_or_default()
    }

    /// Whether `record` has the original's OIP structure: `data`, `oip.ver` 0.8.x, `oip.recordType`, a creator.
    #[napi(js_name = "isValidOIPRecord", catch_unwind)]
    pub fn is_valid_oip_record(&self, record: Option<Value>) -> bool {
        record.is_some_and(|r| registry::is_valid_record(&r))
    }

    /// Registers a record this node holds: its node entry and its entry in the type index.
    // Hand-written: napi types a promise of `()` `Promise<undefined>`, which an override returning `Promise<void>` would not fit.
    #[napi(js_name = "registerOIPRecord", catch_unwind, ts_return_type = "Promise<void>")]
    pub fn register_oip_record(
        &self,
        env: &Env,
        did: String,
        soul: String,
        record_type: String,
        creator_pub_key: String,
    ) -> napi::Result<AsyncBlock<()>> {
        let engine = self.engine.clone();
        promise(env, async move { engine?.register_local(&did, &soul, &record_type, &creator_pub_key).await })
    }

    /// Withdraws this node's registration of `did`; resolves whether a type index listed it.
    #[napi(js_name = "unregisterOIPRecord", catch_unwind)]
    pub fn unregister_oip_record(&self, env: &Env, did: String) -> napi::Result<AsyncBlock<bool>> {
        let engine = self.engine.clone();
        promise(env, async move { registry::unregister(&*engine?, &did).await })
    }

    /// Other nodes' records in the local relay's index of `recordType` that Elasticsearch lacks.
    #[napi(catch_unwind)]
    pub fn discover_records_of_type(
        &self,
        env: &Env,
        record_type: String,
    ) -> napi::Result<AsyncBlock<Vec<DiscoveredRecord>>> {
        let engine = self.engine.clone();
        promise(env, async move {
            Ok(registry::discover_type(&*engine?, &record_type).await?.into_iter().map(discovered).collect())
        })
    }

    /// `discoverRecordsOfType` of every record type.
    #[napi(js_name = "discoverOIPRecords", catch_unwind)]
    pub fn discover_oip_records(&self, env: &Env) -> napi::Result<AsyncBlock<Vec<DiscoveredRecord>>> {
        let engine = self.engine.clone();
        promise(env, async move {
            let engine = engine?;
            let mut out = Vec::new();
            for t in &engine.config().record_types {
                out.extend(registry::discover_type(&engine, t).await?.into_iter().map(discovered));
            }
            Ok(out)
        })
    }

    /// Whether Elasticsearch holds the record of `soul`.
    #[napi(catch_unwind)]
    pub fn check_record_exists(&self, env: &Env, soul: String) -> napi::Result<AsyncBlock<bool>> {
        let engine = self.engine.clone();
        promise(env, async move { registry::exists(&*engine?, &soul).await })
    }

    /// Entries of each record type's index on the local relay, and their total.
    #[napi(catch_unwind)]
    pub fn get_registry_stats(&self, env: &Env) -> napi::Result<AsyncBlock<RegistryStats>> {
        let (engine, node_id, registry_root) = (self.engine.clone(), self.node_id.clone(), self.registry_root.clone());
        promise(env, async move {
            let by_type = registry::stats(&*engine?).await?;
            Ok(RegistryStats {
                node_id,
                registry_root,
                total_records_registered: by_type.iter().map(|(_, n)| *n as f64).sum(),
                records_by_type: by_type.into_iter().map(|(t, n)| (t, n as f64)).collect(),
            })
        })
    }
}
