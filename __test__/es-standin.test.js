'use strict';
// The Elasticsearch stand-in driven through the official @elastic/elasticsearch 8.x
// client (and raw HTTP where the client would hide the wire). The same tests run
// against the run's real 7.17 node (through es-proxy.js, which has the admin API
// too) when the jest setup started one, and against ELASTICSEARCH_URL when set
// (see testbed/es-target.js); the 8.x media-type tests need the stand-in (the
// real node is 7.17), the admin-API and special-mode tests skip on ELASTICSEARCH_URL.

const { Client, errors } = require('@elastic/elasticsearch');
const { esTarget, realCluster, uniqueIndex } = require('../testbed/es-target');
const control = require('../testbed/control');
const { request } = require('../testbed/http');

const { esEngine } = require('../testbed/es-engine');

const notExternal = realCluster() ? describe.skip : describe;
const standinOnly = esEngine().engine === 'standin' ? describe : describe.skip;

/** One raw HTTP request without keep-alive; `body` is the parsed JSON (undefined when not JSON). */
const raw = (baseUrl, method, path, { body, headers = {} } = {}) =>
  request(new URL(path, baseUrl), { method, body, headers: { Accept: 'application/json', ...headers } }).then((r) => ({ ...r, body: r.json ?? undefined }));

/** Resolves with the ResponseError a call rejects with (fails if it resolves). */
async function responseError(promise) {
  try {
    await promise;
  } catch (e) {
    if (e instanceof errors.ResponseError) return e;
    throw e;
  }
  throw new Error('expected the request to fail');
}

let target;
let client;
const created = [];
const idx = (base) => {
  const name = uniqueIndex(base);
  created.push(name);
  return name;
};

beforeAll(async () => {
  target = await esTarget();
  client = new Client({ node: target.url, auth: target.auth });
});

afterAll(async () => {
  if (client) {
    if (!target.isStandin) await client.indices.delete({ index: created.join(','), ignore_unavailable: true }).catch(() => {});
    await client.close();
  }
  if (target) await target.stop();
});

const major = () => Number(target.version.split('.')[0]);
/** 7.x still names the mapping type in document answers. */
const typed = () => (major() >= 8 ? {} : { _type: '_doc' });
const parsingType = () => (major() >= 8 ? 'document_parsing_exception' : 'mapper_parsing_exception');

describe('cluster info', () => {
  test('GET / answers like a node, with the product header the 8.x client requires', async () => {
    const res = await client.info({}, { meta: true });
    expect(res.headers['x-elastic-product']).toBe('Elasticsearch');
    expect(res.body.tagline).toBe('You Know, for Search');
    expect(res.body.version.number).toBe(target.version);
    // A node run from the Maven jars has no distribution, so no flavor.
    expect(res.body.version.build_flavor).toBe(target.engine === 'real' ? 'unknown' : 'default');
    expect(typeof res.body.version.lucene_version).toBe('string');
    expect(typeof res.body.cluster_uuid).toBe('string');
    if (target.isStandin) expect(res.body.version.number).toBe('8.17.0');
    // HEAD / is the client's ping.
    expect(await client.ping()).toBe(true);
  });
});

