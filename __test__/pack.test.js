'use strict';
// The package as users get it, installed with the network off:
//
// 1. `npm pack` of this checkout: what `files` puts in the tarball (index.js,
//    index.d.ts, the binary for this platform, the CLI when there is one), and
//    no runtime dependency (so an offline install with an empty cache works).
// 2. That tarball installed into a fresh project with
//    `npm install --offline --cache <empty dir>`: index.js loads the binary
//    bundled beside it.
// 3. The layout CI publishes: the root package without a binary, its
//    optionalDependencies naming every per-platform package, and this
//    platform's package made by the napi CLI (`napi create-npm-dirs`,
//    `napi artifacts`, as the release job runs them), both installed offline
//    the same way: index.js falls through to the platform package. The other
//    platforms' packages are not to be had offline, as optional dependencies
//    on a machine they do not fit; npm must skip them.
//
// Each installed copy is then required from its project and runs
// scripts/smoke.js (GunHelper, put/get on a relay started by
// testbed/launcher.js, error codes).
//
// About 25 s with the release binary `npm install` builds (7 MB); a debug
// build (over 100 MB) makes every pack and install slower, hence the longer
// timeouts.

const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { runSmoke } = require('../scripts/node-versions');
const { startNodes } = require('../testbed/launcher');

const ROOT = path.join(__dirname, '..');
const pkgJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const NAPI_CLI = path.join(ROOT, 'node_modules', '@napi-rs', 'cli', 'dist', 'cli.js');

/** The napi CLI's platform-arch-abi for this machine, as index.js picks it. */
function localPlatformArchAbi() {
  const base = `${process.platform}-${process.arch}`;
  if (process.platform === 'linux') {
    const report = process.report.getReport();
    return `${base}-${report.header.glibcVersionRuntime ? 'gnu' : 'musl'}`;
  }
  if (process.platform === 'win32') return `${base}-msvc`;
  return base;
}

const PLATFORM = localPlatformArchAbi();
/** package.json's napi.targets by the platform-arch-abi the napi CLI names them. */
const TRIPLES = {
  'linux-x64-gnu': 'x86_64-unknown-linux-gnu',
  'linux-x64-musl': 'x86_64-unknown-linux-musl',
  'linux-arm64-gnu': 'aarch64-unknown-linux-gnu',
  'linux-arm64-musl': 'aarch64-unknown-linux-musl',
  'darwin-x64': 'x86_64-apple-darwin',
  'darwin-arm64': 'aarch64-apple-darwin',
  'win32-x64-msvc': 'x86_64-pc-windows-msvc',
};
const BINARY = `${pkgJson.napi.binaryName}.${PLATFORM}.node`;
const haveBinary = fs.existsSync(path.join(ROOT, BINARY));
if (!haveBinary) {
  // eslint-disable-next-line no-console
  console.log(`pack.test.js skipped: ${BINARY} is not built (npm install or npm run build makes it)`);
}

function run(cmd, args, opts = {}) {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120000, ...opts });
}

/** `npm pack` of dir into dest; returns { tgz, files }. Scripts off: `prepare` would rebuild. */
function npmPack(dir, dest) {
  const out = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dest], { cwd: dir });
  const [info] = JSON.parse(out);
  return { tgz: path.join(dest, info.filename), files: info.files.map((f) => f.path) };
}

/** A fresh project that installs the tarballs with no network and an empty cache. */
function installOffline(dir, tarballs) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'oip-pack-cache-'));
  try {
    run('npm', ['install', '--offline', '--cache', cache, '--no-audit', '--no-fund', '--ignore-scripts', ...tarballs], {
      cwd: dir,
      // No proxy or registry could help: offline means offline.
      env: { ...process.env, npm_config_registry: 'http://127.0.0.1:9/' },
    });
  } finally {
    fs.rmSync(cache, { recursive: true, force: true });
  }
}

