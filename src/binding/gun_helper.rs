//! `GunHelper`, the drop-in for the app's `helpers/gun.js`, and `deleteRecord`.

use napi::bindgen_prelude::{AsyncBlock, Buffer, Either, FromNapiValue, Null, PromiseRaw, Unknown};
use napi::{Env, ValueType};
use napi_derive::napi;
use serde_json::Value;

use super::errors::{answer_later, answer_now, console_warn, or_null, promise, sync};
use super::json::Map;
use crate::crypto::{self, Key};
use crate::error::Error;
use crate::gun::helper;
use crate::gun::record::{Decryption, Encryption};
use crate::settings;
use crate::soul::{self, did_of_soul, SoulContent};

/// Options of `new GunHelper(options)` and of `deleteRecord`; each overrides its environment variable.
#[napi(object)]
#[derive(Clone, Default)]
pub struct GunHelperOptions {
    /// The local relay's HTTP API URL. Default: the first entry of `GUN_PEERS`, else `http://gun-relay:8765`.
    pub api_url: Option<String>,
    /// Per-request timeout in ms (default 10000: above the relay's 3 s missing-soul wait).
    pub timeout_ms: Option<u32>,
    /// Largest relay response accepted, in bytes (default 32 MiB).
    pub max_body_bytes: Option<u32>,
    /// How long a 404 is remembered, in ms (default 5000; 0 disables).
    pub negative_cache_ttl_ms: Option<u32>,
    /// Set by the `oip/` modules: a bad `GUN_PEERS` falls back to the
    /// original's default with one warning naming it, instead of throwing
    /// `INVALID_CONFIG`, as the original helper never threw.
    pub tolerate_bad_env: Option<bool>,
    /// Set by the `oip/` modules: the original helper's timeouts (30 s per
    /// record put, 20 s per read, `GUN_REGISTRY_TIMEOUT_MS` per simple put)
    /// unless `timeoutMs` is given.
    pub original_timeouts: Option<bool>,
}

/// Options of `putRecord`. Every field takes `null` as absent, as the
/// original did: apps pass `localId: null` and `encrypt: undefined`.
#[napi(object)]
pub struct PutRecordOptions {
    /// Stored as `meta.localId`.
    pub local_id: Option<Option<String>>,
    /// Encrypt `data` with AES-256-GCM.
    pub encrypt: Option<Option<bool>>,
    /// `'per-user'` (default) or `'organization'`.
    pub encryption_type: Option<Option<String>>,
    /// The writer's public key, stored as `meta.encryptedBy`; without `key`, the per-user key is derived from it.
    pub user_public_key: Option<Option<String>>,
    /// A 32-byte key (organisation or password-derived keys come from app code).
    pub key: Option<Option<Buffer>>,
    /// `meta.encryptedForOrganization`, for organisation encryption.
    pub organization_did: Option<Option<String>>,
    /// `meta.sharedWith`, for organisation encryption.
    pub shared_with: Option<Option<Vec<String>>>,
}

/// Options of `getRecord`: who is reading, so encrypted records can be opened (`null` is absent).
#[napi(object)]
pub struct GetRecordOptions {
    /// Opens per-user records this public key encrypted.
    pub user_public_key: Option<Option<String>>,
    /// A 32-byte key that opens organisation or password-encrypted records.
    pub decryption_key: Option<Option<Buffer>>,
}

/// Options of `listRecordsByPublisher` (`null` is absent).
#[napi(object)]
pub struct ListOptions {
    /// Default 50.
    pub limit: Option<Option<u32>>,
    /// Default 0.
    pub offset: Option<Option<u32>>,
    pub record_type: Option<Option<String>>,
    /// Each record as the relay lists it (`{soul, did, data, recordType,
    /// storedAt}`, `data` as the relay holds it), the original helper's
    /// shape, instead of the record's fields with `data` and `oip` parsed.
    pub as_listed: Option<Option<bool>>,
}

