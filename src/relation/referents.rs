//! What a figure refers to: the thing it counts, read from the words around it, and
//! whether two nouns name the same thing.
//!
//! The extractor gives each count the noun right after it ("755 diplomats"). Reporters
//! name the thing in other places too: before "of" ("a crowd of 52,118", "the penalty of
//! £2.3 million", "a majority of 12"), after a hyphenated figure ("the 12-vote majority",
//! "its 26,500-strong workforce", "the 34-year-old"), or not at all. The checks that link a
//! figure to another stated elsewhere (`repeat`, `percent-of`) read all of them here.

use crate::article::Article;
use crate::lexicon::{self, nouns, referents};
use crate::mention::Mention;

use super::near;
use crate::text::Lower as _;
use crate::text::Own as _;

/// A noun as a key: lower case and singular ("men" → "man", "diplomats" → "diplomat").
pub fn key(word: &str) -> String {
    let lower = crate::text::unpossessive(word).lower();
    if let Some(s) = lexicon::lookup(referents::IRREGULAR_PLURALS, &lower) {
        return s.own();
    }
    nouns::singular(&lower)
}

/// The class of a noun: what kind of thing it names, if a table knows. The referents table
/// comes first: it files every word for people under "person", where the sum checks'
/// table splits them (men are adults, boys children), and linking a figure to a figure
/// needs the broad reading.
pub fn class(word: &str) -> Option<&'static str> {
    let k = key(word);
    lexicon::lookup(referents::CLASSES, &k).or_else(|| lexicon::lookup(nouns::CLASSES, &k))
}

/// The key a figure is filed under when figures are grouped by what they count: the noun's
/// class, except for the general class of people, where the noun itself decides (patients
/// are not filed with victims).
pub fn map_key(word: &str) -> String {
    match class(word) {
        Some(c) if c != "person" => c.own(),
        _ => key(word),
    }
}

fn is_person(word: &str) -> bool {
    lexicon::lookup(referents::CLASSES, &key(word)) == Some("person")
}

/// Whether two nouns may name the same things: the same word, synonyms, one a kind of the
/// other, or a general word for people ("the men") and any group of people ("miners").
pub fn related(a: &str, b: &str) -> bool {
    let (ka, kb) = (key(a), key(b));
    if ka == kb {
        return true;
    }
    if super::nouns::link(&ka, &kb).is_some() {
        return true;
    }
    let (ca, cb) = (lexicon::lookup(referents::CLASSES, &ka), lexicon::lookup(referents::CLASSES, &kb));
    if ca.is_some() && ca == cb && ca != Some("person") {
        return true;
    }
    let broad = |w: &str| lexicon::contains(referents::BROAD_PEOPLE, w);
    (broad(a) && is_person(b)) || (broad(b) && is_person(a))
}

/// Whether two nouns are known to name different things: both are in a table, and nothing
/// links them.
pub fn unrelated(a: &str, b: &str) -> bool {
    class(a).is_some() && class(b).is_some() && !related(a, b)
}

/// Units of time: "214 days" is an amount of time, never a group of things.
pub const TIME: &[&str] = &[
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes", "second",
    "seconds", "decade", "decades", "season", "seasons", "night", "nights",
];

/// Whether `word` is a noun at all (not a verb, a pronoun or a stray adverb the extractor
/// took for one).
fn is_noun_like(word: &str) -> bool {
    word.len() > 2
        && word.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
        && !lexicon::contains(nouns::STOPWORDS, word)
        && !lexicon::contains(&["them", "saw", "after", "sq", "privately", "said", "says", "per"], word)
}

/// The nouns that say what mention `i` counts, as keys, nearest reading first.
pub fn nouns_of(cx: &Article<'_>, i: usize) -> Vec<String> {
    let m = &cx.mentions[i];
    let toks = &cx.tokens().all;
    let at = cx.tokens().of(i);
    let mut out: Vec<String> = Vec::new();
    let mut push = |w: &str| {
        let k = key(w);
        if is_noun_like(&k) && !out.contains(&k) {
            out.push(k);
        }
    };
    // "the 12-vote majority", "its 26,500-strong workforce", "the 34-year-old".
    if near::is_punct(cx, at + 1, '-') && near::same_sentence(cx, at, at + 2) {
        if let Some(w) = near::word(cx, at + 2) {
            if w.eq_ignore_ascii_case("year-old") || w.eq_ignore_ascii_case("years-old") {
                push("age");
            } else if let Some(head) = near::word(cx, at + 3).filter(|_| near::same_sentence(cx, at, at + 3)) {
                push(head);
            }
        }
    }
    if let Some(n) = m.noun.as_deref() {
        push(n);
    }
    // "a crowd of 52,118", "the penalty of £2.3 million", "a workforce of 21,500".
    let phrase = m.phrase_start() as u32;
    let before: Vec<usize> = (at.saturating_sub(4)..at)
        .rev()
        .filter(|&k| toks[k].start < phrase && toks[k].sentence == toks[at].sentence)
        .collect();
    if let [of, noun, ..] = before.as_slice() {
        if near::is(cx, *of, "of") {
            if let Some(w) = near::word(cx, *noun).filter(|w| !lexicon::contains(&["total", "all", "one", "some"], w)) {
                push(w);
            }
        }
    }
    out
}

/// Whether mention `i` points back to a figure stated before: a determiner right before it
/// ("the 775 diplomats", "all 4.3m affected customers"), or "the penalty of £3.2 million".
pub fn is_definite(cx: &Article<'_>, i: usize) -> bool {
    let m = &cx.mentions[i];
    let toks = &cx.tokens().all;
    let at = cx.tokens().of(i);
    let phrase = m.phrase_start() as u32;
    let before: Vec<usize> = (at.saturating_sub(4)..at)
        .rev()
        .filter(|&k| toks[k].start < phrase && toks[k].sentence == toks[at].sentence)
        .collect();
    match before.as_slice() {
        [d, ..] if near::is_any(cx, *d, referents::DEFINITE) => true,
        // "the penalty of £3.2 million", "the sum of £2m".
        [of, _, d, ..] if near::is(cx, *of, "of") && near::is_any(cx, *d, &["the", "this", "that"]) => true,
        _ => false,
    }
}

/// Whether mention `i` is one part of a compound amount of time or age ("94 years and 171
/// days", "101 years and 214 days"): such a part is no quantity of its own.
pub fn in_compound(cx: &Article<'_>, ms: &[Mention], i: usize) -> bool {
    let at = cx.tokens().of(i);
    let time = |j: usize| {
        ms.get(j).is_some_and(|m| m.noun.as_deref().is_some_and(|n| lexicon::contains(TIME, n)))
            || (j < ms.len() && near::is_any(cx, cx.tokens().of(j) + 1, TIME))
    };
    if !time(i) {
        return false;
    }
    // "… years and 214 days": a unit of time and "and" before; "94 years and …" after.
    let before = near::is(cx, at.wrapping_sub(1), "and")
        && near::is_any(cx, at.wrapping_sub(2), TIME)
        && i.checked_sub(1).is_some_and(time);
    let after = near::is_any(cx, at + 1, TIME) && near::is(cx, at + 2, "and") && time(i + 1);
    before || after
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relates_the_nouns_reporters_alternate() {
        assert!(related("deal", "agreement"));
        assert!(related("miners", "men"));
        assert!(related("people", "victims"));
        assert!(related("staff", "diplomats"));
        assert!(related("crowd", "fans"));
        assert!(related("vehicles", "cars"));
        assert!(!related("miners", "nurses"));
        assert!(!related("deal", "fine"));
        assert!(unrelated("deal", "fine"));
    }
}
