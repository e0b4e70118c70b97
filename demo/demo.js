'use strict';
// `npm run demo`: the incident replay. Two nodes on a local test bed (real
// GUN relays; a real Elasticsearch 7.17 when Java and Maven are here, else
// the stand-in): a peer publishing records, five of
// them tombstoned, two that Elasticsearch refuses forever; Elasticsearch
// deletes fail for the first cycles and 5% of relay puts answer 500. The
// addon runs sync cycles, then the JavaScript baseline (the original
// helpers' shape) runs as many, each in a Node process of its own with a
// forced GC per cycle; a table row per cycle, then a verdict.
//
// With GUN_PEERS / GUN_EXTERNAL_PEERS / ELASTICSEARCHHOST set, the addon runs
// its cycles against those instead (its ledger in a temporary directory
// unless OIP_GUN_SYNC_STATE_DIR is set) and prints the same table.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { runWorker } = require('../bench/lib/child');
const bed = require('../bench/lib/bed');
const { slope } = require('../bench/lib/stats');
const { startSharedEngine } = require('../testbed/es-engine');

const CYCLES = Number(process.env.DEMO_CYCLES) || 20;
const FAULT_CYCLES = 4;
const ADDON_CAP_S = 40;
const BASELINE_CAP_S = 40;
const HARD_LIMIT_S = 110;

const MB = 1024 * 1024;
const pad = (v, w) => String(v).padStart(w);
const t0 = Date.now();
const since = () => `${((Date.now() - t0) / 1000).toFixed(0)}s`;

const HEADER = `${pad('cycle', 5)} ${pad('synced', 6)} ${pad('applied', 7)} ${pad('skipped', 7)} ${pad('failed', 6)} ${pad('requests', 8)} ${pad('ES del', 6)} ${pad('rss MB', 7)} ${pad('ms', 7)}`;
const RULE = '-'.repeat(HEADER.length);

/** One table row; the columns a baseline cycle does not have show "-". */
function row(l, impl) {
  const r = l.report;
  const req = l.requests && Object.keys(l.requests.detail || {}).length
    ? l.requests.localRelay + l.requests.peerRelay + l.requests.elasticsearch
    : (r.requests ? r.requests.peers + r.requests.localRelay + r.requests.elasticsearch : '-');
  const esDel = l.requests && l.requests.detail && l.requests.detail.es ? l.requests.esDeletes : '-';
  const applied = impl === 'addon' ? r.deletionsApplied : '-';
  const skipped = impl === 'addon' ? r.skippedDeleted : '-';
  const failed = impl === 'addon' ? r.failed : r.errors;
  return `${pad(l.cycle, 5)} ${pad(r.synced, 6)} ${pad(applied, 7)} ${pad(skipped, 7)} ${pad(failed, 6)} ${pad(req, 8)} ${pad(esDel, 6)} ${pad((l.rss / MB).toFixed(1), 7)} ${pad(l.ms.toFixed(0), 7)}`;
}

/** Runs one implementation's cycles in its own process, printing a row per cycle and a heartbeat while a cycle runs. */
async function runCycles(impl, config, capS) {
  console.log(`\n${impl === 'addon' ? 'Addon (Rust)' : 'Baseline (the original JavaScript helpers)'}: up to ${config.cycles} cycles`);
  console.log(HEADER);
  console.log(RULE);
  let current = 0;
  let lastOut = Date.now();
  const heartbeat = setInterval(() => {
    if (Date.now() - lastOut >= 4000) {
      console.log(`      ... cycle ${current} running (${since()})`);
      lastOut = Date.now();
    }
  }, 1000);
  try {
    const res = await runWorker('soak-worker.js', {
      config: { ...config, impl, capMs: capS * 1000 },
      timeoutMs: (capS + 40) * 1000,
      onLine: (l) => {
        if (l.starting) current = l.starting;
        if (l.cycle) {
          console.log(row(l, impl));
          lastOut = Date.now();
        }
      },
    });
    const lines = res.lines.filter((l) => l.cycle);
    if (res.code !== 0) console.log(`(${impl} stopped early: ${res.killed ? 'time limit' : `exit ${res.code}`})`);
    return lines;
  } finally {
    clearInterval(heartbeat);
  }
}

