'use strict';
/**
 * One throughput measurement in a process of its own (bench/throughput.js
 * starts it). Config (JSON in BENCH_CONFIG):
 *   { mode: "sync" | "ceiling" | "idle", impl: "addon" | "baseline",
 *     localRelay, localRelayAdmin, peerRelay, peerRelayAdmin, es, esAdmin,
 *     recordTypes, target, capMs, settledMs, cycleGapMs, idleCycles, stateDir, fetchConcurrency, putConcurrency, batchSize }
 * Prints progress lines {progress: {t, stored, indexed}} about every second
 * and one final line {result: {...}}; stops itself at capMs (the measurement
 * in flight is abandoned: the process exits).
 *
 * sync     cycles of the implementation until `target` documents are in
 *          Elasticsearch, or none came in for `settledMs` (cycles after the
 *          first at most one per `cycleGapMs`), or the cap: records stored
 *          (acknowledged by the local relay, each once), indexed (documents),
 *          ms to the last indexed record, cycles.
 * ceiling  the relay's own ceiling for the addon's write shape (see ceiling()):
 *          records stored (both flat puts answered), read back whole once.
 * idle     a first cycle against a node whose Elasticsearch already holds
 *          every record, then `idleCycles` idle cycles: time and requests each.
 */

const http = require('http');
const bed = require('./lib/bed');
const { quietConsole, baselineService } = require('./lib/worker');

const cfg = JSON.parse(process.env.BENCH_CONFIG);
const out = (obj) => process.stdout.write(`${JSON.stringify(obj)}\n`);
const startedAt = Date.now();
// the ceiling's node id in the registry entries it writes
const NODE_ID = 'bench-ceiling-node';
const elapsed = () => Date.now() - startedAt;

function makeService() {
  if (cfg.impl === 'addon') {
    const { GunSyncService } = require('..');
    const noop = () => {};
    const svc = new GunSyncService({
      gun: { apiUrl: cfg.localRelay },
      peers: [cfg.peerRelay],
      elasticsearch: { node: cfg.es },
      recordTypes: cfg.recordTypes,
      fetchConcurrency: cfg.fetchConcurrency,
      putConcurrency: cfg.putConcurrency,
      deletion: { stateDir: cfg.stateDir },
      logger: { info: noop, warn: noop, error: noop },
    });
    return { cycle: () => svc.performSync() };
  }
  quietConsole();
  const svc = baselineService(cfg);
  return { cycle: () => svc.performSync() };
}

// Records the local relay acknowledged, each once: its /list of the benchmark's
// publisher, which only grows, read from where the last read ended. Counting
// relay puts instead would count registration entries and repeated puts too.
// Flat writes list `<soul>/meta` under the same publisher: only record souls count.
const LIST_PAGE = 500;
let listed = 0;
let records = 0;
// /list reads in a row that got no answer: the local relay is down
let unanswered = 0;
const relayDown = () => unanswered >= 5;
async function storedRecords() {
  for (;;) {
    const r = await bed.request(`${cfg.localRelay}/list?publisherHash=${cfg.publisher}&offset=${listed}&limit=${LIST_PAGE}`).catch(() => null);
    unanswered = r ? 0 : unanswered + 1;
    const page = r && r.json && Array.isArray(r.json.records) ? r.json.records : [];
    listed += page.length;
    records += page.filter((x) => !String(x.soul).includes('/')).length;
    if (page.length < LIST_PAGE) return records;
  }
}

async function progressSample() {
  const [stored, indexed] = await Promise.all([storedRecords(), cfg.es ? bed.esCount(cfg.es) : Promise.resolve(0)]);
  return { t: elapsed(), stored, indexed };
}

function startProgress(extra = () => ({})) {
  const samples = [];
  let stopped = false;
  const tick = async () => {
    if (stopped) return;
    const s = { ...(await progressSample()), ...extra() };
    samples.push(s);
    out({ progress: s });
    if (!stopped) timer = setTimeout(tick, 1000);
  };
  let timer = setTimeout(tick, 1000);
  return {
    samples,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      const s = { ...(await progressSample()), ...extra() };
      samples.push(s);
      return s;
    },
  };
}

/**
 * A measurement's end, run once. The cap and the measurement itself can both
 * reach it, and both must wait for its result line before the process exits.
 */
