'use strict';
/**
 * Request counters, a fault table and an admin HTTP API, shared by every
 * test-bed server (the GUN relay in gun-relay.js, the Elasticsearch stand-in).
 *
 * Counters
 *   createCounters() -> { inc(key), snapshot(), reset() }
 *   snapshot() is { "<METHOD> <path>": n, ..., "total": n }.
 *
 * Fault table
 *   createFaultTable({ seed = 1 }) -> { add(rule) -> id, remove(id) -> bool,
 *                                       clear(), list(), pick(info) -> rule|null }
 *   A rule selects requests with any of:
 *     method    "GET", "POST", ... (exact)
 *     path      "/get" (exact) or "/_bulk*" (prefix, trailing "*")
 *     soul      exact equality with soulOf(req, body) (a GUN soul, an ES doc id)
 *     match     substring of the decoded URL, the soul or the request body text
 *     times     fire on the next N matching requests only, then the rule is spent
 *     fraction  0..1: fire on that share of matching requests, drawn from a
 *               mulberry32 PRNG seeded with rule.seed (default: the table seed),
 *               so the same seed and request sequence give the same pattern
 *   and has one action (the first active rule that selects a request wins):
 *     { status, body?, headers? }  answer at once, handler not run; an object
 *                                   body is sent as JSON, a string body raw
 *     { latencyMs }                 wait, then run the handler normally
 *     { drop: true }                destroy the socket, handler not run
 *     { hang: true }                never answer, handler not run (the socket
 *                                   stays open until the client or close gives up)
 *     { dropMidBody: true }         run the handler, send its headers and half of
 *                                   its body, then destroy the socket
 *     { truncate: true }            run the handler, send the first half of its
 *                                   body with a Content-Length of that half
 *     { garble: true }              run the handler, answer 200 with invalid JSON
 *     { trickleBytesPerSec: n }     run the handler, send its body at n bytes/s
 *   A server may add actions of its own (createFaultTable's extraActions,
 *   withFaults' extraActions), e.g. es-proxy.js's itemStatus.
 *   Handler side effects happen for the last five, as when a proxy mangles an
 *   answer to a request the server did carry out.
 *
 * Wrapping a server's handler
 *   withFaults(handler, { faults, counters, keyOf?, soulOf?, extraActions? }) -> (req, res)
 *   Reads the whole request body first (so rules can match a soul inside a
 *   POST body), counts the request under keyOf(req) (default "<METHOD> <pathname>"),
 *   applies a fault if one fires, and otherwise calls
 *   handler(req, res, bodyBuffer). The handler may be async; a throw answers 500.
 *   soulOf(req, bodyBuffer) -> string|undefined; the default reads ?soul=.
 *
 * Admin API
 *   startAdminServer({ port = 0, host = "127.0.0.1", faults, counters, extra? })
 *     -> Promise<{ server, port, close() }>
 *   GET    /counters         -> counters snapshot
 *   POST   /counters/reset   -> { "success": true }
 *   GET    /faults           -> { "faults": [rule with id and remaining times, ...] }
 *   POST   /faults           body = rule -> { "id": n }   (400 on a bad rule)
 *   DELETE /faults           -> { "success": true }, clears all rules
 *   DELETE /faults/<id>      -> { "success": true } or 404
 *   extra(req, res, bodyBuffer) may answer further routes; return true if it did.
 *
 * Helpers
 *   announceReady({ port, adminPort }) prints the ready line every test-bed
 *   server prints once it listens: READY {"port":<n>,"adminPort":<m>}
 *   serverArgs(argv, names) -> options: `--flag value` pairs, each flag named in
 *   `names` ({ '--admin-port': 'adminPort' }); port, adminPort and seed are numbers
 *   listen(server, port, host) -> Promise<port>;  closeServer(server) -> Promise
 *   sendJson(res, status, obj); mulberry32(seed) -> () => [0, 1)
 */

const http = require('http');

