'use strict';
// A deletion that lands while a sync cycle is indexing the same record, on
// real relays and an Elasticsearch stand-in: the record was read before the
// tombstone existed, the deletion is applied while the cycle's _bulk is held
// by the stand-in, then the _bulk lands. The cycle must not undo the deletion.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { GunHelper, GunSyncService, GunDeletionRegistry } = require('..');
const { startNodes } = require('../testbed/launcher');
const control = require('../testbed/control');
const { request } = require('../testbed/http');
const { eventually } = require('../testbed/poll');

const INDEX = 'records';
let bed;
let A; // the node whose service syncs, and where the deletion lands
let B; // the peer holding the record
const stateDirs = [];

beforeAll(async () => {
  bed = await startNodes(2, { putDelayMs: 0, missingWaitMs: 300, elasticsearch: true });
  [A, B] = bed.nodes;
}, 30000);

afterAll(async () => {
  if (bed) await bed.stop();
  for (const dir of stateDirs) fs.rmSync(dir, { recursive: true, force: true });
});

const esDoc = (node, did) => request(`${node.esUrl}/${INDEX}/_doc/${encodeURIComponent(did)}`);
const relayGet = (node, soul) => request(`${node.relayUrl}/get?soul=${encodeURIComponent(soul)}`);

/** A record on B listed in B's type index, and a service on A with a registry on the same ledger. */
async function setup(name) {
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oip-sync-race-'));
  stateDirs.push(stateDir);
  // A type of its own: another test's record is not discovered with it.
  const type = `post${name.replace(/[^a-z]/g, '')}`;
  const indexSoul = `oip:registry:index:${type}`;
  const publisher = `pk-${name}-${process.pid}`;
  const onB = new GunHelper({ apiUrl: B.relayUrl });
  const soul = onB.computeSoul(publisher, name);
  const creator = { publicKey: publisher, didAddress: `did:arweave:${publisher}` };
  const { did } = await onB.putRecord({ data: { name }, oip: { ver: '0.8.0', recordType: type, creator } }, soul);
  const put = await request(`${B.relayUrl}/put`, { method: 'POST', body: { soul: indexSoul, data: { [soul]: { soul, nodeId: 'node-b', timestamp: Date.now() } } } });
  expect(put.status).toBe(200);
  await eventually(() => relayGet(B, soul), (r) => r.status === 200 && r.json.data && r.json.data.meta);
  expect((await eventually(() => relayGet(B, indexSoul), (r) => r.status === 200 && r.json.data[soul])).status).toBe(200);

  const quiet = { info: () => {}, warn: () => {}, error: () => {} };
  const deletion = { stateDir, nodeId: 'node-a', indices: [INDEX], retryBaseMs: 500, retryMaxMs: 2000 };
  const svc = new GunSyncService({ gun: { apiUrl: A.relayUrl }, elasticsearch: { node: A.esUrl }, peers: [B.relayUrl], recordTypes: [type], index: INDEX, putTimeoutMs: 3000, deletion, logger: quiet });
  // The same state directory in the same process: the one ledger the service uses.
  const registry = new GunDeletionRegistry(new GunHelper({ apiUrl: A.relayUrl }), Object.assign({ elasticsearch: { node: A.esUrl } }, deletion));
  return { did, soul, indexSoul, publisher, svc, registry };
}

/** What a cycle leaves of a deleted record on A: nothing in Elasticsearch, the relay or the type index. */
async function expectGoneFromA({ did, soul, indexSoul }) {
  expect((await esDoc(A, did)).status).toBe(404);
  expect((await relayGet(A, soul)).status).toBe(404);
  const index = await relayGet(A, indexSoul);
  if (index.status === 200) expect(index.json.data[soul] || null).toBeNull();
}

test('a deletion applied while the cycle indexes its record is not undone by that cycle', async () => {
  const rec = await setup('race-bulk');
  const { did, publisher, svc, registry } = rec;
  await control.resetCounters(A.esAdminUrl);
  await control.addFault(A.esAdminUrl, { method: 'POST', match: '/_bulk', latencyMs: 2500, times: 1 });
  const cycle = svc.performSync();
  // The cycle's _bulk is held: the record was read and stored before any tombstone.
  const held = await eventually(() => control.counters(A.esAdminUrl), (c) => (c['POST /_bulk'] || 0) >= 1, { tries: 300, everyMs: 20 });
  expect(held['POST /_bulk']).toBe(1);
  await registry.markDeleted(did, publisher);
  expect(await registry.processLocalDeletion(did)).toBe(true);
  const report = await cycle;

  expect(report.synced).toBe(0);
  expect(report.skippedDeleted).toBe(1);
  expect(report.warnings).toEqual([]);
  await expectGoneFromA(rec);
  expect(await registry.isDeleted(did)).toBe(true);
  // The next cycle skips it as tombstoned and writes nothing for it.
  const next = await svc.performSync();
  expect([next.synced, next.skippedDeleted]).toEqual([0, 1]);
  await expectGoneFromA(rec);
});
