//! `age-year`: ages, birth years and spans of years that disagree.
//!
//! # What it catches
//! "Born in 1950, the 55-year-old retired in 2017." — 2017 − 1950 is 67 (or 66).
//! "From 2001 to 2010, a period of twelve years …" — that is 9 years (10 counting both).
//! "died on 3 March 2023, days before his 104th birthday. Born … on 11 March 1921" — he
//! was about to turn 102. "the 150th anniversary of the school, which opened in 1899" in
//! 2024 — a 125th.
//!
//! # Why it matters
//! Ages are updated by hand from one story to the next; a stale age next to a fresh year is
//! a classic correction.
//!
//! # Phrasings it reads
//! - ages: "the 55-year-old", "aged 78", "at the age of 64", "At 19 years old", "at 67",
//!   "now 49", "Margaret Ellison was 72 when …", and in apposition to a name: "Jane
//!   Whitaker, 47,";
//! - birth: "born in 1950", "Born in Leeds on 11 March 1919", "born in the village in 1958", "born 14/09/1986", "who was
//!   born in 1981", "Born in May 2005"; dates with day and month ("3 March 2023", "January
//!   2023", "02/05/2024") make the age exact when the birthday's side of the date is known;
//! - the event the age is at: a date in the age's sentence or the birth's; for "has died
//!   aged 78", the date of the death stated anywhere in the article ("He died in hospital in
//!   March 2024") when the article states one birth;
//! - an age in the sentence before its birth, when the birth's sentence opens with the
//!   person's name again ("Margaret Ellison was 72 when … on 14 July 2023" … "Mrs Ellison,
//!   …, who was born in 1958") or with "She was", or names the person right after an
//!   opening birth phrase ("Margaret Hollis, 74, set off … on 12 August 2025." "Born in
//!   Canterbury in 1953, Mrs Hollis …");
//! - an age in the sentence right after its birth and event ("Born in May 2005, Castro made
//!   his debut in August 2024. At 19 years old, he …");
//! - a profile's other ages, sentences from the one birth the article states, in three
//!   shapes that say whose age it is and at which year: "In 1968, at 27, she became …", "…
//!   the last of them in 2019, when she was 75", "She opened her own practice in 1981, aged
//!   42" — when the pronouns say the article is about one person, the birth is that
//!   person's ("Born in Belfast in 1941, …, she …", "She was born …", or the first
//!   sentence's name), and the age's sentence opens with the person or the time, quotes no
//!   one and names no relative or titled person;
//! - the death's date, with its month, a place and a weekday after "died" ("died peacefully
//!   at her home in the Lake District on Sunday, 17 March 2024"), told of "she", "he" or
//!   the first sentence's name ("Hale died at his home …"), or opening its clause ("born 2
//!   February 1933; died 18 May 2024");
//! - birthdays and anniversaries: "days before his 104th birthday", "the 150th anniversary
//!   of … which opened its doors in 1874", "their 62nd wedding anniversary in 2023" after
//!   "married in 1961";
//! - spans: "from 2001 to 2010, a period of nine years".
//!
//! # Flags
//! "Born in 1950, the 55-year-old retired in 2017." (error); the same across sentences or
//! paragraphs (warning).
//!
//! # Does not flag
//! "Born in 1950, she retired in 2017 at 67." — or at 66: the birthday is unknown, so both
//! are `ok`; "from 2001 to 2010, a decade" (no figure to check).
//!
//! # False-alarm traps it avoids
//! - the age and the birth must be one person's: "Mr Hale, 45, said his father, who was born
//!   in 1950, …" are two; "Her daughter Anna, born in 1962, … In 1998, at 60, she …" too;
//! - "at 21 … until 2004": the end of a period is not the age's moment; "ranked at 27",
//!   "having joined it at 19", "Her mentor, Professor Ellen Price, retired in 1985, when
//!   she was 72" are no ages of the person at those years;
//! - deaths that are not the person's: a relative's or a friend's ("Her husband, the poet
//!   Declan Moore, died in 2012", "His friend and rival Ian Fraser died …"), the other
//!   pronoun's ("he died in 2015" in an article about her), a figure of speech ("The game I
//!   loved died in 1992"), and a bare year near "died" ("the anniversary of the 1966 World
//!   Cup final");
//! - without an event year, "now" is unknown: the latest year the text states is only a
//!   lower bound, and an age is checked against it only when the sentence speaks in the
//!   present ("is still working"), only as a warning, and only when the person would already
//!   have been older then ("born in 1935, died on Tuesday aged 88 … in the Lords from 1992"
//!   says nothing about 1992); `Options::reference_year` is used as "now" when given;
//! - "joined the club as a 15-year-old" is an age at an event with no year: not checked;
//! - a span of years counts both ways (inclusive or not), and its duration must follow it
//!   within a few words: "five of the last six years … from 2005 to 2006" are two
//!   statements, and "the 71-year-old … from 1981 to 1987" is an age;
//! - years are printed as years ("born in 1935", never "1,935").

use crate::lexicon::{self, numbers};
use crate::mention::words::{next_word, prev_word};
use crate::mention::{Kind, Mention};
use crate::relation::near;
use crate::token::Tag;

/// How many words of a sentence that opens with its birth ("Born in Canterbury in 1953,
/// Mrs Hollis …") the person's name is looked for among.
const BORN_OPENING: usize = 12;

use super::format;
use super::{Article, Finding, Severity, Verdict};
use crate::text::Lower as _;

pub const ID: &str = "age-year";
pub const SUMMARY: &str = "ages, birth years and spans of years that disagree";

/// A point in time as the text gives it: a year, with a month and a day when it says.
#[derive(Clone, Copy, Debug, PartialEq)]
struct When {
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
    /// Day and month swapped, for a slashed date that could be read either way.
    swapped: Option<(u32, u32)>,
    /// The mention of the year (or of the whole slashed date), and the first mention of the
    /// date's phrase ("3" of "3 March 2023").
    mention: usize,
    first: usize,
}

/// A year for a message: "1935", never "1,935".
fn year_text(y: i32) -> String {
    y.to_string()
}

fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').lower();
    let full = numbers::MONTHS.iter().position(|m| *m == w)?;
    Some(match full {
        0..=11 => full as u32 + 1,
        _ => match w.as_str() {
            "jan" => 1,
            "feb" => 2,
            "mar" => 3,
            "apr" => 4,
            "jun" => 6,
            "jul" => 7,
            "aug" => 8,
            "sep" | "sept" => 9,
            "oct" => 10,
            "nov" => 11,
            _ => 12,
        },
    })
}

/// A capitalised month word at token `k`.
fn month_at(cx: &Article<'_>, k: usize) -> Option<u32> {
    near::word(cx, k).filter(|w| w.starts_with(|c: char| c.is_uppercase())).and_then(month_number)
}

/// A day of the month at token `k`: a date figure from 1 to 31.
fn day_at(cx: &Article<'_>, k: usize) -> Option<(u32, usize)> {
    let i = near::tok(cx, k)?.figure()?;
    let m = &cx.mentions[i];
    let v = m.value?;
    (m.kind == Kind::Date && (1.0..=31.0).contains(&v) && v.fract() == 0.0).then_some((v as u32, i))
}

/// The day and month of a date written with slashes before year mention `i`
/// ("14/09/1986"), the swapped reading when both could be a month, and the first mention.
fn slashed(cx: &Article<'_>, i: usize) -> Option<Slashed> {
    let ms = cx.mentions;
    let (a, b) = (ms.get(i.checked_sub(2)?)?, ms.get(i - 1)?);
    let slash = |x: &Mention, y: &Mention| cx.text.get(x.span.end..y.span.start) == Some("/");
    if !slash(a, b) || !slash(b, &ms[i]) {
        return None;
    }
    let small = |m: &Mention| m.value.filter(|v| v.fract() == 0.0 && (1.0..=31.0).contains(v)).map(|v| v as u32);
    let (x, y) = (small(a)?, small(b)?);
    let (day, month, swapped) = if x > 12 {
        (x, y, None)
    } else if y > 12 {
        (y, x, None)
    } else {
        (x, y, Some((y, x)))
    };
    (month <= 12).then_some(Slashed { day, month, swapped, first: i - 2 })
}

