//! `_bulk`: index, partial update (optionally as upsert) and delete, one
//! request per chunk of operations, with a result per operation.
//!
//! Items that fail transiently (a 429 rejection, an unavailable shard) are
//! sent again, alone, within the same attempt limit and retry budget as
//! whole requests; every other item keeps its first result. An item is not
//! resent when the same call has another operation on the same document,
//! since resending it after the other would change the outcome.
//!
//! A chunk whose request fails as a whole (after its retries) fails its own
//! items and the chunks not yet sent, with that error; the chunks done
//! before it keep their results, so a caller never redoes or forgets them.

use std::collections::HashMap;

use elasticsearch::params::Refresh;
use elasticsearch::BulkParts;
use serde_json::{json, Value};

use crate::error::{ErrorClass, Result};

use super::classify::{self, bad_response, ItemError};
use super::client::Elastic;
use super::documents::parse_json;
use super::validate::{check_index, id_problem};

#[derive(Debug, Clone, PartialEq)]
pub enum BulkOp {
    /// Creates or replaces the document.
    Index {
        index: String,
        id: String,
        doc: Value,
    },
    /// Merges `doc` into the document; with `doc_as_upsert`, creates it when missing.
    Update {
        index: String,
        id: String,
        doc: Value,
        doc_as_upsert: bool,
    },
    Delete {
        index: String,
        id: String,
    },
}

impl BulkOp {
    pub fn index(&self) -> &str {
        match self {
            BulkOp::Index { index, .. } | BulkOp::Update { index, .. } | BulkOp::Delete { index, .. } => index,
        }
    }

    pub fn id(&self) -> &str {
        match self {
            BulkOp::Index { id, .. } | BulkOp::Update { id, .. } | BulkOp::Delete { id, .. } => id,
        }
    }

    /// The operation's NDJSON lines, without the final newline.
    fn to_ndjson(&self) -> String {
        let meta = |action: &str| json!({ action: { "_index": self.index(), "_id": self.id() } }).to_string();
        match self {
            BulkOp::Index { doc, .. } => format!("{}\n{doc}", meta("index")),
            BulkOp::Update { doc, doc_as_upsert, .. } => {
                let body =
                    if *doc_as_upsert { json!({ "doc": doc, "doc_as_upsert": true }) } else { json!({ "doc": doc }) };
                format!("{}\n{body}", meta("update"))
            }
            BulkOp::Delete { .. } => meta("delete"),
        }
    }
}

/// What a successful item did (`result` in Elasticsearch's answer).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BulkItemOk {
    Created,
    Updated,
    Deleted,
    /// A delete of a document that was not there.
    NotFound,
    /// An update that changed nothing.
    Noop,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BulkItemResult {
    pub id: String,
    /// The item's HTTP status in Elasticsearch's answer (400 for an id
    /// refused before sending, 0 when its chunk's request failed as a whole).
    pub status: u16,
    pub outcome: std::result::Result<BulkItemOk, ItemError>,
}

impl Elastic {
    /// Runs `ops`, in chunks of at most the configured operation count and
    /// bytes (an operation larger than the byte limit goes alone), and returns
    /// one result per operation, in order. An error is returned only for an
    /// invalid index, before any request; a failed request is its items' results.
    pub async fn bulk(&self, ops: Vec<BulkOp>, refresh: Refresh) -> Result<Vec<BulkItemResult>> {
        for op in &ops {
            check_index(op.index())?;
        }
        let mut per_document: HashMap<(&str, &str), usize> = HashMap::new();
        for op in &ops {
            *per_document.entry((op.index(), op.id())).or_default() += 1;
        }

        let mut results: Vec<Option<BulkItemResult>> = vec![None; ops.len()];
        let mut lines = Vec::with_capacity(ops.len());
        for (n, op) in ops.iter().enumerate() {
            match id_problem(op.id()) {
                // Elasticsearch would refuse the whole request for it; refuse the item only.
                Some(problem) => {
                    results[n] = Some(BulkItemResult {
                        id: op.id().to_string(),
                        status: 400,
                        outcome: Err(ItemError {
                            class: ErrorClass::Permanent,
                            error_type: "action_request_validation_exception".into(),
                            reason: format!("id {problem}"),
                        }),
                    });
                    lines.push(String::new());
                }
                None => lines.push(op.to_ndjson()),
            }
        }

        let (max_ops, max_bytes) = self.bulk_limits();
        let mut chunks: Vec<Vec<usize>> = Vec::new();
        let mut chunk: Vec<usize> = Vec::new();
        let mut chunk_bytes = 0;
        let sendable: Vec<usize> = (0..ops.len()).filter(|n| results[*n].is_none()).collect();
        for n in sendable {
            let size = lines[n].len() + 1;
            if !chunk.is_empty() && (chunk.len() >= max_ops || chunk_bytes + size > max_bytes) {
                chunks.push(std::mem::take(&mut chunk));
                chunk_bytes = 0;
            }
            chunk.push(n);
            chunk_bytes += size;
        }
        chunks.push(chunk);
        let mut failed: Option<ItemError> = None;
        for chunk in chunks.into_iter().filter(|c| !c.is_empty()) {
            if failed.is_none() {
                if let Err(e) = self.bulk_chunk(&ops, &lines, chunk.clone(), refresh, &per_document, &mut results).await
                {
                    failed = Some(ItemError { class: e.class(), error_type: e.code(), reason: e.to_string() });
                }
            }
            if let Some(e) = &failed {
                // Items of this chunk that a retry round already answered keep that answer.
                for n in chunk {
                    if results[n].is_none() {
                        let outcome = Err(e.clone());
                        results[n] = Some(BulkItemResult { id: ops[n].id().to_string(), status: 0, outcome });
                    }
                }
            }
        }
        Ok(results.into_iter().map(|r| r.expect("every operation has a result")).collect())
    }

