'use strict';
// OIPGunRegistry as an OIP node's own code uses it, through the one-line
// re-export helpers/oipGunRegistry.js in a miniature app: the call patterns
// of its diagnose, migrate and restore scripts and of its health route,
// restated in our own words, against real GUN relays (peered by GUN where
// discovery depends on it) and the test bed's Elasticsearch.

const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { GunHelper, GunSyncService } = require('..');
const { startNodes, closedPort } = require('../testbed/launcher');
const { runNode, startNode } = require('../testbed/child');
const { request } = require('../testbed/http');
const { eventually } = require('../testbed/poll');
const control = require('../testbed/control');
const { tempDirs } = require('../testbed/tempdirs');

const http = require('http');

const ROOT = path.join(__dirname, '..');
let uniq = 0;
const tag = (name) => `${name}-${process.pid}-${++uniq}-${crypto.randomBytes(3).toString('hex')}`;

const APP = {
  'helpers/gun.js': "module.exports = require('oip-gun-sync/oip/gun');\n",
  'helpers/gunSyncService.js': "module.exports = require('oip-gun-sync/oip/gunSyncService');\n",
  'helpers/oipGunRegistry.js': "module.exports = require('oip-gun-sync/oip/oipGunRegistry');\n",
  'config/templates.config.js': `
module.exports = { defaultTemplates: { post: { basic: {} }, image: { basic: {} }, workout: { basic: {} } } };
`,
  // What the app's scripts and health route do with the registry; results printed for the test.
  'scenario.js': `
const { OIPGunRegistry } = require('./helpers/oipGunRegistry');
const out = (v) => process.stdout.write('RESULT ' + JSON.stringify(v) + '\\n');
const scenarios = {
  // The restore and migrate scripts: a registry at top level, one registration
  // per record (the creator's key from oip.creator), then the migrate script's
  // check of its node entry through registry.gunHelper.
  async register({ records }) {
    const registry = new OIPGunRegistry();
    const entries = [];
    for (const r of records) {
      const result = await registry.registerOIPRecord(r.did, r.soul, r.recordType, r.pk);
      const nodeEntry = await registry.gunHelper.getRecord(registry.registryRoot + ':nodes:' + registry.nodeId + ':' + r.soul);
      entries.push({ result: result === undefined ? 'undefined' : result, nodeEntry });
    }
    return { nodeId: registry.nodeId, registryRoot: registry.registryRoot, entries };
  },
  async stats() {
    return { stats: await new OIPGunRegistry().getRegistryStats() };
  },
  // The deletion registry's call: unregister by DID, best effort.
  async unregister({ did }) {
    const registry = new OIPGunRegistry();
    const result = await registry.unregisterOIPRecord(did);
    return { result: result === undefined ? 'undefined' : result };
  },
  // The diagnose script: node id, root, discovery, and what it prints of each record.
  async diagnose({ souls = [] }) {
    const registry = new OIPGunRegistry();
    const discovered = await registry.discoverOIPRecords();
    const exists = {};
    for (const s of souls) exists[s] = await registry.checkRecordExists(s);
    return {
      nodeId: registry.nodeId,
      discovered: discovered.map((r) => ({ soul: r.soul, from: r.sourceNodeId, name: r.data.data.basic.name, at: typeof r.discoveredAt })),
      ofType: (await registry.discoverRecordsOfType('post')).map((r) => r.soul),
      exists,
    };
  },
  async types() {
    const registry = new OIPGunRegistry();
    const ok = { data: {}, oip: { ver: '0.8.0', recordType: 'post', creator: { publicKey: 'p', didAddress: 'd' } } };
    return {
      types: registry.getRecordTypes(),
      nodeId: registry.nodeId,
      generatedNodeId: registry.generateNodeId(),
      valid: registry.isValidOIPRecord(ok),
      invalid: [
        null, undefined, {},
        { ...ok, oip: { ...ok.oip, ver: '0.7.0' } },
        { ...ok, oip: { ver: '0.8.0', recordType: 'post' } },
        { ...ok, oip: { ...ok.oip, creator: { publicKey: 'p' } } },
      ].map((r) => registry.isValidOIPRecord(r)),
    };
  },
  // The health route: the global service's registry.
  async health() {
    const { GunSyncService } = require('./helpers/gunSyncService');
    global.gunSyncService = new GunSyncService();
    const registryStats = await global.gunSyncService.registry.getRegistryStats();
    return { registryStats, nodeId: global.gunSyncService.getStatus().nodeId, same: global.gunSyncService.registry === global.gunSyncService.registry };
  },
  // The running app's service, serving until the process is killed.
  async serve() {
    const { GunSyncService } = require('./helpers/gunSyncService');
    global.gunSyncService = new GunSyncService();
    global.gunSyncService.start().catch((e) => console.error('failed to start', e.code));
    setInterval(() => {}, 1 << 30);
    await new Promise(() => {});
  },
  // What the registry writes with: putSimple, bounded by GUN_REGISTRY_TIMEOUT_MS.
  async slowPut() {
    const { GunHelper } = require('./helpers/gun');
    return new GunHelper().putSimple({ n: 1 }, 'a1b2c3d4e5f6:slow').then((r) => ({ r }), (e) => ({ code: e.code }));
  },
  async deadRelay({ did, soul }) {
    const registry = new OIPGunRegistry();
    const registered = await registry.registerOIPRecord(did, soul, 'post', 'pk');
    return {
      registered: registered === undefined ? 'undefined' : registered,
      stats: await registry.getRegistryStats(),
      discovered: await registry.discoverOIPRecords(),
      nodeId: registry.nodeId,
    };
  },
};
scenarios[process.argv[2]](JSON.parse(process.argv[3] || '{}')).then(out, (e) => {
  process.stderr.write((e.code || '') + ' ' + e.stack + '\\n');
  process.exitCode = 1;
});
`,
};

