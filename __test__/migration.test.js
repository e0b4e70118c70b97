'use strict';
// The OIP node's own call patterns (routes, startup, health endpoints) on the
// core API (`require('oip-gun-sync')`, with the `recordTypes` option), for an
// app that calls the core directly; the one-line drop-in of MIGRATION.md is
// covered by oip-dropin.test.js. Run against the addon on the test bed,
// configured through the environment the app already sets.
//
// The addon reads the real process environment, and jest gives a test file
// a copy of it, so each app pattern runs in a Node process of its own started
// with the node's environment, as docker-compose starts the app: this file is
// that process's script when OIP_MIGRATION_SCENARIO is set. The test side
// seeds and checks the relays and Elasticsearch stand-ins directly.
//
// Node A is the app's node (GUN_PEERS, ELASTICSEARCHHOST), node B a peer
// (GUN_EXTERNAL_PEERS) running the same code with its own state.

const crypto = require('crypto');
// The core API, required directly.
const { GunHelper, GunDeletionRegistry, GunSyncService, SyncHealthMonitor } = require('..');
const { request } = require('../testbed/http');
const { sleep, eventually } = require('../testbed/poll');
const { tempDirs } = require('../testbed/tempdirs');

// The app's record types are the keys of its templates.
const defaultTemplates = { post: { basic: {} }, image: { basic: {} }, workout: { basic: {} } };
const MAX_CYCLES = 8;

let uniq = 0;
const tag = (name) => `${name}-${process.pid}-${++uniq}-${crypto.randomBytes(3).toString('hex')}`;

const relayGet = (relayUrl, soul) => request(`${relayUrl}/get?soul=${encodeURIComponent(soul)}`);
const esDoc = (esUrl, did) => request(`${esUrl}/records/_doc/${encodeURIComponent(did)}`);

/** A value's shape: 'null', 'Date', 'array', typeof, or an object of shapes. */
function shape(v) {
  if (v === null) return 'null';
  if (v instanceof Date) return 'Date';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)]));
  return typeof v;
}

const quiet = () => ({ info() {}, warn() {}, error() {} });

// ---------------------------------------------------------------------------
// The app's code, run in a process of its own (OIP_MIGRATION_SCENARIO set).
// ---------------------------------------------------------------------------

/**
 * The app's publish route: put the record as the publisher manager does
 * (`localId: options.localId || null`, the access-control fields as they
 * come, mostly `undefined`), then register it with the sync service.
 */
async function publishRoute(recordType, name, { withLocalId = true } = {}) {
  const publisherPubKey = `pk-${tag('pub')}`;
  const gunHelper = new GunHelper();
  const options = { publisherPubKey, localId: withLocalId ? tag(recordType) : undefined, accessControl: undefined };
  const recordData = {
    data: { basic: { name, date: Date.now(), tagItems: '["one","two"]' } },
    oip: { ver: '0.8.0', recordType, creator: { publicKey: publisherPubKey, didAddress: `did:arweave:${publisherPubKey}` } },
  };
  const localId = options.localId || null;
  const soul = gunHelper.computeSoul(publisherPubKey, localId, recordData);
  const result = await gunHelper.putRecord(recordData, soul, {
    encrypt: options.accessControl?.private,
    readerPubKeys: options.accessControl?.readers,
    writerKeys: options.writerKeys,
    localId,
  });
  if (global.gunSyncService) {
    await global.gunSyncService.registerLocalRecord(result.did, result.soul, recordType, publisherPubKey);
  }
  return { did: result.did, soul: result.soul, encrypted: result.encrypted, publisherPubKey };
}

/** index.js at startup, with the one option the guide adds. */
function startupCode() {
  if (process.env.GUN_SYNC_ENABLED !== 'false') {
    global.gunSyncService = new GunSyncService({ recordTypes: Object.keys(defaultTemplates), logger: quiet() });
  }
}

