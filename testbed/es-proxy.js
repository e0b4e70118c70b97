#!/usr/bin/env node
'use strict';
/**
 * A counting, fault-injecting proxy in front of a real Elasticsearch, with an
 * index namespace of its own: what the stand-in's admin API gives, on a real
 * node, and many test-bed nodes sharing one real node without seeing each
 * other's indices.
 *
 *   node testbed/es-proxy.js --upstream http://127.0.0.1:9200 --port 0 --admin-port 0
 *                            [--namespace tb1a2b3c-] [--seed n]
 * prints READY {"port":<n>,"adminPort":<m>,"namespace":"..."} and stops on
 * SIGTERM/SIGINT, deleting the indices of its namespace on the way out.
 *
 * Namespace: every index the client names is stored upstream as
 * <namespace><name> (paths, `_index` in _bulk action lines and _mget docs);
 * index-less searches, counts, refreshes and mappings are scoped to
 * <namespace>*; the namespace is removed from every answer (bodies and
 * Location), so the client sees its own names, error bodies included.
 * Anything else (scripts, queries naming `_index`) passes through unchanged.
 *
 * Counters and faults: the admin API of faults.js, with the stand-in's
 * counter keys ("POST /_bulk", "GET /_doc", ...; see es-standin.js) and its
 * fault rules, matched against the request as the client sent it. A request
 * the upstream cannot take (connection refused, reset) is answered by
 * dropping the client's connection, as a dead node would.
 *
 * One more action, for _bulk requests: { itemStatus: 429, itemMatch?: "text" }
 * rejects the items whose action or source line contains itemMatch (all when
 * absent) with that status and es_rejected_execution_exception, as a node
 * with a full write queue does: they are not sent upstream, the others are,
 * and the answer has every item in its place (errors: true).
 *
 * Requests are forwarded without Accept-Encoding (answers come back plain, to
 * be rewritten). With ELASTICSEARCH_API_KEY or ELASTICSEARCH_USERNAME /
 * ELASTICSEARCH_PASSWORD set, requests without credentials get those.
 */
const http = require('http');
const https = require('https');
const crypto = require('crypto');
const zlib = require('zlib');
const faultsLib = require('./faults');
const { endpointKey, docIdOf } = require('./es-standin');

/** Index-less endpoints that act on every index: scoped to the namespace. */
const ALL_INDEX_ENDPOINTS = new Set([
  '_search', '_count', '_refresh', '_flush', '_mapping', '_settings', '_stats', '_msearch',
  '_delete_by_query', '_update_by_query', '_field_caps', '_validate', '_forcemerge', '_segments',
]);

function prefixList(segment, ns) {
  return segment
    .split(',')
    .map((name) => (name.startsWith('-') ? `-${ns}${name.slice(1)}` : `${ns}${name}`))
    .join(',');
}

/** The upstream path for a client path. */
function upstreamPath(pathname, ns) {
  const segs = pathname.split('/');
  const first = segs[1] || '';
  if (!first) return pathname;
  if (first === '_all') segs[1] = `${ns}*`;
  else if (!first.startsWith('_')) segs[1] = prefixList(first, ns);
  else if (ALL_INDEX_ENDPOINTS.has(first)) return `/${ns}*${pathname}`;
  else if (first === '_cat' && ['indices', 'count', 'shards'].includes(segs[2])) {
    if (segs[3]) segs[3] = prefixList(segs[3], ns);
    else return `${pathname.replace(/\/$/, '')}/${ns}*`;
  } else if (first === '_cluster' && segs[2] === 'health' && segs[3]) segs[3] = prefixList(segs[3], ns);
  return segs.join('/');
}

/**
 * _bulk lines as items: [{ op, meta, lines: [action line, source line?] }];
 * a line that does not parse is an item of its own (op undefined), left for
 * upstream to refuse.
 */
function bulkItems(text) {
  const lines = text.split('\n').filter((l) => l.trim());
  const items = [];
  for (let i = 0; i < lines.length; i++) {
    let action;
    try {
      action = JSON.parse(lines[i]);
    } catch (_) {
      action = null;
    }
    const op = action && typeof action === 'object' ? Object.keys(action)[0] : undefined;
    const meta = op && action[op] && typeof action[op] === 'object' ? action[op] : {};
    const item = { op, meta, action, lines: [lines[i]] };
    if (op && op !== 'delete' && i + 1 < lines.length) item.lines.push(lines[++i]);
    items.push(item);
  }
  return items;
}

const joinBulk = (items) => items.map((it) => `${it.lines.join('\n')}\n`).join('');

