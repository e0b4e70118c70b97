//! `Deletions` against a real GUN relay and the test bed's Elasticsearch:
//! a tombstone is published, applied once, learned by another node and
//! withdrawn, with the relay's request counters as the proof of "once".

mod common;

use common::{record, unique_index, Relay, StandinOptions, Target, TempDir};
use oip_gun_sync_core::deletion::{DeletionConfig, Deletions, Part};
use oip_gun_sync_core::elastic::{BulkOp, Elastic, Refresh};
use oip_gun_sync_core::gun::helper::GunHelper;
use oip_gun_sync_core::ledger::Ledger;
use serde_json::{json, Value};

fn deletions(gun: &GunHelper, es: &Elastic, index: &str, dir: &TempDir) -> Deletions {
    let ledger = Ledger::open(&dir.0, Some("core-test-node")).unwrap();
    let cfg = DeletionConfig { indices: vec![index.into()], record_types: vec!["post".into()], ..Default::default() };
    Deletions::new(gun.clone(), es.clone(), ledger, cfg)
}

async fn relay_total(relay: &Relay) -> u64 {
    relay.counters().await.get("total").copied().unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tombstone_is_applied_once_learned_by_another_node_and_withdrawn() {
    let relay = Relay::spawn(300);
    let target = Target::start(StandinOptions::default());
    let es = target.elastic(|_| {});
    let index = unique_index("core-deletions");
    let gun = relay.helper();
    let soul = format!("c0ffee{:06x}:core-deletion", std::process::id() % 0xffffff);
    let did = format!("did:gun:{soul}");
    gun.put_record(&record("to delete", "pk-core"), &soul, None, None).await.unwrap();
    let doc = BulkOp::Index { index: index.clone(), id: did.clone(), doc: json!({ "oip": { "did": did } }) };
    es.bulk(vec![doc], Refresh::True).await.unwrap().into_iter().for_each(|r| assert!(r.outcome.is_ok()));

    let dir = TempDir::new("oip-core-deletions");
    let dels = deletions(&gun, &es, &index, &dir);
    assert!(dels.mark(&did, "pk-core").await.unwrap(), "the relay took the tombstone");
    assert_eq!(dels.known_deleted(&did), Some(true));

    let first = dels.process(&did).await.unwrap();
    assert!(first.applied, "{first:?}");
    assert_eq!(first.elasticsearch, Part::Deleted, "{first:?}");
    assert_eq!(first.gun, Part::Deleted, "{first:?}");
    assert_eq!(es.get(&index, &did).await.unwrap(), None, "the document is gone");
    let node = gun.relay().get(&soul).await.unwrap().unwrap_or_default();
    assert!(["data", "oip", "meta"].iter().all(|k| node.get(*k).is_none_or(Value::is_null)), "nulled: {node:?}");

    // Applied once: asking again is answered from the ledger, without a request.
    let before = relay_total(&relay).await;
    assert!(before > 0, "the counters count this relay's requests");
    let again = dels.process(&did).await.unwrap();
    assert!(again.applied && again.gun == Part::Skipped && again.elasticsearch == Part::Skipped, "{again:?}");
    assert_eq!(relay_total(&relay).await, before, "no request reached the relay");

    // Another node learns it from the relay's tombstone index.
    let other_dir = TempDir::new("oip-core-deletions-other");
    let other = deletions(&gun, &es, &index, &other_dir);
    assert_eq!(other.known_deleted(&did), None);
    assert_eq!(other.learn_from(gun.relay()).await.unwrap(), 1);
    assert_eq!(other.known_deleted(&did), Some(true));

    // A withdrawal is kept here and leaves the relay's index: a third node learns nothing.
    assert!(dels.unmark(&did).await.unwrap());
    assert_eq!(dels.known_deleted(&did), Some(false));
    let third_dir = TempDir::new("oip-core-deletions-third");
    let third = deletions(&gun, &es, &index, &third_dir);
    assert_eq!(third.learn_from(gun.relay()).await.unwrap(), 0);
    assert!(!third.is_deleted(&did).await.unwrap());
    target.delete_indices(&[&index]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_is_refused_before_any_request() {
    let relay = Relay::spawn(300);
    let target = Target::start(StandinOptions::default());
    let es = target.elastic(|_| {});
    let gun = relay.helper();
    let dir = TempDir::new("oip-core-deletions-bad");
    let dels = deletions(&gun, &es, "records", &dir);
    let before = relay_total(&relay).await;
    for did in ["", "not-a-did", "did:gun:"] {
        assert_eq!(dels.mark(did, "pk").await.unwrap_err().code(), "INVALID_DID", "{did:?}");
        assert_eq!(dels.process(did).await.unwrap_err().code(), "INVALID_DID", "{did:?}");
        assert_eq!(dels.is_deleted(did).await.unwrap_err().code(), "INVALID_DID", "{did:?}");
    }
    assert_eq!(dels.mark("did:gun:ab:c", "").await.unwrap_err().code(), "INVALID_ARGUMENT");
    assert_eq!(relay_total(&relay).await, before, "no request reached the relay");
    assert!(dels.known_deleted("did:gun:ab:c").is_none(), "nothing was recorded");
}
