'use strict';
/**
 * In-memory indices and documents with ES's write semantics: one primary
 * shard per index (seq_no per index, primary term 1), versions kept across
 * deletes (tombstones, as within index.gc_deletes), optimistic concurrency
 * (if_seq_no/if_primary_term, external versions), near-real-time search
 * (writes become searchable on refresh: explicit, ?refresh, or the 1 s
 * periodic refresh), realtime GET.
 */
const { EsError, causedBy, indexNotFound, NA } = require('./errors');
const { parse, JsonError } = require('./json');
const { rootFromRequest, parseDocument } = require('./mapping');

const INVALID_CHARS = ['\\', '/', '*', '?', '"', '<', '>', '|', ' ', ','];

function invalidName(name, why) {
  return new EsError(400, 'invalid_index_name_exception', `Invalid index name [${name}], ${why}`, { meta: { index_uuid: NA, index: name } });
}

function validateIndexName(name) {
  if (INVALID_CHARS.some((c) => name.includes(c))) return invalidName(name, `must not contain the following characters [ , ", *, \\, <, |, ,, >, /, ?]`);
  if (name.includes('#')) return invalidName(name, `must not contain '#'`);
  if (name.includes(':')) return invalidName(name, `must not contain ':'`);
  if (/^[_\-+]/.test(name)) return invalidName(name, `must not start with '_', '-', or '+'`);
  if (name !== name.toLowerCase()) return invalidName(name, 'must be lowercase');
  if (name === '.' || name === '..') return invalidName(name, `must not be '.' or '..'`);
  if (Buffer.byteLength(name) > 255) return invalidName(name, `index name is too long, (${Buffer.byteLength(name)} > 255)`);
  return null;
}

function uuid(rand) {
  return Buffer.from(Array.from({ length: 16 }, () => Math.floor(rand() * 256))).toString('base64url').slice(0, 22);
}

class Engine {
  constructor({ v8, rand, refreshIntervalMs = 1000 }) {
    this.v8 = v8;
    this.rand = rand;
    this.indices = new Map();
    this.order = 0;
    // Periodic refresh, like index.refresh_interval=1s (unref'd: never keeps the process alive).
    this.timer = setInterval(() => {
      for (const ix of this.indices.values()) if (ix.dirty) this.refresh(ix);
    }, refreshIntervalMs);
    this.timer.unref();
  }

  close() {
    clearInterval(this.timer);
  }

  generateId() {
    // ES ids are 20 base64url characters (time-based UUIDs); random ones of the same shape.
    return Buffer.from(Array.from({ length: 15 }, () => Math.floor(this.rand() * 256))).toString('base64url');
  }

  requireIndex(name) {
    const ix = this.indices.get(name);
    if (!ix) throw indexNotFound(name);
    return ix;
  }

  createIndex(name, body = {}) {
    const bad = validateIndexName(name);
    if (bad) throw bad;
    if (this.indices.has(name)) {
      const ix = this.indices.get(name);
      throw new EsError(400, 'resource_already_exists_exception', `index [${name}/${ix.uuid}] already exists`, { meta: { index_uuid: ix.uuid, index: name } });
    }
    const ix = {
      name,
      uuid: uuid(this.rand),
      created: Date.now(),
      mapping: rootFromRequest(body.mappings),
      settings: body.settings || {},
      docs: new Map(),
      view: [],
      seqNo: -1,
      dirty: false,
    };
    this.indices.set(name, ix);
    return ix;
  }

  /** The write path's auto-create (action.auto_create_index defaults to true). */
  indexForWrite(name) {
    return this.indices.get(name) || this.createIndex(name);
  }

