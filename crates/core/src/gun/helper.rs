//! The operations of the app's `GunHelper`, on top of [`Relay`].

use std::time::Duration;

use serde_json::{json, Map, Value};

use super::negative_cache;
use super::record::{self, Decryption, Encryption};
use super::relay::{Node, Relay};
use crate::config::{GunConfig, OriginalTimeouts};
use crate::error::{Error, Result};
use crate::soul::{self, did_of_soul, validate_soul};

/// The fields every OIP record node has; nulled on deletion even when a read
/// came back without them, since relays return incomplete nodes.
const RECORD_FIELDS: [&str; 3] = ["data", "oip", "meta"];
/// What OIP writes into a record's child nodes: `meta`, and `data` when it is
/// an encryption envelope. Nulled on deletion even when unread, for the same reason.
const META_FIELDS: [&str; 8] = [
    "created",
    "localId",
    "encrypted",
    "encryptionMethod",
    "encryptionType",
    "encryptedBy",
    "encryptedForOrganization",
    "sharedWith",
];
const ENVELOPE_FIELDS: [&str; 3] = ["encrypted", "iv", "tag"];
/// Put-null-then-verify rounds before a deletion is reported unverified.
const DELETE_ROUNDS: u32 = 3;
/// The original's retry schedule for failed reads.
/// References a record node may hold: one per field (`data`, `oip`, `meta`), with room to spare.
const MAX_REFERENCES: usize = 8;
const READ_RETRY_DELAYS: [Duration; 2] = [Duration::from_millis(200), Duration::from_millis(400)];

#[derive(Debug, Clone)]
pub struct GunHelper {
    relay: Relay,
    negative_ttl: Duration,
    original_timeouts: Option<OriginalTimeouts>,
}

impl GunHelper {
    pub fn new(config: &GunConfig) -> Self {
        GunHelper {
            relay: Relay::new(config),
            negative_ttl: config.negative_cache_ttl,
            original_timeouts: config.original_timeouts,
        }
    }

    /// A helper over another relay (a peer), with `config`'s cache settings.
    pub fn with_relay(relay: Relay, config: &GunConfig) -> Self {
        GunHelper { relay, negative_ttl: config.negative_cache_ttl, original_timeouts: config.original_timeouts }
    }

    pub fn relay(&self) -> &Relay {
        &self.relay
    }

    /// The relay with the original's timeout for one kind of request, when set.
    fn relay_for(&self, pick: fn(&OriginalTimeouts) -> Duration) -> Relay {
        match &self.original_timeouts {
            Some(t) => self.relay.with_timeout(pick(t)),
            None => self.relay.clone(),
        }
    }

    pub async fn put_simple(&self, soul: &str, data: &Value) -> Result<()> {
        validate_soul(soul)?;
        if !data.is_object() {
            return Err(Error::InvalidArgument {
                name: "data".into(),
                reason: "must be an object: GUN refuses anything else at a node's root".into(),
            });
        }
        negative_cache::forget(self.relay.url(), soul);
        self.relay_for(|t| t.put_simple).put(soul, data).await
    }

    pub async fn put_record(
        &self,
        record: &Value,
        soul: &str,
        local_id: Option<&str>,
        encryption: Option<&Encryption>,
    ) -> Result<()> {
        validate_soul(soul)?;
        if !record.is_object() {
            return Err(Error::InvalidArgument { name: "recordData".into(), reason: "must be an object".into() });
        }
        let node = record::build_node(record, local_id, encryption, crate::time::now_ms())?;
        negative_cache::forget(self.relay.url(), soul);
        self.relay_for(|t| t.put_record).put(soul, &node).await
    }

    /// A record with `data`/`oip` parsed and references one level down
    /// resolved; `None` when the relay answers 404 (remembered for seconds).
    /// Transient failures are retried twice (200 ms, 400 ms), then reported.
    pub async fn get_record(&self, soul: &str, decryption: &Decryption) -> Result<Option<Map<String, Value>>> {
        validate_soul(soul)?;
        if self.known_missing(soul) {
            return Ok(None);
        }
        let Some(mut node) = self.get_with_retries(soul).await? else {
            negative_cache::remember_missing(self.relay.url(), soul);
            return Ok(None);
        };
        self.resolve_references(soul, &mut node).await?;
        record::parse_json_fields(&mut node);
        record::decrypt_in_place(&mut node, decryption, soul)?;
        Ok(Some(node))
    }

