'use strict';
// The deletion registry and processLocalDeletion / verifyDeletions against a
// real GUN relay and the run's Elasticsearch (real node or stand-in; test-bed child processes),
// proven by the servers' request counters and by raw reads: the production
// deletion loop (failed deletions retried every cycle, forever) must be gone,
// across restarts and crashes. Tests touching Elasticsearch also run against a
// real cluster when ELASTICSEARCH_URL is set; those needing the stand-in's
// admin API (faults, counters) skip there.

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { GunHelper, GunDeletionRegistry, processLocalDeletion, verifyDeletions } = require('..');
const { startNodes } = require('../testbed/launcher');
const { startNode } = require('../testbed/child');
const control = require('../testbed/control');
const { esTarget, realCluster, uniqueIndex } = require('../testbed/es-target');
const { request } = require('../testbed/http');
const { sleep, eventually } = require('../testbed/poll');
const { tempDirs } = require('../testbed/tempdirs');

const REAL_ES = realCluster();
const standinTest = REAL_ES ? test.skip : test;
const RETRY_BASE_MS = 1500;
const RETRY_MAX_MS = 6000;
const MISSING_WAIT_MS = 400;
const NODE_ID = 'node-under-test';
const REGISTRY_ROOT = 'oip:registry';
const TOMBSTONE_INDEX = 'oip:deleted:records:index';
const CHILD = path.join(__dirname, 'fixtures', 'deletion-child.js');

let bed;
let node;
let es; // { url, headers, auth, index, adminUrl | null }
const stateDirs = tempDirs('oip-deletion-test-');
let uniq = 0;

const tag = (name) => `${name}-${process.pid}-${++uniq}`;

const rawGet = (soul) => request(`${node.relayUrl}/get?soul=${encodeURIComponent(soul)}`);
async function rawPut(soul, data) {
  const r = await request(`${node.relayUrl}/put`, { method: 'POST', body: { soul, data } });
  if (r.status !== 200) throw new Error(`put ${soul}: ${r.status} ${JSON.stringify(r.json)}`);
}
const esDocUrl = (did) => `${es.url}/${es.index}/_doc/${encodeURIComponent(did)}`;
const esGet = (did) => request(esDocUrl(did), { headers: es.headers });
async function esIndex(did, recordType) {
  const r = await request(`${esDocUrl(did)}?refresh=true`, {
    method: 'PUT',
    headers: es.headers,
    body: { data: { name: did }, oip: { did, didTx: did, recordType, storage: 'gun' } },
  });
  if (r.status !== 200 && r.status !== 201) throw new Error(`index ${did}: ${r.status} ${JSON.stringify(r.json)}`);
}

const relayCounters = () => control.counters(node.relayAdminUrl);
const esCounters = () => (es.adminUrl ? control.counters(es.adminUrl) : Promise.resolve(null));
const relayFault = (rule) => control.addFault(node.relayAdminUrl, rule);
const esFault = (rule) => control.addFault(es.adminUrl, rule);
async function snap() {
  const [relay, elastic] = await Promise.all([relayCounters(), esCounters()]);
  return { relay, es: elastic };
}
async function resetCounters() {
  await control.resetCounters(node.relayAdminUrl);
  if (es.adminUrl) await control.resetCounters(es.adminUrl);
}
/** Requests between two snapshots: relay total, Elasticsearch total and its document deletes. */
function delta(a, b) {
  return {
    relay: b.relay.total - a.relay.total,
    es: b.es ? b.es.total - a.es.total : 0,
    esDeletes: b.es ? (b.es['DELETE /_doc'] || 0) - (a.es['DELETE /_doc'] || 0) : 0,
  };
}

const freshStateDir = stateDirs.make;

const helper = () => new GunHelper({ apiUrl: node.relayUrl, negativeCacheTtlMs: 0 });

function options(stateDir, extra = {}) {
  return {
    stateDir,
    nodeId: NODE_ID,
    indices: [es.index],
    elasticsearch: Object.assign({ node: es.url }, es.auth || {}),
    gun: { apiUrl: node.relayUrl, negativeCacheTtlMs: 0 },
    retryBaseMs: RETRY_BASE_MS,
    retryMaxMs: RETRY_MAX_MS,
    ...extra,
  };
}

const typeIndexSoul = (type) => `${REGISTRY_ROOT}:index:${type}`;
const nodeEntrySoul = (soul) => `${REGISTRY_ROOT}:nodes:${NODE_ID}:${soul}`;

/**
 * n records as the incident had them: on the relay, indexed in
 * Elasticsearch, registered in the type index and this node's entries, and
 * (with `tombstone`) tombstoned in the relay's index. Every part is read back
 * first, so a 404 afterwards means the deletion removed it.
 */
