#!/usr/bin/env node
'use strict';
/**
 * Benchmark 2, throughput. A peer relay holds 10,000 records (20 types of
 * 500) and a 20-record sample of one more type. Each measurement gets a
 * fresh local node (relay with the production settings, 100 ms put delay and
 * 3 s missing-soul wait, GUN's own file parser, plus an Elasticsearch) and
 * runs in a Node process of its own:
 *   - initial sync of 1,000 records (2 types) and of 10,000 (all 20 types),
 *     the addon run to the end, and the relay's ceiling for the addon's
 *     write shape (throughput-worker.js says what it does) over the same
 *     records; 60 s after each, every record is read back from the local
 *     relay and only the whole ones count;
 *   - the baseline run to the end on the sample, extrapolated (a record
 *     costs it about 5 s);
 *   - idle cycles at 10,000 synced records, addon and baseline.
 *
 *   node bench/throughput.js [--out bench/results] [--smoke]
 * writes <out>/throughput.json.
 */

const fs = require('fs');
const os = require('os');
const path = require('path');
const { startNodes } = require('../testbed/launcher');
const bed = require('./lib/bed');
const { parseArgs, startBenchmark, runIfMain } = require('./lib/benchmark');
const { runWorker } = require('./lib/child');
const { median } = require('./lib/stats');

function options(argv) {
  const o = parseArgs(argv);
  const full = {
    small: 1000, large: 10000, perType: 500, putDelayMs: 100, missingWaitMs: 3000, settleMs: 60000,
    capSmallS: 1200, capLargeS: 3600, capBaselineS: 150, baselineSample: 20, idleCycles: 5, capIdleS: 300,
    settledMs: 150000, cycleGapMs: 5000,
  };
  const smoke = {
    small: 6, large: 12, perType: 3, putDelayMs: 0, missingWaitMs: 300, settleMs: 500,
    capSmallS: 8, capLargeS: 8, capBaselineS: 4, baselineSample: 2, idleCycles: 1, capIdleS: 6,
    settledMs: 3000, cycleGapMs: 200,
  };
  return { ...o, ...(o.smoke ? smoke : full) };
}

// The widths the addon writes at: records fetched 16 at a time, 32 puts in
// flight per relay, registration per batch of 256 records.
const FETCH = 16;
const PUTS = 32;
const BATCH = 256;

/**
 * Record types of `perType` records each, `n` records in all: a relay
 * surfaces a type index of a few hundred entries reliably where one of
 * thousands comes back slowly and partially.
 */
function recordTypes(n, perType) {
  const names = ['post', 'image', 'video', 'audio'];
  return Array.from({ length: Math.ceil(n / perType) }, (_, i) => names[i] || `kind${String(i).padStart(2, '0')}`);
}

/**
 * Records per second after the first record was stored, from progress
 * samples [{t, count}] (the warm-up -- index reads, existence checks -- left out).
 */
function steadyRate(samples, key) {
  const first = samples.find((s) => s[key] > 0);
  const last = samples[samples.length - 1];
  if (!first || !last || last.t <= first.t) return null;
  return ((last[key] - first[key]) / (last.t - first.t)) * 1000;
}

/**
 * Per record: the relays' request counts of a measurement (counter
 * differences), by target and endpoint; the benchmark's own progress reads
 * (GET /list) left out.
 */
function perRecord(diff, records) {
  const out = {};
  for (const [target, counts] of Object.entries(diff)) {
    out[target] = {};
    for (const [k, v] of Object.entries(counts)) if (k !== 'total' && k !== 'GET /list') out[target][k] = records ? +(v / records).toFixed(3) : null;
  }
  return out;
}

/**
 * The figures of a run's phases; every rate counts only the records whole
 * settleMs after the end. A phase that failed or did not run gives nulls.
 * `n`: { small, large, baselineSample } records targeted.
 */
