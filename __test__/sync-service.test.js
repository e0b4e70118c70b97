'use strict';
// GunSyncService against real GUN relays and the run's Elasticsearch (the real node behind a proxy per node, or stand-ins; child
// processes started by testbed/launcher.js): convergence of two nodes over
// HTTP, the processed cache and _mget batching, tombstones travelling over
// HTTP-only sync, permanent mapping failures not retried, a dead peer not
// blocking a live one, and the status / health / metrics surface.
//
// Real relays answer 404 or partial nodes on first reads of fresh nodes, so
// every expectation about another node is reached through a bounded number of
// sync cycles, never a single one.

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { GunHelper, GunSyncService, GunDeletionRegistry } = require('..');
const { startNodes, closedPort } = require('../testbed/launcher');
const { collectServices } = require('../testbed/gc');
const control = require('../testbed/control');
const { request } = require('../testbed/http');
const { sleep, eventually } = require('../testbed/poll');
const { tempDirs } = require('../testbed/tempdirs');

const MAX_CYCLES = 8;

let bed;
let A;
let B;
let C;
let closedPortUrl;
let uniq = 0;
const stateDirs = tempDirs('oip-sync-test-');

const relayGet = (node, soul) => request(`${node.relayUrl}/get?soul=${encodeURIComponent(soul)}`);
const esDoc = (node, did) => request(`${node.esUrl}/records/_doc/${encodeURIComponent(did)}`);
const esCounters = (node) => control.counters(node.esAdminUrl);
const mgetCount = (c) => (c['POST /_mget'] || 0) + (c['GET /_mget'] || 0);
const bulkCount = (c) => (c['POST /_bulk'] || 0) + (c['PUT /_bulk'] || 0);

const freshStateDir = stateDirs.make;

function quietLogger() {
  return { info: jest.fn(), warn: jest.fn(), error: jest.fn() };
}

/** A service for `node` pulling from `peers`, quiet, with its own fresh ledger. */
function service(node, peers, { deletion = {}, ...extra } = {}) {
  const stateDir = freshStateDir();
  const svc = new GunSyncService({
    gun: { apiUrl: node.relayUrl },
    elasticsearch: { node: node.esUrl },
    peers: peers.map((p) => (typeof p === 'string' ? p : p.relayUrl)),
    recordTypes: ['post'],
    putTimeoutMs: 3000,
    deletion: { stateDir, retryBaseMs: 500, retryMaxMs: 2000, ...deletion },
    logger: quietLogger(),
    ...extra,
  });
  svc.stateDir = stateDir;
  return svc;
}

/** Publishes a post on `node` and registers it through `svc` (a service of that node). */
async function publish(node, svc, data, { flatCreator = false } = {}) {
  const publicKey = `pk-${process.pid}-${++uniq}-${crypto.randomBytes(4).toString('hex')}`;
  const didAddress = `did:arweave:${publicKey}`;
  const gun = new GunHelper({ apiUrl: node.relayUrl });
  const soul = gun.computeSoul(publicKey, `post-${uniq}`);
  const oip = flatCreator
    ? { ver: '0.8.0', recordType: 'post', creator_publicKey: publicKey, creator_didAddress: didAddress }
    : { ver: '0.8.0', recordType: 'post', creator: { publicKey, didAddress } };
  const { did } = await gun.putRecord({ data, oip }, soul);
  expect(did).toBe(`did:gun:${soul}`);
  await expect(svc.registerLocalRecord(did, soul, 'post', publicKey)).resolves.toBe(true);
  return { did, soul, publicKey, didAddress };
}

/** Runs cycles (at most MAX_CYCLES) until `done()` holds; returns the reports. */
async function syncUntil(svc, done) {
  const reports = [];
  for (let i = 0; i < MAX_CYCLES; i++) {
    reports.push(await svc.performSync());
    if (await done(reports)) return reports;
    await sleep(150);
  }
  throw new Error(`not reached after ${MAX_CYCLES} cycles: ${JSON.stringify(reports.map((r) => ({ ...r, failed: r.failed.map((f) => f.reason) })))}`);
}

const inEs = async (node, dids) => (await Promise.all(dids.map((d) => esDoc(node, d)))).every((r) => r.status === 200 && r.json.found);