/// What `putSimple` wrote.
#[napi(object)]
pub struct PutSimpleResult {
    pub soul: String,
    pub success: bool,
}

/// Where `putRecord` stored the record.
#[napi(object)]
pub struct PutRecordResult {
    pub soul: String,
    /// `did:gun:<soul>`.
    pub did: String,
    pub encrypted: bool,
}

impl From<GunHelperOptions> for settings::GunOptions {
    fn from(o: GunHelperOptions) -> Self {
        settings::GunOptions {
            api_url: o.api_url,
            timeout_ms: o.timeout_ms,
            max_body_bytes: o.max_body_bytes,
            negative_cache_ttl_ms: o.negative_cache_ttl_ms,
            original_timeouts: o.original_timeouts == Some(true),
        }
    }
}

/// A string argument as JS passed it, or what came instead ("undefined",
/// "number", ...), so that a wrong type is refused with the addon's codes,
/// through the promise, like any other bad input. Such arguments are `Unknown`
/// in Rust, so their TypeScript type is written by hand.
fn string_arg(value: Unknown<'_>) -> Result<String, String> {
    match value.get_type() {
        Ok(ValueType::String) => String::from_unknown(value).map_err(|e| e.reason),
        Ok(other) => Err(other.to_string().to_lowercase()),
        Err(e) => Err(e.reason),
    }
}

fn soul_arg(value: Unknown<'_>) -> Result<String, Error> {
    string_arg(value)
        .map_err(|got| Error::InvalidSoul { soul: format!("<{got}>"), reason: "must be a non-empty string".into() })
}

/// The core refuses an empty key where it matters; here only the type is checked.
fn pub_key_arg(value: Unknown<'_>) -> Result<String, Error> {
    string_arg(value).map_err(|got| Error::InvalidArgument {
        name: "publisherPubKey".into(),
        reason: format!("must be a non-empty string, got {got}"),
    })
}

/// A JSON-like argument; `undefined` becomes `null`, which the callers refuse as not an object.
fn json_arg(name: &str, value: Unknown<'_>) -> Result<Value, Error> {
    match value.get_type() {
        Ok(ValueType::Undefined) => Ok(Value::Null),
        _ => Value::from_unknown(value)
            .map(integers_as_js_writes_them)
            .map_err(|e| Error::InvalidArgument { name: name.into(), reason: e.reason }),
    }
}

/// napi turns a JS number past the u32 range into an f64, which serde_json
/// writes as `1700000000000.0`; `JSON.stringify` writes `1700000000000`. OIP
/// records are full of millisecond timestamps, and the stored JSON strings and
/// content souls must come out as the original helper wrote them.
fn integers_as_js_writes_them(mut value: Value) -> Value {
    fn walk(v: &mut Value) {
        match v {
            Value::Number(n) => {
                // Integers up to 2^53 are exact in an f64, as in JS.
                const SAFE: f64 = 9_007_199_254_740_991.0;
                if let Some(f) = n.as_f64().filter(|f| n.is_f64() && f.fract() == 0.0 && f.abs() <= SAFE) {
                    *n = serde_json::Number::from(f as i64);
                }
            }
            Value::Array(items) => items.iter_mut().for_each(walk),
            Value::Object(map) => map.values_mut().for_each(walk),
            _ => {}
        }
    }
    walk(&mut value);
    value
}

fn key_of(name: &str, buf: &Buffer) -> Result<Key, Error> {
    buf.as_ref().try_into().map_err(|_| Error::InvalidArgument {
        name: name.into(),
        reason: format!("must be 32 bytes for AES-256-GCM, got {}", buf.len()),
    })
}