function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function createCounters() {
  let counts = Object.create(null);
  let total = 0;
  // requests of a kind being answered now, and the most there were at once
  const inFlight = Object.create(null);
  let peaks = Object.create(null);
  return {
    inc(key) {
      counts[key] = (counts[key] || 0) + 1;
      total += 1;
    },
    /** A request of kind `key` starts; the function returned ends it. */
    enter(key) {
      inFlight[key] = (inFlight[key] || 0) + 1;
      peaks[key] = Math.max(peaks[key] || 0, inFlight[key]);
      return () => {
        inFlight[key] -= 1;
      };
    },
    snapshot() {
      return Object.assign({}, counts, { total });
    },
    peaks() {
      return Object.assign({}, peaks);
    },
    reset() {
      counts = Object.create(null);
      total = 0;
      peaks = Object.create(null);
    },
  };
}

const ACTION_KEYS = ['status', 'latencyMs', 'drop', 'hang', 'dropMidBody', 'truncate', 'garble', 'trickleBytesPerSec'];

function validateRule(rule, extraActions = []) {
  if (!rule || typeof rule !== 'object' || Array.isArray(rule)) return 'rule must be an object';
  const keys = [...ACTION_KEYS, ...extraActions];
  const actions = keys.filter((k) => rule[k] !== undefined && rule[k] !== false);
  if (actions.length !== 1) return `rule needs exactly one action of ${keys.join(', ')}`;
  if (rule.times !== undefined && !(Number.isInteger(rule.times) && rule.times > 0)) return 'times must be a positive integer';
  if (rule.fraction !== undefined && !(typeof rule.fraction === 'number' && rule.fraction >= 0 && rule.fraction <= 1)) {
    return 'fraction must be a number in 0..1';
  }
  if (rule.trickleBytesPerSec !== undefined && !(rule.trickleBytesPerSec > 0)) return 'trickleBytesPerSec must be > 0';
  if (rule.latencyMs !== undefined && !(rule.latencyMs >= 0)) return 'latencyMs must be >= 0';
  for (const key of ['status', 'itemStatus']) {
    if (rule[key] !== undefined && !(Number.isInteger(rule[key]) && rule[key] >= 100 && rule[key] <= 599)) {
      return `${key} must be an HTTP status code`;
    }
  }
  return null;
}

function createFaultTable({ seed = 1, extraActions = [] } = {}) {
  let rules = [];
  let nextId = 1;

  function selects(rule, info) {
    if (rule.method && rule.method.toUpperCase() !== info.method) return false;
    if (rule.path) {
      if (rule.path.endsWith('*')) {
        if (!info.path.startsWith(rule.path.slice(0, -1))) return false;
      } else if (rule.path !== info.path) return false;
    }
    if (rule.soul !== undefined && rule.soul !== info.soul) return false;
    if (rule.match !== undefined) {
      const m = String(rule.match);
      if (!(info.url.includes(m) || (info.soul || '').includes(m) || info.bodyText.includes(m))) return false;
    }
    return true;
  }

  return {
    add(rule) {
      const err = validateRule(rule, extraActions);
      if (err) throw new Error(err);
      const id = nextId++;
      const stored = Object.assign({}, rule, { id });
      // Each rule draws from its own PRNG so its pattern does not depend on other rules.
      Object.defineProperty(stored, 'rand', { value: mulberry32(rule.seed !== undefined ? rule.seed : seed) });
      rules.push(stored);
      return id;
    },
    remove(id) {
      const before = rules.length;
      rules = rules.filter((r) => r.id !== id);
      return rules.length !== before;
    },
    clear() {
      rules = [];
    },
    list() {
      return rules.map((r) => Object.assign({}, r));
    },
    /** info: { method, path, url (decoded), soul, bodyText } */
    pick(info) {
      for (const rule of rules) {
        if (!selects(rule, info)) continue;
        // The PRNG advances once per selected request, fired or not: deterministic per seed.
        if (rule.fraction !== undefined && !(rule.rand() < rule.fraction)) continue;
        if (rule.times !== undefined) {
          rule.times -= 1;
          if (rule.times <= 0) rules = rules.filter((r) => r !== rule);
        }
        return rule;
      }
      return null;
    },
  };
}

function sendJson(res, status, obj) {
  const body = Buffer.from(JSON.stringify(obj));
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': body.length,
    'Access-Control-Allow-Origin': '*',
  });
  res.end(body);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function safeDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch (_) {
    return s;
  }
}

function defaultSoulOf(req) {
  const soul = new URL(req.url, 'http://x').searchParams.get('soul');
  return soul === null ? undefined : soul;
}

