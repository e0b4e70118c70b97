'use strict';
/**
 * One throughput measurement in a process of its own (bench/throughput.js
 * starts it). Config (JSON in BENCH_CONFIG):
 *   { mode: "sync" | "ceiling" | "idle", impl: "addon" | "baseline",
 *     localRelay, localRelayAdmin, peerRelay, peerRelayAdmin, es, esAdmin,
 *     recordTypes, target, capMs, idleCycles, stateDir, fetchConcurrency, putConcurrency }
 * Prints progress lines {progress: {t, stored, indexed}} about every second
 * and one final line {result: {...}}; stops itself at capMs (the measurement
 * in flight is abandoned: the process exits).
 *
 * sync     cycles of the implementation until `target` documents are in
 *          Elasticsearch (or the cap): records stored (acknowledged by the
 *          local relay, each once), indexed
 *          (documents), elapsed ms, cycles.
 * ceiling  the relay's own ceiling: the type indexes and every record read
 *          from the peer (fetchConcurrency in flight) and put to the local
 *          relay (putConcurrency in flight), no sync logic.
 * idle     a first cycle against a node whose Elasticsearch already holds
 *          every record, then `idleCycles` idle cycles: time and requests each.
 */

const http = require('http');
const bed = require('./lib/bed');
const { quietConsole, baselineService } = require('./lib/worker');

const cfg = JSON.parse(process.env.BENCH_CONFIG);
const out = (obj) => process.stdout.write(`${JSON.stringify(obj)}\n`);
const startedAt = Date.now();
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
const LIST_PAGE = 500;
let listed = 0;
async function storedRecords() {
  for (;;) {
    const r = await bed.request(`${cfg.localRelay}/list?publisherHash=${cfg.publisher}&offset=${listed}&limit=${LIST_PAGE}`).catch(() => null);
    const n = r && r.json && Array.isArray(r.json.records) ? r.json.records.length : 0;
    listed += n;
    if (n < LIST_PAGE) return listed;
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

async function sync() {
  let cycles = 0;
  const progress = startProgress(() => ({ cycles }));
  const finish = ender(async (capped) => {
    const last = await progress.stop();
    out({ result: { mode: 'sync', impl: cfg.impl, capped, elapsedMs: last.t, stored: last.stored, indexed: last.indexed, cycles, samples: progress.samples } });
  });
  armCap(finish);
  const svc = makeService();
  while (!finish.started()) {
    await svc.cycle();
    cycles++;
    if ((await bed.esCount(cfg.es)) >= cfg.target) break;
  }
  await finish(false);
}

async function ceiling() {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
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
  let stored = 0;
  const progress = startProgress(() => ({ done: stored }));
  const finish = ender(async (capped) => {
    const last = await progress.stop();
    out({ result: { mode: 'ceiling', capped, elapsedMs: last.t, stored, samples: progress.samples } });
  });
  armCap(finish);
  // the souls, from the peer's type indexes (one GET each, as a sync does)
  const souls = [];
  for (const t of cfg.recordTypes) {
    const r = await get(cfg.peerRelay, `oip:registry:index:${t}`);
    if (r.status === 200) souls.push(...Object.keys(JSON.parse(r.body).data || {}));
  }
  // fetchConcurrency readers feed a queue that putConcurrency writers drain
  const queue = [];
  let next = 0;
  let readersLeft = cfg.fetchConcurrency;
  let wake = null;
  const readers = Array.from({ length: cfg.fetchConcurrency }, async () => {
    while (next < souls.length && !finish.started()) {
      const soul = souls[next++];
      const r = await get(cfg.peerRelay, soul).catch(() => null);
      if (r && r.status === 200) {
        const node = JSON.parse(r.body).data;
        // the relay parses data/oip; store them as the JSON strings OIP writes
        queue.push({ soul, data: { data: JSON.stringify(node.data), oip: JSON.stringify(node.oip), meta: { created: Date.now(), localId: soul.split(':')[1], encrypted: false } } });
        if (wake) wake();
      }
      // backpressure: do not read far ahead of the writers
      while (queue.length > 64 && !finish.started()) await new Promise((res) => setTimeout(res, 20));
    }
    readersLeft--;
    if (wake) wake();
  });
  const writers = Array.from({ length: cfg.putConcurrency }, async () => {
    for (;;) {
      if (finish.started()) return;
      const item = queue.shift();
      if (!item) {
        if (readersLeft === 0) return;
        await new Promise((res) => {
          wake = res;
          setTimeout(res, 50);
        });
        continue;
      }
      const status = await put(cfg.localRelay, item.soul, item.data).catch(() => 0);
      if (status === 200) stored++;
    }
  });
  await Promise.all([...readers, ...writers]);
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