describe('documents', () => {
  let index;
  beforeAll(async () => {
    index = idx('docs');
    await client.index({ index, id: 'a', document: { oip: { x: 1 } } });
  });

  test('?ignore=404 (the production incident) is an unrecognized parameter, not a transport option', async () => {
    // The 8.x client forwards unknown API params to the query string, exactly what the old helpers did.
    const viaApi = await responseError(client.delete({ index, id: 'x', ignore: [404] }));
    const viaTransport = await responseError(client.transport.request({ method: 'DELETE', path: `/${index}/_doc/x`, querystring: { ignore: '404' } }));
    for (const e of [viaApi, viaTransport]) {
      expect(e.meta.statusCode).toBe(400);
      expect(e.body.error.type).toBe('illegal_argument_exception');
      expect(e.body.error.reason).toBe(`request [/${index}/_doc/x] contains unrecognized parameter: [ignore]`);
      expect(e.body.error.root_cause[0].type).toBe('illegal_argument_exception');
    }
    // The transport option is the right way: the 404 comes back as a normal body.
    const res = await client.delete({ index, id: 'x' }, { ignore: [404] });
    expect(res.result).toBe('not_found');
  });

  test('parameter values are validated: refresh accepts true|false|wait_for|"" only', async () => {
    const e = await responseError(client.transport.request({ method: 'PUT', path: `/${index}/_doc/r`, querystring: { refresh: 'yes' }, body: { a: 1 } }));
    expect(e.meta.statusCode).toBe(400);
    expect(e.body.error.type).toBe('illegal_argument_exception');
    expect(e.body.error.reason).toBe('Unknown value for refresh: [yes].');
  });

  test('exists() is a boolean; missing docs and indices give ES 404 bodies', async () => {
    expect(await client.exists({ index, id: 'a' })).toBe(true);
    expect(await client.exists({ index, id: 'nope' })).toBe(false);

    const missingDoc = await responseError(client.get({ index, id: 'nope' }));
    expect(missingDoc.meta.statusCode).toBe(404);
    expect(missingDoc.body).toEqual({ _index: index, ...typed(), _id: 'nope', found: false });

    const noIndex = `${index}-missing`;
    // One request at a time: a second already in flight could reject before it is awaited (an unhandled rejection).
    for (const call of [() => client.get({ index: noIndex, id: 'a' }), () => client.delete({ index: noIndex, id: 'a' })]) {
      const e = await responseError(call());
      expect(e.meta.statusCode).toBe(404);
      expect(e.body.status).toBe(404);
      expect(e.body.error).toMatchObject({ type: 'index_not_found_exception', reason: `no such index [${noIndex}]`, index: noIndex });
      expect(e.body.error.root_cause[0].type).toBe('index_not_found_exception');
    }
    // Neither a read nor a delete may auto-create the index.
    expect(await client.indices.exists({ index: noIndex })).toBe(false);
  });

  test('index, re-index, create conflict and delete carry versions and seq_no like ES', async () => {
    const first = await client.index({ index, id: 'v', document: { n: 1 } });
    expect(first).toMatchObject({ _index: index, _id: 'v', _version: 1, result: 'created', _shards: { total: 2, successful: 1, failed: 0 }, _primary_term: 1 });
    const second = await client.index({ index, id: 'v', document: { n: 2 } });
    expect(second).toMatchObject({ _version: 2, result: 'updated' });
    expect(second._seq_no).toBeGreaterThan(first._seq_no);

    const conflict = await responseError(client.create({ index, id: 'v', document: { n: 3 } }));
    expect(conflict.meta.statusCode).toBe(409);
    expect(conflict.body.error.type).toBe('version_conflict_engine_exception');
    expect(conflict.body.error.reason).toBe('[v]: version conflict, document already exists (current version [2])');

    const stale = await responseError(client.index({ index, id: 'v', document: { n: 4 }, if_seq_no: first._seq_no, if_primary_term: 1 }));
    expect(stale.meta.statusCode).toBe(409);

    const del = await client.delete({ index, id: 'v' });
    expect(del).toMatchObject({ result: 'deleted', _version: 3 });
    const gone = await client.delete({ index, id: 'v' }, { ignore: [404] });
    expect(gone.result).toBe('not_found');

    const auto = await client.index({ index, document: { n: 5 } });
    expect(auto.result).toBe('created');
    expect(auto._id).toMatch(/^[A-Za-z0-9_-]{20}$/);
  });

  test('a body is required and malformed JSON is a 400', async () => {
    const noBody = await raw(target.url, 'PUT', `/${index}/_doc/e`, { headers: target.headers });
    expect(noBody.status).toBe(400);
    expect(noBody.body.error).toMatchObject({ type: 'parse_exception', reason: 'request body is required' });

    const bad = await raw(target.url, 'POST', `/${index}/_search`, { body: '{"query": {"match_all": }', headers: target.headers });
    expect(bad.status).toBe(400);
    expect(['x_content_parse_exception', 'json_parse_exception', 'parsing_exception']).toContain(bad.body.error.type);
  });
});

