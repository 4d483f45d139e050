//! Writing figures into messages: "1,210", "over 1,200", "33.3".

use crate::mention::Mention;

/// A number the way an article would print it: thousands separators, at most two decimals,
/// no trailing zeros.
pub fn number(v: f64) -> String {
    if !v.is_finite() {
        return "?".to_string();
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
            out.push(',');
        }
        out.push(c);
    }
    if frac > 0 {
        let f = format!("{frac:02}");
        out.push('.');
        out.push_str(f.trim_end_matches('0'));
    }
    if negative {
        format!("−{out}")
    } else {
        out
    }
}

/// A figure as the text states it, hedge included: "over 1,200".
pub fn stated(text: &str, m: &Mention) -> String {
    let start = m.phrase_start();
    text[start..m.span.end].split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The hedge word of a figure followed by a space, or nothing: "over ".
pub fn hedge_prefix(text: &str, m: &Mention) -> String {
    m.qualifier.as_ref().map_or(String::new(), |q| format!("{} ", text[q.span.start..q.span.end].to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_like_an_article() {
        assert_eq!(number(1210.0), "1,210");
        assert_eq!(number(445.0), "445");
        assert_eq!(number(33.333), "33.33");
        assert_eq!(number(1_000_000.5), "1,000,000.5");
        assert_eq!(number(-5.0), "−5");
        assert_eq!(number(f64::NAN), "?");
    }
}
