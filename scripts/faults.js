#!/usr/bin/env node
'use strict';
/**
 * The whole fault matrix with fresh seeds, then the Rust property tests for
 * a bounded number of cases, and FAULTS.md written from what ran.
 *
 *   npm run test:faults                 # fresh seeds, FAULTS_FULL=1
 *   node scripts/faults.js --seed 1234  # every test with seed 1234 (a replay)
 *   node scripts/faults.js --base 99    # the per-test seeds of an earlier run
 *   options: --fast (the npm test subset only), --no-rust, --proptest-cases N
 *            (default 3000), --fuzz-seconds N (each cargo fuzz target, default
 *            30; 0 skips them), --no-write (do not touch FAULTS.md)
 *
 * Each jest test of __test__/faults/ appends a row { fault, invariants,
 * result, seed } to a results file (FAULTS_RESULTS); each proptest target
 * adds one. The table goes to FAULTS.md. Exits non-zero when anything
 * failed. The build (debug addon)
 * must exist: `npx napi build --platform`.
 */

const { spawn } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { parseArgs } = require('util');
const { NO_NIGHTLY } = require('./fuzz');

const ROOT = path.join(__dirname, '..');
const BUDGET_MS = 14 * 60 * 1000;
const PROPTEST_TARGETS = [
  { target: 'proptest_relay', what: 'relay response parser: arbitrary status, headers and bodies; souls URL-encoded exactly' },
  { target: 'proptest_convert', what: 'record validation and conversion on arbitrary JSON' },
  { target: 'proptest_soul', what: 'soul and DID validation on arbitrary strings' },
];

function parseOptions(argv) {
  const text = { type: 'string' };
  const flag = { type: 'boolean' };
  const { values: v } = parseArgs({
    args: argv,
    options: { seed: text, base: text, fast: flag, 'no-rust': flag, 'proptest-cases': text, 'fuzz-seconds': text, 'no-write': flag },
  });
  const number = (s, otherwise) => (s === undefined ? otherwise : Number(s));
  return {
    seed: number(v.seed),
    base: number(v.base),
    fast: Boolean(v.fast),
    rust: !v['no-rust'],
    cases: number(v['proptest-cases'], 3000),
    fuzzSeconds: number(v['fuzz-seconds'], 30),
    write: !v['no-write'],
  };
}

function run(cmd, args, { env, timeoutMs }) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
    const timer = setTimeout(() => {
      process.stderr.write(`\n${cmd} ${args.join(' ')}: over its time budget, stopping it\n`);
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, ms: Date.now() - started });
    });
  });
}

const escape = (s) => String(s === undefined ? '' : s).replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(rows) {
  const lines = ['| fault | invariants checked | result | seed |', '|---|---|---|---|'];
  for (const r of rows) {
    const result = r.detail ? `${r.result}: ${r.detail}` : r.result;
    lines.push(`| ${escape(r.fault)} | ${escape(r.invariants)} | ${escape(result)} | ${escape(r.seed)} |`);
  }
  return lines.join('\n');
}

/** The cargo fuzz targets (scripts/fuzz.js), a row each; one row saying why when they cannot run. */
async function fuzzRows(seconds, leftMs) {
  const json = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'oip-fuzz-')), 'rows.jsonl');
  const r = await run(process.execPath, [path.join(__dirname, 'fuzz.js'), '--seconds', String(seconds), '--json', json], {
    env: process.env,
    timeoutMs: Math.max(60000, leftMs - 30000),
  });
  const rows = fs.existsSync(json) ? fs.readFileSync(json, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
  if (!rows.length) {
    const skipped = r.code === NO_NIGHTLY;
    return [{
      fault: 'cargo fuzz targets',
      invariants: 'relay answers, records, souls',
      result: skipped ? 'skipped' : 'FAIL',
      detail: skipped ? 'no nightly toolchain (the proptest rows above cover these)' : `scripts/fuzz.js exited ${r.code}`,
      seed: '',
    }];
  }
  return rows.map((x) => ({
    fault: `cargo fuzz ${x.target} (${x.seconds} s, ${x.runs === null ? '?' : x.runs} runs)`,
    invariants: x.what,
    result: x.result,
    detail: x.artifact ? `input kept at ${x.artifact}` : undefined,
    seed: 'libFuzzer; corpus in fuzz/corpus',
  }));
}

