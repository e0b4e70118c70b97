//! Every Elasticsearch failure is classified here, once: from a transport
//! error, from a non-2xx answer of a whole request, or from one item of a
//! `_bulk` or `_mget` answer.
//!
//! | failure                                                            | class     |
//! |--------------------------------------------------------------------|-----------|
//! | connection refused or dropped, timeout, garbled or cut body        | transient |
//! | `circuit_breaking_exception` with `durability: TRANSIENT`          | transient |
//! | `es_rejected_execution_exception`, `unavailable_shards_exception`  | transient |
//! | any other 408, 429, 500, 502, 503, 504                             | transient |
//! | 404                                                                | not found |
//! | 401, 403 (`ES_AUTH`), 409, other 4xx, a `PERMANENT` breaker        | permanent |
//! | a response over the size cap (`ES_TOO_LARGE`)                      | permanent |
//!
//! A permanent failure of a whole request is permanent for the call (bad
//! credentials, a malformed request); a permanent failure of a bulk item
//! (`mapper_parsing_exception`, `document_parsing_exception`,
//! `illegal_argument_exception`, `strict_dynamic_mapping_exception`, a 409
//! version conflict) is permanent for that document only.

use std::fmt;
use std::time::Duration;

use serde_json::Value;

use crate::error::{http_status_class, Error, ErrorClass};

use super::redact::Redactor;

/// Server reasons can quote whole documents; messages keep their start.
const MAX_REASON_CHARS: usize = 500;

/// A failed item of a `_bulk` (or a failed document of an `_mget`): its class
/// and what Elasticsearch said, `error_type` being ES's exception name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemError {
    pub class: ErrorClass,
    pub error_type: String,
    pub reason: String,
}

impl fmt::Display for ItemError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}): {}", self.error_type, self.class.as_str(), self.reason)
    }
}

const BREAKER: &str = "circuit_breaking_exception";
const TRANSIENT_TYPES: &[&str] = &["es_rejected_execution_exception", "unavailable_shards_exception"];
const PERMANENT_TYPES: &[&str] = &[
    "mapper_parsing_exception",
    "document_parsing_exception",
    "illegal_argument_exception",
    "strict_dynamic_mapping_exception",
    "version_conflict_engine_exception",
];

/// The class of an Elasticsearch error, from its status, exception type and,
/// for circuit breakers, durability.
pub fn class_of(status: u16, error_type: &str, durability: Option<&str>) -> ErrorClass {
    if error_type == BREAKER {
        return if durability.is_some_and(|d| d.eq_ignore_ascii_case("TRANSIENT")) {
            ErrorClass::Transient
        } else {
            ErrorClass::Permanent
        };
    }
    if TRANSIENT_TYPES.contains(&error_type) {
        ErrorClass::Transient
    } else if PERMANENT_TYPES.contains(&error_type) {
        ErrorClass::Permanent
    } else {
        match status {
            401 | 403 | 409 => ErrorClass::Permanent,
            _ => http_status_class(status),
        }
    }
}

/// What an `"error"` member says, in either of its forms: an object
/// (`type`, `reason`, `root_cause`, `caused_by`, ...) or a bare string.
struct Described {
    error_type: Option<String>,
    reason: String,
    /// The type and durability that decide the class: the top-level type,
    /// unless a root cause or cause is a breaker or a rejection (a wrapper
    /// such as `search_phase_execution_exception` can hide one).
    deciding_type: Option<String>,
    durability: Option<String>,
}

fn describe(error: &Value) -> Described {
    let Some(obj) = error.as_object() else {
        let reason = error.as_str().map(str::to_string).unwrap_or_else(|| error.to_string());
        return Described { error_type: None, reason, deciding_type: None, durability: None };
    };
    let type_of = |v: &Value| v.get("type").and_then(Value::as_str).map(str::to_string);
    let error_type = type_of(error);
    let mut reason = obj.get("reason").and_then(Value::as_str).unwrap_or_default().to_string();
    if let Some(cause) = obj.get("caused_by") {
        let cause_reason = cause.get("reason").and_then(Value::as_str).unwrap_or_default();
        reason = format!("{reason}; caused by {}: {cause_reason}", type_of(cause).unwrap_or_default());
    }

    let mut candidates = vec![error];
    if let Some(roots) = obj.get("root_cause").and_then(Value::as_array) {
        candidates.extend(roots);
    }
    let mut cause = obj.get("caused_by");
    while let Some(c) = cause {
        candidates.push(c);
        cause = c.get("caused_by");
    }
    let decider = candidates
        .iter()
        .find(|c| type_of(c).is_some_and(|t| t == BREAKER || TRANSIENT_TYPES.contains(&t.as_str())))
        .copied()
        .unwrap_or(error);
    Described {
        error_type,
        reason,
        deciding_type: type_of(decider),
        durability: decider.get("durability").and_then(Value::as_str).map(str::to_string),
    }
}

