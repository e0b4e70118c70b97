//! Single-document and existence operations: `_mget` existence checks,
//! get, delete, and index refresh.

use std::collections::HashSet;

use elasticsearch::indices::{IndicesRefresh, IndicesRefreshParts};
use elasticsearch::{DeleteParts, GetParts, MgetParts};
use serde_json::{json, Value};

use crate::error::{Error, Result};

use super::classify::{self, bad_response};
use super::client::Elastic;
use super::validate::{check_index, check_path_id, id_problem};

/// Ids per `_mget` request.
pub const MGET_BATCH: usize = 1_000;

/// Whether `delete` removed a document or found none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeleteOutcome {
    Deleted,
    Absent,
}

impl Elastic {
    /// Which of `ids` exist in `index`: one `_mget` (`_source=false`) per
    /// [`MGET_BATCH`] distinct ids. A missing index means none exist; ids
    /// Elasticsearch could never store (empty, over 512 bytes) are absent
    /// without being asked about.
    pub async fn existing_ids(&self, index: &str, ids: &[String]) -> Result<HashSet<String>> {
        check_index(index)?;
        let mut seen = HashSet::new();
        let wanted: Vec<&str> =
            ids.iter().map(String::as_str).filter(|id| id_problem(id).is_none() && seen.insert(*id)).collect();
        let endpoint = self.endpoint(&format!("POST /{index}/_mget"));
        let mut existing = HashSet::new();
        for batch in wanted.chunks(MGET_BATCH) {
            let body = json!({ "ids": batch });
            let found = self
                .execute(
                    &endpoint,
                    |es| {
                        es.mget(MgetParts::Index(index))
                            ._source(&["false"])
                            .body(&body)
                            .request_timeout(self.timeout())
                            .send()
                    },
                    |status, bytes| self.parse_mget(status, bytes, &endpoint),
                )
                .await?;
            existing.extend(found);
        }
        Ok(existing)
    }

    fn parse_mget(&self, status: u16, bytes: &[u8], endpoint: &str) -> Result<Vec<String>> {
        if status != 200 {
            return match classify::call_error(status, bytes, endpoint, self.redactor()) {
                e if is_index_not_found(&e) => Ok(Vec::new()),
                e => Err(e),
            };
        }
        let answer: Value = parse_json(bytes, endpoint)?;
        let docs =
            answer.get("docs").and_then(Value::as_array).ok_or_else(|| bad_response(endpoint, "no \"docs\" array"))?;
        let mut found = Vec::new();
        for doc in docs {
            if let Some(error) = doc.get("error") {
                if error.get("type").and_then(Value::as_str) == Some("index_not_found_exception") {
                    continue;
                }
                // A document's error carries no status; what fails one document
                // of an _mget is a shard that cannot answer, so 503 is its status.
                let item = classify::item_error(503, error, self.redactor());
                return Err(classify::item_call_error(503, item, endpoint));
            }
            match (doc.get("_id").and_then(Value::as_str), doc.get("found").and_then(Value::as_bool)) {
                (Some(id), Some(true)) => found.push(id.to_string()),
                (Some(_), Some(false)) => {}
                _ => return Err(bad_response(endpoint, "a document without \"_id\" and \"found\"")),
            }
        }
        Ok(found)
    }

    /// The `_source` of one document, `None` when it or its index does not exist.
    pub async fn get(&self, index: &str, id: &str) -> Result<Option<Value>> {
        check_index(index)?;
        check_path_id(id)?;
        let endpoint = self.endpoint(&format!("GET /{index}/_doc/{}", crate::soul::shorten(id)));
        self.execute(
            &endpoint,
            |es| es.get(GetParts::IndexId(index, id)).request_timeout(self.timeout()).send(),
            |status, bytes| match status {
                200 => match parse_json(bytes, &endpoint)? {
                    Value::Object(mut doc) if doc.get("found") == Some(&Value::Bool(true)) => {
                        // A document of an index with `_source` disabled has none to give.
                        Ok(Some(doc.remove("_source").unwrap_or(Value::Null)))
                    }
                    _ => Err(bad_response(&endpoint, "200 without \"found\": true")),
                },
                404 => Ok(None),
                _ => Err(classify::call_error(status, bytes, &endpoint, self.redactor())),
            },
        )
        .await
    }

    /// Deletes one document; a missing document or index is [`DeleteOutcome::Absent`], not an error.
    pub async fn delete(&self, index: &str, id: &str) -> Result<DeleteOutcome> {
        check_index(index)?;
        check_path_id(id)?;
        let endpoint = self.endpoint(&format!("DELETE /{index}/_doc/{}", crate::soul::shorten(id)));
        self.execute(
            &endpoint,
            |es| es.delete(DeleteParts::IndexId(index, id)).request_timeout(self.timeout()).send(),
            |status, bytes| match status {
                200 => Ok(DeleteOutcome::Deleted),
                404 => Ok(DeleteOutcome::Absent),
                _ => Err(classify::call_error(status, bytes, &endpoint, self.redactor())),
            },
        )
        .await
    }

    /// Makes recent writes to `index` visible to search. A missing index is an error of class not found.
    pub async fn refresh(&self, index: &str) -> Result<()> {
        check_index(index)?;
        let endpoint = self.endpoint(&format!("POST /{index}/_refresh"));
        let indices = [index];
        self.execute(
            &endpoint,
            |es| {
                IndicesRefresh::<()>::new(es.transport(), IndicesRefreshParts::Index(&indices))
                    .request_timeout(self.timeout())
                    .send()
            },
            |status, bytes| match status {
                200 => Ok(()),
                _ => Err(classify::call_error(status, bytes, &endpoint, self.redactor())),
            },
        )
        .await
    }
}

pub(super) fn parse_json(bytes: &[u8], endpoint: &str) -> Result<Value> {
    serde_json::from_slice(bytes).map_err(|e| bad_response(endpoint, format!("invalid JSON: {e}")))
}

pub(super) fn is_index_not_found(e: &Error) -> bool {
    matches!(e, Error::EsHttp { status: 404, error_type, .. } if error_type == "index_not_found_exception")
}
