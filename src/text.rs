//! Sentences and paragraphs.
//!
//! Checks need to know how far apart two figures stand: in one sentence, in one paragraph, or
//! further. This module cuts the text once into sentences (and the sentences into paragraphs)
//! and answers "which sentence holds byte N" by binary search. It never changes the text:
//! offsets everywhere else index the caller's text as it was given.

/// Abbreviations whose final period does not end a sentence ("Mr. Smith", "Sen. Warner").
/// Single letters ("U.S.", "J. Smith") are handled by rule, not listed.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "capt", "prof", "jr", "sr", "inc", "ltd",
    "corp", "co", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "approx", "fig", "vol", "pp",
];

/// How far back from a period `ends_sentence` looks for the word it ends: longer than any
/// abbreviation ("U.S.A.", "approx"), short enough to keep a run of periods linear.
const MAX_ABBREVIATION_BYTES: usize = 24;

/// The sentence and paragraph structure of one text.
#[derive(Debug, Clone)]
pub struct Segments {
    /// Byte offset where each sentence starts; the first is always 0.
    sentence_starts: Vec<usize>,
    /// For each sentence, the index of its paragraph.
    paragraph_of: Vec<usize>,
}

impl Segments {
    pub fn new(text: &str) -> Segments {
        let bytes = text.as_bytes();
        let mut sentence_starts = vec![0];
        let mut paragraph_of = vec![0];
        let mut paragraph = 0;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b == b'\n' {
                // A line break ends a sentence (titles, list items); a blank line also ends
                // the paragraph.
                let mut j = i + 1;
                let mut blank = false;
                while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r' | b'\n') {
                    blank |= bytes[j] == b'\n';
                    j += 1;
                }
                if j < bytes.len() {
                    if blank {
                        paragraph += 1;
                    }
                    push(&mut sentence_starts, &mut paragraph_of, j, paragraph);
                }
                i = j;
                continue;
            }
            if matches!(b, b'.' | b'!' | b'?') && ends_sentence(text, i) {
                let mut j = i + 1;
                while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')' | b']') {
                    j += 1;
                }
                let mut k = j;
                while k < bytes.len() && matches!(bytes[k], b' ' | b'\t') {
                    k += 1;
                }
                if k > j && k < bytes.len() && starts_sentence(text.s(k..)) {
                    push(&mut sentence_starts, &mut paragraph_of, k, paragraph);
                    i = k;
                    continue;
                }
            }
            i += 1;
        }
        Segments { sentence_starts, paragraph_of }
    }

    /// The index of the sentence holding byte `offset`.
    // One copy, not one inlined at each of its callers: smaller wasm.
    #[inline(never)]
    pub fn sentence_at(&self, offset: usize) -> usize {
        self.sentence_starts.partition_point(|&start| start <= offset).saturating_sub(1)
    }

    /// The index of the paragraph holding sentence `sentence`.
    // One copy, not one inlined at each of its 32 callers: smaller wasm.
    #[inline(never)]
    pub fn paragraph_of(&self, sentence: usize) -> usize {
        self.paragraph_of.get(sentence).copied().unwrap_or(0)
    }

    /// The byte range of sentence `sentence` (up to the next sentence's start).
    pub fn sentence_range(&self, sentence: usize, text_len: usize) -> (usize, usize) {
        let start = self.sentence_starts.get(sentence).copied().unwrap_or(text_len);
        let end = self.sentence_starts.get(sentence + 1).copied().unwrap_or(text_len);
        (start, end)
    }

    pub fn len(&self) -> usize {
        self.sentence_starts.len()
    }

    pub fn is_empty(&self) -> bool {
        false
    }
}

/// Checked slicing for text: `text.s(a..b)` is `&text[a..b]` when that range lies on char
/// boundaries of the text, and `""` otherwise.
///
/// Why: a slice through a multi-byte character panics, and a panic in wasm kills the page
/// (issue 8: "£1–2" did exactly that). Every slice of text in the library goes through
/// this (clippy's `string_slice` lint, denied in lib.rs, keeps it so): a wrong offset then
/// yields an odd reading, never a crash.
pub trait Slice {
    fn s<R: std::slice::SliceIndex<str, Output = str>>(&self, range: R) -> &str;
}

impl Slice for str {
    #[inline(never)]
    fn s<R: std::slice::SliceIndex<str, Output = str>>(&self, range: R) -> &str {
        self.get(range).unwrap_or("")
    }
}

/// `str::to_ascii_lowercase` as one function (`word.lower()`, with `use crate::text::Lower
/// as _`): inlined at each of the library's 40 callers, its allocation, copy and loop took
/// 6 KB of the wasm module.
pub trait Lower {
    fn lower(&self) -> String;
}

impl Lower for str {
    #[inline(never)]
    fn lower(&self) -> String {
        self.to_ascii_lowercase()
    }
}

/// A text's first and last char (`s.first_char()`, `s.last_char()`), decoded in
/// one function each (`use crate::text::Ends as _`): the UTF-8 decoding was inlined at each
/// of 26 callers.
pub trait Ends {
    fn first_char(&self) -> Option<char>;
    fn last_char(&self) -> Option<char>;
}

impl Ends for str {
    #[inline(never)]
    fn first_char(&self) -> Option<char> {
        self.chars().next()
    }

    #[inline(never)]
    fn last_char(&self) -> Option<char> {
        self.chars().next_back()
    }
}

/// `str::to_string` in one function (`word.own()`, with `use crate::text::Own as _`): the
/// allocation, its failure path and the copy were inlined at each of 60-odd callers.
pub trait Own {
    fn own(&self) -> String;
}

