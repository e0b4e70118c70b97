#!/usr/bin/env node
'use strict';
/**
 * Starts test-bed nodes, each server in a child process of its own: a GUN relay
 * (gun-relay.js) and, when asked, an Elasticsearch: a stand-in (es-standin.js)
 * or a proxy (es-proxy.js) in front of a real node (es-real.js).
 *
 *   startNodes(n, { putDelayMs, missingWaitMs, peer, elasticsearch, seed,
 *                   startTimeoutMs = 20000, graceMs = 3000 })
 *     -> Promise<{ nodes, stop(), restartRelay(i, { signal }), killRelay(i, signal),
 *                  relayLog(i) }>
 *   nodes[i] = { index, relayUrl, relayAdminUrl, relayPid, esUrl, esAdminUrl,
 *                esPid, esEngine, esUpstreamUrl, esNamespace, esJavaPid, dataDir }
 *
 * - peer: true makes the relays GUN peers (each relay lists the earlier ones;
 *   GUN's websocket links carry data both ways).
 * - elasticsearch: adds an Elasticsearch per node, with counters and faults on
 *   esAdminUrl either way:
 *     true        the engine es-engine.js picks: a proxy in front of
 *                 ELASTICSEARCH_URL or of the run's shared real node
 *                 (TESTBED_ES_URL), else a stand-in
 *     "real"      a proxy in front of the shared real node; without one, the
 *                 bed starts a real node of its own (a JVM, esJavaPid) and
 *                 stops it with the rest
 *     "standin", or { version: "8.x" | "7.17" }: a stand-in (in that version)
 *   Each proxy keeps its node's indices apart (an index namespace), so nodes
 *   sharing one real node still have an Elasticsearch each. esUpstreamUrl is
 *   the real node behind the proxy (null for a stand-in).
 * - putDelayMs / missingWaitMs: the relays' put delay and missing-soul wait
 *   (default the production 100 / 3000); seed: the fault PRNG seed.
 * - restartRelay(i, { signal = "SIGTERM" }) stops relay i with that signal
 *   (SIGKILL for a crash) and starts it again on the same ports and data dir,
 *   so it comes back with what radisk stored. killRelay(i, signal = "SIGKILL")
 *   only stops it.
 * - stop() ends every child (SIGTERM, then SIGKILL after graceMs), waits for
 *   them and removes the data dirs; nothing is left to keep the caller alive.
 * - relayLog(i) returns the end of relay i's stderr, for diagnostics.
 *
 * A child is ready when it prints READY {"port":n,"adminPort":m} on stdout;
 * one that exits or stays silent past startTimeoutMs fails with its stderr.
 *
 *   closedPort() -> Promise<port>: a loopback port that nothing listens on
 *   (bound, then closed), for a dead relay or peer.
 *
 * CLI, for manual runs: node testbed/launcher.js --nodes 2 [--peer]
 *   [--elasticsearch [real|standin|8.x|7.17]] [--put-delay-ms N] [--missing-wait-ms N] [--seed N]
 * prints the nodes as JSON and stays up until Ctrl-C.
 */

const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const { esEngine } = require('./es-engine');

const RELAY_SCRIPT = path.join(__dirname, 'gun-relay.js');
const ES_SCRIPT = path.join(__dirname, 'es-standin.js');
const PROXY_SCRIPT = path.join(__dirname, 'es-proxy.js');
const LOG_TAIL_BYTES = 16 * 1024;
const HOST = '127.0.0.1';

/** Spawns `node script args...` and resolves once it printed its READY line. */
function spawnServer(script, args, opts) {
  return spawnProcess(process.execPath, [script, ...args], opts);
}

/**
 * Spawns `command args...` and resolves once it printed READY {json} on stdout:
 * { child, port, adminPort, ready: the parsed json, log() }.
 */
