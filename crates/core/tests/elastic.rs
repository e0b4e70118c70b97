//! The Elasticsearch layer against the stand-in (8.x and 7.17 modes), or
//! against a real cluster when `ELASTICSEARCH_URL` is set.

mod common;

use std::collections::HashSet;
use std::time::{Duration, Instant};

use common::{skip, unique_index, StandinOptions, Target};
use oip_gun_sync_core::elastic::{
    BulkItemOk, BulkOp, Cursor, DeleteOutcome, Elastic, ElasticConfig, ElasticOverrides, Refresh,
};
use oip_gun_sync_core::error::{Error, ErrorClass};
use serde_json::{json, Value};

fn index_op(index: &str, id: &str, doc: Value) -> BulkOp {
    BulkOp::Index { index: index.into(), id: id.into(), doc }
}

fn record(did: &str, n: i64) -> Value {
    json!({ "data": { "name": format!("record {n}"), "n": n }, "oip": { "did": did, "storage": "gun" } })
}

/// Every operation and its ordinary outcomes, on whatever `target` is.
/// `doc_parse_errors`: what a value the mapping refuses is called (8.x before
/// 8.8 still said `mapper_parsing_exception`).
async fn exercise_operations(target: &Target, doc_parse_errors: &[&str]) {
    let es = target.elastic(|_| {});
    let index = unique_index("ops");

    // bulk: index, upsert (new and existing), partial update of a missing doc, delete of a missing doc.
    let ops = vec![
        index_op(&index, "did:gun:a/1", record("did:gun:a/1", 1)),
        index_op(&index, "did:gun:a/2", record("did:gun:a/2", 2)),
        BulkOp::Update {
            index: index.clone(),
            id: "did:gun:a/2".into(),
            doc: json!({"data": {"n": 20}}),
            doc_as_upsert: true,
        },
        BulkOp::Update {
            index: index.clone(),
            id: "did:gun:a/3".into(),
            doc: record("did:gun:a/3", 3),
            doc_as_upsert: true,
        },
        BulkOp::Update { index: index.clone(), id: "missing".into(), doc: json!({"x": 1}), doc_as_upsert: false },
        BulkOp::Delete { index: index.clone(), id: "missing".into() },
        // "n" is a long by now: a string that is not a number cannot be indexed.
        index_op(&index, "bad", json!({"data": {"n": "not a number"}})),
        index_op(&index, &"x".repeat(513), json!({})),
    ];
    let before = es.requests_made();
    let results = es.bulk(ops, Refresh::True).await.unwrap();
    assert_eq!(es.requests_made() - before, 1, "one request for the whole batch");
    let outcome = |n: usize| results[n].outcome.clone();
    assert_eq!(results.len(), 8);
    assert_eq!(results[0].id, "did:gun:a/1");
    assert_eq!((results[0].status, outcome(0)), (201, Ok(BulkItemOk::Created)));
    assert_eq!(outcome(2), Ok(BulkItemOk::Updated));
    assert_eq!((results[3].status, outcome(3)), (201, Ok(BulkItemOk::Created)));
    let missing = outcome(4).unwrap_err();
    assert_eq!(
        (results[4].status, missing.class, missing.error_type.as_str()),
        (404, ErrorClass::NotFound, "document_missing_exception")
    );
    assert_eq!((results[5].status, outcome(5)), (404, Ok(BulkItemOk::NotFound)));
    let bad = outcome(6).unwrap_err();
    assert_eq!((results[6].status, bad.class), (400, ErrorClass::Permanent), "{bad}");
    assert!(doc_parse_errors.contains(&bad.error_type.as_str()), "{bad}");
    let too_long = outcome(7).unwrap_err();
    assert_eq!((results[7].status, too_long.class), (400, ErrorClass::Permanent));

    // get
    let doc = es.get(&index, "did:gun:a/2").await.unwrap().unwrap();
    assert_eq!(doc["data"]["n"], 20);
    assert_eq!(doc["data"]["name"], "record 2", "an update merges");
    assert_eq!(es.get(&index, "nope").await.unwrap(), None);
    assert_eq!(es.get(&unique_index("no-such-index"), "x").await.unwrap(), None);

    // existence
    let ids: Vec<String> =
        ["did:gun:a/1", "did:gun:a/2", "did:gun:a/3", "nope", "did:gun:a/1", ""].map(String::from).to_vec();
    let before = es.requests_made();
    let found = es.existing_ids(&index, &ids).await.unwrap();
    assert_eq!(found, HashSet::from(["did:gun:a/1", "did:gun:a/2", "did:gun:a/3"].map(String::from)));
    assert_eq!(es.requests_made() - before, 1);
    assert!(es.existing_ids(&unique_index("no-such-index"), &ids).await.unwrap().is_empty());
    let before = es.requests_made();
    assert!(es.existing_ids(&index, &[]).await.unwrap().is_empty());
    assert_eq!(es.requests_made(), before, "no ids, no request");

    // search by prefix, paged, on a keyword field and on _id
    let more: Vec<BulkOp> = (4..=8)
        .map(|n| index_op(&index, &format!("did:gun:a/{n}"), record(&format!("did:gun:a/{n}"), n)))
        .chain([index_op(&index, "did:gun:b/1", record("did:gun:b/1", 1))])
        .collect();
    assert!(es.bulk(more, Refresh::WaitFor).await.unwrap().iter().all(|r| r.outcome.is_ok()));
    {
        let field = "oip.did.keyword";
        let mut seen = Vec::new();
        let mut cursor: Option<Cursor> = None;
        let mut pages = 0;
        loop {
            let page = es.search_prefix(&index, field, "did:gun:a/", 3, cursor.as_ref()).await.unwrap();
            pages += 1;
            seen.extend(page.hits.iter().map(|h| h.id.clone()));
            assert!(page.hits.iter().all(|h| h.source["oip"]["did"] == h.id.as_str()));
            match page.next {
                Some(next) => cursor = Some(next),
                None => break,
            }
        }
        seen.sort();
        let expected: Vec<String> = (1..=8).map(|n| format!("did:gun:a/{n}")).collect();
        assert_eq!(seen, expected);
        assert_eq!(pages, 3, "8 hits in pages of 3");
    }
    let refused = es.search_prefix(&index, "_id", "did:", 3, None).await.unwrap_err();
    assert_eq!(refused.code(), "INVALID_ARGUMENT");
    let empty = es.search_prefix(&unique_index("no-such-index"), "oip.did.keyword", "did:", 10, None).await.unwrap();
    assert!(empty.hits.is_empty() && empty.next.is_none());

    // delete one
    assert_eq!(es.delete(&index, "did:gun:a/1").await.unwrap(), DeleteOutcome::Deleted);
    assert_eq!(es.delete(&index, "did:gun:a/1").await.unwrap(), DeleteOutcome::Absent);
    assert_eq!(es.delete(&unique_index("no-such-index"), "x").await.unwrap(), DeleteOutcome::Absent);
    assert_eq!(es.get(&index, "did:gun:a/1").await.unwrap(), None);

    // refresh
    es.refresh(&index).await.unwrap();
    let missing = es.refresh(&unique_index("no-such-index")).await.unwrap_err();
    assert_eq!((missing.code().as_str(), missing.class()), ("ES_HTTP_404", ErrorClass::NotFound));
    target.delete_indices(&[&index]).await;
}