impl Own for str {
    #[inline(never)]
    fn own(&self) -> String {
        self.to_string()
    }
}

/// `String::push` in one function (`out.put(c)`, with `use crate::text::Put as _`): its
/// UTF-8 encoding and growth were inlined at each of its callers (the figures' digits).
pub trait Put {
    fn put(&mut self, c: char);
}

impl Put for String {
    #[inline(never)]
    fn put(&mut self, c: char) {
        self.push(c);
    }
}

/// Whether `needle` occurs in `hay`: `hay.contains(needle)` for a `&str` needle, without
/// core's substring searcher. That searcher (Two-Way, set up per call) and its panic path
/// (whose message formats a `char` with `Debug`, linking Unicode's printable tables) were
/// in the wasm module for a few calls on short words, where a scan for the first byte does
/// as well.
pub fn has(hay: &str, needle: &str) -> bool {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = needle.split_first() else { return true };
    hay.iter().enumerate().any(|(i, &b)| b == first && hay.get(i + 1..i + needle.len()) == Some(rest))
}

/// `word` without its possessive endings: every trailing "'s", then every trailing "’s"
/// (exactly `word.trim_end_matches("'s").trim_end_matches("’s")`, without building a
/// substring searcher per call: this runs for most words of a sentence).
pub fn unpossessive(word: &str) -> &str {
    let mut w = word;
    while let Some(rest) = w.strip_suffix("'s") {
        w = rest;
    }
    while let Some(rest) = w.strip_suffix("’s") {
        w = rest;
    }
    w
}

/// The nearest char boundary at or before byte `i` (clamped to the text).
pub fn floor_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The nearest char boundary at or after byte `i` (clamped to the text).
pub fn ceil_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

fn push(starts: &mut Vec<usize>, paragraphs: &mut Vec<usize>, at: usize, paragraph: usize) {
    if starts.last() != Some(&at) {
        starts.push(at);
        paragraphs.push(paragraph);
    }
}

/// Whether the punctuation at byte `i` can end a sentence: a period after a digit ("3.5") or
/// after an abbreviation does not.
fn ends_sentence(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    if bytes[i] != b'.' {
        return true;
    }
    if bytes.get(i + 1).is_some_and(|b| b.is_ascii_digit()) {
        return false;
    }
    // Only the last few bytes matter (abbreviations are short): looking further back would
    // walk a run of periods once per period, quadratic in the run (issue 8).
    let window = floor_char_boundary(text, i.saturating_sub(MAX_ABBREVIATION_BYTES));
    let head = text.get(window..i).unwrap_or("");
    let word_start = head
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map_or(window, |p| window + p + head.s(p..).first_char().map_or(1, char::len_utf8));
    let word = text.get(word_start..i).unwrap_or("");
    // "… eased to 72.0 from 74.0. The ISM's", "… to $170.8bn. In the fourth quarter": a
    // figure ends a sentence like a word does.
    if word.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    if word.contains('.') || (word.chars().count() == 1 && word.chars().all(char::is_uppercase)) {
        return false; // "U.S.", "J."
    }
    !ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

fn starts_sentence(rest: &str) -> bool {
    rest.first_char().is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '\'' | '“' | '‘' | '(' | '$' | '£' | '€')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unpossessive_is_the_two_trims() {
        for w in ["Russia's", "x's's", "x’s's", "x's’s", "’s", "'s'", "s", "", "boss", "Jones’s’s", "é's"] {
            assert_eq!(unpossessive(w), w.trim_end_matches("'s").trim_end_matches("’s"), "{w}");
        }
    }

    #[test]
    fn has_is_contains() {
        let hays = ["", "p", "percent", "per cent rise", "the 150-seat house", "a. b", "ab. ", "éper cent", "pp"];
        let needles = ["p", "percent", "per cent", "-seat", ". ", "inf", "é", "pp", ""];
        for hay in hays {
            for needle in needles {
                assert_eq!(has(hay, needle), hay.contains(needle), "{hay:?} {needle:?}");
            }
        }
    }

    fn sentences(text: &str) -> Vec<&str> {
        let segments = Segments::new(text);
        (0..segments.len())
            .map(|s| {
                let (a, b) = segments.sentence_range(s, text.len());
                text[a..b].trim()
            })
            .collect()
    }

    #[test]
    fn splits_on_periods_before_capitals() {
        assert_eq!(sentences("It rose 3.5%. Then it fell."), ["It rose 3.5%.", "Then it fell."]);
    }

    #[test]
    fn a_decimal_ends_a_sentence() {
        assert_eq!(
            sentences("It eased to 72.0 from 74.0. The index rose."),
            ["It eased to 72.0 from 74.0.", "The index rose."]
        );
    }

    #[test]
    fn keeps_abbreviations_inside_the_sentence() {
        assert_eq!(
            sentences("755 U.S. diplomats met Mr. Smith. He left."),
            ["755 U.S. diplomats met Mr. Smith.", "He left."]
        );
    }

    #[test]
    fn blank_lines_start_paragraphs() {
        let text = "Title\n\nFirst. Second.\n\nThird.";
        let segments = Segments::new(text);
        assert_eq!(segments.len(), 4);
        let third = segments.sentence_at(text.find("Third").unwrap());
        assert_eq!(segments.paragraph_of(third), 2);
        assert_eq!(segments.paragraph_of(segments.sentence_at(text.find("Second").unwrap())), 1);
    }

    #[test]
    fn crlf_and_empty_text_do_not_confuse_it() {
        assert_eq!(sentences("A.\r\n\r\nB."), ["A.", "B."]);
        assert_eq!(Segments::new("").sentence_at(0), 0);
    }
}
