'use strict';
// The GitHub Actions workflow cannot run here, so its shape is checked by
// reading it: valid YAML, a build for every napi target (with the right cross
// tool), every Linux binary tested in the Node 18/20/22 images on a runner of
// its architecture, a tag-triggered publish with npm provenance, and every
// action pinned to a version.

const fs = require('fs');
const path = require('path');
const YAML = require('yaml');

const ROOT = path.join(__dirname, '..');
const WORKFLOWS = path.join(ROOT, '.github', 'workflows');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function load(file) {
  const doc = YAML.parseDocument(fs.readFileSync(path.join(WORKFLOWS, file), 'utf8'));
  return { errors: doc.errors, warnings: doc.warnings, wf: doc.toJS() };
}

const files = fs.readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));
const { wf: ci } = load('ci.yml');
const steps = (job) => ci.jobs[job].steps;
const usesOf = (job) => steps(job).map((s) => s.uses).filter(Boolean);
const runs = (job) => steps(job).map((s) => s.run || '').join('\n');

test('every workflow is valid YAML with jobs', () => {
  expect(files).toContain('ci.yml');
  for (const f of files) {
    const { errors, warnings, wf } = load(f);
    expect({ f, errors: errors.map(String), warnings: warnings.map(String) }).toEqual({ f, errors: [], warnings: [] });
    expect(Object.keys(wf.jobs || {}).length).toBeGreaterThan(0);
  }
});

test('every action is pinned to a version tag or a commit, never a branch', () => {
  const pinned = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_./-]+@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/;
  for (const f of files) {
    const { wf } = load(f);
    for (const [name, job] of Object.entries(wf.jobs)) {
      const uses = [job.uses, ...(job.steps || []).map((s) => s.uses)].filter(Boolean);
      for (const u of uses) expect({ f, job: name, uses: u, pinned: pinned.test(u) }).toEqual({ f, job: name, uses: u, pinned: true });
    }
  }
});

test('triggers: pushes to main, pull requests and version tags', () => {
  expect(ci.on.push.branches).toContain('main');
  expect(ci.on.push.tags).toContain('v*');
  expect(ci.on).toHaveProperty('pull_request');
  expect(ci.permissions).toEqual({ contents: 'read' });
});

describe('build', () => {
  const settings = ci.jobs.build.strategy.matrix.settings;

  test('one build per napi target, and only those', () => {
    expect(pkg.napi.targets).toHaveLength(7);
    expect(settings.map((s) => s.target).sort()).toEqual([...pkg.napi.targets].sort());
  });

  test('each build names its target, with the cross tool its target needs', () => {
    for (const s of settings) {
      expect(s.host).toBeTruthy();
      expect(s.build).toContain(`--target ${s.target}`);
      if (s.target.endsWith('-linux-musl')) {
        expect(s.build).toMatch(/ (-x|--cross-compile)\b/);
        expect(s.zig).toBe(true);
      }
      if (s.target.endsWith('-linux-gnu')) {
        // Built natively on a runner of its architecture, with a glibc ceiling.
        expect(s.host).toMatch(s.target.startsWith('aarch64-') ? /^ubuntu-.*-arm$/ : /^ubuntu-[\d.]+$/);
        expect(s.max_glibc).toMatch(/^2\.\d+$/);
      }
      if (s.target.includes('apple-darwin')) expect(s.host).toMatch(/^macos-/);
      if (s.target.includes('windows')) expect(s.host).toMatch(/^windows-/);
    }
    expect(usesOf('build').some((u) => u.startsWith('mlugg/setup-zig@'))).toBe(true);
    expect(runs('build')).toContain('rustup target add ${{ matrix.settings.target }}');
    expect(runs('build')).toContain('npm ci --ignore-scripts');
    const setup = steps('build').find((s) => (s.uses || '').startsWith('actions/setup-node@'));
    expect(setup.with['node-version']).toBe(22);
  });

  test('Linux binaries are checked and every binary is uploaded as an artifact', () => {
    expect(runs('build')).toContain('scripts/check-binary.sh ${{ matrix.settings.target }}');
    const check = steps('build').find((s) => (s.run || '').includes('check-binary.sh'));
    expect(check.env.MAX_GLIBC).toContain('matrix.settings.max_glibc');
    expect(fs.existsSync(path.join(ROOT, 'scripts', 'check-binary.sh'))).toBe(true);
    const upload = steps('build').find((s) => (s.uses || '').startsWith('actions/upload-artifact@'));
    expect(upload.with).toMatchObject({ name: 'bindings-${{ matrix.settings.target }}', 'if-no-files-found': 'error' });
    expect(upload.with.path).toContain('.node');
  });
});

