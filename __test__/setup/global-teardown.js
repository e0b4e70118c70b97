'use strict';
// Stops the real node the global setup started, by its PID (its data dir goes with it).
module.exports = async function globalTeardown() {
  if (globalThis.__testbedElasticsearch) await globalThis.__testbedElasticsearch.stop();
};