async function main() {
  const o = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const resultsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'oip-faults-')), 'results.jsonl');
  fs.writeFileSync(resultsFile, '');
  const base = o.base !== undefined ? o.base : crypto.randomBytes(4).readUInt32BE(0) >>> 1;
  const env = Object.assign({}, process.env, { FAULTS_RESULTS: resultsFile });
  if (!o.fast) env.FAULTS_FULL = '1';
  if (o.seed !== undefined) env.FAULT_SEED = String(o.seed);
  else env.FAULT_SEED_BASE = String(base);

  process.stdout.write(`fault matrix: ${o.fast ? 'fast subset' : 'full'}, ${o.seed !== undefined ? `seed ${o.seed}` : `fresh seeds (base ${base})`}\n`);
  const jest = await run(process.execPath, [path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), '--runInBand', path.join('__test__', 'faults')], {
    env,
    timeoutMs: BUDGET_MS - 3 * 60 * 1000,
  });

  const rows = fs.readFileSync(resultsFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  let rustOk = true;
  if (o.rust) {
    for (const t of PROPTEST_TARGETS) {
      const rngSeed = crypto.randomBytes(4).readUInt32BE(0);
      const left = BUDGET_MS - (Date.now() - started);
      const r = await run('cargo', ['test', '--test', t.target], {
        env: Object.assign({}, process.env, { PROPTEST_CASES: String(o.cases), PROPTEST_RNG_SEED: String(rngSeed) }),
        timeoutMs: Math.max(30000, left - 30000),
      });
      rustOk = rustOk && r.code === 0;
      rows.push({ fault: `proptest ${t.target} (${o.cases} cases, ${Math.round(r.ms / 1000)} s)`, invariants: t.what, result: r.code === 0 ? 'pass' : 'FAIL', seed: `PROPTEST_RNG_SEED=${rngSeed}` });
    }
    if (o.fuzzSeconds > 0) rows.push(...(await fuzzRows(o.fuzzSeconds, BUDGET_MS - (Date.now() - started))));
  }
  const failed = rows.filter((r) => r.result === 'FAIL');
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  const doc = `# Fault suite results

Generated by \`npm run test:faults\` (scripts/faults.js) on ${new Date().toISOString().slice(0, 10)}: ${o.fast ? 'the fast subset' : 'the whole matrix (FAULTS_FULL=1)'}
with ${o.seed !== undefined ? `seed ${o.seed} for every test` : `fresh seeds (base ${base}; \`node scripts/faults.js --base ${base}\` reruns them)`},
then the Rust property tests, in ${minutes} min. jest exited ${jest.code}${jest.signal ? ` (${jest.signal})` : ''}.

Replay one row: \`FAULT_SEED=<seed> FAULTS_FULL=1 npx jest __test__/faults -t '<test name>'\`;
a proptest row: \`PROPTEST_RNG_SEED=<n> PROPTEST_CASES=<cases> cargo test --test <target>\`.

The checker (testbed/checker.js) reads every node raw after faults heal and
a few clean cycles: **no-loss** (every acknowledged live record in every
node's Elasticsearch, with its content, and on its relay), **no-resurrection**
(no acknowledged tombstone's record in any Elasticsearch, relay or registry
index), **agreement** (same live records, same content, on all nodes),
**idempotence** (one more cycle changes nothing and costs at most types x peers
index reads, one tombstone-index read per node and ceil(K/1000)
Elasticsearch requests), **bounded-effort** (a failing record or deletion is
retried no faster than its backoff).

${failed.length} failed, ${rows.length - failed.length} passed.

${table(rows)}
`;
  if (o.write) fs.writeFileSync(path.join(ROOT, 'FAULTS.md'), doc);
  process.stdout.write(`\n${table(rows)}\n\n${failed.length} failed, ${rows.length} rows, ${minutes} min${o.write ? '; FAULTS.md written' : ''}\n`);
  process.exit(jest.code === 0 && rustOk && failed.length === 0 ? 0 : 1);
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`${e.stack || e}\n`);
    process.exit(2);
  });
}
