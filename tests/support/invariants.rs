//! What every report must satisfy, whatever the text: shared by the property tests
//! (`tests/robustness.rs`) and the fuzz targets (`fuzz/fuzz_targets/`).

use numcheck::report::Mention;
use numcheck::{check, Options, Report};

/// Spans lie on boundaries in both encodings and describe the same text; mention ids are
/// valid; mentions do not overlap; values are finite.
pub fn assert_well_formed(text: &str, report: &Report) {
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let mut spans = Vec::new();
    for m in &report.mentions {
        spans.push((m.span, m.text.clone()));
        if let Some(q) = &m.qualifier {
            spans.push((q.span, q.text.clone()));
        }
        assert!(m.value.is_none_or(f64::is_finite));
    }
    for f in &report.findings {
        let under = text.get(f.span.byte_start..f.span.byte_end).expect("finding span on char boundaries").to_string();
        spans.push((f.span, under));
        assert!(f.mentions.iter().all(|&id| id < report.mentions.len()));
    }
    for (span, expected) in spans {
        let by_bytes = text.get(span.byte_start..span.byte_end).expect("span on char boundaries");
        assert_eq!(by_bytes, expected);
        let units = utf16.get(span.start..span.end).expect("UTF-16 span inside the text");
        let by_units = String::from_utf16(units).expect("UTF-16 span on code point boundaries");
        assert_eq!(by_units, expected);
    }
    assert!(report.mentions.windows(2).all(|w| w[0].span.byte_end <= w[1].span.byte_start), "mentions overlap");
}

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// Every figure's text parses back to its value: read on its own, a mention's text gives
/// one mention over the whole of it, with the same value (and the same pair of values for
/// a range or tally). This is what catches a span cut short or run long — "$10-20" read as
/// the range 10–20 but spanning "$10-2" (issue 8).
///
/// A reading that depends on the words around the figure is not expected to survive
/// being cut out of them, and is skipped when the kind or unit read alone differs:
/// "10 pounds of flour" (weight, not sterling), "5 points" beside a percentage, "1.8m tall"
/// (metres, not millions), "the third quarter" (an ordinal after a determiner), "15 May"
/// (a date), "Flight 370" (a designator), tallies named by a noun after them ("2-3 votes").
/// Three readings cannot be read alone at all, and are left out: an ordinal word ("the
/// third quarter" — alone, "third" is no figure), "one" (alone, a pronoun), and the range
/// of "between 10 and 15" (alone, "10 and 15" is two figures).
pub fn assert_figures_reread(report: &Report) {
    use numcheck::mention::Kind;
    let needs_context = |m: &Mention| {
        (m.kind == Kind::Ordinal && !m.text.bytes().any(|b| b.is_ascii_digit()))
            || m.text.eq_ignore_ascii_case("one")
            || (m.kind == Kind::Range && m.text.contains(" and "))
    };
    for m in report.mentions.iter().filter(|m| m.value.is_some() && !needs_context(m)) {
        let alone = check(&m.text, &Options::default()).expect("a figure's text is never refused");
        let [again]: &[Mention] = alone.mentions.as_slice() else {
            panic!("{:?} is one figure in its text but {} alone", m.text, alone.mentions.len());
        };
        // Both numbers of a pair are written in its text, whatever its kind ("98-2" is a
        // tally beside "votes", a range alone): they must read back the same.
        if m.values.len() == 2 && again.values.len() == 2 && again.unit == m.unit {
            assert_eq!(again.text, m.text, "a pair's text read alone is the same pair");
            assert!(
                m.values.iter().zip(&again.values).all(|(x, y)| same(*x, *y)),
                "{:?} read as {:?} in its text and as {:?} alone",
                m.text,
                m.values,
                again.values
            );
            continue;
        }
        if again.kind != m.kind || again.unit != m.unit || again.values.len() != m.values.len() {
            continue;
        }
        assert_eq!(again.text, m.text, "a figure's text read alone is the same figure");
        let (a, b) = (m.value.unwrap_or(f64::NAN), again.value.unwrap_or(f64::NAN));
        assert!(same(a, b), "{:?} read as {a} in its text and as {b} alone", m.text);
    }
}

/// The report is well formed, deterministic, and its figures read back.
pub fn check_text(text: &str) {
    let report = check(text, &Options::default()).expect("text within the limit yields a report");
    assert_well_formed(text, &report);
    assert_figures_reread(&report);
    let again = check(text, &Options::default()).expect("the same text, the same answer");
    assert_eq!(report, again, "the report is deterministic");
}
