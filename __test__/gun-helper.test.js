'use strict';
// GunHelper against real GUN relays (each a child process over the real `gun`
// package, started by testbed/launcher.js): every method, the encryption
// format checked with Node's own crypto, bad input refused before any I/O,
// each relay fault's error code, and the short memory of 404s.

const { execFileSync } = require('child_process');
const crypto = require('crypto');
const path = require('path');
const { GunHelper, deleteRecord } = require('..');
const { startNodes, closedPort } = require('../testbed/launcher');
const control = require('../testbed/control');
const { request } = require('../testbed/http');

const MISSING_WAIT_MS = 500;
const FALLBACK_SALT = 'oip-gun-fallback';

let bed;
let relay;
let closedPortUrl;
let uniq = 0;

const { sleep, eventually } = require('../testbed/poll');
const sha12 = (s) => crypto.createHash('sha256').update(s).digest('hex').slice(0, 12);
// Publishers and souls unique to each test, so no test reads another's GUN data.
const publisher = (name) => `pub-${name}-${process.pid}-${++uniq}`;
const soulOf = (name) => `${sha12(publisher(name))}:${name}-${++uniq}`;

/** One HTTP request to the relay without keep-alive. */
const raw = (path, opts) => request(`${relay.relayUrl}${path}`, opts);
const rawGet = (soul) => raw(`/get?soul=${encodeURIComponent(soul)}`);
const rawPut = (soul, data) => raw('/put', { method: 'POST', body: { soul, data } });

/**
 * A relay can answer 404 or a node with keys missing on the first reads of a
 * fresh node, so reads that expect something poll for a bounded while.
 */
const rawNode = (soul, keys) =>
  eventually(() => rawGet(soul), (r) => r.status === 200 && keys.every((k) => k in r.json.data));
const fullRecord = (gun, soul, options) =>
  eventually(() => gun.getRecord(soul, options), (r) => r && r.data && r.oip && r.meta && !('#' in r.meta));

/** A reader that remembers no 404, so polling sees a fresh node as soon as the relay does. */
const helper = (options = {}) => new GunHelper({ apiUrl: relay.relayUrl, timeoutMs: 2000, negativeCacheTtlMs: 0, ...options });
const counters = () => control.counters(relay.relayAdminUrl);
const fault = (rule) => control.addFault(relay.relayAdminUrl, rule);

function fallbackKey(userPublicKey) {
  return crypto.pbkdf2Sync(userPublicKey, FALLBACK_SALT, 100000, 32, 'sha256');
}

/** The original helper's envelope: AES-256-GCM over JSON.stringify of the stringified data. */
function nodeEncrypt(key, data) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const plaintext = JSON.stringify(JSON.stringify(data));
  const encrypted = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return { encrypted: encrypted.toString('base64'), iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

function nodeDecrypt(key, envelope) {
  const iv = Buffer.from(envelope.iv, 'base64');
  const tag = Buffer.from(envelope.tag, 'base64');
  expect(iv).toHaveLength(12);
  expect(tag).toHaveLength(16);
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  const plain = Buffer.concat([decipher.update(Buffer.from(envelope.encrypted, 'base64')), decipher.final()]).toString('utf8');
  return JSON.parse(JSON.parse(plain));
}

/**
 * Rejects with `code`, asserted on a promise: a synchronous throw fails the
 * test. (The addon's promises and errors come from Node's realm, not jest's
 * sandbox, so `instanceof` cannot be used on them.)
 */
async function rejectsWith(promise, code, errorClass) {
  expect(typeof (promise && promise.then)).toBe('function');
  const err = await promise.then(
    (v) => {
      throw new Error(`expected a rejection with ${code}, got ${JSON.stringify(v)}`);
    },
    (e) => e,
  );
  expect(Object.prototype.toString.call(err)).toBe('[object Error]');
  expect(err.code).toBe(code);
  if (errorClass) expect(err.errorClass).toBe(errorClass);
  return err;
}

function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])]));
  return v;
}

const sample = (name, recordType = 'post') => ({
  data: { basic: { name, date: 1700000000000, tags: ['a', 'b'] }, body: { text: `text of ${name}`, ü: 'ünï' } },
  oip: { ver: '0.8.0', recordType, creator: { publicKey: 'pk', didAddress: 'did:arweave:x' } },
});

let baselineResources;
beforeAll(async () => {
  baselineResources = process.getActiveResourcesInfo();
  bed = await startNodes(1, { putDelayMs: 0, missingWaitMs: MISSING_WAIT_MS });
  relay = bed.nodes[0];
  closedPortUrl = `http://127.0.0.1:${await closedPort()}`;
});

afterAll(async () => {
  if (bed) await bed.stop();
});

