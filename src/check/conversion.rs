//! `conversion`: a unit conversion that is wrong.
//!
//! # What it catches
//! "The trail is 10 miles (25 km) long." — 10 miles is 16 km. "It reached 40°C (86°F)." —
//! 40°C is 104°F. "£178 million (US$222.16)" — a pound is not worth a millionth of a dollar.
//!
//! # Why it matters
//! Conversions are typed from memory; a wrong one is easy to spot for half the readers and
//! impossible to spot for the other half, who then carry the wrong figure away.
//!
//! # Phrasings it reads
//! - a figure and its conversion in parentheses or after "or": "26 miles (42km)", "38C
//!   (100F)", "minus 12C (10F)", "6ft 4in (1.93m)", "1,500 sq ft (140 sq m)", "200mph
//!   (322km/h)", "2.5 tonnes (5,500lb)", "a 10km (6.2-mile) race";
//! - currencies: the rate a conversion implies against the rates the two currencies have
//!   had since 2000 (`lexicon::units::USD_VALUE_BANDS`): "¥1.2 trillion ($81bn)" implies 15
//!   yen to the dollar, which it never was; pairs that move together have their own range
//!   (`CROSS_BANDS`): "€45m (£72m)" is £1.60 a euro, never seen;
//! - a bracket into the currency it converts from, with another value: "$3bn ($1.6bn)";
//! - a sum restated for another period (`relation::periods`): "£1,200 a month, or £14,400 a
//!   year", "30p a day (£109.50 a year)", "£200m over five years, or £40m a year"; a day is
//!   5 to 7 to a week and 220 to 366 to a year; `ok` needs the calendar followed, a working
//!   calendar gives a note;
//! - a figure restated in another unit paragraphs later, as a definite reference: "a
//!   380-mile pipeline" … "the 612km route", when it is the one earlier figure of that
//!   dimension.
//!
//! # Flags
//! "10 miles (25 km)", "40°C (86°F)", "£240m (US$302.4)", "$3bn ($1.6bn)", "£1,200 a month,
//! or £16,400 a year" (errors); a restatement in another
//! unit paragraphs away that converts wrongly (warning).
//!
//! # Does not flag
//! "10 miles (16 km)", "6 feet (1.8 m)", "100 kg (220 lb)" (`ok`); conversions rounded to
//! a sensible precision (within 3%) are notes at most; a currency conversion at a rate the
//! currencies have had is a `note` (the rate of the day cannot be known).
//!
//! # False-alarm traps it avoids
//! - the converted figure must follow in parentheses (or after ", or") right after the
//!   first, with a unit the table converts to; a restatement elsewhere must be definite
//!   ("the 612km route"), the only candidate, and within half again of the conversion;
//! - the tolerance is the stated precision of both figures (and their hedges), then 3%; the
//!   first figure's own rounding counts too, but unhedged only to within 5% of it ("200"
//!   in "200-kilogram (341-pound)" is not anything from 150 to 250);
//! - the currency band is every rate since 2000 widened by a tenth: only an impossible rate
//!   is an error;
//! - a restated period needs ", or" or a bracket: "£20 a day or £100 a week" offers two
//!   tickets; and with a price in the sentence ("costs £9.99 a month, or £99 a year") a
//!   longer period below the arithmetic is a cheaper plan, not an error; words after the
//!   restated period make it another quantity ("£2,100 a month after tax", "£5,000 a year if
//!   they look after two people").

use crate::interval;
use crate::lexicon::units::{self, CONVERSIONS, USD_VALUE_BANDS};
use crate::mention::{gap, Kind, Mention};
use crate::relation::{changes::base_value, near, periods, referents};

use super::format;
use super::{Article, Finding, Severity, Verdict};

pub const ID: &str = "conversion";
pub const SUMMARY: &str = "a unit conversion that is wrong (\"10 miles (25 km)\")";

/// How far past the band of historical rates a currency conversion may stray before it is
/// impossible.
const BAND_SLACK: f64 = 0.1;
/// How many paragraphs apart a restatement in another unit may stand.
const RESTATED_PARAGRAPHS: usize = 12;

