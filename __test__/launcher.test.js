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

test('elasticsearch: a stand-in per node when es-standin.js exists, else a clear error', async () => {
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