function toBuffer(chunk, encoding) {
  if (chunk === undefined || chunk === null) return Buffer.alloc(0);
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8');
}

/**
 * Lets the handler write its answer as usual, but keeps it instead of sending
 * it; resolves with { status, body } when the handler ends the response. The
 * headers it set stay on res. restore() gives res back its real methods.
 */
function captureResponse(res) {
  let status;
  const chunks = [];
  let done;
  const finished = new Promise((resolve) => (done = resolve));
  res.writeHead = (code, a, b) => {
    status = code;
    const headers = typeof a === 'string' ? b : a;
    if (headers) for (const k of Object.keys(headers)) res.setHeader(k, headers[k]);
    return res;
  };
  res.write = (chunk, encoding, cb) => {
    chunks.push(toBuffer(chunk, encoding));
    if (typeof encoding === 'function') encoding();
    else if (typeof cb === 'function') cb();
    return true;
  };
  res.end = (chunk, encoding, cb) => {
    if (typeof chunk === 'function') chunk = undefined;
    else chunks.push(toBuffer(chunk, encoding));
    done({ status: status !== undefined ? status : res.statusCode, body: Buffer.concat(chunks) });
    return res;
  };
  const restore = () => {
    delete res.writeHead;
    delete res.write;
    delete res.end;
  };
  return { finished, restore };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function destroySocket(req) {
  req.socket.destroy();
}

function sendTrickle(res, status, body, bytesPerSec) {
  res.setHeader('Content-Length', body.length);
  res.writeHead(status);
  const tickMs = 100;
  const perTick = Math.max(1, Math.round((bytesPerSec * tickMs) / 1000));
  let offset = 0;
  const timer = setInterval(() => {
    if (res.destroyed || res.socket === null) return clearInterval(timer);
    const next = body.subarray(offset, offset + perTick);
    offset += next.length;
    if (offset >= body.length) {
      clearInterval(timer);
      res.end(next);
    } else {
      res.write(next);
    }
  }, tickMs);
  res.on('close', () => clearInterval(timer));
}

async function applyShapingFault(rule, req, res, handler, body) {
  const cap = captureResponse(res);
  const ran = Promise.resolve()
    .then(() => handler(req, res, body))
    .catch((err) => {
      if (!res.headersSent) sendJson(res, 500, { error: String((err && err.message) || err) });
    });
  const answer = await cap.finished;
  cap.restore();
  await ran;
  if (res.destroyed) return;
  if (rule.garble) {
    const junk = Buffer.from('{"success": tru');
    res.setHeader('Content-Length', junk.length);
    res.writeHead(200);
    res.end(junk);
  } else if (rule.truncate) {
    const part = answer.body.subarray(0, Math.floor(answer.body.length / 2));
    res.setHeader('Content-Length', part.length);
    res.writeHead(answer.status);
    res.end(part);
  } else if (rule.dropMidBody) {
    const part = answer.body.subarray(0, Math.floor(answer.body.length / 2));
    res.setHeader('Content-Length', answer.body.length);
    res.writeHead(answer.status);
    res.write(part, () => destroySocket(req));
  } else {
    sendTrickle(res, answer.status, answer.body, rule.trickleBytesPerSec);
  }
}

/**
 * `inFlightKey(req, soul)`, when given, names the kind of request whose
 * peak concurrency the counters keep (null: none), from arrival to the end
 * of the answer.
 */
function withFaults(handler, { faults, counters, keyOf, soulOf, inFlightKey, extraActions = {} } = {}) {
  const key = keyOf || ((req) => `${req.method} ${new URL(req.url, 'http://x').pathname}`);
  const soulFn = soulOf || defaultSoulOf;
  const run = (req, res, body) =>
    Promise.resolve()
      .then(() => handler(req, res, body))
      .catch((err) => {
        if (!res.headersSent) sendJson(res, 500, { error: String((err && err.message) || err) });
        else res.destroy();
      });

  return async function faultyHandler(req, res) {
    let body;
    try {
      body = await readBody(req);
    } catch (_) {
      return; // the client went away mid-request
    }
    if (counters) counters.inc(key(req));
    let soul;
    try {
      soul = soulFn(req, body);
    } catch (_) {
      soul = undefined;
    }
    const kind = counters && inFlightKey ? inFlightKey(req, soul) : null;
    if (kind) res.once('close', counters.enter(kind));
    let rule = null;
    if (faults) {
      rule = faults.pick({
        method: req.method,
        path: new URL(req.url, 'http://x').pathname,
        url: safeDecode(req.url),
        soul,
        bodyText: body.toString('utf8'),
      });
    }
    if (!rule) return run(req, res, body);
    if (rule.status !== undefined) {
      const raw = typeof rule.body === 'string' ? Buffer.from(rule.body) : Buffer.from(JSON.stringify(rule.body !== undefined ? rule.body : { error: 'injected fault' }));
      res.writeHead(rule.status, Object.assign({ 'Content-Type': 'application/json', 'Content-Length': raw.length, 'Access-Control-Allow-Origin': '*' }, rule.headers || {}));
      return res.end(raw);
    }
    if (rule.latencyMs !== undefined) {
      await sleep(rule.latencyMs);
      return run(req, res, body);
    }
    if (rule.drop) return destroySocket(req);
    if (rule.hang) return undefined;
    const extra = Object.keys(extraActions).find((k) => rule[k] !== undefined);
    if (extra) return extraActions[extra](rule, req, res, body);
    return applyShapingFault(rule, req, res, handler, body);
  };
}

function listen(server, port, host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.removeListener('error', reject);
      resolve(server.address().port);
    });
  });
}

