//! `conversion`: a unit conversion that is wrong.
//!
//! # What it catches
//! "The trail is 10 miles (25 km) long." — 10 miles is 16 km. "It reached 40°C (86°F)." —
//! 40°C is 104°F.
//!
//! # Why it matters
//! Conversions are typed from memory; a wrong one is easy to spot for half the readers and
//! impossible to spot for the other half, who then carry the wrong figure away.
//!
//! # Flags
//! "10 miles (25 km)", "40°C (86°F)".
//!
//! # Does not flag
//! "10 miles (16 km)", "6 feet (1.8 m)", "100 kg (220 lb)" (`ok`); conversions rounded to
//! a sensible precision (within 3%) are notes at most.
//!
//! # False-alarm traps it avoids
//! - the converted figure must follow in parentheses (or after ", or") right after the
//!   first, with a unit the table converts to;
//! - the tolerance is the stated precision of the converted figure, then 3%.

use crate::lexicon::units::CONVERSIONS;
use crate::mention::{gap, Kind};

use super::format;
use super::{Article, Finding, Severity, Verdict};

pub const ID: &str = "conversion";
pub const SUMMARY: &str = "a unit conversion that is wrong (\"10 miles (25 km)\")";

/// Converts `v` from unit `from` to unit `to`, if the table knows how.
pub fn convert(v: f64, from: &str, to: &str) -> Option<f64> {
    CONVERSIONS.iter().find_map(|&(a, b, factor, offset)| {
        if a == from && b == to {
            Some(v * factor + offset)
        } else if a == to && b == from {
            Some((v - offset) / factor)
        } else {
            None
        }
    })
}

pub fn run(cx: &Article<'_>) -> Vec<Finding> {
    let ms = cx.mentions;
    let mut findings = Vec::new();
    for i in 0..ms.len().saturating_sub(1) {
        let (a, b) = (&ms[i], &ms[i + 1]);
        if a.kind != Kind::Measure || b.kind != Kind::Measure || a.unit == b.unit {
            continue;
        }
        let gap = gap(cx.text, a, b).trim();
        if !(gap == "(" || gap == ", or" || gap == "or") {
            continue;
        }
        let (Some(from), Some(to)) = (a.unit, b.unit) else { continue };
        let (av, bv) = (a.value.unwrap_or(0.0), b.value.unwrap_or(0.0));
        let Some(converted) = convert(av, from, to) else { continue };
        let half = b.round_unit / 2.0 + 1e-9;
        let diff = (converted - bv).abs();
        let verdict = if diff <= half {
            Verdict::Consistent
        } else if diff <= half.max(0.03 * bv.abs())
            || convert(av + a.round_unit / 2.0, from, to)
                .zip(convert(av - a.round_unit / 2.0, from, to))
                .is_some_and(|(x, y)| (x.min(y) - half..=x.max(y) + half).contains(&bv))
        {
            Verdict::ConsistentWithRounding
        } else {
            Verdict::Inconsistent
        };
        let base = format!("{} is {} {to}", format::stated(cx.text, a), format::number(converted));
        let said = format::stated(cx.text, b);
        let (severity, message) = match verdict {
            Verdict::Consistent => (Severity::Ok, format!("{base}, as the text says ({said}).")),
            Verdict::Inconsistent => (Severity::Error, format!("{base}, not {said}.")),
            _ => (Severity::Note, format!("{base}; the text rounds it to {said}.")),
        };
        findings.push(Finding {
            check: ID,
            severity,
            verdict,
            mentions: vec![i, i + 1],
            span: b.span,
            message,
            expected: Some(converted),
            stated: Some(bv),
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
    fn flags_wrong_conversions() {
        let found = run("The trail is 10 miles (25 km) long.");
        assert_eq!(found, vec![(Severity::Error, "10 miles is 16.09 km, not 25 km.".to_string())]);
        let found = run("It reached 40°C (86°F).");
        assert_eq!(found[0].0, Severity::Error);
        assert!(found[0].1.contains("104"), "{}", found[0].1);
    }

    #[test]
    fn accepts_right_and_rounded_conversions() {
        for text in [
            "10 miles (16 km)",
            "He is 6 feet (1.8 m) tall.",
            "It weighs 100 kg (220 lb).",
            "a 10-mile (16km) trail",
            "It was 30 degrees Celsius (86 degrees Fahrenheit).",
        ] {
            let found = run(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert!(found[0].0 <= Severity::Note, "{text}: {found:?}");
        }
    }
}
