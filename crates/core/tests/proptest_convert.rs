//! Property tests of record validation and conversion
//! (`sync::convert::{validate, to_document}`) on arbitrary JSON: no panic,
//! validation exactly as the original helper's rules, and every document
//! has the shape Elasticsearch gets (`{data, oip}`, `oip.did`/`didTx` the DID,
//! `oip.storage` "gun", no flattened creator left).
//! `PROPTEST_CASES` sets the number of cases (default 256).

use oip_gun_sync_core::sync::convert::{to_document, validate};
use proptest::prelude::*;
use serde_json::{json, Map, Value};

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(|f| json!(f)),
        any::<String>().prop_map(Value::String),
        "\\[[0-9, \"a\\[\\]]{0,12}\\]".prop_map(Value::String),
        prop_oneof![Just("0.8.0"), Just("0.8"), Just("0.7.9"), Just(""), Just("0.80")].prop_map(|s| json!(s)),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    "[a-z]{1,8}".boxed(),
                    Just("__proto__".to_string()).boxed(),
                    Just("constructor".to_string()).boxed(),
                    Just("creator".to_string()).boxed(),
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// `oip` objects near the rules: each field present, missing or of the wrong type.
fn oip() -> impl Strategy<Value = Value> {
    let opt = |s: BoxedStrategy<Value>| prop::option::of(s);
    (
        opt(prop_oneof![Just(json!("0.8.0")), Just(json!("0.8")), Just(json!("0.9")), Just(json!(8)), Just(json!(""))]
            .boxed()),
        opt(prop_oneof![Just(json!("post")), Just(json!("")), Just(json!(7)), Just(json!(null))].boxed()),
        opt(prop_oneof![
            Just(json!({"publicKey": "p", "didAddress": "d"})),
            Just(json!({"publicKey": "p"})),
            Just(json!({"publicKey": "", "didAddress": "d"})),
            Just(json!("creator")),
            value().boxed(),
        ]
        .boxed()),
        opt(prop_oneof![Just(json!("p")), Just(json!("")), Just(json!(1))].boxed()),
        opt(prop_oneof![Just(json!("d")), Just(json!("")), Just(json!([]))].boxed()),
    )
        .prop_map(|(ver, rt, creator, pk, addr)| {
            let mut m = Map::new();
            for (k, v) in [
                ("ver", ver),
                ("recordType", rt),
                ("creator", creator),
                ("creator_publicKey", pk),
                ("creator_didAddress", addr),
            ] {
                if let Some(v) = v {
                    m.insert(k.to_string(), v);
                }
            }
            Value::Object(m)
        })
}

fn record() -> impl Strategy<Value = Map<String, Value>> {
    (prop::option::of(value()), prop_oneof![oip(), value()], prop::option::of(value())).prop_map(|(data, oip, meta)| {
        let mut m = Map::new();
        if let Some(d) = data {
            m.insert("data".into(), d);
        }
        m.insert("oip".into(), oip);
        if let Some(x) = meta {
            m.insert("meta".into(), x);
        }
        m
    })
}

fn non_empty_str(v: Option<&Value>) -> bool {
    v.and_then(Value::as_str).is_some_and(|s| !s.is_empty())
}

/// The original helper's rules, written again independently.
fn oracle(r: &Map<String, Value>) -> bool {
    let Some(Value::Object(oip)) = r.get("oip") else { return false };
    let ver_ok = oip.get("ver").and_then(Value::as_str).is_some_and(|v| v.starts_with("0.8"));
    let nested =
        oip.get("creator").is_some_and(|c| non_empty_str(c.get("publicKey")) && non_empty_str(c.get("didAddress")));
    let flat = non_empty_str(oip.get("creator_publicKey")) && non_empty_str(oip.get("creator_didAddress"));
    ver_ok && non_empty_str(oip.get("recordType")) && (nested || flat) && r.get("data").is_some_and(Value::is_object)
}

proptest! {
    #[test]
    fn validation_is_exactly_the_rules(r in record()) {
        prop_assert_eq!(validate(&r).is_ok(), oracle(&r), "{}", Value::Object(r.clone()));
        if let Err(e) = validate(&r) {
            prop_assert!(!e.0.is_empty());
            prop_assert!(e.0.len() < 400, "reason of {} bytes", e.0.len());
        }
    }

    #[test]
    fn documents_have_the_elasticsearch_shape(r in record(), did in "did:gun:[a-z0-9:]{1,20}") {
        let doc = to_document(&r, &did, "http://peer:8765", "2026-01-01T00:00:00.000Z");
        let obj = doc.as_object().expect("a document is an object");
        let mut keys: Vec<&str> = obj.keys().map(String::as_str).collect();
        keys.sort_unstable();
        prop_assert_eq!(keys, vec!["data", "oip"]);
        let oip = doc["oip"].as_object().expect("oip is an object");
        prop_assert_eq!(&oip["did"], &json!(did));
        prop_assert_eq!(&oip["didTx"], &json!(did));
        prop_assert_eq!(&oip["storage"], &json!("gun"));
        if validate(&r).is_ok() {
            prop_assert!(oip.get("creator_publicKey").is_none() || oip.get("creator_didAddress").is_none());
            prop_assert!(oip["creator"].is_object() || oip.get("creator_publicKey").is_some());
        }
        // Deterministic, and serialisable (it goes into a _bulk body).
        prop_assert_eq!(&doc, &to_document(&r, &did, "http://peer:8765", "2026-01-01T00:00:00.000Z"));
        prop_assert!(serde_json::to_vec(&doc).is_ok());
    }

    #[test]
    fn arbitrary_bytes_parsed_as_a_record_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        if let Ok(Value::Object(m)) = serde_json::from_slice::<Value>(&bytes) {
            let _ = validate(&m);
            let _ = to_document(&m, "did:gun:x:1", "n", "t");
        }
    }
}

/// Regressions: shapes worth keeping whatever the random draws do.
#[test]
fn regressions() {
    // OIP data is an object: a null or scalar `data` indexed first would fix the
    // index's `data` mapping against every other record, so it is refused.
    let null_data = json!({"data": null, "oip": {"ver": "0.8.0", "recordType": "post", "creator": {"publicKey": "p", "didAddress": "d"}}});
    assert!(validate(null_data.as_object().unwrap()).is_err());
    let flat_and_nested = json!({"data": {}, "oip": {"ver": "0.8", "recordType": "t", "creator": "not an object", "creator_publicKey": "p", "creator_didAddress": "d"}});
    let doc = to_document(flat_and_nested.as_object().unwrap(), "did:gun:a:1", "n", "t");
    assert_eq!(doc["oip"]["creator"], json!({"publicKey": "p", "didAddress": "d"}));
    let deep_array_string = json!({"data": {"s": format!("{}{}", "[".repeat(10_000), "]".repeat(10_000))}, "oip": {}});
    let doc = to_document(deep_array_string.as_object().unwrap(), "did:gun:a:1", "n", "t");
    assert!(doc["data"]["s"].is_string(), "a string too deep to parse stays a string");
}