/// A day and month read from "14/09/1986".
struct Slashed {
    day: u32,
    month: u32,
    swapped: Option<(u32, u32)>,
    first: usize,
}

/// The point in time mention `i` gives, if it is a year or a date.
fn when_at(cx: &Article<'_>, i: usize) -> Option<When> {
    let m = &cx.mentions[i];
    let t = cx.tokens().of(i);
    // ("the 1970s" is a decade, not a point in time.)
    if m.kind == Kind::Year && m.values.is_empty() && m.round_unit < 10.0 {
        let year = m.value.filter(|v| (1800.0..=2100.0).contains(v))? as i32;
        let mut when = When { year, month: None, day: None, swapped: None, mention: i, first: i };
        if let Some(d) = slashed(cx, i) {
            // "14/09/1986": day first, unless the numbers say otherwise; both readings kept
            // when either could be the month.
            when.day = Some(d.day);
            when.month = Some(d.month);
            when.swapped = d.swapped;
            when.first = d.first;
        } else if let Some(month) = month_at(cx, t.wrapping_sub(1)) {
            when.month = Some(month);
            if let Some((day, d)) = day_at(cx, t.wrapping_sub(2)) {
                when.day = Some(day);
                when.first = d;
            }
        } else if near::is_punct(cx, t.wrapping_sub(1), ',') {
            // "March 3, 2023".
            if let (Some((day, d)), Some(month)) = (day_at(cx, t.wrapping_sub(2)), month_at(cx, t.wrapping_sub(3))) {
                when.month = Some(month);
                when.day = Some(day);
                when.first = d;
            }
        }
        return Some(when);
    }
    None
}

/// The ages one could be at `at` if born at `birth`: exact when the birthday's side of the
/// date is known, else either of two.
fn ages(birth: &When, at: &When) -> Vec<i32> {
    let mut out = Vec::new();
    let reads = |w: &When| {
        let mut r = vec![(w.month, w.day)];
        if let Some((d, m)) = w.swapped {
            r.push((Some(m), Some(d)));
        }
        r
    };
    let diff = at.year - birth.year;
    for (bm, bd) in reads(birth) {
        for (am, ad) in reads(at) {
            let before = match (bm, am) {
                (Some(b), Some(a)) if a != b => Some(a < b),
                (Some(_), Some(_)) => match (bd, ad) {
                    (Some(b), Some(a)) => Some(a < b),
                    _ => None,
                },
                _ => None,
            };
            match before {
                Some(true) => out.push(diff - 1),
                Some(false) => out.push(diff),
                None => out.extend([diff - 1, diff]),
            }
        }
    }
    crate::sort::sort(&mut out);
    out.dedup();
    out
}

/// How an age is stated, for telling which event it belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AgeForm {
    /// "the 55-year-old", "Jane Whitaker, 47,", "now 49": a description of the person.
    Descriptor,
    /// "aged 66", "at the age of 64", "at 67", "At 19 years old": the age at an event.
    At,
    /// "has died aged 78": the age at death.
    Death,
}

/// Whether mention `i` states someone's age, and how.
fn age_form(cx: &Article<'_>, i: usize) -> Option<AgeForm> {
    let m = &cx.mentions[i];
    if m.kind != Kind::Count
        || m.qualifier.is_some()
        || !m.value.is_some_and(|v| (1.0..=125.0).contains(&v) && v.fract() == 0.0)
    {
        return None;
    }
    let t = cx.tokens().of(i);
    let is = |k: usize, w: &str| near::is(cx, k, w);
    let any = |k: usize, w: &[&str]| near::is_any(cx, k, w);
    if near::is_punct(cx, t + 1, '-') && any(t + 2, &["year-old", "years-old"]) {
        return Some(AgeForm::Descriptor);
    }
    if any(t.wrapping_sub(1), &["aged", "age"]) {
        let died = (t.saturating_sub(5)..t).any(|k| any(k, &["died", "dies", "dead"]));
        return Some(if died { AgeForm::Death } else { AgeForm::At });
    }
    if is(t.wrapping_sub(1), "of") && is(t.wrapping_sub(2), "age") {
        return Some(AgeForm::At);
    }
    if any(t + 1, &["years", "year"]) && is(t + 2, "old") {
        return Some(if is(t.wrapping_sub(1), "at") { AgeForm::At } else { AgeForm::Descriptor });
    }
    let ends = |k: usize| near::tok(cx, k).is_none_or(|x| x.punct().is_some() || !near::same_sentence(cx, t, k));
    if is(t.wrapping_sub(1), "at") && ends(t + 1) {
        return Some(AgeForm::At);
    }
    // "he retired at 66 and handed over": a life's event right before says the age, unless a
    // name follows ("died at 10 Downing Street": an address).
    // ("retired in 2019 at 66": the verb a few words before, in the same stretch.)
    let event_before = (t.saturating_sub(5)..t.saturating_sub(1))
        .rev()
        .take_while(|&k| near::tok(cx, k).is_some_and(|x| x.punct().is_none()))
        .any(|k| any(k, LIFE_EVENTS));
    let address = near::tok(cx, t + 1).is_some_and(|x| {
        x.figure().is_some() || (x.is_word() && x.text(cx.text).starts_with(|c: char| c.is_uppercase()))
    });
    if is(t.wrapping_sub(1), "at") && event_before && !address {
        return Some(AgeForm::At);
    }
    if is(t.wrapping_sub(1), "now") && ends(t + 1) {
        return Some(AgeForm::Descriptor);
    }
    // "Margaret Ellison was 72 when she spotted smoke", "He was 19 when": a person's age at
    // the moment the clause after it tells.
    let person = near::word(cx, t.wrapping_sub(2)).is_some_and(|w| {
        lexicon::contains(&["he", "she"], w) || w.starts_with(|c: char| c.is_uppercase()) && w.len() > 1
    });
    if is(t.wrapping_sub(1), "was") && person && is(t + 1, "when") {
        return Some(AgeForm::At);
    }
    // "the last of them in 2019, when she was 75": the age at the moment just told.
    if is(t.wrapping_sub(1), "was") && any(t.wrapping_sub(2), &["he", "she"]) && is(t.wrapping_sub(3), "when") {
        return Some(AgeForm::At);
    }
    // "Mr Patel, who is 52 and …": the age in a relative clause.
    if is(t.wrapping_sub(1), "is") && is(t.wrapping_sub(2), "who") {
        return Some(AgeForm::Descriptor);
    }
    // "Sarah Quinn, 34," — a name, a comma, the age, a comma (`relation::people`).
    let appositive = crate::relation::people::appositive_age(cx, i).is_some()
        && m.value.is_some_and(|v| (14.0..=110.0).contains(&v));
    appositive.then_some(AgeForm::Descriptor)
}

/// Verbs of a life's events, after which "at 66" is an age: "retired at 66".
const LIFE_EVENTS: &[&str] = &[
    "retired",
    "retire",
    "retiring",
    "died",
    "married",
    "wed",
    "emigrated",
    "debuted",
    "qualified",
    "graduated",
    "enlisted",
    "resigned",
];

/// Whose age figure `i` is, when the text names the person: "Mr Hale, 45," → "hale".
fn age_holder(cx: &Article<'_>, i: usize) -> Option<String> {
    let t = cx.tokens().of(i);
    if near::is_punct(cx, t.wrapping_sub(1), ',') {
        return near::word(cx, t.wrapping_sub(2))
            .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
            .map(str::to_ascii_lowercase);
    }
    None
}

/// Pronouns and descriptions that could be anyone the article is about.
const ANYONE: &[&str] = &["he", "she", "they", "who", "year-old", "years-old"];

