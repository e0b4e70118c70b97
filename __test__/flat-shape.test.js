'use strict';
// The sync stores records on its local relay as flat nodes (`<soul>/meta`,
// an encrypted record's `<soul>/data`, then `<soul>` linking them), which
// relays take 32 at a time where they hang on more than two nested puts.
// What other nodes read must not change: a record written nested (the
// JavaScript helper's one put) on a peer relay and stored flat by the sync on
// the local relay reads the same from both, through `GET /get` and through
// the real `gun` package as a GUN peer.

const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { GunHelper, GunSyncService } = require('..');
const baseline = require('../bench/baseline');
const { startNodes } = require('../testbed/launcher');
const { runNode } = require('../testbed/child');
const control = require('../testbed/control');
const { request } = require('../testbed/http');
const { eventually } = require('../testbed/poll');

let bed;
let peer; // the relay the JavaScript helper writes nested to
let local; // the relay the sync stores flat to
let svcPeer; // registers the peer's records in its type index
let svc; // the sync of the local node
const stateDirs = [];
const run = `${process.pid}-${Date.now().toString(36)}`;
const publisherKey = `flat-shape-${run}`;
const sha12 = (s) => crypto.createHash('sha256').update(s).digest('hex').slice(0, 12);
const soulOf = (name) => `${sha12(publisherKey)}:${name}-${run}`;
const record = (name) => ({
  data: { basic: { name, tagItems: '["a"]' }, post: { citations: '[1,2]' } },
  oip: { ver: '0.8.0', recordType: 'post', creator: { publicKey: publisherKey, didAddress: `did:arweave:${publisherKey}` } },
});

const get = (relay, soul) => request(`${relay.relayUrl}/get?soul=${encodeURIComponent(soul)}`);
/** A node once the relay serves it with `fields` (fresh nodes come partial at first). */
const whole = async (relay, soul, fields) =>
  (await eventually(() => get(relay, soul), (r) => r.status === 200 && fields.every((f) => f in r.json.data))).json.data;

/** What a GUN peer is handed for `soul` and through its links, by the real `gun` package in a child process. */
async function peerRead(relay, soul) {
  const script = path.join(__dirname, '..', 'testbed', 'gun-peer-read.js');
  const r = await runNode(script, ['--want', 'data,oip,meta', relay.relayUrl, soul], { timeoutMs: 30000 });
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout.trim().split('\n').pop())[soul];
}

/** Writes the record nested on the peer relay, as the JavaScript helper does, and lists it in the peer's type index. */
async function publishOnPeer(name, options) {
  const soul = soulOf(name);
  const res = await new baseline.GunHelper({ apiUrl: peer.relayUrl }).putRecord(record(name), soul, { localId: name, ...options });
  await expect(svcPeer.registerLocalRecord(res.did, soul, 'post', publisherKey)).resolves.toBe(true);
  return res;
}

/** Sync cycles of the local node until `did` is synced, at most a few; the last report. */
async function syncUntil(did, done) {
  let report;
  for (let i = 0; i < 6; i++) {
    report = await svc.performSync();
    if (await done(report)) return report;
  }
  throw new Error(`${did}: not reached: ${JSON.stringify(report)}`);
}

const service = (relay, peers) => {
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oip-flat-shape-'));
  stateDirs.push(stateDir);
  return new GunSyncService({
    gun: { apiUrl: relay.relayUrl },
    peers,
    elasticsearch: { node: relay.esUrl },
    recordTypes: ['post'],
    putTimeoutMs: 3000,
    deletion: { stateDir, retryBaseMs: 200, retryMaxMs: 400 },
    logger: { info: () => {}, warn: () => {}, error: () => {} },
  });
};

beforeAll(async () => {
  bed = await startNodes(2, { putDelayMs: 0, missingWaitMs: 500, elasticsearch: true });
  [peer, local] = bed.nodes;
  svcPeer = service(peer, []);
  svc = service(local, [peer.relayUrl]);
}, 30000);

afterAll(async () => {
  for (const s of [svc, svcPeer]) if (s) s.stop();
  if (bed) await bed.stop();
  for (const dir of stateDirs) fs.rmSync(dir, { recursive: true, force: true });
});

afterEach(async () => {
  if (bed) await Promise.all(bed.nodes.map((n) => control.clearFaults(n.relayAdminUrl)));
});

test.each([
  ['a plain record', 'plain', {}, []],
  ['an encrypted (per-user) record', 'secret', { encrypt: true, userPublicKey: publisherKey }, ['encrypted', 'iv', 'tag']],
])('%s the sync stored flat reads as the nested write does, over GET /get and to a GUN peer', async (_, name, options, dataVaries) => {
  const { soul, did } = await publishOnPeer(name, options);
  await syncUntil(did, async () => (await get(local, soul)).status === 200);

  // GET /get: the record node with the same fields and links, and the same child nodes.
  const fields = ['data', 'oip', 'meta'];
  const [n, f] = await Promise.all([whole(peer, soul, fields), whole(local, soul, fields)]);
  expect(f.meta).toEqual({ '#': `${soul}/meta` });
  if (options.encrypt) expect(f.data).toEqual({ '#': `${soul}/data` });
  else expect(f.data).toEqual(record(name).data);
  expect(f).toEqual(n);
  const metaFields = options.encrypt ? ['encryptedBy'] : ['localId'];
  const [nm, fm] = await Promise.all([whole(peer, `${soul}/meta`, metaFields), whole(local, `${soul}/meta`, metaFields)]);
  expect(fm).toEqual(nm);
  if (options.encrypt) {
    const [nd, fd] = await Promise.all([whole(peer, `${soul}/data`, dataVaries), whole(local, `${soul}/data`, dataVaries)]);
    // The sync copies the envelope as it is: the same ciphertext, IV and tag.
    expect(fd).toEqual(nd);
  } else {
    expect(fm.localId).toBe(name);
  }

  // The real `gun` package as a peer of each relay: the same node, the same links, the same linked nodes.
  const [pn, pf] = [await peerRead(peer, soul), await peerRead(local, soul)];
  expect(pf.node.meta).toEqual({ '#': `${soul}/meta` });
  expect(pf.node).toEqual(pn.node);
  expect(Object.keys(pf.linked).sort()).toEqual(options.encrypt ? ['data', 'meta'] : ['meta']);
  expect(pf.linked).toEqual(pn.linked);

  // And the addon opens the local copy.
  const reader = new GunHelper({ apiUrl: local.relayUrl, negativeCacheTtlMs: 0 });
  const opened = await reader.getRecord(soul, options.encrypt ? { userPublicKey: publisherKey } : {});
  expect(opened.data).toEqual(record(name).data);

  // The local relay lists each flat put under the publisher; the listing names the record once, as after a nested put.
  const listed = await reader.listRecordsByPublisher(publisherKey, { limit: 100, asListed: true });
  expect(listed.filter((e) => e.soul.startsWith(soul)).map((e) => e.soul)).toEqual([soul]);
});

