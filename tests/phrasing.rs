//! The phrasing suite (tests/phrasing/*.jsonl): passages written the many ways reporters
//! write figures, most in pairs — the consistent passage and the same passage with one
//! planted error. See tests/phrasing/README.md for the format.
//!
//! Scored as `../shared/dev/coverage.py` scores real relations: a relation is found when a
//! finding of a compatible check touches at least two of its figures (all of them when
//! there are two) with the right kind of verdict; a planted error must be flagged on the
//! wrong figure itself. The test prints the table and fails when a figure falls below its
//! floor — the floors only ever rise — or when any clean passage gets an error or warning,
//! or any passage with an error gets an `ok` on the wrong figure.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use numcheck::report::{Finding, Report};
use numcheck::{check, Options, Severity};

/// Checks a relation of one family may be reported by (as in coverage.py).
fn compatible(family: &str) -> &'static [&'static str] {
    match family {
        "percent-change" => &["percent-change", "percentage-points", "multiple"],
        "multiple" => &["multiple", "percent-change"],
        "arithmetic" => &["arithmetic", "parts-total"],
        "parts-total" => &["parts-total", "arithmetic", "percent-total", "part-whole"],
        "percent-of" => &["percent-of"],
        "percent-total" => &["percent-total", "parts-total"],
        "conversion" => &["conversion", "exchange-rate"],
        "repeat" => &["repeat"],
        "known-total" => &["known-total", "parts-total"],
        "part-whole" => &["part-whole", "parts-total"],
        "percentage-points" => &["percentage-points", "percent-change"],
        "age-year" => &["age-year"],
        _ => &[],
    }
}

struct Case {
    id: String,
    file: String,
    expect: String,
    check: String,
    figures: Vec<(usize, usize)>,
    wrong: Option<(usize, usize)>,
    text: String,
}

fn load() -> Vec<Case> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/phrasing");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/phrasing")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    let mut cases = Vec::new();
    for path in files {
        let file = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        for line in std::fs::read_to_string(&path).expect("readable").lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).expect("one JSON object per line");
            let text = v["text"].as_str().expect("text").to_string();
            let locate = |f: &str| {
                let at = text.find(f).unwrap_or_else(|| panic!("{}: {f:?} is not in the text", v["id"]));
                (at, at + f.len())
            };
            let figures =
                v["figures"].as_array().expect("figures").iter().map(|f| locate(f.as_str().unwrap())).collect();
            cases.push(Case {
                id: v["id"].as_str().unwrap().to_string(),
                file: file.clone(),
                expect: v["expect"].as_str().unwrap().to_string(),
                check: v["check"].as_str().unwrap().to_string(),
                figures,
                wrong: v["wrong"].as_str().map(locate),
                text,
            });
        }
    }
    cases
}

/// The byte ranges a finding touches: its own span and its mentions'.
fn touched(report: &Report, f: &Finding) -> Vec<(usize, usize)> {
    let mut spans = vec![(f.span.byte_start, f.span.byte_end)];
    spans.extend(f.mentions.iter().map(|&i| (report.mentions[i].span.byte_start, report.mentions[i].span.byte_end)));
    spans
}

fn overlaps(spans: &[(usize, usize)], (s, e): (usize, usize)) -> bool {
    spans.iter().any(|&(a, b)| a < e && s < b)
}

#[derive(Default)]
struct Tally {
    flag: (u32, u32),
    confirmed: (u32, u32),
    false_alarms: (u32, u32),
    wrong_ok: u32,
}

