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
//! # Phrasings it reads
//! - conversions in parentheses, in lists and after "or": "$4.2bn (£3.3bn)", "895 reais
//!   ($332; £179.3)", "Rs 2,400 crore ($288m)", "the 41.6bn-rupee ($500m) programme";
//!   and in words: "fined 1.7bn rand, equivalent to about $92m at the current exchange rate";
//! - a rate the text states: "With the rupee trading at about 83.2 to the dollar", "the
//!   peg keeping the yuan around 8.30 to the dollar", "a rate of 18.4 rand to the dollar" — every conversion between the two
//!   currencies is read against it, wherever it stands;
//! - when each conversion is: a year or "now", "the following year" beside it.
//!
//! # Flags
//! Two conversions between the same currencies whose implied rates differ beyond the
//! rounding of all four figures, plus 3% (warning: the article may convert at two dates);
//! a conversion against a rate the text states (warning).
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
//!   compared;
//! - conversions of different dates are not compared: "bought in 2005 for £790m ($1.47bn)
//!   … now valued at £4.5bn ($5.6bn)"; "a 684bn yen ($6.4bn) loss in 2000 into a 331bn
//!   yen ($2.7bn) profit the following year".

use crate::interval::{self, Interval};
use crate::lexicon::{self, units};
use crate::mention::{Kind, Mention};
use crate::relation::near;
use crate::text::Slice;
use crate::token::Tag;

use super::format;
use super::{Article, Finding, Severity, Verdict};
use crate::text::Lower as _;
use crate::text::Own as _;

pub const ID: &str = "exchange-rate";
pub const SUMMARY: &str = "conversions between the same two currencies at different rates";

/// Relative slack on top of rounding: rates move a little between a story's sources.
const SLACK: f64 = 0.03;

struct Conversion {
    from: usize,
    to: usize,
    /// When the conversion is said to be at: a year, "now", "the following year".
    time: Option<String>,
    /// A rate the text states ("83.2 to the dollar"), not a conversion of an amount.
    stated: bool,
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
            let gap = cx.text.s(gap_start..ms[j].phrase_start().max(gap_start)).trim().lower();
            let in_parens = cx.text.s(..ms[i].span.start).trim_end().ends_with('(');
            // "1.7bn rand, equivalent to about $245m at the current rate": a conversion said
            // in words, which may go on to name its rate.
            let equivalent = j == i + 1
                && matches!(
                    gap.as_str(),
                    ", equivalent to" | ", the equivalent of" | "(equivalent to" | "- equivalent to"
                );
            let opens = j == i + 1
                && (matches!(gap.as_str(), "(" | ", or" | "or" | ", that's" | ", that is" | "- about" | "(about")
                    || (in_parens && gap == ";"))
                || equivalent;
            let continues = j > i + 1 && matches!(gap.as_str(), ";" | "," | "/");
            // "(£69 in the UK)" is a local price, not a conversion: the parenthesis must
            // close (or the list go on) right after the amount.
            let closes = !cx.text.s(ms[j].span.end..).trim_start().starts_with(|c: char| c.is_alphanumeric());
            if !(opens || continues) || !(closes || equivalent) {
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
                    let time = time_of(cx, i, j);
                    out.push(Conversion { from: i, to: j, time, stated: false, pair, rate, point });
                }
            }
            gap_start = ms[j].span.end;
            j += 1;
        }
    }
    // (Kept while the findings are written: no spare half.)
    out.shrink_to_fit();
    out
}

/// Words that, with "year", say when: "the following year", "last year".
const RELATIVE_YEARS: &[&str] = &["following", "next", "previous", "last", "this", "same", "prior"];

/// When the conversion at mentions `i` to `j` is said to be: a year, "now", or "the
/// following year" in its clause — after it first ("a 331bn yen ($2.7bn) profit the
/// following year"), else before it ("bought in 2008 for £620m ($1.2bn)"), never past
/// another amount of money or a semicolon. A forecast's year ("worth $1.8bn by 2009") is
/// no date of conversion: forecasts are converted at the rate of the day.
fn time_of(cx: &Article<'_>, i: usize, j: usize) -> Option<String> {
    let (lo, hi) = (cx.tokens().of(i), cx.tokens().of(j));
    let range = near::sentence_tokens(cx, cx.mentions[i].sentence);
    let key = |k: usize| match near::tok(cx, k).map(|t| t.tag) {
        Some(Tag::Figure(f)) => {
            let m = &cx.mentions[f as usize];
            // ("by 2009" is a forecast, converted at the rate of the day like the rest.)
            let forecast = near::is_any(cx, k.wrapping_sub(1), &["by", "until", "till"]);
            // (The year's bits: keys are compared, never printed.)
            (m.kind == Kind::Year && m.values.is_empty() && m.round_unit < 10.0 && !forecast)
                .then(|| m.value.unwrap_or(0.0).to_bits().to_string())
        }
        Some(Tag::Word) if near::is_any(cx, k, &["now", "today", "currently", "presently"]) => Some("now".own()),
        Some(Tag::Word) if near::is(cx, k, "year") && near::is_any(cx, k.wrapping_sub(1), RELATIVE_YEARS) => {
            near::word(cx, k - 1).map(str::to_ascii_lowercase)
        }
        _ => None,
    };
    let stop = |k: usize| {
        near::is_punct(cx, k, ';')
            || near::tok(cx, k).and_then(|t| t.figure()).is_some_and(|f| cx.mentions[f].kind == Kind::Money)
    };
    let forward = (hi + 1..(hi + 9).min(range.end)).take_while(|&k| !stop(k)).find_map(key);
    forward.or_else(|| (lo.saturating_sub(8).max(range.start)..lo).rev().take_while(|&k| !stop(k)).find_map(key))
}

