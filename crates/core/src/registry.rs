//! The souls OIP keeps its discovery registry and tombstones under, and the
//! registry as the original `OIPGunRegistry` read and wrote it on the local relay.

use futures_util::future::join_all;
use serde_json::{json, Map, Value};

use crate::error::Result;
use crate::gun::record::{nulls, reference, Decryption};
use crate::gun::relay::{Node, Relay};
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
const NODE_ENTRY_FIELDS: [&str; 7] =
    ["did", "soul", "recordType", "creatorPubKey", "nodeId", "timestamp", "oipVersion"];

/// A record as this node registers it. The registry's entries are built
/// here only, so every writer writes the original registry's shape.
pub struct Registration<'a> {
    pub did: &'a str,
    pub soul: &'a str,
    pub record_type: &'a str,
    pub creator_pub_key: Option<&'a str>,
}

impl Registration<'_> {
    /// This node's entry for the record: its soul and content.
    pub fn node_entry(&self, root: &str, node_id: &str, at: u64) -> (String, Value) {
        let entry = json!({
            "did": self.did, "soul": self.soul, "recordType": self.record_type, "creatorPubKey": self.creator_pub_key,
            "nodeId": node_id, "timestamp": at, "oipVersion": OIP_VERSION,
        });
        (node_entry(root, node_id, self.soul), entry)
    }
}

/// The value under a soul's key in its type index.
pub fn index_entry(soul: &str, node_id: &str, at: u64) -> Value {
    json!({ "soul": soul, "nodeId": node_id, "timestamp": at })
}

/// Puts `entries` (`{<soul>: entry}`) into the type index `index` as the
/// flat nodes GUN makes of a nested put: each entry the node
/// `<index>/<soul>`, concurrently, then the index with links to the entries
/// that landed. A live relay that took an index's entries in nested puts
/// grows its heap by gigabytes when that index is read (bench/RESULTS.md,
/// relay heap); one written flat reads without that. Readers see the same
/// souls, fields and links. The first failed entry put is returned once the
/// others are linked.
pub async fn put_index_entries(relay: &Relay, index: &str, entries: Map<String, Value>) -> Result<()> {
    let puts = entries.into_iter().map(|(key, entry)| async move {
        let child = format!("{index}/{key}");
        relay.put(&child, &entry).await.map(|()| (key, json!({ "#": child })))
    });
    let mut links = Map::new();
    let mut failed = None;
    for put in join_all(puts).await {
        match put {
            Ok((key, link)) => drop(links.insert(key, link)),
            Err(e) => drop(failed.get_or_insert(e)),
        }
    }
    if !links.is_empty() {
        relay.put(index, &Value::Object(links)).await?;
    }
    failed.map_or(Ok(()), Err)
}

/// The writes that withdraw this node's registration of `soul`: its key
/// nulled in each of `types`' indexes, then its node entry's fields nulled.
/// Only those fields are written: GUN merges them.
pub fn withdrawal(root: &str, node_id: &str, soul: &str, types: &[String]) -> Vec<(String, Value)> {
    let mut writes: Vec<(String, Value)> =
        types.iter().map(|t| (type_index(root, t), json!({ soul: Value::Null }))).collect();
    writes.push((node_entry(root, node_id, soul), nulls(NODE_ENTRY_FIELDS)));
    writes
}

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
    let relay = engine.local().relay().with_timeout(engine.config().put_timeout);
    for (soul, nulled) in withdrawal(&engine.config().registry_root, engine.node_id(), soul, std::slice::from_ref(t)) {
        relay.put(&soul, &nulled).await?;
    }
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

/// `OIPGunRegistry.isValidOIPRecord` as the original answered it, checks in
/// its order and with JavaScript truthiness: `Err` carries the warnings it
/// logged (none when the record, its `oip` or its `data` is missing, which it
/// passed over in silence). Stricter than [`is_valid_record`] in one way, as
/// the original: a flattened creator alone fails its first check.
pub fn check_as_original(record: &Value) -> std::result::Result<(), Vec<String>> {
    let field = |v: &Value, name: &str| v.get(name).cloned().unwrap_or(Value::Null);
    let (oip, data) = (field(record, "oip"), field(record, "data"));
    if !truthy(record) || !truthy(&oip) || !truthy(&data) {
        return Err(Vec::new());
    }
    let (ver, record_type, creator) = (field(&oip, "ver"), field(&oip, "recordType"), field(&oip, "creator"));
    if !truthy(&ver) || !truthy(&record_type) || !truthy(&creator) {
        return Err(vec![format!(
            "  ⚠️ Missing OIP fields: ver={}, recordType={}, creator={}",
            truthy(&ver),
            truthy(&record_type),
            truthy(&creator)
        )]);
    }
    if !ver.as_str().is_some_and(|v| v.starts_with("0.8")) {
        return Err(vec![format!("  ⚠️ Version incompatible: {} (expected 0.8.x)", shown_as_js(&ver))]);
    }
    let nested = creator.is_object() && truthy(&field(&creator, "publicKey")) && truthy(&field(&creator, "didAddress"));
    let (flat_key, flat_address) =
        (truthy(&field(&oip, "creator_publicKey")), truthy(&field(&oip, "creator_didAddress")));
    if !(nested || flat_key && flat_address) {
        return Err(vec![
            "  ⚠️ Missing creator fields".into(),
            format!("    Creator: {}", shown_as_js(&creator)),
            format!("    Flat fields: creator_publicKey={flat_key}, creator_didAddress={flat_address}"),
        ]);
    }
    Ok(())
}

