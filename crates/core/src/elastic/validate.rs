//! Index names and document ids checked before any I/O, with Elasticsearch's
//! own rules, so a bad argument is refused here instead of costing a
//! request (or, in a `_bulk`, failing the whole request).

use crate::error::{Error, Result};

/// Elasticsearch refuses longer ids.
pub const MAX_ID_BYTES: usize = 512;
const MAX_INDEX_BYTES: usize = 255;

pub(crate) fn check_index(index: &str) -> Result<()> {
    let refuse =
        |reason: &str| Err(Error::InvalidArgument { name: "index".into(), reason: format!("{index:?} {reason}") });
    if index.is_empty() || index == "." || index == ".." {
        return refuse("is not an index name");
    }
    if index.len() > MAX_INDEX_BYTES {
        return refuse("is longer than 255 bytes");
    }
    if index.starts_with(['-', '_', '+']) {
        return refuse("must not start with '-', '_' or '+'");
    }
    if index.chars().any(|c| c.is_uppercase() || r#"\/*?"<>| ,#:"#.contains(c)) {
        return refuse("must be lowercase, without spaces or any of \\ / * ? \" < > | , # :");
    }
    Ok(())
}

/// Why `id` can never name a document, if it cannot.
pub(crate) fn id_problem(id: &str) -> Option<&'static str> {
    if id.is_empty() {
        Some("is empty")
    } else if id.len() > MAX_ID_BYTES {
        Some("is longer than 512 bytes")
    } else {
        None
    }
}

/// For ids that go into a URL path: `.` and `..` would be resolved away by URL joining.
pub(crate) fn check_path_id(id: &str) -> Result<()> {
    let problem = id_problem(id).or(if id == "." || id == ".." { Some("cannot be used in a URL path") } else { None });
    match problem {
        Some(reason) => Err(Error::InvalidArgument {
            name: "id".into(),
            reason: format!("{:?} {reason}", crate::soul::shorten(id)),
        }),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_names() {
        for ok in ["records", ".hidden", "oip-records_2", "r.e.c"] {
            assert!(check_index(ok).is_ok(), "{ok}");
        }
        for bad in ["", ".", "..", "Records", "_x", "-x", "a b", "a/b", "a,b", "a*", "a:b", &"x".repeat(256)] {
            assert_eq!(check_index(bad).unwrap_err().code(), "INVALID_ARGUMENT", "{bad}");
        }
    }

    #[test]
    fn ids() {
        assert!(check_path_id("did:arweave:abc/def#1").is_ok());
        for bad in ["", ".", "..", &"x".repeat(513)] {
            assert!(check_path_id(bad).is_err(), "{bad}");
        }
        assert_eq!(id_problem(&"é".repeat(257)), Some("is longer than 512 bytes"));
    }
}
