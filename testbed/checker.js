'use strict';
/**
 * The fault suite's checker: a history of what the system acknowledged, and
 * the invariants the final state of every node must meet once faults have
 * healed and a few clean cycles ran. Everything is read raw (HTTP GET and
 * `_mget`, no addon code), so the checker cannot share a bug with the addon.
 *
 *   const h = new History();
 *   h.published(did, { soul, type, source })  a record whose publication was
 *                                            acknowledged (`source` is the
 *                                            Elasticsearch document every
 *                                            node must end up holding)
 *   h.tombstoned(did)                        a tombstone markDeleted acknowledged
 *   h.live() / h.dead()                      [[did, rec], ...]
 *
 *   await readState(node, h, opts)  -> { es, relay, registry } of one node
 *   await check(h, nodes, opts)     -> { ok, violations, states }
 *     nodes: [{ name, relayUrl, esUrl, esHeaders? }]
 *     opts:  { index = 'records', registryRoot = 'oip:registry', types,
 *              relayTries = 25, relayEveryMs = 150 }
 *     invariants (violation.invariant):
 *       'no-loss'          every live record is in every node's Elasticsearch
 *                          (with its content) and readable on its relay
 *       'no-resurrection'  no tombstoned record is in any node's
 *                          Elasticsearch, relay or registry type index
 *       'agreement'        all nodes hold the same live records with the
 *                          same Elasticsearch content
 *   checkIdle(report, { types, peers, known })
 *       'idempotence'      an idle cycle changes nothing and costs at most
 *                          types x peers index GETs plus one tombstone-index
 *                          GET per node (each peer and the local relay) and
 *                          ceil(known / 1000) Elasticsearch requests
 *   sameState(a, b)        -> [] or the differences of two readState digests
 *   checkBackoff(attempts, { baseMs, maxMs, permanent, slackMs = 250 })
 *       'bounded-effort'   consecutive attempts (cycle start times in ms, or
 *                          { t, permanent } with the class of that attempt's
 *                          failure) of a failing record or deletion are at
 *                          least the backoff's shortest delay apart: half
 *                          the window, min(base * 2^(n-1), max) after attempt
 *                          n, or max after a permanent failure (jitter is
 *                          0.5..1 x window)
 *   format(violations)     -> text for an assertion message
 */

const { isDeepStrictEqual } = require('util');
const { request: httpRequest } = require('./http');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** One HTTP request without keep-alive (15 s timeout unless told): { status, json, text, ... }. */
const request = (url, { timeoutMs = 15000, ...opts } = {}) => httpRequest(url, { ...opts, timeoutMs });

class History {
  constructor() {
    this.records = new Map(); // did -> { soul, type, source, tombstoned }
    this.events = [];
  }

  published(did, { soul, type, source }) {
    this.records.set(did, { soul, type, source, tombstoned: false });
    this.events.push({ t: Date.now(), op: 'published', did });
  }

  tombstoned(did) {
    const r = this.records.get(did);
    if (!r) throw new Error(`History: tombstone of an unknown record ${did}`);
    r.tombstoned = true;
    this.events.push({ t: Date.now(), op: 'tombstoned', did });
  }

  live() {
    return [...this.records].filter(([, r]) => !r.tombstoned);
  }

  dead() {
    return [...this.records].filter(([, r]) => r.tombstoned);
  }
}

/** did -> _source, or null when absent; throws on any answer but 200 / index 404. */
async function esMget(node, index, ids) {
  const out = new Map();
  for (let i = 0; i < ids.length; i += 1000) {
    const chunk = ids.slice(i, i + 1000);
    const r = await request(`${node.esUrl}/${encodeURIComponent(index)}/_mget`, {
      method: 'POST',
      body: { ids: chunk },
      headers: node.esHeaders || {},
    });
    if (r.status === 404 && r.json && r.json.error && r.json.error.type === 'index_not_found_exception') {
      for (const id of chunk) out.set(id, null);
      continue;
    }
    if (r.status !== 200 || !r.json || !Array.isArray(r.json.docs)) {
      throw new Error(`checker: _mget on ${node.name}: status ${r.status}: ${r.text.slice(0, 300)}`);
    }
    for (const d of r.json.docs) out.set(d._id, d.found ? d._source : null);
  }
  return out;
}

