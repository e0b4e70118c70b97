'use strict';
// The ledger under the faults of a real disk, each in a child process that
// owns the state directory (fixtures/ledger-child.js):
// - an append cut short by the file-size limit (RLIMIT_FSIZE soft limit;
//   Node ignores SIGXFSZ, so the write stops part-way with EFBIG), the limit
//   raised, a second mark, a restart;
// - the same on a full filesystem (a small tmpfs, ENOSPC; root only);
// - too many open files (EMFILE) while the ledger is opened.
// The relay is a closed port: nothing a restart reads can come back from a
// relay's tombstone index, so only the journal can hold these tombstones
// (as in the incident, where the relay did not hold them yet).

const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { GunHelper } = require('../..');
const { closedPort } = require('../../testbed/launcher');
const { startNode } = require('../../testbed/child');
const schedule = require('../../testbed/schedule');
const { freshDir, report } = require('../fixtures/fault-harness');

jest.setTimeout(60000);

const CHILD = path.join(__dirname, '..', 'fixtures', 'ledger-child.js');
const SEED = schedule.seedFor('ledger', 12);
const INVARIANTS = 'every tombstone acknowledged before the fault and after it survives a restart; the failed mark rejects with STATE_IO; nothing set aside; the journal reads whole';
const HAVE_PRLIMIT = spawnSync('prlimit', ['--version']).status === 0;
const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;

let relayUrl;
const dids = (prefix, n) => Array.from({ length: n }, (_, i) => `did:gun:${new GunHelper({ apiUrl: relayUrl }).computeSoul('ledger-faults', `${prefix}-${i}`)}`);

beforeAll(async () => {
  relayUrl = `http://127.0.0.1:${await closedPort()}`;
});

function childArgs(stateDir, steps) {
  return JSON.stringify({
    gun: { apiUrl: relayUrl, timeoutMs: 2000, negativeCacheTtlMs: 0 },
    options: { stateDir, nodeId: 'ledger-faults', elasticsearch: { node: 'http://127.0.0.1:9' } },
    steps,
  });
}

/** Runs the child; `onPause(name, pid)` is awaited at each pause, then the child goes on. */
function runChild(stateDir, steps, onPause = async () => {}) {
  const lines = [];
  let chain = Promise.resolve();
  const child = startNode(CHILD, [childArgs(stateDir, steps)], {
    timeoutMs: 45000,
    onLine: (text) => {
      const line = JSON.parse(text);
      lines.push(line);
      if (line.paused) chain = chain.then(() => onPause(line.paused, child.pid)).then(() => child.kill('SIGUSR2'));
    },
  });
  return child.done.then(async (end) => {
    await chain;
    return Object.assign(end, { lines, steps: lines.filter((l) => l.step) });
  });
}

function prlimit(pid, spec) {
  const r = spawnSync('prlimit', ['--pid', String(pid), spec], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`prlimit ${spec}: ${r.stderr}`);
}

/** What a restart finds: the dids listed, the warnings, and what lies in the state directory. */
async function restart(stateDir) {
  const end = await runChild(stateDir, [{ open: null }, { list: true }]);
  expect(end.code).toBe(0);
  const [opened, listed] = end.steps;
  expect(opened).toMatchObject({ step: 'open', ok: true });
  const journal = fs.readFileSync(path.join(stateDir, 'tombstones.jsonl'), 'utf8');
  return {
    listed: listed.result,
    stderr: end.stderr,
    files: fs.readdirSync(stateDir).sort(),
    // Every line whole and parseable: nothing torn left behind.
    journalLines: journal.split('\n').slice(0, -1).map((l) => JSON.parse(l).k),
    journalEndsWhole: journal === '' || journal.endsWith('\n'),
  };
}

function expectAllKept(after, kept, lost) {
  expect(after.listed).toEqual(expect.arrayContaining(kept));
  expect(after.listed).not.toContain(lost);
  expect(after.stderr).not.toMatch(/could not be read|set aside/);
  expect(after.files.filter((f) => /unreadable|corrupt/.test(f))).toEqual([]);
  expect(after.journalEndsWhole).toBe(true);
  expect(after.journalLines).toEqual(expect.arrayContaining(kept));
}

