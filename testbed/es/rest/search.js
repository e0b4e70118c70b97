'use strict';
/**
 * Search APIs: `_search` and `_count`, with sorting and `?q=`.
 * Methods of `Rest` (rest/index.js): `this` is the REST layer.
 */
const { EsError, illegalArgument } = require('../errors');
const { plain } = require('../json');
const { Src, Float } = require('../xcontent');
const { parseQuery, evaluate, shardFailure } = require('../query');
const { resolveField, KIND, isObjectMapper } = require('../mapping');
const { tokenOf, sourceFromNode, filterSource } = require('./common');

const MAX_RESULT_WINDOW = 10000;

const search = {
  /** Search request body -> { query, from, size, sort, source, trackTotal, ... }. */
  parseSearch(text, p) {
    const s = { query: { type: 'match_all', boost: 1 }, from: undefined, size: undefined, sort: null, source: null, trackTotal: undefined };
    if (text.length) {
      const node = this.restJson(text);
      if (node.t !== 'obj') throw this.xcontentError(node, 'Unexpected token');
      for (const pr of node.props) {
        const v = pr.val;
        switch (pr.key) {
          case 'query':
            s.query = parseQuery(v);
            break;
          case 'post_filter':
            s.postFilter = parseQuery(v);
            break;
          case 'from':
          case 'size':
          case 'terminate_after':
            if (v.t !== 'num' && !(v.t === 'str' && /^-?\d+$/.test(v.v))) {
              throw this.xcontentError(v, `Current token (${tokenOf(v)}) not numeric, can not use numeric value accessors`);
            }
            s[pr.key === 'terminate_after' ? 'terminateAfter' : pr.key] = Number(plain(v));
            break;
          case 'sort':
            s.sort = parseSort(v);
            break;
          case '_source':
            s.source = sourceFromNode(v);
            break;
          case 'track_total_hits':
            s.trackTotal = plain(v);
            break;
          case 'version':
          case 'seq_no_primary_term':
          case 'track_scores':
          case 'explain':
          case 'profile':
            s[pr.key] = plain(v) === true;
            break;
          case 'min_score':
            s.minScore = Number(plain(v));
            break;
          case 'search_after':
            s.searchAfter = plain(v);
            break;
          case 'timeout':
          case 'stored_fields':
          case 'stats':
          case 'indices_boost':
          case 'ext':
            break;
          case 'aggs':
          case 'aggregations':
          case 'highlight':
          case 'collapse':
          case 'suggest':
          case 'rescore':
          case 'knn':
          case 'pit':
          case 'slice':
          case 'runtime_mappings':
          case 'fields':
          case 'docvalue_fields':
          case 'script_fields':
          case 'retriever':
            throw illegalArgument(`this Elasticsearch stand-in does not implement [${pr.key}] in search requests`);
          default:
            throw new EsError(400, 'parsing_exception', `Unknown key for a ${tokenOf(v)} in [${pr.key}].`, { meta: { line: pr.line, col: pr.col } });
        }
      }
    }
    // URL parameters override the body, as RestSearchAction.parseSearchRequest does.
    const q = p.str('q');
    ['df', 'analyzer', 'analyze_wildcard', 'default_operator', 'lenient'].forEach((k) => p.str(k));
    if (q !== undefined) s.query = queryString(q);
    const from = p.int('from');
    const size = p.int('size');
    if (from !== undefined) s.from = from;
    if (size !== undefined) s.size = size;
    const sort = p.str('sort');
    if (sort !== undefined) s.sort = sort.split(',').map((x) => {
      const [field, order = 'asc'] = x.split(':');
      return { field, order };
    });
    const src = p.source(this.v8);
    if (src) s.source = src;
    const tth = p.str('track_total_hits');
    if (tth !== undefined) s.trackTotal = tth === 'true' || tth === '' ? true : tth === 'false' ? false : Number(tth);
    if (p.bool('version') !== undefined) s.version = true;
    if (p.bool('seq_no_primary_term') !== undefined) s.seq_no_primary_term = true;
    p.bool('track_scores');
    p.bool('explain');
    p.int('terminate_after');
    p.str('stored_fields');
    p.str('docvalue_fields');
    p.str('stats');
    p.str('suggest_field');
    p.str('suggest_text');
    p.str('suggest_size');
    p.str('suggest_mode');
    if (s.from !== undefined && s.from < 0) throw illegalArgument(`[from] parameter cannot be negative, found [${s.from}]`);
    if (s.size !== undefined && s.size < 0) throw illegalArgument(`[size] parameter cannot be negative, found [${s.size}]`);
    return s;
  },

  searchOptions(p) {
    p.str('index');
    p.str('routing');
    p.str('preference');
    p.str('search_type');
    p.bool('request_cache');
    p.int('batched_reduce_size');
    p.int('max_concurrent_shard_requests');
    p.int('pre_filter_shard_size');
    p.bool('allow_partial_search_results');
    p.str('scroll');
    p.time('timeout');
    p.bool('ccs_minimize_roundtrips');
    p.bool('ignore_throttled');
    p.str('expand_wildcards');
    p.bool('typed_keys');
    p.bool('include_named_queries_score');
    if (this.v8) p.bool('force_synthetic_source');
    return { ignoreUnavailable: p.bool('ignore_unavailable', false), allowNoIndices: p.bool('allow_no_indices', true) };
  },

  search(ctx, p) {
    const expr = p.map.get('index');
    const opts = this.searchOptions(p);
    const asInt = p.bool('rest_total_hits_as_int', false);
    const s = this.parseSearch(this.contentOrSource(ctx, p), p);
    if (asInt && s.trackTotal !== undefined && s.trackTotal !== true) {
      throw illegalArgument(`[rest_total_hits_as_int] cannot be used if the tracking of total hits is not accurate, got ${s.trackTotal}`);
    }
    return () => {
      const started = Date.now();
      const targets = this.engine.resolve(expr, opts);
      const from = s.from === undefined ? 0 : s.from;
      const size = s.size === undefined ? 10 : s.size;
      const { hits, failures } = this.runQuery(targets, s.query, s, from + size > MAX_RESULT_WINDOW ? { from, size } : null);
      if (s.postFilter) {
        for (let n = hits.length - 1; n >= 0; n--) {
          if (evaluate(s.postFilter, hits[n].doc, hits[n].qctx) < 0) hits.splice(n, 1);
        }
      }
      const byScore = !s.sort || (s.sort.length === 1 && s.sort[0].field === '_score' && s.sort[0].order !== 'asc');
      let ordered;
      if (byScore) ordered = hits.sort((a, b) => b.score - a.score || a.ixOrder - b.ixOrder || a.doc.order - b.doc.order);
      else ordered = this.sortHits(hits, s.sort, targets);
      if (s.searchAfter) ordered = ordered.filter((h) => compareSortValues(h.sortValues, s.searchAfter, s.sort) > 0);
      const total = ordered.length;
      const page = ordered.slice(from, from + size);
      const track = s.trackTotal === undefined ? 10000 : s.trackTotal;
      const hitsOut = {};
      if (track !== false) {
        const limit = track === true ? Infinity : Number(track);
        const totalObj = total > limit ? { value: limit, relation: 'gte' } : { value: total, relation: 'eq' };
        hitsOut.total = asInt ? totalObj.value : totalObj;
      }
      const scoring = byScore || s.track_scores;
      hitsOut.max_score = scoring && ordered.length ? new Float(Math.max(...ordered.map((h) => h.score))) : null;
      hitsOut.hits = page.map((h) => {
        const o = this.typed({ _index: h.ix.name, _id: h.doc.id });
        if (s.version) o._version = h.doc.version;
        if (s.seq_no_primary_term) {
          o._seq_no = h.doc.seqNo;
          o._primary_term = 1;
        }
        o._score = scoring ? new Float(h.score) : null;
        const src = filterSource(h.doc.source, s.source);
        if (src) o._source = new Src(src);
        if (!byScore) o.sort = h.sortValues.map((v) => (v && v.missing ? null : v));
        return o;
      });
      const shards = { total: targets.length, successful: targets.length - failures.length, skipped: 0, failed: failures.length };
      if (failures.length) shards.failures = failures;
      return { status: 200, body: { took: Date.now() - started, timed_out: false, _shards: shards, hits: hitsOut } };
    };
  },

  /** Runs a query on each index (one shard each); all shards failing is a search_phase_execution_exception. */
  runQuery(targets, query, s, windowTooLarge) {
    const hits = [];
    const failures = [];
    const errors = [];
    targets.forEach((ix, ixOrder) => {
      try {
        if (windowTooLarge) {
          throw illegalArgument(
            `Result window is too large, from + size must be less than or equal to: [${MAX_RESULT_WINDOW}] but was [${windowTooLarge.from + windowTooLarge.size}]. See the scroll api for a more efficient way to request large data sets. This limit can be set by changing the [index.max_result_window] index level setting.`
          );
        }
        const qctx = { index: ix, docs: ix.view, stats: new Map() };
        for (const doc of ix.view) {
          const score = evaluate(query, doc, qctx);
          if (score >= 0 && (s.minScore === undefined || score >= s.minScore)) hits.push({ ix, ixOrder, doc, score, qctx });
        }
      } catch (e) {
        if (!(e instanceof EsError)) throw e;
        errors.push(e);
        failures.push({ shard: 0, index: ix.name, node: this.nodeId, reason: e.toXContent() });
      }
    });
    if (targets.length && failures.length === targets.length) {
      const status = errors[0].status;
      throw new EsError(status, 'search_phase_execution_exception', 'all shards failed', {
        rootCauses: errors,
        extra: { phase: 'query', grouped: true, failed_shards: failures },
      });
    }
    return { hits, failures };
  },

  sortHits(hits, sort, targets) {
    for (const sp of sort) {
      if (sp.field === '_score' || sp.field === '_doc') continue;
      for (const ix of targets) {
        const f = resolveField(ix.mapping, sp.field);
        if (!f && !sp.unmapped_type) {
          throw new EsError(400, 'search_phase_execution_exception', 'all shards failed', {
            rootCauses: [shardFailure(ix, `No mapping found for [${sp.field}] in order to sort on`)],
            extra: { phase: 'query', grouped: true, failed_shards: [{ shard: 0, index: ix.name, node: this.nodeId, reason: shardFailure(ix, `No mapping found for [${sp.field}] in order to sort on`).toXContent() }] },
          });
        }
        if (f && (KIND[f.type] === 'text' || isObjectMapper(f)) && f.fielddata !== true) {
          const e = illegalArgument(
            `Text fields are not optimised for operations that require per-document field data like aggregations and sorting, so these operations are disabled by default. Please use a keyword field instead. Alternatively, set fielddata=true on [${sp.field}] in order to load field data by uninverting the inverted index. Note that this can use significant memory.`
          );
          throw new EsError(400, 'search_phase_execution_exception', 'all shards failed', {
            rootCauses: [e],
            extra: { phase: 'query', grouped: true, failed_shards: [{ shard: 0, index: ix.name, node: this.nodeId, reason: e.toXContent() }] },
          });
        }
      }
    }
    for (const h of hits) {
      h.sortValues = sort.map((sp) => {
        if (sp.field === '_score') return new Float(h.score);
        if (sp.field === '_doc') return h.doc.order;
        const f = resolveField(h.ix.mapping, sp.field);
        const vals = (h.doc.fields.get(sp.field) || []).filter((v) => v !== null && typeof v !== 'object');
        if (!vals.length) return missingSortValue(f, sp);
        const pick = sp.order === 'desc' ? vals.reduce((a, b) => (b > a ? b : a)) : vals.reduce((a, b) => (b < a ? b : a));
        return typeof pick === 'boolean' ? (pick ? 1 : 0) : pick;
      });
    }
    return hits.sort((a, b) => compareSortValues(a.sortValues, b.sortValues, sort) || a.ixOrder - b.ixOrder || a.doc.order - b.doc.order);
  },

  count(ctx, p) {
    const expr = p.map.get('index');
    p.str('index');
    const opts = { ignoreUnavailable: p.bool('ignore_unavailable', false), allowNoIndices: p.bool('allow_no_indices', true) };
    ['expand_wildcards', 'preference', 'routing', 'df', 'analyzer', 'default_operator'].forEach((k) => p.str(k));
    ['ignore_throttled', 'analyze_wildcard', 'lenient'].forEach((k) => p.bool(k));
    const minScore = p.str('min_score');
    p.int('terminate_after');
    const q = p.str('q');
    const text = this.contentOrSource(ctx, p);
    let query = { type: 'match_all', boost: 1 };
    if (text.length) {
      const node = this.restJson(text);
      for (const pr of node.t === 'obj' ? node.props : []) {
        if (pr.key === 'query') query = parseQuery(pr.val);
        else throw new EsError(400, 'parsing_exception', `request does not support [${pr.key}]`, { meta: { line: pr.line, col: pr.col } });
      }
    }
    if (q !== undefined) query = queryString(q);
    return () => {
      const targets = this.engine.resolve(expr, opts);
      const { hits } = this.runQuery(targets, query, { minScore: minScore === undefined ? undefined : Number(minScore) }, null);
      return { status: 200, body: { count: hits.length, _shards: { total: targets.length, successful: targets.length, skipped: 0, failed: 0 } } };
    };
  },
};