/// JavaScript's truthiness of a JSON value.
fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(_) | Value::Object(_) => true,
    }
}

/// A value as a template string shows it: strings bare, the rest as JSON.
fn shown_as_js(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_withdrawal_nulls_every_field_a_registration_writes() {
        let r = Registration { did: "did:gun:ab:c", soul: "ab:c", record_type: "post", creator_pub_key: Some("pk") };
        let (soul, entry) = r.node_entry("oip:registry", "n1", 7);
        assert_eq!(soul, "oip:registry:nodes:n1:ab:c");
        assert_eq!(entry["oipVersion"], OIP_VERSION);
        let writes = withdrawal("oip:registry", "n1", "ab:c", &["post".into(), "image".into()]);
        assert_eq!(writes[0], ("oip:registry:index:post".to_string(), json!({ "ab:c": null })));
        assert_eq!(writes[1].0, "oip:registry:index:image");
        let (nulled_soul, nulled) = writes.last().unwrap();
        assert_eq!(nulled_soul, &soul);
        let written: Vec<&String> = entry.as_object().unwrap().keys().collect();
        let cleared: Vec<&String> = nulled.as_object().unwrap().keys().collect();
        assert_eq!(written, cleared);
        assert!(nulled.as_object().unwrap().values().all(Value::is_null));
        assert_eq!(index_entry("ab:c", "n1", 7), json!({ "soul": "ab:c", "nodeId": "n1", "timestamp": 7 }));
    }

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

    #[test]
    fn checked_as_the_original_with_its_warnings() {
        let creator = json!({ "publicKey": "p", "didAddress": "d" });
        let ok = json!({ "data": {}, "oip": { "ver": "0.8.0", "recordType": "post", "creator": creator } });
        assert_eq!(check_as_original(&ok), Ok(()));
        for silent in [json!(null), json!({}), json!({ "oip": {} }), json!({ "oip": {}, "data": 0 })] {
            assert_eq!(check_as_original(&silent), Err(vec![]), "{silent}");
        }
        let missing = json!({ "data": {}, "oip": { "ver": "0.8.0", "recordType": "" } });
        assert_eq!(
            check_as_original(&missing),
            Err(vec!["  ⚠️ Missing OIP fields: ver=true, recordType=false, creator=false".to_string()])
        );
        let old = json!({ "data": {}, "oip": { "ver": 0.7, "recordType": "post", "creator": creator } });
        assert_eq!(check_as_original(&old), Err(vec!["  ⚠️ Version incompatible: 0.7 (expected 0.8.x)".to_string()]));
        let half = json!({ "data": {}, "oip": { "ver": "0.8.1", "recordType": "post", "creator": { "publicKey": "p" }, "creator_didAddress": "d" } });
        assert_eq!(
            check_as_original(&half),
            Err(vec![
                "  ⚠️ Missing creator fields".to_string(),
                "    Creator: {\"publicKey\":\"p\"}".to_string(),
                "    Flat fields: creator_publicKey=false, creator_didAddress=true".to_string(),
            ])
        );
        // The flattened creator passes only beside a truthy `creator`, as in the original.
        let flat = json!({ "data": {}, "oip": { "ver": "0.8.0", "recordType": "post", "creator_publicKey": "p", "creator_didAddress": "d" } });
        assert!(check_as_original(&flat).is_err() && is_valid_record(&flat));
        let both = json!({ "data": {}, "oip": { "ver": "0.8.0", "recordType": "post", "creator": "x", "creator_publicKey": "p", "creator_didAddress": "d" } });
        assert_eq!(check_as_original(&both), Ok(()));
    }
}
