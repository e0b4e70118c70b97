#!/usr/bin/env node
'use strict';
/**
 * The defect behind the durability study's losses, without a relay: radisk
 * keeps a file as a radix tree of `<soul>\x1b<field>` keys with values
 * {":": value, ">": state}, writes it as JSON.stringify of that tree and reads
 * it back with JSON.parseAsync, which gun/lib/yson.js sets to a parser that
 * yields every 32 KiB. This builds the tree radisk holds for N records of the
 * study (each record node and its `/meta` node), writes it as radisk does,
 * and reads it back once with the yielding parser and once with JSON.parse:
 * fields whose value did not survive, and where; for N = 200, 500, 1000
 * (about one full radisk file) and 2000.
 *
 *   node bench/radisk-parse.js [--out bench/results] [--smoke]
 * writes <out>/radisk-parse.json.
 */

const bed = require('./lib/bed');
const { parseArgs, startBenchmark, runIfMain } = require('./lib/benchmark');

const ESC = String.fromCharCode(27);

function parseWith(parse, text) {
  return new Promise((resolve, reject) => parse(text, (err, tree) => (err ? reject(err) : resolve(tree))));
}

/** Every field's value as the tree holds it: Map key -> value (undefined when the ':' is gone). */
function fieldsOf(Radix, tree) {
  const r = Radix();
  r.$ = tree;
  const out = new Map();
  Radix.map(r, (val, key) => {
    out.set(key, val && typeof val === 'object' ? val[':'] : undefined);
  });
  return out;
}

/** One file of `records` records, parsed both ways. */
async function check(records, log) {
  const Radix = require('gun/lib/radix');
  const tree = Radix();
  const written = new Map();
  let state = 1700000000000;
  for (const r of bed.makeRecords(records, { recordType: 'post', prefix: 'dur-flat-2' })) {
    const { meta, ...rest } = bed.storedNode(r);
    const fields = [
      ...Object.entries({ ...rest, meta: { '#': `${r.soul}/meta` } }).map(([f, v]) => [`${r.soul}${ESC}${f}`, v]),
      ...Object.entries(meta).map(([f, v]) => [`${r.soul}/meta${ESC}${f}`, v]),
    ];
    for (const [key, value] of fields) {
      tree(key, { ':': value, '>': state++ });
      written.set(key, value);
    }
  }
  const text = JSON.stringify(tree.$);
  const count = async (name, parse) => {
    const back = fieldsOf(Radix, await parseWith(parse, text));
    const lost = [...written].filter(([k, v]) => JSON.stringify(back.get(k)) !== JSON.stringify(v));
    const stray = [...back.keys()].filter((k) => !written.has(k));
    const out = {
      fields: written.size,
      lost: lost.length,
      strayKeys: stray.length,
      recordsHit: new Set(lost.map(([k]) => k.split(ESC)[0].replace(/\/meta$/, ''))).size,
      examples: lost.slice(0, 3).map(([k]) => JSON.stringify(k)),
    };
    log(`${records} records, ${name}: ${JSON.stringify(out)}`);
    return out;
  };
  const result = { records, bytes: text.length };
  result.yielding = await count('JSON.parseAsync (gun/lib/yson.js)', JSON.parseAsync);
  result.sync = await count('JSON.parse', (t, cb) => {
    let v;
    try {
      v = JSON.parse(t);
    } catch (e) {
      return cb(e);
    }
    return cb(undefined, v);
  });
  return result;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const { log, result, finish } = startBenchmark('radisk-parse', o);
  require('gun/lib/yson');
  result.settings = { gun: require('gun/package.json').version, sliceChars: 32 * 1024 };
  result.files = [];
  for (const records of o.smoke ? [50] : [200, 500, 1000, 2000]) result.files.push(await check(records, log));
  finish();
}

// No Elasticsearch here.
runIfMain(module, main, { elasticsearch: false });

module.exports = { main };
