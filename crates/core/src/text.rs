//! Cutting text that ends up in messages and state files: a caller or a peer
//! can send any length, and an error or a ledger entry must stay small.

/// How much of an input (a soul, a did, an id, a value) a message quotes.
pub const QUOTE_BYTES: usize = 80;

/// `s` as it is, or cut to a quote of [`QUOTE_BYTES`] (see [`shorten_to`]).
pub fn shorten(s: &str) -> String {
    shorten_to(s, QUOTE_BYTES)
}

/// `s` as it is when it has at most `max` bytes, else its start marked with
/// its whole length ("abc… (2000 bytes)"), at most `max` bytes in all, so
/// shortening again changes nothing.
pub fn shorten_to(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_string();
    }
    let mark = format!("… ({} bytes)", s.len());
    let mut end = max.saturating_sub(mark.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}{mark}", &s[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_is_cut_on_a_char_boundary_marked_with_its_length_and_stays_cut() {
        assert_eq!(shorten("short"), "short");
        let exact = "x".repeat(QUOTE_BYTES);
        assert_eq!(shorten(&exact), exact);
        let long = "é".repeat(1000);
        let cut = shorten(&long);
        assert!(cut.len() <= QUOTE_BYTES && cut.starts_with('é') && cut.ends_with("… (2000 bytes)"), "{cut}");
        assert_eq!(shorten(&cut), cut);
        let reason = shorten_to(&long, 500);
        assert!(reason.len() <= 500 && reason.len() > 480, "{}", reason.len());
    }
}
