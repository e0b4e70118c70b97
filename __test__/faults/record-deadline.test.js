'use strict';
// One deadline for all reads of a record. A record on a peer is its node
// plus child nodes (`meta`); each read has the request timeout and is
// retried, so a peer that holds a child read open used to keep the record
// (and its fetch slot) for three timeouts and more. With the peer's `meta`
// read hanging on a real relay, the record gives up within its deadline
// (two request timeouts), is reported as a transient failure, and syncs once
// the peer answers again. Repair's reads of a record follow the same rule:
// a record the local relay dropped, read from a peer that holds its `meta`
// read open, is given up within the deadline and restored once the peer
// answers. Timed, so whole-matrix only (FAULTS_FULL=1).

const fs = require('fs');
const { GunSyncService } = require('../..');
const control = require('../../testbed/control');
const schedule = require('../../testbed/schedule');
const { collectServices } = require('../../testbed/gc');
const { request } = require('../../testbed/http');
const { eventually } = require('../../testbed/poll');
const { Scenario, startBed, FULL, GUN_TIMEOUT_MS, capturingLogger, freshDir, report } = require('../fixtures/fault-harness');

jest.setTimeout(120000);
const fullTest = FULL ? test : test.skip;

const NAME = 'record deadline: a peer holds a child read open';
const REPAIR_NAME = 'record deadline: a peer holds a child read open while repair restores the record';
const DEADLINE_READS = 2;
const DEADLINE_MS = DEADLINE_READS * GUN_TIMEOUT_MS;
// Discovery and the rest of a cycle with one record take well under this on loopback.
const SLACK_MS = 1500;
// Repair's test: a longer timeout, so that one deadline (2 x 4 s) and the
// old three reads of the child (3 x 4 s and the retry pauses) lie far apart.
const REPAIR_TIMEOUT_MS = 4000;
// The repair cycle's other work: its tombstone and type index reads, and three local reads of the dropped record.
const REPAIR_SLACK_MS = 2500;

let bed;
const scenarios = [];
const stateDirs = [];

beforeAll(async () => {
  if (FULL) bed = await startBed(2);
}, 60000);

afterAll(async () => {
  for (const s of scenarios) {
    s.cleanup();
    s.services.clear();
  }
  scenarios.length = 0;
  for (const dir of stateDirs) fs.rmSync(dir, { recursive: true, force: true });
  if (bed) await bed.stop();
  // Finished services hold their loggers until collected (see testbed/gc.js).
  await collectServices();
});

fullTest(`a record whose meta read hangs gives up within ${DEADLINE_MS} ms, not after three timeouts, and syncs later`, async () => {
  const seed = schedule.seedFor('record-deadline', 1212);
  const s = new Scenario(bed, 'recorddeadline', seed);
  scenarios.push(s);
  let ok = false;
  let elapsed;
  try {
    const [rec] = (await s.publishMany(1)).filter((p) => p.node === 0);
    const B = s.services.get(1);
    const fault = await control.addFault(s.node(0).relayAdminUrl, { path: '/get', soul: `${rec.soul}/meta`, hang: true });

    // Peers' indexes may read empty at first (fresh nodes): cycles until one tries the record.
    let failed;
    for (let i = 0; i < 20 && !failed; i++) {
      const t0 = Date.now();
      const r = await B.performSync();
      elapsed = Date.now() - t0;
      failed = r.failed.find((f) => f.did === rec.did);
      if (!failed && r.discovered > 0) throw new Error(`the record was discovered but not failed: ${JSON.stringify(r)}`);
    }
    // Each read of the child alone waits a timeout, three times (the
    // original's retries): without one deadline this cycle takes 3 x 2500 ms + 600 ms.
    expect({ failed: !!failed, permanent: failed && failed.permanent, reason: failed && failed.reason }).toEqual({ failed: true, permanent: false, reason: expect.stringMatching(/GUN_TIMEOUT.*every read of the record/) });
    expect(elapsed).toBeLessThan(DEADLINE_MS + SLACK_MS);

    // Nothing is lost: once the peer answers, a later cycle (after the short backoff) syncs it.
    await control.removeFault(s.node(0).relayAdminUrl, fault.id);
    const synced = await eventually(async () => (await B.performSync()).synced >= 1, Boolean, { tries: 30, everyMs: 500 }).catch(() => false);
    expect(synced).toBe(true);
    ok = true;
  } finally {
    report(NAME, seed, ok ? [] : [{ invariant: 'bounded-effort', node: 1, did: '', detail: `${elapsed} ms` }], 'a record gives up within one deadline for all its reads; synced once the peer answers', `gave up after ${elapsed} ms (deadline ${DEADLINE_MS} ms)`);
  }
});

