'use strict';
/**
 * Request and response helpers every API family shares: JSON bodies at the
 * REST layer, 7.x typed responses, write options and validation, `_source`
 * filtering.
 * Methods of `Rest` (rest/index.js): `this` is the REST layer.
 */
const { EsError, causedBy, illegalArgument, validation, parseException } = require('../errors');
const { parse, plain, JsonError } = require('../json');
const { Src } = require('../xcontent');

const SHARDS_WRITE = { total: 2, successful: 1, failed: 0 }; // 1 primary + 1 unassigned replica on one node
const SHARDS_NOOP = { total: 0, successful: 0, failed: 0 };

const common = {
  /** Parses a JSON request body at the REST layer (search, mget, update, create index, bulk lines). */
  restJson(text) {
    try {
      const node = parse(text, { v8: this.v8 });
      if (node.trailing) throw this.xcontentError(node.trailing, 'Unexpected token after end of object');
      return node;
    } catch (e) {
      if (!(e instanceof JsonError)) throw e;
      if (!this.v8) throw new EsError(400, 'json_parse_exception', e.message);
      throw new EsError(400, 'x_content_parse_exception', `[${e.line}:${e.col}] ${e.message}`, { cause: causedBy('json_parse_exception', e.message) });
    }
  },

  xcontentError(loc, msg) {
    return new EsError(400, this.v8 ? 'x_content_parse_exception' : 'parsing_exception', this.v8 ? `[${loc.line}:${loc.col}] ${msg}` : msg, this.v8 ? {} : { meta: { line: loc.line, col: loc.col } });
  },

  bodyText(ctx) {
    return ctx.body.length ? ctx.body.toString('utf8') : '';
  },

  /** request.contentOrSourceParam(): the body, or ?source= with ?source_content_type= */
  contentOrSource(ctx, p) {
    const text = this.bodyText(ctx);
    if (text.length) return text;
    if (!p.has('source')) return '';
    const src = p.str('source');
    const type = p.str('source_content_type');
    if (!type) throw illegalArgument('source and source_content_type parameters are required');
    return src;
  },

  requiredContent(ctx) {
    const text = this.bodyText(ctx);
    if (!text.length) throw parseException('request body is required');
    return text;
  },

  typed(o) {
    // 7.x responses still carry the (single) mapping type.
    if (this.v8) return o;
    const out = {};
    for (const k of Object.keys(o)) {
      out[k] = o[k];
      if (k === '_index') out._type = '_doc';
    }
    return out;
  },

  writeBody(r, forcedRefresh) {
    return this.typed({
      _index: r.ix.name,
      _id: r.id,
      _version: r.version,
      result: r.result,
      forced_refresh: forcedRefresh || undefined,
      _shards: r.result === 'noop' ? SHARDS_NOOP : SHARDS_WRITE,
      _seq_no: r.seqNo,
      _primary_term: 1,
    });
  },

  applyRefresh(ix, refresh) {
    if (refresh !== 'false') this.engine.refresh(ix);
    return refresh === 'true';
  },

  getBody(ix, id, doc, sourceCtx) {
    if (!doc) return this.typed({ _index: ix.name, _id: id, found: false });
    const o = this.typed({ _index: ix.name, _id: id, _version: doc.version, _seq_no: doc.seqNo, _primary_term: 1, found: true });
    const src = filterSource(doc.source, sourceCtx);
    if (src) o._source = new Src(src);
    return o;
  },

  writeOpts(p) {
    const o = {
      refresh: p.refresh(),
      timeout: p.time('timeout'),
      routing: p.str('routing'),
      version: p.long('version'),
      versionType: p.versionType(),
      ifSeqNo: p.long('if_seq_no'),
      ifPrimaryTerm: p.long('if_primary_term'),
      activeShards: p.activeShards(),
    };
    return o;
  },

  /** DocWriteRequest validation (IndexRequest/DeleteRequest.validate). */
  validateWrite(o, id) {
    const errs = [];
    if (id !== undefined && Buffer.byteLength(id) > 512) errs.push(`id [${id}] is too long, must be no longer than 512 bytes but was: ${Buffer.byteLength(id)}`);
    if (o.versionType === 'internal' && o.version !== undefined) {
      errs.push('internal versioning can not be used for optimistic concurrency control. Please use `if_seq_no` and `if_primary_term` instead');
    }
    if (o.versionType !== 'internal' && o.version === undefined) errs.push(`illegal version value [-3] for version type [${o.versionType.toUpperCase()}]`);
    if (o.ifSeqNo !== undefined && o.ifSeqNo < 0) errs.push(`sequence number must be non negative. got [${o.ifSeqNo}].`);
    if (o.ifPrimaryTerm !== undefined && o.ifPrimaryTerm <= 0) errs.push(`primary term must be positive. got [${o.ifPrimaryTerm}]`);
    if ((o.ifSeqNo !== undefined) !== (o.ifPrimaryTerm !== undefined)) {
      errs.push(o.ifSeqNo !== undefined ? `ifSeqNo is set, but primary term is [0]` : `ifSeqNo is unassigned, but primary term is [${o.ifPrimaryTerm}]`);
    }
    if (errs.length) throw validation(errs);
  },

  checkPipeline(pipeline) {
    if (pipeline !== undefined && pipeline !== '_none') throw illegalArgument(`pipeline with id [${pipeline}] does not exist`);
  },

  writeIndex(name, requireAlias) {
    if (requireAlias) {
      throw new EsError(404, 'index_not_found_exception', `no such index [${name}] and [require_alias] request flag is [true] and [${name}] is not an alias`, {
        meta: { 'resource.type': 'index_or_alias', 'resource.id': name, index_uuid: '_na_', index: name },
      });
    }
    return this.engine.indexForWrite(name);
  },
};