afterEach(async () => {
  if (bed && relay) await control.clearFaults(relay.relayAdminUrl);
});

describe('construction, apiUrl, computeSoul', () => {
  test('options override GUN_PEERS; GUN_PEERS is read (first entry, ws rewritten) otherwise', () => {
    // jest gives each test file a copy of process.env that native code does
    // not see, so this runs in a plain Node process, which sets and restores
    // process.env around each construction as an app would.
    const script = `
      const { GunHelper } = require(${JSON.stringify(path.join(__dirname, '..'))});
      const saved = process.env.GUN_PEERS;
      const out = {};
      const withPeers = (value, f) => {
        if (value === undefined) delete process.env.GUN_PEERS; else process.env.GUN_PEERS = value;
        try { return f(); } catch (e) { return { code: e.code, message: e.message }; }
        finally { if (saved === undefined) delete process.env.GUN_PEERS; else process.env.GUN_PEERS = saved; }
      };
      out.fromEnv = withPeers(' ws://peer-a.example:8765/gun , http://peer-b.example:1', () => new GunHelper().apiUrl);
      out.optionWins = withPeers('http://peer-a.example:1', () => new GunHelper({ apiUrl: 'http://option.example:2/' }).apiUrl);
      out.badEnv = withPeers('not a url', () => new GunHelper().apiUrl);
      out.badEnvOptionWins = withPeers('not a url', () => new GunHelper({ apiUrl: 'http://option.example:2' }).apiUrl);
      out.none = withPeers(undefined, () => new GunHelper().apiUrl);
      out.restored = process.env.GUN_PEERS === saved;
      process.stdout.write(JSON.stringify(out));
    `;
    const env = { ...process.env, GUN_PEERS: 'http://outer.example:9' };
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { env, encoding: 'utf8' }));
    expect(out).toEqual({
      fromEnv: 'http://peer-a.example:8765/gun-relay',
      optionWins: 'http://option.example:2',
      badEnv: { code: 'INVALID_CONFIG', message: expect.stringContaining('GUN_PEERS') },
      badEnvOptionWins: 'http://option.example:2',
      none: 'http://gun-relay:8765',
      restored: true,
    });
  });

  test('an invalid apiUrl or timeout throws INVALID_CONFIG naming the option', () => {
    for (const apiUrl of ['nope', 'ftp://relay:8765', 'http://', '']) {
      let err;
      try {
        new GunHelper({ apiUrl });
      } catch (e) {
        err = e;
      }
      expect(err).toMatchObject({ code: 'INVALID_CONFIG', errorClass: 'permanent' });
      expect(err.message).toContain('apiUrl');
    }
    expect(() => new GunHelper({ apiUrl: relay.relayUrl, timeoutMs: 0 })).toThrow(expect.objectContaining({ code: 'INVALID_CONFIG', message: expect.stringContaining('timeoutMs') }));
  });

  test('constructing 1000 helpers starts no timers, sockets or handles', () => {
    const before = process.getActiveResourcesInfo().sort();
    const helpers = [];
    for (let i = 0; i < 1000; i++) helpers.push(new GunHelper({ apiUrl: relay.relayUrl }));
    expect(process.getActiveResourcesInfo().sort()).toEqual(before);
    expect(helpers[999].apiUrl).toBe(relay.relayUrl);
  });

  test('computeSoul: localId, content and time forms over sha256(pubkey)', () => {
    const gun = helper();
    const pub = publisher('soul');
    const h = crypto.createHash('sha256').update(pub).digest('hex').slice(0, 12);
    expect(gun.computeSoul(pub, 'local-1')).toBe(`${h}:local-1`);

    const c1 = gun.computeSoul(pub, null, sample('x'));
    const c2 = gun.computeSoul(pub, undefined, sample('x'));
    expect(c1).toMatch(new RegExp(`^${h}:h:[0-9a-f]{12}$`));
    expect(c2).toMatch(new RegExp(`^${h}:h:[0-9a-f]{12}$`));
    expect(c1).not.toBe(c2); // timestamp and random make each content soul unique

    const before = Date.now();
    const t = gun.computeSoul(pub);
    const after = Date.now();
    const m = new RegExp(`^${h}:t:([0-9a-z]+)$`).exec(t);
    expect(m).not.toBeNull();
    const ms = parseInt(m[1], 36);
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(after);
    expect(gun.computeSoul(pub, '')).toMatch(new RegExp(`^${h}:t:`)); // an empty localId is no localId

    for (const bad of ['', 42, undefined]) {
      expect(() => gun.computeSoul(bad, 'x')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('publisherPubKey') }));
    }
  });
});

