#!/usr/bin/env node
'use strict';
/**
 * A type index's entries written nested or flat, and what reading the index
 * then costs the relay. Each variant gets a fresh relay (production settings:
 * put delay 100 ms, missing-soul wait 3 s, GUN's own file parser) and writes
 * `entries` entries `{soul, nodeId, timestamp}` into `oip:registry:index:post`:
 *   nested-N  puts of the index with N entries nested in each (as the
 *             original registry, and this package before, wrote them);
 *   flat-N    each entry as the node `<index>/<soul>` (16 puts in flight),
 *             then one put of the index's links to N of them.
 * Then the index is read with GET /get 4 times, 3 s apart, while the relay's
 * resident memory is sampled every 500 ms until 15 s after the last read:
 * the keys each read answered, and the relay's memory after the writes and
 * at its peak.
 *
 *   node bench/index-heap.js [--out bench/results] [--smoke]
 * writes <out>/index-heap.json.
 */

const { startNodes } = require('../testbed/launcher');
const bed = require('./lib/bed');
const { parseArgs, startBenchmark, runIfMain } = require('./lib/benchmark');

const INDEX = 'oip:registry:index:post';

async function variant({ shape, chunk }, o, log) {
  const local = await startNodes(1, { putDelayMs: o.putDelayMs, missingWaitMs: o.missingWaitMs, seed: 7 });
  const { relayUrl, relayPid } = local.nodes[0];
  const put = (soul, data) => bed.request(`${relayUrl}/put`, { method: 'POST', body: { soul, data }, timeoutMs: 60000 })
    .then((r) => r.status, () => 'no answer');
  try {
    const souls = Array.from({ length: o.entries }, (_, i) => `0123456789ab:index-heap-${i}`);
    const entry = (soul) => ({ soul, nodeId: 'bench-node', timestamp: Date.now() });
    const started = Date.now();
    const statuses = [];
    for (let i = 0; i < souls.length; i += chunk) {
      const part = souls.slice(i, i + chunk);
      if (shape === 'nested') {
        statuses.push(await put(INDEX, Object.fromEntries(part.map((s) => [s, entry(s)]))));
      } else {
        const landed = [];
        await bed.pool(part, 16, async (s) => {
          if ((await put(`${INDEX}/${s}`, entry(s))) === 200) landed.push(s);
        });
        statuses.push(await put(INDEX, Object.fromEntries(landed.map((s) => [s, { '#': `${INDEX}/${s}` }]))));
      }
    }
    const writeMs = Date.now() - started;
    const afterWrites = bed.rssMb(relayPid);
    let peak = afterWrites;
    const sampler = setInterval(() => {
      peak = Math.max(peak, bed.rssMb(relayPid) || 0);
    }, 500);
    const reads = [];
    for (let k = 0; k < o.reads; k++) {
      const t = Date.now();
      const r = await bed.request(`${relayUrl}/get?soul=${encodeURIComponent(INDEX)}`, { timeoutMs: 60000 }).catch(() => null);
      reads.push({ status: r ? r.status : 'no answer', ms: Date.now() - t, keys: r && r.json && r.json.data ? Object.keys(r.json.data).length : 0 });
      await bed.sleep(o.readGapMs);
    }
    await bed.sleep(o.afterMs);
    clearInterval(sampler);
    const out = {
      shape, chunk, entries: o.entries, writeMs, putsAnswered200: statuses.filter((s) => s === 200).length, indexPuts: statuses.length,
      rssAfterWritesMb: afterWrites, rssPeakMb: peak, rssEndMb: bed.rssMb(relayPid), relayAlive: bed.rssMb(relayPid) !== null, reads,
    };
    log(`${shape}-${chunk}: ${JSON.stringify(out)}`);
    return out;
  } finally {
    await local.stop();
  }
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  Object.assign(o, o.smoke
    ? { entries: 40, reads: 2, readGapMs: 200, afterMs: 500, putDelayMs: 0, missingWaitMs: 300, variants: [{ shape: 'nested', chunk: 20 }, { shape: 'flat', chunk: 20 }] }
    : { entries: 2000, reads: 4, readGapMs: 3000, afterMs: 15000, putDelayMs: 100, missingWaitMs: 3000,
      variants: [{ shape: 'nested', chunk: 16 }, { shape: 'nested', chunk: 256 }, { shape: 'flat', chunk: 256 }] });
  const { log, result, finish } = startBenchmark('index-heap', o);
  result.settings = { entries: o.entries, reads: o.reads, readGapMs: o.readGapMs, afterMs: o.afterMs, putDelayMs: o.putDelayMs, missingWaitMs: o.missingWaitMs };
  result.variants = [];
  for (const v of o.variants) result.variants.push(await variant(v, o, log));
  finish();
}

// No Elasticsearch here.
runIfMain(module, main, { elasticsearch: false });

module.exports = { main };