function ender(write) {
  let ending = null;
  const end = (capped) => (ending = ending || write(capped));
  end.started = () => ending !== null;
  return end;
}

function armCap(finish) {
  if (!cfg.capMs) return;
  setTimeout(async () => {
    await finish(true);
    process.exit(0);
  }, cfg.capMs).unref();
}

const sleep = (ms) => new Promise((res) => setTimeout(res, ms));

async function sync() {
  let cycles = 0;
  const progress = startProgress(() => ({ cycles }));
  const finish = ender(async (capped) => {
    const last = await progress.stop();
    // The sync's time is up to its last indexed record, not the settling cycles after it.
    const done = progress.samples.find((x) => x.indexed >= last.indexed) || last;
    out({ result: { mode: 'sync', impl: cfg.impl, capped, relayDown: relayDown(), elapsedMs: done.t, ranMs: last.t, stored: last.stored, indexed: last.indexed, cycles, samples: progress.samples } });
  });
  armCap(finish);
  const svc = makeService();
  let count = 0;
  let grewAt = Date.now();
  while (!finish.started()) {
    const started = Date.now();
    await svc.cycle();
    cycles++;
    const now = await bed.esCount(cfg.es);
    if (now > count) [count, grewAt] = [now, Date.now()];
    // a relay that went down ends the measurement: nothing more can be stored
    if (count >= cfg.target || relayDown()) break;
    // The end of what the sync can do: records a peer lists but never serves
    // whole stay failed, and their retries (backed off) have had their chance.
    if (Date.now() - grewAt > cfg.settledMs) break;
    // Later cycles retry what failed; back to back, they would only load the relays.
    await sleep(Math.max(0, cfg.cycleGapMs - (Date.now() - started)));
  }
  await finish(false);
}

/** At most `n` of fn() at once: the put gate a relay gets. */
function gate(n) {
  let active = 0;
  const waiting = [];
  return async (fn) => {
    if (active >= n) await new Promise((res) => waiting.push(res));
    active++;
    try {
      return await fn();
    } finally {
      active--;
      if (waiting.length) waiting.shift()();
    }
  };
}

/**
 * The relay's ceiling for the addon's write shape: the relay requests the
 * addon makes per record, at its widths, with no sync logic and no
 * Elasticsearch. The souls from the peer's type indexes (a GET each); per
 * record from the peer, a GET of the record and one of its `meta` child
 * (fetchConcurrency records in flight); to the local relay through one put
 * gate of putConcurrency, the flat puts `<soul>/meta` and then `<soul>` with
 * the `meta` link, putConcurrency records at once as the addon's put stage
 * stores them; once both are answered, a read-back GET of `<soul>` off
 * the put path; per batch of batchSize stored records, each new type index
 * entry as a flat node and then one put per type of the index's links to
 * them, and one node entry put per record, through the same gate and not
 * awaited by the record puts.
 */
