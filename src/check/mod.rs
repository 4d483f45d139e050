//! The checks: one rule per file, registered once in [`CHECKS`].
//!
//! Each check reads the mentions (and the text around them), decides verdicts on interval
//! arithmetic (`crate::interval`) and returns findings. A check that cannot link its figures
//! with evidence stays silent — see `../shared/spec/checks.md` for the catalogue.
//!
//! Adding a check: write `check/<id>.rs` with a doc comment in the fixed sections (what it
//! catches, why it matters, flags, does not flag, traps), its tests at the bottom, and add
//! one line to `CHECKS`, keeping it alphabetical.

mod age_year;
mod arithmetic;
mod conversion;
mod exchange_rate;
pub(crate) mod format;
mod known_total;
mod multiple;
mod part_whole;
mod parts_total;
mod percent_change;
mod percent_of;
mod percent_total;
mod percentage_points;
mod repeat;

pub use crate::article::Article;
pub use crate::interval::Verdict;
pub use crate::options::Severity;
use crate::span::ByteSpan;
use crate::Error;
#[cfg(test)]
use crate::Options;

/// One checked relation, in byte offsets; `report::build` turns it into the report's shape.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub check: &'static str,
    pub severity: Severity,
    pub verdict: Verdict,
    /// Mention ids, in the order of the arithmetic.
    pub mentions: Vec<usize>,
    /// The figure the finding is about: the one that looks wrong, or the result.
    pub span: ByteSpan,
    pub message: String,
    pub expected: Option<f64>,
    pub stated: Option<f64>,
}

/// A registered check.
pub struct Rule {
    pub id: &'static str,
    /// One line for `--help` and the page.
    pub summary: &'static str,
    pub run: fn(&Article<'_>) -> Vec<Finding>,
}

/// Every check, alphabetical by id.
pub const CHECKS: &[Rule] = &[
    Rule { id: age_year::ID, summary: age_year::SUMMARY, run: age_year::run },
    Rule { id: arithmetic::ID, summary: arithmetic::SUMMARY, run: arithmetic::run },
    Rule { id: conversion::ID, summary: conversion::SUMMARY, run: conversion::run },
    Rule { id: exchange_rate::ID, summary: exchange_rate::SUMMARY, run: exchange_rate::run },
    Rule { id: known_total::ID, summary: known_total::SUMMARY, run: known_total::run },
    Rule { id: multiple::ID, summary: multiple::SUMMARY, run: multiple::run },
    Rule { id: part_whole::ID, summary: part_whole::SUMMARY, run: part_whole::run },
    Rule { id: parts_total::ID, summary: parts_total::SUMMARY, run: parts_total::run },
    Rule { id: percent_change::ID, summary: percent_change::SUMMARY, run: percent_change::run },
    Rule { id: percent_of::ID, summary: percent_of::SUMMARY, run: percent_of::run },
    Rule { id: percent_total::ID, summary: percent_total::SUMMARY, run: percent_total::run },
    Rule { id: percentage_points::ID, summary: percentage_points::SUMMARY, run: percentage_points::run },
    Rule { id: repeat::ID, summary: repeat::SUMMARY, run: repeat::run },
];

/// The rules named in `ids`, or all of them.
pub fn select(ids: Option<&[String]>) -> Result<Vec<&'static Rule>, Error> {
    let Some(ids) = ids else {
        return Ok(CHECKS.iter().collect());
    };
    ids.iter()
        .map(|id| {
            CHECKS.iter().find(|rule| rule.id == id).ok_or_else(|| {
                let known: Vec<&str> = CHECKS.iter().map(|r| r.id).collect();
                Error::bad_options(format!("unknown check '{id}'; the known checks are: {}", known.join(", ")))
            })
        })
        .collect()
}

