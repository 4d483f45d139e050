//! Reading one figure outward from where the scanner found it.
//!
//! Left of the digits: a sign, a currency sign, a hedge. Right: thousands groups and
//! decimals ([`super::numeral`]), then a scale ("bn", " million"), a percent sign or word, a
//! currency word or unit, a second number ("98-2", "2013-14"), and the counted noun. The
//! kind follows from what was found, with the designator and date rules last.

use crate::lexicon::{self, cues, hedges, nouns, numbers, units};
use crate::span::ByteSpan;
use crate::text::Slice;
use crate::text::{ceil_char_boundary, floor_char_boundary, Segments};

use super::numeral::{self, Numeral};
use super::words::{self, next_word, prev_word, words_after, words_before, Word};
use super::written;
use super::{Kind, Mention, Qualifier};
use crate::text::Ends as _;
use crate::text::Lower as _;

/// Capitalised words that may stand before a count without making it a designator.
const COUNT_OPENERS: &[&str] = &[
    "the",
    "some",
    "about",
    "over",
    "nearly",
    "only",
    "just",
    "all",
    "another",
    "around",
    "almost",
    "and",
    "but",
    "of",
    "in",
    "at",
    "by",
    "with",
    "from",
    "for",
    "than",
    "to",
    "those",
    "these",
    "its",
    "their",
    "our",
    "his",
    "her",
    "up",
    "under",
    "more",
    "less",
    "fewer",
    "roughly",
    "approximately",
    "exactly",
    "since",
    "until",
    "after",
    "before",
    "between",
    "among",
    "estimated",
    "total",
    "nearly",
    "least",
    "than",
    "if",
    "when",
    "as",
    "now",
    "still",
    "even",
    "also",
    "while",
    "both",
    "each",
    "every",
    "per",
    "on",
    "into",
];

/// Reads the figure starting at `start` (a digit, a period before a digit, or a number word).
///
/// `floor` is where the previous figure ended: the left context (a currency or minus sign)
/// is never taken from before it, so mentions never overlap.
pub fn read_figure(text: &str, start: usize, floor: usize, segments: &Segments) -> Option<Mention> {
    let first = text.as_bytes()[start];
    let mut figure = if first.is_ascii_digit() || first == b'.' {
        read_digits(text, start, floor)?
    } else if first >= 0x80 {
        read_vulgar(text, start)?
    } else {
        read_words(text, start)?
    };
    one_in(text, &mut figure);
    between(text, &mut figure, segments);
    // "minus five", "negative one".
    // ("plus or minus 2.9 points" is a margin either way, not a negative figure.)
    let plus_or = |w: &Word<'_>| {
        prev_word(text, w.start)
            .is_some_and(|or| or.is("or") && prev_word(text, or.start).is_some_and(|p| p.is("plus")))
    };
    if let Some(word) = prev_word(text, figure.span.start)
        .filter(|w| w.start >= floor && lexicon::contains(numbers::NEGATORS, w.text) && !plus_or(w))
    {
        if figure.value.is_some_and(|v| v > 0.0)
            && matches!(figure.kind, Kind::Count | Kind::Fraction | Kind::Measure | Kind::Percent)
        {
            figure.value = figure.value.map(|v| -v);
            figure.span.start = word.start;
        }
    }
    figure.sentence = segments.sentence_at(figure.span.start);
    if matches!(figure.kind, Kind::Count | Kind::Money | Kind::Percent | Kind::Measure | Kind::Tally | Kind::Range) {
        figure.qualifier = read_hedge(text, figure.span.start);
    }
    if matches!(figure.kind, Kind::Count | Kind::Tally | Kind::Money) {
        figure.noun = read_noun(text, figure.span.end);
    }
    Some(figure)
}

/// The number standing at word `w`, and where it ends: a whole word of digits ("21",
/// "2.12") or a number in words starting there ("forty-five", "two hundred"). For the
/// readers that extend a figure with a second number: "3 hundred and 21", "one in five",
/// "3 dollars 50 cents".
fn number_at(text: &str, w: Word<'_>) -> Option<(f64, usize)> {
    if w.text.as_bytes()[0].is_ascii_digit() {
        numeral::parse(w.text).filter(|n| n.len == w.text.len()).map(|n| (n.value, w.end))
    } else {
        written::read(text, w).map(|r| (r.value, r.end))
    }
}

/// The rest of "4 thousand 3 hundred and 21" after "4 thousand": smaller groups, each a
/// number (digits or words) with a smaller scale, or a last number under the scale after
/// "and". Only after "hundred" and "thousand" written with digits, and never for money,
/// where "£3 thousand and 2,000 jobs" would otherwise be read as one sum.
fn compose(text: &str, mut end: usize, mut last_scale: f64) -> (f64, usize) {
    let mut extra = 0.0;
    while let Some(mut w) = next_word(text, end) {
        let and = w.is("and");
        if and {
            match next_word(text, w.end) {
                Some(n) => w = n,
                None => break,
            }
        }
        let Some((n, n_end)) = number_at(text, w) else { break };
        match next_word(text, n_end).and_then(|s| lexicon::lookup(numbers::SCALES, s.text).map(|v| (v, s.end))) {
            Some((s, s_end)) if s < last_scale => {
                extra += n * s;
                end = s_end;
                last_scale = s;
            }
            Some(_) => break, // "3 hundred and 2 hundred": two figures
            // "and 0" adds nothing: "4 thousand 3 hundred and 0" is two figures.
            None if n > 0.0 && n < last_scale && (and || last_scale > 100.0) => {
                extra += n;
                end = n_end;
                break;
            }
            None => break,
        }
    }
    (extra, end)
}

/// "between 10 and 15", "between 5% and 6%": one range. Years are left as two figures, for
/// the age-year check's "between 2001 and 2010".
fn between(text: &str, m: &mut Mention, segments: &Segments) {
    if !matches!(m.kind, Kind::Count | Kind::Percent | Kind::Money | Kind::Measure) || m.value.is_none() {
        return;
    }
    if !prev_word(text, m.span.start).is_some_and(|w| w.is("between")) {
        return;
    }
    let Some(and) = next_word(text, m.span.end).filter(|w| w.is("and")) else { return };
    let Some(start) = super::scan::next_start(text, and.end) else { return };
    if next_word(text, and.end).is_none_or(|w| w.start != start) {
        return;
    }
    let Some(second) = read_figure(text, start, and.end, segments) else { return };
    let same_unit = second.unit == m.unit || m.unit.is_none();
    if !(second.kind == m.kind || m.kind == Kind::Count) || !same_unit || second.value.is_none() {
        return;
    }
    m.values = vec![m.value.unwrap_or(0.0), second.value.unwrap_or(0.0)];
    m.unit = second.unit.or(m.unit);
    m.span.end = second.span.end;
    m.kind = Kind::Range;
}