/// Whether the year of `when` is a birth ("born in 1950", "Born in Leeds on 11 March 1919",
/// "born 14/09/1986"), and whose: the name or noun the text ties the birth to, if it says.
fn birth(cx: &Article<'_>, when: &When) -> Option<Option<String>> {
    let first = cx.tokens().of(when.first);
    let mut k = first;
    let mut steps = 0;
    // Back past place adjuncts to "born": "in Leeds on", "in Sunderland in", "in May".
    let born = loop {
        k = k.checked_sub(1)?;
        steps += 1;
        // (Ten: "Born in Skipton, North Yorkshire, on 14 June 1936".)
        if steps > 10 || !near::same_sentence(cx, k, first) {
            return None;
        }
        let t = near::tok(cx, k)?;
        match t.tag {
            Tag::Word if near::is(cx, k, "born") => break k,
            Tag::Word if near::is_any(cx, k, &["in", "on", "at", "the"]) => {}
            Tag::Word if t.text(cx.text).starts_with(|c: char| c.is_uppercase()) => {}
            // "born in the village in 1958": a place named by a common noun.
            Tag::Word if near::is(cx, k.wrapping_sub(1), "the") => {}
            Tag::Punct(',') => {}
            Tag::Figure(f) if cx.mentions[f as usize].kind == Kind::Date => {}
            _ => return None,
        }
    };
    // Whose: "his father, who was born" → "father"; "Smith was born" → "smith"; "Born …,
    // Dr Helen Marsh, 60," → "marsh".
    let holder = if near::is(cx, born.wrapping_sub(1), "was") && near::is(cx, born.wrapping_sub(2), "who") {
        near::is_punct(cx, born.wrapping_sub(3), ',').then(|| near::word(cx, born.wrapping_sub(4))).flatten()
    } else if near::is(cx, born.wrapping_sub(1), "was") {
        near::word(cx, born.wrapping_sub(2))
    } else if near::opens_sentence(cx, born) {
        let range = near::sentence_tokens(cx, cx.mentions[when.mention].sentence);
        let comma = (cx.tokens().of(when.mention) + 1..range.end).find(|&j| near::is_punct(cx, j, ','));
        comma.and_then(|c| {
            (c + 1..range.end)
                .take_while(|&j| near::word(cx, j).is_some_and(|w| w.starts_with(|c: char| c.is_uppercase())))
                .last()
                .and_then(|j| near::word(cx, j))
        })
    } else {
        None
    };
    Some(holder.map(str::to_ascii_lowercase).filter(|h| !lexicon::contains(ANYONE, h)))
}

/// How many tokens from a birth, an age or an ordinal the other facts are read: a sentence
/// of news is shorter; a pasted table is one "sentence", and reading stays bounded in it.
const REACH: usize = 60;

/// Every point in time of sentence `s` within `REACH` tokens of token `around`, but
/// `except`.
fn whens_in(cx: &Article<'_>, s: usize, except: usize, around: usize) -> Vec<When> {
    let range = near::sentence_tokens(cx, s);
    let (lo, hi) = (around.saturating_sub(REACH).max(range.start), (around + REACH).min(range.end));
    (lo..hi.max(lo))
        .filter_map(|k| near::tok(cx, k)?.figure())
        .filter_map(|i| when_at(cx, i))
        .filter(|w| w.mention != except)
        .collect()
}

fn said(cx: &Article<'_>, m: &Mention) -> String {
    format::stated(cx.text, m)
}

