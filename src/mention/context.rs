//! Reading one figure outward from where the scanner found it.
//!
//! Left of the digits: a sign, a currency sign, a hedge. Right: thousands groups and
//! decimals ([`super::numeral`]), then a scale ("bn", " million"), a percent sign or word, a
//! currency word or unit, a second number ("98-2", "2013-14"), and the counted noun. The
//! kind follows from what was found, with the designator and date rules last.

use crate::lexicon::{self, cues, hedges, nouns, numbers, units};
use crate::span::ByteSpan;
use crate::text::Segments;

use super::numeral::{self, Numeral};
use super::words::{self, next_word, prev_word, words_after, words_before, Word};
use super::written;
use super::{Kind, Mention, Qualifier};

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
    } else {
        read_words(text, start)?
    };
    figure.sentence = segments.sentence_at(figure.span.start);
    if matches!(figure.kind, Kind::Count | Kind::Money | Kind::Percent | Kind::Measure | Kind::Tally | Kind::Range) {
        figure.qualifier = read_hedge(text, figure.span.start);
    }
    if matches!(figure.kind, Kind::Count | Kind::Tally | Kind::Money) {
        figure.noun = read_noun(text, figure.span.end);
    }
    Some(figure)
}

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
    let before = text[..start].chars().next_back();
    // ".5" only where a number may start, not inside "1.2.3".
    if bytes[start] == b'.' && before.is_some_and(|c| !(words::is_space(c) || c == '(')) {
        return None;
    }
    let num = numeral::parse(&text[start..])?;
    let mut end = start + num.len;
    let mut span_start = start;
    let mut value = num.value;
    let mut unit: Option<&'static str> = None;
    let mut kind = None;
    let mut scale = 1.0;

    // Left: currency sign, then a sign.
    if let Some((sign_text, iso)) = units::CURRENCY_PREFIXES.iter().find(|(p, _)| text[..span_start].ends_with(p)) {
        let at = span_start - sign_text.len();
        // "Rs"/"Rmb" must not be the end of a longer word.
        let glued = text[..at].chars().next_back().is_some_and(|c| c.is_ascii_alphabetic());
        if !glued && at >= floor {
            span_start = at;
            unit = Some(iso);
            kind = Some(Kind::Money);
        }
    }
    let sign_char = text[..span_start].chars().next_back();
    if let Some(sign) = sign_char.filter(|c| matches!(c, '-' | '−' | '+')) {
        let at = span_start - sign.len_utf8();
        let lone = text[..at].chars().next_back().map_or(true, |c| words::is_space(c) || c == '(');
        if lone && at >= floor {
            span_start = at;
            if sign != '+' {
                value = -value;
            }
        }
    }
    // A number glued to letters or a hyphen on its left is part of a name: "G8", "COVID-19".
    let left = text[..span_start].chars().next_back();
    let glued_left = left.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '#' || c == '_');

    let rest = &text[end..];
    // A time of day: "7:45".
    if rest.len() >= 3 && rest.as_bytes()[0] == b':' && rest.as_bytes()[1..3].iter().all(u8::is_ascii_digit) {
        let mut m = blank(ByteSpan::new(span_start, end + 3), value, Kind::Other, 1.0);
        m.value = None;
        return Some(m);
    }
    // A pair: "98-2", "10-15", "2013-14", "$4-billion" is a scale, not a pair.
    if let Some(pair) = read_pair(text, end, &num) {
        if !glued_left {
            let mut m = pair_mention(text, span_start, num, pair);
            if m.kind == Kind::Range || m.kind == Kind::Tally {
                read_range_unit(text, &mut m, unit);
            }
            return Some(m);
        }
    }
    // Degrees: "40°C", "86 °F", "5°".
    if let Some(after_degree) = rest.strip_prefix('°') {
        let trimmed = after_degree.trim_start_matches(' ');
        let scale_letter = trimmed.chars().next().filter(|c| matches!(c, 'C' | 'F' | 'c' | 'f'));
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
        &rest[..len]
    };
    let glued_scale = if glued.is_empty() { None } else { lexicon::lookup(numbers::SCALE_SUFFIXES, glued) };
    if !glued.is_empty() {
        let next_is_word = rest[glued.len()..].chars().next().is_some_and(|c| c.is_alphanumeric());
        if next_is_word {
            return Some(other(span_start, end + glued.len()));
        }
        if let Some(s) = glued_scale
            .filter(|_| glued != "m" || unit.is_some() || num.decimals > 0 || followed_by_currency(text, end + 1))
        {
            scale = s;
            end += glued.len();
        } else if glued == "p" && unit.is_none() {
            // "1p a pint": pence, in the stated unit (GBX is the market code for pence).
            let round = numeral::round_unit(value, num.decimals);
            let mut m = blank(ByteSpan::new(span_start, end + 1), value, Kind::Money, round);
            m.unit = Some("GBX");
            return Some(m);
        } else if matches!(glued.to_ascii_lowercase().as_str(), "st" | "nd" | "rd" | "th") {
            let mut m = blank(ByteSpan::new(span_start, end + glued.len()), value, Kind::Ordinal, 1.0);
            m.noun = None;
            return Some(m);
        } else if glued == "s" && num.decimals == 0 && (num.int_digits == 4 || num.int_digits == 2) {
            // "1990s", "the 60s": a decade.
            return Some(blank(ByteSpan::new(span_start, end + 1), value, Kind::Year, 10.0));
        } else if let Some(symbol) = lexicon::lookup(units::MEASURES, glued) {
            let mut m = blank(
                ByteSpan::new(span_start, end + glued.len()),
                value,
                Kind::Measure,
                numeral::round_unit(value, num.decimals),
            );
            m.unit = Some(symbol);
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
    // Spaced scale: "1.2 million", "3 bn".
    if scale == 1.0 {
        if let Some(w) = next_word(text, end).filter(|w| w.start > end) {
            if let Some(s) = lexicon::lookup(numbers::SCALE_SUFFIXES, w.text).filter(|&s| s >= 1e3 && w.text.len() > 1)
            {
                scale = s;
                end = w.end;
            }
        }
    }
    value *= scale;
    let round_unit = numeral::round_unit(num.value, num.decimals) * scale;

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

fn followed_by_currency(text: &str, from: usize) -> bool {
    next_word(text, from.min(text.len())).is_some_and(|w| lexicon::lookup(units::CURRENCY_WORDS, w.text).is_some())
}

/// The second number of "98-2", "10-15", "2013-14", "98–2".
fn read_pair(text: &str, end: usize, first: &Numeral) -> Option<Numeral> {
    let rest = &text[end..];
    let dash = rest.chars().next().filter(|c| matches!(c, '-' | '–') || (*c == '/' && first.int_digits == 4))?;
    let after = &rest[dash.len_utf8()..];
    if !after.as_bytes().first().is_some_and(u8::is_ascii_digit) || first.decimals > 0 {
        return None;
    }
    let second = numeral::parse(after)?;
    let tail = &after[second.len..];
    // "2-3G", "12-5a": glued letters make it a name, unless they are a scale ("20-30bn").
    let letters = tail.bytes().take_while(u8::is_ascii_alphabetic).count();
    let scale = letters > 0 && lexicon::lookup(numbers::SCALE_SUFFIXES, &tail[..letters]).is_some();
    if tail.chars().next().is_some_and(|c| c.is_alphanumeric()) && !scale {
        return None;
    }
    Some(Numeral { len: dash.len_utf8() + second.len, ..second })
}

fn pair_mention(text: &str, start: usize, first: Numeral, second: Numeral) -> Mention {
    let end = start + first.len + second.len;
    let (a, mut b) = (first.value, second.value);
    let span = ByteSpan::new(start, end);
    let before = prev_word(text, start);
    let after = words_after(text, end, 2);
    // "2013-14", "1999-2000": a span of years.
    if first.int_digits == 4 && (1800.0..=2100.0).contains(&a) && second.decimals == 0 {
        if second.int_digits <= 2 {
            let modulus = 10f64.powi(second.int_digits as i32);
            b = (a / modulus).floor() * modulus + b;
        }
        if (second.int_digits <= 2 && b > a) || (second.int_digits == 4 && b > a) {
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
    let rest = &text[m.span.end..];
    let glued_len = rest.bytes().take_while(|b| b.is_ascii_alphabetic()).count();
    if glued_len > 0 {
        if let Some(s) = lexicon::lookup(numbers::SCALE_SUFFIXES, &rest[..glued_len]) {
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
    let rest = &text[m.span.end..];
    let trimmed = rest.trim_start_matches(words::is_space);
    let gap = rest.len() - trimmed.len();
    if trimmed.starts_with('%') && gap <= 1 {
        m.span.end += gap + 1;
        m.kind = Kind::Percent;
        m.unit = Some("%");
        return;
    }
    if gap == 0 {
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
    }
    if lexicon::contains(units::PERCENT_WORDS, w1.text) {
        m.span.end = w1.end;
        m.kind = Kind::Percent;
        m.unit = Some("%");
    } else if w1.is("pp") {
        m.span.end = w1.end;
        m.kind = Kind::Percent;
        m.unit = Some("pp");
    } else if let Some(iso) = lexicon::lookup(units::CURRENCY_WORDS, w1.text) {
        if m.kind == Kind::Count {
            m.span.end = w1.end;
            m.kind = Kind::Money;
            m.unit = Some(iso);
        }
    } else if let Some(symbol) = lexicon::lookup(units::MEASURES, w1.text) {
        // Single letters ("5 m") are too ambiguous spaced out, unless the figure is a
        // decimal or a conversion in parentheses: "6 feet (1.8 m)".
        let in_parens = text[..m.span.start].ends_with('(');
        if m.kind == Kind::Count && (w1.text.len() > 1 || m.round_unit < 1.0 || in_parens) {
            m.span.end = w1.end;
            m.kind = Kind::Measure;
            m.unit = Some(symbol);
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

/// Years, dates and designators among plain integers.
fn classify_plain(text: &str, m: &mut Mention, num: &Numeral) {
    let value = m.value.unwrap_or(0.0);
    let before = prev_word(text, m.span.start);
    let after = next_word(text, m.span.end);
    let is_month =
        |w: &Word<'_>| lexicon::contains(numbers::MONTHS, w.text.trim_end_matches('.')) && w.is_capitalised();
    if num.decimals == 0
        && !num.grouped
        && value >= 1.0
        && value <= 31.0
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
            && text[..word.start]
                .trim_end_matches(words::is_space)
                .chars()
                .next_back()
                .map_or(true, |c| matches!(c, '.' | '!' | '?' | '\n' | '"' | '“'));
        let designator = (word.is_capitalised() && !at_sentence_start && !lexicon::contains(COUNT_OPENERS, word.text))
            || word.is("no.")
            || word.text.contains('&');
        if designator {
            m.kind = Kind::Other;
        }
    }
}

fn read_words(text: &str, start: usize) -> Option<Mention> {
    let first = next_word(text, start)?;
    let w = written::read(text, first)?;
    let before = prev_word(text, w.start);
    let after = next_word(text, w.end);
    // "one of the", "no one", "the one": pronouns, not figures.
    if first.is("one") && w.value == 1.0 {
        let pronoun_after = after
            .map_or(true, |a| a.is("of") || lexicon::contains(nouns::STOPWORDS, a.text) || a.text.ends_with("self"));
        let pronoun_before = before.is_some_and(|b| {
            ["no", "the", "this", "that", "any", "every", "each", "which", "someone", "anyone"].iter().any(|p| b.is(p))
        });
        if pronoun_after || pronoun_before {
            return None;
        }
    }
    let unit = numeral::round_unit(w.value, 0);
    // "Mini One", "Three Gorges Dam": a capitalised number word beside a capitalised word,
    // away from the start of a sentence, is part of a name.
    let sentence_start =
        before.map_or(true, |b| b.end < w.start && text[b.end..w.start].contains(['.', '!', '?', '\n', '"', '“']));
    let in_name = first.is_capitalised()
        && (before.is_some_and(|b| b.is_capitalised() && !sentence_start) || after.is_some_and(|a| a.is_capitalised()));
    if in_name {
        return Some(other(w.start, w.end));
    }
    let mut m = blank(ByteSpan::new(w.start, w.end), w.value, Kind::Count, unit);
    read_unit_after(text, &mut m);
    Some(m)
}

/// The hedge right before `start`: "over", "more than", "just under".
fn read_hedge(text: &str, start: usize) -> Option<Qualifier> {
    let before = words_before(text, start, 3);
    for n in (1..=before.len()).rev() {
        let words = &before[..n];
        let phrase_start = words[n - 1].start;
        let phrase: String = words.iter().rev().map(|w| w.text).collect::<Vec<_>>().join(" ");
        if let Some(bound) = lexicon::lookup(hedges::HEDGES, &phrase) {
            return Some(Qualifier { bound, span: ByteSpan::new(phrase_start, words[0].end) });
        }
    }
    None
}

/// The head noun of what a figure counts: "755 U.S. diplomats" → "diplomats".
pub fn read_noun(text: &str, end: usize) -> Option<String> {
    let after = words_after(text, end, 6);
    let mut capitals = 0;
    let mut i = 0;
    while i < after.len() {
        let w = after[i];
        if !w.is_alphabetic() || lexicon::contains(nouns::STOPWORDS, w.text) {
            return None;
        }
        if w.is_capitalised() && lexicon::lookup(nouns::CLASSES, &nouns::singular(w.text)).is_none() {
            capitals += 1;
            if capitals > 2 {
                return None;
            }
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
                let plural = |x: &Word<'_>| x.text.ends_with('s') && !x.text.ends_with("ss");
                if next_is_noun && !known(&w) && (known(next) || (plural(next) && !plural(&w))) {
                    return Some(next.text.to_ascii_lowercase());
                }
            }
            return Some(w.text.to_ascii_lowercase());
        }
        i += 1;
    }
    None
}
