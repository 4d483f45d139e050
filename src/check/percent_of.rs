//! `percent-of`: a share whose percentage disagrees with its part and whole.
//!
//! # What it catches
//! "Of 250 respondents, 80 (40%) said yes." — 80 of 250 is 32%.
//!
//! # Why it matters
//! The count and the percentage are usually typed from two different tables; when they
//! disagree, a reader cannot tell which one the story rests on.
//!
//! # Flags
//! "Of 250 respondents, 80 (40%) said yes."
//!
//! # Does not flag
//! "Of 250 respondents, 80 (32%) said yes." (`ok`); "80 of the 250 respondents (32%)".
//!
//! # False-alarm traps it avoids
//! - the percentage must follow the part in parentheses or after ", or";
//! - the whole must be tied to the part by "of": "Of 250 …, 80" opening the sentence, or
//!   "80 of (the) 250" — never just the nearest count;
//! - the percentage is read at its written precision (32% is 31.5–32.5).

use crate::interval::{self, Interval};
use crate::mention::words::{prev_word, words_before};
use crate::mention::{gap, Kind, Mention};

use super::format;
use super::percent_change::as_written;
use super::{Article, Finding, Severity, Verdict};

pub const ID: &str = "percent-of";
pub const SUMMARY: &str = "a share whose percentage disagrees with its part and whole (\"80 of 250 (40%)\")";

fn opens_with_of(text: &str, m: &Mention) -> bool {
    let start = m.phrase_start();
    let before = words_before(text, start, 2);
    let of_at = match before.as_slice() {
        [w, ..] if w.is("of") => Some(w.start),
        [the, of, ..] if the.is("the") && of.is("of") => Some(of.start),
        _ => None,
    };
    of_at.is_some_and(|at| {
        prev_word(text, at).is_none_or(|w| w.is("out"))
            || text[..at].trim_end().ends_with(['.', '\n', ',', '"'])
            || text[..at].trim().is_empty()
    })
}

fn joined_by_of(text: &str, part: &Mention, whole: &Mention) -> bool {
    let gap = gap(text, part, whole).trim().to_ascii_lowercase();
    matches!(gap.as_str(), "of" | "of the" | "out of" | "out of the" | "of its" | "of their")
}

/// Whether the percentage follows the part (and its noun) in parentheses or after "or":
/// "80 (32%)", "250 respondents (32%)", "80, or 32%".
fn introduces_share(text: &str, part: &Mention, pct: &Mention) -> bool {
    let gap = gap(text, part, pct).trim();
    let rest = gap.trim_start_matches(|c: char| c.is_alphabetic() || c == ' ').trim();
    let noun = &gap[..gap.len() - gap.trim_start_matches(|c: char| c.is_alphabetic() || c == ' ').len()];
    let noun_ok = noun.split_whitespace().count() <= 3;
    noun_ok && (rest == "(" || rest == ", or" || (rest.is_empty() && (gap == "or" || gap.ends_with(" or"))))
}

pub fn run(cx: &Article<'_>) -> Vec<Finding> {
    let ms = cx.mentions;
    let mut findings = Vec::new();
    for (pi, p) in ms.iter().enumerate() {
        if p.kind != Kind::Percent || p.unit != Some("%") || pi == 0 {
            continue;
        }
        // The part is right before the percentage; the whole is joined to the part by "of".
        let (part_i, whole_i) = {
            let prev = pi - 1;
            if !ms[prev].is_count() || !introduces_share(cx.text, &ms[prev], p) {
                continue;
            }
            if prev >= 1 && ms[prev - 1].is_count() && joined_by_of(cx.text, &ms[prev - 1], &ms[prev]) {
                (prev - 1, prev) // "80 of the 250 respondents (32%)"
            } else if let Some(w) = (0..prev)
                .rev()
                .take_while(|&j| ms[j].sentence == p.sentence && prev - j <= 20)
                .find(|&j| ms[j].is_count() && opens_with_of(cx.text, &ms[j]))
            {
                (prev, w) // "Of 250 respondents, 80 (32%)"
            } else {
                continue;
            }
        };
        let (part, whole) = (&ms[part_i], &ms[whole_i]);
        let (n, w) = (part.value.unwrap_or(0.0), whole.value.unwrap_or(0.0));
        if w <= 0.0 || n > w {
            continue;
        }
        let share = n / w * 100.0;
        let stated = as_written(p, 1.0);
        let rounded_share = {
            let (a, b) = (interval::rounded(part), interval::rounded(whole));
            Interval { lo: a.lo / b.hi * 100.0, hi: a.hi / b.lo * 100.0 }
        };
        let verdict = if Interval::point(share).meets(stated) {
            Verdict::Consistent
        } else if p.qualifier.is_some() && Interval::point(share).meets(interval::hedged(p)) {
            Verdict::ConsistentWithHedge
        } else if rounded_share.meets(stated) {
            Verdict::ConsistentWithRounding
        } else {
            Verdict::Inconsistent
        };
        let base = format!(
            "{} of {} is {}%",
            format::stated(cx.text, part),
            format::stated(cx.text, whole),
            format::number(share)
        );
        let said = format::stated(cx.text, p);
        let (severity, message) = match verdict {
            Verdict::Consistent => (Severity::Ok, format!("{base}, as the text says ({said}).")),
            Verdict::Inconsistent => (Severity::Error, format!("{base}, not {said}.")),
            _ => (
                Severity::Note,
                format!("{base}; the text says {said}, which holds only within rounding or its hedge."),
            ),
        };
        let mut ids = vec![part_i, whole_i, pi];
        ids.sort_unstable();
        findings.push(Finding {
            check: ID,
            severity,
            verdict,
            mentions: ids,
            span: p.span,
            message,
            expected: Some(share),
            stated: p.value,
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
    fn flags_a_share_that_does_not_match() {
        assert_eq!(
            run("Of 250 respondents, 80 (40%) said yes."),
            vec![(Severity::Error, "80 of 250 is 32%, not 40%.".to_string())]
        );
    }

    #[test]
    fn confirms_matching_shares() {
        assert_eq!(run("Of 250 respondents, 80 (32%) said yes.")[0].0, Severity::Ok);
        assert_eq!(run("In all, 80 of the 250 respondents (32%) said yes.")[0].0, Severity::Ok);
        assert_eq!(run("Of the 3,000 staff, 1,000 (33.3%) left.")[0].0, Severity::Ok);
    }

    #[test]
    fn needs_of_to_find_the_whole() {
        assert!(run("There were 250 respondents and 80 (40%) said yes.").is_empty());
    }
}
