#!/usr/bin/env node
'use strict';
/**
 * Benchmark 6, repair. A peer relay serves N records (seeded as the
 * throughput benchmark seeds); a local node (relay with the production
 * settings and GUN's own file parser, plus an Elasticsearch) syncs them with
 * the addon. Then the local relay loses a share of them for real: it is
 * stopped, those records' keys (the record node's fields and its `meta`
 * child's) are removed from its radisk files, and it starts again on what is
 * left; a few of them are removed from the peer's radisk files the same way
 * (no peer serves them any more). Then sync cycles run, with the repair's
 * share set by GUN_REPAIR_PERCENT / GUN_REPAIR_MAX_CHECKS, until the repair
 * has checked as many records as were synced (one pass over all of them),
 * and every record is read back from the local relay after each of `passes`
 * passes. All of it twice: a local relay with GUN's own file parser, and one
 * that reads radisk with JSON.parse (which damages nothing by itself).
 *
 *   node bench/repair.js [--out bench/results] [--smoke]
 * writes <out>/repair.json.
 */

const fs = require('fs');
const os = require('os');
const path = require('path');
const { startNodes } = require('../testbed/launcher');
const bed = require('./lib/bed');
const { parseArgs, startBenchmark, runIfMain } = require('./lib/benchmark');
const { median } = require('./lib/stats');

function options(argv) {
  const o = parseArgs(argv);
  const full = {
    records: 500, dropShare: 0.2, unrecoverable: 5, repairPercent: 10, repairMaxChecks: 50,
    putDelayMs: 100, missingWaitMs: 3000, syncCapS: 600, repairCapS: 900, passes: 3,
  };
  const smoke = {
    records: 12, dropShare: 0.25, unrecoverable: 1, repairPercent: 50, repairMaxChecks: 6,
    putDelayMs: 0, missingWaitMs: 300, syncCapS: 30, repairCapS: 30, passes: 1,
  };
  return { ...o, ...(o.smoke ? smoke : full) };
}

const ESC = String.fromCharCode(27); // radisk's separator of soul and field
const DIR_FILE = '%1C'; // radisk's list of its data files

/**
 * Removes every key of `souls` (the record node's fields and its `meta`
 * child's) from the radisk files in `dataDir`, rewriting each file as radisk
 * writes it (JSON of its radix tree). The relay must be stopped. Resolves
 * the number of keys removed.
 */
