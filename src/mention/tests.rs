//! Extraction tests: one case per line, what a reader would expect.

use super::*;
use crate::lexicon::hedges::Bound;

fn mentions(text: &str) -> Vec<Mention> {
    extract(text, &Segments::new(text))
}

/// (text under the span, value, kind, unit, noun) for every mention.
#[allow(clippy::type_complexity)] // (a row of the table the tests compare)
fn read(text: &str) -> Vec<(String, Option<f64>, Kind, Option<&'static str>, Option<String>)> {
    mentions(text)
        .into_iter()
        .map(|m| (text[m.span.start..m.span.end].to_string(), m.value, m.kind, m.unit, m.noun))
        .collect()
}

#[track_caller]
fn one(text: &str, expect_text: &str, value: f64, kind: Kind) -> Mention {
    let ms = mentions(text);
    assert_eq!(ms.len(), 1, "{text}: {:#?}", read(text));
    let m = ms.into_iter().next().unwrap();
    assert_eq!(&text[m.span.start..m.span.end], expect_text, "{text}");
    assert_eq!((m.value, m.kind), (Some(value), kind), "{text}");
    m
}

#[test]
fn reads_separated_digits_with_hedge_and_noun() {
    let m = one("The mission carries over 1,200 personnel.", "1,200", 1200.0, Kind::Count);
    assert_eq!(m.qualifier.map(|q| q.bound), Some(Bound::Lower));
    assert_eq!(m.noun.as_deref(), Some("personnel"));
    assert_eq!(m.round_unit, 100.0);
}

#[test]
fn multi_million_is_no_amount() {
    assert!(mentions("won multi-million pound contracts").is_empty());
}

#[test]
fn a_noun_is_never_read_past_another_figure_or_a_preposition() {
    // "twelve months" belong to "twelve"; "across" opens a phrase; "them" names nothing.
    assert_eq!(read("the £228,900 recorded twelve months earlier")[0].4, None);
    assert_eq!(read("and 2,600 across legal and public relations")[0].4, None);
    assert_eq!(read("Nurses account for 3,870 of them")[0].4, None);
}

#[test]
fn skips_proper_adjectives_to_the_head_noun() {
    assert_eq!(one("755 U.S. diplomats must leave", "755", 755.0, Kind::Count).noun.as_deref(), Some("diplomats"));
    assert_eq!(
        one("thirty-five Russian diplomats", "thirty-five", 35.0, Kind::Count).noun.as_deref(),
        Some("diplomats")
    );
    assert_eq!(one("cut 755 diplomatic staff", "755", 755.0, Kind::Count).noun.as_deref(), Some("staff"));
    assert_eq!(read("20 of the 25 board members")[1].4.as_deref(), Some("members"));
}

#[test]
fn reads_percentages_in_every_spelling() {
    one("rose 35% last year", "35%", 35.0, Kind::Percent);
    one("rose 35 percent", "35 percent", 35.0, Kind::Percent);
    one("rose 35 per cent", "35 per cent", 35.0, Kind::Percent);
    let pp = one("up 2 percentage points", "2 percentage points", 2.0, Kind::Percent);
    assert_eq!(pp.unit, Some("pp"));
}

#[test]
fn reads_money_and_scale_words() {
    let m = one("a $3bn deal", "$3bn", 3e9, Kind::Money);
    assert_eq!((m.unit, m.noun.as_deref()), (Some("USD"), Some("deal")));
    assert_eq!(one("£22billion", "£22billion", 22e9, Kind::Money).unit, Some("GBP"));
    assert_eq!(one("1.5bn euros", "1.5bn euros", 1.5e9, Kind::Money).unit, Some("EUR"));
    assert_eq!(one("a $4-billion plan", "$4-billion", 4e9, Kind::Money).unit, Some("USD"));
    let m = one("1.2 million people", "1.2 million", 1.2e6, Kind::Count);
    assert_eq!(m.round_unit, 100_000.0);
}