function spawnProcess(command, args, { name, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    let stdoutBuf = '';
    let settled = false;
    // The pipes are drained for the child's whole life: a full pipe would block it.
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s) => {
      log = (log + s).slice(-LOG_TAIL_BYTES);
    });
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (s) => {
      if (settled) return;
      stdoutBuf += s;
      const m = /^READY (\{.*\})\s*$/m.exec(stdoutBuf);
      if (!m) return;
      settled = true;
      clearTimeout(timer);
      const ready = JSON.parse(m[1]);
      resolve({ child, port: ready.port, adminPort: ready.adminPort, ready, log: () => log });
    });
    const fail = (why) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(new Error(`${name} ${why}; stderr:\n${log || '(empty)'}`));
    };
    const timer = setTimeout(() => {
      fail(`printed no READY line within ${timeoutMs} ms`);
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (err) => fail(`could not start: ${err.message}`));
    child.on('exit', (code, signal) => fail(`exited before it was ready (code ${code}, signal ${signal})`));
  });
}

/** Signals a child and resolves once it is gone and its pipes are closed. */
function stopChild(child, signal, graceMs) {
  if (!child || child.exitCode !== null || child.signalCode !== null) {
    // Already exited; its pipes may still be closing.
    return child && !child.stdout.closed ? new Promise((r) => child.once('close', r)) : Promise.resolve();
  }
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('close', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill(signal);
  });
}

function relayArgs(o) {
  return [
    '--port', String(o.port),
    '--admin-port', String(o.adminPort),
    '--data-dir', o.dataDir,
    '--put-delay-ms', String(o.putDelayMs),
    '--missing-wait-ms', String(o.missingWaitMs),
    '--seed', String(o.seed),
    ...(o.peers.length ? ['--peers', o.peers.join(',')] : []),
  ];
}

