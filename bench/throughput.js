#!/usr/bin/env node
'use strict';
/**
 * Benchmark 2, throughput. A peer relay holds 10,000 records (1,000 `post`,
 * 9,000 `image`). Each measurement gets a fresh local node (relay with the
 * production settings, 100 ms put delay and 3 s missing-soul wait, plus an
 * Elasticsearch stand-in) and runs in a Node process of its own:
 *   - initial sync of 1,000 records (type `post`): the addon in full; the
 *     baseline for a time cap, extrapolated;
 *   - initial sync of 10,000 records (both types): addon and baseline for a
 *     time cap each, extrapolated from their steady rate;
 *   - the relay's own ceiling: the same GETs from the peer and PUTs to the
 *     local relay at the addon's concurrency (fetch 16, puts 2), no sync logic;
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
    small: 1000, large: LARGE, putDelayMs: 100, missingWaitMs: 3000, seedConcurrency: 32,
    capAddonSmallS: 240, capAddonLargeS: 60, capBaselineS: 150, capCeilingS: 45, baselineSample: 20, ceilingSample: 10000,
    idleCycles: 5, capIdleS: 150,
  };
  const smoke = {
    small: 6, large: 12, putDelayMs: 0, missingWaitMs: 300, seedConcurrency: 4,
    capAddonSmallS: 3, capAddonLargeS: 2, capBaselineS: 4, capCeilingS: 2, baselineSample: 2, ceilingSample: 12,
    idleCycles: 1, capIdleS: 6,
  };
  return { ...o, ...(o.smoke ? smoke : full) };
}

// 10,000 was the aim. On this test bed a relay surfaces a freshly written type
// index of thousands of entries only slowly and partially (a 1,000-entry index
// written in puts of 100 entries read back 0, 8, 90, 378, 439 entries over
// five seconds; 10,000 entries in puts of 500 read back 27 after a minute), so
// the large case syncs 2,000 records within the benchmark's 10 minutes.
const LARGE = 2000;
const FETCH = 16;
const PUTS = 2;

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

async function main() {
  const o = options(process.argv.slice(2));
  const { log, result, finish } = startBenchmark('throughput', o);
  const posts = bed.makeRecords(o.small, { recordType: 'post', prefix: 'tp' });
  const images = bed.makeRecords(o.large - o.small, { recordType: 'image', prefix: 'tp' });
  // The baseline discovers every candidate (about 3 s each: defect 14) before it stores any, so
  // within a time cap it stores nothing; it is run to the end on a sample of its own type instead.
  const texts = bed.makeRecords(o.baselineSample, { recordType: 'text', prefix: 'tp' });
  const all = [...posts, ...images, ...texts];
  const publisher = all[0].soul.split(':')[0];

  // The peer only serves reads while anything is measured: it is seeded with
  // puts at bounded concurrency and no put delay; its missing-soul wait is
  // the production 3 s.
  const peerBed = await startNodes(1, { putDelayMs: 0, missingWaitMs: o.missingWaitMs, seed: 3 });
  const peer = peerBed.nodes[0];
  Object.assign(result, { settings: { ...o, fetchConcurrency: FETCH, putConcurrency: PUTS, out: undefined }, phases: {} });
  const stateDirs = [];
  const freshState = () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'oip-bench-tp-'));
    stateDirs.push(d);
    return d;
  };

  // The smoke version shares one local node between its measurements (it only checks that they run).
  let shared = null;
  /** A fresh local node with production settings; `prepare(node)` before the worker starts. */
  async function measure(name, config, { capS, prepare, restart } = {}) {
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
          es: n.esUrl, esAdmin: n.esAdminUrl, stateDir, fetchConcurrency: FETCH, putConcurrency: PUTS, publisher,
          capMs: capS ? capS * 1000 : 0, ...config, ...extra,
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
      const res = await worker({});
      const final = res.lines.find((l) => l.result);
      if (!final) throw new Error(`${name}: the worker printed no result (code ${res.code}): ${res.stderr.slice(-1500)}`);
      log(`${name}: ${JSON.stringify({ ...final.result, samples: undefined, cycles: Array.isArray(final.result.cycles) ? final.result.cycles.length : final.result.cycles })}`);
      return final.result;
    } finally {
      if (local !== shared) await local.stop();
    }
  }

  try {
    log(`seeding ${all.length} records on the peer relay (batched puts, 2 in flight, no put delay)`);
    const seedStart = Date.now();
    // the type indexes first, while the relay holds little: then the records, in batches
    try {
      await bed.registerRecords(peer.relayUrl, all, { nodeId: 'bench-peer-node', chunk: 100 });
    } catch (e) {
      log(`warning: ${e.message}`);
    }
    await bed.markDeleted(peer.relayUrl, ['did:gun:000000000000:bench-never-existed']);
    const idxPost = await bed.waitIndex(peer.relayUrl, 'post', posts.length, { timeoutMs: o.smoke ? 10000 : 90000 });
    const idxImage = await bed.waitIndex(peer.relayUrl, 'image', images.length, { timeoutMs: o.smoke ? 10000 : 90000 });
    const idxText = await bed.waitIndex(peer.relayUrl, 'text', texts.length, { timeoutMs: o.smoke ? 10000 : 60000 });
    if (idxText < texts.length) log(`warning: the baseline sample's index reads ${idxText} entries`);
    if (idxPost < posts.length || idxImage < images.length) log(`warning: the peer's indexes read ${idxPost} + ${idxImage} entries`);
    const lost = await bed.seedRecordsBatched(peer.relayUrl, all, { log: (s) => log(s) });
    // a sample of records must read back whole before anything is measured
    const sample = all.filter((_, i) => i % Math.max(1, Math.floor(all.length / 50)) === 0);
    const unreadable = (await bed.pool(sample, 4, async (r) => {
      for (let i = 0; i < 5; i++) {
        const g = await bed.relayGet(peer.relayUrl, r.soul, 30000).catch(() => null);
        if (g && g.status === 200 && g.json && g.json.data && g.json.data.meta) return 0;
        await bed.sleep(300);
      }
      return 1;
    })).reduce((x, y) => x + y, 0);
    log(`sample read back: ${sample.length - unreadable}/${sample.length} whole`);
    result.seeding = { ms: Date.now() - seedStart, lost, indexEntries: { post: idxPost, image: idxImage, text: idxText } };
    log(`seeded in ${((Date.now() - seedStart) / 1000).toFixed(0)} s (${lost} lost; index post ${idxPost}, image ${idxImage})`);

    const small = ['post'];
    const large = ['post', 'image'];
    const P = result.phases;

    P.addonSmall = await measure(`addon, ${o.small} records`, { mode: 'sync', impl: 'addon', recordTypes: small, target: o.small }, { capS: o.capAddonSmallS });
    P.baselineSample = await measure(`baseline, ${o.baselineSample}-record sample`, { mode: 'sync', impl: 'baseline', recordTypes: ['text'], target: o.baselineSample }, { capS: o.capBaselineS });
    P.ceiling = await measure('relay ceiling', { mode: 'ceiling', recordTypes: large }, { capS: o.capCeilingS });
    P.addonLarge = await measure(`addon, ${o.large} records`, { mode: 'sync', impl: 'addon', recordTypes: large, target: o.large }, { capS: o.capAddonLargeS });
    const synced = async (n) => bed.esIndex(n.esUrl, all.map((r) => ({ id: r.did, doc: bed.esDocument(r) })));
    P.idleAddon = await measure(`addon idle at ${o.large} synced`, { mode: 'idle', impl: 'addon', recordTypes: large, idleCycles: o.idleCycles }, { capS: o.capIdleS, prepare: synced, restart: true });
    P.idleBaseline = await measure(`baseline idle at ${o.large} synced`, { mode: 'idle', impl: 'baseline', recordTypes: large, idleCycles: o.idleCycles }, { capS: o.capIdleS, prepare: synced });
  } finally {
    if (shared) await shared.stop();
    await peerBed.stop();
    for (const d of stateDirs) fs.rmSync(d, { recursive: true, force: true });
  }

  // ---- figures
  const P = result.phases;
  const rateOf = (r, key, n) => {
    const done = !r.capped && r[key] >= n;
    return {
      complete: done,
      elapsedS: r.elapsedMs / 1000,
      records: r[key],
      overallPerS: r[key] / (r.elapsedMs / 1000),
      steadyPerS: steadyRate(r.samples, key),
      firstRecordS: ((r.samples.find((s) => s[key] > 0) || {}).t || null) / 1000 || null,
    };
  };
  const f = {};
  f.addonSmall = rateOf(P.addonSmall, 'indexed', o.small);
  // records the local relay acknowledged, each once (not its registration puts)
  f.addonSmallStored = rateOf(P.addonSmall, 'stored', o.small);
  f.baselineSample = rateOf(P.baselineSample, 'indexed', o.baselineSample);
  // records per second of the sample, run to its end (or to the cap): the baseline's rate at any N
  const baseRate = f.baselineSample.records / f.baselineSample.elapsedS;
  f.addonLarge = rateOf(P.addonLarge, 'stored', o.large);
  f.ceiling = { elapsedS: P.ceiling.elapsedMs / 1000, records: P.ceiling.stored, steadyPerS: steadyRate(P.ceiling.samples, 'done'), overallPerS: P.ceiling.stored / (P.ceiling.elapsedMs / 1000) };
  // extrapolated total time for n records: the time to the first record plus n at the steady rate
  const extrapolate = (x, n) => (x.steadyPerS ? (x.firstRecordS || 0) + n / x.steadyPerS : null);
  f.addonSmall.timeForAllS = f.addonSmall.complete ? f.addonSmall.elapsedS : extrapolate(f.addonSmallStored, o.small);
  f.addonSmall.recordsPerS = o.small / f.addonSmall.timeForAllS;
  f.baselineSmall = { recordsPerS: baseRate, timeForAllS: o.small / baseRate };
  f.addonLarge.timeForAllS = extrapolate(f.addonLarge, o.large);
  f.addonLarge.recordsPerS = o.large / f.addonLarge.timeForAllS;
  f.baselineLarge = { recordsPerS: baseRate, timeForAllS: o.large / baseRate };
  f.ceiling.timeForSmallS = o.small / f.ceiling.steadyPerS;
  f.ceiling.timeForLargeS = o.large / f.ceiling.steadyPerS;
  f.ratios = {
    small: { addonOverCeiling: f.addonSmall.recordsPerS / f.ceiling.steadyPerS, addonOverBaseline: f.addonSmall.recordsPerS / f.baselineSmall.recordsPerS },
    large: { addonOverCeiling: f.addonLarge.recordsPerS / f.ceiling.steadyPerS, addonOverBaseline: f.addonLarge.recordsPerS / f.baselineLarge.recordsPerS },
    steadyAddonOverCeiling: f.addonLarge.steadyPerS / f.ceiling.steadyPerS,
  };
  const idleOf = (r) => {
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
  result.figures = f;
  log(`figures: ${JSON.stringify(f)}`);
  finish();
}

runIfMain(module, main);

module.exports = { main };