  /** Resolves a multi-target expression (comma list, * wildcards, _all). */
  resolve(expr, { ignoreUnavailable = false, allowNoIndices = true } = {}) {
    const names = !expr || expr === '_all' || expr === '*' ? ['*'] : expr.split(',');
    const out = new Set();
    for (const n of names) {
      if (n.includes('*')) {
        const re = new RegExp('^' + n.split('*').map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
        for (const name of this.indices.keys()) if (re.test(name)) out.add(name);
      } else if (this.indices.has(n)) out.add(n);
      else if (!ignoreUnavailable) throw indexNotFound(n);
    }
    if (!out.size && !allowNoIndices) throw indexNotFound(expr);
    return [...out].sort().map((n) => this.indices.get(n));
  }

  refresh(ix) {
    ix.view = [...ix.docs.values()].filter((d) => !d.deleted).sort((a, b) => a.order - b.order);
    ix.dirty = false;
  }

  live(ix, id) {
    const d = ix.docs.get(id);
    return d && !d.deleted ? d : null;
  }

  conflict(ix, id, detail) {
    return new EsError(409, 'version_conflict_engine_exception', `[${id}]: version conflict, ${detail}`, { meta: { index_uuid: ix.uuid, shard: '0', index: ix.name } });
  }

  /** Checks if_seq_no/if_primary_term and external versions against the current doc (or tombstone). */
  checkVersion(ix, id, cur, o) {
    if (o.ifSeqNo !== undefined) {
      if (!cur || cur.deleted) {
        throw this.conflict(ix, id, `required seqNo [${o.ifSeqNo}], primary term [${o.ifPrimaryTerm}]. but no document was found`);
      }
      if (cur.seqNo !== o.ifSeqNo || o.ifPrimaryTerm !== 1) {
        throw this.conflict(ix, id, `required seqNo [${o.ifSeqNo}], primary term [${o.ifPrimaryTerm}]. current document has seqNo [${cur.seqNo}] and primary term [1]`);
      }
    }
    if (o.versionType === 'external' || o.versionType === 'external_gte') {
      const curV = cur ? cur.version : -1;
      const bad = o.versionType === 'external' ? curV >= o.version : curV > o.version;
      if (cur && bad) {
        const cmp = o.versionType === 'external' ? 'higher or equal to' : 'higher than';
        throw this.conflict(ix, id, `current version [${curV}] is ${cmp} the one provided [${o.version}]`);
      }
    }
  }

  /**
   * Indexes a document. o: { opType, ifSeqNo, ifPrimaryTerm, version, versionType }
   * Returns { ix, id, version, result, seqNo, status }.
   */
  indexDoc(ix, id, srcNode, o = {}) {
    const cur = ix.docs.get(id);
    if (o.opType === 'create' && cur && !cur.deleted) {
      throw this.conflict(ix, id, `document already exists (current version [${cur.version}])`);
    }
    this.checkVersion(ix, id, cur, o);
    const parsed = parseDocument(ix.mapping, srcNode, { id, v8: this.v8 });
    ix.mapping = parsed.mapping;
    const external = o.versionType === 'external' || o.versionType === 'external_gte';
    const version = external ? o.version : cur ? cur.version + 1 : 1;
    const doc = { id, version, seqNo: ++ix.seqNo, source: srcNode, fields: parsed.fields, order: ++this.order, deleted: false };
    ix.docs.set(id, doc);
    ix.dirty = true;
    const created = !cur || cur.deleted;
    return { ix, id, version, result: created ? 'created' : 'updated', seqNo: doc.seqNo, status: created ? 201 : 200 };
  }

  deleteDoc(ix, id, o = {}) {
    const cur = ix.docs.get(id);
    this.checkVersion(ix, id, cur, o);
    const found = cur && !cur.deleted;
    const external = o.versionType === 'external' || o.versionType === 'external_gte';
    const version = external ? o.version : cur ? cur.version + 1 : 1;
    const seqNo = ++ix.seqNo;
    ix.docs.set(id, { id, version, seqNo, deleted: true, order: ++this.order });
    ix.dirty = true;
    return { ix, id, version, result: found ? 'deleted' : 'not_found', seqNo, status: found ? 200 : 404 };
  }

  /** Parses a document source for a write; malformed JSON fails like the shard-level parse does. */
  parseSource(text) {
    try {
      const node = parse(text, { v8: this.v8 });
      if (node.trailing) {
        throw new EsError(400, this.v8 ? 'document_parsing_exception' : 'mapper_parsing_exception', `${this.v8 ? `[${node.trailing.line}:${node.trailing.col}] ` : ''}failed to parse: Malformed content, found extra data after parsing: START_OBJECT`);
      }
      return node;
    } catch (e) {
      if (!(e instanceof JsonError)) throw e;
      const cause = causedBy('json_parse_exception', e.message);
      if (this.v8) throw new EsError(400, 'document_parsing_exception', `[${e.line}:${e.col}] failed to parse: ${e.message.split('\n')[0]}`, { cause });
      throw new EsError(400, 'mapper_parsing_exception', 'failed to parse', { cause });
    }
  }
}

module.exports = { Engine, validateIndexName };