const scenarios = {
  async perRequestHelpers() {
    const active = () => process.getActiveResourcesInfo().filter((r) => r !== 'TTYWrap').length;
    const before = active();
    const helpers = [];
    for (let i = 0; i < 200; i++) helpers.push(new GunHelper());
    const connected = await helpers[199].checkConnection();
    return { apiUrl: helpers[0].apiUrl, connected, before, after: active() };
  },

  async deleteRoute() {
    const { did, soul, publisherPubKey } = await publishRoute('post', 'to be deleted');
    // The record is in this node's Elasticsearch too, as the app indexed it when publishing.
    const es = process.env.ELASTICSEARCHHOST;
    await request(`${es}/records/_doc/${encodeURIComponent(did)}?refresh=true`, {
      method: 'PUT',
      body: { data: { basic: { name: 'to be deleted' } }, oip: { did, didTx: did, recordType: 'post', storage: 'gun' } },
    });
    for (let i = 0; i < 40 && (await relayGet(process.env.GUN_PEERS, soul)).status !== 200; i++) await sleep(100);
    const beforeEs = (await esDoc(es, did)).status;

    // routes/records.js, DELETE /:did: unchanged but for the require path.
    const gunHelper = new GunHelper();
    const deletionRegistry = new GunDeletionRegistry(gunHelper);
    const marked = await deletionRegistry.markDeleted(did, publisherPubKey);
    const deleted = await deletionRegistry.processLocalDeletion(did);

    // What the app's deletion-registry script reads, from a later request's registry.
    const later = new GunDeletionRegistry(new GunHelper());
    return {
      did, soul, publisherPubKey, beforeEs, marked, deleted,
      isDeleted: await later.isDeleted(did),
      all: await later.getAllDeletedDIDs(),
      details: await later.getDeletionDetails(did),
      stats: await later.getStats(),
      again: await later.processLocalDeletion(did),
    };
  },

  async publishWithoutLocalId() {
    const r = await publishRoute('post', 'no local id', { withLocalId: false });
    return { ...r, stored: await new GunHelper().getRecord(r.soul) };
  },

  async publishAndRegister() {
    startupCode();
    const svc = global.gunSyncService;
    const published = await publishRoute('workout', 'morning run');
    // The stats count the relay's index, which answers a put before every read sees it.
    const stats = await eventually(() => svc.registry.getRegistryStats(), (s) => s.recordsByType.workout > 0);
    return { ...published, isService: svc instanceof GunSyncService, nodeId: svc.getStatus().nodeId, stats };
  },

  async syncUntilIndexed({ did }) {
    startupCode();
    let synced = 0;
    let cycles = 0;
    while (cycles < MAX_CYCLES && (await esDoc(process.env.ELASTICSEARCHHOST, did)).status !== 200) {
      synced += (await global.gunSyncService.performSync()).synced;
      cycles++;
      await sleep(150);
    }
    return { synced, cycles };
  },

  async healthRoutes() {
    startupCode();
    const svc = global.gunSyncService;
    // GET /api/health/gun-sync
    const status = svc.getStatus();
    const monitor = svc.getHealthMonitor();
    const fresh = monitor.getHealthStatus();
    await svc.performSync();
    await svc.performSync();
    const h = svc.getHealthMonitor().getHealthStatus();
    const after = svc.getStatus();
    const sent = JSON.parse(JSON.stringify({ success: true, status: after, health: h }));
    return {
      isMonitor: monitor instanceof SyncHealthMonitor,
      status, statusShape: shape(status),
      fresh, freshShape: shape(fresh),
      health: { ...h, lastSyncTime: h.lastSyncTime && h.lastSyncTime.getTime() }, healthShape: shape(h), afterShape: shape(after),
      afterCycles: after.health.syncCycles,
      sentLastSyncTime: sent.health.lastSyncTime, isoLastSyncTime: h.lastSyncTime.toISOString(),
    };
  },

  async forceSyncAndCache({ did }) {
    startupCode();
    const svc = global.gunSyncService;
    const out = {};
    // POST /api/sync/force, before start
    out.stoppedError = await svc.forceSync().then(() => null, (e) => ({ message: e.message, code: e.code }));
    out.runningBefore = svc.isRunning;
    await svc.start();
    out.running = [svc.isRunning, svc.getStatus().isRunning];
    out.reportKeys = [];
    for (let i = 0; i < MAX_CYCLES && (await esDoc(process.env.ELASTICSEARCHHOST, did)).status !== 200; i++) {
      out.reportKeys = Object.keys(await svc.forceSync()).sort();
      await sleep(150);
    }
    out.indexed = (await esDoc(process.env.ELASTICSEARCHHOST, did)).status;
    await svc.forceSync(); // the record is known now
    out.size = svc.processedRecords.size;
    out.counts = [svc.getStatus().processedRecordsCount, svc.getStatus().memory.cacheSize];
    // POST /api/sync/clear-cache
    svc.clearProcessedCache();
    out.cleared = [svc.processedRecords.size, svc.getStatus().processedRecordsCount, svc.getStatus().memory.timeSinceLastClearMinutes];
    // Shutdown handler.
    global.gunSyncService.stop();
    out.runningAfter = svc.isRunning;
    out.stoppedAgain = await svc.forceSync().then(() => null, (e) => ({ message: e.message, code: e.code }));
    return out;
  },

  async invalidConfig() {
    try {
      startupCode();
      return { constructed: true };
    } catch (e) {
      return { isError: e instanceof Error, code: e.code, message: e.message };
    }
  },
};

