'use strict';
// The oip-gun-sync CLI, spawned as a process, against the test bed: two real
// GUN relays, each with an Elasticsearch stand-in. Node A is "this node"
// (the CLI's --relay and --es), node B a peer that publishes records.

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { GunHelper, GunSyncService } = require('..');
const { startNodes } = require('../testbed/launcher');
const { startNode } = require('../testbed/child');
const control = require('../testbed/control');
const { request } = require('../testbed/http');
const { tempDirs } = require('../testbed/tempdirs');

const CLI = path.join(__dirname, '..', 'cli', 'oip-gun-sync.js');
const MAX_CYCLES = 8;

let bed;
let A;
let B;
let uniq = 0;
const stateDirs = tempDirs('oip-cli-test-');
const children = new Set();

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const tag = (name) => `${name}-${process.pid}-${++uniq}-${crypto.randomBytes(3).toString('hex')}`;

const freshStateDir = stateDirs.make;

/** The test process's environment without the variables the CLI reads. */
function cleanEnv(extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(GUN_|ELASTIC|RECORD_TYPE_INDEX_|OIP_)/.test(k)) continue;
    env[k] = v;
  }
  return Object.assign(env, extra);
}

function spawnCli(args, { env = {} } = {}) {
  const child = startNode(CLI, args, { env: cleanEnv(env) });
  children.add(child);
  child.on('close', () => children.delete(child));
  return child;
}

const cli = (args, opts) => spawnCli(args, opts).done;

/** Waits until `check()` holds, polling; fails after timeoutMs. */
async function until(check, timeoutMs, what) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}

const relayGet = (node, soul) => request(`${node.relayUrl}/get?soul=${encodeURIComponent(soul)}`);
const esDoc = (node, did) => request(`${node.esUrl}/records/_doc/${encodeURIComponent(did)}`);

/** The options that point the CLI at node A (and B as its peer). */
function nodeArgs(stateDir, { recordTypes = 'post', peers = true } = {}) {
  return [
    '--relay', A.relayUrl,
    ...(peers ? ['--peers', B.relayUrl] : []),
    '--es', A.esUrl,
    '--state-dir', stateDir,
    '--record-types', recordTypes,
  ];
}

/** A post published on `node` and registered in its type index, as the app does after publishing. */
async function publishOn(node, recordType) {
  const publicKey = `pk-${tag('cli')}`;
  const gun = new GunHelper({ apiUrl: node.relayUrl });
  const soul = gun.computeSoul(publicKey, tag('post'));
  const { did } = await gun.putRecord(
    {
      data: { basic: { name: `cli ${soul}` }, post: { tags: '["a","b"]' } },
      oip: { ver: '0.8.0', recordType, creator: { publicKey, didAddress: `did:arweave:${publicKey}` } },
    },
    soul,
  );
  const svc = new GunSyncService({
    gun: { apiUrl: node.relayUrl },
    elasticsearch: { node: node.esUrl },
    peers: [],
    recordTypes: [recordType],
    deletion: { stateDir: freshStateDir() },
    logger: { info() {}, warn() {}, error() {} },
  });
  await expect(svc.registerLocalRecord(did, soul, recordType, publicKey)).resolves.toBe(true);
  return { did, soul, publicKey };
}

beforeAll(async () => {
  bed = await startNodes(2, { putDelayMs: 0, missingWaitMs: 500, elasticsearch: true });
  [A, B] = bed.nodes;
}, 30000);

afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  if (bed) await bed.stop();
  stateDirs.removeAll();
});