#[tokio::test]
async fn every_operation_8x() {
    let target = Target::start(StandinOptions::default());
    let expected: &[&str] = if common::real_cluster() {
        &["document_parsing_exception", "mapper_parsing_exception"]
    } else {
        &["document_parsing_exception"]
    };
    exercise_operations(&target, expected).await;
}

#[tokio::test]
async fn every_operation_7_17() {
    if skip("7.17 mode") {
        return;
    }
    let target = Target::start(StandinOptions { version: Some("7.17.25"), ..Default::default() });
    exercise_operations(&target, &["mapper_parsing_exception"]).await;
}

#[tokio::test]
async fn existing_ids_is_one_mget_per_thousand_ids() {
    let target = Target::start(StandinOptions::default());
    let es = target.elastic(|_| {});
    let index = unique_index("mget");
    let ops: Vec<BulkOp> = (0..2500).map(|n| index_op(&index, &format!("id-{n}"), json!({"n": n}))).collect();
    let before = es.requests_made();
    assert!(es.bulk(ops, Refresh::True).await.unwrap().iter().all(|r| r.outcome.is_ok()));
    assert_eq!(es.requests_made() - before, 3, "2500 operations in chunks of 1000");

    let mut ids: Vec<String> = (0..2500).map(|n| format!("id-{n}")).collect();
    ids.extend((0..100).map(|n| format!("absent-{n}")));
    if let Some(s) = &target.standin {
        s.reset_counters().await;
    }
    let before = es.requests_made();
    let found = es.existing_ids(&index, &ids).await.unwrap();
    assert_eq!(found.len(), 2500);
    assert!(found.contains("id-2499") && !found.contains("absent-0"));
    assert_eq!(es.requests_made() - before, 3, "2600 ids: ceil(2600/1000) requests");
    if let Some(s) = &target.standin {
        assert_eq!(s.count("POST /_mget").await, 3);
        assert_eq!(s.count("total").await, 3);
    }
    target.delete_indices(&[&index]).await;
}