/// Converts `v` from unit `from` to unit `to`, if the table knows how.
pub fn convert(v: f64, from: &str, to: &str) -> Option<f64> {
    CONVERSIONS.iter().find_map(|&(a, b, factor, offset)| {
        if a == from && b == to {
            Some(v * factor + offset)
        } else if a == to && b == from {
            Some((v - offset) / factor)
        } else {
            None
        }
    })
}

/// Whether `b` is written as a conversion of `a`: in parentheses right after it, or after
/// ", or".
fn converts(cx: &Article<'_>, a: &Mention, b: &Mention) -> bool {
    let g = gap(cx.text, a, b).trim();
    g == "(" || g == ", or" || g == "or"
}

fn measure_finding(cx: &Article<'_>, i: usize, j: usize, linked: bool) -> Option<Finding> {
    let ms = cx.mentions;
    let (a, b) = (&ms[i], &ms[j]);
    let (from, to) = (a.unit?, b.unit?);
    let (av, bv) = (a.value?, b.value?);
    let converted = convert(av, from, to)?;
    let half = b.round_unit / 2.0 + 1e-9;
    let diff = (converted - bv).abs();
    // The first figure's own rounding: "about 60 miles" may be 55 to 65 — but not its hedge,
    // which qualifies the conversion as much as the figure ("up to 200mph (322km/h)").
    // A round figure unhedged is not that loose, though: "200-kilogram (341-pound)" does
    // not read as anything from 150 to 250 kg; unhedged, a figure is taken to within 5%.
    let reach = |x: f64| convert(x, from, to);
    let slack = if a.qualifier.is_some() { a.round_unit / 2.0 } else { (a.round_unit / 2.0).min(0.05 * av.abs()) };
    let within_first = reach(av - slack)
        .zip(reach(av + slack))
        .is_some_and(|(x, y)| (x.min(y) - half..=x.max(y) + half).contains(&bv));
    let verdict = if diff <= half {
        Verdict::Consistent
    } else if diff <= half.max(0.03 * bv.abs()) || within_first {
        if a.qualifier.is_some() || b.qualifier.is_some() {
            Verdict::ConsistentWithHedge
        } else {
            Verdict::ConsistentWithRounding
        }
    } else {
        Verdict::Inconsistent
    };
    if linked && verdict == Verdict::Inconsistent && !(0.67..=1.5).contains(&(bv / converted)) {
        return None; // too far off to be the same figure restated
    }
    let base = format!("{} is {} {to}", format::stated(cx.text, a), format::number(converted));
    let said = format::stated(cx.text, b);
    let (severity, message) = match verdict {
        Verdict::Consistent => (Severity::Ok, format!("{base}, as the text says ({said}).")),
        Verdict::Inconsistent => {
            (if linked { Severity::Warning } else { Severity::Error }, format!("{base}, not {said}."))
        }
        _ => (Severity::Note, format!("{base}; the text rounds it to {said}.")),
    };
    let message = if linked {
        format!("{message} The two figures stand in different sentences; check that they measure one thing.")
    } else {
        message
    };
    Some(Finding {
        check: ID,
        severity,
        verdict,
        mentions: vec![i, j],
        span: b.span,
        message,
        expected: Some(converted),
        stated: Some(bv),
    })
}

/// A money figure's currency and value in its main unit (pence as pounds).
fn money(m: &Mention) -> Option<(&'static str, f64)> {
    let unit = match m.unit? {
        "GBX" => "GBP",
        u => u,
    };
    Some((unit, base_value(m)?))
}

fn band(currency: &str) -> Option<(f64, f64)> {
    USD_VALUE_BANDS.iter().find(|(c, _, _)| *c == currency).map(|&(_, lo, hi)| (lo, hi))
}

/// How far past the conventions of its periods a restated rate may stray before it is wrong:
/// reporters round "£1,200 a month" to "about £14,000 a year".
const PERIOD_SLACK: f64 = 0.02;

/// Words of prices, where a longer period may be a cheaper plan.
const PRICES: &[&str] = &[
    "cost",
    "costs",
    "price",
    "priced",
    "prices",
    "ticket",
    "tickets",
    "fare",
    "fares",
    "pass",
    "passes",
    "subscription",
    "subscriptions",
    "plan",
    "plans",
    "membership",
    "fee",
    "fees",
    "charge",
    "charges",
    "charged",
    "tariff",
];

