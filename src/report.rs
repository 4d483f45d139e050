//! The report: numcheck's public contract (docs/report.md), as serialised.
//!
//! These types exist apart from the internal ones (`mention::Mention`, `check::Finding`)
//! because the report speaks in both UTF-16 and UTF-8 offsets and in camelCase, while the
//! pipeline works in bytes only. `build` is the one place the two meet.

use crate::text::Slice;
use serde::Serialize;

use crate::check::{self, Severity, Verdict};
use crate::lexicon::hedges::Bound;
use crate::mention::{self, Kind};
use crate::span::{Span, Utf16Map};
use crate::text::Own as _;

/// Bumped whenever the shape below changes (docs/report.md).
pub const SCHEMA_VERSION: u32 = 2;

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub schema_version: u32,
    pub mentions: Vec<Mention>,
    pub findings: Vec<Finding>,
    /// Set when the text held more figures than one report reads
    /// ([`crate::mention::MAX_MENTIONS`]): figures from `at` on were not read or checked.
    pub truncated: Option<Truncated>,
}

/// Where reading stopped, and why.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Truncated {
    /// How many figures were read: the limit.
    pub figure_limit: usize,
    /// The first figure not read, as a UTF-16 offset (`at`) and a byte offset (`byteAt`).
    pub at: usize,
    pub byte_at: usize,
}

/// One figure found in the text.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Mention {
    pub id: usize,
    pub span: Span,
    pub text: String,
    pub value: Option<f64>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<f64>,
    pub kind: Kind,
    pub unit: Option<&'static str>,
    /// Boxed: most figures have no hedge, and an inline one would cost every mention of a
    /// figure-dense report 56 bytes more.
    pub qualifier: Option<Box<Qualifier>>,
    pub noun: Option<String>,
    /// The part the figure plays in what the text says (see docs/report.md): "from", "to",
    /// "change", "by", "removed", "added", "remainder", "grown", "result"; `null` when no
    /// cue gives it one.
    pub role: Option<&'static str>,
    pub sentence: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Qualifier {
    pub text: String,
    pub bound: Bound,
    pub span: Span,
}

/// One relation between figures that was checked.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    pub check: &'static str,
    pub severity: Severity,
    pub verdict: Verdict,
    pub mentions: Vec<usize>,
    pub span: Span,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stated: Option<f64>,
}

/// Assembles the report. Findings are sorted by position (then by check id, for
/// determinism); offsets are converted to UTF-16 in two forward passes.
pub fn build(
    text: &str,
    mentions: Vec<mention::Mention>,
    roles: &[Option<&'static str>],
    mut findings: Vec<check::Finding>,
    truncated_at: Option<usize>,
) -> Report {
    crate::sort::by(&mut findings, |a, b| (a.span, a.check, &a.mentions).cmp(&(b.span, b.check, &b.mentions)));
    let mut map = Utf16Map::new(text);
    let figure_count = mentions.len();
    // Consumed, not borrowed: nouns and values move into the report instead of being
    // copied, which keeps a figure-dense report's peak memory down (issue 8).
    let mentions = mentions
        .into_iter()
        .enumerate()
        .map(|(id, m)| {
            let qualifier = m.qualifier.as_ref().map(|q| {
                Box::new(Qualifier {
                    text: text.s(q.span.start..q.span.end).own(),
                    bound: q.bound,
                    span: map.span(q.span),
                })
            });
            Mention {
                id,
                span: map.span(m.span),
                text: text.s(m.span.start..m.span.end).own(),
                value: m.value.filter(|v| v.is_finite()),
                values: m.values,
                kind: m.kind,
                unit: m.unit,
                qualifier,
                noun: m.noun,
                role: roles.get(id).copied().flatten(),
                sentence: m.sentence,
            }
        })
        .collect();
    let findings = findings
        .into_iter()
        .map(|f| Finding {
            check: f.check,
            severity: f.severity,
            verdict: f.verdict,
            mentions: f.mentions,
            span: map.span(f.span),
            message: f.message,
            expected: f.expected.filter(|v| v.is_finite()),
            stated: f.stated.filter(|v| v.is_finite()),
        })
        .collect();
    let truncated =
        truncated_at.map(|byte| Truncated { figure_limit: figure_count, at: map.utf16(byte), byte_at: byte });
    Report { schema_version: SCHEMA_VERSION, mentions, findings, truncated }
}

/// The name the report gives a kind: its serialised name (`Kind`'s `Serialize`), for the
/// wasm binding, which builds the JavaScript report itself (src/wasm.rs).
pub fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Count => "count",
        Kind::Money => "money",
        Kind::Percent => "percent",
        Kind::Measure => "measure",
        Kind::Year => "year",
        Kind::Date => "date",
        Kind::Ordinal => "ordinal",
        Kind::Fraction => "fraction",
        Kind::Tally => "tally",
        Kind::Range => "range",
        Kind::Other => "other",
    }
}

/// A verdict's serialised name (see [`kind_name`]).
pub fn verdict_name(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Consistent => "consistent",
        Verdict::ConsistentWithRounding => "consistentWithRounding",
        Verdict::ConsistentWithHedge => "consistentWithHedge",
        Verdict::Inconsistent => "inconsistent",
    }
}

/// A hedge bound's serialised name (see [`kind_name`]).
pub fn bound_name(bound: Bound) -> &'static str {
    match bound {
        Bound::Lower => "lower",
        Bound::Upper => "upper",
        Bound::Approx => "approx",
    }
}

// (serde_json is a native dev-dependency; tests/web.rs holds the whole object to
// serde-wasm-bindgen's in the browser.)
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// The wasm binding writes these names instead of serialising: they must stay serde's.
    #[test]
    fn names_are_the_serialised_ones() {
        let json = |v: serde_json::Value| v.as_str().unwrap_or_default().own();
        for kind in [
            Kind::Count,
            Kind::Money,
            Kind::Percent,
            Kind::Measure,
            Kind::Year,
            Kind::Date,
            Kind::Ordinal,
            Kind::Fraction,
            Kind::Tally,
            Kind::Range,
            Kind::Other,
        ] {
            assert_eq!(kind_name(kind), json(serde_json::to_value(kind).unwrap()));
        }
        for verdict in
            [Verdict::Consistent, Verdict::ConsistentWithRounding, Verdict::ConsistentWithHedge, Verdict::Inconsistent]
        {
            assert_eq!(verdict_name(verdict), json(serde_json::to_value(verdict).unwrap()));
        }
        for bound in [Bound::Lower, Bound::Upper, Bound::Approx] {
            assert_eq!(bound_name(bound), json(serde_json::to_value(bound).unwrap()));
        }
        for severity in [Severity::Ok, Severity::Note, Severity::Warning, Severity::Error] {
            assert_eq!(severity.as_str(), json(serde_json::to_value(severity).unwrap()));
        }
    }
}