beforeAll(async () => {
  bed = await startNodes(3, { putDelayMs: 0, missingWaitMs: 500, elasticsearch: true });
  [A, B, C] = bed.nodes;
  closedPortUrl = `http://127.0.0.1:${await closedPort()}`; // a dead peer
}, 30000);

afterAll(async () => {
  if (bed) await bed.stop();
  stateDirs.removeAll();
  await collectServices();
});

test('log lines wait for a blocked JS thread up to a bound; past it they are dropped, not queued', async () => {
  const LOG_QUEUE_BOUND = 256; // src/binding/sync_service.rs
  const lines = jest.fn();
  // One tombstone on A, so the one index an idle cycle reads exists and a cycle takes milliseconds.
  const registry = new GunDeletionRegistry(new GunHelper({ apiUrl: A.relayUrl }), { stateDir: freshStateDir() });
  await registry.markDeleted(`did:gun:${'ab'.repeat(6)}:log-bound-${process.pid}`, 'pk-log-bound');
  // Only the tombstone index, without the local relay's type index (local discovery): cycles of a few ms.
  const svc = service(A, [], { syncIntervalMs: 1, localDiscovery: false, logger: { info: lines, warn: lines, error: lines } });
  await svc.start();
  // The Rust loop keeps cycling, one log line a cycle, while this thread is busy. It stays
  // busy until enough cycles ran (reading the count is synchronous and yields nothing), so a
  // loaded machine's slower cycles do not make the test pass or fail by timing.
  const enough = LOG_QUEUE_BOUND + 100;
  const until = Date.now() + 40000;
  let cyclesWhileBlocked = 0;
  while (Date.now() < until && cyclesWhileBlocked <= enough) {
    cyclesWhileBlocked = svc.getHealthMonitor().getHealthStatus().syncCycles;
  }
  await svc.stop();
  await sleep(200);
  expect(cyclesWhileBlocked).toBeGreaterThan(enough);
  expect(lines.mock.calls.length).toBeLessThanOrEqual(LOG_QUEUE_BOUND + 20);
  expect(lines.mock.calls.length).toBeGreaterThan(0);
});

test('two nodes converge over HTTP; idle cycles cost no Elasticsearch request, a cleared cache one _mget', async () => {
  const svcA = service(A, [B]);
  const svcB = service(B, [A]);
  const K = 3;
  const published = [];
  for (let i = 0; i < K; i++) {
    const data = { title: `post ${i}`, tags: '["a","b"]', nested: { ids: '[1,2,3]', note: '[not json]' }, n: i };
    published.push(await publish(B, svcB, data, { flatCreator: i === 0 }));
  }
  const dids = published.map((p) => p.did);

  await syncUntil(svcA, () => inEs(A, dids));

  for (const [i, p] of published.entries()) {
    const doc = await esDoc(A, p.did);
    expect(Object.keys(doc.json._source).sort()).toEqual(['data', 'oip']);
    const { data, oip } = doc.json._source;
    expect(oip).toMatchObject({
      did: p.did,
      didTx: p.did,
      storage: 'gun',
      ver: '0.8.0',
      recordType: 'post',
      creator: { publicKey: p.publicKey, didAddress: p.didAddress },
    });
    expect(oip).not.toHaveProperty('creator_publicKey');
    expect(oip).not.toHaveProperty('creator_didAddress');
    expect(data).toEqual({ title: `post ${i}`, tags: ['a', 'b'], nested: { ids: [1, 2, 3], note: '[not json]' }, n: i });
  }

  // Stored on A's relay and registered in A's type index.
  for (const p of published) {
    const rec = await eventually(() => relayGet(A, p.soul), (r) => r.status === 200 && r.json.data.oip);
    expect(rec.status).toBe(200);
    expect(rec.json.data.oip).toMatchObject({ recordType: 'post' });
    expect(rec.json.data.data).toMatchObject({ title: expect.any(String) });
  }
  const index = await eventually(
    () => relayGet(A, 'oip:registry:index:post'),
    (r) => r.status === 200 && published.every((p) => p.soul in r.json.data),
    { tries: 40 },
  );
  expect(index.status).toBe(200);
  for (const p of published) expect(index.json.data).toHaveProperty([p.soul]);

  // Idle: everything is in the processed cache, no Elasticsearch request at all.
  const idle = await svcA.performSync();
  expect(idle.synced).toBe(0);
  expect(idle.failed).toEqual([]);
  expect(idle.requests.elasticsearch).toBe(0);

  // Cache cleared: the K records are checked with exactly one _mget.
  svcA.clearProcessedCache();
  expect(svcA.processedRecords.size).toBe(0);
  let after;
  for (let i = 0; i < MAX_CYCLES; i++) {
    const before = await esCounters(A);
    const r = await svcA.performSync();
    after = { r, diff: (await esCounters(A)).total - before.total, mget: mgetCount(await esCounters(A)) - mgetCount(before) };
    // A partial read of B's index lists fewer records; wait for a whole one.
    if (r.discovered >= K) break;
    svcA.clearProcessedCache();
    await sleep(150);
  }
  expect(after.r.discovered).toBeGreaterThanOrEqual(K);
  expect(after.r.synced).toBe(0);
  expect(after.r.skippedExisting).toBe(after.r.discovered);
  expect(after.r.requests.elasticsearch).toBe(1);
  expect(after.mget).toBe(1);
  expect(after.diff).toBe(1);
});

