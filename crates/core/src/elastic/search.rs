//! Paged prefix search, e.g. every record whose `oip.did` starts with a
//! publisher's DID prefix.

use elasticsearch::SearchParts;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::error::{Error, Result};

use super::classify::{self, bad_response};
use super::client::Elastic;
use super::documents::{is_index_not_found, parse_json};
use super::validate::check_index;

/// Elasticsearch's default `index.max_result_window`: no page can be larger.
pub const MAX_PAGE_SIZE: u32 = 10_000;

/// Where the next page starts: the sort values of the last hit
/// (`search_after`). Serializable, so a sync can resume a listing later.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cursor(pub Vec<Value>);

#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub id: String,
    pub source: Value,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub hits: Vec<Hit>,
    /// `None` once a page came back short: there is nothing after it.
    pub next: Option<Cursor>,
}

impl Elastic {
    /// One page of the documents of `index` whose `field` starts with
    /// `prefix`, in `field` order. `field` must be a keyword field (with
    /// dynamic mapping, `oip.did.keyword` rather than the analysed `oip.did`)
    /// whose values are unique, since a page starts after the last value
    /// seen; `_id` is refused, as 8.x cannot sort on it. A missing index
    /// gives an empty page.
    pub async fn search_prefix(
        &self,
        index: &str,
        field: &str,
        prefix: &str,
        page_size: u32,
        after: Option<&Cursor>,
    ) -> Result<Page> {
        check_index(index)?;
        if field.is_empty() || field == "_id" {
            return Err(Error::InvalidArgument {
                name: "field".into(),
                reason: format!("{field:?} is not a sortable field"),
            });
        }
        if page_size == 0 || page_size > MAX_PAGE_SIZE {
            return Err(Error::InvalidArgument {
                name: "pageSize".into(),
                reason: format!("must be 1 to {MAX_PAGE_SIZE}"),
            });
        }
        let mut body = json!({
            "size": page_size,
            "query": { "prefix": { field: { "value": prefix } } },
            "sort": [{ field: { "order": "asc" } }],
            "track_total_hits": false,
        });
        if let Some(Cursor(values)) = after {
            body["search_after"] = Value::Array(values.clone());
        }

        let endpoint = self.endpoint(&format!("POST /{index}/_search"));
        let indices = [index];
        let hits = self
            .execute(
                &endpoint,
                |es| es.search(SearchParts::Index(&indices)).body(&body).request_timeout(self.timeout()).send(),
                |status, bytes| match status {
                    200 => parse_hits(parse_json(bytes, &endpoint)?, &endpoint),
                    _ => match classify::call_error(status, bytes, &endpoint, self.redactor()) {
                        e if is_index_not_found(&e) => Ok(Vec::new()),
                        e => Err(e),
                    },
                },
            )
            .await?;

        let next = if hits.len() < page_size as usize {
            None
        } else {
            let last = hits.last().and_then(|(_, sort)| sort.clone());
            Some(Cursor(last.ok_or_else(|| bad_response(&endpoint, "a hit without \"sort\" values"))?))
        };
        Ok(Page { hits: hits.into_iter().map(|(hit, _)| hit).collect(), next })
    }
}

fn parse_hits(answer: Value, endpoint: &str) -> Result<Vec<(Hit, Option<Vec<Value>>)>> {
    let Value::Object(mut answer) = answer else {
        return Err(bad_response(endpoint, "the answer is not an object"));
    };
    let hits = match answer.remove("hits").and_then(|mut h| h.get_mut("hits").map(Value::take)) {
        Some(Value::Array(hits)) => hits,
        _ => return Err(bad_response(endpoint, "no \"hits.hits\" array")),
    };
    hits.into_iter()
        .map(|hit| {
            let Value::Object(mut hit) = hit else {
                return Err(bad_response(endpoint, "a hit that is not an object"));
            };
            let id = match hit.remove("_id") {
                Some(Value::String(id)) => id,
                _ => return Err(bad_response(endpoint, "a hit without \"_id\"")),
            };
            let sort = match hit.remove("sort") {
                Some(Value::Array(values)) => Some(values),
                _ => None,
            };
            Ok((Hit { id, source: hit.remove("_source").unwrap_or(Value::Null) }, sort))
        })
        .collect()
}
