//! The core's one error type. Every failure is classified once, here, so the
//! deletion ledger and the sync engine can decide "retry later" or "give up"
//! without string matching, and the binding layer can turn it into a JS error
//! with a stable `code`.
//!
//! A failure below ours (a socket, a file) is kept as the error's `source()`,
//! a [`Cause`] chain. `Display` still reads the whole chain ("what failed:
//! why: why"), because every log line, ledger reason and JS message wants
//! the full story; code that walks `source()` (the binding's `cause`
//! property) gets the same causes link by link.

use std::fmt;
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

    #[error("GUN relay unreachable: {endpoint} (soul {soul:?}): {}", .cause.chain())]
    GunUnreachable {
        endpoint: String,
        soul: String,
        #[source]
        cause: Cause,
    },

    #[error("GUN relay timed out after {}ms: {endpoint} (soul {soul:?})", .after.as_millis())]
    GunTimeout { endpoint: String, soul: String, after: Duration },

    #[error("GUN relay answered HTTP {status}: {endpoint} (soul {soul:?}): {detail}")]
    GunHttp { status: u16, endpoint: String, soul: String, detail: String },

    /// `cause`: the transport failure when the connection broke mid-answer.
    #[error("GUN relay sent a response that is not of the relay's shape: {endpoint} (soul {soul:?}): {detail}{}", Cause::suffix(.cause))]
    GunBadResponse {
        endpoint: String,
        soul: String,
        detail: String,
        #[source]
        cause: Option<Cause>,
    },

    #[error("GUN relay response larger than {limit} bytes: {endpoint} (soul {soul:?})")]
    GunTooLarge { endpoint: String, soul: String, limit: usize },

    #[error("GUN relay still holds soul {soul:?} after {attempts} deletion attempts: {endpoint}")]
    GunDeleteUnverified { endpoint: String, soul: String, attempts: u32 },

    #[error("Elasticsearch unreachable: {endpoint}: {detail}{}", Cause::suffix(.cause))]
    EsUnreachable {
        endpoint: String,
        detail: String,
        #[source]
        cause: Option<Cause>,
    },

    #[error("Elasticsearch timed out after {}ms: {endpoint}", .after.as_millis())]
    EsTimeout { endpoint: String, after: Duration },

    /// An answer other than 2xx (or an expected 404), classified once by `elastic::classify`.
    #[error("Elasticsearch answered HTTP {status} {error_type}: {endpoint}: {reason}")]
    EsHttp { status: u16, endpoint: String, error_type: String, reason: String, class: ErrorClass },

    #[error("Elasticsearch refused the credentials (HTTP {status}): {endpoint}: {reason}")]
    EsAuth { status: u16, endpoint: String, reason: String },

    /// `cause`: the transport failure when the connection broke mid-answer.
    #[error("Elasticsearch sent a response that is not of the expected shape: {endpoint}: {detail}{}", Cause::suffix(.cause))]
    EsBadResponse {
        endpoint: String,
        detail: String,
        #[source]
        cause: Option<Cause>,
    },

    #[error("Elasticsearch response larger than {limit} bytes: {endpoint}")]
    EsTooLarge { endpoint: String, limit: usize },

    /// Another process holds the state directory: two writers would compact
    /// the journals under each other and lose entries.
    #[error("state directory {dir} is in use by another process ({holder}); stop it, or give this one its own state directory")]
    StateLocked { dir: String, holder: String },

    /// The state directory could not be read or written.
    #[error("state file {path}: {}", .cause.chain())]
    State {
        path: String,
        #[source]
        cause: Cause,
    },

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

/// One link of a failure's chain of causes, captured from the original error
/// once: those (reqwest's, io's) are not `Clone`, and some name URLs with
/// credentials, so each link's text is scrubbed as it is captured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cause {
    message: String,
    source: Option<Box<Cause>>,
}

impl Cause {
    /// `e` and every error below it, each link's text passed through `scrub`.
    pub fn scrubbed(e: &dyn std::error::Error, scrub: &dyn Fn(&str) -> String) -> Cause {
        Cause { message: scrub(&e.to_string()), source: e.source().map(|s| Box::new(Cause::scrubbed(s, scrub))) }
    }

    /// `e` and every error below it, for errors that carry no credentials (io errors).
    pub fn of(e: &dyn std::error::Error) -> Cause {
        Cause::scrubbed(e, &str::to_string)
    }

    /// Only the errors below `e`: for an error whose own text is replaced (reqwest's names the URL).
    pub fn below(e: &dyn std::error::Error, scrub: &dyn Fn(&str) -> String) -> Option<Cause> {
        e.source().map(|s| Cause::scrubbed(s, scrub))
    }

    /// The links' messages joined with ": ", as a message reads them.
    pub fn chain(&self) -> String {
        let mut out = self.message.clone();
        let mut next = self.source.as_deref();
        while let Some(c) = next {
            out.push_str(": ");
            out.push_str(&c.message);
            next = c.source.as_deref();
        }
        out
    }

    /// ": <chain>" when there is a cause, else nothing.
    fn suffix(cause: &Option<Cause>) -> String {
        cause.as_ref().map(|c| format!(": {}", c.chain())).unwrap_or_default()
    }
}

impl fmt::Display for Cause {
    /// This link only: the ones below are its `source()`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Cause {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source.as_deref().map(|c| c as &(dyn std::error::Error + 'static))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_state_error_keeps_the_io_error_as_its_source_and_its_message() {
        let io = std::io::Error::new(std::io::ErrorKind::StorageFull, "No space left on device");
        let e = Error::State { path: "tombstones.jsonl".into(), cause: Cause::of(&io) };
        assert_eq!(e.to_string(), "state file tombstones.jsonl: No space left on device");
        let source = std::error::Error::source(&e).expect("the io error is the source");
        assert_eq!(source.to_string(), "No space left on device");
        assert!(source.source().is_none());
    }

    /// A chain of three links is kept link by link, scrubbed, and read whole in the message.
    #[test]
    fn a_chain_is_kept_link_by_link_and_scrubbed() {
        #[derive(Debug)]
        struct Link(&'static str, Option<Box<Link>>);
        impl fmt::Display for Link {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.0)
            }
        }
        impl std::error::Error for Link {
            fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
                self.1.as_deref().map(|l| l as &(dyn std::error::Error + 'static))
            }
        }
        let top = Link(
            "request to http://u:pw@es:9200 failed",
            Some(Box::new(Link("client error (Connect)", Some(Box::new(Link("Connection refused", None)))))),
        );
        let cause = Cause::below(&top, &|t| t.replace("pw", "***")).expect("two links below the top");
        let e =
            Error::EsUnreachable { endpoint: "GET /x".into(), detail: "could not connect".into(), cause: Some(cause) };
        assert_eq!(
            e.to_string(),
            "Elasticsearch unreachable: GET /x: could not connect: client error (Connect): Connection refused"
        );
        let mut links = vec![];
        let mut next = std::error::Error::source(&e);
        while let Some(l) = next {
            links.push(l.to_string());
            next = l.source();
        }
        assert_eq!(links, ["client error (Connect)", "Connection refused"]);

        let all = Cause::scrubbed(&top, &|t| t.replace("pw", "***"));
        assert_eq!(all.chain(), "request to http://u:***@es:9200 failed: client error (Connect): Connection refused");
    }
}