test('a tombstone made on A is applied on B over HTTP only and never comes back', async () => {
  const svcA = service(A, [B]);
  const svcB = service(B, [A]);
  const p = await publish(A, svcA, { title: 'to be deleted' });

  await syncUntil(svcB, () => inEs(B, [p.did]));
  await eventually(() => relayGet(B, p.soul), (r) => r.status === 200);

  const gunA = new GunHelper({ apiUrl: A.relayUrl });
  const registryA = new GunDeletionRegistry(gunA, { stateDir: freshStateDir(), elasticsearch: { node: A.esUrl }, recordTypes: ['post'] });
  await expect(registryA.markDeleted(p.did, p.publicKey)).resolves.toBe(true);

  const gone = async () => {
    const [es, relay] = await Promise.all([esDoc(B, p.did), relayGet(B, p.soul)]);
    return es.status === 404 && relay.status === 404;
  };
  await syncUntil(svcB, gone);

  // A's own index still lists the record (A applied nothing): B must not pull it back.
  const indexA = await eventually(
    () => relayGet(A, 'oip:registry:index:post'),
    (r) => r.status === 200 && p.soul in r.json.data,
    { tries: 40 },
  );
  expect(indexA.json.data).toHaveProperty([p.soul]);
  let skippedDeleted = 0;
  for (let i = 0; i < 4; i++) {
    const r = await svcB.performSync();
    skippedDeleted += r.skippedDeleted;
    expect(r.failed.filter((f) => f.did === p.did)).toEqual([]);
    expect(await gone()).toBe(true);
  }
  expect(skippedDeleted).toBeGreaterThan(0);
});

test('a record Elasticsearch cannot map fails once, permanently, and is not retried', async () => {
  // A's index maps data.conflictField as a number (the stand-in's dynamic mapping) ...
  const field = `conflict${process.pid}`;
  const seed = await request(`${A.esUrl}/records/_doc/seed-${field}?refresh=true`, {
    method: 'PUT',
    body: { data: { [field]: 42 }, oip: { recordType: 'post' } },
  });
  expect([200, 201]).toContain(seed.status);
  // ... and B publishes a post whose data.conflictField is text.
  const svcB = service(B, [A]);
  const p = await publish(B, svcB, { [field]: 'not a number' });
  // Permanent failures wait the long backoff (retryMaxMs), so make it long here.
  const svcA = service(A, [B], { deletion: { retryMaxMs: 600000 } });

  const reports = await syncUntil(svcA, (rs) => rs[rs.length - 1].failed.some((f) => f.did === p.did && f.permanent));
  const failure = reports[reports.length - 1].failed.find((f) => f.did === p.did);
  expect(failure.permanent).toBe(true);
  expect(failure.reason).toMatch(/parsing_exception/);
  // Tried once at Elasticsearch: no earlier cycle reported it failing there.
  expect(reports.slice(0, -1).flatMap((r) => r.failed).filter((f) => f.did === p.did && f.permanent)).toEqual([]);

  const bulkBefore = bulkCount(await esCounters(A));
  for (let i = 0; i < 20; i++) {
    const r = await svcA.performSync();
    expect(r.failed.filter((f) => f.did === p.did)).toEqual([]);
    // Left for a later cycle, and reported so.
    expect(r.deferred).toBeGreaterThanOrEqual(1);
  }
  expect(bulkCount(await esCounters(A))).toBe(bulkBefore);
  expect((await esDoc(A, p.did)).status).toBe(404);

  // Tombstoned now: B still lists it, A skips it, and its failure entry goes.
  const failures = () => {
    const out = new Map();
    for (const line of fs.readFileSync(path.join(svcA.stateDir, 'failures.jsonl'), 'utf8').split('\n').filter(Boolean)) {
      const { k, v } = JSON.parse(line);
      if (v) out.set(k, v);
      else out.delete(k);
    }
    return out;
  };
  expect(failures().has(p.did)).toBe(true);
  const registry = new GunDeletionRegistry(new GunHelper({ apiUrl: A.relayUrl }), { stateDir: svcA.stateDir });
  await registry.markDeleted(p.did, p.publicKey);
  const r = await svcA.performSync();
  expect(r.skippedDeleted).toBeGreaterThanOrEqual(1);
  expect(failures().has(p.did)).toBe(false);
});

