//! False alarms on real articles: every error and warning on the corpus is reviewed.
//!
//! Reads the 500 BBC articles in `../shared/corpus/articles` (never copied into the repo),
//! checks each, and compares every error and warning with the reviewed list in
//! `tests/snapshots/corpus-findings.tsv`. A finding that is not in the list fails the test
//! until someone reads the article and records it as a real inconsistency (with the
//! arithmetic) or fixes the false alarm. At most ten false alarms are allowed.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::PathBuf;

use numcheck::{check, Options, Severity};

const FALSE_ALARM_BUDGET: usize = 10;

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/articles")
}

/// (article, check, severity, message) of every error and warning.
fn current_findings() -> BTreeSet<(String, String, String, String)> {
    let dir = corpus_dir();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e} — the corpus lives in ../shared beside the repo", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 500, "the corpus has 500 articles (see ../shared/corpus/articles/README.md)");
    let mut found = BTreeSet::new();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let report = check(&text, &Options::default()).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        for f in report.findings.iter().filter(|f| f.severity >= Severity::Warning) {
            found.insert((name.clone(), f.check.to_string(), f.severity.as_str().to_string(), f.message.clone()));
        }
    }
    found
}

struct Reviewed {
    key: (String, String, String, String),
    real: bool,
    note: String,
}

fn reviewed() -> Vec<Reviewed> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/corpus-findings.tsv");
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 6, "six tab-separated columns: {line}");
            assert!(matches!(cols[3], "real" | "false-alarm"), "review is real or false-alarm: {line}");
            Reviewed {
                key: (cols[0].into(), cols[1].into(), cols[2].into(), cols[4].into()),
                real: cols[3] == "real",
                note: cols[5].into(),
            }
        })
        .collect()
}

#[test]
fn every_error_and_warning_on_the_corpus_is_reviewed() {
    let found = current_findings();
    let reviewed = reviewed();
    let known: BTreeSet<_> = reviewed.iter().map(|r| r.key.clone()).collect();
    let new: Vec<_> = found.difference(&known).collect();
    let gone: Vec<_> = known.difference(&found).collect();
    let show = |rows: &[&(String, String, String, String)]| {
        rows.iter().map(|(a, c, s, m)| format!("  {a}\t{c}\t{s}\t?\t{m}\t?")).collect::<Vec<_>>().join("\n")
    };
    assert!(
        new.is_empty() && gone.is_empty(),
        "the corpus findings changed.\nnew (read the article, then record as real or false-alarm, or fix):\n{}\nno longer reported (remove from the snapshot):\n{}",
        show(&new),
        show(&gone)
    );
    let false_alarms = reviewed.iter().filter(|r| !r.real).count();
    println!(
        "corpus: {} errors and warnings on 500 articles: {} real, {false_alarms} false alarms (budget {FALSE_ALARM_BUDGET})",
        reviewed.len(),
        reviewed.len() - false_alarms
    );
    assert!(false_alarms <= FALSE_ALARM_BUDGET, "{false_alarms} false alarms, over the budget of {FALSE_ALARM_BUDGET}");
    assert!(reviewed.iter().all(|r| r.note.len() > 20), "every reviewed finding says why");
}

#[test]
fn every_article_gives_a_well_formed_report() {
    for entry in std::fs::read_dir(corpus_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let report = check(&text, &Options::default()).unwrap();
        for m in &report.mentions {
            assert_eq!(&text[m.span.byte_start..m.span.byte_end], m.text, "{}", path.display());
        }
        assert!(report.mentions.windows(2).all(|w| w[0].span.byte_end <= w[1].span.byte_start));
    }
}
