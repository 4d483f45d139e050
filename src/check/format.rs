//! Writing figures into messages: "1,210", "over 1,200", "33.3".

use crate::mention::Mention;
use crate::text::Lower as _;
use crate::text::Own as _;
use crate::text::Put as _;
use crate::text::Slice;

/// A number the way an article would print it: thousands separators, at most two decimals,
/// no trailing zeros.
pub fn number(v: f64) -> String {
    if !v.is_finite() {
        return "?".own();
    }
    let rounded = (v * 100.0).round() / 100.0;
    let negative = rounded < 0.0;
    let abs = rounded.abs();
    let int = abs.trunc() as u128;
    let frac = ((abs - abs.trunc()) * 100.0).round() as u32;
    let digits = int.to_string();
    let mut out = String::with_capacity(digits.len() + 4);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.put(',');
        }
        out.put(c);
    }
    if frac > 0 {
        let f = format!("{frac:02}");
        out.put('.');
        out.push_str(f.trim_end_matches('0'));
    }
    if negative {
        format!("−{out}")
    } else {
        out
    }
}

/// A value in the unit of figure `like`: "£4.4m" for money stated like "£14.2m", "1,850"
/// for a count. Scales follow the size: "$2.46bn", "£54,500".
pub fn amount(like: &Mention, v: f64) -> String {
    if like.kind == crate::mention::Kind::Percent {
        // "60% → 80%", "5.4% → 5.2%": the unit the figure was written in.
        return if like.unit == Some("pp") { format!("{} points", number(v)) } else { format!("{}%", number(v)) };
    }
    if like.kind != crate::mention::Kind::Money {
        return number(v);
    }
    let (prefix, suffix) = match like.unit {
        Some("GBP") => ("£", ""),
        Some("USD") => ("$", ""),
        Some("EUR") => ("€", ""),
        Some("JPY") => ("¥", ""),
        Some("GBX") => ("", "p"),
        Some("USX") => ("", " cents"),
        Some(code) => ("", code),
        None => ("", ""),
    };
    let sign = if v < 0.0 { "−" } else { "" };
    let a = v.abs();
    let scaled = if a >= 1e9 {
        format!("{}bn", trim(a / 1e9))
    } else if a >= 1e6 {
        format!("{}m", trim(a / 1e6))
    } else {
        number(a)
    };
    if suffix.len() > 1 {
        format!("{sign}{scaled} {suffix}")
    } else {
        format!("{sign}{prefix}{scaled}{suffix}")
    }
}

/// Up to three decimals, no trailing zeros: 2.46, 1.5, 4.
fn trim(v: f64) -> String {
    let s = crate::float::fixed((v * 1000.0).round() / 1000.0, 3);
    s.trim_end_matches('0').trim_end_matches('.').own()
}

/// A figure as the text states it, hedge included: "over 1,200".
pub fn stated(text: &str, m: &Mention) -> String {
    let start = m.phrase_start();
    text.s(start..m.span.end).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The hedge word of a figure followed by a space, or nothing: "over ".
///
/// ASCII lower-casing is all it takes: a qualifier is words matched ASCII case-insensitively
/// against the hedges, which are ASCII (tested), with spaces between them, which have no
/// case. (`str::to_lowercase` would bring Unicode's lower-case table, 11.5 KB, into the wasm.)
pub fn hedge_prefix(text: &str, m: &Mention) -> String {
    m.qualifier.as_ref().map_or(String::new(), |q| format!("{} ", text.s(q.span.start..q.span.end).lower()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What lets `hedge_prefix` lower-case in ASCII only.
    #[test]
    fn hedges_are_ascii() {
        for (phrase, _) in crate::lexicon::hedges::HEDGES {
            assert!(phrase.is_ascii(), "{phrase:?}");
        }
    }

    #[test]
    fn prints_like_an_article() {
        assert_eq!(number(1210.0), "1,210");
        assert_eq!(number(445.0), "445");
        assert_eq!(number(33.333), "33.33");
        assert_eq!(number(1_000_000.5), "1,000,000.5");
        assert_eq!(number(-5.0), "−5");
        assert_eq!(number(f64::NAN), "?");
    }

    #[test]
    fn prints_amounts_in_the_unit_of_a_figure() {
        let text = "£14.2m and 3 people";
        let ms = crate::mention::extract(text, &crate::text::Segments::new(text));
        assert_eq!(amount(&ms[0], 4.4e6), "£4.4m");
        assert_eq!(amount(&ms[0], 54_500.0), "£54,500");
        assert_eq!(amount(&ms[0], 2.46e9), "£2.46bn");
        assert_eq!(amount(&ms[1], 1850.0), "1,850");
    }
}
