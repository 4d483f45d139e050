//! `known-total`: a tally larger than the body that cast it.
//!
//! # What it catches
//! "The Senate passed it 61-42." — 103 votes in a chamber of 100 senators.
//!
//! # Why it matters
//! Vote tallies are copied by hand from roll calls; a transposed digit produces a vote
//! that could not have happened, and readers who know the chamber notice at once.
//!
//! # Flags
//! "The Senate passed it 61-42." (103 > 100)
//!
//! # Does not flag
//! "The Senate passed it 61-37." (98 ≤ 100: some absent — reported `ok`);
//! "The House passed it 350-70" (420 ≤ 435); "a 5-4 ruling" by the Supreme Court.
//!
//! Also counts against fixed wholes named right after them ("8 days a week", "52 US
//! states", "30 EU member states": `lexicon::bodies::FIXED_COUNTS`) and tallies of a
//! best-of-N series.
//!
//! # False-alarm traps it avoids
//! - "White House", "state senate", "Opera House": guarded phrases (`lexicon::bodies`);
//! - sports scores and ranges: only `tally` mentions in a sentence naming a body are read;
//! - a tally in a sentence naming two bodies is read only against the one nearest to it.

use crate::lexicon::bodies::{Body, BODIES, FIXED_COUNTS, FIXED_COUNT_HEADS, SERIES};
use crate::lexicon::{self, nouns};
use crate::mention::words::{next_word, words_after};
use crate::mention::Kind;
use crate::text::{ceil_char_boundary, floor_char_boundary};

use super::format;
use super::{Article, Finding, Severity, Verdict};

pub const ID: &str = "known-total";
pub const SUMMARY: &str = "a vote tally larger than the body that cast it (Senate 100, House 435, …)";

pub fn run(cx: &Article<'_>) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (id, m) in cx.mentions.iter().enumerate() {
        if m.is_count() && m.qualifier.is_none() {
            findings.extend(fixed_count(cx, id));
        }
        if m.kind != Kind::Tally || m.values.len() != 2 {
            continue;
        }
        let (start, end) = cx.segments.sentence_range(m.sentence, cx.text.len());
        // Only the text near the tally: a body named 400 bytes away in a run-on "sentence"
        // is not the one that voted, and scanning it all would make tables quadratic.
        let (near_start, near_end) = (
            floor_char_boundary(cx.text, m.span.start.saturating_sub(NEAR).max(start)),
            ceil_char_boundary(cx.text, (m.span.end + NEAR).min(end)),
        );
        let Some(body) = nearest_body(&cx.text[near_start..near_end], m.span.start - near_start) else { continue };
        let total = m.values.iter().sum::<f64>();
        let size = f64::from(body.size);
        let tally = format::stated(cx.text, m);
        let (severity, verdict, message) = if total <= size {
            (
                Severity::Ok,
                Verdict::Consistent,
                format!(
                    "{tally} is {} {}, within the {} {} of {}.",
                    format::number(total),
                    body.counts,
                    body.size,
                    body.members,
                    body.label
                ),
            )
        } else {
            (
                Severity::Error,
                Verdict::Inconsistent,
                format!(
                    "{tally} is {} {}, but {} has only {} {}: {} too many.",
                    format::number(total),
                    body.counts,
                    body.label,
                    body.size,
                    body.members,
                    format::number(total - size)
                ),
            )
        };
        findings.push(Finding {
            check: ID,
            severity,
            verdict,
            mentions: vec![id],
            span: m.span,
            message,
            expected: Some(size),
            stated: Some(total),
        });
    }
    findings
}

/// "8 days a week", "30 EU member states": a count beyond a fixed total.
fn fixed_count(cx: &Article<'_>, id: usize) -> Option<Finding> {
    let m = &cx.mentions[id];
    // This runs on every count: one word decides whether the phrase can follow at all.
    let first = next_word(cx.text, m.span.end)?;
    if !lexicon::contains(FIXED_COUNT_HEADS, first.text) && !lexicon::contains(nouns::MODIFIERS, first.text) {
        return None;
    }
    let words: Vec<_> = words_after(cx.text, m.span.end, 6)
        .into_iter()
        .skip_while(|w| lexicon::contains(nouns::MODIFIERS, w.text))
        .collect();
    let lower: Vec<String> = words.iter().map(|w| w.text.to_ascii_lowercase()).collect();
    let (fixed, phrase) = FIXED_COUNTS.iter().find_map(|f| {
        f.phrases
            .iter()
            .find(|p| p.split(' ').zip(lower.iter()).filter(|(a, b)| a == b).count() == p.split(' ').count())
            .map(|p| (f, p))
    })?;
    let (v, size) = (m.value?, f64::from(fixed.size));
    let last = words.get(phrase.split(' ').count() - 1)?;
    let stated = cx.text[m.span.start..last.end].split_whitespace().collect::<Vec<_>>().join(" ");
    let (severity, verdict, message) = if v <= size {
        (Severity::Ok, Verdict::Consistent, format!("{stated}: within the whole, {}.", fixed.label))
    } else {
        (Severity::Error, Verdict::Inconsistent, format!("{stated} cannot be: {}.", fixed.label))
    };
    Some(Finding {
        check: ID,
        severity,
        verdict,
        mentions: vec![id],
        span: m.span,
        message,
        expected: Some(size),
        stated: Some(v),
    })
}

