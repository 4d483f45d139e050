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

/// Finds `word` (any ASCII case) in a table of lower-case keys: the first entry with that
/// key, in a slice, an array or a `SortedTable`.
pub(crate) fn lookup<T: Copy, L: Table<T> + ?Sized>(table: &L, word: &str) -> Option<T> {
    table.value_of(word)
}

/// A table `lookup` can look a word up in.
pub(crate) trait Table<T> {
    fn value_of(&self, word: &str) -> Option<T>;
}

impl<T: Copy> Table<T> for [(&str, T)] {
    fn value_of(&self, word: &str) -> Option<T> {
        self.iter().find(|(key, _)| key.eq_ignore_ascii_case(word)).map(|&(_, value)| value)
    }
}

impl<T: Copy, const N: usize> Table<T> for [(&str, T); N] {
    fn value_of(&self, word: &str) -> Option<T> {
        self.as_slice().value_of(word)
    }
}

impl<T, L: Table<T> + ?Sized> Table<T> for &L {
    fn value_of(&self, word: &str) -> Option<T> {
        (**self).value_of(word)
    }
}

/// A long table with an order of its keys computed when compiling, looked up by binary
/// search (the noun classes, a few hundred keys, are consulted for most nouns beside a
/// figure). The table stays in its written order; `order` holds its indices sorted by key,
/// ties in table order, so the first entry with a key wins as in a linear scan.
pub struct SortedTable<T: 'static> {
    table: &'static [(&'static str, T)],
    order: &'static [u16],
    /// Where each first letter's keys start in `order`, as `Sorted::starts`.
    starts: [u16; 27],
}

impl<T> SortedTable<T> {
    /// `table` with `order` as `order` returns it for that table.
    pub const fn new(table: &'static [(&'static str, T)], order: &'static [u16]) -> SortedTable<T> {
        let mut starts = [0u16; 27];
        let mut letter = 0;
        while letter < 27 {
            let mut i = 0;
            while i < order.len() && first_byte(table[order[i] as usize].0) < b'a' + letter as u8 {
                i += 1;
            }
            starts[letter] = i as u16;
            letter += 1;
        }
        SortedTable { table, order, starts }
    }
}

impl<T: Copy> Table<T> for SortedTable<T> {
    fn value_of(&self, word: &str) -> Option<T> {
        // As in `Sorted`: lower-cased on the stack, keys checked lower case when compiling.
        let mut buf = [0u8; SORTED_MAX_BYTES];
        let lower = buf.get_mut(..word.len())?;
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        let key = |i: u16| self.table.get(usize::from(i)).map_or(&[][..], |e| e.0.as_bytes());
        // Only the keys with the word's first letter are searched (see `Sorted::starts`).
        let at = |i: usize| self.starts.get(i).map_or(0, |&s| usize::from(s));
        let stretch = match lower.first() {
            Some(&b @ b'a'..=b'z') => at(usize::from(b - b'a'))..at(usize::from(b - b'a') + 1),
            Some(&b) if b < b'a' => 0..at(0),
            Some(_) => at(26)..self.order.len(),
            None => 0..self.order.len(),
        };
        let order = self.order.get(stretch)?;
        let first = order.partition_point(|&i| key(i) < &*lower);
        let i = *order.get(first)?;
        (key(i) == &*lower).then(|| self.table.get(usize::from(i)).map(|e| e.1)).flatten()
    }
}

/// Fails to compile on a key the sorted lists cannot hold: an upper-case ASCII letter
/// (lookups compare lower case) or more than `SORTED_MAX_BYTES`.
const fn assert_key(bytes: &[u8]) {
    assert!(bytes.len() <= SORTED_MAX_BYTES);
    let mut k = 0;
    while k < bytes.len() {
        assert!(!bytes[k].is_ascii_uppercase());
        k += 1;
    }
}

