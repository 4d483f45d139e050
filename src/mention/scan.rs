//! The one pass over the text: where might a figure start?
//!
//! A single regex finds the start of every run of digits and every number word. It is
//! ASCII-only on purpose (see Cargo.toml's regex features); figures are ASCII digits or
//! English words, and the non-ASCII around them (currency signs, minus signs, no-break
//! spaces) is read by [`super::context`] looking outward from the match.

use std::sync::OnceLock;

use regex::Regex;

use crate::lexicon::numbers;

fn scanner() -> &'static Regex {
    static SCANNER: OnceLock<Regex> = OnceLock::new();
    SCANNER.get_or_init(|| {
        let mut words: Vec<&str> = numbers::SMALL.iter().map(|(w, _)| *w).collect();
        words.extend(numbers::SCALES.iter().map(|(w, _)| *w));
        words.extend(numbers::COLLECTIVES.iter().map(|(w, _)| *w));
        words.extend(numbers::FRACTION_STARTERS.iter().copied());
        words.extend(numbers::ORDINALS.iter().map(|(w, _)| *w));
        words.sort_unstable();
        words.dedup();
        // Longest first, so that "seventeen" is not read as "seven".
        words.sort_by_key(|w| std::cmp::Reverse(w.len()));
        let vulgar: String = numbers::VULGAR.iter().map(|(c, _)| *c).collect();
        let pattern = format!(r"(?i-u)[0-9]|\.[0-9]|\b(?:{})\b|(?-i:(?u:[{vulgar}]))", words.join("|"));
        Regex::new(&pattern).expect("the scanner pattern is valid (tested)")
    })
}

/// The byte offset of the next place at or after `from` where a figure may start.
pub fn next_start(text: &str, from: usize) -> Option<usize> {
    scanner().find_at(text, from).map(|m| m.start())
}

/// Where to look next when nothing could be read at `start`: past the whole run of digits
/// or the word, so that a refused 500-digit identifier is skipped in one step.
pub fn skip(text: &str, start: usize) -> usize {
    let rest = &text.as_bytes()[start..];
    let len =
        rest.iter().position(|b| !(b.is_ascii_alphanumeric() || *b == b',' || *b == b'.')).unwrap_or(rest.len()).max(1);
    let mut end = start + len;
    while !text.is_char_boundary(end) {
        end += 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pattern_builds() {
        let _ = scanner();
    }

    #[test]
    fn finds_digits_and_words_but_not_parts_of_words() {
        assert_eq!(next_start("over 1,200", 0), Some(5));
        assert_eq!(next_start("Thirty-five", 0), Some(0));
        assert_eq!(next_start("someone tone", 0), None);
    }
}