#[tokio::test]
async fn bulk_chunks_by_count_and_by_bytes() {
    let target = Target::start(StandinOptions::default());
    let index = unique_index("chunks");
    let ops = |n: usize| -> Vec<BulkOp> {
        (0..n).map(|i| index_op(&index, &format!("d{i}"), json!({"pad": "x".repeat(200)}))).collect()
    };

    let es = target.elastic(|o| o.bulk_max_ops = Some(10));
    let before = es.requests_made();
    let results = es.bulk(ops(25), Refresh::False).await.unwrap();
    assert_eq!(es.requests_made() - before, 3);
    assert_eq!(
        results.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        (0..25).map(|i| format!("d{i}")).collect::<Vec<_>>()
    );

    // Each operation is about 270 bytes: 1000 bytes hold three.
    let es = target.elastic(|o| o.bulk_max_bytes = Some(1000));
    let before = es.requests_made();
    assert_eq!(es.bulk(ops(7), Refresh::False).await.unwrap().len(), 7);
    assert_eq!(es.requests_made() - before, 3);

    // An operation over the byte limit still goes, alone.
    let es = target.elastic(|o| o.bulk_max_bytes = Some(100));
    let before = es.requests_made();
    assert!(es.bulk(ops(2), Refresh::False).await.unwrap().iter().all(|r| r.outcome.is_ok()));
    assert_eq!(es.requests_made() - before, 2);

    let before = es.requests_made();
    assert!(es.bulk(Vec::new(), Refresh::True).await.unwrap().is_empty());
    assert_eq!(es.requests_made(), before);
    target.delete_indices(&[&index]).await;
}

/// What a call must end in, and how many requests it may take.
struct Case {
    name: &'static str,
    fault: Value,
    code: &'static str,
    class: ErrorClass,
    attempts: u64,
}

fn es_error(status: u16, error_type: &str, extra: Value) -> Value {
    let mut error = json!({ "type": error_type, "reason": format!("injected {error_type}") });
    error.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
    let mut top = error.clone();
    top["root_cause"] = json!([error]);
    json!({ "status": status, "body": { "error": top, "status": status } })
}

fn case(name: &'static str, fault: Value, code: &'static str, class: ErrorClass, attempts: u64) -> Case {
    Case { name, fault, code, class, attempts }
}