/// Rates the text states: "the rupee trading at about 83.2 to the dollar", "the yuan around
/// 8.30 to the dollar".
fn stated_rates(cx: &Article<'_>) -> Vec<Conversion> {
    let ms = cx.mentions;
    let mut out = Vec::new();
    for (i, m) in ms.iter().enumerate() {
        // "83.2 to the dollar" (the currency named before), or "18.4 rand to the dollar".
        let own = if m.kind == Kind::Money { m.unit } else { None };
        let quotes = m.kind == Kind::Count || own.is_some();
        let Some(v) = m.value.filter(|v| *v > 0.0 && quotes && m.values.is_empty()) else { continue };
        let t = cx.tokens().of(i);
        let per = if near::is(cx, t + 1, "to") && near::is(cx, t + 2, "the") {
            t + 3
        } else if near::is_any(cx, t + 1, &["per", "against"]) {
            if near::is(cx, t + 2, "the") {
                t + 3
            } else {
                t + 2
            }
        } else {
            continue;
        };
        let currency = |k: usize| near::word(cx, k).and_then(|w| lexicon::lookup(units::CURRENCY_WORDS, w));
        let Some(base) = currency(per) else { continue };
        // The currency quoted: named a few words before, in the same clause.
        let range = near::sentence_tokens(cx, m.sentence);
        let named = || (t.saturating_sub(8).max(range.start)..t).rev().find_map(currency);
        let Some(quoted) = own.or_else(named).filter(|&c| c != base) else {
            continue;
        };
        let r = interval::rounded(m);
        let widen = if m.qualifier.is_some() { 0.03 } else { 0.0 };
        let (lo, hi) = (r.lo * (1.0 - widen), r.hi * (1.0 + widen));
        // `v` units of `quoted` buy one `base`: the rate of `base` in `quoted` is v.
        let (pair, rate, point) = if base < quoted {
            ((base, quoted), Interval { lo, hi }, v)
        } else {
            ((quoted, base), Interval { lo: 1.0 / hi, hi: 1.0 / lo }, 1.0 / v)
        };
        out.push(Conversion { from: i, to: i, time: None, stated: true, pair, rate, point });
    }
    out
}

