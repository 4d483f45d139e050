//! `multiple`: "doubled", "tripled", "halved" that disagree with their endpoints.
//!
//! # What it catches
//! "Enrolment doubled from 1,100 to 2,900." — that is 2.6 times, not 2.
//!
//! # Why it matters
//! A multiple is a headline word; if the figures behind it say otherwise, one of them is
//! wrong and the headline overstates or understates the story.
//!
//! # Flags
//! "Enrolment doubled from 1,100 to 2,900."
//!
//! # Does not flag
//! "Enrolment nearly tripled from 1,100 to 3,200." (2.9×: the hedge allows it — a note);
//! "doubled from 1,100 to 2,200" (`ok`).
//!
//! # False-alarm traps it avoids
//! - the multiplying verb must come within a few words before "from A to B";
//! - journalists round multiples: within 10% is a note, not an error; a hedge ("nearly",
//!   "more than", "about") widens the band the way the word says.

use crate::lexicon::{self, cues, hedges};
use crate::mention::words::words_before;

use super::format;
use super::{Article, Finding, Severity, Verdict};

pub const ID: &str = "multiple";
pub const SUMMARY: &str = "doubled / tripled / halved that disagree with their endpoints";

pub fn run(cx: &Article<'_>) -> Vec<Finding> {
    let ms = cx.mentions;
    let mut findings = Vec::new();
    for &e in cx.endpoints() {
        let first = e.from.min(e.to);
        let (a, b) = (&ms[e.from], &ms[e.to]);
        let start = ms[first].phrase_start();
        let before = words_before(cx.text, start, 6);
        let Some(k) = before.iter().position(|w| lexicon::lookup(cues::MULTIPLIERS, w.text).is_some()) else {
            continue;
        };
        let verb = before[k];
        let factor = lexicon::lookup(cues::MULTIPLIERS, verb.text).unwrap_or(1.0);
        // The hedge on the verb: "nearly tripled", "more than doubled".
        let hedge = (1..=2).rev().find_map(|n| {
            let words = before.get(k + 1..k + 1 + n)?;
            let phrase: Vec<&str> = words.iter().rev().map(|w| w.text).collect();
            lexicon::lookup(hedges::HEDGES, &phrase.join(" ")).map(|bound| (bound, phrase.join(" ")))
        });
        let (av, bv) = (a.value.unwrap_or(0.0), b.value.unwrap_or(0.0));
        if av <= 0.0 {
            continue;
        }
        let ratio = bv / av;
        let rel = ratio / factor;
        let (lo, hi) = match hedge.as_ref().map(|(b, _)| *b) {
            Some(hedges::Bound::Upper) => (0.85, 1.0),
            Some(hedges::Bound::Lower) => (1.0, 1.5),
            Some(hedges::Bound::Approx) => (0.85, 1.15),
            None => (0.9, 1.1),
        };
        let verdict = if (rel - 1.0).abs() <= 0.02 {
            Verdict::Consistent
        } else if rel >= lo && rel <= hi {
            if hedge.is_some() {
                Verdict::ConsistentWithHedge
            } else {
                Verdict::ConsistentWithRounding
            }
        } else {
            Verdict::Inconsistent
        };
        let said = match &hedge {
            Some((_, h)) => format!("{h} {}", verb.text),
            None => verb.text.to_string(),
        };
        let base =
            format!("{} is {} times {}", format::stated(cx.text, b), format::number(ratio), format::stated(cx.text, a));
        let (severity, message) = match verdict {
            Verdict::Consistent => (Severity::Ok, format!("{base}: \"{said}\" holds.")),
            Verdict::ConsistentWithHedge | Verdict::ConsistentWithRounding => {
                (Severity::Note, format!("{base}: close enough to \"{said}\" ({} times).", format::number(factor)))
            }
            Verdict::Inconsistent => {
                let severity = if (0.75..=1.25).contains(&rel) { Severity::Warning } else { Severity::Error };
                (
                    severity,
                    format!(
                        "{base}, not {} times as \"{said}\" says ({} → {}).",
                        format::number(factor),
                        format::stated(cx.text, b),
                        format::number(av * factor)
                    ),
                )
            }
        };
        findings.push(Finding {
            check: ID,
            severity,
            verdict,
            mentions: vec![e.from, e.to],
            span: b.span,
            message,
            expected: Some(av * factor),
            stated: Some(bv),
        });
    }
    findings
}

#[cfg(test)]
mod tests {
    use crate::{Severity, Verdict};

    fn run(text: &str) -> Vec<(Severity, Verdict, String)> {
        crate::check::run_one(super::ID, text).into_iter().map(|f| (f.severity, f.verdict, f.message)).collect()
    }

    #[test]
    fn flags_a_doubling_that_is_not() {
        let found = run("Enrolment doubled from 1,100 to 2,900.");
        assert_eq!((found[0].0, found[0].1), (Severity::Error, Verdict::Inconsistent));
        assert!(found[0].2.contains("2.64 times"), "{}", found[0].2);
    }

    #[test]
    fn a_hedged_multiple_is_a_note() {
        let found = run("Enrolment nearly tripled from 1,100 to 3,200.");
        assert_eq!((found[0].0, found[0].1), (Severity::Note, Verdict::ConsistentWithHedge));
    }

    #[test]
    fn exact_and_halved() {
        assert_eq!(run("Enrolment doubled from 1,100 to 2,200.")[0].0, Severity::Ok);
        assert_eq!(run("The deficit was halved from $40m to $20m.")[0].0, Severity::Ok);
        assert_eq!(run("The deficit was halved from $40m to $30m.")[0].0, Severity::Error);
    }

    #[test]
    fn silent_without_a_multiplying_verb() {
        assert!(run("Enrolment rose from 1,100 to 2,900.").is_empty());
    }
}