#[tokio::test]
async fn every_failure_class_with_its_attempts() {
    if skip("fault injection") {
        return;
    }
    use ErrorClass::*;
    let target = Target::start(StandinOptions::default());
    let standin = target.standin();
    // A client per case: each starts with a full retry budget.
    let client = || target.elastic(|o| o.timeout_ms = Some(400));
    let es = client();
    let index = unique_index("faults");
    es.bulk(vec![index_op(&index, "a", json!({"n": 1}))], Refresh::True).await.unwrap();

    let cases = [
        case("429 rejected", es_error(429, "es_rejected_execution_exception", json!({})), "ES_HTTP_429", Transient, 3),
        case(
            "429 breaker, transient",
            es_error(
                429,
                "circuit_breaking_exception",
                json!({"durability": "TRANSIENT", "bytes_wanted": 1, "bytes_limit": 1}),
            ),
            "ES_HTTP_429",
            Transient,
            3,
        ),
        case(
            "429 breaker, permanent",
            es_error(
                429,
                "circuit_breaking_exception",
                json!({"durability": "PERMANENT", "bytes_wanted": 1, "bytes_limit": 1}),
            ),
            "ES_HTTP_429",
            Permanent,
            1,
        ),
        case("502", json!({"status": 502, "body": "<html>Bad Gateway</html>"}), "ES_HTTP_502", Transient, 3),
        case(
            "503 unavailable shards",
            es_error(503, "unavailable_shards_exception", json!({})),
            "ES_HTTP_503",
            Transient,
            3,
        ),
        case("504", json!({"status": 504, "body": ""}), "ES_HTTP_504", Transient, 3),
        case("400 mapper parsing", es_error(400, "mapper_parsing_exception", json!({})), "ES_HTTP_400", Permanent, 1),
        case(
            "400 document parsing",
            es_error(400, "document_parsing_exception", json!({})),
            "ES_HTTP_400",
            Permanent,
            1,
        ),
        case(
            "400 illegal argument",
            es_error(400, "illegal_argument_exception", json!({})),
            "ES_HTTP_400",
            Permanent,
            1,
        ),
        case(
            "400 strict mapping",
            es_error(400, "strict_dynamic_mapping_exception", json!({})),
            "ES_HTTP_400",
            Permanent,
            1,
        ),
        case("400 other", es_error(400, "parsing_exception", json!({})), "ES_HTTP_400", Permanent, 1),
        case("409", es_error(409, "version_conflict_engine_exception", json!({})), "ES_HTTP_409", Permanent, 1),
        case("401", es_error(401, "security_exception", json!({})), "ES_AUTH", Permanent, 1),
        case("403", es_error(403, "security_exception", json!({})), "ES_AUTH", Permanent, 1),
        case("dropped connection", json!({"drop": true}), "ES_UNREACHABLE", Transient, 3),
        case("no answer", json!({"hang": true}), "ES_TIMEOUT", Transient, 3),
        case("garbled body", json!({"garble": true}), "ES_BAD_RESPONSE", Transient, 3),
        case("truncated body", json!({"truncate": true}), "ES_BAD_RESPONSE", Transient, 3),
        case("dropped mid-body", json!({"dropMidBody": true}), "ES_BAD_RESPONSE", Transient, 3),
    ];
    let ids = vec!["a".to_string(), "b".to_string()];
    for c in &cases {
        standin.clear_faults().await;
        let mut rule = c.fault.clone();
        rule["match"] = json!("/_mget");
        standin.add_fault(rule).await;
        standin.reset_counters().await;
        let es = client();
        let err = es.existing_ids(&index, &ids).await.unwrap_err();
        assert_eq!((err.code().as_str(), err.class()), (c.code, c.class), "{}: {err}", c.name);
        assert_eq!(standin.count("POST /_mget").await, c.attempts, "{}", c.name);
        assert_eq!(es.requests_made(), c.attempts, "{}", c.name);
    }

    // A transient failure that clears: the retry succeeds.
    standin.clear_faults().await;
    standin.add_fault(json!({"match": "/_mget", "times": 2, "status": 503, "body": {"error": "busy"}})).await;
    standin.reset_counters().await;
    assert_eq!(es.existing_ids(&index, &ids).await.unwrap(), HashSet::from(["a".to_string()]));
    assert_eq!(standin.count("POST /_mget").await, 3);

    // Latency under the timeout is no failure.
    standin.clear_faults().await;
    standin.add_fault(json!({"match": "/_mget", "latencyMs": 100})).await;
    assert_eq!(es.existing_ids(&index, &ids).await.unwrap().len(), 1);

    // 404 on a single document is an answer, not a failure: one request.
    standin.clear_faults().await;
    standin.reset_counters().await;
    assert_eq!(es.get(&index, "b").await.unwrap(), None);
    assert_eq!(es.delete(&index, "b").await.unwrap(), DeleteOutcome::Absent);
    assert_eq!(standin.count("total").await, 2);
}

#[tokio::test]
async fn oversized_answers_are_refused_without_retry() {
    let target = Target::start(StandinOptions::default());
    let index = unique_index("large");
    let big = target.elastic(|_| {});
    big.bulk(vec![index_op(&index, "a", json!({"pad": "x".repeat(10_000)}))], Refresh::True).await.unwrap();
    let es = target.elastic(|o| o.max_body_bytes = Some(1_000));
    let err = es.get(&index, "a").await.unwrap_err();
    assert_eq!((err.code().as_str(), err.class()), ("ES_TOO_LARGE", ErrorClass::Permanent), "{err}");
    assert_eq!(es.requests_made(), 1);
    target.delete_indices(&[&index]).await;
}

