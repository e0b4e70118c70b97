//! Which registry entries a cycle takes up. The original discovered records
//! two ways: over HTTP from its peers' type indexes, and from the local
//! relay's type indexes, which GUN's own peering fills with other nodes'
//! entries. Entries of this node are its own records; with
//! `GUN_SYNC_TRUSTED_NODES` set, only entries of those nodes are taken.

use serde_json::Value;

use crate::soul::validate_soul;

/// Where a cycle reads type indexes from, besides its peers.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DiscoveryConfig {
    /// Also read the local relay's indexes (`GUN_SYNC_PRIVATE_RECORDS` is not `false`, as in the original).
    pub local_relay: bool,
    /// `GUN_SYNC_TRUSTED_NODES`: only entries of these node ids; `None` trusts every node.
    pub trusted_nodes: Option<Vec<String>>,
}

/// The soul an index entry names, if the entry is one to take up: a valid
/// soul, not of `own_node`, and of a trusted node when a trust list is set.
pub fn take_entry(key: &str, entry: &Value, own_node: &str, cfg: &DiscoveryConfig) -> Option<String> {
    let Value::Object(m) = entry else { return None };
    let soul = m.get("soul").and_then(Value::as_str).unwrap_or(key);
    let node = m.get("nodeId").and_then(Value::as_str);
    if validate_soul(soul).is_err() || node == Some(own_node) {
        return None;
    }
    if let Some(trusted) = &cfg.trusted_nodes {
        if !node.is_some_and(|n| trusted.iter().any(|t| t == n)) {
            return None;
        }
    }
    Some(soul.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn own_untrusted_and_invalid_entries_are_left() {
        let all = DiscoveryConfig::default();
        let e = |node: &str| json!({ "soul": "abcdefabcdef:r1", "nodeId": node });
        assert_eq!(take_entry("k", &e("other"), "me", &all).as_deref(), Some("abcdefabcdef:r1"));
        assert_eq!(take_entry("k", &e("me"), "me", &all), None);
        assert_eq!(
            take_entry("abcdefabcdef:r2", &json!({ "nodeId": "x" }), "me", &all).as_deref(),
            Some("abcdefabcdef:r2")
        );
        assert_eq!(take_entry("k", &json!({ "soul": "bad\u{1}soul" }), "me", &all), None);
        assert_eq!(take_entry("k", &json!(true), "me", &all), None);
        let trusted = DiscoveryConfig { trusted_nodes: Some(vec!["good".into()]), ..all };
        assert!(take_entry("k", &e("good"), "me", &trusted).is_some());
        assert_eq!(take_entry("k", &e("other"), "me", &trusted), None);
        assert_eq!(take_entry("abcdefabcdef:r3", &json!({}), "me", &trusted), None, "no node id: not trusted");
    }
}