/// How far (in bytes) from a tally its body may be named.
const NEAR: usize = 200;

/// The body named in `sentence` nearest to byte `at`, if any.
fn nearest_body(sentence: &str, at: usize) -> Option<&'static Body> {
    let lower = sentence.to_ascii_lowercase();
    let mut best: Option<(usize, &'static Body)> = None;
    for body in BODIES.iter().chain(SERIES) {
        for name in body.names {
            for (pos, _) in lower.match_indices(name) {
                let before_ok = pos == 0 || !lower.as_bytes()[pos - 1].is_ascii_alphanumeric();
                let end = pos + name.len();
                let after_ok = end == lower.len() || !lower.as_bytes()[end].is_ascii_alphanumeric();
                let previous = lower[..pos].split_whitespace().next_back().unwrap_or("");
                if !before_ok || !after_ok || body.not_after.contains(&previous) {
                    continue;
                }
                let distance = pos.abs_diff(at);
                if best.is_none_or(|(d, _)| distance < d) {
                    best = Some((distance, body));
                }
            }
        }
    }
    best.map(|(_, body)| body)
}

#[cfg(test)]
mod tests {
    use crate::lexicon::bodies::{FIXED_COUNTS, FIXED_COUNT_HEADS};
    use crate::Severity;

    fn run(text: &str) -> Vec<(Severity, String)> {
        crate::check::run_one(super::ID, text).into_iter().map(|f| (f.severity, f.message)).collect()
    }

    #[test]
    fn flags_a_senate_vote_over_one_hundred() {
        let found = run("The Senate passed it 61-42.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, Severity::Error);
        assert!(found[0].1.contains("103 votes"), "{}", found[0].1);
    }

    #[test]
    fn allows_absences_and_the_house() {
        assert_eq!(run("The Senate passed it 61-37.")[0].0, Severity::Ok);
        assert_eq!(run("The House passed it 350-70 on Friday.")[0].0, Severity::Ok);
        assert_eq!(run("after a 98-2 vote in the Senate on a new bill")[0].0, Severity::Ok);
        assert_eq!(run("which had cleared the House of Representatives 419-3.")[0].0, Severity::Ok);
    }

    #[test]
    fn a_five_four_ruling_fits_nine_justices() {
        assert_eq!(run("The Supreme Court ruled 5-4 against the state.")[0].0, Severity::Ok);
    }

    #[test]
    fn series_and_fixed_counts() {
        assert_eq!(run("They won the best-of-seven series 4-3.")[0].0, Severity::Ok);
        assert_eq!(run("They won the best-of-seven series 5-4.")[0].0, Severity::Error);
        assert_eq!(run("The shop opens 8 days a week.")[0].0, Severity::Error);
        assert_eq!(run("Staff work 12 hours a day.")[0].0, Severity::Ok);
        assert_eq!(
            run("All 25 current EU members signed.")[0],
            (
                Severity::Ok,
                "25 current EU members: within the whole, the EU has never had more than 28 members.".to_string()
            )
        );
        assert_eq!(run("It has offices in 52 US states.")[0].0, Severity::Error);
        assert!(run("It lasted 8 days and a week later it ended.").is_empty());
    }

    #[test]
    fn the_head_words_cover_every_fixed_phrase() {
        for phrase in FIXED_COUNTS.iter().flat_map(|f| f.phrases) {
            let head = phrase.split(' ').next().unwrap_or("");
            assert!(FIXED_COUNT_HEADS.contains(&head), "{head} (of {phrase}) is missing from FIXED_COUNT_HEADS");
        }
    }

    #[test]
    fn stays_silent_without_a_body() {
        assert!(run("The White House said the team won 61-42.").is_empty());
        assert!(run("Arsenal beat Chelsea 3-1.").is_empty());
        assert!(run("The state senate voted 70-40.").is_empty());
    }
}
