//! `age-year`: ages, birth years and spans of years that disagree.
//!
//! # What it catches
//! "Born in 1950, the 55-year-old retired in 2017." — 2017 − 1950 is 67 (or 66).
//! "From 2001 to 2010, a period of twelve years …" — that is 9 years (10 counting both).
//!
//! # Why it matters
//! Ages are updated by hand from one story to the next; a stale age next to a fresh year is
//! a classic correction.
//!
//! # Flags
//! "Born in 1950, the 55-year-old retired in 2017."; "from 2001 to 2010, a period of twelve
//! years".
//!
//! # Does not flag
//! "Born in 1950, she retired in 2017 at 67." — or at 66: the birthday is unknown, so both
//! are `ok`; "from 2001 to 2010, a decade" (no figure to check).
//!
//! # False-alarm traps it avoids
//! - the birth year must follow "born" (or "born in"), and the age and the event year must
//!   share its sentence; without an event year, `Options::reference_year` is used, and a
//!   disagreement with it is only a warning (the article may be older than the year);
//! - a span of years counts both ways (inclusive or not), and its duration must follow it
//!   within a few words ("from 2001 to 2010, a period of nine years"): "five of the last six
//!   years … from 2005 to 2006" are two statements, and "the 71-year-old … from 1981 to
//!   1987" is an age.

use crate::mention::words::{next_word, prev_word, words_before};
use crate::mention::{Kind, Mention};

use super::format;
use super::{Article, Finding, Severity, Verdict};

pub const ID: &str = "age-year";
pub const SUMMARY: &str = "ages, birth years and spans of years that disagree";

fn is_birth_year(text: &str, m: &Mention) -> bool {
    m.kind == Kind::Year && m.values.is_empty() && words_before(text, m.span.start, 2).iter().any(|w| w.is("born"))
}

/// An age stated next to a count: "55-year-old", "aged 55", "at 67", "…, 55,".
fn is_age(text: &str, m: &Mention) -> bool {
    if !m.is_count() || !(0.0..=125.0).contains(&m.value.unwrap_or(-1.0)) {
        return false;
    }
    let after = &text[m.span.end..];
    let hyphenated =
        after.starts_with("-year-old") || after.starts_with(" year-old") || after.starts_with(" years old");
    let before = prev_word(text, m.span.start);
    hyphenated || before.is_some_and(|w| w.is("aged") || w.is("age") || w.is("at"))
}

/// A duration in years: "twelve years", "a nine-year period" — not an age ("71-year-old").
fn is_years(text: &str, m: &Mention) -> bool {
    let after = &text[m.span.end..];
    let hyphenated = after.starts_with("-year") && !after.starts_with("-year-old");
    m.is_count() && (hyphenated || next_word(text, m.span.end).is_some_and(|w| w.is("years") || w.is("year")))
}

/// How many words after a span of years its duration may stand: "from 2001 to 2010, a
/// period of twelve years" — close enough to be its apposition, not another clause.
const DURATION_REACH: usize = 6;

/// "Now" for an age without an event year: `Options::reference_year`, else the latest
/// plausible year the text states (docs/report.md), else none.
fn reference_year(cx: &Article<'_>) -> Option<i32> {
    cx.options.reference_year.or_else(|| {
        cx.mentions
            .iter()
            .filter(|m| m.kind == Kind::Year)
            .flat_map(|m| m.values.iter().copied().chain(m.value))
            .filter(|y| (1800.0..=2100.0).contains(y))
            .map(|y| y as i32)
            .max()
    })
}