/// What each case gave, for the table and the floors.
#[test]
fn phrasing_suite() {
    let cases = load();
    assert!(cases.len() >= 300, "the suite has its passages ({})", cases.len());
    let mut by_file: BTreeMap<String, Tally> = BTreeMap::new();
    let mut missed = Vec::new();
    let mut alarms = Vec::new();
    for case in &cases {
        let report = check(&case.text, &Options::default()).expect("passages are short");
        let t = by_file.entry(case.file.clone()).or_default();
        let checks = compatible(&case.check);
        let need = case.figures.len().min(2);
        let relates = |f: &Finding| {
            checks.contains(&f.check)
                && case.figures.iter().filter(|&&fig| overlaps(&touched(&report, f), fig)).count() >= need
        };
        let bad = |f: &&Finding| f.severity >= Severity::Warning;
        match case.expect.as_str() {
            "flag" => {
                let wrong = case.wrong.expect("a flag case names its wrong figure");
                let found =
                    report.findings.iter().filter(bad).any(|f| relates(f) && overlaps(&touched(&report, f), wrong));
                t.flag.1 += 1;
                t.flag.0 += u32::from(found);
                if !found {
                    missed.push(format!("missed flag {}", case.id));
                }
                let ok_on_wrong = report
                    .findings
                    .iter()
                    .any(|f| f.severity == Severity::Ok && relates(f) && overlaps(&touched(&report, f), wrong));
                if ok_on_wrong {
                    t.wrong_ok += 1;
                    alarms.push(format!("wrong ok on {}", case.id));
                }
            }
            expect => {
                let alarm = report.findings.iter().find(bad);
                t.false_alarms.1 += 1;
                if let Some(f) = alarm {
                    t.false_alarms.0 += 1;
                    alarms.push(format!("false alarm on {}: {} {}", case.id, f.check, f.message));
                }
                if expect != "silent" {
                    let want: &[Severity] = if expect == "note" {
                        &[Severity::Note, Severity::Ok]
                    } else {
                        &[Severity::Ok, Severity::Note]
                    };
                    let found = report.findings.iter().any(|f| want.contains(&f.severity) && relates(f));
                    t.confirmed.1 += 1;
                    t.confirmed.0 += u32::from(found);
                    if !found {
                        missed.push(format!("missed {expect} {}", case.id));
                    }
                }
            }
        }
    }
    let pct = |(a, b): (u32, u32)| {
        if b == 0 {
            "–".to_string()
        } else {
            format!("{a}/{b} ({:.0}%)", 100.0 * a as f64 / b as f64)
        }
    };
    println!("| file | errors flagged on the wrong figure | relations confirmed | clean passages with a false alarm | wrong ok |");
    println!("| --- | --- | --- | --- | --- |");
    let mut all = Tally::default();
    for (file, t) in &by_file {
        println!("| {file} | {} | {} | {} | {} |", pct(t.flag), pct(t.confirmed), pct(t.false_alarms), t.wrong_ok);
        all.flag = (all.flag.0 + t.flag.0, all.flag.1 + t.flag.1);
        all.confirmed = (all.confirmed.0 + t.confirmed.0, all.confirmed.1 + t.confirmed.1);
        all.false_alarms = (all.false_alarms.0 + t.false_alarms.0, all.false_alarms.1 + t.false_alarms.1);
        all.wrong_ok += t.wrong_ok;
    }
    println!("| all | {} | {} | {} | {} |", pct(all.flag), pct(all.confirmed), pct(all.false_alarms), all.wrong_ok);
    for line in alarms.iter().chain(&missed) {
        println!("{line}");
    }
    // Floors: raised as the checks learn; never lowered to make a change pass.
    assert!(all.flag.0 >= FLOOR_FLAGGED, "planted errors flagged: {} < {FLOOR_FLAGGED}", all.flag.0);
    assert!(all.confirmed.0 >= FLOOR_CONFIRMED, "relations confirmed: {} < {FLOOR_CONFIRMED}", all.confirmed.0);
    assert_eq!(all.false_alarms.0, CEILING_FALSE_ALARMS, "false alarms: {} (there must be none)", all.false_alarms.0);
    assert_eq!(all.wrong_ok, CEILING_WRONG_OK, "wrong oks: {} (there must be none)", all.wrong_ok);
}

const FLOOR_FLAGGED: u32 = 192;
// 175 until 2026-11-29, when pp-006a's "confirmation" went with pp-006b's wrong ok: both were
// one direction word verifying 59% → 48% (or 56% → 48%) while "fallen by 11 points",
// paragraphs away and never tied to them, was the relation the case is about. A direction
// alone no longer verifies a statement when such a loose amount exists (percent-change).
const FLOOR_CONFIRMED: u32 = 213;
// 2 until 2026-11-29 (third session): tr-021 (a part of a part, "180 of whom") and tr-047
// (a real-terms change) are read now.
const CEILING_FALSE_ALARMS: u32 = 0; // (a ceiling of none: asserted equal)
const CEILING_WRONG_OK: u32 = 0;