/// A server that never says how long its answer is: the cap must hold while
/// the body streams in. Raw TCP, since no Elasticsearch (or stand-in) would
/// send this; it plays a hostile or broken proxy in front of the cluster.
#[tokio::test]
async fn endless_chunked_answer_is_cut_at_the_cap() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let sent = Arc::new(AtomicUsize::new(0));
    let counter = sent.clone();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let counter = counter.clone();
            tokio::spawn(async move {
                let mut request = [0u8; 4096];
                let _ = socket.read(&mut request).await;
                let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\
                            X-Elastic-Product: Elasticsearch\r\nTransfer-Encoding: chunked\r\n\r\n";
                if socket.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                let chunk = format!("{:x}\r\n{}\r\n", 64 * 1024, " ".repeat(64 * 1024));
                // At most 256 MiB, so a reader that never stops still ends the test.
                for _ in 0..4096 {
                    if socket.write_all(chunk.as_bytes()).await.is_err() {
                        return;
                    }
                    counter.fetch_add(64 * 1024, Ordering::Relaxed);
                }
            });
        }
    });
    let o = ElasticOverrides {
        url: Some(format!("http://127.0.0.1:{port}")),
        max_body_bytes: Some(1 << 20),
        ..Default::default()
    };
    let es = Elastic::new(&ElasticConfig::resolve(&o, &|_| None).unwrap()).unwrap();
    let err = es.existing_ids("records", &["x".to_string()]).await.unwrap_err();
    assert_eq!((err.code().as_str(), err.class()), ("ES_TOO_LARGE", ErrorClass::Permanent), "{err}");
    assert_eq!(es.requests_made(), 1, "a too-large answer is not retried");
    // The 1 MiB cap, plus what socket buffers took before the reader hung up.
    let sent = sent.load(Ordering::Relaxed);
    assert!(sent < 32 << 20, "{sent} bytes went out before the reader stopped");
}

#[tokio::test]
async fn unreachable_cluster_is_transient_after_three_attempts() {
    // A port that was just free: nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let o = ElasticOverrides {
        url: Some(format!("http://127.0.0.1:{port}")),
        retry_base_ms: Some(5),
        ..Default::default()
    };
    let es = Elastic::new(&ElasticConfig::resolve(&o, &|_| None).unwrap()).unwrap();
    let err = es.get("records", "x").await.unwrap_err();
    assert_eq!((err.code().as_str(), err.class()), ("ES_UNREACHABLE", ErrorClass::Transient), "{err}");
    assert_eq!(es.requests_made(), 3);
}

#[tokio::test]
async fn bulk_items_keep_their_own_class_and_transient_ones_are_resent_alone() {
    if skip("fault injection") {
        return;
    }
    let target = Target::start(StandinOptions::default());
    let standin = target.standin();
    let es = target.elastic(|_| {});
    let index = unique_index("items");
    let ok =
        |id: &str| json!({"index": {"_index": index, "_id": id, "_version": 1, "result": "created", "status": 201}});
    let rejected = |id: &str| {
        json!({"index": {"_index": index, "_id": id, "status": 429,
        "error": {"type": "es_rejected_execution_exception", "reason": "rejected execution of coordinating operation"}}})
    };
    let ops = || ["a", "b", "c"].map(|id| index_op(&index, id, json!({"id": id}))).to_vec();

    // The first answer (a proxy's, not the handler's) rejects "b": only "b" goes again.
    standin
        .add_fault(json!({"match": "/_bulk", "times": 1, "status": 200,
        "body": {"took": 1, "errors": true, "items": [ok("a"), rejected("b"), ok("c")]}}))
        .await;
    let results = es.bulk(ops(), Refresh::True).await.unwrap();
    assert!(results.iter().all(|r| r.outcome == Ok(BulkItemOk::Created)), "{results:?}");
    assert_eq!(standin.count("POST /_bulk").await, 2);
    let stored = es.existing_ids(&index, &["a", "b", "c"].map(String::from)).await.unwrap();
    assert_eq!(stored, HashSet::from(["b".to_string()]), "the retry carried only the rejected item");

    // A rejection that persists stays transient for that item after three requests.
    standin.clear_faults().await;
    standin.reset_counters().await;
    standin
        .add_fault(json!({"match": "/_bulk", "status": 200,
        "body": {"took": 1, "errors": true, "items": [rejected("z")]}}))
        .await;
    let results = es.bulk(vec![index_op(&index, "z", json!({}))], Refresh::False).await.unwrap();
    let err = results[0].outcome.clone().unwrap_err();
    assert_eq!(
        (results[0].status, err.class, err.error_type.as_str()),
        (429, ErrorClass::Transient, "es_rejected_execution_exception")
    );
    assert_eq!(standin.count("POST /_bulk").await, 3);

    // Two operations on one document are not resent: order would change.
    standin.clear_faults().await;
    standin.reset_counters().await;
    standin
        .add_fault(json!({"match": "/_bulk", "times": 1, "status": 200,
        "body": {"took": 1, "errors": true, "items": [rejected("d"), ok("d")]}}))
        .await;
    let results = es
        .bulk(vec![index_op(&index, "d", json!({})), index_op(&index, "d", json!({}))], Refresh::False)
        .await
        .unwrap();
    assert_eq!(results[0].outcome.clone().unwrap_err().class, ErrorClass::Transient);
    assert_eq!(standin.count("POST /_bulk").await, 1);

    // A mapping conflict is permanent for its document only, and not resent.
    standin.clear_faults().await;
    es.bulk(vec![index_op(&index, "n", json!({"n": 1}))], Refresh::True).await.unwrap();
    standin.reset_counters().await;
    let results = es
        .bulk(
            vec![index_op(&index, "n2", json!({"n": "text"})), index_op(&index, "n3", json!({"n": 3}))],
            Refresh::False,
        )
        .await
        .unwrap();
    assert_eq!(results[0].outcome.clone().unwrap_err().class, ErrorClass::Permanent);
    assert_eq!(results[1].outcome, Ok(BulkItemOk::Created));
    assert_eq!(standin.count("POST /_bulk").await, 1);

    // A whole-request failure of a chunk fails its items, after its retries.
    standin.add_fault(json!({"match": "/_bulk", "status": 503, "body": {"error": "down"}})).await;
    standin.reset_counters().await;
    for r in es.bulk(ops(), Refresh::False).await.unwrap() {
        let e = r.outcome.unwrap_err();
        assert_eq!((r.status, e.error_type.as_str(), e.class), (0, "ES_HTTP_503", ErrorClass::Transient));
    }
    assert_eq!(standin.count("POST /_bulk").await, 3);
}

