//! The report: numcheck's public contract (docs/report.md), as serialised.
//!
//! These types exist apart from the internal ones (`mention::Mention`, `check::Finding`)
//! because the report speaks in both UTF-16 and UTF-8 offsets and in camelCase, while the
//! pipeline works in bytes only. `build` is the one place the two meet.

use serde::Serialize;

use crate::check::{self, Severity, Verdict};
use crate::lexicon::hedges::Bound;
use crate::mention::{self, Kind};
use crate::span::{Span, Utf16Map};

/// Bumped whenever the shape below changes (docs/report.md).
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub schema_version: u32,
    pub mentions: Vec<Mention>,
    pub findings: Vec<Finding>,
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
    pub qualifier: Option<Qualifier>,
    pub noun: Option<String>,
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
pub fn build(text: &str, mentions: &[mention::Mention], mut findings: Vec<check::Finding>) -> Report {
    findings.sort_by(|a, b| (a.span, a.check, &a.mentions).cmp(&(b.span, b.check, &b.mentions)));
    let mut map = Utf16Map::new(text);
    let mentions = mentions
        .iter()
        .enumerate()
        .map(|(id, m)| {
            let qualifier = m.qualifier.as_ref().map(|q| Qualifier {
                text: text[q.span.start..q.span.end].to_string(),
                bound: q.bound,
                span: map.span(q.span),
            });
            Mention {
                id,
                span: map.span(m.span),
                text: text[m.span.start..m.span.end].to_string(),
                value: m.value.filter(|v| v.is_finite()),
                values: m.values.clone(),
                kind: m.kind,
                unit: m.unit,
                qualifier,
                noun: m.noun.clone(),
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
    Report { schema_version: SCHEMA_VERSION, mentions, findings }
}
