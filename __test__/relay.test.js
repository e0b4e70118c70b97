'use strict';
// The test relay against the relay HTTP contract, and its fault injection.
// Every relay here is a real child process over the real `gun` package.

const { startNodes } = require('../testbed/launcher');
const control = require('../testbed/control');
const { mulberry32 } = require('../testbed/faults');
const { request: httpRequest } = require('../testbed/http');

const MISSING_WAIT_MS = 500;

/**
 * One HTTP request without keep-alive. Resolves with what arrived, also when the
 * connection broke ({ error, text: the bytes received so far }).
 */
const request = (url, { timeoutMs = 10000, ...opts } = {}) => httpRequest(url, { ...opts, timeoutMs, settle: true });

const json = (r) => JSON.parse(r.text);
let bed;
let relay;
let uniq = 0;
// Souls unique to each test, so no test reads another's GUN data.
const soul = (name) => `a1b2c3d4e5f6:${name}-${process.pid}-${++uniq}`;

const put = (s, data, base = relay.relayUrl) => request(`${base}/put`, { method: 'POST', body: { soul: s, data } });
const get = (s, base = relay.relayUrl) => request(`${base}/get?soul=${encodeURIComponent(s)}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  bed = await startNodes(1, { putDelayMs: 0, missingWaitMs: MISSING_WAIT_MS });
  relay = bed.nodes[0];
});

afterAll(async () => {
  if (bed) await bed.stop();
});

afterEach(async () => {
  await control.clearFaults(relay.relayAdminUrl);
});

describe('POST /put and GET /get', () => {
  test('round trip: 200 {success, soul}, then the node with data/oip JSON strings parsed', async () => {
    const s = soul('rt');
    const p = await put(s, { data: JSON.stringify({ name: 'x', n: [1, 2] }), oip: JSON.stringify({ recordType: 'post', ver: '0.8.0' }), title: 't', n: 3 });
    expect(p.status).toBe(200);
    expect(json(p)).toEqual({ success: true, soul: s });
    const g = await get(s);
    expect(g.status).toBe(200);
    expect(json(g)).toEqual({
      success: true,
      data: { data: { name: 'x', n: [1, 2] }, oip: { recordType: 'post', ver: '0.8.0' }, title: 't', n: 3 },
    });
  });

  test('a data or oip string that is not JSON is returned as the string', async () => {
    const s = soul('notjson');
    await put(s, { data: 'plain [text', oip: '{"half":' });
    expect(json(await get(s)).data).toEqual({ data: 'plain [text', oip: '{"half":' });
  });

  test('GUN merges at the field level', async () => {
    const s = soul('merge');
    expect((await put(s, { a: 1, b: 'old' })).status).toBe(200);
    expect((await put(s, { b: 'new', c: true })).status).toBe(200);
    expect(json(await get(s)).data).toEqual({ a: 1, b: 'new', c: true });
  });

  test('a field put to null is dropped from reads', async () => {
    const s = soul('tomb');
    await put(s, { a: 1, b: 2 });
    expect((await put(s, { b: null })).status).toBe(200);
    expect(json(await get(s)).data).toEqual({ a: 1 });
  });

  test('a node whose fields are all null reads as 404 Not found', async () => {
    const s = soul('allnull');
    await put(s, { a: 1 });
    await put(s, { a: null });
    const g = await get(s);
    expect(g.status).toBe(404);
    expect(json(g)).toEqual({ error: 'Not found' });
  });

  test('GUN refuses a non-object at the root: data null or a string is a 500 with its error', async () => {
    for (const data of [null, 'text']) {
      const p = await put(soul('nullput'), data);
      expect(p.status).toBe(500);
      expect(json(p)).toEqual({ error: 'Data at root of graph must be a node (an object).' });
    }
  });

  test('gun/sea refuses souls holding # and ~name.key souls', async () => {
    const hashed = await put(`${soul('h')}#x`, { a: 1 });
    expect(hashed.status).toBe(500);
    expect(json(hashed)).toEqual({ error: 'Data hash not same as hash!' });
    const signed = await put(`~${soul('u')}.key`, { a: 1 });
    expect(signed.status).toBe(500);
    expect(json(signed)).toEqual({ error: 'Unverified data.' });
  });

  test('an empty object is never acknowledged by GUN, so the put is never answered', async () => {
    const p = await request(`${relay.relayUrl}/put`, { method: 'POST', body: { soul: soul('empty'), data: {} }, timeoutMs: 1500 });
    expect(p.error).toBe('timeout');
    expect(p.status).toBeUndefined();
  });

  test('a body that is not JSON is 400 Invalid JSON', async () => {
    for (const body of ['{"soul": "x", ', 'null']) {
      const p = await request(`${relay.relayUrl}/put`, { method: 'POST', body });
      expect(p.status).toBe(400);
      expect(json(p)).toEqual({ error: 'Invalid JSON' });
    }
  });

  test('GET without a soul (or an empty one) is 400 Soul parameter required', async () => {
    for (const path of ['/get', '/get?soul=', '/get?other=1']) {
      const g = await request(relay.relayUrl + path);
      expect(g.status).toBe(400);
      expect(json(g)).toEqual({ error: 'Soul parameter required' });
    }
  });

  test('a missing soul is 404 after the configured missing-soul wait', async () => {
    const g = await get(soul('never-written'));
    expect(g.status).toBe(404);
    expect(json(g)).toEqual({ error: 'Not found' });
    expect(g.ms).toBeGreaterThanOrEqual(MISSING_WAIT_MS - 20);
    expect(g.ms).toBeLessThan(MISSING_WAIT_MS + 1000);
  });

  test('souls with : / ? & % space and non-ASCII round-trip when URL-encoded', async () => {
    const s = `${soul('odd')}:a/b?c=d&e=%20 f ü 日本`;
    const p = await put(s, { v: 'odd' });
    expect(json(p)).toEqual({ success: true, soul: s });
    const g = await get(s);
    expect(g.status).toBe(200);
    expect(json(g).data).toEqual({ v: 'odd' });
  });

  test('a nested object becomes its own node, read back as a {"#": soul} reference', async () => {
    const s = soul('nested');
    const p = await put(s, { data: '{"a":1}', oip: '{"recordType":"post"}', meta: { created: 5, localId: null, encrypted: false } });
    expect(p.status).toBe(200);
    // Real GUN: the first read of a node just written may lack the nested field.
    const first = json(await get(s)).data;
    expect(Object.keys(first).every((k) => ['data', 'oip', 'meta'].includes(k))).toBe(true);
    let full = first;
    for (let i = 0; i < 20 && !full.meta; i++) full = json(await get(s)).data;
    expect(full).toEqual({ data: { a: 1 }, oip: { recordType: 'post' }, meta: { '#': `${s}/meta` } });
    const child = await get(`${s}/meta`);
    expect(json(child)).toEqual({ success: true, data: { created: 5, encrypted: false } });
  });

  test('every answer is JSON with Access-Control-Allow-Origin: *', async () => {
    const s = soul('cors');
    const answers = [
      await put(s, { a: 1 }),
      await get(s),
      await put(s, null),
      await request(`${relay.relayUrl}/put`, { method: 'POST', body: 'x' }),
      await request(`${relay.relayUrl}/nope`),
      await request(`${relay.relayUrl}/list?publisherHash=a1b2c3d4e5f6`),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 500, 400, 404, 200]);
    for (const a of answers) {
      expect(a.headers['access-control-allow-origin']).toBe('*');
      expect(a.headers['content-type']).toBe('application/json');
      expect(() => json(a)).not.toThrow();
    }
  });
});