#[tokio::test]
async fn a_failed_chunk_keeps_the_earlier_chunks_results_and_sends_no_later_one() {
    if skip("fault injection") {
        return;
    }
    let target = Target::start(StandinOptions::default());
    let standin = target.standin();
    let es = target.elastic(|o| o.bulk_max_ops = Some(10));
    let index = unique_index("failed-chunk");
    let ops: Vec<BulkOp> = (0..30).map(|i| index_op(&index, &format!("c{i:02}"), json!({"n": i}))).collect();
    // Only the second chunk (c10..c19) carries this id.
    standin.add_fault(json!({"match": "\"c12\"", "status": 503, "body": {"error": "down"}})).await;
    standin.reset_counters().await;
    let results = es.bulk(ops, Refresh::True).await.unwrap();
    assert!(results[..10].iter().all(|r| r.outcome == Ok(BulkItemOk::Created)), "{:?}", &results[..10]);
    for r in &results[10..] {
        assert_eq!(r.outcome.clone().unwrap_err().error_type, "ES_HTTP_503", "{r:?}");
    }
    assert_eq!(standin.count("POST /_bulk").await, 1 + 3, "the first chunk, the second with its retries, no third");
    target.delete_indices(&[&index]).await;
}

#[tokio::test]
async fn retry_budget_stops_a_storm_from_multiplying_requests() {
    if skip("fault injection") {
        return;
    }
    let target = Target::start(StandinOptions::default());
    let standin = target.standin();
    let es = target.elastic(|_| {});
    standin.add_fault(json!({"path": "*", "status": 503, "body": {"error": "down"}})).await;
    for _ in 0..20 {
        assert_eq!(es.get("records", "x").await.unwrap_err().class(), ErrorClass::Transient);
    }
    // Ten retries in the budget: five calls of three requests, then one request each.
    assert_eq!(standin.count("total").await, 5 * 3 + 15);
    assert_eq!(es.requests_made(), 30);
}