async function startNodes(n, opts = {}) {
  const {
    putDelayMs = 100,
    missingWaitMs = 3000,
    peer = false,
    elasticsearch = false,
    seed = 1,
    startTimeoutMs = 20000,
    graceMs = 3000,
  } = opts;
  if (!(Number.isInteger(n) && n >= 1)) throw new Error('startNodes: n must be an integer >= 1');
  if (elasticsearch && !fs.existsSync(ES_SCRIPT)) {
    throw new Error(`startNodes: elasticsearch requested but ${path.relative(process.cwd(), ES_SCRIPT)} does not exist`);
  }
  if (![false, true, 'real', 'standin'].includes(elasticsearch) && typeof elasticsearch !== 'object') {
    throw new Error(`startNodes: elasticsearch must be true, "real", "standin" or { version }, not ${JSON.stringify(elasticsearch)}`);
  }
  const esVersion = elasticsearch && typeof elasticsearch === 'object' ? elasticsearch.version : undefined;
  const picked = esEngine();
  let es = { engine: 'standin', upstream: null };
  if (elasticsearch === true || elasticsearch === 'real') es = picked;
  if (elasticsearch === 'real' && picked.engine === 'standin') es = { engine: 'real', upstream: null };

  const nodes = [];
  const relays = []; // per node: { child, args, log }
  const esChildren = [];
  const dataDirs = [];
  let ownReal = null; // a real node this bed started itself
  let stopped = false;

  // Last resort if the caller exits without stop(): no orphaned servers.
  const onExit = () => {
    for (const r of relays) if (r && r.child) r.child.kill('SIGKILL');
    for (const c of esChildren) c.kill('SIGKILL');
  };
  process.on('exit', onExit);

  async function stop() {
    if (stopped) return;
    stopped = true;
    await Promise.all([
      ...relays.map((r) => stopChild(r && r.child, 'SIGTERM', graceMs)),
      ...esChildren.map((c) => stopChild(c, 'SIGTERM', graceMs)),
    ]);
    // After the proxies: they delete their indices on the way out.
    if (ownReal) await ownReal.stop();
    for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
    process.removeListener('exit', onExit);
  }

  try {
    if (es.engine === 'real' && !es.upstream) {
      const { startRealNodes, realAvailable } = require('./es-real');
      const why = realAvailable();
      if (why) throw new Error(`startNodes: a real Elasticsearch was asked for, but ${why}`);
      ownReal = await startRealNodes(1);
      es.upstream = ownReal.nodes[0].url;
    }
    for (let i = 0; i < n; i++) {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `oip-testbed-relay${i}-`));
      dataDirs.push(dataDir);
      const peers = peer ? nodes.map((node) => `${node.relayUrl}/gun`) : [];
      const args = { port: 0, adminPort: 0, dataDir, putDelayMs, missingWaitMs, seed, peers };
      const relay = await spawnServer(RELAY_SCRIPT, relayArgs(args), { name: `relay ${i}`, timeoutMs: startTimeoutMs });
      // A restart must come back on the same ports, so pin the ones it got.
      relays.push({ child: relay.child, log: relay.log, args: Object.assign(args, { port: relay.port, adminPort: relay.adminPort }) });
      const node = {
        index: i,
        relayUrl: `http://${HOST}:${relay.port}`,
        relayAdminUrl: `http://${HOST}:${relay.adminPort}`,
        relayPid: relay.child.pid,
        esUrl: null,
        esAdminUrl: null,
        esPid: null,
        esEngine: null,
        esUpstreamUrl: null,
        esNamespace: null,
        esJavaPid: ownReal ? ownReal.nodes[0].pid : null,
        dataDir,
      };
      if (elasticsearch) {
        const server = es.upstream
          ? await spawnServer(PROXY_SCRIPT, ['--upstream', es.upstream, '--port', '0', '--admin-port', '0', '--seed', String(seed)], {
              name: `elasticsearch proxy ${i}`,
              timeoutMs: startTimeoutMs,
            })
          : await spawnServer(ES_SCRIPT, ['--port', '0', '--admin-port', '0', ...(esVersion ? ['--version', esVersion] : [])], {
              name: `elasticsearch stand-in ${i}`,
              timeoutMs: startTimeoutMs,
            });
        esChildren.push(server.child);
        node.esUrl = `http://${HOST}:${server.port}`;
        node.esAdminUrl = `http://${HOST}:${server.adminPort}`;
        node.esPid = server.child.pid;
        node.esEngine = es.engine;
        node.esUpstreamUrl = es.upstream;
        node.esNamespace = server.ready.namespace || null;
      }
      nodes.push(node);
    }
  } catch (err) {
    await stop();
    throw err;
  }

  function relayAt(i) {
    if (stopped) throw new Error('the nodes were stopped');
    if (!relays[i]) throw new Error(`no relay ${i}`);
    return relays[i];
  }

  async function killRelay(i, signal = 'SIGKILL') {
    const relay = relayAt(i);
    await stopChild(relay.child, signal, graceMs);
    nodes[i].relayPid = null;
  }

  async function restartRelay(i, { signal = 'SIGTERM' } = {}) {
    const relay = relayAt(i);
    await stopChild(relay.child, signal, graceMs);
    nodes[i].relayPid = null;
    const started = await spawnServer(RELAY_SCRIPT, relayArgs(relay.args), { name: `relay ${i} (restart)`, timeoutMs: startTimeoutMs });
    relay.child = started.child;
    relay.log = started.log;
    nodes[i].relayPid = started.child.pid;
    return nodes[i];
  }

  return { nodes, stop, restartRelay, killRelay, relayLog: (i) => relayAt(i).log() };
}

function closedPort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, HOST, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function parseCli(argv) {
  const o = { nodes: 1, peer: false, elasticsearch: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--nodes') o.nodes = Number(value());
    else if (a === '--peer') o.peer = true;
    else if (a === '--elasticsearch') {
      const v = argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : true;
      o.elasticsearch = v === true || v === 'real' || v === 'standin' ? v : { version: v };
    } else if (a === '--put-delay-ms') o.putDelayMs = Number(value());
    else if (a === '--missing-wait-ms') o.missingWaitMs = Number(value());
    else if (a === '--seed') o.seed = Number(value());
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

async function main() {
  const { nodes: n, ...opts } = parseCli(process.argv.slice(2));
  const bed = await startNodes(n, opts);
  process.stdout.write(`${JSON.stringify(bed.nodes, null, 2)}\nUp. Ctrl-C stops.\n`);
  const quit = () => bed.stop().then(() => process.exit(0));
  process.on('SIGINT', quit);
  process.on('SIGTERM', quit);
}

// Before main() runs: es-real.js requires this module while main() starts a node.
module.exports = { startNodes, spawnServer, spawnProcess, stopChild, closedPort };

if (require.main === module) {
  main().catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
}
