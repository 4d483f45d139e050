//! `repeat`: the same quantity stated twice with different values.
//!
//! # What it catches
//! "755 diplomats must leave … the 775 diplomats will go by September." — "the 775
//! diplomats" points back to a figure the text gave as 755.
//!
//! # Why it matters
//! A transposed or mistyped digit in a repeat is the most common numeric typo; the reader
//! is left with two figures for one thing.
//!
//! # Flags
//! "755 diplomats must leave … the 775 diplomats will go" (warning).
//!
//! # Does not flag
//! "thirty-five diplomats … the 35 expelled diplomats" (`ok`: the same figure, in words and
//! digits); "1.2 million … 1,234,567" (different precision, not a repeat).
//!
//! # False-alarm traps it avoids
//! - only a definite back-reference counts: "the", "these", "those", "all" right before the
//!   figure, and the same head noun as an earlier figure;
//! - a different value is flagged only when it looks like a typo of the earlier one (same
//!   number of digits, one digit changed or two neighbours swapped) and no earlier figure
//!   with that noun has the value: "35 diplomats … the 755 diplomats" are two groups;
//! - only figures typed in digits can be digit typos: "five million lira … the one-million
//!   lira note" are two notes;
//! - estimates from different sources usually differ by more than a digit.

use std::collections::HashMap;

use crate::lexicon::nouns::singular;
use crate::mention::words::prev_word;
use crate::mention::Mention;

use super::format;
use super::{Article, Finding, Severity, Verdict};

pub const ID: &str = "repeat";
pub const SUMMARY: &str = "the same quantity stated again with a different value (\"755 … the 775\")";

fn is_back_reference(text: &str, m: &Mention) -> bool {
    m.qualifier.is_none()
        && prev_word(text, m.span.start).is_some_and(|w| ["the", "these", "those", "all"].iter().any(|d| w.is(d)))
}

/// How many earlier figures with the same noun a back-reference is compared with.
const EARLIER: usize = 50;

/// Whether two integers look like one typed twice: one digit changed, or two neighbouring
/// digits swapped, with the same number of digits (at least two).
pub fn looks_like_typo(a: f64, b: f64) -> bool {
    if a.fract() != 0.0 || b.fract() != 0.0 || a < 10.0 || b < 10.0 {
        return false;
    }
    let (x, y) = (format!("{a:.0}"), format!("{b:.0}"));
    if x.len() != y.len() || x == y {
        return false;
    }
    let diffs: Vec<usize> = x.bytes().zip(y.bytes()).enumerate().filter(|(_, (p, q))| p != q).map(|(i, _)| i).collect();
    match diffs.as_slice() {
        [_] => true,
        [i, j] => *j == i + 1 && x.as_bytes()[*i] == y.as_bytes()[*j] && x.as_bytes()[*j] == y.as_bytes()[*i],
        _ => false,
    }
}

pub fn run(cx: &Article<'_>) -> Vec<Finding> {
    let ms = cx.mentions;
    let mut findings = Vec::new();
    // Earlier counts by singular noun, so that each back-reference looks only at its own
    // noun's figures (the nearest `EARLIER` of them): linear however long the text.
    let mut by_noun: HashMap<String, Vec<usize>> = HashMap::new();
    for (j, b) in ms.iter().enumerate() {
        let Some(noun) = b.noun.as_deref().filter(|_| b.is_count()) else { continue };
        let key = singular(noun);
        let seen = by_noun.entry(key).or_default();
        let earlier: Vec<usize> = seen.iter().rev().take(EARLIER).rev().copied().collect();
        seen.push(j);
        if !is_back_reference(cx.text, b) {
            continue;
        }
        let bv = b.value.unwrap_or(0.0);
        let noun = b.noun.as_deref().unwrap_or("");
        if let Some(&i) = earlier.iter().rev().find(|&&i| ms[i].value == b.value) {
            findings.push(Finding {
                check: ID,
                severity: Severity::Ok,
                verdict: Verdict::Consistent,
                mentions: vec![i, j],
                span: b.span,
                message: format!(
                    "\"{}\" repeats the earlier \"{}\" {noun}.",
                    format::stated(cx.text, b),
                    format::stated(cx.text, &ms[i])
                ),
                expected: ms[i].value,
                stated: b.value,
            });
            continue;
        }
        // Typos are of typed digits: "five million … the one-million" are two things.
        let digits = |m: &Mention| cx.text[m.span.start..m.span.end].bytes().any(|c| c.is_ascii_digit());
        let typo: Vec<usize> = earlier
            .iter()
            .copied()
            .filter(|&i| digits(&ms[i]) && digits(b) && ms[i].qualifier.is_none())
            .filter(|&i| looks_like_typo(ms[i].value.unwrap_or(0.0), bv))
            .collect();
        if let [i] = typo.as_slice() {
            let a = &ms[*i];
            findings.push(Finding {
                check: ID,
                severity: Severity::Warning,
                verdict: Verdict::Inconsistent,
                mentions: vec![*i, j],
                span: b.span,
                message: format!(
                    "\"the {} {noun}\" refers back to {noun} the text counted as {} earlier: one of the two is mistyped ({} → {}?).",
                    format::stated(cx.text, b),
                    format::stated(cx.text, a),
                    format::stated(cx.text, b),
                    format::stated(cx.text, a)
                ),
                expected: a.value,
                stated: b.value,
            });
        }
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::looks_like_typo;
    use crate::Severity;

    fn run(text: &str) -> Vec<(Severity, String)> {
        crate::check::run_one(super::ID, text).into_iter().map(|f| (f.severity, f.message)).collect()
    }

    #[test]
    fn flags_a_mistyped_repeat() {
        let found = run("Moscow said 755 diplomats must leave. Officials said the 775 diplomats will go by September.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, Severity::Warning);
        assert!(found[0].1.contains("755"), "{}", found[0].1);
    }

    #[test]
    fn confirms_the_same_figure_in_words_and_digits() {
        assert_eq!(run("It expelled thirty-five diplomats. Later the 35 expelled diplomats left.")[0].0, Severity::Ok);
    }

    #[test]
    fn written_numbers_are_not_digit_typos() {
        assert!(run("Notes of five million lira will go. Then the one-million lira note becomes a coin.").is_empty());
    }

    #[test]
    fn different_groups_are_not_repeats() {
        assert!(run("35 diplomats left in 2016. Now the 755 diplomats must go.").is_empty());
        assert!(run("About 1.2 million people voted. The 1,234,567 people who voted").is_empty());
    }

    #[test]
    fn typo_shapes() {
        assert!(looks_like_typo(755.0, 775.0));
        assert!(looks_like_typo(1234.0, 1324.0));
        assert!(!looks_like_typo(755.0, 557.0));
        assert!(!looks_like_typo(35.0, 755.0));
        assert!(!looks_like_typo(5.0, 6.0));
    }
}
