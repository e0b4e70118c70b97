//! The core's one error type. Every failure is classified once, here, so the
//! deletion ledger and the sync engine can decide "retry later" or "give up"
//! without string matching, and the binding layer can turn it into a JS error
//! with a stable `code`.

use std::time::Duration;

/// How a failure should be treated by whoever retries work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorClass {
    /// The thing asked for is not there (safe to treat as "absent" only where
    /// a false absence cannot lose or resurrect data).
    NotFound,
    /// Worth retrying later: connection errors, timeouts, 429, 502-504.
    Transient,
    /// Retrying the same request cannot help: bad input, 4xx, malformed data.
    Permanent,
}

impl ErrorClass {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorClass::NotFound => "not_found",
            ErrorClass::Transient => "transient",
            ErrorClass::Permanent => "permanent",
        }
    }
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum Error {
    #[error("invalid soul {soul:?}: {reason}")]
    InvalidSoul { soul: String, reason: String },

    #[error("invalid did {did:?}: {reason}")]
    InvalidDid { did: String, reason: String },

    #[error("invalid configuration {name}: {reason}")]
    InvalidConfig { name: String, reason: String },

    #[error("invalid argument {name}: {reason}")]
    InvalidArgument { name: String, reason: String },

    #[error("GUN relay unreachable: {endpoint} (soul {soul:?}): {detail}")]
    GunUnreachable { endpoint: String, soul: String, detail: String },

    #[error("GUN relay timed out after {}ms: {endpoint} (soul {soul:?})", .after.as_millis())]
    GunTimeout { endpoint: String, soul: String, after: Duration },

    #[error("GUN relay answered HTTP {status}: {endpoint} (soul {soul:?}): {detail}")]
    GunHttp { status: u16, endpoint: String, soul: String, detail: String },

    #[error("GUN relay sent a response that is not of the relay's shape: {endpoint} (soul {soul:?}): {detail}")]
    GunBadResponse { endpoint: String, soul: String, detail: String },

    #[error("GUN relay response larger than {limit} bytes: {endpoint} (soul {soul:?})")]
    GunTooLarge { endpoint: String, soul: String, limit: usize },

    #[error("GUN relay still holds soul {soul:?} after {attempts} deletion attempts: {endpoint}")]
    GunDeleteUnverified { endpoint: String, soul: String, attempts: u32 },

    #[error("Elasticsearch unreachable: {endpoint}: {detail}")]
    EsUnreachable { endpoint: String, detail: String },

    #[error("Elasticsearch timed out after {}ms: {endpoint}", .after.as_millis())]
    EsTimeout { endpoint: String, after: Duration },

    /// An answer other than 2xx (or an expected 404), classified once by `elastic::classify`.
    #[error("Elasticsearch answered HTTP {status} {error_type}: {endpoint}: {reason}")]
    EsHttp { status: u16, endpoint: String, error_type: String, reason: String, class: ErrorClass },

    #[error("Elasticsearch refused the credentials (HTTP {status}): {endpoint}: {reason}")]
    EsAuth { status: u16, endpoint: String, reason: String },

    #[error("Elasticsearch sent a response that is not of the expected shape: {endpoint}: {detail}")]
    EsBadResponse { endpoint: String, detail: String },

    #[error("Elasticsearch response larger than {limit} bytes: {endpoint}")]
    EsTooLarge { endpoint: String, limit: usize },

    /// Another process holds the state directory: two writers would compact
    /// the journals under each other and lose entries.
    #[error("state directory {dir} is in use by another process ({holder}); stop it, or give this one its own state directory")]
    StateLocked { dir: String, holder: String },

    /// The state directory could not be read or written.
    #[error("state file {path}: {detail}")]
    State { path: String, detail: String },

    #[error("encryption failed: {0}")]
    Encrypt(String),

    #[error("decryption failed for soul {soul:?}: {reason}")]
    Decrypt { soul: String, reason: String },

    /// `forceSync()` of a stopped service; the message is the original's.
    #[error("Sync service is not running")]
    NotRunning,

    /// A bug, caught at the boundary so it reaches JS as an exception instead of killing Node.
    #[error("internal error (a bug in oip-gun-sync): {0}")]
    Panic(String),
}

impl Error {
    /// The stable code JS callers switch on.
    pub fn code(&self) -> String {
        match self {
            Error::InvalidSoul { .. } => "INVALID_SOUL".into(),
            Error::InvalidDid { .. } => "INVALID_DID".into(),
            Error::InvalidConfig { .. } => "INVALID_CONFIG".into(),
            Error::InvalidArgument { .. } => "INVALID_ARGUMENT".into(),
            Error::GunUnreachable { .. } => "GUN_UNREACHABLE".into(),
            Error::GunTimeout { .. } => "GUN_TIMEOUT".into(),
            Error::GunHttp { status, .. } => format!("GUN_HTTP_{status}"),
            Error::GunBadResponse { .. } => "GUN_BAD_RESPONSE".into(),
            Error::GunTooLarge { .. } => "GUN_TOO_LARGE".into(),
            Error::GunDeleteUnverified { .. } => "GUN_DELETE_UNVERIFIED".into(),
            Error::EsUnreachable { .. } => "ES_UNREACHABLE".into(),
            Error::EsTimeout { .. } => "ES_TIMEOUT".into(),
            Error::EsHttp { status, .. } => format!("ES_HTTP_{status}"),
            Error::EsAuth { .. } => "ES_AUTH".into(),
            Error::EsBadResponse { .. } => "ES_BAD_RESPONSE".into(),
            Error::EsTooLarge { .. } => "ES_TOO_LARGE".into(),
            Error::StateLocked { .. } => "STATE_LOCKED".into(),
            Error::State { .. } => "STATE_IO".into(),
            Error::Encrypt(_) => "ENCRYPT_FAILED".into(),
            Error::Decrypt { .. } => "DECRYPT_FAILED".into(),
            Error::NotRunning => "SYNC_NOT_RUNNING".into(),
            Error::Panic(_) => "INTERNAL_PANIC".into(),
        }
    }

    pub fn class(&self) -> ErrorClass {
        match self {
            Error::GunUnreachable { .. }
            | Error::GunTimeout { .. }
            | Error::GunBadResponse { .. }
            | Error::GunDeleteUnverified { .. }
            | Error::EsUnreachable { .. }
            | Error::EsTimeout { .. }
            | Error::EsBadResponse { .. } => ErrorClass::Transient,
            Error::EsHttp { class, .. } => *class,
            Error::GunHttp { status, .. } => http_status_class(*status),
            _ => ErrorClass::Permanent,
        }
    }

    pub fn is_transient(&self) -> bool {
        self.class() == ErrorClass::Transient
    }
}

/// Classification of a bare HTTP status, shared by the GUN and Elasticsearch clients.
/// A relay's 500 is transient: it is how GUN reports a put it could not ack.
pub fn http_status_class(status: u16) -> ErrorClass {
    match status {
        404 => ErrorClass::NotFound,
        408 | 429 | 500 | 502 | 503 | 504 => ErrorClass::Transient,
        _ => ErrorClass::Permanent,
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
