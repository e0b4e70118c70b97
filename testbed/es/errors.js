'use strict';
/**
 * Elasticsearch exceptions and their REST rendering:
 *   {"error":{"root_cause":[...],"type":...,"reason":...,<metadata>,"caused_by":...},"status":N}
 * root_cause follows ElasticsearchException.guessRootCauses: the exception
 * itself (causes are not unwrapped), unless it names its root causes, as
 * search_phase_execution_exception does with its shard failures.
 */

class EsError extends Error {
  /**
   * @param status HTTP status
   * @param type   snake_case exception name
   * @param reason message
   * @param opts   { meta: {k: v} rendered after reason, cause: EsError (caused_by),
   *                 header: {name: [values]}, rootCauses: [EsError], extra: {k: v} top-level only }
   */
  constructor(status, type, reason, opts = {}) {
    super(reason);
    this.status = status;
    this.type = type;
    this.reason = reason;
    this.meta = opts.meta || {};
    this.cause = opts.cause || null;
    this.header = opts.header || null;
    this.rootCauses = opts.rootCauses || null;
    this.extra = opts.extra || null;
  }

  inner() {
    const o = { type: this.type, reason: this.reason };
    Object.assign(o, this.meta);
    if (this.header) o.header = this.header;
    return o;
  }

  /** Full rendering: the exception and its caused_by chain. */
  toXContent() {
    const o = this.inner();
    if (this.extra) Object.assign(o, this.extra);
    if (this.cause) o.caused_by = this.cause.toXContent ? this.cause.toXContent() : this.cause;
    return o;
  }

  roots() {
    return this.rootCauses ? this.rootCauses.map((r) => r.inner()) : [this.inner()];
  }

  body() {
    return { error: Object.assign({ root_cause: this.roots() }, this.toXContent()), status: this.status };
  }
}

/** An exception that only appears as a caused_by entry (a JDK, Jackson or nested ES one). */
function causedBy(type, reason, cause) {
  return new EsError(0, type, reason, { cause });
}

const NA = '_na_';

function indexNotFound(index) {
  return new EsError(404, 'index_not_found_exception', `no such index [${index}]`, {
    meta: { 'resource.type': 'index_or_alias', 'resource.id': index, index_uuid: NA, index },
  });
}

function illegalArgument(reason, cause) {
  return new EsError(400, 'illegal_argument_exception', reason, { cause });
}

function validation(errors) {
  return new EsError(400, 'action_request_validation_exception', `Validation Failed: ${errors.map((e, n) => `${n + 1}: ${e};`).join('')}`);
}

function parseException(reason, cause) {
  return new EsError(400, 'parse_exception', reason, { cause });
}

module.exports = { EsError, causedBy, indexNotFound, illegalArgument, validation, parseException, NA };