fullTest(`repair gives up a record whose meta read hangs on its peer within ${DEADLINE_READS} timeouts, not after three, and restores it later`, async () => {
  const seed = schedule.seedFor('repair-deadline', 1213);
  // Only A publishes; B is a sync service of its own that spot-checks every record it synced.
  const s = new Scenario(bed, 'repairdeadline', seed, { participants: [0], gunTimeoutMs: REPAIR_TIMEOUT_MS });
  scenarios.push(s);
  const stateDir = freshDir('oip-repair-deadline-');
  stateDirs.push(stateDir);
  const B = new GunSyncService(Object.assign(s.serviceOptions(1, stateDir), { logger: capturingLogger().logger, repairPercent: 100, repairMaxChecks: 8 }));
  const deadline = DEADLINE_READS * REPAIR_TIMEOUT_MS;
  let ok = false;
  let elapsed;
  let hits;
  try {
    const [rec] = await s.publishMany(1);
    const synced = await eventually(async () => (await B.performSync()).synced >= 1, Boolean, { tries: 30, everyMs: 500 }).catch(() => false);
    expect(synced).toBe(true);

    // B's relay drops the record (its fields nulled), and A holds every read of its meta open.
    const nulls = await request(`${s.node(1).relayUrl}/put`, { method: 'POST', body: { soul: rec.soul, data: { data: null, oip: null, meta: null } } });
    expect(nulls.status).toBe(200);
    const TIMES = 1000;
    const fault = await control.addFault(s.node(0).relayAdminUrl, { path: '/get', soul: `${rec.soul}/meta`, hang: true, times: TIMES });
    const t0 = Date.now();
    const r = await B.performSync();
    elapsed = Date.now() - t0;
    const rule = (await control.listFaults(s.node(0).relayAdminUrl)).faults.find((f) => f.id === fault.id);
    hits = TIMES - rule.times;
    expect(r.repair).toMatchObject({ checked: 1, dropped: 1, restored: 0, unrecoverable: [rec.did] });
    // The child read times out, is retried once, and the deadline ends the second
    // try: two reads, where three reads of the child (one per retry) ran before.
    expect(hits).toBeLessThanOrEqual(DEADLINE_READS);
    expect(elapsed).toBeLessThan(deadline + REPAIR_SLACK_MS);

    // Nothing is lost: once the peer answers, a later cycle restores it.
    await control.removeFault(s.node(0).relayAdminUrl, fault.id);
    const restored = await eventually(async () => (await B.performSync()).repair.restored >= 1, Boolean, { tries: 10, everyMs: 500 }).catch(() => false);
    expect(restored).toBe(true);
    ok = true;
  } finally {
    await B.stop();
    report(REPAIR_NAME, seed, ok ? [] : [{ invariant: 'bounded-effort', node: 1, did: '', detail: `${elapsed} ms, ${hits} child reads` }], "repair's reads of a record from a peer share one deadline; restored once the peer answers", `gave up after ${elapsed} ms and ${hits} child reads (deadline ${deadline} ms)`);
  }
});
