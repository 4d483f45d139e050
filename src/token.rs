//! The token pass: the article as words, figures and punctuation, read once.
//!
//! Reading real phrasing means asking, for every figure, questions such as "which verb
//! governs it", "what does the sentence say it counts", "is it the third item of a list".
//! Answering them by walking the raw text from each figure re-reads the same words many
//! times (and once made the pipeline quadratic). This module cuts the text once, after the
//! mentions are known: every figure becomes one token, every word one token, and the
//! punctuation that structures a sentence one token per run. Frames (`crate::frame`) and
//! the checks read tokens, never the raw text around a figure.
//!
//! Architecture invariant: tokens are in text order, never overlap, and cover every figure
//! exactly once; building them is one pass over the text.

use crate::mention::Mention;
use crate::text::Ends as _;
use crate::text::Segments;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    /// A word (letters and digits, with inner joiners: "U.S.", "full-time", "Russia's").
    Word,
    /// A figure: the index of its mention.
    Figure(u32),
    /// Punctuation that shapes a sentence, one token for a run of the same character.
    Punct(char),
}

/// One token and where it stands. Offsets are UTF-8 bytes into the checked text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    pub sentence: u32,
    pub tag: Tag,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start as usize..self.end as usize).unwrap_or("")
    }

    pub fn is_word(&self) -> bool {
        self.tag == Tag::Word
    }

    // One copy, not one inlined at each of its 44 callers: smaller wasm.
    #[inline(never)]
    pub fn figure(&self) -> Option<usize> {
        match self.tag {
            Tag::Figure(i) => Some(i as usize),
            _ => None,
        }
    }

    // One copy, not one inlined at each of its 61 callers: smaller wasm.
    #[inline(never)]
    pub fn punct(&self) -> Option<char> {
        match self.tag {
            Tag::Punct(c) => Some(c),
            _ => None,
        }
    }
}

/// The article's tokens, with the token of every figure.
pub struct Tokens {
    pub all: Vec<Token>,
    /// For mention `i`, the index of its token in `all`.
    pub of_mention: Vec<usize>,
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

/// Joiners that stay inside a word when word characters stand on both sides: "U.S",
/// "full-time", "Russia's", "AT&T", "km/h".
fn is_joiner(c: char) -> bool {
    matches!(c, '.' | '-' | '\'' | '’' | '&' | '/')
}

/// Punctuation kept as tokens: what separates clauses, list items and asides. Everything
/// else (symbols, emoji, stray marks) is skipped.
fn is_structural(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '('
            | ')'
            | '['
            | ']'
            | '"'
            | '“'
            | '”'
            | '–'
            | '—'
            | '-'
            | '\n'
            | '‘'
            | '\''
    )
}

