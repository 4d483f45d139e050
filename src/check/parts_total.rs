//! `parts-total`: parts that add up to more than their stated total.
//!
//! # What it catches
//! "Of the 40 delegates, 22 voted yes, 15 voted no and 5 abstained." — 42 of 40.
//!
//! # Why it matters
//! A breakdown that exceeds its total means one part, or the total, is wrong; readers
//! who add it up stop trusting the rest of the story.
//!
//! # Flags
//! "Of the 40 delegates, 22 voted yes, 15 voted no and 5 abstained." (42 > 40)
//!
//! # Does not flag
//! "… and 3 abstained." (`ok`: 40); "Of the 40 delegates, 22 voted yes and 15 voted no"
//! (37: some may be absent, so a shortfall is never flagged).
//!
//! # False-alarm traps it avoids
//! - the total must be introduced as a whole ("Of the 40 delegates," opening the
//!   sentence, or "40 delegates, of whom …");
//! - the parts are the counts after it in the same sentence whose noun is absent or
//!   related to the total's; anything else (money, years, percentages) ends nothing but is
//!   not added.

use crate::interval::{self, Interval};
use crate::mention::words::{next_word, words_after, words_before};
use crate::mention::Mention;
use crate::relation::{self, NounLink};

use super::format;
use super::{Article, Finding, Severity, Verdict};

pub const ID: &str = "parts-total";
pub const SUMMARY: &str = "parts that add up to more than their stated total";

/// "Of the 40 delegates," opening a sentence, or "40 delegates, of whom".
fn is_total(cx: &Article<'_>, m: &Mention) -> bool {
    if !m.is_count() || m.noun.is_none() {
        return false;
    }
    let start = m.phrase_start();
    let before = words_before(cx.text, start, 3);
    let (sentence_start, _) = cx.segments.sentence_range(m.sentence, cx.text.len());
    let opens = before.iter().any(|w| w.is("of") && w.start == sentence_start) && before.len() <= 2;
    let of_whom = {
        let after = words_after(cx.text, m.span.end, 3);
        let comma = after.first().map(|w| w.end).and_then(|end| cx.text[end..].trim_start().strip_prefix(','));
        comma.is_some()
            && next_word(cx.text, after.first().map_or(m.span.end, |w| w.end) + 1).is_some_and(|w| w.is("of"))
    };
    opens || of_whom
}

/// A breakdown is a short list: at most this many figures after the total are read.
const MAX_PARTS: usize = 12;

pub fn run(cx: &Article<'_>) -> Vec<Finding> {
    let ms = cx.mentions;
    let mut findings = Vec::new();
    for (ti, t) in ms.iter().enumerate() {
        if !is_total(cx, t) {
            continue;
        }
        let t_noun = t.noun.as_deref().unwrap_or("");
        let parts: Vec<usize> = (ti + 1..ms.len())
            .take_while(|&k| ms[k].sentence == t.sentence && k <= ti + MAX_PARTS)
            .filter(|&k| {
                ms[k].is_count()
                    && ms[k].qualifier.is_none()
                    && ms[k].noun.as_deref().is_none_or(|n| {
                        matches!(
                            relation::link(n, t_noun),
                            Some(NounLink::Same | NounLink::Synonym | NounLink::Narrower)
                        )
                    })
            })
            .collect();
        if parts.len() < 2 {
            continue;
        }
        let sum: f64 = parts.iter().map(|&k| ms[k].value.unwrap_or(0.0)).sum();
        let total = t.value.unwrap_or(0.0);
        let terms: Vec<String> = parts.iter().map(|&k| format::stated(cx.text, &ms[k])).collect();
        let base = format!("{} = {}", terms.join(" + "), format::number(sum));
        let whole = format!("{} {t_noun}", format::stated(cx.text, t));
        let widened = interval::hedged(t);
        let (severity, verdict, message) = if sum == total {
            (Severity::Ok, Verdict::Consistent, format!("{base}: the parts make up the {whole}."))
        } else if sum < total {
            continue;
        } else if Interval::point(sum).meets(widened) {
            (
                Severity::Note,
                Verdict::ConsistentWithHedge,
                format!(
                    "{base}, more than {whole}: holds only if \"{}\" means at least {}.",
                    format::stated(cx.text, t),
                    format::number(sum)
                ),
            )
        } else {
            (
                Severity::Error,
                Verdict::Inconsistent,
                format!("{base}, more than the {whole} they are part of ({} too many).", format::number(sum - total)),
            )
        };
        let mut ids = vec![ti];
        ids.extend(&parts);
        findings.push(Finding {
            check: ID,
            severity,
            verdict,
            mentions: ids,
            span: t.span,
            message,
            expected: Some(total),
            stated: Some(sum),
        });
    }
    findings
}

#[cfg(test)]
mod tests {
    use crate::Severity;

    fn run(text: &str) -> Vec<(Severity, String)> {
        crate::check::run_one(super::ID, text).into_iter().map(|f| (f.severity, f.message)).collect()
    }

    #[test]
    fn flags_parts_over_the_total() {
        let found = run("Of the 40 delegates, 22 voted yes, 15 voted no and 5 abstained.");
        assert_eq!(
            found,
            vec![(
                Severity::Error,
                "22 + 15 + 5 = 42, more than the 40 delegates they are part of (2 too many).".to_string()
            )]
        );
    }

    #[test]
    fn confirms_parts_that_add_up() {
        assert_eq!(run("Of the 40 delegates, 22 voted yes, 15 voted no and 3 abstained.")[0].0, Severity::Ok);
        assert_eq!(run("The club has 40 members, of whom 25 are women and 15 are men.")[0].0, Severity::Ok);
    }

    #[test]
    fn a_shortfall_is_not_flagged() {
        assert!(run("Of the 40 delegates, 22 voted yes and 15 voted no.").is_empty());
    }
}
