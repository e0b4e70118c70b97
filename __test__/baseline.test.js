'use strict';
// The JavaScript baseline (bench/baseline) against the test bed: two nodes,
// each a real GUN relay and an Elasticsearch stand-in. These tests show that
// the baseline writes the original formats and behaves as the original did,
// defects included, so that it is a faithful yardstick.

const crypto = require('crypto');
const axios = require('axios');
const { startNodes } = require('../testbed/launcher');
const control = require('../testbed/control');
const {
  GunHelper,
  GunDeletionRegistry,
  GunSyncService,
  SyncHealthMonitor,
  OIPGunRegistry,
} = require('../bench/baseline');

const MISSING_WAIT_MS = 500;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

let bed;
let A;
let B;
const services = [];
const run = `${process.pid}-${Date.now().toString(36)}`;
const publisherKey = `baseline-publisher-${run}`;
const creator = { publicKey: publisherKey, didAddress: `did:arweave:${run}` };

/** A service on one node: its relay, its Elasticsearch, record type `post`. */
function service(node, extra = {}) {
  const svc = new GunSyncService({
    localRelay: node.relayUrl,
    elasticsearch: { node: node.esUrl },
    recordTypes: ['post'],
    peers: [],
    ...extra,
  });
  services.push(svc);
  return svc;
}

/** Raw relay read: { status, data }. */
async function relayGet(node, soul) {
  const res = await axios.get(`${node.relayUrl}/get`, { params: { soul }, validateStatus: () => true });
  return { status: res.status, data: res.data && res.data.data };
}

/** Polls fn until it returns a truthy value (relays answer partial nodes or 404 at first). */
async function eventually(fn, { timeoutMs = 8000, everyMs = 150 } = {}) {
  const until = Date.now() + timeoutMs;
  let last;
  while (Date.now() < until) {
    last = await fn();
    if (last) return last;
    await sleep(everyMs);
  }
  return last;
}

beforeAll(async () => {
  // the baseline logs as the original did; keep the test output readable
  jest.spyOn(console, 'warn').mockImplementation(() => {});
  jest.spyOn(console, 'error').mockImplementation(() => {});
  bed = await startNodes(2, { putDelayMs: 0, missingWaitMs: MISSING_WAIT_MS, elasticsearch: true });
  [A, B] = bed.nodes;
}, 30000);

afterAll(async () => {
  for (const svc of services) {
    svc.stop();
    await svc.elasticClient.close();
  }
  if (bed) await bed.stop();
  jest.restoreAllMocks();
});

