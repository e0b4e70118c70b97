'use strict';
// Failure entries of records that vanished from their peer's type index, on
// real relays and the run's Elasticsearch. An entry goes only on evidence
// that the record is gone: its peer answers 404 for the soul, or the record
// is tombstoned. One whose record the peer still serves stays (a partial
// index read misses entries, and the record may be listed again), and its
// next check backs off like a retry. The relay is asked only once the record
// went unlisted for five cycles in a row; a tombstone needs no read.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { GunHelper, GunSyncService } = require('..');
const { startNodes } = require('../testbed/launcher');
const { collectServices } = require('../testbed/gc');
const { request } = require('../testbed/http');
const { eventually, sleep } = require('../testbed/poll');

const RETRY_BASE_MS = 500;
const UNLISTED_CYCLES = 5;
let bed;
let A; // the node whose service syncs
let P; // the peer listing the failing records
const stateDirs = [];

beforeAll(async () => {
  bed = await startNodes(2, { putDelayMs: 0, missingWaitMs: 200, elasticsearch: true });
  [A, P] = bed.nodes;
}, 30000);

afterAll(async () => {
  if (bed) await bed.stop();
  for (const dir of stateDirs) fs.rmSync(dir, { recursive: true, force: true });
  await collectServices();
});

const put = (node, soul, data) => request(`${node.relayUrl}/put`, { method: 'POST', body: { soul, data } });
const relayGet = (node, soul) => request(`${node.relayUrl}/get?soul=${encodeURIComponent(soul)}`);

/** The failure ledger as a restart would read it: the last line of each did wins, a line without `v` removes it. */
function failures(stateDir) {
  const file = path.join(stateDir, 'failures.jsonl');
  const entries = new Map();
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  for (const line of text.split('\n').filter(Boolean)) {
    const { k, v } = JSON.parse(line);
    if (v) entries.set(k, v);
    else entries.delete(k);
  }
  return entries;
}

test('failure entries of unlisted records go on a 404 or a tombstone, never for missing from the index', async () => {
  const type = `postvanish${process.pid}`;
  const indexSoul = `oip:registry:index:${type}`;
  const souls = Object.fromEntries(['gone', 'served', 'tombstoned'].map((n) => [n, new GunHelper({ apiUrl: P.relayUrl }).computeSoul(`pk-vanish-${process.pid}`, n)]));
  const did = (name) => `did:gun:${souls[name]}`;
  // Listed on P, none readable whole: `served` lacks its meta (read back incomplete), the others are not there (404).
  const oip = JSON.stringify({ ver: '0.8.0', recordType: type, creator: { publicKey: 'pk-vanish' } });
  expect((await put(P, souls.served, { data: JSON.stringify({ title: 'no meta' }), oip })).status).toBe(200);
  const listed = Object.fromEntries(Object.values(souls).map((soul) => [soul, { soul, nodeId: 'node-p', timestamp: Date.now() }]));
  expect((await put(P, indexSoul, listed)).status).toBe(200);
  await eventually(() => relayGet(P, indexSoul), (r) => r.status === 200 && Object.values(souls).every((s) => r.json.data[s]));

  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oip-sync-vanish-'));
  stateDirs.push(stateDir);
  const quiet = { info: () => {}, warn: () => {}, error: () => {} };
  const svc = new GunSyncService({
    gun: { apiUrl: A.relayUrl, timeoutMs: 3000, negativeCacheTtlMs: 0 },
    elasticsearch: { node: A.esUrl },
    peers: [P.relayUrl],
    recordTypes: [type],
    index: `vanish-${process.pid}`,
    deletion: { stateDir, nodeId: 'node-a', retryBaseMs: RETRY_BASE_MS, retryMaxMs: 4 * RETRY_BASE_MS },
    logger: quiet,
  });

  // Fresh index entries may read partially at first: cycles until each record failed once.
  const failed = new Set();
  for (let i = 0; i < 10 && failed.size < 3; i++) {
    for (const f of (await svc.performSync()).failed) failed.add(f.did);
    if (failed.size < 3) await sleep(200);
  }
  expect([...failed].sort()).toEqual(['gone', 'served', 'tombstoned'].map(did).sort());
  const before = failures(stateDir);
  expect([...before.keys()].sort()).toEqual(['gone', 'served', 'tombstoned'].map(did).sort());
  // Each entry names the relay it was read from.
  for (const f of before.values()) expect(f.source).toBe(P.relayUrl);

  // P's index no longer lists them, and one is tombstoned on P.
  const unlisted = Object.fromEntries(Object.values(souls).map((soul) => [soul, null]));
  expect((await put(P, indexSoul, unlisted)).status).toBe(200);
  expect((await put(P, 'oip:deleted:records:index', { [did('tombstoned')]: true })).status).toBe(200);
  await eventually(() => relayGet(P, indexSoul), (r) => r.status === 200 && Object.values(souls).every((s) => r.json.data[s] === null));

  // Once their backoff is over, they are checked on P after five cycles in a
  // row without them (one missed index entry is no reason for a read).
  await sleep(Math.max(...[...before.values()].map((f) => f.next_attempt_at)) - Date.now() + 50);
  for (let i = 0; i < UNLISTED_CYCLES - 1; i++) {
    const r = await svc.performSync();
    expect([r.discovered, r.failed]).toEqual([0, []]);
    // Only the tombstoned one goes at once: it needs no read.
    expect([...failures(stateDir).keys()].sort()).toEqual(['gone', 'served'].map(did).sort());
  }
  const last = await svc.performSync();
  expect([last.discovered, last.failed]).toEqual([0, []]);
  const after = failures(stateDir);
  expect([...after.keys()]).toEqual([did('served')]);
  // Still served: kept with its reason, and its next check backs off like a retry.
  const served = before.get(did('served'));
  expect(after.get(did('served'))).toEqual(Object.assign({}, served, { attempts: served.attempts + 1, next_attempt_at: expect.any(Number) }));
  expect(after.get(did('served')).next_attempt_at).toBeGreaterThan(served.next_attempt_at);
  await svc.stop();
});