describe('usage', () => {
  test('--help, per-command --help and help <command> exit 0 on stdout', async () => {
    const global = await cli(['--help']);
    expect(global.code).toBe(0);
    expect(global.stderr).toBe('');
    for (const c of ['run', 'cycle', 'deletions', 'demo']) expect(global.stdout).toContain(`  ${c} `);
    expect(global.stdout).toMatch(/Exit codes: 0 ok, 1 failure, 2 usage error/);

    const results = await Promise.all([
      cli(['run', '--help']),
      cli(['cycle', '-h']),
      cli(['deletions', '--help']),
      cli(['deletions', 'apply', '--help']),
      cli(['demo', '--help']),
      cli(['help', 'run']),
    ]);
    for (const r of results) {
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: oip-gun-sync /);
    }
    expect(results[0].stdout).toContain('SIGTERM');
    expect(results[0].stdout).toContain('--interval <ms>');
    expect(results[2].stdout).toContain('mark <did> <publicKey>');
  });

  test('usage errors exit 2 with the usage on stderr and nothing on stdout', async () => {
    const cases = [
      ['frobnicate'],
      [],
      ['deletions'],
      ['deletions', 'frob'],
      ['deletions', 'check'],
      ['deletions', 'mark', 'did:gun:x:y'],
      ['cycle', '--bogus', '1'],
      ['cycle', '--relay'],
      ['demo', '--es', 'http://127.0.0.1:1'],
      ['run', '--record-types', 'post', '--interval', 'soon'],
      ['cycle', '--relay', 'http://127.0.0.1:1'], // no record types anywhere
    ];
    const results = await Promise.all(cases.map((args) => cli(args)));
    results.forEach((r, i) => {
      expect([cases[i], r.code]).toEqual([cases[i], 2]);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^oip-gun-sync: .+\n\nUsage: oip-gun-sync /);
    });
    expect(results[0].stderr).toContain('unknown command "frobnicate"');
    expect(results[3].stderr).toContain('Usage: oip-gun-sync deletions');
    expect(results[10].stderr).toContain('OIP_RECORD_TYPES');
  });

  test('an invalid environment exits 1 with INVALID_CONFIG on stderr', async () => {
    const dir = freshStateDir();
    const [run, cycle] = await Promise.all([
      cli(['run', ...nodeArgs(dir)], { env: { GUN_SYNC_INTERVAL: 'abc' } }),
      cli(['cycle', '--state-dir', dir, '--record-types', 'post'], { env: { GUN_PEERS: 'not a url' } }),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^oip-gun-sync: error INVALID_CONFIG: .*GUN_SYNC_INTERVAL/);
    expect(run.stdout).toBe('');
    expect(cycle.code).toBe(1);
    expect(cycle.stderr).toMatch(/INVALID_CONFIG: .*GUN_PEERS/);
  });
});

