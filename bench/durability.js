#!/usr/bin/env node
'use strict';
/**
 * Durability study: how many records a real GUN relay (testbed/gun-relay.js,
 * radisk storage, production put delay 100 ms and missing-soul wait 3 s) still
 * serves whole after they were written through its HTTP API, by write shape
 * and puts in flight. Every configuration gets a relay of its own and they all
 * run at the same time:
 *   - nested: one put per record, `meta` inside it (GUN makes it the node
 *     `<soul>/meta` and links it);
 *   - flat: `<soul>/meta` first, then `<soul>` with `meta: {"#": "<soul>/meta"}`;
 *   - batched: `--per` records a put, each record and its meta as child nodes
 *     that name their own souls (the shape the throughput benchmark seeds with);
 * at 1, 2 and 16 puts in flight. Then, for every record: whole on the first
 * GET right after the writes, 60 s after them, 10 minutes after them, and
 * after a restart of the relay on the same data dir. "Whole" means the record
 * node reads back with the `data` and `oip` written and a `meta` link, and
 * `<soul>/meta` reads back with the fields written. Before the restart the
 * radisk files themselves are read (the directory file and every data file),
 * to tell "never reached the disk" from "on disk but not where radisk looks".
 *
 *   node bench/durability.js [--records 1000] [--late-s 600] [--per 50]
 *        [--configs nested-1,flat-16,...] [--sample NAME] [--out bench/results] [--smoke]
 * writes <out>/durability.json (<out>/durability-NAME.json for a further
 * sample beside the first, e.g. `--sample width`); with GUN_RELAY_JSON_PARSE=sync in the
 * environment (relays that read radisk files with JSON.parse, see
 * testbed/gun-relay.js) <out>/durability-sync-parse.json.
 */

const fs = require('fs');
const path = require('path');
const { startNodes } = require('../testbed/launcher');
const bed = require('./lib/bed');
const { parseArgs, startBenchmark, runIfMain } = require('./lib/benchmark');

const ESC = String.fromCharCode(27); // radisk's separator of soul and field
const DIR_FILE = '%1C'; // radisk's list of its data files (String.fromCharCode(28), escaped)
const PUT_TIMEOUT_MS = 10000; // a put unanswered this long counts as unanswered (the addon gives up after 1.5 s)
const READ_CONCURRENCY = 16;
const READ_ATTEMPTS = 3;
const READ_GAP_MS = 250;

/** The value after `name` in argv and argv without the two, for options parseArgs does not know (lists, names). */
function takeOption(argv, name) {
  const i = argv.indexOf(name);
  return i >= 0 ? [argv[i + 1], [...argv.slice(0, i), ...argv.slice(i + 2)]] : [null, argv];
}

function options(argv) {
  const [list, rest] = takeOption(argv, '--configs');
  const [sample, others] = takeOption(rest, '--sample');
  const configs = list ? list.split(',').map((s) => s.trim()).filter(Boolean) : null;
  const o = parseArgs(others, { records: 1000, earlyS: 60, lateS: 600, per: 50, configs, sample }, {
    '--records': 'records', '--late-s': 'lateS', '--per': 'per',
  });
  if (o.smoke) Object.assign(o, { records: 20, earlyS: 2, lateS: 4, per: 10 });
  return o;
}

const DEFAULT_CONFIGS = ['nested-1', 'nested-2', 'nested-16', 'flat-1', 'flat-2', 'flat-16', 'batched-1'];

function parseConfig(name) {
  const m = /^(nested|flat|batched)-(\d+)$/.exec(name);
  if (!m) throw new Error(`bad configuration ${name}: want nested-N, flat-N or batched-N`);
  return { name, shape: m[1], inflight: Number(m[2]) };
}

