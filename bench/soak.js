#!/usr/bin/env node
'use strict';
/**
 * Benchmark 1, the incident soak. Two nodes: a peer relay holding 200 records
 * (5 of them tombstoned, 2 that Elasticsearch always refuses with a mapping
 * error) and a local node (relay + Elasticsearch stand-in) that already holds
 * the 5 tombstoned records. Faults: the local Elasticsearch answers 500 to
 * every DELETE until the end of cycle 50; 5% of the local relay's puts answer
 * 500 (seeded). The addon, then the baseline, each in its own Node process
 * with --expose-gc and a fresh local node, run the same number of cycles back
 * to back; per cycle after a forced GC: rss, heapUsed, external,
 * arrayBuffers, requests by target, cycle time.
 *
 *   node bench/soak.js [--cycles 10000] [--records 200] [--out bench/results]
 *                      [--baseline-cap-s 330] [--smoke]
 * writes <out>/soak.json.
 */

const fs = require('fs');
const os = require('os');
const path = require('path');
const { startNodes } = require('../testbed/launcher');
const control = require('../testbed/control');
const bed = require('./lib/bed');
const { parseArgs, startBenchmark, runIfMain } = require('./lib/benchmark');
const { runWorker } = require('./lib/child');
const { growth, slope, median, mb, kb } = require('./lib/stats');

function options(argv) {
  const o = parseArgs(
    argv,
    { cycles: 10000, records: 200, baselineCapS: 300, missingWaitMs: 200 },
    { '--cycles': 'cycles', '--records': 'records', '--baseline-cap-s': 'baselineCapS' },
  );
  o.tombstoned = 5;
  o.mappingFailures = 2;
  o.faultClearCycle = 50;
  o.addonCapS = 0;
  if (o.smoke) {
    o.cycles = Math.min(o.cycles, 6);
    o.records = Math.min(o.records, 8);
    o.tombstoned = 2;
    o.mappingFailures = 1;
    o.faultClearCycle = 3;
    o.baselineCapS = 6;
    o.addonCapS = 12;
  }
  return o;
}

const RECORD_TYPES = ['post', 'workout'];
// A run of more than twice this many cycles also reports its growth from this cycle on.
const LONG_RUN_FROM = 1000;
// The addon's first retry delay. Cycles run back to back here (milliseconds
// apart, where production has 15 minutes), so the production 1 min would
// outlast the benchmark, and a delay far below a failed attempt's own
// duration would retry every cycle; 2 s sits between.
const RETRY_BASE_MS = 2000;
// The retry cap, and the wait of a permanent failure: short enough that a
// tombstone whose deletion failed is retried within a run of a few minutes.
const RETRY_MAX_MS = 5000;

/** The scenario's records: tombstoned ones are workouts, as in the incident. */
function scenario(total, o) {
  const half = Math.floor(total / 2);
  const posts = bed.makeRecords(half, { recordType: 'post', prefix: 'soak' });
  const workouts = bed.makeRecords(total - half, { recordType: 'workout', prefix: 'soak' });
  const tombstoned = workouts.slice(0, o.tombstoned);
  // data.basic.name is text in every other document: an object there is a mapping error, forever
  const mappingFailures = posts.slice(0, o.mappingFailures).map((r) => {
    r.data.basic.name = { first: 'not', last: 'text' };
    return r;
  });
  return { all: [...posts, ...workouts], tombstoned, mappingFailures };
}

async function startPeer(o, records, tombstoned, log) {
  const peer = await startNodes(1, { putDelayMs: 0, missingWaitMs: o.missingWaitMs, seed: 11 });
  const url = peer.nodes[0].relayUrl;
  const lost = await bed.seedRecords(url, records, { concurrency: o.smoke ? 4 : 16, log });
  if (lost) log(`warning: ${lost} records never read back from the peer relay`);
  await bed.registerRecords(url, records, { nodeId: 'bench-peer-node' });
  await bed.markDeleted(url, tombstoned.map((r) => r.did));
  for (const t of RECORD_TYPES) await bed.waitIndex(url, t, records.filter((r) => r.recordType === t).length);
  return peer;
}

/** The cycles written to the JSON: all of the first thousand, then every tenth (the summary reads them all). */
function kept(lines) {
  return lines.filter((l, i) => i < LONG_RUN_FROM || (i + 1) % 10 === 0 || i === lines.length - 1);
}

