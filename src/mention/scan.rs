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
//! The regex stays as the test oracle (the `oracle` tests build it exactly as it was and
//! compare `next_start` at every byte offset of every corpus article and of generated text).

use crate::lexicon::numbers;
use crate::text::Ends as _;

/// Every word a figure may start with: the number words, scales, collectives, words that
/// start a fraction, and ordinals (the regex's WORDS).
fn number_words() -> impl Iterator<Item = &'static str> {
    let pairs = [numbers::SMALL, numbers::SCALES, numbers::COLLECTIVES, numbers::ORDINALS];
    pairs.into_iter().flatten().map(|(w, _)| *w).chain(numbers::FRACTION_STARTERS.iter().copied())
}

/// Number words are at most this long (the longest is "seventeenth", 11; a longer one stops
/// the build: its filter index would be out of bounds).
const LONGEST: usize = 15;

/// `FILTER[len * 26 + f]` has bit `l` set when some number word of `len` bytes starts with
/// letter `f` and ends with letter `l` (0 to 25, either case): most words of the text are
/// refused by that alone, without comparing strings. Built at compile time from the lexicon;
/// a number word that is not ASCII letters stops the build.
const FILTER: [u32; (LONGEST + 1) * 26] = {
    let mut filter = add(&[0; (LONGEST + 1) * 26], numbers::FRACTION_STARTERS);
    let pairs = [numbers::SMALL, numbers::SCALES, numbers::COLLECTIVES, numbers::ORDINALS];
    let mut p = 0;
    while p < pairs.len() {
        let mut i = 0;
        while i < pairs[p].len() {
            filter = add(&filter, &[pairs[p][i].0]);
            i += 1;
        }
        p += 1;
    }
    filter
};

const fn add(filter: &[u32; (LONGEST + 1) * 26], words: &[&str]) -> [u32; (LONGEST + 1) * 26] {
    let mut filter = *filter;
    let mut i = 0;
    while i < words.len() {
        let w = words[i].as_bytes();
        let mut j = 0;
        while j < w.len() {
            assert!(w[j].is_ascii_alphabetic(), "number words are ASCII letters");
            j += 1;
        }
        filter[w.len() * 26 + letter_index(w[0])] |= 1 << letter_index(w[w.len() - 1]);
        i += 1;
    }
    filter
}

/// 0 to 25 for an ASCII letter of either case; other bytes give numbers above 25.
const fn letter_index(b: u8) -> usize {
    (b | 0x20).wrapping_sub(b'a') as usize
}

/// Whether `run`, a whole run of ASCII letters and `_`, is a number word (any ASCII case).
fn is_number_word(run: &[u8]) -> bool {
    let (Some(&f), Some(&l)) = (run.first(), run.last()) else { return false };
    let (f, l) = (letter_index(f), letter_index(l));
    if run.len() > LONGEST || f >= 26 || l >= 26 || FILTER[run.len() * 26 + f] >> l & 1 == 0 {
        return false;
    }
    number_words().any(|w| w.as_bytes().eq_ignore_ascii_case(run))
}

/// What each byte may be to the scanner.
const OTHER: u8 = 0;
const DIGIT: u8 = 1;
/// An ASCII letter or `_`: with the digits, the word bytes of the regex's ASCII `\b`.
const LETTER: u8 = 2;
const DOT: u8 = 3;
/// The first byte of a character of two or more bytes (a vulgar fraction's first byte is one).
const LEAD: u8 = 4;

const CLASS: [u8; 256] = {
    let mut class = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        class[b] = match b as u8 {
            b'0'..=b'9' => DIGIT,
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => LETTER,
            b'.' => DOT,
            0xC0..=0xFF => LEAD,
            _ => OTHER,
        };
        b += 1;
    }
    class
};

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
/// The loop tries the positions in order and returns the first where one holds. In a run of
/// word bytes only (1) can hold past the run's first byte (the byte before is a word byte, so
/// no `\b`; "." and non-ASCII are not word bytes), and a run with a digit in it is no number
/// word; so a run of letters is read once to its end or its first digit, and is a start only
/// when it ends there and is a number word. Every byte is read once, plus the bounded word
/// lookup at the end of a run: linear.
pub fn next_start(text: &str, from: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = from;
    while i < b.len() {
        match CLASS[usize::from(b[i])] {
            DIGIT => return Some(i),
            LETTER => {
                let start = i;
                i += 1;
                while i < b.len() && CLASS[usize::from(b[i])] == LETTER {
                    i += 1;
                }
                if i < b.len() && CLASS[usize::from(b[i])] == DIGIT {
                    return Some(i);
                }
                let at_boundary = start == 0 || !is_word_byte(b[start - 1]);
                if at_boundary && is_number_word(&b[start..i]) {
                    return Some(start);
                }
            }
            DOT if b.get(i + 1).is_some_and(u8::is_ascii_digit) => return Some(i),
            LEAD if text.get(i..).and_then(|t| t.first_char()).is_some_and(is_vulgar) => return Some(i),
            _ => {
                // Spaces and punctuation, most of the text between words: pass them in a tight loop.
                i += 1;
                while i < b.len() && CLASS[usize::from(b[i])] == OTHER {
                    i += 1;
                }
            }
        }
    }
    None
}

/// A byte of a word in the sense of the regex's ASCII `\b`: `[0-9A-Za-z_]`.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
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
        assert!(number_words().all(|w| is_number_word(w.as_bytes()) && is_number_word(w.to_uppercase().as_bytes())));
    }
}

/// The oracle: the regex the scanner replaced, built exactly as it was, against the scanner at
/// every byte offset of every corpus article and of generated text.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod oracle {
    use std::sync::OnceLock;

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
