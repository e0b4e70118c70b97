'use strict';
/**
 * The REST layer: routing, media types, authentication, parameters and
 * every endpoint's request/response shapes. handle(ctx) answers one request;
 * ctx = { method, path, rawUrl, query: Map, headers, body: Buffer }.
 * Returns { status, body?: value, text?: string, headers? }.
 */
const { EsError, causedBy, illegalArgument, validation, parseException, indexNotFound } = require('./errors');
const { parse, plain, JsonError } = require('./json');
const { Src, Float } = require('./xcontent');
const { parseQuery, evaluate, shardFailure } = require('./query');
const { resolveField, KIND, isObjectMapper, rootFromRequest } = require('./mapping');
const { validateIndexName } = require('./engine');

const SHARDS_WRITE = { total: 2, successful: 1, failed: 0 }; // 1 primary + 1 unassigned replica on one node
const SHARDS_NOOP = { total: 0, successful: 0, failed: 0 };
const MAX_RESULT_WINDOW = 10000;

class Rest {
  /** opts: { engine, version, v8, nodeName, clusterName, clusterUuid, user, apiKey } */
  constructor(opts) {
    Object.assign(this, opts);
    this.routes = this.buildRoutes();
  }

  // ---------------------------------------------------------------- helpers

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
  }

  xcontentError(loc, msg) {
    return new EsError(400, this.v8 ? 'x_content_parse_exception' : 'parsing_exception', this.v8 ? `[${loc.line}:${loc.col}] ${msg}` : msg, this.v8 ? {} : { meta: { line: loc.line, col: loc.col } });
  }

  bodyText(ctx) {
    return ctx.body.length ? ctx.body.toString('utf8') : '';
  }

  /** request.contentOrSourceParam(): the body, or ?source= with ?source_content_type= */
  contentOrSource(ctx, p) {
    const text = this.bodyText(ctx);
    if (text.length) return text;
    if (!p.has('source')) return '';
    const src = p.str('source');
    const type = p.str('source_content_type');
    if (!type) throw illegalArgument('source and source_content_type parameters are required');
    return src;
  }

  requiredContent(ctx) {
    const text = this.bodyText(ctx);
    if (!text.length) throw parseException('request body is required');
    return text;
  }

  typed(o) {
    // 7.x responses still carry the (single) mapping type.
    if (this.v8) return o;
    const out = {};
    for (const k of Object.keys(o)) {
      out[k] = o[k];
      if (k === '_index') out._type = '_doc';
    }
    return out;
  }

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
  }

  applyRefresh(ix, refresh) {
    if (refresh !== 'false') this.engine.refresh(ix);
    return refresh === 'true';
  }

  getBody(ix, id, doc, sourceCtx) {
    if (!doc) return this.typed({ _index: ix.name, _id: id, found: false });
    const o = this.typed({ _index: ix.name, _id: id, _version: doc.version, _seq_no: doc.seqNo, _primary_term: 1, found: true });
    const src = filterSource(doc.source, sourceCtx);
    if (src) o._source = new Src(src);
    return o;
  }

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
  }

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
  }

  checkPipeline(pipeline) {
    if (pipeline !== undefined && pipeline !== '_none') throw illegalArgument(`pipeline with id [${pipeline}] does not exist`);
  }

  writeIndex(name, requireAlias) {
    if (requireAlias) {
      throw new EsError(404, 'index_not_found_exception', `no such index [${name}] and [require_alias] request flag is [true] and [${name}] is not an alias`, {
        meta: { 'resource.type': 'index_or_alias', 'resource.id': name, index_uuid: '_na_', index: name },
      });
    }
    return this.engine.indexForWrite(name);
  }

  // ---------------------------------------------------------------- routes

  buildRoutes() {
    const r = (pattern, methods) => ({ pattern, methods });
    return [
      r([], { GET: this.main, HEAD: this.main }),
      r(['_bulk'], { POST: this.bulk, PUT: this.bulk }),
      r(['_mget'], { GET: this.mget, POST: this.mget }),
      r(['_search'], { GET: this.search, POST: this.search }),
      r(['_count'], { GET: this.count, POST: this.count }),
      r(['_refresh'], { GET: this.refresh, POST: this.refresh }),
      r(['_mapping'], { GET: this.getMapping }),
      r(['_cluster', 'health'], { GET: this.health }),
      r(['_cluster', 'health', ':index'], { GET: this.health }),
      r([':index'], { PUT: this.createIndex, DELETE: this.deleteIndex, HEAD: this.indexExists, GET: this.getIndex }),
      r([':index', '_bulk'], { POST: this.bulk, PUT: this.bulk }),
      r([':index', '_mget'], { GET: this.mget, POST: this.mget }),
      r([':index', '_search'], { GET: this.search, POST: this.search }),
      r([':index', '_count'], { GET: this.count, POST: this.count }),
      r([':index', '_refresh'], { GET: this.refresh, POST: this.refresh }),
      r([':index', '_mapping'], { GET: this.getMapping, PUT: this.putMapping, POST: this.putMapping }),
      r([':index', '_doc'], { POST: this.indexAutoId }),
      r([':index', '_doc', ':id'], { PUT: this.indexDoc, POST: this.indexDoc, GET: this.getDoc, HEAD: this.getDoc, DELETE: this.deleteDoc }),
      r([':index', '_create', ':id'], { PUT: this.createDoc, POST: this.createDoc }),
      r([':index', '_update', ':id'], { POST: this.update }),
    ];
  }

  /** Finds the handler; ES's path trie prefers literal segments over {placeholders}. */
  route(method, segs) {
    let best = null;
    for (const rt of this.routes) {
      if (rt.pattern.length !== segs.length) continue;
      const params = {};
      let literal = 0;
      const ok = rt.pattern.every((pp, i) => {
        if (pp.startsWith(':')) {
          params[pp.slice(1)] = segs[i];
          return true;
        }
        literal++;
        return pp === segs[i];
      });
      if (ok && (!best || literal > best.literal)) best = { rt, params, literal };
    }
    if (!best) return { none: true };
    const handler = best.rt.methods[method];
    if (!handler) return { allowed: Object.keys(best.rt.methods) };
    return { handler, params: best.params };
  }

  // ---------------------------------------------------------------- endpoints

  main(ctx, p) {
    return () => {
      if (ctx.method === 'HEAD') return { status: 200 };
      const v8 = this.v8;
      return {
        status: 200,
        body: {
          name: this.nodeName,
          cluster_name: this.clusterName,
          cluster_uuid: this.clusterUuid,
          version: {
            number: this.version,
            build_flavor: 'default',
            build_type: 'docker',
            build_hash: v8 ? '2b6a7fed44faa321997703718f07ee0420804b41' : 'a6ec8e2e6e5e1b0f2e5c1bd2a3b9b6e5b4f5d3e2',
            build_date: v8 ? '2024-12-11T12:08:05.663969764Z' : '2024-10-16T22:06:36.904732810Z',
            build_snapshot: false,
            lucene_version: v8 ? '9.12.0' : '8.11.3',
            minimum_wire_compatibility_version: v8 ? '7.17.0' : '6.8.0',
            minimum_index_compatibility_version: v8 ? '7.0.0' : '6.0.0-beta1',
          },
          tagline: 'You Know, for Search',
        },
      };
    };
  }

  health(ctx, p) {
    const index = p.str('index');
    ['level', 'local', 'master_timeout', 'timeout', 'wait_for_active_shards', 'wait_for_nodes', 'wait_for_events', 'wait_for_no_relocating_shards', 'wait_for_no_initializing_shards', 'wait_for_status', 'expand_wildcards'].forEach((k) => p.str(k));
    return () => {
      const indices = index ? this.engine.resolve(index) : [...this.engine.indices.values()];
      const n = indices.length;
      return {
        status: 200,
        body: {
          cluster_name: this.clusterName,
          status: n ? 'yellow' : 'green',
          timed_out: false,
          number_of_nodes: 1,
          number_of_data_nodes: 1,
          active_primary_shards: n,
          active_shards: n,
          relocating_shards: 0,
          initializing_shards: 0,
          unassigned_shards: n,
          unassigned_primary_shards: this.v8 ? 0 : undefined,
          delayed_unassigned_shards: 0,
          number_of_pending_tasks: 0,
          number_of_in_flight_fetch: 0,
          task_max_waiting_in_queue_millis: 0,
          active_shards_percent_as_number: new Float(n ? 50 : 100),
        },
      };
    };
  }

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
  }

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
  }

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
  }

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
  }

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
  }

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
  }

  refresh(ctx, p) {
    const expr = p.str('index');
    p.str('expand_wildcards');
    const opts = { ignoreUnavailable: p.bool('ignore_unavailable', false), allowNoIndices: p.bool('allow_no_indices', true) };
    return () => {
      const targets = this.engine.resolve(expr, opts);
      targets.forEach((ix) => this.engine.refresh(ix));
      return { status: 200, body: { _shards: { total: targets.length * 2, successful: targets.length, failed: 0 } } };
    };
  }

  indexAutoId(ctx, p) {
    return this.indexDoc(ctx, p, 'auto');
  }

  createDoc(ctx, p) {
    const opType = p.str('op_type');
    if (opType !== undefined && opType.toLowerCase() !== 'create') throw illegalArgument(`opType must be 'create', found: [${opType}]`);
    return this.indexDoc(ctx, p, 'create');
  }

  indexDoc(ctx, p, mode) {
    const text = this.requiredContent(ctx);
    const name = p.str('index');
    const givenId = mode === 'auto' ? undefined : p.str('id');
    const o = this.writeOpts(p);
    const pipeline = p.str('pipeline');
    const requireAlias = p.bool('require_alias', false);
    if (this.v8) p.bool('require_data_stream', false);
    let opType = mode === 'create' || mode === 'auto' ? 'create' : 'index';
    const sOpType = mode === 'create' ? undefined : p.str('op_type');
    if (sOpType !== undefined) {
      if (sOpType !== 'create' && sOpType !== 'index') throw illegalArgument(`opType must be 'create' or 'index', found: [${sOpType}]`);
      opType = sOpType;
    }
    return () => {
      this.validateWrite(o, givenId);
      if (opType === 'create' && o.versionType !== 'internal') throw validation(['create operations only support internal versioning. use index instead']);
      const bad = validateIndexName(name);
      if (bad && !this.engine.indices.has(name)) throw bad;
      this.checkPipeline(pipeline);
      const ix = this.writeIndex(name, requireAlias);
      const id = givenId !== undefined ? givenId : this.engine.generateId();
      const src = this.engine.parseSource(text, id);
      const r = this.engine.indexDoc(ix, id, src, Object.assign({ opType }, o));
      const forced = this.applyRefresh(ix, o.refresh);
      return { status: r.status, body: this.writeBody(r, forced), headers: r.status === 201 ? { Location: `/${encodeURIComponent(name)}/_doc/${encodeURIComponent(id)}` } : {} };
    };
  }

  getDoc(ctx, p) {
    const name = p.str('index');
    const id = p.str('id');
    p.str('routing');
    p.str('preference');
    const realtime = p.bool('realtime', true);
    const refresh = p.bool('refresh', false);
    const stored = p.str('stored_fields');
    if (p.has('fields')) {
      p.str('fields');
      throw illegalArgument('the parameter [fields] is no longer supported, please use [stored_fields] to retrieve stored fields or [_source] to load the field from _source');
    }
    const version = p.long('version');
    const versionType = p.versionType();
    const sourceCtx = p.source(this.v8) || (stored !== undefined ? { fetch: false, includes: [], excludes: [] } : null);
    if (this.v8) p.bool('force_synthetic_source', false);
    return () => {
      const ix = this.engine.requireIndex(name);
      if (refresh) this.engine.refresh(ix);
      const doc = realtime ? this.engine.live(ix, id) : ix.view.find((d) => d.id === id) || null;
      if (doc && version !== undefined && versionType === 'internal' && doc.version !== version) {
        throw this.engine.conflict(ix, id, `current version [${doc.version}] is different than the one provided [${version}]`);
      }
      if (ctx.method === 'HEAD') return { status: doc ? 200 : 404 };
      return { status: doc ? 200 : 404, body: this.getBody(ix, id, doc, sourceCtx) };
    };
  }

  deleteDoc(ctx, p) {
    const name = p.str('index');
    const id = p.str('id');
    const o = this.writeOpts(p);
    return () => {
      this.validateWrite(o, id);
      const external = o.versionType !== 'internal';
      // Deletes never auto-create an index (unless externally versioned), as TransportBulkAction.
      const ix = external ? this.engine.indexForWrite(name) : this.engine.requireIndex(name);
      const r = this.engine.deleteDoc(ix, id, o);
      const forced = this.applyRefresh(ix, o.refresh);
      return { status: r.status, body: this.writeBody(r, forced) };
    };
  }

  /** Parses an update body (UpdateRequest.fromXContent). */
  parseUpdate(node) {
    if (node.t !== 'obj') throw this.xcontentError(node, `[UpdateRequest] Expected START_OBJECT but was: ${node.t === 'arr' ? 'START_ARRAY' : 'VALUE_STRING'}`);
    const u = { docAsUpsert: false, detectNoop: true };
    for (const pr of node.props) {
      const v = pr.val;
      switch (pr.key) {
        case 'doc':
        case 'upsert':
          if (v.t !== 'obj') throw this.xcontentError(v, `[UpdateRequest] ${pr.key} doesn't support values of type: ${v.t === 'arr' ? 'START_ARRAY' : 'VALUE_STRING'}`);
          u[pr.key] = v;
          break;
        case 'doc_as_upsert':
        case 'detect_noop':
        case 'scripted_upsert':
          if (v.t !== 'bool' && !(v.t === 'str' && ['true', 'false'].includes(v.v))) {
            throw this.xcontentError(v, `[UpdateRequest] failed to parse field [${pr.key}]`);
          }
          u[pr.key === 'doc_as_upsert' ? 'docAsUpsert' : pr.key === 'detect_noop' ? 'detectNoop' : 'scriptedUpsert'] = v.t === 'bool' ? v.v : v.v === 'true';
          break;
        case 'script':
          u.script = v;
          break;
        case '_source':
          u.source = sourceFromNode(v);
          break;
        default:
          throw this.xcontentError(pr, `[UpdateRequest] unknown field [${pr.key}]`);
      }
    }
    return u;
  }

  validateUpdate(u) {
    const errs = [];
    if (!u.script && !u.doc) errs.push('script or doc is missing');
    if (u.script && u.doc) errs.push("can't provide both script and doc");
    if (u.docAsUpsert && !u.doc) errs.push('doc must be specified if doc_as_upsert is enabled');
    if (errs.length) throw validation(errs);
    if (u.script) throw illegalArgument('this Elasticsearch stand-in does not execute scripts; send a partial "doc" instead');
  }

  /** Runs one update against the engine; returns { r, doc } where r is a write result. */
  runUpdate(ix, id, u, o) {
    const cur = this.engine.live(ix, id);
    if (o.ifSeqNo !== undefined) this.engine.checkVersion(ix, id, ix.docs.get(id), o);
    if (!cur) {
      const upsert = u.docAsUpsert ? u.doc : u.upsert;
      if (!upsert) {
        throw new EsError(404, 'document_missing_exception', `${this.v8 ? '' : '[_doc]'}[${id}]: document missing`, { meta: { index_uuid: ix.uuid, shard: '0', index: ix.name } });
      }
      const r = this.engine.indexDoc(ix, id, upsert, {});
      return { r, doc: this.engine.live(ix, id) };
    }
    const merged = mergeNodes(cur.source, u.doc);
    if (u.detectNoop && nodesEqual(merged, cur.source)) {
      return { r: { ix, id, version: cur.version, result: 'noop', seqNo: cur.seqNo, status: 200 }, doc: cur };
    }
    const r = this.engine.indexDoc(ix, id, merged, {});
    return { r, doc: this.engine.live(ix, id) };
  }

  update(ctx, p) {
    const name = p.str('index');
    const id = p.str('id');
    const o = {
      refresh: p.refresh(),
      timeout: p.time('timeout'),
      routing: p.str('routing'),
      activeShards: p.activeShards(),
      versionType: 'internal',
    };
    const docAsUpsert = p.bool('doc_as_upsert', false);
    const sourceCtx = p.source(this.v8);
    p.int('retry_on_conflict', 0);
    // RestUpdateAction refuses versions outright, before looking at anything else.
    if (p.has('version') || p.has('version_type')) {
      throw validation(['internal versioning can not be used for optimistic concurrency control. Please use `if_seq_no` and `if_primary_term` instead']);
    }
    o.ifSeqNo = p.long('if_seq_no');
    o.ifPrimaryTerm = p.long('if_primary_term');
    const requireAlias = p.bool('require_alias', false);
    const u = this.parseUpdate(this.restJson(this.requiredContent(ctx)));
    u.docAsUpsert = u.docAsUpsert || docAsUpsert;
    return () => {
      this.validateUpdate(u);
      this.validateWrite(o, id);
      const bad = validateIndexName(name);
      if (bad && !this.engine.indices.has(name)) throw bad;
      // Updates auto-create their index even when the document then turns out to be missing.
      const ix = this.writeIndex(name, requireAlias);
      const { r, doc } = this.runUpdate(ix, id, u, o);
      const forced = r.result !== 'noop' && this.applyRefresh(ix, o.refresh);
      const body = this.writeBody(r, forced);
      const sc = sourceCtx || u.source;
      if (sc && sc.fetch) {
        body.get = { _seq_no: doc.seqNo, _primary_term: 1, found: true, _source: new Src(filterSource(doc.source, sc)) };
      }
      return { status: r.status, body, headers: r.status === 201 ? { Location: `/${encodeURIComponent(name)}/_doc/${encodeURIComponent(id)}` } : {} };
    };
  }

  mget(ctx, p) {
    const defIndex = p.str('index');
    p.str('routing');
    p.str('preference');
    const realtime = p.bool('realtime', true);
    const refresh = p.bool('refresh', false);
    const stored = p.str('stored_fields');
    const urlSource = p.source(this.v8) || (stored !== undefined ? { fetch: false, includes: [], excludes: [] } : null);
    if (this.v8) p.bool('force_synthetic_source', false);
    const text = this.contentOrSource(ctx, p);
    if (!text.length) throw parseException('request body or source parameter is required');
    const node = this.restJson(text);
    const items = [];
    if (node.t !== 'obj') throw this.xcontentError(node, 'Unexpected token');
    for (const pr of node.props) {
      if (pr.key === 'docs' && pr.val.t === 'arr') {
        for (const d of pr.val.items) {
          if (d.t !== 'obj') throw new EsError(400, 'illegal_argument_exception', `docs array element should include an object`);
          const it = {};
          for (const f of d.props) {
            if (f.key === '_index') it.index = String(plain(f.val));
            else if (f.key === '_id') it.id = String(plain(f.val));
            else if (f.key === '_source') it.source = sourceFromNode(f.val);
            else if (['routing', '_routing', 'stored_fields', 'version', 'version_type', '_version', '_version_type'].includes(f.key)) it[f.key] = plain(f.val);
            else throw new EsError(400, 'parsing_exception', `Unknown key for a ${tokenOf(f.val)} in [${f.key}].`, { meta: { line: f.line, col: f.col } });
          }
          items.push(it);
        }
      } else if (pr.key === 'ids' && pr.val.t === 'arr') {
        for (const d of pr.val.items) {
          if (d.t !== 'str' && d.t !== 'num') throw illegalArgument('ids array element should only contain ids');
          items.push({ id: String(plain(d)) });
        }
      } else {
        throw new EsError(400, 'parsing_exception', `unknown key [${pr.key}] for a ${tokenOf(pr.val)}, expected [docs] or [ids]`, { meta: { line: pr.line, col: pr.col } });
      }
    }
    return () => {
      const errs = [];
      if (!items.length) errs.push('no documents to get');
      items.forEach((it, n) => {
        if (it.index === undefined) it.index = defIndex;
        if (it.index === undefined) errs.push(`index is missing for doc ${n}`);
        if (it.id === undefined) errs.push(`id is missing for doc ${n}`);
      });
      if (errs.length) throw validation(errs);
      const docs = items.map((it) => {
        const ix = this.engine.indices.get(it.index);
        if (!ix) return this.typed({ _index: it.index, _id: it.id, error: indexNotFound(it.index).toXContent() });
        if (refresh) this.engine.refresh(ix);
        const doc = realtime ? this.engine.live(ix, it.id) : ix.view.find((d) => d.id === it.id) || null;
        return this.getBody(ix, it.id, doc, it.source || urlSource);
      });
      return { status: 200, body: { docs } };
    };
  }

  bulk(ctx, p) {
    const defIndex = p.str('index');
    p.activeShards();
    p.str('routing');
    p.time('timeout');
    const pipeline = p.str('pipeline');
    const refresh = p.refresh();
    const urlSource = p.source(this.v8);
    const requireAlias = p.bool('require_alias', false);
    if (this.v8) {
      p.bool('require_data_stream', false);
      p.bool('list_executed_pipelines', false);
    } else p.str('type');
    const text = this.requiredContent(ctx);
    const ops = this.parseBulk(text, defIndex, requireAlias);
    return () => {
      const started = Date.now();
      const errs = [];
      for (const op of ops) {
        if (op.index === undefined) errs.push('index is missing');
        if ((op.action === 'delete' || op.action === 'update') && op.id === undefined) errs.push('id is missing');
        const o = op.opts;
        if (op.action !== 'update' && o.versionType === 'internal' && o.version !== undefined) {
          errs.push('internal versioning can not be used for optimistic concurrency control. Please use `if_seq_no` and `if_primary_term` instead');
        }
        if (op.action === 'update') {
          if (!op.update.doc && !op.update.script) errs.push('script or doc is missing');
          if (op.update.docAsUpsert && !op.update.doc) errs.push('doc must be specified if doc_as_upsert is enabled');
        }
      }
      if (!ops.length) errs.push('no requests added');
      if (errs.length) throw validation(errs);
      this.checkPipeline(pipeline);
      const touched = new Set();
      const items = ops.map((op) => {
        const id = op.id !== undefined ? op.id : op.action === 'index' || op.action === 'create' ? this.engine.generateId() : undefined;
        try {
          if (op.requireAlias) this.writeIndex(op.index, true);
          const external = op.opts.versionType !== 'internal';
          let ix;
          if (op.action === 'delete' && !external) ix = this.engine.requireIndex(op.index);
          else {
            const bad = validateIndexName(op.index);
            if (bad && !this.engine.indices.has(op.index)) throw bad;
            ix = this.engine.indexForWrite(op.index);
          }
          touched.add(ix);
          let r;
          let doc;
          if (op.action === 'delete') r = this.engine.deleteDoc(ix, id, op.opts);
          else if (op.action === 'update') {
            if (op.update.script) throw illegalArgument('this Elasticsearch stand-in does not execute scripts; send a partial "doc" instead');
            ({ r, doc } = this.runUpdate(ix, id, op.update, op.opts));
          } else {
            if (op.action === 'create' && op.opts.versionType !== 'internal') throw validation(['create operations only support internal versioning. use index instead']);
            r = this.engine.indexDoc(ix, id, this.engine.parseSource(op.source, id), Object.assign({ opType: op.action === 'create' ? 'create' : 'index' }, op.opts));
          }
          const item = Object.assign(this.writeBody(r, refresh === 'true' && r.result !== 'noop'), { status: r.status });
          const sc = op.update && op.update.source ? op.update.source : urlSource;
          if (op.action === 'update' && sc && sc.fetch) {
            item.get = { _seq_no: doc.seqNo, _primary_term: 1, found: true, _source: new Src(filterSource(doc.source, sc)) };
          }
          return { [op.action]: item };
        } catch (e) {
          if (!(e instanceof EsError)) throw e;
          return { [op.action]: this.typed({ _index: op.index, _id: id === undefined ? null : id, status: e.status, error: e.toXContent() }) };
        }
      });
      touched.forEach((ix) => this.applyRefresh(ix, refresh));
      const errors = items.some((it) => Object.values(it)[0].error);
      const took = Date.now() - started;
      return { status: 200, body: this.v8 ? { errors, took, items } : { took, errors, items } };
    };
  }

  /** BulkRequestParser: action/metadata lines and their sources; malformed lines fail the whole request. */
  parseBulk(text, defIndex, defRequireAlias) {
    const lines = text.split('\n');
    const terminated = text.endsWith('\n');
    if (!terminated) lines.pop(); // the unterminated tail is rejected below when it matters
    const tail = terminated ? null : text.slice(text.lastIndexOf('\n') + 1);
    const ops = [];
    let line = 0;
    let i = 0;
    const unterminated = () => illegalArgument('The bulk request must be terminated by a newline [\\n]');
    while (i < lines.length || (tail !== null && i === lines.length)) {
      if (i === lines.length) {
        if (tail.trim().length) throw unterminated();
        break;
      }
      const raw = lines[i++];
      line++;
      if (!raw.trim().length) continue;
      const node = this.restJson(raw);
      if (node.t !== 'obj') throw illegalArgument(`Malformed action/metadata line [${line}], expected START_OBJECT but found [${tokenOf(node)}]`);
      if (!node.props.length) throw illegalArgument(`Malformed action/metadata line [${line}], expected FIELD_NAME but found [END_OBJECT]`);
      const action = node.props[0].key;
      // 8.x refuses an unknown action; 7.17 skips it and the line after it (measured on 7.17.29).
      const known = ['index', 'create', 'update', 'delete'].includes(action);
      if (!known && this.v8) {
        throw illegalArgument(`Malformed action/metadata line [${line}], expected field [create], [delete], [index] or [update] but found [${action}]`);
      }
      const meta = node.props[0].val;
      if (meta.t !== 'obj') throw illegalArgument(`Malformed action/metadata line [${line}], expected START_OBJECT or END_OBJECT but found [${tokenOf(meta)}]`);
      if (node.props.length > 1) throw illegalArgument(`Malformed action/metadata line [${line}], expected END_OBJECT but found [FIELD_NAME]`);
      const op = { action, index: defIndex, opts: { versionType: 'internal' }, requireAlias: defRequireAlias };
      for (const f of meta.props) {
        const v = f.val;
        if (v.t === 'arr') throw illegalArgument(`Malformed action/metadata line [${line}], expected a simple value for field [${f.key}] but found [START_ARRAY]`);
        const val = plain(v);
        switch (f.key) {
          case '_index':
            op.index = String(val);
            break;
          case '_id':
            op.id = String(val);
            break;
          case 'routing':
          case 'pipeline':
          case 'dynamic_templates':
          case 'list_executed_pipelines':
          case 'require_data_stream':
            break;
          case 'op_type':
            if (val !== 'create' && val !== 'index') throw illegalArgument(`opType must be 'create' or 'index', found: [${val}]`);
            if (action === 'index') op.action = val;
            break;
          case 'version':
            op.opts.version = Number(val);
            break;
          case 'version_type':
            if (!['internal', 'external', 'external_gte'].includes(val)) throw illegalArgument(`No version type match [${val}]`);
            op.opts.versionType = val;
            break;
          case 'if_seq_no':
            op.opts.ifSeqNo = Number(val);
            break;
          case 'if_primary_term':
            op.opts.ifPrimaryTerm = Number(val);
            break;
          case 'retry_on_conflict':
            break;
          case 'require_alias':
            op.requireAlias = val === true || val === 'true';
            break;
          case '_source':
            op.sourceCtx = sourceFromNode(v);
            break;
          default:
            if (!this.v8 && f.key === '_type') break;
            throw illegalArgument(`Action/metadata line [${line}] contains an unknown parameter [${f.key}]`);
        }
      }
      if (!known) {
        i++;
        line++;
        continue;
      }
      if (action !== 'delete') {
        if (i >= lines.length) {
          if (tail !== null && tail.trim().length) throw unterminated();
          break; // an action without its source line at the very end is dropped, as ES does
        }
        const src = lines[i++];
        line++;
        if (action === 'update') {
          op.update = this.parseUpdate(this.restJson(src));
          if (op.sourceCtx) op.update.source = op.sourceCtx;
        } else op.source = src;
      }
      ops.push(op);
    }
    return ops;
  }

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
  }

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
  }

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
  }

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
  }

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
  }

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
  }
}

