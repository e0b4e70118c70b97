'use strict';
// Repair of records the local relay drops after it stored them (real GUN
// relays, the run's Elasticsearch): the relay's data is wiped and it is
// restarted, and one record is nulled on the only peer that had it. The next
// cycles store again every record a peer still serves, read back exactly as
// the peer serves it, and report the other one, which stays in Elasticsearch.

const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { GunHelper, GunSyncService } = require('..');
const { startNodes } = require('../testbed/launcher');
const { collectServices } = require('../testbed/gc');
const { request } = require('../testbed/http');
const { sleep } = require('../testbed/poll');

const MAX_CYCLES = 8;
let bed;
let A;
let B;
let C;
const stateDirs = [];

const relayGet = (node, soul) => request(`${node.relayUrl}/get?soul=${encodeURIComponent(soul)}`);
const esDoc = (node, did) => request(`${node.esUrl}/records/_doc/${encodeURIComponent(did)}`);
const quiet = { info() {}, warn() {}, error() {} };

function service(node, peers, extra = {}) {
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oip-repair-test-'));
  stateDirs.push(stateDir);
  return new GunSyncService({
    gun: { apiUrl: node.relayUrl },
    elasticsearch: { node: node.esUrl },
    peers: peers.map((p) => p.relayUrl),
    recordTypes: ['post'],
    putTimeoutMs: 3000,
    deletion: { stateDir, retryBaseMs: 500, retryMaxMs: 2000 },
    logger: quiet,
    ...extra,
  });
}

async function publish(node, svc, n) {
  const publicKey = `pk-repair-${process.pid}-${n}-${crypto.randomBytes(4).toString('hex')}`;
  const gun = new GunHelper({ apiUrl: node.relayUrl });
  const soul = gun.computeSoul(publicKey, `post-${n}`);
  const oip = { ver: '0.8.0', recordType: 'post', creator: { publicKey, didAddress: `did:arweave:${publicKey}` } };
  const { did } = await gun.putRecord({ data: { title: `post ${n}`, n }, oip }, soul);
  await svc.registerLocalRecord(did, soul, 'post', publicKey);
  return { did, soul };
}

/** The record node and its meta child as a relay serves them, or null when not whole. */
async function served(node, soul) {
  const rec = await relayGet(node, soul);
  const fields = rec.status === 200 ? rec.json.data : {};
  if (!['data', 'oip', 'meta'].every((k) => fields[k] != null)) return null;
  const meta = await relayGet(node, fields.meta['#']);
  if (meta.status !== 200) return null;
  const strip = (o) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== '_'));
  return { data: fields.data, oip: fields.oip, meta: strip(meta.json.data) };
}

beforeAll(async () => {
  bed = await startNodes(3, { putDelayMs: 0, missingWaitMs: 500, elasticsearch: true });
  [A, B, C] = bed.nodes;
}, 60000);

afterAll(async () => {
  if (bed) await bed.stop();
  for (const dir of stateDirs) fs.rmSync(dir, { recursive: true, force: true });
  await collectServices();
});

test('records the local relay dropped are stored again from a peer; one no peer serves is reported and kept', async () => {
  const fromB = [];
  const svcB = service(B, []);
  for (let i = 0; i < 4; i++) fromB.push(await publish(B, svcB, i));
  const doomed = await publish(C, service(C, []), 99);
  const all = [...fromB, doomed];

  const svcA = service(A, [B, C], { repairPercent: 100, repairMaxChecks: 50 });
  for (let i = 0; ; i++) {
    await svcA.performSync();
    const whole = await Promise.all(all.map((r) => served(A, r.soul)));
    if (whole.every(Boolean)) break;
    if (i === MAX_CYCLES) throw new Error('the records never synced whole to A');
    await sleep(200);
  }

  const before = svcA.getHealthMonitor().getRepairStatus();
  const metric = (name) => Number(svcA.metricsText().match(new RegExp(`^oip_gun_sync_${name} (\\d+)$`, 'm'))[1]);
  const restoredBefore = metric('repair_restored_total');

  // A's relay loses everything it stored (radisk data removed, relay restarted)...
  await bed.killRelay(0);
  for (const f of fs.readdirSync(A.dataDir)) fs.rmSync(path.join(A.dataDir, f), { recursive: true, force: true });
  await bed.restartRelay(0);
  for (const r of all) expect(await served(A, r.soul)).toBeNull();
  // ...and the one peer that had the doomed record loses it too.
  const nulls = { soul: doomed.soul, data: { data: null, oip: null, meta: null } };
  const put = await request(`${C.relayUrl}/put`, { method: 'POST', body: JSON.stringify(nulls), headers: { 'content-type': 'application/json' } });
  expect(put.status).toBe(200);

  const reports = [];
  for (let i = 0; ; i++) {
    reports.push(await svcA.performSync());
    const back = await Promise.all(fromB.map((r) => served(A, r.soul)));
    if (back.every(Boolean)) break;
    if (i === MAX_CYCLES) throw new Error(`not restored: ${JSON.stringify(reports.map((r) => r.repair))}`);
    await sleep(200);
  }
  // Restored exactly as the peer serves them.
  for (const r of fromB) expect(await served(A, r.soul)).toEqual(await served(B, r.soul));
  const sum = (k) => reports.reduce((a, r) => a + r.repair[k], 0);
  expect(sum('restored')).toBe(fromB.length);
  expect(reports[0].repair.checked).toBe(all.length);
  expect(reports[0].repair.dropped).toBe(all.length);
  for (const r of reports) expect(r.repair.unrecoverable).toEqual([doomed.did]);
  // No cycle re-synced them: only repair put them back.
  for (const r of reports) expect(r.synced).toBe(0);

  // Reported, never deleted from Elasticsearch; checked again every cycle.
  expect(await served(A, doomed.soul)).toBeNull();
  const doc = await esDoc(A, doomed.did);
  expect(doc.status).toBe(200);
  expect(doc.json.found).toBe(true);
  const next = await svcA.performSync();
  expect(next.repair).toEqual({ checked: all.length, dropped: 1, restored: 0, unrecoverable: [doomed.did] });

  const health = svcA.getHealthMonitor().getRepairStatus();
  expect(health.restored - before.restored).toBe(fromB.length);
  expect(health.unrecoverable - before.unrecoverable).toBe(reports.length + 1);
  expect(health.checked - before.checked).toBe(sum('checked') + next.repair.checked);
  expect(health.dropped - before.dropped).toBe(sum('dropped') + next.repair.dropped);
  expect(metric('repair_restored_total') - restoredBefore).toBe(fromB.length);
  await svcA.stop();
}, 180000);

test('bad repair settings fail with INVALID_CONFIG naming the setting, before any state is created', () => {
  const stateDir = path.join(os.tmpdir(), `oip-repair-never-${process.pid}`);
  const make = (extra) => () => new GunSyncService({ gun: { apiUrl: A.relayUrl }, peers: [], recordTypes: ['post'], deletion: { stateDir }, logger: quiet, ...extra });
  expect(make({ repairPercent: 0 })).toThrow(expect.objectContaining({ code: 'INVALID_CONFIG', message: expect.stringContaining('GUN_REPAIR_PERCENT') }));
  expect(make({ repairPercent: 101 })).toThrow(expect.objectContaining({ code: 'INVALID_CONFIG' }));
  // The environment variables' parsing is covered by the core's tests (crates/core/src/sync/repair.rs).
  expect(fs.existsSync(stateDir)).toBe(false);
});