/** A fresh local node holding what it held before the incident: the 5 records, indexed, registered, tombstoned. */
async function startLocal(o, tombstoned) {
  const local = await startNodes(1, { putDelayMs: 0, missingWaitMs: o.missingWaitMs, elasticsearch: true, seed: 7 });
  const n = local.nodes[0];
  await bed.seedRecords(n.relayUrl, tombstoned, { concurrency: 2 });
  await bed.registerRecords(n.relayUrl, tombstoned, { nodeId: 'bench-local-node' });
  await bed.esIndex(n.esUrl, tombstoned.map((r) => ({ id: r.did, doc: bed.esDocument(r) })));
  await bed.markDeleted(n.relayUrl, tombstoned.map((r) => r.did));
  return local;
}

function summarize(impl, lines, o) {
  const rss = lines.map((l) => l.rss);
  const ext = lines.map((l) => l.external + l.arrayBuffers);
  const heap = lines.map((l) => l.heapUsed);
  const from = Math.min(99, Math.max(0, lines.length - 2)); // cycle 100 is index 99
  const xs = lines.map((l) => l.cycle);
  const tail = (arr) => arr.slice(from);
  const s = {
    impl,
    cycles: lines.length,
    fromCycle: lines.length ? lines[from].cycle : null,
    rssGrowthMB: mb(growth(rss, from)),
    externalPlusArrayBuffersGrowthKB: kb(growth(ext, from)),
    heapUsedGrowthMB: mb(growth(heap, from)),
    rssSlopeKBPerCycle: kb(slope(tail(xs), tail(rss))),
    externalSlopeKBPerCycle: kb(slope(tail(xs), tail(ext))),
    heapSlopeKBPerCycle: kb(slope(tail(xs), tail(heap))),
    // The long-run figure: growth after the warm-up thousand cycles.
    ...(lines.length > LONG_RUN_FROM * 2 ? {
      longRun: {
        fromCycle: lines[LONG_RUN_FROM - 1].cycle,
        rssGrowthMB: mb(growth(rss, LONG_RUN_FROM - 1)),
        rssSlopeKBPerCycle: kb(slope(xs.slice(LONG_RUN_FROM - 1), rss.slice(LONG_RUN_FROM - 1))),
        externalPlusArrayBuffersGrowthKB: kb(growth(ext, LONG_RUN_FROM - 1)),
      },
    } : {}),
    rssFirstMB: lines.length ? mb(rss[0]) : null,
    rssLastMB: lines.length ? mb(rss[rss.length - 1]) : null,
    medianCycleMs: median(lines.map((l) => l.ms)),
    totalMs: lines.reduce((a, l) => a + l.ms, 0),
    requests: {
      total: lines.reduce((a, l) => a + l.requests.localRelay + l.requests.peerRelay + l.requests.elasticsearch, 0),
      esDeletes: lines.reduce((a, l) => a + l.requests.esDeletes, 0),
      medianPerCycleAfterFaults: median(lines.filter((l) => l.cycle > o.faultClearCycle + 10)
        .map((l) => l.requests.localRelay + l.requests.peerRelay + l.requests.elasticsearch)),
    },
  };
  if (impl === 'addon') {
    let applied = 0;
    let lastApplyCycle = null;
    for (const l of lines) {
      applied += l.report.deletionsApplied;
      if (l.report.deletionsApplied) lastApplyCycle = l.cycle;
    }
    const after = lastApplyCycle === null ? [] : lines.filter((l) => l.cycle > lastApplyCycle);
    s.tombstones = {
      applied,
      allAppliedAtCycle: applied >= o.tombstoned ? lastApplyCycle : null,
      // after the last application: Elasticsearch deletes and relay puts per cycle (target 0)
      esDeletesAfter: after.reduce((a, l) => a + l.requests.esDeletes, 0),
      relayPutsAfter: after.reduce((a, l) => a + l.requests.relayPuts, 0),
      requestsPerCycleAfter: {
        min: after.length ? Math.min(...after.map((l) => l.requests.localRelay + l.requests.peerRelay + l.requests.elasticsearch)) : null,
        max: after.length ? Math.max(...after.map((l) => l.requests.localRelay + l.requests.peerRelay + l.requests.elasticsearch)) : null,
      },
      skippedPerCycle: median(lines.map((l) => l.report.skippedDeleted)),
    };
    s.syncedTotal = lines.reduce((a, l) => a + l.report.synced, 0);
  } else {
    s.syncedTotal = lines.reduce((a, l) => a + l.report.synced, 0);
    s.errorsPerCycle = median(lines.map((l) => l.report.errors));
  }
  return s;
}