#[test]
fn reads_tallies_and_ranges() {
    let m = one("passed by a 98-2 vote in the Senate", "98-2", 100.0, Kind::Tally);
    assert_eq!((m.values.clone(), m.noun.as_deref()), (vec![98.0, 2.0], Some("vote")));
    assert_eq!(one("between 10-15 people", "10-15", 10.0, Kind::Range).values, vec![10.0, 15.0]);
    assert_eq!(one("in fiscal 2013-14", "2013-14", 2013.0, Kind::Year).values, vec![2013.0, 2014.0]);
    assert_eq!(one("a 5–4 ruling", "5–4", 9.0, Kind::Tally).values, vec![5.0, 4.0]);
}

#[test]
fn years_dates_and_ordinals_are_not_counts() {
    one("in 2016 the", "2016", 2016.0, Kind::Year);
    one("by June 30 the", "30", 30.0, Kind::Date);
    one("on 12 March", "12", 12.0, Kind::Date);
    one("the 3rd time", "3rd", 3.0, Kind::Ordinal);
}

#[test]
fn designators_are_other() {
    for text in ["aboard Flight 370 today", "the S&P 500 index", "COVID-19 cases", "a G8 summit", "at 7:45 today"] {
        let ms = mentions(text);
        assert!(ms.iter().all(|m| m.kind == Kind::Other), "{text}: {:#?}", read(text));
        assert!(!ms.is_empty(), "{text}");
    }
}

#[test]
fn one_as_a_pronoun_is_not_a_figure() {
    assert!(mentions("one of the largest, no one knew").is_empty());
    one("one day later", "one", 1.0, Kind::Count);
}

#[test]
fn negative_and_signed_figures() {
    one("fell to -5 degrees", "-5 degrees", -5.0, Kind::Measure);
    one("a change of −3.5%", "−3.5%", -3.5, Kind::Percent);
    one("up +3.2%", "+3.2%", 3.2, Kind::Percent);
}

#[test]
fn giant_numbers_are_refused_not_mangled() {
    let text = format!("id {} end", "9".repeat(500));
    assert!(mentions(&text).iter().all(|m| m.value.is_none_or(|v| v.is_finite() && v < 1e16)));
}

#[test]
fn hedges_are_read_with_their_span() {
    let text = "just under 500 staff";
    let m = one(text, "500", 500.0, Kind::Count);
    let q = m.qualifier.unwrap();
    assert_eq!((&text[q.span.start..q.span.end], q.bound), ("just under", Bound::Upper));
}

#[test]
fn ranges_carry_their_unit_and_scale() {
    let m = one("growth of 6-6.5% this year", "6-6.5%", 6.0, Kind::Range);
    assert_eq!((m.unit, m.values.clone()), (Some("%"), vec![6.0, 6.5]));
    let m = one("freeze 20-30bn rupiah", "20-30bn rupiah", 20e9, Kind::Range);
    assert_eq!((m.values.clone(), m.unit), (vec![20e9, 30e9], Some("IDR")));
    assert_eq!(one("growth in 2005-6, up", "2005-6", 2005.0, Kind::Year).values, vec![2005.0, 2006.0]);
    assert_eq!(one("the season in 2001/2, but", "2001/2", 2001.0, Kind::Year).values, vec![2001.0, 2002.0]);
}

#[test]
fn pence_are_money() {
    assert_eq!(one("put 1p a pint on beer", "1p", 1.0, Kind::Money).unit, Some("GBX"));
}

#[test]
fn capitalised_number_words_in_names_are_other() {
    assert!(mentions("A Mini One bought then").iter().all(|m| m.kind == Kind::Other));
    assert!(mentions("the Three Gorges Dam").iter().all(|m| m.kind == Kind::Other));
    // At a sentence's start, a proper adjective before a plural is what is counted.
    assert_eq!(read("Twenty-seven British films were made in the UK.")[0].2, Kind::Count);
    assert!(mentions("Three Gorges Dam is vast.").iter().all(|m| m.kind == Kind::Other));
    one("Three people died.", "Three", 3.0, Kind::Count);
}