describe('reads and writes against the relay', () => {
  test('checkConnection: true on a live relay, false (never a throw) on a closed port or a hung relay', async () => {
    expect(await helper().checkConnection()).toBe(true);
    expect(await new GunHelper({ apiUrl: closedPortUrl, timeoutMs: 1000 }).checkConnection()).toBe(false);
    await fault({ path: '/list', hang: true });
    const started = Date.now();
    expect(await helper({ timeoutMs: 500 }).checkConnection()).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('putSimple writes the object as it is: read back raw and through getRecord', async () => {
    const gun = helper();
    const soul = soulOf('simple');
    const data = { title: 'plain', n: 3, ok: true, text: 'ünïcødé ✓' };
    expect(await gun.putSimple(data, soul)).toEqual({ soul, success: true });
    const back = await rawNode(soul, Object.keys(data));
    expect(back.json).toEqual({ success: true, data });
    expect(await gun.getRecord(soul)).toEqual(data);
  });

  test('putRecord stores {data: JSON, oip: JSON, meta: {created, localId, encrypted: false}}', async () => {
    const gun = helper();
    const pub = publisher('shape');
    const soul = gun.computeSoul(pub, 'rec-1');
    const record = sample('shape');
    const before = Date.now();
    expect(await gun.putRecord(record, soul, { localId: 'rec-1' })).toEqual({ soul, did: `did:gun:${soul}`, encrypted: false });
    const after = Date.now();

    // /list hands back the node as it was put: data and oip are JSON strings,
    // as JSON.stringify writes them (timestamps without a ".0"), keys aside.
    const listed = await raw(`/list?publisherHash=${sha12(pub)}`);
    expect(listed.json.records).toHaveLength(1);
    const stored = listed.json.records[0].data;
    expect(typeof stored.data).toBe('string');
    expect(JSON.parse(stored.data)).toEqual(record.data);
    expect([JSON.stringify(record.data), JSON.stringify(sortKeys(record.data))]).toContain(stored.data);
    expect([JSON.stringify(record.oip), JSON.stringify(sortKeys(record.oip))]).toContain(stored.oip);

    // GET parses them (a nested object would read as a {"#": ...} reference
    // instead); meta is a child node.
    const parent = await rawNode(soul, ['data', 'oip', 'meta']);
    expect(parent.json.data.data).toEqual(record.data);
    expect(parent.json.data.oip).toEqual(record.oip);
    expect(Object.keys(parent.json.data.meta)).toEqual(['#']);
    const meta = await rawNode(parent.json.data.meta['#'], ['created', 'localId', 'encrypted']);
    expect(meta.json.data).toEqual({ created: expect.any(Number), localId: 'rec-1', encrypted: false });
    expect(meta.json.data.created).toBeGreaterThanOrEqual(before);
    expect(meta.json.data.created).toBeLessThanOrEqual(after);
  });

  test('getRecord: data/oip parsed, meta resolved; null on 404', async () => {
    const gun = helper();
    const soul = soulOf('get');
    const record = sample('get');
    await gun.putRecord(record, soul, { localId: 'l-get' });
    const back = await fullRecord(gun, soul);
    expect(back).toEqual({ data: record.data, oip: record.oip, meta: { created: expect.any(Number), localId: 'l-get', encrypted: false } });
    expect(await gun.getRecord(soulOf('never-written'))).toBeNull();
  });

  test('listRecordsByPublisher / listUserRecords: limit, offset, recordType; soul and did on each', async () => {
    const gun = helper();
    const pub = publisher('list');
    const souls = [];
    for (const [i, type] of ['post', 'image', 'post'].entries()) {
      const soul = gun.computeSoul(pub, `item-${i}`);
      souls.push(soul);
      await gun.putRecord(sample(`item-${i}`, type), soul, { localId: `item-${i}` });
    }
    const all = await gun.listRecordsByPublisher(pub);
    expect(all.map((r) => r.soul)).toEqual(souls);
    for (const [i, r] of all.entries()) {
      expect(r.did).toBe(`did:gun:${souls[i]}`);
      expect(r.data).toEqual(sample(`item-${i}`).data);
      expect(r.oip.recordType).toBe(i === 1 ? 'image' : 'post');
    }
    expect((await gun.listRecordsByPublisher(pub, { limit: 2 })).map((r) => r.soul)).toEqual(souls.slice(0, 2));
    expect((await gun.listRecordsByPublisher(pub, { limit: 2, offset: 2 })).map((r) => r.soul)).toEqual(souls.slice(2));
    expect((await gun.listRecordsByPublisher(pub, { recordType: 'image' })).map((r) => r.soul)).toEqual([souls[1]]);
    expect(await gun.listUserRecords(pub, { recordType: 'post', offset: 1 })).toEqual([all[2]]);
    expect(await gun.listUserRecords(publisher('nobody'))).toEqual([]);

    // A deleted record's last put holds only nulls: it is no longer listed.
    await gun.deleteRecord(souls[1]);
    expect((await gun.listRecordsByPublisher(pub)).map((r) => r.soul)).toEqual([souls[0], souls[2]]);
  });
});

describe('deleteRecord', () => {
  test('removes a record for real: the relay answers 404 for it and its child nodes', async () => {
    const gun = helper();
    const soul = soulOf('del');
    await gun.putRecord(sample('del'), soul, { localId: 'del' });
    const parent = await rawNode(soul, ['data', 'oip', 'meta']);
    const metaSoul = parent.json.data.meta['#'];
    expect(await gun.deleteRecord(soul)).toBe(true);
    expect((await rawGet(soul)).status).toBe(404);
    expect((await rawGet(metaSoul)).status).toBe(404);
    expect(await gun.getRecord(soul)).toBeNull();
  });

  test('an encrypted record deleted before anything read it leaves no ciphertext or meta behind', async () => {
    const gun = helper();
    // GUN names a nested node <soul>/<field>: learn it from a record read in full.
    const seen = soulOf('naming');
    await gun.putRecord(sample('n'), seen, { encrypt: true, userPublicKey: 'pk-naming' });
    const node = await rawNode(seen, ['data', 'meta']);
    expect(node.json.data.data).toEqual({ '#': `${seen}/data` });
    expect(node.json.data.meta).toEqual({ '#': `${seen}/meta` });

    // A fresh record's first read lacks meta (and data), so its children are
    // only found by that name.
    const soul = soulOf('del-enc');
    await gun.putRecord(sample('secret'), soul, { encrypt: true, userPublicKey: 'pk-del' });
    expect(await gun.deleteRecord(soul)).toBe(true);
    expect((await rawGet(soul)).status).toBe(404);
    expect((await rawGet(`${soul}/data`)).status).toBe(404);
    expect((await rawGet(`${soul}/meta`)).status).toBe(404);
  });

  test('"already gone" resolves true, also through the module-level deleteRecord', async () => {
    const gun = helper();
    const soul = soulOf('gone');
    await gun.putRecord(sample('gone'), soul);
    expect(await deleteRecord(soul, { apiUrl: relay.relayUrl })).toBe(true);
    expect((await rawGet(soul)).status).toBe(404);
    expect(await deleteRecord(soul, { apiUrl: relay.relayUrl })).toBe(true);
    expect(await gun.deleteRecord(soulOf('never-existed'))).toBe(true);
    await rejectsWith(deleteRecord(soul, { apiUrl: 'not a url' }), 'INVALID_CONFIG', 'permanent');
  });
});

describe('encryption, checked with Node crypto both ways', () => {
  test('per-user record encrypted by the addon opens with Node crypto, and through getRecord for its owner only', async () => {
    const gun = helper();
    const owner = publisher('owner');
    const soul = gun.computeSoul(owner, 'secret-1');
    const record = sample('secret');
    expect(await gun.putRecord(record, soul, { encrypt: true, userPublicKey: owner, localId: 'secret-1' })).toEqual({ soul, did: `did:gun:${soul}`, encrypted: true });

    const parent = await rawNode(soul, ['data', 'oip', 'meta']);
    expect(parent.json.data.oip).toEqual(record.oip);
    const envelope = (await rawNode(parent.json.data.data['#'], ['encrypted', 'iv', 'tag'])).json.data;
    expect(Object.keys(envelope).sort()).toEqual(['encrypted', 'iv', 'tag']);
    expect(nodeDecrypt(fallbackKey(owner), envelope)).toEqual(record.data);
    const meta = (await rawNode(parent.json.data.meta['#'], ['encryptedBy'])).json.data;
    expect(meta).toEqual({
      created: expect.any(Number),
      localId: 'secret-1',
      encrypted: true,
      encryptionMethod: 'aes-256-gcm',
      encryptionType: 'per-user',
      encryptedBy: owner,
    });

    expect((await fullRecord(gun, soul, { userPublicKey: owner })).data).toEqual(record.data);
    expect((await gun.getRecord(soul, { userPublicKey: publisher('stranger') })).data).toEqual(envelope);
    expect((await gun.getRecord(soul)).data).toEqual(envelope);
  });

  test('a per-user envelope built with Node crypto, written raw, is opened by getRecord for its owner', async () => {
    const gun = helper();
    const owner = publisher('raw-owner');
    const soul = gun.computeSoul(owner, 'raw-secret');
    const data = { note: 'written by the original helper', n: [1, 2, 3] };
    const envelope = nodeEncrypt(fallbackKey(owner), data);
    const put = await rawPut(soul, {
      data: envelope,
      oip: JSON.stringify({ ver: '0.8.0', recordType: 'post' }),
      meta: { created: Date.now(), localId: 'raw-secret', encrypted: true, encryptionMethod: 'aes-256-gcm', encryptionType: 'per-user', encryptedBy: owner },
    });
    expect(put.status).toBe(200);
    const back = await fullRecord(gun, soul, { userPublicKey: owner });
    expect(back.data).toEqual(data);
    expect(back.oip).toEqual({ ver: '0.8.0', recordType: 'post' });
    expect(back.meta.encryptedBy).toBe(owner);
    expect((await gun.getRecord(soul, { userPublicKey: publisher('stranger') })).data).toEqual(envelope);
  });

  test('organisation encryption with a caller key, both ways', async () => {
    const gun = helper();
    const key = crypto.randomBytes(32);
    const writer = publisher('org-writer');
    const soul = gun.computeSoul(writer, 'org-1');
    const record = sample('org');
    const sharedWith = ['did:arweave:member-a', 'did:arweave:member-b'];
    const put = await gun.putRecord(record, soul, {
      encrypt: true,
      encryptionType: 'organization',
      userPublicKey: writer,
      key,
      organizationDid: 'did:arweave:org',
      sharedWith,
    });
    expect(put.encrypted).toBe(true);
    const parent = await rawNode(soul, ['data', 'meta']);
    expect(nodeDecrypt(key, (await rawNode(parent.json.data.data['#'], ['encrypted', 'iv', 'tag'])).json.data)).toEqual(record.data);
    const meta = (await rawNode(parent.json.data.meta['#'], ['sharedWith'])).json.data;
    expect(meta).toMatchObject({ encrypted: true, encryptionType: 'organization', encryptedBy: writer, encryptedForOrganization: 'did:arweave:org' });
    // GUN refuses arrays, so the list is stored as JSON and parsed on read.
    expect(JSON.parse(meta.sharedWith)).toEqual(sharedWith);
    const back = await fullRecord(gun, soul, { decryptionKey: key });
    expect(back.data).toEqual(record.data);
    expect(back.meta.sharedWith).toEqual(sharedWith);
    // Without the key, its writer's public key does not open an organisation record.
    expect((await gun.getRecord(soul, { userPublicKey: writer })).data).toHaveProperty('encrypted');

    const rawSoul = gun.computeSoul(writer, 'org-raw');
    const data = { org: 'secret', list: ['x'] };
    const envelope = nodeEncrypt(key, data);
    expect((await rawPut(rawSoul, {
      data: envelope,
      oip: JSON.stringify({ recordType: 'post' }),
      meta: { created: Date.now(), encrypted: true, encryptionMethod: 'aes-256-gcm', encryptionType: 'organization', encryptedBy: writer, encryptedForOrganization: 'did:arweave:org' },
    })).status).toBe(200);
    expect((await fullRecord(gun, rawSoul, { decryptionKey: key })).data).toEqual(data);
    expect((await gun.getRecord(rawSoul, { decryptionKey: crypto.randomBytes(32) }).catch((e) => e)).code).toBe('DECRYPT_FAILED');
  });

  test('a key of the wrong size is INVALID_ARGUMENT, before any I/O', async () => {
    const gun = helper();
    const soul = soulOf('badkey');
    const before = await counters();
    const e1 = await rejectsWith(gun.putRecord(sample('k'), soul, { encrypt: true, encryptionType: 'organization', userPublicKey: 'w', key: Buffer.alloc(16), organizationDid: 'did:o' }), 'INVALID_ARGUMENT', 'permanent');
    expect(e1.message).toMatch(/key.*32 bytes/);
    await rejectsWith(gun.putRecord(sample('k'), soul, { encrypt: true, userPublicKey: 'w', key: Buffer.alloc(33) }), 'INVALID_ARGUMENT');
    const e2 = await rejectsWith(gun.getRecord(soul, { decryptionKey: Buffer.alloc(31) }), 'INVALID_ARGUMENT');
    expect(e2.message).toContain('decryptionKey');
    await rejectsWith(gun.putRecord(sample('k'), soul, { encrypt: true }), 'INVALID_ARGUMENT'); // no userPublicKey
    expect(await counters()).toEqual(before);
  });
});

describe('bad input is refused before any I/O', () => {
  const badSouls = ['', 42, null, undefined, {}, ['a'], 'x'.repeat(1025), 'a\nb', 'a\u0000b', 'a\tb', 'a\u007fb', 'a\u0085b'];
  const notObjects = ['text', 42, null, undefined, [1, 2], true];

  test('INVALID_SOUL for every soul-taking method, INVALID_ARGUMENT for non-object data; the relay sees nothing', async () => {
    const gun = helper();
    const good = soulOf('good');
    const before = await counters();
    for (const bad of badSouls) {
      const label = JSON.stringify(bad) === undefined ? 'undefined' : JSON.stringify(bad).slice(0, 20);
      for (const [name, call] of [
        ['getRecord', () => gun.getRecord(bad)],
        ['putSimple', () => gun.putSimple({ a: 1 }, bad)],
        ['putRecord', () => gun.putRecord(sample('b'), bad)],
        ['deleteRecord', () => gun.deleteRecord(bad)],
        ['module deleteRecord', () => deleteRecord(bad, { apiUrl: relay.relayUrl })],
      ]) {
        const err = await rejectsWith(call(), 'INVALID_SOUL', 'permanent').catch((e) => {
          throw new Error(`${name}(${label}): ${e.message}`);
        });
        expect(err.message).toContain('soul');
      }
    }
    expect((await rejectsWith(gun.getRecord('x'.repeat(1025)), 'INVALID_SOUL')).message).toContain('1025 bytes');
    for (const bad of notObjects) {
      await rejectsWith(gun.putSimple(bad, good), 'INVALID_ARGUMENT', 'permanent');
      await rejectsWith(gun.putRecord(bad, good), 'INVALID_ARGUMENT', 'permanent');
    }
    for (const bad of ['', 42, undefined]) {
      await rejectsWith(gun.listRecordsByPublisher(bad), 'INVALID_ARGUMENT');
      await rejectsWith(gun.listUserRecords(bad), 'INVALID_ARGUMENT');
    }
    expect(await counters()).toEqual(before);
  });

  test('souls are URL-encoded: : / ? & % spaces and non-ASCII round-trip', async () => {
    const gun = helper();
    const h = sha12(publisher('enc'));
    const souls = [`${h}:a/b/c`, `${h}:q?x=1&y=2`, `${h}:100% sure`, `${h}:with space`, `${h}:ünïcødé ✓ 日本`, `${h}:%2F%3A+plus`];
    for (const [i, soul] of souls.entries()) await gun.putSimple({ i, soul }, soul);
    for (const [i, soul] of souls.entries()) {
      expect(await eventually(() => gun.getRecord(soul), Boolean)).toEqual({ i, soul });
      expect((await rawGet(soul)).json.data).toEqual({ i, soul });
    }
    // Unencoded, "&..." would be another parameter and "#..." a fragment:
    // the relay would be asked for the prefix, which holds data.
    const prefix = `${h}:prefix`;
    await gun.putSimple({ here: true }, prefix);
    await rawNode(prefix, ['here']);
    const [amp, hash] = await Promise.all([gun.getRecord(`${prefix}&x=1`), gun.getRecord(`${prefix}#tail`)]);
    expect(amp).toBeNull();
    expect(hash).toBeNull();
  });

  test('a soul holding "#" is refused on write by the relay (gun/sea): GUN_HTTP_500 with its message', async () => {
    const soul = `${sha12(publisher('hash'))}:with#hash`;
    const err = await rejectsWith(helper().putSimple({ a: 1 }, soul), 'GUN_HTTP_500');
    expect(err.message).toContain('Data hash not same as hash!');
    expect(err.message).toContain(soul);
    expect(err.message).toContain(`POST /put ${relay.relayUrl}`);
  });
});

describe('relay faults give their documented codes', () => {
  const expectNames = (err, endpoint, soul, base = relay.relayUrl) => {
    expect(err.message).toContain(`${endpoint} ${base}`);
    expect(err.message).toContain(JSON.stringify(soul));
  };

  test('unreachable (closed port): GUN_UNREACHABLE, transient, naming soul and endpoint', async () => {
    const gun = new GunHelper({ apiUrl: closedPortUrl, timeoutMs: 1000, negativeCacheTtlMs: 0 });
    const soul = soulOf('unreach');
    const started = Date.now();
    expectNames(await rejectsWith(gun.putSimple({ a: 1 }, soul), 'GUN_UNREACHABLE', 'transient'), 'POST /put', soul, closedPortUrl);
    expectNames(await rejectsWith(gun.getRecord(soul), 'GUN_UNREACHABLE', 'transient'), 'GET /get', soul, closedPortUrl);
    await rejectsWith(gun.listRecordsByPublisher('p'), 'GUN_UNREACHABLE');
    await rejectsWith(gun.deleteRecord(soul), 'GUN_UNREACHABLE');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  test('latency past the timeout: GUN_TIMEOUT within it (getRecord after its two retries)', async () => {
    const gun = helper({ timeoutMs: 500 });
    const soul = soulOf('slow');
    await fault({ latencyMs: 1500 });
    let started = Date.now();
    expectNames(await rejectsWith(gun.putSimple({ a: 1 }, soul), 'GUN_TIMEOUT', 'transient'), 'POST /put', soul);
    expect(Date.now() - started).toBeLessThan(1000);
    await control.resetCounters(relay.relayAdminUrl);
    started = Date.now();
    const err = await rejectsWith(gun.getRecord(soul), 'GUN_TIMEOUT', 'transient');
    expect(err.message).toContain('500ms');
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(3 * 500 + 200 + 400 - 50);
    expect(elapsed).toBeLessThan(3 * 500 + 600 + 1000);
    expect((await counters())['GET /get']).toBe(3);
  });

  test('HTTP 500/502: GUN_HTTP_<status>, transient, with the relay error text; 400 is permanent and not retried', async () => {
    const gun = helper();
    const soul = soulOf('status');
    await fault({ path: '/put', status: 500, body: { error: 'injected boom' }, times: 1 });
    const e500 = await rejectsWith(gun.putSimple({ a: 1 }, soul), 'GUN_HTTP_500', 'transient');
    expect(e500.message).toContain('injected boom');
    expectNames(e500, 'POST /put', soul);
    await fault({ path: '/put', status: 502, body: 'Bad Gateway from proxy', times: 1 });
    const e502 = await rejectsWith(gun.putRecord(sample('s'), soul), 'GUN_HTTP_502', 'transient');
    expect(e502.message).toContain('Bad Gateway from proxy');
    await fault({ path: '/list', status: 502, times: 1 });
    await rejectsWith(gun.listRecordsByPublisher('p'), 'GUN_HTTP_502');

    await control.resetCounters(relay.relayAdminUrl);
    await fault({ path: '/get', status: 400, body: { error: 'Soul parameter required' } });
    await rejectsWith(gun.getRecord(soul), 'GUN_HTTP_400', 'permanent');
    expect((await counters())['GET /get']).toBe(1);
  });

  test('getRecord retries a transient failure twice: 3 attempts for a persistent 503, success after one', async () => {
    const gun = helper();
    const soul = soulOf('retry');
    await gun.putSimple({ v: 1 }, soul);
    await rawNode(soul, ['v']);

    await control.resetCounters(relay.relayAdminUrl);
    await fault({ path: '/get', status: 503 });
    const started = Date.now();
    expectNames(await rejectsWith(gun.getRecord(soul), 'GUN_HTTP_503', 'transient'), 'GET /get', soul);
    expect(Date.now() - started).toBeGreaterThanOrEqual(600 - 20); // 200 ms, then 400 ms
    expect((await counters())['GET /get']).toBe(3);
    await control.clearFaults(relay.relayAdminUrl);

    await control.resetCounters(relay.relayAdminUrl);
    await fault({ path: '/get', status: 503, times: 1 });
    expect(await gun.getRecord(soul)).toEqual({ v: 1 });
    expect((await counters())['GET /get']).toBe(2);

    await control.resetCounters(relay.relayAdminUrl);
    await fault({ path: '/get', garble: true, times: 2 });
    expect(await gun.getRecord(soul)).toEqual({ v: 1 });
    expect((await counters())['GET /get']).toBe(3);
  });

  test('a body over maxBodyBytes: GUN_TOO_LARGE, permanent, not retried', async () => {
    const gun = helper({ maxBodyBytes: 200 });
    const soul = soulOf('big');
    const big = { data: { text: 'x'.repeat(2000) }, oip: { recordType: 'post' } };
    await gun.putRecord(big, soul); // the put's answer is small
    await rawNode(soul, ['data']);
    await control.resetCounters(relay.relayAdminUrl);
    const err = await rejectsWith(gun.getRecord(soul), 'GUN_TOO_LARGE', 'permanent');
    expectNames(err, 'GET /get', soul);
    expect(err.message).toContain('200 bytes');
    expect((await counters())['GET /get']).toBe(1);
    expect((await helper().getRecord(soul)).data).toEqual(big.data);
  });

  test('dropped before an answer: GUN_UNREACHABLE; garbled, cut short or broken mid-body: GUN_BAD_RESPONSE', async () => {
    const gun = helper({ timeoutMs: 1000 });
    const soul = soulOf('mangled');
    const cases = [
      [{ drop: true }, 'GUN_UNREACHABLE'],
      [{ garble: true }, 'GUN_BAD_RESPONSE'],
      [{ truncate: true }, 'GUN_BAD_RESPONSE'],
      [{ dropMidBody: true }, 'GUN_BAD_RESPONSE'],
    ];
    for (const [rule, code] of cases) {
      await fault({ path: '/put', times: 1, ...rule });
      const err = await rejectsWith(gun.putSimple({ a: 1, pad: 'p'.repeat(100) }, soul), code, 'transient');
      expectNames(err, 'POST /put', soul);
      await fault({ path: '/list', times: 1, ...rule });
      await rejectsWith(gun.listRecordsByPublisher('p'), code, 'transient');
    }
  });
});

describe('404s are remembered only briefly', () => {
  test('a put through the addon makes the next getRecord see the record at once (forget-on-write)', async () => {
    const gun = helper({ negativeCacheTtlMs: 60000 });
    const soul = soulOf('forget');
    expect(await gun.getRecord(soul)).toBeNull();
    const before = (await counters())['GET /get'];
    expect(await gun.getRecord(soul)).toBeNull(); // remembered
    expect((await counters())['GET /get']).toBe(before);
    // Another helper of the process writes: the memory is per process.
    await helper().putRecord(sample('f'), soul);
    const back = await gun.getRecord(soul);
    expect(back).not.toBeNull();
    expect(back.oip).toEqual(sample('f').oip);
    expect((await counters())['GET /get']).toBeGreaterThan(before);

    const simple = soulOf('forget-simple');
    expect(await gun.getRecord(simple)).toBeNull();
    await gun.putSimple({ v: 'now' }, simple);
    expect(await gun.getRecord(simple)).toEqual({ v: 'now' });
  });

  test('with a TTL a second read of a missing soul makes no request; it expires; with 0 nothing is remembered', async () => {
    const soul = soulOf('ttl');
    const get = () => counters().then((c) => c['GET /get'] || 0);
    const ttl = helper({ negativeCacheTtlMs: 700 });
    let n = await get();
    expect(await ttl.getRecord(soul)).toBeNull();
    expect(await get()).toBe(n + 1);
    expect(await ttl.getRecord(soul)).toBeNull();
    expect(await get()).toBe(n + 1);
    await sleep(750);
    expect(await ttl.getRecord(soul)).toBeNull();
    expect(await get()).toBe(n + 2);

    const none = helper({ negativeCacheTtlMs: 0 });
    const other = soulOf('ttl0');
    n = await get();
    expect(await none.getRecord(other)).toBeNull();
    expect(await none.getRecord(other)).toBeNull();
    expect(await get()).toBe(n + 2);
  });
});

/**
 * 'settled' when `p` was already settled when this is called (its reaction
 * runs before that of a promise resolved after it), else 'pending'. Uses the
 * addon promise's own realm: a promise of jest's realm would add ticks.
 */
function stateNow(p) {
  const P = p.constructor;
  const marker = {};
  return P.race([p, P.resolve(marker)]).then((v) => (v === marker ? 'pending' : 'settled'), () => 'settled');
}

describe('cached answers come at once, on the JS thread', () => {
  test('a remembered 404: getRecord returns a settled null, equal to an uncached read; bad input still rejects; a write ends it', async () => {
    const gun = helper({ negativeCacheTtlMs: 60000 });
    const soul = soulOf('fast');
    const first = gun.getRecord(soul);
    expect(await stateNow(first)).toBe('pending'); // not known yet: the relay is asked
    expect(await first).toBeNull();
    const gets = () => counters().then((c) => c['GET /get'] || 0);
    const before = await gets();
    const cached = gun.getRecord(soul);
    expect(await stateNow(cached)).toBe('settled');
    expect(await cached).toBeNull();
    expect(await gets()).toBe(before);
    expect(await helper().getRecord(soul)).toBe(await gun.getRecord(soul)); // the uncached answer is the same
    // the checks that come before any I/O still come first
    await rejectsWith(gun.getRecord(soul, { decryptionKey: Buffer.alloc(3) }), 'INVALID_ARGUMENT');
    await rejectsWith(gun.getRecord(''), 'INVALID_SOUL');

    await helper().putRecord(sample('fast'), soul);
    const fresh = gun.getRecord(soul);
    expect(await stateNow(fresh)).toBe('pending');
    expect((await fresh).oip).toEqual(sample('fast').oip);
  });
});

describe('no handles left behind', () => {
  test('after the relays stop, the process holds nothing the file did not start with', async () => {
    // Some addon work first, so that its runtime and connection pool exist.
    const gun = helper();
    const soul = soulOf('last');
    await gun.putSimple({ a: 1 }, soul);
    await gun.getRecord(soul);
    await bed.stop();
    bed = null;
    await sleep(50);
    const count = (list) => list.reduce((m, k) => m.set(k, (m.get(k) || 0) + 1), new Map());
    const before = count(baselineResources);
    for (const [kind, n] of count(process.getActiveResourcesInfo())) {
      expect({ kind, n }).toEqual({ kind, n: Math.min(n, before.get(kind) || 0) });
    }
  });
});
