//! The tasks: build the wasm, serve the page, run every test, run the benchmarks.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::config::Config;
use crate::install;
use crate::sh;

/// Builds the wasm package into `build.out-dir`, prints its size, writes the gzip and
/// brotli copies of the page's files that `serve` sends, and the browser extension
/// (`extension.rs`). Returns the .wasm path.
pub fn build_wasm(root: &Path, cfg: &Config) -> Result<PathBuf, String> {
    let out_dir = root.join(&cfg.build.out_dir);
    sh::run(
        Command::new("wasm-pack")
            .args(["build", "--release", "--target", &cfg.build.target, "--out-name", &cfg.build.out_name, "--out-dir"])
            .arg(&out_dir)
            .arg(root)
            // Only the wasm build takes these: the native release profile stays fast.
            .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", &cfg.build.opt_level)
            .env("CARGO_PROFILE_RELEASE_STRIP", "true")
            // `build.rustflags` holds an unstable flag (wasm-pack.toml says why).
            .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS", cfg.build.rustflags.join(" "))
            .env("RUSTC_BOOTSTRAP", "1"),
    )?;
    let wasm = out_dir.join(format!("{}_bg.wasm", cfg.build.out_name));
    let raw = std::fs::metadata(&wasm).map_err(|e| format!("{}: {e}", wasm.display()))?.len();
    if cfg.wasm_opt.enabled {
        let optimised = wasm.with_extension("opt.wasm");
        sh::run(
            Command::new(root.join("node_modules/.bin/wasm-opt"))
                .args(&cfg.wasm_opt.flags)
                .arg(&wasm)
                .arg("-o")
                .arg(&optimised),
        )?;
        std::fs::rename(&optimised, &wasm).map_err(|e| e.to_string())?;
    }
    let size = std::fs::metadata(&wasm).map_err(|e| e.to_string())?.len();
    let gzipped = sh::output(Command::new("sh").arg("-c").arg(format!("gzip -9 -c '{}' | wc -c", wasm.display())))
        .and_then(|s| s.trim().parse::<u64>().ok())
        .map_or("?".to_string(), |n| n.to_string());
    println!("wasm: {} bytes from rustc, {size} bytes after wasm-opt, {gzipped} bytes gzipped (-9)", raw);
    // The .gz and .br copies serve.mjs sends with Content-Encoding (the page's JavaScript too).
    sh::run(Command::new("node").arg(root.join("xtask/compress.mjs")).arg(root.join("www")))?;
    crate::extension::build(root)?;
    Ok(wasm)
}

/// Installs, builds and serves the page until interrupted.
pub fn serve(root: &Path, cfg: &Config, args: &[String]) -> Result<(), String> {
    install::all(root, cfg)?;
    build_wasm(root, cfg)?;
    let port = match args {
        [flag, port, ..] if flag == "--port" => port.clone(),
        _ => cfg.serve.port.to_string(),
    };
    sh::run(Command::new("node").arg(root.join("xtask/serve.mjs")).args([
        "--root",
        &root.join("www").to_string_lossy(),
        "--host",
        &cfg.serve.host,
        "--port",
        &port,
    ]))
}

/// What one suite ran, read from its runner's summary lines.
struct Tally {
    suite: &'static str,
    passed: u64,
    failed: u64,
}

/// Sums every "test result: ok. N passed; M failed" line (cargo test, wasm-bindgen-test).
fn cargo_tally(suite: &'static str, output: &str) -> Tally {
    let mut tally = Tally { suite, passed: 0, failed: 0 };
    for line in output.lines().filter(|l| l.starts_with("test result:")) {
        let number_before = |word: &str| {
            line.split(';')
                .find(|part| part.trim_end().ends_with(word))
                .and_then(|part| part.split_whitespace().rev().nth(1))
                .and_then(|n| n.parse::<u64>().ok())
                .unwrap_or(0)
        };
        tally.passed += number_before("passed");
        tally.failed += number_before("failed");
    }
    tally
}

/// Reads node's test runner summary ("ℹ pass N", "ℹ fail N").
fn node_tally(suite: &'static str, output: &str) -> Tally {
    let count = |key: &str| {
        output
            .lines()
            .filter_map(|l| l.trim_start_matches(|c: char| !c.is_ascii_alphabetic()).strip_prefix(key))
            .filter_map(|rest| rest.trim().parse::<u64>().ok())
            .next_back()
            .unwrap_or(0)
    };
    Tally { suite, passed: count("pass "), failed: count("fail ") }
}

