#!/usr/bin/env node
'use strict';
/**
 * Official Node.js builds of each supported major, from the npm registry's
 * `node-linux-<arch>` packages (the nodejs.org binary inside an npm tarball),
 * cached under the OS temp dir so a second run downloads nothing.
 *
 *   node scripts/node-versions.js          # install (if needed) and run the smoke
 *                                          # test under each version; exit 1 on failure
 *
 * Versions: NODE_VERSIONS below (the newest 18.x, 20.x and 22.x on the registry
 * when this was written), or OIP_NODE_VERSIONS=18.20.8,20.20.2,... Cache dir:
 * OIP_NODE_CACHE, else <os.tmpdir()>/oip-gun-sync-node. Linux glibc only:
 * these are glibc builds (on Alpine the image's own Node is the one to test).
 */

const { execFileSync, execFile } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const NODE_VERSIONS = ['18.20.8', '20.20.2', '22.23.5'];

function versions() {
  const env = process.env.OIP_NODE_VERSIONS;
  return env ? env.split(',').map((s) => s.trim()).filter(Boolean) : NODE_VERSIONS;
}

function cacheRoot() {
  return process.env.OIP_NODE_CACHE || path.join(os.tmpdir(), 'oip-gun-sync-node');
}

/** Whether this machine can run the registry's Node builds; a reason when not. */
function unsupportedReason() {
  if (process.platform !== 'linux') return `the node-linux-* packages are Linux builds (this is ${process.platform})`;
  if (!['x64', 'arm64'].includes(process.arch)) return `no node-linux-${process.arch} builds of every line`;
  const report = process.report && process.report.getReport ? process.report.getReport() : null;
  if (!report || !report.header || !report.header.glibcVersionRuntime) {
    return 'the node-linux-* packages need glibc (this looks like musl: test with the image\'s own Node)';
  }
  return null;
}

function packageName() {
  return `node-linux-${process.arch}`;
}

function binPath(version) {
  return path.join(cacheRoot(), version, 'package', 'bin', 'node');
}

function installedVersion(bin) {
  try {
    return execFileSync(bin, ['--version'], { encoding: 'utf8', timeout: 20000 }).trim();
  } catch {
    return null;
  }
}

/**
 * The path of a working `node` of exactly this version: from the cache, else
 * `npm pack` of node-linux-<arch>@version, unpacked next to it and moved into
 * place in one rename (a concurrent or interrupted run leaves no half copy).
 */
function ensureNode(version, { log = () => {} } = {}) {
  const bin = binPath(version);
  if (installedVersion(bin) === `v${version}`) return bin;
  const dir = path.dirname(path.dirname(path.dirname(bin)));
  fs.mkdirSync(cacheRoot(), { recursive: true });
  const tmp = fs.mkdtempSync(path.join(cacheRoot(), `.${version}-`));
  try {
    const spec = `${packageName()}@${version}`;
    log(`downloading ${spec} from the npm registry`);
    const out = execFileSync('npm', ['pack', spec, '--pack-destination', tmp, '--silent'], {
      cwd: tmp,
      encoding: 'utf8',
      timeout: 240000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tgz = path.join(tmp, out.trim().split('\n').pop());
    execFileSync('tar', ['xzf', tgz, '-C', tmp], { timeout: 120000 });
    fs.rmSync(tgz);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(tmp, dir);
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  const got = installedVersion(bin);
  if (got !== `v${version}`) throw new Error(`${bin} reports ${got}, expected v${version}`);
  return bin;
}

/** Runs scripts/smoke.js under `bin`; resolves its parsed JSON line (and stderr). */
function runSmoke(bin, relayUrl, { pkg, cwd, timeoutMs = 60000 } = {}) {
  const args = [path.join(__dirname, 'smoke.js'), '--relay-url', relayUrl, ...(pkg ? ['--package', pkg] : [])];
  return new Promise((resolve) => {
    execFile(bin, args, { cwd: cwd || path.join(__dirname, '..'), timeout: timeoutMs, encoding: 'utf8' }, (err, stdout, stderr) => {
      const line = String(stdout).trim().split('\n').pop();
      let result;
      try {
        result = JSON.parse(line);
      } catch {
        result = { ok: false, error: `no JSON line from ${bin} (${err ? err.message : 'exit 0'})`, stdout };
      }
      resolve({ ...result, stderr: String(stderr).slice(-4000) });
    });
  });
}

async function main() {
  const reason = unsupportedReason();
  if (reason) {
    console.log(`node-versions: skipped: ${reason}`);
    return;
  }
  const { startNodes } = require('../testbed/launcher');
  const bed = await startNodes(1, { putDelayMs: 0, missingWaitMs: 500 });
  let failed = 0;
  try {
    for (const v of versions()) {
      const bin = ensureNode(v, { log: (m) => console.error(`node-versions: ${m}`) });
      const r = await runSmoke(bin, bed.nodes[0].relayUrl);
      console.log(`${r.ok ? 'ok  ' : 'FAIL'} node ${r.node || v} (N-API ${r.napi || '?'}) ${JSON.stringify(r.checks || r.error)}`);
      if (!r.ok) {
        failed++;
        if (r.stderr) console.log(r.stderr);
      }
    }
  } finally {
    await bed.stop();
  }
  process.exitCode = failed ? 1 : 0;
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}

module.exports = { NODE_VERSIONS, versions, cacheRoot, unsupportedReason, ensureNode, runSmoke };
