'use strict';
/**
 * A real Elasticsearch 7.17: the Maven module in testbed/elasticsearch/, one
 * JVM per node, each a child process stopped by its PID like every test-bed
 * server.
 *
 *   realAvailable() -> null, or why a real node cannot run here (no java, or
 *                      the module is not built and there is no mvn)
 *   startRealNodes(n, { startTimeoutMs, heap }) -> Promise<{ nodes, stop(), stopNode(i) }>
 *     nodes[i] = { url, pid, name, transportPort, home }
 *     n = 1: a single-node cluster. n > 1: one cluster of n nodes, every node
 *     master-eligible; resolves once the cluster reports n nodes.
 *     stopNode(i) SIGTERMs one node (the others go on); stop() ends them all.
 *
 * A node removes its home (data) directory when it stops; stop() also
 * removes what a SIGKILLed node left. Before starting, the module is
 * compiled (and its classpath written) when a source is newer than the last
 * build; the first build resolves the jars from Maven Central into the
 * user's Maven repository, outside the project.
 */

const { spawnSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const { request } = require('./http');

const MODULE_DIR = path.join(__dirname, 'elasticsearch');
const CLASSPATH_FILE = path.join(MODULE_DIR, 'target', 'classpath.txt');
const MAIN_CLASS = 'oip.testbed.EsNode';
const HOST = '127.0.0.1';

function runs(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return !r.error && r.status === 0;
}

function sources(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : [p];
  });
}

function isBuilt() {
  if (!fs.existsSync(CLASSPATH_FILE)) return false;
  const built = fs.statSync(CLASSPATH_FILE).mtimeMs;
  const inputs = [path.join(MODULE_DIR, 'pom.xml'), ...sources(path.join(MODULE_DIR, 'src'))];
  return inputs.every((f) => fs.statSync(f).mtimeMs <= built);
}

function realAvailable() {
  if (!runs('java', ['-version'])) return 'no java on PATH';
  if (!isBuilt() && !runs('mvn', ['-v'])) return 'no mvn on PATH to build testbed/elasticsearch';
  return null;
}

function ensureBuilt() {
  if (isBuilt()) return;
  const started = Date.now();
  process.stderr.write('testbed: building testbed/elasticsearch (mvn package; the first build on a machine resolves Elasticsearch from Maven Central)...\n');
  const r = spawnSync('mvn', ['-q', '-B', '-Dstyle.color=never', 'package'], { cwd: MODULE_DIR, stdio: ['ignore', 2, 2] });
  if (r.error || r.status !== 0) throw new Error(`mvn package in testbed/elasticsearch failed (${r.error ? r.error.message : `exit ${r.status}`})`);
  // Maven leaves an unchanged classpath file as it was; its time marks this build.
  const now = new Date();
  fs.utimesSync(CLASSPATH_FILE, now, now);
  process.stderr.write(`testbed: testbed/elasticsearch built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

function javaArgs(heap, nodeArgs) {
  const classpath = [path.join(MODULE_DIR, 'target', 'classes'), fs.readFileSync(CLASSPATH_FILE, 'utf8').trim()].join(path.delimiter);
  return [`-Xms${heap.min}`, `-Xmx${heap.max}`, '-XX:+UseSerialGC', '-cp', classpath, MAIN_CLASS, ...nodeArgs];
}

/** Free loopback ports, held open together so they are distinct. */
async function freePorts(n) {
  const servers = await Promise.all(
    Array.from({ length: n }, () => new Promise((resolve, reject) => {
      const s = net.createServer();
      s.on('error', reject);
      s.listen(0, HOST, () => resolve(s));
    }))
  );
  const ports = servers.map((s) => s.address().port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

async function waitForNodes(url, n, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await request(`${url}/_cluster/health?wait_for_nodes=${n}&timeout=1s`, { timeoutMs: 5000, settle: true });
    if (r.status === 200 && r.json && r.json.number_of_nodes === n) return;
    if (Date.now() > deadline) throw new Error(`the cluster at ${url} did not reach ${n} nodes within ${timeoutMs} ms: ${r.text}`);
    await new Promise((res) => setTimeout(res, 250));
  }
}

async function startRealNodes(n = 1, { startTimeoutMs = 120000, heap = { min: '256m', max: '512m' }, graceMs = 15000 } = {}) {
  const { spawnProcess, stopChild } = require('./launcher');
  if (!(Number.isInteger(n) && n >= 1)) throw new Error('startRealNodes: n must be an integer >= 1');
  ensureBuilt();
  const names = Array.from({ length: n }, (_, i) => `node-${i}`);
  const transportPorts = n > 1 ? await freePorts(n) : [];
  const children = [];
  const nodes = [];
  const onExit = () => children.forEach((c) => c && c.kill('SIGKILL'));
  process.on('exit', onExit);

  const stopNode = async (i) => {
    await stopChild(children[i], 'SIGTERM', graceMs);
    fs.rmSync(nodes[i].home, { recursive: true, force: true });
    nodes[i].pid = null;
  };
  const stop = async () => {
    await Promise.all(nodes.map((_, i) => stopNode(i)));
    process.removeListener('exit', onExit);
  };

  try {
    // Every node is spawned before any is awaited: a cluster node waits for its peers.
    const started = names.map((name, i) => {
      const home = path.join(os.tmpdir(), `oip-testbed-es-${process.pid}-${Date.now().toString(36)}-${i}`);
      const args = ['--home', home, '--name', name, '--http-port', '0'];
      if (n > 1) {
        args.push('--transport-port', String(transportPorts[i]));
        args.push('--seed-hosts', transportPorts.map((p) => `${HOST}:${p}`).join(','), '--masters', names.join(','));
      }
      nodes.push({ url: null, pid: null, name, transportPort: transportPorts[i] || null, home });
      return spawnProcess('java', javaArgs(heap, args), { name: `elasticsearch ${name}`, timeoutMs: startTimeoutMs }).then((s) => {
        children[i] = s.child;
        Object.assign(nodes[i], { url: s.ready.url, pid: s.child.pid, transportPort: s.ready.transportPort, log: s.log });
      });
    });
    const results = await Promise.allSettled(started);
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    await waitForNodes(nodes[0].url, n, startTimeoutMs);
  } catch (err) {
    await Promise.all(children.map((c) => stopChild(c, 'SIGKILL', 0)));
    for (const node of nodes) fs.rmSync(node.home, { recursive: true, force: true });
    process.removeListener('exit', onExit);
    throw err;
  }
  return { nodes, stop, stopNode };
}

module.exports = { realAvailable, startRealNodes };
