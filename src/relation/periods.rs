//! Periods: the time a sum of money is paid, earned or spent in.
//!
//! "£1,200 a month", "£380 per week", "£45,000 annually": a rate per period, read from the
//! words right after the figure. "£200m over five years": a total spread over a duration.
//! Reporters restate one as the other ("£1,200 a month, or £14,400 a year"; "£200m over
//! five years, or £40m a year"), and the restatement is arithmetic a reader can check.

use crate::article::Article;
use crate::lexicon;
use crate::mention::Kind;

use super::near;

/// A period's length in days, and how freely reporters convert it: a week is 7 days, but a
/// working week is 5; a year is 365 days, or 52 weeks, or 260 working days.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Period {
    /// The period's name as the text writes it ("month"), for messages.
    pub name: &'static str,
    pub days: f64,
}

/// Periods by the words that name them: the period's name and its length in days.
const PERIODS: &[(&str, (&str, f64))] = &[
    ("day", ("day", 1.0)),
    ("week", ("week", 7.0)),
    ("fortnight", ("fortnight", 14.0)),
    ("month", ("month", 365.25 / 12.0)),
    ("quarter", ("quarter", 365.25 / 4.0)),
    ("year", ("year", 365.25)),
    ("annum", ("year", 365.25)),
    ("daily", ("day", 1.0)),
    ("weekly", ("week", 7.0)),
    ("monthly", ("month", 365.25 / 12.0)),
    ("annually", ("year", 365.25)),
    ("yearly", ("year", 365.25)),
];

fn period_named(word: &str) -> Option<Period> {
    lexicon::lookup(PERIODS, word).map(|(name, days)| Period { name, days })
}

/// The period money figure `i` is a rate per, and the last token of its phrase: "a month",
/// "per week", "each year", "a year", "annually", "per annum". (Not "an hour": an hour's pay
/// and a week's depend on the hours worked.)
pub fn per(cx: &Article<'_>, i: usize) -> Option<(Period, usize)> {
    if cx.mentions.get(i)?.kind != Kind::Money {
        return None;
    }
    let t = cx.tokens().of(i);
    if near::is_any(cx, t + 1, &["a", "an", "per", "each", "every"]) {
        let period = period_named(near::word(cx, t + 2)?)?;
        // Not the adverbs: "a daily", "per annually".
        return (!near::word(cx, t + 2)?.ends_with("ly")).then_some((period, t + 2));
    }
    let word = near::word(cx, t + 1)?;
    word.ends_with("ly").then(|| period_named(word)).flatten().map(|p| (p, t + 1))
}

/// The duration money figure `i` is spread over, in days, and the last token of its
/// phrase: "over five years", "across three years", "over the next four years".
pub fn spread_over(cx: &Article<'_>, i: usize) -> Option<(f64, Period, usize)> {
    let ms = cx.mentions;
    if ms.get(i)?.kind != Kind::Money {
        return None;
    }
    let t = cx.tokens().of(i);
    if !near::is_any(cx, t + 1, &["over", "across"]) {
        return None;
    }
    // ("over the next four years", "over the four years".)
    let mut k = t + 2;
    while near::is_any(cx, k, &["the", "next", "coming", "following"]) && k < t + 5 {
        k += 1;
    }
    let f = near::tok(cx, k)?.figure()?;
    let n = ms[f].value.filter(|v| *v >= 2.0 && v.fract() == 0.0 && ms[f].kind == Kind::Count)?;
    let word = near::word(cx, k + 1)?;
    let period = period_named(word.strip_suffix('s').unwrap_or(word))?;
    Some((n, period, k + 1))
}

/// The factors reporters multiply a rate per `from` by to restate it per `to`: the calendar
/// ratio, and the working-calendar ones ("£100 a day, or £500 a week"). Each is a convention
/// a restatement may follow exactly; a figure between two of them follows none.
pub fn factors(from: Period, to: Period) -> Vec<f64> {
    if let Some(ways) = conventions(from.name, to.name) {
        return ways.to_vec();
    }
    match conventions(to.name, from.name) {
        Some(ways) => ways.iter().map(|f| 1.0 / f).collect(),
        None => vec![to.days / from.days],
    }
}

/// Shorter periods per longer one, where the calendar is not the only way to count.
fn conventions(shorter: &str, longer: &str) -> Option<&'static [f64]> {
    Some(match (shorter, longer) {
        ("day", "week") => &[5.0, 6.0, 7.0],
        ("day", "month") => &[20.0, 21.0, 22.0, 30.0, 365.25 / 12.0, 31.0],
        ("day", "year") => &[220.0, 250.0, 260.0, 365.0, 366.0],
        ("week", "month") => &[4.0, 52.0 / 12.0, 365.25 / 12.0 / 7.0],
        ("week", "year") => &[52.0, 365.25 / 7.0],
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Options;

    /// Each money figure: as stated, the period it is per, the duration it is spread over.
    type Read = (String, Option<&'static str>, Option<(f64, &'static str)>);

    fn read(text: &str) -> Vec<Read> {
        let options = Options::default();
        let segments = crate::text::Segments::new(text);
        let ms = crate::mention::extract(text, &segments);
        let cx = Article::new(text, &segments, &ms, &options, text.len());
        (0..ms.len())
            .filter(|&i| ms[i].kind == Kind::Money)
            .map(|i| {
                let stated = text.get(ms[i].span.start..ms[i].span.end).unwrap_or("").to_string();
                (stated, per(&cx, i).map(|(p, _)| p.name), spread_over(&cx, i).map(|(n, p, _)| (n, p.name)))
            })
            .collect()
    }

    #[test]
    fn reads_rates_per_period() {
        let found = read("She earns £1,200 a month, or £14,400 a year, and £45,000 annually per annum.");
        assert_eq!(found[0].1, Some("month"), "{found:?}");
        assert_eq!(found[1].1, Some("year"), "{found:?}");
        assert_eq!(found[2].1, Some("year"), "{found:?}");
        let found = read("It costs £5 per week, 30p each day and $40 an hour.");
        assert_eq!(found.iter().map(|f| f.1).collect::<Vec<_>>(), [Some("week"), Some("day"), None]);
    }

    #[test]
    fn reads_totals_spread_over_years() {
        let found = read("The council will spend £200m over the next five years, or £40m a year.");
        assert_eq!(found[0].2, Some((5.0, "year")), "{found:?}");
        assert_eq!(found[1].1, Some("year"), "{found:?}");
        // Not a period: "a daily rate", "over 50 staff".
        let found = read("The fee is £50 a daily rate. It paid £3m over 50 staff.");
        assert!(found.iter().all(|f| f.1.is_none() && f.2.is_none()), "{found:?}");
    }

    #[test]
    fn working_calendars_are_conventions_too() {
        let named = |w: &str| period_named(w).unwrap();
        assert_eq!(factors(named("day"), named("week")), [5.0, 6.0, 7.0]);
        assert_eq!(factors(named("week"), named("day")), [0.2, 1.0 / 6.0, 1.0 / 7.0]);
        assert_eq!(factors(named("month"), named("year")), [12.0]);
        assert_eq!(factors(named("year"), named("month")), [1.0 / 12.0]);
    }
}
