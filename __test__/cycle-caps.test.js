'use strict';
// A sync cycle applies at most OIP_GUN_SYNC_APPLY_PER_CYCLE due tombstones
// and leaves the rest to the next cycles: seven tombstones flagged on the
// relay at once, a cap of three, are applied 3, 3, 1 over three cycles.
// Likewise it re-verifies at most OIP_GUN_SYNC_REVERIFY_PER_CYCLE applied
// ones: a pass over seven under a cap of three ends in the third cycle.
// And migrateExistingRecords takes the same cycle lock: a cycle called while
// a migration's registry put is held up ends after the migration, not beside it.
// The service runs in a child process: the variable must reach the addon's
// environment, which a test's process.env does not.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const { GunSyncService } = require('..');
const control = require('../testbed/control');
const { startNodes } = require('../testbed/launcher');
const { request } = require('../testbed/http');
const { eventually } = require('../testbed/poll');

const CAP = 3;
const N = 7;

let bed;
const dirs = [];
const freshDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'oip-cycle-caps-'));
  dirs.push(d);
  return d;
};
beforeAll(async () => {
  bed = await startNodes(1, { putDelayMs: 0, missingWaitMs: 400, elasticsearch: true });
}, 60000);
afterAll(async () => {
  if (bed) await bed.stop();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** Flags N fresh dids in the relay's tombstone index, in one put. */
async function flagTombstones(relayUrl, tag) {
  const dids = Array.from({ length: N }, (_, i) => `did:gun:${'ce'.repeat(6)}:${tag}-${process.pid}-${i}`);
  const r = await request(`${relayUrl}/put`, { method: 'POST', body: { soul: 'oip:deleted:records:index', data: Object.fromEntries(dids.map((d) => [d, true])) } });
  expect(r.status).toBe(200);
}

const optionsFor = (node, stateDir) => ({ gun: { apiUrl: node.relayUrl }, elasticsearch: { node: node.esUrl }, peers: [], recordTypes: ['post'], deletion: { stateDir } });

test(`due tombstones are applied at most ${CAP} per cycle, the rest in the next cycles`, async () => {
  const [A] = bed.nodes;
  await flagTombstones(A.relayUrl, 'apply');
  const out = await inChild({ OIP_GUN_SYNC_APPLY_PER_CYCLE: String(CAP) }, optionsFor(A, freshDir()), 3);
  expect(out.cycles.map((c) => c.applied)).toEqual([3, 3, 1]);
});

test(`applied tombstones are re-verified at most ${CAP} per cycle, a pass spread over cycles`, async () => {
  const [A] = bed.nodes;
  // Earlier tests' tombstones are in the index too: all are applied in the first cycle (no apply cap here).
  await flagTombstones(A.relayUrl, 'reverify');
  const stateDir = freshDir();
  const out = await inChild({ OIP_GUN_SYNC_REVERIFY_PER_CYCLE: String(CAP) }, optionsFor(A, stateDir), 6);
  const total = out.cycles[0].applied;
  expect(total).toBeGreaterThanOrEqual(N);
  // A pass over `total` applied tombstones, CAP per cycle, is recorded done in cycle ceil((total + 1) / CAP) at the latest:
  // a slice shorter than CAP ends it (a full last slice needs one more, empty, cycle).
  const doneIn = out.cycles.findIndex((c) => c.reverifiedAt > 0) + 1;
  expect(doneIn).toBe(Math.floor(total / CAP) + 1);
});

test('a cycle and a migration never run at once: a cycle called during a migration ends after it', async () => {
  const [A] = bed.nodes;
  const root = `oip:lock${process.pid}`;
  const index = `records-lock-${process.pid}`;
  const did = `did:gun:${'ab'.repeat(6)}:lock-${process.pid}`;
  const doc = { data: { title: 'migrated' }, oip: { did, recordType: 'post' } };
  const mappings = { properties: { oip: { properties: { did: { type: 'keyword' }, recordType: { type: 'keyword' } } } } };
  expect((await request(`${A.esUrl}/${index}`, { method: 'PUT', body: { mappings } })).status).toBe(200);
  const r = await request(`${A.esUrl}/${index}/_doc/${encodeURIComponent(did)}?refresh=true`, { method: 'PUT', body: doc });
  expect([200, 201]).toContain(r.status);
  // The migration's put of the type index waits 3 s on the relay; nothing in a cycle puts there.
  await control.addFault(A.relayAdminUrl, { path: '/put', match: `${root}:index`, latencyMs: 3000, times: 1 });
  const svc = new GunSyncService({ gun: { apiUrl: A.relayUrl }, elasticsearch: { node: A.esUrl }, peers: [], recordTypes: ['post'], index, putTimeoutMs: 10000, deletion: { stateDir: freshDir(), registryRoot: root } });
  const ended = [];
  const migration = svc.migrateExistingRecords().then((n) => ended.push('migration') && n);
  await new Promise((res) => setTimeout(res, 200));
  const cycle = svc.performSync().then((report) => ended.push('cycle') && report);
  const [migrated, report] = await Promise.all([migration, cycle]);
  expect({ migrated, cycleFailed: report.failed, ended }).toEqual({ migrated: 1, cycleFailed: [], ended: ['migration', 'cycle'] });
});

test('a migration registers the records of an index mapped dynamically (oip.did as text, as a real node maps it)', async () => {
  const [A] = bed.nodes;
  const root = `oip:dyn${process.pid}`;
  const index = `records-dyn-${process.pid}`;
  const dids = [0, 1].map((i) => `did:gun:${'cd'.repeat(6)}:dyn-${i}-${process.pid}`);
  for (const did of dids) {
    const r = await request(`${A.esUrl}/${index}/_doc/${encodeURIComponent(did)}?refresh=true`, { method: 'PUT', body: { data: { title: did }, oip: { did, recordType: 'post' } } });
    expect([200, 201]).toContain(r.status);
  }
  const svc = new GunSyncService({ gun: { apiUrl: A.relayUrl }, elasticsearch: { node: A.esUrl }, peers: [], recordTypes: ['post'], index, deletion: { stateDir: freshDir(), registryRoot: root } });
  await expect(svc.migrateExistingRecords()).resolves.toBe(2);
  const entries = await eventually(async () => (await request(`${A.relayUrl}/get?soul=${encodeURIComponent(`${root}:index:post`)}`)).json,
    (j) => j && j.data && dids.every((d) => d.slice('did:gun:'.length) in j.data));
  expect(Object.keys(entries.data)).toEqual(expect.arrayContaining(dids.map((d) => d.slice('did:gun:'.length))));
});

test('a cap that is not a positive number is refused with the variable named', async () => {
  const out = await inChild({ OIP_GUN_SYNC_APPLY_PER_CYCLE: '0' }, { gun: { apiUrl: 'http://127.0.0.1:9' }, peers: [], deletion: { stateDir: freshDir() } }, 0);
  expect(out).toEqual({ code: 'INVALID_CONFIG', message: expect.stringContaining('OIP_GUN_SYNC_APPLY_PER_CYCLE') });
});

/**
 * Builds a service with `env` in a child process, runs `cycles` cycles and
 * resolves, per cycle, the deletions applied and the state directory's
 * last completed re-verification (0 before the first).
 */
function inChild(env, options, cycles) {
  const script = `
    const fs = require('fs');
    const { GunSyncService } = require(${JSON.stringify(path.join(__dirname, '..'))});
    (async () => {
      let svc;
      try { svc = new GunSyncService(${JSON.stringify(options)}); } catch (e) { return console.log(JSON.stringify({ code: e.code, message: e.message })); }
      const cycles = [];
      for (let i = 0; i < ${cycles}; i++) {
        const applied = (await svc.performSync()).deletionsApplied;
        let reverifiedAt = 0;
        try { reverifiedAt = Number(fs.readFileSync(${JSON.stringify(path.join(options.deletion.stateDir, 'reverified-at'))}, 'utf8')); } catch (e) {}
        cycles.push({ applied, reverifiedAt });
      }
      console.log(JSON.stringify({ cycles }));
    })();`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.on('data', (d) => { text += d; });
    child.on('error', reject);
    child.on('close', (status) => {
      try { resolve(JSON.parse(text.trim().split('\n').pop())); } catch (e) { reject(new Error(`child exited ${status}: ${text}`)); }
    });
  });
}
