//! Native benchmarks: `cargo bench --bench native` (or `cargo xtask bench`).
//!
//! A small harness rather than criterion: the figures that matter are throughput over the
//! corpus, the ratio to a bare regex scan, and how the cost grows with the text, all
//! printed as one table for BENCHMARKS.md. Each measurement takes the best of several runs
//! (the least disturbed by the machine), after a warm-up.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use numcheck::{check, mention, text, Options};

fn corpus() -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/articles");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
}

/// Best wall time of `runs` runs of `f`.
fn best(runs: usize, mut f: impl FnMut()) -> Duration {
    f();
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap()
}

fn mb_per_s(bytes: usize, d: Duration) -> f64 {
    bytes as f64 / 1e6 / d.as_secs_f64()
}

fn main() {
    let articles = corpus();
    let bytes: usize = articles.iter().map(String::len).sum();
    let options = Options::default();
    println!("corpus: {} articles, {} bytes", articles.len(), bytes);

    let bare = regex::Regex::new(r"[0-9]+(?:[.,][0-9]+)*").unwrap();
    let t_regex = best(20, || {
        for a in &articles {
            black_box(bare.find_iter(a).count());
        }
    });
    let t_extract = best(20, || {
        for a in &articles {
            black_box(mention::extract(a, &text::Segments::new(a)));
        }
    });
    let t_check = best(20, || {
        for a in &articles {
            black_box(check(a, &options).unwrap());
        }
    });
    println!("| native, 500 articles | time | MB/s | × bare regex |");
    println!("| --- | --- | --- | --- |");
    for (name, t) in [
        ("bare regex scan (digits only)", t_regex),
        ("extraction (mentions)", t_extract),
        ("check (extraction + all checks + report)", t_check),
    ] {
        println!(
            "| {name} | {:.2} ms | {:.1} | {:.1} |",
            t.as_secs_f64() * 1e3,
            mb_per_s(bytes, t),
            t.as_secs_f64() / t_regex.as_secs_f64()
        );
    }

    println!("\n| corpus concatenated | bytes | check time | MB/s |");
    println!("| --- | --- | --- | --- |");
    let joined = articles.join("\n\n");
    for times in [1, 10, 100] {
        let big = joined.repeat(times);
        if big.len() > options.max_input_bytes() {
            let opts = Options { max_input_bytes: Some(big.len()), ..Options::default() };
            let t = best(2, || {
                black_box(check(&big, &opts).unwrap());
            });
            println!("| {times}× | {} | {:.1} ms | {:.1} |", big.len(), t.as_secs_f64() * 1e3, mb_per_s(big.len(), t));
        } else {
            let t = best(5, || {
                black_box(check(&big, &options).unwrap());
            });
            println!("| {times}× | {} | {:.1} ms | {:.1} |", big.len(), t.as_secs_f64() * 1e3, mb_per_s(big.len(), t));
        }
    }

    println!("\n| dense input (1 MB) | figures | findings | check time |");
    println!("| --- | --- | --- | --- |");
    // The issue's yardstick: about 100,000 figures in 1 MB, as prose and as a run-on table.
    let clause = "It has 12 people, 34% of 56 staff; ";
    let dense_prose = clause.repeat(1_000_000 / clause.len());
    let table = "12 34 56 78 90 ".repeat(1_000_000 / 15);
    for (name, text) in [("prose, 3 figures per clause", dense_prose), ("one run-on sentence of numbers", table)] {
        let report = check(&text, &options).unwrap();
        let t = best(5, || {
            black_box(check(&text, &options).unwrap());
        });
        println!(
            "| {name} | {} | {} | {:.1} ms |",
            report.mentions.len(),
            report.findings.len(),
            t.as_secs_f64() * 1e3
        );
    }
}