test('the record node is stored only once its child nodes were acknowledged', async () => {
  const { soul, did } = await publishOnPeer('child-refused', {});
  // A nested put names only `<soul>`: this rule catches the flat put of `<soul>/meta` alone.
  await control.addFault(local.relayAdminUrl, { method: 'POST', path: '/put', match: `${soul}/meta`, status: 500 });
  const report = await syncUntil(did, async (r) => r.failed.some((x) => x.did === did));
  expect(report.failed.find((x) => x.did === did).reason).toMatch(/GUN_HTTP_500/);
  // No link to a node that was never written.
  expect((await get(local, soul)).status).toBe(404);
  await control.clearFaults(local.relayAdminUrl);
});

// The type index too: the original registry writes an entry nested (one put
// of the index with `{<soul>: {soul, nodeId, timestamp}}`); the sync writes
// the entry node `<index>/<soul>` and then the index's link to it. A live
// relay that took an index's entries nested grows its heap by gigabytes when
// the index is read (bench/RESULTS.md); what readers see must not change.
const INDEX = 'oip:registry:index:post';

test('the type index entry the sync writes flat reads as the original registry\'s nested one', async () => {
  const name = 'indexed';
  const soul = soulOf(name);
  const original = new baseline.GunHelper({ apiUrl: peer.relayUrl });
  const { did } = await original.putRecord(record(name), soul, { localId: name });
  const registry = new baseline.OIPGunRegistry({ gunHelper: original });
  await registry.registerOIPRecord(did, soul, 'post', publisherKey);
  await syncUntil(did, async () => (await get(local, `${INDEX}/${soul}`)).status === 200);

  const [n, f] = await Promise.all([whole(peer, INDEX, [soul]), whole(local, INDEX, [soul])]);
  expect(f[soul]).toEqual({ '#': `${INDEX}/${soul}` });
  expect(f[soul]).toEqual(n[soul]);
  const entryFields = ['soul', 'nodeId', 'timestamp'];
  const [ne, fe] = await Promise.all([whole(peer, `${INDEX}/${soul}`, entryFields), whole(local, `${INDEX}/${soul}`, entryFields)]);
  expect(Object.keys(fe).sort()).toEqual(Object.keys(ne).sort());
  expect(fe.soul).toBe(soul);
  expect(fe.nodeId).toBe(svc.getStatus().nodeId);
  expect(ne.nodeId).toBe(registry.nodeId);

  // A GUN peer follows the local index's link to the entry, as it does the original's.
  const script = path.join(__dirname, '..', 'testbed', 'gun-peer-read.js');
  const [pn, pf] = await Promise.all([peer, local].map(async (relay) => {
    const r = await runNode(script, ['--want', soul, relay.relayUrl, INDEX], { timeoutMs: 30000 });
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout.trim().split('\n').pop())[INDEX];
  }));
  expect(pf.node[soul]).toEqual(pn.node[soul]);
  expect(Object.keys(pf.linked[soul]).sort()).toEqual(Object.keys(pn.linked[soul]).sort());
  expect(pf.linked[soul].soul).toBe(soul);
});

test('an index entry the relay refuses is left unlinked; the others are linked, and the record is still synced', async () => {
  const refused = await publishOnPeer('entry-refused', {});
  const kept = await publishOnPeer('entry-kept', {});
  // Only the entry node's own put names `<index>/<soul>` before the index's links do.
  await control.addFault(local.relayAdminUrl, { method: 'POST', path: '/put', match: `${INDEX}/${refused.soul}`, status: 500, times: 1 });
  let errors = [];
  await syncUntil(kept.did, async (r) => {
    errors = errors.concat(r.warnings);
    return (await get(local, `${INDEX}/${kept.soul}`)).status === 200 && (await get(local, kept.soul)).status === 200;
  });
  expect(errors.join('\n')).toMatch(new RegExp(`registering ${INDEX}: GUN_HTTP_500`));
  const index = await whole(local, INDEX, [kept.soul]);
  expect(index[kept.soul]).toEqual({ '#': `${INDEX}/${kept.soul}` });
  expect(index).not.toHaveProperty(refused.soul);
  expect((await get(local, `${INDEX}/${refused.soul}`)).status).toBe(404);
  // Registration is best effort: the refused entry's record is synced all the same.
  expect((await whole(local, refused.soul, ['data', 'oip', 'meta'])).oip).toEqual(record('entry-refused').oip);
});
