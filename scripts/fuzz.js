#!/usr/bin/env node
'use strict';
/**
 * Runs the cargo fuzz targets in fuzz/ (libFuzzer, coverage-guided) for a
 * bounded time each.
 *
 *   node scripts/fuzz.js [--seconds 60] [--targets relay_response,record,soul] [--json FILE]
 *
 * Needs a nightly Rust toolchain (rustup's `nightly`); cargo-fuzz is
 * installed from crates.io into target/tools on first use. Without nightly it
 * says so and exits 3, and the proptest targets
 * (crates/core/tests/proptest_*.rs) are the fallback. A crash stops its target: libFuzzer's input is kept under
 * fuzz/artifacts/<target>/, and the script exits 1 naming it; fix it and add
 * the input to the target's regressions test in crates/core/tests/proptest_*.rs.
 * --json writes one row a target: { target, seconds, runs, result, artifact }.
 */

const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { parseArgs } = require('util');

const ROOT = path.join(__dirname, '..');
const FUZZ_DIR = path.join(ROOT, 'fuzz');
const TOOLS = path.join(ROOT, 'target', 'tools');
const TARGETS = {
  relay_response: "the relay client's reading of any status and body (GET /get, POST /put, GET /list)",
  record: "a peer record's JSON fields, validation and Elasticsearch document, on any JSON object",
  soul: 'soul and DID validation on any string, and the soul/DID round trip',
};
const NO_NIGHTLY = 3;

function parseOptions(argv) {
  const text = { type: 'string' };
  const { values: v } = parseArgs({ args: argv, options: { seconds: text, targets: text, json: text } });
  const o = {
    seconds: v.seconds === undefined ? 60 : Number(v.seconds),
    targets: v.targets === undefined ? Object.keys(TARGETS) : v.targets.split(',').filter(Boolean),
    json: v.json ?? null,
  };
  if (!(o.seconds > 0)) throw new Error('--seconds must be a positive number');
  for (const t of o.targets) if (!TARGETS[t]) throw new Error(`unknown target ${t} (known: ${Object.keys(TARGETS).join(', ')})`);
  return o;
}

const ok = (cmd, args, env) => spawnSync(cmd, args, { cwd: ROOT, env, stdio: 'ignore' }).status === 0;

/**
 * cargo-fuzz on PATH, else the copy in target/tools, installed there once.
 * fuzz/ is a workspace member, so the addon's release profile applies to it:
 * its LTO drops the sanitizer's coverage symbols (undefined __sancov_gen_ at
 * link time) and stripping hides crash stacks, so both are off for fuzzing.
 */
function cargoFuzzEnv() {
  const env = Object.assign({}, process.env, {
    PATH: `${path.join(TOOLS, 'bin')}${path.delimiter}${process.env.PATH}`,
    CARGO_PROFILE_RELEASE_LTO: 'false',
    CARGO_PROFILE_RELEASE_STRIP: 'none',
  });
  if (ok('cargo', ['fuzz', '--version'], env)) return env;
  process.stdout.write('installing cargo-fuzz into target/tools (once)\n');
  const r = spawnSync('cargo', ['install', 'cargo-fuzz', '--locked', '--root', TOOLS], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('cargo install cargo-fuzz failed');
  return env;
}

/** One target for `seconds`; libFuzzer's last "Done N runs" line gives the count. */
function fuzz(target, seconds, env) {
  return new Promise((resolve) => {
    const args = ['+nightly', 'fuzz', 'run', target, '--', `-max_total_time=${seconds}`, '-rss_limit_mb=2048', '-max_len=65536'];
    const child = spawn('cargo', args, { cwd: FUZZ_DIR, env, stdio: ['ignore', 'inherit', 'pipe'] });
    let tail = '';
    child.stderr.on('data', (d) => {
      process.stderr.write(d);
      tail = (tail + d.toString()).slice(-20000);
    });
    child.on('close', (code) => {
      const runs = (tail.match(/Done (\d+) runs/) || [])[1];
      const artifact = (tail.match(/Test unit written to (\S+)/) || [])[1];
      resolve({ target, seconds, runs: runs ? Number(runs) : null, result: code === 0 ? 'pass' : 'FAIL', artifact: artifact || null });
    });
  });
}

async function main() {
  const o = parseOptions(process.argv.slice(2));
  if (!ok('rustup', ['run', 'nightly', 'rustc', '--version'])) {
    process.stderr.write('cargo fuzz needs a nightly toolchain (rustup toolchain install nightly); the proptest targets are the fallback\n');
    process.exit(NO_NIGHTLY);
  }
  const env = cargoFuzzEnv();
  const rows = [];
  for (const t of o.targets) {
    process.stdout.write(`\nfuzz ${t} for ${o.seconds} s: ${TARGETS[t]}\n`);
    rows.push({ ...(await fuzz(t, o.seconds, env)), what: TARGETS[t] });
  }
  if (o.json) fs.writeFileSync(o.json, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  process.stdout.write('\n');
  for (const r of rows) process.stdout.write(`${r.target}: ${r.result}, ${r.runs === null ? '?' : r.runs} runs in ${r.seconds} s${r.artifact ? `, input kept at ${r.artifact}` : ''}\n`);
  process.exit(rows.every((r) => r.result === 'pass') ? 0 : 1);
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`${e.stack || e}\n`);
    process.exit(1);
  });
}

module.exports = { NO_NIGHTLY };