test('a dead peer does not stop a live peer from syncing in the same cycle', async () => {
  const svcB = service(B, [A]);
  const p = await publish(B, svcB, { title: 'through a dead peer' });
  const svcC = service(C, [closedPortUrl, B]);
  const reports = await syncUntil(svcC, () => inEs(C, [p.did]));
  // The cycle that synced it also had the dead peer in its list.
  expect(reports[reports.length - 1].synced).toBeGreaterThanOrEqual(1);
  expect(reports.every((r) => Number.isFinite(r.durationMs))).toBe(true);
  // Each report says the dead peer's indexes could not be read, and why.
  for (const r of reports) expect(r.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/^GUN_UNREACHABLE: /)]));
});

test('a slow peer (answers past the timeout) does not stop a live peer from syncing in the same cycle', async () => {
  const svcB = service(B, [A]);
  const p = await publish(B, svcB, { title: 'past a slow peer' });
  // A answers every read 8 s late; C's relay client gives up after 1 s.
  await control.addFault(A.relayAdminUrl, { method: 'GET', path: '/get', latencyMs: 8000 });
  try {
    const svcC = service(C, [A, B], { gun: { apiUrl: C.relayUrl, timeoutMs: 1000 } });
    const reports = await syncUntil(svcC, () => inEs(C, [p.did]));
    const last = reports[reports.length - 1];
    expect(last.synced).toBeGreaterThanOrEqual(1);
    // The slow peer costs its timeout, not its 8 s per read (two of them: tombstones and index).
    expect(last.durationMs).toBeLessThan(7000);
  } finally {
    await control.clearFaults(A.relayAdminUrl);
  }
});

