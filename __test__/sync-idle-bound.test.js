'use strict';
// The cost bound of an idle cycle over K already-synced records: at most
// types x (peers + the local relay) index GETs, one tombstone GET per node, and ceil(K/1000)
// Elasticsearch requests; and none at all to Elasticsearch once the records
// are in the processed cache. K = 500, proved with the test bed's counters.
// Repair's spot-check adds 2 local-relay reads (3 for an encrypted record) per checked record that reads
// whole (the node and its meta child), at most GUN_REPAIR_MAX_CHECKS (32)
// checks and 1 % of the records this node synced itself; nothing to peers or
// Elasticsearch. Here the node synced none of the K, so it checks none.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { GunSyncService } = require('..');
const { startNodes } = require('../testbed/launcher');
const control = require('../testbed/control');

const K = 500;
const TYPES = ['post', 'image'];
const SOUL_PREFIX = 'a1b2c3d4e5f6:idle-';

let bed;
let stateDir;
beforeAll(async () => {
  bed = await startNodes(2, { putDelayMs: 0, missingWaitMs: 400, elasticsearch: true });
  stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oip-idle-bound-'));
}, 60000);
afterAll(async () => {
  if (bed) await bed.stop();
  if (stateDir) fs.rmSync(stateDir, { recursive: true, force: true });
});

async function post(url, body, contentType = 'application/json') {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body });
  if (res.status >= 300) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return res.json();
}

test(`an idle cycle over ${K} synced records stays within its request bound`, async () => {
  const [A, B] = bed.nodes;
  const souls = Array.from({ length: K }, (_, i) => `${SOUL_PREFIX}${i}`);
  // B's registry lists K records of one type, written as a node would (one
  // put: GUN merges fields); A's Elasticsearch already holds all of them.
  const entries = Object.fromEntries(souls.map((s) => [s, { soul: s, nodeId: 'node-b', timestamp: 1 }]));
  await post(`${B.relayUrl}/put`, JSON.stringify({ soul: 'oip:registry:index:post', data: entries }));
  const ndjson = souls
    .map((s) => `${JSON.stringify({ index: { _index: 'records', _id: `did:gun:${s}` } })}\n${JSON.stringify({ oip: { did: `did:gun:${s}` } })}\n`)
    .join('');
  const bulk = await post(`${A.esUrl}/_bulk?refresh=true`, ndjson, 'application/x-ndjson');
  expect(bulk.errors).toBe(false);

  const service = new GunSyncService({
    gun: { apiUrl: A.relayUrl },
    peers: [B.relayUrl],
    elasticsearch: { node: A.esUrl },
    recordTypes: TYPES,
    deletion: { stateDir },
    logger: { info() {}, warn() {}, error() {} },
  });

  // A fresh index can read back partial for a moment: cycle until all K are seen.
  let report;
  for (let i = 0; i < 10; i++) {
    report = await service.performSync();
    if (report.discovered === K) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  expect(report.discovered).toBe(K);
  expect(report.synced).toBe(0);

  // The relay can also answer a later read of a many-field node partially
  // (gun-relay-api.md): measure a cold cycle that saw the whole index.
  let cold;
  for (let i = 0; i < 5; i++) {
    for (const n of [A, B]) {
      await control.resetCounters(n.relayAdminUrl);
      await control.resetCounters(n.esAdminUrl);
    }
    service.clearProcessedCache();
    cold = await service.performSync();
    if (cold.discovered === K) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  expect(cold.skippedExisting).toBe(K);
  const peerReads = (await control.counters(B.relayAdminUrl)).total;
  const localReads = (await control.counters(A.relayAdminUrl)).total;
  const esCold = await control.counters(A.esAdminUrl);
  // types x peers index GETs plus the peer's tombstone index; on the local
  // relay, its type indexes (discovery from the local registry) and its tombstone index.
  expect(peerReads).toBeLessThanOrEqual(TYPES.length * 1 + 1);
  expect(cold.repair).toEqual({ checked: 0, dropped: 0, restored: 0, unrecoverable: [] });
  expect(localReads).toBeLessThanOrEqual(TYPES.length + 1 + 2 * cold.repair.checked);
  expect(esCold.total).toBe(Math.ceil(K / 1000));
  expect(esCold['POST /_mget'] || esCold['GET /_mget']).toBe(Math.ceil(K / 1000));
  expect(cold.requests).toEqual({ peers: peerReads, localRelay: localReads, elasticsearch: esCold.total });

  // With the records in the processed cache, Elasticsearch is not asked at all.
  await control.resetCounters(A.esAdminUrl);
  const warm = await service.performSync();
  expect(warm.requests.elasticsearch).toBe(0);
  expect((await control.counters(A.esAdminUrl)).total).toBe(0);
  await service.stop();
}, 120000);