/** The fault row of a test that cannot run here, saying why. */
function skipped(row, invariants, why) {
  console.log(`skipped: ${row}: ${why}`);
  schedule.recordResult({ fault: row, invariants, result: 'skipped', seed: SEED, detail: why });
}

/** A test that needs prlimit; without it (util-linux missing), its fault row says skipped and why. */
function prlimitTest(title, row, invariants, fn) {
  test(title, async () => {
    if (!HAVE_PRLIMIT) {
      skipped(row, invariants, 'prlimit (util-linux) is not installed');
      return;
    }
    await fn(row);
  });
}

prlimitTest('an append cut by the file-size limit (EFBIG), the limit raised, a second mark, a restart: every other tombstone is there', 'ledger: a journal append cut by the file-size limit (EFBIG), the limit raised, another mark, a restart', INVARIANTS, async (row) => {
  const stateDir = freshDir('oip-ledger-fsize-');
  const earlier = dids('fsize', 20);
  const [cut, second] = dids('fsize-after', 2);
  const journal = path.join(stateDir, 'tombstones.jsonl');
  let sizeBefore;
  let sizeAfterCut;
  const end = await runChild(
    stateDir,
    [{ open: null }, ...earlier.map((d) => ({ mark: d })), { pause: 'limit' }, { mark: cut }, { pause: 'raise' }, { mark: second }],
    async (name, pid) => {
      if (name === 'limit') {
        sizeBefore = fs.statSync(journal).size;
        // Room for part of the next line only.
        prlimit(pid, `--fsize=${sizeBefore + 40}:unlimited`);
      } else {
        sizeAfterCut = fs.statSync(journal).size;
        prlimit(pid, '--fsize=unlimited:unlimited');
      }
    },
  );
  expect([end.code, end.stderr]).toEqual([0, '']);
  const marks = end.steps.filter((s) => s.step === 'mark');
  expect(marks.slice(0, earlier.length).every((m) => m.ok)).toBe(true);
  const failed = marks[earlier.length];
  expect(failed).toMatchObject({ ok: false, code: 'STATE_IO' });
  expect(failed.message).toMatch(/tombstones|File too large/);
  expect(marks[earlier.length + 1]).toMatchObject({ ok: true });

  const after = await restart(stateDir);
  let ok = false;
  try {
    expectAllKept(after, [...earlier, second], cut);
    expect(sizeAfterCut).toBe(sizeBefore); // the part written was cut off at once
    ok = true;
  } finally {
    report(row, SEED, ok ? [] : [{ invariant: 'no-loss', node: 0, did: '', detail: 'see test output' }], INVARIANTS);
  }
});

/** A small tmpfs mounted for the test, or why there is none. */
function mountTmpfs() {
  if (!IS_ROOT) return { why: 'mounting a tmpfs needs root' };
  const dir = freshDir('oip-ledger-tmpfs-');
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) return { why: `mount -t tmpfs failed: ${(r.stderr || r.error || '').toString().trim()}` };
  return { dir, unmount: () => spawnSync('umount', [dir]) };
}