function slopes(lines) {
  // from the third cycle on: the first ones load code and fill caches
  const tail = lines.slice(Math.min(2, Math.max(0, lines.length - 2)));
  const xs = tail.map((l) => l.cycle);
  return {
    rss: tail.length > 1 ? slope(xs, tail.map((l) => l.rss)) / 1024 : null,
    external: tail.length > 1 ? slope(xs, tail.map((l) => l.external + l.arrayBuffers)) / 1024 : null,
  };
}

const fmtSlope = (v) => (v === null || !Number.isFinite(v) ? 'n/a' : `${v >= 0 ? '+' : ''}${v.toFixed(1)} KB/cycle`);

async function external() {
  console.log('GUN_PEERS / GUN_EXTERNAL_PEERS / ELASTICSEARCHHOST are set: the addon runs its sync cycles against them.');
  const stateDir = process.env.OIP_GUN_SYNC_STATE_DIR || fs.mkdtempSync(path.join(os.tmpdir(), 'oip-gun-sync-demo-'));
  try {
    const lines = await runCycles('addon', { fromEnv: true, cycles: Math.min(CYCLES, 10), stateDir }, 90);
    const s = slopes(lines);
    console.log(`\n${lines.length} cycles; rss ${fmtSlope(s.rss)}, external + arrayBuffers ${fmtSlope(s.external)}.`);
  } finally {
    if (!process.env.OIP_GUN_SYNC_STATE_DIR) fs.rmSync(stateDir, { recursive: true, force: true });
  }
}