describe('GET /list and unknown endpoints', () => {
  const pub = 'feedc0ffee00';
  beforeAll(async () => {
    // Written one after another so the list order is known.
    for (let i = 0; i < 5; i++) {
      const recordType = i % 2 === 0 ? 'post' : 'image';
      const r = await put(`${pub}:item${i}`, { data: JSON.stringify({ i }), oip: JSON.stringify({ recordType }) });
      expect(r.status).toBe(200);
    }
    // An object oip counts too; another publisher stays apart.
    await put(`${pub}:objoip`, { oip: { recordType: 'video' } });
    await put('0ther0ther00:item0', { oip: JSON.stringify({ recordType: 'post' }) });
    // A second put of a soul replaces its entry rather than adding one.
    await put(`${pub}:item0`, { data: JSON.stringify({ i: 0, again: true }), oip: JSON.stringify({ recordType: 'post' }) });
  });

  const list = async (query) => {
    const r = await request(`${relay.relayUrl}/list?${query}`);
    return { status: r.status, body: json(r) };
  };

  test('lists the records of a publisher hash with soul, data as put, recordType and storedAt', async () => {
    const { status, body } = await list(`publisherHash=${pub}`);
    expect(status).toBe(200);
    expect(body.success).toBe(true);
    expect(body.records.map((r) => r.soul)).toEqual([0, 1, 2, 3, 4].map((i) => `${pub}:item${i}`).concat(`${pub}:objoip`));
    expect(body.records.map((r) => r.recordType)).toEqual(['post', 'image', 'post', 'image', 'post', 'video']);
    expect(body.records[0].data).toEqual({ data: JSON.stringify({ i: 0, again: true }), oip: JSON.stringify({ recordType: 'post' }) });
    for (const r of body.records) expect(typeof r.storedAt).toBe('number');
  });

  test('filters by recordType and pages by offset and limit', async () => {
    expect((await list(`publisherHash=${pub}&recordType=post`)).body.records.map((r) => r.soul)).toEqual([`${pub}:item0`, `${pub}:item2`, `${pub}:item4`]);
    expect((await list(`publisherHash=${pub}&offset=1&limit=2`)).body.records.map((r) => r.soul)).toEqual([`${pub}:item1`, `${pub}:item2`]);
    expect((await list(`publisherHash=${pub}&recordType=image&offset=1`)).body.records.map((r) => r.soul)).toEqual([`${pub}:item3`]);
    expect((await list('publisherHash=000000000000')).body).toEqual({ success: true, records: [] });
  });

  test('without publisherHash it is 400', async () => {
    const { status, body } = await list('limit=5');
    expect(status).toBe(400);
    expect(body.error).toMatch(/publisherHash/);
  });

  test('anything else is 404 Endpoint not found', async () => {
    for (const [method, path] of [['GET', '/'], ['GET', '/put'], ['POST', '/get?soul=x'], ['DELETE', '/put'], ['GET', '/gun.js']]) {
      const r = await request(relay.relayUrl + path, { method });
      expect([method, path, r.status]).toEqual([method, path, 404]);
      expect(json(r)).toEqual({ error: 'Endpoint not found' });
    }
  });
});

