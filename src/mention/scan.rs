//! The one pass over the text: where might a figure start?
//!
//! A figure starts at an ASCII digit, at a "." before a digit (".5"), at a number word
//! from the lexicon standing as a whole ASCII word ("seventeen", "Thirty" in
//! "Thirty-five", not "one" in "someone"), or at a vulgar fraction ("½"). Everything else
//! about a figure — the non-ASCII around it (currency signs, minus signs, no-break spaces),
//! its scale, unit and noun — is read by [`super::context`] looking outward from the start.
//!
//! This used to be one regex (`regex` crate):
//!
//! ```text
//! (?i-u)[0-9]|\.[0-9]|\b(?:WORDS)\b|(?-i:(?u:[VULGAR]))
//! ```
//!
//! with WORDS the number words longest first. Only the *start* of each match was ever used,
//! and the crate cost 92 KB of the wasm module in brotli (its parser and NFA compiler run
//! once; BENCHMARKS.md, "wasm size"), so the same question is answered here by a byte loop.
//! The regex stays as the test oracle (`tests::oracle_*` build it exactly as it was and
//! compare `next_start` at every position of every corpus article and of generated text).

use std::sync::OnceLock;

use crate::lexicon::numbers;

/// Every word a figure may start with: the number words, scales, collectives, words that
/// start a fraction, and ordinals (the regex's WORDS).
fn number_words() -> impl Iterator<Item = &'static str> {
    let pairs = [numbers::SMALL, numbers::SCALES, numbers::COLLECTIVES, numbers::ORDINALS];
    pairs.into_iter().flatten().map(|(w, _)| *w).chain(numbers::FRACTION_STARTERS.iter().copied())
}

/// The number words grouped by their first letter (lower-cased): `words[first[c]..first[c + 1]]`
/// are those starting with the letter `b'a' + c`. Built once, in a pass per letter (no sort).
struct Words {
    words: Vec<&'static str>,
    first: [usize; 27],
    longest: usize,
}

fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words = Vec::new();
        let mut first = [0; 27];
        for (c, letter) in (b'a'..=b'z').enumerate() {
            first[c] = words.len();
            words.extend(number_words().filter(|w| w.as_bytes()[0].eq_ignore_ascii_case(&letter)));
        }
        first[26] = words.len();
        let longest = words.iter().map(|w| w.len()).max().unwrap_or(0);
        Words { words, first, longest }
    })
}

/// Whether `run`, a whole run of ASCII letters, is a number word (any ASCII case).
fn is_number_word(run: &[u8]) -> bool {
    let table = words();
    if run.is_empty() || run.len() > table.longest {
        return false;
    }
    let c = usize::from(run[0].to_ascii_lowercase().wrapping_sub(b'a'));
    if c >= 26 {
        return false;
    }
    table.words[table.first[c]..table.first[c + 1]].iter().any(|w| w.as_bytes().eq_ignore_ascii_case(run))
}