function figures(P, n) {
  const ran = (r) => r && !r.error;
  const runOf = (r, key, target) => {
    if (!ran(r)) return { error: r ? r.error : 'not run', target };
    const elapsedS = r.elapsedMs / 1000;
    const whole = r.afterSettle ? r.afterSettle.wholeWithin : null;
    const samples = r.samples || [];
    return {
      complete: !r.capped && !r.relayDown && (key === 'done' ? true : r.indexed >= target),
      relayDown: !!r.relayDown,
      elapsedS,
      target,
      stored: r.stored,
      indexed: key === 'done' ? null : r.indexed,
      wholeAfterSettle: whole,
      notWhole: r.afterSettle ? r.afterSettle.missing : null,
      recordsPerS: whole === null ? null : whole / elapsedS,
      storedPerS: r.stored / elapsedS,
      firstRecordS: ((samples.find((s) => s[key] > 0) || {}).t || null) / 1000 || null,
      steadyStoredPerS: steadyRate(samples, key),
      requestsPerRecord: r.requests ? perRecord(r.requests, r.stored) : null,
      relayPeakRssMb: r.relayPeakRssMb === undefined ? null : r.relayPeakRssMb,
      cycles: r.cycles,
    };
  };
  const f = {};
  f.addonSmall = runOf(P.addonSmall, 'stored', n.small);
  f.ceilingSmall = runOf(P.ceilingSmall, 'done', n.small);
  f.addonLarge = runOf(P.addonLarge, 'stored', n.large);
  f.ceilingLarge = runOf(P.ceilingLarge, 'done', n.large);
  const bs = P.baselineSample;
  f.baselineSample = ran(bs) ? { complete: !bs.capped && bs.indexed >= n.baselineSample, records: bs.indexed, elapsedS: bs.elapsedMs / 1000 } : { error: bs ? bs.error : 'not run' };
  // records per second of the sample, run to its end (or to the cap): the baseline's rate at any N
  const baseRate = ran(bs) ? f.baselineSample.records / f.baselineSample.elapsedS : null;
  f.baselineSmall = { recordsPerS: baseRate, timeForAllS: baseRate ? n.small / baseRate : null };
  f.baselineLarge = { recordsPerS: baseRate, timeForAllS: baseRate ? n.large / baseRate : null };
  const ratio = (a, b) => (a && b ? a / b : null);
  f.ratios = {
    small: { addonOverCeiling: ratio(f.addonSmall.recordsPerS, f.ceilingSmall.recordsPerS), addonOverBaseline: ratio(f.addonSmall.recordsPerS, baseRate) },
    large: { addonOverCeiling: ratio(f.addonLarge.recordsPerS, f.ceilingLarge.recordsPerS), addonOverBaseline: ratio(f.addonLarge.recordsPerS, baseRate) },
  };
  const idleOf = (r) => {
    if (!ran(r)) return { error: r ? r.error : 'not run' };
    const idle = r.cycles.filter((c) => !c.first);
    const first = r.cycles.find((c) => c.first);
    const tot = (c) => c.requests.localRelay + c.requests.peerRelay + c.requests.es;
    return {
      capped: r.capped,
      firstCycle: first ? { ms: first.ms, requests: tot(first), byTarget: first.requests } : null,
      idleCycles: idle.length,
      idleMedianMs: median(idle.map((c) => c.ms)),
      idleMedianRequests: median(idle.map(tot)),
      idleByTarget: idle.length ? idle[idle.length - 1].requests : null,
    };
  };
  f.idleAddon = idleOf(P.idleAddon);
  f.idleBaseline = idleOf(P.idleBaseline);
  return f;
}