describe('dynamic mapping', () => {
  let index;
  beforeAll(async () => {
    index = idx('mapping');
    await client.index({ index, id: 'first', document: { oip: { x: 5, f: 1.5, d: '2024-01-02T03:04:05Z', s: 'hello world', b: true } } });
  });

  test('types are fixed on first sight as ES infers them', async () => {
    const m = await client.indices.getMapping({ index });
    expect(m[index].mappings.properties.oip.properties).toEqual({
      x: { type: 'long' },
      f: { type: 'float' },
      d: { type: 'date' },
      s: { type: 'text', fields: { keyword: { type: 'keyword', ignore_above: 256 } } },
      b: { type: 'boolean' },
    });
  });

  test('a later incompatible value is a 400; coercible ones are accepted', async () => {
    const e = await responseError(client.index({ index, id: 'bad', document: { oip: { x: 'hello' } } }));
    expect(e.meta.statusCode).toBe(400);
    expect(e.body.error.type).toBe(parsingType());
    expect(e.body.error.root_cause[0].type).toBe(parsingType());
    expect(e.body.error.reason).toMatch(/^(\[\d+:\d+\] )?failed to parse field \[oip\.x\] of type \[long\] in document with id 'bad'\. Preview of field's value: 'hello'$/);

    // A numeric string into a long is coerced, as ES does by default.
    expect((await client.index({ index, id: 'coerced', document: { oip: { x: '42' } } })).result).toBe('created');

    const obj = await responseError(client.index({ index, id: 'flat', document: { oip: 'flat' } }));
    expect(obj.meta.statusCode).toBe(400);
    expect(obj.body.error.type).toBe(parsingType());
    expect(obj.body.error.reason).toMatch(/object mapping for \[oip\] tried to parse field \[oip\] as object, but found a concrete value$/);

    // A rejected document adds nothing to the mapping.
    const m = await client.indices.getMapping({ index });
    expect(Object.keys(m[index].mappings.properties)).toEqual(['oip']);
  });

  test('explicit mappings apply: dynamic strict, and an existing index cannot be created again', async () => {
    const strict = idx('strict');
    const res = await client.indices.create({ index: strict, mappings: { dynamic: 'strict', properties: { a: { type: 'keyword' } } } });
    expect(res).toEqual({ acknowledged: true, shards_acknowledged: true, index: strict });
    const e = await responseError(client.index({ index: strict, id: '1', document: { a: 'x', b: 1 } }));
    expect(e.meta.statusCode).toBe(400);
    expect(e.body.error.type).toBe('strict_dynamic_mapping_exception');
    expect(e.body.error.reason).toMatch(/mapping set to strict, dynamic introduction of \[b\] within \[_doc\] is not allowed$/);

    const again = await responseError(client.indices.create({ index: strict }));
    expect(again.meta.statusCode).toBe(400);
    expect(again.body.error.type).toBe('resource_already_exists_exception');

    expect(await client.indices.exists({ index: strict })).toBe(true);
    await client.indices.delete({ index: strict });
    expect(await client.indices.exists({ index: strict })).toBe(false);
  });
});

describe('_mget, _bulk and _update', () => {
  let index;
  beforeAll(async () => {
    index = idx('multi');
    await client.bulk({
      refresh: true,
      operations: [{ index: { _index: index, _id: 'a' } }, { oip: { n: 1 } }, { index: { _index: index, _id: 'b' } }, { oip: { n: 2 } }],
    });
  });

  test('_mget with docs (per-item found and per-item index error) and with ids', async () => {
    const missing = `${index}-missing`;
    const res = await client.mget({ docs: [{ _index: index, _id: 'a' }, { _index: missing, _id: 'a' }, { _index: index, _id: 'zz' }] });
    expect(res.docs[0]).toMatchObject({ _index: index, _id: 'a', _version: 1, found: true, _source: { oip: { n: 1 } } });
    expect(res.docs[1]._index).toBe(missing);
    expect(res.docs[1].error).toMatchObject({ type: 'index_not_found_exception', reason: `no such index [${missing}]` });
    expect(res.docs[2]).toEqual({ _index: index, ...typed(), _id: 'zz', found: false });

    const byIds = await client.mget({ index, ids: ['b', 'a'] });
    expect(byIds.docs.map((d) => [d._id, d.found, d._source.oip.n])).toEqual([
      ['b', true, 2],
      ['a', true, 1],
    ]);
    // ids need an index from the path.
    const noIndex = await responseError(client.mget({ ids: ['a'] }));
    expect(noIndex.meta.statusCode).toBe(400);
    expect(noIndex.body.error.type).toBe('action_request_validation_exception');
  });

  test('_bulk reports per-item status, result and error', async () => {
    const res = await client.bulk({
      operations: [
        { index: { _index: index, _id: 'c' } },
        { oip: { n: 3 } },
        { create: { _index: index, _id: 'a' } },
        { oip: { n: 9 } },
        { index: { _index: index, _id: 'd' } },
        { oip: { n: 'not a number' } },
        { update: { _index: index, _id: 'zz' } },
        { doc: { oip: { n: 4 } } },
        { delete: { _index: index, _id: 'b' } },
      ],
    });
    expect(res.errors).toBe(true);
    expect(typeof res.took).toBe('number');
    const summary = res.items.map((it) => {
      const [action, r] = Object.entries(it)[0];
      return [action, r.status, r.result || r.error.type];
    });
    expect(summary).toEqual([
      ['index', 201, 'created'],
      ['create', 409, 'version_conflict_engine_exception'],
      ['index', 400, parsingType()],
      ['update', 404, 'document_missing_exception'],
      ['delete', 200, 'deleted'],
    ]);
  });

  test('malformed bulk bodies fail the whole request', async () => {
    // A string bulkBody is sent as is (the client adds the final newline only to arrays).
    const unterminated = await responseError(client.transport.request({ method: 'POST', path: '/_bulk', bulkBody: `{"index":{"_index":"${index}"}}\n{"a":1}` }));
    expect(unterminated.meta.statusCode).toBe(400);
    expect(unterminated.body.error.reason).toBe('The bulk request must be terminated by a newline [\\n]');

    const badAction = await responseError(client.bulk({ operations: [{ upsert: { _index: index, _id: 'x' } }, { a: 1 }] }));
    expect(badAction.meta.statusCode).toBe(400);
    if (major() >= 8) {
      expect(badAction.body.error.type).toBe('illegal_argument_exception');
      expect(badAction.body.error.reason).toBe('Malformed action/metadata line [1], expected field [create], [delete], [index] or [update] but found [upsert]');
    } else {
      // 7.17 skips an unknown action and the line after it, leaving nothing to do.
      expect(badAction.body.error).toMatchObject({ type: 'action_request_validation_exception', reason: 'Validation Failed: 1: no requests added;' });
    }
  });

  test('_update: doc_as_upsert creates, same doc is a noop, dotted keys map as object paths', async () => {
    const doc = { 'oip.meta.title': 'First', n: 1 };
    const created = await client.update({ index, id: 'u', doc, doc_as_upsert: true });
    expect(created).toMatchObject({ _id: 'u', _version: 1, result: 'created' });
    const noop = await client.update({ index, id: 'u', doc });
    expect(noop).toMatchObject({ _version: 1, result: 'noop', _shards: { total: 0, successful: 0, failed: 0 } });
    const updated = await client.update({ index, id: 'u', doc: { 'oip.meta.title': 'Second' }, refresh: true });
    expect(updated).toMatchObject({ _version: 2, result: 'updated' });

    // _source keeps the key as sent; the mapping and queries see the object path.
    const got = await client.get({ index, id: 'u' });
    expect(got._source).toEqual({ 'oip.meta.title': 'Second', n: 1 });
    const m = await client.indices.getMapping({ index });
    expect(m[index].mappings.properties.oip.properties.meta.properties.title.type).toBe('text');
    const hits = await client.search({ index, query: { term: { 'oip.meta.title.keyword': 'Second' } } });
    expect(hits.hits.hits.map((h) => h._id)).toEqual(['u']);

    const missing = await responseError(client.update({ index, id: 'nope', doc: { n: 1 } }));
    expect(missing.meta.statusCode).toBe(404);
    expect(missing.body.error.type).toBe('document_missing_exception');
    expect(missing.body.error.reason).toBe(major() >= 8 ? '[nope]: document missing' : '[_doc][nope]: document missing');
  });
});

describe('_search and _count', () => {
  let index;
  const docs = [
    { id: 'r1', oip: { kind: 'post', n: 1, title: 'alpha one' } },
    { id: 'r2', oip: { kind: 'post', n: 2, title: 'alpha two' } },
    { id: 'r3', oip: { kind: 'image', n: 3, title: 'beta three' } },
    { id: 'r4', oip: { kind: 'video', n: 4, title: 'gamma four' } },
    { id: 'r5', oip: { kind: 'post', n: 5, title: 'delta five' } },
  ];
  beforeAll(async () => {
    index = idx('search');
    await client.bulk({ operations: docs.flatMap(({ id, oip }) => [{ index: { _index: index, _id: id } }, { oip }]) });
  });

  test('documents are searchable only after a refresh (near-real-time)', async () => {
    // Racy on a real node (its own 1 s refresh may land in between), so only checked on the stand-in.
    if (target.isStandin) expect((await client.count({ index })).count).toBe(0);
    const r = await client.indices.refresh({ index });
    expect(r._shards.failed).toBe(0);
    expect((await client.count({ index })).count).toBe(5);
  });

  test('bool must/filter/must_not with terms and prefix, total as {value, relation}', async () => {
    const res = await client.search({
      index,
      query: {
        bool: {
          filter: [{ terms: { 'oip.kind.keyword': ['post', 'image'] } }],
          must: [{ prefix: { 'oip.title.keyword': 'alpha' } }],
          must_not: [{ term: { 'oip.n': 2 } }],
        },
      },
    });
    expect(res.hits.total).toEqual({ value: 1, relation: 'eq' });
    expect(res.hits.hits.map((h) => h._id)).toEqual(['r1']);
    expect(res.hits.hits[0]._source).toEqual({ oip: docs[0].oip });

    const should = await client.search({ index, query: { bool: { should: [{ ids: { values: ['r4'] } }, { term: { 'oip.kind.keyword': 'image' } }] } } });
    expect(should.hits.hits.map((h) => h._id).sort()).toEqual(['r3', 'r4']);
  });

  test('sorting and paging with from/size, _source filtering, total as an int on request', async () => {
    const page = (from) => client.search({ index, from, size: 2, sort: [{ 'oip.n': 'desc' }], _source: ['oip.n'] });
    const p1 = await page(0);
    const p2 = await page(2);
    const p3 = await page(4);
    expect([p1, p2, p3].map((p) => p.hits.hits.map((h) => h._id))).toEqual([['r5', 'r4'], ['r3', 'r2'], ['r1']]);
    expect(p1.hits.hits[0]).toMatchObject({ _score: null, sort: [5], _source: { oip: { n: 5 } } });
    expect(p1.hits.total).toEqual({ value: 5, relation: 'eq' });

    const asInt = await client.search({ index, size: 0, rest_total_hits_as_int: true });
    expect(asInt.hits.total).toBe(5);
  });

  test('query errors: bad values, text sorting, unknown queries, missing index', async () => {
    const badNumber = await responseError(client.search({ index, query: { term: { 'oip.n': 'abc' } } }));
    expect(badNumber.meta.statusCode).toBe(400);
    expect(badNumber.body.error.type).toBe('search_phase_execution_exception');
    expect(badNumber.body.error.root_cause[0].type).toBe('query_shard_exception');

    const textSort = await responseError(client.search({ index, sort: [{ 'oip.title': 'asc' }] }));
    expect(textSort.meta.statusCode).toBe(400);
    expect(textSort.body.error.root_cause[0].type).toBe('illegal_argument_exception');
    expect(textSort.body.error.root_cause[0].reason).toMatch(/^Text fields are not optimised/);

    const unknown = await responseError(client.search({ index, query: { nope: {} } }));
    expect(unknown.meta.statusCode).toBe(400);
    expect(unknown.body.error.type).toBe('parsing_exception');
    expect(unknown.body.error.reason).toBe('unknown query [nope]');

    const noIndex = await responseError(client.search({ index: `${index}-missing` }));
    expect(noIndex.meta.statusCode).toBe(404);
    expect(noIndex.body.error.type).toBe('index_not_found_exception');
  });

  test('_count with a query, and only a query', async () => {
    expect((await client.count({ index, query: { term: { 'oip.kind.keyword': 'post' } } })).count).toBe(3);
    const e = await responseError(client.transport.request({ method: 'POST', path: `/${index}/_count`, body: { size: 1 } }));
    expect(e.meta.statusCode).toBe(400);
    expect(e.body.error.type).toBe('parsing_exception');
    expect(e.body.error.reason).toBe('request does not support [size]');
  });
});

standinOnly('media types', () => {
  test('8.x accepts compatible-with=7|8 and refuses 9 with media_type_header_exception', async () => {
    const vnd = (v) => `application/vnd.elasticsearch+json; compatible-with=${v}`;
    const ok = await raw(target.url, 'POST', '/_count', { body: {}, headers: { Accept: vnd(7), 'Content-Type': vnd(7) } });
    expect(ok.status).toBe(200);
    const bad = await raw(target.url, 'GET', '/', { headers: { Accept: vnd(9) } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.type).toBe('media_type_header_exception');
    expect(bad.body.error.root_cause[0].type).toBe('media_type_header_exception');
    expect(bad.body.error.caused_by.reason).toBe(`Accept version must be either version 8 or 7, but found 9. Accept=${vnd(9)}`);
    const plain = await raw(target.url, 'POST', '/_count', { body: '{}', headers: { 'Content-Type': 'text/plain' } });
    expect(plain.status).toBe(406);
    expect(plain.body).toEqual({ error: 'Content-Type header [text/plain] is not supported', status: 406 });
  });
});

notExternal('stand-in modes', () => {
  test('auth: basic and API key accepted; wrong password and missing credentials are 401 with WWW-Authenticate', async () => {
    const t = await esTarget({ user: { username: 'elastic', password: 'changeme' }, apiKey: { id: 'key1', api_key: 'secret' } });
    const basic = new Client({ node: t.url, auth: { username: 'elastic', password: 'changeme' } });
    const keyed = new Client({ node: t.url, auth: { apiKey: { id: 'key1', api_key: 'secret' } } });
    const wrong = new Client({ node: t.url, auth: { username: 'elastic', password: 'nope' } });
    try {
      expect((await basic.info()).version.number).toBe('8.17.0');
      expect((await keyed.index({ index: 'auth', id: '1', document: { a: 1 } })).result).toBe('created');

      const e = await responseError(wrong.info());
      expect(e.meta.statusCode).toBe(401);
      expect(e.body.error.type).toBe('security_exception');
      expect(e.body.error.reason).toBe('unable to authenticate user [elastic] for REST request [/]');

      const anon = await raw(t.url, 'GET', '/auth/_search?size=1');
      expect(anon.status).toBe(401);
      expect(anon.body.error.reason).toBe('missing authentication credentials for REST request [/auth/_search?size=1]');
      expect(anon.headers['www-authenticate']).toContain('ApiKey');
    } finally {
      await Promise.all([basic.close(), keyed.close(), wrong.close()]);
      await t.stop();
    }
  });

  test('7.17 mode: version, _type in responses, mapper_parsing_exception wording, compatible-with ignored', async () => {
    // Plain JSON, as the Rust crate sends.
    const t = await esTarget({ version: '7.17.25' });
    try {
      const info = await raw(t.url, 'GET', '/');
      expect(info.body.version).toMatchObject({ number: '7.17.25', build_flavor: 'default', lucene_version: '8.11.3' });
      expect(info.headers['x-elastic-product']).toBe('Elasticsearch');

      const put = await raw(t.url, 'PUT', '/r/_doc/ok', { body: { oip: { x: 1 } } });
      expect(put.status).toBe(201);
      expect(put.body).toMatchObject({ _index: 'r', _type: '_doc', _id: 'ok', result: 'created' });

      const bad = await raw(t.url, 'PUT', '/r/_doc/abc', { body: { oip: { x: 'hello' } } });
      expect(bad.status).toBe(400);
      expect(bad.body.error.type).toBe('mapper_parsing_exception');
      expect(bad.body.error.reason).toBe("failed to parse field [oip.x] of type [long] in document with id 'abc'. Preview of field's value: 'hello'");

      await raw(t.url, 'POST', '/r/_refresh');
      const search = await raw(t.url, 'GET', '/r/_search');
      expect(search.body.hits.total).toEqual({ value: 1, relation: 'eq' });
      expect(search.body.hits.hits[0]).toMatchObject({ _index: 'r', _type: '_doc', _id: 'ok' });
      expect((await raw(t.url, 'GET', '/r/_search?rest_total_hits_as_int=true')).body.hits.total).toBe(1);

      // 7.17 serves any compatible-with (the 8.x client's 8 included) as 7.x JSON, as measured on 7.17.8 and 7.17.29.
      for (const v of ['7', '8', '9']) {
        const compat = `application/vnd.elasticsearch+json; compatible-with=${v}`;
        const r = await raw(t.url, 'POST', '/r/_search', { body: {}, headers: { 'Content-Type': compat, Accept: compat } });
        expect([v, r.status, r.headers['content-type'], r.body.hits.hits[0]._type]).toEqual([v, 200, 'application/json; charset=UTF-8', '_doc']);
      }
    } finally {
      await t.stop();
    }
  });
});

notExternal('counters and faults', () => {
  let index;
  beforeAll(async () => {
    index = idx('faults');
    await client.index({ index, id: 'a', document: { n: 1 }, refresh: true });
  });
  afterEach(() => control.clearFaults(target.adminUrl));

  test('counters are per endpoint, whatever the index or id', async () => {
    await control.resetCounters(target.adminUrl);
    await client.mget({ index, ids: ['a'] });
    await client.mget({ docs: [{ _index: 'other', _id: 'b' }] });
    await client.delete({ index, id: 'zz' }, { ignore: [404] });
    await client.get({ index, id: 'a' });
    const c = await control.counters(target.adminUrl);
    expect(c).toEqual({ 'POST /_mget': 2, 'DELETE /_doc': 1, 'GET /_doc': 1, total: 4 });
  });

  test('a 429 burst (times: 2) is not retried by the client; the third bulk goes through', async () => {
    await control.addFault(target.adminUrl, {
      method: 'POST',
      path: '/_bulk',
      times: 2,
      status: 429,
      body: { error: { root_cause: [{ type: 'es_rejected_execution_exception', reason: 'rejected execution' }], type: 'es_rejected_execution_exception', reason: 'rejected execution' }, status: 429 },
    });
    await control.resetCounters(target.adminUrl);
    const ops = { operations: [{ index: { _index: index, _id: 'b' } }, { n: 2 }] };
    for (let i = 0; i < 2; i++) {
      const e = await responseError(client.bulk(ops));
      expect(e.meta.statusCode).toBe(429);
      expect(e.body.error.type).toBe('es_rejected_execution_exception');
    }
    expect((await client.bulk(ops)).errors).toBe(false);
    expect((await control.counters(target.adminUrl))['POST /_bulk']).toBe(3);
  });

  test('a 503 unavailable_shards_exception is retried by the client (counted twice)', async () => {
    await control.addFault(target.adminUrl, {
      match: `/${index}/_doc/a`,
      times: 1,
      status: 503,
      body: { error: { type: 'unavailable_shards_exception', reason: `[${index}][0] primary shard is not active` }, status: 503 },
    });
    await control.resetCounters(target.adminUrl);
    expect((await client.get({ index, id: 'a' }))._source).toEqual({ n: 1 });
    expect((await control.counters(target.adminUrl))['GET /_doc']).toBe(2);
  });

  test('drop, truncate and latency surface as connection, deserialization and timeout errors', async () => {
    const once = new Client({ node: target.url, maxRetries: 0 });
    try {
      await control.addFault(target.adminUrl, { soul: 'a', times: 1, drop: true });
      await expect(once.get({ index, id: 'a' })).rejects.toBeInstanceOf(errors.ConnectionError);

      await control.addFault(target.adminUrl, { soul: 'a', times: 1, truncate: true });
      await expect(once.get({ index, id: 'a' })).rejects.toBeInstanceOf(errors.DeserializationError);

      await control.addFault(target.adminUrl, { soul: 'a', times: 2, latencyMs: 400 });
      await expect(once.get({ index, id: 'a' }, { requestTimeout: 100 })).rejects.toBeInstanceOf(errors.TimeoutError);
      const started = Date.now();
      expect((await once.get({ index, id: 'a' }))._id).toBe('a');
      expect(Date.now() - started).toBeGreaterThanOrEqual(390);
    } finally {
      await once.close();
    }
  });
});
