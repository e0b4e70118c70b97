#!/usr/bin/env node
'use strict';
/**
 * Elasticsearch-REST stand-in: answers like a single-node Elasticsearch 8.x
 * (default 8.17.0) or 7.17 cluster for the APIs the addon and the official
 * JS client use, with in-memory storage, ES's error bodies and strictness
 * (unknown URL parameters, dynamic-mapping conflicts, media types, auth).
 *
 *   node testbed/es-standin.js --port 0 --admin-port 0 [--version 8.17.0|7.17.25]
 *                              [--user name:password] [--api-key id:key] [--seed n]
 * prints one line  READY {"port":<n>,"adminPort":<m>}  and stops on SIGTERM/SIGINT.
 *
 * Admin API (second port, see faults.js): GET /counters, POST /counters/reset,
 * GET|POST|DELETE /faults. Counter keys name the endpoint, not the index or id:
 *   "GET /", "HEAD /", "PUT /{index}", "GET /{index}", "HEAD /{index}", "DELETE /{index}",
 *   "PUT /_doc", "POST /_doc" (index with or without id), "GET /_doc", "HEAD /_doc",
 *   "DELETE /_doc", "PUT /_create", "POST /_create", "POST /_update",
 *   "POST /_bulk", "PUT /_bulk", "GET|POST /_mget", "GET|POST /_search", "GET|POST /_count",
 *   "GET|POST /_refresh", "GET|PUT /_mapping", "GET /_cluster/health"
 * (/_bulk and /{index}/_bulk both count as "POST /_bulk", etc.).
 * Fault rules match on the real request path ("/records/_bulk"), so use a
 * prefix or "match" to target an endpoint across indices, e.g.
 *   { "method": "POST", "match": "/_bulk", "times": 2, "status": 429, "body": {...} }
 * A rule's "soul" is the document id of single-document requests.
 *
 * Behaviour worth knowing (all as a real node, unless marked "simplified"):
 * - near-real-time: writes are searchable (_search, _count) after a refresh:
 *   POST _refresh, ?refresh=true|wait_for (wait_for: simplified, refreshes at
 *   once) or the periodic 1 s refresh; GET and _mget are realtime.
 * - indices have one primary shard and one unassigned replica: _shards of a
 *   write is {total: 2, successful: 1}, cluster health is yellow.
 * - scores are Lucene BM25 with exact (not quantised) text lengths: simplified.
 * - not implemented (400 saying so, never a silently wrong answer): scripts,
 *   aggregations, highlight, collapse, suggest, knn, pit, slice, runtime fields.
 * - deleted documents keep their version as tombstones (index.gc_deletes) for
 *   the process's life: simplified (ES forgets them after 60 s).
 */
const http = require('http');
const crypto = require('crypto');
const zlib = require('zlib');
const faultsLib = require('./faults');
const { Engine } = require('./es/engine');
const { Rest } = require('./es/rest');
const { Params } = require('./es/params');
const { EsError, causedBy } = require('./es/errors');
const { render } = require('./es/xcontent');

const PRODUCT = { 'X-Elastic-Product': 'Elasticsearch' };
const WWW_AUTHENTICATE = ['Basic realm="security", charset="UTF-8"', 'Bearer realm="security"', 'ApiKey'];

/** "POST /records/_mget" -> "POST /_mget"; "DELETE /records" -> "DELETE /{index}" */
function endpointKey(method, pathname) {
  const segs = pathname.split('/').filter(Boolean);
  if (!segs.length) return `${method} /`;
  if (segs[0].startsWith('_')) return `${method} /${segs.join('/')}`;
  if (segs.length === 1) return `${method} /{index}`;
  return `${method} /${segs[1]}`;
}

function docIdOf(pathname) {
  const segs = pathname.split('/').filter(Boolean);
  if (segs.length === 3 && ['_doc', '_create', '_update'].includes(segs[1])) return safeDecode(segs[2]);
  return undefined;
}

function safeDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch (_) {
    return s;
  }
}