async function seedRecords(name, n, { tombstone = true } = {}) {
  const gun = helper();
  const type = `workout${name.replace(/[^a-z0-9]/gi, '')}${uniq}`;
  const publisher = `pub-${tag(name)}`;
  const recs = [];
  // One at a time: the relay loses puts of nested nodes when several are in flight.
  for (let i = 0; i < n; i++) {
    const localId = tag(`${name}-${i}`);
    const soul = gun.computeSoul(publisher, localId);
    await gun.putRecord({ data: { name: localId, reps: i }, oip: { ver: '0.8.0', recordType: type } }, soul, { localId });
    recs.push({ soul, did: `did:gun:${soul}`, type });
  }
  const now = Date.now();
  await rawPut(typeIndexSoul(type), Object.fromEntries(recs.map((r) => [r.soul, { soul: r.soul, nodeId: NODE_ID, timestamp: now }])));
  await Promise.all(
    recs.map((r) =>
      rawPut(nodeEntrySoul(r.soul), { did: r.did, soul: r.soul, recordType: type, creatorPubKey: publisher, nodeId: NODE_ID, timestamp: now, oipVersion: '0.8.0' }),
    ),
  );
  if (tombstone) {
    await Promise.all(recs.map((r) => rawPut(`oip:deleted:records:${r.did}`, { deletedAt: now, deletedBy: publisher, timestamp: new Date(now).toISOString(), did: r.did })));
    await rawPut(TOMBSTONE_INDEX, Object.fromEntries(recs.map((r) => [r.did, true])));
  }
  await Promise.all(recs.map((r) => esIndex(r.did, type)));
  for (const r of recs) {
    expect((await eventually(() => rawGet(r.soul), (x) => x.status === 200 && x.json.data.oip)).status).toBe(200);
    expect((await eventually(() => rawGet(nodeEntrySoul(r.soul)), (x) => x.status === 200)).json.data.did).toBe(r.did);
    expect((await esGet(r.did)).status).toBe(200);
  }
  const index = await eventually(() => rawGet(typeIndexSoul(type)), (x) => x.status === 200 && recs.every((r) => r.soul in x.json.data));
  expect(Object.keys(index.json.data)).toEqual(expect.arrayContaining(recs.map((r) => r.soul)));
  return recs;
}

/** Whether every trace of the record is gone: Elasticsearch, relay, type index, node entry. */
async function expectGone(recs) {
  for (const r of recs) {
    expect([r.did, (await esGet(r.did)).status]).toEqual([r.did, 404]);
    expect([r.soul, (await rawGet(r.soul)).status]).toEqual([r.soul, 404]);
    expect([r.soul, (await rawGet(nodeEntrySoul(r.soul))).status]).toEqual([r.soul, 404]);
  }
  const index = await rawGet(typeIndexSoul(recs[0].type));
  const listed = index.status === 200 ? Object.keys(index.json.data) : [];
  expect(listed.filter((s) => recs.some((r) => r.soul === s))).toEqual([]);
}

/** Runs the child fixture to its end: its parsed lines and exit code. */
async function runChild(args, { onSpawn } = {}) {
  const child = startNode(CHILD, [JSON.stringify(args)]);
  if (onSpawn) onSpawn(child);
  const { code, signal, stdout, stderr } = await child.done;
  return { code, signal, lines: stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l)), stderr };
}

beforeAll(async () => {
  bed = await startNodes(1, { putDelayMs: 0, missingWaitMs: MISSING_WAIT_MS, elasticsearch: !REAL_ES });
  node = bed.nodes[0];
  if (REAL_ES) {
    const t = await esTarget();
    es = { url: t.url, headers: t.headers, auth: t.auth, index: uniqueIndex('records-deletion'), adminUrl: null, stop: t.stop };
  } else {
    es = { url: node.esUrl, headers: {}, auth: undefined, index: 'records', adminUrl: node.esAdminUrl, stop: async () => {} };
  }
}, 60000);

afterAll(async () => {
  if (es && REAL_ES) {
    await request(`${es.url}/${es.index}`, { method: 'DELETE', headers: es.headers }).catch(() => {});
    await es.stop();
  }
  if (bed) await bed.stop();
  stateDirs.removeAll();
});

beforeEach(async () => {
  await control.clearFaults(node.relayAdminUrl);
  if (es.adminUrl) await control.clearFaults(es.adminUrl);
});