const relayGet = (relayUrl, soul) => request(`${relayUrl}/get?soul=${encodeURIComponent(soul)}`);

/** A relay may answer 404 or part of a node on first reads: poll until `ok` or out of tries. */
async function relayRead(relayUrl, soul, ok, { tries, everyMs }) {
  let last;
  for (let i = 0; i < tries; i++) {
    try {
      last = await relayGet(relayUrl, soul);
    } catch (e) {
      last = { status: 0, error: e.message };
    }
    if (ok(last)) return last;
    await sleep(everyMs);
  }
  return last;
}

const wholeRecord = (r) => r.status === 200 && r.json && r.json.data && r.json.data.data !== undefined && r.json.data.oip !== undefined;

/** Souls listed (non-null) in a type index; null when the index reads 404. */
function indexSouls(json) {
  if (!json || !json.data) return new Set();
  const out = new Set();
  for (const [key, entry] of Object.entries(json.data)) {
    if (entry === null) continue;
    if (entry && typeof entry === 'object' && typeof entry.soul === 'string') out.add(entry.soul);
    else out.add(key);
  }
  return out;
}

async function readState(node, history, opts = {}) {
  const { index = 'records', registryRoot = 'oip:registry', types = [], relayTries = 25, relayEveryMs = 150 } = opts;
  const dids = [...history.records.keys()];
  const es = await esMget(node, index, dids);
  // Reads run concurrently: a relay answers a missing soul only after its
  // missing-soul wait. Live records are polled until whole (relays surface
  // fresh nodes late); a tombstoned one is read once: any read showing the
  // record is a resurrection.
  const relay = new Map();
  await Promise.all([...history.records].map(async ([did, rec]) => {
    const r = rec.tombstoned
      ? await relayRead(node.relayUrl, rec.soul, () => true, { tries: 1, everyMs: relayEveryMs })
      : await relayRead(node.relayUrl, rec.soul, wholeRecord, { tries: relayTries, everyMs: relayEveryMs });
    relay.set(did, { status: r.status, data: r.json && r.json.data });
  }));
  const registry = new Map();
  await Promise.all(types.map(async (t) => {
    const soul = `${registryRoot}:index:${t}`;
    const r = await relayRead(node.relayUrl, soul, (x) => x.status === 200, { tries: 3, everyMs: relayEveryMs });
    registry.set(t, r.status === 200 ? indexSouls(r.json) : new Set());
  }));
  return { node: node.name, es, relay, registry };
}

/** The relay's view of a record's content: `data` parsed back, as the relay API gives it. */
function relayContent(data) {
  return data ? { data: data.data, oip: data.oip } : null;
}

async function check(history, nodes, opts = {}) {
  const states = await Promise.all(nodes.map((node) => readState(node, history, opts)));
  const violations = [];
  const v = (invariant, node, did, detail) => violations.push({ invariant, node, did, detail });

  for (const s of states) {
    for (const [did, rec] of history.live()) {
      const doc = s.es.get(did);
      if (!doc) v('no-loss', s.node, did, 'not in Elasticsearch');
      else if (rec.source && !isDeepStrictEqual(doc, rec.source)) {
        v('no-loss', s.node, did, `Elasticsearch content differs: ${JSON.stringify(doc).slice(0, 300)}`);
      }
      const r = s.relay.get(did);
      if (!(r.status === 200 && r.data && r.data.data !== undefined && r.data.oip !== undefined)) {
        v('no-loss', s.node, did, `relay read ${r.status} ${JSON.stringify(r.data || null).slice(0, 200)}`);
      } else if (rec.source && !isDeepStrictEqual(r.data.data, rec.source.data)) {
        v('no-loss', s.node, did, `relay content differs: ${JSON.stringify(relayContent(r.data)).slice(0, 300)}`);
      }
    }
    for (const [did, rec] of history.dead()) {
      if (s.es.get(did)) v('no-resurrection', s.node, did, 'in Elasticsearch');
      const r = s.relay.get(did);
      if (r.status === 200 && r.data && (r.data.data !== undefined || r.data.oip !== undefined)) {
        v('no-resurrection', s.node, did, `relay has it: ${JSON.stringify(r.data).slice(0, 200)}`);
      }
      for (const [t, souls] of s.registry) if (souls.has(rec.soul)) v('no-resurrection', s.node, did, `in registry index ${t}`);
    }
  }
  // Agreement: same live set, same content, on every node.
  for (const [did] of history.records) {
    const seen = states.map((s) => s.es.get(did) || null);
    for (let i = 1; i < seen.length; i++) {
      if (!isDeepStrictEqual(seen[0], seen[i])) {
        v('agreement', `${states[0].node}/${states[i].node}`, did,
          `${JSON.stringify(seen[0]).slice(0, 150)} vs ${JSON.stringify(seen[i]).slice(0, 150)}`);
      }
    }
  }
  return { ok: violations.length === 0, violations, states };
}