fn encryption_of(o: &PutRecordOptions) -> Result<Option<Encryption>, Error> {
    if o.encrypt.flatten() != Some(true) {
        return Ok(None);
    }
    let missing =
        |name: &str| Error::InvalidArgument { name: name.into(), reason: "is required with encrypt: true".into() };
    let encrypted_by = o.user_public_key.clone().flatten().ok_or_else(|| missing("userPublicKey"))?;
    match o.encryption_type.as_ref().and_then(|t| t.as_deref()).unwrap_or("per-user") {
        "per-user" => {
            let key = match o.key.as_ref().and_then(Option::as_ref) {
                Some(k) => key_of("key", k)?,
                None => crypto::fallback_key(&encrypted_by),
            };
            Ok(Some(Encryption::PerUser { encrypted_by, key }))
        }
        "organization" => Ok(Some(Encryption::Organization {
            key: key_of("key", o.key.as_ref().and_then(Option::as_ref).ok_or_else(|| missing("key"))?)?,
            organization_did: o.organization_did.clone().flatten().ok_or_else(|| missing("organizationDid"))?,
            shared_with: o.shared_with.clone().flatten().unwrap_or_default(),
            encrypted_by,
        })),
        other => Err(Error::InvalidArgument {
            name: "encryptionType".into(),
            reason: format!("{other:?} is neither \"per-user\" nor \"organization\""),
        }),
    }
}

/// Reads, writes, lists and deletes OIP records on the local GUN relay.
/// Cheap to construct (the app makes one per request): no timers, no pool of
/// its own; all instances share one HTTP client.
///
/// Methods that return a promise never throw: a bad argument rejects it
/// before any I/O (`INVALID_SOUL`, `INVALID_ARGUMENT`). Relay failures are
/// `GUN_UNREACHABLE` when no answer started (refused, reset, or closed before
/// the status line), `GUN_TIMEOUT`, `GUN_HTTP_<status>`, `GUN_TOO_LARGE`, and
/// `GUN_BAD_RESPONSE` when an answer started but broke off, was cut short or
/// is not the relay's JSON.
#[napi]
pub struct GunHelper {
    inner: helper::GunHelper,
}

impl GunHelper {
    pub(crate) fn core(&self) -> &helper::GunHelper {
        &self.inner
    }
}

#[napi]
impl GunHelper {
    /// Reads `GUN_PEERS` (first entry) unless `options.apiUrl` is given.
    /// Throws `INVALID_CONFIG` naming the variable or option that is wrong.
    #[napi(constructor, catch_unwind)]
    pub fn new(env: &Env, options: Option<GunHelperOptions>) -> napi::Result<Self> {
        let o = options.unwrap_or_default();
        let tolerate = o.tolerate_bad_env == Some(true);
        let inner = settings::from_process_env(
            tolerate,
            |w| console_warn(env, w),
            |vars| settings::GunOptions::from(o).helper(vars),
        );
        sync(env, || Ok(GunHelper { inner: inner? }))
    }

    /// The relay API URL this helper talks to.
    #[napi(getter, catch_unwind)]
    pub fn api_url(&self) -> String {
        self.inner.relay().url().to_string()
    }

    /// `h:localId`, else `h:h:<content hash>` when `recordData` is given, else
    /// `h:t:<now, base 36>`; `h` is the first 12 hex of sha256(publisherPubKey).
    #[napi(catch_unwind)]
    pub fn compute_soul(
        &self,
        env: &Env,
        // Unknown, to refuse a wrong type with `INVALID_ARGUMENT` (see `string_arg`).
        #[napi(ts_arg_type = "string")] publisher_pub_key: Unknown<'_>,
        local_id: Option<String>,
        record_data: Option<Value>,
    ) -> napi::Result<String> {
        let record_data = record_data.map(integers_as_js_writes_them);
        sync(env, || {
            let publisher_pub_key = pub_key_arg(publisher_pub_key)?;
            let content = record_data.map(|r| SoulContent::from_record(&r, soul::now_ms(), rand_unit()));
            soul::compute_soul(&publisher_pub_key, local_id.as_deref().filter(|s| !s.is_empty()), content.as_ref())
        })
    }

