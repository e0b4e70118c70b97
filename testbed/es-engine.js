'use strict';
/**
 * Which Elasticsearch the test bed gives a test, the demo or a benchmark.
 *
 *   esEngine() -> { engine: 'external' | 'real' | 'standin', upstream: url | null }
 *     - ELASTICSEARCH_URL set: that cluster ('external'), whatever else is set.
 *     - TESTBED_ES_URL set: the real node this run shares ('real').
 *     - otherwise the stand-in (testbed/es-standin.js).
 *   With an upstream, every test-bed node gets an es-proxy.js of its own in
 *   front of it (counters, faults and an index namespace per node).
 *
 *   startSharedEngine() -> Promise<{ engine, line, stop() }>
 *     For the start of a run (the jest global setup, the demo, a benchmark):
 *     when neither variable is set, TESTBED_ELASTICSEARCH is not "standin",
 *     and Java and Maven are here, starts one real node and sets
 *     TESTBED_ES_URL for this process and the children it starts; stop()
 *     ends that node. line names the engine in one sentence (and why the
 *     stand-in, when it is the stand-in), for the run to print.
 */
const { realAvailable, startRealNodes } = require('./es-real');
const { request } = require('./http');

function esEngine() {
  const external = process.env.ELASTICSEARCH_URL;
  if (external) return { engine: 'external', upstream: external.replace(/\/+$/, '') };
  const shared = process.env.TESTBED_ES_URL;
  if (shared) return { engine: 'real', upstream: shared.replace(/\/+$/, '') };
  return { engine: 'standin', upstream: null };
}

async function startSharedEngine() {
  const none = async () => {};
  const picked = esEngine();
  if (picked.engine === 'external') return { engine: 'external', line: `external cluster at ELASTICSEARCH_URL (${picked.upstream})`, stop: none };
  if (picked.engine === 'real') return { engine: 'real', line: `real node at TESTBED_ES_URL (${picked.upstream})`, stop: none };
  const standin = (why) => ({ engine: 'standin', line: `the stand-in (testbed/es-standin.js), ${why}`, stop: none });
  if (process.env.TESTBED_ELASTICSEARCH === 'standin') return standin('as TESTBED_ELASTICSEARCH=standin asks');
  const why = realAvailable();
  if (why) return standin(`not a real node: ${why}`);
  const started = Date.now();
  const cluster = await startRealNodes(1);
  const node = cluster.nodes[0];
  const info = (await request(node.url, { timeoutMs: 10000 })).json;
  process.env.TESTBED_ES_URL = node.url;
  const stop = async () => {
    if (process.env.TESTBED_ES_URL === node.url) delete process.env.TESTBED_ES_URL;
    await cluster.stop();
  };
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  return { engine: 'real', line: `real Elasticsearch ${info.version.number} at ${node.url} (java pid ${node.pid}, up in ${secs} s)`, stop };
}

module.exports = { esEngine, startSharedEngine };
