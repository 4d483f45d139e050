//! `exchange-rate`: one article converting between two currencies at different rates.
//!
//! # What it catches
//! "The fine was 250 euros (£173) … a 1.5bn-euro (£1.3bn) contract." — £0.69 per euro the
//! first time, £0.87 the second.
//!
//! # Why it matters
//! Conversions in one story should use one rate; a second rate usually means one
//! conversion was done by hand, wrongly, or copied from an older story. No other tool
//! checks this.
//!
//! # Flags
//! Two conversions between the same currencies whose implied rates differ beyond the
//! rounding of all four figures, plus 3% (warning: the article may convert at two dates).
//!
//! # Does not flag
//! "250 euros (£173) … 1.5bn euros (£1bn)" — 0.69 and 0.67 within rounding (`ok`).
//!
//! # False-alarm traps it avoids
//! - a conversion is a money figure followed by another currency in parentheses (a list
//!   "($332; £179.3)" gives one conversion per entry), or after ", or" / ", that's";
//! - a parenthesis that says more than the amount ("$99 (£69 in the UK)") gives a local
//!   price, not a conversion;
//! - pence (GBX) are converted to pounds before comparing;
//! - every figure is widened by its rounding and hedge ("over £1bn") before rates are
//!   compared.

use crate::interval::{self, Interval};
use crate::mention::{Kind, Mention};

use super::format;
use super::{Article, Finding, Severity, Verdict};

pub const ID: &str = "exchange-rate";
pub const SUMMARY: &str = "conversions between the same two currencies at different rates";

/// Relative slack on top of rounding: rates move a little between a story's sources.
const SLACK: f64 = 0.03;

struct Conversion {
    from: usize,
    to: usize,
    /// The currency pair, ordered alphabetically, and the rate of the first in the second.
    pair: (&'static str, &'static str),
    rate: Interval,
    point: f64,
}

/// A money figure in its main currency unit: pence become pounds.
fn money(m: &Mention) -> Option<(&'static str, Interval, f64)> {
    let unit = m.unit?;
    let v = m.value?;
    let i = interval::rounded(m);
    match unit {
        "GBX" => Some(("GBP", i.scale(0.01), v / 100.0)),
        _ => Some((unit, i, v)),
    }
}

fn conversions(cx: &Article<'_>) -> Vec<Conversion> {
    let ms = cx.mentions;
    let mut out = Vec::new();
    for i in 0..ms.len() {
        if ms[i].kind != Kind::Money {
            continue;
        }
        // Entries of a parenthesis or an "or"/"that's" right after the figure.
        let mut j = i + 1;
        let mut gap_start = ms[i].span.end;
        while j < ms.len() && ms[j].kind == Kind::Money {
            let gap = cx.text[gap_start..ms[j].phrase_start().max(gap_start)].trim().to_ascii_lowercase();
            let in_parens = cx.text[..ms[i].span.start].trim_end().ends_with('(');
            let opens = j == i + 1
                && (matches!(gap.as_str(), "(" | ", or" | "or" | ", that's" | ", that is" | "- about" | "(about")
                    || (in_parens && gap == ";"));
            let continues = j > i + 1 && matches!(gap.as_str(), ";" | "," | "/");
            // "(£69 in the UK)" is a local price, not a conversion: the parenthesis must
            // close (or the list go on) right after the amount.
            let closes = !cx.text[ms[j].span.end..].trim_start().starts_with(|c: char| c.is_alphanumeric());
            if !(opens || continues) || !closes {
                break;
            }
            if let (Some((ca, ia, va)), Some((cb, ib, vb))) = (money(&ms[i]), money(&ms[j])) {
                if ca != cb && va > 0.0 && vb > 0.0 && ia.lo > 0.0 {
                    let rate = Interval { lo: ib.lo / ia.hi, hi: ib.hi / ia.lo };
                    let (pair, rate, point) = if ca < cb {
                        ((ca, cb), rate, vb / va)
                    } else {
                        ((cb, ca), Interval { lo: 1.0 / rate.hi, hi: 1.0 / rate.lo }, va / vb)
                    };
                    out.push(Conversion { from: i, to: j, pair, rate, point });
                }
            }
            gap_start = ms[j].span.end;
            j += 1;
        }
    }
    out
}

pub fn run(cx: &Article<'_>) -> Vec<Finding> {
    let ms = cx.mentions;
    let all = conversions(cx);
    let mut findings = Vec::new();
    // The first conversion of each currency pair is the reference for the later ones.
    let mut first_of_pair: std::collections::HashMap<(&str, &str), usize> = std::collections::HashMap::new();
    for (k, c) in all.iter().enumerate() {
        let first = &all[*first_of_pair.entry(c.pair).or_insert(k)];
        if std::ptr::eq(first, c) {
            continue;
        }
        let slack = |r: Interval| Interval { lo: r.lo * (1.0 - SLACK), hi: r.hi * (1.0 + SLACK) };
        let holds = slack(first.rate).meets(c.rate);
        let describe = |e: &Conversion| {
            format!("{} ({})", format::stated(cx.text, &ms[e.from]), format::stated(cx.text, &ms[e.to]))
        };
        let rate = |p: f64| format!("{:.3} {} per {}", p, c.pair.1, c.pair.0);
        let (severity, verdict, message) = if holds {
            (
                Severity::Ok,
                Verdict::Consistent,
                format!(
                    "{} converts at {}, like {} earlier ({}).",
                    describe(c),
                    rate(c.point),
                    describe(first),
                    rate(first.point)
                ),
            )
        } else {
            (
                Severity::Warning,
                Verdict::Inconsistent,
                format!(
                    "{} converts at {}, but {} earlier converts at {}: two different rates in one article.",
                    describe(c),
                    rate(c.point),
                    describe(first),
                    rate(first.point)
                ),
            )
        };
        findings.push(Finding {
            check: ID,
            severity,
            verdict,
            mentions: vec![first.from, first.to, c.from, c.to],
            span: ms[c.to].span,
            message,
            expected: Some(first.point),
            stated: Some(c.point),
        });
    }
    findings
}

#[cfg(test)]
mod tests {
    use crate::Severity;

    fn run(text: &str) -> Vec<(Severity, String)> {
        crate::check::run_one(super::ID, text).into_iter().map(|f| (f.severity, f.message)).collect()
    }

    #[test]
    fn flags_two_rates() {
        let found = run("The fine was 250 euros (£173). The contract is worth 1.5bn euros (£1.3bn).");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, Severity::Warning);
        assert!(found[0].1.contains("two different rates"), "{}", found[0].1);
    }

    #[test]
    fn accepts_one_rate_within_rounding() {
        let found = run("The fine was 250 euros (£173). The contract is worth 1.5bn euros, that's over £1bn.");
        assert_eq!(found[0].0, Severity::Ok);
        let found = run("Sales were £38.5m ($72m). Profit was £10m ($18.7m).");
        assert_eq!(found[0].0, Severity::Ok, "{found:?}");
    }

    #[test]
    fn reads_lists_in_parentheses() {
        let found = run("Wages were 895 reais ($332; £179.3). Rent was $100 (£54).");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, Severity::Ok);
    }

    #[test]
    fn local_prices_are_not_conversions() {
        assert!(run("One costs $99 (£69 in the UK) and the other $149 (£99).").is_empty());
    }

    #[test]
    fn one_conversion_is_nothing_to_compare() {
        assert!(run("The fine was 250 euros (£173).").is_empty());
    }
}