test('an append cut by a full filesystem (ENOSPC), space freed, a second mark, a restart: every other tombstone is there', async () => {
  const fsMount = mountTmpfs();
  const name = 'ledger: a journal append cut by a full filesystem (tmpfs, ENOSPC), space freed, another mark, a restart';
  if (!fsMount.dir) {
    skipped(name, INVARIANTS, fsMount.why);
    return;
  }
  let ok = false;
  try {
    const stateDir = path.join(fsMount.dir, 'state');
    const filler = path.join(fsMount.dir, 'filler');
    const journal = path.join(stateDir, 'tombstones.jsonl');
    const earlier = dids('enospc', 10);
    const [cut, second] = dids('enospc-after', 2);
    let sizeBefore;
    let sizeAfterCut;
    const end = await runChild(
      stateDir,
      [
        { open: null },
        ...earlier.map((d) => ({ mark: d })),
        // The last page keeps fewer bytes free than a line needs: the next line is cut part-way.
        { pad: { file: journal, page: 4096, below: 60, prefix: 'enospc-pad' } },
        { pause: 'fill' },
        { mark: cut },
        { pause: 'free' },
        { mark: second },
      ],
      async (step) => {
        if (step === 'fill') {
          sizeBefore = fs.statSync(journal).size;
          const fd = fs.openSync(filler, 'w');
          try {
            for (;;) fs.writeSync(fd, Buffer.alloc(4096));
          } catch (e) {
            if (e.code !== 'ENOSPC') throw e;
          } finally {
            fs.closeSync(fd);
          }
        } else {
          sizeAfterCut = fs.statSync(journal).size;
          fs.unlinkSync(filler);
        }
      },
    );
    expect([end.code, end.stderr]).toEqual([0, '']);
    const padded = end.steps.find((s) => s.step === 'pad').result;
    const marks = end.steps.filter((s) => s.step === 'mark');
    expect(marks.slice(0, earlier.length).every((m) => m.ok)).toBe(true);
    const failed = marks[earlier.length];
    expect(failed).toMatchObject({ ok: false, code: 'STATE_IO' });
    expect(failed.message).toMatch(/No space left/);
    expect(marks[earlier.length + 1]).toMatchObject({ ok: true });

    const after = await restart(stateDir);
    expectAllKept(after, [...earlier, ...padded, second], cut);
    expect(sizeAfterCut).toBe(sizeBefore); // the part written was cut off at once
    ok = true;
  } finally {
    fsMount.unmount();
    report(name, SEED, ok ? [] : [{ invariant: 'no-loss', node: 0, did: '', detail: 'see test output' }], INVARIANTS);
  }
});

test('a journal with unreadable lines and an append joined to a torn one: a restart warns naming the file and lines, and keeps every readable entry', async () => {
  const stateDir = freshDir('oip-ledger-unreadable-');
  const [a, joined, b] = dids('unreadable', 3);
  const journal = path.join(stateDir, 'tombstones.jsonl');
  const line = (k) => JSON.stringify({ k, v: {} });
  // Line 2: a torn append followed by a whole one on the same line (what the
  // journal looked like after the incident); line 3: damage.
  fs.writeFileSync(journal, `${line(a)}\n${line(joined).slice(0, 30)}${line(joined)}\n\u0000garbage\n${line(b)}\n`);
  const after = await restart(stateDir);
  let ok = false;
  try {
    expect(after.listed).toEqual(expect.arrayContaining([a, joined, b]));
    const aside = after.files.filter((f) => f.startsWith('tombstones.jsonl.unreadable-'));
    expect(aside).toHaveLength(1);
    expect(after.stderr).toContain(`state file ${fs.realpathSync(journal)}: line 2, 3 could not be read; copied to ${fs.realpathSync(path.join(stateDir, aside[0]))}`);
    expect(after.stderr).toContain('every other entry was kept');
    expect(after.journalLines.sort()).toEqual([a, joined, b].sort());
    ok = true;
  } finally {
    report('ledger: a journal with a torn line joined to a whole one and a damaged line, restarted', SEED, ok ? [] : [{ invariant: 'no-loss', node: 0, did: '', detail: 'see test output' }], 'every readable entry kept (the whole line after a torn one too); only the unreadable bytes set aside, with a warning naming the file and lines');
  }
});

