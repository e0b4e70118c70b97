'use strict';
/**
 * Cluster APIs: the root endpoint (`GET /`) and `_cluster/health`.
 * Methods of `Rest` (rest/index.js): `this` is the REST layer.
 */
const { Float } = require('../xcontent');

const cluster = {
  main(ctx, p) {
    return () => {
      if (ctx.method === 'HEAD') return { status: 200 };
      const v8 = this.v8;
      return {
        status: 200,
        body: {
          name: this.nodeName,
          cluster_name: this.clusterName,
          cluster_uuid: this.clusterUuid,
          version: {
            number: this.version,
            build_flavor: 'default',
            build_type: 'docker',
            build_hash: v8 ? '2b6a7fed44faa321997703718f07ee0420804b41' : 'a6ec8e2e6e5e1b0f2e5c1bd2a3b9b6e5b4f5d3e2',
            build_date: v8 ? '2024-12-11T12:08:05.663969764Z' : '2024-10-16T22:06:36.904732810Z',
            build_snapshot: false,
            lucene_version: v8 ? '9.12.0' : '8.11.3',
            minimum_wire_compatibility_version: v8 ? '7.17.0' : '6.8.0',
            minimum_index_compatibility_version: v8 ? '7.0.0' : '6.0.0-beta1',
          },
          tagline: 'You Know, for Search',
        },
      };
    };
  },

  health(ctx, p) {
    const index = p.str('index');
    ['level', 'local', 'master_timeout', 'timeout', 'wait_for_active_shards', 'wait_for_nodes', 'wait_for_events', 'wait_for_no_relocating_shards', 'wait_for_no_initializing_shards', 'wait_for_status', 'expand_wildcards'].forEach((k) => p.str(k));
    return () => {
      const indices = index ? this.engine.resolve(index) : [...this.engine.indices.values()];
      const n = indices.length;
      return {
        status: 200,
        body: {
          cluster_name: this.clusterName,
          status: n ? 'yellow' : 'green',
          timed_out: false,
          number_of_nodes: 1,
          number_of_data_nodes: 1,
          active_primary_shards: n,
          active_shards: n,
          relocating_shards: 0,
          initializing_shards: 0,
          unassigned_shards: n,
          unassigned_primary_shards: this.v8 ? 0 : undefined,
          delayed_unassigned_shards: 0,
          number_of_pending_tasks: 0,
          number_of_in_flight_fetch: 0,
          task_max_waiting_in_queue_millis: 0,
          active_shards_percent_as_number: new Float(n ? 50 : 100),
        },
      };
    };
  },
};

module.exports = { cluster };