if (process.env.OIP_MIGRATION_SCENARIO) {
  const name = process.env.OIP_MIGRATION_SCENARIO;
  scenarios[name](JSON.parse(process.env.OIP_MIGRATION_CTX || '{}')).then(
    (result) => {
      process.stdout.write(`${JSON.stringify(result)}\n`);
      if (global.gunSyncService) global.gunSyncService.stop();
    },
    (err) => {
      process.stderr.write(`${name}: ${err.code || ''} ${err.stack}\n`);
      process.exitCode = 1;
    },
  );
} else {
  defineTests();
}

// ---------------------------------------------------------------------------
// The tests.
// ---------------------------------------------------------------------------

function defineTests() {
  const { startNodes } = require('../testbed/launcher');
  const { runNode } = require('../testbed/child');
  let bed;
  let A;
  let B;
  const stateDirs = tempDirs('oip-migration-test-');

  const freshStateDir = stateDirs.make;

  /** The environment of `node` pulling from `peer`, as its docker-compose file sets it. */
  const envOf = (node, peer, extra = {}) => ({
    GUN_PEERS: node.relayUrl,
    ...(peer ? { GUN_EXTERNAL_PEERS: peer.relayUrl } : {}),
    ELASTICSEARCHHOST: node.esUrl,
    OIP_GUN_SYNC_STATE_DIR: freshStateDir(),
    ...extra,
  });

  /** Runs a scenario in a process of its own with `env`; resolves its result. */
  async function scenario(name, env, ctx = {}) {
    const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(GUN_|ELASTIC|RECORD_TYPE_INDEX_|OIP_)/.test(k)));
    const { code, stdout, stderr } = await runNode(__filename, [], {
      env: { ...base, ...env, OIP_MIGRATION_SCENARIO: name, OIP_MIGRATION_CTX: JSON.stringify(ctx) },
    });
    if (code !== 0) throw new Error(`scenario ${name} exited ${code}:\n${stderr}`);
    return JSON.parse(stdout.trim().split('\n').pop());
  }

  /** Test scaffolding, not an app pattern: a record published and registered on node B. */
  async function publishOnPeer(recordType) {
    const gun = new GunHelper({ apiUrl: B.relayUrl });
    const pk = `pk-${tag('peer')}`;
    const soul = gun.computeSoul(pk, tag(recordType));
    const oip = { ver: '0.8.0', recordType, creator: { publicKey: pk, didAddress: `did:arweave:${pk}` } };
    const put = await gun.putRecord({ data: { basic: { name: recordType } }, oip }, soul);
    const peer = new GunSyncService({
      gun: { apiUrl: B.relayUrl },
      elasticsearch: { node: B.esUrl },
      peers: [],
      recordTypes: [recordType],
      deletion: { stateDir: freshStateDir() },
    });
    await peer.registerLocalRecord(put.did, soul, recordType, pk);
    return put;
  }

  const HEALTH_SHAPE = {
    totalDiscovered: 'number',
    totalSynced: 'number',
    totalErrors: 'number',
    lastSyncTime: 'Date',
    averageSyncTime: 'number',
    syncCycles: 'number',
    successRate: 'number',
    isHealthy: 'boolean',
    lastSyncAgo: 'number',
  };
  const NEVER_SYNCED = { ...HEALTH_SHAPE, lastSyncTime: 'null', lastSyncAgo: 'null' };
  const statusShape = (health, trustedNodes) => ({
    isRunning: 'boolean',
    syncInterval: 'number',
    nodeId: 'string',
    processedRecordsCount: 'number',
    health,
    configuration: { privateRecordsEnabled: 'boolean', trustedNodes, cacheMaxAge: 'number', cacheMaxAgeMinutes: 'number' },
    memory: {
      heapUsedMB: 'number', heapTotalMB: 'number', rssMB: 'number', externalMB: 'number',
      cacheSize: 'number', timeSinceLastClearMinutes: 'number', nextClearInMinutes: 'number',
    },
  });

  beforeAll(async () => {
    bed = await startNodes(2, { putDelayMs: 0, missingWaitMs: 500, elasticsearch: true });
    [A, B] = bed.nodes;
  }, 30000);

  afterAll(async () => {
    if (bed) await bed.stop();
    stateDirs.removeAll();
  });

  test('a GunHelper per request: configured by GUN_PEERS, holds nothing open (original defect 9)', async () => {
    const r = await scenario('perRequestHelpers', envOf(A, null));
    expect(r.apiUrl).toBe(A.relayUrl);
    expect(r.connected).toBe(true);
    expect(r.after).toBeLessThanOrEqual(r.before);
  });

  test('the DELETE route: markDeleted on a per-request registry, then processLocalDeletion', async () => {
    const r = await scenario('deleteRoute', envOf(A, null));
    expect(r.beforeEs).toBe(200);
    expect([r.marked, r.deleted]).toEqual([true, true]);
    expect((await esDoc(A.esUrl, r.did)).status).toBe(404);
    expect((await relayGet(A.relayUrl, r.soul)).status).toBe(404);
    const index = await eventually(() => relayGet(A.relayUrl, 'oip:deleted:records:index'), (x) => x.status === 200 && x.json.data[r.did] === true);
    expect(index.json.data[r.did]).toBe(true);

    expect(r.isDeleted).toBe(true);
    expect(r.all).toEqual([r.did]);
    expect(r.details).toMatchObject({ did: r.did, deletedBy: r.publisherPubKey });
    expect(typeof r.details.deletedAt).toBe('number');
    expect(new Date(r.details.timestamp).getTime()).toBe(r.details.deletedAt);
    expect(r.stats).toEqual({ totalDeleted: 1, registryRoot: 'oip:deleted:records', deletedDIDs: [r.did], hasMore: false });
    expect(r.again).toBe(true); // a repeated DELETE is harmless
  });

  test('publish without a localId, as the publisher manager passes it (localId null, encrypt undefined)', async () => {
    const r = await scenario('publishWithoutLocalId', envOf(A, null));
    expect(r.encrypted).toBe(false);
    expect(r.did).toBe(`did:gun:${r.soul}`);
    // No localId: the soul is the publisher hash and a content hash.
    expect(r.soul).toMatch(/^[0-9a-f]{12}:h:[0-9a-f]+$/);
    expect(r.stored).toMatchObject({ data: { basic: { name: 'no local id' } }, oip: { recordType: 'post' } });
  });

  test('startup into global.gunSyncService; publishing registers the record; the peer syncs it', async () => {
    const r = await scenario('publishAndRegister', envOf(A, B));
    expect(r.isService).toBe(true);
    expect(r.stats).toMatchObject({ nodeId: r.nodeId, registryRoot: 'oip:registry' });
    const entry = await eventually(() => relayGet(A.relayUrl, `oip:registry:nodes:${r.nodeId}:${r.soul}`), (x) => x.status === 200);
    expect(entry.json.data).toMatchObject({
      did: r.did, soul: r.soul, recordType: 'workout', creatorPubKey: r.publisherPubKey, nodeId: r.nodeId, oipVersion: '0.8.0',
    });
    const index = await eventually(() => relayGet(A.relayUrl, 'oip:registry:index:workout'), (x) => x.status === 200 && r.soul in x.json.data);
    expect(Object.keys(index.json.data)).toContain(r.soul);
    // Every node's entries in the relay's index, as the original counted them.
    const live = Object.entries(index.json.data).filter(([k, v]) => !k.startsWith('_') && v !== null).length;
    expect(r.stats.recordsByType.workout).toBe(live);
    expect(r.stats.totalRecordsRegistered).toBe(Object.values(r.stats.recordsByType).reduce((a, b) => a + b, 0));

    // Node B runs the same startup code with its own environment and pulls from A.
    const b = await scenario('syncUntilIndexed', envOf(B, A), { did: r.did });
    expect(b.synced).toBe(1);
    const doc = await esDoc(B.esUrl, r.did);
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.json._source).sort()).toEqual(['data', 'oip']);
    expect(doc.json._source.oip).toMatchObject({ did: r.did, didTx: r.did, storage: 'gun', recordType: 'workout' });
    expect(doc.json._source.data.basic.tagItems).toEqual(['one', 'two']);
  });

  test('health routes: getStatus() and getHealthMonitor().getHealthStatus(), exact keys and types', async () => {
    const r = await scenario('healthRoutes', envOf(A, B, { GUN_SYNC_TRUSTED_NODES: 'node-a, node-b' }));
    expect(r.isMonitor).toBe(true);
    expect(r.statusShape).toEqual(statusShape(NEVER_SYNCED, 'array'));
    expect(r.status).toMatchObject({
      isRunning: false,
      syncInterval: 900000,
      processedRecordsCount: 0,
      configuration: { privateRecordsEnabled: true, trustedNodes: ['node-a', 'node-b'], cacheMaxAge: 3600000, cacheMaxAgeMinutes: 60 },
      memory: { cacheSize: 0 },
    });
    expect(r.freshShape).toEqual(NEVER_SYNCED);
    expect(r.fresh).toEqual({
      totalDiscovered: 0, totalSynced: 0, totalErrors: 0, lastSyncTime: null, averageSyncTime: 0,
      syncCycles: 0, successRate: 100, isHealthy: false, lastSyncAgo: null,
    });
    expect(r.healthShape).toEqual(HEALTH_SHAPE);
    expect(r.afterShape).toEqual(statusShape(HEALTH_SHAPE, 'array'));
    expect(r.health).toMatchObject({ syncCycles: 2, totalErrors: 0, successRate: 100, isHealthy: true });
    expect(Date.now() - r.health.lastSyncTime).toBeLessThan(30000);
    expect(r.health.lastSyncAgo).toBeGreaterThanOrEqual(0);
    expect(r.afterCycles).toBe(2);
    // What Express sends: the Date as an ISO string.
    expect(r.sentLastSyncTime).toBe(r.isoLastSyncTime);
  });

  test('forceSync() rejects while stopped, resolves once started; clearProcessedCache() and processedRecords.size', async () => {
    const { did } = await publishOnPeer('image');
    const r = await scenario('forceSyncAndCache', envOf(A, B), { did });
    // The message holds the original's text (behind the addon's prefix) and the error has a code.
    expect(r.stoppedError.message).toContain('Sync service is not running');
    expect(typeof r.stoppedError.code).toBe('string');
    expect(r.runningBefore).toBe(false);
    expect(r.running).toEqual([true, true]);
    expect(r.reportKeys).toEqual(['deferred', 'deletionsApplied', 'discovered', 'durationMs', 'failed', 'repair', 'requests', 'skippedDeleted', 'skippedExisting', 'synced', 'warnings']);
    expect(r.indexed).toBe(200);
    expect(r.size).toBeGreaterThanOrEqual(1);
    expect(r.counts).toEqual([r.size, r.size]);
    expect(r.cleared).toEqual([0, 0, 0]);
    expect(r.runningAfter).toBe(false);
    expect(r.stoppedAgain).toEqual(r.stoppedError);
  });

  test('an invalid variable fails startup with INVALID_CONFIG naming it', async () => {
    const r = await scenario('invalidConfig', envOf(A, B, { GUN_SYNC_INTERVAL: 'fifteen minutes' }));
    expect(r).toMatchObject({ isError: true, code: 'INVALID_CONFIG' });
    expect(r.message).toContain('GUN_SYNC_INTERVAL');
    const ok = await scenario('invalidConfig', envOf(A, B, { GUN_SYNC_ENABLED: 'false' }));
    expect(ok).toEqual({ constructed: true });
  });
}
