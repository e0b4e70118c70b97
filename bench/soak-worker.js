'use strict';
/**
 * One implementation's soak, in a process of its own (started with
 * --expose-gc by bench/soak.js). Config comes as JSON in BENCH_CONFIG:
 *   { impl: "addon" | "baseline", cycles, capMs, localRelay, localRelayAdmin,
 *     peerRelay, peerRelayAdmin, es, esAdmin, recordTypes, stateDir,
 *     clearFault: { cycle, adminUrl, id } }
 * Runs `cycles` sync cycles back to back (stopping early after capMs) and
 * prints one JSON line per cycle on stdout:
 *   { cycle, ms, rss, heapUsed, external, arrayBuffers, requests: {...}, report: {...} }
 * measured after a forced GC. The addon cycle is one GunSyncService.performSync();
 * the baseline cycle is its performSync() plus the deletion processing the
 * original ran every cycle (processLocalDeletion of every tombstoned DID).
 */

const control = require('../testbed/control');
const { snapshots, diffCounters, countWhere } = require('./lib/bed');
const { baselineService } = require('./lib/worker');

const cfg = JSON.parse(process.env.BENCH_CONFIG);
if (typeof global.gc !== 'function') {
  console.error('soak-worker needs --expose-gc');
  process.exit(2);
}

function addonCycleRunner() {
  const { GunSyncService } = require('..');
  let logged = 0;
  const count = () => {
    logged++;
  };
  const logger = { info: count, warn: count, error: count };
  // fromEnv: the deployment's own configuration (GUN_PEERS, GUN_EXTERNAL_PEERS, ELASTICSEARCHHOST, ...)
  const svc = cfg.fromEnv
    ? new GunSyncService({ logger, deletion: { stateDir: cfg.stateDir } })
    : new GunSyncService({
      gun: { apiUrl: cfg.localRelay },
      peers: [cfg.peerRelay],
      elasticsearch: { node: cfg.es },
      recordTypes: cfg.recordTypes,
      putTimeoutMs: 5000,
      deletion: { stateDir: cfg.stateDir, retryBaseMs: cfg.retryBaseMs, retryMaxMs: cfg.retryMaxMs },
      logger,
    });
  return async () => {
    const r = await svc.performSync();
    return {
      discovered: r.discovered,
      synced: r.synced,
      skippedExisting: r.skippedExisting,
      skippedDeleted: r.skippedDeleted,
      deletionsApplied: r.deletionsApplied,
      failed: r.failed.length,
      failedPermanent: r.failed.filter((f) => f.permanent).length,
      requests: r.requests,
      logLines: logged,
    };
  };
}

function baselineCycleRunner() {
  // The baseline logs as the original did; the lines are dropped (counted) so
  // that the terminal is not what is measured.
  let logged = 0;
  console.warn = () => {
    logged++;
  };
  console.error = () => {
    logged++;
  };
  console.log = () => {
    logged++;
  };
  const svc = baselineService(cfg);
  return async () => {
    const r = await svc.performSync();
    // the deletion processing the original ran every cycle
    let deletionsProcessed = 0;
    const dids = await svc.deletionRegistry.getAllDeletedDIDs();
    for (const did of dids) {
      await svc.deletionRegistry.processLocalDeletion(did);
      deletionsProcessed++;
    }
    return { discovered: r.discovered, synced: r.synced, errors: r.errors, tombstones: dids.length, deletionsProcessed, logLines: logged };
  };
}

const out = (obj) => process.stdout.write(`${JSON.stringify(obj)}\n`);

async function main() {
  const runCycle = cfg.impl === 'addon' ? addonCycleRunner() : baselineCycleRunner();
  // the test bed's counters, when there is a test bed
  const admins = {};
  if (cfg.localRelayAdmin) admins.localRelay = cfg.localRelayAdmin;
  if (cfg.peerRelayAdmin) admins.peerRelay = cfg.peerRelayAdmin;
  if (cfg.esAdmin) admins.es = cfg.esAdmin;
  let before = await snapshots(admins);
  const started = Date.now();
  for (let cycle = 1; cycle <= cfg.cycles; cycle++) {
    out({ starting: cycle });
    const t0 = process.hrtime.bigint();
    const report = await runCycle();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const after = await snapshots(admins);
    const requests = {};
    for (const k of Object.keys(admins)) requests[k] = diffCounters(before[k], after[k]);
    before = after;
    if (cfg.clearFault && cycle === cfg.clearFault.cycle) {
      await control.removeFault(cfg.clearFault.adminUrl, cfg.clearFault.id);
    }
    global.gc();
    const m = process.memoryUsage();
    out({
      cycle,
      ms: +ms.toFixed(2),
      rss: m.rss,
      heapUsed: m.heapUsed,
      external: m.external,
      arrayBuffers: m.arrayBuffers,
      requests: {
        localRelay: countWhere(requests.localRelay, () => true),
        peerRelay: countWhere(requests.peerRelay, () => true),
        elasticsearch: countWhere(requests.es, () => true),
        esDeletes: countWhere(requests.es, (k) => k.startsWith('DELETE /_doc')),
        relayPuts: countWhere(requests.localRelay, (k) => k === 'POST /put'),
        detail: requests,
      },
      report,
    });
    if (cfg.capMs && Date.now() - started > cfg.capMs) break;
    // the demo paces its cycles so that a backoff can end between them; benchmarks run them back to back
    if (cfg.pauseMs) await new Promise((r) => setTimeout(r, cfg.pauseMs));
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
    process.exit(1);
  },
);