/// Units of time after "N in M" that make it a rate over time ("5 in 10 years"), not a
/// fraction.
const TIME_WORDS: &[&str] = &["years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "minutes"];

/// "one in five", "1 in twenty-one": a fraction, read as one figure (N/M).
fn one_in(text: &str, m: &mut Mention) {
    let Some(n) = m.value.filter(|v| m.kind == Kind::Count && *v >= 1.0 && *v <= 100.0 && v.fract() == 0.0) else {
        return;
    };
    let Some(word) = next_word(text, m.span.end).filter(|w| w.is("in")) else { return };
    let Some(next) = next_word(text, word.end) else { return };
    let Some((d, end)) = number_at(text, next).filter(|(d, _)| d.fract() == 0.0 && *d > n && *d < 1000.0) else {
        return;
    };
    if next_word(text, end).is_some_and(|w| lexicon::contains(TIME_WORDS, w.text)) {
        return;
    }
    m.value = Some(n / d);
    m.span.end = end;
    m.kind = Kind::Fraction;
}

/// Whether "pounds" after `m` are weight: a weighing word a few words before, or "of"
/// after ("10 pounds of flour").
fn weight_context(text: &str, m: &Mention) -> bool {
    let before = words_before(text, m.span.start, 4).iter().any(|w| lexicon::contains(units::WEIGHT_CUES, w.text));
    let of = words_after(text, m.span.end, 2).get(1).is_some_and(|w| w.is("of"));
    before || of
}

/// Whether "points" after `m` are percentage points: a percentage nearby in the text and no
/// market index ("the FTSE fell 20 points").
fn percent_context(text: &str, m: &Mention) -> bool {
    let from = floor_char_boundary(text, m.span.start.saturating_sub(80));
    let to = ceil_char_boundary(text, (m.span.end + 80).min(text.len()));
    let near = text.s(from..to);
    let lower = near.lower();
    (near.contains('%') || crate::text::has(&lower, "percent") || crate::text::has(&lower, "per cent"))
        && !["index", "ftse", "dow", "nasdaq", "nikkei", "dax", "cac", "s&p"]
            .iter()
            .any(|i| crate::text::has(&lower, i))
}

/// After "75 USD" or "3 dollars": a scale ("75 USD million") or the minor units ("3 dollars
/// 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50.").
fn money_tail(text: &str, m: &mut Mention) {
    let Some(next) = next_word(text, m.span.end) else { return };
    if let Some(s) = lexicon::lookup(numbers::SCALES, next.text).filter(|&s| s >= 1e3) {
        m.value = m.value.map(|v| v * s);
        m.round_unit *= s;
        m.span.end = next.end;
        return;
    }
    let amount = if next.is("and") { next_word(text, next.end) } else { Some(next) };
    let Some(w) = amount else { return };
    let Some((cents, end)) = number_at(text, w).filter(|(c, _)| c.fract() == 0.0 && *c >= 1.0 && *c < 100.0) else {
        return;
    };
    let (named, end) = match next_word(text, end).filter(|u| lexicon::contains(units::MINOR_UNITS, u.text)) {
        Some(u) => (true, u.end),
        None => (false, end),
    };
    // Without "cents" the amount must end the clause: "15 dollars 50." but not "15
    // dollars and 50 people".
    let ends_clause = next_word(text, end).is_none_or(|w| w.is("more") || w.is("each"));
    if named || ends_clause {
        m.value = m.value.map(|v| v + cents / 100.0);
        m.span.end = end;
        m.round_unit = 0.01;
    }
}

/// After "5 feet" or "12 ft": the inches ("5 feet 2 inches", "12 ft 2 in").
fn imperial_tail(text: &str, m: &mut Mention) {
    let Some(next) = next_word(text, m.span.end) else { return };
    // "6ft 4in": the inches glued to their figure.
    if let Some(digits) =
        next.text.strip_suffix("in").filter(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
    {
        if let Some(n) = numeral::parse(digits).filter(|n| n.len == digits.len() && n.value < 12.0) {
            m.value = m.value.map(|v| v + n.value / 12.0);
            m.span.end = next.end;
            m.round_unit = 1.0 / 12.0;
        }
        return;
    }
    let w = if next.is("and") { next_word(text, next.end) } else { Some(next) };
    let Some(w) = w.filter(|w| w.text.as_bytes()[0].is_ascii_digit()) else { return };
    let Some(n) = numeral::parse(w.text).filter(|n| n.len == w.text.len() && n.value < 12.0) else { return };
    if let Some(unit) = next_word(text, w.end).filter(|u| u.is("in") || u.is("inches") || u.is("inch")) {
        m.value = m.value.map(|v| v + n.value / 12.0);
        m.span.end = unit.end;
    }
}

/// The longest phone number read, in bytes ("+44 (0) 20 7946 0018 ext" is 24).
const MAX_PHONE_LEN: usize = 24;

/// The length of a phone number starting at `start`, if one does: a leading "+" or "0" (or a
/// "ddd-ddd-dddd" shape), then at least nine digits in three or more groups separated by
/// spaces, hyphens, dots or brackets.
fn phone_number(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = start;
    let plus = bytes.get(i) == Some(&b'+');
    if plus {
        i += 1;
    }
    let (mut digits, mut groups, mut in_group, mut last_digit) = (0, 0, false, i);
    // A phone number is short: looking further would make runs of numbers quadratic.
    let limit = bytes.len().min(start + MAX_PHONE_LEN);
    while i < limit {
        match bytes[i] {
            b'0'..=b'9' => {
                digits += 1;
                if !in_group {
                    groups += 1;
                    in_group = true;
                }
                last_digit = i + 1;
            }
            b' ' | b'-' | b'.' | b'(' | b')' => {
                in_group = false;
                if bytes.get(i + 1).is_none_or(|b| !(b.is_ascii_digit() || *b == b'(')) {
                    break;
                }
            }
            _ => break,
        }
        i += 1;
    }
    let shaped = text.s(start..last_digit).split('-').map(str::len).collect::<Vec<_>>() == [3, 3, 4];
    let leading = plus || bytes.get(start) == Some(&b'0') || shaped;
    (digits >= 9 && groups >= 3 && leading && !crate::text::has(text.s(start..last_digit), ". "))
        .then(|| last_digit - start)
}

/// "½", "¾": a vulgar fraction standing alone.
fn read_vulgar(text: &str, start: usize) -> Option<Mention> {
    let c = text.s(start..).first_char()?;
    let value = numbers::VULGAR.iter().find(|(v, _)| *v == c)?.1;
    Some(blank(ByteSpan::new(start, start + c.len_utf8()), value, Kind::Fraction, 1.0))
}

/// "3/4", "2 1/4", "1½": a fraction after the whole number read so far (`end`). Returns the
/// fraction's value and where it ends.
fn read_digit_fraction(text: &str, end: usize, num: &Numeral) -> Option<(f64, usize)> {
    if num.decimals > 0 || num.grouped {
        return None;
    }
    let rest = text.s(end..);
    if let Some(c) = rest.first_char() {
        if let Some((_, v)) = numbers::VULGAR.iter().find(|(v, _)| *v == c) {
            return Some((num.value + v, end + c.len_utf8())); // "1½"
        }
    }
    let simple = |s: &str, at: usize| -> Option<(f64, f64, usize)> {
        let n = s.bytes().take_while(u8::is_ascii_digit).count();
        let slash = s.s(n..).strip_prefix('/')?;
        let d = slash.bytes().take_while(u8::is_ascii_digit).count();
        let after = slash.s(d..).first_char();
        if n == 0 || n > 3 || d == 0 || d > 3 || after.is_some_and(|c| c.is_alphanumeric() || c == '/') {
            return None;
        }
        let (a, b) = (numeral::decimal(s.s(..n))?, numeral::decimal(slash.s(..d))?);
        (b > 0.0).then_some((a, b, at + n + 1 + d))
    };
    if num.int_digits <= 3 {
        // "3/4": the numerator is the number just read.
        if let Some(slash) = rest.strip_prefix('/') {
            let d = slash.bytes().take_while(u8::is_ascii_digit).count();
            let after = slash.s(d..).first_char();
            if (1..=3).contains(&d) && !after.is_some_and(|c| c.is_alphanumeric() || c == '/') {
                let b = numeral::decimal(slash.s(..d))?;
                return (b > 0.0).then_some((num.value / b, end + 1 + d));
            }
        }
    }
    // "2 1/4": a whole number, one space, a proper fraction.
    let spaced = rest.strip_prefix("  ").or_else(|| rest.strip_prefix(' '))?;
    let gap = rest.len() - spaced.len();
    let (a, b, e) = simple(spaced, end + gap)?;
    (a < b).then_some((num.value + a / b, e))
}

/// "1e10", "12.32e+14", "1.1^23", "1.3x10^6": the power of ten (or power) after a number.
fn read_exponent(text: &str, end: usize, value: f64) -> Option<(f64, usize)> {
    let rest = text.s(end..);
    let (base, exp_at) = if let Some(r) = rest.strip_prefix(['e', 'E']) {
        (10f64, rest.len() - r.len())
    } else if let Some(r) = rest.strip_prefix("x10^").or_else(|| rest.strip_prefix("×10^")) {
        (10f64, rest.len() - r.len())
    } else if let Some(r) = rest.strip_prefix('^') {
        (value, rest.len() - r.len())
    } else {
        return None;
    };
    let r = rest.s(exp_at..);
    let signs = r.bytes().take_while(|b| *b == b'+' || *b == b'-').count();
    let digits = r.s(signs..).bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 || signs > 2 || r.s(signs + digits..).starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let negative = r.s(..signs).bytes().filter(|b| *b == b'-').count() % 2 == 1;
    let exp: i32 = r.s(signs..signs + digits).parse().ok()?;
    let exp = if negative { -exp } else { exp };
    let result =
        if base == value && !rest.starts_with(['e', 'E']) && !rest.starts_with("x10^") && !rest.starts_with("×10^") {
            value.powi(exp)
        } else {
            value * 10f64.powi(exp)
        };
    // An overflow ("10^400") is still one expression: the caller makes it `other`.
    Some((if result.is_finite() { result } else { f64::NAN }, end + exp_at + signs + digits))
}

// One copy, not one inlined at each of its 6 callers: smaller wasm.
#[inline(never)]
fn blank(span: ByteSpan, value: f64, kind: Kind, round_unit: f64) -> Mention {
    Mention {
        span,
        value: Some(value),
        values: Vec::new(),
        kind,
        unit: None,
        qualifier: None,
        noun: None,
        sentence: 0,
        round_unit,
    }
}

fn read_digits(text: &str, start: usize, floor: usize) -> Option<Mention> {
    let bytes = text.as_bytes();
    let before = text.s(..start).last_char();
    // ".5" only where a number may start, not inside "1.2.3".
    if bytes[start] == b'.' && before.is_some_and(|c| !(words::is_space(c) || c == '(')) {
        return None;
    }
    let num = numeral::parse(text.s(start..))?;
    let mut end = start + num.len;
    let mut span_start = start;
    let mut value = num.value;
    let mut unit: Option<&'static str> = None;
    let mut kind = None;
    let mut scale = 1.0;
    let mut prefix: Option<&str> = None;

    // Left: an ISO code ("USD115", "USD 5", "usd 20", "MAUD 60"), a currency sign, then a sign.
    let glued_code = text.s(..span_start).bytes().rev().take_while(u8::is_ascii_alphabetic).count();
    let code_word = if glued_code > 0 {
        Some((span_start - glued_code, text.s(span_start - glued_code..span_start), true))
    } else {
        prev_word(text, span_start).filter(|w| span_start - w.end == 1).map(|w| (w.start, w.text, false))
    };
    if let Some((at, code, glued)) = code_word {
        let word_edge = text.s(..at).last_char().is_none_or(|c| !c.is_alphanumeric());
        let million = lexicon::lookup(units::MILLION_CODES, code);
        let upper = code.bytes().all(|b| b.is_ascii_uppercase());
        let iso = units::ISO_PREFIXES.iter().any(|p| p.eq_ignore_ascii_case(code)) && (upper || !glued);
        if word_edge && at >= floor && code.len() <= 4 && (iso || million.is_some()) {
            span_start = at;
            unit = million.or_else(|| lexicon::lookup(units::CURRENCY_WORDS, code));
            kind = Some(Kind::Money);
            if million.is_some() {
                value *= 1e6;
            }
        }
    }
    if let Some((sign_text, iso)) =
        units::CURRENCY_PREFIXES.iter().find(|(p, _)| unit.is_none() && text.s(..span_start).ends_with(p))
    {
        let at = span_start - sign_text.len();
        // "Rs"/"Rmb" must not be the end of a longer word.
        let glued = text.s(..at).last_char().is_some_and(|c| c.is_ascii_alphabetic());
        if !glued && at >= floor {
            span_start = at;
            unit = Some(iso);
            kind = Some(Kind::Money);
            prefix = Some(sign_text);
        }
    }
    let sign_char = text.s(..span_start).last_char();
    if let Some(sign) = sign_char.filter(|c| matches!(c, '-' | '−' | '+')) {
        let at = span_start - sign.len_utf8();
        let lone = text.s(..at).last_char().is_none_or(|c| words::is_space(c) || c == '(');
        if lone && at >= floor {
            span_start = at;
            if sign != '+' {
                value = -value;
            }
        }
    }
    // A spaced minus: "- 20 degrees", "- 1 4/5" — only where no figure or word stands right
    // before it, so "2005 - 2006" and "Smith - 20" keep their dash.
    if unit.is_none() && value > 0.0 && span_start == start {
        let before = text.s(..span_start);
        if let Some(dash_at) = before.strip_suffix(' ').and_then(|b| b.strip_suffix('-')).map(str::len) {
            let ahead = text.s(..dash_at).trim_end();
            let alone = ahead.is_empty()
                || prev_word(text, dash_at)
                    .is_some_and(|w| w.text.chars().all(char::is_alphabetic) && !w.is_capitalised());
            let glued_before = text.s(..dash_at).last_char().is_some_and(|c| !words::is_space(c));
            // "half a million people - 645,000 - are at risk": a pair of dashes around a
            // figure sets it aside; it is no minus sign.
            let closing = text.get(end..).is_some_and(|r| {
                let r = r.strip_prefix(' ').unwrap_or(r);
                r.starts_with("- ") || r.starts_with("-\n") || r == "-"
            });
            // Only a temperature takes a spaced minus: elsewhere " - " is a dash ("valid
            // votes cast - 9,771,617", "the previous record - 2003's imbalance", a list's
            // "- 5 foods").
            let temperature = text.get(end..).is_some_and(|r| {
                let r = r.trim_start_matches(' ');
                let unit_len = if r.starts_with('°') {
                    '°'.len_utf8()
                } else if r.len() >= 6 && r.as_bytes()[..6].eq_ignore_ascii_case(b"degree") {
                    6
                } else if r.starts_with(['C', 'F']) {
                    1
                } else {
                    return false;
                };
                r.get(unit_len..).and_then(|x| x.first_char()).is_none_or(|c| !c.is_alphabetic() || unit_len == 6)
            });
            // (A figure standing alone after a leading minus, "- 1 4/5", "- 10 k", is
            // negative; a list's "- 5 foods to try" is not.)
            // (No word on the rest of its line: a unit letter or a fraction may follow.)
            let bare = ahead.is_empty()
                && text.get(end..).is_some_and(|r| {
                    r.split('\n')
                        .next()
                        .is_some_and(|line| line.split(|c: char| !c.is_alphabetic()).all(|w| w.chars().count() <= 2))
                });
            if alone && (temperature || bare) && !glued_before && !closing && dash_at >= floor {
                span_start = dash_at;
                value = -value;
            }
        }
    }
    // A number glued to letters or a hyphen on its left is part of a name: "G8", "COVID-19".
    let left = text.s(..span_start).last_char();
    let glued_left = left.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '#' || c == '_');

    let rest = text.s(end..);
    // A phone number: "+44 20 7946 0018", "(020) 7946 0018", "555-123-4567".
    if let Some(len) = phone_number(text, span_start) {
        return Some(other(span_start, span_start + len));
    }
    // A time of day: "7:45".
    if rest.len() >= 3 && rest.as_bytes()[0] == b':' && rest.as_bytes()[1..3].iter().all(u8::is_ascii_digit) {
        let after = text.s(end + 3..);
        let meridiem = [" a.m.", " p.m.", " am", " pm", "am", "pm", " a.m", " p.m"]
            .iter()
            .find(|s| {
                // Bytes, not str slices: the text after the time may be any UTF-8 (fuzz).
                after.as_bytes().get(..s.len()).is_some_and(|b| b.eq_ignore_ascii_case(s.as_bytes()))
                    && !after.as_bytes().get(s.len()).is_some_and(u8::is_ascii_alphanumeric)
            })
            .map_or(0, |s| s.len());
        let mut m = blank(ByteSpan::new(span_start, end + 3 + meridiem), value, Kind::Other, 1.0);
        m.value = None;
        return Some(m);
    }
    // A pair: "98-2", "10-15", "2013-14", "$4-billion" is a scale, not a pair; "$24-$26"
    // repeats its currency sign.
    let repeated = prefix.and_then(|p| {
        let rest = text.s(end..);
        let dash = rest.first_char().filter(|c| matches!(c, '-' | '–'))?;
        let after = rest.s(dash.len_utf8()..).strip_prefix(p)?;
        let second = numeral::parse(after).filter(|n| (n.decimals == 0) == (num.decimals == 0))?;
        let tail = after.s(second.len..);
        let letters = tail.bytes().take_while(u8::is_ascii_alphabetic).count();
        let scale = letters > 0 && lexicon::lookup(numbers::SCALE_SUFFIXES, tail.s(..letters)).is_some();
        (!tail.starts_with(|c: char| c.is_alphanumeric()) || scale)
            .then_some(Numeral { len: dash.len_utf8() + p.len() + second.len, ..second })
    });
    if let Some(pair) = repeated.or_else(|| read_pair(text, end, &num)) {
        if !glued_left {
            // The pair ends where its second number does, counted from the first digit: a
            // currency or sign before the digits ("£1–2", "−5–10") is part of the span but
            // not of the numbers' lengths.
            let mut m = pair_mention(text, ByteSpan::new(span_start, end + pair.len), num, pair);
            if m.kind == Kind::Range || m.kind == Kind::Tally {
                read_range_unit(text, &mut m, unit);
            }
            return Some(m);
        }
    }
    // Fractions and powers: "3/4", "2 1/4", "1½", "1e10", "1.1^23".
    if !glued_left {
        if let Some((v, e)) = read_digit_fraction(text, end, &num) {
            let sign = if value < 0.0 { -1.0 } else { 1.0 };
            return Some(blank(ByteSpan::new(span_start, e), sign * v, Kind::Fraction, 1.0));
        }
        if let Some((v, e)) = read_exponent(text, end, value) {
            if v.is_nan() {
                return Some(other(span_start, e));
            }
            return Some(blank(ByteSpan::new(span_start, e), v, Kind::Count, 1.0));
        }
    }
    // Degrees: "40°C", "86 °F", "5°".
    if let Some(after_degree) = rest.strip_prefix('°') {
        let trimmed = after_degree.trim_start_matches(' ');
        let scale_letter = trimmed.first_char().filter(|c| matches!(c, 'C' | 'F' | 'c' | 'f'));
        let alone = !trimmed.get(1..).is_some_and(|t| t.starts_with(|c: char| c.is_alphanumeric()));
        let (len, symbol) = match scale_letter.filter(|_| alone) {
            Some(c) => (rest.len() - trimmed.len() + 1, if c.eq_ignore_ascii_case(&'c') { "°C" } else { "°F" }),
            None => ('°'.len_utf8(), "°"),
        };
        let round = numeral::round_unit(num.value, num.decimals);
        let mut m = blank(ByteSpan::new(span_start, end + len), value, Kind::Measure, round);
        m.unit = Some(symbol);
        return Some(m);
    }
    // Glued letters: "3bn", "4.5m", "10k", "3rd", "1990s", "3G".
    let glued: &str = {
        let len = rest.bytes().take_while(|b| b.is_ascii_alphabetic()).count();
        rest.s(..len)
    };
    // "1MM" (finance: million) but "300mm" (millimetres): the case decides.
    let glued_scale = match glued {
        "" => None,
        "MM" => Some(1e6),
        _ => lexicon::lookup(numbers::SCALE_SUFFIXES, glued),
    };
    if !glued.is_empty() {
        let next_is_word = rest.s(glued.len()..).first_char().is_some_and(|c| c.is_alphanumeric());
        // "24703m2", "5km2": square units.
        if matches!(glued, "m" | "km" | "cm") && rest.s(glued.len()..).starts_with(['2', '3']) {
            let power = rest.s(glued.len()..glued.len() + 1);
            let symbol = match (glued, power) {
                ("m", "2") => "m²",
                ("m", _) => "m³",
                ("km", _) => "km²",
                _ => "cm²",
            };
            let mut m = blank(
                ByteSpan::new(span_start, end + glued.len() + 1),
                value,
                Kind::Measure,
                numeral::round_unit(value, num.decimals),
            );
            m.unit = Some(symbol);
            return Some(m);
        }
        if next_is_word {
            return Some(other(span_start, end + glued.len()));
        }
        // "1.8m" is a million unless a dimension word follows ("1.8m tall").
        let dimension = next_word(text, end + glued.len())
            .is_some_and(|w| ["tall", "long", "high", "wide", "deep", "away"].iter().any(|d| w.is(d)));
        if let Some(iso) = (glued.len() == 3 && glued.bytes().all(|b| b.is_ascii_uppercase()) && unit.is_none())
            .then(|| lexicon::lookup(units::CURRENCY_WORDS, glued))
            .flatten()
        {
            // "115USD".
            let mut m =
                blank(ByteSpan::new(span_start, end + 3), value, Kind::Money, numeral::round_unit(value, num.decimals));
            m.unit = Some(iso);
            return Some(m);
        } else if let Some(s) = glued_scale.filter(|_| {
            glued != "m"
                || unit.is_some()
                || (num.decimals > 0 && !dimension && !converts_length(text, span_start))
                || followed_by_currency(text, end + 1)
        }) {
            scale = s;
            end += glued.len();
        } else if glued == "pp" {
            // "2pp": percentage points.
            let mut m = blank(
                ByteSpan::new(span_start, end + 2),
                value,
                Kind::Percent,
                numeral::round_unit(value, num.decimals),
            );
            m.unit = Some("pp");
            return Some(m);
        } else if glued == "p" && unit.is_none() {
            // "1p a pint": pence, in the stated unit (GBX is the market code for pence).
            let round = numeral::round_unit(value, num.decimals);
            let mut m = blank(ByteSpan::new(span_start, end + 1), value, Kind::Money, round);
            m.unit = Some("GBX");
            return Some(m);
        } else if matches!(glued.lower().as_str(), "st" | "nd" | "rd" | "th") {
            let mut m = blank(ByteSpan::new(span_start, end + glued.len()), value, Kind::Ordinal, 1.0);
            m.noun = None;
            return Some(m);
        } else if glued == "s" && num.decimals == 0 && (num.int_digits == 4 || num.int_digits == 2) {
            // "1990s", "the 60s": a decade.
            return Some(blank(ByteSpan::new(span_start, end + 1), value, Kind::Year, 10.0));
        } else if let Some(symbol) = lexicon::lookup(units::MEASURES, glued).or_else(|| {
            // "5.9in", "(15in)": inches, where "in" cannot be the preposition.
            let converted = rest.s(glued.len()..).starts_with(" (")
                && rest.s(glued.len() + 2..).starts_with(|c: char| c.is_ascii_digit());
            (glued == "in" && (num.decimals > 0 || text.s(..span_start).ends_with('(') || converted)).then_some("in")
        }) {
            // "322km/h": a speed.
            let per_hour = symbol == "km" && rest.s(glued.len()..).starts_with("/h");
            let len = glued.len() + if per_hour { 2 } else { 0 };
            let mut m = blank(
                ByteSpan::new(span_start, end + len),
                value,
                Kind::Measure,
                numeral::round_unit(value, num.decimals),
            );
            m.unit = Some(if per_hour { "km/h" } else { symbol });
            if symbol == "ft" {
                imperial_tail(text, &mut m);
            }
            return Some(m);
        } else {
            return Some(other(span_start, end + glued.len()));
        }
    } else if rest.starts_with('-') {
        // "$4-billion", "30-foot".
        if let Some(w) = next_word(text, end + 1).filter(|w| w.start == end + 1) {
            let first_part = w.text.split('-').next().unwrap_or("");
            if let Some(s) = lexicon::lookup(numbers::SCALES, w.text).filter(|&s| s >= 1e3) {
                scale = s;
                end = w.end;
            } else if let Some(symbol) = lexicon::lookup(units::MEASURES, first_part).filter(|_| first_part.len() > 1) {
                // "a 10-mile trail", "a 30-foot-tall statue".
                let round = numeral::round_unit(num.value, num.decimals);
                let mut m = blank(ByteSpan::new(span_start, end + 1 + first_part.len()), value, Kind::Measure, round);
                m.unit = Some(symbol);
                return Some(m);
            }
        }
    }
    if glued_left {
        return Some(other(span_start, end));
    }
    // Spaced scale: "1.2 million", "3 bn", "322 hundred", "2.33 k", "3 dozens".
    let mut extra = 0.0;
    if scale == 1.0 {
        if let Some(w) = next_word(text, end).filter(|w| w.start > end) {
            let word_scale = lexicon::lookup(numbers::SCALE_SUFFIXES, w.text)
                .filter(|&s| s >= 100.0 && (w.text.len() > 1 || w.is("k") || w.text == "M"))
                .or_else(|| lexicon::lookup(numbers::COLLECTIVES, w.text));
            if let Some(s) = word_scale {
                scale = s;
                end = w.end;
                if unit.is_none() && [1e2, 1e3, 1e5, 1e7].contains(&s) {
                    let (more, e) = compose(text, end, s);
                    extra = more;
                    end = e;
                }
            }
        }
    }
    // "3 million and a half": half of the scale.
    if scale >= 1e6 {
        if let Some((fraction, e)) = written::and_fraction(text, end) {
            extra += fraction * scale;
            end = e;
        }
    }
    let round_unit = numeral::round_unit(num.value, num.decimals) * scale;
    value = value * scale + extra;
    // "$4.1 billion" is 4,100,000,000, not 4,099,999,999.9999995: a scaled decimal is as
    // precise as it was written, so the product is rounded far below its written step.
    if scale >= 1e3 && round_unit >= 1.0 && value.is_finite() {
        let q = (round_unit / 1e3).max(1.0);
        value = (value / q).round() * q;
    }

    let mut m = blank(ByteSpan::new(span_start, end), value, kind.unwrap_or(Kind::Count), round_unit);
    m.unit = unit;
    read_unit_after(text, &mut m);
    if m.kind == Kind::Count && scale == 1.0 {
        classify_plain(text, &mut m, &num);
    }
    Some(m)
}

fn other(start: usize, end: usize) -> Mention {
    let mut m = blank(ByteSpan::new(start, end), 0.0, Kind::Other, 1.0);
    m.value = None;
    m
}

/// Whether the figure at `start` opens a parenthesis right after a length: "6ft 4in
/// (1.93m)" converts to metres, not millions.
fn converts_length(text: &str, start: usize) -> bool {
    let Some(before) = text.s(..start).strip_suffix('(') else { return false };
    let word = before.trim_end().rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
    let unit = word.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    ["ft", "in", "feet", "foot", "inches", "inch", "miles", "mile", "yards", "yd", "km", "cm"].contains(&unit)
}

fn followed_by_currency(text: &str, from: usize) -> bool {
    next_word(text, from.min(text.len())).is_some_and(|w| lexicon::lookup(units::CURRENCY_WORDS, w.text).is_some())
}

/// The second number of "98-2", "10-15", "2013-14", "98–2".
fn read_pair(text: &str, end: usize, first: &Numeral) -> Option<Numeral> {
    let rest = text.s(end..);
    let dash = rest.first_char().filter(|c| matches!(c, '-' | '–') || (*c == '/' && first.int_digits == 4))?;
    let after = rest.s(dash.len_utf8()..);
    if !after.as_bytes().first().is_some_and(u8::is_ascii_digit) || first.decimals > 0 {
        return None;
    }
    let second = numeral::parse(after)?;
    let tail = after.s(second.len..);
    // "2-3G", "12-5a": glued letters make it a name, unless they are a scale ("20-30bn").
    let letters = tail.bytes().take_while(u8::is_ascii_alphabetic).count();
    let scale = letters > 0 && lexicon::lookup(numbers::SCALE_SUFFIXES, tail.s(..letters)).is_some();
    if tail.first_char().is_some_and(|c| c.is_alphanumeric()) && !scale {
        return None;
    }
    Some(Numeral { len: dash.len_utf8() + second.len, ..second })
}

fn pair_mention(text: &str, span: ByteSpan, first: Numeral, second: Numeral) -> Mention {
    let (start, end) = (span.start, span.end);
    let (a, mut b) = (first.value, second.value);
    let before = prev_word(text, start);
    let after = words_after(text, end, 2);
    // "2013-14", "1999-2000": a span of years.
    if first.int_digits == 4 && (1800.0..=2100.0).contains(&a) && second.decimals == 0 {
        if second.int_digits <= 2 {
            let modulus = 10f64.powi(second.int_digits as i32);
            b += (a / modulus).floor() * modulus;
        }
        if b > a && (second.int_digits <= 2 || second.int_digits == 4) {
            let mut m = blank(span, a, Kind::Year, 1.0);
            m.values = vec![a, b];
            return m;
        }
    }
    let tally_noun =
        after.iter().find(|w| !w.is_capitalised()).is_some_and(|w| lexicon::contains(numbers::TALLY_NOUNS, w.text));
    let tally_verb = before.is_some_and(|w| lexicon::contains(numbers::TALLY_VERBS, w.text));
    let kind = if tally_noun || tally_verb || a >= b { Kind::Tally } else { Kind::Range };
    let mut m = blank(span, a, kind, 1.0);
    m.values = vec![a, b];
    if kind == Kind::Tally {
        m.value = Some(a + b);
    }
    m
}

/// The unit or scale after a range: "6-6.5%", "20-30bn rupiah", "$800-900m".
fn read_range_unit(text: &str, m: &mut Mention, currency: Option<&'static str>) {
    let rest = text.s(m.span.end..);
    let glued_len = rest.bytes().take_while(|b| b.is_ascii_alphabetic()).count();
    if glued_len > 0 {
        if let Some(s) = lexicon::lookup(numbers::SCALE_SUFFIXES, rest.s(..glued_len)) {
            m.span.end += glued_len;
            m.values.iter_mut().for_each(|v| *v *= s);
            m.value = m.value.map(|v| v * s);
            m.round_unit *= s;
        }
    }
    if currency.is_some() {
        m.unit = currency;
        return;
    }
    // The unit reader works on counts; the pair stays a range or tally, with the unit.
    let kind = m.kind;
    m.kind = Kind::Count;
    read_unit_after(text, m);
    m.kind = kind;
}

/// A percent sign or word, a currency word or a unit of measure after the figure.
fn read_unit_after(text: &str, m: &mut Mention) {
    let rest = text.s(m.span.end..);
    let trimmed = rest.trim_start_matches(words::is_space);
    let gap = rest.len() - trimmed.len();
    if trimmed.starts_with('%') && gap <= 1 {
        m.span.end += gap + 1;
        m.kind = Kind::Percent;
        m.unit = Some("%");
        return;
    }
    if gap == 0 {
        // "a 41.6bn-rupee programme": a currency as an adjective.
        if let Some(word) = rest.strip_prefix('-') {
            let len = word.bytes().take_while(u8::is_ascii_alphabetic).count();
            let iso =
                lexicon::lookup(units::CURRENCY_WORDS, word.s(..len)).filter(|_| len > 2 && m.kind == Kind::Count);
            let whole_word = !word.s(len..).starts_with(|c: char| c.is_alphanumeric());
            if let Some(iso) = iso.filter(|_| whole_word && !word.s(..len).eq_ignore_ascii_case("pound")) {
                m.span.end += 1 + len;
                m.kind = Kind::Money;
                m.unit = Some(iso);
            } else if let Some(symbol) = hyphenated_measure(word.s(..len))
                .filter(|_| whole_word && !word.s(len..).starts_with('-') && m.kind == Kind::Count)
            {
                // "a 200-kilogram (441-pound) turtle", "a 30-mile stretch": a measure as an
                // adjective. A pound written so weighs ("a £640 fine" is how money is written).
                m.span.end += 1 + len;
                m.kind = Kind::Measure;
                m.unit = Some(symbol);
            }
        }
        return;
    }
    let after = words_after(text, m.span.end, 2);
    let Some(w1) = after.first() else { return };
    let two = after.get(1).map(|w2| format!("{} {}", w1.text, w2.text));
    if let Some(phrase) = two.as_deref() {
        if lexicon::contains(units::POINT_WORDS, phrase) {
            m.span.end = after[1].end;
            m.kind = Kind::Percent;
            m.unit = Some("pp");
            return;
        }
        if lexicon::contains(units::PERCENT_WORDS, phrase) {
            m.span.end = after[1].end;
            m.kind = Kind::Percent;
            m.unit = Some("%");
            return;
        }
        // "82.1 terawatt hours", "1,500 sq ft".
        if let Some(symbol) = lexicon::lookup(units::MEASURE_PHRASES, phrase).filter(|_| m.kind == Kind::Count) {
            m.span.end = after[1].end;
            m.kind = Kind::Measure;
            m.unit = Some(symbol);
            return;
        }
    }
    if lexicon::contains(units::PERCENT_WORDS, w1.text) {
        m.span.end = w1.end;
        m.kind = Kind::Percent;
        m.unit = Some("%");
    } else if w1.is("pp") {
        m.span.end = w1.end;
        m.kind = Kind::Percent;
        m.unit = Some("pp");
    } else if let Some(iso) =
        two.as_deref().and_then(|p| lexicon::lookup(units::MINOR_PHRASES, p)).filter(|_| m.kind == Kind::Count)
    {
        // "65 Canadian cents": hundredths of the currency, so that "to 1.90 Canadian dollars"
        // compares with it.
        m.span.end = after[1].end;
        m.kind = Kind::Money;
        m.unit = Some(iso);
        m.value = m.value.map(|v| v / 100.0);
        m.round_unit /= 100.0;
    } else if let Some(iso) = two.as_deref().and_then(|p| lexicon::lookup(units::CURRENCY_PHRASES, p)) {
        // "5 Swiss francs", "10 Hong Kong dollars".
        if m.kind == Kind::Count {
            let last = words_after(text, m.span.end, 3);
            let end = if two
                .as_deref()
                .is_some_and(|p| p.ends_with("kong") || p.ends_with("zealand") || p.ends_with("african"))
            {
                last.get(2).map_or(after[1].end, |w| w.end)
            } else {
                after[1].end
            };
            m.span.end = end;
            m.kind = Kind::Money;
            m.unit = Some(iso);
        }
    } else if (w1.is("pounds") || w1.is("pound")) && m.kind == Kind::Count && weight_context(text, m) {
        m.span.end = w1.end;
        m.kind = Kind::Measure;
        m.unit = Some("lb");
    } else if (w1.is("points") || w1.is("point")) && m.kind == Kind::Count && percent_context(text, m) {
        m.span.end = w1.end;
        m.kind = Kind::Percent;
        m.unit = Some("pp");
    } else if let Some(iso) = lexicon::lookup(units::MILLION_CODES, w1.text) {
        if m.kind == Kind::Count {
            m.span.end = w1.end;
            m.kind = Kind::Money;
            m.unit = Some(iso);
            m.value = m.value.map(|v| v * 1e6);
            m.round_unit *= 1e6;
        }
    } else if let Some(iso) = lexicon::lookup(units::CURRENCY_WORDS, w1.text) {
        if m.kind == Kind::Count {
            m.span.end = w1.end;
            m.kind = Kind::Money;
            m.unit = Some(iso);
            // "fell 25 cents to $17.65": the value stays in the stated unit (25), and the
            // unit says cents (USX, as GBX says pence), so that checks compare it with
            // dollars as hundredths.
            if (w1.is("cents") || w1.is("cent")) && iso == "USD" {
                m.unit = Some("USX");
            }
            // "closed up 38 pence": pence in the stated unit, as "38p" (not £38).
            if w1.is("pence") || w1.is("penny") {
                m.unit = Some("GBX");
            }
            money_tail(text, m);
        }
    } else if let Some(symbol) = lexicon::lookup(units::MEASURES, w1.text) {
        // Single letters ("5 m") are too ambiguous spaced out, unless the figure is a
        // decimal or a conversion in parentheses: "6 feet (1.8 m)".
        let in_parens = text.s(..m.span.start).ends_with('(');
        if m.kind == Kind::Count && (w1.text.len() > 1 || m.round_unit < 1.0 || in_parens) {
            m.span.end = w1.end;
            m.kind = Kind::Measure;
            m.unit = Some(symbol);
            if symbol == "ft" {
                imperial_tail(text, m);
            }
            // "30 degrees Celsius".
            if symbol == "°" {
                if let Some(scale) =
                    after.get(1).and_then(|w2| lexicon::lookup(units::TEMPERATURE_SCALES, w2.text).map(|s| (w2.end, s)))
                {
                    m.span.end = scale.0;
                    m.unit = Some(scale.1);
                }
            }
        }
    }
}

/// The unit of a measure written as an adjective after a hyphen ("200-kilogram",
/// "640-pound", "30-mile"): the singular forms, and no single letters ("3-D", "5-a-side").
fn hyphenated_measure(word: &str) -> Option<&'static str> {
    if word.eq_ignore_ascii_case("pound") {
        return Some("lb");
    }
    if word.len() < 2 || word.eq_ignore_ascii_case("degree") {
        return None;
    }
    lexicon::lookup(units::MEASURES, word)
}

