'use strict';
/**
 * Mappings: explicit ones from PUT /{index}, dynamic ones grown by documents,
 * and the per-document parse that validates every value against its field
 * type and extracts the values queries run on. Mirrors ES's DocumentParser:
 * a field's type is fixed on first sight, a later incompatible value fails
 * the whole document (and none of that document's new fields are kept).
 *
 * Error flavours: 8.x document_parsing_exception "[line:col] ..." ; 7.17
 * mapper_parsing_exception without the location.
 */
const { EsError, causedBy } = require('./errors');

const KIND = {
  long: 'int', integer: 'int', short: 'int', byte: 'int', unsigned_long: 'int',
  double: 'float', float: 'float', half_float: 'float', scaled_float: 'float',
  keyword: 'keyword', constant_keyword: 'keyword', wildcard: 'keyword',
  text: 'text', match_only_text: 'text',
  boolean: 'bool', date: 'date', date_nanos: 'date',
  object: 'object', nested: 'object',
  // Real types whose values this stand-in stores but does not validate or search.
  flattened: 'opaque', ip: 'opaque', geo_point: 'opaque', geo_shape: 'opaque', binary: 'opaque', dense_vector: 'opaque',
  sparse_vector: 'opaque', version: 'opaque', integer_range: 'opaque', long_range: 'opaque', date_range: 'opaque',
  rank_feature: 'opaque', rank_features: 'opaque', search_as_you_type: 'opaque', completion: 'opaque', token_count: 'opaque',
  alias: 'opaque', histogram: 'opaque', percolator: 'opaque', join: 'opaque', semantic_text: 'opaque',
};
const INT_RANGE = {
  long: [-(2n ** 63n), 2n ** 63n - 1n, 'a long'],
  integer: [-(2n ** 31n), 2n ** 31n - 1n, 'an integer'],
  short: [-32768n, 32767n, 'a short'],
  byte: [-128n, 127n, 'a byte'],
  unsigned_long: [0n, 2n ** 64n - 1n, 'an unsigned_long'],
};
// Mapping parameters accepted per kind (anything else: "unknown parameter").
const COMMON = ['type', 'index', 'store', 'doc_values', 'meta', 'fields', 'copy_to', 'ignore_malformed', 'null_value', 'script', 'on_script_error', 'time_series_dimension', 'time_series_metric', 'boost'];
const PARAMS = {
  int: [...COMMON, 'coerce'], float: [...COMMON, 'coerce', 'scaling_factor'],
  keyword: [...COMMON, 'ignore_above', 'normalizer', 'eager_global_ordinals', 'index_options', 'norms', 'similarity', 'split_queries_on_whitespace', 'value'],
  text: [...COMMON, 'analyzer', 'search_analyzer', 'search_quote_analyzer', 'fielddata', 'fielddata_frequency_filter', 'eager_global_ordinals', 'index_options', 'index_phrases', 'index_prefixes', 'norms', 'position_increment_gap', 'similarity', 'term_vector'],
  bool: COMMON, date: [...COMMON, 'format', 'locale'],
};
const META_FIELDS = ['_id', '_index', '_source', '_routing', '_seq_no', '_primary_term', '_version', '_ignored', '_field_names', '_nested_path', '_data_stream_timestamp', '_doc_count', '_tier', '_feature'];
const TOTAL_FIELDS_LIMIT = 1000;
const STRICT_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/;
const SLASH_DATE = /^(\d{4})\/(\d{2})\/(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/;
const DEFAULT_DATE_FORMAT = 'strict_date_optional_time||epoch_millis';

const clone = (o) => JSON.parse(JSON.stringify(o));

function mapperParsing(reason, cause) {
  return new EsError(400, 'mapper_parsing_exception', reason, { cause });
}

function normDynamic(v, where) {
  if (v === true || v === 'true') return 'true';
  if (v === false || v === 'false') return 'false';
  if (v === 'strict' || v === 'runtime') return v;
  throw mapperParsing(`Failed to parse mapping: Could not convert [${where}.dynamic] to boolean`);
}

/** Validates a "properties" block from PUT /{index} or PUT /{index}/_mapping and normalises it as ES echoes it. */
function normProperties(props, path) {
  if (typeof props !== 'object' || props === null || Array.isArray(props)) throw mapperParsing(`Failed to parse mapping: Expected map for property [properties] on field [${path}] but got a class ${Array.isArray(props) ? 'java.util.ArrayList' : 'java.lang.String'}`);
  const out = {};
  for (const name of Object.keys(props)) {
    const full = path ? `${path}.${name}` : name;
    const def = props[name];
    if (typeof def !== 'object' || def === null || Array.isArray(def)) throw mapperParsing(`Failed to parse mapping: Expected map for property [fields] on field [${full}] but got a class java.lang.String`);
    out[name] = normField(def, full, name);
  }
  return out;
}

function normField(def, full, name) {
  const type = def.type === undefined ? 'object' : def.type;
  if (typeof type !== 'string' || !KIND[type]) throw mapperParsing(`Failed to parse mapping: No handler for type [${type}] declared on field [${name}]`);
  const kind = KIND[type];
  if (kind === 'object') {
    const o = {};
    for (const k of Object.keys(def)) {
      if (k === 'type') continue;
      if (k === 'properties') o.properties = normProperties(def.properties, full);
      else if (k === 'dynamic') o.dynamic = normDynamic(def.dynamic, full);
      else if (k === 'enabled' || k === 'subobjects') o[k] = def[k] === true || def[k] === 'true';
      else if (k === 'include_in_parent' || k === 'include_in_root') o[k] = def[k];
      else throw mapperParsing(`Failed to parse mapping: unknown parameter [${k}] on mapper [${full}] of type [${type}]`);
    }
    if (type === 'nested') o.type = 'nested';
    return o;
  }
  const f = {};
  for (const k of Object.keys(def)) {
    if (kind !== 'opaque' && !PARAMS[kind].includes(k)) throw mapperParsing(`Failed to parse mapping: unknown parameter [${k}] on mapper [${full}] of type [${type}]`);
    f[k] = k === 'fields' ? normMultiFields(def.fields, full) : def[k];
  }
  return f;
}

function normMultiFields(fields, full) {
  const out = {};
  for (const name of Object.keys(fields || {})) {
    const f = normField(fields[name], `${full}.${name}`, name);
    if (!f.type || KIND[f.type] === 'object') throw mapperParsing(`Failed to parse mapping: Type [${f.type || 'object'}] cannot be used in multi field`);
    out[name] = f;
  }
  return out;
}

const ROOT_KEYS = ['dynamic', 'properties', 'date_detection', 'numeric_detection', 'dynamic_date_formats', 'dynamic_templates', '_source', '_routing', '_meta', 'runtime', 'subobjects', 'enabled'];

/** Root mapping from a create-index body's "mappings". */
function rootFromRequest(m) {
  const root = {};
  if (m === undefined || m === null) return root;
  if (typeof m !== 'object' || Array.isArray(m)) throw mapperParsing('Failed to parse mapping: Expected map for property [mappings]');
  const unknown = Object.keys(m).filter((k) => !ROOT_KEYS.includes(k));
  if (unknown.length) {
    throw mapperParsing(`Failed to parse mapping: Root mapping definition has unsupported parameters:  ${unknown.map((k) => `[${k} : ${JSON.stringify(m[k])}]`).join(' ')}`);
  }
  for (const k of Object.keys(m)) {
    if (k === 'properties') root.properties = normProperties(m.properties, '');
    else if (k === 'dynamic') root.dynamic = normDynamic(m.dynamic, '_doc');
    else root[k] = m[k];
  }
  return root;
}

// Field names come from documents: `constructor` or `__proto__` must be
// looked up and stored as own properties, never through Object.prototype.
function own(map, key) {
  return map && Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

function countFields(obj) {
  let n = 0;
  for (const f of Object.values(obj.properties || {})) {
    n += 1;
    if (f.properties || (!f.type || KIND[f.type] === 'object')) n += countFields(f);
    n += Object.keys(f.fields || {}).length;
  }
  return n;
}

const isObjectMapper = (f) => !f.type || KIND[f.type] === 'object';

/** Finds the mapping of a dotted field path (multi-fields included), or null. */
function resolveField(root, path) {
  const parts = path.split('.');
  let obj = root;
  for (let i = 0; i < parts.length; i++) {
    const f = own(obj.properties, parts[i]);
    if (!f) return null;
    if (i === parts.length - 1) return f;
    if (isObjectMapper(f)) obj = f;
    else if (i === parts.length - 2 && f.fields && f.fields[parts[i + 1]]) return f.fields[parts[i + 1]];
    else return null;
  }
  return null;
}

function analyze(text) {
  return (String(text).toLowerCase().match(/[\p{L}\p{N}_'.]+/gu) || [])
    .map((t) => t.replace(/^[.']+|[.']+$/g, ''))
    .filter((t) => t.length > 0 && t.length <= 255);
}

function daysIn(y, m) {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Parses a date string or number with an ES format list; returns epoch millis or null. */
function parseDate(value, format = DEFAULT_DATE_FORMAT) {
  for (const f of format.split('||')) {
    const ms = parseOneFormat(value, f.trim());
    if (ms !== null) return ms;
  }
  return null;
}

function parseOneFormat(value, f) {
  if (typeof value === 'number') {
    if (f === 'epoch_millis') return value;
    if (f === 'epoch_second') return value * 1000;
    return null;
  }
  const s = String(value);
  if (f === 'epoch_millis' || f === 'epoch_second') {
    if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
    return Number(s) * (f === 'epoch_second' ? 1000 : 1);
  }
  let m;
  if (f === 'strict_date_optional_time' || f === 'date_optional_time' || f === 'strict_date_optional_time_nanos' || f === 'strict_date' || f === 'date' || f === 'yyyy-MM-dd') {
    m = STRICT_DATE.exec(s);
    if (!m) return null;
    if ((f === 'strict_date' || f === 'date' || f === 'yyyy-MM-dd') && (!m[3] || m[4] !== undefined || m[8])) return null;
  } else if (f === 'yyyy/MM/dd HH:mm:ss' || f === 'yyyy/MM/dd') {
    m = SLASH_DATE.exec(s);
    if (!m || (f === 'yyyy/MM/dd') !== (m[4] === undefined)) return null;
    m = [m[0], m[1], m[2], m[3], m[4], m[5], m[6]];
  } else {
    // A custom pattern this stand-in cannot interpret: fall back to the JS parser.
    const t = Date.parse(s);
    return Number.isNaN(t) ? null : t;
  }
  const [y, mo = 1, d = 1, h = 0, mi = 0, sec = 0] = m.slice(1, 7).map((x) => (x === undefined ? undefined : Number(x)));
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || sec > 59) return null;
  const frac = m[7] ? Number(('0.' + m[7]).slice(0, 5)) * 1000 : 0;
  let ms = Date.UTC(y, mo - 1, d, h, mi, sec) + Math.floor(frac);
  const zone = m[8];
  if (zone && zone !== 'Z') {
    const zm = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
    const off = (Number(zm[2]) * 60 + Number(zm[3] || 0)) * 60000;
    ms -= zm[1] === '+' ? off : -off;
  }
  return ms;
}

/** Java's Map.toString for a field value preview: {a=1, b=[x, y]} */
function preview(node) {
  switch (node.t) {
    case 'obj':
      return '{' + node.props.map((p) => `${p.key}=${preview(p.val)}`).join(', ') + '}';
    case 'arr':
      return '[' + node.items.map(preview).join(', ') + ']';
    case 'num':
      return node.raw;
    case 'null':
      return 'null';
    default:
      return String(node.v);
  }
}

const TOKEN_NAME = { str: 'VALUE_STRING', num: 'VALUE_NUMBER', bool: 'VALUE_BOOLEAN', obj: 'START_OBJECT', arr: 'START_ARRAY', null: 'VALUE_NULL' };
const tokenName = (n) => (n.t === 'num' ? (n.int ? 'VALUE_NUMBER_INT' : 'VALUE_NUMBER_FLOAT') : n.t === 'bool' ? (n.v ? 'VALUE_TRUE' : 'VALUE_FALSE') : TOKEN_NAME[n.t]);

/**
 * Parses one document against the index mapping.
 * @returns { mapping (new root if it grew, else the same object), fields: Map<path, values[]> }
 */
function parseDocument(root, doc, { id, v8 }) {
  const mapping = clone(root);
  let grew = false;
  const fields = new Map();
  const docDesc = `document with id '${id}'`;
  const at = (loc) => (v8 && loc ? `[${loc.line}:${loc.col}] ` : '');
  const parsingError = (loc, reason, cause) => new EsError(400, v8 ? 'document_parsing_exception' : 'mapper_parsing_exception', at(loc) + reason, { cause });
  const add = (path, v) => {
    if (!fields.has(path)) fields.set(path, []);
    fields.get(path).push(v);
  };

  function dynamicOf(stack) {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].dynamic) return stack[i].dynamic;
    return 'true';
  }

  function strict(loc, name, parentPath) {
    return new EsError(400, 'strict_dynamic_mapping_exception', `${at(loc)}mapping set to strict, dynamic introduction of [${name}] within [${parentPath || '_doc'}] is not allowed`);
  }

  function dynamicFieldFor(node) {
    if (node.t === 'bool') return { type: 'boolean' };
    if (node.t === 'num') return { type: node.int ? 'long' : 'float' };
    const text = node.v;
    const asNumber = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[dDfF]?\s*$/.test(text) || /^\s*[+-]?(NaN|Infinity)\s*$/.test(text);
    if (mapping.numeric_detection === true && asNumber) return { type: /^\s*[+-]?\d+\s*$/.test(text) ? 'long' : 'float' };
    // ES refuses to date-detect pure numbers (too likely to be false positives).
    if (!asNumber && mapping.date_detection !== false) {
      const formats = mapping.dynamic_date_formats || ['strict_date_optional_time', 'yyyy/MM/dd HH:mm:ss||yyyy/MM/dd'];
      for (const fmt of formats) {
        if (parseDate(text, fmt) !== null) {
          return fmt === 'strict_date_optional_time' ? { type: 'date' } : { type: 'date', format: `${fmt}||epoch_millis` };
        }
      }
    }
    return { type: 'text', fields: { keyword: { type: 'keyword', ignore_above: 256 } } };
  }

  function fieldFailure(f, path, node, cause) {
    const loc = node.t === 'obj' ? node.end : node;
    return parsingError(loc, `failed to parse field [${path}] of type [${f.type}] in ${docDesc}. Preview of field's value: '${preview(node)}'`, cause);
  }

  function notNumeric(node) {
    return causedBy('x_content_parse_exception', `[${node.line}:${node.col}] Current token (${tokenName(node)}) not numeric, can not use numeric value accessors`);
  }

  /** Validates and indexes one concrete value; returns nothing, throws on a bad value. */
  function indexValue(f, path, node) {
    const kind = KIND[f.type];
    if (node.t === 'null') {
      if (f.null_value !== undefined) indexValue(f, path, Object.assign({}, node, typeof f.null_value === 'number' ? { t: 'num', v: f.null_value, raw: String(f.null_value), int: Number.isInteger(f.null_value) } : typeof f.null_value === 'boolean' ? { t: 'bool', v: f.null_value } : { t: 'str', v: String(f.null_value) }));
      return;
    }
    const coerce = f.coerce !== false;
    const malformed = (cause) => {
      if (f.ignore_malformed === true && node.t !== 'obj' && node.t !== 'arr') return null;
      throw fieldFailure(f, path, node, cause);
    };
    if (kind === 'int') {
      let raw;
      if (node.t === 'num') raw = node.raw;
      else if (node.t === 'str') {
        if (node.v === '' && coerce) return;
        if (!coerce) return malformed(causedBy('illegal_argument_exception', `[${f.type}] cannot be parsed from a string when coerce is false`));
        raw = node.v.trim();
        if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(raw)) return malformed(causedBy('illegal_argument_exception', `For input string: "${node.v}"`));
      } else return malformed(notNumeric(node));
      let big;
      if (/^[+-]?\d+$/.test(raw)) big = BigInt(raw);
      else {
        if (!coerce && node.t === 'num') return malformed(causedBy('illegal_argument_exception', `Value [${raw}] has a decimal part`));
        const n = Number(raw);
        if (!Number.isFinite(n)) return malformed(causedBy('illegal_argument_exception', `Value [${raw}] is out of range for ${INT_RANGE[f.type][2]}`));
        big = BigInt(Math.trunc(n));
      }
      const [lo, hi, what] = INT_RANGE[f.type];
      if (big < lo || big > hi) {
        return malformed(
          f.type === 'long' && node.t === 'num' && !/[.eE]/.test(raw)
            ? causedBy('input_coercion_exception', `Numeric value (${raw}) out of range of long (-9223372036854775808 - 9223372036854775807)`)
            : causedBy('illegal_argument_exception', `Value [${raw}] is out of range for ${what}`)
        );
      }
      add(path, Number(big));
    } else if (kind === 'float') {
      let n;
      if (node.t === 'num') n = node.v;
      else if (node.t === 'str') {
        if (node.v === '' && coerce) return;
        if (!coerce) return malformed(causedBy('illegal_argument_exception', `[${f.type}] cannot be parsed from a string when coerce is false`));
        const t = node.v.trim();
        if (!/^[+-]?((\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[dDfF]?|NaN|Infinity)$/.test(t)) return malformed(causedBy('number_format_exception', `For input string: "${node.v}"`));
        n = Number(t.replace(/[dDfF]$/, ''));
      } else return malformed(notNumeric(node));
      if (!Number.isFinite(n) || (f.type === 'float' && Math.abs(n) > 3.4028234663852886e38)) {
        return malformed(causedBy('illegal_argument_exception', `[${f.type}] supports only finite values, but got [${node.t === 'num' ? node.raw : node.v}]`));
      }
      add(path, n);
    } else if (kind === 'bool') {
      if (node.t === 'bool') add(path, node.v);
      else if (node.t === 'str') {
        if (node.v === '') return add(path, false);
        if (node.v !== 'true' && node.v !== 'false') return malformed(causedBy('illegal_argument_exception', `Failed to parse value [${node.v}] as only [true] or [false] are allowed.`));
        add(path, node.v === 'true');
      } else return malformed(causedBy('x_content_parse_exception', `[${node.line}:${node.col}] Current token (${tokenName(node)}) not of boolean type`));
    } else if (kind === 'date') {
      const format = f.format || DEFAULT_DATE_FORMAT;
      if (node.t !== 'str' && node.t !== 'num') return malformed(causedBy('illegal_argument_exception', `failed to parse date field [${preview(node)}] with format [${format}]`));
      const ms = parseDate(node.t === 'num' ? node.v : node.v, format);
      if (ms === null) {
        return malformed(
          causedBy('illegal_argument_exception', `failed to parse date field [${preview(node)}] with format [${format}]`, causedBy('date_time_parse_exception', `Failed to parse with all enclosed parsers`))
        );
      }
      add(path, ms);
    } else if (kind === 'keyword' || kind === 'text') {
      if (node.t === 'obj' || node.t === 'arr') return malformed(causedBy('illegal_state_exception', `Can't get text on a ${tokenName(node)} at ${node.line}:${node.col}`));
      const text = node.t === 'num' ? node.raw : String(node.v);
      if (kind === 'text') add(path, { tokens: analyze(text) });
      else if (!(f.ignore_above !== undefined && text.length > f.ignore_above)) add(path, text);
    } else {
      add(path, node.t === 'obj' || node.t === 'arr' ? null : node.v);
    }
    for (const sub of Object.keys(f.fields || {})) indexValue(f.fields[sub], `${path}.${sub}`, node);
  }

  /** Parses the value of field `name` (full path `path`) inside object mapper stack top. */
  function parseField(stack, name, path, node, keyLoc) {
    if (node.t === 'arr') {
      for (const item of node.items) parseField(stack, name, path, item, keyLoc);
      return;
    }
    const parent = stack[stack.length - 1];
    const parentPath = stack.length > 1 ? path.slice(0, path.length - name.length - 1) : '';
    let f = own(parent.properties, name);
    if (!f) {
      if (node.t === 'null') return; // null never creates a mapping
      const dyn = dynamicOf(stack);
      if (dyn === 'strict') throw strict(keyLoc, name, parentPath);
      if (dyn !== 'true') return; // dynamic false/runtime: kept in _source, not indexed
      f = node.t === 'obj' ? {} : dynamicFieldFor(node);
      parent.properties = parent.properties || Object.create(null);
      Object.defineProperty(parent.properties, name, { value: f, enumerable: true, writable: true, configurable: true });
      grew = true;
    }
    if (isObjectMapper(f)) {
      if (node.t === 'null') return;
      if (node.t !== 'obj') {
        throw parsingError(node, `object mapping for [${path}] tried to parse field [${name}] as object, but found a concrete value`);
      }
      if (f.enabled === false) return;
      parseObject([...stack, f], path, node);
      return;
    }
    indexValue(f, path, node);
  }

  function parseObject(stack, prefix, node) {
    for (const p of node.props) {
      if (stack.length === 1 && META_FIELDS.includes(p.key)) {
        throw parsingError(p, `Field [${p.key}] is a metadata field and cannot be added inside a document. Use the index API request parameters.`);
      }
      if (p.key.trim() === '') throw parsingError(p, `Field name cannot contain only whitespace: [${prefix ? prefix + '.' : ''}${p.key}]`);
      const parts = p.key.split('.');
      if (parts.some((x) => x === '')) {
        throw parsingError(p, parts.every((x) => x === '') ? 'field name cannot contain only dots' : `field name starting or ending with a [.] makes object resolution ambiguous: [${p.key}]`);
      }
      // A dotted key is a path of object mappers ending in the leaf field.
      let s = stack;
      let path = prefix;
      for (let i = 0; i < parts.length - 1; i++) {
        const parent = s[s.length - 1];
        const seg = parts[i];
        const full = path ? `${path}.${seg}` : seg;
        let o = own(parent.properties, seg);
        if (o && !isObjectMapper(o)) {
          throw parsingError(p, `Could not dynamically add mapping for field [${full}.${parts.slice(i + 1).join('.')}]. Existing mapping for [${full}] must be of type object but found [${o.type}].`);
        }
        if (!o) {
          const dyn = dynamicOf(s);
          if (dyn === 'strict') throw strict(p, seg, path);
          if (dyn !== 'true') {
            s = null;
            break;
          }
          o = {};
          parent.properties = parent.properties || Object.create(null);
          Object.defineProperty(parent.properties, seg, { value: o, enumerable: true, writable: true, configurable: true });
          grew = true;
        }
        s = [...s, o];
        path = full;
      }
      if (!s) continue;
      const leaf = parts[parts.length - 1];
      parseField(s, leaf, path ? `${path}.${leaf}` : leaf, p.val, p);
    }
  }

  if (doc.t !== 'obj') throw parsingError(doc, `failed to parse, document is empty`);
  parseObject([mapping], '', doc);
  if (grew) {
    const n = countFields(mapping);
    if (n > TOTAL_FIELDS_LIMIT) {
      const msg = `Limit of total fields [${TOTAL_FIELDS_LIMIT}] has been exceeded while adding new fields [${n - countFields(root)}]`;
      throw v8 ? parsingError(doc, `failed to parse: ${msg}`, causedBy('illegal_argument_exception', msg)) : new EsError(400, 'illegal_argument_exception', `Limit of total fields [${TOTAL_FIELDS_LIMIT}] has been exceeded`);
    }
  }
  return { mapping: grew ? mapping : root, fields };
}

module.exports = { rootFromRequest, parseDocument, resolveField, analyze, parseDate, KIND, isObjectMapper };
