'use strict';
// The napi boundary: panics become JS errors, and peer data cannot reach
// JS prototypes.

const { GunHelper, __panicForTesting } = require('..');
const { startNodes } = require('../testbed/launcher');

describe('a Rust panic', () => {
  test('thrown synchronously reaches JS as INTERNAL_PANIC and the process lives on', () => {
    let caught;
    try {
      __panicForTesting('sync');
    } catch (e) {
      caught = e;
    }
    // The addon builds errors in Node's main realm, not jest's sandbox: compare by tag.
    expect(Object.prototype.toString.call(caught)).toBe('[object Error]');
    expect(caught.code).toBe('INTERNAL_PANIC');
    expect(caught.message).toMatch(/panic requested/);
  });

  test('inside a promise rejects it with INTERNAL_PANIC, and the addon keeps working', async () => {
    await expect(__panicForTesting('async')).rejects.toMatchObject({ code: 'INTERNAL_PANIC' });
    const gun = new GunHelper({ apiUrl: 'http://127.0.0.1:9' });
    expect(gun.computeSoul('pub', 'x')).toBe('0017dea7770f:x');
  });
});

describe('objects handed to JS', () => {
  let bed;
  beforeAll(async () => {
    bed = await startNodes(1, { putDelayMs: 0, missingWaitMs: 300 });
  });
  afterAll(() => bed && bed.stop());

  test('__proto__, constructor and prototype keys in record data stay own data properties', async () => {
    const gun = new GunHelper({ apiUrl: bed.nodes[0].relayUrl });
    const soul = 'proto-test:1';
    // Written raw, as a hostile peer would: the JSON text holds a real "__proto__" key.
    const data = '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":1,"ok":true}';
    await gun.putSimple({ data, oip: '{"recordType":"post"}', meta: { created: 1 } }, soul);
    let rec = null;
    for (let i = 0; i < 20 && !(rec && rec.data); i++) {
      rec = await gun.getRecord(soul);
      if (!(rec && rec.data)) await new Promise((r) => setTimeout(r, 200));
    }
    expect(rec.data.ok).toBe(true);
    // A replaced prototype would be the peer's object, itself inheriting from
    // Object.prototype; the real Object.prototype (of Node's main realm) has none.
    expect(Object.getPrototypeOf(Object.getPrototypeOf(rec.data))).toBeNull();
    expect(Object.prototype.hasOwnProperty.call(rec.data, '__proto__')).toBe(true);
    expect(rec.data.polluted).toBeUndefined();
    expect({}.polluted).toBeUndefined();
    expect(typeof rec.data.constructor).toBe('object');
    expect(rec.data.prototype).toBe(1);
  });
});
