//! Written numbers: "thirty-five", "three hundred and twenty", "a dozen", "two million".

use crate::lexicon::{self, numbers};

use super::words::{next_word, prev_word, Word};

/// A number written in words, and the bytes it covers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Written {
    pub value: f64,
    pub start: usize,
    pub end: usize,
}

fn small(word: &str) -> Option<f64> {
    lexicon::lookup(numbers::SMALL, word)
}

fn scale(word: &str) -> Option<f64> {
    lexicon::lookup(numbers::SCALES, word).or_else(|| lexicon::lookup(numbers::COLLECTIVES, word))
}

/// The parts of a hyphenated word ("thirty-five" → ["thirty", "five"]).
fn parts(word: &str) -> impl Iterator<Item = &str> {
    word.split('-')
}

fn is_number_word(word: &str) -> bool {
    parts(word).all(|p| small(p).is_some() || scale(p).is_some())
}

/// Reads the written number starting with `first` (already known to be a number word) and
/// as many following number words as belong to it. "a" before "dozen", "hundred" or a
/// larger scale counts as one ("a hundred people").
pub fn read<'t>(text: &'t str, first: Word<'t>) -> Option<Written> {
    // "ten-year", "thirty-five-year-old": the number is the leading parts of the word.
    let (first, whole_word) = if is_number_word(first.text) {
        (first, true)
    } else {
        let lead: usize = first.text.split('-').take_while(|p| is_number_word(p)).map(|p| p.len() + 1).sum();
        if lead == 0 {
            return None;
        }
        let end = first.start + lead - 1;
        (Word { text: &text[first.start..end], start: first.start, end }, false)
    };
    let mut start = first.start;
    let mut total = 0.0;
    let mut group = 0.0;
    let mut last_small: Option<f64> = None;
    let mut end = first.start;
    let mut word = Some(first);
    while let Some(w) = word {
        if !is_number_word(w.text) {
            break;
        }
        for part in parts(w.text) {
            if let Some(v) = small(part) {
                // "thirty five" continues; "five thirty" or "ten eleven" does not.
                if let Some(prev) = last_small {
                    if !(prev >= 20.0 && prev % 10.0 == 0.0 && v < 10.0) {
                        return finish(total + group, start, end);
                    }
                }
                group += v;
                last_small = Some(v);
            } else if let Some(s) = scale(part) {
                if s == 100.0 {
                    group = group.max(1.0) * 100.0;
                } else if s == 12.0 {
                    group = group.max(1.0) * 12.0;
                } else {
                    total += group.max(1.0) * s;
                    group = 0.0;
                }
                last_small = None;
            }
        }
        end = w.end;
        if !whole_word {
            break;
        }
        word = next_word(text, w.end);
        // "three hundred and twenty": "and" continues only after a scale, before a small.
        if let Some(and) = word.filter(|n| n.is("and")) {
            let after = next_word(text, and.end);
            if last_small.is_none() && after.is_some_and(|a| parts(a.text).all(|p| small(p).is_some())) {
                word = after;
            }
        }
    }
    // "a dozen", "a hundred", "a million": the article is the count.
    if small(first.text).is_none() {
        if let Some(a) = prev_word(text, first.start).filter(|w| w.is("a")) {
            start = a.start;
        } else if first.text.eq_ignore_ascii_case("hundred") || first.text.eq_ignore_ascii_case("thousand") {
            // "hundreds", "thousand" alone are not figures.
            return None;
        }
    }
    finish(total + group, start, end)
}

fn finish(value: f64, start: usize, end: usize) -> Option<Written> {
    (end > start).then_some(Written { value, start, end })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> Option<f64> {
        let first = next_word(text, 0)?;
        read(text, first).map(|w| w.value)
    }

    #[test]
    fn reads_compounds() {
        assert_eq!(value("thirty-five diplomats"), Some(35.0));
        assert_eq!(value("thirty five"), Some(35.0));
        assert_eq!(value("three hundred and twenty people"), Some(320.0));
        assert_eq!(value("two million"), Some(2e6));
        assert_eq!(value("twelve hundred"), Some(1200.0));
    }

    #[test]
    fn reads_the_number_inside_a_compound() {
        let text = "a ten-year span";
        let w = read(text, next_word(text, 2).unwrap()).unwrap();
        assert_eq!((w.value, &text[w.start..w.end]), (10.0, "ten"));
    }

    #[test]
    fn does_not_glue_separate_numbers() {
        assert_eq!(value("five ten"), Some(5.0));
        assert_eq!(value("one and two"), Some(1.0));
    }

    #[test]
    fn takes_the_article_of_a_dozen() {
        let text = "about a dozen people";
        let first = next_word(text, 7).unwrap();
        let w = read(text, first).unwrap();
        assert_eq!((w.value, &text[w.start..w.end]), (12.0, "a dozen"));
    }
}