/// Whether two conversions may be at one rate: not said to be at different times.
fn same_time(a: &Conversion, b: &Conversion) -> bool {
    match (&a.time, &b.time) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// "1,050-1,125 rupees ($24-$26)": a range converted as a range, whose two ends must
/// convert at one rate.
fn range_conversions(cx: &Article<'_>) -> Vec<Finding> {
    let ms = cx.mentions;
    let mut out = Vec::new();
    for i in 0..ms.len().saturating_sub(1) {
        let (a, b) = (&ms[i], &ms[i + 1]);
        let money_range =
            |m: &Mention| m.kind == Kind::Range && m.values.len() == 2 && m.unit.is_some_and(|u| u.len() == 3);
        let gap = cx.text.get(a.span.end..b.phrase_start().max(a.span.end)).unwrap_or("").trim();
        if !money_range(a) || !money_range(b) || a.unit == b.unit || gap != "(" {
            continue;
        }
        let half = |m: &Mention| m.round_unit / 2.0;
        let end_rate = |k: usize| {
            let (x, y) = (a.values[k], b.values[k]);
            Interval { lo: (y - half(b)) / (x + half(a)), hi: (y + half(b)) / (x - half(a)).max(1e-300) }
        };
        let (lo_end, hi_end) = (end_rate(0), end_rate(1));
        let slack = |r: Interval| Interval { lo: r.lo * (1.0 - SLACK), hi: r.hi * (1.0 + SLACK) };
        let holds = slack(lo_end).meets(hi_end);
        let (ua, ub) = (a.unit.unwrap_or(""), b.unit.unwrap_or(""));
        let rate = |k: usize| crate::float::fixed(b.values[k] / a.values[k], 3);
        let describe = format!("{} ({})", format::stated(cx.text, a), format::stated(cx.text, b));
        let (severity, verdict, message) = if holds {
            (
                Severity::Ok,
                Verdict::Consistent,
                format!("{describe} converts both ends at one rate ({} and {} {ub} per {ua}).", rate(0), rate(1)),
            )
        } else {
            (
                Severity::Warning,
                Verdict::Inconsistent,
                format!("{describe} converts its ends at two rates ({} and {} {ub} per {ua}).", rate(0), rate(1)),
            )
        };
        out.push(Finding {
            check: ID,
            severity,
            verdict,
            mentions: vec![i, i + 1],
            span: b.span,
            message,
            expected: Some(b.values[0] / a.values[0]),
            stated: Some(b.values[1] / a.values[1]),
        });
    }
    out
}

pub fn run(cx: &Article<'_>) -> Vec<Finding> {
    let ms = cx.mentions;
    let all = conversions(cx);
    let stated = stated_rates(cx);
    // At most one finding per conversion: reserved, not doubled into (a table of
    // conversions makes tens of thousands).
    let mut findings = Vec::with_capacity(all.len());
    // A rate the text states is the reference for every conversion of its pair; otherwise
    // the first conversion of the pair at the same time is.
    let mut by_pair: crate::map::Map<(&str, &str), Vec<usize>> = crate::map::Map::new();
    let mut stated_by_pair: crate::map::Map<(&str, &str), usize> = crate::map::Map::new();
    for (k, r) in stated.iter().enumerate() {
        stated_by_pair.entry(r.pair).or_insert(k);
    }
    for (k, c) in all.iter().enumerate() {
        let earlier = by_pair.entry(c.pair).or_default();
        // (The first few conversions of the pair are enough: a table of conversions stays
        // linear.)
        let reference = stated_by_pair
            .get(&c.pair)
            .map(|&r| &stated[r])
            .or_else(|| earlier.iter().take(16).map(|&e| &all[e]).find(|e| same_time(e, c)));
        if earlier.len() < 16 {
            earlier.push(k);
        }
        let Some(first) = reference else { continue };
        let slack = |r: Interval| Interval { lo: r.lo * (1.0 - SLACK), hi: r.hi * (1.0 + SLACK) };
        let holds = slack(first.rate).meets(c.rate);
        let describe = |e: &Conversion| {
            format!("{} ({})", format::stated(cx.text, &ms[e.from]), format::stated(cx.text, &ms[e.to]))
        };
        let rate = |p: f64| format!("{} {} per {}", crate::float::fixed(p, 3), c.pair.1, c.pair.0);
        let stated_text = || format::stated(cx.text, &ms[first.from]);
        let (severity, verdict, message) = if first.stated {
            if holds {
                (
                    Severity::Ok,
                    Verdict::Consistent,
                    format!(
                        "{} converts at {}, the rate the text states ({}).",
                        describe(c),
                        rate(c.point),
                        stated_text()
                    ),
                )
            } else {
                (
                    Severity::Warning,
                    Verdict::Inconsistent,
                    format!(
                        "{} converts at {}, but the text states a rate of {} ({}).",
                        describe(c),
                        rate(c.point),
                        stated_text(),
                        rate(first.point)
                    ),
                )
            }
        } else if holds {
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
            mentions: if first.stated {
                vec![first.from, c.from, c.to]
            } else {
                vec![first.from, first.to, c.from, c.to]
            },
            span: ms[c.to].span,
            message,
            expected: Some(first.point),
            stated: Some(c.point),
        });
    }
    findings.extend(range_conversions(cx));
    // (Mostly in order already; a sort's buffer on a table of conversions is half the
    // findings again.)
    if !findings.is_sorted_by_key(|f| f.span.start) {
        crate::sort::by_key(&mut findings, |f| f.span.start);
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
    fn conversions_of_different_dates_are_not_compared() {
        let text = "The club was bought in 2008 for £620m ($1.2bn). Its owners now say it is worth £3.1bn ($3.9bn).";
        assert!(run(text).is_empty(), "{:?}", run(text));
        let text = "It turned a 684bn yen ($6.4bn) loss in 2000 into a 331bn yen ($2.7bn) profit the following year.";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }

    #[test]
    fn reads_a_stated_rate() {
        let text = "With the rupee trading at about 83.2 to the dollar, the 41.6bn-rupee ($500m) programme is huge.";
        assert_eq!(run(text)[0].0, Severity::Ok);
        let text = "With the rupee trading at about 83.2 to the dollar, the 41.6bn-rupee ($620m) programme is huge.";
        assert_eq!(run(text)[0].0, Severity::Warning);
    }

    #[test]
    fn a_range_converts_at_one_rate() {
        assert_eq!(run("The price range was 1,050-1,125 rupees ($24-$26).")[0].0, Severity::Ok);
        assert_eq!(run("The price range was 1,050-1,125 rupees ($24-$36).")[0].0, Severity::Warning);
    }

    #[test]
    fn one_conversion_is_nothing_to_compare() {
        assert!(run("The fine was 250 euros (£173).").is_empty());
    }

    #[test]
    fn reads_a_conversion_in_words_against_the_rate_it_names() {
        let text = "The tribunal fined the firm 1.7bn rand, equivalent to about $245m at the current exchange \
                    rate of 18.4 rand to the dollar.";
        let found = run(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, Severity::Warning);
        let right = text.replace("$245m", "$92m");
        assert_eq!(run(&right)[0].0, Severity::Ok, "{:?}", run(&right));
    }
}
