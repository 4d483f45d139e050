//! The numcheck binary, run as a user runs it.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures").join(name)
}

fn numcheck(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_numcheck"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or("").as_bytes()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

fn canonical() -> String {
    std::fs::read_to_string(fixture("canonical.txt")).unwrap()
}

#[test]
fn json_report_for_the_canonical_article() {
    let path = fixture("canonical.txt");
    let out = numcheck(&["--format", "json", path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["schemaVersion"], numcheck::SCHEMA_VERSION);
    let finding = &report["findings"][0];
    assert_eq!(finding["check"], "arithmetic");
    assert_eq!(finding["verdict"], "consistentWithHedge");
    assert!(finding["message"].as_str().unwrap().contains("1,210"));
}

#[test]
fn an_error_read_from_stdin_exits_1_with_a_snippet() {
    let text = canonical().replace("over 1,200", "1,137");
    let out = numcheck(&["--color", "never", "-"], Some(&text));
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("error[arithmetic]: 1,137 − 755 = 382, but the text says 455"), "{stdout}");
    assert!(stdout.contains("--> <stdin>:3:"), "{stdout}");
    assert!(stdout.contains("^^^"), "{stdout}");
}

#[test]
fn no_file_means_stdin() {
    let out = numcheck(&["--format", "json"], Some("It rose 5%."));
    assert_eq!(out.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["mentions"][0]["kind"], "percent");
}

#[test]
fn jsonl_prints_one_line_per_file() {
    let path = fixture("canonical.txt");
    let p = path.to_str().unwrap();
    let out = numcheck(&["--format", "jsonl", p, p], None);
    assert_eq!(out.status.code(), Some(0));
    let lines: Vec<serde_json::Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["file"], p);
    assert_eq!(lines[1]["report"]["schemaVersion"], numcheck::SCHEMA_VERSION);
}

/// Issue 8: one file that cannot be checked no longer costs the others their reports.
#[test]
fn a_file_that_fails_is_reported_and_the_others_are_still_checked() {
    let good = fixture("canonical.txt");
    let good = good.to_str().unwrap();
    let missing = "no/such/article.txt";
    let out = numcheck(&["--format", "jsonl", good, missing, good], None);
    assert_eq!(out.status.code(), Some(2));
    let lines: Vec<serde_json::Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[0]["report"].is_object() && lines[2]["report"].is_object());
    assert_eq!(lines[1]["file"], missing);
    assert!(lines[1]["error"].as_str().unwrap().contains("No such file"), "{}", lines[1]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("1 file could not be checked"), "{stderr}");
}

/// Issue 8: "£1–2" panicked (a byte index inside the en dash); now it is one range.
#[test]
fn a_prefixed_range_with_an_en_dash_is_read() {
    let out = numcheck(&["--format", "json", "-"], Some("Fees of £1–2 a day. Tickets cost €10–20."));
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let texts: Vec<&str> = report["mentions"].as_array().unwrap().iter().map(|m| m["text"].as_str().unwrap()).collect();
    assert_eq!(texts, ["£1–2", "€10–20"]);
}

#[test]
fn fail_on_note_fails_on_the_hedge() {
    let path = fixture("canonical.txt");
    assert_eq!(numcheck(&["--fail-on", "note", path.to_str().unwrap()], None).status.code(), Some(1));
    assert_eq!(
        numcheck(&["--fail-on", "never", "-"], Some("1,137 staff. 755 staff must leave, leaving 455 staff."))
            .status
            .code(),
        Some(0)
    );
}

