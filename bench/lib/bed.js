'use strict';
/**
 * Helpers the benchmarks share: plain HTTP against the test bed, seeding of
 * records, type indexes and tombstones in the original formats, Elasticsearch
 * document setup and counters. Every request here is made with agent:false
 * (no pooled socket outlives it), so the helpers keep nothing alive.
 */

const crypto = require('crypto');
const fs = require('fs');
const control = require('../../testbed/control');
const { request: httpRequest } = require('../../testbed/http');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** One HTTP request (30 s timeout unless told); resolves { status, json, text, ... }. */
const request = (url, { timeoutMs = 30000, ...opts } = {}) => httpRequest(url, { ...opts, timeoutMs });

/** Runs fn(item, i) over items with at most `concurrency` in flight; results in order. */
async function pool(items, concurrency, fn) {
  const out = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  });
  await Promise.all(workers);
  return out;
}

const relayPut = (relayUrl, soul, data, timeoutMs = 15000) =>
  request(`${relayUrl}/put`, { method: 'POST', body: { soul, data }, timeoutMs });
const relayGet = (relayUrl, soul, timeoutMs = 15000) =>
  request(`${relayUrl}/get?soul=${encodeURIComponent(soul)}`, { timeoutMs });

const publisherHash = (key) => crypto.createHash('sha256').update(String(key)).digest('hex').slice(0, 12);

/**
 * `n` deterministic OIP records of `recordType` from one publisher:
 * [{ soul, did, recordType, publicKey, data, oip }]. `start` offsets the local ids.
 */
function makeRecords(n, { recordType = 'post', prefix = 'bench', start = 0, publicKey = `${prefix}-publisher` } = {}) {
  const h = publisherHash(publicKey);
  const creator = { publicKey, didAddress: `did:arweave:${publicKey}` };
  const out = [];
  for (let i = start; i < start + n; i++) {
    const localId = `${prefix}-${recordType}-${i}`;
    const soul = `${h}:${localId}`;
    out.push({
      soul,
      did: `did:gun:${soul}`,
      recordType,
      publicKey,
      localId,
      data: {
        basic: {
          name: `${recordType} ${i}`,
          description: `Benchmark record ${i} of type ${recordType}, with a few words of text to index.`,
          date: 1700000000 + i,
          tagItems: '["bench","gun","sync"]',
        },
        [recordType]: { index: i, note: 'x'.repeat(64) },
      },
      oip: { ver: '0.8.0', recordType, creator },
    });
  }
  return out;
}

/** The node the original GunHelper.putRecord stores. */
const storedNode = (r) => ({
  data: JSON.stringify(r.data),
  oip: JSON.stringify(r.oip),
  meta: { created: 1700000000000, localId: r.localId, encrypted: false },
});

/**
 * What one GET of a record (and of its meta) shows on a relay: 'whole' (the
 * `data` and `oip` written, the `meta` link, and `<soul>/meta` with the
 * fields written), or the first thing missing.
 */
async function readWhole(relayUrl, r) {
  const want = storedNode(r);
  const res = await relayGet(relayUrl, r.soul, 20000).catch(() => null);
  if (!res) return 'no answer';
  if (res.status === 404) return 'record 404';
  const d = res.status === 200 && res.json && res.json.data;
  if (!d) return `record ${res.status}`;
  if (JSON.stringify(d.data) !== JSON.stringify(JSON.parse(want.data))) return 'no data';
  if (JSON.stringify(d.oip) !== JSON.stringify(JSON.parse(want.oip))) return 'no oip';
  if (!d.meta || d.meta['#'] !== `${r.soul}/meta`) return 'no meta link';
  const m = await relayGet(relayUrl, `${r.soul}/meta`, 20000).catch(() => null);
  if (!m) return 'no answer';
  if (m.status === 404) return 'meta 404';
  const md = m.status === 200 && m.json && m.json.data;
  if (!md) return `meta ${m.status}`;
  for (const [k, v] of Object.entries(want.meta)) if (md[k] !== v) return 'meta incomplete';
  return 'whole';
}

/**
 * Reads every record up to `attempts` times, `gapMs` apart, until it is whole
 * (relays answer fresh or many-field nodes partially for a moment):
 * { wholeFirst, wholeWithin, missing: {reason: n} (by the last attempt), wallMs }.
 */
