//! Validation of a peer's record and its conversion to the Elasticsearch
//! document, exactly as the original sync service did them.

use serde_json::{json, Map, Value};

/// Why a record cannot be synced, whatever its peer is asked again.
#[derive(Debug, Clone, PartialEq)]
pub struct Invalid(pub String);

/// `oip.ver` a string starting `0.8`, `oip.recordType`, and a creator either
/// nested `{publicKey, didAddress}` or flattened `creator_publicKey` + `creator_didAddress`.
pub fn validate(record: &Map<String, Value>) -> Result<(), Invalid> {
    let oip = match record.get("oip") {
        Some(Value::Object(o)) => o,
        Some(other) => return Err(Invalid(format!("oip is {}, not an object", kind(other)))),
        None => return Err(Invalid("no oip".into())),
    };
    match oip.get("ver") {
        Some(Value::String(v)) if v.starts_with("0.8") => {}
        other => return Err(Invalid(format!("oip.ver {} does not start with 0.8", shown(other)))),
    }
    if !is_str(oip.get("recordType")) {
        return Err(Invalid("no oip.recordType".into()));
    }
    let nested = oip.get("creator").is_some_and(|c| is_str(c.get("publicKey")) && is_str(c.get("didAddress")));
    let flat = is_str(oip.get("creator_publicKey")) && is_str(oip.get("creator_didAddress"));
    if !nested && !flat {
        return Err(Invalid("no creator {publicKey, didAddress} nor creator_publicKey/creator_didAddress".into()));
    }
    // OIP data is an object (or an encryption envelope, also one): a scalar
    // indexed first would fix the index's `data` mapping against every other record.
    match record.get("data") {
        Some(Value::Object(_)) => Ok(()),
        Some(other) => Err(Invalid(format!("data is {}, not an object", kind(other)))),
        None => Err(Invalid("no data".into())),
    }
}

pub fn record_type(record: &Map<String, Value>) -> Option<&str> {
    record.get("oip")?.get("recordType")?.as_str()
}

pub fn creator_public_key(record: &Map<String, Value>) -> Option<&str> {
    let oip = record.get("oip")?;
    oip.get("creator").and_then(|c| c.get("publicKey")).or_else(|| oip.get("creator_publicKey"))?.as_str()
}

/// The Elasticsearch document: `{data, oip}` only, `oip.did = oip.didTx =
/// did`, `oip.storage = "gun"`, a flattened creator folded back, encrypted
/// records marked, and JSON-array strings inside `data` parsed.
pub fn to_document(record: &Map<String, Value>, did: &str, from_node: &str, now_iso: &str) -> Value {
    let mut oip = record.get("oip").and_then(Value::as_object).cloned().unwrap_or_default();
    oip.insert("did".into(), json!(did));
    oip.insert("didTx".into(), json!(did));
    oip.insert("storage".into(), json!("gun"));
    if let (Some(pk), Some(addr)) = (oip.remove("creator_publicKey"), oip.remove("creator_didAddress")) {
        if !oip.get("creator").is_some_and(Value::is_object) {
            oip.insert("creator".into(), json!({ "publicKey": pk, "didAddress": addr }));
        }
    }
    // Encrypted still (per-user), or opened during the sync (legacy): both were encrypted.
    let meta = record.get("meta");
    let was_encrypted =
        ["encrypted", "wasEncrypted"].iter().any(|k| meta.and_then(|m| m.get(*k)) == Some(&Value::Bool(true)));
    if was_encrypted {
        oip.insert("wasEncrypted".into(), json!(true));
        oip.insert("syncedFromNode".into(), json!(from_node));
        oip.insert("syncedAt".into(), json!(now_iso));
    }
    let mut data = record.get("data").cloned().unwrap_or(Value::Null);
    parse_array_strings(&mut data);
    json!({ "data": data, "oip": Value::Object(oip) })
}

/// Every string that starts with `[`, ends with `]` and parses as a JSON
/// array becomes that array, recursively through objects.
fn parse_array_strings(v: &mut Value) {
    match v {
        Value::Object(map) => map.values_mut().for_each(parse_array_strings),
        Value::String(s) if s.starts_with('[') && s.ends_with(']') => {
            if let Ok(arr @ Value::Array(_)) = serde_json::from_str::<Value>(s) {
                *v = arr;
            }
        }
        _ => {}
    }
}

fn is_str(v: Option<&Value>) -> bool {
    v.is_some_and(|v| v.as_str().is_some_and(|s| !s.is_empty()))
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn shown(v: Option<&Value>) -> String {
    v.map_or("missing".into(), |v| crate::soul::shorten(&v.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn validation_rules() {
        let ok = rec(
            json!({"data": {}, "oip": {"ver": "0.8.0", "recordType": "post", "creator": {"publicKey": "p", "didAddress": "d"}}}),
        );
        assert!(validate(&ok).is_ok());
        let flat = rec(
            json!({"data": {}, "oip": {"ver": "0.8.1", "recordType": "post", "creator_publicKey": "p", "creator_didAddress": "d"}}),
        );
        assert!(validate(&flat).is_ok());
        for bad in [
            json!({"data": {}, "oip": {"ver": "0.7", "recordType": "post", "creator": {"publicKey": "p", "didAddress": "d"}}}),
            json!({"data": {}, "oip": {"ver": "0.8", "creator": {"publicKey": "p", "didAddress": "d"}}}),
            json!({"data": {}, "oip": {"ver": "0.8", "recordType": "post"}}),
            json!({"data": {}, "oip": []}),
            json!({"data": 42, "oip": "x"}),
            json!({"data": 42, "oip": {"ver": "0.8", "recordType": "post", "creator": {"publicKey": "p", "didAddress": "d"}}}),
            json!({"data": "text", "oip": {"ver": "0.8", "recordType": "post", "creator": {"publicKey": "p", "didAddress": "d"}}}),
        ] {
            assert!(validate(&rec(bad.clone())).is_err(), "{bad}");
        }
    }

    #[test]
    fn conversion_as_the_original() {
        let r = rec(json!({
            "data": {"tags": "[\"a\",\"b\"]", "nested": {"list": "[1,2]"}, "text": "[not json]"},
            "oip": {"ver": "0.8.0", "recordType": "post", "creator_publicKey": "p", "creator_didAddress": "d"},
            "meta": {"encrypted": true}
        }));
        let doc = to_document(&r, "did:gun:s", "node-1", "2026-01-01T00:00:00.000Z");
        assert_eq!(doc["data"]["tags"], json!(["a", "b"]));
        assert_eq!(doc["data"]["nested"]["list"], json!([1, 2]));
        assert_eq!(doc["data"]["text"], json!("[not json]"));
        assert_eq!(doc["oip"]["did"], "did:gun:s");
        assert_eq!(doc["oip"]["didTx"], "did:gun:s");
        assert_eq!(doc["oip"]["storage"], "gun");
        assert_eq!(doc["oip"]["creator"], json!({"publicKey": "p", "didAddress": "d"}));
        assert!(doc["oip"].get("creator_publicKey").is_none());
        assert_eq!(doc["oip"]["wasEncrypted"], true);
        assert_eq!(doc["oip"]["syncedFromNode"], "node-1");
        assert!(doc.get("meta").is_none(), "only data and oip");
    }
}