/// Runs the selected checks.
pub fn run(cx: &Article<'_>, rules: &[&Rule]) -> Vec<Finding> {
    let mut findings: Vec<Finding> = rules.iter().flat_map(|rule| (rule.run)(cx)).collect();
    // A figure an error or a warning calls into doubt is not also verified by a weaker
    // relation: "1,560 of 2,600 apprentices" is within its whole, but beside "66 per cent"
    // of them that says nothing, and an editor seeing VERIFIED and ERROR on the same
    // figures cannot tell which to believe. An `ok` whose figures all stand in flagged
    // findings is dropped; the flag explains them.
    let mut doubted = vec![false; cx.mentions.len()];
    for f in findings.iter().filter(|f| f.severity >= Severity::Warning) {
        for &m in &f.mentions {
            if let Some(d) = doubted.get_mut(m) {
                *d = true;
            }
        }
    }
    // One inconsistency, one flag: when two checks flag the very same figures ("$3bn
    // ($1.6bn)" is a conversion into the same currency and a restatement that differs),
    // the most severe flag stands, the first of them on a tie (rules run in alphabetical
    // order, so the ranking is fixed).
    // (Each flag's figures, sorted, read once.)
    let sets: Vec<Option<Vec<usize>>> = findings
        .iter()
        .map(|f| {
            (f.severity >= Severity::Warning && f.mentions.len() >= 2).then(|| {
                let mut set = f.mentions.clone();
                crate::sort::sort(&mut set);
                set
            })
        })
        .collect();
    let mut kept: crate::map::Map<&[usize], usize> = crate::map::Map::new();
    for (k, set) in sets.iter().enumerate() {
        let Some(set) = set.as_deref() else { continue };
        match kept.get(set).copied() {
            Some(j) if findings[j].severity >= findings[k].severity => {}
            _ => kept.insert(set, k),
        }
    }
    let mut k = 0;
    findings.retain(|_| {
        let keep = sets[k].as_deref().is_none_or(|set| kept.get(set) == Some(&k));
        k += 1;
        keep
    });
    findings.retain(|f| {
        f.severity != Severity::Ok
            || f.mentions.is_empty()
            || !f.mentions.iter().all(|&m| doubted.get(m) == Some(&true))
    });
    findings
}

/// For the checks' own tests: one check's findings on a text.
#[cfg(test)]
pub(crate) fn run_one(id: &str, text: &str) -> Vec<Finding> {
    let options = Options { checks: Some(vec![id.to_string()]), ..Options::default() };
    let report_findings = crate::check(text, &options).expect("test texts are never refused").findings;
    // Back to the internal shape, byte spans included, so tests read one kind of finding.
    report_findings
        .into_iter()
        .map(|f| Finding {
            check: f.check,
            severity: f.severity,
            verdict: f.verdict,
            mentions: f.mentions,
            span: ByteSpan::new(f.span.byte_start, f.span.byte_end),
            message: f.message,
            expected: f.expected,
            stated: f.stated,
        })
        .collect()
}

#[cfg(test)]
mod doubt_tests {
    use crate::{check, Options, Severity};

    #[test]
    fn figures_under_a_flag_are_not_also_verified() {
        // part-whole alone verifies 1,560 of 2,600; percent-of flags the 66 per cent.
        let text =
            "Figures show that 1,560 of the 2,600 apprentices who sat the exam passed, a pass rate of 66 per cent.";
        let alone = Options { checks: Some(vec!["part-whole".into()]), ..Options::default() };
        assert_eq!(check(text, &alone).unwrap().findings[0].severity, Severity::Ok);
        let found = check(text, &Options::default()).unwrap().findings;
        assert!(found.iter().any(|f| f.severity >= Severity::Warning), "{found:?}");
        assert!(found.iter().all(|f| f.severity != Severity::Ok), "{found:?}");
    }

    #[test]
    fn the_same_figures_are_flagged_once() {
        // conversion and repeat both see "$3bn ($1.6bn)"; the editor sees one error.
        let text = "Turkcell could bail out of a $3bn ($1.6bn) deal to build a network in Iran.";
        let found = check(text, &Options::default()).unwrap().findings;
        let flags: Vec<&str> = found.iter().filter(|f| f.severity >= Severity::Warning).map(|f| f.check).collect();
        assert_eq!(flags, ["conversion"], "{found:?}");
    }
}

#[cfg(test)]
mod registry_tests {
    use super::CHECKS;

    #[test]
    fn the_registry_is_alphabetical_and_unique() {
        let ids: Vec<&str> = CHECKS.iter().map(|r| r.id).collect();
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(ids, sorted);
    }

    #[test]
    fn every_check_in_the_catalogue_is_registered() {
        let catalogue = [
            "arithmetic",
            "parts-total",
            "known-total",
            "percent-of",
            "percent-total",
            "percent-change",
            "percentage-points",
            "multiple",
            "conversion",
            "repeat",
            "part-whole",
            "age-year",
            "exchange-rate",
        ];
        for id in catalogue {
            assert!(CHECKS.iter().any(|r| r.id == id), "{id} is not registered");
        }
    }
}