async function ceiling() {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });
  const get = (base, soul) => new Promise((resolve, reject) => {
    http.get(`${base}/get?soul=${encodeURIComponent(soul)}`, { agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    }).on('error', reject);
  });
  const put = (base, soul, data) => new Promise((resolve, reject) => {
    const payload = Buffer.from(JSON.stringify({ soul, data }));
    const req = http.request(`${base}/put`, {
      method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Content-Length': payload.length },
    }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.setTimeout(30000, () => req.destroy(new Error('put timeout')));
    req.on('error', reject);
    req.end(payload);
  });
  const putGate = gate(cfg.putConcurrency);
  const fetchGate = gate(cfg.fetchConcurrency);
  const readBackGate = gate(cfg.fetchConcurrency);
  let stored = 0;
  let readBackWhole = 0;
  const progress = startProgress(() => ({ done: stored }));
  const finish = ender(async (capped) => {
    const last = await progress.stop();
    out({ result: { mode: 'ceiling', capped, elapsedMs: last.t, stored, readBackWhole, samples: progress.samples } });
  });
  armCap(finish);
  const souls = [];
  for (const t of cfg.recordTypes) {
    const r = await get(cfg.peerRelay, `oip:registry:index:${t}`);
    if (r.status === 200) souls.push(...Object.keys(JSON.parse(r.body).data || {}).map((soul) => ({ soul, type: t })));
  }
  const pending = new Set();
  const offPath = (p) => {
    pending.add(p);
    p.finally(() => pending.delete(p));
  };
  let batch = [];
  const register = (list) => offPath((async () => {
    const now = Date.now();
    const byType = {};
    for (const { soul, type } of list) (byType[type] = byType[type] || {})[soul] = { soul, nodeId: NODE_ID, timestamp: now };
    const putOne = (soul, data) => putGate(() => put(cfg.localRelay, soul, data)).catch(() => 0);
    // a type index's entries as flat nodes, then the index with links to those that landed
    const indexes = Object.entries(byType).map(async ([type, entries]) => {
      const index = `oip:registry:index:${type}`;
      const links = {};
      await Promise.all(Object.entries(entries).map(async ([soul, entry]) => {
        if ((await putOne(`${index}/${soul}`, entry)) === 200) links[soul] = { '#': `${index}/${soul}` };
      }));
      if (Object.keys(links).length) await putOne(index, links);
    });
    const nodeEntries = list.map(({ soul, type, creatorPubKey }) => putOne(`oip:registry:nodes:${NODE_ID}:${soul}`, {
      did: `did:gun:${soul}`, soul, recordType: type, creatorPubKey, nodeId: NODE_ID, timestamp: now, oipVersion: '0.8.0',
    }));
    await Promise.all([...indexes, ...nodeEntries]);
  })());
  let next = 0;
  // putConcurrency records on their way to the local relay, fetchConcurrency of them read from the peer at once
  const workers = Array.from({ length: cfg.putConcurrency }, async () => {
    while (next < souls.length && !finish.started()) {
      const { soul, type } = souls[next++];
      const read = await fetchGate(async () => {
        const r = await get(cfg.peerRelay, soul).catch(() => null);
        if (!r || r.status !== 200) return null;
        const m = await get(cfg.peerRelay, `${soul}/meta`).catch(() => null);
        if (!m || m.status !== 200) return null;
        const { _: _ignored, ...meta } = JSON.parse(m.body).data;
        return { node: JSON.parse(r.body).data, meta };
      });
      if (!read) continue;
      const { node, meta } = read;
      const metaOk = await putGate(() => put(cfg.localRelay, `${soul}/meta`, meta)).catch(() => 0);
      if (metaOk !== 200) continue;
      // the relay parses data/oip; they are stored as the JSON strings OIP writes
      const record = { data: JSON.stringify(node.data), oip: JSON.stringify(node.oip), meta: { '#': `${soul}/meta` } };
      if ((await putGate(() => put(cfg.localRelay, soul, record)).catch(() => 0)) !== 200) continue;
      stored++;
      offPath(readBackGate(async () => {
        const back = await get(cfg.localRelay, soul).catch(() => null);
        const d = back && back.status === 200 ? JSON.parse(back.body).data : null;
        if (d && d.data && d.oip && d.meta) readBackWhole++;
      }));
      batch.push({ soul, type, creatorPubKey: node.oip && node.oip.creator ? node.oip.creator.publicKey : null });
      if (batch.length >= cfg.batchSize) {
        register(batch);
        batch = [];
      }
    }
  });
  await Promise.all(workers);
  if (batch.length) register(batch);
  while (pending.size) await Promise.all([...pending]);
  await finish(false);
  agent.destroy();
}

async function idle() {
  const svc = makeService();
  const admins = { localRelay: cfg.localRelayAdmin, peerRelay: cfg.peerRelayAdmin, es: cfg.esAdmin };
  const cycles = [];
  const finish = ender(async (capped) => {
    out({ result: { mode: 'idle', impl: cfg.impl, capped, cycles } });
  });
  armCap(finish);
  for (let i = 0; i <= cfg.idleCycles && !finish.started(); i++) {
    const before = await bed.snapshots(admins);
    const t0 = process.hrtime.bigint();
    const r = await svc.cycle();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const after = await bed.snapshots(admins);
    const req = {};
    for (const k of Object.keys(admins)) req[k] = bed.countWhere(bed.diffCounters(before[k], after[k]), () => true);
    cycles.push({ first: i === 0, ms: +ms.toFixed(2), requests: req, synced: r.synced, discovered: r.discovered });
    out({ progress: { t: elapsed(), cycle: i, ms } });
  }
  await finish(false);
}

const modes = { sync, ceiling, idle };
modes[cfg.mode]().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
    process.exit(1);
  },
);
