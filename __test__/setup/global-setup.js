'use strict';
// One Elasticsearch for the whole jest run, shared by every test file (each
// test-bed node reaches it through a proxy with an index namespace of its
// own): a real 7.17 node when Java and Maven are here, else the stand-in.
// Prints one line naming the engine.
const { startSharedEngine } = require('../../testbed/es-engine');

module.exports = async function globalSetup() {
  const shared = await startSharedEngine();
  globalThis.__testbedElasticsearch = shared;
  process.stdout.write(`\nElasticsearch engine: ${shared.line}\n`);
};
