'use strict';
// The demo: writes, reads, lists and deletes records through the addon
// against real GUN relays (two started on loopback, or GUN_PEERS's first).

const { GunHelper, deleteRecord } = require('..');
const { startNodes } = require('../testbed/launcher');

const step = (what, value) => console.log(`  ${what.padEnd(44)} ${value}`);

async function main() {
  const external = process.env.GUN_PEERS;
  let bed = null;
  let apiUrl = external ? external.split(',')[0].trim() : null;
  if (!apiUrl) {
    console.log('Starting the test bed: two real GUN relays on loopback...');
    bed = await startNodes(2, { missingWaitMs: 1000 });
    apiUrl = bed.nodes[0].relayUrl;
  }
  try {
    console.log(`Relay: ${apiUrl}\n`);
    const gun = new GunHelper({ apiUrl });
    step('checkConnection()', await gun.checkConnection());

    const publisher = `demo-publisher-${Date.now()}`;
    const soul = gun.computeSoul(publisher, `workout-${Date.now()}`);
    const record = {
      data: { basic: { name: 'Morning run', date: Date.now() }, workout: { distanceKm: 5 } },
      oip: { ver: '0.8.0', recordType: 'workout', creator: { publicKey: publisher, didAddress: 'did:arweave:demo' } },
    };
    const put = await gun.putRecord(record, soul, { localId: 'demo-1' });
    step('putRecord(workout)', put.did);

    const secretSoul = gun.computeSoul(publisher, `secret-${Date.now()}`);
    await gun.putRecord({ data: { note: 'only for me' }, oip: { recordType: 'post' } }, secretSoul, {
      encrypt: true,
      userPublicKey: publisher,
    });
    step('putRecord(post, encrypt: true)', secretSoul);

    const back = await readBack(() => gun.getRecord(soul));
    step('getRecord(workout).data.basic.name', back && back.data.basic.name);
    const secret = await readBack(() => gun.getRecord(secretSoul, { userPublicKey: publisher }));
    step('getRecord(post) as its owner', secret && JSON.stringify(secret.data));
    const stranger = await gun.getRecord(secretSoul, { userPublicKey: 'someone-else' });
    step('getRecord(post) as a stranger', stranger && stranger.data.encrypted ? 'still encrypted' : stranger);

    const list = await gun.listRecordsByPublisher(publisher, { limit: 10 });
    step('listRecordsByPublisher()', list.map((r) => r.oip && r.oip.recordType).join(', '));

    step('deleteRecord(workout)', await gun.deleteRecord(soul));
    step('getRecord(workout) after delete', await gun.getRecord(soul));
    step('deleteRecord(workout) again (already gone)', await deleteRecord(soul, { apiUrl }));

    try {
      await gun.getRecord('bad\nsoul');
    } catch (e) {
      step('getRecord("bad\\nsoul")', `${e.code}: ${e.message}`);
    }
    console.log('\nDone.');
  } finally {
    if (bed) await bed.stop();
  }
}

// A relay can answer 404 or a partial node on the first read of a fresh
// node, so the demo reads again for a moment, as the sync engine does.
async function readBack(read) {
  for (let i = 0; i < 20; i++) {
    const r = await read();
    if (r && r.meta && r.data) return r;
    await new Promise((res) => setTimeout(res, 250));
  }
  return read();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
