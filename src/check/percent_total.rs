//! `percent-total`: shares of one whole that add up to more than 100%.
//!
//! # What it catches
//! "Support was 52%, opposition 45% and 8% were undecided." — 105% of one electorate.
//!
//! # Why it matters
//! A poll's answers partition the respondents; if they sum past 100% beyond rounding, a
//! figure was mistyped or taken from another poll.
//!
//! # Flags
//! "Support was 52%, opposition 45% and 8% were undecided." (105%)
//!
//! # Does not flag
//! "52%, 41% and 7%" (`ok`: 100%); "52.4%, 41.3%, 6.4%" (100.1%: within rounding, `ok`).
//!
//! # False-alarm traps it avoids
//! - the percentages must share a sentence that says they partition a whole (support /
//!   opposition / undecided / the rest / yes / no …, `lexicon::cues::PARTITION`);
//! - none may be a change ("rose 5%"), a range, or a share of its own whole ("52% of men");
//! - a total under 100% is never flagged: lists are often incomplete;
//! - multi-answer questions can exceed 100%, which is why only partition words count.

use crate::lexicon::{self, cues};
use crate::mention::words::{next_word, words_after};
use crate::mention::{Kind, Mention};
use crate::relation::changes;

use super::format;
use super::{Article, Finding, Severity, Verdict};

pub const ID: &str = "percent-total";
pub const SUMMARY: &str = "shares of one whole that add up to more than 100%";

fn is_plain_share(cx: &Article<'_>, m: &Mention) -> bool {
    m.kind == Kind::Percent
        && m.unit == Some("%")
        && m.values.is_empty()
        && m.qualifier.is_none()
        && changes::change_direction(cx.text, m).is_none()
        && !next_word(cx.text, m.span.end).is_some_and(|w| w.is("of") || w.is("in") || w.is("to") || w.is("from"))
}

pub fn run(cx: &Article<'_>) -> Vec<Finding> {
    let ms = cx.mentions;
    let mut findings = Vec::new();
    let mut i = 0;
    while i < ms.len() {
        let sentence = ms[i].sentence;
        let mut j = i;
        while j < ms.len() && ms[j].sentence == sentence {
            j += 1;
        }
        let group: Vec<usize> = (i..j).filter(|&k| ms[k].kind == Kind::Percent).collect();
        i = j;
        if group.len() < 2 || !group.iter().all(|&k| is_plain_share(cx, &ms[k])) {
            continue;
        }
        let (start, end) = cx.segments.sentence_range(sentence, cx.text.len());
        let partition = words_after(cx.text, start, 80)
            .iter()
            .take_while(|w| w.end <= end)
            .any(|w| lexicon::contains(cues::PARTITION, w.text))
            || cx.text[start..end].split(|c: char| !c.is_alphanumeric()).any(|w| lexicon::contains(cues::PARTITION, w));
        if !partition {
            continue;
        }
        let sum: f64 = group.iter().map(|&k| ms[k].value.unwrap_or(0.0)).sum();
        let tolerance: f64 = group.iter().map(|&k| ms[k].round_unit.min(1.0) / 2.0).sum::<f64>() + 1e-9;
        let terms: Vec<String> = group.iter().map(|&k| format::stated(cx.text, &ms[k])).collect();
        let base = format!("{} = {}%", terms.join(" + "), format::number(sum));
        let (severity, verdict, message) = if (sum - 100.0).abs() < 1e-9 {
            (Severity::Ok, Verdict::Consistent, format!("{base}: the shares make up the whole."))
        } else if (sum - 100.0).abs() <= tolerance {
            (Severity::Ok, Verdict::ConsistentWithRounding, format!("{base}: 100% within rounding."))
        } else if sum > 100.0 {
            (
                Severity::Error,
                Verdict::Inconsistent,
                format!("{base}: shares of one whole cannot exceed 100% ({} too many).", format::number(sum - 100.0)),
            )
        } else {
            continue;
        };
        let last = *group.last().unwrap_or(&0);
        findings.push(Finding {
            check: ID,
            severity,
            verdict,
            mentions: group,
            span: ms[last].span,
            message,
            expected: Some(100.0),
            stated: Some(sum),
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
    fn flags_shares_over_one_hundred() {
        let found = run("Support was 52%, opposition 45% and 8% were undecided.");
        assert_eq!(found[0].0, Severity::Error);
        assert!(found[0].2.starts_with("52% + 45% + 8% = 105%"), "{}", found[0].2);
    }

    #[test]
    fn accepts_exact_and_rounded_totals() {
        assert_eq!(run("Support was 52%, opposition 41% and 7% were undecided.")[0].1, Verdict::Consistent);
        assert_eq!(
            run("Support was 52.4%, opposition 41.3% and 6.4% were undecided.")[0].1,
            Verdict::ConsistentWithRounding
        );
    }

    #[test]
    fn stays_silent_on_other_lists() {
        assert!(run("Inflation was 3%, unemployment 5% and growth 2%.").is_empty());
        assert!(run("Support was 55% of men and 48% of women, with the rest undecided.").is_empty());
        assert!(run("Sales rose 60% while support fell 45%.").is_empty());
        assert!(run("Support was 52% and opposition 41%.").is_empty());
    }
}
