'use strict';
// A core error reaches JS with its cause: the message reads the whole chain,
// `code` and `errorClass` stay, and `cause` holds the underlying failure (the
// socket's refusal) as nested Errors. Credentials in a relay's or
// Elasticsearch's URL appear in none of it.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { GunHelper, GunSyncService } = require('..');
const { closedPort } = require('../testbed/launcher');
const { collectServices } = require('../testbed/gc');

const PASSWORD = 'cause-test-s3cret';
const stateDirs = [];

afterAll(async () => {
  for (const dir of stateDirs) fs.rmSync(dir, { recursive: true, force: true });
  await collectServices();
});

/** The rejection of `promise` (the addon's errors come from Node's realm: no `instanceof`). */
async function rejection(promise) {
  return promise.then(
    (v) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(v)}`);
    },
    (e) => e,
  );
}

/** The messages of `err.cause`, `err.cause.cause`, ... */
function causes(err) {
  const out = [];
  for (let c = err.cause; c !== undefined; c = c.cause) {
    expect(Object.prototype.toString.call(c)).toBe('[object Error]');
    out.push(c.message);
  }
  return out;
}

function expectCause(err, code) {
  expect(err.code).toBe(code);
  expect(err.errorClass).toBe('transient');
  const chain = causes(err);
  expect(chain.length).toBeGreaterThan(0);
  // The underlying failure is named: the connection was refused.
  expect(chain[chain.length - 1]).toMatch(/refused/i);
  // The message reads the chain too, as it did before causes were kept.
  expect(err.message.endsWith(chain.join(': '))).toBe(true);
  const everything = [err.message, err.stack, ...chain, JSON.stringify(err)].join('\n');
  expect(everything).not.toContain(PASSWORD);
}

test('an unreachable relay: GUN_UNREACHABLE with the refused connection as its cause, no password', async () => {
  const gun = new GunHelper({ apiUrl: `http://oip:${PASSWORD}@127.0.0.1:${await closedPort()}`, timeoutMs: 2000 });
  expectCause(await rejection(gun.getRecord('abcdef123456:cause')), 'GUN_UNREACHABLE');
  expectCause(await rejection(gun.putSimple({ a: 1 }, 'abcdef123456:cause')), 'GUN_UNREACHABLE');
});

test('an unreachable Elasticsearch: ES_UNREACHABLE with the refused connection as its cause, no password', async () => {
  const port = await closedPort();
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oip-error-causes-'));
  stateDirs.push(stateDir);
  const service = new GunSyncService({
    gun: { apiUrl: `http://127.0.0.1:${port}` },
    elasticsearch: { node: `http://elastic:${PASSWORD}@127.0.0.1:${port}` },
    peers: [],
    recordTypes: ['post'],
    deletion: { stateDir },
  });
  expectCause(await rejection(service.migrateExistingRecords()), 'ES_UNREACHABLE');
});
