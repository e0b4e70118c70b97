'use strict';
// Security faults: Elasticsearch over HTTPS (certificate verification on by
// default, a custom CA from the environment), basic auth and API keys (a
// wrong credential is one clear ES_AUTH error per cycle, not a retry storm),
// credentials never in logs, errors, getStatus(), metrics or reports, every
// Elasticsearch request bounded in time and size, and a Rust panic reaching
// JS as an error with the process alive.
//
// The HTTPS endpoint is a Node TLS proxy in front of the Elasticsearch
// stand-in, with a CA and server certificate made here by openssl (skipped
// where openssl is missing: Node cannot make certificates).

const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const http = require('http');
const https = require('https');
const path = require('path');
const { GunSyncService, processLocalDeletion } = require('../..');
const { startNodes, spawnServer } = require('../../testbed/launcher');
const { runNode } = require('../../testbed/child');
const control = require('../../testbed/control');
const schedule = require('../../testbed/schedule');
const { freshDir, report, sleep, FULL } = require('../fixtures/fault-harness');

jest.setTimeout(60000);

const SEED = schedule.seedFor('security', 777);
const HAVE_OPENSSL = spawnSync('openssl', ['version']).status === 0;
const tlsTest = HAVE_OPENSSL ? test : test.skip;
const ES_SCRIPT = path.join(__dirname, '..', '..', 'testbed', 'es-standin.js');
const PANIC_CHILD = path.join(__dirname, '..', 'fixtures', 'fault-panic.js');

const USER = 'elastic';
const PASS = 's3cret-PASS-9f2c';
const KEY_ID = 'kid-1';
const KEY = 'k3y-SECRET-77ab';
const WRONG_PASS = 'WRONG-pass-1234';
const WRONG_KEY = 'WRONG-key-5678';
const b64 = (s) => Buffer.from(s).toString('base64');
const SECRETS = [PASS, KEY, WRONG_PASS, WRONG_KEY, b64(`${USER}:${PASS}`), b64(`${KEY_ID}:${KEY}`), b64(`${USER}:${WRONG_PASS}`), b64(`${KEY_ID}:${WRONG_KEY}`)];

let bed; // one relay
let es; // the stand-in with credentials (the real node has no security: x-pack is not on Maven Central): { url, adminUrl, child }
let peer; // a fake peer relay serving one record per type
let tmp;
let certs; // { ca, key, cert } paths
const closers = [];
const seenText = []; // every message, log line, status and report, for the credential grep
let uniq = 0;

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

function closeLater(server) {
  closers.push(() => new Promise((r) => {
    server.close(r);
    server.closeAllConnections();
  }));
}

/**
 * A proxy in front of the stand-in: `tls` terminates HTTPS with the test's
 * certificate; mode 'forward' passes requests on, 'hang' never answers,
 * 'huge' answers 200 with an endless chunked body (counting what got out).
 */
