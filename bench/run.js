#!/usr/bin/env node
'use strict';
/**
 * `npm run bench`: runs the four benchmarks one after the other (each in
 * processes of its own), then writes bench/RESULTS.md and the plots from
 * their JSON.
 *
 *   node bench/run.js [--only soak,throughput,callcost,repair] [--smoke] [--out dir] [--parallel]
 *
 * --smoke: seconds-long versions, written to bench/results/tmp/smoke (or
 * --out) with their own RESULTS.md there; the committed results are untouched.
 * --parallel: the benchmarks at the same time (only sensible for --smoke).
 *
 * The Elasticsearch is a real 7.17 node shared by all of them when Java and
 * Maven are here, else the stand-in (testbed/es-engine.js); each result
 * file says which.
 *
 * The addon binary is copied once before the runs and every worker loads
 * that copy (NAPI_RS_NATIVE_LIBRARY_PATH), so a rebuild of the working tree
 * while the benchmarks run cannot change what they measure.
 */

const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const { startSharedEngine } = require('../testbed/es-engine');

const ROOT = path.resolve(__dirname, '..');
const ALL = ['soak', 'throughput', 'callcost', 'repair'];

function parseArgs(argv) {
  const o = { only: ALL, smoke: false, out: null, parallel: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--smoke') o.smoke = true;
    else if (a === '--parallel') o.parallel = true;
    else if (a === '--out') o.out = path.resolve(argv[++i]);
    else if (a === '--only') o.only = argv[++i].split(',').map((s) => s.trim()).filter(Boolean);
    else throw new Error(`unknown option ${a}`);
  }
  for (const b of o.only) if (!ALL.includes(b)) throw new Error(`unknown benchmark ${b}`);
  if (!o.out) o.out = o.smoke ? path.join(__dirname, 'results', 'tmp', 'smoke') : path.join(__dirname, 'results');
  return o;
}

/** The addon binary the package loads on this platform, copied where a rebuild cannot touch it. */
function snapshotAddon(outDir) {
  if (process.env.NAPI_RS_NATIVE_LIBRARY_PATH) return process.env.NAPI_RS_NATIVE_LIBRARY_PATH;
  const candidates = fs.readdirSync(ROOT).filter((f) => f.startsWith('oip-gun-sync.') && f.endsWith('.node') &&
    f.includes(`${process.platform}-${process.arch}`));
  if (!candidates.length) throw new Error('no built addon (.node) in the package root: run `npm run build` first');
  const src = path.join(ROOT, candidates.sort((a, b) => fs.statSync(path.join(ROOT, b)).mtimeMs - fs.statSync(path.join(ROOT, a)).mtimeMs)[0]);
  const dir = path.join(outDir, 'tmp');
  fs.mkdirSync(dir, { recursive: true });
  const dst = path.join(dir, `addon-${process.pid}.node`);
  fs.copyFileSync(src, dst);
  return dst;
}

function run(script, args, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(__dirname, script), ...args], { stdio: 'inherit', env });
    child.on('close', (code, signal) => resolve({ script, code, signal }));
  });
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  fs.mkdirSync(o.out, { recursive: true });
  const addon = o.smoke ? null : snapshotAddon(o.out);
  const baseEnv = addon ? { ...process.env, NAPI_RS_NATIVE_LIBRARY_PATH: addon } : process.env;
  const args = ['--out', o.out, ...(o.smoke ? ['--smoke'] : [])];
  const started = Date.now();
  // One Elasticsearch for every benchmark (they inherit TESTBED_ES_URL): real when Java and Maven are here.
  const engine = await startSharedEngine();
  console.log(`bench: Elasticsearch engine: ${engine.line}`);
  const env = { ...baseEnv, ...(process.env.TESTBED_ES_URL ? { TESTBED_ES_URL: process.env.TESTBED_ES_URL } : {}) };
  let results;
  try {
    if (o.parallel) {
      results = await Promise.all(o.only.map((b) => run(`${b}.js`, args, env)));
    } else {
      results = [];
      for (const b of o.only) {
        console.log(`\n=== ${b} ===`);
        results.push(await run(`${b}.js`, args, env));
      }
    }
  } finally {
    await engine.stop();
    if (addon && !process.env.NAPI_RS_NATIVE_LIBRARY_PATH) fs.rmSync(addon, { force: true });
  }
  const md = o.smoke ? path.join(o.out, 'RESULTS.md') : path.join(__dirname, 'RESULTS.md');
  const report = await run('report.js', ['--results', o.out, '--md', md], env);
  const failed = [...results, report].filter((r) => r.code !== 0);
  console.log(`\nbench: ${results.length} benchmark(s) in ${((Date.now() - started) / 1000).toFixed(0)} s; results in ${path.relative(process.cwd(), o.out) || '.'}`);
  for (const f of failed) console.error(`bench: ${f.script} failed (code ${f.code}, signal ${f.signal})`);
  process.exit(failed.length ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
