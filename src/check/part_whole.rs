//! `part-whole`: a part larger than its whole.
//!
//! # What it catches
//! "30 of the 25 board members signed." — thirty out of twenty-five cannot be.
//!
//! # Why it matters
//! "N of the M" is the plainest statement of a part; when N > M one of the two was
//! mistyped, and the sentence is nonsense as printed.
//!
//! # Phrasings it reads
//! - "N of the M", "N out of M", "N of its M" with nothing else between;
//! - a whole introduced before its part: "Of the 85 patients enrolled in the trial, 92
//!   reported …" (the part right after the comma that closes the opening phrase); "Of
//!   those, 341 were rated good" (the whole is the one count of the sentence before);
//!   "214 passengers, 230 of whom were British".
//!
//! # Flags
//! "30 of the 25 board members signed."
//!
//! # Does not flag
//! "20 of the 25 board members signed." (reported `ok`); "5 of the top 10"; an introduced
//! part within its whole (no `ok` either: "Of the 640 complaints, 208 (43%) …" says nothing
//! of the share beside it); "Of those, …" after a sentence with two counts.
//!
//! # False-alarm traps it avoids
//! - only counts are read: "30% of the 25 members" is a percent, "2 of 3 March" a date;
//! - the two figures must be joined by "of", "of the", "of its", "out of" with nothing else
//!   between them, so "30 of them, of the 25 …" does not link 30 to 25.

use crate::lexicon::nouns;
use crate::mention::words::words_after;
use crate::mention::Mention;
use crate::relation::near;
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
    for (part, whole) in introduced(cx) {
        if let Some(f) = introduced_finding(cx, part, whole) {
            findings.push(f);
        }
    }
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
        let within = part.value.unwrap_or(0.0) <= whole.value.unwrap_or(0.0) || whole.qualifier.is_some();
        findings.push(finding(cx, i, i + 1, within));
    }
    findings
}

/// Words that point back to a whole from a sentence's opening "Of": "Of those, 341 …".
const POINTERS: &[&str] = &["those", "these", "them", "which", "whom"];

/// Parts whose whole is introduced rather than joined to them by "of" (part, whole):
/// - "Of the 85 patients enrolled in the trial, 92 reported …": the whole after a
///   sentence's opening "Of", the part right after the comma that closes the phrase;
/// - "Of those, 341 were rated good": the whole is the one count of the sentence before;
/// - "214 passengers, 230 of whom were British": the part before "of whom", its whole the
///   count right before it, with only its noun and a comma between.
fn introduced(cx: &Article<'_>) -> Vec<(usize, usize)> {
    let ms = cx.mentions;
    let toks = &cx.tokens().all;
    let mut out = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        if let Some(p) = t.figure() {
            // "230 of whom".
            let of_whom = near::is(cx, k + 1, "of") && near::is_any(cx, k + 2, &["whom", "which"]);
            if of_whom && p > 0 && noun_then_comma(cx, p - 1, p) {
                out.push((p, p - 1));
            }
            continue;
        }
        if !near::is(cx, k, "of") || !near::opens_sentence(cx, k) {
            continue;
        }
        let mut w = k + 1;
        if near::is_any(cx, w, &["the", "its", "their", "all"]) {
            w += 1;
        }
        let whole = match toks.get(w).and_then(|t| t.figure()) {
            Some(whole) => Some(whole),
            // "Of those, …": the one count of the sentence before.
            None if near::is_any(cx, w, POINTERS) && near::is_punct(cx, w + 1, ',') => {
                let before = t.sentence.checked_sub(1).map(|s| near::sentence_tokens(cx, s as usize));
                let counts: Vec<usize> = before
                    .map(|r| toks[r].iter().filter_map(|t| t.figure()).filter(|&i| ms[i].is_count()).collect())
                    .unwrap_or_default();
                match counts[..] {
                    [only] => Some(only),
                    _ => None,
                }
            }
            None => None,
        };
        let Some(whole) = whole else { continue };
        // The comma that closes the opening phrase, and the figure right after it.
        let comma = toks[k..]
            .iter()
            .take(24)
            .take_while(|c| c.sentence == t.sentence)
            .position(|c| c.punct() == Some(','))
            .map(|c| k + c);
        let Some(part) = comma.and_then(|c| toks.get(c + 1)).and_then(|t| t.figure()) else { continue };
        if part != whole {
            out.push((part, whole));
        }
    }
    out
}

/// Whether only a noun (at most four words) and a comma stand between figures `a` and `b`:
/// "214 passengers, 230 of whom".
fn noun_then_comma(cx: &Article<'_>, a: usize, b: usize) -> bool {
    let ms = cx.mentions;
    let between = cx.text.s(ms[a].span.end..ms[b].phrase_start()).trim_end();
    let Some(noun) = between.strip_suffix(',') else { return false };
    let words = noun.split_whitespace().count();
    (1..=4).contains(&words) && noun.chars().all(|c| c.is_alphabetic() || c.is_whitespace() || c == '-')
}

