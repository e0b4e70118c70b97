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

const prlimitTest = HAVE_PRLIMIT ? test : test.skip;

prlimitTest('an append cut by the file-size limit (EFBIG), the limit raised, a second mark, a restart: every other tombstone is there', async () => {
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
    report('ledger: a journal append cut by the file-size limit (EFBIG), the limit raised, another mark, a restart', SEED, ok ? [] : [{ invariant: 'no-loss', node: 0, did: '', detail: 'see test output' }], INVARIANTS);
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
    console.log(`skipped: ${fsMount.why}`);
    report(name, SEED, [], INVARIANTS, `skipped: ${fsMount.why}`);
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

prlimitTest('too many open files (EMFILE) while the ledger opens: STATE_IO, nothing renamed, every tombstone there once descriptors are free', async () => {
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
    report('ledger: too many open files (EMFILE) while the ledger opens', SEED, ok ? [] : [{ invariant: 'no-loss', node: 0, did: '', detail: 'see test output' }], 'the open fails with STATE_IO naming the file; nothing renamed or set aside; every tombstone there at the next open');
  }
});
