//! Written numbers: "thirty-five", "three hundred and twenty", "a dozen", "two million".

use crate::lexicon::{self, numbers};
use crate::text::Slice;

use super::words::{next_word, prev_word, Word};
use crate::text::Lower as _;

/// A number written in words, and the bytes it covers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Written {
    pub value: f64,
    pub start: usize,
    pub end: usize,
}

// One copy, not one inlined at each of its 11 callers: smaller wasm.
#[inline(never)]
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

/// The denominator a word names: "thirds" → 3, "twenty-first" → 21.
fn denominator(word: &str) -> Option<f64> {
    if let Some(d) = lexicon::lookup(numbers::DENOMINATORS, word) {
        return Some(d);
    }
    // "twenty-first", "twenty-fifths": tens and an ordinal unit.
    let (tens, unit) = word.split_once('-')?;
    let tens = small(tens).filter(|t| *t >= 20.0 && t % 10.0 == 0.0)?;
    let unit = lexicon::lookup(numbers::DENOMINATORS, unit).filter(|u| *u < 10.0)?;
    Some(tens + unit)
}

/// The most words one written number may take. The longest ordinary one, "nine hundred
/// and ninety-nine thousand nine hundred and ninety-nine", takes ten. Without a bound,
/// "one hundred and one hundred and …" was read to its end from every word (issue 8).
const MAX_NUMBER_WORDS: usize = 16;

/// A whole number in words: "three hundred and twenty", "two million", "fifty - two".
struct Integer {
    value: f64,
    end: usize,
    /// The last scale word read ("million" in "two million"), if it ended the number.
    trailing_scale: Option<f64>,
}

/// Reads the whole number that starts with `first`; `whole_word` is false when `first` is
/// only the leading part of a compound ("ten" of "ten-year"), which ends the number.
fn read_integer(text: &str, first: Word<'_>, whole_word: bool) -> Integer {
    let mut total = 0.0;
    let mut group = 0.0;
    let mut last_small: Option<f64> = None;
    let mut trailing_scale = None;
    let mut end = first.start;
    let mut word = Some(first);
    let mut read = 0;
    'words: while let Some(w) = word {
        if !is_number_word(w.text) || read == MAX_NUMBER_WORDS {
            break;
        }
        read += 1;
        for part in parts(w.text) {
            if let Some(v) = small(part) {
                // "thirty five" continues; "five thirty" or "ten eleven" does not.
                if let Some(prev) = last_small {
                    if !(prev >= 20.0 && prev % 10.0 == 0.0 && v < 10.0) {
                        // "three-nought-four": when the first word already breaks, its
                        // leading parts are the number.
                        if end == first.start {
                            let lead = w.text.split('-').take_while(|p| *p != part).map(|p| p.len() + 1).sum::<usize>();
                            end = w.start + lead.saturating_sub(1);
                        }
                        break 'words;
                    }
                }
                group += v;
                last_small = Some(v);
                trailing_scale = None;
            } else if let Some(s) = scale(part) {
                if s == 100.0 || s == 12.0 {
                    group = group.max(1.0) * s;
                } else if group == 0.0 && total > 0.0 && trailing_scale.is_some_and(|t| t < s) {
                    // "three lakh crore", "a hundred thousand million": scales multiply.
                    total *= s;
                } else {
                    total += group.max(1.0) * s;
                    group = 0.0;
                }
                last_small = None;
                trailing_scale = Some(s);
            }
        }
        end = w.end;
        if !whole_word {
            break;
        }
        word = next_word(text, w.end);
        // "fifty - two": a spaced hyphen between tens and a unit.
        if word.is_none() && last_small.is_some_and(|p| p >= 20.0 && p % 10.0 == 0.0) {
            let rest = text.s(w.end..);
            let trimmed = rest.trim_start();
            if let Some(after) = trimmed.strip_prefix('-') {
                let at = w.end + (rest.len() - after.len());
                word = next_word(text, at).filter(|n| small(n.text).is_some_and(|v| v < 10.0));
            }
        }
        // "three hundred and twenty": "and" continues only after a scale, before a small.
        if let Some(and) = word.filter(|n| n.is("and")) {
            let after = next_word(text, and.end);
            let continues = last_small.is_none() && after.is_some_and(|a| parts(a.text).all(|p| small(p).is_some()));
            // "twenty and three fifths" is a mixed number (a proper fraction follows, read by
            // the caller); "one hundred and thirty-two fifths" is 132 fifths.
            let numerator = after.map(|a| parts(a.text).filter_map(small).sum::<f64>()).unwrap_or(0.0);
            let fraction_follows = after
                .and_then(|a| next_word(text, a.end))
                .and_then(|n| denominator(n.text))
                .is_some_and(|d| numerator < d);
            word = if continues && !fraction_follows { after } else { None };
        }
    }
    Integer { value: total + group, end, trailing_scale }
}