let bed;
let C;
let D;
let appDir;
const stateDirs = tempDirs('oip-registry-state-');

const freshStateDir = stateDirs.make;

const envOf = (node, extra = {}) => ({
  GUN_PEERS: node.relayUrl,
  ELASTICSEARCHHOST: node.esUrl,
  OIP_GUN_SYNC_STATE_DIR: freshStateDir(),
  ...extra,
});

const baseEnv = () =>
  Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(GUN_|ELASTIC|RECORD_TYPE_INDEX_|OIP_)/.test(k)));

async function scenario(name, env, ctx = {}) {
  const r = await runNode(path.join(appDir, 'scenario.js'), [name, JSON.stringify(ctx)], { env: { ...baseEnv(), ...env }, cwd: appDir });
  if (r.code !== 0) throw new Error(`scenario ${name} exited ${r.code}:\n${r.stderr}`);
  const line = r.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  return { ...JSON.parse(line.slice('RESULT '.length)), stdout: r.stdout, stderr: r.stderr };
}

/** A record published on `node` (not registered). */
async function publish(node, recordType, name = recordType) {
  const gun = new GunHelper({ apiUrl: node.relayUrl });
  const pk = `pk-${tag('pub')}`;
  const soul = gun.computeSoul(pk, tag(recordType));
  const oip = { ver: '0.8.0', recordType, creator: { publicKey: pk, didAddress: `did:arweave:${pk}` } };
  const put = await gun.putRecord({ data: { basic: { name } }, oip }, soul);
  return { ...put, soul, pk, recordType };
}

/** Test scaffolding: `nodeId` registers a record it published on `node`. */
async function registeredBy(node, nodeId, recordType, name) {
  const put = await publish(node, recordType, name);
  const svc = new GunSyncService({
    gun: { apiUrl: node.relayUrl }, elasticsearch: { node: node.esUrl }, peers: [], recordTypes: [recordType],
    deletion: { stateDir: freshStateDir(), nodeId }, logger: { info() {}, warn() {} },
  });
  await svc.registerLocalRecord(put.did, put.soul, recordType, put.pk);
  return put;
}

/** The live entries of a type index on a relay, read over its HTTP API. */
async function liveEntries(node, recordType) {
  const r = await request(`${node.relayUrl}/get?soul=oip:registry:index:${recordType}`);
  if (r.status !== 200) return [];
  return Object.entries(r.json.data).filter(([k, v]) => !k.startsWith('_') && !k.startsWith('oip:') && v !== null).map(([k]) => k);
}

