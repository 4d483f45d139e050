//! Fuzzing: each target of fuzz/ for a time budget, seeded with real and written text.
//!
//! `sentences` builds news-like text from the fuzzer's bytes (tests/support/newsgen.rs);
//! `check` feeds bytes as text, starting from the corpus articles and the phrasing suite's
//! passages, with figure-shaped tokens in its dictionary (fuzz/figures.dict). Both assert
//! every invariant of tests/support/invariants.rs. A crash, a hang (libFuzzer's timeout)
//! or a failed invariant fails the run and leaves the input in fuzz/artifacts/.

use std::path::Path;
use std::process::Command;

use crate::config::Config;
use crate::{install, sh};

/// Writes one seed file per phrasing-suite passage into `dir` (created if missing).
fn phrasing_seeds(root: &Path, dir: &Path) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let suite = root.join("tests/phrasing");
    let Ok(files) = std::fs::read_dir(&suite) else { return Ok(()) };
    for file in files.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "jsonl")) {
        let lines = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        for (i, line) in lines.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let case: serde_json::Value =
                serde_json::from_str(line).map_err(|e| format!("{}:{}: {e}", file.display(), i + 1))?;
            if let Some(text) = case["text"].as_str() {
                let stem = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
                std::fs::write(dir.join(format!("{stem}-{i}.txt")), text).map_err(|e| e.to_string())?;
            }
        }
    }
    Ok(())
}

/// Runs every target for its budget (`seconds` overrides wasm-pack.toml's). Returns
/// (passed, failed), one entry per target.
pub fn run(root: &Path, cfg: &Config, seconds: Option<u64>) -> Result<(u64, u64), String> {
    install::cargo_tool("cargo-fuzz", "cargo-fuzz", &cfg.tools.cargo_fuzz)?;
    let fuzz = root.join("fuzz");
    let (mut passed, mut failed) = (0, 0);
    for (target, budget) in cfg.fuzz.targets.iter().zip(&cfg.fuzz.seconds) {
        let corpus = fuzz.join("corpus").join(target);
        std::fs::create_dir_all(&corpus).map_err(|e| format!("{}: {e}", corpus.display()))?;
        let mut cmd = Command::new("cargo");
        cmd.args(["fuzz", "run", target])
            .arg(&corpus)
            .current_dir(&fuzz)
            // libFuzzer needs nightly codegen flags; this lets the stable toolchain accept them.
            .env("RUSTC_BOOTSTRAP", "1");
        if target == "check" {
            phrasing_seeds(root, &corpus)?;
            // Read-only seed directories after the writable corpus: the real articles.
            cmd.arg(root.join("../shared/corpus/articles"));
        }
        cmd.args([
            "--",
            &format!("-max_total_time={}", seconds.unwrap_or(*budget)),
            &format!("-timeout={}", cfg.fuzz.timeout),
            &format!("-rss_limit_mb={}", cfg.fuzz.rss_limit_mb),
            &format!("-dict={}", fuzz.join("figures.dict").display()),
            "-print_final_stats=1",
            // Full-length inputs from the first second: libFuzzer otherwise grows the length
            // it mutates from a few bytes, and a budget of a minute never reaches a sentence
            // (the "£1–2" panic needed a dozen). The seeds set the cap: real articles for
            // `check`; for `sentences` the generator's bytes, a paragraph's worth.
            "-len_control=0",
        ]);
        if target != "check" {
            cmd.arg("-max_len=2048");
        }
        match sh::run(&mut cmd) {
            Ok(()) => passed += 1,
            Err(e) => {
                eprintln!("fuzz target {target}: {e} (the input is in fuzz/artifacts/{target}/)");
                failed += 1;
            }
        }
    }
    println!("\nfuzz: {passed} passed, {failed} failed");
    Ok((passed, failed))
}