describe('deletions', () => {
  test('mark, check, list, details, stats, apply (removed from Elasticsearch and the relay), unmark', async () => {
    const dir = freshStateDir();
    const opts = ['--relay', A.relayUrl, '--es', A.esUrl, '--state-dir', dir, '--record-types', 'post'];
    // A record on node A, indexed in its Elasticsearch, as the app would have it.
    const publicKey = `pk-${tag('del')}`;
    const gun = new GunHelper({ apiUrl: A.relayUrl });
    const soul = gun.computeSoul(publicKey, tag('doomed'));
    const { did } = await gun.putRecord({ data: { name: 'doomed' }, oip: { ver: '0.8.0', recordType: 'post' } }, soul);
    const indexed = await request(`${A.esUrl}/records/_doc/${encodeURIComponent(did)}?refresh=true`, {
      method: 'PUT',
      body: { data: { name: 'doomed' }, oip: { did, recordType: 'post', storage: 'gun' } },
    });
    expect([200, 201]).toContain(indexed.status);
    await until(async () => (await relayGet(A, soul)).status === 200, 10000, 'the record on the relay');

    const before = await cli(['deletions', 'check', did, ...opts]);
    expect([before.code, before.stdout.trim(), before.stderr]).toEqual([0, 'false', '']);

    const mark = await cli(['deletions', 'mark', did, publicKey, ...opts]);
    expect([mark.code, mark.stdout.trim(), mark.stderr]).toEqual([0, 'true', '']);

    const check = await cli(['deletions', 'check', did, ...opts]);
    expect([check.code, check.stdout.trim()]).toEqual([0, 'true']);
    // Another state directory knows it only from the relay's index: also true.
    const elsewhere = await cli(['deletions', 'check', did, '--relay', A.relayUrl, '--state-dir', freshStateDir()]);
    expect([elsewhere.code, elsewhere.stdout.trim()]).toEqual([0, 'true']);

    const list = await cli(['deletions', 'list', ...opts]);
    expect([list.code, JSON.parse(list.stdout)]).toEqual([0, [did]]);
    const details = await cli(['deletions', 'details', did, ...opts]);
    expect(details.code).toBe(0);
    expect(JSON.parse(details.stdout)).toMatchObject({ did, deletedBy: publicKey });
    const none = await cli(['deletions', 'details', 'did:gun:000000000000:never', ...opts]);
    expect([none.code, none.stdout.trim()]).toEqual([0, 'null']);

    const stats = await cli(['deletions', 'stats', ...opts]);
    expect(stats.code).toBe(0);
    const s = JSON.parse(stats.stdout);
    expect(s).toEqual({ totalDeleted: 1, registryRoot: 'oip:deleted:records', deletedDIDs: [did], hasMore: false });

    const apply = await cli(['deletions', 'apply', did, ...opts]);
    expect([apply.code, apply.stderr]).toEqual([0, '']);
    const report = JSON.parse(apply.stdout);
    expect(report).toMatchObject({ did, applied: true, elasticsearch: 'deleted', gun: 'deleted' });
    expect(['deleted', 'absent']).toContain(report.registry);
    expect((await esDoc(A, did)).status).toBe(404);
    expect((await relayGet(A, soul)).status).toBe(404);

    // Applied once: a second apply does no I/O and still reports applied.
    const again = JSON.parse((await cli(['deletions', 'apply', did, ...opts])).stdout);
    expect(again).toMatchObject({ did, applied: true, elasticsearch: 'skipped', gun: 'skipped', registry: 'skipped' });

    const unmark = await cli(['deletions', 'unmark', did, ...opts]);
    expect([unmark.code, unmark.stdout.trim()]).toEqual([0, 'true']);
    const after = await cli(['deletions', 'check', did, ...opts]);
    expect([after.code, after.stdout.trim()]).toEqual([0, 'false']);
    const statsAfter = JSON.parse((await cli(['deletions', 'stats', ...opts])).stdout);
    expect(statsAfter.totalDeleted).toBe(0);
  });

  test('a state directory another process holds is refused with STATE_LOCKED, and free again once it exits', async () => {
    const dir = freshStateDir();
    const opts = ['--relay', A.relayUrl, '--es', A.esUrl, '--state-dir', dir, '--record-types', 'post'];
    // A long-running process on the directory, as the app would be: `run` opens the ledger at once.
    const app = spawnCli(['run', ...nodeArgs(dir), '--interval', '600000']);
    await until(() => app.out.includes('\n'), 20000, 'the first cycle of `run`');
    const held = await cli(['deletions', 'stats', ...opts]);
    expect(held.code).toBe(1);
    expect(held.stderr).toMatch(/^oip-gun-sync: error STATE_LOCKED: /);
    expect(held.stderr).toContain(fs.realpathSync(dir));
    expect(held.stderr).toContain(`pid ${app.pid}`);
    // Killed, not stopped: the OS drops the lock with the process.
    app.kill('SIGKILL');
    await app.done;
    const free = await cli(['deletions', 'stats', ...opts]);
    expect([free.code, free.stderr]).toEqual([0, '']);
  });

  test('apply of a bad did exits 1 with INVALID_DID; a dead relay fails check with its code', async () => {
    const dir = freshStateDir();
    const bad = await cli(['deletions', 'apply', 'not-a-did', '--relay', A.relayUrl, '--es', A.esUrl, '--state-dir', dir]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^oip-gun-sync: error INVALID_DID: /);
    const dead = await cli(['deletions', 'check', 'did:gun:abc:def', '--relay', 'http://127.0.0.1:1', '--state-dir', dir]);
    expect(dead.code).toBe(1);
    expect(dead.stderr).toMatch(/^oip-gun-sync: error GUN_UNREACHABLE: /);
  });
});