impl Tokens {
    /// Cuts `text` into tokens, the mentions' spans becoming one token each. Text after
    /// `end` (where figure reading stopped, if it did) is not tokenised.
    pub fn new(text: &str, segments: &Segments, mentions: &[Mention], end: usize) -> Tokens {
        let mut all = Vec::new();
        let mut of_mention = Vec::with_capacity(mentions.len());
        let mut next_mention = 0;
        let mut sentence = 0u32;
        let mut next_sentence_start = segments.sentence_range(1, text.len()).0;
        let mut chars = text.get(..end.min(text.len())).unwrap_or("").char_indices().peekable();
        let push = |all: &mut Vec<Token>, start: usize, stop: usize, tag: Tag, sentence: u32| {
            all.push(Token { start: start as u32, end: stop as u32, sentence, tag });
        };
        while let Some(&(i, c)) = chars.peek() {
            while i >= next_sentence_start && (sentence as usize) + 1 < segments.len() {
                sentence += 1;
                next_sentence_start = segments.sentence_range(sentence as usize + 1, text.len()).0;
            }
            // A figure starts here: one token for its whole span.
            if let Some(m) = mentions.get(next_mention).filter(|m| m.span.start <= i) {
                of_mention.push(all.len());
                push(&mut all, m.span.start, m.span.end, Tag::Figure(next_mention as u32), sentence);
                next_mention += 1;
                while chars.peek().is_some_and(|&(j, _)| j < m.span.end) {
                    chars.next();
                }
                continue;
            }
            let figure_start = mentions.get(next_mention).map_or(usize::MAX, |m| m.span.start);
            if is_word_char(c) {
                let mut stop = i + c.len_utf8();
                chars.next();
                while let Some(&(j, d)) = chars.peek() {
                    if j >= figure_start {
                        break;
                    }
                    let joins = is_joiner(d)
                        && text.get(j + d.len_utf8()..).and_then(|r| r.first_char()).is_some_and(is_word_char)
                        && j + d.len_utf8() < figure_start;
                    if is_word_char(d) || joins {
                        stop = j + d.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                }
                // An abbreviation keeps its final period: "U.S. diplomats".
                let word = text.get(i..stop).unwrap_or("");
                if word.contains('.') && text.get(stop..).is_some_and(|r| r.starts_with('.')) && stop < figure_start {
                    stop += 1;
                    chars.next();
                }
                push(&mut all, i, stop, Tag::Word, sentence);
            } else if is_structural(c) {
                // One token for a run of the same mark ("....", "\n\n").
                let mut stop = i + c.len_utf8();
                chars.next();
                while let Some(&(j, d)) = chars.peek() {
                    if d != c || j >= figure_start {
                        break;
                    }
                    stop = j + d.len_utf8();
                    chars.next();
                }
                push(&mut all, i, stop, Tag::Punct(c), sentence);
            } else {
                chars.next();
            }
        }
        // Mentions past `end` cannot exist (reading stopped there), but keep the map total.
        while of_mention.len() < mentions.len() {
            of_mention.push(all.len().saturating_sub(1));
        }
        // The tokens live as long as the checks run: a doubled vector's spare half would
        // count against the memory bound on a figure-dense megabyte (docs/report.md).
        all.shrink_to_fit();
        Tokens { all, of_mention }
    }

    /// The token of mention `m`.
    // One copy, not one inlined at each of its 164 callers: smaller wasm.
    #[inline(never)]
    pub fn of(&self, m: usize) -> usize {
        self.of_mention.get(m).copied().unwrap_or(0)
    }

    pub fn get(&self, i: usize) -> Option<&Token> {
        self.all.get(i)
    }

    pub fn len(&self) -> usize {
        self.all.len()
    }

    pub fn is_empty(&self) -> bool {
        self.all.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mention::extract;

    fn tokens(text: &str) -> Vec<(String, Tag)> {
        let segments = Segments::new(text);
        let ms = extract(text, &segments);
        Tokens::new(text, &segments, &ms, text.len()).all.iter().map(|t| (t.text(text).to_string(), t.tag)).collect()
    }

    #[test]
    fn figures_are_one_token_each() {
        let t = tokens("It cut 450 jobs, leaving £1.2bn.");
        let texts: Vec<&str> = t.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(texts, ["It", "cut", "450", "jobs", ",", "leaving", "£1.2bn", "."]);
        assert_eq!(t[2].1, Tag::Figure(0));
        assert_eq!(t[6].1, Tag::Figure(1));
    }

    #[test]
    fn words_keep_their_joiners_and_abbreviations() {
        let t = tokens("755 U.S. diplomats, full-time, Russia's staff.");
        let texts: Vec<&str> = t.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(texts, ["755", "U.S.", "diplomats", ",", "full-time", ",", "Russia's", "staff", "."]);
    }

    #[test]
    fn runs_of_one_mark_are_one_token_and_sentences_are_counted() {
        let text = "First.... Second 5.\n\nThird 6.";
        let segments = Segments::new(text);
        let ms = extract(text, &segments);
        let toks = Tokens::new(text, &segments, &ms, text.len());
        let dots: Vec<&Token> = toks.all.iter().filter(|t| t.punct() == Some('.')).collect();
        assert_eq!(dots[0].text(text), "....");
        let six = toks.all[toks.of(1)];
        assert_eq!(six.text(text), "6");
        assert_eq!(six.sentence as usize, segments.sentence_at(text.find('6').unwrap()));
    }

    #[test]
    fn non_ascii_is_safe() {
        for text in ["éé 5 نص 😀 x", "–5–", "‘1’", "e\u{301}5"] {
            let _ = tokens(text);
        }
    }
}
