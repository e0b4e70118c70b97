#!/usr/bin/env node
'use strict';
/**
 * The first sync cycle at N synced records, alone (the throughput benchmark
 * measures it too, after ten minutes of seeding). A peer relay lists N
 * records in its type indexes (`post`, `image`) and has a tombstone index; the
 * local node (relay with the production put delay 100 ms and missing-soul
 * wait 3 s, Elasticsearch stand-in) already holds the N documents and has a
 * tombstone index of its own, one tombstone of a record that never existed.
 * Each run is a Node process of its own (throughput-worker.js, idle mode): a
 * first cycle and `--idle` idle cycles, time and requests of each.
 *   - fresh: an empty state directory (a new install, or a restart that lost it);
 *   - restart: a second process on the state directory the fresh run left
 *     (the processed cache is in memory only, so it starts empty);
 *   - baseline: the JavaScript original.
 *
 *   node bench/first-cycle.js [--records 2000] [--idle 3] [--reps 3] [--out bench/results] [--smoke]
 * writes <out>/first-cycle.json.
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
  const o = parseArgs(argv, { records: 2000, idle: 3, reps: 3 }, { '--records': 'records', '--idle': 'idle', '--reps': 'reps' });
  if (o.smoke) Object.assign(o, { records: 20, idle: 1, reps: 1 });
  return o;
}

async function main() {
  const o = options(process.argv.slice(2));
  const { log, result, finish } = startBenchmark('first-cycle', o);
  const missingWaitMs = o.smoke ? 300 : 3000;
  const posts = bed.makeRecords(o.records / 2, { recordType: 'post', prefix: 'fc' });
  const images = bed.makeRecords(o.records - posts.length, { recordType: 'image', prefix: 'fc' });
  const all = [...posts, ...images];
  result.settings = { records: o.records, idleCycles: o.idle, reps: o.reps, putDelayMs: 100, missingWaitMs };
  result.runs = { fresh: [], restart: [], baseline: [] };
  const peerBed = await startNodes(1, { putDelayMs: 0, missingWaitMs, seed: 21 });
  const peer = peerBed.nodes[0];
  const stateDirs = [];
  try {
    await bed.registerRecords(peer.relayUrl, all, { chunk: 100 });
    await bed.markDeleted(peer.relayUrl, ['did:gun:000000000000:bench-never-existed']);
    const listed = [await bed.waitIndex(peer.relayUrl, 'post', posts.length, { timeoutMs: 60000 }), await bed.waitIndex(peer.relayUrl, 'image', images.length, { timeoutMs: 60000 })];
    result.indexEntries = listed;
    log(`peer indexes list ${listed.join(' + ')} of ${o.records}`);

    const run = async (name, impl, stateDir, n) => {
      const res = await runWorker('throughput-worker.js', {
        nodeArgs: [],
        config: {
          mode: 'idle', impl, localRelay: n.relayUrl, localRelayAdmin: n.relayAdminUrl, peerRelay: peer.relayUrl, peerRelayAdmin: peer.relayAdminUrl,
          es: n.esUrl, esAdmin: n.esAdminUrl, stateDir, recordTypes: ['post', 'image'], idleCycles: o.idle, capMs: 300000,
          fetchConcurrency: 16, putConcurrency: 2, publisher: all[0].soul.split(':')[0],
        },
        timeoutMs: 400000,
      });
      const final = res.lines.find((l) => l.result);
      if (!final) throw new Error(`${name}: no result (code ${res.code}): ${res.stderr.slice(-1500)}`);
      const tot = (c) => c.requests.localRelay + c.requests.peerRelay + c.requests.es;
      const [first, ...rest] = final.result.cycles;
      const out = { firstMs: first.ms, firstRequests: tot(first), firstByTarget: first.requests, discovered: first.discovered, idleMedianMs: median(rest.map((c) => c.ms)), idleMedianRequests: median(rest.map(tot)) };
      log(`${name}: ${JSON.stringify(out)}`);
      return out;
    };

    for (let rep = 0; rep < o.reps; rep++) {
      // a fresh local node per repetition, shared by its three runs
      const local = await startNodes(1, { putDelayMs: 100, missingWaitMs, elasticsearch: true, seed: 22 });
      const n = local.nodes[0];
      try {
        await bed.markDeleted(n.relayUrl, ['did:gun:000000000000:bench-never-existed']);
        await bed.esIndex(n.esUrl, all.map((r) => ({ id: r.did, doc: bed.esDocument(r) })));
        const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oip-bench-fc-'));
        stateDirs.push(stateDir, `${stateDir}-baseline`);
        result.runs.fresh.push(await run(`fresh ${rep + 1}`, 'addon', stateDir, n));
        result.runs.restart.push(await run(`restart ${rep + 1}`, 'addon', stateDir, n));
        fs.mkdirSync(`${stateDir}-baseline`);
        result.runs.baseline.push(await run(`baseline ${rep + 1}`, 'baseline', `${stateDir}-baseline`, n));
      } finally {
        await local.stop();
      }
    }
  } finally {
    await peerBed.stop();
    for (const d of stateDirs) fs.rmSync(d, { recursive: true, force: true });
  }
  result.summary = {};
  for (const [name, runs] of Object.entries(result.runs)) {
    result.summary[name] = { firstMs: median(runs.map((r) => r.firstMs)), firstRequests: median(runs.map((r) => r.firstRequests)), idleMedianMs: median(runs.map((r) => r.idleMedianMs)) };
  }
  log(`summary: ${JSON.stringify(result.summary)}`);
  finish();
}

runIfMain(module, main);

module.exports = { main };