/** Parses a media type header: { type, subtype, params } or null when malformed. */
function parseMediaType(value) {
  const [main, ...rest] = value.split(';');
  const m = /^\s*([a-z0-9.+*-]+)\/([a-z0-9.+*-]+)\s*$/i.exec(main);
  if (!m) return null;
  const params = {};
  for (const r of rest) {
    if (!r.trim()) continue;
    const kv = /^\s*([^=\s]+)\s*=\s*"?([^"]*)"?\s*$/.exec(r);
    if (!kv) return null;
    params[kv[1].toLowerCase()] = kv[2];
  }
  return { type: m[1].toLowerCase(), subtype: m[2].toLowerCase(), params };
}

function isJsonLike(mt, bulk) {
  const sub = mt.subtype;
  if (mt.type === 'application' && (sub === 'json' || (bulk && sub === 'x-ndjson'))) return true;
  if (mt.type === 'application' && (sub === 'vnd.elasticsearch+json' || (bulk && sub === 'vnd.elasticsearch+x-ndjson'))) return true;
  if (mt.type === 'application' && sub === '*') return true;
  return false;
}

class EsStandin {
  constructor(opts) {
    this.version = fullVersion(opts.version || '8.17.0');
    const major = Number(this.version.split('.')[0]);
    if (major !== 7 && major !== 8) throw new Error(`unsupported --version ${this.version} (7.x or 8.x)`);
    this.major = major;
    this.v8 = major === 8;
    this.user = opts.user ? splitPair(opts.user, '--user') : null;
    this.apiKey = opts.apiKey ? splitPair(opts.apiKey, '--api-key') : null;
    const seed = opts.seed !== undefined ? Number(opts.seed) : 1;
    const rand = faultsLib.mulberry32(seed);
    this.counters = faultsLib.createCounters();
    this.faults = faultsLib.createFaultTable({ seed });
    this.engine = new Engine({ v8: this.v8, rand });
    this.rest = new Rest({
      engine: this.engine,
      version: this.version,
      v8: this.v8,
      nodeName: 'es-standin',
      nodeId: crypto.randomBytes(16).toString('base64url').slice(0, 22),
      clusterName: 'es-standin',
      clusterUuid: crypto.randomBytes(16).toString('base64url').slice(0, 22),
    });
  }

  /** Media-type checks that run before routing (RestRequest construction / RestCompatibleVersionHelper). */
  checkMediaTypes(req, hasBody) {
    const acceptRaw = req.headers.accept;
    const ctRaw = req.headers['content-type'];
    const accept = acceptRaw ? parseMediaType(acceptRaw.split(',')[0]) : null;
    const ct = ctRaw ? parseMediaType(ctRaw) : null;
    const compat = (mt) => (mt && mt.params['compatible-with'] !== undefined ? mt.params['compatible-with'] : null);
    // MediaTypeHeaderException is a plain RuntimeException, so it is its own root cause.
    const headerError = (names, reason, causeType = 'status_exception') =>
      new EsError(400, 'media_type_header_exception', `Invalid media-type value on headers [${names.join(', ')}]`, {
        cause: causedBy(causeType, reason),
      });
    if (acceptRaw && !accept) return headerError(['Accept'], `invalid media-type [${acceptRaw}]`, 'illegal_argument_exception');
    if (hasBody && ctRaw && !ct) return headerError(['Content-Type'], `invalid media-type [${ctRaw}]`, 'illegal_argument_exception');
    const aV = compat(accept);
    const cV = hasBody ? compat(ct) : null;
    // 7.17 does not check compatible-with at all: 7, 8, 9 and mismatched Accept and
    // Content-Type versions are all served as plain 7.x JSON (measured on 7.17.8 and 7.17.29),
    // which is why the 8.x client works against 7.17.
    if (!this.v8) return null;
    const cur = 8;
    const min = 7;
    const a = aV === null ? cur : Number(aV);
    const c = cV === null ? cur : Number(cV);
    const names = ['Content-Type', 'Accept'];
    if (!(a >= min && a <= cur)) return headerError(names, `Accept version must be either version ${cur} or ${min}, but found ${aV}. Accept=${acceptRaw}`);
    if (hasBody) {
      if (!(c >= min && c <= cur)) return headerError(names, `Content-Type version must be either version ${cur} or ${min}, but found ${cV}. Content-Type=${ctRaw}`);
      if (c !== a) {
        return headerError(names, `A compatible version is required on both Content-Type and Accept headers if either one has requested a compatible version and the compatible versions must match. Accept=${acceptRaw}, Content-Type=${ctRaw}`);
      }
      if ((aV === null) !== (cV === null)) {
        return headerError(names, `A compatible version is required on both Content-Type and Accept headers if either one has requested a compatible version. Accept=${acceptRaw}, Content-Type=${ctRaw}`);
      }
    }
    return null;
  }