fn shorten(text: &str) -> String {
    match text.char_indices().nth(MAX_REASON_CHARS) {
        Some((cut, _)) => format!("{}...", &text[..cut]),
        None => text.to_string(),
    }
}

/// A non-2xx answer to a whole request (a 404 the operation expects is handled before this).
pub(crate) fn call_error(status: u16, body: &[u8], endpoint: &str, redactor: &Redactor) -> Error {
    let parsed = serde_json::from_slice::<Value>(body).ok();
    let described = parsed.as_ref().and_then(|v| v.get("error")).map(describe);
    let reason = match &described {
        Some(d) => d.reason.clone(),
        None => String::from_utf8_lossy(body).into_owned(),
    };
    let reason = redactor.scrub(&shorten(reason.trim()));
    if status == 401 || status == 403 {
        return Error::EsAuth { status, endpoint: endpoint.to_string(), reason };
    }
    let class = match &described {
        Some(d) => class_of(status, d.deciding_type.as_deref().unwrap_or_default(), d.durability.as_deref()),
        None => class_of(status, "", None),
    };
    let error_type = described.and_then(|d| d.error_type).unwrap_or_else(|| status_phrase(status));
    Error::EsHttp { status, endpoint: endpoint.to_string(), error_type, reason, class }
}

/// One failed item of a `_bulk` answer, or one failed document of an `_mget`.
pub(crate) fn item_error(status: u16, error: &Value, redactor: &Redactor) -> ItemError {
    let d = describe(error);
    ItemError {
        class: class_of(status, d.deciding_type.as_deref().unwrap_or_default(), d.durability.as_deref()),
        error_type: d.error_type.unwrap_or_else(|| status_phrase(status)),
        reason: redactor.scrub(&shorten(&d.reason)),
    }
}

/// The call-level error for an item failure that fails the whole call (an `_mget` document).
pub(crate) fn item_call_error(status: u16, item: ItemError, endpoint: &str) -> Error {
    Error::EsHttp {
        status,
        endpoint: endpoint.to_string(),
        error_type: item.error_type,
        reason: item.reason,
        class: item.class,
    }
}

fn status_phrase(status: u16) -> String {
    reqwest::StatusCode::from_u16(status).ok().and_then(|s| s.canonical_reason()).unwrap_or("HTTP error").to_string()
}

/// A failure before a complete answer was read. reqwest's own message embeds
/// the request URL, so only the causes below it are kept (and scrubbed).
/// Whether a request failed while connecting, so the node never received it
/// and another node may be sent it.
pub(crate) fn is_connect(e: &elasticsearch::Error) -> bool {
    std::error::Error::source(e)
        .and_then(|s| s.downcast_ref::<reqwest::Error>())
        .is_some_and(reqwest::Error::is_connect)
}

pub(crate) fn transport_error(
    e: &elasticsearch::Error,
    endpoint: &str,
    timeout: Duration,
    redactor: &Redactor,
) -> Error {
    if e.is_timeout() {
        return Error::EsTimeout { endpoint: endpoint.to_string(), after: timeout };
    }
    let source = std::error::Error::source(e);
    let reqwest_error = source.and_then(|s| s.downcast_ref::<reqwest::Error>());
    let detail = match reqwest_error {
        Some(r) => {
            let what = if r.is_connect() {
                "could not connect"
            } else if r.is_body() || r.is_decode() {
                "connection broke while reading the body"
            } else {
                "request failed"
            };
            let mut detail = what.to_string();
            let mut cause = std::error::Error::source(r);
            while let Some(c) = cause {
                detail.push_str(": ");
                detail.push_str(&c.to_string());
                cause = c.source();
            }
            detail
        }
        None => e.to_string(),
    };
    let detail = redactor.scrub(&detail);
    if reqwest_error.is_some_and(|r| r.is_body() || r.is_decode()) {
        Error::EsBadResponse { endpoint: endpoint.to_string(), detail }
    } else {
        Error::EsUnreachable { endpoint: endpoint.to_string(), detail }
    }
}