async function runImpl(impl, o, peer, sc, log) {
  const local = await startLocal(o, sc.tombstoned);
  const n = local.nodes[0];
  const p = peer.nodes[0];
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oip-bench-soak-'));
  try {
    const esFault = await control.addFault(n.esAdminUrl, {
      method: 'DELETE', path: '/records/_doc/*', status: 500,
      body: { error: { type: 'bench_injected', reason: 'injected by the soak benchmark' }, status: 500 },
    });
    await control.addFault(n.relayAdminUrl, {
      method: 'POST', path: '/put', fraction: 0.05, seed: 42, status: 500, body: { error: 'injected by the soak benchmark' },
    });
    await Promise.all([control.resetCounters(n.relayAdminUrl), control.resetCounters(n.esAdminUrl), control.resetCounters(p.relayAdminUrl)]);
    const capMs = (impl === 'baseline' ? o.baselineCapS : o.addonCapS) * 1000;
    const t0 = Date.now();
    const res = await runWorker('soak-worker.js', {
      config: {
        impl, cycles: o.cycles, capMs, localRelay: n.relayUrl, localRelayAdmin: n.relayAdminUrl,
        peerRelay: p.relayUrl, peerRelayAdmin: p.relayAdminUrl, es: n.esUrl, esAdmin: n.esAdminUrl,
        recordTypes: RECORD_TYPES, stateDir, retryBaseMs: RETRY_BASE_MS, retryMaxMs: RETRY_MAX_MS,
        clearFault: { cycle: o.faultClearCycle, adminUrl: n.esAdminUrl, id: esFault.id },
      },
      timeoutMs: (o.smoke ? 120 : 900) * 1000,
      onLine: (l) => {
        if (l.cycle % (o.smoke ? 2 : 100) === 0) {
          log(`${impl} cycle ${l.cycle}: ${l.ms.toFixed(0)} ms, rss ${mb(l.rss).toFixed(1)} MB, ` +
            `external+arrayBuffers ${kb(l.external + l.arrayBuffers).toFixed(0)} KB, ` +
            `requests ${l.requests.localRelay + l.requests.peerRelay + l.requests.elasticsearch}`);
        }
      },
    });
    if (res.code !== 0) log(`${impl} worker ended with code ${res.code} signal ${res.signal}: ${res.stderr.slice(-2000)}`);
    return { lines: res.lines.filter((l) => l.cycle), wallMs: Date.now() - t0, exitCode: res.code, stderrTail: res.stderr.slice(-2000) };
  } finally {
    await local.stop();
    fs.rmSync(stateDir, { recursive: true, force: true });
  }
}

async function main() {
  const o = options(process.argv.slice(2));
  const { log, result, finish } = startBenchmark('soak', o);
  const sc = scenario(o.records, o);
  log(`seeding ${sc.all.length} records on the peer relay`);
  const peer = await startPeer(o, sc.all, sc.tombstoned, log);
  Object.assign(result, {
    settings: {
      cycles: o.cycles, records: sc.all.length, tombstoned: o.tombstoned, mappingFailures: o.mappingFailures,
      recordTypes: RECORD_TYPES, relayPutDelayMs: 0, relayMissingWaitMs: o.missingWaitMs,
      esDeleteFaultUntilCycle: o.faultClearCycle, relayPutFaultFraction: 0.05, baselineCapS: o.baselineCapS,
      addonRetryBaseMs: RETRY_BASE_MS, addonRetryMaxMs: RETRY_MAX_MS, smoke: o.smoke,
    },
    runs: {},
  });
  try {
    for (const impl of ['addon', 'baseline']) {
      log(`${impl}: ${o.cycles} cycles`);
      const run = await runImpl(impl, o, peer, sc, log);
      result.runs[impl] = { summary: summarize(impl, run.lines, o), wallMs: run.wallMs, exitCode: run.exitCode, cycles: kept(run.lines), stderrTail: run.stderrTail };
      log(`${impl}: ${JSON.stringify(result.runs[impl].summary)}`);
    }
  } finally {
    await peer.stop();
  }
  finish();
}

runIfMain(module, main);

module.exports = { main, scenario, startPeer, startLocal, RECORD_TYPES };