beforeAll(async () => {
  appDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oip-registry-app-'));
  for (const [file, text] of Object.entries(APP)) {
    fs.mkdirSync(path.dirname(path.join(appDir, file)), { recursive: true });
    fs.writeFileSync(path.join(appDir, file), text);
  }
  fs.mkdirSync(path.join(appDir, 'node_modules'), { recursive: true });
  fs.symlinkSync(ROOT, path.join(appDir, 'node_modules', 'oip-gun-sync'), 'dir');
  bed = await startNodes(2, { putDelayMs: 0, missingWaitMs: 500, elasticsearch: true, peer: true });
  [C, D] = bed.nodes;
}, 30000);

afterAll(async () => {
  if (bed) await bed.stop();
  if (appDir) fs.rmSync(appDir, { recursive: true, force: true });
  stateDirs.removeAll();
});

test('the restore/migrate pattern registers: node entry and type index written, stats count the relay\'s entries; unregister withdraws', async () => {
  const env = envOf(C, { GUN_NODE_ID_OVERRIDE: 'node-c' });
  // Another node's entry in the same index: the stats count the relay's index, not this process's registrations.
  await registeredBy(C, 'node-other', 'workout', 'other');
  const [a, b] = [await publish(C, 'workout'), await publish(C, 'workout')];
  const r = await scenario('register', env, { records: [a, b] });
  expect(r).toMatchObject({ nodeId: 'node-c', registryRoot: 'oip:registry' });
  for (const [i, p] of [a, b].entries()) {
    expect(r.entries[i].result).toBe('undefined');
    expect(r.entries[i].nodeEntry).toMatchObject({ did: p.did, soul: p.soul, recordType: 'workout', creatorPubKey: p.pk, nodeId: 'node-c', oipVersion: '0.8.0' });
  }
  // The relay answers a put before every read sees it.
  const live = await eventually(() => liveEntries(C, 'workout'), (l) => l.includes(a.soul) && l.includes(b.soul));
  expect(live.length).toBeGreaterThanOrEqual(3);
  const { stats } = await scenario('stats', env);
  expect(stats).toMatchObject({ nodeId: 'node-c', registryRoot: 'oip:registry' });
  expect(stats.recordsByType.workout).toBe(live.length);
  expect(stats.totalRecordsRegistered).toBe(Object.values(stats.recordsByType).reduce((x, y) => x + y, 0));

  const u = await scenario('unregister', env, { did: a.did });
  expect(u.result).toBe('undefined');
  const after = await eventually(() => liveEntries(C, 'workout'), (l) => !l.includes(a.soul));
  expect(after).toContain(b.soul);
  expect((await scenario('stats', env)).stats.recordsByType.workout).toBe(after.length);
  // The node entry's fields nulled: the relay then answers it as absent, or with nulls.
  const withdrawn = (x) => x.status === 404 || (x.status === 200 && x.json.data.did === null);
  const node = await eventually(() => request(`${C.relayUrl}/get?soul=${encodeURIComponent(`oip:registry:nodes:node-c:${a.soul}`)}`), withdrawn);
  expect(withdrawn(node)).toBe(true);
  const kept = await request(`${C.relayUrl}/get?soul=${encodeURIComponent(`oip:registry:nodes:node-c:${b.soul}`)}`);
  expect(kept.json.data.did).toBe(b.did);
});

