'use strict';
// The launcher's process handling: ready protocol, failures, kill/restart, stop, CLI.

const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const { startNodes, spawnServer } = require('../testbed/launcher');
const { startNode } = require('../testbed/child');

const TESTBED = path.join(__dirname, '..', 'testbed');

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (_) {
    return false;
  }
};

/** Resolves with the status of GET url, or the connection error code. */
const probe = (url) =>
  new Promise((resolve) => {
    http
      .get(url, { agent: false }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      })
      .on('error', (e) => resolve(e.code));
  });

let scratch;
beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'launcher-test-'));
});
afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

test('startNodes starts each relay in its own process; stop() ends them and removes their data dirs', async () => {
  const bed = await startNodes(2, { putDelayMs: 0, missingWaitMs: 200 });
  const { nodes } = bed;
  expect(nodes.map((n) => n.index)).toEqual([0, 1]);
  const urls = nodes.flatMap((n) => [n.relayUrl, n.relayAdminUrl]);
  expect(new Set(urls).size).toBe(4);
  for (const n of nodes) {
    expect(n.relayUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(alive(n.relayPid)).toBe(true);
    expect(fs.existsSync(n.dataDir)).toBe(true);
    expect(n.esUrl).toBeNull();
    expect(await probe(`${n.relayUrl}/nope`)).toBe(404);
    expect(await probe(`${n.relayAdminUrl}/counters`)).toBe(200);
  }
  await bed.stop();
  for (const n of nodes) {
    expect(alive(n.relayPid)).toBe(false);
    expect(fs.existsSync(n.dataDir)).toBe(false);
    expect(await probe(`${n.relayUrl}/nope`)).toBe('ECONNREFUSED');
  }
  await bed.stop(); // a second stop is harmless
});

test('killRelay stops one relay; restartRelay brings it back on the same ports', async () => {
  const bed = await startNodes(1, { putDelayMs: 0, missingWaitMs: 200 });
  try {
    const node = bed.nodes[0];
    const pid = node.relayPid;
    await bed.killRelay(0, 'SIGTERM');
    expect(alive(pid)).toBe(false);
    expect(node.relayPid).toBeNull();
    expect(await probe(`${node.relayUrl}/nope`)).toBe('ECONNREFUSED');
    await bed.restartRelay(0);
    expect(alive(node.relayPid)).toBe(true);
    expect(await probe(`${node.relayUrl}/nope`)).toBe(404);
    expect(await probe(`${node.relayAdminUrl}/faults`)).toBe(200);
    expect(bed.relayLog(0)).toMatch(/Hello wonderful person/); // GUN's banner went to stderr
  } finally {
    await bed.stop();
  }
});

test('a relay prints nothing on stdout but its READY line, and exits 0 on SIGTERM', async () => {
  const child = startNode(path.join(TESTBED, 'gun-relay.js'), ['--put-delay-ms', '0']);
  try {
    for (let i = 0; i < 100 && !child.out.includes('\n'); i++) await new Promise((r) => setTimeout(r, 50));
    const m = /^READY (\{"port":\d+,"adminPort":\d+\})\n$/.exec(child.out);
    expect(m).not.toBeNull();
    const { port } = JSON.parse(m[1]);
    // GUN logs on writes and refusals; none of it may reach stdout.
    await new Promise((resolve) => {
      const req = http.request({ host: '127.0.0.1', port, path: '/put', method: 'POST', agent: false }, (res) => {
        res.resume();
        res.on('end', resolve);
      });
      req.end(JSON.stringify({ soul: 'x', data: null }));
    });
    child.kill('SIGTERM');
    expect(await child.done).toMatchObject({ code: 0, signal: null });
    expect(child.out).toBe(m[0]);
  } finally {
    child.kill('SIGKILL'); // no-op once it has exited
  }
});

test('a server that exits before READY fails with its stderr', async () => {
  const script = path.join(scratch, 'dies.js');
  fs.writeFileSync(script, "process.stderr.write('cannot bind: boom\\n'); process.exit(3);\n");
  await expect(spawnServer(script, [], { name: 'dying server', timeoutMs: 5000 })).rejects.toThrow(
    /dying server exited before it was ready \(code 3[\s\S]*cannot bind: boom/,
  );
});

test('a server silent past the timeout fails with its stderr and is killed', async () => {
  const script = path.join(scratch, 'silent.js');
  const pidFile = path.join(scratch, 'silent.pid');
  fs.writeFileSync(script, `require('fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); process.stderr.write('still thinking\\n'); setInterval(() => {}, 1000);\n`);
  await expect(spawnServer(script, [], { name: 'silent server', timeoutMs: 700 })).rejects.toThrow(
    /silent server printed no READY line within 700 ms[\s\S]*still thinking/,
  );
  const pid = Number(fs.readFileSync(pidFile, 'utf8'));
  for (let i = 0; i < 40 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50));
  expect(alive(pid)).toBe(false);
});

test('a relay given bad options fails to start with a clear error', async () => {
  await expect(spawnServer(path.join(TESTBED, 'gun-relay.js'), ['--put-delay-ms', 'soon'], { name: 'relay', timeoutMs: 5000 })).rejects.toThrow(
    /relay exited before it was ready \(code 2[\s\S]*--put-delay-ms must be a number/,
  );
});

test('elasticsearch: one per node (a stand-in, or a proxy to the real node) when es-standin.js exists, else a clear error', async () => {
  if (!fs.existsSync(path.join(TESTBED, 'es-standin.js'))) {
    await expect(startNodes(1, { elasticsearch: true })).rejects.toThrow(/elasticsearch requested but .*es-standin\.js does not exist/);
    return;
  }
  const bed = await startNodes(1, { putDelayMs: 0, elasticsearch: true });
  try {
    const node = bed.nodes[0];
    expect(node.esUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(alive(node.esPid)).toBe(true);
    expect(await probe(`${node.esAdminUrl}/counters`)).toBe(200);
  } finally {
    await bed.stop();
  }
  expect(alive(bed.nodes[0].esPid)).toBe(false);
});

test('CLI: --nodes 2 prints the nodes, stays up, and stops them on SIGINT', async () => {
  const child = startNode(path.join(TESTBED, 'launcher.js'), ['--nodes', '2', '--peer', '--put-delay-ms', '0']);
  for (let i = 0; i < 200 && !child.out.includes('Ctrl-C'); i++) await new Promise((r) => setTimeout(r, 50));
  const nodes = JSON.parse(child.out.slice(0, child.out.indexOf('\nUp.')));
  expect(nodes).toHaveLength(2);
  for (const n of nodes) expect(await probe(`${n.relayUrl}/nope`)).toBe(404);
  child.kill('SIGINT');
  expect(await child.done).toMatchObject({ code: 0, signal: null });
  for (const n of nodes) {
    expect(alive(n.relayPid)).toBe(false);
    expect(fs.existsSync(n.dataDir)).toBe(false);
  }
});

describe('a real Elasticsearch (needs Java and Maven; skipped on the stand-in)', () => {
  const { esEngine } = require('../testbed/es-engine');
  const { realAvailable } = require('../testbed/es-real');
  const { request } = require('../testbed/http');
  const realTest = esEngine().engine === 'real' || (esEngine().engine === 'standin' && !realAvailable()) ? test : test.skip;
  const json = (url, opts) => request(url, { timeoutMs: 30000, ...opts }).then((r) => ({ status: r.status, body: r.json }));

  realTest('nodes sharing the real node each see only their own indices, with counters on their admin port', async () => {
    const bed = await startNodes(2, { putDelayMs: 0, elasticsearch: 'real' });
    const [a, b] = bed.nodes;
    try {
      expect([a.esEngine, b.esEngine]).toEqual(['real', 'real']);
      expect(a.esUpstreamUrl).toBe(b.esUpstreamUrl);
      expect(a.esNamespace).not.toBe(b.esNamespace);
      expect((await json(`${a.esUrl}/`)).body.version.number).toMatch(/^7\.17\.\d+$/);

      const bulk = '{"index":{"_index":"records","_id":"x"}}\n{"n":1}\n{"delete":{"_index":"records","_id":"gone"}}\n';
      const indexed = await json(`${a.esUrl}/_bulk?refresh=true`, { method: 'POST', body: bulk, raw: true });
      expect(indexed.body.items.map((it) => Object.values(it)[0]._index)).toEqual(['records', 'records']);
      const mget = await json(`${a.esUrl}/_mget`, { method: 'POST', body: { docs: [{ _index: 'records', _id: 'x' }] } });
      expect(mget.body.docs[0]).toMatchObject({ _index: 'records', _id: 'x', found: true, _source: { n: 1 } });
      expect((await json(`${a.esUrl}/records/_count`)).body.count).toBe(1);

      const other = await json(`${b.esUrl}/records/_doc/x`);
      expect(other.status).toBe(404);
      expect(other.body.error).toMatchObject({ type: 'index_not_found_exception', reason: 'no such index [records]', index: 'records' });
      expect((await json(`${b.esUrl}/_search`)).body.hits.total.value).toBe(0);

      const counters = (await json(`${a.esAdminUrl}/counters`)).body;
      expect(counters).toMatchObject({ 'GET /': 1, 'POST /_bulk': 1, 'POST /_mget': 1, 'GET /_count': 1 });
      const upstream = (await json(`${a.esUpstreamUrl}/_cat/indices?format=json`)).body.map((i) => i.index);
      expect(upstream).toContain(`${a.esNamespace}records`);
    } finally {
      await bed.stop();
    }
    if (a.esJavaPid) {
      // Without a shared node the bed started one of its own, and stops it with the rest.
      expect(alive(a.esJavaPid)).toBe(false);
      return;
    }
    // Each proxy removes its indices on the way out; the shared node stays up.
    const left = (await json(`${a.esUpstreamUrl}/_cat/indices?format=json`)).body.map((i) => i.index);
    expect(left.filter((i) => i.startsWith(a.esNamespace))).toEqual([]);
    expect(alive(a.esPid)).toBe(false);
  });

  realTest('the proxy answers chosen _bulk items 429 (not sent upstream) and forwards the rest in place', async () => {
    const bed = await startNodes(1, { putDelayMs: 0, elasticsearch: 'real' });
    const [a] = bed.nodes;
    try {
      const bad = await json(`${a.esAdminUrl}/faults`, { method: 'POST', body: { path: '/_bulk', itemStatus: 'busy' } });
      expect([bad.status, bad.body.error]).toEqual([400, 'itemStatus must be an HTTP status code']);
      await json(`${a.esAdminUrl}/faults`, { method: 'POST', body: { path: '/_bulk', itemStatus: 429, itemMatch: 'reject-me', times: 1 } });
      const lines = [
        { index: { _index: 'records', _id: 'a' } }, { n: 1 },
        { index: { _index: 'records', _id: 'reject-me' } }, { n: 2 },
        { delete: { _index: 'records', _id: 'absent' } },
        { update: { _index: 'records', _id: 'c' } }, { doc: { n: 3 }, doc_as_upsert: true },
      ];
      const body = `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`;
      const first = await json(`${a.esUrl}/_bulk?refresh=true`, { method: 'POST', body, raw: true });
      expect(first.body.errors).toBe(true);
      expect(first.body.items.map((it) => [Object.keys(it)[0], Object.values(it)[0]._id, Object.values(it)[0].status])).toEqual([
        ['index', 'a', 201], ['index', 'reject-me', 429], ['delete', 'absent', 404], ['update', 'c', 201],
      ]);
      expect(first.body.items[1].index.error.type).toBe('es_rejected_execution_exception');
      expect((await json(`${a.esUrl}/records/_doc/reject-me`)).status).toBe(404);
      // The rule is spent: the same bulk again goes through whole.
      const again = await json(`${a.esUrl}/_bulk?refresh=true`, { method: 'POST', body, raw: true });
      expect(again.body.items.map((it) => Object.values(it)[0].status)).toEqual([200, 201, 404, 200]);
    } finally {
      await bed.stop();
    }
  });

  realTest('CLI: --elasticsearch real starts a java node of its own, answering GET / as 7.17, and stops it with the launcher', async () => {
    const env = { ...process.env };
    delete env.TESTBED_ES_URL;
    const child = startNode(path.join(TESTBED, 'launcher.js'), ['--nodes', '1', '--elasticsearch', 'real', '--put-delay-ms', '0'], { env });
    for (let i = 0; i < 2400 && !child.out.includes('Ctrl-C') && child.exitCode === null; i++) await new Promise((r) => setTimeout(r, 50));
    expect(child.out).toContain('Ctrl-C');
    const [node] = JSON.parse(child.out.slice(0, child.out.indexOf('\nUp.')));
    expect(node.esEngine).toBe('real');
    const command = require('child_process').execFileSync('ps', ['-o', 'command=', '-p', String(node.esJavaPid)], { encoding: 'utf8' });
    expect(command).toMatch(/java .*oip\.testbed\.EsNode/);
    expect((await json(`${node.esUpstreamUrl}/`)).body.version.number).toMatch(/^7\.17\.\d+$/);
    expect((await json(`${node.esUrl}/`)).body.version.number).toMatch(/^7\.17\.\d+$/);
    child.kill('SIGINT');
    expect(await child.done).toMatchObject({ code: 0, signal: null });
    expect([alive(node.esJavaPid), alive(node.esPid), alive(node.relayPid)]).toEqual([false, false, false]);
    expect(await probe(`${node.esUpstreamUrl}/`)).toBe('ECONNREFUSED');
  }, 180000);
});
