#!/usr/bin/env node
'use strict';
/**
 * A GUN relay as OIP nodes run it: an HTTP API (POST /put, GET /get, GET /list)
 * over the real `gun` package with `gun/sea` loaded and radisk storage, plus the
 * test bed's counters, fault table and admin API (see faults.js).
 *
 *   node testbed/gun-relay.js [--port 0] [--admin-port 0] [--data-dir DIR]
 *        [--put-delay-ms 100] [--missing-wait-ms 3000]
 *        [--peers http://127.0.0.1:P/gun,...] [--seed 1]
 *
 * GUN_RELAY_JSON_PARSE=sync in the environment makes radisk read its files
 * with JSON.parse instead of GUN's yielding parser (lib/yson.js), which
 * decodes some keys and strings that straddle one of its 32 KiB slices wrong
 * (bench/durability.js shows what that costs); production relays run the
 * yielding parser, so the default does too. It is an environment variable
 * so that it reaches relays started through the launcher.
 *
 * Once listening it prints one line on stdout, READY {"port":n,"adminPort":m};
 * everything else (GUN's own chatter included) goes to stderr. Port 0 picks a
 * free port. Without --data-dir it uses a fresh temporary directory and removes
 * it on exit. SIGTERM / SIGINT stop it.
 *
 * As a module: startRelay(opts) -> Promise<{ port, adminPort, dataDir, close() }>
 * with opts { port, adminPort, host, dataDir, putDelayMs, missingWaitMs, peers,
 * seed, jsonParse: 'yielding' | 'sync' }. GUN keeps timers and peer sockets of its own that it cannot shut
 * down, so a process that hosts a relay should exit to be rid of it.
 */

const http = require('http');
const fs = require('fs');
const os = require('os');
const path = require('path');
const {
  createCounters,
  createFaultTable,
  withFaults,
  startAdminServer,
  sendJson,
  listen,
  closeServer,
  announceReady,
} = require('./faults');

const GUN_INTERNAL_KEYS = new Set(['_', '#', '>', '<']);

function parseMaybeJson(value) {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch (_) {
    return value;
  }
}

/** What GET /get answers for a node GUN handed over: null when nothing is left. */
function cleanNode(node) {
  const out = {};
  for (const key of Object.keys(node)) {
    if (GUN_INTERNAL_KEYS.has(key)) continue;
    const value = node[key];
    if (value === null || value === undefined) continue; // GUN's tombstone
    out[key] = key === 'data' || key === 'oip' ? parseMaybeJson(value) : value;
  }
  return Object.keys(out).length > 0 ? out : null;
}

function recordTypeOf(data) {
  const oip = data && typeof data === 'object' ? parseMaybeJson(data.oip) : null;
  return (oip && typeof oip === 'object' && oip.recordType) || null;
}

/** The soul a request is about, for fault rules: ?soul= or the JSON body's soul. */
function soulOf(req, body) {
  const url = new URL(req.url, 'http://relay');
  if (url.searchParams.has('soul')) return url.searchParams.get('soul');
  if (req.method === 'POST' && body.length > 0) {
    try {
      const soul = JSON.parse(body.toString('utf8')).soul;
      return typeof soul === 'string' ? soul : undefined;
    } catch (_) {
      return undefined;
    }
  }
  return undefined;
}

