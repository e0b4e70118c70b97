'use strict';
/**
 * Query DSL subset: match_all, match_none, term, terms, ids, prefix, range,
 * exists, match, bool (must/should/filter/must_not, minimum_should_match).
 * Parsing errors are those of SearchSourceBuilder/AbstractQueryBuilder
 * (parsing_exception with line/col); value errors are query_shard_exception.
 * Scores: Lucene 9 BM25 (k1 1.2, b 0.75) for term/match on keyword and text,
 * constant 1.0 (times boost) for the constant-score queries, 0 in filters.
 * Text norms are exact lengths, not Lucene's quantised bytes.
 */
const { EsError, causedBy } = require('./errors');
const { plain } = require('./json');
const { resolveField, analyze, parseDate, KIND, isObjectMapper } = require('./mapping');

function parsingError(node, reason, cause) {
  return new EsError(400, 'parsing_exception', reason, { meta: { line: node.line, col: node.col }, cause });
}

const TOKEN = (n) => ({ obj: 'START_OBJECT', arr: 'START_ARRAY', str: 'VALUE_STRING', bool: 'VALUE_BOOLEAN', null: 'VALUE_NULL', num: 'VALUE_NUMBER' })[n.t];

/** Builds a query tree from a json.js node. */
function parseQuery(node) {
  if (node.t !== 'obj') throw parsingError(node, `[_na] query malformed, must start with start_object`);
  if (node.props.length === 0) throw parsingError(node, 'query malformed, empty clause found');
  if (node.props.length > 1) {
    throw parsingError(node.props[1], `[${node.props[0].key}] malformed query, expected [END_OBJECT] but found [FIELD_NAME]`);
  }
  const { key: type, val } = node.props[0];
  const parser = PARSERS[type];
  if (!parser) {
    throw parsingError(node.props[0], `unknown query [${type}]`, causedBy('named_object_not_found_exception', `[${node.props[0].line}:${node.props[0].col}] unknown field [${type}]`));
  }
  if (val.t !== 'obj') throw parsingError(val, `[${type}] query malformed, no start_object after query name`);
  return parser(val, node.props[0]);
}

function commonOpts(q, p, name) {
  if (p.key === 'boost') q.boost = Number(plain(p.val));
  else if (p.key === '_name') q.name = plain(p.val);
  else throw parsingError(p, `[${name}] query does not support [${p.key}]`);
}

/** {field: value} or {field: {value|query: v, boost, ...}} single-field queries. */
function singleField(name, valueKey, extra = []) {
  return (node) => {
    const q = { type: name, boost: 1 };
    for (const p of node.props) {
      if (p.key === 'boost' || p.key === '_name') {
        commonOpts(q, p, name);
        continue;
      }
      if (q.field !== undefined) throw parsingError(p, `[${name}] query doesn't support multiple fields, found [${q.field}] and [${p.key}]`);
      q.field = p.key;
      if (p.val.t === 'obj') {
        for (const o of p.val.props) {
          if (o.key === valueKey) q.value = o.val;
          else if (o.key === 'boost') q.boost = Number(plain(o.val));
          else if (extra.includes(o.key) || o.key === '_name') q[o.key] = plain(o.val);
          else throw parsingError(o, `[${name}] query does not support [${o.key}]`);
        }
      } else if (p.val.t === 'arr') {
        throw parsingError(p.val, `[${name}] query does not support array of values`);
      } else q.value = p.val;
    }
    if (q.field === undefined) throw parsingError(node, `[${name}] requires fieldName`);
    if (q.value === undefined || q.value.t === 'null') throw parsingError(node, `No value specified for ${name} query`);
    return q;
  };
}

