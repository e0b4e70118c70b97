'use strict';
/**
 * A JSON reader that keeps what JSON.parse throws away and Elasticsearch
 * depends on: the line:column of every value (ES prefixes parse errors with
 * "[line:col]"), whether a number was written as an integer or with a
 * fraction/exponent (1 maps to long, 1.0 to float), duplicate keys (ES's
 * parser rejects them) and Jackson-like error messages.
 *
 * parse(text, { v8 }) -> node, or throws JsonError { message, line, col }
 * node: { t: 'obj', props: [{ key, val, line, col }] } | { t: 'arr', items }
 *     | { t: 'str', v } | { t: 'num', v, raw, int } | { t: 'bool', v } | { t: 'null' }
 *     each with line, col (1-based, the token's first character); objects also
 *     carry end: { line, col } of their closing brace.
 * plain(node) -> ordinary JS value (numbers as JS numbers).
 */

class JsonError extends Error {
  constructor(message, line, col) {
    super(message);
    this.line = line;
    this.col = col;
  }
}

function describe(ch) {
  if (ch === undefined) return null;
  const code = ch.codePointAt(0);
  const shown = code < 32 ? `CTRL-CHAR, code ${code}` : `'${ch}' (code ${code})`;
  return code < 32 ? `(${shown})` : `(${shown})`;
}

