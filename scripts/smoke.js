#!/usr/bin/env node
'use strict';
/**
 * The smoke test run under each Node version, against each built binary and
 * from an installed tarball: loads the package, constructs a GunHelper,
 * computes a soul, puts a record on a real GUN relay and reads it back, and
 * checks two error codes (a synchronous INVALID_ARGUMENT and an asynchronous
 * GUN_UNREACHABLE from a closed port, the rejected-promise path).
 *
 *   node scripts/smoke.js --relay-url http://127.0.0.1:PORT [--package SPEC]
 *   node scripts/smoke.js --relay [--package SPEC]
 *
 * --relay starts a relay itself with testbed/launcher.js (needs this checkout's
 * devDependencies); --relay-url uses one that is already running. --package is
 * what to require(): a path, or a package name resolved from the current
 * directory (default: this checkout). Prints one JSON line on stdout, exits 0
 * when every check passed, 1 otherwise.
 */

const path = require('path');
const { startNodes, closedPort } = require('../testbed/launcher');

function parseArgs(argv) {
  const o = { pkg: path.join(__dirname, '..'), relayUrl: null, relay: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--relay') o.relay = true;
    else if (a === '--relay-url') o.relayUrl = argv[++i];
    else if (a === '--package') o.pkg = argv[++i];
    else throw new Error(`smoke: unknown argument ${a}`);
  }
  if (!o.relay && !o.relayUrl) throw new Error('smoke: give --relay-url URL or --relay');
  return o;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function smoke(pkgSpec, relayUrl) {
  const checks = {};
  // Resolved as a module of the project in the working directory would: a
  // plain require from here would find this checkout itself (package.json
  // `exports` lets a package require its own name).
  const fromProject = require('module').createRequire(require('path').join(process.cwd(), 'index.js'));
  const resolved = fromProject.resolve(pkgSpec);
  const pkg = require(resolved);
  checks.loaded = typeof pkg.GunHelper === 'function';

  const gun = new pkg.GunHelper({ apiUrl: relayUrl, timeoutMs: 5000, negativeCacheTtlMs: 0 });
  const publisher = `smoke-pub-${process.version}-${process.pid}-${Date.now()}`;
  const localId = `smoke-${process.pid}`;
  const soul = gun.computeSoul(publisher, localId);
  checks.computeSoul = /^[0-9a-f]{12}:smoke-\d+$/.test(soul);

  const record = { data: { name: 'smoke', node: process.version, n: 42 }, oip: { recordType: 'post', did: `did:gun:${soul}` } };
  const put = await gun.putRecord(record, soul, { localId });
  checks.put = put && put.soul === soul && put.did === `did:gun:${soul}`;

  // A fresh node may read as 404 or partial for a moment: poll, bounded.
  let got = null;
  for (let i = 0; i < 50; i++) {
    got = await gun.getRecord(soul);
    if (got && got.data && got.oip && got.meta && !('#' in got.meta)) break;
    await sleep(100);
  }
  checks.get = !!got && JSON.stringify(got.data) === JSON.stringify(record.data) && got.oip.recordType === 'post' && got.meta.localId === localId;

  try {
    gun.computeSoul('', 'x');
    checks.syncErrorCode = false;
  } catch (e) {
    checks.syncErrorCode = e.code === 'INVALID_ARGUMENT';
  }

  const port = await closedPort();
  const dead = new pkg.GunHelper({ apiUrl: `http://127.0.0.1:${port}`, timeoutMs: 2000, negativeCacheTtlMs: 0 });
  const err = await dead.getRecord(soul).then(() => null, (e) => e);
  checks.asyncErrorCode = !!err && err.code === 'GUN_UNREACHABLE' && err.errorClass === 'transient';

  return {
    ok: Object.values(checks).every(Boolean),
    node: process.version,
    napi: process.versions.napi,
    platform: `${process.platform}-${process.arch}`,
    binding: resolved,
    checks,
    ...(err && !checks.asyncErrorCode ? { asyncError: { code: err.code, message: err.message } } : {}),
  };
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  let bed = null;
  let relayUrl = o.relayUrl;
  if (o.relay) {
    bed = await startNodes(1, { putDelayMs: 0, missingWaitMs: 500 });
    relayUrl = bed.nodes[0].relayUrl;
  }
  try {
    const result = await smoke(o.pkg, relayUrl);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exitCode = result.ok ? 0 : 1;
  } finally {
    if (bed) await bed.stop();
  }
}

if (require.main === module) {
  main().catch((e) => {
    process.stdout.write(`${JSON.stringify({ ok: false, node: process.version, error: String((e && e.stack) || e) })}\n`);
    process.exitCode = 1;
  });
}

module.exports = { smoke };
