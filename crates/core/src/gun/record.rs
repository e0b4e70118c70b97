//! The stored form of an OIP record on a relay, as the original helper wrote
//! it: `{data: "<json>", oip: "<json>", meta: {...}}`, with `data` replaced by
//! an AES-256-GCM envelope object when encrypted.

use serde_json::{json, Map, Value};

use crate::crypto::{self, Envelope, Key};
use crate::error::{Error, Result};

/// Who a record is encrypted for, and with which key.
#[derive(Clone)]
pub enum Encryption {
    /// Key derived from (or, for password-derived keys, given alongside) the user's public key.
    PerUser {
        encrypted_by: String,
        key: Key,
    },
    Organization {
        encrypted_by: String,
        key: Key,
        organization_did: String,
        shared_with: Vec<String>,
    },
}

impl Encryption {
    fn key(&self) -> &Key {
        match self {
            Encryption::PerUser { key, .. } | Encryption::Organization { key, .. } => key,
        }
    }
}

/// Builds the node `putRecord` stores.
pub fn build_node(
    record: &Value,
    local_id: Option<&str>,
    encryption: Option<&Encryption>,
    created_ms: u64,
) -> Result<Value> {
    let field = |name: &str| -> Result<String> {
        serde_json::to_string(record.get(name).unwrap_or(&Value::Null))
            .map_err(|e| Error::InvalidArgument { name: format!("recordData.{name}"), reason: e.to_string() })
    };
    let data_json = field("data")?;
    let oip_json = field("oip")?;
    let mut meta = Map::new();
    meta.insert("created".into(), json!(created_ms));
    meta.insert("localId".into(), local_id.map_or(Value::Null, |id| json!(id)));
    let data = match encryption {
        None => {
            meta.insert("encrypted".into(), json!(false));
            Value::String(data_json)
        }
        Some(enc) => {
            // The original encrypted JSON.stringify of the already-stringified data.
            let plaintext = serde_json::to_string(&data_json).expect("a string serialises");
            let envelope = crypto::encrypt(enc.key(), plaintext.as_bytes())?;
            meta.insert("encrypted".into(), json!(true));
            meta.insert("encryptionMethod".into(), json!("aes-256-gcm"));
            match enc {
                Encryption::PerUser { encrypted_by, .. } => {
                    meta.insert("encryptionType".into(), json!("per-user"));
                    meta.insert("encryptedBy".into(), json!(encrypted_by));
                }
                Encryption::Organization { encrypted_by, organization_did, shared_with, .. } => {
                    meta.insert("encryptionType".into(), json!("organization"));
                    meta.insert("encryptedBy".into(), json!(encrypted_by));
                    meta.insert("encryptedForOrganization".into(), json!(organization_did));
                    // GUN refuses arrays (the relay answers 500 "Invalid data: Array"),
                    // so the list is stored as JSON, as `data` and `oip` are.
                    let shared_with = serde_json::to_string(shared_with).expect("strings serialise");
                    meta.insert("sharedWith".into(), json!(shared_with));
                }
            }
            serde_json::to_value(envelope).expect("an envelope serialises")
        }
    };
    Ok(json!({ "data": data, "oip": oip_json, "meta": Value::Object(meta) }))
}

/// `data` and `oip` held as JSON strings become values (relays parse them
/// already, peers running other relays may not), and so does `meta.sharedWith`.
pub fn parse_json_fields(node: &mut Map<String, Value>) {
    parse_json_field(node, "data");
    parse_json_field(node, "oip");
    if let Some(Value::Object(meta)) = node.get_mut("meta") {
        parse_json_field(meta, "sharedWith");
    }
}

fn parse_json_field(node: &mut Map<String, Value>, name: &str) {
    if let Some(Value::String(s)) = node.get(name) {
        if let Ok(parsed) = serde_json::from_str::<Value>(s) {
            node.insert(name.into(), parsed);
        }
    }
}