/** _bulk: `_index` of each action line; every other byte as sent (blank lines, a missing final newline). */
function rewriteBulk(text, ns) {
  const lines = text.split('\n');
  let expectAction = true;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    if (!expectAction) {
      expectAction = true;
      continue;
    }
    const [item] = bulkItems(lines[i]);
    if (typeof item.meta._index === 'string') {
      item.meta._index = ns + item.meta._index;
      lines[i] = JSON.stringify(item.action);
    }
    expectAction = item.op === 'delete';
  }
  return lines.join('\n');
}

/** The answer item of a bulk item rejected with `status`. */
function rejectedItem(item, status, defaultIndex) {
  const reason = 'rejected execution of coordinating operation [injected by the test bed]';
  return {
    [item.op || 'index']: {
      _index: item.meta._index || defaultIndex,
      _type: '_doc',
      _id: item.meta._id === undefined ? null : String(item.meta._id),
      status,
      error: { type: 'es_rejected_execution_exception', reason },
    },
  };
}

function rewriteMget(text, ns) {
  let body;
  try {
    body = JSON.parse(text);
  } catch (_) {
    return text;
  }
  if (!body || !Array.isArray(body.docs)) return text;
  for (const d of body.docs) if (d && typeof d._index === 'string') d._index = ns + d._index;
  return JSON.stringify(body);
}

function rewriteBody(pathname, body, ns) {
  if (!body.length) return body;
  const last = pathname.split('/').filter(Boolean).pop();
  if (last === '_bulk') return Buffer.from(rewriteBulk(body.toString('utf8'), ns));
  if (last === '_mget') return Buffer.from(rewriteMget(body.toString('utf8'), ns));
  return body;
}

function envAuthorization() {
  const { ELASTICSEARCH_API_KEY: apiKey, ELASTICSEARCH_USERNAME: user, ELASTICSEARCH_PASSWORD: pw } = process.env;
  if (apiKey) return `ApiKey ${apiKey}`;
  if (user) return `Basic ${Buffer.from(`${user}:${pw || ''}`).toString('base64')}`;
  return undefined;
}

const HOP_HEADERS = new Set(['host', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'accept-encoding', 'content-encoding']);

class EsProxy {
  constructor({ upstream, namespace, seed = 1 }) {
    this.upstream = new URL(upstream);
    this.ns = namespace || `tb${crypto.randomBytes(4).toString('hex')}-`;
    this.lib = this.upstream.protocol === 'https:' ? https : http;
    this.agent = new this.lib.Agent({ keepAlive: true, maxSockets: 32 });
    this.auth = envAuthorization();
    this.counters = faultsLib.createCounters();
    this.faults = faultsLib.createFaultTable({ seed, extraActions: ['itemStatus'] });
  }

  /** The itemStatus action: the chosen _bulk items answered by the proxy, the rest forwarded. */
  async rejectItems(rule, req, res, body) {
    const url = new URL(req.url, 'http://x');
    if (url.pathname.split('/').filter(Boolean).pop() !== '_bulk') return this.forward(req, res, body);
    const plain = /gzip/i.test(req.headers['content-encoding'] || '') ? zlib.gunzipSync(body) : body;
    const items = bulkItems(plain.toString('utf8'));
    const hit = (it) => rule.itemMatch === undefined || it.lines.some((l) => l.includes(String(rule.itemMatch)));
    const rejected = new Set(items.filter((it) => it.op && hit(it)));
    const kept = items.filter((it) => !rejected.has(it));
    const defaultIndex = decodeURIComponent(url.pathname.split('/')[1] || '');
    let answer = { took: 0, errors: false, items: [] };
    if (kept.length) {
      const captured = await this.capture(req, Buffer.from(joinBulk(kept)));
      if (captured.status !== 200) return this.send(res, req, captured);
      answer = JSON.parse(captured.body);
    }
    const upstreamItems = answer.items[Symbol.iterator]();
    answer.items = items.map((it) => (rejected.has(it) ? rejectedItem(it, rule.itemStatus, defaultIndex) : upstreamItems.next().value));
    answer.errors = answer.errors || rejected.size > 0;
    const text = Buffer.from(JSON.stringify(answer));
    res.writeHead(200, { 'Content-Type': 'application/json; charset=UTF-8', 'Content-Length': text.length, 'X-elastic-product': 'Elasticsearch' });
    res.end(text);
  }

  /** Forwards a request (body already plain) and collects the answer: { status, headers, body } or null when upstream failed. */
  capture(req, plainBody) {
    return new Promise((resolve) => {
      const fake = { headers: {}, statusCode: 200, setHeader: (k, v) => (fake.headers[k] = v), writeHead: (s) => (fake.statusCode = s), destroy: () => resolve(null) };
      fake.end = (b) => resolve({ status: fake.statusCode, headers: fake.headers, body: b ? b.toString('utf8') : '' });
      const headers = { ...req.headers };
      delete headers['content-encoding'];
      this.forward({ method: req.method, url: req.url, headers }, fake, plainBody);
    });
  }

