'use strict';
/**
 * Index APIs: create, delete, exists, get, `_mapping` (get and put) and
 * `_refresh`.
 * Methods of `Rest` (rest/index.js): `this` is the REST layer.
 */
const { illegalArgument, parseException } = require('../errors');
const { plain } = require('../json');
const { isObjectMapper, rootFromRequest } = require('../mapping');

const indices = {
  createIndex(ctx, p) {
    const name = p.str('index');
    p.activeShards();
    p.time('timeout');
    p.time('master_timeout');
    if (!this.v8) p.bool('include_type_name');
    const text = this.bodyText(ctx);
    const body = text.length ? plain(this.restJson(text)) : {};
    for (const k of Object.keys(body)) {
      if (!['settings', 'mappings', 'aliases'].includes(k)) throw parseException(`unknown key [${k}] for create index`);
    }
    return () => {
      this.engine.createIndex(name, body);
      return { status: 200, body: { acknowledged: true, shards_acknowledged: true, index: name } };
    };
  },

  deleteIndex(ctx, p) {
    const expr = p.str('index');
    p.time('timeout');
    p.time('master_timeout');
    const opts = { ignoreUnavailable: p.bool('ignore_unavailable', false), allowNoIndices: p.bool('allow_no_indices', true) };
    p.str('expand_wildcards');
    return () => {
      if (expr === '_all' || expr.split(',').some((x) => x.includes('*'))) throw illegalArgument('Wildcard expressions or all indices are not allowed');
      for (const ix of this.engine.resolve(expr, opts)) this.engine.indices.delete(ix.name);
      return { status: 200, body: { acknowledged: true } };
    };
  },

  indexExists(ctx, p) {
    const expr = p.str('index');
    ['local', 'flat_settings', 'include_defaults', 'expand_wildcards', 'master_timeout'].forEach((k) => p.str(k));
    const opts = { ignoreUnavailable: p.bool('ignore_unavailable', false), allowNoIndices: p.bool('allow_no_indices', false) };
    return () => {
      try {
        this.engine.resolve(expr, opts);
        return { status: 200 };
      } catch (e) {
        if (e.status === 404) return { status: 404 };
        throw e;
      }
    };
  },

  getIndex(ctx, p) {
    const expr = p.str('index');
    ['local', 'flat_settings', 'include_defaults', 'expand_wildcards', 'master_timeout', 'features'].forEach((k) => p.str(k));
    const opts = { ignoreUnavailable: p.bool('ignore_unavailable', false), allowNoIndices: p.bool('allow_no_indices', false) };
    return () => {
      const out = {};
      for (const ix of this.engine.resolve(expr, opts)) {
        out[ix.name] = {
          aliases: {},
          mappings: renderMapping(ix.mapping),
          settings: {
            index: {
              routing: { allocation: { include: { _tier_preference: 'data_content' } } },
              number_of_shards: '1',
              provided_name: ix.name,
              creation_date: String(ix.created),
              number_of_replicas: '1',
              uuid: ix.uuid,
              version: { created: this.v8 ? '8521000' : '7172599' },
            },
          },
        };
      }
      return { status: 200, body: out };
    };
  },

  getMapping(ctx, p) {
    const expr = p.str('index');
    p.time('master_timeout');
    if (!this.v8) p.bool('include_type_name');
    p.bool('local');
    p.str('expand_wildcards');
    const opts = { ignoreUnavailable: p.bool('ignore_unavailable', false), allowNoIndices: p.bool('allow_no_indices', true) };
    return () => {
      const out = {};
      for (const ix of this.engine.resolve(expr, opts)) out[ix.name] = { mappings: renderMapping(ix.mapping) };
      return { status: 200, body: out };
    };
  },

  putMapping(ctx, p) {
    const expr = p.str('index');
    p.time('timeout');
    p.time('master_timeout');
    p.bool('write_index_only');
    p.str('expand_wildcards');
    const opts = { ignoreUnavailable: p.bool('ignore_unavailable', false), allowNoIndices: p.bool('allow_no_indices', false) };
    const body = plain(this.restJson(this.requiredContent(ctx)));
    const incoming = rootFromRequest(body);
    return () => {
      const targets = this.engine.resolve(expr, opts);
      const merged = targets.map((ix) => mergeMapping(ix.mapping, incoming, ''));
      targets.forEach((ix, i) => (ix.mapping = merged[i]));
      return { status: 200, body: { acknowledged: true } };
    };
  },

  refresh(ctx, p) {
    const expr = p.str('index');
    p.str('expand_wildcards');
    const opts = { ignoreUnavailable: p.bool('ignore_unavailable', false), allowNoIndices: p.bool('allow_no_indices', true) };
    return () => {
      const targets = this.engine.resolve(expr, opts);
      targets.forEach((ix) => this.engine.refresh(ix));
      return { status: 200, body: { _shards: { total: targets.length * 2, successful: targets.length, failed: 0 } } };
    };
  },
};

/** GET _mapping rendering: an object mapper without sub-fields shows as {"type":"object"}. */
function renderMapping(m) {
  const out = {};
  for (const k of Object.keys(m)) {
    if (k === 'properties') {
      out.properties = {};
      for (const [name, f] of Object.entries(m.properties)) {
        if (isObjectMapper(f)) {
          const r = renderMapping(f);
          out.properties[name] = r.properties || f.type ? r : Object.assign({ type: 'object' }, r);
        } else out.properties[name] = f;
      }
    } else out[k] = m[k];
  }
  return out;
}

/** PUT _mapping: new fields are added, existing ones may not change type. */
function mergeMapping(cur, incoming, path) {
  const out = JSON.parse(JSON.stringify(cur));
  for (const k of Object.keys(incoming)) {
    if (k !== 'properties') out[k] = incoming[k];
  }
  out.properties = out.properties || {};
  for (const [name, f] of Object.entries(incoming.properties || {})) {
    const full = path ? `${path}.${name}` : name;
    const existing = out.properties[name];
    if (!existing) out.properties[name] = f;
    else if (isObjectMapper(existing) && isObjectMapper(f)) out.properties[name] = mergeMapping(existing, f, full);
    else if (isObjectMapper(existing) !== isObjectMapper(f)) {
      throw illegalArgument(`can't merge a non object mapping [${full}] with an object mapping`);
    } else if (existing.type !== f.type) {
      throw illegalArgument(`mapper [${full}] cannot be changed from type [${existing.type}] to [${f.type}]`);
    } else out.properties[name] = Object.assign({}, existing, f);
  }
  if (!Object.keys(out.properties).length) delete out.properties;
  return out;
}

module.exports = { indices };