describe('tests of the built binaries', () => {
  const linux = ci.jobs['test-linux'];

  test('every Linux binary runs in node:18, 20 and 22 images of its libc, on a runner of its architecture', () => {
    expect(linux.needs).toBe('build');
    const combos = linux.strategy.matrix.settings;
    const linuxTargets = pkg.napi.targets.filter((t) => t.includes('-linux-'));
    for (const target of linuxTargets) {
      const images = combos.filter((c) => c.target === target).map((c) => c.image).sort();
      const flavor = target.endsWith('-musl') ? 'alpine' : 'slim';
      expect(images).toEqual([`node:18-${flavor}`, `node:20-${flavor}`, `node:22-${flavor}`]);
      for (const c of combos.filter((x) => x.target === target)) {
        if (target.startsWith('aarch64-')) expect(c.host).toMatch(/-arm$/);
        else expect(c.host).not.toMatch(/arm/);
      }
    }
    const images = combos.map((c) => c.image);
    expect(images).toEqual(expect.arrayContaining(['node:18-alpine', 'node:20-slim', 'node:22-slim']));
  });

  test('the Linux tests run the smoke script and the jest suite inside the image, on the downloaded binary', () => {
    const download = steps('test-linux').find((s) => (s.uses || '').startsWith('actions/download-artifact@'));
    expect(download.with.name).toBe('bindings-${{ matrix.settings.target }}');
    const run = runs('test-linux');
    expect(run).toContain('docker run');
    expect(run).toContain('${{ matrix.settings.image }}');
    expect(run).toContain('npm ci --ignore-scripts');
    expect(run).toContain('node scripts/smoke.js --relay');
    expect(run).toContain('npx jest');
  });

  test('macOS and Windows binaries run the smoke script under Node 18, 20 and 22', () => {
    const job = ci.jobs['test-macos-windows'];
    expect(job.strategy.matrix.node).toEqual(['18', '20', '22']);
    const targets = job.strategy.matrix.settings.map((s) => s.target).sort();
    expect(targets).toEqual(pkg.napi.targets.filter((t) => !t.includes('-linux-')).sort());
    expect(runs('test-macos-windows')).toContain('node scripts/smoke.js --relay');
  });
});

describe('publish', () => {
  const job = ci.jobs.publish;

  test('runs on a version tag only, after every test job', () => {
    expect(job.if).toContain("startsWith(github.ref, 'refs/tags/v')");
    expect(job.needs).toEqual(expect.arrayContaining(['test-linux', 'test-macos-windows']));
  });

  test('publishes the platform packages and the root package with provenance', () => {
    expect(job.permissions).toMatchObject({ 'id-token': 'write', contents: 'read' });
    expect(job.env.NPM_CONFIG_PROVENANCE).toBe('true');
    const run = runs('publish');
    expect(run).toContain('npx napi create-npm-dirs');
    expect(run).toContain('npx napi artifacts');
    expect(run).toContain('npx napi prepublish -t npm');
    expect(run).toMatch(/npm publish --provenance --access public/);
    // `prepare` would build a host binary into the root package.
    expect(run).toMatch(/npm publish [^\n]*--ignore-scripts/);
    // napi artifacts leaves copies in the root, and "*.node" is in files.
    expect(run).toContain('rm -f ${{ env.APP_NAME }}.*.node');
    expect(ci.env.APP_NAME).toBe(pkg.napi.binaryName);
    const setup = steps('publish').find((s) => (s.uses || '').startsWith('actions/setup-node@'));
    expect(setup.with['registry-url']).toBe('https://registry.npmjs.org');
  });
});