test('the diagnose pattern discovers another node\'s records that GUN peering brought to the local relay; own and indexed records are left', async () => {
  const theirs = await registeredBy(D, 'node-d', 'post', 'from d');
  const indexed = await registeredBy(D, 'node-d', 'post', 'indexed already');
  const own = await registeredBy(C, 'node-c2', 'post', 'own');
  for (const p of [theirs, indexed]) {
    await eventually(() => liveEntries(C, 'post'), (live) => live.includes(p.soul), { tries: 100, everyMs: 200 });
  }
  const put = await request(`${C.esUrl}/records/_doc/${encodeURIComponent(indexed.did)}?refresh=true`, {
    method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ oip: { did: indexed.did } }),
  });
  expect(put.status).toBeLessThan(300);
  const env = envOf(C, { GUN_NODE_ID_OVERRIDE: 'node-c2' });
  const r = await scenario('diagnose', env, { souls: [theirs.soul, indexed.soul] });
  expect(r.nodeId).toBe('node-c2');
  const found = r.discovered.find((d) => d.soul === theirs.soul);
  expect(found).toEqual({ soul: theirs.soul, from: 'node-d', name: 'from d', at: 'number' });
  const souls = r.discovered.map((d) => d.soul);
  expect(souls).not.toContain(own.soul);
  expect(souls).not.toContain(indexed.soul);
  expect(r.ofType).toContain(theirs.soul);
  expect(r.exists).toEqual({ [theirs.soul]: false, [indexed.soul]: true });
  expect(r.stdout).toContain('new OIP records from other nodes');
  expect(r.stdout).toContain('📥 Discovered post record: ');
  expect(r.stdout).toContain(' from node node-d');
});

test('discovery goes type by type, as the original: a type index the relay fails to read adds nothing and is logged, the other types are still found', async () => {
  const post = await registeredBy(C, 'node-e', 'post', 'post of e');
  const image = await registeredBy(C, 'node-e', 'image', 'image of e');
  await eventually(() => liveEntries(C, 'post'), (l) => l.includes(post.soul));
  await eventually(() => liveEntries(C, 'image'), (l) => l.includes(image.soul));
  const env = envOf(C, { GUN_NODE_ID_OVERRIDE: 'node-c3' });
  const fault = await control.addFault(C.relayAdminUrl, { path: '/get', soul: 'oip:registry:index:image', status: 500, body: { error: 'radisk read failed' } });
  let r;
  try {
    r = await scenario('diagnose', env);
  } finally {
    await control.removeFault(C.relayAdminUrl, fault.id);
  }
  const souls = r.discovered.map((d) => d.soul);
  expect(souls).toContain(post.soul);
  expect(souls).not.toContain(image.soul);
  expect(r.stderr).toMatch(/Error discovering image records \(GUN_HTTP_500\)/);
  expect(r.stderr).not.toMatch(/Error discovering (post|workout) records/);
  // The same call with the relay well again finds both.
  const well = await scenario('diagnose', env);
  expect(well.discovered.map((d) => d.soul)).toEqual(expect.arrayContaining([post.soul, image.soul]));
  expect(well.stderr).not.toContain('Error discovering');
});

test('beside the running app, on its state directory, the diagnose and restore patterns work, with the app\'s node id', async () => {
  const env = envOf(C, { GUN_SYNC_INTERVAL: '3600000' });
  const dir = env.OIP_GUN_SYNC_STATE_DIR;
  const app = startNode(path.join(appDir, 'scenario.js'), ['serve'], { env: { ...baseEnv(), ...env }, cwd: appDir });
  try {
    // Its first cycle over, the app syncs no more during the test: what it lacks stays discoverable.
    await eventually(() => app.out + app.err, (o) => o.includes('[oip-gun-sync] cycle:'), { tries: 300, everyMs: 200 });
    expect(fs.readFileSync(path.join(dir, 'lock'), 'utf8')).toBe(`pid ${app.pid}`);
    const nodeId = fs.readFileSync(path.join(dir, 'node-id'), 'utf8').trim();
    const theirs = await registeredBy(C, 'node-f', 'image', 'from f');
    await eventually(() => liveEntries(C, 'image'), (l) => l.includes(theirs.soul));
    const r = await scenario('diagnose', env);
    expect(r.nodeId).toBe(nodeId);
    expect(r.discovered.map((d) => d.soul)).toContain(theirs.soul);
    const mine = await publish(C, 'image');
    const reg = await scenario('register', env, { records: [mine] });
    expect(reg.nodeId).toBe(nodeId);
    expect(reg.entries[0]).toEqual({ result: 'undefined', nodeEntry: expect.objectContaining({ soul: mine.soul, nodeId }) });
    const { stats } = await scenario('stats', env);
    expect(stats.nodeId).toBe(nodeId);
    for (const out of [r.stderr, reg.stderr, app.err]) expect(out).not.toContain('STATE_LOCKED');
  } finally {
    app.kill('SIGKILL');
    await app.done;
  }
}, 120000);

