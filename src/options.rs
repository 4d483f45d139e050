//! Options: which checks to run, what to report, how much text to accept.

use serde::{Deserialize, Serialize};

/// The default refusal limit: 5 MiB, far beyond any article, small enough that the page
/// stays responsive.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 5 * 1024 * 1024;

/// Options for [`crate::check`]. Every field is optional; `Options::default()` runs every
/// check and reports every finding. Deserialised from JavaScript and JSON in camelCase.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Options {
    /// Ids of the checks to run (see `check::CHECKS`); `None` runs all.
    pub checks: Option<Vec<String>>,
    /// Drop findings below this severity.
    pub min_severity: Option<Severity>,
    /// The year "now" for ages and "N years ago".
    pub reference_year: Option<i32>,
    /// Refuse larger input with a clear error.
    pub max_input_bytes: Option<usize>,
}

impl Options {
    pub fn max_input_bytes(&self) -> usize {
        self.max_input_bytes.unwrap_or(DEFAULT_MAX_INPUT_BYTES)
    }
}

/// How much a finding matters to an editor. Ordered: `Ok < Note < Warning < Error`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Severity {
    /// A relation that holds.
    Ok,
    /// Holds only by stretching a hedge or rounding, or worth verifying.
    Note,
    /// A probable contradiction on weaker evidence.
    Warning,
    /// The figures contradict each other beyond rounding and hedges, with strong evidence
    /// that they are related.
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Ok => "ok",
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}