/// A byte of a word in the sense of the regex's ASCII `\b`: `[0-9A-Za-z_]`.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The byte offset of the next place at or after `from` where a figure may start.
///
/// Exactly the start of the old regex's leftmost match from `from` (`Regex::find_at`, which
/// sees the text before `from` for `\b`), because a match can start at `p` in just four ways:
///
/// 1. `[0-9]`: the byte at `p` is an ASCII digit;
/// 2. `\.[0-9]`: a "." at `p` and a digit after it;
/// 3. `\b(?:WORDS)\b`: every number word is ASCII letters only (tested), so the two `\b`
///    mean that `p` starts a maximal run of word bytes `[0-9A-Za-z_]` (the byte before is
///    not one, or `p` is 0) and that the whole run is the word, in any ASCII case
///    (`(?i-u)`: ASCII case folding only). Longest-first in the alternation only chose the
///    match's end, never its start;
/// 4. the vulgar fraction class (case-sensitive; whole UTF-8 characters, so only at a
///    character's first byte).
///
/// The loop tries each position in order and returns the first where one holds. Inside a
/// run of word bytes only (1) can hold past the run's first byte (the byte before is a word
/// byte, so no `\b`; "." and non-ASCII are not word bytes), so a run whose start is not a
/// number word is passed over to its first digit, or its end, in one step. Each byte is
/// looked at a bounded number of times (at most twice in a run, once elsewhere; the word
/// lookup reads a run only when it is no longer than the longest number word): linear.
pub fn next_start(text: &str, from: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = from;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_digit() {
            return Some(i);
        }
        if is_word_byte(c) {
            let end = i + b[i..].iter().take_while(|&&x| is_word_byte(x)).count();
            let at_boundary = i == 0 || !is_word_byte(b[i - 1]);
            if at_boundary && is_number_word(&b[i..end]) {
                return Some(i);
            }
            match b[i + 1..end].iter().position(u8::is_ascii_digit) {
                Some(k) => return Some(i + 1 + k),
                None => i = end,
            }
            continue;
        }
        if c == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            return Some(i);
        }
        // A vulgar fraction's first byte is a UTF-8 lead byte (0xC0 and above).
        if c >= 0xC0 && text.get(i..).and_then(|t| t.chars().next()).is_some_and(is_vulgar) {
            return Some(i);
        }
        i += 1;
    }
    None
}

fn is_vulgar(c: char) -> bool {
    numbers::VULGAR.iter().any(|(v, _)| *v == c)
}

