'use strict';
/**
 * Seeded fault schedules for the fault suite (__test__/faults/).
 *
 * Every random choice a fault test makes (which cycle a fault hits, how long
 * a relay stays down, which status an Elasticsearch burst answers, the
 * fraction of requests a rule hits and the rule's own PRNG seed) is drawn
 * from one mulberry32 stream seeded here, so a failing run is replayed
 * exactly (up to the scheduling noise of real processes) by its seed:
 *
 *   FAULT_SEED=123456 npx jest __test__/faults/sync-faults.test.js
 *
 *   seedFor(name, fallback)  -> the seed of one test: FAULT_SEED if set,
 *                               else FAULT_SEED_<NAME> (upper case, non-alnum
 *                               as _), else one derived from FAULT_SEED_BASE
 *                               and the name (fresh seeds per run), else
 *                               `fallback` (the fixed seed of the fast subset)
 *   freshSeed()              -> a new random 31-bit seed (scripts/faults.js)
 *   rng(seed)                -> a Rng: next() in [0, 1), int(lo, hi)
 *                               inclusive, pick(array), chance(p), shuffle(a)
 *   makeSchedule(seed, { cycles, kinds, perCycle = 1 })
 *       -> [{ cycle, kind, params }] one or more fault steps per cycle
 *          drawn from `kinds` (a list of { kind, weight?, params(rng) })
 *   describe(schedule)       -> one-line text, for failure messages
 *
 *   recordResult(row)        -> appends { fault, invariants, result, seed,
 *                               detail? } to $FAULTS_RESULTS (a JSON-lines
 *                               file) when that variable is set; the
 *                               scripts/faults.js run turns them into FAULTS.md.
 */

const fs = require('fs');
const { mulberry32 } = require('./faults');

function envName(name) {
  return `FAULT_SEED_${String(name).toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}

function parseSeed(v, what) {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new Error(`${what} must be an integer in 0..2^32-1, got ${JSON.stringify(v)}`);
  return n;
}

function seedFor(name, fallback) {
  if (process.env.FAULT_SEED !== undefined && process.env.FAULT_SEED !== '') return parseSeed(process.env.FAULT_SEED, 'FAULT_SEED');
  const own = process.env[envName(name)];
  if (own !== undefined && own !== '') return parseSeed(own, envName(name));
  // A run with fresh seeds (scripts/faults.js): one seed per test, derived
  // from the run's base seed and the test's name, printed with its result.
  const base = process.env.FAULT_SEED_BASE;
  if (base !== undefined && base !== '') {
    const h = require('crypto').createHash('sha256').update(`${parseSeed(base, 'FAULT_SEED_BASE')}:${name}`).digest();
    return h.readUInt32BE(0) >>> 1;
  }
  return fallback;
}

function freshSeed() {
  return require('crypto').randomBytes(4).readUInt32BE(0) >>> 1;
}

function rng(seed) {
  const next = mulberry32(seed);
  const r = {
    seed,
    next,
    int(lo, hi) {
      return lo + Math.floor(next() * (hi - lo + 1));
    },
    pick(arr) {
      return arr[Math.floor(next() * arr.length)];
    },
    chance(p) {
      return next() < p;
    },
    shuffle(arr) {
      const a = arr.slice();
      for (let i = a.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [a[i], a[j]] = [a[j], a[i]];
      }
      return a;
    },
    /** A seed for something else (a fault rule's PRNG) drawn from this stream. */
    subSeed() {
      return Math.floor(next() * 0x7fffffff);
    },
  };
  return r;
}

function weightedPick(r, kinds) {
  const total = kinds.reduce((s, k) => s + (k.weight || 1), 0);
  let x = r.next() * total;
  for (const k of kinds) {
    x -= k.weight || 1;
    if (x < 0) return k;
  }
  return kinds[kinds.length - 1];
}

function makeSchedule(seed, { cycles, kinds, perCycle = 1 }) {
  if (!Array.isArray(kinds) || kinds.length === 0) throw new Error('makeSchedule: kinds must be a non-empty array');
  const r = rng(seed);
  const steps = [];
  for (let cycle = 0; cycle < cycles; cycle++) {
    for (let i = 0; i < perCycle; i++) {
      const k = weightedPick(r, kinds);
      steps.push({ cycle, kind: k.kind, params: k.params ? k.params(r) : {} });
    }
  }
  return steps;
}

function describe(schedule) {
  return schedule.map((s) => `c${s.cycle}:${s.kind}${Object.keys(s.params).length ? JSON.stringify(s.params) : ''}`).join(' ');
}

function recordResult(row) {
  const file = process.env.FAULTS_RESULTS;
  if (!file) return;
  fs.appendFileSync(file, `${JSON.stringify(Object.assign({ t: Date.now() }, row))}\n`);
}

module.exports = { seedFor, freshSeed, rng, makeSchedule, describe, recordResult, envName };