test('a cycle reads tombstone indexes beside discovery, and fetches beside a slow tombstone application', async () => {
  const TOMBSTONES = 'oip:deleted:records:index';
  const SLOW_MS = 8000; // under the relay client's 10 s timeout; a poll gives up well before it
  const svcA = service(A, [B]);
  const svcC = service(C, [A]);
  /** Counts A's reads of `soul` (a rule that only counts): a function reading the count. */
  const countReads = async (soul) => {
    const { id } = await control.addFault(A.relayAdminUrl, { method: 'GET', soul, latencyMs: 0, times: 100000 });
    return async () => 100000 - (await control.listFaults(A.relayAdminUrl)).faults.find((f) => f.id === id).times;
  };
  /** Starts a cycle of C; whether it has ended is read from `state.ended`. */
  const startCycle = () => {
    const state = { ended: false };
    state.done = svcC.performSync().finally(() => {
      state.ended = true;
    });
    return state;
  };
  try {
    // C's own tombstone index answers late: discovery on A goes ahead meanwhile.
    const typeIndexReads = await countReads('oip:registry:index:post');
    await control.addFault(C.relayAdminUrl, { method: 'GET', soul: TOMBSTONES, latencyMs: SLOW_MS, times: 1 });
    let cycle = startCycle();
    expect(await eventually(typeIndexReads, (n) => n > 0, { tries: 30 })).toBeGreaterThan(0);
    expect(cycle.ended).toBe(false);
    await cycle.done;

    // A tombstone whose application waits on C's relay, and a record to sync: the record is fetched meanwhile.
    await control.clearFaults(A.relayAdminUrl);
    const p = await publish(A, svcA, { title: 'fetched beside a deletion' });
    // A's type index lists it for sure (a fresh index can read back partial)
    const entry = { soul: p.soul, nodeId: 'node-of-A', timestamp: Date.now() };
    await control.addFault(A.relayAdminUrl, { method: 'GET', soul: 'oip:registry:index:post', status: 200, body: { success: true, data: { [p.soul]: entry } } });
    const slowSoul = `${crypto.randomBytes(6).toString('hex')}:slow-${uniq++}`;
    const registryA = new GunDeletionRegistry(new GunHelper({ apiUrl: A.relayUrl }), { stateDir: freshStateDir(), elasticsearch: { node: A.esUrl } });
    await expect(registryA.markDeleted(`did:gun:${slowSoul}`, 'pk-deleter')).resolves.toBe(true);
    await eventually(() => relayGet(A, TOMBSTONES), (r) => r.status === 200 && r.json.data[`did:gun:${slowSoul}`] === true);
    await control.addFault(C.relayAdminUrl, { method: 'GET', soul: slowSoul, latencyMs: SLOW_MS, times: 1 });
    const recordReads = await countReads(p.soul);
    cycle = startCycle();
    expect(await eventually(recordReads, (n) => n > 0, { tries: 30 })).toBeGreaterThan(0);
    expect(cycle.ended).toBe(false);
    const report = await cycle.done;
    expect(report.deletionsApplied).toBeGreaterThanOrEqual(1);
  } finally {
    await control.clearFaults(A.relayAdminUrl);
    await control.clearFaults(C.relayAdminUrl);
  }
}, 60000);

test('status, health, forceSync, start/stop, metrics and config errors', async () => {
  const svc = service(C, [B], { syncIntervalMs: 600000 });
  expect(svc.isRunning).toBe(false);

  const h0 = svc.getHealthMonitor().getHealthStatus();
  expect(h0.lastSyncTime).toBeNull();
  expect(h0.lastSyncAgo).toBeNull();
  await svc.performSync();

  const status = svc.getStatus();
  expect(Object.keys(status).sort()).toEqual(
    ['configuration', 'health', 'isRunning', 'memory', 'nodeId', 'processedRecordsCount', 'syncInterval'].sort(),
  );
  expect(status.isRunning).toBe(false);
  expect(status.syncInterval).toBe(600000);
  expect(typeof status.nodeId).toBe('string');
  expect(status.nodeId.length).toBeGreaterThan(0);
  expect(typeof status.processedRecordsCount).toBe('number');
  expect(Object.keys(status.configuration).sort()).toEqual(['cacheMaxAge', 'cacheMaxAgeMinutes', 'privateRecordsEnabled', 'trustedNodes'].sort());
  expect(typeof status.configuration.privateRecordsEnabled).toBe('boolean');
  expect(status.configuration.trustedNodes === null || Array.isArray(status.configuration.trustedNodes)).toBe(true);
  expect(typeof status.configuration.cacheMaxAge).toBe('number');
  expect(typeof status.configuration.cacheMaxAgeMinutes).toBe('number');
  expect(Object.keys(status.memory).sort()).toEqual(
    ['cacheSize', 'externalMB', 'heapTotalMB', 'heapUsedMB', 'nextClearInMinutes', 'rssMB', 'timeSinceLastClearMinutes'].sort(),
  );
  for (const v of Object.values(status.memory)) expect(typeof v).toBe('number');

  const health = svc.getHealthMonitor().getHealthStatus();
  expect(Object.keys(health).sort()).toEqual(
    ['averageSyncTime', 'isHealthy', 'lastSyncAgo', 'lastSyncTime', 'successRate', 'syncCycles', 'totalDiscovered', 'totalErrors', 'totalSynced'].sort(),
  );
  expect(Object.keys(status.health).sort()).toEqual(Object.keys(health).sort());
  // Created by the addon in Node's main realm, not jest's: check the tag, not instanceof.
  expect(Object.prototype.toString.call(health.lastSyncTime)).toBe('[object Date]');
  expect(Math.abs(Date.now() - health.lastSyncTime.getTime())).toBeLessThan(60000);
  expect(health.syncCycles).toBe(1);
  for (const k of ['totalDiscovered', 'totalSynced', 'totalErrors', 'averageSyncTime', 'successRate', 'lastSyncAgo']) {
    expect(typeof health[k]).toBe('number');
  }
  expect(typeof health.isHealthy).toBe('boolean');

  await expect(svc.forceSync()).rejects.toThrow('Sync service is not running');

  await svc.start();
  expect(svc.isRunning).toBe(true);
  // Let start()'s own first cycle finish, so that stop() below finds the
  // schedule waiting (a stop() during a running cycle is not seen until the
  // next interval, so its task would outlive the test).
  await eventually(() => svc.getHealthMonitor().getHealthStatus().syncCycles, (n) => n >= 2, { tries: 100, everyMs: 50 });
  const [r1, r2] = await Promise.all([svc.forceSync(), svc.forceSync()]);
  for (const r of [r1, r2]) {
    expect(typeof r.discovered).toBe('number');
    expect(Array.isArray(r.failed)).toBe(true);
  }
  await sleep(100);
  svc.stop();
  expect(svc.isRunning).toBe(false);
  await expect(svc.forceSync()).rejects.toThrow('Sync service is not running');

  const metrics = svc.metricsText();
  expect(metrics).toContain('oip_gun_sync_cycles_total');
  const cycles = Number(/^oip_gun_sync_cycles_total (\d+)$/m.exec(metrics)[1]);
  expect(cycles).toBeGreaterThanOrEqual(3);

  expect(() => service(C, [B], { syncIntervalMs: 0 })).toThrow(expect.objectContaining({ code: 'INVALID_CONFIG' }));
});

