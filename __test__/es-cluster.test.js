'use strict';
// Several Elasticsearch URLs (comma-separated, as ELASTICSEARCHHOST takes
// them) against a real 3-node 7.17 cluster: one node is killed in the middle
// of a sync; nothing is lost or indexed twice, and once the cluster has
// recovered a cycle is idle, with the dead node's URL still in the list.
// Needs Java and Maven (three JVMs of its own); skipped on the stand-in.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { GunSyncService } = require('..');
const { startNodes } = require('../testbed/launcher');
const { esEngine } = require('../testbed/es-engine');
const { realAvailable, startRealNodes } = require('../testbed/es-real');
const { request } = require('../testbed/http');
const { sleep } = require('../testbed/poll');
const bed = require('../bench/lib/bed');

const N = 60;
// The first URL of the list: a client that only ever used the first node would fail from then on.
const KILLED = 0;
const canRun = esEngine().engine !== 'external' && !realAvailable();
const clusterTest = canRun ? test : test.skip;

const json = (url, opts) => request(url, { timeoutMs: 30000, ...opts }).then((r) => ({ status: r.status, body: r.json }));

let cluster;
let relays;
let stateDir;
afterAll(async () => {
  if (relays) await relays.stop();
  if (cluster) await cluster.stop();
  if (stateDir) fs.rmSync(stateDir, { recursive: true, force: true });
});

clusterTest(`a 3-node cluster loses a node mid-sync: all ${N} records indexed once, then an idle cycle`, async () => {
  cluster = await startRealNodes(3, { startTimeoutMs: 180000 });
  const urls = cluster.nodes.map((n) => n.url);
  const survivor = urls[2];
  // Every shard has a copy on a second node, so losing one node loses no data.
  const created = await json(`${survivor}/records`, { method: 'PUT', body: { settings: { number_of_shards: 3, number_of_replicas: 1 } } });
  expect(created.status).toBe(200);
  expect((await json(`${survivor}/_cluster/health/records?wait_for_status=green&timeout=60s`)).body.status).toBe('green');

  relays = await startNodes(2, { putDelayMs: 0, missingWaitMs: 400 });
  const [A, B] = relays.nodes;
  const records = bed.makeRecords(N, { recordType: 'post', prefix: 'cluster' });
  expect(await bed.seedRecordsBatched(B.relayUrl, records)).toBe(0);
  await bed.registerRecords(B.relayUrl, records);
  expect(await bed.waitIndex(B.relayUrl, 'post', N)).toBeGreaterThanOrEqual(N);

  stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oip-es-cluster-'));
  const service = new GunSyncService({
    gun: { apiUrl: A.relayUrl },
    peers: [B.relayUrl],
    elasticsearch: { node: urls.join(','), timeoutMs: 10000 },
    recordTypes: ['post'],
    putTimeoutMs: 3000,
    // What fails (a relay put, a bulk cut off by the kill) is retried after 0.5-2 s, not minutes.
    deletion: { stateDir, retryBaseMs: 500, retryMaxMs: 2000 },
    logger: { info() {}, warn() {}, error() {} },
  });

  // Kill one node (no clean shutdown) while the first cycle runs.
  let firstDone = false;
  const first = service.performSync().finally(() => (firstDone = true));
  await sleep(1500);
  const killedWhileRunning = !firstDone;
  process.kill(cluster.nodes[KILLED].pid, 'SIGKILL');
  const reports = [await first];
  expect(killedWhileRunning).toBe(true);

  // The cluster recovers on two nodes (a new master if the killed one was it).
  const health = await json(`${survivor}/_cluster/health?wait_for_nodes=2&wait_for_status=yellow&timeout=90s`);
  expect(health.body).toMatchObject({ number_of_nodes: 2, timed_out: false });

  const count = async () => {
    await json(`${survivor}/records/_refresh`, { method: 'POST' });
    return (await json(`${survivor}/records/_count`)).body.count;
  };
  for (let i = 0; i < 20 && (await count()) < N; i++) {
    reports.push(await service.performSync());
    await sleep(500);
  }

  // Nothing lost, nothing twice: exactly the N documents, under their DIDs.
  const brief = reports.map((r) => ({ synced: r.synced, skipped: r.skippedExisting, failed: r.failed.map((f) => `${f.did} ${f.permanent} ${f.reason}`) }));
  expect({ count: await count(), reports: brief }).toEqual({ count: N, reports: brief });
  const hits = (await json(`${survivor}/records/_search?size=${2 * N}&_source=false`)).body.hits.hits;
  expect(hits.map((h) => h._id).sort()).toEqual(records.map((r) => r.did).sort());
  // A bulk cut off by the kill is transient: retried, never a record given up on.
  expect(reports.flatMap((r) => r.failed).filter((f) => f.permanent)).toEqual([]);

  // After recovery: a cold cycle (processed cache cleared) reads the index once
  // (one _mget, plus at most one refused connection to the dead node's URL)
  // and writes nothing; a warm one asks Elasticsearch nothing.
  service.clearProcessedCache();
  const cold = await service.performSync();
  expect(cold).toMatchObject({ synced: 0, skippedExisting: N, failed: [] });
  expect(cold.requests.elasticsearch).toBeGreaterThanOrEqual(1);
  expect(cold.requests.elasticsearch).toBeLessThanOrEqual(2);
  const warm = await service.performSync();
  expect(warm).toMatchObject({ synced: 0, failed: [] });
  expect(warm.requests.elasticsearch).toBe(0);
  await service.stop();
}, 420000);
