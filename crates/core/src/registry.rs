//! The souls OIP keeps its discovery registry and tombstones under, and the
//! registry as the original `OIPGunRegistry` read and wrote it on the local relay.

use futures_util::future::join_all;
use serde_json::{json, Value};

use crate::error::Result;
use crate::gun::record::{reference, Decryption};
use crate::gun::relay::Node;
use crate::soul::{did_of_soul, validate_soul, DID_PREFIX};
use crate::sync::convert::validate;
use crate::sync::discovery::{take_entry, DiscoveryConfig};
use crate::sync::SyncEngine;

/// Root of the tombstone registry; not configurable in the original either.
pub const TOMBSTONE_ROOT: &str = "oip:deleted:records";
pub const DEFAULT_REGISTRY_ROOT: &str = "oip:registry";
/// `oipVersion` written into node entries, as the original.
pub const OIP_VERSION: &str = "0.8.0";

/// `oip:deleted:records:index`: `{<did>: true}`, `null` when withdrawn.
pub fn tombstone_index() -> String {
    format!("{TOMBSTONE_ROOT}:index")
}

/// `oip:deleted:records:<did>`: `{deletedAt, deletedBy, timestamp, did}`.
pub fn tombstone_entry(did: &str) -> String {
    format!("{TOMBSTONE_ROOT}:{did}")
}

/// `<root>:index:<recordType>`: `{<soul>: {soul, nodeId, timestamp}}`.
pub fn type_index(root: &str, record_type: &str) -> String {
    format!("{root}:index:{record_type}")
}

/// `<root>:nodes:<nodeId>:<soul>`: the node's registration of one record.
pub fn node_entry(root: &str, node_id: &str, soul: &str) -> String {
    format!("{root}:nodes:{node_id}:{soul}")
}

/// Fields of a node entry, nulled when its record is deleted.
pub const NODE_ENTRY_FIELDS: [&str; 7] =
    ["did", "soul", "recordType", "creatorPubKey", "nodeId", "timestamp", "oipVersion"];

/// A type index's entries as the original counted them: keys that are not
/// GUN metadata (`_`) or registry fields (`oip:`). Withdrawn entries (`null`,
/// as unregistering writes them) are left out, where the original counted them.
pub fn live_entries(index: &Node) -> impl Iterator<Item = (&String, &Value)> {
    index.iter().filter(|(k, v)| !k.starts_with('_') && !k.starts_with("oip:") && !v.is_null())
}

/// The type index of `record_type` on the local relay; `None` when the relay has none yet.
async fn read_index(engine: &SyncEngine, record_type: &str) -> Result<Option<Node>> {
    engine.local().relay().get(&type_index(&engine.config().registry_root, record_type)).await
}

/// Entries per configured type, read from the local relay's type indexes
/// (which GUN peering fills with other nodes' entries too). Types whose
/// index does not exist yet are left out, as the original did.
pub async fn stats(engine: &SyncEngine) -> Result<Vec<(String, u64)>> {
    let reads = engine.config().record_types.iter().map(|t| async move { (t, read_index(engine, t).await) });
    let mut out = Vec::new();
    for (t, index) in join_all(reads).await {
        if let Some(index) = index? {
            out.push((t.clone(), live_entries(&index).count() as u64));
        }
    }
    Ok(out)
}

/// Withdraws this node's registration of `did`: its entry in the type index
/// that lists it, and its node entry. `false` when no configured type lists it.
pub async fn unregister(engine: &SyncEngine, did: &str) -> Result<bool> {
    let soul = did.strip_prefix(DID_PREFIX).unwrap_or(did);
    validate_soul(soul)?;
    let mut found = None;
    for t in &engine.config().record_types {
        if read_index(engine, t).await?.is_some_and(|i| live_entries(&i).any(|(k, _)| k == soul)) {
            found = Some(t);
            break;
        }
    }
    let Some(t) = found else { return Ok(false) };
    let root = &engine.config().registry_root;
    let relay = engine.local().relay().with_timeout(engine.config().put_timeout);
    relay
        .put(
            &node_entry(root, engine.node_id(), soul),
            &Value::Object(NODE_ENTRY_FIELDS.iter().map(|f| (f.to_string(), Value::Null)).collect()),
        )
        .await?;
    relay.put(&type_index(root, t), &json!({ soul: Value::Null })).await?;
    Ok(true)
}