const PARSERS = {
  match_all: (node) => {
    const q = { type: 'match_all', boost: 1 };
    for (const p of node.props) commonOpts(q, p, 'match_all');
    return q;
  },
  match_none: (node) => {
    const q = { type: 'match_none', boost: 1 };
    for (const p of node.props) commonOpts(q, p, 'match_none');
    return q;
  },
  term: singleField('term', 'value', ['case_insensitive']),
  prefix: singleField('prefix', 'value', ['case_insensitive', 'rewrite']),
  match: singleField('match', 'query', ['operator', 'minimum_should_match', 'analyzer', 'fuzziness', 'lenient', 'zero_terms_query', 'auto_generate_synonyms_phrase_query', 'prefix_length', 'max_expansions', 'fuzzy_transpositions']),
  terms: (node) => {
    const q = { type: 'terms', boost: 1 };
    for (const p of node.props) {
      if (p.val.t === 'arr') {
        if (q.field !== undefined) throw parsingError(p, `[terms] query does not support multiple fields`);
        q.field = p.key;
        q.values = p.val.items;
      } else if (p.key === 'boost' || p.key === '_name') commonOpts(q, p, 'terms');
      else if (p.val.t === 'obj') throw parsingError(p.val, `[terms] query does not support terms lookup in this stand-in`);
      else throw parsingError(p, `[terms] query does not support [${p.key}]`);
    }
    if (q.field === undefined) throw parsingError(node, `[terms] query requires a field name, followed by array of terms or a document lookup specification`);
    return q;
  },
  ids: (node) => {
    const q = { type: 'ids', boost: 1, values: [] };
    for (const p of node.props) {
      if (p.key === 'values') {
        if (p.val.t !== 'arr') throw parsingError(p.val, `[ids] values doesn't support values of type: ${TOKEN(p.val)}`);
        q.values = p.val.items.map((x) => String(plain(x)));
      } else commonOpts(q, p, 'ids');
    }
    return q;
  },
  exists: (node) => {
    const q = { type: 'exists', boost: 1 };
    for (const p of node.props) {
      if (p.key === 'field') q.field = plain(p.val);
      else commonOpts(q, p, 'exists');
    }
    if (!q.field) throw parsingError(node, '[exists] must be provided with a [field]');
    return q;
  },
  range: (node) => {
    const q = { type: 'range', boost: 1 };
    for (const p of node.props) {
      if (p.key === 'boost' || p.key === '_name') {
        commonOpts(q, p, 'range');
        continue;
      }
      if (q.field !== undefined) throw parsingError(p, `[range] query doesn't support multiple fields, found [${q.field}] and [${p.key}]`);
      if (p.val.t !== 'obj') throw parsingError(p.val, `[range] query malformed, after field missing start object`);
      q.field = p.key;
      for (const o of p.val.props) {
        if (['gt', 'gte', 'lt', 'lte', 'from', 'to'].includes(o.key)) q[o.key] = o.val.t === 'null' ? undefined : o.val;
        else if (['format', 'time_zone', 'relation', 'include_lower', 'include_upper'].includes(o.key)) q[o.key] = plain(o.val);
        else if (o.key === 'boost') q.boost = Number(plain(o.val));
        else throw parsingError(o, `[range] query does not support [${o.key}]`);
      }
      if (q.from !== undefined) q[q.include_lower === false ? 'gt' : 'gte'] = q.from;
      if (q.to !== undefined) q[q.include_upper === false ? 'lt' : 'lte'] = q.to;
    }
    return q;
  },
  bool: (node) => {
    const q = { type: 'bool', boost: 1, must: [], should: [], filter: [], must_not: [] };
    for (const p of node.props) {
      if (['must', 'should', 'filter', 'must_not'].includes(p.key)) {
        const items = p.val.t === 'arr' ? p.val.items : [p.val];
        for (const it of items) q[p.key].push(parseQuery(it));
      } else if (p.key === 'minimum_should_match') q.msm = plain(p.val);
      else if (p.key === 'adjust_pure_negative') q.adjust = plain(p.val);
      else if (p.key === 'boost' || p.key === '_name') commonOpts(q, p, 'bool');
      else throw parsingError(p, `[bool] query does not support [${p.key}]`);
    }
    return q;
  },
};

function shardFailure(index, reason, cause) {
  return new EsError(400, 'query_shard_exception', reason, { meta: { index_uuid: index.uuid, index: index.name }, cause });
}

