//! The one error type: input numcheck refuses, with a message that says what to do.

use std::fmt;

/// Why [`crate::check`] refused to produce a report. The message is meant for the person who
/// pasted the text or wrote the options, and says what to change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The text is larger than `Options::max_input_bytes`.
    TooLarge,
    /// The options are malformed or name an unknown check.
    BadOptions,
}

impl Error {
    pub(crate) fn too_large(len: usize, limit: usize) -> Error {
        Error {
            kind: ErrorKind::TooLarge,
            message: format!(
                "the text is {len} bytes, more than the limit of {limit} bytes; check it in parts, or raise maxInputBytes"
            ),
        }
    }

    pub(crate) fn bad_options(message: String) -> Error {
        Error { kind: ErrorKind::BadOptions, message }
    }

    pub fn kind(&self) -> ErrorKind {
        self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