/// Years, dates and designators among plain integers.
fn classify_plain(text: &str, m: &mut Mention, num: &Numeral) {
    let value = m.value.unwrap_or(0.0);
    let before = prev_word(text, m.span.start);
    let after = next_word(text, m.span.end);
    let is_month =
        |w: &Word<'_>| lexicon::contains(numbers::MONTHS, w.text.trim_end_matches('.')) && w.is_capitalised();
    if num.decimals == 0
        && !num.grouped
        && (1.0..=31.0).contains(&value)
        && (before.as_ref().is_some_and(is_month) || after.as_ref().is_some_and(is_month))
    {
        m.kind = Kind::Date;
        return;
    }
    if num.decimals == 0 && !num.grouped && num.int_digits == 4 && (1800.0..=2100.0).contains(&value) {
        m.kind = Kind::Year;
        m.round_unit = 1.0;
        return;
    }
    if let Some(word) = before {
        let at_sentence_start = prev_word(text, word.start).is_none()
            && text
                .s(..word.start)
                .trim_end_matches(words::is_space)
                .chars()
                .next_back()
                .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | '"' | '“'));
        // "the Social Democrats 38, the Greens 19 and …": a plural name before a number
        // that a list separator follows is a count of theirs, not a designator.
        let listed = word.text.ends_with('s')
            && !word.text.ends_with("ss")
            && text.get(m.span.end..).is_some_and(|r| {
                let r = r.trim_start_matches(words::is_space);
                r.starts_with([',', ';', '.']) || r.starts_with("and ")
            });
        // "England's 312 councils": a possessive is a determiner, not a name's number.
        let possessive = word.text.ends_with("'s") || word.text.ends_with("’s");
        let designator = (word.is_capitalised()
            && !at_sentence_start
            && !possessive
            && !listed
            && !lexicon::contains(COUNT_OPENERS, word.text))
            || word.is("no.")
            || word.text.contains('&');
        if designator {
            m.kind = Kind::Other;
        }
    }
}

