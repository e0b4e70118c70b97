'use strict';
/**
 * Which Elasticsearch the test bed gives a test that asks for one.
 *
 *   esEngine() -> { engine: 'external' | 'real' | 'standin', upstream: url | null }
 *
 * - ELASTICSEARCH_URL set: that cluster ('external'), whatever else is set.
 * - TESTBED_ES_URL set: the real node the test run shares ('real'); the jest
 *   global setup starts it and sets this, or set it by hand to a running node.
 * - otherwise the stand-in (testbed/es-standin.js).
 *
 * With an upstream, every test-bed node gets an es-proxy.js of its own in
 * front of it (counters, faults and an index namespace per node).
 */
function esEngine() {
  const external = process.env.ELASTICSEARCH_URL;
  if (external) return { engine: 'external', upstream: external.replace(/\/+$/, '') };
  const shared = process.env.TESTBED_ES_URL;
  if (shared) return { engine: 'real', upstream: shared.replace(/\/+$/, '') };
  return { engine: 'standin', upstream: null };
}

module.exports = { esEngine };
