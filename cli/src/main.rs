//! The numcheck command line: check articles in batch, for people or for pipelines.
//!
//! `numcheck FILE...` prints rustc-style snippets; `--format json` one report;
//! `--format jsonl` one line per file. Exit status: 0 when no finding reaches the failing
//! severity, 1 when one does, 2 on usage or I/O errors (clap's own usage errors exit 2 too).
//!
//! A file that cannot be read, is refused, or (a bug) makes the checker panic is reported
//! for that file — on standard error, and as `{"file", "error"}` in jsonl — and the other
//! files are still checked; the exit status is then 2.

mod human;

use std::io::{self, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, ValueEnum};
use numcheck::{Options, Report, Severity};

#[derive(Parser, Debug)]
#[command(name = "numcheck", version, about = "Checks that the figures in news articles agree with each other.")]
struct Args {
    /// Articles to check (plain text). `-` or none reads standard input.
    files: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,

    /// Exit with status 1 when a finding has at least this severity.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    fail_on: FailOn,

    /// Only run these checks (comma-separated ids).
    #[arg(long, value_delimiter = ',')]
    checks: Option<Vec<String>>,

    /// Drop findings below this severity from the output. The human format hides verified
    /// (`ok`) findings unless this is `ok`; json and jsonl keep them unless told otherwise.
    #[arg(long, value_enum)]
    min_severity: Option<Level>,

    /// The year "now", for ages and "N years ago".
    #[arg(long)]
    reference_year: Option<i32>,

    /// Refuse inputs larger than this many bytes.
    #[arg(long)]
    max_input_bytes: Option<usize>,

    /// When to colour human output.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Format {
    Human,
    Json,
    Jsonl,
}

#[derive(Clone, Copy, Debug, PartialEq, ValueEnum)]
enum Level {
    Ok,
    Note,
    Warning,
    Error,
}

#[derive(Clone, Copy, Debug, PartialEq, ValueEnum)]
enum FailOn {
    Ok,
    Note,
    Warning,
    Error,
    Never,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

fn severity(level: Level) -> Severity {
    match level {
        Level::Ok => Severity::Ok,
        Level::Note => Severity::Note,
        Level::Warning => Severity::Warning,
        Level::Error => Severity::Error,
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(true) => ExitCode::from(1),
        Ok(false) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("numcheck: {message}");
            ExitCode::from(2)
        }
    }
}

/// Checks every input; returns whether a finding reached `--fail-on`.
fn run(args: &Args) -> Result<bool, String> {
    let human = matches!(args.format, Format::Human);
    // People see problems first: verified findings only when asked for. They are still
    // checked, so that the summary can count them.
    let shown = args.min_severity.map(severity).unwrap_or(if human { Severity::Note } else { Severity::Ok });
    let options = Options {
        checks: args.checks.clone(),
        min_severity: if human { None } else { args.min_severity.map(severity) },
        reference_year: args.reference_year,
        max_input_bytes: args.max_input_bytes,
    };
    let inputs: Vec<PathBuf> = if args.files.is_empty() { vec![PathBuf::from("-")] } else { args.files.clone() };
    if matches!(args.format, Format::Json) && inputs.len() > 1 {
        return Err("--format json prints one report; use --format jsonl for several files".into());
    }
    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failed = false;
    let mut broken = 0;
    let mut files = 0;
    let mut totals = [0usize; 4];
    for path in &inputs {
        let name = if path.as_os_str() == "-" { "<stdin>".to_string() } else { path.display().to_string() };
        let checked = read_input(path).and_then(|text| {
            let report = contain(|| numcheck::check(&text, &options))?.map_err(|e| e.to_string())?;
            Ok((text, report))
        });
        let (text, report) = match checked {
            Ok(checked) => checked,
            Err(message) => {
                broken += 1;
                eprintln!("numcheck: {name}: {message}");
                if matches!(args.format, Format::Jsonl) {
                    let line = serde_json::json!({ "file": name, "error": message });
                    serde_json::to_writer(&mut out, &line)
                        .map_err(io::Error::from)
                        .and_then(|_| writeln!(out))
                        .map_err(|e| format!("writing output: {e}"))?;
                }
                continue;
            }
        };
        failed |= reaches(&report, args.fail_on);
        files += 1;
        let written = match args.format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut out, &report).map_err(io::Error::from).and_then(|_| writeln!(out))
            }
            Format::Jsonl => {
                let line = serde_json::json!({ "file": name, "report": report });
                serde_json::to_writer(&mut out, &line).map_err(io::Error::from).and_then(|_| writeln!(out))
            }
            Format::Human => {
                let listed: Vec<&numcheck::Finding> = report.findings.iter().filter(|f| f.severity >= shown).collect();
                for (total, n) in totals.iter_mut().zip(human::tally(&report.findings)) {
                    *total += n;
                }
                let paint = human::Paint { on: color };
                human::write(&mut out, &name, &text, &report, &listed, &paint)
                    .and_then(|_| writeln!(out, "{}", human::file_summary(&name, &report, shown == Severity::Ok)))
            }
        };
        written.map_err(|e| format!("writing output: {e}"))?;
    }
    if human {
        // One line across every file, as Vale and linters print it.
        let verified = if totals[3] > 0 {
            format!(" ({} verified)", human::plural(totals[3], "relation", "relations"))
        } else {
            String::new()
        };
        let unreadable = if broken > 0 {
            format!("; {} could not be checked", human::plural(broken, "file", "files"))
        } else {
            String::new()
        };
        let line =
            format!("{} in {}{verified}{unreadable}", human::counts(totals), human::plural(files, "file", "files"));
        let paint = human::Paint { on: color };
        let code = if totals[0] > 0 {
            "1;31"
        } else if totals[1] > 0 {
            "1;33"
        } else {
            "1;32"
        };
        writeln!(out, "\n{}", paint.wrap(code, &line)).map_err(|e| format!("writing output: {e}"))?;
    }
    out.flush().map_err(|e| format!("writing output: {e}"))?;
    match broken {
        0 => Ok(failed),
        1 => Err("1 file could not be checked".into()),
        n => Err(format!("{n} files could not be checked")),
    }
}

/// Runs `f`, turning a panic into an error message: a bug met on one article must not
/// cost the report of every other file in the batch.
fn contain<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|payload| {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown cause".into());
        format!("internal error (numcheck panicked: {what}); please report it with this file")
    })
}

fn reaches(report: &Report, fail_on: FailOn) -> bool {
    let threshold = match fail_on {
        FailOn::Never => return false,
        FailOn::Ok => Severity::Ok,
        FailOn::Note => Severity::Note,
        FailOn::Warning => Severity::Warning,
        FailOn::Error => Severity::Error,
    };
    report.findings.iter().any(|f| f.severity >= threshold)
}

/// Reads a file or standard input. Bytes that are not UTF-8 become U+FFFD rather than an
/// error: an article with one bad byte still deserves a check.
fn read_input(path: &PathBuf) -> Result<String, String> {
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        io::stdin().read_to_end(&mut bytes).map_err(|e| format!("reading standard input: {e}"))?;
    } else {
        bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::contain;

    #[test]
    fn a_panic_becomes_an_error_for_that_file() {
        assert_eq!(contain(|| 2 + 2), Ok(4));
        let err = contain(|| -> u8 { panic!("slice out of range") }).unwrap_err();
        assert!(err.contains("slice out of range"), "{err}");
    }
}