standinTest('the incident: five tombstones under failing deletes are tried once per backoff window, applied once, then cost nothing', async () => {
  const recs = await seedRecords('incident', 5);
  const opts = options(freshStateDir());
  await esFault({ method: 'DELETE', match: '/_doc/', status: 500, body: { error: { type: 'exception', reason: 'injected shard failure' }, status: 500 } });
  await relayFault({ method: 'POST', path: '/put', fraction: 0.5, seed: 7, status: 500, body: { error: 'injected put failure' } });

  // What a sync loop does during the outage: ask again and again. Each tombstone is asked twice in a row, so
  // some calls land inside a window however long a pass over the five takes on a loaded machine.
  const calls = Object.fromEntries(recs.map((r) => [r.did, []]));
  const faultsUntil = Date.now() + 6000;
  while (Date.now() < faultsUntil) {
    for (const r of recs) {
      for (let k = 0; k < 2; k += 1) {
        const before = await snap();
        const start = Date.now();
        const report = await processLocalDeletion(r.did, opts);
        const end = Date.now();
        calls[r.did].push({ start, end, io: delta(before, await snap()), report });
      }
    }
    await sleep(20);
  }

  let gunFailures = 0;
  for (const r of recs) {
    const list = calls[r.did];
    const attempts = list.filter((c) => c.io.relay + c.io.es > 0);
    expect(attempts.length).toBeGreaterThanOrEqual(2); // the loop outlived the first window
    expect(list.length).toBeGreaterThan(attempts.length); // and the calls between were skipped
    let last = null;
    for (const c of list) {
      const { report } = c;
      expect(report.did).toBe(r.did);
      expect(report.applied).toBe(false);
      expect(report.nextAttemptAt).toBeGreaterThan(c.end - 5); // in the future when reported
      if (c.io.relay + c.io.es === 0) {
        // No I/O inside the window, and the report says so.
        expect([report.elasticsearch, report.gun, report.registry]).toEqual(['skipped', 'skipped', 'skipped']);
        expect(last).not.toBeNull();
        expect(c.start).toBeLessThan(last.report.nextAttemptAt);
        expect(report.attempts).toBe(last.report.attempts);
        continue;
      }
      // An attempt: only after the previous window closed, and at most one per window.
      if (last) {
        // The addon reads its clock after `start` was taken: the same few ms of slack as above.
        expect(c.start).toBeGreaterThanOrEqual(last.report.nextAttemptAt - 5);
        const window = 0.5 * Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** (last.report.attempts - 1));
        expect(c.start - last.end).toBeGreaterThanOrEqual(window - 5);
      }
      expect(report.attempts).toBe(last ? last.report.attempts + 1 : 1);
      // Elasticsearch's client retries a 500 itself within one attempt, at most 3 requests.
      expect(c.io.esDeletes).toBeGreaterThanOrEqual(1);
      expect(c.io.esDeletes).toBeLessThanOrEqual(3);
      expect(report.elasticsearch).toBe('failed');
      expect(report.error).toMatch(/ES_HTTP_500/);
      expect(report.error).toMatch(/injected shard failure/);
      if (report.gun === 'failed' || report.registry === 'failed') {
        expect(report.error).toMatch(/GUN_HTTP_500/);
        gunFailures += 1;
      }
      expect(report.nextAttemptAt - c.end).toBeLessThanOrEqual(RETRY_MAX_MS);
      last = c;
    }
  }
  expect(gunFailures).toBeGreaterThan(0); // the relay's faults were hit too

  // Faults clear; once each window has passed, each tombstone is applied exactly once.
  await control.clearFaults(node.relayAdminUrl);
  await control.clearFaults(es.adminUrl);
  const lastWindow = Math.max(...recs.map((r) => calls[r.did][calls[r.did].length - 1].report.nextAttemptAt));
  await sleep(Math.max(0, lastWindow - Date.now() + 20));
  for (const r of recs) {
    const before = await snap();
    const report = await processLocalDeletion(r.did, opts);
    const io = delta(before, await snap());
    expect(report).toMatchObject({ did: r.did, applied: true, elasticsearch: 'deleted', registry: 'deleted' });
    expect(['deleted', 'absent']).toContain(report.gun);
    expect(report.nextAttemptAt).toBeUndefined();
    expect(report.error).toBeUndefined();
    expect(io.esDeletes).toBe(1);
  }
  await expectGone(recs);

  // Then the loop is over: 100 more rounds cost no request at all.
  const before = await snap();
  for (let i = 0; i < 100; i++) {
    for (const r of recs) {
      const report = await processLocalDeletion(r.did, opts);
      expect(report.applied).toBe(true);
      expect(report.elasticsearch).toBe('skipped');
    }
  }
  expect(delta(before, await snap())).toEqual({ relay: 0, es: 0, esDeletes: 0 });
}, 60000);

test('a record nulled by an earlier attempt still has its type-index entry removed by the next one', async () => {
  // No recordTypes configured: only what the first attempt read tells the type.
  const [rec] = await seedRecords('retype', 1);
  const opts = options(freshStateDir());
  await relayFault({ method: 'POST', path: '/put', soul: typeIndexSoul(rec.type), status: 500, times: 1, body: { error: 'injected' } });
  const first = await processLocalDeletion(rec.did, opts);
  expect(first).toMatchObject({ applied: false, gun: 'deleted', elasticsearch: 'deleted', registry: 'failed' });
  expect((await rawGet(rec.soul)).status).toBe(404);
  await sleep(first.nextAttemptAt - Date.now() + 10);
  const second = await processLocalDeletion(rec.did, opts);
  expect(second).toMatchObject({ applied: true, gun: 'absent', elasticsearch: 'absent', registry: 'deleted', attempts: 2 });
  await expectGone([rec]);
}, 30000);

