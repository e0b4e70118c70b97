#!/usr/bin/env node
'use strict';
/**
 * Benchmark 3, the cost of a call: processLocalDeletion of an applied
 * tombstone, getRecord of a cached 404, and a sync cycle (performSync) with
 * nothing to do, for the addon and the baseline, each in its own Node process
 * with --expose-gc. Calls per second and bytes per call, medians of repeats.
 *
 *   node bench/callcost.js [--out bench/results] [--smoke]
 * writes <out>/callcost.json.
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
  o.reps = o.smoke ? 1 : 5;
  o.n = o.smoke ? { deletion: 100, get404: 100, idle: 3 } : { deletion: 20000, get404: 20000, idle: 200 };
  return o;
}

async function main() {
  const o = options(process.argv.slice(2));
  const { log, result, finish } = startBenchmark('callcost', o);
  Object.assign(result, { settings: { reps: o.reps, n: o.n }, runs: {} });
  const peerBed = await startNodes(1, { putDelayMs: 0, missingWaitMs: 500, seed: 9 });
  const peer = peerBed.nodes[0];
  const records = bed.makeRecords(10, { recordType: 'post', prefix: 'cc' });
  try {
    await bed.seedRecords(peer.relayUrl, records, { concurrency: 2 });
    await bed.registerRecords(peer.relayUrl, records);
    await bed.markDeleted(peer.relayUrl, ['did:gun:000000000000:bench-never-existed']);
    await bed.waitIndex(peer.relayUrl, 'post', records.length);
    for (const impl of ['addon', 'baseline']) {
      const localBed = await startNodes(1, { putDelayMs: 0, missingWaitMs: 500, elasticsearch: true, seed: 9 });
      const n = localBed.nodes[0];
      const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oip-bench-cc-'));
      try {
        await bed.esIndex(n.esUrl, records.map((r) => ({ id: r.did, doc: bed.esDocument(r) })));
        const deleted = bed.makeRecords(1, { recordType: 'post', prefix: 'cc-deleted' })[0];
        await bed.seedRecords(n.relayUrl, [deleted], { concurrency: 1 });
        log(`${impl}: measuring`);
        const res = await runWorker('callcost-worker.js', {
          config: {
            impl, localRelay: n.relayUrl, peerRelay: peer.relayUrl, es: n.esUrl, stateDir, reps: o.reps, n: o.n,
            recordTypes: ['post'], deletedSoul: deleted.soul, missingSoul: `${bed.publisherHash('nobody')}:bench-missing`,
          },
          timeoutMs: 600000,
        });
        const final = res.lines.find((l) => l.result);
        if (!final) throw new Error(`${impl}: no result (code ${res.code}): ${res.stderr.slice(-1500)}`);
        const summary = {};
        for (const [op, reps] of Object.entries(final.result.ops)) {
          summary[op] = {
            callsPerS: median(reps.map((r) => r.callsPerS)),
            usPerCall: median(reps.map((r) => r.usPerCall)),
            retainedBytesPerCall: median(reps.map((r) => r.retainedBytesPerCall)),
            garbageBytesPerCall: median(reps.map((r) => r.garbageBytesPerCall)),
            n: reps[0].n,
            reps: reps.length,
          };
        }
        result.runs[impl] = { summary, reps: final.result.ops };
        log(`${impl}: ${JSON.stringify(summary)}`);
      } finally {
        await localBed.stop();
        fs.rmSync(stateDir, { recursive: true, force: true });
        fs.rmSync(`${stateDir}-sync`, { recursive: true, force: true });
      }
    }
  } finally {
    await peerBed.stop();
  }
  finish();
}

runIfMain(module, main);

module.exports = { main };
