'use strict';
// One Elasticsearch for the whole jest run, shared by every test file (each
// test-bed node reaches it through a proxy with an index namespace of its
// own): a real 7.17 node when Java and Maven are here, else the stand-in.
// Prints one line naming the engine.
const { esEngine } = require('../../testbed/es-engine');
const { realAvailable, startRealNodes } = require('../../testbed/es-real');
const { request } = require('../../testbed/http');

module.exports = async function globalSetup() {
  const say = (line) => process.stdout.write(`\nElasticsearch engine: ${line}\n`);
  const picked = esEngine();
  if (picked.engine === 'external') return say(`external cluster at ELASTICSEARCH_URL (${picked.upstream})`);
  if (picked.engine === 'real') return say(`real node at TESTBED_ES_URL (${picked.upstream})`);
  if (process.env.TESTBED_ELASTICSEARCH === 'standin') return say('the stand-in (testbed/es-standin.js), as TESTBED_ELASTICSEARCH=standin asks');
  const why = realAvailable();
  if (why) return say(`the stand-in (testbed/es-standin.js), not a real node: ${why}`);
  const started = Date.now();
  const cluster = await startRealNodes(1);
  const node = cluster.nodes[0];
  const info = (await request(node.url, { timeoutMs: 10000 })).json;
  process.env.TESTBED_ES_URL = node.url;
  globalThis.__testbedElasticsearch = cluster;
  say(`real Elasticsearch ${info.version.number} at ${node.url} (java pid ${node.pid}, up in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
};