async function startProxy({ tls = false, mode = 'forward' } = {}) {
  const state = { requests: 0, mode, hugeSent: 0 };
  const handler = (req, res) => {
    state.requests += 1;
    if (state.mode === 'hang') return;
    if (state.mode === 'huge') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'X-Elastic-Product': 'Elasticsearch' });
      const chunk = Buffer.alloc(256 * 1024, 0x20);
      res.write('{"docs":[');
      let sent = 0;
      const total = 100 * 1024 * 1024;
      res.on('error', () => {});
      const pump = () => {
        while (sent < total) {
          if (res.destroyed) return;
          sent += chunk.length;
          state.hugeSent = sent;
          if (!res.write(chunk)) return res.once('drain', pump);
        }
        res.end(']}');
      };
      return pump();
    }
    const target = new URL(req.url, es.url);
    const up = http.request(target, { method: req.method, headers: Object.assign({}, req.headers, { host: target.host }), agent: false }, (upRes) => {
      res.writeHead(upRes.statusCode, upRes.headers);
      upRes.pipe(res);
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  };
  const server = tls
    ? https.createServer({ key: fs.readFileSync(certs.key), cert: fs.readFileSync(certs.cert) }, handler)
    : http.createServer(handler);
  server.on('tlsClientError', () => {});
  const port = await listen(server);
  closeLater(server);
  state.url = `${tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  return state;
}

function makeCerts(dir) {
  const run = (args) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  run(['req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=oip-gun-sync fault suite CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
  run(['req', ...ec, '-keyout', 'srv.key', '-out', 'srv.csr', '-subj', '/CN=127.0.0.1']);
  fs.writeFileSync(path.join(dir, 'ext.cnf'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n');
  run(['x509', '-req', '-in', 'srv.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'srv.pem', '-days', '2', '-extfile', 'ext.cnf']);
  return { ca: path.join(dir, 'ca.pem'), key: path.join(dir, 'srv.key'), cert: path.join(dir, 'srv.pem') };
}

const H = '0123456789ab';
async function startPeer(types) {
  const routes = new Map();
  for (const t of types) {
    const soul = `${H}:sec-${t}`;
    routes.set(`oip:registry:index:${t}`, { success: true, data: { [soul]: { soul, nodeId: 'peer', timestamp: 1 } } });
    routes.set(soul, { success: true, data: { data: { t }, oip: { ver: '0.8.0', recordType: t, creator: { publicKey: 'pk', didAddress: 'did:arweave:pk' } }, meta: { created: 1, encrypted: false } } });
  }
  const server = http.createServer((req, res) => {
    const soul = new URL(req.url, 'http://x').searchParams.get('soul');
    const body = routes.get(soul);
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body || { error: 'Not found' }));
  });
  const port = await listen(server);
  closeLater(server);
  return `http://127.0.0.1:${port}`;
}

const TYPES = ['secbasic', 'secwrongbasic', 'secapikey', 'secwrongkey', 'securl', 'secwrongurl'].map((t) => `${t}${process.pid}`);

function service(type, elasticsearch) {
  const lines = [];
  const keep = (level) => (x) => lines.push(`${level}: ${x}`);
  const svc = new GunSyncService({
    gun: { apiUrl: bed.nodes[0].relayUrl, timeoutMs: 3000 },
    elasticsearch,
    peers: [peer],
    recordTypes: [type],
    index: `sec-${type}`,
    putTimeoutMs: 3000,
    deletion: { stateDir: freshDir('oip-fault-sec-'), retryBaseMs: 1000, retryMaxMs: 4000, indices: [`sec-${type}`] },
    logger: { info: keep('info'), warn: keep('warn'), error: keep('error') },
  });
  svc.lines = lines;
  return svc;
}

async function esTotal() {
  return (await control.counters(es.adminUrl)).total;
}

function remember(...things) {
  for (const t of things) seenText.push(typeof t === 'string' ? t : JSON.stringify(t));
}

beforeAll(async () => {
  tmp = freshDir('oip-fault-tls-');
  if (HAVE_OPENSSL) certs = makeCerts(tmp);
  bed = await startNodes(1, { putDelayMs: 0, missingWaitMs: 200, seed: SEED });
  const started = await spawnServer(ES_SCRIPT, ['--port', '0', '--admin-port', '0', '--user', `${USER}:${PASS}`, '--api-key', `${KEY_ID}:${KEY}`], { name: 'es stand-in with auth', timeoutMs: 20000 });
  es = { url: `http://127.0.0.1:${started.port}`, adminUrl: `http://127.0.0.1:${started.adminPort}`, child: started.child };
  peer = await startPeer(TYPES);
}, 60000);