/// The finding for an introduced part larger than its whole; none when either is not a
/// count, when they count different things, or when a hedged whole leaves room for the part.
fn introduced_finding(cx: &Article<'_>, i: usize, w: usize) -> Option<Finding> {
    let ms = cx.mentions;
    let (part, whole) = (&ms[i], &ms[w]);
    if !part.is_count() || !whole.is_count() || part.qualifier.is_some() {
        return None;
    }
    let same_noun = match (&part.noun, &whole.noun) {
        // "230 of whom": the pointer is not a noun of its own.
        (Some(a), _) if crate::lexicon::contains(POINTERS, a) => true,
        (Some(a), Some(b)) => nouns::singular(a) == nouns::singular(b),
        _ => true,
    };
    // Only the impossible part is reported: a part within a whole read from an opening
    // phrase is too weak a relation to mark the two figures verified (the share beside
    // them, "208 (43%)", may still be wrong).
    if !same_noun || part.value? <= whole.value? || whole.qualifier.is_some() {
        return None;
    }
    // A list of parts that adds up to its whole is the parts-total check's.
    let listed = cx.breakdowns().iter().any(|b| b.total == w && b.parts.len() > 1 && (b.exclusive || b.exhaustive));
    if listed {
        return None;
    }
    Some(finding(cx, i, w, false))
}

/// The finding for part `i` of whole `w`: within it (`ok`) or larger than it (an error).
fn finding(cx: &Article<'_>, i: usize, w: usize, within: bool) -> Finding {
    let (part, whole) = (&cx.mentions[i], &cx.mentions[w]);
    let (p, t) = (part.value.unwrap_or(0.0), whole.value.unwrap_or(0.0));
    let noun = whole.noun.as_deref().map(|n| format!(" {n}")).unwrap_or_default();
    let stated = format!("{} of {}{noun}", format::stated(cx.text, part), format::stated(cx.text, whole));
    let (severity, verdict, message) = if within {
        (Severity::Ok, Verdict::Consistent, format!("{stated}: the part is within the whole."))
    } else {
        (
            Severity::Error,
            Verdict::Inconsistent,
            format!(
                "{stated}: a part of {} cannot be larger than its whole of {}.",
                format::number(p),
                format::number(t)
            ),
        )
    };
    Finding {
        check: ID,
        severity,
        verdict,
        mentions: vec![i.min(w), i.max(w)],
        span: part.span,
        message,
        expected: Some(t),
        stated: Some(p),
    }
}

/// Whether exactly one of the `JOINS` stands between `part` and `whole`.
fn joined(text: &str, part: &Mention, whole: &Mention) -> bool {
    let between = text.s(part.span.end..whole.span.start);
    let words = words_after(text, part.span.end, 4);
    let in_gap: Vec<&str> = words.iter().take_while(|w| w.end <= whole.span.start).map(|w| w.text).collect();
    let gap_is_words = between.chars().all(|c| c.is_alphabetic() || c.is_whitespace() || c == '\'' || c == '’');
    let is_join = |gap: &[&str]| {
        JOINS.iter().any(|join| join.len() == gap.len() && join.iter().zip(gap).all(|(a, b)| a.eq_ignore_ascii_case(b)))
    };
    // "62 of the party's 57 MPs", "30 of Britain's 25 bishops": whose whole, named between.
    let possessive = |w: &str| w.len() > 2 && (w.ends_with("'s") || w.ends_with("’s"));
    match in_gap.split_last() {
        Some((last, rest)) if possessive(last) => gap_is_words && is_join(rest),
        _ => gap_is_words && !in_gap.iter().any(|w| w.contains(['\'', '’'])) && is_join(&in_gap),
    }
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
    fn a_whole_named_by_whose_it_is() {
        let found = run("Sixty-two of the party's 57 MPs have signed a letter.");
        assert_eq!(
            found,
            vec![(Severity::Error, "Sixty-two of 57: a part of 62 cannot be larger than its whole of 57.".to_string())]
        );
        assert_eq!(
            run("Some 12 of Britain's 25 bishops agreed, and 20 of the company's 300 staff.")[0].0,
            Severity::Ok
        );
    }

    #[test]
    fn reads_wholes_introduced_before_their_part() {
        let opening =
            run("Of the 85 patients enrolled in the trial at three London hospitals, 92 reported a side effect.");
        assert_eq!(
            opening,
            vec![(
                Severity::Error,
                "92 of 85 patients: a part of 92 cannot be larger than its whole of 85.".to_string()
            )]
        );
        let pointer = run("Inspectors visited 312 care homes last year.\n\nOf those, 341 were rated good.");
        assert_eq!(pointer.len(), 1, "{pointer:?}");
        assert_eq!(pointer[0].0, Severity::Error);
        let of_whom = run("The ferry was carrying 214 passengers, 230 of whom were British, and 38 crew.");
        assert_eq!(of_whom.len(), 1, "{of_whom:?}");
        assert!(of_whom[0].1.starts_with("230 of 214 passengers"), "{of_whom:?}");
    }

    #[test]
    fn an_introduced_part_within_its_whole_is_not_marked_verified() {
        // The share beside the part may still be wrong; "within" is no evidence for it.
        assert!(run("Of the 640 complaints received, 208 (43%) concerned delays.").is_empty());
        assert!(run("The ferry carried 214 passengers, 30 of whom were British.").is_empty());
        // Two counts before "Of those": which is the whole is not known.
        assert!(run("It ran 312 homes and 40 hostels.\n\nOf those, 341 were rated good.").is_empty());
        // A hedged whole leaves room: "more than 300".
        assert!(run("Of the more than 300 homes inspected, 341 were rated good.").is_empty());
    }

    #[test]
    fn stays_silent_on_other_shapes() {
        assert!(run("30% of the 25 members signed.").is_empty());
        assert!(run("30 of them, and 25 members, signed.").is_empty());
        assert!(run("30 staff of the 25th division").is_empty());
    }
}
