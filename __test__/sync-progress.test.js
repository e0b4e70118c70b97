'use strict';
// Progress of a long cycle (real GUN relays, the run's Elasticsearch): a peer
// lists N records, more than MIN from which these cycles report progress
// (200 by default; lowered here so the test syncs few records: the threshold
// itself is tested in crates/core/src/sync/progress.rs).
// runSyncCycle's and GunSyncService's onProgress see monotone counts ending at
// the cycle's totals, throttled to one report per 250 ms of the cycle's clock
// plus the last; the CLI prints plain progress lines when stderr is no terminal.

const path = require('path');
const { GunHelper, GunSyncService, runSyncCycle } = require('..');
const { startNodes } = require('../testbed/launcher');
const { collectServices } = require('../testbed/gc');
const { request } = require('../testbed/http');
const { sleep } = require('../testbed/poll');
const { tempDirs } = require('../testbed/tempdirs');

const N = 40;
const MIN = 30;
const TYPES = ['post', 'image'];
const THROTTLE_MS = 250; // crates/core/src/sync/progress.rs
const CLI = path.join(__dirname, '..', 'cli', 'oip-gun-sync.js');
let bed;
let A;
let B;
let C;
const stateDirs = tempDirs('oip-progress-test-');
const quiet = { info() {}, warn() {}, error() {} };
const freshStateDir = stateDirs.make;

beforeAll(async () => {
  bed = await startNodes(3, { putDelayMs: 0, missingWaitMs: 500, elasticsearch: true });
  [A, B, C] = bed.nodes;
  // N posts on B and B's type index listing them (one put: GUN merges fields).
  const gun = new GunHelper({ apiUrl: B.relayUrl });
  const souls = [];
  for (let i = 0; i < N; i += 10) {
    await Promise.all(
      Array.from({ length: Math.min(10, N - i) }, async (_, j) => {
        const n = i + j;
        const publicKey = `pk-progress-${process.pid}-${n}`;
        const soul = gun.computeSoul(publicKey, `post-${n}`);
        const oip = { ver: '0.8.0', recordType: TYPES[n % 2], creator: { publicKey, didAddress: `did:arweave:${publicKey}` } };
        await gun.putRecord({ data: { title: `post ${n}`, n }, oip }, soul);
        souls.push([TYPES[n % 2], soul]);
      }),
    );
  }
  // In puts of 40 entries (GUN merges them), then read until whole: relays
  // answer a fresh many-field node partially for a while.
  for (const type of TYPES) {
    const ofType = souls.filter(([t]) => t === type).map(([, s]) => s);
    const soul = `oip:registry:index:${type}`;
    for (let i = 0; i < ofType.length; i += 40) {
      const entries = Object.fromEntries(ofType.slice(i, i + 40).map((s) => [s, { soul: s, nodeId: 'node-b', timestamp: 1 }]));
      const put = await request(`${B.relayUrl}/put`, { method: 'POST', body: { soul, data: entries } });
      expect(put.status).toBe(200);
    }
    for (let i = 0; ; i++) {
      const index = await request(`${B.relayUrl}/get?soul=${encodeURIComponent(soul)}`);
      if (index.status === 200 && ofType.every((s) => s in index.json.data)) break;
      if (i === 20) throw new Error(`B's ${type} index never listed all ${ofType.length} records`);
      await sleep(300);
    }
  }
}, 180000);

afterAll(async () => {
  if (bed) await bed.stop();
  stateDirs.removeAll();
  await collectServices();
});

/** Checks one cycle's reports against its report; returns them. */
function checkCycle(calls, report) {
  expect(calls.length).toBeGreaterThanOrEqual(1);
  const last = calls[calls.length - 1];
  expect(last.done).toBe(true);
  expect(calls.slice(0, -1).every((p) => !p.done)).toBe(true);
  // Ends at the totals.
  expect(last.found).toBe(report.discovered);
  expect(last.indexed).toBe(report.synced);
  expect(last.failed).toBe(report.failed.length);
  expect(last.indexed + last.failed + last.skipped).toBe(last.total);
  expect(last.total).toBeGreaterThanOrEqual(MIN);
  expect(last.stored).toBeGreaterThanOrEqual(last.indexed);
  expect(last.fetched).toBeGreaterThanOrEqual(last.stored);
  expect(last.etaMs === null || last.etaMs === 0).toBe(true);
  // Monotone; at most one report per throttle interval of the cycle's own clock, besides the last.
  for (let i = 1; i < calls.length; i++) {
    const [a, b] = [calls[i - 1], calls[i]];
    for (const k of ['fetched', 'stored', 'indexed', 'failed', 'skipped', 'elapsedMs']) expect(b[k]).toBeGreaterThanOrEqual(a[k]);
    expect([b.found, b.total]).toEqual([a.found, a.total]);
    if (!b.done) expect(b.elapsedMs - a.elapsedMs).toBeGreaterThanOrEqual(THROTTLE_MS);
  }
  return last;
}