async function checkWhole(relayUrl, records, { concurrency = 16, attempts = 3, gapMs = 250 } = {}) {
  const started = Date.now();
  const out = await pool(records, concurrency, async (r) => {
    let first = null;
    let last = null;
    for (let a = 0; a < attempts; a++) {
      if (a) await sleep(gapMs);
      last = await readWhole(relayUrl, r);
      if (first === null) first = last;
      if (last === 'whole') break;
    }
    return { first, last };
  });
  const missing = {};
  for (const o of out) if (o.last !== 'whole') missing[o.last] = (missing[o.last] || 0) + 1;
  return {
    wholeFirst: out.filter((o) => o.first === 'whole').length,
    wholeWithin: out.filter((o) => o.last === 'whole').length,
    missing,
    wallMs: Date.now() - started,
  };
}

/**
 * Writes records to a relay (bounded concurrency, a timeout per put), then
 * reads each back and writes again the ones that do not read back whole, a
 * few rounds. Resolves the number that never read back (0 when all did).
 */
async function seedRecords(relayUrl, records, { concurrency = 16, rounds = 4, log = () => {} } = {}) {
  let todo = records;
  for (let round = 0; round < rounds && todo.length; round++) {
    const conc = round === 0 ? concurrency : 2;
    await pool(todo, conc, async (r) => {
      try {
        await relayPut(relayUrl, r.soul, storedNode(r));
      } catch (_) {
        // an unanswered put may still land: the read-back decides
      }
    });
    const missing = await pool(todo, 16, async (r) => {
      for (let i = 0; i < 3; i++) {
        const back = await relayGet(relayUrl, r.soul).catch(() => null);
        if (back && back.status === 200 && back.json && back.json.data && back.json.data.meta && back.json.data.oip) return null;
        await sleep(200);
      }
      return r;
    });
    todo = missing.filter(Boolean);
    log(`seeded ${records.length - todo.length}/${records.length} (round ${round + 1})`);
  }
  return todo.length;
}

/**
 * Writes many records with few puts: each put carries `per` records as child
 * nodes that name their own souls (GUN's `_['#']`), so the relay stores
 * exactly the nodes a put per record would (the record, and its `meta` as a
 * child node `<soul>/meta`), under one extra node per batch that lists them.
 * Far faster than a put per record: a relay answers a put in about 250 ms
 * whatever its size, and loses nested puts when many are in flight.
 * Resolves the number of batches the relay did not acknowledge.
 */
async function seedRecordsBatched(relayUrl, records, { per = 200, concurrency = 2, log = () => {} } = {}) {
  const batches = [];
  for (let i = 0; i < records.length; i += per) batches.push(records.slice(i, i + per));
  let failed = 0;
  let done = 0;
  await pool(batches, concurrency, async (batch, k) => {
    const data = {};
    for (const r of batch) {
      const node = storedNode(r);
      data[r.localId] = { _: { '#': r.soul }, data: node.data, oip: node.oip, meta: { _: { '#': `${r.soul}/meta` }, ...node.meta } };
    }
    let ok = false;
    for (let attempt = 0; attempt < 3 && !ok; attempt++) {
      const res = await relayPut(relayUrl, `bench:seed:batch:${k}`, data, 60000).catch(() => null);
      ok = !!(res && res.status === 200);
    }
    if (!ok) failed++;
    done += batch.length;
    if (k % 10 === 9) log(`seeded ${done}/${records.length}`);
  });
  return failed;
}

/**
 * Registers records in `oip:registry:index:<type>` on a relay, in chunks
 * (GUN merges the fields), as the original's entries {soul, nodeId, timestamp}.
 */