    /// Whether `get_record` of `soul` answers `None` without I/O: a valid
    /// soul that read 404 less than the negative-cache TTL ago.
    pub fn known_missing(&self, soul: &str) -> bool {
        validate_soul(soul).is_ok() && negative_cache::is_missing(self.relay.url(), soul, self.negative_ttl)
    }

    async fn get_with_retries(&self, soul: &str) -> Result<Option<Node>> {
        let mut delays = READ_RETRY_DELAYS.iter();
        let relay = self.relay_for(|t| t.get);
        loop {
            match relay.get(soul).await {
                Err(e) if e.is_transient() => match delays.next() {
                    Some(d) => tokio::time::sleep(*d).await,
                    None => return Err(e),
                },
                other => return other,
            }
        }
    }

    /// Nested objects (`meta`, an encrypted `data` envelope) are separate
    /// GUN nodes; a child that is not readable yet stays a reference. A
    /// reference comes from whoever wrote the node: its soul is validated
    /// like any other before it is read, and a node with more references
    /// than a record has fields is refused instead of read child by child.
    async fn resolve_references(&self, soul: &str, node: &mut Node) -> Result<()> {
        let refs: Vec<(String, String)> =
            node.iter().filter_map(|(k, v)| record::reference(v).map(|r| (k.clone(), r.to_string()))).collect();
        if refs.len() > MAX_REFERENCES {
            return Err(Error::GunBadResponse {
                endpoint: format!("GET /get {}", self.relay.url()),
                soul: crate::text::shorten(soul),
                detail: format!(
                    "a node with {} references, more than the {MAX_REFERENCES} a record may have",
                    refs.len()
                ),
                cause: None,
            });
        }
        for (_, child) in &refs {
            validate_soul(child)?;
        }
        for (field, child) in refs {
            if let Some(child_node) = self.get_with_retries(&child).await? {
                node.insert(field, Value::Object(child_node));
            }
        }
        Ok(())
    }

    /// A page of a publisher's records from the relay's `/list`, each with `soul` and `did`.
    pub async fn list_by_publisher(
        &self,
        publisher_pub_key: &str,
        limit: u32,
        offset: u32,
        record_type: Option<&str>,
    ) -> Result<Vec<Value>> {
        let entries = self.list_entries_by_publisher(publisher_pub_key, limit, offset, record_type).await?;
        Ok(entries
            .into_iter()
            .filter_map(|mut entry| {
                let Some(Value::Object(mut out)) = entry.remove("data") else { return None };
                record::parse_json_fields(&mut out);
                out.insert("did".into(), entry.remove("did")?);
                out.insert("soul".into(), entry.remove("soul")?);
                Some(Value::Object(out))
            })
            .collect())
    }

    /// The same page as the relay lists it (`{soul, data, recordType,
    /// storedAt}`, `data` as the relay holds it), each with `did`: the
    /// original helper's shape.
    pub async fn list_entries_by_publisher(
        &self,
        publisher_pub_key: &str,
        limit: u32,
        offset: u32,
        record_type: Option<&str>,
    ) -> Result<Vec<Map<String, Value>>> {
        let hash = soul::publisher_hash(publisher_pub_key)?;
        let entries = self.relay.list(&hash, limit, offset, record_type).await?;
        Ok(entries
            .into_iter()
            .filter_map(|entry| {
                let Value::Object(mut entry) = entry else { return None };
                let soul = entry.get("soul")?.as_str()?.to_string();
                // The relay lists the last put of each soul: a deleted record's
                // (or child node's) last put holds only nulls.
                match entry.get("data") {
                    Some(Value::Object(data)) if !data.values().all(Value::is_null) && !is_child_node(&soul, data) => {}
                    _ => return None,
                }
                entry.insert("did".into(), json!(did_of_soul(&soul)));
                Some(entry)
            })
            .collect())
    }