/** Closes a server and every connection on it, hung ones included. */
function closeServer(server) {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

async function startAdminServer({ port = 0, host = '127.0.0.1', faults, counters, extra } = {}) {
  const server = http.createServer(async (req, res) => {
    let body;
    try {
      body = await readBody(req);
    } catch (_) {
      return;
    }
    const path = new URL(req.url, 'http://x').pathname;
    try {
      if (req.method === 'GET' && path === '/counters') return sendJson(res, 200, counters.snapshot());
      if (req.method === 'GET' && path === '/counters/peaks') return sendJson(res, 200, counters.peaks());
      if (req.method === 'POST' && path === '/counters/reset') {
        counters.reset();
        return sendJson(res, 200, { success: true });
      }
      if (req.method === 'GET' && path === '/faults') return sendJson(res, 200, { faults: faults.list() });
      if (req.method === 'POST' && path === '/faults') {
        let rule;
        try {
          rule = JSON.parse(body.toString('utf8'));
        } catch (_) {
          return sendJson(res, 400, { error: 'Invalid JSON' });
        }
        try {
          return sendJson(res, 200, { id: faults.add(rule) });
        } catch (err) {
          return sendJson(res, 400, { error: err.message });
        }
      }
      if (req.method === 'DELETE' && path === '/faults') {
        faults.clear();
        return sendJson(res, 200, { success: true });
      }
      const one = /^\/faults\/(\d+)$/.exec(path);
      if (req.method === 'DELETE' && one) {
        return faults.remove(Number(one[1])) ? sendJson(res, 200, { success: true }) : sendJson(res, 404, { error: 'No such fault' });
      }
      if (extra && (await extra(req, res, body))) return undefined;
      return sendJson(res, 404, { error: 'Endpoint not found' });
    } catch (err) {
      if (!res.headersSent) sendJson(res, 500, { error: String(err.message || err) });
    }
  });
  const bound = await listen(server, port, host);
  return { server, port: bound, close: () => closeServer(server) };
}

function announceReady({ port, adminPort }) {
  process.stdout.write(`READY ${JSON.stringify({ port, adminPort })}\n`);
}

const NUMERIC_ARGS = ['port', 'adminPort', 'seed'];

function serverArgs(argv, names) {
  const o = {};
  for (let i = 0; i < argv.length; i++) {
    const key = names[argv[i]];
    if (!key || argv[i + 1] === undefined) throw new Error(`unknown or incomplete option ${argv[i]}`);
    o[key] = NUMERIC_ARGS.includes(key) ? Number(argv[++i]) : argv[++i];
  }
  return o;
}

module.exports = {
  mulberry32,
  serverArgs,
  createCounters,
  createFaultTable,
  withFaults,
  startAdminServer,
  sendJson,
  readBody,
  listen,
  closeServer,
  announceReady,
};
