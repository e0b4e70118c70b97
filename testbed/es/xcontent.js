'use strict';
/**
 * Response rendering. Responses are built from plain JS values plus two
 * wrappers: Src(node) embeds a stored _source node tree (so numbers keep the
 * exact text the client sent, 1.0 stays 1.0), Float(x) prints a Java float
 * the way ES does for scores (1.0, not 1; 0.13076457, not 0.13076457381248474). Everything is turned into json.js nodes,
 * optionally filtered (filter_path), then printed compact or pretty
 * ("key" : value, two-space indent, like ES's ?pretty).
 */

class Src {
  constructor(node) {
    this.node = node;
  }
}
class Float {
  constructor(v) {
    this.v = v;
  }
}

/** Java's Float.toString: the shortest decimal that reads back as the same 32-bit float. */
function javaFloat(v) {
  if (!Number.isFinite(v)) return v > 0 ? '"Infinity"' : v < 0 ? '"-Infinity"' : '"NaN"';
  const f = Math.fround(v);
  let s = String(f);
  for (let digits = 1; digits <= 9; digits++) {
    const c = Number(f.toPrecision(digits));
    if (Math.fround(c) === f) {
      s = String(c);
      break;
    }
  }
  return /[.eE]/.test(s) ? s.replace('e+', 'E').replace('e-', 'E-') : s + '.0';
}

function toNode(v) {
  if (v instanceof Src) return v.node;
  if (v instanceof Float) return { t: 'num', raw: javaFloat(v.v), v: v.v };
  if (v === null || v === undefined) return { t: 'null' };
  if (Array.isArray(v)) return { t: 'arr', items: v.map(toNode) };
  switch (typeof v) {
    case 'object':
      return { t: 'obj', props: Object.keys(v).filter((k) => v[k] !== undefined).map((key) => ({ key, val: toNode(v[key]) })) };
    case 'number':
      return { t: 'num', raw: JSON.stringify(v), v };
    case 'boolean':
      return { t: 'bool', v };
    default:
      return { t: 'str', v: String(v) };
  }
}

function print(node, pretty, indent = '') {
  switch (node.t) {
    case 'obj': {
      if (!node.props.length) return pretty ? '{ }' : '{}';
      if (!pretty) return '{' + node.props.map((p) => JSON.stringify(p.key) + ':' + print(p.val, false)).join(',') + '}';
      const inner = indent + '  ';
      return '{\n' + node.props.map((p) => inner + JSON.stringify(p.key) + ' : ' + print(p.val, true, inner)).join(',\n') + '\n' + indent + '}';
    }
    case 'arr': {
      if (!node.items.length) return pretty ? '[ ]' : '[]';
      if (!pretty) return '[' + node.items.map((x) => print(x, false)).join(',') + ']';
      const inner = indent + '  ';
      return '[\n' + node.items.map((x) => inner + print(x, true, inner)).join(',\n') + '\n' + indent + ']';
    }
    case 'num':
      return node.raw;
    case 'str':
      return JSON.stringify(node.v);
    case 'bool':
      return node.v ? 'true' : 'false';
    default:
      return 'null';
  }
}

/** ES filter_path: comma list of dotted paths, * within a name, ** any depth, leading - excludes. */
function filterPath(node, spec) {
  const all = spec.split(',').map((s) => s.trim()).filter(Boolean);
  const includes = all.filter((s) => !s.startsWith('-')).map((s) => s.split('.'));
  const excludes = all.filter((s) => s.startsWith('-')).map((s) => s.slice(1).split('.'));
  const glob = (pat, key) => new RegExp('^' + pat.split('*').map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$').test(key);

  // Advance a set of remaining-path patterns by one key; returns { done, next }.
  function step(paths, key) {
    let done = false;
    const next = [];
    for (const p of paths) {
      if (p[0] === '**') {
        next.push(p); // ** may swallow this key
        if (p.length > 1) {
          const r = step([p.slice(1)], key);
          done = done || r.done;
          next.push(...r.next);
        } else done = true;
      } else if (glob(p[0], key)) {
        if (p.length === 1) done = true;
        else next.push(p.slice(1));
      }
    }
    return { done, next };
  }

  function walk(n, inc, exc) {
    if (n.t === 'arr') {
      const items = n.items.map((x) => (x.t === 'obj' || x.t === 'arr' ? walk(x, inc, exc) : inc === null ? x : undefined)).filter((x) => x !== undefined);
      return items.length || inc === null ? { t: 'arr', items } : undefined;
    }
    if (n.t !== 'obj') return inc === null ? n : undefined;
    const props = [];
    for (const p of n.props) {
      const e = step(exc, p.key);
      if (e.done) continue;
      let childInc = inc;
      if (inc !== null) {
        const r = step(inc, p.key);
        if (r.done) childInc = null;
        else if (!r.next.length) continue;
        else childInc = r.next;
      }
      const v = walk(p.val, childInc, e.next);
      if (v !== undefined) props.push({ key: p.key, val: v });
    }
    return props.length || inc === null ? { t: 'obj', props } : undefined;
  }
  return walk(node, includes.length ? includes : null, excludes) || { t: 'obj', props: [] };
}

function render(value, { pretty = false, filter = null } = {}) {
  let node = toNode(value);
  if (filter) node = filterPath(node, filter);
  return print(node, pretty) + (pretty ? '\n' : '');
}

module.exports = { Src, Float, toNode, print, render, filterPath };
