'use strict';
/**
 * One HTTP(S) request for the tests, the test bed and the benchmarks.
 *
 *   request(url, { method = 'GET', body, headers = {}, timeoutMs, ca, raw = false, settle = false })
 *     -> Promise<{ status, headers, text, json, ms }>
 *
 *   url        a string or a URL; https when it starts with https:, then `ca`
 *              (PEM text or Buffer) is the certificate authority to trust
 *   body       sent JSON-encoded unless it is a string or a Buffer (or `raw`),
 *              with Content-Type application/json (application/x-ndjson when
 *              `raw`, the _bulk format) and Content-Length; `headers` are
 *              merged over these
 *   timeoutMs  no data for this long (connecting, waiting or reading) fails
 *              the request with "METHOD url: no answer in N ms"; none if unset
 *   settle     never reject: a broken or timed-out exchange resolves with what
 *              arrived (status and headers if any, the text received so far)
 *              and `error`: 'timeout', 'aborted', or the error's code
 *
 *   status     the HTTP status code (undefined if no answer came, with settle)
 *   text       the body as UTF-8
 *   json       the body parsed, or null when it is empty or does not parse
 *   ms         time from the call until the answer ended (or broke)
 *
 * No keep-alive (agent: false): no pooled socket outlives the call and holds a
 * test runner open.
 */

const http = require('http');
const https = require('https');

function request(url, { method = 'GET', body, headers = {}, timeoutMs, ca, raw = false, settle = false } = {}) {
  const started = Date.now();
  const lib = String(url).startsWith('https:') ? https : http;
  let payload = null;
  if (body !== undefined) {
    payload = raw || typeof body === 'string' || Buffer.isBuffer(body) ? Buffer.from(body) : Buffer.from(JSON.stringify(body));
  }
  const h = Object.assign(
    payload ? { 'Content-Type': raw ? 'application/x-ndjson' : 'application/json', 'Content-Length': payload.length } : {},
    headers,
  );
  return new Promise((resolve, reject) => {
    let res = null;
    let settled = false;
    let timedOut = false;
    const chunks = [];
    const answer = (extra) => {
      const text = Buffer.concat(chunks).toString('utf8');
      let json = null;
      try {
        json = text ? JSON.parse(text) : null;
      } catch (_) {
        json = null;
      }
      return Object.assign({ status: res ? res.statusCode : undefined, headers: res ? res.headers : {}, text, json, ms: Date.now() - started }, extra);
    };
    const finish = (err, code) => {
      if (settled) return;
      settled = true;
      if (!err) resolve(answer({}));
      else if (settle) resolve(answer({ error: code }));
      else reject(err);
    };
    const req = lib.request(url, { method, agent: false, headers: h, ca });
    req.on('response', (r) => {
      res = r;
      r.on('data', (c) => chunks.push(c));
      r.on('end', () => finish(null));
      r.on('aborted', () => finish(new Error(`${method} ${url}: answer aborted`), 'aborted'));
      r.on('error', (e) => finish(e, e.code || e.message));
    });
    if (timeoutMs !== undefined) {
      req.setTimeout(timeoutMs, () => {
        timedOut = true;
        req.destroy(new Error(`${method} ${url}: no answer in ${timeoutMs} ms`));
      });
    }
    req.on('error', (e) => {
      // Once the answer started, its own 'aborted' / 'error' tells how it broke.
      if (!res) finish(e, timedOut ? 'timeout' : e.code || e.message);
    });
    req.end(payload);
  });
}

module.exports = { request };