test('GUN_CACHE_MAX_AGE: the processed cache is cleared by age, also before any manual clear, and getStatus says so', async () => {
  const MAX_AGE_MS = 3000;
  const svc = service(A, [], { cacheMaxAgeMs: MAX_AGE_MS });
  await publish(A, svc, { title: 'cache age' });
  expect(svc.getStatus().memory.cacheSize).toBe(1);
  // Nothing else touches the cache: only its age can empty it, read through getStatus alone.
  const status = await eventually(() => svc.getStatus(), (s) => s.memory.cacheSize === 0, { tries: 100, everyMs: 100 });
  expect(status.processedRecordsCount).toBe(0);
  expect(status.memory.nextClearInMinutes).toBe(0); // 3 s rounds to 0 minutes; never negative
  expect(svc.processedRecords.size).toBe(0);

  const longer = service(A, [], { cacheMaxAgeMs: 10 * 60000 });
  expect(longer.getStatus().memory).toMatchObject({ timeSinceLastClearMinutes: 0, nextClearInMinutes: 10 });
});

test('a sync into another index deletes tombstoned records from that index, and counts the deletion requests', async () => {
  const index = `other-${process.pid}`;
  const did = `did:gun:${'ef'.repeat(6)}:other-index-${process.pid}`;
  const put = await request(`${A.esUrl}/${index}/_doc/${encodeURIComponent(did)}?refresh=true`, { method: 'PUT', body: { oip: { did } } });
  expect([200, 201]).toContain(put.status);
  const registry = new GunDeletionRegistry(new GunHelper({ apiUrl: A.relayUrl }), { stateDir: freshStateDir() });
  await registry.markDeleted(did, 'pk-other-index');
  const svc = service(A, [], { index });
  const before = await esCounters(A);
  const report = await svc.performSync();
  const after = await esCounters(A);
  const gone = await request(`${A.esUrl}/${index}/_doc/${encodeURIComponent(did)}`);
  expect(gone.status).toBe(404);
  expect(report.deletionsApplied).toBeGreaterThanOrEqual(1);
  // Every Elasticsearch request of the cycle is in its report, deletions included.
  expect(report.requests.elasticsearch).toBe(after.total - before.total);
  expect(report.requests.elasticsearch).toBeGreaterThanOrEqual(1);
});