/// "£1,200 a month, or £14,400 a year", "£200m over five years, or £40m a year", "30p a day
/// (£109.50 a year)": a sum restated for another period, in the same currency.
fn period_finding(cx: &Article<'_>, i: usize) -> Option<Finding> {
    let ms = cx.mentions;
    // What `a` is per period, where its phrase ends, and the figure after it (past the
    // duration's own: "£200m over five years, or £40m a year").
    let (per_a, over, end, j) = match (periods::per(cx, i), periods::spread_over(cx, i)) {
        (Some((p, end)), _) => (p, 1.0, end, i + 1),
        (None, Some((n, p, end))) => (p, n, end, i + 2),
        _ => return None,
    };
    let ((ca, va), (cb, vb)) = (money(ms.get(i)?)?, money(ms.get(j)?)?);
    if ca != cb || va <= 0.0 || vb <= 0.0 {
        return None;
    }
    let (per_b, end_b) = periods::per(cx, j)?;
    // The restatement ends there: not "£2,100 a month after tax", "£5,000 a year if they
    // look after two people", "£50m a year once it is fully running" — another quantity.
    if near::tok(cx, end_b + 1).is_some_and(|t| t.punct().is_none() && near::same_sentence(cx, end_b, end_b + 1)) {
        return None;
    }
    let joined = near::tok(cx, end).and_then(|t| cx.text.get(t.end as usize..ms[j].phrase_start())).unwrap_or("");
    // (Not a bare "or": "£20 a day or £100 a week" offers two tickets.)
    if !matches!(joined.trim(), "(" | ", or") || per_a.name == per_b.name && over == 1.0 {
        return None;
    }
    // "costs £9.99 a month, or £99 a year": a price for a longer period is often a cheaper
    // plan, not a restatement. Below the arithmetic it is no error; above it, a warning.
    let priced = near::sentence_tokens(cx, ms[i].sentence).any(|k| near::is_any(cx, k, PRICES));
    let ways: Vec<f64> = periods::factors(per_a, per_b).into_iter().map(|f| f / over).collect();
    let (flo, fhi) = ways.iter().fold((f64::INFINITY, 0.0_f64), |(lo, hi), &f| (lo.min(f), hi.max(f)));
    // Both figures as their rounding and hedges allow, in the currency's main unit (pence
    // to pounds).
    let scale = |k: usize, v: f64| Some(v / ms[k].value.filter(|x| *x != 0.0)?);
    let (a_scale, b_scale) = (scale(i, va)?, scale(j, vb)?);
    let (ra, rb) = (interval::rounded(&ms[i]).scale(a_scale), interval::rounded(&ms[j]).scale(b_scale));
    // `ok` only for a restatement that follows one convention (to half a per cent, or the
    // figures' rounding); one between conventions, or off by the rounding, is a note.
    let follows = |f: f64| {
        let e = interval::Interval { lo: ra.lo * f, hi: ra.hi * f };
        (va * f - vb).abs() <= 0.005 * vb || e.meets(rb) && (va * f - vb).abs() <= 0.02 * vb
    };
    let within = interval::Interval { lo: ra.lo * flo * (1.0 - PERIOD_SLACK), hi: ra.hi * fhi * (1.0 + PERIOD_SLACK) };
    let (a, b) = (format::stated(cx.text, &ms[i]), format::stated(cx.text, &ms[j]));
    let what = if over > 1.0 {
        format!("{a} over {} {}s is", format::number(over), per_a.name)
    } else {
        format!("{a} a {} is", per_a.name)
    };
    let factor = |f: f64| {
        if f >= 1.0 {
            format!("× {}", format::number(f))
        } else {
            format!("÷ {}", format::number(1.0 / f))
        }
    };
    // (In `b`'s own unit: pence stay pence.)
    let shown = |v: f64| format::amount(&ms[j], v / b_scale);
    let per = per_b.name;
    let calendar = (per_b.days / per_a.days) / over;
    let (severity, verdict, message) = if let Some(&f) = ways.iter().find(|&&f| follows(f)) {
        // (A price that fits may still be another plan's, and a working calendar fits what
        // runs every day too — "spends £15 a day, or £3,300 a year" is 220 days of it: a
        // note, not a promise.)
        let working = (f - calendar).abs() > 0.01 * calendar;
        let severity = if priced || working { Severity::Note } else { Severity::Ok };
        let on = if working { ", on a working calendar" } else { "" };
        (severity, Verdict::Consistent, format!("{what} {} a {per} ({}{on}): {b} fits.", shown(va * f), factor(f)))
    } else {
        let range = if ways.len() == 1 || shown(va * flo) == shown(va * fhi) {
            format!("{} a {per} ({})", shown(va * flo), factor(flo))
        } else {
            format!("{} to {} a {per} ({} to {})", shown(va * flo), shown(va * fhi), factor(flo), factor(fhi))
        };
        if within.meets(rb) {
            (
                Severity::Note,
                Verdict::ConsistentWithRounding,
                format!("{what} {range}; {b} holds only within the rounding of the figures or between conventions."),
            )
        } else if priced && rb.hi < within.lo {
            return None;
        } else {
            let severity = if priced { Severity::Warning } else { Severity::Error };
            (severity, Verdict::Inconsistent, format!("{what} {range}, but the text says {b}."))
        }
    };
    Some(Finding {
        check: ID,
        severity,
        verdict,
        mentions: vec![i, j],
        span: ms[j].span,
        message,
        expected: Some(va * (flo + fhi) / 2.0),
        stated: Some(vb),
    })
}

