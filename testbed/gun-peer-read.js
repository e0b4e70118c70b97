#!/usr/bin/env node
'use strict';
/**
 * Reads nodes from a relay as another GUN peer does: the real `gun` package
 * in this process, peered with the relay's websocket endpoint, no storage of
 * its own. For each soul it prints the node GUN hands over (links left as
 * links) and the node reached through each of its links, as one JSON line:
 *
 *   node testbed/gun-peer-read.js [--want f1,f2] http://127.0.0.1:P soul [soul...]
 *     -> {"<soul>": {"node": {...}, "linked": {"<field>": {...}}}, ...}
 *
 * A node is read again (250 ms apart, for up to 5 s) until it holds the
 * --want fields (default: any field), as fresh nodes first come partial. A
 * soul GUN does not hand over in that time reads as what it last had, or null. GUN keeps
 * timers and sockets it cannot close, so the script exits when done.
 */

const args = process.argv.slice(2);
const want = args[0] === '--want' ? (args.shift(), args.shift().split(',')) : [];
const [relayUrl, ...souls] = args;
if (!relayUrl || souls.length === 0) {
  process.stderr.write('usage: gun-peer-read.js RELAY_URL SOUL...\n');
  process.exit(2);
}

// GUN's own chatter goes to stderr: stdout holds the one JSON line.
console.log = (...a) => process.stderr.write(`${a.join(' ')}\n`);
const Gun = require('gun');

const gun = Gun({ peers: [`${relayUrl}/gun`], localStorage: false, radisk: false, file: false, multicast: false, axe: false, stats: false });

const withoutMeta = (node) => {
  if (!node || typeof node !== 'object') return node === undefined ? null : node;
  const out = {};
  for (const [k, v] of Object.entries(node)) if (k !== '_') out[k] = v;
  return out;
};

/** The node at `chain` once GUN hands one over with the fields wanted, else what it last had. */
function read(chain, fields, tries = 20) {
  return new Promise((resolve) => {
    let n = 0;
    const attempt = () => {
      chain.once((node) => {
        const clean = withoutMeta(node);
        const whole = clean && Object.keys(clean).length > 0 && fields.every((f) => f in clean);
        if (whole || ++n >= tries) return resolve(clean);
        setTimeout(attempt, 250);
      });
    };
    attempt();
  });
}

(async () => {
  const out = {};
  for (const soul of souls) {
    const node = await read(gun.get(soul), want);
    const linked = {};
    for (const [field, v] of Object.entries(node || {})) {
      if (v && typeof v === 'object' && typeof v['#'] === 'string') linked[field] = await read(gun.get(soul).get(field), []);
    }
    out[soul] = { node, linked };
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
  process.exit(0);
})();
