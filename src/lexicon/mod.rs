//! The lexicons: every word list the extractor and the checks consult, as data.
//!
//! Nothing here has logic beyond lookup. Keeping the words apart from the code that uses them
//! is what makes a second language a matter of new tables rather than new code, and it keeps
//! a reviewer's question ("does numcheck know 'upwards of'?") one grep away.
//!
//! All lookups are ASCII case-insensitive on already-cut words.

pub mod bodies;
pub mod cues;
pub mod hedges;
pub mod nouns;
pub mod numbers;
pub mod referents;
pub mod units;

/// Finds `word` (any ASCII case) in a table of lower-case keys.
pub(crate) fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table.iter().find(|(key, _)| key.eq_ignore_ascii_case(word)).map(|&(_, value)| value)
}

/// Whether `word` (any ASCII case) is in a list of lower-case words.
pub(crate) fn contains(list: &[&str], word: &str) -> bool {
    list.iter().any(|key| key.eq_ignore_ascii_case(word))
}