pub fn run(cx: &Article<'_>) -> Vec<Finding> {
    let ms = cx.mentions;
    let mut findings = Vec::new();
    for (bi, born) in ms.iter().enumerate() {
        if !is_birth_year(cx.text, born) {
            continue;
        }
        let same: Vec<usize> = cx.window(bi, 0, 0, 20).collect();
        let Some(&ai) = same.iter().find(|&&i| is_age(cx.text, &ms[i])) else { continue };
        let event = same.iter().copied().find(|&i| i != bi && ms[i].kind == Kind::Year && ms[i].values.is_empty());
        // A reference year no later than the birth year is no "now" for this person.
        let birth = born.value.unwrap_or(0.0);
        let (event_year, from_text) = match (event, reference_year(cx).filter(|&y| f64::from(y) > birth)) {
            (Some(ei), _) => (ms[ei].value.unwrap_or(0.0), true),
            (None, Some(year)) => (f64::from(year), false),
            (None, None) => continue,
        };
        let (by, age) = (born.value.unwrap_or(0.0), ms[ai].value.unwrap_or(0.0));
        let years = event_year - by;
        let holds = age == years || age == years - 1.0;
        let base = format!(
            "born in {}, in {} one is {} or {}",
            format::number(by),
            format::number(event_year),
            format::number(years - 1.0),
            format::number(years)
        );
        let said = format::stated(cx.text, &ms[ai]);
        let (severity, verdict, message) = if holds {
            (Severity::Ok, Verdict::Consistent, format!("{base}: the age {said} fits."))
        } else {
            let severity = if from_text { Severity::Error } else { Severity::Warning };
            (severity, Verdict::Inconsistent, format!("{base}, not {said}."))
        };
        let mut ids = vec![bi, ai];
        ids.extend(event);
        ids.sort_unstable();
        findings.push(Finding {
            check: ID,
            severity,
            verdict,
            mentions: ids,
            span: ms[ai].span,
            message,
            expected: Some(years),
            stated: Some(age),
        });
    }
    // Spans: "from 2001 to 2010 … twelve years".
    for i in 0..ms.len().saturating_sub(1) {
        let (a, b) = (&ms[i], &ms[i + 1]);
        if a.kind != Kind::Year || b.kind != Kind::Year || !a.values.is_empty() || !b.values.is_empty() {
            continue;
        }
        let before = prev_word(cx.text, a.span.start).map(|w| w.text.to_ascii_lowercase());
        let gap = cx.text[a.span.end..b.span.start].trim().to_ascii_lowercase();
        let paired = matches!((before.as_deref(), gap.as_str()), (Some("from"), "to") | (Some("between"), "and"));
        if !paired {
            continue;
        }
        // Counted in whitespace-separated tokens, across the comma of an apposition.
        let tail = &cx.text[b.span.end..];
        let reach = b.span.end
            + tail.split_inclusive(char::is_whitespace).take(DURATION_REACH + 1).map(str::len).sum::<usize>();
        let Some(di) = (i + 2..ms.len())
            .take_while(|&k| ms[k].span.start <= reach && ms[k].sentence == a.sentence)
            .find(|&k| is_years(cx.text, &ms[k]))
        else {
            continue;
        };
        let span_years = b.value.unwrap_or(0.0) - a.value.unwrap_or(0.0);
        let stated = ms[di].value.unwrap_or(0.0);
        let holds = stated == span_years || stated == span_years + 1.0;
        let base = format!(
            "{} to {} is {} years ({} counting both)",
            format::stated(cx.text, a),
            format::stated(cx.text, b),
            format::number(span_years),
            format::number(span_years + 1.0)
        );
        let said = format::stated(cx.text, &ms[di]);
        let (severity, verdict, message) = if holds {
            (Severity::Ok, Verdict::Consistent, format!("{base}, as the text says ({said})."))
        } else {
            (Severity::Error, Verdict::Inconsistent, format!("{base}, not {said}."))
        };
        findings.push(Finding {
            check: ID,
            severity,
            verdict,
            mentions: vec![i, i + 1, di],
            span: ms[di].span,
            message,
            expected: Some(span_years),
            stated: Some(stated),
        });
    }
    findings
}

#[cfg(test)]
mod tests {
    use crate::{check, Options, Severity};

    fn run_with(text: &str, reference_year: Option<i32>) -> Vec<(Severity, String)> {
        let options = Options { checks: Some(vec!["age-year".into()]), reference_year, ..Options::default() };
        check(text, &options).unwrap().findings.into_iter().map(|f| (f.severity, f.message)).collect()
    }

    fn run(text: &str) -> Vec<(Severity, String)> {
        run_with(text, None)
    }

    #[test]
    fn flags_a_stale_age() {
        let found = run("Born in 1950, the 55-year-old retired in 2017.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, Severity::Error);
        assert!(found[0].1.contains("66 or 67"), "{}", found[0].1);
    }

    #[test]
    fn either_side_of_the_birthday_is_fine() {
        assert_eq!(run("Born in 1950, she retired in 2017 at 67.")[0].0, Severity::Ok);
        assert_eq!(run("Born in 1950, she retired in 2017 at 66.")[0].0, Severity::Ok);
    }

    #[test]
    fn uses_the_reference_year_as_a_warning() {
        assert_eq!(run_with("Born in 1950, the 60-year-old is still working.", Some(2017))[0].0, Severity::Warning);
        assert!(run("Born in 1950, the 60-year-old is still working.").is_empty());
        // Without the option, the latest year the text states is "now".
        let text = "Born in 1950, the 60-year-old is still working. The firm was sold in 2017.";
        assert_eq!(run(text)[0].0, Severity::Warning);
        assert_eq!(run_with(text, Some(2010))[0].0, Severity::Ok);
    }

    #[test]
    fn durations_elsewhere_in_the_sentence_are_not_the_span() {
        assert!(run("It lost money in five of the last six years and pushed its target from 2005 to 2006.").is_empty());
        assert!(run("The 71-year-old served from 1981 to 1987 under Thatcher.").is_empty());
    }

    #[test]
    fn flags_a_wrong_span_of_years() {
        let found = run("From 2001 to 2010, a period of twelve years, prices rose.");
        assert_eq!(found[0].0, Severity::Error);
        assert_eq!(run("From 2001 to 2010, a period of nine years, prices rose.")[0].0, Severity::Ok);
        assert_eq!(run("Between 2001 and 2010, a ten-year span, prices rose.")[0].0, Severity::Ok);
    }
}