#[test]
fn reads_fractions_in_every_form() {
    assert!((one("two-thirds of voters", "two-thirds", 2.0 / 3.0, Kind::Fraction).round_unit - 1.0).abs() < 1e-9);
    one("one in five people", "one in five", 0.2, Kind::Fraction);
    one("about ¾ of it", "¾", 0.75, Kind::Fraction);
    one("a 2 1/2 mile walk", "2 1/2", 2.5, Kind::Fraction);
    one("one and a half times", "one and a half", 1.5, Kind::Fraction);
    one("the result is minus 5", "minus 5", -5.0, Kind::Count);
    one("1 234 567 people", "1 234 567", 1234567.0, Kind::Count);
    assert_eq!(read("3 out of 10 people").len(), 2, "part and whole stay two figures");
    assert_eq!(read("5 in 10 years").len(), 2, "a rate over time is not a fraction");
}

#[test]
fn reads_the_rest_of_the_checklist() {
    one("the third quarter", "third", 3.0, Kind::Ordinal);
    assert!(mentions("in a second attempt").is_empty(), "{:?}", read("in a second attempt"));
    assert_eq!(one("it weighs 10 pounds", "10 pounds", 10.0, Kind::Measure).unit, Some("lb"));
    assert_eq!(one("it costs 10 pounds", "10 pounds", 10.0, Kind::Money).unit, Some("GBP"));
    assert_eq!(one("fined 5 Swiss francs", "5 Swiss francs", 5.0, Kind::Money).unit, Some("CHF"));
    let m = one("between 10 and 15 people", "10 and 15", 10.0, Kind::Range);
    assert_eq!(m.values, vec![10.0, 15.0]);
    assert_eq!(read("between 2001 and 2010").len(), 2, "years stay apart for age-year");
    assert_eq!(read("at 7:30 p.m. sharp"), vec![("7:30 p.m.".to_string(), None, Kind::Other, None, None)]);
    assert!(mentions("call +44 20 7946 0018 now").iter().all(|m| m.kind == Kind::Other));
    assert_eq!(mentions("call +44 20 7946 0018 now").len(), 1);
    assert_eq!(
        read("support rose 3 points to 45% in May")[0],
        ("3 points".to_string(), Some(3.0), Kind::Percent, Some("pp"), None)
    );
    assert_eq!(read("the FTSE 100 index fell 20 points").iter().filter(|m| m.3 == Some("pp")).count(), 0);
}

#[test]
fn overflowing_powers_are_other_and_glued_points_are_points() {
    assert_eq!(
        read("10^400 and 1e400"),
        vec![
            ("10^400".to_string(), None, Kind::Other, None, None),
            ("1e400".to_string(), None, Kind::Other, None, None),
        ]
    );
    assert_eq!(one("up 2pp on the year", "2pp", 2.0, Kind::Percent).unit, Some("pp"));
}

/// Issue 8: a currency or sign before a range was counted into the range's length, which
/// sliced inside an en dash (a panic) or cut the second number short ("$10-2" and "0").
#[test]
fn prefixed_ranges_keep_their_whole_span() {
    for (text, span, unit, values) in [
        ("Fees of £1–2 a day", "£1–2", Some("GBP"), [1.0, 2.0]),
        ("Tickets cost €10–20.", "€10–20", Some("EUR"), [10.0, 20.0]),
        ("It costs US$1–3 each", "US$1–3", Some("USD"), [1.0, 3.0]),
        ("It costs $10-20 each", "$10-20", Some("USD"), [10.0, 20.0]),
        ("It costs £10-20 each", "£10-20", Some("GBP"), [10.0, 20.0]),
        ("It costs £800-900m now", "£800-900m", Some("GBP"), [800e6, 900e6]),
    ] {
        let ms = mentions(text);
        assert_eq!(ms.len(), 1, "{text}: {:#?}", read(text));
        assert_eq!(&text[ms[0].span.start..ms[0].span.end], span, "{text}");
        assert_eq!((ms[0].unit, ms[0].values.as_slice()), (unit, &values[..]), "{text}");
    }
    let text = "a fall of −5–10 points";
    let ms = mentions(text);
    assert_eq!(ms.len(), 1, "{:#?}", read(text));
    assert_eq!(&text[ms[0].span.start..ms[0].span.end], "−5–10");
}

