'use strict';
/**
 * Document APIs: index (with and without an id), `_create`, get, delete,
 * `_update` and `_mget`.
 * Methods of `Rest` (rest/index.js): `this` is the REST layer.
 */
const { EsError, illegalArgument, validation, parseException, indexNotFound } = require('../errors');
const { plain } = require('../json');
const { Src } = require('../xcontent');
const { validateIndexName } = require('../engine');
const { tokenOf, sourceFromNode, filterSource } = require('./common');

const documents = {
  indexAutoId(ctx, p) {
    return this.indexDoc(ctx, p, 'auto');
  },

  createDoc(ctx, p) {
    const opType = p.str('op_type');
    if (opType !== undefined && opType.toLowerCase() !== 'create') throw illegalArgument(`opType must be 'create', found: [${opType}]`);
    return this.indexDoc(ctx, p, 'create');
  },

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
  },

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
  },

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
  },

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
  },

  validateUpdate(u) {
    const errs = [];
    if (!u.script && !u.doc) errs.push('script or doc is missing');
    if (u.script && u.doc) errs.push("can't provide both script and doc");
    if (u.docAsUpsert && !u.doc) errs.push('doc must be specified if doc_as_upsert is enabled');
    if (errs.length) throw validation(errs);
    if (u.script) throw illegalArgument('this Elasticsearch stand-in does not execute scripts; send a partial "doc" instead');
  },

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
  },

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
  },

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
  },
};

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

module.exports = { documents };
