//! `percentage-points`: percent and percentage points confused.
//!
//! # What it catches
//! "Unemployment rose from 5% to 7%, an increase of 2 percent." — 5% to 7% is 2 percentage
//! points, or a 40% rise; "2 percent" is neither.
//!
//! # Why it matters
//! The two readings differ by a factor the reader cannot guess: "up 2 percent" from 5%
//! would be 5.1%. Style guides everywhere require "points" for differences of rates.
//!
//! # Flags
//! "… from 5% to 7%, an increase of 2 percent." (warning: points written as percent);
//! "… from 5% to 7%, a rise of 3 percentage points." (error: the points are wrong).
//!
//! # Does not flag
//! "… an increase of 2 percentage points." (`ok`); "… a 40% increase" (that is a relative
//! change, checked by `percent-change`).
//!
//! # False-alarm traps it avoids
//! - both endpoints must be percentages of one stated change ("from … to", "… up from",
//!   "compared with"; see `relation::changes`);
//! - a change in percent that matches the relative change is left alone.

use crate::mention::Kind;

use super::format;
use super::{Article, Finding, Severity, Verdict};

pub const ID: &str = "percentage-points";
pub const SUMMARY: &str = "percent and percentage points confused (\"from 5% to 7%, up 2 percent\")";

pub fn run(cx: &Article<'_>) -> Vec<Finding> {
    let ms = cx.mentions;
    let mut findings = Vec::new();
    for s in cx.statements() {
        let (Some(from), Some(pi)) = (s.from, s.percent) else { continue };
        let (a, b) = (&ms[from], &ms[s.to]);
        if a.kind != Kind::Percent || a.unit != Some("%") || b.unit != Some("%") {
            continue;
        }
        let p = &ms[pi];
        let (av, bv, pv) = (a.value.unwrap_or(0.0), b.value.unwrap_or(0.0), p.value.unwrap_or(0.0).abs());
        let points = (bv - av).abs();
        let relative = if av != 0.0 { (bv / av - 1.0).abs() * 100.0 } else { f64::NAN };
        let tolerance = p.round_unit.min(1.0) / 2.0 + a.round_unit.min(1.0) / 2.0 + b.round_unit.min(1.0) / 2.0 + 1e-9;
        let said = format::stated(cx.text, p);
        let span = format!("from {} to {}", format::stated(cx.text, a), format::stated(cx.text, b));
        let (severity, verdict, message, expected) = if p.unit == Some("pp") {
            let exact = (pv - points).abs() <= p.round_unit.min(1.0) / 2.0 + 1e-9;
            if exact {
                (
                    Severity::Ok,
                    Verdict::Consistent,
                    format!("{span} is {} percentage points, as the text says.", format::number(points)),
                    points,
                )
            } else if (pv - points).abs() <= tolerance {
                let message = format!("{span} is {} percentage points; the text says {said}, which holds only within the rounding of the rates.", format::number(points));
                (Severity::Note, Verdict::ConsistentWithRounding, message, points)
            } else {
                (
                    Severity::Error,
                    Verdict::Inconsistent,
                    format!("{span} is {} percentage points, not {said}.", format::number(points)),
                    points,
                )
            }
        } else if (pv - points).abs() <= tolerance && (pv - relative).abs() > p.round_unit.min(1.0) / 2.0 {
            (
                Severity::Warning,
                Verdict::Inconsistent,
                format!(
                    "{span} is a change of {} percentage points, or {}% in relative terms; the text says {said}, which reads points as percent.",
                    format::number(points),
                    format::number(relative)
                ),
                points,
            )
        } else {
            continue;
        };
        findings.push(Finding {
            check: ID,
            severity,
            verdict,
            mentions: vec![from, s.to, pi],
            span: p.span,
            message,
            expected: Some(expected),
            stated: Some(pv),
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
    fn reads_the_change_a_dash_adds_to_a_start_in_the_next_sentence() {
        let found = run("The jobless rate climbed to 5.4% in March, the office said. That was up from 4.9% in \
                         February — an increase of 0.7 percentage points.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, Severity::Error);
        assert!(found[0].1.contains("is 0.5 percentage points, not 0.7"), "{}", found[0].1);
    }

    #[test]
    fn flags_points_written_as_percent() {
        let found = run("Unemployment rose from 5% to 7%, an increase of 2 percent.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, Severity::Warning);
        assert!(found[0].1.contains("2 percentage points, or 40%"), "{}", found[0].1);
    }

    #[test]
    fn confirms_points_written_as_points() {
        assert_eq!(run("Unemployment rose from 5% to 7%, an increase of 2 percentage points.")[0].0, Severity::Ok);
    }

    #[test]
    fn flags_wrong_points() {
        assert_eq!(
            run("Unemployment rose from 5.2% to 7.1%, an increase of 3 percentage points.")[0].0,
            Severity::Error
        );
        assert_eq!(run("Unemployment rose from 5% to 7%, an increase of 3 percentage points.")[0].0, Severity::Note);
    }

    #[test]
    fn leaves_relative_changes_alone() {
        assert!(run("Unemployment rose from 5% to 7%, an increase of 40%.").is_empty());
    }
}
