//! The original's handling of each kind of encrypted record a sync finds:
//! legacy records (no `meta.encryptedBy`) are opened with the old shared key;
//! organisation records are queued in `organization_decrypt_queue` for their
//! owner to open at login, not indexed; per-user records are indexed still
//! encrypted, since only their owner can open them.

use serde_json::{json, Map, Value};

use crate::crypto::{self, Key};
use crate::error::{Error, Result};
use crate::gun::record::{self, Decryption};

/// Where the original queued organisation records.
pub const ORGANIZATION_QUEUE_INDEX: &str = "organization_decrypt_queue";

/// What a sync does with a fetched record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Handling {
    /// Into the records index (public, legacy opened here, or per-user kept encrypted).
    Index,
    /// Into the organisation queue, for this organisation.
    Queue { organization_did: String },
}

/// The original's test: `meta.encrypted` and an `{encrypted, iv, tag}` envelope.
fn is_encrypted(record: &Map<String, Value>) -> bool {
    let meta_says = record.get("meta").and_then(|m| m.get("encrypted")) == Some(&Value::Bool(true));
    let envelope = record.get("data").is_some_and(|d| ["encrypted", "iv", "tag"].iter().all(|k| d.get(*k).is_some()));
    meta_says && envelope
}

/// PBKDF2-HMAC-SHA256("gun-encryption-key", "salt", 100000, 32): the key every
/// node shared before per-user encryption.
fn legacy_key() -> Key {
    static KEY: std::sync::OnceLock<Key> = std::sync::OnceLock::new();
    *KEY.get_or_init(|| crypto::derive_key(b"gun-encryption-key", b"salt"))
}

/// Decides, and opens a legacy record in place. A legacy record that the
/// legacy key does not open, or an organisation record without its
/// organisation, is an error: the original skipped both.
pub fn prepare(record: &mut Map<String, Value>, soul: &str) -> Result<Handling> {
    if !is_encrypted(record) {
        return Ok(Handling::Index);
    }
    let meta = record.get("meta").cloned().unwrap_or(Value::Null);
    if meta.get("encryptedBy").and_then(Value::as_str).is_none() {
        record::decrypt_in_place(record, &Decryption { user_public_key: None, key: Some(legacy_key()) }, soul)?;
        return Ok(Handling::Index);
    }
    if meta.get("encryptionType").and_then(Value::as_str) == Some("organization") {
        return match meta.get("encryptedForOrganization").and_then(Value::as_str) {
            Some(did) => Ok(Handling::Queue { organization_did: did.to_string() }),
            None => Err(Error::Decrypt {
                soul: soul.to_string(),
                reason: "organisation record without meta.encryptedForOrganization".into(),
            }),
        };
    }
    Ok(Handling::Index)
}

/// The queue document, as the original wrote it: the record as read, still encrypted.
pub fn queue_document(record: &Map<String, Value>, organization_did: &str, now_iso: &str) -> Value {
    json!({
        "organizationDid": organization_did,
        "encryptedRecord": Value::Object(record.clone()),
        "queuedAt": now_iso,
        "status": "pending",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encrypted(meta: Value, key: &Key) -> Map<String, Value> {
        let plain = serde_json::to_vec(&json!(json!({ "basic": { "name": "x" } }).to_string())).unwrap();
        let envelope = crypto::encrypt(key, &plain).unwrap();
        json!({ "data": envelope, "oip": { "did": "did:gun:abcdefabcdef:r" }, "meta": meta })
            .as_object()
            .unwrap()
            .clone()
    }

    #[test]
    fn each_kind_as_the_original() {
        let mut public = json!({ "data": { "a": 1 }, "oip": {}, "meta": {} }).as_object().unwrap().clone();
        assert_eq!(prepare(&mut public, "s").unwrap(), Handling::Index);

        let mut legacy = encrypted(json!({ "encrypted": true }), &legacy_key());
        assert_eq!(prepare(&mut legacy, "s").unwrap(), Handling::Index);
        assert_eq!(legacy["data"], json!({ "basic": { "name": "x" } }));

        let mut not_legacy = encrypted(json!({ "encrypted": true }), &[7u8; 32]);
        assert_eq!(prepare(&mut not_legacy, "s").unwrap_err().code(), "DECRYPT_FAILED");

        let org = json!({ "encrypted": true, "encryptedBy": "pk", "encryptionType": "organization", "encryptedForOrganization": "did:arweave:org" });
        let mut org = encrypted(org, &[7u8; 32]);
        assert_eq!(prepare(&mut org, "s").unwrap(), Handling::Queue { organization_did: "did:arweave:org".into() });
        let doc = queue_document(&org, "did:arweave:org", "2026-01-01T00:00:00.000Z");
        assert_eq!(doc["status"], "pending");
        assert_eq!(doc["encryptedRecord"]["data"], org["data"]);

        let mut per_user = encrypted(json!({ "encrypted": true, "encryptedBy": "pk" }), &crypto::fallback_key("pk"));
        let before = per_user.clone();
        assert_eq!(prepare(&mut per_user, "s").unwrap(), Handling::Index);
        assert_eq!(per_user, before, "kept encrypted");
    }
}
