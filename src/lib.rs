//! numcheck: do the figures in this article add up?
//!
//! The pipeline, one step per module:
//!
//! ```text
//! text ──text::Segments──▶ sentences and paragraphs
//!      ──mention::extract──▶ mentions (value, kind, unit, hedge, noun)
//!      ──relation──────────▶ which mentions talk about the same thing, and cue words
//!      ──check::run────────▶ findings (each check in check/<id>.rs, on interval arithmetic)
//!      ──report::build─────▶ Report (UTF-16 + UTF-8 spans, camelCase when serialised)
//! ```
//!
//! [`check`] is the one entry point; the wasm binding (`wasm.rs`) and the CLI (`cli/`) are
//! thin shells around it.
//!
//! Architecture invariant: the library does no I/O and knows nothing of wasm outside
//! `wasm.rs`. Analysis never fails: the only error is refusing input (too large) or options
//! that name no known check.

// Every slice of text goes through text::Slice (a slice through a character would panic,
// and a panic in wasm kills the page); tests may slice freely.
#![cfg_attr(not(test), deny(clippy::string_slice))]

pub mod article;
pub mod check;
mod error;
mod float;
pub mod frame;
pub mod interval;
pub mod lexicon;
mod map;
pub mod mention;
mod options;
pub mod relation;
pub mod report;
mod sort;
pub mod span;
pub mod text;
pub mod token;

/// The JavaScript binding (wasm-bindgen); compiled only for wasm32.
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use error::Error;
pub use interval::Verdict;
pub use options::Options;
pub use options::Severity;
pub use report::{Finding, Report, SCHEMA_VERSION};

/// Finds every figure in `text` and checks the figures against each other.
///
/// Returns an error only when the input is refused (larger than `options.max_input_bytes`)
/// or the options name an unknown check; any text within the limit yields a report.
pub fn check(text: &str, options: &Options) -> Result<Report, Error> {
    let limit = options.max_input_bytes();
    if text.len() > limit {
        return Err(Error::too_large(text.len(), limit));
    }
    let selected = check::select(options.checks.as_deref())?;
    let segments = text::Segments::new(text);
    let (mut mentions, truncated_at) = mention::extract_at_most(text, &segments, mention::MAX_MENTIONS);
    // A vector grown by doubling holds up to twice what it needs; for a figure-dense text
    // that slack is megabytes, held while the report is built beside it.
    mentions.shrink_to_fit();
    let context = article::Article::new(text, &segments, &mentions, options, truncated_at.unwrap_or(text.len()));
    let mut findings = check::run(&context, &selected);
    let roles: Vec<Option<&'static str>> = (0..mentions.len()).map(|i| context.role_name(i)).collect();
    drop(context);
    findings.retain(|f| f.severity >= options.min_severity.unwrap_or(Severity::Ok));
    findings.shrink_to_fit();
    Ok(report::build(text, mentions, &roles, findings, truncated_at))
}

/// The crate version, as the page and the CLI show it.
pub fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}