test('restart: a new process on the same state directory costs nothing for applied tombstones and resumes pending ones at their time', async () => {
  const [applied, pending] = await seedRecords('restart', 2);
  // Windows long enough to outlast a child's start.
  const opts = options(freshStateDir(), { retryBaseMs: 8000, retryMaxMs: 16000 });
  // The first process applies one and fails the other, then exits: one
  // process owns a state directory at a time, so this one is a child too.
  const failFault = await relayFault({ method: 'POST', path: '/put', match: pending.soul, status: 500, body: { error: 'injected' } });
  const first = await runChild({ options: opts, dids: [applied.did, pending.did], untilMs: 0 });
  expect([first.code, first.lines.filter((l) => l.error)]).toEqual([0, []]);
  const firstReport = (did) => first.lines.find((l) => l.report && l.report.did === did).report;
  expect(firstReport(applied.did).applied).toBe(true);
  const failed = firstReport(pending.did);
  expect(failed).toMatchObject({ applied: false, gun: 'failed', attempts: 1 });
  const dueAt = failed.nextAttemptAt;
  expect(dueAt - Date.now()).toBeGreaterThan(3000); // room for the early child to start and ask twice
  await control.removeFault(node.relayAdminUrl, failFault.id);

  // A fresh process until shortly before the due time: no request at all.
  await resetCounters();
  const early = await runChild({ options: opts, dids: [applied.did, pending.did], untilMs: dueAt - 400, everyMs: 50 });
  expect(early.code).toBe(0);
  const earlyReports = early.lines.filter((l) => l.report).map((l) => l.report);
  expect(early.lines.filter((l) => l.error)).toEqual([]);
  expect(earlyReports.length).toBeGreaterThanOrEqual(2);
  for (const rep of earlyReports) {
    expect([rep.elasticsearch, rep.gun, rep.registry]).toEqual(['skipped', 'skipped', 'skipped']);
    if (rep.did === applied.did) expect(rep.applied).toBe(true);
    else expect(rep).toMatchObject({ applied: false, attempts: 1, nextAttemptAt: dueAt });
  }
  expect(delta(await snapZero(), await snap())).toEqual({ relay: 0, es: 0, esDeletes: 0 });

  // Another fresh process polling across the due time: the pending one is applied then, not before.
  const late = await runChild({ options: opts, dids: [applied.did, pending.did], untilMs: dueAt + 8000, everyMs: 50, stopWhenApplied: true });
  expect(late.code).toBe(0);
  expect(late.lines.filter((l) => l.error)).toEqual([]);
  const pendingLines = late.lines.filter((l) => l.report && l.report.did === pending.did);
  const firstApplied = pendingLines.find((l) => l.report.applied);
  expect(firstApplied).toBeDefined();
  expect(firstApplied.report).toMatchObject({ applied: true, attempts: 2, gun: 'deleted', elasticsearch: 'absent' });
  for (const l of pendingLines.filter((x) => x !== firstApplied && !x.report.applied)) expect(l.t).toBeLessThan(dueAt + 50);
  expect(firstApplied.t).toBeGreaterThanOrEqual(dueAt);
  for (const l of late.lines.filter((x) => x.report && x.report.did === applied.did)) expect(l.report.elasticsearch).toBe('skipped');
  const after = await snap();
  if (after.es) expect(after.es['DELETE /_doc']).toBe(1); // the pending one's; none for the applied one
  await expectGone([applied, pending]);
}, 60000);

/** Counters right after a reset. */
async function snapZero() {
  return { relay: { total: 0 }, es: es.adminUrl ? { total: 0 } : null };
}