/// Runs every suite: native (cargo test), wasm in headless Chromium (wasm-pack test), and
/// the page end to end (Playwright). Fails when a suite fails or runs no test at all.
pub fn test(root: &Path, cfg: &Config) -> Result<(), String> {
    install::all(root, cfg)?;
    let mut tallies = Vec::new();

    let out = sh::run_tee(Command::new("cargo").args(["test", "--workspace", "--exclude", "xtask"]).current_dir(root))?;
    tallies.push(cargo_tally("native (cargo test)", &out));

    // Lints, warnings denied: among them `clippy::string_slice` (lib.rs), which keeps every
    // slice of text checked — a slice through a character is a panic, and a panic in wasm
    // kills the page. Clippy comes with rustup's default profile; where it is missing it
    // cannot be fetched here, and the run says so.
    if sh::output(Command::new("cargo").args(["clippy", "--version"])).is_some() {
        let lint = sh::run(
            Command::new("cargo")
                .args(["clippy", "--workspace", "--exclude", "xtask", "--all-targets", "--", "-D", "warnings"])
                .current_dir(root),
        );
        if let Err(e) = &lint {
            eprintln!("clippy: {e}");
        }
        tallies.push(Tally {
            suite: "lints (cargo clippy, warnings denied)",
            passed: u64::from(lint.is_ok()),
            failed: u64::from(lint.is_err()),
        });
    } else {
        println!("clippy is not installed (rustup component add clippy): lints not run");
    }

    let (passed, failed) = crate::scaling::run(root, cfg)?;
    tallies.push(Tally { suite: "scaling (instructions under valgrind)", passed, failed });

    let (passed, failed) = crate::fuzz::run(root, cfg, None)?;
    tallies.push(Tally { suite: "fuzz (cargo fuzz, time-boxed)", passed, failed });

    for browser in &cfg.test.browsers {
        let out = sh::run_tee(
            Command::new("wasm-pack")
                .args(["test", "--headless", &format!("--{browser}"), "--chromedriver", &cfg.tools.chromedriver])
                .arg(root)
                // Only the browser suite: the CLI and plain #[test]s have nothing to run there.
                .args(["--test", "web"]),
        )?;
        tallies.push(cargo_tally("wasm in headless Chromium (wasm-pack test)", &out));
    }

    build_wasm(root, cfg)?;
    let out = sh::run_tee(
        Command::new("node")
            .args(["--test", "--test-reporter=spec", "--test-concurrency=1"])
            .arg(root.join("tests/e2e"))
            .env("NUMCHECK_CHROMIUM", &cfg.tools.chromium)
            .current_dir(root),
    )?;
    tallies.push(node_tally("page end to end (Playwright)", &out));

    println!();
    for t in &tallies {
        println!("{:<45} {} passed, {} failed", t.suite, t.passed, t.failed);
    }
    if let Some(empty) = tallies.iter().find(|t| t.passed == 0) {
        return Err(format!("the suite '{}' ran no test", empty.suite));
    }
    let passed: u64 = tallies.iter().map(|t| t.passed).sum();
    let failed: u64 = tallies.iter().map(|t| t.failed).sum();
    println!("{passed} passed, {failed} failed");
    if failed > 0 {
        return Err(format!("{failed} tests failed"));
    }
    Ok(())
}

/// Runs the native benchmark harness and the wasm benchmark script.
pub fn bench(root: &Path, cfg: &Config) -> Result<(), String> {
    install::all(root, cfg)?;
    build_wasm(root, cfg)?;
    sh::run(Command::new("cargo").args(["bench", "--bench", "native"]).current_dir(root))?;
    sh::run(Command::new("node").arg(root.join("benches/wasm.mjs")).current_dir(root))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_cargo_summaries() {
        let out =
            "test result: ok. 53 passed; 0 failed; 0 ignored\nfoo\ntest result: ok. 2 passed; 1 failed; 0 ignored";
        let t = cargo_tally("x", out);
        assert_eq!((t.passed, t.failed), (55, 1));
    }

    #[test]
    fn reads_node_summaries() {
        let t = node_tally("x", "ℹ tests 3\nℹ pass 3\nℹ fail 0\n");
        assert_eq!((t.passed, t.failed), (3, 0));
    }
}