describe('GunHelper', () => {
  test('computeSoul: h:localId, h:h:<hash12>, h:t:<base36>', () => {
    const gun = new GunHelper({ apiUrl: B.relayUrl });
    const h = crypto.createHash('sha256').update(publisherKey).digest('hex').slice(0, 12);
    expect(gun.computeSoul(publisherKey, 'my-recipe')).toBe(`${h}:my-recipe`);
    expect(gun.computeSoul(publisherKey, null, { basic: { name: 'x' } })).toMatch(new RegExp(`^${h}:h:[0-9a-f]{12}$`));
    const before = Date.now();
    const t = gun.computeSoul(publisherKey).split(':');
    expect(t.slice(0, 2)).toEqual([h, 't']);
    expect(parseInt(t[2], 36)).toBeGreaterThanOrEqual(before);
  });

  test('putRecord stores {data: JSON, oip: JSON, meta} and getRecord parses it; listRecordsByPublisher finds it', async () => {
    const gun = new GunHelper({ apiUrl: B.relayUrl });
    const soul = gun.computeSoul(publisherKey, `plain-${run}`);
    const record = { data: { basic: { name: 'plain' } }, oip: { ver: '0.8.0', recordType: 'post', creator } };
    const before = Date.now();
    await expect(gun.putRecord(record, soul, { localId: `plain-${run}` }))
      .resolves.toEqual({ soul, did: `did:gun:${soul}`, encrypted: false });

    // what the relay holds: data/oip were JSON strings (the relay parses them), meta a child node
    const raw = await eventually(async () => {
      const r = await relayGet(B, soul);
      return r.data && r.data.meta ? r.data : null;
    });
    expect(raw.data).toEqual(record.data);
    expect(raw.oip).toEqual(record.oip);
    expect(raw.meta).toEqual({ '#': `${soul}/meta` });

    const got = await gun.getRecord(soul);
    expect(got.data).toEqual(record.data);
    expect(got.oip).toEqual(record.oip);
    expect(got.meta).toEqual({ created: expect.any(Number), localId: `plain-${run}`, encrypted: false });
    expect(got.meta.created).toBeGreaterThanOrEqual(before);

    const listed = await gun.listRecordsByPublisher(publisherKey, { recordType: 'post' });
    const mine = listed.find((r) => r.soul === soul);
    expect(mine).toMatchObject({ soul, did: `did:gun:${soul}`, recordType: 'post' });
    expect(JSON.parse(mine.data.data)).toEqual(record.data);
    await expect(gun.listUserRecords(publisherKey)).resolves.toEqual(expect.arrayContaining([expect.objectContaining({ soul })]));
    await expect(gun.checkConnection()).resolves.toBe(true);
  });

  test('an encrypted record round-trips (AES-256-GCM, PBKDF2 fallback key, JSON of the stringified data)', async () => {
    const gun = new GunHelper({ apiUrl: B.relayUrl });
    const soul = gun.computeSoul(publisherKey, `secret-${run}`);
    const record = { data: { conversationSession: { messages: ['hi', 'there'] } }, oip: { ver: '0.8.0', recordType: 'post', creator } };
    await expect(gun.putRecord(record, soul, { encrypt: true, userPublicKey: publisherKey }))
      .resolves.toEqual({ soul, did: `did:gun:${soul}`, encrypted: true });

    // On the relay, data is the envelope object: a child node of its own.
    const raw = await eventually(async () => {
      const r = await relayGet(B, soul);
      return r.data && r.data.data && r.data.meta ? r.data : null;
    });
    expect(raw.data).toEqual({ '#': `${soul}/data` });
    const envelope = (await relayGet(B, `${soul}/data`)).data;
    expect(Object.keys(envelope).sort()).toEqual(['encrypted', 'iv', 'tag']);
    expect(Buffer.from(envelope.iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(envelope.tag, 'base64')).toHaveLength(16);
    const meta = (await relayGet(B, `${soul}/meta`)).data;
    // localId: null was written too; the relay drops null fields (GUN's tombstone)
    expect(meta).toEqual({
      created: expect.any(Number),
      encrypted: true,
      encryptionMethod: 'aes-256-gcm',
      encryptionType: 'per-user',
      encryptedBy: publisherKey,
    });

    // Independently: the key is PBKDF2-HMAC-SHA256(pubkey, 'oip-gun-fallback', 100000, 32)
    // and the plaintext is JSON.stringify(JSON.stringify(data)).
    const key = crypto.pbkdf2Sync(publisherKey, 'oip-gun-fallback', 100000, 32, 'sha256');
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(envelope.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(envelope.tag, 'base64'));
    const plain = Buffer.concat([decipher.update(Buffer.from(envelope.encrypted, 'base64')), decipher.final()]).toString('utf8');
    expect(plain).toBe(JSON.stringify(JSON.stringify(record.data)));

    // The owner reads it decrypted (a fresh helper per read, as the app makes one per request).
    const mine = await eventually(async () => {
      const r = await new GunHelper({ apiUrl: B.relayUrl }).getRecord(soul, { userPublicKey: publisherKey });
      return r && r.meta && r.meta.wasEncrypted ? r : null;
    });
    expect(mine.data).toEqual(record.data);
    expect(mine.oip).toEqual(record.oip);
    expect(mine.meta).toMatchObject({ encrypted: false, wasEncrypted: true, encryptedBy: publisherKey });

    // Anyone else gets the envelope, not the data.
    const theirs = await gun.getRecord(soul, { userPublicKey: 'someone-else' });
    expect(theirs.data).toEqual(envelope);
    expect(theirs.meta.encrypted).toBe(true);
  });

  test('deleteRecord posts data: null, which real GUN refuses: it rejects and the record stays (defect 2)', async () => {
    const gun = new GunHelper({ apiUrl: B.relayUrl });
    const soul = gun.computeSoul(publisherKey, `undeletable-${run}`);
    await gun.putRecord({ data: { basic: { name: 'stays' } }, oip: { ver: '0.8.0', recordType: 'post', creator } }, soul);
    await control.resetCounters(B.relayAdminUrl);

    const err = await gun.deleteRecord(soul).then(() => null, (e) => e);
    expect(err).not.toBeNull();
    expect(err.response.status).toBe(500);
    expect(err.response.data).toEqual({ error: 'Data at root of graph must be a node (an object).' });
    expect(JSON.parse(err.config.data)).toEqual({ soul, data: null });
    expect((await control.counters(B.relayAdminUrl))['POST /put']).toBe(1);

    const still = await relayGet(B, soul);
    expect(still.status).toBe(200);
    expect(still.data.data).toEqual({ basic: { name: 'stays' } });
  });

  test('a 404 is remembered for an hour: a node written after a miss stays hidden from that helper (defect 15)', async () => {
    const gun = new GunHelper({ apiUrl: B.relayUrl });
    const soul = `${gun.computeSoul(publisherKey, `late-${run}`)}`;
    await expect(gun.getRecord(soul)).resolves.toBeNull();
    await new GunHelper({ apiUrl: B.relayUrl }).putSimple({ arrived: true }, soul);
    await control.resetCounters(B.relayAdminUrl);
    await expect(gun.getRecord(soul)).resolves.toBeNull(); // from the cache, no request
    expect((await control.counters(B.relayAdminUrl))['GET /get'] || 0).toBe(0);
    const fresh = await eventually(() => new GunHelper({ apiUrl: B.relayUrl }).getRecord(soul));
    expect(fresh).toEqual({ arrived: true });
  });
});

describe('GunDeletionRegistry', () => {
  test('markDeleted / isDeleted / getAllDeletedDIDs / getDeletionDetails round-trip in the original formats', async () => {
    const did = `did:gun:${new GunHelper().computeSoul(publisherKey, `gone-${run}`)}`;
    const registry = new GunDeletionRegistry(new GunHelper({ apiUrl: A.relayUrl }));
    const before = Date.now();
    await expect(registry.markDeleted(did, publisherKey)).resolves.toBe(true);

    const entry = await eventually(async () => (await relayGet(A, `oip:deleted:records:${did}`)).data);
    expect(entry).toEqual({ deletedAt: expect.any(Number), deletedBy: publisherKey, timestamp: expect.any(String), did });
    expect(entry.deletedAt).toBeGreaterThanOrEqual(before);
    expect(new Date(entry.timestamp).toISOString()).toBe(entry.timestamp);
    const index = await eventually(async () => {
      const r = await relayGet(A, 'oip:deleted:records:index');
      return r.data && r.data[did] ? r.data : null;
    });
    expect(index[did]).toBe(true);

    // A fresh registry per read, as the app builds one per request (a helper
    // that saw the index 404 would not look again for an hour).
    const fresh = () => new GunDeletionRegistry(new GunHelper({ apiUrl: A.relayUrl }));
    await expect(eventually(() => fresh().isDeleted(did))).resolves.toBe(true);
    await expect(eventually(async () => (await fresh().getAllDeletedDIDs()).includes(did))).resolves.toBe(true);
    await expect(fresh().getDeletionDetails(did)).resolves.toEqual(entry);
    const stats = await fresh().getStats();
    expect(stats).toEqual({
      totalDeleted: expect.any(Number),
      registryRoot: 'oip:deleted:records',
      deletedDIDs: expect.any(Array),
      hasMore: expect.any(Boolean),
    });
    expect(stats.deletedDIDs).toContain(did);

    // A live DID: no flag, so its own tombstone soul is read and the relay
    // waits its full missing-soul timeout before the 404 (defect 14).
    const live = `did:gun:${new GunHelper().computeSoul(publisherKey, `alive-${run}`)}`;
    const started = Date.now();
    await expect(fresh().isDeleted(live)).resolves.toBe(false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(MISSING_WAIT_MS - 50);

    // unmarkDeleted deletes the entry with data: null first: refused (defect 2),
    // so it fails and the flag stays.
    await expect(fresh().unmarkDeleted(did)).resolves.toBe(false);
    expect((await relayGet(A, 'oip:deleted:records:index')).data[did]).toBe(true);
  });

  test('processLocalDeletion removes the ES document, fails on GUN, and is memoised for 24 h anyway (defects 1, 2)', async () => {
    const svc = service(A, { nodeId: `node-a-del-${run}` });
    const gun = new GunHelper({ apiUrl: A.relayUrl });
    const soul = gun.computeSoul(publisherKey, `local-del-${run}`);
    const did = `did:gun:${soul}`;
    const record = { data: { basic: { name: 'to delete' } }, oip: { ver: '0.8.0', recordType: 'post', creator } };
    await gun.putRecord(record, soul);
    await svc.indexRecord(svc.convertGunRecordForElasticsearch(record, did));
    await expect(svc.elasticClient.exists({ index: 'records', id: did })).resolves.toBe(true);

    const registry = svc.deletionRegistry;
    await control.resetCounters(A.esAdminUrl);
    await expect(registry.processLocalDeletion(did)).resolves.toBe(true);
    // the fixed Elasticsearch call: no `ignore` parameter, the document is gone
    expect((await control.counters(A.esAdminUrl))['DELETE /_doc']).toBe(1);
    await expect(svc.elasticClient.exists({ index: 'records', id: did })).resolves.toBe(false);
    // GUN refused the delete: the record is still on the relay ...
    expect((await relayGet(A, soul)).data.data).toEqual(record.data);
    // ... yet the DID is memoised as processed and skipped from now on
    expect(registry.recentlyProcessed.has(did)).toBe(true);
    await control.resetCounters(A.esAdminUrl);
    await expect(registry.processLocalDeletion(did)).resolves.toBe(true);
    expect((await control.counters(A.esAdminUrl)).total).toBe(0);
    // an ES 404 is fine too
    await expect(registry.processLocalDeletion(`did:gun:${soul}-never-indexed`)).resolves.toBe(true);
  });
});

describe('GunSyncService', () => {
  test('a record published on B is synced by the baseline on A: ES document, relay copy, registration', async () => {
    const nodeB = `node-b-${run}`;
    const nodeA = `node-a-${run}`;
    const gunB = new GunHelper({ apiUrl: B.relayUrl });
    const svcB = service(B, { nodeId: nodeB });

    const nested = {
      soul: gunB.computeSoul(publisherKey, `sync-nested-${run}`),
      record: {
        data: { basic: { name: 'nested', tagItems: '["a","b"]', note: '[not json]' }, post: { citations: '[1,2]' } },
        oip: { ver: '0.8.0', recordType: 'post', creator },
      },
    };
    const flat = {
      soul: gunB.computeSoul(publisherKey, `sync-flat-${run}`),
      record: {
        data: { basic: { name: 'flat' } },
        oip: { ver: '0.8.1', recordType: 'post', creator_publicKey: creator.publicKey, creator_didAddress: creator.didAddress },
      },
    };
    const secret = {
      soul: gunB.computeSoul(publisherKey, `sync-secret-${run}`),
      record: { data: { basic: { name: 'secret' } }, oip: { ver: '0.8.0', recordType: 'post', creator } },
    };
    await gunB.putRecord(nested.record, nested.soul, { localId: `sync-nested-${run}` });
    await gunB.putRecord(flat.record, flat.soul, { localId: `sync-flat-${run}` });
    await gunB.putRecord(secret.record, secret.soul, { encrypt: true, userPublicKey: publisherKey });
    for (const r of [nested, flat, secret]) {
      await svcB.registerLocalRecord(`did:gun:${r.soul}`, r.soul, 'post', publisherKey);
    }

    // B's registration: node entry and the whole type index written back
    const nodeEntry = await eventually(async () => (await relayGet(B, `oip:registry:nodes:${nodeB}:${nested.soul}`)).data);
    expect(nodeEntry).toEqual({
      did: `did:gun:${nested.soul}`,
      soul: nested.soul,
      recordType: 'post',
      creatorPubKey: publisherKey,
      nodeId: nodeB,
      timestamp: expect.any(Number),
      oipVersion: '0.8.0',
    });

    const svcA = service(A, { nodeId: nodeA, peers: [B.relayUrl] });
    const souls = [nested.soul, flat.soul, secret.soul];
    const indexed = async () => {
      for (const s of souls) {
        if (!(await svcA.elasticClient.exists({ index: 'records', id: `did:gun:${s}` }))) return false;
      }
      return true;
    };
    // Relays may answer an index partially for a moment: a few cycles at most.
    for (let cycle = 0; cycle < 6 && !(await indexed()); cycle++) {
      await svcA.performSync();
      if (!(await indexed())) await sleep(300);
    }
    expect(await indexed()).toBe(true);

    const source = async (s) => (await svcA.elasticClient.get({ index: 'records', id: `did:gun:${s}` }))._source;
    const nestedDid = `did:gun:${nested.soul}`;
    expect(await source(nested.soul)).toEqual({
      data: { basic: { name: 'nested', tagItems: ['a', 'b'], note: '[not json]' }, post: { citations: [1, 2] } },
      oip: { ver: '0.8.0', recordType: 'post', creator, did: nestedDid, didTx: nestedDid, storage: 'gun' },
    });
    const flatDid = `did:gun:${flat.soul}`;
    expect(await source(flat.soul)).toEqual({
      data: { basic: { name: 'flat' } },
      oip: { ver: '0.8.1', recordType: 'post', creator, did: flatDid, didTx: flatDid, storage: 'gun' },
    });
    const secretDoc = await source(secret.soul);
    expect(Object.keys(secretDoc.data).sort()).toEqual(['encrypted', 'iv', 'tag']);
    // syncedFromNode comes from the index entry, which GUN hands back as a
    // reference {"#": ...} without nodeId: the original's 'unknown'.
    expect(secretDoc.oip).toMatchObject({ wasEncrypted: true, syncedFromNode: 'unknown', storage: 'gun', did: `did:gun:${secret.soul}` });
    expect(new Date(secretDoc.oip.syncedAt).toISOString()).toBe(secretDoc.oip.syncedAt);

    // A's relay holds a copy in the putRecord shape
    const copy = await eventually(async () => {
      const r = await new GunHelper({ apiUrl: A.relayUrl }).getRecord(nested.soul);
      return r && r.meta ? r : null;
    });
    expect(copy.data).toEqual(nested.record.data);
    expect(copy.oip).toEqual(nested.record.oip);
    expect(copy.meta).toEqual({ created: expect.any(Number), localId: `sync-nested-${run}`, encrypted: false });
    const secretCopy = await eventually(async () => {
      const r = await new GunHelper({ apiUrl: A.relayUrl }).getRecord(secret.soul, { userPublicKey: publisherKey });
      return r && r.meta && r.meta.wasEncrypted ? r : null;
    });
    expect(secretCopy.data).toEqual(secret.record.data);

    // ... and registered it under A's node id, in A's type index
    for (const s of souls) {
      const entry = await eventually(async () => (await relayGet(A, `oip:registry:nodes:${nodeA}:${s}`)).data);
      expect(entry).toMatchObject({ did: `did:gun:${s}`, soul: s, recordType: 'post', nodeId: nodeA, oipVersion: '0.8.0' });
    }
    const indexA = await eventually(async () => {
      const r = await relayGet(A, 'oip:registry:index:post');
      return r.data && souls.every((s) => r.data[s]) ? r.data : null;
    });
    for (const s of souls) expect(indexA[s]).toEqual({ '#': expect.any(String) });

    const health = svcA.getHealthMonitor().getHealthStatus();
    expect(health.totalSynced).toBe(3);
    // A record the peer hands over partially (just written: some keys missing)
    // fails validation, counts as an error and is fetched again next cycle.
    expect(health.totalDiscovered).toBe(health.totalSynced + health.totalErrors);
    expect(svcA.processedRecords.has(nestedDid)).toBe(true);

    // Next cycle: everything processed, no exists() at all. After the cache is
    // cleared: one exists() per candidate, nothing re-indexed (defect 4 not kept).
    await control.resetCounters(A.esAdminUrl);
    await svcA.performSync();
    expect((await control.counters(A.esAdminUrl)).total).toBe(0);
    svcA.clearProcessedCache();
    await svcA.performSync();
    const es = await control.counters(A.esAdminUrl);
    expect(es['HEAD /_doc']).toBeGreaterThanOrEqual(souls.length);
    expect(es['PUT /_doc'] || 0).toBe(0);
    expect(es['POST /_update'] || 0).toBe(0);
  });

  test('a tombstoned candidate is not synced and gets the local deletion (defect 13 shape)', async () => {
    const gunB = new GunHelper({ apiUrl: B.relayUrl });
    const svcB = service(B, { nodeId: `node-b2-${run}` });
    const soul = gunB.computeSoul(publisherKey, `tombstoned-${run}`);
    const did = `did:gun:${soul}`;
    await gunB.putRecord({ data: { basic: { name: 'deleted' } }, oip: { ver: '0.8.0', recordType: 'post', creator } }, soul);
    await svcB.registerLocalRecord(did, soul, 'post', publisherKey);

    // the tombstone is on A's own relay (the baseline never pulls peers' tombstones)
    const svcA = service(A, { nodeId: `node-a2-${run}`, peers: [B.relayUrl] });
    await expect(svcA.deletionRegistry.markDeleted(did, publisherKey)).resolves.toBe(true);
    await expect(eventually(() => new GunDeletionRegistry(new GunHelper({ apiUrl: A.relayUrl })).isDeleted(did))).resolves.toBe(true);

    for (let cycle = 0; cycle < 4 && !svcA.deletionRegistry.recentlyProcessed.has(did); cycle++) {
      await svcA.performSync();
    }
    expect(svcA.deletionRegistry.recentlyProcessed.has(did)).toBe(true);
    await expect(svcA.elasticClient.exists({ index: 'records', id: did })).resolves.toBe(false);
    expect(svcA.processedRecords.has(did)).toBe(false);
  });

  test('getStatus / getHealthStatus have the reference keys and types; start, forceSync, stop', async () => {
    const svc = service(A, { nodeId: `node-status-${run}`, peers: [B.relayUrl], syncInterval: 600000 });
    expect(svc.isRunning).toBe(false);
    await expect(svc.forceSync()).rejects.toThrow('Sync service is not running');

    const fresh = new SyncHealthMonitor().getHealthStatus();
    expect(fresh).toEqual({
      totalDiscovered: 0,
      totalSynced: 0,
      totalErrors: 0,
      lastSyncTime: null,
      averageSyncTime: 0,
      syncCycles: 0,
      successRate: 100,
      isHealthy: false,
      lastSyncAgo: null,
    });

    await svc.start();
    expect(svc.isRunning).toBe(true);
    await svc.forceSync();
    const status = svc.getStatus();
    expect(Object.keys(status).sort()).toEqual(
      ['configuration', 'health', 'isRunning', 'memory', 'nodeId', 'processedRecordsCount', 'syncInterval'].sort());
    expect(status).toMatchObject({
      isRunning: true,
      syncInterval: 600000,
      nodeId: `node-status-${run}`,
      processedRecordsCount: expect.any(Number),
    });
    expect(Object.keys(status.configuration).sort()).toEqual(['cacheMaxAge', 'cacheMaxAgeMinutes', 'privateRecordsEnabled', 'trustedNodes']);
    expect(typeof status.configuration.privateRecordsEnabled).toBe('boolean');
    expect(status.configuration.cacheMaxAge).toBe(3600000);
    expect(status.configuration.cacheMaxAgeMinutes).toBe(60);
    expect(Object.keys(status.memory).sort()).toEqual(
      ['cacheSize', 'externalMB', 'heapTotalMB', 'heapUsedMB', 'nextClearInMinutes', 'rssMB', 'timeSinceLastClearMinutes']);
    for (const v of Object.values(status.memory)) expect(Number.isInteger(v)).toBe(true);

    const health = svc.getHealthMonitor().getHealthStatus();
    expect(Object.keys(health).sort()).toEqual(Object.keys(fresh).sort());
    expect(health.lastSyncTime).toBeInstanceOf(Date);
    expect(health.syncCycles).toBe(2); // start() ran one, forceSync() one
    expect(typeof health.averageSyncTime).toBe('number');
    expect(typeof health.successRate).toBe('number');
    expect(typeof health.isHealthy).toBe('boolean');
    expect(typeof health.lastSyncAgo).toBe('number');
    expect(health.isHealthy).toBe(true);
    expect(status.health).toEqual(expect.objectContaining({ syncCycles: 2 }));

    svc.stop();
    expect(svc.isRunning).toBe(false);
    await expect(svc.forceSync()).rejects.toThrow('Sync service is not running');
  });

  test('health: EMA of durations, success rate to 2 decimals', () => {
    const m = new SyncHealthMonitor();
    m.recordSyncCycle(3, 2, 1, 1000);
    m.recordSyncCycle(0, 0, 0, 2000);
    const h = m.getHealthStatus();
    expect(h.averageSyncTime).toBeCloseTo(1000 * 0.7 + 2000 * 0.3);
    expect(h.successRate).toBe(66.67);
    expect(h.isHealthy).toBe(false);
  });

  test('node id: the override, else a hash that includes Date.now() (defect 8)', async () => {
    const saved = process.env.GUN_NODE_ID_OVERRIDE;
    try {
      delete process.env.GUN_NODE_ID_OVERRIDE;
      const first = new OIPGunRegistry({ gunHelper: new GunHelper({ apiUrl: A.relayUrl }) }).nodeId;
      await sleep(5);
      const second = new OIPGunRegistry({ gunHelper: new GunHelper({ apiUrl: A.relayUrl }) }).nodeId;
      expect(first).toMatch(/^[0-9a-f]{16}$/);
      expect(second).not.toBe(first);
      process.env.GUN_NODE_ID_OVERRIDE = 'fixed-node';
      expect(new OIPGunRegistry({ gunHelper: new GunHelper({ apiUrl: A.relayUrl }) }).nodeId).toBe('fixed-node');
    } finally {
      if (saved === undefined) delete process.env.GUN_NODE_ID_OVERRIDE;
      else process.env.GUN_NODE_ID_OVERRIDE = saved;
    }
  });
});
