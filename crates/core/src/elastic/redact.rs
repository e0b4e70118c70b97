//! Keeps credentials out of every string that leaves the layer: error
//! messages, reasons echoed from the server, transport error chains.

use std::sync::Arc;

#[derive(Clone, Default)]
pub(crate) struct Redactor {
    secrets: Arc<[String]>,
}

const MASK: &str = "***";

impl Redactor {
    pub fn new(secrets: Vec<String>) -> Self {
        Redactor { secrets: secrets.into_iter().filter(|s| !s.is_empty()).collect() }
    }

    /// Removes URL userinfo and every known secret from `text`.
    pub fn scrub(&self, text: &str) -> String {
        let mut out = strip_url_userinfo(text);
        for secret in self.secrets.iter() {
            if out.contains(secret.as_str()) {
                out = out.replace(secret.as_str(), MASK);
            }
        }
        out
    }
}

/// `scheme://user:pass@host/...` anywhere in `text` loses its `user:pass@`.
fn strip_url_userinfo(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("://") {
        let (head, tail) = rest.split_at(at + 3);
        out.push_str(head);
        let authority_end = tail
            .find(|c: char| c == '/' || c == '?' || c == '#' || c.is_whitespace() || c == ')' || c == '"')
            .unwrap_or(tail.len());
        match tail[..authority_end].rfind('@') {
            Some(userinfo_end) => rest = &tail[userinfo_end + 1..],
            None => rest = tail,
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrubs_userinfo_and_secrets() {
        let r = Redactor::new(vec!["s3cret".into(), String::new()]);
        assert_eq!(
            r.scrub("error sending request for url (http://elastic:pw@es:9200/records/_mget): s3cret"),
            "error sending request for url (http://es:9200/records/_mget): ***"
        );
        assert_eq!(r.scrub("https://u@h and ftp://x"), "https://h and ftp://x");
        assert_eq!(r.scrub("no urls here"), "no urls here");
    }
}
