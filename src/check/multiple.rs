//! `multiple`: "doubled", "tripled", "halved" that disagree with their endpoints.
//!
//! # What it catches
//! "Enrolment doubled from 1,100 to 2,900." — that is 2.6 times, not 2.
//!
//! # Why it matters
//! A multiple is a headline word; if the figures behind it say otherwise, one of them is
//! wrong and the headline overstates or understates the story.
//!
//! # Phrasings it reads
//! (The statements of `relation::changes`.)
//! - a multiple with its endpoints: "doubled from 1,100 to 2,900", "X is three times Y",
//!   "twice as many A as B";
//! - a multiple in a sentence without figures, tied to a change stated in a sentence about
//!   the same thing: "reported a doubling in profit" … "earnings were 77m euros, up from
//!   38m" (the subject word after "a doubling in" counts);
//! - a base named by pointing back to the sentence before: "debt is about 40% of GDP" …
//!   "At about 80% of GDP, Turkey's debt is double that figure" (a warning when it fails);
//!   and the other way round, a subject that points back: "… 3.1 million tonnes this year."
//!   "That would be only half as much as the 4.2 million tonnes gathered last year" (the
//!   one comparable figure of the sentence before);
//! - a multiple followed in its sentence by exactly two like figures in the order it implies
//!   (`Tie::Loose`): "We have already doubled the length of maternity pay, it was 13 weeks
//!   when we were elected, we have already taken it up to 26 weeks", or by the next
//!   sentence when its own has none ("… has halved in four years." "The count found 86
//!   people in November 2019 and 43 last autumn"). Weak evidence: agreement confirms, a
//!   disagreement is a warning only through a typing slip — unless "was A … is B" ties the
//!   two as firmly as "from … to".
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
//! - "twice a year", "twice daily" say how often, not how much ("twice a year earlier" is
//!   still a multiple);
//! - a base after the multiple must follow a comparing word ("as", "the", "that", "than")
//!   in the same comparison: not "scored twice on Saturday to take his tally to 24", not
//!   "more than doubling its share, while the Liberal Democrats polled 2,390"; an age that
//!   qualifies a noun ("people aged under 25") is never the figure compared;
//! - journalists round multiples: within 10% is a note, not an error; a hedge ("nearly",
//!   "more than", "about") widens the band the way the word says.

use crate::lexicon::hedges::Bound;
use crate::relation::changes::{base_value, Tie};

use super::format;
use super::{Article, Finding, Severity, Verdict};
use crate::text::Own as _;

pub const ID: &str = "multiple";
pub const SUMMARY: &str = "doubled / tripled / halved / N times that disagree with their endpoints";

