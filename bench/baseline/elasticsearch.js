'use strict';
/**
 * BASELINE, NOT A PRODUCT. The Elasticsearch client the baseline helpers use,
 * as the original app's `elasticClient`: the official `@elastic/elasticsearch`
 * 8.x client from ELASTICSEARCHHOST / ELASTICCLIENTUSERNAME /
 * ELASTICCLIENTPASSWORD, or from options { node, auth } so benchmarks can point
 * it at a test-bed node. It keeps no defect of its own (the callers' request
 * shapes are where the original's defects live).
 */

const { Client } = require('@elastic/elasticsearch');

function createElasticClient(options = {}) {
  const node = options.node || process.env.ELASTICSEARCHHOST || 'http://elasticsearch:9200';
  let auth = options.auth;
  if (!auth && process.env.ELASTICCLIENTUSERNAME) {
    auth = {
      username: process.env.ELASTICCLIENTUSERNAME,
      password: process.env.ELASTICCLIENTPASSWORD || '',
    };
  }
  return new Client(auth ? { node, auth } : { node });
}

let sharedClient = null;

/** The process-wide client from the environment, created on first use. */
function getElasticClient() {
  if (!sharedClient) sharedClient = createElasticClient();
  return sharedClient;
}

module.exports = { createElasticClient, getElasticClient };
