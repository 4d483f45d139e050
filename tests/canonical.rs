//! The canonical article and the fixtures of docs/report.md, checked end to end in Rust.
#![cfg(not(target_arch = "wasm32"))]

use numcheck::mention::Kind;
use numcheck::{check, Options, Severity, Verdict};

const CANONICAL: &str = include_str!("fixtures/canonical.txt");
const SAMPLE: &str = include_str!("../www/sample.txt");

fn mention<'r>(report: &'r numcheck::Report, text: &str) -> &'r numcheck::report::Mention {
    report.mentions.iter().find(|m| m.text == text).unwrap_or_else(|| panic!("no mention {text:?}"))
}

#[test]
fn canonical_article_is_consistent_only_by_the_hedge() {
    let report = check(CANONICAL, &Options::default()).unwrap();
    let arithmetic: Vec<_> = report.findings.iter().filter(|f| f.check == "arithmetic").collect();
    assert_eq!(arithmetic.len(), 1, "{:#?}", report.findings);
    let f = arithmetic[0];
    assert_eq!((f.verdict, f.severity), (Verdict::ConsistentWithHedge, Severity::Note));
    let ids: Vec<usize> = ["1,200", "755", "455"].iter().map(|t| mention(&report, t).id).collect();
    assert_eq!(f.mentions, ids);
    assert_eq!(
        f.message,
        "over 1,200 − 755 = over 445; the text says 455, which holds only if \"over 1,200\" means at least 1,210."
    );
    assert_eq!((f.expected, f.stated), (Some(445.0), Some(455.0)));
    assert!(report.findings.iter().all(|f| f.severity < Severity::Warning), "{:#?}", report.findings);
}

#[test]
fn canonical_mentions_are_read_as_the_spec_says() {
    let report = check(CANONICAL, &Options::default()).unwrap();
    let over = mention(&report, "1,200");
    assert_eq!((over.value, over.kind, over.noun.as_deref()), (Some(1200.0), Kind::Count, Some("personnel")));
    assert_eq!(over.qualifier.as_ref().map(|q| q.text.as_str()), Some("over"));
    assert_eq!(mention(&report, "755").noun.as_deref(), Some("diplomats"));
    assert_eq!(mention(&report, "455").noun.as_deref(), Some("people"));
    let thirty_five = mention(&report, "thirty-five");
    assert_eq!((thirty_five.value, thirty_five.kind), (Some(35.0), Kind::Count));
    assert_eq!(mention(&report, "2016").kind, Kind::Year);
    let senate = mention(&report, "98-2");
    assert_eq!((senate.kind, senate.values.clone()), (Kind::Tally, vec![98.0, 2.0]));
}

#[test]
fn a_total_that_cannot_stretch_is_an_error() {
    for total in ["over 1,137", "1,137"] {
        let text = CANONICAL.replace("over 1,200", total);
        let report = check(&text, &Options::default()).unwrap();
        let f = report.findings.iter().find(|f| f.check == "arithmetic").expect("an arithmetic finding");
        assert_eq!((f.verdict, f.severity), (Verdict::Inconsistent, Severity::Error), "{total}: {}", f.message);
        assert_eq!(f.expected, Some(382.0));
        assert!(f.message.contains("1,210"), "{}", f.message);
    }
}

#[test]
fn the_page_sample_shows_a_note_and_an_error() {
    let report = check(SAMPLE, &Options::default()).unwrap();
    let severities: Vec<Severity> = report.findings.iter().map(|f| f.severity).collect();
    assert!(severities.contains(&Severity::Note), "{:#?}", report.findings);
    let error = report.findings.iter().find(|f| f.severity == Severity::Error).expect("the sample's planted error");
    assert_eq!(error.expected, Some(190.0));
    assert_eq!(&SAMPLE[error.span.byte_start..error.span.byte_end], "200");
}

#[test]
fn reports_are_deterministic_and_sorted() {
    let a = serde_json::to_string(&check(SAMPLE, &Options::default()).unwrap()).unwrap();
    let b = serde_json::to_string(&check(SAMPLE, &Options::default()).unwrap()).unwrap();
    assert_eq!(a, b);
    let report = check(SAMPLE, &Options::default()).unwrap();
    assert!(report.findings.windows(2).all(|w| w[0].span.byte_start <= w[1].span.byte_start));
    assert!(report.mentions.windows(2).all(|w| w[0].span.byte_end <= w[1].span.byte_start));
}

#[test]
fn serialises_in_camel_case_with_both_offsets() {
    let json: serde_json::Value = serde_json::to_value(check(CANONICAL, &Options::default()).unwrap()).unwrap();
    assert_eq!(json["schemaVersion"], numcheck::SCHEMA_VERSION);
    assert!(json["truncated"].is_null(), "an article is read whole");
    let span = &json["mentions"][0]["span"];
    for key in ["start", "end", "byteStart", "byteEnd"] {
        assert!(span[key].is_u64(), "{key}");
    }
    assert!(json["findings"][0]["verdict"].is_string());
}

#[test]
fn options_select_checks_and_severities() {
    let only_errors = Options { min_severity: Some(Severity::Error), ..Options::default() };
    assert!(check(CANONICAL, &only_errors).unwrap().findings.is_empty());
    let bad = Options { checks: Some(vec!["nope".into()]), ..Options::default() };
    assert!(check(CANONICAL, &bad).unwrap_err().to_string().contains("unknown check 'nope'"));
}

#[test]
fn refuses_input_over_the_limit_with_a_clear_message() {
    let small = Options { max_input_bytes: Some(100), ..Options::default() };
    let err = check(CANONICAL, &small).unwrap_err();
    assert!(err.to_string().contains("limit of 100 bytes"), "{err}");
}

/// Issue 8: a figure-dense paste stops at `MAX_MENTIONS` figures and says where, instead of
/// costing a gigabyte.
#[test]
fn a_figure_dense_paste_is_truncated_and_says_where() {
    let text = "é 1,".repeat(60_000);
    let report = check(&text, &Options::default()).unwrap();
    assert_eq!(report.mentions.len(), numcheck::mention::MAX_MENTIONS);
    let cut = report.truncated.expect("the report says it stopped early");
    assert_eq!(cut.figure_limit, numcheck::mention::MAX_MENTIONS);
    // The first figure not read: right after the last one read, in both encodings.
    let last = report.mentions.last().unwrap();
    assert!(cut.byte_at >= last.span.byte_end);
    assert_eq!(&text[cut.byte_at..cut.byte_at + 1], "1");
    assert_eq!(text[..cut.byte_at].encode_utf16().count(), cut.at);
}
