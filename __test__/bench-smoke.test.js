'use strict';
// Smoke version of `npm run bench`: the four benchmarks with tiny sizes, run
// in parallel into a temporary directory, then the report. Asserts only that
// each ran and wrote its results (numbers are not judged here).

const fs = require('fs');
const os = require('os');
const path = require('path');
const { runNode } = require('../testbed/child');

const ROOT = path.resolve(__dirname, '..');
let out;

beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'oip-bench-smoke-'));
});

afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

test('bench --smoke runs the soak, throughput, call-cost and repair benchmarks and writes their results', async () => {
  const res = await runNode(path.join(ROOT, 'bench', 'run.js'), ['--smoke', '--parallel', '--out', out], { cwd: ROOT, timeoutMs: 110000 });
  if (res.code !== 0) console.error(`stdout:\n${res.stdout.slice(-20000)}\nstderr:\n${res.stderr.slice(-20000)}`);
  expect(res.code).toBe(0);
  for (const f of ['soak.json', 'throughput.json', 'callcost.json', 'repair.json', 'RESULTS.md', 'soak-rss.png', 'soak-external.png', 'throughput.png']) {
    expect(fs.existsSync(path.join(out, f))).toBe(true);
  }
  const soak = JSON.parse(fs.readFileSync(path.join(out, 'soak.json'), 'utf8'));
  expect(soak.runs.addon.cycles.length).toBeGreaterThan(0);
  expect(soak.runs.baseline.cycles.length).toBeGreaterThan(0);
  const tp = JSON.parse(fs.readFileSync(path.join(out, 'throughput.json'), 'utf8'));
  expect(tp.figures).toBeDefined();
  const cc = JSON.parse(fs.readFileSync(path.join(out, 'callcost.json'), 'utf8'));
  expect(Object.keys(cc.runs)).toEqual(['addon', 'baseline']);
  const rep = JSON.parse(fs.readFileSync(path.join(out, 'repair.json'), 'utf8'));
  expect(Object.keys(rep.variants)).toEqual(['gun', 'json-parse']);
  for (const v of Object.values(rep.variants)) expect(v.repair.passes.every((p) => p.complete)).toBe(true);
  expect(fs.readFileSync(path.join(out, 'RESULTS.md'), 'utf8')).toMatch(/## 6\. Repair/);
  const png = fs.readFileSync(path.join(out, 'soak-rss.png'));
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
}, 115000);

test('the durability study, its parse check, the first-cycle and the index-heap benchmarks run in their smoke versions', async () => {
  const runs = await Promise.all([
    runNode(path.join(ROOT, 'bench', 'durability.js'), ['--smoke', '--configs', 'nested-2,flat-2,batched-1', '--out', out], { cwd: ROOT, timeoutMs: 55000 }),
    runNode(path.join(ROOT, 'bench', 'radisk-parse.js'), ['--smoke', '--out', out], { cwd: ROOT, timeoutMs: 55000 }),
    runNode(path.join(ROOT, 'bench', 'first-cycle.js'), ['--smoke', '--out', out], { cwd: ROOT, timeoutMs: 55000 }),
    runNode(path.join(ROOT, 'bench', 'index-heap.js'), ['--smoke', '--out', out], { cwd: ROOT, timeoutMs: 55000 }),
  ]);
  for (const res of runs) {
    if (res.code !== 0) console.error(`stdout:\n${res.stdout.slice(-10000)}\nstderr:\n${res.stderr.slice(-10000)}`);
    expect(res.code).toBe(0);
  }
  const dur = JSON.parse(fs.readFileSync(path.join(out, 'durability.json'), 'utf8'));
  expect(dur.configs.map((c) => [c.name, c.error, Object.keys(c.checks || {})])).toEqual(
    ['nested-2', 'flat-2', 'batched-1'].map((name) => [name, undefined, ['first', 'after60s', 'late', 'restart']]),
  );
  const parse = JSON.parse(fs.readFileSync(path.join(out, 'radisk-parse.json'), 'utf8'));
  expect(parse.files[0].sync.lost).toBe(0); // JSON.parse reads back what was written
  const fc = JSON.parse(fs.readFileSync(path.join(out, 'first-cycle.json'), 'utf8'));
  expect(Object.keys(fc.summary)).toEqual(['fresh', 'restart', 'baseline']);
  const ih = JSON.parse(fs.readFileSync(path.join(out, 'index-heap.json'), 'utf8'));
  expect(ih.variants.map((v) => [v.shape, v.putsAnswered200 === v.indexPuts, v.reads.length])).toEqual([['nested', true, 2], ['flat', true, 2]]);
  // the report takes them in
  const md = path.join(out, 'RESULTS-extra.md');
  const rep = await runNode(path.join(ROOT, 'bench', 'report.js'), ['--results', out, '--md', md], { cwd: ROOT, timeoutMs: 30000 });
  expect(rep.code).toBe(0);
  const text = fs.readFileSync(md, 'utf8');
  expect(text).toMatch(/## 4\. Durability/);
  expect(text).toMatch(/## 5\. The first cycle/);
  expect(text).toMatch(/## 7\. A type index written nested or flat/);
}, 58000);
