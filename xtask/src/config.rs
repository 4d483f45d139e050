//! `wasm-pack.toml`: the one place the wasm build and test settings are written down.

use std::path::{Path, PathBuf};

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Config {
    pub tools: Tools,
    pub build: Build,
    pub wasm_opt: WasmOpt,
    pub test: Test,
    pub serve: Serve,
    pub fuzz: Fuzz,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Tools {
    pub wasm_pack: String,
    pub wasm_bindgen_cli: String,
    pub cargo_fuzz: String,
    pub debian_packages: Vec<String>,
    pub chromium: String,
    pub chromedriver: String,
    pub valgrind: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Build {
    pub target: String,
    pub out_dir: String,
    pub out_name: String,
    pub opt_level: String,
    pub rustflags: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct WasmOpt {
    pub enabled: bool,
    pub flags: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Test {
    pub browsers: Vec<String>,
    pub scaling_bytes: usize,
    pub max_growth: f64,
    pub max_cost_vs_news: f64,
    pub max_memory_multiple: f64,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Fuzz {
    pub targets: Vec<String>,
    pub seconds: Vec<u64>,
    pub timeout: u64,
    pub rss_limit_mb: u64,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Serve {
    pub host: String,
    pub port: u16,
}

impl Config {
    pub fn load(root: &Path) -> Result<Config, String> {
        let path = root.join("wasm-pack.toml");
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
    }
}

/// The repository root: the parent of this crate's manifest directory.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives one level below the root").to_path_buf()
}

/// The version of `package` recorded in Cargo.lock, if exactly one is.
pub fn locked_version(root: &Path, package: &str) -> Result<String, String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock"))
        .map_err(|e| format!("Cargo.lock: {e} (run `cargo generate-lockfile`)"))?;
    let value: toml::Value = toml::from_str(&lock).map_err(|e| format!("Cargo.lock: {e}"))?;
    let versions: Vec<&str> = value
        .get("package")
        .and_then(|p| p.as_array())
        .into_iter()
        .flatten()
        .filter(|p| p.get("name").and_then(|n| n.as_str()) == Some(package))
        .filter_map(|p| p.get("version").and_then(|v| v.as_str()))
        .collect();
    match versions.as_slice() {
        [one] => Ok(one.to_string()),
        [] => Err(format!("Cargo.lock has no {package}")),
        many => Err(format!("Cargo.lock has several versions of {package}: {many:?}")),
    }
}