pub(crate) fn bad_response(endpoint: &str, detail: impl Into<String>) -> Error {
    Error::EsBadResponse { endpoint: endpoint.to_string(), detail: detail.into() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn class_of_body(status: u16, body: Value) -> ErrorClass {
        call_error(status, body.to_string().as_bytes(), "POST /x/_bulk", &Redactor::default()).class()
    }

    #[test]
    fn documented_classes() {
        use ErrorClass::*;
        let es = |t: &str, extra: Value| {
            let mut e = json!({"type": t, "reason": "r"});
            e.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
            json!({ "error": e })
        };
        assert_eq!(class_of_body(429, es("es_rejected_execution_exception", json!({}))), Transient);
        assert_eq!(class_of_body(429, es("circuit_breaking_exception", json!({"durability": "TRANSIENT"}))), Transient);
        assert_eq!(class_of_body(429, es("circuit_breaking_exception", json!({"durability": "PERMANENT"}))), Permanent);
        assert_eq!(class_of_body(503, es("unavailable_shards_exception", json!({}))), Transient);
        for status in [502, 503, 504] {
            assert_eq!(class_of_body(status, json!("<html>bad gateway</html>")), Transient);
        }
        for t in [
            "mapper_parsing_exception",
            "document_parsing_exception",
            "illegal_argument_exception",
            "strict_dynamic_mapping_exception",
        ] {
            assert_eq!(class_of_body(400, es(t, json!({}))), Permanent, "{t}");
        }
        assert_eq!(class_of_body(400, es("parse_exception", json!({}))), Permanent);
        assert_eq!(class_of_body(409, es("version_conflict_engine_exception", json!({}))), Permanent);
        assert_eq!(class_of_body(404, es("index_not_found_exception", json!({}))), NotFound);
        // A wrapper hides the breaker that decides.
        let wrapped = json!({"error": {"type": "search_phase_execution_exception", "reason": "all shards failed",
            "root_cause": [{"type": "circuit_breaking_exception", "reason": "data too large", "durability": "TRANSIENT"}]}});
        assert_eq!(class_of_body(500, wrapped.clone()), Transient);
        assert_eq!(class_of_body(400, wrapped), Transient);
    }

    #[test]
    fn auth_failures_have_their_own_code() {
        let e = call_error(
            401,
            br#"{"error":{"type":"security_exception","reason":"unable to authenticate"}}"#,
            "GET /",
            &Redactor::default(),
        );
        assert_eq!((e.code().as_str(), e.class()), ("ES_AUTH", ErrorClass::Permanent));
        let e = call_error(403, b"", "GET /", &Redactor::default());
        assert_eq!(e.code(), "ES_AUTH");
    }

    #[test]
    fn reasons_are_described_shortened_and_scrubbed() {
        let body = json!({"error": {"type": "mapper_parsing_exception", "reason": "failed to parse field [n] s3cret",
            "caused_by": {"type": "illegal_argument_exception", "reason": "For input string"}}, "status": 400});
        let e =
            call_error(400, body.to_string().as_bytes(), "POST /records/_bulk", &Redactor::new(vec!["s3cret".into()]));
        assert_eq!(e.code(), "ES_HTTP_400");
        let text = e.to_string();
        assert!(
            text.contains("mapper_parsing_exception") && text.contains("caused by illegal_argument_exception"),
            "{text}"
        );
        assert!(!text.contains("s3cret"), "{text}");
        let long = "x".repeat(2000);
        let e = call_error(502, long.as_bytes(), "GET /", &Redactor::default());
        assert!(e.to_string().len() < 700 && e.to_string().contains("Bad Gateway"), "{e}");
    }

    #[test]
    fn item_errors_keep_their_own_class() {
        let r = Redactor::default();
        let rejected = item_error(429, &json!({"type": "es_rejected_execution_exception", "reason": "queue full"}), &r);
        assert_eq!(rejected.class, ErrorClass::Transient);
        let missing =
            item_error(404, &json!({"type": "document_missing_exception", "reason": "[1]: document missing"}), &r);
        assert_eq!(missing.class, ErrorClass::NotFound);
        let bad =
            item_error(400, &json!({"type": "document_parsing_exception", "reason": "[1:8] failed to parse"}), &r);
        assert_eq!((bad.class, bad.error_type.as_str()), (ErrorClass::Permanent, "document_parsing_exception"));
        assert_eq!(bad.to_string(), "document_parsing_exception (permanent): [1:8] failed to parse");
    }
}