/// A point in time as the text writes it: "11 March 1919", "14/09/1986", "2023".
fn date_text(cx: &Article<'_>, w: &When) -> String {
    let ms = cx.mentions;
    let text = cx.text.get(ms[w.first].span.start..ms[w.mention].span.end).unwrap_or("");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// "1st", "2nd", "104th".
fn ordinal(n: i32) -> String {
    let suffix = match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// Words of a sentence that speak of the present: only then is "now" its moment.
const PRESENT: &[&str] =
    &["is", "are", "has", "have", "says", "lives", "works", "remains", "still", "now", "currently", "today"];

/// The latest year the text states outside future and span-start contexts ("by 2030",
/// "from 1992" say nothing of now): the earliest "now" can be.
fn latest_year(cx: &Article<'_>) -> Option<i32> {
    let ms = cx.mentions;
    (0..ms.len())
        .filter(|&i| ms[i].kind == Kind::Year)
        .filter(|&i| !near::is_any(cx, cx.tokens().of(i).wrapping_sub(1), &["by", "until", "till", "to"]))
        .flat_map(|i| ms[i].values.iter().copied().chain(ms[i].value))
        .filter(|y| (1800.0..=2100.0).contains(y))
        .map(|y| y as i32)
        .max()
}

/// One age checked against a birth and an event.
struct Check {
    born: When,
    age: usize,
    event: Option<When>,
    /// "now" as a year, when there is no event.
    now: Option<i32>,
    /// Whether "now" is only a lower bound (the latest year the text states).
    lower_bound: bool,
    severity_if_wrong: Severity,
}

fn judge(cx: &Article<'_>, c: &Check) -> Option<Finding> {
    let ms = cx.mentions;
    let age = ms[c.age].value? as i32;
    let (possible, at_text) = match (&c.event, c.now) {
        (Some(e), _) => (ages(&c.born, e), date_text(cx, e)),
        (None, Some(y)) => {
            let at = When { year: y, month: None, day: None, swapped: None, mention: c.age, first: c.age };
            (ages(&c.born, &at), year_text(y))
        }
        _ => return None,
    };
    let (lo, hi) = (*possible.first()?, *possible.last()?);
    let holds = if c.lower_bound { age + 1 >= lo } else { possible.contains(&age) };
    if c.lower_bound && holds {
        return None; // a lower bound confirms nothing
    }
    let range = if lo == hi { format!("{lo}") } else { format!("{lo} or {hi}") };
    let born = date_text(cx, &c.born);
    let on = |w: Option<&When>| if w.is_some_and(|w| w.day.is_some()) { "on" } else { "in" };
    let base = if c.lower_bound {
        format!(
            "born {} {born}, one was already {range} in {at_text}, the latest year the text states",
            on(Some(&c.born))
        )
    } else {
        format!("born {} {born}, {} {at_text} one is {range}", on(Some(&c.born)), on(c.event.as_ref()))
    };
    let stated = said(cx, &ms[c.age]);
    let (severity, verdict, message) = if holds {
        (Severity::Ok, Verdict::Consistent, format!("{base}: the age {stated} fits."))
    } else {
        (c.severity_if_wrong, Verdict::Inconsistent, format!("{base}, not {stated}."))
    };
    let mut ids = vec![c.born.mention, c.age];
    ids.extend(c.event.map(|e| e.mention));
    crate::sort::sort(&mut ids);
    ids.dedup();
    Some(Finding {
        check: ID,
        severity,
        verdict,
        mentions: ids,
        span: ms[c.age].span,
        message,
        expected: Some(f64::from(hi)),
        stated: Some(f64::from(age)),
    })
}

pub fn run(cx: &Article<'_>) -> Vec<Finding> {
    let ms = cx.mentions;
    let mut findings = Vec::new();
    let births: Vec<(When, Option<String>)> =
        (0..ms.len()).filter_map(|i| when_at(cx, i)).filter_map(|w| birth(cx, &w).map(|h| (w, h))).collect();
    let mut checked: crate::map::Set<usize> = crate::map::Set::new();
    let latest = std::cell::OnceCell::new();
    for (b, holder) in &births {
        let s = ms[b.mention].sentence;
        let same_person = |a: usize| match (holder, age_holder(cx, a)) {
            (Some(x), Some(y)) => x == &y,
            _ => true,
        };
        let born_at = cx.tokens().of(b.mention);
        let in_sentence = |s: usize| {
            let range = near::sentence_tokens(cx, s);
            let around = if range.contains(&born_at) { born_at } else { range.start };
            (around.saturating_sub(REACH).max(range.start)..(around + REACH).min(range.end))
                .filter_map(|k| near::tok(cx, k)?.figure())
                .filter(|&i| age_form(cx, i).is_some() && same_person(i))
                .collect::<Vec<usize>>()
        };
        let mut found = in_sentence(s);
        let mut adjacent = false;
        if found.is_empty() && s > 0 {
            // "Sarah Jones, 46, was appointed in March 2024. She was born in 1983.": the
            // birth right after the age, told of the same person by a pronoun.
            let pronoun = near::sentence_tokens(cx, s)
                .next()
                .is_some_and(|k| near::is_any(cx, k, &["he", "she", "they"]) && near::is(cx, k + 1, "was"));
            let previous = in_sentence(s - 1);
            // "Margaret Ellison was 72 when … Mrs Ellison, …, who was born in 1958": the
            // surname before the age opens the birth's sentence.
            let named_again = |a: usize| {
                let surname = near::word(cx, cx.tokens().of(a).wrapping_sub(2))
                    .filter(|w| w.starts_with(|c: char| c.is_uppercase()) && w.len() > 1);
                let opening = near::sentence_tokens(cx, s).take(3);
                // ("Born in Canterbury in 1953, Mrs Hollis learned to swim …": the name
                // right after the opening birth phrase.)
                // (Right after the phrase's comma, a title at most between: not "Born in 1949,
                // her husband Peter Hollis …".)
                let born_first = near::sentence_tokens(cx, s).next().is_some_and(|k| near::is(cx, k, "born"));
                let comma = near::sentence_tokens(cx, s).take(BORN_OPENING).find(|&k| near::is_punct(cx, k, ','));
                let named_after_comma = |n: &str| {
                    comma.is_some_and(|c| {
                        near::is(cx, c + 1, n)
                            || (near::is_any(
                                cx,
                                c + 1,
                                &["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"],
                            ) && near::is(cx, c + 2, n))
                    })
                };
                surname.is_some_and(|n| {
                    opening.clone().any(|k| near::is(cx, k, n)) || (born_first && named_after_comma(n))
                })
            };
            if let [a] = previous.as_slice() {
                if !pronoun && named_again(*a) && !whens_in(cx, s - 1, b.mention, cx.tokens().of(*a)).is_empty() {
                    found = vec![*a];
                    adjacent = true;
                }
            }
            if let (true, [a]) = (pronoun, previous.as_slice()) {
                if age_form(cx, *a) == Some(AgeForm::Descriptor)
                    && !whens_in(cx, s - 1, b.mention, cx.tokens().of(*a)).is_empty()
                {
                    found = vec![*a];
                    adjacent = true;
                }
            }
        }
        if found.is_empty() {
            // "…, Castro made his debut in August 2024. At 19 years old, he became …"
            let next = in_sentence(s + 1);
            if let Some(&a) = next.first() {
                let opening = near::opens_sentence(cx, cx.tokens().of(a).saturating_sub(1))
                    || near::opens_sentence(cx, cx.tokens().of(a).saturating_sub(2));
                if opening && ms[a].sentence == s + 1 {
                    found = vec![a];
                    adjacent = true;
                }
            }
        }
        let Some(&a) = found.first() else { continue };
        let form = age_form(cx, a);
        // A date nearer another age of the sentence is that age's: "The 19-year-old, born in
        // March 2005, first played in the event in 2021, aged 16".
        let others: Vec<usize> = found.iter().copied().filter(|&o| o != a).collect();
        // Nor is a date told of someone else, in a relative clause after the age ("he retired
        // at 66 and handed over to his deputy, who has worked there since 2004"), or the
        // start of a period ("since 2004"), the moment of the age.
        let age_at = cx.tokens().of(a);
        let someone_else = |w: &When| {
            let at = cx.tokens().of(w.first);
            near::is(cx, at.wrapping_sub(1), "since")
                || (at > age_at && (age_at..at).any(|k| near::is_any(cx, k, &["who", "whose", "which"])))
        };
        let own = |w: &When| !someone_else(w) && others.iter().all(|&o| w.mention.abs_diff(o) >= w.mention.abs_diff(a));
        let near_when =
            |list: Vec<When>, at: usize| list.into_iter().filter(|w| own(w)).min_by_key(|w| w.mention.abs_diff(at));
        let event = near_when(whens_in(cx, ms[a].sentence, b.mention, cx.tokens().of(a)), a)
            .or_else(|| near_when(whens_in(cx, s, b.mention, born_at), a));
        let check = match event {
            Some(e) => Check {
                born: *b,
                age: a,
                event: Some(e),
                now: None,
                lower_bound: false,
                severity_if_wrong: if adjacent { Severity::Warning } else { Severity::Error },
            },
            None if form == Some(AgeForm::Death) => continue, // read below, with the death's date
            None => {
                let present = near::sentence_tokens(cx, ms[a].sentence).any(|k| near::is_any(cx, k, PRESENT));
                match cx.options.reference_year {
                    Some(y) => Check {
                        born: *b,
                        age: a,
                        event: None,
                        now: Some(y),
                        lower_bound: false,
                        severity_if_wrong: Severity::Warning,
                    },
                    None if present && form == Some(AgeForm::Descriptor) => {
                        match (*latest.get_or_init(|| latest_year(cx))).filter(|&y| y > b.year) {
                            Some(y) => Check {
                                born: *b,
                                age: a,
                                event: None,
                                now: Some(y),
                                lower_bound: true,
                                severity_if_wrong: Severity::Warning,
                            },
                            None => continue,
                        }
                    }
                    None => continue,
                }
            }
        };
        checked.insert(a);
        findings.extend(judge(cx, &check));
    }
    // "has died aged 78" … "Born in Sunderland in 1946" … "He died in hospital in March
    // 2024": an obituary's three facts, paragraphs apart, when it states one birth.
    let mut distinct: Vec<i32> = births.iter().map(|(b, _)| b.year).collect();
    distinct.dedup();
    if let ([(b, _), ..], [_]) = (births.as_slice(), distinct.as_slice()) {
        let subject = subject_pronoun(cx);
        findings.extend(life_ages(cx, b, subject, &mut checked));
        let deaths = std::cell::OnceCell::new();
        for a in (0..ms.len()).filter(|&a| age_form(cx, a) == Some(AgeForm::Death) && !checked.contains(&a)) {
            // "his wife Audrey died aged 91" is another person's death.
            let t = cx.tokens().of(a);
            if (t.saturating_sub(7)..t).any(|k| near::is_any(cx, k, KIN)) {
                continue;
            }
            // A date of the age's own sentence after "died" ("died aged 78 on 3 March 2024");
            // not one told of something else ("who has died aged 91, was … one of the last
            // members of Harold Wilson's 1966 intake").
            // (Right after the age, in its phrase: "died aged 78 in hospital on 3 March 2024".)
            let own: Vec<When> = whens_in(cx, ms[a].sentence, b.mention, t)
                .into_iter()
                .filter(|w| {
                    let at = cx.tokens().of(w.first);
                    w.month.is_some()
                        && at > t
                        && at - t <= AGE_TO_DEATH_DATE
                        && (t + 1..at).all(|k| !near::is_punct(cx, k, ','))
                })
                .collect();
            let death = if own.is_empty() {
                deaths.get_or_init(|| death_dates(cx, b, subject)).as_ref().copied()
            } else {
                own.into_iter().next()
            };
            let Some(e) = death else { continue };
            let same = ms[a].sentence == ms[b.mention].sentence;
            let check = Check {
                born: *b,
                age: a,
                event: Some(e),
                now: None,
                lower_bound: false,
                severity_if_wrong: if same { Severity::Error } else { Severity::Warning },
            };
            findings.extend(judge(cx, &check));
        }
    }
    findings.extend(ordinals(cx, &births));
    findings.extend(spans(cx));
    crate::sort::by_key(&mut findings, |f| f.span.start);
    findings
}

/// How many tokens after "died aged 78" the death's date may stand in the age's phrase.
const AGE_TO_DEATH_DATE: usize = 8;

/// How many tokens after "died" its date may stand.
const DIED_REACH: usize = 14;

/// Relatives: a death or an age beside one of these is someone else's.
const KIN: &[&str] = &[
    "wife",
    "husband",
    "son",
    "daughter",
    "father",
    "mother",
    "brother",
    "sister",
    "partner",
    "widow",
    "widower",
    "grandson",
    "granddaughter",
    "grandfather",
    "grandmother",
    "uncle",
    "aunt",
    "nephew",
    "niece",
    "cousin",
];

/// The one date of a death the article states ("He died in hospital in March 2024"): a
/// date soon after "died" in a sentence about no one else's death, other than the birth's.
fn death_dates(cx: &Article<'_>, b: &When, subject: Option<bool>) -> Option<When> {
    let ms = cx.mentions;
    let sentences = ms.last().map_or(0, |m| m.sentence + 1);
    // The birth's own sentence may hold the death too ("Mensah, who was born in March
    // 1958, died at his home on 14 July 2024"): the birth's date is left out below.
    let mut dates: Vec<When> = (0..sentences)
        .flat_map(|s| {
            let range = near::sentence_tokens(cx, s);
            let died = range.clone().take(REACH * 2).find(|&k| near::is_any(cx, k, &["died", "dies"]));
            // Someone else's death: a relative named before "died" in its clause ("Her
            // husband, the poet Declan Moore, died in 2012"), or the other pronoun ("She
            // married John Hollis in 1960; he died in 2015").
            // Only a death told of "he" or "she" (the article's person when the pronouns
            // say), or opening its clause ("born 2 February 1933; died 18 May 2024"): not
            // "His friend and rival Ian Fraser died …", "The game I loved died in 1992".
            let kin = died.is_some_and(|d| {
                // The clause's words before "died", less a relative aside ("Mensah, who was
                // born in March 1958, died …") and the words between a subject and its verb.
                let mut words: Vec<usize> = clause_before(cx, d).collect();
                words.reverse();
                let mut aside = false;
                let mut kept = Vec::new();
                for k in words {
                    if near::is_any(cx, k, &["who", "which"]) && near::is_punct(cx, k.wrapping_sub(1), ',') {
                        aside = true;
                    } else if aside && near::is_punct(cx, k, ',') {
                        aside = false;
                    } else if !aside && near::word(cx, k).is_some() {
                        kept.push(k);
                    }
                }
                let whose = kept
                    .into_iter()
                    .rev()
                    .find(|&k| !near::is_any(cx, k, &["has", "had", "peacefully", "suddenly", "later", "finally"]));
                // (Or by the name the first sentence gives: "Hale died at his home …".)
                let told_of = match whose {
                    None => true,
                    Some(k) => {
                        named_in_lede(cx, k)
                            || match subject {
                                Some(she) => near::is(cx, k, if she { "she" } else { "he" }),
                                None => near::is_any(cx, k, &["he", "she"]),
                            }
                    }
                };
                !told_of || clause_before(cx, d).any(|k| near::is_any(cx, k, KIN))
            });
            let found = match died {
                Some(d) if !kin => whens_in(cx, s, b.mention, d),
                _ => Vec::new(),
            };
            // (With its month at least: a bare year after "died" is as often another event's,
            // "He died without ever seeing Leeds regain the title they last won in 1992".)
            found.into_iter().filter(|w| w.month.is_some()).filter(move |w| {
                let at = cx.tokens().of(w.first);
                // ("died peacefully at her home in the Lake District on Sunday, 17 March 2024":
                // a place and a weekday between.)
                // (Within the death's own clause: not "who has died aged 91, was one of the
                // last members of Harold Wilson's 1966 intake".)
                died.is_some_and(|d| {
                    at > d
                        && at - d <= DIED_REACH
                        && (d + 1..at).all(|k| {
                            !near::is_punct(cx, k, ';')
                                && !near::is_any(cx, k, &["was", "is", "were", "are", "has", "had", "who", "which"])
                        })
                })
            })
        })
        .collect();
    dates.dedup_by_key(|w| w.year);
    match dates.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// The tokens before token `k` in its clause, nearest first: back to the sentence's start or
/// a semicolon.
fn clause_before<'a>(cx: &'a Article<'_>, k: usize) -> impl Iterator<Item = usize> + 'a {
    (near::sentence_tokens(cx, near::tok(cx, k).map_or(0, |t| t.sentence as usize)).start..k)
        .rev()
        .take_while(move |&j| !near::is_punct(cx, j, ';'))
}

/// Whose life the article tells, as its pronouns say: `Some(true)` when "she" and "her"
/// outnumber "he", "his" and "him" at least three to one, `Some(false)` the other way round,
/// `None` when neither does (two people, or none).
fn subject_pronoun(cx: &Article<'_>) -> Option<bool> {
    let (mut she, mut he) = (0, 0);
    for k in 0..cx.tokens().len() {
        if near::is_any(cx, k, &["she", "her", "hers", "herself"]) {
            she += 1;
        } else if near::is_any(cx, k, &["he", "his", "him", "himself"]) {
            he += 1;
        }
    }
    match (she, he) {
        (s, h) if s >= 2 && s >= 3 * h => Some(true),
        (s, h) if h >= 2 && h >= 3 * s => Some(false),
        _ => None,
    }
}

/// Whether token `k` is a pronoun of the other sex than the article's person (`she`: theirs is
/// "she").
fn other_pronoun(cx: &Article<'_>, k: usize, she: bool) -> bool {
    let other: &[&str] = if she { &["he", "his", "him"] } else { &["she", "her"] };
    near::is_any(cx, k, other)
}

/// "In 1968, at 27, she became …", "the last of them in 2019, when she was 75", "She opened
/// her own practice in 1981, aged 42": a profile's other ages, each at the year of its own
/// phrase, sentences from the one birth the article states — only in these three shapes,
/// where the words say whose age it is and which year it is at, and only when the pronouns
/// say the article is about one person, the birth is told of that person ("Born in Belfast
/// in 1941, she …", "She was born in 1941"), and the age's sentence quotes no one and names
/// no relative.
fn life_ages(cx: &Article<'_>, b: &When, subject: Option<bool>, checked: &mut crate::map::Set<usize>) -> Vec<Finding> {
    let ms = cx.mentions;
    let Some(she) = subject else { return Vec::new() };
    let me = if she { "she" } else { "he" };
    if !birth_is_subjects(cx, b, me) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for a in 0..ms.len() {
        if checked.contains(&a) || ms[a].sentence == ms[b.mention].sentence {
            continue;
        }
        let t = cx.tokens().of(a);
        let is = |k: usize, w: &str| near::is(cx, k, w);
        let comma = |k: usize| near::is_punct(cx, k, ',');
        let range = near::sentence_tokens(cx, ms[a].sentence);
        // The year's token, by shape.
        let year_at = if is(t.wrapping_sub(1), "at") && comma(t.wrapping_sub(2)) && comma(t + 1) && is(t + 2, me) {
            // "In 1968, at 27, she"
            Some(t.wrapping_sub(3))
        } else if is(t.wrapping_sub(1), "was")
            && is(t.wrapping_sub(2), me)
            && is(t.wrapping_sub(3), "when")
            && comma(t.wrapping_sub(4))
        {
            // "in 2019, when she was 75"
            Some(t.wrapping_sub(5))
        } else if is(t.wrapping_sub(1), "aged") && comma(t.wrapping_sub(2)) && is(range.start, me) {
            // "She opened her own practice in 1981, aged 42"
            Some(t.wrapping_sub(3))
        } else {
            None
        };
        let Some(e) = year_at
            .filter(|&k| {
                is(k.wrapping_sub(1), "in")
                    || near::tok(cx, k.wrapping_sub(1)).is_some_and(|x| x.figure().is_some())
                    || month_at(cx, k.wrapping_sub(1)).is_some()
            })
            .and_then(|k| near::tok(cx, k)?.figure())
            .and_then(|f| when_at(cx, f))
            .filter(|e| e.year > b.year)
        else {
            continue;
        };
        let (lo, hi) = (
            near::tok(cx, range.start).map_or(0, |x| x.start as usize),
            near::tok(cx, range.end.saturating_sub(1)).map_or(0, |x| x.end as usize),
        );
        let quoted = cx.text.get(lo..hi).is_some_and(|sentence| sentence.contains(['"', '“', '”']));
        // (The sentence opens with the person or the time: not "Her mentor, Professor Ellen
        // Price, retired in 1985, when she was 72".)
        let opens = near::is_any(cx, range.start, &[me, "in"]);
        let someone_else = !opens
            || range.clone().any(|k| {
                near::is_any(cx, k, KIN)
                    || other_pronoun(cx, k, she)
                    || near::is_any(cx, k, crate::relation::people::TITLES)
            });
        if quoted || someone_else {
            continue;
        }
        checked.insert(a);
        out.extend(judge(
            cx,
            &Check {
                born: *b,
                age: a,
                event: Some(e),
                now: None,
                lower_bound: false,
                severity_if_wrong: Severity::Warning,
            },
        ));
    }
    out
}

/// Whether token `k` is a capitalised word of the article's first sentence, or one that
/// sentence also has (the person it is about, named again: "Hale died …", "Tom Leckie was
/// born …").
fn named_in_lede(cx: &Article<'_>, k: usize) -> bool {
    let lede = near::sentence_tokens(cx, 0);
    near::word(cx, k).is_some_and(|w| {
        w.starts_with(|c: char| c.is_ascii_uppercase())
            && (lede.contains(&k) || lede.clone().any(|j| near::is(cx, j, w)))
    })
}

/// Whether birth `b` is told of the article's person `me` ("she" or "he"): "Born in
/// Belfast in 1941, she …" (the pronoun right after the birth phrase's comma) or "She was
/// born in 1941" — not "studied under Dame Ellen Price, born in 1920, who taught her".
fn birth_is_subjects(cx: &Article<'_>, b: &When, me: &str) -> bool {
    let first = cx.tokens().of(b.first);
    let range = near::sentence_tokens(cx, cx.mentions[b.mention].sentence);
    let Some(born) = (range.start..first).rev().take(12).find(|&k| near::is(cx, k, "born")) else { return false };
    // ("She was born in 1941"; "Tom Leckie was born in 1958" when the first sentence names
    // him.)
    if near::is(cx, born.wrapping_sub(1), "was") && born >= range.start + 2 {
        return near::is(cx, born - 2, me) || named_in_lede(cx, born - 2);
    }
    // ("Born in Belfast in September 1941, the youngest of five children, she left …": the
    // first pronoun after the birth is hers.)
    born == range.start
        && (cx.tokens().of(b.mention) + 1..range.end.min(born + 20))
            .find(|&k| near::is_any(cx, k, &["she", "he", "her", "his", "him", "they"]))
            .is_some_and(|k| near::is(cx, k, me))
}

/// Verbs before a year that make it the year something began: "which opened its doors in
/// 1874", "married in 1961".
const BEGAN: &[&str] = &[
    "opened",
    "founded",
    "established",
    "married",
    "built",
    "launched",
    "began",
    "started",
    "created",
    "formed",
    "set",
    "wed",
    "inaugurated",
    "first",
];

/// "days before his 104th birthday" against a birth; "the 150th anniversary of … which
/// opened in 1874" in 2024.
fn ordinals(cx: &Article<'_>, births: &[(When, Option<String>)]) -> Vec<Finding> {
    let ms = cx.mentions;
    let mut out = Vec::new();
    for (i, m) in ms.iter().enumerate() {
        if m.kind != Kind::Ordinal {
            continue;
        }
        let Some(n) = m.value.map(|v| v as i32) else { continue };
        let t = cx.tokens().of(i);
        let birthday = near::is(cx, t + 1, "birthday");
        let anniversary = (t + 1..t + 3).any(|k| near::same_sentence(cx, t, k) && near::is(cx, k, "anniversary"));
        let s = m.sentence;
        if birthday {
            // The event is a date of this sentence; the birth is this sentence's or the next's.
            let Some(e) = whens_in(cx, s, usize::MAX, t).into_iter().min_by_key(|w| w.mention.abs_diff(i)) else {
                continue;
            };
            let Some((b, _)) =
                births.iter().find(|(b, _)| ms[b.mention].sentence.abs_diff(s) <= 1 && b.mention != e.mention)
            else {
                continue;
            };
            let before = (t.saturating_sub(4)..t).any(|k| near::is(cx, k, "before"));
            let expected = if before { n - 1 } else { n };
            let possible = ages(b, &e);
            let holds = possible.contains(&expected);
            let (severity, verdict) =
                if holds { (Severity::Ok, Verdict::Consistent) } else { (Severity::Error, Verdict::Inconsistent) };
            let range = possible.iter().map(|a| a.to_string()).collect::<Vec<_>>().join(" or ");
            let age_then =
                possible.iter().map(|&a| if before { ordinal(a + 1) } else { ordinal(a) }).collect::<Vec<_>>();
            let which = if before { "the next birthday is the" } else { "the birthday is the" };
            let message = if holds {
                format!(
                    "born {}, on {} one is {range}: {which} {}, as the text says.",
                    date_text(cx, b),
                    date_text(cx, &e),
                    ordinal(n)
                )
            } else {
                format!(
                    "born {}, on {} one is {range}: {which} {}, not the {} the text says.",
                    date_text(cx, b),
                    date_text(cx, &e),
                    age_then.join(" or "),
                    ordinal(n)
                )
            };
            let mut ids = vec![b.mention, i, e.mention];
            crate::sort::sort(&mut ids);
            out.push(Finding {
                check: ID,
                severity,
                verdict,
                mentions: ids,
                span: m.span,
                message,
                expected: possible.last().map(|&a| f64::from(a)),
                stated: Some(f64::from(expected)),
            });
        } else if anniversary {
            let whens = whens_in(cx, s, usize::MAX, t);
            let began = |w: &When| {
                let k = cx.tokens().of(w.first);
                (k.saturating_sub(5)..k).any(|j| near::is_any(cx, j, BEGAN))
            };
            let start: Vec<&When> = whens.iter().filter(|w| began(w)).collect();
            let event: Vec<&When> = whens.iter().filter(|w| !began(w)).collect();
            let ([f], Some(e)) = (start.as_slice(), event.iter().min_by_key(|w| w.mention.abs_diff(i))) else {
                continue;
            };
            let years = e.year - f.year;
            let holds = years == n;
            let (severity, verdict) =
                if holds { (Severity::Ok, Verdict::Consistent) } else { (Severity::Error, Verdict::Inconsistent) };
            let message = if holds {
                format!(
                    "{} to {} is {years} years: the {} anniversary fits.",
                    year_text(f.year),
                    year_text(e.year),
                    said(cx, m)
                )
            } else {
                format!(
                    "{} to {} is {years} years, not a {} anniversary.",
                    year_text(f.year),
                    year_text(e.year),
                    said(cx, m)
                )
            };
            let mut ids = vec![f.mention, i, e.mention];
            crate::sort::sort(&mut ids);
            out.push(Finding {
                check: ID,
                severity,
                verdict,
                mentions: ids,
                span: m.span,
                message,
                expected: Some(f64::from(years)),
                stated: Some(f64::from(n)),
            });
        }
    }
    out
}

/// A duration in years: "twelve years", "a nine-year period" — not an age ("71-year-old").
fn is_years(text: &str, m: &Mention) -> bool {
    let after = text.get(m.span.end..).unwrap_or("");
    let hyphenated = after.starts_with("-year") && !after.starts_with("-year-old");
    m.is_count() && (hyphenated || next_word(text, m.span.end).is_some_and(|w| w.is("years") || w.is("year")))
}

/// How many words after a span of years its duration may stand: "from 2001 to 2010, a
/// period of twelve years" — close enough to be its apposition, not another clause.
const DURATION_REACH: usize = 6;

/// Spans: "from 2001 to 2010 … twelve years".
fn spans(cx: &Article<'_>) -> Vec<Finding> {
    let ms = cx.mentions;
    let mut findings = Vec::new();
    for i in 0..ms.len().saturating_sub(1) {
        let (a, b) = (&ms[i], &ms[i + 1]);
        if a.kind != Kind::Year || b.kind != Kind::Year || !a.values.is_empty() || !b.values.is_empty() {
            continue;
        }
        let before = prev_word(cx.text, a.span.start).map(|w| w.text.lower());
        let gap = cx.text.get(a.span.end..b.span.start).unwrap_or("").trim().lower();
        let paired = matches!((before.as_deref(), gap.as_str()), (Some("from"), "to") | (Some("between"), "and"));
        if !paired {
            continue;
        }
        // Counted in whitespace-separated tokens, across the comma of an apposition.
        let tail = cx.text.get(b.span.end..).unwrap_or("");
        let reach = b.span.end
            + tail.split_inclusive(char::is_whitespace).take(DURATION_REACH + 1).map(str::len).sum::<usize>();
        let Some(di) = (i + 2..ms.len())
            .take_while(|&k| ms[k].span.start <= reach && ms[k].sentence == a.sentence)
            .find(|&k| is_years(cx.text, &ms[k]))
        else {
            continue;
        };
        let span_years = b.value.unwrap_or(0.0) - a.value.unwrap_or(0.0);
        let stated = ms[di].value.unwrap_or(0.0);
        let holds = stated == span_years || stated == span_years + 1.0;
        let base = format!(
            "{} to {} is {} years ({} counting both)",
            format::stated(cx.text, a),
            format::stated(cx.text, b),
            format::number(span_years),
            format::number(span_years + 1.0)
        );
        let said = format::stated(cx.text, &ms[di]);
        let (severity, verdict, message) = if holds {
            (Severity::Ok, Verdict::Consistent, format!("{base}, as the text says ({said})."))
        } else {
            (Severity::Error, Verdict::Inconsistent, format!("{base}, not {said}."))
        };
        findings.push(Finding {
            check: ID,
            severity,
            verdict,
            mentions: vec![i, i + 1, di],
            span: ms[di].span,
            message,
            expected: Some(span_years),
            stated: Some(stated),
        });
    }
    findings
}

#[cfg(test)]
mod tests {
    use crate::{check, Options, Severity};

    fn run_with(text: &str, reference_year: Option<i32>) -> Vec<(Severity, String)> {
        let options = Options { checks: Some(vec!["age-year".into()]), reference_year, ..Options::default() };
        check(text, &options).unwrap().findings.into_iter().map(|f| (f.severity, f.message)).collect()
    }

    fn run(text: &str) -> Vec<(Severity, String)> {
        run_with(text, None)
    }

    #[test]
    fn a_death_told_in_the_birth_s_sentence() {
        let found = run("Harold Mensah, the former mayor, has died aged 71. Mensah, who was born in March 1958, \
                         died at his home on 14 July 2024, his family said.");
        assert_eq!(found, vec![(Severity::Warning, "born in 1958, on 14 July 2024 one is 66, not 71.".to_string())]);
    }

    #[test]
    fn an_age_after_a_life_s_event_and_not_at_someone_else_s_date() {
        // "retired at 66 and …" is an age; "who has worked there since 2004" is the deputy's.
        let found = run("Born in Lagos in 1961, he retired at 66 and handed over to his deputy, Dr Leila \
                         Haddad, who has worked at the clinic since 2004.");
        assert!(found.is_empty(), "{found:?}");
        let found = run("Born in Lagos in 1961, he retired in 2019 at 66 and handed over to his deputy.");
        assert_eq!(found[0].0, Severity::Error, "{found:?}");
        assert!(run("Born in 1932, Smith died at 10 Downing Street in 1995.").is_empty());
    }

    #[test]
    fn flags_a_stale_age() {
        let found = run("Born in 1950, the 55-year-old retired in 2017.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, Severity::Error);
        assert!(found[0].1.contains("66 or 67"), "{}", found[0].1);
        assert!(found[0].1.contains("born in 1950"), "{}", found[0].1);
    }

    #[test]
    fn either_side_of_the_birthday_is_fine() {
        assert_eq!(run("Born in 1950, she retired in 2017 at 67.")[0].0, Severity::Ok);
        assert_eq!(run("Born in 1950, she retired in 2017 at 66.")[0].0, Severity::Ok);
        assert_eq!(run("Born in 1948, he retired as chairman in 2013 at the age of 64.")[0].0, Severity::Ok);
    }

    #[test]
    fn uses_the_reference_year_as_a_warning() {
        assert_eq!(run_with("Born in 1950, the 60-year-old is still working.", Some(2017))[0].0, Severity::Warning);
        assert!(run("Born in 1950, the 60-year-old is still working.").is_empty());
        // Without the option, the latest year the text states is a lower bound for "now".
        let text = "Born in 1950, the 60-year-old is still working. The firm was sold in 2017.";
        assert_eq!(run(text)[0].0, Severity::Warning);
        assert_eq!(run_with(text, Some(2010))[0].0, Severity::Ok);
    }

    #[test]
    fn a_later_year_is_not_now() {
        let text = "Lord Smith, who was born in 1935, died on Tuesday aged 88. He sat in the Lords from 1992.";
        assert!(run(text).is_empty(), "{:?}", run(text));
        let text = "Born in Sunderland in 1946, Pryor joined the club as a 15-year-old apprentice.";
        assert!(run(text).is_empty());
    }

    #[test]
    fn reads_appositions_dates_and_obituaries() {
        assert_eq!(run("Born in 1962, Dr Helen Marsh, 51, took up the post in January 2023.")[0].0, Severity::Error);
        let text = "Mark Ellery, 37, of Ashby Road, born 14/09/1986, appeared before magistrates on 02/05/2024.";
        assert_eq!(run(text)[0].0, Severity::Ok);
        let text = "Mark Ellery, 39, of Ashby Road, born 14/09/1986, appeared before magistrates on 02/05/2024.";
        assert_eq!(run(text)[0].0, Severity::Error);
        let text = "The striker has died aged 87.\n\nBorn in Sunderland in 1946, he joined the club.\n\n\
                    He died in hospital in March 2024.";
        assert_eq!(run(text)[0].0, Severity::Warning);
        let text = "Born in May 2005, Castro made his debut in August 2024. At 19 years old, he became the youngest.";
        assert_eq!(run(text)[0].0, Severity::Ok);
    }

    #[test]
    fn a_birth_told_right_after_the_age() {
        let text = "Sarah Jones, 46, was appointed head in March 2024. She was born in 1983 in Cardiff.";
        assert_eq!(run(text)[0].0, Severity::Warning);
        let text = "Sarah Jones, 40, was appointed head in March 2024. She was born in 1983 in Cardiff.";
        assert_eq!(run(text)[0].0, Severity::Ok);
    }

    #[test]
    fn different_people_are_not_compared() {
        let text =
            "Mr Hale, 45, said his father, who was born in 1950, had run the shop before handing it over in 2015.";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }

    #[test]
    fn birthdays_and_anniversaries() {
        let text =
            "He died on 3 March 2023, days before his 104th birthday. Born in Leeds on 11 March 1919, he served.";
        assert_eq!(run(text)[0].0, Severity::Ok);
        let text =
            "He died on 3 March 2023, days before his 104th birthday. Born in Leeds on 11 March 1921, he served.";
        assert_eq!(run(text)[0].0, Severity::Error);
        let text = "They gathered in September 2024 to mark the 150th anniversary of the school, which opened in 1899.";
        assert_eq!(run(text)[0].0, Severity::Error);
        let text = "The couple, who married in 1961, celebrated their 62nd wedding anniversary in 2023.";
        assert_eq!(run(text)[0].0, Severity::Ok);
    }

    #[test]
    fn durations_elsewhere_in_the_sentence_are_not_the_span() {
        assert!(run("It lost money in five of the last six years and pushed its target from 2005 to 2006.").is_empty());
        assert!(run("The 71-year-old served from 1981 to 1987 under Thatcher.").is_empty());
    }

    #[test]
    fn flags_a_wrong_span_of_years() {
        let found = run("From 2001 to 2010, a period of twelve years, prices rose.");
        assert_eq!(found[0].0, Severity::Error);
        assert_eq!(run("From 2001 to 2010, a period of nine years, prices rose.")[0].0, Severity::Ok);
        assert_eq!(run("Between 2001 and 2010, a ten-year span, prices rose.")[0].0, Severity::Ok);
    }

    #[test]
    fn a_birth_phrase_opening_the_next_sentence_names_the_person_after_it() {
        let text = "Margaret Hollis, 74, set off from Dover at 2.10am on Tuesday 12 August 2025.\n\n\
                    Born in Canterbury in 1953, Mrs Hollis learned to swim in the sea as a child.";
        let found = run(text);
        assert_eq!(found[0].0, Severity::Warning, "{found:?}");
        assert!(run(&text.replace(", 74,", ", 72,")).iter().all(|f| f.0 == Severity::Ok));
        assert!(run(&text.replace("Mrs Hollis", "her sister")).is_empty());
        assert!(run(&text.replace("Mrs Hollis learned", "her husband Peter Hollis learned")).is_empty());
    }

    #[test]
    fn an_age_told_before_the_birth_of_the_person_named_again() {
        let text = "Margaret Ellison was 72 when she spotted smoke near the reservoir on 14 July 2023, police \
                    said. Mrs Ellison, a retired teacher who was born in the village in 1958, raised the alarm.";
        let found = run(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, Severity::Warning);
        assert!(run(&text.replace("was 72", "was 65")).iter().all(|f| f.0 == Severity::Ok));
        // Someone else named: no tie.
        assert!(run(&text.replace("Mrs Ellison, a", "Mr Hale, a")).is_empty());
    }

    #[test]
    fn a_date_beside_another_age_is_that_ages() {
        let text = "Lewis Carrow won the title on 11 August 2024. The 19-year-old, born in Aberdeen in March \
                    2005, first played in the event in 2021, aged 16, and missed the cut.";
        assert!(run(text).iter().all(|f| f.0 == Severity::Ok), "{:?}", run(text));
    }

    #[test]
    fn a_profile_s_ages_at_years_of_their_own_clauses() {
        let text = "The novelist Ruth Calloway has died aged 82.\n\nBorn in Belfast in September 1941, she left \
                    school at 16. In 1968, at 27, she became the first woman to edit The Lantern, a job she held \
                    until 2001.\n\nShe published 14 novels, the last of them in 2019, when she was 75.";
        let found = run(text);
        assert!(
            found.contains(&(Severity::Warning, "born in 1941, in 2019 one is 77 or 78, not 75.".into())),
            "{found:?}"
        );
        assert!(found.iter().any(|f| f.0 == Severity::Ok && f.1.contains("in 1968 one is 26 or 27")), "{found:?}");
        // "until 2001" ends a period: it is no moment of "at 27".
        assert!(!found.iter().any(|f| f.1.contains("2001")), "{found:?}");
    }

    #[test]
    fn a_profile_s_ages_are_the_person_s_only() {
        // The husband's age, and an age in a sentence about him.
        let text = "Born in 1941, she trained as a nurse. She married Tom in 1965; he was 31 when he \
                    retired in 1990. In 1970, at 29, she opened a clinic.";
        assert!(run(text).iter().all(|f| f.0 == Severity::Ok), "{:?}", run(text));
        let text = "Her son, born in 1985, joined the firm. In 2010, at 52, she sold it. She retired in 2015.";
        assert!(run(text).is_empty(), "{:?}", run(text));
        // Two people's pronouns alike: whose life is told is unknown.
        let text = "Born in 1950, she met him in 1975. In 1980, at 41, he left; in 1990, at 40, she followed. \
                    He said his life changed.";
        assert!(run(text).iter().all(|f| f.0 == Severity::Ok), "{:?}", run(text));
    }

    #[test]
    fn an_obituary_s_death_among_other_deaths() {
        let text = "Margaret Hollis, the broadcaster, has died aged 89.\n\nBorn in Skipton, North Yorkshire, on \
                    14 June 1936, she joined the BBC in 1962.\n\nShe married John Hollis in 1960; he died in \
                    2015. Her brother, the poet Declan Moore, died in 2012. She died on 3 March 2024 in Ilkley.";
        let found = run(text);
        assert!(
            found.contains(&(Severity::Warning, "born on 14 June 1936, on 3 March 2024 one is 87, not 89.".into())),
            "{found:?}"
        );
    }

    #[test]
    fn a_year_beside_died_aged_is_no_death_date_unless_after_died() {
        let text = "Sir Denis Halloran, who has died aged 91, was one of the last members of Harold Wilson's \
                    1966 intake. He won eight elections in his seat, and he was knighted in 1998. He married \
                    Eileen in 1959; she died in 2015.\n\nDenis Halloran, politician, \
                    born 2 February 1933; died 18 May 2024";
        let found = run(text);
        assert!(found.iter().all(|f| f.0 == Severity::Ok), "{found:?}");
        assert!(found.iter().any(|f| f.1.contains("on 18 May 2024 one is 91")), "{found:?}");
    }

    #[test]
    fn a_profile_s_ages_only_in_shapes_that_say_whose() {
        let lede = "The editor Ruth Calloway has died aged 82.\n\nBorn in Belfast in 1941, she became the first \
                    woman to edit The Lantern. ";
        for tail in [
            "Anna Lee joined her newsroom in 1990, at 27, and later succeeded her.",
            "\"In 1990, at 27, I joined her newsroom and she terrified me,\" said Anna Lee.",
            "Her mentor, Professor Ellen Price, retired in 1985, when she was 72.",
            "In 1999, ranked at 27, she reached the Wimbledon semi-finals.",
            "She took over the family firm in 1972, having joined it at 19.",
        ] {
            let found = run(&format!("{lede}{tail}"));
            assert!(found.iter().all(|f| f.0 == Severity::Ok), "{tail}: {found:?}");
        }
        // Another person's birth is no birth of the article's person.
        let text = "The soprano Anna Reid has died aged 84.\n\nShe studied under Dame Ellen Price, born in 1920, \
                    who taught her for a decade.\n\nIn 1975, at 34, she sang Tosca at Covent Garden.";
        assert!(run(text).iter().all(|f| f.0 == Severity::Ok), "{:?}", run(text));
    }

    #[test]
    fn a_death_date_is_the_person_s_and_has_its_month() {
        let lede = "Jack Byrne, the former England defender, has died aged 84.\n\nBorn in Ashington in 1939, he \
                    played more than 300 games for Leeds United. ";
        for tail in [
            "He died peacefully in his sleep on Saturday, the anniversary of the 1966 World Cup final.",
            "He died without ever seeing Leeds regain the title they last won in 1992.",
            "His friend and rival Ian Fraser died suddenly at his home in Kent on Sunday, 3 March 2012.",
            "\"The game I loved died in 1992,\" he once said.",
        ] {
            let found = run(&format!("{lede}{tail}"));
            assert!(found.iter().all(|f| f.0 == Severity::Ok), "{tail}: {found:?}");
        }
        // The name the first sentence gives still tells whose death it is.
        let found = run(&format!("{lede}Byrne died at his home in Leeds on Monday, 8 January 2024."));
        assert!(found.iter().any(|f| f.1.contains("on 8 January 2024 one is 84 or 85")), "{found:?}");
    }
}
