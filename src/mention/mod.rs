//! Mentions: every figure in the text, read with what surrounds it.
//!
//! A *mention* is one numeric expression ("over 1,200 personnel" gives the mention "1,200"
//! with the hedge "over" and the noun "personnel"). Extraction is one byte-scanning pass that finds
//! where figures start — digits or number words — and, for each, a few steps left and right
//! to read its currency sign, scale word, percent sign or unit ([`context`]), its hedge and
//! the noun it counts.
//!
//! Architecture invariant: extraction never fails. Odd text yields odd mentions or none; it
//! never panics, and every span it returns lies on `char` boundaries of the input.

mod context;
mod numeral;
mod scan;
pub mod words;
mod written;

pub(crate) use numeral::decimal;

use serde::Serialize;

use crate::lexicon::hedges::Bound;
use crate::span::ByteSpan;
use crate::text::Segments;

/// What sort of figure a mention is. Only some kinds may be operands of arithmetic on
/// counts: years, dates, ordinals and designators never are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Kind {
    Count,
    Money,
    Percent,
    Measure,
    Year,
    Date,
    Ordinal,
    Fraction,
    Tally,
    Range,
    /// Designators ("Flight 370", "S&P 500"), times, identifiers: numbers that are names.
    Other,
}

/// A hedge before a figure: "over", "nearly", "at least".
#[derive(Clone, Debug, PartialEq)]
pub struct Qualifier {
    pub bound: Bound,
    pub span: ByteSpan,
}

/// One figure found in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// The numeric expression with its sign, currency, scale word, percent sign and unit.
    pub span: ByteSpan,
    /// The value with scale words applied, in the stated unit. `None` when the figure cannot
    /// be read as one number (a time of day, a version number).
    pub value: Option<f64>,
    /// Both sides of a tally or range ("98-2" → [98, 2]); empty otherwise.
    pub values: Vec<f64>,
    pub kind: Kind,
    /// The normalised unit: ISO currency, unit symbol, "%" or "pp".
    pub unit: Option<&'static str>,
    pub qualifier: Option<Qualifier>,
    /// The lower-case head noun of what is counted ("diplomats").
    pub noun: Option<String>,
    pub sentence: usize,
    /// The place value of the last significant written digit, in the stated unit: how
    /// coarsely the figure may have been rounded ("1,200" → 100, "1.2 million" → 100,000).
    pub round_unit: f64,
}

impl Mention {
    /// Whether arithmetic on counts may use this figure.
    pub fn is_count(&self) -> bool {
        self.kind == Kind::Count && self.value.is_some()
    }

    /// Where the figure's phrase begins: its hedge if it has one ("over 1,200"), else the
    /// figure itself. Cue words and joining words are looked for before this point.
    pub fn phrase_start(&self) -> usize {
        self.qualifier.as_ref().map_or(self.span.start, |q| q.span.start)
    }
}

/// The text between figure `a` and the phrase of a later figure `b` ("(" in "10 miles (16
/// km)", " to " in "from 40 to nearly 60").
pub fn gap<'t>(text: &'t str, a: &Mention, b: &Mention) -> &'t str {
    text.get(a.span.end..b.phrase_start().max(a.span.end)).unwrap_or("")
}

/// The most figures one report reads. Ordinary news has about one figure per 170 bytes, so
/// 5 MB of it (the default input limit) has about 30,000; only a pasted table of numbers
/// reaches this. Past it, reading stops and the report says where (`Report::truncated`):
/// each figure costs a few hundred bytes of report, and an unbounded count made a
/// megabyte of "1,1,1,…" cost a gigabyte (issue 8).
pub const MAX_MENTIONS: usize = 40_000;

/// Finds every figure in `text`, in order of position, up to [`MAX_MENTIONS`].
pub fn extract(text: &str, segments: &Segments) -> Vec<Mention> {
    extract_at_most(text, segments, MAX_MENTIONS).0
}

/// Finds figures in `text` up to `limit` of them. Returns them with the byte offset where
/// reading stopped when the limit cut it short (`None` when the whole text was read).
pub fn extract_at_most(text: &str, segments: &Segments, limit: usize) -> (Vec<Mention>, Option<usize>) {
    let mut mentions = Vec::new();
    let mut from = 0;
    while let Some(start) = scan::next_start(text, from) {
        if mentions.len() == limit {
            return (mentions, Some(start));
        }
        // `from` is also the floor for a figure's left context: a currency sign or minus
        // sign is never taken from inside the previous figure ("0US$0").
        match context::read_figure(text, start, from, segments) {
            Some(mut mention) => {
                from = mention.span.end.max(start + 1);
                elided_currency(text, &mentions, &mut mention);
                mentions.push(mention);
            }
            None => from = scan::skip(text, start),
        }
    }
    (mentions, None)
}

/// Words that compare a figure with the amount of money before it: "77m euros, up from
/// 38m", "$7.7bn, compared with 3.8bn".
const COMPARED: &[&str] = &["from", "to", "with", "against", "versus", "than"];

/// "Profit was 77m euros, up from 38m": a scaled figure right after an amount of money and a
/// comparing word is money in the same currency, its currency left unsaid (and its "m" a
/// million, not a metre). Only a figure that is otherwise a bare number or a glued "m",
/// within a few words of the money, in the same sentence.
fn elided_currency(text: &str, before: &[Mention], m: &mut Mention) {
    let written = text.get(m.span.start..m.span.end).unwrap_or("");
    let glued_m = m.kind == Kind::Measure
        && m.unit == Some("m")
        && written.strip_suffix('m').is_some_and(|w| w.ends_with(|c: char| c.is_ascii_digit()));
    let scaled_count = m.kind == Kind::Count && m.qualifier.is_none() && m.round_unit >= 1e5 && m.noun.is_none();
    if !glued_m && !scaled_count {
        return;
    }
    // The amount it compares with stands before any brackets that follow that amount
    // ("77m euros (£53m; $100m), up from 38m": euros, not dollars): the nearest figure
    // whose gap to this one has its brackets closed.
    let Some((money, gap)) = before.iter().rev().take(4).find_map(|c| {
        let gap = text.get(c.span.end..m.phrase_start())?;
        (gap.matches('(').count() == gap.matches(')').count()).then_some((c, gap))
    }) else {
        return;
    };
    if money.kind != Kind::Money || money.sentence != m.sentence || money.round_unit < 1e5 {
        return;
    }
    // The gap's words outside brackets: a comparing word last, a few words in all.
    let mut depth = 0usize;
    let outside: String = gap
        .chars()
        .map(|c| {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ => {}
            }
            if depth > 0 || c == ')' {
                ' '
            } else {
                c
            }
        })
        .collect();
    let words: Vec<&str> = outside.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect();
    let compares = words.last().is_some_and(|w| crate::lexicon::contains(COMPARED, w));
    if !compares || words.len() > 6 || outside.contains(['.', ';', ':']) {
        return;
    }
    if glued_m {
        m.value = m.value.map(|v| v * 1e6);
        m.round_unit *= 1e6;
    }
    m.kind = Kind::Money;
    m.unit = money.unit;
}

#[cfg(test)]
mod tests;
