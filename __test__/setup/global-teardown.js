'use strict';
// Stops the real node the global setup started, by its PID (its data dir goes with it).
module.exports = async function globalTeardown() {
  const cluster = globalThis.__testbedElasticsearch;
  if (!cluster) return;
  delete process.env.TESTBED_ES_URL;
  await cluster.stop();
};
