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

/// Whether `word` (any ASCII case) is in a list of lower-case words: a slice, an array, or
/// a `Sorted` list.
pub(crate) fn contains<L: WordList + ?Sized>(list: &L, word: &str) -> bool {
    list.contains_word(word)
}

/// A list `contains` can look a word up in.
pub(crate) trait WordList {
    fn contains_word(&self, word: &str) -> bool;
}

impl WordList for [&str] {
    fn contains_word(&self, word: &str) -> bool {
        self.iter().any(|key| key.eq_ignore_ascii_case(word))
    }
}

impl<const N: usize> WordList for [&str; N] {
    fn contains_word(&self, word: &str) -> bool {
        self.as_slice().contains_word(word)
    }
}

impl<L: WordList + ?Sized> WordList for &L {
    fn contains_word(&self, word: &str) -> bool {
        (**self).contains_word(word)
    }
}

/// The longest word a `Sorted` list may hold (checked when compiling).
const SORTED_MAX_BYTES: usize = 32;

/// A long word list sorted when compiling, looked up by binary search: the lists that are
/// consulted for every word of a sentence (stop words, the words too common to tie two
/// sentences) cost a tenth of a whole check as linear scans. The list stays written in its
/// own order in the source; `sorted` puts it in byte order.
pub struct Sorted(&'static [&'static str]);

impl WordList for Sorted {
    fn contains_word(&self, word: &str) -> bool {
        // ASCII-lower-cased on the stack: the keys are lower case (checked when compiling),
        // so this equals comparing each key with `eq_ignore_ascii_case`. A word longer than
        // any key is in no list.
        let mut buf = [0u8; SORTED_MAX_BYTES];
        let Some(lower) = buf.get_mut(..word.len()) else { return false };
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        self.0.binary_search_by(|key| key.as_bytes().cmp(lower)).is_ok()
    }
}

impl Sorted {
    /// A list already in byte order, as `sorted` returns it.
    pub const fn new(sorted: &'static [&'static str]) -> Sorted {
        Sorted(sorted)
    }
}

/// Whether `a` comes before `b` in byte order (as `<[u8] as Ord>` orders them).
const fn before(a: &[u8], b: &[u8]) -> bool {
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return a[i] < b[i];
        }
        i += 1;
    }
    a.len() < b.len()
}

/// `words` in byte order, for `Sorted::new`; evaluated when compiling (an insertion sort:
/// the lists are a few hundred words). Fails to compile when a word has an upper-case
/// ASCII letter or is longer than `SORTED_MAX_BYTES`.
pub const fn sorted<const N: usize>(words: &[&'static str]) -> [&'static str; N] {
    assert!(words.len() == N);
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        let w = words[i];
        let bytes = w.as_bytes();
        assert!(bytes.len() <= SORTED_MAX_BYTES);
        let mut k = 0;
        while k < bytes.len() {
            assert!(!bytes[k].is_ascii_uppercase());
            k += 1;
        }
        let mut j = i;
        while j > 0 && before(bytes, out[j - 1].as_bytes()) {
            out[j] = out[j - 1];
            j -= 1;
        }
        out[j] = w;
        i += 1;
    }
    out
}