#[test]
fn usage_and_io_errors_exit_2_with_a_message() {
    let missing = numcheck(&["/no/such/article.txt"], None);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/no/such/article.txt"));

    let path = fixture("canonical.txt");
    let p = path.to_str().unwrap();
    let two = numcheck(&["--format", "json", p, p], None);
    assert_eq!(two.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&two.stderr).contains("--format jsonl"));

    let bad = numcheck(&["--checks", "nope", "-"], Some("5 people"));
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown check 'nope'"));

    let too_big = numcheck(&["--max-input-bytes", "3", "-"], Some("5 people"));
    assert_eq!(too_big.status.code(), Some(2));

    assert_eq!(numcheck(&["--format", "yaml"], None).status.code(), Some(2));
}

#[test]
fn invalid_utf8_is_read_not_refused() {
    let out = Command::new(env!("CARGO_BIN_EXE_numcheck"))
        .args(["--format", "json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            child.stdin.take().unwrap().write_all(b"\xff\xfe 12 people \xc3")?;
            child.wait_with_output()
        })
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["mentions"][0]["value"], 12.0);
}

/// Issue 10: carets under every figure a finding uses, labelled, in the right columns even
/// after tabs; plurals; verified findings hidden unless asked; one summary across files.
#[test]
fn human_output_underlines_every_figure_and_sums_up_across_files() {
    let text = "The agency employs\t2,300 people.\tIt will cut 450 jobs, leaving 1,950 staff.\n";
    let out = numcheck(&["--color", "never", "-"], Some(text));
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    let source = lines.iter().position(|l| l.starts_with("1 | ")).expect("the line is shown");
    assert!(!lines[source].contains('\t'), "tabs are expanded: {stdout}");
    // Each underline stands exactly under its figure.
    let shown = lines[source];
    let marks = lines[source + 1];
    for (figure, mark) in [("2,300", "-----"), ("450", "---"), ("1,950", "^^^^^")] {
        let at = shown.find(figure).unwrap_or_else(|| panic!("{figure} in {shown}"));
        assert_eq!(&marks[at..at + mark.len()], mark, "{figure} is underlined:\n{shown}\n{marks}");
    }
    assert!(marks.ends_with("remainder (staff), expected 1,850"), "{marks}");
    assert!(stdout.contains("removed (jobs)"), "{stdout}");
    assert!(stdout.contains("<stdin>: 3 figures; 1 error, 0 warnings, 0 notes"), "{stdout}");
    assert!(stdout.trim_end().ends_with("1 error, 0 warnings, 0 notes in 1 file"), "{stdout}");
    assert!(!stdout.contains("1 errors"), "{stdout}");

    // Verified findings: counted, hidden by default, shown when asked.
    let path = fixture("canonical.txt");
    let p = path.to_str().unwrap();
    let plain = String::from_utf8(numcheck(&["--color", "never", p, p], None).stdout).unwrap();
    assert!(!plain.contains("ok[known-total]"), "{plain}");
    assert!(plain.contains("2 relations verified (shown with --min-severity ok)"), "{plain}");
    assert!(plain.trim_end().ends_with("0 errors, 0 warnings, 2 notes in 2 files (4 relations verified)"), "{plain}");
    let all = String::from_utf8(numcheck(&["--color", "never", "--min-severity", "ok", p], None).stdout).unwrap();
    assert!(all.contains("ok[known-total]"), "{all}");
    // JSON keeps every finding unless told otherwise.
    let json: serde_json::Value = serde_json::from_slice(&numcheck(&["--format", "json", p], None).stdout).unwrap();
    assert!(json["findings"].as_array().unwrap().iter().any(|f| f["severity"] == "ok"));
}

/// A long line is cut around each of its figures, not shown whole.
#[test]
fn a_long_line_is_cut_around_each_figure() {
    let out = numcheck(&["--color", "never", fixture("canonical.txt").to_str().unwrap()], None);
    let stdout = String::from_utf8(out.stdout).unwrap();
    let shown: Vec<&str> = stdout.lines().filter(|l| l.starts_with("3 | ")).collect();
    assert_eq!(shown.len(), 3, "{stdout}");
    assert!(shown.iter().all(|l| l.chars().count() < 120), "{stdout}");
}
