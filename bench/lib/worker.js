'use strict';
/** What the benchmark workers (the processes runWorker starts) share. */

/** Drops the baseline's console logging, so that the terminal is not what is measured. */
function quietConsole() {
  const noop = () => {};
  console.warn = noop;
  console.error = noop;
  console.log = noop;
}

/** The original GunSyncService (bench/baseline) on the worker's local node, pulling from its peer. */
function baselineService(cfg) {
  const { GunSyncService } = require('../baseline');
  return new GunSyncService({
    localRelay: cfg.localRelay,
    peers: [cfg.peerRelay],
    elasticsearch: { node: cfg.es },
    recordTypes: cfg.recordTypes,
    nodeId: 'bench-local-node',
  });
}

module.exports = { quietConsole, baselineService };