  /** Security: Basic and ApiKey credentials when --user/--api-key are configured. */
  authenticate(req, uri) {
    if (!this.user && !this.apiKey) return null;
    const h = req.headers.authorization;
    const fail = (reason, extra) =>
      new EsError(401, 'security_exception', reason, { header: { 'WWW-Authenticate': WWW_AUTHENTICATE }, meta: extra || {} });
    if (!h) return fail(`missing authentication credentials for REST request [${uri}]`);
    const [scheme, token = ''] = h.split(/\s+/, 2);
    const decoded = Buffer.from(token, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const left = colon < 0 ? decoded : decoded.slice(0, colon);
    const right = colon < 0 ? '' : decoded.slice(colon + 1);
    if (/^basic$/i.test(scheme)) {
      if (this.user && left === this.user[0] && right === this.user[1]) return null;
      return fail(`unable to authenticate user [${left}] for REST request [${uri}]`);
    }
    if (/^apikey$/i.test(scheme)) {
      if (this.apiKey && left === this.apiKey[0] && right === this.apiKey[1]) return null;
      const why = this.apiKey && left === this.apiKey[0] ? `invalid credentials for API key [${left}]` : `api key [${left}] does not exist`;
      return fail('unable to authenticate with provided credentials and anonymous access is not allowed for this request', { additional_unsuccessful_credentials: `API key: ${why}` });
    }
    return fail(`missing authentication credentials for REST request [${uri}]`);
  }

  /** Answers one request (the fault wrapper has already read the body). */
  handle(req, res, body) {
    const url = new URL(req.url, 'http://x');
    const rawUrl = req.url;
    const pathname = url.pathname;
    const query = new Map();
    for (const [k, v] of url.searchParams) query.set(k, v);
    const pretty = query.has('pretty') && query.get('pretty') !== 'false';
    const filter = query.get('filter_path') || null;
    const acceptCompat = /compatible-with=/.test(req.headers.accept || '');
    const contentType = !this.v8 ? 'application/json; charset=UTF-8' : acceptCompat ? `application/vnd.elasticsearch+json;compatible-with=${this.major}` : 'application/json';
    const send = (status, payload, headers = {}) => {
      const text = payload === undefined ? '' : typeof payload === 'string' ? payload : render(payload, { pretty, filter: status < 300 ? filter : null });
      const buf = Buffer.from(req.method === 'HEAD' ? '' : text);
      res.writeHead(status, Object.assign({ 'Content-Type': contentType, 'Content-Length': buf.length }, headers));
      res.end(buf);
    };
    const sendError = (e) => {
      if (e.status === 406 || e.text) return send(e.status, { error: e.text, status: e.status });
      const headers = e.header ? { 'WWW-Authenticate': e.header['WWW-Authenticate'] } : {};
      return send(e.status, e.body(), headers);
    };
    try {
      // http.compression: ES accepts gzip/deflate request bodies.
      const encoding = (req.headers['content-encoding'] || '').toLowerCase();
      if (body.length && (encoding === 'gzip' || encoding === 'deflate')) {
        try {
          body = encoding === 'gzip' ? zlib.gunzipSync(body) : zlib.inflateSync(body);
        } catch (e) {
          return sendError(new EsError(400, 'illegal_argument_exception', `failed to decompress the request body: ${e.message}`));
        }
      }
      const hasBody = body.length > 0;
      const mediaErr = this.checkMediaTypes(req, hasBody);
      if (mediaErr) return sendError(mediaErr);
      const segs = pathname.split('/').filter(Boolean).map(safeDecode);
      const found = this.rest.route(req.method, segs);
      if (found.none) return send(400, { error: `no handler found for uri [${rawUrl}] and method [${req.method}]`, status: 400 });
      if (found.allowed) {
        return send(405, { error: `Incorrect HTTP method for uri [${rawUrl}] and method [${req.method}], allowed: [${found.allowed.join(', ')}]`, status: 405 }, { Allow: found.allowed.join(',') });
      }
      if (hasBody) {
        const ct = req.headers['content-type'];
        if (!ct) return send(406, { error: 'Content-Type header is missing', status: 406 });
        const mt = parseMediaType(ct);
        const charset = mt && mt.params.charset;
        if (!mt || !isJsonLike(mt, segs.includes('_bulk')) || (charset && charset.toLowerCase() !== 'utf-8')) {
          return send(406, { error: `Content-Type header [${ct}] is not supported`, status: 406 });
        }
      }
      const authErr = this.authenticate(req, rawUrl);
      if (authErr) return sendError(authErr);
      for (const [k, v] of Object.entries(found.params)) query.set(k, v);
      const p = new Params(query, pathname);
      const exec = found.handler.call(this.rest, { method: req.method, path: pathname, rawUrl, headers: req.headers, body }, p);
      p.check();
      const out = exec();
      return send(out.status, out.body, out.headers || {});
    } catch (e) {
      if (e instanceof EsError) return sendError(e);
      return send(500, new EsError(500, 'exception', String((e && e.stack) || e)).body());
    }
  }

  async start({ port = 0, adminPort = 0, host = '127.0.0.1' } = {}) {
    const faulty = faultsLib.withFaults((req, res, body) => this.handle(req, res, body), {
      faults: this.faults,
      counters: this.counters,
      keyOf: (req) => endpointKey(req.method, new URL(req.url, 'http://x').pathname),
      soulOf: (req) => docIdOf(new URL(req.url, 'http://x').pathname),
    });
    this.server = http.createServer((req, res) => {
      // Every answer, injected faults included, carries the product header the 8.x client checks.
      for (const [k, v] of Object.entries(PRODUCT)) res.setHeader(k, v);
      faulty(req, res);
    });
    this.port = await faultsLib.listen(this.server, port, host);
    this.admin = await faultsLib.startAdminServer({ port: adminPort, host, faults: this.faults, counters: this.counters });
    return { port: this.port, adminPort: this.admin.port };
  }

  async close() {
    this.engine.close();
    await Promise.all([this.server ? faultsLib.closeServer(this.server) : null, this.admin ? this.admin.close() : null]);
  }
}

/** "8", "8.x" -> 8.17.0; "7.17" -> 7.17.25; "8.15" -> 8.15.0 (the launcher passes short forms). */
function fullVersion(v) {
  const [major, minor, patch] = String(v).split('.');
  if (minor === undefined || minor === 'x') return major === '7' ? '7.17.25' : `${major}.17.0`;
  if (patch === undefined || patch === 'x') return `${major}.${minor}.${major === '7' && minor === '17' ? 25 : 0}`;
  return v;
}

function splitPair(v, flag) {
  const i = v.indexOf(':');
  if (i <= 0) throw new Error(`${flag} expects name:secret`);
  return [v.slice(0, i), v.slice(i + 1)];
}

/**
 * In-process use: startEsStandin({ port, adminPort, version, user, apiKey, seed })
 *   -> { port, adminPort, url, adminUrl, close() }
 */
async function startEsStandin(opts = {}) {
  const s = new EsStandin(opts);
  const { port, adminPort } = await s.start(opts);
  return { port, adminPort, url: `http://127.0.0.1:${port}`, adminUrl: `http://127.0.0.1:${adminPort}`, close: () => s.close() };
}

function parseArgs(argv) {
  const names = { '--port': 'port', '--admin-port': 'adminPort', '--version': 'version', '--user': 'user', '--api-key': 'apiKey', '--seed': 'seed' };
  return faultsLib.serverArgs(argv, names);
}

if (require.main === module) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${e.message}\nusage: es-standin.js --port 0 --admin-port 0 [--version 8.17.0] [--user u:p] [--api-key id:key] [--seed n]\n`);
    process.exit(2);
  }
  const s = new EsStandin(opts);
  s.start(opts).then(
    (ports) => {
      faultsLib.announceReady(ports);
      const stop = () => s.close().then(() => process.exit(0));
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    },
    (e) => {
      process.stderr.write(`${e.stack || e}\n`);
      process.exit(1);
    }
  );
}

module.exports = { startEsStandin, endpointKey, docIdOf };