test('getRecordTypes comes from the app\'s templates and RECORD_TYPE_INDEX_MODE; isValidOIPRecord as the original', async () => {
  const all = await scenario('types', envOf(C));
  expect(all.types).toEqual(['post', 'image', 'workout']);
  expect(all.generatedNodeId).toBe(all.nodeId);
  expect(all.nodeId).toMatch(/^oip-node-[0-9a-f]+$/);
  expect(all.valid).toBe(true);
  expect(all.invalid).toEqual([false, false, false, false, false, false]);
  // What the original logged for each, at its level (console.warn): nothing
  // for a missing record, oip or data; its lines for a wrong or missing field.
  const warned = all.stderr.split('\n').filter((l) => l.includes('⚠️') || l.startsWith('    '));
  expect(warned).toEqual([
    '  ⚠️ Version incompatible: 0.7.0 (expected 0.8.x)',
    '  ⚠️ Missing OIP fields: ver=true, recordType=true, creator=false',
    '  ⚠️ Missing creator fields',
    '    Creator: {"publicKey":"p"}',
    '    Flat fields: creator_publicKey=false, creator_didAddress=false',
  ]);
  expect(all.stdout).not.toContain('⚠️');
  const black = await scenario('types', envOf(C, { RECORD_TYPE_INDEX_MODE: 'blacklist', RECORD_TYPE_INDEX_BLACKLIST: 'image', GUN_NODE_ID_OVERRIDE: 'node-override' }));
  expect(black.types).toEqual(['post', 'workout']);
  expect(black.generatedNodeId).toBe('node-override');
});

test('the health route reads the global service\'s registry: the relay\'s index entries, the service\'s node id', async () => {
  const p = await registeredBy(C, 'node-h', 'image', 'for health');
  const live = await eventually(() => liveEntries(C, 'image'), (l) => l.includes(p.soul));
  const r = await scenario('health', envOf(C));
  expect(r.registryStats).toMatchObject({ nodeId: r.nodeId, registryRoot: 'oip:registry' });
  expect(r.registryStats.recordsByType.image).toBe(live.length);
  expect(r.same).toBe(true);
});

test('a dead relay: nothing rejects, as the original; failures are logged with their code', async () => {
  const port = await closedPort();
  const soul = `a1b2c3d4e5f6:${tag('dead')}`;
  const r = await scenario('deadRelay', { GUN_PEERS: `http://127.0.0.1:${port}`, OIP_GUN_SYNC_STATE_DIR: freshStateDir(), GUN_NODE_ID_OVERRIDE: 'node-z' }, { did: `did:gun:${soul}`, soul });
  expect(r.registered).toBe('undefined');
  expect(r.stats).toEqual({ nodeId: 'node-z', error: expect.any(String) });
  expect(r.discovered).toEqual([]);
  expect(r.stderr).toContain(`Failed to register OIP record did:gun:${soul} (GUN_UNREACHABLE)`);
});

test('oip/gun has the original\'s timeouts: GUN_REGISTRY_TIMEOUT_MS bounds putSimple; the core keeps its own', async () => {
  // A relay that answers every put, but only after 2 s.
  const server = http.createServer((req, res) => {
    req.resume();
    setTimeout(() => res.end(JSON.stringify({ success: true })), 2000);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}`;
  try {
    const r = await scenario('slowPut', { GUN_PEERS: url, GUN_REGISTRY_TIMEOUT_MS: '300', OIP_GUN_SYNC_STATE_DIR: freshStateDir() });
    expect(r.code).toBe('GUN_TIMEOUT');
    // The same relay within the core's 10 s: the put lands.
    await expect(new GunHelper({ apiUrl: url }).putSimple({ n: 1 }, 'a1b2c3d4e5f6:slow')).resolves.toMatchObject({ success: true });
  } finally {
    server.closeAllConnections();
    server.close();
  }
}, 30000);