const EMFILE_INVARIANTS = 'the open fails with STATE_IO naming the file; nothing renamed or set aside; every tombstone there at the next open';
prlimitTest('too many open files (EMFILE) while the ledger opens: STATE_IO, nothing renamed, every tombstone there once descriptors are free', 'ledger: too many open files (EMFILE) while the ledger opens', EMFILE_INVARIANTS, async (row) => {
  const stateDir = freshDir('oip-ledger-emfile-');
  const warmup = freshDir('oip-ledger-emfile-warmup-');
  const kept = dids('emfile', 5);
  const journal = path.join(stateDir, 'tombstones.jsonl');
  fs.writeFileSync(journal, kept.map((k) => `${JSON.stringify({ k, v: {} })}\n`).join(''));
  const content = fs.readFileSync(journal);
  // The first registry starts what the addon keeps (its runtime, its clients);
  // the limit is lowered so that filling every descriptor is quick.
  const end = await runChild(warmup, [{ open: warmup }, { pause: 'limit' }, { emfile: stateDir }, { list: true }], async (_, pid) => {
    prlimit(pid, '--nofile=256');
  });
  expect([end.code, end.stderr]).toEqual([0, '']);
  const probe = end.steps.find((s) => s.step === 'emfile');
  let ok = false;
  try {
    expect(probe.ok).toBe(true);
    const { errors, freed } = probe.result;
    expect(freed).not.toBeNull(); // it opened once descriptors were free
    // Every failure is a state I/O error; at least one met the journal itself.
    for (const e of errors) expect(e).toMatchObject({ code: 'STATE_IO', message: expect.stringContaining('Too many open files') });
    expect(errors.some((e) => e.message.includes('tombstones.jsonl'))).toBe(true);
    expect(fs.readFileSync(journal)).toEqual(content);
    expect(fs.readdirSync(stateDir).filter((f) => /unreadable|corrupt/.test(f))).toEqual([]);
    expect(end.steps.find((s) => s.step === 'list').result).toEqual(expect.arrayContaining(kept));
    ok = true;
  } finally {
    report(row, SEED, ok ? [] : [{ invariant: 'no-loss', node: 0, did: '', detail: 'see test output' }], EMFILE_INVARIANTS);
  }
});