describe('sync', () => {
  test('cycle syncs a record published on the peer, its report as JSON on stdout', async () => {
    const type = `clipost${uniq}`;
    const rec = await publishOn(B, type);
    const dir = freshStateDir();
    const reports = [];
    for (let i = 0; i < MAX_CYCLES; i++) {
      const r = await cli(['cycle', ...nodeArgs(dir, { recordTypes: type })]);
      expect([r.code, r.stderr]).toEqual([0, '']);
      const report = JSON.parse(r.stdout);
      expect(Object.keys(report).sort()).toEqual(
        ['deferred', 'deletionsApplied', 'discovered', 'durationMs', 'failed', 'repair', 'requests', 'skippedDeleted', 'skippedExisting', 'synced', 'warnings'].sort(),
      );
      reports.push(report);
      if ((await esDoc(A, rec.did)).status === 200) break;
      await sleep(150);
    }
    const doc = await esDoc(A, rec.did);
    expect(doc.status).toBe(200);
    expect(doc.json._source.oip).toMatchObject({ did: rec.did, storage: 'gun', recordType: type });
    expect(doc.json._source.data.post.tags).toEqual(['a', 'b']);
    expect(reports.reduce((n, r) => n + r.synced, 0)).toBe(1);
    // Once synced, the next cycle (a new process, the same ledger) finds it indexed already.
    const next = JSON.parse((await cli(['cycle', ...nodeArgs(dir, { recordTypes: type })])).stdout);
    expect(next).toMatchObject({ synced: 0, failed: [] });
    expect(next.skippedExisting).toBeGreaterThanOrEqual(1);
  });

  test('run prints a status line per cycle and exits 0 promptly on SIGTERM', async () => {
    const child = spawnCli(['run', ...nodeArgs(freshStateDir()), '--interval', '300']);
    await until(() => /cycle 2: /.test(child.out), 20000, `two cycle lines; stdout:\n${child.out}\nstderr:\n${child.err}`);
    expect(child.out).toMatch(/^\S+ oip-gun-sync run: node \S+, every 300 ms, record types post\n/);
    expect(child.out).toMatch(/cycle 1: \d+ discovered, \d+ synced, \d+ existing, \d+ tombstoned, \d+ deletions applied, \d+ failed; requests peers=\d+ local=\d+ es=\d+; \d+ ms\n/);
    const t0 = Date.now();
    child.kill('SIGTERM');
    const r = await child.done;
    expect(Date.now() - t0).toBeLessThan(5000);
    expect([r.code, r.signal]).toEqual([0, null]);
    expect(r.stdout).toMatch(/SIGTERM: (stopping|waiting for the running cycle)\n/);
    expect(r.stdout).toMatch(/stopped after \d+ cycles \(0 failed\)\n$/);
  });

  test('SIGINT during a cycle waits for that cycle, then exits 0', async () => {
    // Every read of the peer is slow, so the first cycle is surely running when the signal comes.
    const fault = await control.addFault(B.relayAdminUrl, { path: '/get', latencyMs: 1500 });
    try {
      const before = (await control.counters(B.relayAdminUrl))['GET /get'] || 0;
      const child = spawnCli(['run', ...nodeArgs(freshStateDir()), '--interval', '60000']);
      await until(
        async () => ((await control.counters(B.relayAdminUrl))['GET /get'] || 0) > before,
        20000,
        `the cycle reading the peer; stdout:\n${child.out}\nstderr:\n${child.err}`,
      );
      expect(child.out).not.toMatch(/cycle 1: /);
      child.kill('SIGINT');
      const r = await child.done;
      expect([r.code, r.signal]).toEqual([0, null]);
      const lines = r.stdout.trim().split('\n');
      const waiting = lines.findIndex((l) => /SIGINT: waiting for the running cycle$/.test(l));
      const cycleLine = lines.findIndex((l) => / cycle 1: /.test(l));
      expect(waiting).toBeGreaterThan(-1);
      expect(cycleLine).toBeGreaterThan(waiting);
      expect(lines[lines.length - 1]).toMatch(/stopped after 1 cycles \(0 failed\)$/);
    } finally {
      await control.removeFault(B.relayAdminUrl, fault.id);
    }
  });
});