async function startRelay(opts = {}) {
  const {
    port = 0,
    adminPort = 0,
    host = '127.0.0.1',
    putDelayMs = 100,
    missingWaitMs = 3000,
    peers = [],
    seed = 1,
    jsonParse = 'yielding',
  } = opts;
  if (jsonParse !== 'yielding' && jsonParse !== 'sync') throw new Error(`jsonParse must be "yielding" or "sync", got ${jsonParse}`);
  let dataDir = opts.dataDir;
  const ownsDataDir = !dataDir;
  if (ownsDataDir) dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gun-relay-'));
  else fs.mkdirSync(dataDir, { recursive: true });

  // Loaded here, not at the top, so that the CLI can route GUN's console output first.
  const Gun = require('gun');
  require('gun/sea');
  if (jsonParse === 'sync') {
    // radisk takes JSON.parseAsync when it starts, which loading yson sets: set it after.
    require('gun/lib/yson');
    JSON.parseAsync = (text, done, revive) => {
      let value;
      try {
        value = JSON.parse(text, revive);
      } catch (e) {
        return done(e);
      }
      return done(undefined, value);
    };
  }

  // Production keeps this only in memory: /list forgets everything on restart.
  const publisherIndex = new Map();
  const counters = createCounters();
  const faults = createFaultTable({ seed });
  let gun;

  function handlePut(req, res, body) {
    let soul;
    let data;
    try {
      ({ soul, data } = JSON.parse(body.toString('utf8')));
    } catch (_) {
      return sendJson(res, 400, { error: 'Invalid JSON' });
    }
    let answered = false;
    // No timeout of our own: production relays have none, and GUN's ack may never come.
    gun.get(soul).put(data, (ack) => {
      // With peers GUN acks once per peer; the first ack decides, as in production.
      if (answered) return;
      answered = true;
      if (ack.err) return sendJson(res, 500, { error: ack.err });
      const prefix = String(soul).split(':')[0];
      if (prefix) {
        const list = publisherIndex.get(prefix) || [];
        const record = { soul, data, recordType: recordTypeOf(data), storedAt: Date.now() };
        const at = list.findIndex((r) => r.soul === soul);
        if (at >= 0) list[at] = record;
        else list.push(record);
        publisherIndex.set(prefix, list);
      }
      setTimeout(() => sendJson(res, 200, { success: true, soul }), putDelayMs);
    });
    return undefined;
  }

  function handleGet(req, res, url) {
    const soul = url.searchParams.get('soul');
    if (!soul) return sendJson(res, 400, { error: 'Soul parameter required' });
    const chain = gun.get(soul);
    let timer = null;
    let done = false;
    const finish = (node) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      chain.off();
      const clean = node ? cleanNode(node) : null;
      if (clean) sendJson(res, 200, { success: true, data: clean });
      else sendJson(res, 404, { error: 'Not found' });
    };
    // As production: answer with the first node GUN hands over, whole or not;
    // .on (rather than .once) makes GUN ask its peers too.
    chain.on((node) => {
      if (node) finish(node);
    });
    if (!done) timer = setTimeout(() => finish(null), missingWaitMs);
    return undefined;
  }

  function handleList(req, res, url) {
    const q = url.searchParams;
    const publisherHash = q.get('publisherHash');
    if (!publisherHash) return sendJson(res, 400, { error: 'publisherHash parameter required' });
    const limit = Math.max(0, parseInt(q.get('limit') || '50', 10) || 50);
    const offset = Math.max(0, parseInt(q.get('offset') || '0', 10) || 0);
    const recordType = q.get('recordType');
    let records = publisherIndex.get(publisherHash) || [];
    if (recordType) records = records.filter((r) => r.recordType === recordType);
    return sendJson(res, 200, { success: true, records: records.slice(offset, offset + limit) });
  }

  function handler(req, res, body) {
    const url = new URL(req.url, 'http://relay');
    if (req.method === 'POST' && url.pathname === '/put') return handlePut(req, res, body);
    if (req.method === 'GET' && url.pathname === '/get') return handleGet(req, res, url);
    if (req.method === 'GET' && url.pathname === '/list') return handleList(req, res, url);
    return sendJson(res, 404, { error: 'Endpoint not found' });
  }

  // the peak of puts of records and their child nodes in flight (registry and deletion souls start with `oip:`)
  const recordPut = (req, soul) => (req.method === 'POST' && typeof soul === 'string' && !soul.startsWith('oip:') ? 'POST /put record' : null);
  const server = http.createServer(withFaults(handler, { faults, counters, soulOf, inFlightKey: recordPut }));
  gun = Gun({
    web: server, // GUN's websocket endpoint /gun, for peering
    file: dataDir,
    radisk: true,
    localStorage: false,
    multicast: false,
    axe: false,
    // GUN's stats module writes a file into its own package directory every 5 s.
    stats: false,
    peers,
  });

  const boundPort = await listen(server, port, host);
  const admin = await startAdminServer({ port: adminPort, host, faults, counters });

  let closed = false;
  async function close() {
    if (closed) return;
    closed = true;
    await Promise.all([closeServer(server), admin.close()]);
    if (ownsDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }

  return { port: boundPort, adminPort: admin.port, dataDir, close };
}

function parseArgs(argv) {
  const flags = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new Error(`unexpected argument: ${arg}`);
    const eq = arg.indexOf('=');
    if (eq >= 0) flags[arg.slice(2, eq)] = arg.slice(eq + 1);
    else if (i + 1 < argv.length) flags[arg.slice(2)] = argv[++i];
    else throw new Error(`${arg} needs a value`);
  }
  const num = (name, def) => {
    if (flags[name] === undefined) return def;
    const n = Number(flags[name]);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number >= 0`);
    return n;
  };
  const known = ['port', 'admin-port', 'data-dir', 'put-delay-ms', 'missing-wait-ms', 'peers', 'seed'];
  for (const name of Object.keys(flags)) if (!known.includes(name)) throw new Error(`unknown option --${name}`);
  return {
    port: num('port', 0),
    adminPort: num('admin-port', 0),
    dataDir: flags['data-dir'] || undefined,
    putDelayMs: num('put-delay-ms', 100),
    missingWaitMs: num('missing-wait-ms', 3000),
    peers: (flags.peers || '').split(',').map((p) => p.trim()).filter(Boolean),
    seed: num('seed', 1),
    jsonParse: process.env.GUN_RELAY_JSON_PARSE || 'yielding',
  };
}

async function main() {
  // stdout carries only the READY line; GUN logs through console.log.
  console.log = (...args) => console.error(...args);
  // As production relays: a stray exception inside GUN must not stop the relay.
  process.on('uncaughtException', (err) => console.error('uncaught exception:', err));
  process.on('unhandledRejection', (err) => console.error('unhandled rejection:', err));

  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(err.message);
    process.exit(2);
  }
  const relay = await startRelay(opts);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await relay.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  announceReady({ port: relay.port, adminPort: relay.adminPort });
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err && err.stack ? err.stack : err);
    process.exit(1);
  });
}

module.exports = { startRelay };
