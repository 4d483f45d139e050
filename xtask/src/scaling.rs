//! The scaling suite: does checking cost grow with the text, and no faster?
//!
//! Tests never time anything (wall clocks on shared machines swing by a third). This suite
//! counts instructions instead: `examples/scaling.rs` checks one adversarial text, and
//! valgrind's cachegrind counts every instruction it executes, the same count on every run.
//! For each family of `benches/families.rs` the probe runs on 0, 1× and 10× the base size;
//! the instructions the text added at 10× divided by those at 1× is the family's growth:
//! about 10 when cost is linear, about 100 when it is quadratic. A second limit keeps every
//! family within a multiple of what real news costs: per figure read when the family has
//! figures (a pasted table has fifty times the figures of prose per byte, and the report
//! reads at most `MAX_MENTIONS` of them), per byte when it has none. Linear growth, a
//! bounded cost per figure and per byte, and the figure cap together bound the cost of
//! any input. A third limit is the peak heap of a megabyte of each family (counted by the
//! probe's allocator).

use std::path::Path;
use std::process::Command;

use crate::config::Config;
use crate::sh;

/// One family's measurements.
struct Row {
    family: String,
    /// Instructions the text added at 1× and at 10× (the 0× run subtracted).
    at_1x: u64,
    at_10x: u64,
    /// Figures read at 10×.
    figures_10x: u64,
    /// Peak heap while checking a megabyte, in bytes.
    peak_1mb: u64,
}

impl Row {
    fn growth(&self) -> f64 {
        self.at_10x as f64 / self.at_1x.max(1) as f64
    }
}

/// Instructions executed by `probe family bytes` under cachegrind, and the figures read.
fn instructions(cfg: &Config, probe: &Path, family: &str, bytes: usize) -> Result<(u64, u64), String> {
    let out = Command::new(&cfg.tools.valgrind)
        .args(["--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"])
        .arg(probe)
        .args([family, &bytes.to_string()])
        .output()
        .map_err(|e| format!("{}: {e}", cfg.tools.valgrind))?;
    if !out.status.success() {
        return Err(format!(
            "the scaling probe failed on {family} × {bytes}: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    // "==123== I   refs:      1,234,567" (cachegrind's summary, on stderr).
    let count = String::from_utf8_lossy(&out.stderr)
        .lines()
        .find_map(|l| l.split_once("I   refs:").map(|(_, n)| n.trim().replace(',', "")))
        .and_then(|n| n.parse().ok())
        .ok_or_else(|| format!("no instruction count in cachegrind's output for {family}"))?;
    let figures = String::from_utf8_lossy(&out.stdout).split_whitespace().next().and_then(|n| n.parse().ok());
    Ok((count, figures.unwrap_or(0)))
}

/// Peak heap of checking `bytes` of `family`, from the probe's own report.
fn peak_heap(probe: &Path, family: &str, bytes: usize) -> Result<u64, String> {
    let out = sh::output(Command::new(probe).args([family, &bytes.to_string()]))
        .ok_or_else(|| format!("the scaling probe failed on {family} × {bytes}"))?;
    out.split_whitespace().nth(2).and_then(|n| n.parse().ok()).ok_or_else(|| format!("bad probe output: {out}"))
}

/// Builds the probe, measures every family, prints the table for BENCHMARKS.md, and returns
/// (passed, failed) with one entry per family.
pub fn run(root: &Path, cfg: &Config) -> Result<(u64, u64), String> {
    sh::run(Command::new("cargo").args(["build", "--release", "--example", "scaling"]).current_dir(root))?;
    let probe = root.join("target/release/examples/scaling");
    let families =
        sh::output(Command::new(&probe).arg("--list")).ok_or("the scaling probe cannot list its families")?;
    let base = cfg.test.scaling_bytes;
    let measure = |family: &str| -> Result<Row, String> {
        let (empty, _) = instructions(cfg, &probe, family, 0)?;
        let at_1x = instructions(cfg, &probe, family, base)?.0.saturating_sub(empty);
        let (at_10x, figures_10x) = instructions(cfg, &probe, family, 10 * base)?;
        let peak_1mb = peak_heap(&probe, family, 1_000_000)?;
        Ok(Row { family: family.to_string(), at_1x, at_10x: at_10x.saturating_sub(empty), figures_10x, peak_1mb })
    };
    // Two at a time (the machines have two cores); valgrind runs one thread per process.
    let names: Vec<&str> = families.lines().collect();
    let (odd, even): (Vec<_>, Vec<_>) = names.iter().enumerate().partition(|(i, _)| i % 2 == 1);
    let (first, second) = std::thread::scope(|s| {
        let other = s.spawn(|| odd.iter().map(|(_, f)| measure(f)).collect::<Result<Vec<_>, _>>());
        let here = even.iter().map(|(_, f)| measure(f)).collect::<Result<Vec<_>, _>>();
        (here, other.join().unwrap_or_else(|_| Err("a scaling thread panicked".into())))
    });
    let mut rows: Vec<Row> = first?.into_iter().chain(second?).collect();
    rows.sort_by_key(|r| names.iter().position(|n| *n == r.family));
    let news = rows.iter().find(|r| r.family == "news").ok_or("the scaling probe has no news family")?;
    let news_per_byte = news.at_10x as f64 / (10 * base) as f64;
    let news_per_figure = news.at_10x as f64 / news.figures_10x.max(1) as f64;

    println!("\n| family | instructions, 1× ({base} B) | 10× | growth (10 = linear) | figures at 10× | cost ÷ news (per figure, or per byte) | peak heap, 1 MB |");
    println!("| --- | --- | --- | --- | --- | --- | --- |");
    let (mut passed, mut failed) = (0, 0);
    for r in &rows {
        // Within reach of news by one measure or the other: what news would cost for this
        // many bytes, or for this many figures.
        let per_byte = r.at_10x as f64 / (10 * base) as f64 / news_per_byte;
        let per_figure = r.at_10x as f64 / r.figures_10x.max(1) as f64 / news_per_figure;
        let vs_news = per_byte.min(per_figure);
        let memory = r.peak_1mb as f64 / 1e6;
        let mut problems = Vec::new();
        if r.growth() > cfg.test.max_growth {
            problems.push(format!("grows {:.1}× for 10× the text", r.growth()));
        }
        if vs_news > cfg.test.max_cost_vs_news {
            problems.push(format!("costs {vs_news:.1}× news"));
        }
        if memory > cfg.test.max_memory_multiple {
            problems.push(format!("peaks at {memory:.1}× its size"));
        }
        println!(
            "| {} | {} | {} | {:.1} | {} | {vs_news:.2} | {:.1} MB ({memory:.1}×) |{}",
            r.family,
            r.at_1x,
            r.at_10x,
            r.growth(),
            r.figures_10x,
            r.peak_1mb as f64 / 1e6,
            if problems.is_empty() { String::new() } else { format!(" FAILED: {}", problems.join("; ")) }
        );
        if problems.is_empty() {
            passed += 1;
        } else {
            failed += 1;
        }
    }
    println!("\nscaling: {passed} passed, {failed} failed");
    Ok((passed, failed))
}
