//! Installing what the build and the tests need, each step skipped when already done.
//!
//! Everything comes from the registries these machines reach: the wasm target from rustup,
//! wasm-pack and the wasm-bindgen CLI from crates.io (pinned in wasm-pack.toml), Chromium
//! and its driver (and valgrind) from Debian, binaryen and playwright-core from npm (package-lock.json).
//! Nothing downloads a binary from anywhere else.

use std::path::Path;
use std::process::Command;

use crate::config::{self, Config};
use crate::sh;

pub fn all(root: &Path, cfg: &Config) -> Result<(), String> {
    wasm_target()?;
    cargo_tool("wasm-pack", "wasm-pack", &cfg.tools.wasm_pack)?;
    let locked = config::locked_version(root, "wasm-bindgen")?;
    if locked != cfg.tools.wasm_bindgen_cli {
        return Err(format!(
            "Cargo.lock has wasm-bindgen {locked} but wasm-pack.toml pins wasm-bindgen-cli {}; make them equal (Cargo.toml pins wasm-bindgen exactly)",
            cfg.tools.wasm_bindgen_cli
        ));
    }
    cargo_tool("wasm-bindgen-cli", "wasm-bindgen", &cfg.tools.wasm_bindgen_cli)?;
    debian(cfg)?;
    npm(root)
}

fn wasm_target() -> Result<(), String> {
    let installed = sh::output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if installed.lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        return Ok(());
    }
    sh::run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

/// `cargo install CRATE --version V --locked` unless `BIN --version` already says V.
pub fn cargo_tool(krate: &str, bin: &str, version: &str) -> Result<(), String> {
    let current = sh::output(Command::new(bin).arg("--version")).unwrap_or_default();
    if current.split_whitespace().nth(1) == Some(version) {
        return Ok(());
    }
    sh::run(Command::new("cargo").args(["install", krate, "--version", version, "--locked"]))
}

/// Chromium and its driver for the browser tests, valgrind for the scaling suite.
fn debian(cfg: &Config) -> Result<(), String> {
    let tools = [&cfg.tools.chromium, &cfg.tools.chromedriver, &cfg.tools.valgrind];
    if tools.iter().all(|t| sh::exists(t)) {
        return Ok(());
    }
    let apt = |args: &[&str]| {
        let mut cmd = Command::new("apt-get");
        cmd.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        sh::run(&mut cmd)
    };
    apt(&["update", "-q"])?;
    let mut args = vec!["install", "-y", "-q"];
    args.extend(cfg.tools.debian_packages.iter().map(String::as_str));
    apt(&args).map_err(|e| format!("{e}; Chromium, chromedriver and valgrind come from Debian and need root (apt-get)"))
}

/// `npm ci` unless node_modules already matches package-lock.json.
fn npm(root: &Path) -> Result<(), String> {
    // A git worktree may share another checkout's packages through a symlink; `npm ci`
    // would empty the directory it points to. Leave a symlinked node_modules alone.
    if std::fs::symlink_metadata(root.join("node_modules")).is_ok_and(|m| m.file_type().is_symlink()) {
        return Ok(());
    }
    let lock = root.join("package-lock.json");
    let installed = root.join("node_modules/.package-lock.json");
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    if let (Some(want), Some(have)) = (modified(&lock), modified(&installed)) {
        if have >= want {
            return Ok(());
        }
    }
    sh::run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(root))
}