/** Coerces a query value to the field's indexed representation; throws query_shard_exception. */
function coerce(index, f, valueNode, what = 'failed to create query') {
  const v = plain(valueNode);
  const kind = KIND[f.type];
  if (kind === 'int' || kind === 'float') {
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(v) ? Number(v) : NaN;
    if (Number.isNaN(n)) throw shardFailure(index, `${what}: For input string: "${v}"`, causedBy('number_format_exception', `For input string: "${v}"`));
    return n;
  }
  if (kind === 'date') {
    const ms = parseDate(v, f.format);
    if (ms === null) throw shardFailure(index, `${what}: failed to parse date field [${v}] with format [${f.format || 'strict_date_optional_time||epoch_millis'}]`);
    return ms;
  }
  if (kind === 'bool') {
    if (v === true || v === 'true') return true;
    if (v === false || v === 'false' || v === '') return false;
    throw shardFailure(index, `${what}: Can't parse boolean value [${v}], expected [true] or [false]`);
  }
  return valueNode.t === 'num' ? valueNode.raw : String(v);
}

function fieldStats(ctx, path) {
  if (ctx.stats.has(path)) return ctx.stats.get(path);
  let docCount = 0;
  let total = 0;
  for (const d of ctx.docs) {
    const vals = d.fields.get(path);
    if (!vals || !vals.length) continue;
    docCount++;
    total += vals.reduce((n, v) => n + (v && v.tokens ? v.tokens.length : 1), 0);
  }
  const s = { docCount, avgdl: docCount ? total / docCount : 1 };
  ctx.stats.set(path, s);
  return s;
}

function docFreq(ctx, path, matchFn) {
  const s = fieldStats(ctx, path);
  let n = 0;
  for (const d of ctx.docs) if ((d.fields.get(path) || []).some(matchFn)) n++;
  return { n, s };
}

/** Lucene 9 BM25 for one term: idf * tf / (tf + k1 * (1 - b + b * dl / avgdl)); keyword fields have no norms. */
function bm25(ctx, path, doc, termMatch, hasNorms) {
  const vals = doc.fields.get(path) || [];
  let tf = 0;
  let dl = 0;
  for (const v of vals) {
    if (v && v.tokens) {
      tf += v.tokens.filter(termMatch).length;
      dl += v.tokens.length;
    } else if (termMatch(v)) tf += 1;
  }
  if (!tf) return 0;
  const { n, s } = docFreq(ctx, path, (v) => (v && v.tokens ? v.tokens.some(termMatch) : termMatch(v)));
  const idf = Math.log(1 + (s.docCount - n + 0.5) / (n + 0.5));
  const norm = hasNorms ? 1.2 * (1 - 0.75 + (0.75 * dl) / s.avgdl) : 1.2;
  return Math.fround(idf * (tf / (tf + norm)));
}

/**
 * Evaluates a query against one doc; returns a score (>= 0) or -1 for no match.
 * ctx: { index, docs (the searched view), stats, scoring }
 */
function evaluate(q, doc, ctx) {
  const boost = q.boost === undefined ? 1 : q.boost;
  switch (q.type) {
    case 'match_all':
      return boost;
    case 'match_none':
      return -1;
    case 'ids':
      return q.values.includes(doc.id) ? boost : -1;
    case 'term':
    case 'match':
    case 'terms':
    case 'prefix':
      return fieldQuery(q, doc, ctx, boost);
    case 'exists': {
      const prefix = q.field + '.';
      for (const [k, vals] of doc.fields) if ((k === q.field || k.startsWith(prefix)) && vals.length) return boost;
      return -1;
    }
    case 'range':
      return rangeQuery(q, doc, ctx, boost);
    case 'any_field': {
      // ?q=value without a field: index.query.default_field is "*" (every field).
      const terms = analyze(q.value);
      for (const vals of doc.fields.values()) {
        for (const v of vals) {
          if (v && v.tokens ? terms.some((t) => v.tokens.includes(t)) : String(v) === q.value) return boost;
        }
      }
      return -1;
    }
    case 'bool': {
      let score = 0;
      for (const c of q.must) {
        const s = evaluate(c, doc, ctx);
        if (s < 0) return -1;
        score += s;
      }
      for (const c of q.filter) if (evaluate(c, doc, ctx) < 0) return -1;
      for (const c of q.must_not) if (evaluate(c, doc, ctx) >= 0) return -1;
      let matched = 0;
      for (const c of q.should) {
        const s = evaluate(c, doc, ctx);
        if (s >= 0) {
          matched++;
          score += s;
        }
      }
      const required = minimumShouldMatch(q);
      if (matched < required) return -1;
      return Math.fround(score * boost);
    }
    default:
      return -1;
  }
}