async function registerRecords(relayUrl, records, { nodeId = 'bench-peer-node', chunk = 250, registryRoot = 'oip:registry' } = {}) {
  const byType = new Map();
  for (const r of records) {
    if (!byType.has(r.recordType)) byType.set(r.recordType, []);
    byType.get(r.recordType).push(r);
  }
  for (const [type, list] of byType) {
    for (let i = 0; i < list.length; i += chunk) {
      const entries = {};
      for (const r of list.slice(i, i + chunk)) entries[r.soul] = { soul: r.soul, nodeId, timestamp: 1700000000000 };
      let ok = false;
      for (let attempt = 0; attempt < 4 && !ok; attempt++) {
        const res = await relayPut(relayUrl, `${registryRoot}:index:${type}`, entries, 60000).catch(() => null);
        ok = !!(res && res.status === 200);
      }
      if (!ok) throw new Error(`could not register ${type} entries ${i}..${i + chunk} on ${relayUrl}`);
    }
  }
}

/** Reads a type index until it lists at least `expected` entries (relays answer partially at first); resolves the souls it listed last. */
async function indexSouls(relayUrl, type, expected, { timeoutMs = 30000, registryRoot = 'oip:registry' } = {}) {
  const until = Date.now() + timeoutMs;
  let souls = new Set();
  while (Date.now() < until) {
    const res = await relayGet(relayUrl, `${registryRoot}:index:${type}`, 20000).catch(() => null);
    souls = new Set(res && res.status === 200 && res.json && res.json.data ? Object.keys(res.json.data) : []);
    if (souls.size >= expected) return souls;
    await sleep(300);
  }
  return souls;
}

/** The number of entries indexSouls finds. */
const waitIndex = async (relayUrl, type, expected, opts) => (await indexSouls(relayUrl, type, expected, opts)).size;