function parse(text, opts = {}) {
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const src = text;
  const where = (pos) => ({ line, col: pos - lineStart + 1 });
  const locSuffix = (l, c) =>
    opts.v8 === false
      ? `\n at [Source: (byte[])"${src.length > 500 ? src.slice(0, 500) + '"[truncated ' + (src.length - 500) + ' bytes]' : src + '"'}; line: ${l}, column: ${c}]`
      : `\n at [Source: REDACTED (\`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION\` disabled); line: ${l}, column: ${c}]`;
  const fail = (msg, pos = i) => {
    const { line: l, col: c } = where(pos);
    // Jackson reports the column just past the offending character.
    throw new JsonError(msg + locSuffix(l, c + 1), l, c);
  };

  function ws() {
    while (i < src.length) {
      const c = src[i];
      if (c === '\n') {
        i++;
        line++;
        lineStart = i;
      } else if (c === ' ' || c === '\t' || c === '\r') i++;
      else break;
    }
  }

  function value(ctx) {
    ws();
    const pos = i;
    const loc = where(pos);
    const c = src[i];
    if (c === undefined) fail(`Unexpected end-of-input${ctx ? ctx : ': expected a value'}`);
    if (c === '{') return object(loc);
    if (c === '[') return array(loc);
    if (c === '"') return Object.assign({ t: 'str', v: string() }, loc);
    if (c === '-' || (c >= '0' && c <= '9')) return number(loc);
    for (const [word, node] of [['true', { t: 'bool', v: true }], ['false', { t: 'bool', v: false }], ['null', { t: 'null' }]]) {
      if (src.startsWith(word, i) && !/[A-Za-z0-9_]/.test(src[i + word.length] || '')) {
        i += word.length;
        return Object.assign(node, loc);
      }
    }
    if (/[A-Za-z]/.test(c)) {
      const m = /^[A-Za-z0-9_$]+/.exec(src.slice(i, i + 256));
      fail(`Unrecognized token '${m[0]}': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')`);
    }
    fail(`Unexpected character ${describe(c)}: expected a value`);
  }

  function string() {
    i++; // opening quote
    let out = '';
    for (;;) {
      const c = src[i];
      if (c === undefined) fail('Unexpected end-of-input: was expecting closing quote for a string value');
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\\') {
        const e = src[i + 1];
        const map = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e in map) {
          out += map[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          fail(`Unrecognized character escape ${describe(e)}`, i + 1);
        }
      } else if (c.charCodeAt(0) < 32) {
        fail(`Illegal unquoted character (${describe(c).slice(1, -1)}): has to be escaped using backslash to be included in string value`);
      } else {
        out += c;
        i++;
      }
    }
  }

  function number(loc) {
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(src.slice(i, i + 400));
    if (!m || m[0] === '-') fail(`Unexpected character ${describe(src[i + 1])}: expected digit (0-9) to follow minus sign, for valid numeric value`, i + 1);
    const next = src[i + m[0].length];
    if (next !== undefined && /[0-9A-Za-z.]/.test(next)) fail(`Unexpected character ${describe(next)}: Expected space separating root-level values`, i + m[0].length);
    i += m[0].length;
    return Object.assign({ t: 'num', v: Number(m[0]), raw: m[0], int: !m[2] && !m[3] }, loc);
  }

  function object(loc) {
    i++;
    const props = [];
    const seen = new Set();
    ws();
    if (src[i] === '}') {
      const end = where(i);
      i++;
      return Object.assign({ t: 'obj', props, end }, loc);
    }
    for (;;) {
      ws();
      if (src[i] === undefined) fail(`Unexpected end-of-input: expected close marker for Object (start marker at [Source: REDACTED; line: ${loc.line}, column: ${loc.col}])`);
      if (src[i] !== '"') fail(`Unexpected character ${describe(src[i])}: was expecting double-quote to start field name`);
      const keyLoc = where(i);
      const key = string();
      if (seen.has(key)) fail(`Duplicate field '${key}'`);
      seen.add(key);
      ws();
      if (src[i] !== ':') {
        if (src[i] === undefined) fail(`Unexpected end-of-input: expected close marker for Object (start marker at [Source: REDACTED; line: ${loc.line}, column: ${loc.col}])`);
        fail(`Unexpected character ${describe(src[i])}: was expecting a colon to separate field name and value`);
      }
      i++;
      const val = value();
      props.push(Object.assign({ key, val }, keyLoc));
      ws();
      if (src[i] === ',') {
        i++;
        continue;
      }
      if (src[i] === '}') {
        const end = where(i);
        i++;
        return Object.assign({ t: 'obj', props, end }, loc);
      }
      if (src[i] === undefined) fail(`Unexpected end-of-input: expected close marker for Object (start marker at [Source: REDACTED; line: ${loc.line}, column: ${loc.col}])`);
      fail(`Unexpected character ${describe(src[i])}: was expecting comma to separate Object entries`);
    }
  }

  function array(loc) {
    i++;
    const items = [];
    ws();
    if (src[i] === ']') {
      i++;
      return Object.assign({ t: 'arr', items }, loc);
    }
    for (;;) {
      items.push(value(`: expected close marker for Array (start marker at [Source: REDACTED; line: ${loc.line}, column: ${loc.col}])`));
      ws();
      if (src[i] === ',') {
        i++;
        continue;
      }
      if (src[i] === ']') {
        i++;
        return Object.assign({ t: 'arr', items }, loc);
      }
      if (src[i] === undefined) fail(`Unexpected end-of-input: expected close marker for Array (start marker at [Source: REDACTED; line: ${loc.line}, column: ${loc.col}])`);
      fail(`Unexpected character ${describe(src[i])}: was expecting comma to separate Array entries`);
    }
  }

  const root = value(': expected a value');
  ws();
  if (i < src.length) root.trailing = where(i);
  return root;
}

function plain(node) {
  switch (node.t) {
    case 'obj': {
      const o = {};
      for (const p of node.props) o[p.key] = plain(p.val);
      return o;
    }
    case 'arr':
      return node.items.map(plain);
    case 'null':
      return null;
    default:
      return node.v;
  }
}

/** Inverse of plain() for values built in memory (update merges, upserts). */
function fromPlain(v) {
  if (v === null || v === undefined) return { t: 'null', line: 1, col: 1 };
  if (Array.isArray(v)) return { t: 'arr', items: v.map(fromPlain), line: 1, col: 1 };
  if (typeof v === 'object') return { t: 'obj', props: Object.keys(v).map((key) => ({ key, val: fromPlain(v[key]), line: 1, col: 1 })), line: 1, col: 1 };
  if (typeof v === 'number') return { t: 'num', v, raw: String(v), int: Number.isInteger(v) && !String(v).includes('e'), line: 1, col: 1 };
  if (typeof v === 'boolean') return { t: 'bool', v, line: 1, col: 1 };
  return { t: 'str', v: String(v), line: 1, col: 1 };
}

module.exports = { parse, plain, fromPlain, JsonError };