  send(res, req, captured) {
    if (!captured) return res.destroy();
    for (const [k, v] of Object.entries(captured.headers)) res.setHeader(k, v);
    res.writeHead(captured.status);
    return res.end(captured.body);
  }

  forward(req, res, body) {
    const url = new URL(req.url, 'http://x');
    const gz = /gzip/i.test(req.headers['content-encoding'] || '');
    const plain = gz ? zlib.gunzipSync(body) : body;
    const out = rewriteBody(url.pathname, plain, this.ns);
    const headers = {};
    for (const [k, v] of Object.entries(req.headers)) if (!HOP_HEADERS.has(k)) headers[k] = v;
    if (this.auth && !headers.authorization) headers.authorization = this.auth;
    if (out.length || !['GET', 'HEAD', 'DELETE'].includes(req.method)) headers['content-length'] = out.length;
    const base = this.upstream.pathname.replace(/\/$/, '');
    return new Promise((resolve) => {
      const up = this.lib.request(
        {
          protocol: this.upstream.protocol,
          hostname: this.upstream.hostname,
          port: this.upstream.port,
          method: req.method,
          path: base + upstreamPath(url.pathname, this.ns) + url.search,
          headers,
          agent: this.agent,
        },
        (upRes) => {
          const chunks = [];
          upRes.on('data', (c) => chunks.push(c));
          upRes.on('error', () => {
            res.destroy();
            resolve();
          });
          upRes.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8').split(this.ns).join('');
            const answer = Buffer.from(text);
            for (const [k, v] of Object.entries(upRes.headers)) {
              if (HOP_HEADERS.has(k)) continue;
              res.setHeader(k, k === 'location' ? String(v).split(this.ns).join('') : v);
            }
            res.setHeader('Content-Length', answer.length);
            res.writeHead(upRes.statusCode);
            res.end(req.method === 'HEAD' ? undefined : answer);
            resolve();
          });
        }
      );
      up.on('error', () => {
        res.destroy(); // as a node that is down: no answer
        resolve();
      });
      up.end(out);
    });
  }

  async start({ port = 0, adminPort = 0, host = '127.0.0.1' } = {}) {
    const handler = faultsLib.withFaults((req, res, body) => this.forward(req, res, body), {
      faults: this.faults,
      counters: this.counters,
      keyOf: (req) => endpointKey(req.method, new URL(req.url, 'http://x').pathname),
      soulOf: (req) => docIdOf(new URL(req.url, 'http://x').pathname),
      extraActions: { itemStatus: (rule, req, res, body) => this.rejectItems(rule, req, res, body) },
    });
    this.server = http.createServer(handler);
    this.port = await faultsLib.listen(this.server, port, host);
    this.admin = await faultsLib.startAdminServer({ port: adminPort, host, faults: this.faults, counters: this.counters });
    return { port: this.port, adminPort: this.admin.port, namespace: this.ns };
  }

  /** Stops listening and deletes the namespace's indices upstream. */
  async close() {
    await Promise.all([faultsLib.closeServer(this.server), this.admin.close()]);
    await new Promise((resolve) => {
      const headers = this.auth ? { authorization: this.auth } : {};
      const del = this.lib.request(
        { protocol: this.upstream.protocol, hostname: this.upstream.hostname, port: this.upstream.port, method: 'DELETE', path: `/${this.ns}*?expand_wildcards=all`, headers, agent: false },
        (r) => r.resume().on('end', resolve)
      );
      del.on('error', resolve);
      del.setTimeout(10000, () => del.destroy());
      del.end();
    });
    this.agent.destroy();
  }
}

function parseArgs(argv) {
  const names = { '--upstream': 'upstream', '--port': 'port', '--admin-port': 'adminPort', '--namespace': 'namespace', '--seed': 'seed' };
  const o = faultsLib.serverArgs(argv, names);
  if (!o.upstream) throw new Error('--upstream is required');
  if (o.namespace !== undefined && !/^[a-z0-9][a-z0-9_-]*$/.test(o.namespace)) throw new Error('--namespace: lowercase letters, digits, - and _ only');
  return o;
}

if (require.main === module) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${e.message}\nusage: es-proxy.js --upstream URL --port 0 --admin-port 0 [--namespace ns-] [--seed n]\n`);
    process.exit(2);
  }
  const p = new EsProxy(opts);
  p.start(opts).then(
    (ready) => {
      process.stdout.write(`READY ${JSON.stringify(ready)}\n`);
      const stop = () => p.close().then(() => process.exit(0));
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    },
    (e) => {
      process.stderr.write(`${e.stack || e}\n`);
      process.exit(1);
    }
  );
}

module.exports = { EsProxy };