describe('a sync service whose ledger cannot be written', () => {
  const { startNodes } = require('../../testbed/launcher');
  const { request } = require('../../testbed/http');
  const { eventually } = require('../../testbed/poll');
  const RETRY_BASE_MS = 1500;
  let bed;

  beforeAll(async () => {
    bed = await startNodes(2, { elasticsearch: true, missingWaitMs: 200 });
  }, 60000);
  afterAll(async () => {
    if (bed) await bed.stop();
  });

  const FULL_INVARIANTS = 'each failed write reported in the cycle warnings and the health monitor; cycles pause for the backoff instead of retrying every record; they resume once writes work';
  prlimitTest('reports each failed ledger write in the cycle warnings and the health monitor, pauses cycles for the backoff, and resumes once writes work', 'ledger: a full disk under a sync service (every ledger write cut, then space back)', FULL_INVARIANTS, async (row) => {
    const [local, peer] = bed.nodes;
    const type = `ledgerfull${process.pid}`;
    // Listed on the peer but never readable there: each attempt fails and is recorded in failures.jsonl.
    const soul = new GunHelper({ apiUrl: peer.relayUrl }).computeSoul('ledger-faults', 'never-there');
    const put = await request(`${peer.relayUrl}/put`, { method: 'POST', body: { soul: `oip:registry:index:${type}`, data: { [soul]: { soul, nodeId: 'peer-node', timestamp: Date.now() } } } });
    expect(put.status).toBe(200);
    const index = await eventually(() => request(`${peer.relayUrl}/get?soul=${encodeURIComponent(`oip:registry:index:${type}`)}`), (r) => r.status === 200);
    expect(index.status).toBe(200);
    const stateDir = freshDir('oip-ledger-sync-full-');
    const service = {
      gun: { apiUrl: local.relayUrl, timeoutMs: 3000, negativeCacheTtlMs: 0 },
      elasticsearch: { node: local.esUrl, timeoutMs: 5000 },
      peers: [peer.relayUrl],
      recordTypes: [type],
      index: `ledger-full-${process.pid}`,
      deletion: { stateDir, nodeId: 'ledger-full-node', retryBaseMs: RETRY_BASE_MS, retryMaxMs: 4 * RETRY_BASE_MS },
    };
    const failures = path.join(stateDir, 'failures.jsonl');
    const end = await runChild(
      stateDir,
      [{ service }, { pause: 'limit' }, { cycle: true }, { cycle: true }, { health: true }, { pause: 'raise' }, { sleep: RETRY_BASE_MS + 200 }, { cycle: true }],
      async (name, pid) => {
        // The lock file is written; any journal line from now on is cut (EFBIG).
        prlimit(pid, name === 'limit' ? `--fsize=${fs.statSync(path.join(stateDir, 'lock')).size + 8}:unlimited` : '--fsize=unlimited:unlimited');
      },
    );
    expect([end.code, end.stderr]).toEqual([0, '']);
    const [first, paused, resumed] = end.steps.filter((s) => s.step === 'cycle').map((s) => s.result);
    const health = end.steps.find((s) => s.step === 'health').result;
    let ok = false;
    try {
      expect(first.failed.map((f) => f.did)).toEqual([`did:gun:${soul}`]);
      expect(first.warnings).toEqual([expect.stringMatching(/^ledger write failed: STATE_IO: state file .*failures\.jsonl: File too large/)]);
      // The next cycle does no work at all: no peer read, no record tried again.
      expect(paused.warnings).toEqual([expect.stringContaining('cycle skipped: the ledger in')]);
      expect(paused.requests).toEqual({ peers: 0, localRelay: 0, elasticsearch: 0 });
      expect(paused.failed).toEqual([]);
      expect(health.totalErrors).toBe(3); // the failed record, the failed write, the skipped cycle
      // Writes work again and the pause is over: the cycle runs and records the failure.
      expect(resumed.requests.peers).toBeGreaterThan(0);
      expect(resumed.warnings).toEqual([]);
      expect(resumed.failed.map((f) => f.did)).toEqual([`did:gun:${soul}`]);
      expect(fs.readFileSync(failures, 'utf8')).toContain(`did:gun:${soul}`);
      ok = true;
    } finally {
      report(row, SEED, ok ? [] : [{ invariant: 'bounded-effort', node: 0, did: '', detail: 'see test output' }], FULL_INVARIANTS);
    }
  });

  test('a tombstone index over the response cap is reported in the cycle warnings, not silently unread', async () => {
    const [local] = bed.nodes;
    const big = Object.fromEntries(dids('over-cap', 200).map((d) => [d, true]));
    const put = await request(`${local.relayUrl}/put`, { method: 'POST', body: { soul: 'oip:deleted:records:index', data: big } });
    expect(put.status).toBe(200);
    const stateDir = freshDir('oip-ledger-cap-');
    const end = await runChild(stateDir, [
      {
        service: {
          gun: { apiUrl: local.relayUrl, timeoutMs: 3000, negativeCacheTtlMs: 0, maxBodyBytes: 4096 },
          elasticsearch: { node: local.esUrl, timeoutMs: 5000 },
          peers: [],
          recordTypes: ['nothing'],
          index: `ledger-cap-${process.pid}`,
          deletion: { stateDir, nodeId: 'ledger-cap-node' },
        },
      },
      { cycle: true },
    ]);
    expect([end.code, end.stderr]).toEqual([0, '']);
    const cycle = end.steps.find((s) => s.step === 'cycle');
    let ok = false;
    try {
      expect(cycle.ok).toBe(true);
      expect(cycle.result.warnings).toEqual([expect.stringMatching(/^tombstone index not read: GUN_TOO_LARGE: .*4096 bytes/)]);
      ok = true;
    } finally {
      report('ledger: a tombstone index larger than the response cap', SEED, ok ? [] : [{ invariant: 'no-loss', node: 0, did: '', detail: 'see test output' }], 'reported in the cycle warnings (GUN_TOO_LARGE, naming the cap), not silently unread');
    }
  });
});
