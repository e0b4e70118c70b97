'use strict';
/**
 * The REST layer: routing, media types, authentication, parameters and
 * every endpoint's request/response shapes. handle(ctx) answers one request;
 * ctx = { method, path, rawUrl, query: Map, headers, body: Buffer }.
 * Returns { status, body?: value, text?: string, headers? }.
 *
 * This file holds the routes; the endpoints live in one file per API family
 * (cluster.js, indices.js, documents.js, bulk.js, search.js) and the helpers
 * they share in common.js, all methods of the one `Rest` class.
 */
const { common } = require('./common');
const { cluster } = require('./cluster');
const { indices } = require('./indices');
const { documents } = require('./documents');
const { bulk } = require('./bulk');
const { search } = require('./search');

class Rest {
  /** opts: { engine, version, v8, nodeName, clusterName, clusterUuid, user, apiKey } */
  constructor(opts) {
    Object.assign(this, opts);
    this.routes = this.buildRoutes();
  }

  buildRoutes() {
    const r = (pattern, methods) => ({ pattern, methods });
    return [
      r([], { GET: this.main, HEAD: this.main }),
      r(['_bulk'], { POST: this.bulk, PUT: this.bulk }),
      r(['_mget'], { GET: this.mget, POST: this.mget }),
      r(['_search'], { GET: this.search, POST: this.search }),
      r(['_count'], { GET: this.count, POST: this.count }),
      r(['_refresh'], { GET: this.refresh, POST: this.refresh }),
      r(['_mapping'], { GET: this.getMapping }),
      r(['_cluster', 'health'], { GET: this.health }),
      r(['_cluster', 'health', ':index'], { GET: this.health }),
      r([':index'], { PUT: this.createIndex, DELETE: this.deleteIndex, HEAD: this.indexExists, GET: this.getIndex }),
      r([':index', '_bulk'], { POST: this.bulk, PUT: this.bulk }),
      r([':index', '_mget'], { GET: this.mget, POST: this.mget }),
      r([':index', '_search'], { GET: this.search, POST: this.search }),
      r([':index', '_count'], { GET: this.count, POST: this.count }),
      r([':index', '_refresh'], { GET: this.refresh, POST: this.refresh }),
      r([':index', '_mapping'], { GET: this.getMapping, PUT: this.putMapping, POST: this.putMapping }),
      r([':index', '_doc'], { POST: this.indexAutoId }),
      r([':index', '_doc', ':id'], { PUT: this.indexDoc, POST: this.indexDoc, GET: this.getDoc, HEAD: this.getDoc, DELETE: this.deleteDoc }),
      r([':index', '_create', ':id'], { PUT: this.createDoc, POST: this.createDoc }),
      r([':index', '_update', ':id'], { POST: this.update }),
    ];
  }

  /** Finds the handler; ES's path trie prefers literal segments over {placeholders}. */
  route(method, segs) {
    let best = null;
    for (const rt of this.routes) {
      if (rt.pattern.length !== segs.length) continue;
      const params = {};
      let literal = 0;
      const ok = rt.pattern.every((pp, i) => {
        if (pp.startsWith(':')) {
          params[pp.slice(1)] = segs[i];
          return true;
        }
        literal++;
        return pp === segs[i];
      });
      if (ok && (!best || literal > best.literal)) best = { rt, params, literal };
    }
    if (!best) return { none: true };
    const handler = best.rt.methods[method];
    if (!handler) return { allowed: Object.keys(best.rt.methods) };
    return { handler, params: best.params };
  }
}

Object.assign(Rest.prototype, common, cluster, indices, documents, bulk, search);

module.exports = { Rest };
