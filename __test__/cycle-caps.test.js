'use strict';
// A sync cycle applies at most OIP_GUN_SYNC_APPLY_PER_CYCLE due tombstones
// and leaves the rest to the next cycles: seven tombstones flagged on the
// relay at once, a cap of three, are applied 3, 3, 1 over three cycles.
// The service runs in a child process: the variable must reach the addon's
// environment, which a test's process.env does not.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const { startNodes } = require('../testbed/launcher');
const { request } = require('../testbed/http');

const CAP = 3;
const N = 7;

let bed;
let stateDir;
beforeAll(async () => {
  bed = await startNodes(1, { putDelayMs: 0, missingWaitMs: 400, elasticsearch: true });
  stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oip-cycle-caps-'));
}, 60000);
afterAll(async () => {
  if (bed) await bed.stop();
  if (stateDir) fs.rmSync(stateDir, { recursive: true, force: true });
});

test(`due tombstones are applied at most ${CAP} per cycle, the rest in the next cycles`, async () => {
  const [A] = bed.nodes;
  const dids = Array.from({ length: N }, (_, i) => `did:gun:${'ce'.repeat(6)}:cap-${process.pid}-${i}`);
  const r = await request(`${A.relayUrl}/put`, { method: 'POST', body: { soul: 'oip:deleted:records:index', data: Object.fromEntries(dids.map((d) => [d, true])) } });
  expect(r.status).toBe(200);
  const options = { gun: { apiUrl: A.relayUrl }, elasticsearch: { node: A.esUrl }, peers: [], recordTypes: ['post'], deletion: { stateDir } };
  const out = await inChild(String(CAP), options, 3);
  expect(out).toEqual({ applied: [3, 3, 1] });
});

test('a cap that is not a positive number is refused with the variable named', async () => {
  const out = await inChild('0', { gun: { apiUrl: 'http://127.0.0.1:9' }, peers: [], deletion: { stateDir } }, 0);
  expect(out).toEqual({ code: 'INVALID_CONFIG', message: expect.stringContaining('OIP_GUN_SYNC_APPLY_PER_CYCLE') });
});

/** Builds a service under the cap in a child process, runs `cycles` cycles, resolves what it printed. */
function inChild(cap, options, cycles) {
  const script = `
    const { GunSyncService } = require(${JSON.stringify(path.join(__dirname, '..'))});
    (async () => {
      let svc;
      try { svc = new GunSyncService(${JSON.stringify(options)}); } catch (e) { return console.log(JSON.stringify({ code: e.code, message: e.message })); }
      const applied = [];
      for (let i = 0; i < ${cycles}; i++) applied.push((await svc.performSync()).deletionsApplied);
      console.log(JSON.stringify({ applied }));
    })();`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], { env: { ...process.env, OIP_GUN_SYNC_APPLY_PER_CYCLE: cap }, stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.on('data', (d) => { text += d; });
    child.on('error', reject);
    child.on('close', (status) => {
      try { resolve(JSON.parse(text.trim().split('\n').pop())); } catch (e) { reject(new Error(`child exited ${status}: ${text}`)); }
    });
  });
}