test('kill -9 mid-application, then a restart on the same state: nothing lost, state readable, nothing applied twice', async () => {
  const [rec] = await seedRecords('kill', 1);
  const stateDir = freshStateDir();
  const opts = options(stateDir);
  // The relay holds the deletion's first put, so the child is inside the application when it dies.
  await relayFault({ method: 'POST', path: '/put', match: rec.soul, latencyMs: 3000, times: 1 });
  await resetCounters();
  let child;
  const killed = runChild({ options: opts, dids: [rec.did], untilMs: Date.now() + 20000, stopWhenApplied: true }, { onSpawn: (c) => (child = c) });
  const inside = await eventually(relayCounters, (c) => (c['POST /put'] || 0) >= 1, { tries: 200, everyMs: 25 });
  expect(inside['POST /put']).toBe(1);
  child.kill('SIGKILL');
  const dead = await killed;
  expect(dead.signal).toBe('SIGKILL');
  expect(dead.lines).toEqual([]); // it never finished a call
  if (es.adminUrl) expect((await esCounters()).total).toBe(0); // killed before reaching Elasticsearch

  // The tombstone is in the state file already.
  const journal = fs.readFileSync(path.join(stateDir, 'tombstones.jsonl'), 'utf8');
  expect(journal).toContain(rec.did);

  const again = await runChild({ options: opts, dids: [rec.did], untilMs: Date.now() + 20000, stopWhenApplied: true });
  expect(again.code).toBe(0);
  expect(again.lines.filter((l) => l.error)).toEqual([]);
  const reports = again.lines.filter((l) => l.report).map((l) => l.report);
  expect(reports[0]).toMatchObject({ did: rec.did, applied: true, attempts: 1, elasticsearch: 'deleted', registry: 'deleted' });
  expect(fs.readdirSync(stateDir).filter((f) => f.includes('unreadable'))).toEqual([]);
  if (es.adminUrl) expect((await esCounters())['DELETE /_doc']).toBe(1);
  await sleep(3100); // the held put lands late; it only nulls fields again
  await expectGone([rec]);

  // And a third life makes no request for it.
  const before = await snap();
  const third = await runChild({ options: opts, dids: [rec.did], untilMs: 0 });
  expect(third.lines[0].report).toMatchObject({ applied: true, elasticsearch: 'skipped' });
  expect(delta(before, await snap())).toEqual({ relay: 0, es: 0, esDeletes: 0 });
}, 60000);