    /// One chunk: one request, then one request per retry round of its transiently failed items.
    async fn bulk_chunk(
        &self,
        ops: &[BulkOp],
        lines: &[String],
        mut pending: Vec<usize>,
        refresh: Refresh,
        per_document: &HashMap<(&str, &str), usize>,
        results: &mut [Option<BulkItemResult>],
    ) -> Result<()> {
        let endpoint = self.endpoint("POST /_bulk");
        let mut attempt = 1;
        loop {
            let body: Vec<&str> = pending.iter().map(|n| lines[*n].as_str()).collect();
            let answer = self
                .attempt(
                    &endpoint,
                    |es| {
                        let request = es.bulk(BulkParts::None).body(body.clone()).request_timeout(self.timeout());
                        (if refresh != Refresh::False { request.refresh(refresh) } else { request }).send()
                    },
                    |status, bytes| match status {
                        200 => self.parse_items(parse_json(bytes, &endpoint)?, pending.len(), &endpoint),
                        _ => Err(classify::call_error(status, bytes, &endpoint, self.redactor())),
                    },
                )
                .await;
            let items = match answer {
                Ok(items) => {
                    self.succeeded();
                    items
                }
                Err(e) if self.may_retry(attempt, e.class()).await => {
                    attempt += 1;
                    continue;
                }
                Err(e) => return Err(e),
            };

            let mut retry = Vec::new();
            for (n, (status, outcome)) in pending.iter().copied().zip(items) {
                let op = &ops[n];
                let resendable = matches!(&outcome, Err(e) if e.class == ErrorClass::Transient)
                    && per_document.get(&(op.index(), op.id())) == Some(&1);
                if resendable {
                    retry.push(n);
                }
                results[n] = Some(BulkItemResult { id: op.id().to_string(), status, outcome });
            }
            if retry.is_empty() || !self.may_retry(attempt, ErrorClass::Transient).await {
                return Ok(());
            }
            pending = retry;
            attempt += 1;
        }
    }

    fn parse_items(
        &self,
        answer: Value,
        expected: usize,
        endpoint: &str,
    ) -> Result<Vec<(u16, std::result::Result<BulkItemOk, ItemError>)>> {
        let items = match answer.get("items") {
            Some(Value::Array(items)) if items.len() == expected => items,
            Some(Value::Array(items)) => {
                return Err(bad_response(endpoint, format!("{} items for {expected} operations", items.len())))
            }
            _ => return Err(bad_response(endpoint, "no \"items\" array")),
        };
        items
            .iter()
            .map(|item| {
                // Each item is {"<action>": {...}}.
                let body = item
                    .as_object()
                    .and_then(|o| o.values().next())
                    .ok_or_else(|| bad_response(endpoint, "an empty item"))?;
                let status = body
                    .get("status")
                    .and_then(Value::as_u64)
                    .and_then(|s| u16::try_from(s).ok())
                    .ok_or_else(|| bad_response(endpoint, "an item without \"status\""))?;
                if let Some(error) = body.get("error") {
                    return Ok((status, Err(classify::item_error(status, error, self.redactor()))));
                }
                let ok = match body.get("result").and_then(Value::as_str) {
                    Some("created") => BulkItemOk::Created,
                    Some("updated") => BulkItemOk::Updated,
                    Some("deleted") => BulkItemOk::Deleted,
                    Some("not_found") => BulkItemOk::NotFound,
                    Some("noop") => BulkItemOk::Noop,
                    other => return Err(bad_response(endpoint, format!("an item with result {other:?}"))),
                };
                Ok((status, Ok(ok)))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ndjson_lines() {
        let doc = json!({"a": 1});
        let index = BulkOp::Index { index: "r".into(), id: "1".into(), doc: doc.clone() };
        assert_eq!(index.to_ndjson(), "{\"index\":{\"_index\":\"r\",\"_id\":\"1\"}}\n{\"a\":1}");
        let upsert = BulkOp::Update { index: "r".into(), id: "1".into(), doc: doc.clone(), doc_as_upsert: true };
        assert_eq!(
            upsert.to_ndjson(),
            "{\"update\":{\"_index\":\"r\",\"_id\":\"1\"}}\n{\"doc\":{\"a\":1},\"doc_as_upsert\":true}"
        );
        let update = BulkOp::Update { index: "r".into(), id: "1".into(), doc, doc_as_upsert: false };
        assert_eq!(update.to_ndjson(), "{\"update\":{\"_index\":\"r\",\"_id\":\"1\"}}\n{\"doc\":{\"a\":1}}");
        let delete = BulkOp::Delete { index: "r".into(), id: "x\"y".into() };
        assert_eq!(delete.to_ndjson(), "{\"delete\":{\"_index\":\"r\",\"_id\":\"x\\\"y\"}}");
    }
}