// -------------------------------------------------------------------- helpers

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

/** XContentHelper.update: objects merge recursively, anything else is replaced; new keys go last. */
function mergeNodes(base, patch) {
  const props = base.props.map((p) => ({ key: p.key, val: p.val, line: p.line, col: p.col }));
  for (const pp of patch.props) {
    const at = props.findIndex((x) => x.key === pp.key);
    if (at < 0) props.push(pp);
    else if (props[at].val.t === 'obj' && pp.val.t === 'obj') props[at] = Object.assign({}, pp, { val: mergeNodes(props[at].val, pp.val) });
    else props[at] = pp;
  }
  return Object.assign({}, patch, { t: 'obj', props });
}

/** Java Map equality on parsed sources: 1 (Integer) and 1.0 (Double) differ. */
function nodesEqual(a, b) {
  if (a.t !== b.t) return false;
  switch (a.t) {
    case 'obj':
      return a.props.length === b.props.length && a.props.every((p) => {
        const o = b.props.find((x) => x.key === p.key);
        return o && nodesEqual(p.val, o.val);
      });
    case 'arr':
      return a.items.length === b.items.length && a.items.every((x, n) => nodesEqual(x, b.items[n]));
    case 'num':
      return a.int === b.int && a.v === b.v;
    case 'null':
      return true;
    default:
      return a.v === b.v;
  }
}

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

module.exports = { Rest };