/// A currency conversion against the rates the two currencies have had.
fn currency_finding(cx: &Article<'_>, i: usize, j: usize) -> Option<Finding> {
    let ms = cx.mentions;
    let ((ca, va), (cb, vb)) = (money(&ms[i])?, money(&ms[j])?);
    if ca == cb {
        return same_currency_finding(cx, i, j);
    }
    if va <= 0.0 || vb <= 0.0 {
        return None;
    }
    let ((alo, ahi), (blo, bhi)) = (band(ca)?, band(cb)?);
    // Dollars per unit of each side: the implied value of one unit of `a` in `b` — or the
    // pair's own range, when its currencies move together (the euro and the pound).
    let rate = vb / va;
    let (range_lo, range_hi) = units::cross_band(ca, cb).unwrap_or((alo / bhi, ahi / blo));
    let (lo, hi) = (range_lo * (1.0 - BAND_SLACK), range_hi * (1.0 + BAND_SLACK));
    // The figures' own rounding can move the rate too.
    let (ra, rb) = (interval::rounded(&ms[i]), interval::rounded(&ms[j]));
    let scale = |m: &Mention| if m.unit == Some("GBX") { 0.01 } else { 1.0 };
    let (rlo, rhi) =
        (rb.lo * scale(&ms[j]) / (ra.hi * scale(&ms[i])), rb.hi * scale(&ms[j]) / (ra.lo * scale(&ms[i])).max(1e-300));
    let plausible = rhi >= lo && rlo <= hi;
    let shown = |r: f64| {
        if r >= 0.01 {
            format::number(r)
        } else {
            crate::float::exp(r, 2)
        }
    };
    let (a, b) = (format::stated(cx.text, &ms[i]), format::stated(cx.text, &ms[j]));
    let (severity, verdict, message) = if plausible {
        (
            Severity::Note,
            Verdict::ConsistentWithRounding,
            format!(
                "{a} ({b}) implies {} {cb} per {ca}, a rate the two currencies have had (from {} to {} since 2000).",
                shown(rate),
                shown(range_lo),
                shown(range_hi)
            ),
        )
    } else {
        (
            Severity::Error,
            Verdict::Inconsistent,
            format!(
                "{a} ({b}) implies {} {cb} per {ca}, but since 2000 the rate has stayed between {} and {}: one of the figures is wrong.",
                shown(rate),
                shown(range_lo),
                shown(range_hi)
            ),
        )
    };
    Some(Finding {
        check: ID,
        severity,
        verdict,
        mentions: vec![i, j],
        span: ms[j].span,
        message,
        expected: None,
        stated: Some(rate),
    })
}