describe('counters', () => {
  test('count requests per method and path, plus the total; reset clears them', async () => {
    await control.resetCounters(relay.relayAdminUrl);
    const s = soul('count');
    await put(s, { a: 1 });
    await get(s);
    await get(s);
    await request(`${relay.relayUrl}/list?publisherHash=x`);
    await request(`${relay.relayUrl}/nowhere?x=1`);
    expect(await control.counters(relay.relayAdminUrl)).toEqual({ 'POST /put': 1, 'GET /get': 2, 'GET /list': 1, 'GET /nowhere': 1, total: 5 });
    await control.resetCounters(relay.relayAdminUrl);
    expect(await control.counters(relay.relayAdminUrl)).toEqual({ total: 0 });
  });
});

describe('faults', () => {
  const admin = () => relay.relayAdminUrl;
  let s;
  let normal; // the relay's answer to GET s without faults
  beforeAll(async () => {
    s = soul('faulty');
    await put(s, { data: JSON.stringify({ text: 'y'.repeat(300) }), n: 1 });
    normal = await get(s);
    expect(normal.status).toBe(200);
  });

  test('status with a JSON body or a raw body, handler not run', async () => {
    await control.addFault(admin(), { method: 'GET', path: '/get', status: 503, body: { error: 'busy' }, times: 1 });
    const r = await get(s);
    expect(r.status).toBe(503);
    expect(json(r)).toEqual({ error: 'busy' });
    await control.addFault(admin(), { path: '/put', status: 502, body: '<html>Bad Gateway</html>', times: 1 });
    const fresh = soul('never-put');
    const p = await put(fresh, { a: 1 });
    expect(p.status).toBe(502);
    expect(p.text).toBe('<html>Bad Gateway</html>');
    expect((await get(fresh)).status).toBe(404);
  });

  test('latency delays a normal answer', async () => {
    await control.addFault(admin(), { path: '/get', latencyMs: 400, times: 1 });
    const r = await get(s);
    expect(r.ms).toBeGreaterThanOrEqual(390);
    expect(r.text).toBe(normal.text);
  });

  test('drop closes the connection without an answer and without doing the put', async () => {
    await control.addFault(admin(), { method: 'POST', path: '/put', drop: true, times: 1 });
    const dropped = soul('dropped');
    const p = await put(dropped, { a: 1 });
    expect(p.status).toBeUndefined();
    expect(p.error).toMatch(/ECONNRESET|socket hang up/);
    expect((await get(dropped)).status).toBe(404);
  });

  test('hang never answers', async () => {
    await control.addFault(admin(), { path: '/get', hang: true, times: 1 });
    const r = await request(`${relay.relayUrl}/get?soul=${encodeURIComponent(s)}`, { timeoutMs: 400 });
    expect(r.error).toBe('timeout');
    expect((await get(s)).text).toBe(normal.text);
  });

  test('dropMidBody sends the headers and part of the real body, then breaks', async () => {
    await control.addFault(admin(), { path: '/get', dropMidBody: true, times: 1 });
    const r = await get(s);
    expect(r.status).toBe(200);
    expect(r.error).toBe('aborted');
    expect(Number(r.headers['content-length'])).toBe(Buffer.byteLength(normal.text));
    expect(r.text.length).toBeGreaterThan(0);
    expect(r.text.length).toBeLessThan(normal.text.length);
    expect(normal.text.startsWith(r.text)).toBe(true);
  });

  test('truncate sends a complete-looking answer with half of the real body', async () => {
    await control.addFault(admin(), { path: '/get', truncate: true, times: 1 });
    const r = await get(s);
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(200);
    expect(Number(r.headers['content-length'])).toBe(Buffer.byteLength(r.text));
    expect(r.text).toBe(normal.text.slice(0, Math.floor(normal.text.length / 2)));
    expect(() => json(r)).toThrow();
  });

  test('garble answers 200 with invalid JSON, after doing the put', async () => {
    await control.addFault(admin(), { path: '/put', garble: true, times: 1 });
    const g = soul('garbled');
    const p = await put(g, { a: 7 });
    expect(p.status).toBe(200);
    expect(() => json(p)).toThrow();
    expect(json(await get(g)).data).toEqual({ a: 7 });
  });

  test('trickle sends the real body at the given rate', async () => {
    const rate = 1000;
    await control.addFault(admin(), { path: '/get', trickleBytesPerSec: rate, times: 1 });
    const r = await get(s);
    expect(r.text).toBe(normal.text);
    const expected = (Buffer.byteLength(normal.text) / rate) * 1000;
    expect(r.ms).toBeGreaterThanOrEqual(expected * 0.8);
  });

  test('times: N fires on the next N matching requests only; soul selects by soul, also in a put body', async () => {
    const other = soul('other');
    await put(other, { o: 1 });
    await control.addFault(admin(), { soul: s, status: 500, body: { error: 'x' }, times: 2 });
    expect((await get(other)).status).toBe(200); // another soul is not matched and uses no turn
    expect((await get(s)).status).toBe(500);
    expect((await put(s, { n: 2 })).status).toBe(500); // the soul inside a POST body matches
    expect((await control.listFaults(admin())).faults).toEqual([]);
    expect((await get(s)).status).toBe(200);
  });

  test('match selects on a substring of the URL', async () => {
    await control.addFault(admin(), { match: 'publisherHash=badbadbadbad', status: 429 });
    expect((await request(`${relay.relayUrl}/list?publisherHash=badbadbadbad`)).status).toBe(429);
    expect((await request(`${relay.relayUrl}/list?publisherHash=goodgoodgood`)).status).toBe(200);
  });

  test('fraction with a seed gives the same, seeded pattern every time', async () => {
    const rule = { path: '/get', soul: s, fraction: 0.5, seed: 42, status: 503 };
    const rand = mulberry32(42);
    const expected = Array.from({ length: 16 }, () => (rand() < 0.5 ? 503 : 200));
    expect(expected).toContain(200);
    expect(expected).toContain(503);
    for (let round = 0; round < 2; round++) {
      await control.clearFaults(admin());
      await control.addFault(admin(), rule);
      const seen = [];
      for (let i = 0; i < expected.length; i++) seen.push((await get(s)).status);
      expect(seen).toEqual(expected);
    }
  });

  test('the admin API refuses a rule without exactly one action', async () => {
    await expect(control.addFault(admin(), { path: '/get' })).rejects.toThrow(/400/);
    await expect(control.addFault(admin(), { drop: true, garble: true })).rejects.toThrow(/400/);
    const { id } = await control.addFault(admin(), { path: '/get', latencyMs: 1 });
    expect((await control.listFaults(admin())).faults).toEqual([{ id, path: '/get', latencyMs: 1 }]);
    await control.removeFault(admin(), id);
    expect((await control.listFaults(admin())).faults).toEqual([]);
  });
});