    /// Writes `data` (an object) to `soul` as it is.
    #[napi(catch_unwind)]
    pub fn put_simple(
        &self,
        env: &Env,
        // Unknown, so a wrong type rejects the promise (see `string_arg`).
        #[napi(ts_arg_type = "Record<string, any>")] data: Unknown<'_>,
        // Unknown, so a wrong type rejects with `INVALID_SOUL` (see `string_arg`).
        #[napi(ts_arg_type = "string")] soul: Unknown<'_>,
    ) -> napi::Result<AsyncBlock<PutSimpleResult>> {
        let inner = self.inner.clone();
        let (data, soul) = (json_arg("data", data), soul_arg(soul));
        promise(env, async move {
            let soul = soul?;
            inner.put_simple(&soul, &data?).await?;
            Ok(PutSimpleResult { soul, success: true })
        })
    }

    /// Stores `{data: JSON, oip: JSON, meta}`; with `options.encrypt`, `data`
    /// becomes an AES-256-GCM envelope `{encrypted, iv, tag}`.
    #[napi(catch_unwind)]
    pub fn put_record(
        &self,
        env: &Env,
        // Unknown, so a wrong type rejects the promise (see `string_arg`).
        #[napi(ts_arg_type = "{ data?: any, oip?: any }")] record_data: Unknown<'_>,
        // Unknown, so a wrong type rejects with `INVALID_SOUL` (see `string_arg`).
        #[napi(ts_arg_type = "string")] soul: Unknown<'_>,
        options: Option<PutRecordOptions>,
    ) -> napi::Result<AsyncBlock<PutRecordResult>> {
        let inner = self.inner.clone();
        // Buffers cannot cross into the future; the key is copied out here and
        // a bad one rejects the promise like any other bad input.
        let encryption = options.as_ref().map(encryption_of).transpose().map(Option::flatten);
        // The original stored `options.localId || null`: an empty id is no id.
        let local_id = options.and_then(|o| o.local_id.flatten()).filter(|id| !id.is_empty());
        let (record_data, soul) = (json_arg("recordData", record_data), soul_arg(soul));
        promise(env, async move {
            let soul = soul?;
            let encryption = encryption?;
            inner.put_record(&record_data?, &soul, local_id.as_deref(), encryption.as_ref()).await?;
            Ok(PutRecordResult { did: did_of_soul(&soul), encrypted: encryption.is_some(), soul })
        })
    }