function parseSort(v) {
  const items = v.t === 'arr' ? v.items : [v];
  return items.map((it) => {
    if (it.t === 'str') return { field: it.v, order: it.v === '_score' ? 'desc' : 'asc' };
    if (it.t !== 'obj' || it.props.length !== 1) throw new EsError(400, 'parsing_exception', `[sort] malformed`, { meta: { line: it.line, col: it.col } });
    const { key, val } = it.props[0];
    const defOrder = key === '_score' ? 'desc' : 'asc';
    if (val.t === 'str') return { field: key, order: val.v };
    const o = plain(val);
    return { field: key, order: o.order || defOrder, missing: o.missing, unmapped_type: o.unmapped_type };
  });
}

/** Value of a doc missing the sort field: _last by default; numerics use Long.MAX/MIN like ES's sort array. */
function missingSortValue(f, sp) {
  const last = sp.missing === undefined || sp.missing === '_last';
  const numeric = f && ['int', 'float', 'date', 'bool'].includes(KIND[f.type]);
  if (sp.missing !== undefined && sp.missing !== '_last' && sp.missing !== '_first') return sp.missing;
  const high = (sp.order === 'desc') !== last;
  if (!numeric) return high ? { missing: 'high' } : { missing: 'low' };
  return new Src({ t: 'num', raw: high ? '9223372036854775807' : '-9223372036854775808', v: high ? Infinity : -Infinity });
}