/** Differences between two readState results of one node (idempotence). */
function sameState(a, b) {
  const diffs = [];
  for (const [did, doc] of a.es) if (!isDeepStrictEqual(doc, b.es.get(did))) diffs.push(`es ${did}`);
  for (const [did, r] of a.relay) {
    const x = b.relay.get(did);
    if ((r.status === 200) !== (x.status === 200) || !isDeepStrictEqual(relayContent(r.data), relayContent(x.data))) diffs.push(`relay ${did}`);
  }
  for (const [t, souls] of a.registry) {
    const other = b.registry.get(t) || new Set();
    // Only removals matter: a relay may surface more of an index on a later read, never an entry the sync removed.
    for (const s of souls) if (!other.has(s)) diffs.push(`registry ${t} lost ${s}`);
  }
  return diffs;
}

function checkIdle(report, { types, peers, known }) {
  const violations = [];
  const v = (detail) => violations.push({ invariant: 'idempotence', node: '', did: '', detail });
  const maxPeer = types * peers + peers;
  const maxEs = Math.ceil(known / 1000);
  if (report.synced !== 0) v(`an idle cycle synced ${report.synced}`);
  if (report.failed.length !== 0) v(`an idle cycle failed ${JSON.stringify(report.failed).slice(0, 300)}`);
  if (report.deletionsApplied !== 0) v(`an idle cycle applied ${report.deletionsApplied} deletions`);
  if (report.requests.peers > maxPeer) v(`${report.requests.peers} peer requests > ${types} types x ${peers} peers + ${peers} tombstone reads`);
  // The local relay: its type indexes (discovery from the local registry) and
  // its tombstone index; and repair's spot-checks: a record that reads whole
  // costs its node and child reads (at most 3), one the relay dropped at most
  // 19 (3 reads of them, the put, 3 read-backs).
  const repair = report.repair || { checked: 0, dropped: 0 };
  const maxLocal = types + 1 + 3 * repair.checked + 16 * repair.dropped;
  if (report.requests.localRelay > maxLocal) {
    v(`${report.requests.localRelay} local relay requests > ${types} types + 1 tombstone read + ${repair.checked} repair checks (${repair.dropped} dropped)`);
  }
  if (report.requests.elasticsearch > maxEs) v(`${report.requests.elasticsearch} Elasticsearch requests > ceil(${known}/1000)`);
  return violations;
}

function checkBackoff(attempts, { baseMs, maxMs, permanent = false, slackMs = 250, what = '' }) {
  const violations = [];
  // An attempt is a time, or { t, permanent } when its failure's class is known.
  const times = attempts.map((a) => (typeof a === 'number' ? a : a.t));
  const isPermanent = (a) => (typeof a === 'number' ? permanent : Boolean(a.permanent));
  for (let n = 1; n < times.length; n++) {
    const window = isPermanent(attempts[n - 1]) ? maxMs : Math.min(baseMs * 2 ** (n - 1), maxMs);
    const gap = times[n] - times[n - 1];
    if (gap < window / 2 - slackMs) {
      violations.push({
        invariant: 'bounded-effort',
        node: '',
        did: what,
        detail: `attempt ${n + 1} came ${gap} ms after attempt ${n}; the backoff allows no attempt before ${window / 2} ms`,
      });
    }
  }
  return violations;
}

function format(violations) {
  return violations.map((x) => `[${x.invariant}] ${x.node} ${x.did}: ${x.detail}`).join('\n');
}

module.exports = { History, request, esMget, relayGet, readState, check, checkIdle, sameState, checkBackoff, format };
