//! `part-whole`: a part larger than its whole.
//!
//! # What it catches
//! "30 of the 25 board members signed." — thirty out of twenty-five cannot be.
//!
//! # Why it matters
//! "N of the M" is the plainest statement of a part; when N > M one of the two was
//! mistyped, and the sentence is nonsense as printed.
//!
//! # Flags
//! "30 of the 25 board members signed."
//!
//! # Does not flag
//! "20 of the 25 board members signed." (reported `ok`); "5 of the top 10".
//!
//! # False-alarm traps it avoids
//! - only counts are read: "30% of the 25 members" is a percent, "2 of 3 March" a date;
//! - the two figures must be joined by "of", "of the", "of its", "out of" with nothing else
//!   between them, so "30 of them, of the 25 …" does not link 30 to 25.

use crate::mention::words::words_after;
use crate::mention::Mention;
use crate::text::Slice;

use super::format;
use super::{Article, Finding, Severity, Verdict};

pub const ID: &str = "part-whole";
pub const SUMMARY: &str = "a part larger than its whole (\"30 of the 25 members\")";

/// The words allowed between the part and the whole.
const JOINS: &[&[&str]] = &[
    &["of"],
    &["of", "the"],
    &["of", "its"],
    &["of", "their"],
    &["out", "of"],
    &["out", "of", "the"],
    &["of", "all"],
    &["of", "the", "top"],
];

pub fn run(cx: &Article<'_>) -> Vec<Finding> {
    let ms = cx.mentions;
    let mut findings = Vec::new();
    for i in 0..ms.len().saturating_sub(1) {
        let (part, whole) = (&ms[i], &ms[i + 1]);
        if !part.is_count() || !whole.is_count() || part.noun.is_some() || part.qualifier.is_some() {
            continue;
        }
        if !joined(cx.text, part, whole) {
            continue;
        }
        // "won 14, drew 9 and lost 7 of their 30 games": the last of a list's parts; the
        // list as a whole is the parts-total check's.
        if cx.breakdowns().iter().any(|b| b.total == i + 1 && b.parts.contains(&i)) {
            continue;
        }
        let (p, w) = (part.value.unwrap_or(0.0), whole.value.unwrap_or(0.0));
        let stated = format!("{} of {}", format::stated(cx.text, part), format::stated(cx.text, whole));
        let noun = whole.noun.as_deref().unwrap_or("");
        let (severity, verdict, message) = if p <= w || whole.qualifier.is_some() {
            (Severity::Ok, Verdict::Consistent, format!("{stated} {noun}: the part is within the whole."))
        } else {
            (
                Severity::Error,
                Verdict::Inconsistent,
                format!(
                    "{stated} {noun}: a part of {} cannot be larger than its whole of {}.",
                    format::number(p),
                    format::number(w)
                ),
            )
        };
        findings.push(Finding {
            check: ID,
            severity,
            verdict,
            mentions: vec![i, i + 1],
            span: part.span,
            message: message.replace(" :", ":"),
            expected: Some(w),
            stated: Some(p),
        });
    }
    findings
}

/// Whether exactly one of the `JOINS` stands between `part` and `whole`.
fn joined(text: &str, part: &Mention, whole: &Mention) -> bool {
    let between = text.s(part.span.end..whole.span.start);
    let words = words_after(text, part.span.end, 4);
    let in_gap: Vec<&str> = words.iter().take_while(|w| w.end <= whole.span.start).map(|w| w.text).collect();
    let gap_is_words = between.chars().all(|c| c.is_alphabetic() || c.is_whitespace());
    gap_is_words
        && JOINS
            .iter()
            .any(|join| join.len() == in_gap.len() && join.iter().zip(&in_gap).all(|(a, b)| a.eq_ignore_ascii_case(b)))
}

#[cfg(test)]
mod tests {
    use crate::Severity;

    fn run(text: &str) -> Vec<(Severity, String)> {
        crate::check::run_one(super::ID, text).into_iter().map(|f| (f.severity, f.message)).collect()
    }

    #[test]
    fn flags_a_part_larger_than_its_whole() {
        let found = run("30 of the 25 board members signed.");
        assert_eq!(
            found,
            vec![(
                Severity::Error,
                "30 of 25 members: a part of 30 cannot be larger than its whole of 25.".to_string()
            )]
        );
    }

    #[test]
    fn confirms_a_part_within_its_whole() {
        assert_eq!(run("20 of the 25 board members signed.")[0].0, Severity::Ok);
        assert_eq!(run("Only 3 out of 10 people agreed.")[0].0, Severity::Ok);
    }

    #[test]
    fn stays_silent_on_other_shapes() {
        assert!(run("30% of the 25 members signed.").is_empty());
        assert!(run("30 of them, and 25 members, signed.").is_empty());
        assert!(run("30 staff of the 25th division").is_empty());
    }
}