/// Where to look next when nothing could be read at `start`: past the whole run of digits
/// or the word, so that a refused 500-digit identifier is skipped in one step.
pub fn skip(text: &str, start: usize) -> usize {
    let rest = &text.as_bytes()[start..];
    let len =
        rest.iter().position(|b| !(b.is_ascii_alphanumeric() || *b == b',' || *b == b'.')).unwrap_or(rest.len()).max(1);
    let mut end = start + len;
    while !text.is_char_boundary(end) {
        end += 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_digits_and_words_but_not_parts_of_words() {
        assert_eq!(next_start("over 1,200", 0), Some(5));
        assert_eq!(next_start("Thirty-five", 0), Some(0));
        assert_eq!(next_start("Thirty-five", 1), Some(7));
        assert_eq!(next_start("someone tone", 0), None);
        assert_eq!(next_start("A380 and .5", 0), Some(1));
        assert_eq!(next_start("A380 and .5", 4), Some(9));
        assert_eq!(next_start("about ½ of it", 0), Some(6));
        assert_eq!(next_start("SEVENTEEN_ seventeen", 0), Some(11));
    }

    /// What makes `\b(?:WORDS)\b` a whole-run comparison (see [`next_start`]).
    #[test]
    fn number_words_are_ascii_letters() {
        for w in number_words() {
            assert!(!w.is_empty() && w.bytes().all(|b| b.is_ascii_alphabetic()), "{w:?}");
        }
        assert_eq!(words().words.len(), number_words().count());
    }
}

/// The oracle: the regex the scanner replaced, built exactly as it was, against the scanner at
/// every byte offset of every corpus article and of generated text.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod oracle {
    use proptest::prelude::*;
    use regex::Regex;

    use super::*;

    /// The pattern as `scan.rs` built it before the byte loop (git history: `fn scanner`).
    fn old_scanner() -> &'static Regex {
        static SCANNER: OnceLock<Regex> = OnceLock::new();
        SCANNER.get_or_init(|| {
            let mut words: Vec<&str> = numbers::SMALL.iter().map(|(w, _)| *w).collect();
            words.extend(numbers::SCALES.iter().map(|(w, _)| *w));
            words.extend(numbers::COLLECTIVES.iter().map(|(w, _)| *w));
            words.extend(numbers::FRACTION_STARTERS.iter().copied());
            words.extend(numbers::ORDINALS.iter().map(|(w, _)| *w));
            words.sort_unstable();
            words.dedup();
            // Longest first, so that "seventeen" is not read as "seven".
            words.sort_by_key(|w| std::cmp::Reverse(w.len()));
            let vulgar: String = numbers::VULGAR.iter().map(|(c, _)| *c).collect();
            let pattern = format!(r"(?i-u)[0-9]|\.[0-9]|\b(?:{})\b|(?-i:(?u:[{vulgar}]))", words.join("|"));
            Regex::new(&pattern).expect("the scanner pattern is valid")
        })
    }

    /// Compares the two at every byte offset (char boundaries or not) and returns how many
    /// starts the text has.
    fn agree(text: &str) -> Result<usize, String> {
        let re = old_scanner();
        let mut starts = 0;
        for from in 0..=text.len() {
            let want = re.find_at(text, from).map(|m| m.start());
            let got = next_start(text, from);
            if got != want {
                let near: String =
                    text.char_indices().skip_while(|(i, _)| i + 40 < from).take(100).map(|(_, c)| c).collect();
                return Err(format!("at {from}: scanner {got:?}, regex {want:?} near {near:?}"));
            }
            starts += usize::from(want == Some(from));
        }
        Ok(starts)
    }

    #[test]
    fn agrees_with_the_regex_on_every_corpus_article() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/articles");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        assert_eq!(files.len(), 500, "the corpus has 500 articles");
        let mut starts = 0;
        for path in &files {
            let text = std::fs::read_to_string(path).unwrap();
            starts += agree(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        }
        assert!(starts > 10_000, "{starts} starts: the comparison saw figures");
    }

    /// Pieces of generated text: digits, number words in mixed case, words that contain
    /// number words, joiners and punctuation, and the non-ASCII found around figures.
    fn piece() -> impl Strategy<Value = String> {
        let fixed = prop::sample::select(vec![
            "0",
            "7",
            "12",
            "1,200",
            "3.5",
            ".5",
            "5.",
            "..",
            "1.2.3",
            "A380",
            "x1",
            "1x",
            "_9",
            "9_",
            "someone",
            "tone",
            "often",
            "Thirty-five",
            "seventeen",
            "seventeenth",
            "SEVENTEEN",
            "sevens",
            "eighteens",
            "firstly",
            "thirds",
            "halves",
            "dozens",
            "Dozs",
            "dzs",
            "lakhs",
            "billionth",
            "hundred_",
            "_one",
            "one_",
            "k",
            "m",
            "bn",
            "a",
            "an",
            "and",
            "point",
            " ",
            " ",
            " ",
            "  ",
            "\n",
            "\t",
            "-",
            "–",
            "—",
            ",",
            ".",
            ":",
            ";",
            "'",
            "’",
            "\"",
            "(",
            ")",
            "/",
            "%",
            "$",
            "£",
            "€",
            "¥",
            "\u{a0}",
            "\u{2009}",
            "\u{202f}",
            "½",
            "¼",
            "¾",
            "⅓",
            "⅞",
            "⅟",
            "é",
            "É",
            "ß",
            "İ",
            "\u{212a}",
            "ſ",
            "ﬁ",
            "٣",
            "１",
            "²",
        ])
        .prop_map(str::to_string);
        // A number word with each letter's case chosen by the bits of `mask`.
        let words: Vec<&'static str> = number_words().collect();
        let word = (prop::sample::select(words), any::<u32>()).prop_map(|(w, mask)| {
            w.chars()
                .enumerate()
                .map(|(i, c)| if mask >> (i % 32) & 1 == 1 { c.to_ascii_uppercase() } else { c })
                .collect::<String>()
        });
        prop_oneof![4 => fixed, 3 => word, 1 => any::<char>().prop_map(String::from), 1 => "[a-z0-9_.]{1,6}"]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        #[test]
        fn agrees_with_the_regex_on_generated_text(pieces in prop::collection::vec(piece(), 0..40)) {
            let text = pieces.concat();
            if let Err(e) = agree(&text) {
                return Err(TestCaseError::fail(e));
            }
        }
    }
}
