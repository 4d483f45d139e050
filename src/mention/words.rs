//! Words around a figure: a tiny tokenizer for looking left and right.
//!
//! The extractor never tokenises the whole text — that would cost a pass per byte of prose
//! for a few figures. It looks at the handful of words beside each figure instead, and stops
//! at punctuation, because a hedge or a noun never reaches across a comma or a full stop.

use crate::text::Ends as _;
use crate::text::Slice;

/// A word of the text and where it stands (byte offsets).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word<'t> {
    pub text: &'t str,
    pub start: usize,
    pub end: usize,
}

impl Word<'_> {
    // One copy, not one inlined at each of its 40 callers: smaller wasm.
    #[inline(never)]
    pub fn is(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }

    pub fn is_capitalised(&self) -> bool {
        self.text.first_char().is_some_and(char::is_uppercase)
    }

    pub fn is_alphabetic(&self) -> bool {
        self.text.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\'' | '’'))
            && self.text.chars().any(char::is_alphabetic)
    }
}

/// Words longer than this are cut here. The words a reader looks for beside a figure
/// (hedges, nouns, cue words) are short; without a bound, every figure in a run such as
/// "x1x1x1…" walked back over the whole run, quadratic in its length (issue 8).
pub const MAX_WORD_BYTES: usize = 64;

/// Words further than this from the point they are looked for from are not beside it: a
/// table's wide columns are still read, a megabyte of spaces is not walked twice.
pub const MAX_GAP_BYTES: usize = 64;

pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{a0}' | '\u{2009}' | '\u{202f}')
}

/// A letter or a digit. ASCII is answered without Unicode's tables, inline: this is asked
/// of nearly every character of the article, and a call per character was 5% of a check.
#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// Joiners that stay inside a word when a word character follows: "U.S", "full-time",
/// "Russia's".
fn is_joiner(c: char) -> bool {
    matches!(c, '.' | '-' | '\'' | '’' | '&' | '/')
}

/// The word starting after `from` past spaces, or `None` when punctuation or the end comes
/// first.
pub fn next_word(text: &str, from: usize) -> Option<Word<'_>> {
    let rest = text.get(from..)?;
    let skipped = rest.char_indices().find(|&(i, c)| !is_space(c) || i > MAX_GAP_BYTES).map_or(rest.len(), |(i, _)| i);
    if skipped > MAX_GAP_BYTES {
        return None;
    }
    let start = from + skipped;
    let mut end = start;
    let mut chars = text.s(start..).char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if i >= MAX_WORD_BYTES {
            break;
        }
        let next_is_word = chars.peek().is_some_and(|&(_, n)| is_word_char(n));
        if is_word_char(c) || (is_joiner(c) && end > start && next_is_word) {
            end = start + i + c.len_utf8();
        } else {
            break;
        }
    }
    if end == start {
        return None;
    }
    // An abbreviation keeps its final period: "U.S. diplomats".
    let word = text.s(start..end);
    if text.s(end..).starts_with('.') && word.contains('.') {
        end += 1;
    }
    Some(Word { text: text.s(start..end), start, end })
}

/// The word ending before `before` past spaces, or `None` when punctuation or the start
/// comes first. A period right before `before` belongs to an abbreviation ("U.S. 755"), so it
/// is kept only when the word has inner periods.
pub fn prev_word(text: &str, before: usize) -> Option<Word<'_>> {
    let head = text.get(..before)?;
    let end = head
        .char_indices()
        .rev()
        .find(|&(i, c)| !is_space(c) || before - i > MAX_GAP_BYTES)
        .map_or(0, |(i, c)| i + c.len_utf8());
    if before - end > MAX_GAP_BYTES {
        return None;
    }
    let trimmed = head.s(..end);
    let mut start = end;
    let mut prev_was_word = false;
    for (i, c) in trimmed.char_indices().rev() {
        if end - i > MAX_WORD_BYTES {
            break;
        }
        if is_word_char(c)
            || (is_joiner(c) && prev_was_word && i > 0 && trimmed.s(..i).last_char().is_some_and(is_word_char))
        {
            start = i;
            prev_was_word = is_word_char(c);
        } else {
            break;
        }
    }
    if start == end {
        return None;
    }
    Some(Word { text: text.s(start..end), start, end })
}

/// Up to `n` words before `before`, nearest first.
pub fn words_before(text: &str, before: usize, n: usize) -> Vec<Word<'_>> {
    let mut out = Vec::with_capacity(n);
    let mut at = before;
    while out.len() < n {
        match prev_word(text, at) {
            Some(word) => {
                at = word.start;
                out.push(word);
            }
            None => break,
        }
    }
    out
}

/// Up to `n` words after `from`, nearest first.
pub fn words_after(text: &str, from: usize, n: usize) -> Vec<Word<'_>> {
    let mut out = Vec::with_capacity(n);
    let mut at = from;
    while out.len() < n {
        match next_word(text, at) {
            Some(word) => {
                at = word.end;
                out.push(word);
            }
            None => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_abbreviations_and_hyphens_as_one_word() {
        let text = "755 U.S. diplomats, full-time";
        let words = words_after(text, 3, 5);
        let texts: Vec<&str> = words.iter().map(|w| w.text).collect();
        assert_eq!(texts, ["U.S.", "diplomats"]);
        assert_eq!(next_word(text, 19).unwrap().text, "full-time");
    }

    #[test]
    fn stops_at_punctuation() {
        assert_eq!(
            words_before("leave. More than 5", 17, 5).iter().map(|w| w.text).collect::<Vec<_>>(),
            ["than", "More"]
        );
        assert!(next_word("5, people", 1).is_none());
    }

    #[test]
    fn handles_non_ascii_without_panicking() {
        let text = "éé 5 نص  😀 x";
        for i in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            let _ = next_word(text, i);
            let _ = prev_word(text, i);
        }
        assert_eq!(prev_word(text, 5).unwrap().text, "éé");
    }
}
