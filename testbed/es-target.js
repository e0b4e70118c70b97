'use strict';
/**
 * Picks the Elasticsearch a test talks to.
 *
 *   esTarget({ version, user, apiKey, seed }) -> Promise<{ url, auth, headers, isStandin,
 *                                                          adminUrl, version, stop() }>
 *
 * With ELASTICSEARCH_URL set, that cluster is used as is (auth from
 * ELASTICSEARCH_API_KEY, or ELASTICSEARCH_USERNAME / ELASTICSEARCH_PASSWORD)
 * and the options are ignored: isStandin is false, adminUrl is null and tests
 * needing the stand-in's admin API or a special mode must skip (realCluster()
 * tells before anything starts). With the run's shared real node
 * (TESTBED_ES_URL, see es-engine.js) and no special mode asked for, a proxy
 * (es-proxy.js) in front of it: isStandin false, engine "real", adminUrl its
 * counters and faults. Otherwise a stand-in (es-standin.js) is spawned as a
 * child process with the options (--version, --user name:pw, --api-key id:key,
 * --seed). stop() ends what was spawned.
 *
 * auth is in the official client's form ({ username, password } or { apiKey });
 * headers holds the matching Authorization header for raw HTTP calls.
 * uniqueIndex(base) gives an index name that no earlier run used.
 */
const path = require('path');
const crypto = require('crypto');
const { spawnServer, stopChild } = require('./launcher');
const { esEngine } = require('./es-engine');

const ES_SCRIPT = path.join(__dirname, 'es-standin.js');
const PROXY_SCRIPT = path.join(__dirname, 'es-proxy.js');

function realCluster() {
  return Boolean(process.env.ELASTICSEARCH_URL);
}

function envAuth() {
  const { ELASTICSEARCH_API_KEY: apiKey, ELASTICSEARCH_USERNAME: username, ELASTICSEARCH_PASSWORD: password } = process.env;
  if (apiKey) return { auth: { apiKey }, headers: { Authorization: `ApiKey ${apiKey}` } };
  if (username) {
    return { auth: { username, password: password || '' }, headers: { Authorization: `Basic ${Buffer.from(`${username}:${password || ''}`).toString('base64')}` } };
  }
  return { auth: undefined, headers: {} };
}

/** GET / for the version number (no keep-alive agent: nothing may outlive the call in a test). */
function clusterVersion(url, headers) {
  const lib = url.startsWith('https:') ? require('https') : require('http');
  return new Promise((resolve, reject) => {
    const req = lib.get(url, { headers, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => {
        if (res.statusCode !== 200) return reject(new Error(`GET ${url} answered ${res.statusCode}: ${text}`));
        try {
          resolve(JSON.parse(text).version.number);
        } catch (e) {
          reject(e);
        }
      });
    });
    req.on('error', reject);
  });
}

async function esTarget({ version, user, apiKey, seed, startTimeoutMs = 15000 } = {}) {
  if (realCluster()) {
    const url = process.env.ELASTICSEARCH_URL.replace(/\/+$/, '');
    const { auth, headers } = envAuth();
    return { url, auth, headers, isStandin: false, engine: 'external', adminUrl: null, version: await clusterVersion(url, headers), stop: async () => {} };
  }
  const picked = esEngine();
  if (picked.engine === 'real' && !version && !user && !apiKey) {
    const args = ['--upstream', picked.upstream, '--port', '0', '--admin-port', '0', ...(seed !== undefined ? ['--seed', String(seed)] : [])];
    const p = await spawnServer(PROXY_SCRIPT, args, { name: 'elasticsearch proxy', timeoutMs: startTimeoutMs });
    const url = `http://127.0.0.1:${p.port}`;
    const stop = () => stopChild(p.child, 'SIGTERM', 5000);
    return { url, auth: undefined, headers: {}, isStandin: false, engine: 'real', adminUrl: `http://127.0.0.1:${p.adminPort}`, version: await clusterVersion(url, {}), stop };
  }
  const args = ['--port', '0', '--admin-port', '0'];
  if (version) args.push('--version', version);
  if (user) args.push('--user', `${user.username}:${user.password}`);
  if (apiKey) args.push('--api-key', `${apiKey.id}:${apiKey.api_key}`);
  if (seed !== undefined) args.push('--seed', String(seed));
  const s = await spawnServer(ES_SCRIPT, args, { name: 'elasticsearch stand-in', timeoutMs: startTimeoutMs });
  const url = `http://127.0.0.1:${s.port}`;
  let auth;
  let headers = {};
  if (user) {
    auth = { username: user.username, password: user.password };
    headers = { Authorization: `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}` };
  } else if (apiKey) {
    const encoded = Buffer.from(`${apiKey.id}:${apiKey.api_key}`).toString('base64');
    auth = { apiKey: encoded };
    headers = { Authorization: `ApiKey ${encoded}` };
  }
  const stop = () =>
    new Promise((resolve) => {
      if (s.child.exitCode !== null || s.child.signalCode !== null) return resolve();
      s.child.once('exit', () => resolve());
      s.child.kill('SIGTERM');
    });
  return { url, auth, headers, isStandin: true, engine: 'standin', adminUrl: `http://127.0.0.1:${s.adminPort}`, version: await clusterVersion(url, headers), stop };
}

function uniqueIndex(base) {
  return `${base}-${Date.now().toString(36)}-${crypto.randomBytes(3).toString('hex')}`;
}

module.exports = { esTarget, realCluster, uniqueIndex };