// The warning itself is read from a child's stderr in faults/ledger-faults.test.js.
test('unreadable lines of a state file are set aside; every readable entry is kept', async () => {
  const recs = await seedRecords('corrupt', 2, { tombstone: true });
  // Marked here only: the relay's index does not hold it, so only the journal can.
  const [local] = await seedRecords('corrupt-local', 1, { tombstone: false });
  const stateDir = freshStateDir();
  const journal = path.join(stateDir, 'tombstones.jsonl');
  const bad = ['\u0000\u00ff this is not a journal', '{"k": 1, broken'];
  fs.writeFileSync(journal, `${bad[0]}\n${JSON.stringify({ k: local.did, v: {} })}\n${bad[1]}\n`);
  const registry = new GunDeletionRegistry(helper(), options(stateDir));
  const aside = fs.readdirSync(stateDir).filter((f) => f.startsWith('tombstones.jsonl.unreadable-'));
  expect(aside).toHaveLength(1);
  expect(fs.readFileSync(path.join(stateDir, aside[0]), 'utf8')).toBe(`${bad.join('\n')}\n`);
  const all = await registry.getAllDeletedDIDs();
  expect(all).toEqual(expect.arrayContaining([local.did, ...recs.map((r) => r.did)]));
  // The journal is rewritten without them: readable line by line, holding what was kept and learned.
  const lines = fs.readFileSync(journal, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  expect(lines.map((l) => l.k)).toEqual(expect.arrayContaining([local.did, ...recs.map((r) => r.did)]));
  for (const r of [local, ...recs]) expect(await registry.isDeleted(r.did)).toBe(true);
});

test('a single garbage line ending in a newline is set aside too, not taken for a torn write', async () => {
  const stateDir = freshStateDir();
  fs.writeFileSync(path.join(stateDir, 'tombstones.jsonl'), 'not json at all\n');
  const registry = new GunDeletionRegistry(helper(), options(stateDir));
  await registry.getAllDeletedDIDs();
  expect(fs.readdirSync(stateDir).filter((f) => f.startsWith('tombstones.jsonl.unreadable-'))).toHaveLength(1);
});

test('verifyDeletions re-deletes a record re-indexed behind the ledger and one re-written on the relay', async () => {
  const [reindexed, rewritten] = await seedRecords('verify', 2);
  const opts = options(freshStateDir());
  for (const r of [reindexed, rewritten]) expect((await processLocalDeletion(r.did, opts)).applied).toBe(true);

  let before = await snap();
  expect(await verifyDeletions(opts)).toEqual({ checked: 2, reapplied: [] });
  const quiet = delta(before, await snap());
  expect(quiet.esDeletes).toBe(0);
  expect((await relayCounters())['POST /put'] || 0).toBe((before.relay['POST /put'] || 0)); // checking writes nothing

  await esIndex(reindexed.did, reindexed.type);
  await helper().putRecord({ data: { name: 'back again' }, oip: { ver: '0.8.0', recordType: rewritten.type } }, rewritten.soul, {});
  expect((await eventually(() => rawGet(rewritten.soul), (x) => x.status === 200)).status).toBe(200);

  const v = await verifyDeletions(opts);
  expect(v.checked).toBe(2);
  const byDid = Object.fromEntries(v.reapplied.map((r) => [r.did, r]));
  expect(Object.keys(byDid).sort()).toEqual([reindexed.did, rewritten.did].sort());
  expect(byDid[reindexed.did]).toMatchObject({ applied: true, elasticsearch: 'deleted' });
  expect(byDid[rewritten.did]).toMatchObject({ applied: true, gun: 'deleted' });
  expect((await esGet(reindexed.did)).status).toBe(404);
  expect((await rawGet(rewritten.soul)).status).toBe(404);

  before = await snap();
  for (const r of [reindexed, rewritten]) expect((await processLocalDeletion(r.did, opts)).elasticsearch).toBe('skipped');
  expect(delta(before, await snap())).toEqual({ relay: 0, es: 0, esDeletes: 0 });
}, 60000);

test('50 concurrent processLocalDeletion calls for one did make one set of requests', async () => {
  const [alone, crowded] = await seedRecords('concurrent', 2);
  const stateDir = freshStateDir();
  const opts = options(stateDir);
  const registry = new GunDeletionRegistry(helper(), options(stateDir));
  // Count requests naming each record's own soul (reads of it and puts to it).
  const counting = {};
  for (const r of [alone, crowded]) counting[r.did] = (await relayFault({ soul: r.soul, latencyMs: 0, times: 100000 })).id;
  const soulRequests = async (r) => 100000 - (await control.listFaults(node.relayAdminUrl)).faults.find((f) => f.id === counting[r.did]).times;

  let before = await snap();
  const single = await processLocalDeletion(alone.did, opts);
  const one = delta(before, await snap());
  expect(single.applied).toBe(true);

  before = await snap();
  const reports = await Promise.all(
    Array.from({ length: 50 }, (_, i) => (i % 2 ? processLocalDeletion(crowded.did, opts) : registry.processLocalDeletion(crowded.did))),
  );
  const fifty = delta(before, await snap());
  expect(reports.filter((r) => r === true || (r && r.applied === true))).toHaveLength(50);
  for (const r of reports.filter((x) => typeof x === 'object')) expect(r).toMatchObject({ attempts: 1, elasticsearch: 'deleted' });
  expect(await soulRequests(crowded)).toBe(await soulRequests(alone));
  expect(await soulRequests(crowded)).toBeLessThanOrEqual(4);
  expect(fifty.relay).toBeLessThanOrEqual(one.relay + 1);
  if (es.adminUrl) expect(fifty.esDeletes).toBe(1);
  await expectGone([alone, crowded]);
}, 60000);

test('markDeleted / isDeleted / getAllDeletedDIDs / getDeletionDetails / unmarkDeleted / getStats round-trip on a real relay', async () => {
  const registry = new GunDeletionRegistry(helper(), options(freshStateDir()));
  const did = `did:gun:${crypto.randomBytes(6).toString('hex')}:${tag('mark')}`;
  const t0 = Date.now();
  expect(await registry.markDeleted(did, 'pubkey-of-deleter')).toBe(true);
  expect(await registry.isDeleted(did)).toBe(true);
  const index = await eventually(() => rawGet(TOMBSTONE_INDEX), (x) => x.status === 200 && x.json.data[did] === true);
  expect(index.json.data[did]).toBe(true);
  const entry = await eventually(() => rawGet(`oip:deleted:records:${did}`), (x) => x.status === 200 && x.json.data.did);
  expect(entry.json.data).toMatchObject({ did, deletedBy: 'pubkey-of-deleter' });
  const details = await eventually(() => registry.getDeletionDetails(did), (d) => d && d.did);
  expect(details).toMatchObject({ did, deletedBy: 'pubkey-of-deleter' });
  expect(details.deletedAt).toBeGreaterThanOrEqual(t0);
  expect(new Date(details.timestamp).getTime()).toBe(details.deletedAt);
  expect(await registry.getAllDeletedDIDs()).toContain(did);

  // getStats over a dozen more tombstones published in the relay's index.
  const more = Array.from({ length: 12 }, (_, i) => `did:gun:${crypto.randomBytes(6).toString('hex')}:${tag(`stat${i}`)}`);
  await rawPut(TOMBSTONE_INDEX, Object.fromEntries(more.map((d) => [d, true])));
  await eventually(() => rawGet(TOMBSTONE_INDEX), (x) => x.status === 200 && more.every((d) => x.json.data[d] === true));
  const all = await registry.getAllDeletedDIDs();
  expect(all).toEqual(expect.arrayContaining([did, ...more]));
  const stats = await registry.getStats();
  expect(Object.keys(stats).sort()).toEqual(['deletedDIDs', 'hasMore', 'registryRoot', 'totalDeleted']);
  expect(stats).toEqual({ totalDeleted: all.length, registryRoot: 'oip:deleted:records', deletedDIDs: all.slice(0, 10), hasMore: true });

  // Withdrawn with null: the index no longer lists it, the entry is gone, isDeleted is false.
  expect(await registry.unmarkDeleted(did)).toBe(true);
  const after = await eventually(() => rawGet(TOMBSTONE_INDEX), (x) => x.status === 200 && !(did in x.json.data));
  expect(after.json.data[did]).toBeUndefined();
  expect(await registry.isDeleted(did)).toBe(false);
  expect(await registry.getAllDeletedDIDs()).not.toContain(did);
  expect(await registry.getDeletionDetails(did)).toBeNull();
  expect((await registry.getStats()).totalDeleted).toBe(all.length - 1);

  // markDeleted enters the ledger at once, even while the relay refuses every put.
  const refused = `did:gun:${crypto.randomBytes(6).toString('hex')}:${tag('refused')}`;
  await relayFault({ method: 'POST', path: '/put', status: 500, body: { error: 'injected' } });
  expect(await registry.markDeleted(refused, 'pubkey-of-deleter')).toBe(false);
  await resetCounters();
  expect(await registry.isDeleted(refused)).toBe(true);
  expect((await relayCounters()).total).toBe(0); // answered from the ledger
  expect(await registry.getAllDeletedDIDs()).toContain(refused);
}, 60000);

test('a tombstone once seen is never forgotten, and isDeleted rejects on a failed read instead of answering false', async () => {
  const registry = new GunDeletionRegistry(helper(), options(freshStateDir()));
  const [seen, other] = [tag('seen'), tag('other')].map((t) => `did:gun:${crypto.randomBytes(6).toString('hex')}:${t}`);
  await rawPut(TOMBSTONE_INDEX, { [seen]: true, [other]: true });
  await eventually(() => rawGet(TOMBSTONE_INDEX), (x) => x.status === 200 && x.json.data[seen] === true && x.json.data[other] === true);
  expect(await registry.getAllDeletedDIDs()).toEqual(expect.arrayContaining([seen, other]));

  // The index comes back incomplete, then 404: nothing is forgotten.
  const partial = await relayFault({ method: 'GET', soul: TOMBSTONE_INDEX, status: 200, body: { success: true, data: { [other]: true } } });
  expect(await registry.getAllDeletedDIDs()).toEqual(expect.arrayContaining([seen, other]));
  expect(await registry.isDeleted(seen)).toBe(true);
  await control.removeFault(node.relayAdminUrl, partial.id);
  await relayFault({ method: 'GET', soul: TOMBSTONE_INDEX, status: 404, body: { error: 'Not found' } });
  expect(await registry.getAllDeletedDIDs()).toEqual(expect.arrayContaining([seen, other]));
  expect(await registry.isDeleted(seen)).toBe(true);
  await control.clearFaults(node.relayAdminUrl);

  // A did this node has never seen, and a relay that fails the read: a rejection, never false.
  const unknown = `did:gun:${crypto.randomBytes(6).toString('hex')}:${tag('unknown')}`;
  await relayFault({ method: 'GET', soul: TOMBSTONE_INDEX, status: 500, body: { error: 'injected' } });
  await expect(registry.isDeleted(unknown)).rejects.toMatchObject({ code: 'GUN_HTTP_500' });
  await control.clearFaults(node.relayAdminUrl);
  await relayFault({ method: 'GET', soul: `oip:deleted:records:${unknown}`, drop: true });
  await expect(registry.isDeleted(unknown)).rejects.toMatchObject({ errorClass: 'transient' });
});

/** 'settled' when `p` was settled when this is called, else 'pending' (in the addon promise's realm). */
function stateNow(p) {
  const P = p.constructor;
  const marker = {};
  return P.race([p, P.resolve(marker)]).then((v) => (v === marker ? 'pending' : 'settled'), () => 'settled');
}

test('answers the ledger holds come at once, equal to the full path; unmark and mark change them', async () => {
  const [rec] = await seedRecords('fast', 1);
  const stateDir = freshStateDir();
  const registry = new GunDeletionRegistry(helper(), options(stateDir));
  const first = registry.processLocalDeletion(rec.did);
  expect(await stateNow(first)).toBe('pending'); // not applied yet: it does the work
  expect(await first).toBe(true);
  await expectGone([rec]);

  await resetCounters();
  const applied = registry.processLocalDeletion(rec.did);
  expect(await stateNow(applied)).toBe('settled');
  expect(await applied).toBe(true);
  const known = registry.isDeleted(rec.did);
  expect(await stateNow(known)).toBe('settled');
  expect(await known).toBe(true);
  // the module-level call goes the full way (its report says what it skipped): the same answer
  expect(await processLocalDeletion(rec.did, options(stateDir))).toMatchObject({ applied: true, gun: 'skipped' });
  const idle = await snap();
  expect([idle.relay.total, idle.es ? idle.es.total : 0]).toEqual([0, 0]);

  // Withdrawn: the answer changes at once, and equals the full path's.
  expect(await registry.unmarkDeleted(rec.did)).toBe(true);
  const withdrawn = registry.processLocalDeletion(rec.did);
  expect(await stateNow(withdrawn)).toBe('settled');
  expect(await withdrawn).toBe(false);
  expect(await processLocalDeletion(rec.did, options(stateDir))).toMatchObject({ applied: false });
  expect(await registry.isDeleted(rec.did)).toBe(false);

  // Marked again: due, so the next call does the work again rather than answer from memory.
  expect(await registry.markDeleted(rec.did, 'pubkey-of-deleter')).toBe(true);
  const again = registry.processLocalDeletion(rec.did);
  expect(await stateNow(again)).toBe('pending');
  expect(await again).toBe(true);
  expect(await stateNow(registry.processLocalDeletion(rec.did))).toBe('settled');
}, 60000);

test('bad input is refused before any I/O', async () => {
  const stateDir = freshStateDir();
  const registry = new GunDeletionRegistry(helper(), options(stateDir));
  await resetCounters();
  await expect(processLocalDeletion('not-a-did', options(stateDir))).rejects.toMatchObject({ code: 'INVALID_DID' });
  await expect(processLocalDeletion('did:gun:', options(stateDir))).rejects.toMatchObject({ code: 'INVALID_DID' });
  await expect(verifyDeletions(options(stateDir, { retryBaseMs: 0 }))).rejects.toMatchObject({ code: 'INVALID_CONFIG' });
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
  try {
    expect(await registry.processLocalDeletion('not-a-did')).toBe(false);
  } finally {
    warn.mockRestore();
  }
  await expect(registry.markDeleted('did:gun:', 'pubkey')).rejects.toMatchObject({ code: 'INVALID_DID' });
  await expect(registry.isDeleted('nope')).rejects.toMatchObject({ code: 'INVALID_DID' });
  // Invalid options reject the promise, as a bad did does; they do not throw.
  const rejected = processLocalDeletion('did:gun:abc:def', options(stateDir, { retryBaseMs: 0 }));
  await expect(rejected).rejects.toMatchObject({ code: 'INVALID_CONFIG' });
  await expect(processLocalDeletion('did:gun:abc:def', options(stateDir, { retryBaseMs: 5000, retryMaxMs: 100 }))).rejects.toMatchObject({ code: 'INVALID_CONFIG' });
  expect(() => new GunDeletionRegistry(helper(), options(stateDir, { retryBaseMs: 0 }))).toThrow(expect.objectContaining({ code: 'INVALID_CONFIG' }));
  // The original took any object with a `gun`; the addon needs its own helper, and says so.
  for (const notAHelper of [{ gun: {} }, undefined, 'gun']) {
    expect(() => new GunDeletionRegistry(notAHelper, options(stateDir))).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('gunHelper') }),
    );
  }
  expect(await relayCounters()).toEqual({ total: 0 });
  if (es.adminUrl) expect(await esCounters()).toEqual({ total: 0 });
});