/// A fraction in words at `w`: "a half", "three quarters", "fifty-four hundredths", "one
/// fourth". Returns its value and end.
fn read_fraction(text: &str, w: Word<'_>) -> Option<(f64, usize)> {
    if w.is("a") || w.is("one") && next_word(text, w.end).is_some_and(|n| n.is("half")) {
        let d = next_word(text, w.end)?;
        return denominator(d.text).filter(|&d| d > 1.0).map(|den| (1.0 / den, d.end));
    }
    if w.is("half") {
        return Some((0.5, w.end));
    }
    if !is_number_word(w.text) {
        return None;
    }
    let numerator = read_integer(text, w, true);
    let d = next_word(text, numerator.end)?;
    denominator(d.text).filter(|&d| d > 1.0).map(|den| (numerator.value / den, d.end))
}

/// "and a half", "and three quarters" after `end`: the fraction's value and end.
pub fn and_fraction(text: &str, end: usize) -> Option<(f64, usize)> {
    let and = next_word(text, end).filter(|w| w.is("and"))?;
    let (value, e) = read_fraction(text, next_word(text, and.end)?)?;
    (value < 1.0).then_some((value, e))
}

/// Digits said one by one after "point": "zero three" → 0.03, "seventy-one" → 0.71.
fn read_decimals(text: &str, point: Word<'_>) -> Option<(f64, usize)> {
    let mut digits = String::new();
    let mut end = point.end;
    let mut word = next_word(text, point.end);
    while let Some(w) = word.filter(|_| digits.len() < MAX_NUMBER_WORDS) {
        let v = parts(w.text).map(small).collect::<Option<Vec<f64>>>();
        match v.as_deref() {
            Some([d]) if *d < 100.0 => digits.push_str(&crate::float::fixed(*d, 0)),
            Some([t, u]) if *t >= 20.0 && *u < 10.0 => digits.push_str(&crate::float::fixed(t + u, 0)),
            _ => break,
        }
        end = w.end;
        word = next_word(text, w.end);
    }
    if digits.is_empty() {
        return None;
    }
    super::decimal(&format!("0.{digits}")).map(|v| (v, end))
}