function dropFromRadisk(dataDir, souls) {
  const Radix = require('gun/lib/radix');
  const prefixes = souls.flatMap((s) => [`${s}${ESC}`, `${s}/meta${ESC}`]);
  const doomed = (key) => prefixes.some((p) => key.startsWith(p));
  let removed = 0;
  for (const f of fs.readdirSync(dataDir)) {
    if (f === DIR_FILE || f.endsWith('.tmp')) continue;
    const file = path.join(dataDir, f);
    const old = Radix();
    try {
      old.$ = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (_) {
      continue; // not a radix file
    }
    const kept = Radix();
    let hit = 0;
    Radix.map(old, (val, key) => {
      if (doomed(key)) hit++;
      else kept(key, val);
    });
    if (!hit) continue;
    removed += hit;
    fs.writeFileSync(file, JSON.stringify(kept.$));
  }
  return removed;
}

async function main() {
  const o = options(process.argv.slice(2));
  const { log, result, finish } = startBenchmark('repair', o);
  result.settings = { ...o, out: undefined };
  result.variants = {};
  for (const parser of ['gun', 'json-parse']) {
    result.variants[parser] = await scenario(o, parser, (m) => log(`${parser}: ${m}`));
  }
  finish();
}

/**
 * The scenario on a local relay that reads radisk's files with GUN's own
 * yielding parser (`gun`, as production relays run) or with `JSON.parse`
 * (`json-parse`, which damages nothing: what the repair alone does).
 */
async function scenario(o, parser, log) {
  const result = {};
  const records = bed.makeRecords(o.records, { recordType: 'post', prefix: 'rp' });
  // A spread of the records (every k-th), so that the drops fall all over the radix tree.
  const every = Math.max(1, Math.round(1 / o.dropShare));
  const dropped = records.filter((_, i) => i % every === 0).slice(0, Math.round(o.records * o.dropShare));
  const gone = dropped.slice(0, o.unrecoverable);
  result.dropped = dropped.length;
  result.unrecoverableSeeded = gone.length;
  const localEnv = parser === 'json-parse' ? bed.PEER_ENV : {};

  const peerBed = await bed.startPeer(startNodes, { putDelayMs: 0, missingWaitMs: o.missingWaitMs, seed: 21 });
  const localBed = await bed.withEnv(localEnv, () => startNodes(1, { putDelayMs: o.putDelayMs, missingWaitMs: o.missingWaitMs, elasticsearch: true, seed: 22 }));
  const peer = peerBed.nodes[0];
  const local = localBed.nodes[0];
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oip-bench-repair-'));
  const admins = { localRelay: local.relayAdminUrl, peerRelay: peer.relayAdminUrl, es: local.esAdminUrl };
  let svc = null;
  try {
    log(`seeding ${records.length} records on the peer relay`);
    const { listed, ...seeding } = await bed.seedPeer(peerBed, records, { log, indexTimeoutMs: o.smoke ? 10000 : 60000 });
    result.seeding = seeding;
    if (listed.size < records.length) throw new Error(`the peer's index lists ${listed.size} of ${records.length} records`);
    await bed.markDeleted(local.relayUrl, ['did:gun:000000000000:bench-never-existed']);

    // The repair's share comes from the environment, as an operator sets it.
    process.env.GUN_REPAIR_PERCENT = String(o.repairPercent);
    process.env.GUN_REPAIR_MAX_CHECKS = String(o.repairMaxChecks);
    const { GunSyncService } = require('..');
    const noop = () => {};
    svc = new GunSyncService({
      gun: { apiUrl: local.relayUrl },
      peers: [peer.relayUrl],
      elasticsearch: { node: local.esUrl },
      recordTypes: ['post'],
      // a record whose put failed is retried a second later, not after the production minute
      deletion: { stateDir, retryBaseMs: 1000, retryMaxMs: 5000 },
      logger: { info: noop, warn: noop, error: noop },
    });

    // 1. the initial sync, to the end
    const syncStart = Date.now();
    let syncCycles = 0;
    while ((await bed.esCount(local.esUrl)) < records.length) {
      if (Date.now() - syncStart > o.syncCapS * 1000) throw new Error(`the sync did not index ${records.length} records in ${o.syncCapS} s`);
      await svc.performSync();
      syncCycles++;
    }
    const synced = fs.readFileSync(path.join(stateDir, 'synced.tsv'), 'utf8').split('\n').filter(Boolean).length;
    result.sync = { ms: Date.now() - syncStart, cycles: syncCycles, remembered: synced };
    log(`synced ${records.length} records in ${syncCycles} cycles, ${(result.sync.ms / 1000).toFixed(0)} s`);

    // 2. the local relay loses a share of them, and the peer a few of those
    await localBed.killRelay(0, 'SIGTERM');
    const keysLocal = dropFromRadisk(local.dataDir, dropped.map((r) => r.soul));
    await bed.withEnv(bed.PEER_ENV, () => peerBed.killRelay(0, 'SIGTERM'));
    const keysPeer = dropFromRadisk(peer.dataDir, gone.map((r) => r.soul));
    await bed.withEnv(localEnv, () => localBed.restartRelay(0));
    await bed.withEnv(bed.PEER_ENV, () => peerBed.restartRelay(0));
    const before = await bed.checkWhole(local.relayUrl, records);
    const peerGone = await bed.checkWhole(peer.relayUrl, gone);
    result.drop = {
      how: 'keys removed from the radisk files of a stopped relay, which then restarted on them',
      records: dropped.length, keysRemovedLocal: keysLocal, keysRemovedPeer: keysPeer,
      wholeOnLocalAfter: before.wholeWithin, notWholeOnLocal: before.missing, goneFromPeer: gone.length - peerGone.wholeWithin,
    };
    log(`dropped: ${JSON.stringify(result.drop)}`);

    // 3. cycles until the repair has passed over every synced record, pass after pass
    const cycles = [];
    const passes = [];
    const repairStart = Date.now();
    let checked = 0;
    const unrecoverable = new Set();
    const sum = (k) => cycles.reduce((x, c) => x + c.repair[k], 0);
    for (let pass = 1; pass <= o.passes; pass++) {
      while (checked < synced * pass && Date.now() - repairStart <= o.repairCapS * 1000) {
        const a = await bed.snapshots(admins);
        const t0 = Date.now();
        const r = await svc.performSync();
        const ms = Date.now() - t0;
        const b = await bed.snapshots(admins);
        const req = {};
        for (const k of Object.keys(admins)) req[k] = bed.countWhere(bed.diffCounters(a[k], b[k]), () => true);
        checked += r.repair.checked;
        r.repair.unrecoverable.forEach((d) => unrecoverable.add(d));
        cycles.push({ ms, pass, repair: { ...r.repair, unrecoverable: r.repair.unrecoverable.length }, synced: r.synced, requests: req });
        log(`cycle ${cycles.length}: ${ms} ms, ${JSON.stringify(cycles[cycles.length - 1].repair)}, requests ${JSON.stringify(req)}`);
      }
      const after = await bed.checkWhole(local.relayUrl, records);
      let restoredWhole = 0;
      for (const r of dropped) if (!gone.includes(r) && (await bed.readWhole(local.relayUrl, r)) === 'whole') restoredWhole++;
      passes.push({
        pass, complete: checked >= synced * pass, cycles: cycles.length, ms: Date.now() - repairStart,
        droppedSeen: sum('dropped'), restored: sum('restored'), droppedWholeInTheEnd: restoredWhole,
        wholeInTheEnd: after.wholeWithin, notWholeInTheEnd: after.missing,
      });
      log(`after pass ${pass}: ${JSON.stringify(passes[passes.length - 1])}`);
    }
    const inEs = await bed.pool([...unrecoverable], 4, async (did) => {
      const res = await bed.request(`${local.esUrl}/records/_doc/${encodeURIComponent(did)}`).catch(() => null);
      return !!(res && res.status === 200 && res.json && res.json.found);
    });
    const tot = (c) => c.requests.localRelay + c.requests.peerRelay + c.requests.es;
    const first = cycles.filter((c) => c.pass === 1);
    result.repair = {
      passes, checked, unrecoverable: [...unrecoverable], unrecoverableStillInEs: inEs.filter(Boolean).length,
      requestsPerCycle: { median: median(cycles.map(tot)), min: Math.min(...cycles.map(tot)), max: Math.max(...cycles.map(tot)) },
      cycleMs: { median: median(first.map((c) => c.ms)), max: Math.max(...first.map((c) => c.ms)) },
      perCycle: cycles,
    };
    log(`repair: ${JSON.stringify({ ...result.repair, perCycle: undefined })}`);
  } finally {
    if (svc) await svc.stop().catch(() => {});
    await localBed.stop();
    await peerBed.stop();
    fs.rmSync(stateDir, { recursive: true, force: true });
  }
  return result;
}

runIfMain(module, main);

module.exports = { main, dropFromRadisk };