standinTest('a permanent Elasticsearch failure (401, 403) waits the long backoff with its reason; a transient one the short', async () => {
  const [unauthorized, forbidden, unavailable] = await seedRecords('permanent', 3);
  const opts = options(freshStateDir());
  await esFault({ method: 'DELETE', soul: unauthorized.did, status: 401, body: { error: { type: 'security_exception', reason: 'unable to authenticate user [oip]' }, status: 401 } });
  await esFault({ method: 'DELETE', soul: forbidden.did, status: 403, body: { error: { type: 'security_exception', reason: 'action [indices:data/write/delete] is unauthorized for user [oip]' }, status: 403 } });
  await esFault({ method: 'DELETE', soul: unavailable.did, status: 503, body: { error: { type: 'unavailable_shards_exception', reason: 'primary shard is not active' }, status: 503 } });

  for (const [r, reason] of [[unauthorized, /unable to authenticate/], [forbidden, /is unauthorized for user/]]) {
    const before = await snap();
    const report = await processLocalDeletion(r.did, opts);
    const end = Date.now();
    expect(report).toMatchObject({ applied: false, elasticsearch: 'failed', gun: 'deleted', registry: 'deleted' });
    expect(report.error).toMatch(/ES_AUTH|ES_HTTP_40[13]/);
    expect(report.error).toMatch(reason);
    expect(delta(before, await snap()).esDeletes).toBe(1); // not retried within the attempt either
    expect(report.nextAttemptAt - end).toBeGreaterThanOrEqual(0.5 * RETRY_MAX_MS - 50);
    expect(report.nextAttemptAt - end).toBeLessThanOrEqual(RETRY_MAX_MS);
  }
  const report = await processLocalDeletion(unavailable.did, opts);
  const end = Date.now();
  expect(report).toMatchObject({ applied: false, elasticsearch: 'failed' });
  expect(report.error).toMatch(/ES_HTTP_503/);
  expect(report.error).toMatch(/primary shard is not active/);
  expect(report.nextAttemptAt - end).toBeLessThanOrEqual(RETRY_BASE_MS);
  expect(report.nextAttemptAt - end).toBeGreaterThanOrEqual(0.5 * RETRY_BASE_MS - 50);
}, 30000);
