//! The browser extension: bundled from `extension/` and the `www/` modules it shares with the
//! page and the widget, with the wasm `build_wasm` just built, into `target/extension/`
//! (unpacked for Chromium and for Firefox, and a zip of each for the stores).
//! `xtask/extension.mjs` does the work (esbuild from package-lock.json, node's zlib).

use std::path::Path;
use std::process::Command;

use crate::sh;

pub fn build(root: &Path) -> Result<(), String> {
    sh::run(Command::new("node").arg(root.join("xtask/extension.mjs")).current_dir(root))
}