/** The puts that write `records` in `shape`: [[{soul, data}, ...] per unit of work]; a unit's puts go in order. */
function putsFor(shape, records, per) {
  if (shape === 'nested') return records.map((r) => [{ soul: r.soul, data: bed.storedNode(r) }]);
  if (shape === 'flat') {
    return records.map((r) => {
      const { meta, ...rest } = bed.storedNode(r);
      return [
        { soul: `${r.soul}/meta`, data: meta },
        { soul: r.soul, data: { ...rest, meta: { '#': `${r.soul}/meta` } } },
      ];
    });
  }
  const units = [];
  for (let i = 0; i < records.length; i += per) {
    const data = {};
    for (const r of records.slice(i, i + per)) {
      const node = bed.storedNode(r);
      data[r.localId] = { _: { '#': r.soul }, data: node.data, oip: node.oip, meta: { _: { '#': `${r.soul}/meta` }, ...node.meta } };
    }
    units.push([{ soul: `durability:batch:${i / per}`, data }]);
  }
  return units;
}

/** Writes the units with `inflight` puts at a time; counts answered / failed / unanswered puts. */
async function writeAll(relayUrl, units, inflight) {
  const stats = { puts: 0, ok: 0, errors: 0, unanswered: 0, latencyMs: [] };
  const started = Date.now();
  await bed.pool(units, inflight, async (unit) => {
    for (const p of unit) {
      stats.puts++;
      const t = Date.now();
      try {
        const res = await bed.relayPut(relayUrl, p.soul, p.data, PUT_TIMEOUT_MS);
        if (res.status === 200) {
          stats.ok++;
          stats.latencyMs.push(Date.now() - t);
        } else stats.errors++;
      } catch (e) {
        // no answer in time: what GUN's missing ack looks like; anything else (a reset) is an error
        if (/no answer in/.test(e.message)) stats.unanswered++;
        else {
          stats.errors++;
          stats.errorSample = stats.errorSample || e.message;
        }
      }
    }
  });
  stats.wallMs = Date.now() - started;
  const sorted = stats.latencyMs.sort((a, b) => a - b);
  stats.latencyMs = sorted.length ? { median: sorted[sorted.length >> 1], p90: sorted[Math.floor(sorted.length * 0.9)], max: sorted[sorted.length - 1] } : null;
  return stats;
}

/** Every record read up to READ_ATTEMPTS times, READ_GAP_MS apart, until whole (bed.checkWhole). */
const check = (relayUrl, records) => bed.checkWhole(relayUrl, records, { concurrency: READ_CONCURRENCY, attempts: READ_ATTEMPTS, gapMs: READ_GAP_MS });

/**
 * What radisk has on disk: the data files its directory file lists, the files
 * that exist, and for every record whether all its fields are there with the
 * values written, in listed files ('intact'), only partly or garbled
 * ('damaged': a field missing, or its value not what was written), in a file
 * the directory does not list ('unlisted'), or not at all ('absent').
 */
function diskCensus(dataDir, records) {
  const Radix = require('gun/lib/radix');
  const files = fs.readdirSync(dataDir).filter((f) => !f.endsWith('.tmp'));
  const keysOf = (file) => {
    const keys = new Map();
    let text;
    try {
      text = fs.readFileSync(path.join(dataDir, file), 'utf8');
    } catch (_) {
      return keys;
    }
    const tree = Radix();
    try {
      tree.$ = JSON.parse(text);
    } catch (_) {
      return keys; // an old-format or half-written file: counted as holding nothing
    }
    Radix.map(tree, (val, key) => {
      keys.set(key, val);
    });
    return keys;
  };
  const listed = new Set();
  for (const k of keysOf(DIR_FILE).keys()) listed.add(encodeURIComponent(k).replace(/\*/g, '%2A'));
  const inListed = new Map();
  const inUnlisted = new Map();
  let bytes = 0;
  for (const f of files) {
    if (f === DIR_FILE) continue;
    bytes += fs.statSync(path.join(dataDir, f)).size;
    const target = listed.has(f) ? inListed : inUnlisted;
    for (const [k, v] of keysOf(f)) target.set(k, v);
  }
  const census = { files: files.length - (files.includes(DIR_FILE) ? 1 : 0), listedFiles: listed.size, bytes, records: { intact: 0, damaged: 0, unlisted: 0, absent: 0 } };
  for (const r of records) {
    const { meta, ...rest } = bed.storedNode(r);
    const want = [
      ...Object.entries({ ...rest, meta: { '#': `${r.soul}/meta` } }).map(([f, v]) => [`${r.soul}${ESC}${f}`, v]),
      ...Object.entries(meta).map(([f, v]) => [`${r.soul}/meta${ESC}${f}`, v]),
    ];
    // radisk stores a field as {":": value, ">": state}
    const ok = (stored, v) => stored && typeof stored === 'object' && JSON.stringify(stored[':']) === JSON.stringify(v);
    if (want.every(([k, v]) => ok(inListed.get(k), v))) census.records.intact++;
    else if (want.some(([k]) => inListed.has(k))) census.records.damaged++;
    else if (want.some(([k]) => inUnlisted.has(k))) census.records.unlisted++;
    else census.records.absent++;
  }
  return census;
}