/// A record another node registered, not yet indexed here.
pub struct Discovered {
    pub soul: String,
    pub record: Node,
    pub source_node_id: Option<String>,
}

/// Records in the local relay's index of `record_type` that other nodes
/// registered, that Elasticsearch does not hold yet and that are valid OIP
/// records. Entries stored as references (as GUN stores nested objects) are
/// read whole for their node id.
pub async fn discover_type(engine: &SyncEngine, record_type: &str) -> Result<Vec<Discovered>> {
    let Some(index) = read_index(engine, record_type).await? else { return Ok(Vec::new()) };
    let relay = engine.local().relay();
    let mut entries = Vec::new();
    for (key, entry) in live_entries(&index) {
        let entry = match reference(entry) {
            Some(child) => match relay.get(child).await? {
                Some(node) => Value::Object(node),
                None => continue,
            },
            None => entry.clone(),
        };
        // Every node's entries, as the original's registry listed them; trust is the sync's concern.
        if let Some(soul) = take_entry(key, &entry, engine.node_id(), &DiscoveryConfig::default()) {
            let node = entry.get("nodeId").and_then(Value::as_str).map(str::to_string);
            entries.push((soul, node));
        }
    }
    let dids: Vec<String> = entries.iter().map(|(s, _)| did_of_soul(s)).collect();
    let existing = engine.elastic().existing_ids(&engine.config().index, &dids).await?;
    let mut out = Vec::new();
    for (soul, source_node_id) in entries {
        if existing.contains(&did_of_soul(&soul)) {
            continue;
        }
        let record = engine.local().get_record(&soul, &Decryption::default()).await?;
        if let Some(record) = record.filter(|r| validate(r).is_ok()) {
            out.push(Discovered { soul, record, source_node_id });
        }
    }
    Ok(out)
}

/// Whether Elasticsearch holds the record of `soul`.
pub async fn exists(engine: &SyncEngine, soul: &str) -> Result<bool> {
    validate_soul(soul)?;
    let did = did_of_soul(soul);
    Ok(engine.elastic().existing_ids(&engine.config().index, std::slice::from_ref(&did)).await?.contains(&did))
}

/// Whether `record` has the original's OIP structure (`data`, `oip.ver` 0.8.x, type, creator).
pub fn is_valid_record(record: &Value) -> bool {
    record.as_object().is_some_and(|r| validate(r).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn live_entries_leave_metadata_and_withdrawn_entries() {
        let index: Node = serde_json::from_value(json!({
            "_": { "#": "oip:registry:index:post" },
            "oip:updated": 1,
            "abcdefabcdef:a": { "soul": "abcdefabcdef:a", "nodeId": "n" },
            "abcdefabcdef:b": null,
            "abcdefabcdef:c": { "#": "oip:registry:index:post/abcdefabcdef:c" },
        }))
        .unwrap();
        let keys: Vec<&String> = live_entries(&index).map(|(k, _)| k).collect();
        assert_eq!(keys, ["abcdefabcdef:a", "abcdefabcdef:c"]);
    }

    #[test]
    fn valid_records_as_the_original() {
        let ok = json!({ "data": {}, "oip": { "ver": "0.8.0", "recordType": "post", "creator": { "publicKey": "p", "didAddress": "d" } } });
        assert!(is_valid_record(&ok));
        assert!(!is_valid_record(&json!(null)));
        assert!(!is_valid_record(&json!({ "data": {}, "oip": { "ver": "0.7", "recordType": "post" } })));
    }
}