/// Reads the written number starting with `first` (a number word, a fraction word or
/// "half"), with everything that belongs to it: "a dozen", "two thirds", "one and a half",
/// "five and a half million", "two hundred point zero three", "half a dozen".
pub fn read<'t>(text: &'t str, first: Word<'t>) -> Option<Written> {
    let before = prev_word(text, first.start);
    // "half", "a third", "a quarter": fractions that start the figure.
    if small(first.text).is_none() && scale(first.text).is_none() && !first.text.contains('-') {
        let a = before.filter(|b| b.is("a"));
        let (value, end) = match (a, first.text.lower().as_str()) {
            (_, "half") => {
                // "half a dozen", "half a million", "half million".
                let mut end = first.end;
                let mut value = 0.5;
                let mut next = next_word(text, first.end);
                if next.is_some_and(|n| n.is("a")) {
                    next = next.and_then(|n| next_word(text, n.end));
                }
                if let Some(s) = next.and_then(|n| scale(n.text).map(|s| (s, n.end))) {
                    value *= s.0;
                    end = s.1;
                }
                (value, end)
            }
            (Some(_), word) => {
                // "a second" is a moment, not a half: "second" is a denominator only inside
                // compounds ("twenty-second").
                let den = denominator(word).filter(|&d| d > 1.0 && !word.starts_with("second"))?;
                let mut value = 1.0 / den;
                let mut end = first.end;
                // "a quarter million".
                if let Some(n) = next_word(text, first.end) {
                    if let Some(s) = scale(n.text).filter(|&s| s >= 1e3) {
                        value *= s;
                        end = n.end;
                    }
                }
                (value, end)
            }
            (None, "quarter") => {
                match next_word(text, first.end).and_then(|n| scale(n.text).filter(|&s| s >= 1e3).map(|s| (s, n.end))) {
                    Some((s, end)) => (0.25 * s, end),
                    None => return None,
                }
            }
            _ => return None,
        };
        let start = a.map_or(first.start, |a| a.start);
        return finish(value, start, end);
    }
    // "two-thirds", "three-quarters", "one-eighth": numerator and denominator in one word;
    // "a twenty-first": one over a compound denominator.
    if let Some((numerator, den)) = first.text.split_once('-') {
        let compound = denominator(first.text).filter(|_| before.is_some_and(|b| b.is("a")));
        let split = small(numerator).zip(lexicon::lookup(numbers::DENOMINATORS, den).filter(|&d| d > 1.0));
        if let Some(d) = compound {
            return finish(1.0 / d, before.map_or(first.start, |b| b.start), first.end);
        }
        if let Some((n, d)) = split {
            return finish(n / d, first.start, first.end);
        }
    }
    // "ten-year", "thirty-five-year-old": the number is the leading parts of the word.
    let (first, whole_word) = if is_number_word(first.text) {
        (first, true)
    } else {
        let lead: usize = first.text.split('-').take_while(|p| is_number_word(p)).map(|p| p.len() + 1).sum();
        if lead == 0 {
            return None;
        }
        let end = first.start + lead - 1;
        (Word { text: text.s(first.start..end), start: first.start, end }, false)
    };
    let mut start = first.start;
    let integer = read_integer(text, first, whole_word);
    let mut value = integer.value;
    let mut end = integer.end;
    // "a dozen", "a hundred", "a million": the article is the count.
    if small(first.text).is_none() {
        if let Some(a) = before.filter(|w| w.is("a")) {
            start = a.start;
        } else if (first.text.eq_ignore_ascii_case("hundred") || first.text.eq_ignore_ascii_case("thousand"))
            && end == first.end
        {
            // "hundred", "thousand" alone are not figures; "hundred thousand" is.
            return None;
        }
    }
    if whole_word {
        let mut next = next_word(text, end);
        // "one - fourth", "five - eighths": a spaced hyphen before the denominator.
        if next.is_none() {
            if let Some(after) = text.s(end..).trim_start().strip_prefix('-') {
                let at = text.len() - after.len();
                next = next_word(text, at).filter(|n| denominator(n.text).is_some_and(|d| d > 1.0));
            }
        }
        let first_is_small = small(first.text).is_some() || is_number_word(first.text);
        // A singular denominator takes a numerator of one ("one fifth", "a third"): "two
        // millionth" is an ordinal ("the two millionth visitor"), not a fraction.
        let agrees = |n: &Word<'_>| value <= 1.0 || n.text.ends_with('s') || n.is("half");
        if let Some(d) = next
            .filter(|n| first_is_small && agrees(n))
            .and_then(|n| denominator(n.text).filter(|&d| d > 1.0 || n.text.contains('-')).map(|d| (d, n.end)))
        {
            // "two thirds", "twenty-three fifths", "one twenty-fifth".
            value /= d.0;
            end = d.1;
            // "two thirds of a million", "three quarters billion".
            let after = next_word(text, end);
            let of_a = after.filter(|w| w.is("of")).and_then(|of| next_word(text, of.end)).filter(|w| w.is("a"));
            let scale_word = of_a.and_then(|a| next_word(text, a.end)).or(after);
            if let Some(s) = scale_word.and_then(|n| scale(n.text).filter(|&s| s >= 1e3).map(|s| (s, n.end))) {
                value *= s.0;
                end = s.1;
            }
        } else if let Some(point) = next.filter(|n| n.is("point")) {
            if let Some((decimals, e)) = read_decimals(text, point) {
                value += decimals;
                end = e;
            }
        } else if let Some(and) = next.filter(|n| n.is("and")) {
            // "one and a half", "five and a quarter", "three million and a half", "five and
            // a half million".
            if let Some((fraction, e)) = next_word(text, and.end).and_then(|w| read_fraction(text, w)) {
                end = e;
                let after = next_word(text, end).and_then(|n| scale(n.text).filter(|&s| s >= 1e3).map(|s| (s, n.end)));
                value = match after {
                    // "one billion and a half million": half a million more.
                    Some((s, e)) if integer.value >= s => {
                        end = e;
                        integer.value + fraction * s
                    }
                    // "five and a half million": the whole is scaled.
                    Some((s, e)) => {
                        end = e;
                        (integer.value + fraction) * s
                    }
                    // "three million and a half": a fraction of the last scale.
                    None => integer.value + fraction * integer.trailing_scale.filter(|&s| s >= 1e3).unwrap_or(1.0),
                };
            }
        }
    }
    finish(value, start, end)
}

// One copy, not one inlined at each of its 4 callers: smaller wasm.
#[inline(never)]
fn finish(value: f64, start: usize, end: usize) -> Option<Written> {
    (end > start && value.is_finite()).then_some(Written { value, start, end })
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
    fn reads_fractions_in_words() {
        for (text, expected) in [
            ("two thirds", 2.0 / 3.0),
            ("three quarters", 0.75),
            ("one and a half", 1.5),
            ("five and a quarter", 5.25),
            ("twenty-three fifths", 4.6),
            ("one twenty-fifth", 0.04),
            ("two and fifty-four hundredths", 2.54),
            ("three million and a half", 3.5e6),
            ("five and a half million", 5.5e6),
            ("one billion and a half million", 1.0005e9),
            ("two thirds of a million", 2e6 / 3.0),
            ("half a dozen", 6.0),
            ("half million", 5e5),
            ("fifty - two", 52.0),
            ("two hundred point zero three", 200.03),
            ("nine point nought four", 9.04),
            ("two-thirds", 2.0 / 3.0),
            ("three-quarters", 0.75),
            ("twenty and three fifths", 20.6),
            ("one hundred and thirty-two fifths", 26.4),
            ("three lakh crore", 3e12),
            ("hundred thousand", 1e5),
        ] {
            let got = value(text).unwrap_or(f64::NAN);
            assert!((got - expected).abs() < 1e-9 * expected.max(1.0), "{text}: {got}");
        }
    }

    #[test]
    fn fraction_words_need_a_count() {
        let text = "a third of voters";
        let w = read(text, next_word(text, 2).unwrap()).unwrap();
        assert_eq!((&text[w.start..w.end], (w.value * 3.0).round()), ("a third", 1.0));
        let text = "the third quarter";
        assert!(read(text, next_word(text, 4).unwrap()).is_none());
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