/**
 * Runs first cycles until one has at least MIN records to sync (a read of the
 * peer's index can still come back partial); returns its report and progress
 * calls. Each attempt `i` syncs into an Elasticsearch index of its own, so a
 * partial one leaves nothing behind; those reported nothing.
 */
async function longCycle(cycleOnce) {
  const reports = [];
  for (let i = 0; i < 5; i++) {
    const calls = [];
    const report = await cycleOnce((p) => calls.push(p), i);
    // Reports reach the JS thread asynchronously: let queued ones arrive.
    await sleep(100);
    reports.push(report);
    if (report.discovered - report.skippedExisting - report.skippedDeleted >= MIN) return { report, calls };
    expect(calls).toEqual([]);
    await sleep(300);
  }
  throw new Error(`no cycle saw ${MIN} records to sync: ${JSON.stringify(reports.map((r) => r.discovered))}`);
}

test('runSyncCycle reports progress of a long cycle: monotone, throttled, ending at its totals', async () => {
  const options = (i) => ({
    gun: { apiUrl: A.relayUrl },
    elasticsearch: { node: A.esUrl },
    index: `records-cycle-${i}`,
    peers: [B.relayUrl],
    recordTypes: TYPES,
    deletion: { stateDir: freshStateDir() },
    logger: quiet,
    progressMinRecords: MIN,
  });
  let last;
  const { report, calls } = await longCycle((onProgress, i) => runSyncCycle({ ...(last = options(i)), onProgress }));
  checkCycle(calls, report);
  expect(report.synced).toBeGreaterThan(0);
  // The next cycle has fewer than MIN records to sync (those a partial index
  // read left out, or failed ones backing off): no progress.
  const idle = [];
  const r = await runSyncCycle({ ...last, onProgress: (p) => idle.push(p) });
  await sleep(100);
  expect(r.discovered - r.skippedExisting).toBeLessThan(MIN);
  expect(idle).toEqual([]);
}, 240000);

test("GunSyncService's onProgress reports a long performSync", async () => {
  let svc = null;
  const { report, calls } = await longCycle(async (onProgress, i) => {
    if (svc) await svc.stop();
    svc = new GunSyncService({
      gun: { apiUrl: A.relayUrl },
      elasticsearch: { node: A.esUrl },
      index: `records-service-${i}`,
      peers: [B.relayUrl],
      recordTypes: TYPES,
      deletion: { stateDir: freshStateDir() },
      logger: quiet,
      progressMinRecords: MIN,
      onProgress,
    });
    return svc.performSync();
  });
  checkCycle(calls, report);
  await svc.stop();
  // Its thread-safe functions go when it is collected (afterAll).
  svc = null;
}, 240000);

test('the CLI prints plain progress lines on stderr when it is not a terminal; stdout stays the JSON report', async () => {
  const { spawn } = require('child_process');
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^(GUN_|ELASTIC|OIP_)/.test(k)) delete env[k];
  env.GUN_SYNC_PROGRESS_MIN_RECORDS = String(MIN);
  const cycle = async () => {
    const args = [CLI, 'cycle', '--relay', C.relayUrl, '--peers', B.relayUrl, '--es', C.esUrl, '--state-dir', freshStateDir(), '--record-types', TYPES.join(',')];
    const began = Date.now();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(0);
    return { report: JSON.parse(out), err, wallMs: Date.now() - began };
  };
  let run;
  for (let i = 0; i < 3; i++) {
    run = await cycle();
    if (run.report.discovered >= MIN) break;
    // The peer's index read partial: start again from an empty index.
    await request(`${C.esUrl}/records`, { method: 'DELETE' });
  }
  const { report, err, wallMs } = run;
  expect(report.discovered).toBeGreaterThanOrEqual(MIN);
  const lines = err.split('\n').filter((l) => / progress: /.test(l));
  // The first report and the last at least; plain lines no more often than every 5 s between.
  expect(lines.length).toBeGreaterThanOrEqual(2);
  expect(lines.length).toBeLessThanOrEqual(2 + Math.floor(wallMs / 5000));
  expect(err).not.toContain('\r');
  for (const l of lines) expect(l).toMatch(/^\d{4}-\d\d-\d\dT\S+Z progress: \d+\/\d+ done \(\d+ indexed, \d+ failed, \d+ tombstoned\); \d+ fetched, \d+ stored of \d+ found; [\d.]+\/s, /);
  expect(lines[lines.length - 1]).toContain(`progress: ${report.synced + report.failed.length + report.skippedDeleted}/`);
  expect(lines[lines.length - 1]).toMatch(/finished$/);
}, 240000);
