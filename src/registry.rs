//! The souls OIP keeps its discovery registry and tombstones under.

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