/// The GUN reference `{"#": soul}` a nested object reads back as.
pub fn reference(v: &Value) -> Option<&str> {
    match v {
        Value::Object(m) if m.len() == 1 => m.get("#").and_then(Value::as_str),
        _ => None,
    }
}

/// The flat nodes GUN itself leaves of a nested put of `data` at `soul`,
/// in waves to put one after another: every object-valued field `f` (that
/// is not already a link) is the node `<soul>/<f>`, split the same way, and
/// its parent holds `f: {"#": "<soul>/<f>"}`. The deepest nodes come first and
/// the root last, so a node is put only once every child it links to was:
/// a reader never follows a link to a node not written yet. Nodes of one
/// wave share no links and may be put concurrently.
pub fn flat_nodes(soul: &str, data: &Value) -> Vec<Vec<(String, Value)>> {
    let mut by_depth: Vec<Vec<(String, Value)>> = Vec::new();
    split(soul, data, 0, &mut by_depth);
    by_depth.reverse();
    by_depth
}

fn split(soul: &str, data: &Value, depth: usize, by_depth: &mut Vec<Vec<(String, Value)>>) {
    let node = match data {
        Value::Object(fields) => fields
            .iter()
            .map(|(f, v)| match v {
                Value::Object(_) if reference(v).is_none() => {
                    let child = format!("{soul}/{f}");
                    split(&child, v, depth + 1, by_depth);
                    (f.clone(), json!({ "#": child }))
                }
                _ => (f.clone(), v.clone()),
            })
            .collect(),
        // Not a node: put as given, for the relay to refuse.
        other => other.clone(),
    };
    if by_depth.len() <= depth {
        by_depth.resize_with(depth + 1, Vec::new);
    }
    by_depth[depth].push((soul.to_string(), node));
}

/// The node that clears `fields`: GUN has no delete, a field put as null is gone.
pub fn nulls<'a>(fields: impl IntoIterator<Item = &'a str>) -> Value {
    Value::Object(fields.into_iter().map(|f| (f.to_string(), Value::Null)).collect())
}

/// How a reader may open an encrypted record.
#[derive(Clone, Default)]
pub struct Decryption {
    /// Opens per-user records whose `meta.encryptedBy` is this key.
    pub user_public_key: Option<String>,
    /// Opens any record encrypted with this key (organisation or password-derived).
    pub key: Option<Key>,
}