#[tokio::test]
async fn basic_and_api_key_auth_and_wrong_credentials_fail_once() {
    if !skip("stand-in credentials; the real cluster's own are used by every other test") {
        let target = Target::start(StandinOptions { user: Some("elastic:s3cret-pw"), ..Default::default() });
        let standin = target.standin();
        let good = target.elastic(|o| {
            o.username = Some("elastic".into());
            o.password = Some("s3cret-pw".into());
        });
        let index = unique_index("auth");
        good.bulk(vec![index_op(&index, "a", json!({}))], Refresh::True).await.unwrap();
        assert!(good.get(&index, "a").await.unwrap().is_some());

        for (name, wrong) in [
            (
                "wrong password",
                target.elastic(|o| {
                    o.username = Some("elastic".into());
                    o.password = Some("nope-pw".into());
                }),
            ),
            ("no credentials", target.elastic(|_| {})),
        ] {
            standin.reset_counters().await;
            let err = wrong.existing_ids(&index, &["a".to_string()]).await.unwrap_err();
            assert_eq!((err.code().as_str(), err.class()), ("ES_AUTH", ErrorClass::Permanent), "{name}: {err}");
            assert_eq!(standin.count("total").await, 1, "{name}: no retry");
        }

        let target = Target::start(StandinOptions { api_key: Some("key-id:s3cret-key"), ..Default::default() });
        let standin = target.standin();
        for form in ["key-id:s3cret-key".to_string(), base64_of("key-id:s3cret-key")] {
            let es = target.elastic(|o| o.api_key = Some(form.clone()));
            assert_eq!(es.get(&index, "a").await.unwrap(), None);
        }
        let wrong = target.elastic(|o| o.api_key = Some("key-id:wrong-key".into()));
        standin.reset_counters().await;
        let err = wrong.get(&index, "a").await.unwrap_err();
        assert_eq!((err.code().as_str(), err.class()), ("ES_AUTH", ErrorClass::Permanent), "{err}");
        assert_eq!(standin.count("total").await, 1);
        return;
    }
    // A real cluster with credentials: wrong ones are refused, once.
    let target = Target::start(StandinOptions::default());
    let wrong = if target.overrides.api_key.is_some() {
        target.elastic(|o| o.api_key = Some("not-a-key-id:certainly-not-the-key".into()))
    } else if target.overrides.username.is_some() {
        target.elastic(|o| o.password = Some("certainly-not-the-password".into()))
    } else {
        eprintln!("skipped: the real cluster was given no credentials");
        return;
    };
    let err = wrong.get("records", "x").await.unwrap_err();
    assert_eq!((err.code().as_str(), err.class()), ("ES_AUTH", ErrorClass::Permanent), "{err}");
    assert_eq!(wrong.requests_made(), 1);
}

fn base64_of(s: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(s)
}

const PASSWORD: &str = "pw-9f8e7d6c5b";
const API_KEY: &str = "ak-1a2b3c4d5e";

/// Display and Debug of `e`, checked for every form of the secrets.
fn assert_no_secrets(e: &Error) {
    let forbidden = [
        PASSWORD.to_string(),
        API_KEY.to_string(),
        base64_of(&format!("elastic:{PASSWORD}")),
        base64_of(&format!("kid:{API_KEY}")),
    ];
    for text in [e.to_string(), format!("{e:?}")] {
        for secret in &forbidden {
            assert!(!text.contains(secret.as_str()), "{} leaks a secret: {text}", e.code());
        }
    }
}