/// "$3bn ($1.6bn)": a bracket that converts into the currency it converts from, with
/// another value. The sign was meant to be another currency's, or a figure is wrong; the
/// bracket cannot be right as printed. Only the same written sign counts ("$3bn (US$2.4bn)"
/// in a Canadian story converts between two dollars), only a bare bracket that closes right
/// after the figure ("($1.6bn after tax)" says something else), and only beyond both
/// figures' rounding; a bracket that agrees is `repeat`'s restatement, not a conversion.
fn same_currency_finding(cx: &Article<'_>, i: usize, j: usize) -> Option<Finding> {
    let ms = cx.mentions;
    let sign = |m: &Mention| {
        let t = cx.text.get(m.span.start..m.span.end).unwrap_or("");
        t.get(..t.find(|c: char| c.is_ascii_digit())?).filter(|s| !s.is_empty())
    };
    let closes = cx.text.get(ms[j].span.end..).is_some_and(|rest| rest.starts_with(')'));
    if gap(cx.text, &ms[i], &ms[j]).trim() != "(" || !closes || sign(&ms[i])? != sign(&ms[j])? {
        return None;
    }
    // ("Pre-tax profits rose to £312m (£254m) in the six months": results give last
    // year's figure in brackets.)
    let sentence = near::sentence_tokens(cx, ms[i].sentence);
    if sentence.take(80).any(|k| near::is_any(cx, k, crate::lexicon::cues::RESULTS)) {
        return None;
    }
    let (ra, rb) = (interval::rounded(&ms[i]), interval::rounded(&ms[j]));
    if ra.lo <= rb.hi && rb.lo <= ra.hi {
        return None;
    }
    let (a, b) = (format::stated(cx.text, &ms[i]), format::stated(cx.text, &ms[j]));
    Some(Finding {
        check: ID,
        severity: Severity::Error,
        verdict: Verdict::Inconsistent,
        mentions: vec![i, j],
        span: ms[j].span,
        message: format!(
            "{a} ({b}) converts into the same currency with another value: the sign in the brackets was meant to be another currency's, or one of the figures is wrong."
        ),
        expected: None,
        stated: None,
    })
}

/// The word after a measure: what it measures ("a 380-mile pipeline", "the 612km route").
fn measured(cx: &Article<'_>, i: usize) -> Option<String> {
    let t = cx.tokens().of(i);
    near::word(cx, t + 1).filter(|_| near::same_sentence(cx, t, t + 1)).map(referents::key)
}

pub fn run(cx: &Article<'_>) -> Vec<Finding> {
    let ms = cx.mentions;
    let mut findings = Vec::new();
    let mut paired = vec![false; ms.len()];
    // Currency pairs converted, to leave a pair converted twice to `exchange-rate`.
    let mut pairs: Vec<(usize, (&str, &str))> = Vec::new();
    for i in 0..ms.len().saturating_sub(1) {
        let (a, b) = (&ms[i], &ms[i + 1]);
        if !converts(cx, a, b) {
            if let Some(f) = period_finding(cx, i) {
                paired[i] = true;
                paired[f.mentions[1]] = true;
                findings.push(f);
            }
            continue;
        }
        // "$3.8m to $4.9m (£2m to £2.6m)": a range converted as a range, end to end.
        let range_end = i >= 1
            && near::is(cx, cx.tokens().of(i).wrapping_sub(1), "to")
            && ms[i - 1].kind == a.kind
            && ms[i - 1].unit == a.unit;
        let (x, y) = if range_end { (i - 1, i + 1) } else { (i, i + 1) };
        let found = match (a.kind, b.kind) {
            (Kind::Measure, Kind::Measure) if a.unit != b.unit => measure_finding(cx, x, y, false),
            (Kind::Money, Kind::Money) => currency_finding(cx, x, y),
            _ => None,
        };
        if let Some(f) = found {
            paired[i] = true;
            paired[i + 1] = true;
            if let (Some((p, _)), Some((q, _))) = (money(a), money(b)) {
                pairs.push((findings.len(), if p < q { (p, q) } else { (q, p) }));
            }
            findings.push(f);
        }
    }
    // A plausible rate is worth a note only where no second conversion of the pair lets
    // `exchange-rate` compare rates.
    let mut count: crate::map::Map<(&str, &str), usize> = crate::map::Map::new();
    for (_, pair) in &pairs {
        *count.entry(*pair).or_default() += 1;
    }
    let mut repeated = vec![false; findings.len()];
    for (k, pair) in &pairs {
        repeated[*k] = count.get(pair).is_some_and(|&n| n > 1);
    }
    let mut k = 0;
    findings.retain(|f| {
        let keep = !(repeated[k] && f.severity == Severity::Note);
        k += 1;
        keep
    });
    // "a 380-mile pipeline" … "the 612km route": a definite restatement in another unit.
    let mut seen: Vec<usize> = Vec::new();
    let mut by_unit: crate::map::Map<&str, usize> = crate::map::Map::new();
    for j in 0..ms.len() {
        let b = &ms[j];
        if b.kind != Kind::Measure || cx.in_parens(j) {
            continue;
        }
        let Some(unit) = b.unit else { continue };
        if b.value.is_some() && !paired[j] && referents::is_definite(cx, j) {
            let here = cx.segments.paragraph_of(b.sentence);
            let candidates: Vec<usize> = seen
                .iter()
                .rev()
                .take(8)
                .copied()
                .filter(|&i| {
                    ms[i].sentence != b.sentence
                        && cx.segments.paragraph_of(ms[i].sentence).abs_diff(here) <= RESTATED_PARAGRAPHS
                        && ms[i].unit.is_some_and(|x| x != unit && convert(1.0, x, unit).is_some())
                })
                .collect();
            let same_dimension: usize =
                by_unit.iter().filter(|(u, _)| **u == unit || convert(1.0, u, unit).is_some()).map(|(_, n)| n).sum();
            if let ([i], 1) = (candidates.as_slice(), same_dimension) {
                let unrelated =
                    measured(cx, *i).zip(measured(cx, j)).is_some_and(|(x, y)| referents::unrelated(&x, &y));
                if !unrelated {
                    findings.extend(measure_finding(cx, *i, j, true));
                }
            }
        }
        seen.push(j);
        *by_unit.entry(unit).or_default() += 1;
    }
    crate::sort::by_key(&mut findings, |f| f.span.start);
    findings
}