/// Issue 8: a noun is never read across a line break.
#[test]
fn a_noun_does_not_cross_a_line_break() {
    assert_eq!(read("Budget: 200\nStaff were told to wait")[0].4, None);
    assert_eq!(read("Budget: 200 staff\nwere told")[0].4.as_deref(), Some("staff"));
}

/// Issue 8, a choice listed: digits other than ASCII 0–9 (Arabic-Indic "٣٤٥", full-width
/// "１２３", Devanagari "१२३") are not read. numcheck reads English-language news, where
/// they do not occur in figures; reading them would need a normalising pass with its own
/// offset map. They are left unread — never misread, never a panic.
#[test]
fn non_latin_digits_are_left_unread() {
    assert!(mentions("٣٤٥ نص, １２３ and १२३ items").is_empty());
    assert_eq!(read("٣٤٥ نص and 12 items")[0].0, "12");
}

/// Issue 9: "fell 25 cents to $17.65" — 25 in the stated unit, US cents (USX, as GBX is
/// pence), which the checks compare with dollars as hundredths.
#[test]
fn cents_are_hundredths() {
    let m = one("shares fell 25 cents to close", "25 cents", 25.0, Kind::Money);
    assert_eq!(m.unit, Some("USX"));
}

/// "closed up 38 pence" is 38p, not £38.
#[test]
fn pence_in_words_are_pence() {
    let m = one("shares closed up 38 pence on Friday", "38 pence", 38.0, Kind::Money);
    assert_eq!(m.unit, Some("GBX"));
}

/// The checks branch: a possessive before a figure is a determiner, not a name with a number
/// ("England's 312 councils" counts councils; "Flight 370" is still a name).
#[test]
fn a_possessive_before_a_figure_is_not_a_designator() {
    let found = read("Nearly half of England's 312 councils agreed.");
    assert_eq!((found[1].2, found[1].4.as_deref()), (Kind::Count, Some("councils")));
    assert_eq!(read("searching for Flight 370 again")[0].2, Kind::Other);
}

/// The checks branch: units of two words and energy units ("82.1 terawatt hours out of a
/// total of 279.3TWh", "1,500 sq ft (140 sq m)").
#[test]
fn reads_units_of_two_words_and_energy() {
    let m = one("generating 82.1 terawatt hours last year", "82.1 terawatt hours", 82.1, Kind::Measure);
    assert_eq!(m.unit, Some("TWh"));
    assert_eq!(one("a total of 279.3TWh.", "279.3TWh", 279.3, Kind::Measure).unit, Some("TWh"));
    assert_eq!(one("about 1,500 sq ft of space", "1,500 sq ft", 1500.0, Kind::Measure).unit, Some("ft²"));
    assert_eq!(one("140 square metres", "140 square metres", 140.0, Kind::Measure).unit, Some("m²"));
}

/// The checks branch: a figure between a pair of spaced dashes is an aside, not negative.
#[test]
fn a_figure_between_dashes_is_an_aside() {
    let found = read("just over half a million people - 645,000 - are at risk");
    assert_eq!((found[1].0.as_str(), found[1].1), ("645,000", Some(645000.0)));
    assert_eq!(read("temperatures of - 20 degrees")[0].1, Some(-20.0));
    assert_eq!(read("lows of - 5C overnight")[0].1, Some(-5.0));
    // A temperature, or a figure alone after a leading minus, takes a spaced minus; a
    // list's dash and a dash mid-sentence do not.
    assert_eq!(read("- 1 4/5")[0].1, Some(-1.8));
    assert_eq!(read("- 5 foods to try")[0].1, Some(5.0));
    assert_eq!(read("Valid votes cast - 9,771,617.")[0].1, Some(9771617.0));
    let found = read("24.4% above the previous record - 2003's imbalance of $496.5bn");
    assert_eq!((found[1].0.as_str(), found[1].2), ("2003", Kind::Year));
}

