'use strict';
/**
 * Client for the admin API of a test-bed server (see faults.js). adminUrl is
 * like "http://127.0.0.1:40123". Every function returns a promise of the
 * parsed JSON answer and rejects on a status other than 200.
 *
 *   counters(adminUrl)          -> { "GET /get": n, ..., "total": n }
 *   resetCounters(adminUrl)     -> { success: true } (peaks too)
 *   peaks(adminUrl)             -> { "POST /put record": n }: most requests of a kind at once
 *   addFault(adminUrl, rule)    -> { id }
 *   listFaults(adminUrl)        -> { faults: [...] }
 *   removeFault(adminUrl, id)   -> { success: true }
 *   clearFaults(adminUrl)       -> { success: true }
 */

const { request } = require('./http');

async function adminRequest(adminUrl, method, path, body) {
  // No keep-alive (see http.js): a pooled socket would outlive the call and hold test runners open.
  const r = await request(new URL(path, adminUrl), { method, body });
  if (r.json === null) throw new Error(`${method} ${path}: not JSON (status ${r.status}): ${r.text.slice(0, 200)}`);
  if (r.status !== 200) throw new Error(`${method} ${path}: status ${r.status}: ${r.json.error || r.text}`);
  return r.json;
}

const counters = (adminUrl) => adminRequest(adminUrl, 'GET', '/counters');
const resetCounters = (adminUrl) => adminRequest(adminUrl, 'POST', '/counters/reset');
const peaks = (adminUrl) => adminRequest(adminUrl, 'GET', '/counters/peaks');
const addFault = (adminUrl, rule) => adminRequest(adminUrl, 'POST', '/faults', rule);
const listFaults = (adminUrl) => adminRequest(adminUrl, 'GET', '/faults');
const removeFault = (adminUrl, id) => adminRequest(adminUrl, 'DELETE', `/faults/${id}`);
const clearFaults = (adminUrl) => adminRequest(adminUrl, 'DELETE', '/faults');

module.exports = { counters, resetCounters, peaks, addFault, listFaults, removeFault, clearFaults };