fn read_words(text: &str, start: usize) -> Option<Mention> {
    let first = next_word(text, start)?;
    // "multi-million pound contracts", "multi-billion": no amount at all.
    let glued = text.get(..first.start).unwrap_or("");
    if glued.get(glued.len().saturating_sub(6)..).is_some_and(|g| g.eq_ignore_ascii_case("multi-")) {
        return None;
    }
    // "the third quarter", "its fifth year": an ordinal word after a determiner.
    if let Some(n) = lexicon::lookup(numbers::ORDINALS, first.text) {
        let determiner =
            prev_word(text, first.start).is_some_and(|w| lexicon::contains(numbers::ORDINAL_DETERMINERS, w.text));
        let fraction = next_word(text, first.end).is_some_and(|w| w.is("of"))
            || prev_word(text, first.start).is_some_and(|w| w.is("a"));
        if determiner && !fraction && !first.is_capitalised() {
            return Some(blank(ByteSpan::new(first.start, first.end), n, Kind::Ordinal, 1.0));
        }
    }
    let w = written::read(text, first)?;
    let before = prev_word(text, w.start);
    let after = next_word(text, w.end);
    // "one of the", "no one", "the one": pronouns, not figures.
    if first.is("one") && w.value == 1.0 {
        let pronoun_after =
            after.is_none_or(|a| a.is("of") || lexicon::contains(nouns::STOPWORDS, a.text) || a.text.ends_with("self"));
        let negated = before.is_some_and(|b| lexicon::contains(numbers::NEGATORS, b.text));
        let pronoun_before = !negated
            && before.is_some_and(|b| {
                ["no", "the", "this", "that", "any", "every", "each", "which", "someone", "anyone"]
                    .iter()
                    .any(|p| b.is(p))
            });
        // "one in five" is a fraction, not a pronoun.
        let one_in = after.filter(|a| a.is("in")).and_then(|a| next_word(text, a.end)).is_some_and(|n| {
            n.text.as_bytes()[0].is_ascii_digit()
                || lexicon::lookup(numbers::SMALL, n.text.split('-').next().unwrap_or("")).is_some()
        });
        // "one last time", "one more": still a figure.
        let pronoun_after = pronoun_after && !after.is_some_and(|a| a.is("last") || a.is("more") || a.is("next"));
        // "that one mile": a unit makes it a figure.
        let pronoun_before = pronoun_before && after.is_none_or(|a| lexicon::lookup(units::MEASURES, a.text).is_none());
        // "one year old" is an age.
        let age = after.filter(|a| a.is("year")).and_then(|a| next_word(text, a.end)).is_some_and(|n| n.is("old"));
        if (pronoun_after && !negated && !one_in && !age) || pronoun_before {
            return None;
        }
    }
    let unit = numeral::round_unit(w.value, 0);
    // "Mini One", "Three Gorges Dam": a capitalised number word beside a capitalised word,
    // away from the start of a sentence, is part of a name.
    let sentence_start =
        before.is_none_or(|b| b.end < w.start && text.s(b.end..w.start).contains(['.', '!', '?', '\n', '"', '“']));
    // ("Twenty-seven British films were made": at a sentence's start, a proper adjective
    // before a lower-case plural is what is counted, not a name's second word.)
    let counts_after = sentence_start
        && after.and_then(|a| next_word(text, a.end)).is_some_and(|n| {
            n.is_alphabetic() && !n.is_capitalised() && n.text.ends_with('s') && !n.text.ends_with("ss")
        });
    let in_name = first.is_capitalised()
        && (before.is_some_and(|b| b.is_capitalised() && !sentence_start)
            || after.is_some_and(|a| a.is_capitalised() && !counts_after));
    if in_name {
        return Some(other(w.start, w.end));
    }
    let kind = if w.value.fract() != 0.0 { Kind::Fraction } else { Kind::Count };
    let mut m = blank(ByteSpan::new(w.start, w.end), w.value, kind, unit);
    read_unit_after(text, &mut m);
    Some(m)
}

