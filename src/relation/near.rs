//! Reading the words near a figure from the token pass: small questions the relation
//! finders of shares, repeats and ages ask again and again ("is the word before this figure
//! 'the'?", "which hedge stands before this fraction?", "what do these two sentences share?").
//!
//! Everything here reads `Article::tokens()`, never the raw text around a figure, and looks
//! at a bounded number of tokens, so callers stay linear in the article.

use std::ops::Range;

use crate::article::Article;
use crate::lexicon::{self, hedges::Bound};
use crate::text::Lower as _;
use crate::text::Own as _;
use crate::token::Token;

/// The tokens of sentence `sentence`, as a range of indices into `tokens().all`.
pub fn sentence_tokens(cx: &Article<'_>, sentence: usize) -> Range<usize> {
    let toks = &cx.tokens().all;
    let s = sentence as u32;
    let lo = toks.partition_point(|t| t.sentence < s);
    let hi = toks.partition_point(|t| t.sentence <= s);
    lo..hi
}

/// Token `k`, if it exists.
// One copy, not one inlined at each of its 111 callers: smaller wasm.
#[inline(never)]
pub fn tok<'a>(cx: &'a Article<'_>, k: usize) -> Option<&'a Token> {
    cx.tokens().all.get(k)
}

/// The text of token `k` when it is a word.
///
/// (Sliced here as `Token::text` slices, not through it: this is the question the checks
/// ask most, 80,000 times per 100 articles, and in the wasm build the call was a good part
/// of its cost. Inlining `Token::text` at all its callers instead grew the module by 2 KB
/// of brotli.)
pub fn word<'a>(cx: &'a Article<'_>, k: usize) -> Option<&'a str> {
    let t = tok(cx, k).filter(|t| t.is_word())?;
    Some(cx.text.get(t.start as usize..t.end as usize).unwrap_or(""))
}

/// Whether token `k` is the word `w` (any ASCII case).
pub fn is(cx: &Article<'_>, k: usize, w: &str) -> bool {
    word(cx, k).is_some_and(|x| x.eq_ignore_ascii_case(w))
}

/// Whether token `k` is one of `words` (any ASCII case).
pub fn is_any(cx: &Article<'_>, k: usize, words: &[&str]) -> bool {
    word(cx, k).is_some_and(|x| lexicon::contains(words, x))
}

/// Whether token `k` is the punctuation mark `c`.
// One copy, not one inlined at each of its 29 callers: smaller wasm.
#[inline(never)]
pub fn is_punct(cx: &Article<'_>, k: usize, c: char) -> bool {
    tok(cx, k).and_then(Token::punct) == Some(c)
}

/// Whether tokens `a` and `b` stand in one sentence.
// One copy, not one inlined at each of its 32 callers: smaller wasm.
#[inline(never)]
pub fn same_sentence(cx: &Article<'_>, a: usize, b: usize) -> bool {
    match (tok(cx, a), tok(cx, b)) {
        (Some(x), Some(y)) => x.sentence == y.sentence,
        _ => false,
    }
}

/// The hedge written in the words right before token `k` ("nearly", "just over", "about"),
/// with the token where it starts. Fractions in words ("nearly half") get no qualifier from
/// the extractor, so their hedge is read here.
pub fn hedge_before(cx: &Article<'_>, k: usize) -> Option<(Bound, usize)> {
    let sentence = tok(cx, k)?.sentence;
    let mut best: Option<(usize, Bound)> = None;
    for n in 1..=3usize {
        let Some(first) = k.checked_sub(n) else { break };
        let words = &cx.tokens().all[first..k];
        if !words.iter().all(|t| t.is_word() && t.sentence == sentence) {
            break;
        }
        let phrase: Vec<String> = words.iter().map(|t| t.text(cx.text).lower()).collect();
        if let Some(b) = lexicon::lookup(lexicon::hedges::HEDGES, &phrase.join(" ")) {
            best = Some((first, b));
        }
    }
    best.map(|(first, b)| (b, first))
}

/// A word reduced to a stem for comparing what two clauses talk about: lower case, common
/// inflections dropped ("waited", "waits" → "wait"; "recalling" → "recall"; "cuts" → "cut").
pub fn stem(word: &str) -> String {
    let w = crate::text::unpossessive(word).lower();
    let cut = |w: &str, suffix: &str| w.strip_suffix(suffix).filter(|r| r.len() >= 3).map(str::own);
    let mut s = cut(&w, "ing")
        .or_else(|| cut(&w, "ies").map(|r| format!("{r}y")))
        .or_else(|| cut(&w, "ied").map(|r| format!("{r}y")))
        .or_else(|| cut(&w, "ed"))
        .or_else(|| cut(&w, "es").filter(|r| r.ends_with(['s', 'x', 'z']) || r.ends_with("ch") || r.ends_with("sh")))
        .or_else(|| cut(&w, "s").filter(|r| !r.ends_with('s')))
        .unwrap_or(w);
    // "stopped" → "stopp" → "stop"; "arrivals" keep their stem.
    let b = s.as_bytes();
    if b.len() >= 4 && b[b.len() - 1] == b[b.len() - 2] && !b"aeiouls".contains(&b[b.len() - 1]) {
        s.pop();
    }
    if s.len() > 4 && s.ends_with('e') {
        s.pop();
    }
    s
}