#[cfg(test)]
mod tests {
    use crate::Severity;

    fn run(text: &str) -> Vec<(Severity, String)> {
        crate::check::run_one(super::ID, text).into_iter().map(|f| (f.severity, f.message)).collect()
    }

    #[test]
    fn a_round_figure_is_not_loose_enough_to_cover_a_wrong_conversion() {
        // 200 kg is 441 lb; "200" is not 150 to 250.
        let found = run("Police said the 200-kilogram (341-pound) bomb was found by builders.");
        assert_eq!(found[0].0, Severity::Error, "{found:?}");
        // Hedged, it is: "about 60 miles" may be 55 to 65.
        assert_eq!(run("It is about 60 miles (90km) away.")[0].0, Severity::Note);
    }

    #[test]
    fn flags_wrong_conversions() {
        let found = run("The trail is 10 miles (25 km) long.");
        assert_eq!(found, vec![(Severity::Error, "10 miles is 16.09 km, not 25 km.".to_string())]);
        let found = run("It reached 40°C (86°F).");
        assert_eq!(found[0].0, Severity::Error);
        assert!(found[0].1.contains("104"), "{}", found[0].1);
    }

    #[test]
    fn accepts_right_and_rounded_conversions() {
        for text in [
            "10 miles (16 km)",
            "He is 6 feet (1.8 m) tall.",
            "It weighs 100 kg (220 lb).",
            "a 10-mile (16km) trail",
            "It was 30 degrees Celsius (86 degrees Fahrenheit).",
            "At 6ft 4in (1.93m), he is the tallest.",
            "The flat has about 1,500 sq ft (140 sq m) of space.",
            "The ferry crossing covers about 60 miles (100km).",
            "The statue weighs 1.5 tonnes (1,500kg).",
        ] {
            let found = run(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert!(found[0].0 <= Severity::Note, "{text}: {found:?}");
        }
    }

    #[test]
    fn currency_conversions_at_impossible_rates() {
        assert_eq!(run("The yard won a £240m (US$302.4m) contract.")[0].0, Severity::Note);
        assert_eq!(run("The yard won a £240m (US$302.4) contract.")[0].0, Severity::Error);
        assert_eq!(run("It will invest ¥1.2 trillion ($81bn) in wind.")[0].0, Severity::Error);
        assert_eq!(run("The club will pay €45m (£83m) for him.")[0].0, Severity::Error);
        assert_eq!(run("The club will pay €45m (£38m) for him.")[0].0, Severity::Note);
        // The euro and the pound move together: £1.60 a euro is outside their own range
        // (0.57 to 0.98), though inside what their dollar bands alone would allow.
        let found = run("Marseille agreed a fee of €45m (£72m) for the winger.");
        assert_eq!(found[0].0, Severity::Error, "{found:?}");
        assert!(found[0].1.contains("between 0.57 and 0.98"), "{found:?}");
        assert_eq!(run("They sold it for £72m (€84m) in 2019.")[0].0, Severity::Note);
    }

    #[test]
    fn a_bracket_into_the_same_currency_with_another_value() {
        let found = run("Turkcell could bail out of a $3bn ($1.6bn) deal to build a network in Iran.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, Severity::Error);
        assert!(found[0].1.contains("same currency"), "{found:?}");
        // Two dollars, or the same value, or a bracket that says more: nothing to say.
        assert!(run("The C$3bn deal (US$2.4bn) was signed. It cost $3bn (US$2.4bn) in all.").is_empty());
        assert!(run("It paid about $3bn ($2.96bn) for the stake.").is_empty());
        assert!(run("It paid $3bn ($1.6bn after tax) for the stake.").is_empty());
        assert!(run("Pre-tax profits rose to £312m (£254m) in the six months to June.").is_empty());
    }

    #[test]
    fn a_definite_restatement_in_another_unit() {
        let text = "Work began on a 380-mile pipeline.\n\nIt will cost £3bn.\n\nEngineers will lay the 812km route.";
        assert_eq!(run(text)[0].0, Severity::Warning);
        let text = "Work began on a 380-mile pipeline.\n\nIt will cost £3bn.\n\nEngineers will lay the 612km route.";
        assert_eq!(run(text)[0].0, Severity::Ok);
        let text = "He ran a 26-mile marathon.\n\nShe won the 10km race.";
        assert!(run(text).is_empty());
    }

    #[test]
    fn reads_measures_written_as_adjectives() {
        let found = run("Officers lifted a 200-kilogram (640-pound) turtle off the beach.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, Severity::Error);
        assert_eq!(run("Officers lifted a 200-kilogram (441-pound) turtle off the beach.")[0].0, Severity::Ok);
        assert_eq!(run("The 30-mile (48km) route opens today.")[0].0, Severity::Ok);
    }

    #[test]
    fn a_sum_restated_for_another_period() {
        let found = run("Nurses will receive £1,200 a month, or £16,400 a year, under the offer.");
        assert_eq!(
            found,
            [(Severity::Error, "£1,200 a month is £14,400 a year (× 12), but the text says £16,400.".into())]
        );
        let found = run("The council will spend £200m over five years, or £50m a year, on the scheme.");
        assert_eq!(
            found,
            [(Severity::Error, "£200m over 5 years is £40m a year (÷ 5), but the text says £50m.".into())]
        );
        let found =
            run("The levy adds 30p a day (£109.50 a year) to a bill. Carers get £81.90 a week, or £4,259 a year.");
        assert!(found.iter().all(|f| f.0 == Severity::Ok) && found.len() == 2, "{found:?}");
    }

    #[test]
    fn a_longer_period_s_price_may_be_another_plan() {
        // A cheaper annual plan, and two tickets offered.
        assert!(run("The service costs £9.99 a month, or £99 a year.").is_empty());
        assert!(run("Staff earn £20 a day or £90 a week.").is_empty());
        // A price that fits is no promise; one above the arithmetic is a warning.
        assert_eq!(run("Parking costs £5 a day, or £25 a week.")[0].0, Severity::Note);
        assert_eq!(run("Season tickets cost £12 a day, or £90 a week.")[0].0, Severity::Warning);
    }

    #[test]
    fn another_quantity_after_the_period_is_no_restatement() {
        assert!(run("The starting salary will rise to £30,000 a year, or £2,100 a month after tax.").is_empty());
        assert!(run("Carers get £81.90 a week, or £5,000 a year if they look after two people.").is_empty());
        assert!(run("The scheme will cost £200m over five years, or £50m a year once it is fully running.").is_empty());
        // A working calendar fits, but what runs every day does not follow it: a note.
        let found = run("The average smoker spends £15 a day, or £3,300 a year, on cigarettes.");
        assert_eq!(found[0].0, Severity::Note, "{found:?}");
    }
}
