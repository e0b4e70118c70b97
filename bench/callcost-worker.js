'use strict';
/**
 * Cost of a call, one implementation per process (--expose-gc). Config
 * (BENCH_CONFIG): { impl, localRelay, peerRelay, es, stateDir, reps, n: {deletion, get404, idle} }.
 * For each operation: a warm-up, then `reps` repetitions of n calls, each
 * measured as calls per second and bytes retained per call (heapUsed +
 * external deltas across the n calls, GC forced before and after) and the
 * garbage per call (heapUsed + external delta before that GC).
 * Prints one line {result: {...}}.
 */

const { quietConsole, baselineService } = require('./lib/worker');

const cfg = JSON.parse(process.env.BENCH_CONFIG);
const out = (obj) => process.stdout.write(`${JSON.stringify(obj)}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function gcNow() {
  global.gc();
  global.gc();
  const m = process.memoryUsage();
  return m;
}

async function measure(n, call) {
  const before = gcNow();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await call(i);
  const ns = Number(process.hrtime.bigint() - t0);
  const dirty = process.memoryUsage();
  const after = gcNow();
  const mem = (a, b) => (b.heapUsed - a.heapUsed) + (b.external - a.external);
  return {
    n,
    callsPerS: n / (ns / 1e9),
    usPerCall: ns / 1e3 / n,
    retainedBytesPerCall: mem(before, after) / n,
    garbageBytesPerCall: mem(before, dirty) / n,
    rssDeltaKB: (after.rss - before.rss) / 1024,
  };
}

async function setupAddon() {
  const { GunHelper, GunDeletionRegistry, GunSyncService } = require('..');
  const gun = new GunHelper({ apiUrl: cfg.localRelay, negativeCacheTtlMs: 600000 });
  const registry = new GunDeletionRegistry(gun, { stateDir: cfg.stateDir, elasticsearch: { node: cfg.es } });
  const did = `did:gun:${cfg.deletedSoul}`;
  await registry.markDeleted(did, 'bench-deleter');
  let applied = false;
  for (let i = 0; i < 20 && !applied; i++) {
    applied = await registry.processLocalDeletion(did);
    if (!applied) await sleep(500);
  }
  if (!applied) throw new Error('the tombstone was never applied');
  const noop = () => {};
  const svc = new GunSyncService({
    gun: { apiUrl: cfg.localRelay }, peers: [cfg.peerRelay], elasticsearch: { node: cfg.es }, recordTypes: cfg.recordTypes,
    deletion: { stateDir: `${cfg.stateDir}-sync` }, logger: { info: noop, warn: noop, error: noop },
  });
  return {
    deletion: () => registry.processLocalDeletion(did),
    get404: () => gun.getRecord(cfg.missingSoul),
    idle: () => svc.performSync(),
  };
}

async function setupBaseline() {
  quietConsole();
  const { GunHelper, GunDeletionRegistry } = require('./baseline');
  const gun = new GunHelper({ apiUrl: cfg.localRelay });
  const svc = baselineService(cfg);
  const registry = new GunDeletionRegistry(gun, { elasticClient: svc.elasticClient });
  const did = `did:gun:${cfg.deletedSoul}`;
  await registry.markDeleted(did, 'bench-deleter');
  await registry.processLocalDeletion(did);
  return {
    deletion: () => registry.processLocalDeletion(did),
    get404: () => gun.getRecord(cfg.missingSoul),
    idle: () => svc.performSync(),
  };
}

async function main() {
  const ops = cfg.impl === 'addon' ? await setupAddon() : await setupBaseline();
  // warm-up: the 404 gets cached, the first sync cycle finds every record in Elasticsearch
  await ops.get404();
  for (let i = 0; i < 3; i++) await ops.idle();
  const result = { impl: cfg.impl, ops: {} };
  for (const op of ['deletion', 'get404', 'idle']) {
    await measure(Math.max(1, Math.floor(cfg.n[op] / 10)), ops[op]);
    const reps = [];
    for (let r = 0; r < cfg.reps; r++) reps.push(await measure(cfg.n[op], ops[op]));
    result.ops[op] = reps;
  }
  out({ result });
}

main().then(() => process.exit(0), (e) => {
  process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});