/// The checks branch: "plus or minus 2.9 points" is a margin, not a negative figure.
#[test]
fn plus_or_minus_is_not_a_sign() {
    let found = read("It has a margin of error of plus or minus 2.9 percentage points.");
    assert_eq!((found[0].0.as_str(), found[0].1), ("2.9 percentage points", Some(2.9)));
    assert_eq!(read("It fell to minus 12C overnight.")[0].1, Some(-12.0));
}

/// The checks branch: conversions as newspapers print them — feet and inches glued, metres
/// in parentheses after a length, km/h, inches after millimetres, rupees and francs.
#[test]
fn reads_the_units_of_printed_conversions() {
    let found = read("At 6ft 4in (1.93m), he is the tallest. It ran at 322km/h with 150mm (5.9in) of rain.");
    assert_eq!((found[0].0.as_str(), found[0].3), ("6ft 4in", Some("ft")));
    assert!((found[0].1.unwrap() - 76.0 / 12.0).abs() < 1e-9);
    assert_eq!((found[1].0.as_str(), found[1].1, found[1].3), ("1.93m", Some(1.93), Some("m")));
    assert_eq!(found[2].3, Some("km/h"));
    assert_eq!((found[4].0.as_str(), found[4].3), ("5.9in", Some("in")));
    assert_eq!(read("The crack was 4in (10cm) wide.")[0].3, Some("in"));
    assert_eq!(read("It raised the $1.8m (£1m) it needed.")[0].1, Some(1.8e6));
    let found = read("Rs 2,400 crore and a 41.6bn-rupee road and CHF 300m of debt");
    assert_eq!((found[0].1, found[0].3), (Some(24e9), Some("INR")));
    assert_eq!((found[1].0.as_str(), found[1].2, found[1].3), ("41.6bn-rupee", Kind::Money, Some("INR")));
    assert_eq!((found[2].1, found[2].3), (Some(3e8), Some("CHF")));
}

/// The checks branch: a scaled decimal has the value it was written with.
#[test]
fn scaled_decimals_are_exact() {
    assert_eq!(read("worth about $4.1 billion")[0].1, Some(4.1e9));
    assert_eq!(read("worth $4.1bn")[0].1, Some(4.1e9));
    assert_eq!(read("some 2.3 million people")[0].1, Some(2.3e6));
    assert_eq!(read("a 0.7% rise")[0].1, Some(0.7));
}

/// The checks branch: a money range may repeat its currency sign ("$24-$26").
#[test]
fn a_money_range_may_repeat_its_sign() {
    let found = read("a price range of 1,050-1,125 rupees ($24-$26)");
    assert_eq!((found[1].0.as_str(), found[1].2, found[1].3), ("$24-$26", Kind::Range, Some("USD")));
}

/// "up from 38m" after "77m euros": the currency is left unsaid, and "m" is a million.
#[test]
fn an_amount_compared_with_money_is_money_of_its_currency() {
    let found = read("Profit was 77m euros (£53m; $100m), up from 38m a year earlier.");
    assert_eq!((found[3].1, found[3].2, found[3].3), (Some(38e6), Kind::Money, Some("EUR")));
    let found = read("Revenue was $7.7bn, compared with 3.8bn.");
    assert_eq!((found[1].1, found[1].2, found[1].3), (Some(3.8e9), Kind::Money, Some("USD")));
    // A distance stays a distance, and a scaled count far from money stays a count.
    assert_eq!(read("He ran the 100m in 9.8 seconds.")[0].2, Kind::Measure);
    let found = read("Sales were $7.7bn. Some 3.8 million people shop there.");
    assert_eq!(found[1].2, Kind::Count);
}

/// "a 200-kilogram (441-pound) turtle": measures written as adjectives.
#[test]
fn hyphenated_measures() {
    let found = read("a 200-kilogram (640-pound) turtle and a 30-mile route");
    assert_eq!((found[0].2, found[0].3), (Kind::Measure, Some("kg")));
    assert_eq!((found[1].2, found[1].3), (Kind::Measure, Some("lb")));
    assert_eq!((found[2].2, found[2].3), (Kind::Measure, Some("mi")));
    // A currency adjective is still money.
    assert_eq!(read("a 41.6bn-rupee programme")[0].2, Kind::Money);
}
