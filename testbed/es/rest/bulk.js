'use strict';
/**
 * The `_bulk` API: its NDJSON body and each action, as one request.
 * Methods of `Rest` (rest/index.js): `this` is the REST layer.
 */
const { EsError, illegalArgument, validation } = require('../errors');
const { plain } = require('../json');
const { Src } = require('../xcontent');
const { validateIndexName } = require('../engine');
const { tokenOf, sourceFromNode, filterSource } = require('./common');

const bulk = {
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
  },

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
  },
};

module.exports = { bulk };