describe('more relays', () => {
  test('two GUN-peered relays replicate a put, both ways, eventually', async () => {
    const pair = await startNodes(2, { peer: true, putDelayMs: 0, missingWaitMs: 300 });
    try {
      const [a, b] = pair.nodes;
      const readUntilFound = async (s, base) => {
        for (let i = 0; i < 20; i++) {
          const r = await get(s, base);
          if (r.status === 200) return json(r).data;
          await sleep(100);
        }
        return null;
      };
      const s1 = soul('peer-ab');
      expect((await put(s1, { from: 'a' }, a.relayUrl)).status).toBe(200);
      expect(await readUntilFound(s1, b.relayUrl)).toEqual({ from: 'a' });
      const s2 = soul('peer-ba');
      expect((await put(s2, { from: 'b' }, b.relayUrl)).status).toBe(200);
      expect(await readUntilFound(s2, a.relayUrl)).toEqual({ from: 'b' });
    } finally {
      await pair.stop();
    }
  });

  test('restartRelay, even after SIGKILL, comes back on the same port with its radisk data', async () => {
    const s = soul('durable');
    expect((await put(s, { kept: true })).status).toBe(200);
    const before = { url: relay.relayUrl, pid: relay.relayPid };
    await bed.restartRelay(0, { signal: 'SIGKILL' });
    expect(relay.relayUrl).toBe(before.url);
    expect(relay.relayPid).not.toBe(before.pid);
    expect(() => process.kill(before.pid, 0)).toThrow();
    const g = await get(s);
    expect(g.status).toBe(200);
    expect(json(g).data).toEqual({ kept: true });
  });

  test('production defaults: a put waits >= 100 ms after the ack, a miss waits ~3 s', async () => {
    const one = await startNodes(1);
    try {
      const base = one.nodes[0].relayUrl;
      const s = soul('defaults');
      const p = await put(s, { a: 1 }, base);
      expect(p.status).toBe(200);
      expect(p.ms).toBeGreaterThanOrEqual(100);
      const g = await get(soul('missing'), base);
      expect(g.status).toBe(404);
      expect(g.ms).toBeGreaterThanOrEqual(2950);
      expect(g.ms).toBeLessThan(4500);
    } finally {
      await one.stop();
    }
  });
});