/// The hedge right before `start`: "over", "more than", "just under".
fn read_hedge(text: &str, start: usize) -> Option<Qualifier> {
    let before = words_before(text, start, 3);
    // Longest phrase first, compared word by word from the figure backwards, in bytes (no
    // allocation and no `split` searcher per phrase: this runs on every figure, and the
    // split version was a twentieth of a whole check). `None` when a word differs.
    //
    // Each word is compared with the phrase's tail of its own length, and only then is the
    // space before that tail looked for: most phrases differ in their last word, and
    // searching every phrase for its last space first was 3% of a corpus check. (Words hold
    // no spaces, so a tail equal to the word is the phrase's whole last word exactly when a
    // space or the phrase's start stands before it.)
    let matches = |phrase: &str| -> Option<usize> {
        let mut rest = phrase.as_bytes();
        let mut n = 0;
        loop {
            let word = before.get(n)?.text.as_bytes();
            let (head, last) = rest.split_at(rest.len().checked_sub(word.len())?);
            if !last.eq_ignore_ascii_case(word) {
                return None;
            }
            n += 1;
            match head {
                [] => return Some(n),
                [earlier @ .., b' '] => rest = earlier,
                _ => return None,
            }
        }
    };
    let mut best: Option<(usize, hedges::Bound)> = None;
    for &(phrase, bound) in hedges::HEDGES {
        if let Some(n) = matches(phrase).filter(|&n| best.is_none_or(|(m, _)| n > m)) {
            best = Some((n, bound));
        }
    }
    best.map(|(n, bound)| Qualifier { bound, span: ByteSpan::new(before[n - 1].start, before[0].end) })
}