/// Words too common to show that two clauses talk about the same thing.
const WEAK: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "or",
    "but",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "by",
    "with",
    "into",
    "than",
    "as",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "can",
    "must",
    "it",
    "its",
    "they",
    "their",
    "them",
    "he",
    "his",
    "she",
    "her",
    "we",
    "our",
    "you",
    "this",
    "that",
    "these",
    "those",
    "there",
    "which",
    "who",
    "whom",
    "what",
    "when",
    "where",
    "while",
    "said",
    "says",
    "say",
    "told",
    "also",
    "more",
    "less",
    "most",
    "some",
    "all",
    "about",
    "over",
    "under",
    "after",
    "before",
    "since",
    "last",
    "next",
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "time",
    "per",
    "cent",
    "percent",
    "million",
    "billion",
    "thousand",
    "m",
    "bn",
    "new",
    "now",
    "just",
    "only",
    "not",
    "no",
    "up",
    "down",
    "out",
    "other",
    "such",
    "been",
    "so",
    "if",
    "then",
    "than",
    "one",
    "two",
    "total",
    "figure",
    "figures",
    "number",
    "numbers",
    "around",
    "nearly",
    "almost",
    "according",
    "including",
    "mr",
    "mrs",
    "ms",
    "dr",
    "first",
    "same",
    "many",
    "much",
    "each",
    "every",
    "both",
    "any",
    "own",
    "still",
    "expected",
    "company",
    "firm",
    "group",
    "people",
    "government",
    "official",
    "officials",
];

/// How many tokens of a sentence `content_stems` reads.
const STEM_TOKENS: usize = 160;

/// The stems of the content words of sentence `sentence`: what it talks about, for telling
/// whether two sentences state one quantity.
pub fn content_stems(cx: &Article<'_>, sentence: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // A sentence of news is a few dozen words; a pasted table is one "sentence" of
    // thousands, and only its start is read.
    for k in sentence_tokens(cx, sentence).take(STEM_TOKENS) {
        let Some(w) = word(cx, k) else { continue };
        if w.len() < 3 || !w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-' || b == b'\'') {
            continue;
        }
        if lexicon::contains(WEAK, w) || crate::frame::words::is_change_word(w) {
            continue;
        }
        let s = stem(w);
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// Whether a stem is too common to say what a clause is about (see `content_stems`).
pub fn content_stems_exclude(stem: &str) -> bool {
    lexicon::contains(WEAK, stem) || crate::frame::words::is_change_word(stem)
}

/// How many stems two lists share. A stem of six letters or more that begins another
/// counts ("vaccin" and "vaccination"): derived words name the same subject.
pub fn shared(a: &[String], b: &[String]) -> usize {
    let same = |x: &String, y: &String| {
        x == y || (x.len().min(y.len()) >= 6 && (x.starts_with(y.as_str()) || y.starts_with(x.as_str())))
    };
    a.iter().filter(|x| b.iter().any(|y| same(x, y))).count()
}

/// Whether token `k` opens its sentence (nothing but quotes before it).
pub fn opens_sentence(cx: &Article<'_>, k: usize) -> bool {
    let Some(t) = tok(cx, k) else { return false };
    cx.tokens().all[..k]
        .iter()
        .rev()
        .take_while(|p| p.sentence == t.sentence)
        .all(|p| matches!(p.punct(), Some('"' | '“' | '\'' | '‘' | '(' | '\n')))
}

/// Whether the paragraph of sentence `sentence` is a headline: the article's first
/// paragraph, one sentence long, with no full stop of its own.
pub fn in_headline(cx: &Article<'_>, sentence: usize) -> bool {
    if cx.segments.paragraph_of(sentence) != 0 || cx.segments.len() < 2 || cx.segments.paragraph_of(1) == 0 {
        return false;
    }
    let (start, end) = cx.segments.sentence_range(0, cx.text.len());
    let line = cx.text.get(start..end).unwrap_or("").trim_end();
    !line.is_empty() && line.len() <= 120 && !line.ends_with(['.', '!', '?'])
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn stems_compare_inflections() {
        assert_eq!(stem("waited"), stem("waits"));
        assert_eq!(stem("recalling"), stem("recall"));
        assert_eq!(stem("cuts"), stem("cut"));
        assert_eq!(stem("arrested"), stem("arrest"));
        assert_eq!(stem("stopped"), "stop");
        assert_eq!(stem("vaccination"), "vaccination");
    }
}
