'use strict';
// A relay answers a flat put after a few hundred milliseconds whatever the
// number in flight, so the sync's rate is the width of its put gate: the put
// stage must keep that many puts going, not as many as it reads from peers
// at once. The local relay counts the most puts of records (and their child
// nodes) it was answering at once.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { GunSyncService } = require('..');
const bed = require('../bench/lib/bed');
const { startNodes } = require('../testbed/launcher');
const control = require('../testbed/control');

const RECORDS = 48;
const FETCH = 2;
const PUTS = 12;

let nodes;
let stateDir;

beforeAll(async () => {
  nodes = await startNodes(2, { putDelayMs: 0, missingWaitMs: 500, elasticsearch: true });
  stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oip-put-width-'));
}, 30000);

afterAll(async () => {
  if (nodes) await nodes.stop();
  if (stateDir) fs.rmSync(stateDir, { recursive: true, force: true });
});

test('the put stage keeps putConcurrency record puts in flight, more than the peer reads in flight', async () => {
  const [peer, local] = nodes.nodes;
  const records = bed.makeRecords(RECORDS, { prefix: `width-${process.pid}` });
  await bed.seedRecords(peer.relayUrl, records);
  await bed.registerRecords(peer.relayUrl, records);
  expect(await bed.waitIndex(peer.relayUrl, 'post', RECORDS)).toBe(RECORDS);

  // the first client of the local relay's URL in this process: its width is the gate's
  const svc = new GunSyncService({
    gun: { apiUrl: local.relayUrl },
    peers: [peer.relayUrl],
    elasticsearch: { node: local.esUrl },
    recordTypes: ['post'],
    fetchConcurrency: FETCH,
    putConcurrency: PUTS,
    putTimeoutMs: 5000,
    deletion: { stateDir },
    logger: { info: () => {}, warn: () => {}, error: () => {} },
  });
  try {
    await control.resetCounters(local.relayAdminUrl);
    const report = await svc.performSync();
    expect(report.synced).toBeGreaterThanOrEqual(RECORDS - 4);
    const peak = (await control.peaks(local.relayAdminUrl))['POST /put record'];
    // a plain record has one put in flight at a time: FETCH records at once could not pass FETCH
    expect(peak).toBeGreaterThan(2 * FETCH);
    expect(peak).toBeLessThanOrEqual(PUTS);
  } finally {
    svc.stop();
  }
}, 120000);