function minimumShouldMatch(q) {
  if (!q.should.length) return 0;
  if (q.msm === undefined) return q.must.length || q.filter.length ? 0 : 1;
  const n = q.should.length;
  const s = String(q.msm);
  let v = s.endsWith('%') ? Math.trunc((n * Number(s.slice(0, -1))) / 100) : Number(s);
  if (v < 0) v = n + v;
  return Math.max(0, Math.min(n, v));
}

function fieldQuery(q, doc, ctx, boost) {
  const f = resolveField(ctx.index.mapping, q.field);
  if (!f || isObjectMapper(f)) return -1;
  const kind = KIND[f.type];
  const vals = doc.fields.get(q.field) || [];
  if (q.type === 'prefix') {
    if (kind !== 'keyword' && kind !== 'text') {
      throw shardFailure(ctx.index, `failed to create query: Can only use prefix queries on keyword, text and wildcard fields - not on [${q.field}] which is of type [${f.type}]`);
    }
    const pre = String(plain(q.value));
    const ci = q.case_insensitive === true;
    const hit = (t) => (ci ? t.toLowerCase().startsWith(pre.toLowerCase()) : t.startsWith(pre));
    return vals.some((v) => (v && v.tokens ? v.tokens.some(hit) : typeof v === 'string' && hit(v))) ? boost : -1;
  }
  const terms = q.type === 'terms' ? q.values.map((n) => coerce(ctx.index, f, n)) : q.type === 'match' && kind === 'text' ? analyze(plain(q.value)) : [coerce(ctx.index, f, q.value)];
  const ci = q.case_insensitive === true && (kind === 'keyword' || kind === 'text');
  const eq = (a, b) => (kind === 'keyword' || kind === 'text' ? (ci ? String(a).toLowerCase() === String(b).toLowerCase() : String(a) === String(b)) : a === b);
  const matchesTerm = (t) => (v) => (v && v.tokens ? false : eq(v, t));
  const tokenMatch = (t) => (tok) => eq(tok, t);
  if (q.type === 'terms') {
    return terms.some((t) => vals.some((v) => (v && v.tokens ? v.tokens.some(tokenMatch(t)) : eq(v, t)))) ? boost : -1;
  }
  let score = 0;
  let matched = 0;
  for (const t of terms) {
    const present = vals.some((v) => (v && v.tokens ? v.tokens.some(tokenMatch(t)) : eq(v, t)));
    if (!present) continue;
    matched++;
    if (kind === 'text') score += bm25(ctx, q.field, doc, tokenMatch(t), f.norms !== false);
    else if (kind === 'keyword' || kind === 'bool') score += bm25(ctx, q.field, doc, matchesTerm(t), false);
    else score += 1; // numeric and date term queries are point queries: constant score
  }
  const needAll = q.type === 'match' && String(q.operator || 'or').toLowerCase() === 'and';
  if (!matched || (needAll && matched < terms.length)) return -1;
  return Math.fround(score * boost);
}

function rangeQuery(q, doc, ctx, boost) {
  const f = resolveField(ctx.index.mapping, q.field);
  if (!f || isObjectMapper(f)) return -1;
  const kind = KIND[f.type];
  const conv = (n) => (n === undefined ? undefined : kind === 'date' && q.format ? coerce(ctx.index, Object.assign({}, f, { format: q.format }), n) : coerce(ctx.index, f, n));
  const b = { gt: conv(q.gt), gte: conv(q.gte), lt: conv(q.lt), lte: conv(q.lte) };
  const vals = (doc.fields.get(q.field) || []).flatMap((v) => (v && v.tokens ? v.tokens : [v]));
  const ok = (v) =>
    (b.gt === undefined || v > b.gt) && (b.gte === undefined || v >= b.gte) && (b.lt === undefined || v < b.lt) && (b.lte === undefined || v <= b.lte);
  return vals.some(ok) ? boost : -1;
}

module.exports = { parseQuery, evaluate, parsingError, shardFailure };