async function main() {
  const o = options(process.argv.slice(2));
  const { log, result, finish } = startBenchmark('throughput', o);
  const types = recordTypes(o.large, o.perType);
  let all = types.flatMap((t, i) => bed.makeRecords(Math.min(o.perType, o.large - i * o.perType), { recordType: t, prefix: 'tp' }));
  const smallTypes = types.slice(0, Math.ceil(o.small / o.perType));
  let small = all.filter((r) => smallTypes.includes(r.recordType));
  // The baseline discovers every candidate (about 3 s each: defect 14) before it stores any, so
  // within a time cap it stores nothing; it is run to the end on a sample of its own type instead.
  const sample = bed.makeRecords(o.baselineSample, { recordType: 'sample', prefix: 'tp' });
  const seeded = [...all, ...sample];
  const publisher = all[0].soul.split(':')[0];

  // The peer only serves reads while anything is measured (its put delay 0
  // only makes seeding quick); its missing-soul wait is the production 3 s.
  const peerBed = await bed.startPeer(startNodes, { putDelayMs: 0, missingWaitMs: o.missingWaitMs, seed: 3 });
  const peer = peerBed.nodes[0];
  Object.assign(result, {
    settings: { ...o, recordTypes: types, smallTypes, fetchConcurrency: FETCH, putConcurrency: PUTS, batchSize: BATCH, peerJsonParse: 'sync', out: undefined },
    phases: {},
  });
  const stateDirs = [];
  const freshState = () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'oip-bench-tp-'));
    stateDirs.push(d);
    return d;
  };

  // The smoke version shares one local node between its measurements (it only checks that they run).
  let shared = null;
  /**
   * A fresh local node with production settings (GUN's own file parser, as
   * production relays run); `prepare(node)` before the worker starts; with
   * `check`, every one of those records read back from the local relay
   * settleMs after the measurement ended.
   */
  async function measureOne(name, config, { capS, prepare, restart, check } = {}) {
    if (o.smoke && !shared) shared = await startNodes(1, { putDelayMs: o.putDelayMs, missingWaitMs: o.missingWaitMs, elasticsearch: true, seed: 5 });
    const local = shared || await startNodes(1, { putDelayMs: o.putDelayMs, missingWaitMs: o.missingWaitMs, elasticsearch: true, seed: 5 });
    const n = local.nodes[0];
    try {
      // a node that ever deleted anything has a tombstone index; without one each cycle waits the 3 s for its 404
      await bed.markDeleted(n.relayUrl, ['did:gun:000000000000:bench-never-existed']);
      if (prepare) await prepare(n);
      const stateDir = freshState();
      let lastLog = 0;
      const worker = (extra) => runWorker('throughput-worker.js', {
        nodeArgs: [],
        config: {
          localRelay: n.relayUrl, localRelayAdmin: n.relayAdminUrl, peerRelay: peer.relayUrl, peerRelayAdmin: peer.relayAdminUrl,
          es: n.esUrl, esAdmin: n.esAdminUrl, stateDir, fetchConcurrency: FETCH, putConcurrency: PUTS, batchSize: BATCH, publisher,
          capMs: capS ? capS * 1000 : 0, settledMs: o.settledMs, cycleGapMs: o.cycleGapMs, ...config, ...extra,
        },
        timeoutMs: ((capS || 600) + 120) * 1000,
        onLine: (l) => {
          if (l.progress && l.progress.t - lastLog >= 15000) {
            lastLog = l.progress.t;
            log(`${name}: ${JSON.stringify(l.progress)}`);
          }
        },
      });
      if (restart) {
        // a restart keeps the state directory (a Docker volume): an earlier process leaves it
        log(`${name}: a first process, so that the measured one restarts on its state directory`);
        await worker({ idleCycles: 0 });
      }
      log(`${name}: start${capS ? ` (cap ${capS} s)` : ''}`);
      const admins = { localRelay: n.relayAdminUrl, peerRelay: peer.relayAdminUrl };
      const before = await bed.snapshots(admins);
      // the local relay's memory: GUN keeps what it has seen, and a relay past Node's heap limit dies
      let relayPeakRssMb = bed.rssMb(n.relayPid);
      const sampler = setInterval(() => {
        relayPeakRssMb = Math.max(relayPeakRssMb || 0, bed.rssMb(n.relayPid) || 0);
      }, 2000);
      const res = await worker({}).finally(() => clearInterval(sampler));
      const ended = Date.now();
      const after = await bed.snapshots(admins);
      const final = res.lines.find((l) => l.result);
      if (!final) throw new Error(`${name}: the worker printed no result (code ${res.code}): ${res.stderr.slice(-1500)}`);
      const out = final.result;
      // what the relay said before it went down
      if (out.relayDown) out.relayLog = local.relayLog(0).slice(-4000);
      out.relayPeakRssMb = relayPeakRssMb;
      out.requests = { localRelay: bed.diffCounters(before.localRelay, after.localRelay), peerRelay: bed.diffCounters(before.peerRelay, after.peerRelay) };
      log(`${name}: ${JSON.stringify({ ...out, samples: undefined, cycles: Array.isArray(out.cycles) ? out.cycles.length : out.cycles })}`);
      if (check) {
        await bed.sleep(Math.max(0, o.settleMs - (Date.now() - ended)));
        out.afterSettle = await bed.checkWhole(n.relayUrl, check);
        log(`${name}: ${o.settleMs / 1000} s after the end: ${JSON.stringify(out.afterSettle)}`);
      }
      return out;
    } finally {
      if (local !== shared) await local.stop();
    }
  }

  try {
    log(`seeding ${seeded.length} records of ${types.length + 1} types on the peer relay`);
    const { listed, ...sd } = await bed.seedPeer(peerBed, seeded, { log, indexTimeoutMs: o.smoke ? 10000 : 60000 });
    result.seeding = sd;
    // A record the peer's indexes do not list cannot be synced: the runs' targets are the listed ones.
    small = small.filter((r) => listed.has(r.soul));
    all = all.filter((r) => listed.has(r.soul));
    log(`seeded in ${(sd.ms / 1000).toFixed(0)} s: the indexes list ${sd.indexListed} of ${sd.records}; ` +
      `${sd.wholeAfterRestart} whole after the restart, ${sd.unreadableInTheEnd} not whole in the end`);

    const P = result.phases;
    const big = [...types];
    // a measurement that fails is reported as such; the others still run
    const measure = (name, ...args) => measureOne(name, ...args).catch((e) => {
      log(`${name}: failed: ${e && e.stack ? e.stack : e}`);
      return { error: String(e && e.message ? e.message : e) };
    });
    P.addonSmall = await measure(`addon, ${o.small} records`, { mode: 'sync', impl: 'addon', recordTypes: smallTypes, target: small.length }, { capS: o.capSmallS, check: small });
    P.ceilingSmall = await measure(`relay ceiling, ${o.small} records`, { mode: 'ceiling', recordTypes: smallTypes }, { capS: o.capSmallS, check: small });
    P.baselineSample = await measure(`baseline, ${o.baselineSample}-record sample`, { mode: 'sync', impl: 'baseline', recordTypes: ['sample'], target: o.baselineSample }, { capS: o.capBaselineS });
    P.addonLarge = await measure(`addon, ${o.large} records`, { mode: 'sync', impl: 'addon', recordTypes: big, target: all.length }, { capS: o.capLargeS, check: all });
    P.ceilingLarge = await measure(`relay ceiling, ${o.large} records`, { mode: 'ceiling', recordTypes: big }, { capS: o.capLargeS, check: all });
    const synced = async (n) => bed.esIndex(n.esUrl, all.map((r) => ({ id: r.did, doc: bed.esDocument(r) })));
    P.idleAddon = await measure(`addon idle at ${o.large} synced`, { mode: 'idle', impl: 'addon', recordTypes: big, idleCycles: o.idleCycles }, { capS: o.capIdleS, prepare: synced, restart: true });
    P.idleBaseline = await measure(`baseline idle at ${o.large} synced`, { mode: 'idle', impl: 'baseline', recordTypes: big, idleCycles: o.idleCycles }, { capS: o.capIdleS, prepare: synced });
  } finally {
    if (shared) await shared.stop();
    await peerBed.stop();
    for (const d of stateDirs) fs.rmSync(d, { recursive: true, force: true });
  }

  result.figures = figures(result.phases, { small: small.length, large: all.length, baselineSample: o.baselineSample });
  log(`figures: ${JSON.stringify(result.figures)}`);
  finish();
}

runIfMain(module, main);

module.exports = { main, figures };