/// The head noun of what a figure counts: "755 U.S. diplomats" → "diplomats".
pub fn read_noun(text: &str, end: usize) -> Option<String> {
    // A noun never stands on the next line: "Budget: 200\nStaff were told" counts nothing.
    // (Six words of at most MAX_WORD_BYTES, each after at most MAX_GAP_BYTES of space: the
    // search for the line's end is bounded by that, or a long line would make it quadratic.)
    let reach = ceil_char_boundary(text, end + 6 * (words::MAX_WORD_BYTES + words::MAX_GAP_BYTES + 2));
    let line_end = text.get(end..reach).and_then(|near| near.find('\n')).map_or(text.len(), |i| end + i);
    let after: Vec<Word<'_>> = words_after(text, end, 6).into_iter().take_while(|w| w.start < line_end).collect();
    let mut capitals = 0;
    let mut i = 0;
    while i < after.len() {
        let w = after[i];
        if !w.is_alphabetic() || lexicon::contains(nouns::STOPWORDS, w.text) {
            return None;
        }
        // Another figure in words ends the search: "£228,900 recorded twelve months
        // earlier" counts no months.
        if lexicon::lookup(crate::lexicon::numbers::SMALL, w.text).is_some() {
            return None;
        }
        if w.is_capitalised() && lexicon::lookup(nouns::CLASSES, &nouns::singular(w.text)).is_none() {
            capitals += 1;
            if capitals > 2 {
                return None;
            }
        } else if w.text.ends_with("'s") || w.text.ends_with("’s") {
            // "62 of the party's 57 MPs", "5 of the company's workers": whose, not what.
        } else if w.text.ends_with("ed") && lexicon::lookup(nouns::CLASSES, &nouns::singular(w.text)).is_none() {
            // "22 voted yes", "35 expelled diplomats": a participle, not the noun.
        } else if !lexicon::contains(nouns::MODIFIERS, w.text) {
            // A compound: "board members", "staff members" keeps the known noun.
            if let Some(next) = after.get(i + 1) {
                let next_is_noun = next.is_alphabetic()
                    && !next.is_capitalised()
                    && !lexicon::contains(nouns::STOPWORDS, next.text)
                    && !next.text.ends_with("ing")
                    && !next.text.ends_with("ed")
                    && !lexicon::contains(cues::REMOVED_AFTER, next.text);
                let known = |x: &Word<'_>| lexicon::lookup(nouns::CLASSES, &nouns::singular(x.text)).is_some();
                // ("serious", "various", "bonus", "crisis" end in s and are no plurals.)
                let plural =
                    |x: &Word<'_>| x.text.ends_with('s') && !["ss", "us", "is"].iter().any(|e| x.text.ends_with(e));
                if next_is_noun && !known(&w) && (known(next) || (plural(next) && !plural(&w))) {
                    return Some(next.text.lower());
                }
            }
            return Some(w.text.lower());
        }
        i += 1;
    }
    None
}