    /// Removes a node for real: GUN refuses `null` at a node's root, so every
    /// field (and every child node's field) is set to `null`, GUN's field
    /// tombstone, and success is a later read that answers 404. A node that
    /// reads 404 first is nulled anyway: a fresh node can read back 404.
    /// Returns what the first read held (`None` for 404), so callers can tell
    /// "deleted" from "already gone" and learn the record's type.
    pub async fn delete(&self, soul: &str) -> Result<Option<Node>> {
        validate_soul(soul)?;
        let mut first_read: Option<Option<Node>> = None;
        for _ in 0..DELETE_ROUNDS {
            let read = self.relay.get(soul).await?;
            let current = read.clone().unwrap_or_default();
            first_read.get_or_insert(read);
            for child in children_of(soul, &current) {
                let mut fields: Vec<String> = child.known.iter().map(|f| f.to_string()).collect();
                // Only a child the read referenced is read: a guessed one may not
                // exist, and reading it would wait the relay's missing-soul timeout.
                if child.referenced {
                    if let Some(held) = self.relay.get(&child.soul).await? {
                        fields.extend(held.into_iter().map(|(field, _)| field));
                    }
                }
                if !fields.is_empty() {
                    self.relay.put(&child.soul, &record::nulls(fields.iter().map(String::as_str))).await?;
                }
            }
            let fields = current.keys().map(String::as_str).chain(RECORD_FIELDS);
            self.relay.put(soul, &record::nulls(fields)).await?;
            if self.relay.get(soul).await?.is_none() {
                negative_cache::remember_missing(self.relay.url(), soul);
                return Ok(first_read.flatten());
            }
        }
        Err(Error::GunDeleteUnverified {
            endpoint: format!("POST /put {}", self.relay.url()),
            soul: soul.to_string(),
            attempts: DELETE_ROUNDS,
        })
    }

    pub async fn check_connection(&self) -> bool {
        self.relay.ping().await
    }
}

/// A child node a deletion must clear, and the fields OIP writes into it.
struct Child {
    soul: String,
    referenced: bool,
    known: &'static [&'static str],
}

/// The children of `node` as read: every reference it shows and, for a
/// record field it does not show (the first read of a fresh record often
/// lacks `meta`, and one that read 404 shows nothing), GUN's own name for the
/// nested node that field would hold, `<soul>/<field>`. Missing that child
/// would leave an encrypted record's ciphertext and its meta on the relay.
fn children_of(soul: &str, node: &Node) -> Vec<Child> {
    let known = |field: &str| -> &'static [&'static str] {
        match field {
            "meta" => &META_FIELDS,
            "data" => &ENVELOPE_FIELDS,
            _ => &[],
        }
    };
    let referenced = node.iter().filter_map(|(field, v)| {
        record::reference(v).map(|r| Child { soul: r.to_string(), referenced: true, known: known(field) })
    });
    let guessed = ["data", "meta"].into_iter().filter(|field| !node.contains_key(*field)).map(|field| Child {
        soul: format!("{soul}/{field}"),
        referenced: false,
        known: known(field),
    });
    referenced.chain(guessed).collect()
}

/// A record's child node (`<soul>/meta`, an encrypted `<soul>/data`): the
/// sync stores records as flat nodes, each a put the relay lists under the
/// publisher, where the original's one nested put listed the record alone.
fn is_child_node(soul: &str, data: &Map<String, Value>) -> bool {
    soul.contains('/') && !data.contains_key("oip")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gun::relay::test_server::{answer, serve};

    async fn read_from(node: Value) -> (Error, usize) {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
        let body = json!({ "success": true, "data": node }).to_string();
        let server = serve(listener, vec![answer("200 OK", "", &body); 2]);
        let cfg = GunConfig::resolve(&Default::default(), &|_| None).unwrap();
        let helper = GunHelper::with_relay(Relay::at(&url, &cfg, 1), &cfg);
        let e = helper.get_record("ab:cd", &Decryption::default()).await.unwrap_err();
        (e, server.await.unwrap())
    }

    #[tokio::test]
    async fn a_peers_references_are_validated_before_they_are_read() {
        let (e, requests) = read_from(json!({"data": "{}", "oip": "{}", "meta": {"#": "bad\u{1}soul"}})).await;
        assert_eq!((e.code().as_str(), requests), ("INVALID_SOUL", 1), "{e}");
        let many: Map<String, Value> =
            (0..9).map(|i| (format!("f{i}"), json!({ "#": format!("ab:cd/{i}") }))).collect();
        let (e, requests) = read_from(Value::Object(many)).await;
        assert_eq!((e.code().as_str(), requests), ("GUN_BAD_RESPONSE", 1), "{e}");
    }
}