function tokenOf(n) {
  return { obj: 'START_OBJECT', arr: 'START_ARRAY', str: 'VALUE_STRING', bool: 'VALUE_BOOLEAN', null: 'VALUE_NULL', num: 'VALUE_NUMBER' }[n.t];
}

/** _source in a request body: bool, "pattern", ["patterns"], or {includes, excludes}. */
function sourceFromNode(v) {
  if (v.t === 'bool') return { fetch: v.v, includes: [], excludes: [] };
  if (v.t === 'str') return { fetch: true, includes: [v.v], excludes: [] };
  if (v.t === 'arr') return { fetch: true, includes: v.items.map((x) => String(plain(x))), excludes: [] };
  if (v.t === 'obj') {
    const o = plain(v);
    const list = (x) => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
    return { fetch: true, includes: list(o.includes || o.include), excludes: list(o.excludes || o.exclude) };
  }
  return null;
}

function globRe(pattern) {
  return new RegExp('^' + pattern.split('*').map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
}

/** XContentMapValues.filter over a source node: includes keep a path and its subtree, excludes drop it. */
function filterSource(node, ctx) {
  if (!ctx) return node;
  if (!ctx.fetch) return null;
  if (!ctx.includes.length && !ctx.excludes.length) return node;
  const inc = ctx.includes.map(globRe);
  const incPrefixes = ctx.includes;
  const exc = ctx.excludes.map(globRe);
  function walk(n, prefix, included) {
    if (n.t === 'arr') {
      const items = n.items.map((x) => (x.t === 'obj' || x.t === 'arr' ? walk(x, prefix, included) : included ? x : undefined)).filter((x) => x !== undefined);
      return { t: 'arr', items };
    }
    if (n.t !== 'obj') return included ? n : undefined;
    const props = [];
    for (const pr of n.props) {
      const path = prefix ? `${prefix}.${pr.key}` : pr.key;
      if (exc.some((re) => re.test(path))) continue;
      const full = included || !inc.length || inc.some((re) => re.test(path));
      const partial = !full && incPrefixes.some((pat) => pat.startsWith(path + '.') || pat.startsWith('*'));
      if (!full && !partial) continue;
      const v = walk(pr.val, path, full);
      if (v === undefined) continue;
      if (!full && v.t === 'obj' && !v.props.length) continue;
      props.push({ key: pr.key, val: v });
    }
    return { t: 'obj', props };
  }
  return walk(node, '', false);
}

module.exports = { common, tokenOf, sourceFromNode, filterSource };