/** Runs fn() with environment variables `vars` set (the launcher's children inherit them), then restores them. */
async function withEnv(vars, fn) {
  const before = {};
  for (const [k, v] of Object.entries(vars)) {
    before[k] = process.env[k];
    process.env[k] = v;
  }
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/**
 * A peer relay reads radisk's files with JSON.parse (testbed/gun-relay.js):
 * GUN's yielding parser damages big files (bench/durability.js), and a peer
 * must serve every seeded record whole for a run to the end to mean anything.
 */
const PEER_ENV = { GUN_RELAY_JSON_PARSE: 'sync' };

/** One test-bed node whose relay is a peer as PEER_ENV says (no Elasticsearch). */
const startPeer = (startNodes, opts) => withEnv(PEER_ENV, () => startNodes(1, opts));

/**
 * Seeds `records` on relay 0 of `peerBed` (started by startPeer) so that it
 * serves them reliably: each type index in puts of 100 entries, the records
 * in batched puts, then a restart of the relay on its data (a relay surfaces
 * a freshly written index of hundreds of entries partially and slowly, and
 * reading one before the restart took a relay down on this test bed; after
 * the restart an index reads at once), the entries an index still lacks
 * written again and the index read again; then every record read back, and
 * those not whole written again one by one until they are. Resolves
 * { ms, lostBatches, indexEntriesRewritten, indexEntries: {type: n},
 *   indexListed, records, wholeAfterRestart, notWholeAfterRestart,
 *   unreadableInTheEnd, listed: Set of the souls the indexes list }.
 */
async function seedPeer(peerBed, records, { log = () => {}, indexTimeoutMs = 60000 } = {}) {
  const started = Date.now();
  const relayUrl = peerBed.nodes[0].relayUrl;
  await registerRecords(relayUrl, records, { nodeId: 'bench-peer-node', chunk: 100 });
  await markDeleted(relayUrl, ['did:gun:000000000000:bench-never-existed']);
  const lostBatches = await seedRecordsBatched(relayUrl, records, { per: 100 });
  await withEnv(PEER_ENV, () => peerBed.restartRelay(0));
  const indexEntries = {};
  const listed = new Set();
  let indexEntriesRewritten = 0;
  for (const t of new Set(records.map((r) => r.recordType))) {
    const want = records.filter((r) => r.recordType === t);
    let souls = await indexSouls(relayUrl, t, want.length, { timeoutMs: indexTimeoutMs });
    const missing = want.filter((r) => !souls.has(r.soul));
    if (missing.length) {
      indexEntriesRewritten += missing.length;
      await registerRecords(relayUrl, missing, { nodeId: 'bench-peer-node', chunk: 100 });
      souls = await indexSouls(relayUrl, t, want.length, { timeoutMs: indexTimeoutMs });
    }
    indexEntries[t] = souls.size;
    for (const soul of souls) listed.add(soul);
  }
  const first = await checkWhole(relayUrl, records);
  let unreadable = records.length - first.wholeWithin;
  if (unreadable) {
    const whole = new Set();
    await pool(records, 16, async (r) => {
      if ((await readWhole(relayUrl, r)) === 'whole') whole.add(r.soul);
    });
    unreadable = await seedRecords(relayUrl, records.filter((r) => !whole.has(r.soul)), { log: (x) => log(`re-seeding: ${x}`) });
  }
  return {
    ms: Date.now() - started, lostBatches, indexEntriesRewritten, indexEntries, indexListed: listed.size,
    records: records.length, wholeAfterRestart: first.wholeWithin, notWholeAfterRestart: first.missing, unreadableInTheEnd: unreadable, listed,
  };
}

/** Resident memory of a process in MB (Linux), null when it is gone. */
function rssMb(pid) {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch (_) {
    return null;
  }
}

/** Writes tombstones in the original format: entry soul, then the index flag. */
async function markDeleted(relayUrl, dids, deletedBy = 'bench-deleter') {
  for (const did of dids) {
    await relayPut(relayUrl, `oip:deleted:records:${did}`, {
      deletedAt: 1700000000000, deletedBy, timestamp: new Date(1700000000000).toISOString(), did,
    });
  }
  const flags = {};
  for (const did of dids) flags[did] = true;
  await relayPut(relayUrl, 'oip:deleted:records:index', flags);
}

/** The Elasticsearch document the original sync writes for a record. */
function esDocument(r) {
  return { data: r.data, oip: { ...r.oip, did: r.did, didTx: r.did, storage: 'gun' } };
}

/** Bulk-indexes documents into the stand-in (or a cluster), 1000 per request, then refreshes. */
async function esIndex(esUrl, docs, index = 'records') {
  for (let i = 0; i < docs.length; i += 1000) {
    const lines = [];
    for (const { id, doc } of docs.slice(i, i + 1000)) {
      lines.push(JSON.stringify({ index: { _index: index, _id: id } }), JSON.stringify(doc));
    }
    const res = await request(`${esUrl}/_bulk`, { method: 'POST', body: `${lines.join('\n')}\n`, raw: true, timeoutMs: 120000 });
    if (res.status !== 200 || !res.json || res.json.errors) {
      throw new Error(`bulk indexing failed: ${res.status} ${res.text.slice(0, 300)}`);
    }
  }
  await request(`${esUrl}/${index}/_refresh`, { method: 'POST' });
}

/** Documents in an index (0 when it does not exist). */
async function esCount(esUrl, index = 'records') {
  await request(`${esUrl}/${index}/_refresh`, { method: 'POST' }).catch(() => null);
  const res = await request(`${esUrl}/${index}/_count`).catch(() => null);
  return res && res.status === 200 && res.json ? res.json.count : 0;
}

/** Sum of a counters snapshot's keys matching a predicate (the "total" key excluded). */
function countWhere(snapshot, pred) {
  let n = 0;
  for (const [k, v] of Object.entries(snapshot || {})) if (k !== 'total' && pred(k)) n += v;
  return n;
}

/** Counters of several servers at once: { name: snapshot }. */
async function snapshots(admins) {
  const names = Object.keys(admins);
  const snaps = await Promise.all(names.map((n) => control.counters(admins[n]).catch(() => ({}))));
  const out = {};
  names.forEach((n, i) => {
    out[n] = snaps[i];
  });
  return out;
}

/** Per-key difference b - a of two counters snapshots (keys with 0 left out). */
function diffCounters(a, b) {
  const out = {};
  for (const k of new Set([...Object.keys(a || {}), ...Object.keys(b || {})])) {
    const d = ((b || {})[k] || 0) - ((a || {})[k] || 0);
    if (d) out[k] = d;
  }
  return out;
}

module.exports = {
  sleep, request, pool, relayPut, relayGet, publisherHash, makeRecords, storedNode, readWhole, checkWhole, seedRecords, seedRecordsBatched,
  registerRecords, indexSouls, waitIndex, withEnv, PEER_ENV, startPeer, seedPeer, markDeleted, esDocument, esIndex, esCount, countWhere, snapshots, diffCounters, rssMb,
};
