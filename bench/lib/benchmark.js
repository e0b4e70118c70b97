'use strict';
/**
 * The frame each benchmark script (soak, throughput, callcost) shares: its
 * command line, its log, and its result file with the machine it ran on, how
 * busy that machine was and which Elasticsearch engine served it.
 */

const fs = require('fs');
const path = require('path');
const { machineInfo, loadSampler } = require('./machine');
const { esEngine, startSharedEngine } = require('../../testbed/es-engine');

/**
 * Parses `--smoke`, `--out DIR` (default bench/results) and the numeric
 * options `numbers` names ({ '--cycles': 'cycles' }) over `defaults`.
 */
function parseArgs(argv, defaults = {}, numbers = {}) {
  const o = { out: path.join(__dirname, '..', 'results'), smoke: false, ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--smoke') o.smoke = true;
    else if (a === '--out') o.out = argv[++i];
    else if (Object.hasOwn(numbers, a)) o[numbers[a]] = Number(argv[++i]);
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

/**
 * Starts benchmark `name` (bench/<name>.js) with options `o`: `log` prefixes
 * its lines with the name; `result` is what finish() writes to <o.out>/<name>.json,
 * with the load average sampled from now until then and the wall time.
 */
function startBenchmark(name, o) {
  const log = (s) => console.log(`[${name}] ${s}`);
  fs.mkdirSync(o.out, { recursive: true });
  const load = loadSampler();
  const started = Date.now();
  const result = { benchmark: name, machine: machineInfo(), elasticsearch: esEngine().engine, command: `node bench/${name}.js${o.smoke ? ' --smoke' : ''}` };
  const finish = () => {
    result.load = load.stop();
    result.wallMs = Date.now() - started;
    const file = path.join(o.out, `${name}.json`);
    fs.writeFileSync(file, `${JSON.stringify(result)}\n`);
    log(`wrote ${file} in ${(result.wallMs / 1000).toFixed(0)} s`);
  };
  return { log, result, finish };
}

/**
 * Runs main() when `mod` is the script node was started with, on the run's
 * Elasticsearch (a real node started here unless one is shared already, see
 * testbed/es-engine.js), or with `{ elasticsearch: false }` without one;
 * exits 0, or 1 after printing the error.
 */
function runIfMain(mod, main, { elasticsearch = true } = {}) {
  if (require.main !== mod) return;
  const run = async () => {
    if (!elasticsearch) return main();
    const engine = await startSharedEngine();
    console.log(`Elasticsearch engine: ${engine.line}`);
    try {
      return await main();
    } finally {
      await engine.stop();
    }
  };
  run().then(() => process.exit(0), (e) => {
    console.error(e);
    process.exit(1);
  });
}

module.exports = { parseArgs, startBenchmark, runIfMain };