afterAll(async () => {
  for (const c of closers) await c();
  if (es) {
    es.child.kill('SIGTERM');
    await new Promise((r) => (es.child.exitCode !== null ? r() : es.child.once('close', r)));
  }
  if (bed) await bed.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** processLocalDeletion of a fresh did with `elasticsearch` as its cluster; the report is kept for the secrets check. */
async function deleteThrough(tag, elasticsearch) {
  const r = await processLocalDeletion(`did:gun:${H}:${tag}-${++uniq}`, {
    stateDir: freshDir('oip-fault-sec-'),
    gun: { apiUrl: bed.nodes[0].relayUrl },
    elasticsearch,
    retryBaseMs: 1000,
    retryMaxMs: 4000,
  });
  remember(r);
  return r;
}

function secTest(name, fn, { runner = test, invariants = 'security' } = {}) {
  runner(name, async () => {
    let ok = false;
    try {
      await fn();
      ok = true;
    } finally {
      report(`security: ${name}`, SEED, ok ? [] : [{ invariant: invariants, node: '', did: '', detail: 'see test output' }], invariants);
    }
  });
}

/** Cycles until the service synced its one record (bounded); returns the reports. */
async function syncOne(svc) {
  const reports = [];
  for (let i = 0; i < 5; i++) {
    const r = await svc.performSync();
    reports.push(r);
    remember(r, svc.getStatus(), svc.metricsText());
    if (r.synced + r.skippedExisting >= 1) break;
    await sleep(300);
  }
  return reports;
}

secTest('basic auth and API key work; a wrong credential is one ES_AUTH error per cycle, never retried', async () => {
  const cases = [
    { type: TYPES[0], es: { node: es.url, username: USER, password: PASS }, ok: true },
    { type: TYPES[1], es: { node: es.url, username: USER, password: WRONG_PASS }, ok: false },
    { type: TYPES[2], es: { node: es.url, apiKey: `${KEY_ID}:${KEY}` }, ok: true },
    { type: TYPES[3], es: { node: es.url, apiKey: b64(`${KEY_ID}:${WRONG_KEY}`) }, ok: false },
    { type: TYPES[4], es: { node: es.url.replace('http://', `http://${USER}:${PASS}@`) }, ok: true },
    { type: TYPES[5], es: { node: es.url.replace('http://', `http://${USER}:${WRONG_PASS}@`) }, ok: false },
  ].filter((c, i) => FULL || i < 4); // credentials in the URL: the long matrix only
  for (const c of cases) {
    const svc = service(c.type, c.es);
    if (c.ok) {
      const reports = await syncOne(svc);
      expect([c.type, reports[reports.length - 1].synced]).toEqual([c.type, 1]);
    } else {
      const before = await esTotal();
      const cycles = 2;
      for (let i = 0; i < cycles; i++) remember(await svc.performSync(), svc.getStatus(), svc.metricsText());
      const spent = (await esTotal()) - before;
      // One existence check per cycle, refused, not retried: no storm.
      expect([c.type, spent]).toEqual([c.type, cycles]);
      const log = svc.lines.join('\n');
      expect(log).toMatch(/ES_AUTH/);
      expect(log).toMatch(/401/);
    }
    remember(svc.lines.join('\n'));
  }
});

secTest('a wrong credential in processLocalDeletion: a clear ES_AUTH error in the report, one request', async () => {
  const before = await esTotal();
  const r = await deleteThrough('sec-del', { node: es.url, username: USER, password: WRONG_PASS });
  expect(r.elasticsearch).toBe('failed');
  expect(r.error).toMatch(/ES_AUTH/);
  expect((await esTotal()) - before).toBe(1);
});

secTest('HTTPS: certificate verification is on by default (a self-signed CA is refused before any request)', async () => {
  const proxy = await startProxy({ tls: true });
  const r = await deleteThrough('sec-tls', { node: proxy.url, username: USER, password: PASS, timeoutMs: 5000 });
  expect(r.elasticsearch).toBe('failed');
  expect(r.error).toMatch(/ES_UNREACHABLE/);
  expect(r.error).toMatch(/certificate|UnknownIssuer|issuer/i);
  expect(proxy.requests).toBe(0); // the handshake failed: no request, no credential sent
}, { runner: tlsTest });

// An on-premises cluster signs with its own CA: the addon trusts a PEM file
// named by ELASTICSEARCH_CA_CERT or the caCert option (jest's process.env
// does not reach the addon, so the option is what this test can set).
secTest(
  'HTTPS: a custom CA (caCert / ELASTICSEARCH_CA_CERT) is trusted',
  async () => {
    const proxy = await startProxy({ tls: true });
    const r = await deleteThrough('sec-ca', { node: proxy.url, username: USER, password: PASS, timeoutMs: 5000, caCert: certs.ca });
    expect([r.elasticsearch, r.error]).toEqual(['absent', undefined]);
    expect(proxy.requests).toBeGreaterThan(0);
  },
  { runner: HAVE_OPENSSL ? test : test.skip },
);

secTest('an Elasticsearch request that never answers ends at its timeout (ES_TIMEOUT), retried a bounded number of times', async () => {
  const proxy = await startProxy({ mode: 'hang' });
  const t0 = Date.now();
  const r = await deleteThrough('sec-hang', { node: proxy.url, timeoutMs: 700 });
  expect(r.elasticsearch).toBe('failed');
  expect(r.error).toMatch(/ES_TIMEOUT/);
  expect(proxy.requests).toBeLessThanOrEqual(3); // the client's attempts, no more
  expect(Date.now() - t0).toBeLessThan(20000);
});

// No Content-Length: the cap must hold while the body streams in, not after it is whole.
secTest(
  'an endless chunked Elasticsearch answer is cut at the size cap, not buffered',
  async () => {
    const proxy = await startProxy({ mode: 'huge' });
    const r = await deleteThrough('sec-huge', { node: proxy.url, timeoutMs: 20000 });
    expect(r.elasticsearch).toBe('failed');
    expect(r.error).toMatch(/ES_TOO_LARGE/);
    // The default cap is 64 MiB: the reader must stop there, well before 100 MB got out.
    expect(proxy.hugeSent).toBeLessThan(90 * 1024 * 1024);
  },
);

secTest('credentials never appear in logs, error messages, getStatus(), metrics or reports', async () => {
  expect(seenText.length).toBeGreaterThan(5);
  const all = seenText.join('\n');
  for (const secret of SECRETS) expect([secret, all.includes(secret)]).toEqual([secret, false]);
  // A configuration error names the variable, not the value.
  let err;
  try {
    // eslint-disable-next-line no-new
    new GunSyncService({ elasticsearch: { node: es.url, username: USER }, peers: [], deletion: { stateDir: freshDir('oip-fault-sec-') } });
  } catch (e) {
    err = e;
  }
  expect(err && err.code).toBe('INVALID_CONFIG');
  let err2;
  try {
    // eslint-disable-next-line no-new
    new GunSyncService({ elasticsearch: { node: `ht!tp://${USER}:${PASS}@bad host` }, peers: [], deletion: { stateDir: freshDir('oip-fault-sec-') } });
  } catch (e) {
    err2 = e;
  }
  expect(err2 && err2.code).toBe('INVALID_CONFIG');
  expect(err2.message).not.toContain(PASS);
}, { invariants: 'no credential in any output' });

secTest('a Rust panic reaches JS as an INTERNAL_PANIC error and the process lives on', async () => {
  const { code, signal, stdout } = await runNode(PANIC_CHILD);
  const out = { code, signal, lines: stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l)) };
  expect(out.signal).toBeNull();
  expect(out.code).toBe(0);
  const byKind = Object.fromEntries(out.lines.filter((l) => l.kind).map((l) => [l.kind, l]));
  for (const kind of ['sync', 'async']) {
    expect(byKind[kind]).toMatchObject({ isError: true, code: 'INTERNAL_PANIC' });
    expect(byKind[kind].message).toMatch(/panic/);
  }
  expect(out.lines[out.lines.length - 1]).toMatchObject({ alive: true, soulStillComputed: true });
});
