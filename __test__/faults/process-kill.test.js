'use strict';
// The Node process running the addon killed with SIGKILL mid-cycle and
// restarted on the same state directory: node 0's sync service runs in a
// child process (fixtures/fault-sync-child.js) that is killed at seeded
// moments inside its cycles while records are published and tombstoned on
// node 1; afterwards a service on the same state directory settles and the
// checker reads both nodes.

const path = require('path');
const { startNode } = require('../../testbed/child');
const schedule = require('../../testbed/schedule');
const { Scenario, startBed, sleep, freshDir, report, FULL } = require('../fixtures/fault-harness');

jest.setTimeout(FULL ? 180000 : 90000);

const CHILD = path.join(__dirname, '..', 'fixtures', 'fault-sync-child.js');

/** Starts the child; resolves helpers to wait for its lines and to kill it. */
function startChild(args) {
  const lines = [];
  const waiters = [];
  const child = startNode(CHILD, [JSON.stringify(args)], {
    onLine: (text) => {
      const line = JSON.parse(text);
      lines.push(line);
      for (const w of waiters.slice()) if (w.pred(line)) w.resolve(line);
    },
  });
  const stderr = () => child.err.slice(-4000);
  return {
    child,
    lines,
    closed: child.done,
    stderr,
    waitFor(pred, timeoutMs = 30000) {
      const found = lines.find(pred);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const w = { pred, resolve };
        waiters.push(w);
        setTimeout(() => reject(new Error(`child: no matching line in ${timeoutMs} ms; stderr: ${stderr()}`)), timeoutMs);
      });
    },
  };
}

async function killScenario(name, { kills, K, fallbackSeed }) {
  const seed = schedule.seedFor(name, fallbackSeed);
  const bed = await startBed(2, { seed });
  const s = new Scenario(bed, name, seed);
  const violations = [];
  const plan = [];
  try {
    const published = await s.publishMany(K);
    const onB = published.filter((p) => p.node === 1);
    await s.tombstone(1, onB[0]);
    const stateDir = freshDir('oip-fault-kill-');
    s.stateDirs.push(stateDir);
    const args = { options: s.serviceOptions(0, stateDir), cycles: 50, pauseMs: 50 };
    for (let k = 0; k < kills; k++) {
      const c = startChild(args);
      const nth = FULL ? s.rng.int(1, 3) : 1;
      const after = s.rng.int(20, 700);
      plan.push(`kill ${k}: cycle ${nth} +${after}ms`);
      let seen = 0;
      await c.waitFor((l) => l.event === 'cycle-start' && ++seen === nth);
      await sleep(after);
      c.child.kill('SIGKILL');
      const end = await c.closed;
      expect(end.signal).toBe('SIGKILL');
      // Between kills, node 1 goes on: a new record, a new tombstone.
      if (k === 0) {
        await s.publish(1, { title: `${name} between kills`, n: 100 + k });
        if (onB[1]) await s.tombstone(1, onB[1]);
      }
    }
    // Restarted on the same state directory, it runs whole cycles again.
    const last = startChild(Object.assign({}, args, { cycles: 1 }));
    const end = await last.closed;
    expect([end.code, last.stderr()]).toEqual([0, '']);
    // Then node 0's service (same state directory, in this process) settles with node 1's.
    s.services.set(0, s.makeService(0, stateDir));
    const settled = await s.settle();
    violations.push(...settled.violations);
  } finally {
    report(name, seed, violations);
    await bed.stop();
    s.cleanup();
  }
  if (violations.length) throw new Error(s.failMessage(violations, `plan: ${plan.join('; ')}`));
}

test('the addon process SIGKILLed mid-cycle (twice in the long matrix) and restarted on the same state directory', async () => {
  await killScenario('process-sigkill', { kills: FULL ? 2 : 1, K: 3, fallbackSeed: 1111 });
});

(FULL ? test : test.skip)('the addon process SIGKILLed five times mid-cycle, more records', async () => {
  await killScenario('process-sigkill-5x', { kills: 5, K: 6, fallbackSeed: 2222 });
});