pub fn run(cx: &Article<'_>) -> Vec<Finding> {
    let ms = cx.mentions;
    let mut findings = Vec::new();
    for s in cx.statements() {
        let Some(mult) = &s.multiple else { continue };
        let (Some(av), Some(bv)) = (s.start_value(ms), base_value(&ms[s.to])) else { continue };
        if av <= 0.0 || bv <= 0.0 {
            continue;
        }
        let factor = mult.factor;
        let ratio = bv / av;
        let rel = ratio / factor;
        let (lo, hi) = match mult.hedge {
            Some(Bound::Upper) => (0.85, 1.0),
            Some(Bound::Lower) => (1.0, 1.5),
            Some(Bound::Approx) => (0.85, 1.15),
            None => (0.9, 1.1),
        };
        let verdict = if (rel - 1.0).abs() <= 0.02 {
            Verdict::Consistent
        } else if rel >= lo && rel <= hi {
            if mult.hedge.is_some() {
                Verdict::ConsistentWithHedge
            } else {
                Verdict::ConsistentWithRounding
            }
        } else {
            Verdict::Inconsistent
        };
        let said = cx.text.get(mult.span.start..mult.span.end).unwrap_or("").own();
        let start = match s.from {
            Some(a) => format::stated(cx.text, &ms[a]),
            None => format::number(av),
        };
        let base = format!("{} is {} times {start}", format::stated(cx.text, &ms[s.to]), format::number(ratio));
        // (Tied by their subject or only by where they stand: weak evidence either way.)
        let linked = matches!(s.tie, Tie::Linked | Tie::Loose);
        let (severity, message) = match verdict {
            Verdict::Consistent => (Severity::Ok, format!("{base}: \"{said}\" holds.")),
            Verdict::ConsistentWithHedge | Verdict::ConsistentWithRounding => {
                (Severity::Note, format!("{base}: close enough to \"{said}\" ({} times).", format::number(factor)))
            }
            Verdict::Inconsistent if linked => {
                // Tied only by their subject: more likely the wrong figures than a wrong word,
                // unless a figure is a slip of scale ("A$246bn" for A$246m).
                // Within the band the word allows ("fivefold" for 4.5–5.5 times), is one of the
                // figures a slip of scale or of its digits?
                let slipped = [
                    (s.from.unwrap_or(s.to), bv / (factor * hi), bv / (factor * lo)),
                    (s.to, av * factor * lo, av * factor * hi),
                ]
                .into_iter()
                .find_map(|(i, a, b)| {
                    crate::relation::slips::slip_within(cx.text, &ms[i], a, b).map(|(v, k)| (i, v, k))
                });
                let Some((i, v, kind)) = slipped else { continue };
                (
                    Severity::Warning,
                    format!(
                        "{base}, not {} times as \"{said}\" says; \"{}\" looks like {} for {}.",
                        format::number(factor),
                        format::stated(cx.text, &ms[i]),
                        kind.describe(),
                        format::amount(&ms[i], v)
                    ),
                )
            }
            Verdict::Inconsistent => {
                let close = (0.75..=1.25).contains(&rel);
                let severity = if close || s.tie != Tie::Sentence { Severity::Warning } else { Severity::Error };
                (
                    severity,
                    format!(
                        "{base}, not {} times as \"{said}\" says ({} → {}).",
                        format::number(factor),
                        format::stated(cx.text, &ms[s.to]),
                        format::amount(&ms[s.to], av * factor)
                    ),
                )
            }
        };
        let message = match s.tie {
            Tie::Linked | Tie::Next => {
                format!("{message} The multiple stands in another sentence about the same subject.")
            }
            Tie::Pointed => format!("{message} The base is the figure the sentence before states."),
            Tie::Loose => format!("{message} (No word ties the multiple to these figures but their place after it.)"),
            Tie::Sentence => message,
        };
        findings.push(Finding {
            check: ID,
            severity,
            verdict,
            mentions: s.from.into_iter().chain([s.to]).chain(s.by).collect(),
            span: ms[s.to].span,
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
    fn reads_times_and_fold_and_as_many() {
        assert_eq!(
            run("The tunnel cost £1.9bn, almost four times the original estimate of £490m.")[0].0,
            Severity::Note
        );
        assert_eq!(run("Fines rose fivefold to £42.5m last year, up from £8.4m the year before.")[0].0, Severity::Ok);
        assert_eq!(
            run("Fines rose fivefold to £62.5m last year, up from £8.4m the year before.")[0].0,
            Severity::Error
        );
        assert_eq!(run("Twice as many women as men applied, 3,860 against 1,930.")[0].0, Severity::Ok);
        assert_eq!(run("Its budget of £31m is half that of the leaders, who spend £62m.")[0].0, Severity::Ok);
    }

    #[test]
    fn a_multiple_compares_only_within_its_own_comparison() {
        // "scored twice" counts goals; "doubling its share" has no base in this sentence.
        assert!(run("Jordan Ames, 29, scored twice on Saturday to take his tally to 24 in all.").is_empty());
        let text = "Reform came third with 7,412 votes, more than doubling its share, while the Liberal \
                    Democrats polled 2,390.";
        assert!(run(text).is_empty(), "{:?}", run(text));
        // An age that qualifies the noun is not the figure compared.
        let text = "Some 2,150 people aged under 25 started, half as many as the 4,300 who did so in 2017.";
        assert_eq!(run(text)[0].0, Severity::Ok, "{:?}", run(text));
    }

    #[test]
    fn silent_without_a_multiplying_verb() {
        assert!(run("Enrolment rose from 1,100 to 2,900.").is_empty());
    }

    #[test]
    fn reads_a_base_pointed_back_to() {
        let text = "Debt is 40% of GDP in the new states. At 60% of GDP, Turkey's debt is double that figure.";
        let found = run(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].0, found[0].1), (Severity::Warning, Verdict::Inconsistent));
        assert!(found[0].2.contains("(60% → 80%)"), "{}", found[0].2);
        let holds = run("Debt is 40% of GDP in the new states. At 80% of GDP, Turkey's debt is double that figure.");
        assert_eq!(holds[0].0, Severity::Ok, "{holds:?}");
        // "double that of France": the base is named after the pointer, not before.
        assert!(run("Debt is 40% of GDP here. At 60% of GDP, Turkey's debt is double that of France.").is_empty());
    }

    #[test]
    fn ties_a_doubling_to_the_change_of_the_next_sentence() {
        let text = "Parmalat has reported a doubling in profit.\n\nIts earnings in the fourth quarter were \
                    77m euros (£53m; $100m), up from 38m in the same period of 2003.";
        assert_eq!(run(text)[0].0, Severity::Ok, "{:?}", run(text));
        let wrong = "Parmalat has reported a doubling in profit.\n\nIts earnings in the fourth quarter \
                     were 57m euros, up from 38m in the same period of 2003.";
        // Tied only by their subject, a disagreement needs a slip: no error on a guess.
        assert!(run(wrong).iter().all(|f| f.0 != Severity::Error), "{:?}", run(wrong));
    }

    #[test]
    fn a_year_between_is_not_the_base() {
        let found = run("The firm hired 126 graduates this year, three times as many as in 2015, when it took on 54.");
        assert_eq!((found.len(), found[0].1), (1, Verdict::Inconsistent), "{found:?}");
        let holds = run("The firm hired 162 graduates this year, three times as many as in 2015, when it took on 54.");
        assert_eq!(holds[0].0, Severity::Ok, "{holds:?}");
    }

    #[test]
    fn how_often_is_no_multiple() {
        let text = "In the group given the drug, 37 patients had an event, compared with 71 in the placebo \
                    group. The drug, given as an injection twice a year, is expected to be submitted in 2025.";
        assert!(run(text).is_empty(), "{:?}", run(text));
        assert!(run("Patients took it twice daily; 37 of them improved, against 71 on placebo.").is_empty());
    }
}
