//! `SyncEngine` against two real GUN relays (a peer and this node's local
//! relay) and the test bed's Elasticsearch: a cycle takes a record from the
//! peer's type index into the local relay and Elasticsearch, keeps a
//! tombstoned one out, and an idle cycle asks Elasticsearch nothing.

mod common;

use std::time::Duration;

use common::{record, unique_index, Relay, StandinOptions, Target, TempDir};
use oip_gun_sync_core::deletion::{DeletionConfig, Deletions};
use oip_gun_sync_core::elastic::Elastic;
use oip_gun_sync_core::gun::helper::GunHelper;
use oip_gun_sync_core::gun::record::Decryption;
use oip_gun_sync_core::ledger::{Backoff, Ledger};
use oip_gun_sync_core::registry::{self, DEFAULT_REGISTRY_ROOT};
use oip_gun_sync_core::sync::engine::{DEFAULT_BATCH_SIZE, DEFAULT_FETCH_CONCURRENCY};
use oip_gun_sync_core::sync::repair::RepairSettings;
use oip_gun_sync_core::sync::{DiscoveryConfig, SyncConfig, SyncEngine};
use serde_json::{json, Value};

/// Fresh relays answer first reads of new nodes partially: a record reaches
/// the local node within a few cycles, never necessarily the first.
const MAX_CYCLES: usize = 8;

/// Publishes a record on the peer as its node does: the record, then its entry in the type index.
async fn publish(peer: &GunHelper, soul: &str, name: &str) {
    peer.put_record(&record(name, "pk-peer"), soul, None, None).await.unwrap();
    let entry = json!({ soul: { "soul": soul, "nodeId": "peer-node", "timestamp": 1_700_000_000_000u64 } });
    peer.put_simple(&registry::type_index(DEFAULT_REGISTRY_ROOT, "post"), &entry).await.unwrap();
}

fn engine(local: &GunHelper, peer: &Relay, es: &Elastic, index: &str, dir: &TempDir) -> SyncEngine {
    let ledger = Ledger::open(&dir.0, Some("local-node")).unwrap();
    let deletion =
        DeletionConfig { indices: vec![index.into()], record_types: vec!["post".into()], ..Default::default() };
    let deletions = Deletions::new(local.clone(), es.clone(), ledger, deletion);
    let cfg = SyncConfig {
        peers: vec![peer.url.clone()],
        record_types: vec!["post".into()],
        registry_root: DEFAULT_REGISTRY_ROOT.into(),
        index: index.into(),
        fetch_concurrency: DEFAULT_FETCH_CONCURRENCY,
        batch_size: DEFAULT_BATCH_SIZE,
        put_timeout: Duration::from_secs(10),
        cache_max_age: Duration::from_secs(3600),
        backoff: Backoff { base: Duration::from_millis(1), max: Duration::from_millis(1) },
        repair: RepairSettings { max_checks: 0, ..Default::default() },
        progress_min_records: 200,
        discovery: DiscoveryConfig::default(),
    };
    SyncEngine::new(cfg, local.clone(), vec![peer.helper()], es.clone(), deletions)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cycle_syncs_a_peer_record_once_and_keeps_a_tombstoned_one_out() {
    let (peer_relay, local_relay) = (Relay::spawn(300), Relay::spawn(300));
    let target = Target::start(StandinOptions::default());
    let es = target.elastic(|_| {});
    let index = unique_index("core-sync");
    let (peer, local) = (peer_relay.helper(), local_relay.helper());
    let tag = format!("{:06x}", std::process::id() % 0xffffff);
    let live = format!("beef00{tag}:core-live");
    let deleted = format!("beef00{tag}:core-deleted");
    publish(&peer, &live, "live").await;
    publish(&peer, &deleted, "deleted").await;

    let dir = TempDir::new("oip-core-sync");
    let engine = engine(&local, &peer_relay, &es, &index, &dir);
    let deleted_did = format!("did:gun:{deleted}");
    engine.deletions().mark(&deleted_did, "pk-peer").await.unwrap();

    let live_did = format!("did:gun:{live}");
    let mut reports = Vec::new();
    for _ in 0..MAX_CYCLES {
        let r = engine.run_cycle().await;
        let done = r.synced > 0;
        reports.push(r);
        if done {
            break;
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    let synced: u64 = reports.iter().map(|r| r.synced).sum();
    assert_eq!(synced, 1, "one record synced within {MAX_CYCLES} cycles: {reports:#?}");
    assert!(reports.iter().any(|r| r.skipped_deleted > 0), "the tombstoned record was seen and skipped: {reports:#?}");

    let doc = es.get(&index, &live_did).await.unwrap().expect("the live record is indexed");
    assert_eq!(doc["oip"]["did"], json!(live_did), "{doc}");
    assert_eq!(doc["data"]["basic"]["name"], json!("live"), "{doc}");
    assert_eq!(es.get(&index, &deleted_did).await.unwrap(), None, "the tombstoned record is not indexed");
    let stored = local.get_record(&live, &Decryption::default()).await.unwrap().expect("stored on the local relay");
    assert_eq!(stored["data"]["basic"]["name"], json!("live"));
    assert!(local
        .get_record(&deleted, &Decryption::default())
        .await
        .unwrap()
        .is_none_or(|r| r.get("data").is_none_or(Value::is_null)));

    // Idle: the record is known, nothing is synced again and Elasticsearch is not asked.
    let idle = engine.run_cycle().await;
    assert_eq!((idle.synced, idle.failed.len()), (0, 0), "{idle:#?}");
    assert_eq!(idle.requests.elasticsearch, 0, "{idle:#?}");
    assert!(idle.requests.peers > 0, "the peer's index was read: {idle:#?}");
    target.delete_indices(&[&index]).await;
}