    /// The record at `soul` with `data`/`oip` parsed and `meta` resolved,
    /// decrypted when the reader can open it; `null` on 404 (a 404 cached
    /// here answers at once, without I/O). Transient relay failures are
    /// retried twice (200 ms, 400 ms) and then thrown.
    #[napi(catch_unwind)]
    pub fn get_record<'env>(
        &self,
        env: &'env Env,
        // Unknown, so a wrong type rejects with `INVALID_SOUL` (see `string_arg`).
        #[napi(ts_arg_type = "string")] soul: Unknown<'_>,
        options: Option<GetRecordOptions>,
    ) -> napi::Result<Either<PromiseRaw<'env, Either<Map, Null>>, AsyncBlock<Either<Map, Null>>>> {
        let inner = self.inner.clone();
        let decryption = match options {
            None => Ok(Decryption::default()),
            Some(o) => o
                .decryption_key
                .as_ref()
                .and_then(Option::as_ref)
                .map(|k| key_of("decryptionKey", k))
                .transpose()
                .map(|key| Decryption { user_public_key: o.user_public_key.flatten(), key }),
        };
        let soul = soul_arg(soul);
        if let (Ok(soul), Ok(_)) = (&soul, &decryption) {
            if inner.known_missing(soul) {
                return answer_now(env, or_null(None));
            }
        }
        answer_later(env, async move { Ok(or_null(inner.get_record(&soul?, &decryption?).await?.map(Map))) })
    }

    /// A page of the publisher's records (relay `/list`), each with `soul` and `did`.
    #[napi(catch_unwind)]
    pub fn list_records_by_publisher(
        &self,
        env: &Env,
        // Unknown, to refuse a wrong type with `INVALID_ARGUMENT` (see `string_arg`).
        #[napi(ts_arg_type = "string")] publisher_pub_key: Unknown<'_>,
        options: Option<ListOptions>,
    ) -> napi::Result<AsyncBlock<Vec<Map>>> {
        let inner = self.inner.clone();
        let (limit, offset, record_type, as_listed) = match options {
            Some(o) => (
                o.limit.flatten().unwrap_or(50),
                o.offset.flatten().unwrap_or(0),
                o.record_type.flatten(),
                o.as_listed.flatten().unwrap_or(false),
            ),
            None => (50, 0, None, false),
        };
        let publisher_pub_key = pub_key_arg(publisher_pub_key);
        promise(env, async move {
            let (key, record_type) = (publisher_pub_key?, record_type.as_deref());
            Ok(if as_listed {
                inner.list_entries_by_publisher(&key, limit, offset, record_type).await?.into_iter().map(Map).collect()
            } else {
                let records = inner.list_by_publisher(&key, limit, offset, record_type).await?;
                // The core lists objects only.
                records.into_iter().filter_map(|r| if let Value::Object(r) = r { Some(Map(r)) } else { None }).collect()
            })
        })
    }

    /// Alias of `listRecordsByPublisher`, as in the original helper.
    #[napi(catch_unwind)]
    pub fn list_user_records(
        &self,
        env: &Env,
        // Unknown, to refuse a wrong type with `INVALID_ARGUMENT` (see `string_arg`).
        #[napi(ts_arg_type = "string")] publisher_pub_key: Unknown<'_>,
        options: Option<ListOptions>,
    ) -> napi::Result<AsyncBlock<Vec<Map>>> {
        self.list_records_by_publisher(env, publisher_pub_key, options)
    }

    /// Resolves `true` once a read of `soul` answers 404 (already gone counts).
    #[napi(catch_unwind)]
    pub fn delete_record(
        &self,
        env: &Env,
        // Unknown, so a wrong type rejects with `INVALID_SOUL` (see `string_arg`).
        #[napi(ts_arg_type = "string")] soul: Unknown<'_>,
    ) -> napi::Result<AsyncBlock<bool>> {
        let inner = self.inner.clone();
        let soul = soul_arg(soul);
        promise(env, async move { inner.delete(&soul?).await.map(|_| true) })
    }

    /// Whether the relay answers; never throws.
    #[napi(catch_unwind)]
    pub fn check_connection(&self, env: &Env) -> napi::Result<AsyncBlock<bool>> {
        let inner = self.inner.clone();
        promise(env, async move { Ok(inner.check_connection().await) })
    }
}

/// Deletes `soul` from the relay for real and resolves `true` once a read answers 404.
/// Bad options reject the promise, as bad souls do.
#[napi(catch_unwind)]
pub fn delete_record(
    env: &Env,
    // Unknown, so a wrong type rejects with `INVALID_SOUL` (see `string_arg`).
    #[napi(ts_arg_type = "string")] soul: Unknown<'_>,
    options: Option<GunHelperOptions>,
) -> napi::Result<AsyncBlock<bool>> {
    let options = settings::GunOptions::from(options.unwrap_or_default());
    let (soul, config) = (soul_arg(soul), settings::from_process_env_strictly(|env| options.config(env)));
    promise(env, async move {
        let soul = soul?;
        helper::GunHelper::new(&config?).delete(&soul).await.map(|_| true)
    })
}

/// `Math.random()`'s role in the original content soul: uniqueness, not secrecy.
fn rand_unit() -> f64 {
    use ring::rand::{SecureRandom, SystemRandom};
    let mut b = [0u8; 8];
    let _ = SystemRandom::new().fill(&mut b);
    (u64::from_le_bytes(b) >> 11) as f64 / (1u64 << 53) as f64
}