async function embedded(engine) {
  const { scenario, startPeer, startLocal, RECORD_TYPES } = require('../bench/soak');
  const control = require('../testbed/control');
  const o = { missingWaitMs: 200, smoke: false, tombstoned: 5, mappingFailures: 2 };
  const sc = scenario(20, o);
  const es = engine.engine === 'standin' ? 'an Elasticsearch stand-in' : 'a real Elasticsearch';
  console.log(`Starting the test bed (real GUN relays, ${es}) and publishing ${sc.all.length} records on the peer (${since()})...`);
  const peer = await startPeer(o, sc.all, sc.tombstoned, () => {});
  const results = {};
  try {
    for (const impl of ['addon', 'baseline']) {
      console.log(`\nFresh local node for the ${impl}: it holds the ${sc.tombstoned.length} tombstoned records; Elasticsearch DELETE answers 500 ` +
        `until cycle ${FAULT_CYCLES}; 5% of relay puts answer 500 (${since()}).`);
      const local = await startLocal(o, sc.tombstoned);
      const n = local.nodes[0];
      const p = peer.nodes[0];
      const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oip-gun-sync-demo-'));
      try {
        const esFault = await control.addFault(n.esAdminUrl, {
          method: 'DELETE', path: '/records/_doc/*', status: 500, body: { error: { type: 'demo_injected', reason: 'injected' }, status: 500 },
        });
        await control.addFault(n.relayAdminUrl, { method: 'POST', path: '/put', fraction: 0.05, seed: 42, status: 500, body: { error: 'injected' } });
        const cycles = impl === 'addon' ? CYCLES : Math.max(1, results.addon.lines.length);
        const lines = await runCycles(impl, {
          cycles, localRelay: n.relayUrl, localRelayAdmin: n.relayAdminUrl, peerRelay: p.relayUrl, peerRelayAdmin: p.relayAdminUrl,
          es: n.esUrl, esAdmin: n.esAdminUrl, recordTypes: RECORD_TYPES, stateDir, retryBaseMs: 1000, retryMaxMs: 3600000, pauseMs: 300,
          clearFault: { cycle: FAULT_CYCLES, adminUrl: n.esAdminUrl, id: esFault.id },
        }, impl === 'addon' ? ADDON_CAP_S : BASELINE_CAP_S);
        // what is left in Elasticsearch of the tombstoned records
        const left = [];
        for (const r of sc.tombstoned) {
          const res = await bed.request(`${n.esUrl}/records/_doc/${encodeURIComponent(r.did)}`).catch(() => null);
          if (res && res.status === 200 && res.json && res.json.found) left.push(r.did);
        }
        results[impl] = { lines, left };
      } finally {
        await local.stop();
        fs.rmSync(stateDir, { recursive: true, force: true });
      }
    }
  } finally {
    await peer.stop();
  }
  const a = results.addon;
  const b = results.baseline;
  const sa = slopes(a.lines);
  const sb = slopes(b.lines);
  const applied = a.lines.reduce((x, l) => x + l.report.deletionsApplied, 0);
  // the deletion work ends with the last cycle that sent Elasticsearch a DELETE
  const lastWork = a.lines.reduce((x, l) => (l.requests.esDeletes ? l.cycle : x), 0);
  const after = a.lines.filter((l) => l.cycle > lastWork);
  const perCycle = after.map((l) => l.requests.localRelay + l.requests.peerRelay + l.requests.elasticsearch);
  const rssRange = (lines) => (lines.length ? `${(lines[0].rss / MB).toFixed(1)} -> ${(lines[lines.length - 1].rss / MB).toFixed(1)} MB` : 'n/a');
  // A backoff retry can land in the last cycle; then there is no quiet tail to report on.
  const tail = !lastWork
    ? 'no cycle sent Elasticsearch a DELETE. '
    : after.length
      ? `the deletion work ended at cycle ${lastWork}, and in the ${after.length === 1 ? 'cycle' : `${after.length} cycles`} after it: ` +
        `${after.reduce((x, l) => x + l.requests.relayPuts, 0)} relay puts, ${after.reduce((x, l) => x + l.requests.esDeletes, 0)} Elasticsearch deletes, ` +
        `${Math.min(...perCycle)}-${Math.max(...perCycle)} requests a cycle (the index reads every cycle makes). `
      : `the deletion work went on to the last cycle (${lastWork}), so no quiet cycles followed it to measure. `;
  console.log('\nVerdict');
  console.log(`  addon:    ${a.lines.length} cycles. Tombstoned records gone from Elasticsearch: ${sc.tombstoned.length - a.left.length} of ${sc.tombstoned.length} ` +
    `(the cycles reported ${applied} applications); ${tail}` +
    `Memory: rss ${rssRange(a.lines)} (slope ${fmtSlope(sa.rss)}), external + arrayBuffers ${fmtSlope(sa.external)}.`);
  console.log(`  baseline: ${b.lines.length} cycles. Tombstoned records gone from Elasticsearch: ${sc.tombstoned.length - b.left.length} of ${sc.tombstoned.length}: ` +
    `it "processed" them once, while Elasticsearch failed, and its 24 h memo skips them since; the ${o.mappingFailures} records Elasticsearch refuses are fetched, put and indexed again every cycle. ` +
    `Memory: rss ${rssRange(b.lines)} (slope ${fmtSlope(sb.rss)}), external + arrayBuffers ${fmtSlope(sb.external)}.`);
  console.log('  Slopes over a few dozen cycles are noisy (the allocator grows in steps); `npm run bench` runs the 1000-cycle soak (bench/RESULTS.md).');
}

async function main() {
  // a signal ends the process through 'exit', where the test bed's children are killed
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));
  const ext = process.env.GUN_PEERS || process.env.GUN_EXTERNAL_PEERS || process.env.ELASTICSEARCHHOST;
  // Before the time limit: the first start on a machine builds the node (a Maven resolve).
  const engine = ext ? null : await startSharedEngine();
  if (engine) console.log(`Elasticsearch engine: ${engine.line}`);
  const hard = setTimeout(() => {
    console.error(`demo: stopped after ${HARD_LIMIT_S} s`);
    process.exit(0);
  }, HARD_LIMIT_S * 1000);
  hard.unref();
  try {
    if (ext) await external();
    else await embedded(engine);
  } finally {
    if (engine) await engine.stop();
  }
  console.log(`\nDone in ${since()}.`);
}

main().then(() => process.exit(0), (e) => {
  console.error(`demo: ${e && e.stack ? e.stack : e}`);
  process.exit(1);
});