function sortKey(v) {
  if (v instanceof Float) return v.v;
  if (v instanceof Src) return v.node.v;
  if (v && typeof v === 'object' && v.missing) return v.missing === 'high' ? Infinity : -Infinity;
  return v;
}

function compareSortValues(a, b, sort) {
  for (let n = 0; n < sort.length; n++) {
    const x = sortKey(a[n]);
    const y = sortKey(b[n]);
    if (x === y) continue;
    const mixed = typeof x !== typeof y;
    let c;
    if (mixed) c = x === Infinity || y === -Infinity ? 1 : -1;
    else c = x < y ? -1 : 1;
    const desc = sort[n].field === '_score' ? sort[n].order !== 'asc' : sort[n].order === 'desc';
    return desc ? -c : c;
  }
  return 0;
}

/** Minimal Lucene query-string support for ?q=: "*", "field:value", "value" (any field). */
function queryString(q) {
  const t = q.trim();
  if (t === '*' || t === '*:*' || t === '') return { type: 'match_all', boost: 1 };
  const m = /^([^:\s]+):(.+)$/.exec(t);
  const val = (m ? m[2] : t).replace(/^"(.*)"$/, '$1');
  const node = { t: 'str', v: val, line: 1, col: 1 };
  if (m) return { type: 'match', field: m[1], value: node, boost: 1 };
  return { type: 'any_field', value: val, boost: 1 };
}

module.exports = { search };