(haveBinary ? describe : describe.skip)('npm pack, then an offline install in a fresh project', () => {
  let tmp;
  let bed;
  let packed;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'oip-pack-'));
    fs.mkdirSync(path.join(tmp, 'dist'));
    bed = await startNodes(1, { putDelayMs: 0, missingWaitMs: 500 });
    packed = npmPack(ROOT, path.join(tmp, 'dist'));
  }, 120000);

  afterAll(async () => {
    if (bed) await bed.stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('the tarball holds the loader, the types, this platform\'s binary and the CLI; no runtime dependency', () => {
    expect(pkgJson.files).toEqual(expect.arrayContaining(['index.js', 'index.d.ts', '*.node', 'cli/']));
    expect(packed.files).toEqual(expect.arrayContaining(['package.json', 'index.js', 'index.d.ts', BINARY]));
    if (fs.existsSync(path.join(ROOT, 'cli'))) {
      const cliFiles = fs.readdirSync(path.join(ROOT, 'cli'), { recursive: true })
        .filter((f) => fs.statSync(path.join(ROOT, 'cli', f)).isFile())
        .map((f) => `cli/${f.split(path.sep).join('/')}`);
      expect(packed.files).toEqual(expect.arrayContaining(cliFiles));
    }
    // Every bin script that exists in the checkout is packed.
    for (const bin of Object.values(pkgJson.bin || {})) {
      if (fs.existsSync(path.join(ROOT, bin))) expect(packed.files).toContain(path.posix.normalize(bin));
    }
    // Nothing from the source tree or the test bed.
    expect(packed.files.filter((f) => /^(src|target|testbed|__test__|node_modules|bench|tests)\//.test(f))).toEqual([]);
    expect(pkgJson.dependencies || {}).toEqual({});
    expect(pkgJson.engines.node).toBe('>= 18');
  });

  test('installed offline from the tarball, it loads its bundled binary and talks to a relay', async () => {
    const project = path.join(tmp, 'bundled');
    installOffline(project, [packed.tgz]);
    const installed = path.join(project, 'node_modules', pkgJson.name);
    expect(fs.existsSync(path.join(installed, BINARY))).toBe(true);

    const r = await runSmoke(process.execPath, bed.nodes[0].relayUrl, { pkg: pkgJson.name, cwd: project });
    expect(r).toMatchObject({ ok: true, binding: path.join(fs.realpathSync(installed), 'index.js') });
    expect(r.checks).toEqual({ loaded: true, computeSoul: true, put: true, get: true, syncErrorCode: true, asyncErrorCode: true });
  }, 120000);

  test('the published layout (root package + napi-made platform package) installs offline and loads', async () => {
    // The root package as the release job publishes it: the tarball's
    // contents without the binary, optionalDependencies on every platform package.
    // (Copied from the checkout by the tarball's file list rather than
    // unpacked: the binary is the bulk of the tarball, and a debug build is
    // over 100 MB.)
    const rootDir = path.join(tmp, 'stage');
    for (const f of packed.files.filter((x) => x !== BINARY)) {
      fs.mkdirSync(path.dirname(path.join(rootDir, f)), { recursive: true });
      fs.copyFileSync(path.join(ROOT, f), path.join(rootDir, f));
    }

    // napi create-npm-dirs + napi artifacts, as in the workflow.
    fs.mkdirSync(path.join(rootDir, 'artifacts', `bindings-${PLATFORM}`), { recursive: true });
    fs.copyFileSync(path.join(ROOT, BINARY), path.join(rootDir, 'artifacts', `bindings-${PLATFORM}`, BINARY));
    run(process.execPath, [NAPI_CLI, 'create-npm-dirs'], { cwd: rootDir });
    // `napi artifacts` wants every target's binary (as it should in the
    // release job); here there is one, so it runs with this target alone.
    const stagedJson = fs.readFileSync(path.join(rootDir, 'package.json'), 'utf8');
    const narrowed = JSON.parse(stagedJson);
    narrowed.napi.targets = [TRIPLES[PLATFORM]];
    fs.writeFileSync(path.join(rootDir, 'package.json'), JSON.stringify(narrowed, null, 2));
    run(process.execPath, [NAPI_CLI, 'artifacts', '--output-dir', 'artifacts', '--npm-dir', 'npm'], { cwd: rootDir });
    fs.writeFileSync(path.join(rootDir, 'package.json'), stagedJson);
    // napi artifacts also copies each binary into the package root, where
    // `files` ("*.node") would publish all of them in the root package too:
    // the release job deletes them, and so does this.
    expect(fs.existsSync(path.join(rootDir, BINARY))).toBe(true);
    fs.rmSync(path.join(rootDir, BINARY));
    const platformDir = path.join(rootDir, 'npm', PLATFORM);
    const platformPkg = JSON.parse(fs.readFileSync(path.join(platformDir, 'package.json'), 'utf8'));
    expect(platformPkg.name).toBe(`${pkgJson.name}-${PLATFORM}`);
    expect(platformPkg.main).toBe(BINARY);
    expect(fs.existsSync(path.join(platformDir, BINARY))).toBe(true);

    // What `napi prepublish` writes: one optional dependency per target.
    const dirs = fs.readdirSync(path.join(rootDir, 'npm'));
    expect(dirs).toHaveLength(pkgJson.napi.targets.length);
    const rootPkg = JSON.parse(fs.readFileSync(path.join(rootDir, 'package.json'), 'utf8'));
    rootPkg.optionalDependencies = Object.fromEntries(dirs.map((d) => [`${pkgJson.name}-${d}`, pkgJson.version]));
    fs.writeFileSync(path.join(rootDir, 'package.json'), JSON.stringify(rootPkg, null, 2));
    fs.rmSync(path.join(rootDir, 'artifacts'), { recursive: true });

    const platformTgz = npmPack(platformDir, path.join(tmp, 'dist'));
    expect(platformTgz.files).toEqual(expect.arrayContaining(['package.json', BINARY]));
    fs.rmSync(path.join(rootDir, 'npm'), { recursive: true });
    const rootTgz = npmPack(rootDir, path.join(tmp, 'dist'));
    expect(rootTgz.files).not.toContain(BINARY);

    const project = path.join(tmp, 'published');
    installOffline(project, [rootTgz.tgz, platformTgz.tgz]);
    const installed = path.join(project, 'node_modules', pkgJson.name);
    expect(fs.existsSync(path.join(installed, BINARY))).toBe(false);
    expect(fs.existsSync(path.join(project, 'node_modules', platformPkg.name, BINARY))).toBe(true);

    const r = await runSmoke(process.execPath, bed.nodes[0].relayUrl, { pkg: pkgJson.name, cwd: project });
    expect(r).toMatchObject({ ok: true });
    expect(r.checks).toEqual({ loaded: true, computeSoul: true, put: true, get: true, syncErrorCode: true, asyncErrorCode: true });
  }, 120000);
});
