'use strict';
/**
 * URL parameters the way BaseRestHandler treats them: a handler reads
 * ("consumes") every parameter it supports, then any parameter left
 * unconsumed fails the request with
 *   request [<path>] contains unrecognized parameter: [<name>]
 * plus ES's "-> did you mean [x]?" hint (Lucene Levenshtein similarity > 0.5
 * against the consumed and response parameters).
 */
const { EsError, causedBy, illegalArgument } = require('./errors');

// Consumed by the REST channel / controller for every request.
const RESPONSE_PARAMS = ['format', 'filter_path', 'pretty', 'human', 'error_trace'];

function levenshteinSimilarity(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return 1 - d[a.length][b.length] / Math.max(a.length, b.length);
}

class Params {
  /** @param map Map of decoded query parameters (path parameters added by the router) */
  constructor(map, path) {
    this.map = map;
    this.path = path;
    this.consumed = new Set(RESPONSE_PARAMS);
  }

  has(k) {
    return this.map.has(k);
  }

  str(k, def) {
    this.consumed.add(k);
    return this.map.has(k) ? this.map.get(k) : def;
  }

  bool(k, def) {
    const v = this.str(k);
    if (v === undefined) return def;
    if (v === '' || v === 'true') return true;
    if (v === 'false') return false;
    throw illegalArgument(`Failed to parse value [${v}] as only [true] or [false] are allowed.`);
  }

  int(k, def, kind = 'int') {
    const v = this.str(k);
    if (v === undefined) return def;
    if (!/^[+-]?\d+$/.test(v) || (kind === 'int' && Math.abs(Number(v)) > 2147483647)) {
      throw illegalArgument(`Failed to parse ${kind} parameter [${k}] with value [${v}]`, causedBy('number_format_exception', `For input string: "${v}"`));
    }
    return Number(v);
  }

  long(k, def) {
    return this.int(k, def, 'long');
  }

  time(k) {
    const v = this.str(k);
    if (v !== undefined && !/^(-1|0|\d+(\.\d+)?(nanos|micros|ms|s|m|h|d))$/.test(v)) {
      throw new EsError(400, 'parse_exception', `failed to parse setting [${k}] with value [${v}] as a time value: unit is missing or unrecognized`);
    }
    return v;
  }

  refresh() {
    const v = this.str('refresh');
    if (v === undefined || v === 'false') return 'false';
    if (v === '' || v === 'true') return 'true';
    if (v === 'wait_for') return 'wait_for';
    throw illegalArgument(`Unknown value for refresh: [${v}].`);
  }

  activeShards() {
    const v = this.str('wait_for_active_shards');
    if (v !== undefined && v !== 'all' && v !== 'index-setting' && !/^\d+$/.test(v)) throw illegalArgument(`cannot parse ActiveShardCount[${v}]`);
    return v;
  }

  versionType() {
    const v = this.str('version_type');
    if (v === undefined) return 'internal';
    if (!['internal', 'external', 'external_gte'].includes(v)) throw illegalArgument(`No version type match [${v}]`);
    return v;
  }

  /** FetchSourceContext.parseFromRestRequest: _source (bool or list), _source_includes, _source_excludes. */
  source(v8) {
    const raw = this.str('_source');
    let incl = this.str('_source_includes');
    let excl = this.str('_source_excludes');
    if (!v8) {
      incl = incl === undefined ? this.str('_source_include') : incl;
      excl = excl === undefined ? this.str('_source_exclude') : excl;
    }
    let fetch;
    let includes = incl !== undefined ? incl.split(',').filter(Boolean) : [];
    if (raw !== undefined) {
      if (raw === '' || raw === 'true') fetch = true;
      else if (raw === 'false') fetch = false;
      else includes = raw.split(',').filter(Boolean);
    }
    const excludes = excl !== undefined ? excl.split(',').filter(Boolean) : [];
    if (fetch === undefined && !includes.length && !excludes.length) return null;
    return { fetch: fetch !== false, includes, excludes };
  }

  /** Throws for any parameter nobody consumed (run after the handler has read its parameters). */
  check() {
    const bad = [...this.map.keys()].filter((k) => !this.consumed.has(k)).sort();
    if (!bad.length) return;
    const parts = bad.map((name) => {
      const keys = [...this.consumed]
        .map((c) => [levenshteinSimilarity(name, c), c])
        .filter(([s]) => s > 0.5)
        .sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? -1 : 1))
        .map(([, c]) => c);
      if (!keys.length) return `[${name}]`;
      return `[${name}] -> did you mean ${keys.length === 1 ? `[${keys[0]}]` : `any of [${keys.join(', ')}]`}?`;
    });
    throw illegalArgument(`request [${this.path}] contains unrecognized parameter${bad.length > 1 ? 's' : ''}: ${parts.join(', ')}`);
  }
}

module.exports = { Params };