// Test beds still running, stopped on SIGINT / SIGTERM too (their data dirs with them).
const running = new Set();

async function runConfig(config, o, log, seed) {
  const records = bed.makeRecords(o.records, { recordType: 'post', prefix: `dur-${config.name}` });
  const testbed = await startNodes(1, { putDelayMs: 100, missingWaitMs: 3000, seed });
  running.add(testbed);
  const node = testbed.nodes[0];
  const result = { ...config, records: o.records };
  try {
    log(`${config.name}: writing ${o.records} records`);
    result.writes = await writeAll(node.relayUrl, putsFor(config.shape, records, o.per), config.inflight);
    const writesEnd = Date.now();
    log(`${config.name}: writes ${JSON.stringify(result.writes)}`);
    result.checks = {};
    result.checks.first = await check(node.relayUrl, records);
    log(`${config.name}: first read ${JSON.stringify(result.checks.first)}`);
    for (const [name, afterMs] of [['after60s', o.earlyS * 1000], ['late', o.lateS * 1000]]) {
      const wait = writesEnd + afterMs - Date.now();
      if (wait > 0) await bed.sleep(wait);
      result.checks[name] = { ...(await check(node.relayUrl, records)), afterWritesS: Math.round((Date.now() - writesEnd) / 1000) };
      log(`${config.name}: ${name} ${JSON.stringify(result.checks[name])}`);
    }
    await testbed.restartRelay(0);
    // after the restart, as radisk left it on disk (the relay process is gone, its files are final)
    result.disk = diskCensus(node.dataDir, records);
    log(`${config.name}: disk ${JSON.stringify(result.disk)}`);
    result.checks.restart = await check(node.relayUrl, records);
    log(`${config.name}: after restart ${JSON.stringify(result.checks.restart)}`);
  } finally {
    await testbed.stop();
    running.delete(testbed);
  }
  return result;
}

async function main() {
  const o = options(process.argv.slice(2));
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, () => Promise.all([...running].map((t) => t.stop())).finally(() => process.exit(1)));
  }
  // a run against relays with the synchronous parser is kept apart from the production-like one
  const parser = process.env.GUN_RELAY_JSON_PARSE || 'yielding';
  const base = parser === 'sync' ? 'durability-sync-parse' : 'durability';
  const { log, result, finish } = startBenchmark(o.sample ? `${base}-${o.sample}` : base, o);
  const args = process.argv.slice(2).filter((a, i, all) => a !== '--out' && all[i - 1] !== '--out');
  result.command = `${parser === 'sync' ? 'GUN_RELAY_JSON_PARSE=sync ' : ''}node bench/durability.js${args.length ? ` ${args.join(' ')}` : ''}`;
  const configs = (o.configs || DEFAULT_CONFIGS).map(parseConfig);
  result.settings = {
    records: o.records, earlyS: o.earlyS, lateS: o.lateS, per: o.per, putDelayMs: 100, missingWaitMs: 3000, putTimeoutMs: PUT_TIMEOUT_MS,
    readConcurrency: READ_CONCURRENCY, readAttempts: READ_ATTEMPTS, readGapMs: READ_GAP_MS, gun: require('gun/package.json').version,
    // the relays inherit it (see testbed/gun-relay.js)
    relayJsonParse: parser,
  };
  result.configs = await Promise.all(configs.map((c, i) => runConfig(c, o, log, 11 + i).catch((e) => ({ ...c, error: String(e && e.stack || e) }))));
  finish();
}

// No Elasticsearch here.
runIfMain(module, main, { elasticsearch: false });