/// The indices of `table` sorted by key (a stable insertion sort when compiling), for
/// `SortedTable::new`. Fails to compile as `sorted` does, or past 65,536 entries.
pub const fn order<const N: usize, T>(table: &[(&'static str, T)]) -> [u16; N] {
    assert!(table.len() == N && N <= 1 << 16);
    let mut out = [0u16; N];
    let mut i = 0;
    while i < N {
        let bytes = table[i].0.as_bytes();
        assert_key(bytes);
        // Strictly before: an equal key stays after the earlier entry.
        let mut j = i;
        while j > 0 && before(bytes, table[out[j - 1] as usize].0.as_bytes()) {
            out[j] = out[j - 1];
            j -= 1;
        }
        out[j] = i as u16;
        i += 1;
    }
    out
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
pub struct Sorted {
    words: &'static [&'static str],
    /// Where the words with each first letter start: `starts[i]` for `b'a' + i`, and
    /// `starts[26]` where the words after 'z' do. A lookup searches only its letter's
    /// stretch (a dozen words, not a few hundred; each step of the search is a `memcmp`).
    starts: [u16; 27],
}

impl WordList for Sorted {
    fn contains_word(&self, word: &str) -> bool {
        // ASCII-lower-cased on the stack: the keys are lower case (checked when compiling),
        // so this equals comparing each key with `eq_ignore_ascii_case`. A word longer than
        // any key is in no list.
        let mut buf = [0u8; SORTED_MAX_BYTES];
        let Some(lower) = buf.get_mut(..word.len()) else { return false };
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        let at = |i: usize| self.starts.get(i).map_or(0, |&s| usize::from(s));
        let stretch = match lower.first() {
            Some(&b @ b'a'..=b'z') => at(usize::from(b - b'a'))..at(usize::from(b - b'a') + 1),
            Some(&b) if b < b'a' => 0..at(0),
            Some(_) => at(26)..self.words.len(),
            None => 0..self.words.len(),
        };
        self.words.get(stretch).is_some_and(|words| words.binary_search_by(|key| key.as_bytes().cmp(lower)).is_ok())
    }
}

impl Sorted {
    /// A list already in byte order, as `sorted` returns it.
    pub const fn new(sorted: &'static [&'static str]) -> Sorted {
        assert!(sorted.len() < 1 << 16);
        let mut starts = [0u16; 27];
        let mut letter = 0;
        while letter < 27 {
            // The first word whose first byte is at or after this letter ("" counts as 0).
            let mut i = 0;
            while i < sorted.len() && first_byte(sorted[i]) < b'a' + letter as u8 {
                i += 1;
            }
            starts[letter] = i as u16;
            letter += 1;
        }
        Sorted { words: sorted, starts }
    }
}

/// A word's first byte, 0 for "".
const fn first_byte(word: &str) -> u8 {
    match word.as_bytes() {
        [b, ..] => *b,
        [] => 0,
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
        assert_key(bytes);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A `Sorted` list answers as a linear scan of its words does, for its own words in any
    /// case, their neighbours, and words outside the letters.
    #[test]
    fn sorted_lists_answer_as_a_linear_scan() {
        const WORDS: &[&str] = &[
            "the", "", "'s", "-", "1st", "about", "and", "a", "by", "bz", "c", "may", "mr", "ms", "why", "zoo", "zz",
            "{", "é", "éa", "above", "b",
        ];
        const LIST: &Sorted = &Sorted::new(&sorted::<{ WORDS.len() }>(WORDS));
        let mut probes: Vec<String> = Vec::new();
        for w in WORDS.iter().chain(&["after", "zzz", "0", "~", "A", "ABOVE", "Mr", "é"]) {
            probes.extend([w.to_string(), w.to_ascii_uppercase(), format!("{w}x"), format!("x{w}")]);
            probes.push(w.get(..w.len().saturating_sub(1)).unwrap_or("").to_string());
        }
        for p in &probes {
            assert_eq!(contains(LIST, p), contains(WORDS, p), "{p:?}");
        }
        // A table: the first entry with a key wins, as in a linear scan.
        const ENTRIES: &[(&str, u8)] =
            &[("may", 0), ("", 1), ("a", 2), ("may", 3), ("zz", 4), ("é", 5), ("{", 6), ("b", 7), ("1", 8), ("a", 9)];
        const TABLE: &SortedTable<u8> = &SortedTable::new(ENTRIES, &order::<{ ENTRIES.len() }, u8>(ENTRIES));
        for p in probes.iter().map(String::as_str).chain(ENTRIES.iter().map(|e| e.0)) {
            assert_eq!(lookup(TABLE, p), lookup(ENTRIES, p), "{p:?}");
        }
    }
}