/// Decrypts `data` in place when the reader can; returns whether it did.
/// A record the reader may not open is returned with its envelope.
pub fn decrypt_in_place(node: &mut Map<String, Value>, how: &Decryption, soul: &str) -> Result<bool> {
    let meta = node.get("meta").cloned().unwrap_or(Value::Null);
    if meta.get("encrypted") != Some(&Value::Bool(true)) {
        return Ok(false);
    }
    let Some(envelope) = node.get("data").and_then(|d| serde_json::from_value::<Envelope>(d.clone()).ok()) else {
        return Ok(false);
    };
    let encrypted_by = meta.get("encryptedBy").and_then(Value::as_str);
    let key = match (&how.key, &how.user_public_key) {
        (Some(key), _) => *key,
        (None, Some(user))
            if meta.get("encryptionType").and_then(Value::as_str) != Some("organization")
                && encrypted_by == Some(user.as_str()) =>
        {
            crypto::fallback_key(user)
        }
        _ => return Ok(false),
    };
    // A key the caller chose that does not open the record is an error worth
    // seeing (a wrong password or organisation key), not a silent envelope.
    let plain = crypto::decrypt(&key, &envelope, soul)?;
    let bad = |reason: &str| Error::Decrypt { soul: soul.to_string(), reason: reason.to_string() };
    let inner: String = serde_json::from_slice(&plain).map_err(|_| bad("plaintext is not a JSON string"))?;
    let data: Value = serde_json::from_str(&inner).map_err(|_| bad("plaintext does not hold JSON"))?;
    node.insert("data".into(), data);
    // The original marks what it opened, so apps reading `meta.encrypted` see plain data.
    if let Some(Value::Object(meta)) = node.get_mut("meta") {
        meta.insert("encrypted".into(), Value::Bool(false));
        meta.insert("wasEncrypted".into(), Value::Bool(true));
        if let Some(reader) = &how.user_public_key {
            meta.insert("decryptedBy".into(), Value::String(reader.clone()));
        }
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_node_shape() {
        let rec = json!({"data": {"basic": {"name": "x"}}, "oip": {"recordType": "post"}});
        let node = build_node(&rec, Some("l1"), None, 42).unwrap();
        assert_eq!(node["data"], json!(r#"{"basic":{"name":"x"}}"#));
        assert_eq!(node["oip"], json!(r#"{"recordType":"post"}"#));
        assert_eq!(node["meta"], json!({"created": 42, "localId": "l1", "encrypted": false}));
    }

    #[test]
    fn encrypted_round_trip_only_for_the_owner() {
        let rec = json!({"data": {"secret": 1}, "oip": {}});
        let enc = Encryption::PerUser { encrypted_by: "alice".into(), key: crypto::fallback_key("alice") };
        let node = build_node(&rec, None, Some(&enc), 1).unwrap();
        assert_eq!(node["meta"]["encryptionType"], "per-user");
        let mut as_read = node.as_object().unwrap().clone();
        let bob = Decryption { user_public_key: Some("bob".into()), key: None };
        assert!(!decrypt_in_place(&mut as_read, &bob, "s").unwrap());
        let alice = Decryption { user_public_key: Some("alice".into()), key: None };
        assert!(decrypt_in_place(&mut as_read, &alice, "s").unwrap());
        assert_eq!(as_read["data"], json!({"secret": 1}));
    }

    #[test]
    fn organization_meta_holds_no_array() {
        let enc = Encryption::Organization {
            encrypted_by: "alice".into(),
            key: [3u8; 32],
            organization_did: "did:org:1".into(),
            shared_with: vec!["bob".into()],
        };
        let node = build_node(&json!({"data": {}, "oip": {}}), None, Some(&enc), 1).unwrap();
        assert_eq!(node["meta"]["sharedWith"], json!(r#"["bob"]"#));
        let mut as_read = node.as_object().unwrap().clone();
        parse_json_fields(&mut as_read);
        assert_eq!(as_read["meta"]["sharedWith"], json!(["bob"]));
    }

    #[test]
    fn flat_nodes_put_children_first_and_link_them() {
        let node = json!({
            "data": {"encrypted": "x", "iv": "i", "tag": "t"},
            "oip": "{}",
            "meta": {"created": 1, "deeper": {"a": 1}, "linked": {"#": "elsewhere"}},
        });
        let waves = flat_nodes("ab:c", &node);
        assert_eq!(waves.len(), 3);
        assert_eq!(waves[0], vec![("ab:c/meta/deeper".to_string(), json!({"a": 1}))]);
        let mut second = waves[1].clone();
        second.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(
            second,
            vec![
                ("ab:c/data".to_string(), json!({"encrypted": "x", "iv": "i", "tag": "t"})),
                (
                    "ab:c/meta".to_string(),
                    json!({"created": 1, "deeper": {"#": "ab:c/meta/deeper"}, "linked": {"#": "elsewhere"}})
                ),
            ]
        );
        assert_eq!(
            waves[2],
            vec![("ab:c".to_string(), json!({"data": {"#": "ab:c/data"}, "oip": "{}", "meta": {"#": "ab:c/meta"}}))]
        );
        let flat = json!({"did": "d", "gone": null});
        assert_eq!(flat_nodes("ab:c", &flat), vec![vec![("ab:c".to_string(), flat.clone())]]);
    }

    #[test]
    fn references() {
        assert_eq!(reference(&json!({"#": "a/meta"})), Some("a/meta"));
        assert_eq!(reference(&json!({"#": "a", "b": 1})), None);
    }
}