#[tokio::test]
async fn no_error_kind_shows_credentials() {
    let mut errors: Vec<Error> = Vec::new();
    let basic = |url: String| ElasticOverrides {
        url: Some(url),
        username: Some("elastic".into()),
        password: Some(PASSWORD.into()),
        retry_base_ms: Some(1),
        ..Default::default()
    };
    let api_key = |url: String| ElasticOverrides {
        url: Some(url),
        api_key: Some(format!("kid:{API_KEY}")),
        retry_base_ms: Some(1),
        ..Default::default()
    };

    // Configuration errors.
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |k: &str| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
    };
    for pairs in [
        &[("ELASTICSEARCHHOST", "ftp://elastic:pw-9f8e7d6c5b@h")][..],
        &[("ELASTICSEARCHHOST", "pw-9f8e7d6c5b not a url")][..],
        &[("ELASTICSEARCH_API_KEY", "ak-1a2b3c4d5e")][..],
        &[("ELASTICCLIENTPASSWORD", "pw-9f8e7d6c5b")][..],
    ] {
        errors.push(ElasticConfig::resolve(&Default::default(), &env(pairs)).unwrap_err());
    }

    // Unreachable, with the password in the URL too.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let o = ElasticOverrides {
        url: Some(format!("http://elastic:{PASSWORD}@127.0.0.1:{port}")),
        retry_base_ms: Some(1),
        ..Default::default()
    };
    let es = Elastic::new(&ElasticConfig::resolve(&o, &|_| None).unwrap()).unwrap();
    assert!(!format!("{es:?}").contains(PASSWORD));
    assert!(!format!("{:?}", ElasticConfig::resolve(&o, &|_| None).unwrap()).contains(PASSWORD));
    assert!(!format!("{o:?}").contains(PASSWORD));
    errors.push(es.get("records", "x").await.unwrap_err());
    for o in [basic(format!("http://127.0.0.1:{port}")), api_key(format!("http://127.0.0.1:{port}"))] {
        let es = Elastic::new(&ElasticConfig::resolve(&o, &|_| None).unwrap()).unwrap();
        errors.push(es.existing_ids("records", &["x".to_string()]).await.unwrap_err());
    }

    if !skip("answers that echo credentials need the stand-in") {
        let target = Target::start(StandinOptions { user: Some("elastic:pw-9f8e7d6c5b"), ..Default::default() });
        let standin = target.standin();
        // Wrong credentials: the wrong password is a secret as well.
        let wrong = target.elastic(|o| {
            o.username = Some("elastic".into());
            o.password = Some(format!("{PASSWORD}-x"));
        });
        errors.push(wrong.get("records", "x").await.unwrap_err());
        let wrong_key = target.elastic(|o| o.api_key = Some(format!("kid:{API_KEY}")));
        errors.push(wrong_key.get("records", "x").await.unwrap_err());
        // Every other failure, with answers echoing the client's own secrets (the only ones it knows).
        let basic_echo = format!(
            "failed for http://elastic:{PASSWORD}@es:9200 with Basic {} and {PASSWORD}",
            base64_of(&format!("elastic:{PASSWORD}"))
        );
        let key_echo = format!(
            "failed for http://kid:{API_KEY}@es:9200 with ApiKey {} and {API_KEY}",
            base64_of(&format!("kid:{API_KEY}"))
        );
        for (o, echo) in [(basic(target.url.clone()), basic_echo), (api_key(target.url.clone()), key_echo)] {
            let client = |o: ElasticOverrides| Elastic::new(&ElasticConfig::resolve(&o, &|_| None).unwrap()).unwrap();
            let es = client(ElasticOverrides { timeout_ms: Some(300), ..o.clone() });
            for fault in [
                json!({"status": 502, "body": echo}),
                json!({"status": 500, "body": {"error": {"type": "exception", "reason": echo, "caused_by": {"type": "x", "reason": echo}}}}),
                json!({"status": 429, "body": {"error": {"type": "es_rejected_execution_exception", "reason": echo}}}),
                json!({"drop": true}),
                json!({"hang": true}),
                json!({"garble": true}),
                json!({"truncate": true}),
                json!({"status": 200, "body": {"docs": [{"_id": "x", "error": {"type": "shard_exception", "reason": echo}}]}}),
            ] {
                standin.clear_faults().await;
                let mut rule = fault;
                rule["path"] = json!("*");
                standin.add_fault(rule).await;
                errors.push(es.existing_ids("records", &["x".to_string()]).await.unwrap_err());
            }
            standin.clear_faults().await;
            // Any answer is too large for a 10-byte cap.
            errors.push(
                client(ElasticOverrides { max_body_bytes: Some(10), ..o.clone() })
                    .get("records", "x")
                    .await
                    .unwrap_err(),
            );
            // A bulk item's error echoing secrets.
            standin.add_fault(json!({"path": "*", "status": 200, "body": {"errors": true, "items": [
                {"index": {"_id": "x", "status": 400, "error": {"type": "mapper_parsing_exception", "reason": echo}}}]}})).await;
            let results = es.bulk(vec![index_op("records", "x", json!({}))], Refresh::False).await.unwrap();
            let item = results[0].outcome.clone().unwrap_err();
            for text in [item.to_string(), format!("{item:?}")] {
                assert!(!text.contains(PASSWORD) && !text.contains(API_KEY), "{text}");
            }
        }
    }

    let codes: HashSet<String> = errors.iter().map(Error::code).collect();
    for e in &errors {
        assert_no_secrets(e);
    }
    if !common::real_cluster() {
        for code in [
            "INVALID_CONFIG",
            "ES_UNREACHABLE",
            "ES_AUTH",
            "ES_HTTP_502",
            "ES_HTTP_500",
            "ES_HTTP_429",
            "ES_TIMEOUT",
            "ES_BAD_RESPONSE",
            "ES_TOO_LARGE",
        ] {
            assert!(codes.contains(code), "{code} not exercised: {codes:?}");
        }
    }
}

#[tokio::test]
async fn timeouts_bound_each_request() {
    if skip("fault injection") {
        return;
    }
    let target = Target::start(StandinOptions::default());
    target.standin().add_fault(json!({"path": "*", "hang": true})).await;
    let es = target.elastic(|o| {
        o.timeout_ms = Some(200);
        o.max_attempts = Some(1);
    });
    let started = Instant::now();
    let err = es.get("records", "x").await.unwrap_err();
    assert_eq!(err.code(), "ES_TIMEOUT");
    assert!(started.elapsed() < Duration::from_secs(2), "{:?}", started.elapsed());
}
