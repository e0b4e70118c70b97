'use strict';
/**
 * Client for the admin API of a test-bed server (see faults.js). adminUrl is
 * like "http://127.0.0.1:40123". Every function returns a promise of the
 * parsed JSON answer and rejects on a status other than 200.
 *
 *   counters(adminUrl)          -> { "GET /get": n, ..., "total": n }
 *   resetCounters(adminUrl)     -> { success: true }
 *   addFault(adminUrl, rule)    -> { id }
 *   listFaults(adminUrl)        -> { faults: [...] }
 *   removeFault(adminUrl, id)   -> { success: true }
 *   clearFaults(adminUrl)       -> { success: true }
 */

const http = require('http');

function adminRequest(adminUrl, method, path, body) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? null : Buffer.from(JSON.stringify(body));
    const req = http.request(
      new URL(path, adminUrl),
      {
        method,
        // No keep-alive: a pooled socket would outlive the call and hold test runners open.
        agent: false,
        headers: payload ? { 'Content-Type': 'application/json', 'Content-Length': payload.length } : {},
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json;
          try {
            json = JSON.parse(text);
          } catch (_) {
            return reject(new Error(`${method} ${path}: not JSON (status ${res.statusCode}): ${text.slice(0, 200)}`));
          }
          if (res.statusCode !== 200) {
            return reject(new Error(`${method} ${path}: status ${res.statusCode}: ${json.error || text}`));
          }
          return resolve(json);
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const counters = (adminUrl) => adminRequest(adminUrl, 'GET', '/counters');
const resetCounters = (adminUrl) => adminRequest(adminUrl, 'POST', '/counters/reset');
const addFault = (adminUrl, rule) => adminRequest(adminUrl, 'POST', '/faults', rule);
const listFaults = (adminUrl) => adminRequest(adminUrl, 'GET', '/faults');
const removeFault = (adminUrl, id) => adminRequest(adminUrl, 'DELETE', `/faults/${id}`);
const clearFaults = (adminUrl) => adminRequest(adminUrl, 'DELETE', '/faults');

module.exports = { counters, resetCounters, addFault, listFaults, removeFault, clearFaults };
