//! `repeat`: the same quantity stated twice with different values.
//!
//! # What it catches
//! "755 diplomats must leave … the 775 diplomats will go by September." — "the 775
//! diplomats" points back to a figure the text gave as 755. Also a figure in words restated
//! in digits ("Nearly half of nurses …" … "37% of the respondents"), a headline against its
//! body ("to cut 1,400 jobs" … "will axe 1,040 posts"), a rounded figure against its exact
//! count ("About 1.2 million households" … "exactly 1,814,302 households").
//!
//! # Why it matters
//! A transposed or mistyped digit in a repeat is the most common numeric typo; the reader
//! is left with two figures for one thing.
//!
//! # Phrasings it reads
//! - a definite back-reference, the thing named by the same noun, a synonym or a general
//!   word for it: "46 staff" … "The 46 diplomats"; "Thirty-two miners" … "the 32 men"; "£2bn
//!   deal" … "the £1.96bn agreement"; "fined … £2.3m" … "the penalty of £2.3 million"; "a
//!   majority of 12" … "the 12-vote majority"; "Fifteen people were arrested" … "all 15 of
//!   those arrested"; "Sarah Quinn, 34," … "the 34-year-old"; "rose to 4.6%" … "the 4.6%
//!   rate" — at any distance, through a per-noun map;
//! - apposition in one sentence: "just over half a million people - 645,000 -"; "Nearly
//!   half of all Palestinians - some 47% -";
//! - a rounded or hedged figure restated precisely nearby ("exactly", "official", or the
//!   same subject): "About 1.2 million households … exactly 1,184,302 households"; "half a
//!   million vehicles … The recall covers 512,000 cars";
//! - two precise figures of one thing that differ by a typed digit: "A crowd of 52,118 …
//!   in front of 51,218 fans";
//! - a definite figure two digits swapped from one earlier figure of its unit, paragraphs
//!   apart, when nothing nearer is its referent: "stole £2.73m" … "the loss of the £2.37m
//!   he took" (three or more significant digits; the only such figure);
//! - a share in words restated in digits in the next sentence: "Almost three-quarters of
//!   all e-mail … 74% of messages";
//! - a headline figure restated in the first paragraphs of the body;
//! - one person named twice with an age in apposition: "Emma Lowe, 23," … "Ms Lowe, 32,"
//!   (a warning; see `relation::people`), unless two first names share the surname or a
//!   year in either sentence tells another time.
//!
//! # Flags
//! "755 diplomats must leave … the 775 diplomats will go" (warning); figures in apposition
//! that disagree (error).
//!
//! # Does not flag
//! "thirty-five diplomats … the 35 expelled diplomats" (`ok`); "1.2 million … 1,234,567"
//! and "£1bn … the £960m programme" (a `note`: within rounding).
//!
//! # False-alarm traps it avoids
//! - a definite count that differs without the shape of a typo (one digit changed, two
//!   swapped, fifteen heard as fifty) is taken as another group: "35 diplomats … the 755
//!   diplomats"; a small count with a relative clause picks out a group even with two
//!   digits swapped ("41 people" … "The 14 people who were not hurt");
//! - different names ("Valmont … cut 4,200 jobs" against "Trent Stahl … 2,400 jobs") and
//!   different times ("in 2019" against "Today"; "last year" against "In 2015") rule a link
//!   out;
//! - part of a compound age or duration ("101 years and 214 days") is no quantity of its
//!   own; vague counts ("dozens") are never repeats;
//! - two figures of one sentence are two quantities unless they stand in apposition;
//! - a starting point of a change ("from 3,200") is a past level, not a restatement.

use crate::map::Map;
use crate::text::Slice;
use std::collections::VecDeque;

use crate::frame::Role;
use crate::interval::{self, Interval};
use crate::lexicon::{self, hedges::Bound, referents as words};
use crate::mention::{Kind, Mention};
use crate::relation::changes::{self, base_value};
use crate::relation::{near, people, referents, shares};
use crate::token::Tag;

use super::{Article, Finding, Severity, Verdict};
use crate::text::Lower as _;
use crate::text::Own as _;

pub const ID: &str = "repeat";
pub const SUMMARY: &str = "the same quantity stated again with a different value (\"755 … the 775\")";

/// How a later figure was tied to an earlier one: the evidence that they state one quantity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tie {
    /// In apposition in one sentence: "half a million people - 645,000 -".
    Apposition,
    /// A definite back-reference: "the 775 diplomats".
    Definite,
    /// The headline's figure in the body.
    Headline,
    /// A rounded figure stated again precisely: "exactly 1,184,302 households".
    Restated,
    /// Two precise figures of one thing: "A crowd of 52,118 … 51,218 fans".
    Typed,
    /// A share in words, then in digits: "Nearly half … 47%".
    Words,
}

/// How many earlier figures of one kind of thing a back-reference looks at.
const PER_FAMILY: usize = 12;
/// How many recent figures without a noun are kept for back-references.
const RECENT: usize = 24;
/// How many sentences apart a restatement without a determiner may stand.
const NEAR_SENTENCES: usize = 3;
/// How many body paragraphs may restate a headline's figure.
const HEADLINE_PARAGRAPHS: usize = 3;

/// Classes of nouns that all count people: a back-reference may cross them ("staff" …
/// "the diplomats").
const PEOPLE_CLASSES: &[&str] = &[
    "person",
    "people",
    "staff",
    "diplomat",
    "official",
    "troop",
    "member",
    "student",
    "respondent",
    "voter",
    "customer",
    "user",
];

/// The kind of thing a noun counts, as a map key: all people are one family.
fn family(noun: &str) -> String {
    if noun == "age" {
        return noun.own();
    }
    // (`referents::map_key` spelled out on the class read once: it would read it again.)
    match referents::class(noun) {
        Some(c) if lexicon::contains(PEOPLE_CLASSES, c) => "person".own(),
        Some(c) if c != "person" => c.own(),
        _ => referents::key(noun),
    }
}

/// An age: "the 34-year-old", "aged 78", "Sarah Quinn, 34,".
fn is_age(cx: &Article<'_>, i: usize) -> bool {
    let m = &cx.mentions[i];
    if m.kind != Kind::Count || !m.value.is_some_and(|v| (1.0..=120.0).contains(&v) && v.fract() == 0.0) {
        return false;
    }
    let at = cx.tokens().of(i);
    let hyphen = near::is_punct(cx, at + 1, '-') && near::is_any(cx, at + 2, &["year-old", "years-old"]);
    let aged = near::is_any(cx, at.wrapping_sub(1), &["aged", "age"]);
    let old = near::is_any(cx, at + 1, &["years", "year"]) && near::is(cx, at + 2, "old");
    let appositive = near::is_punct(cx, at.wrapping_sub(1), ',')
        && near::is_punct(cx, at + 1, ',')
        && near::word(cx, at.wrapping_sub(2)).is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
    hyphen || aged || old || appositive
}

/// The families of mention `i`: what it counts.
fn families(cx: &Article<'_>, i: usize) -> Vec<String> {
    let mut out: Vec<String> = referents::nouns_of(cx, i).iter().map(|n| family(n)).collect();
    if is_age(cx, i) && !out.iter().any(|f| f == "age") {
        out.insert(0, "age".own());
    }
    out.dedup();
    out
}

/// The unit a figure is stated in, for telling whether two figures can be one quantity.
fn unit_of(m: &Mention) -> Option<&'static str> {
    match m.kind {
        Kind::Count => Some("count"),
        Kind::Money => Some(if m.unit == Some("GBX") { "GBP" } else { m.unit? }),
        Kind::Percent if m.unit == Some("%") => Some("%"),
        Kind::Fraction if m.value.is_some_and(|v| v > 0.0 && v < 1.0) => Some("%"),
        Kind::Measure => m.unit,
        _ => None,
    }
}

/// Whether mention `i` can be stated twice: a quantity of its own, not a vague "dozens", not
/// part of "94 years and 171 days".
fn restatable(cx: &Article<'_>, i: usize) -> bool {
    let m = &cx.mentions[i];
    let text = cx.text.get(m.span.start..m.span.end).unwrap_or("");
    let vague = lexicon::contains(&["dozens", "hundreds", "thousands", "millions", "scores", "tens"], text);
    // "$4.2bn to $4.35bn": the start of a range the extractor left as two figures.
    let at = cx.tokens().of(i);
    let range_start = near::is_any(cx, at + 1, &["to", "and"])
        && near::tok(cx, at + 2).and_then(|t| t.figure()).is_some_and(|j| unit_of(&cx.mentions[j]) == unit_of(m));
    unit_of(m).is_some()
        && !range_start
        && m.value.is_some()
        && m.values.is_empty()
        && !vague
        && cx.frames()[i].role != Some(Role::From)
        && !referents::in_compound(cx, cx.mentions, i)
}

/// Whether the figure is written with digits.
fn has_digits(cx: &Article<'_>, m: &Mention) -> bool {
    cx.text.get(m.span.start..m.span.end).unwrap_or("").bytes().any(|b| b.is_ascii_digit())
}

/// The significant digits of a figure as typed ("£4.8bn" → "48", "1,040" → "1040"), with its
/// order of magnitude; a small whole number in words counts as its digits ("Thirty-two" →
/// "32").
fn digits(cx: &Article<'_>, m: &Mention) -> Option<(String, i32)> {
    let v = base_value(m)?.abs();
    if v == 0.0 || !v.is_finite() {
        return None;
    }
    let magnitude = v.log10().floor() as i32;
    let text = cx.text.get(m.span.start..m.span.end).unwrap_or("");
    let s: String = if has_digits(cx, m) {
        let start = text.find(|c: char| c.is_ascii_digit())?;
        text.s(start..)
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
            .filter(char::is_ascii_digit)
            .collect()
    } else if v.fract() == 0.0 && v < 1000.0 {
        crate::float::fixed(v, 0)
    } else {
        return None;
    };
    let s = s.trim_start_matches('0').own();
    (!s.is_empty()).then_some((s, magnitude))
}

/// Whether two typed figures look like one typed twice, at the same magnitude: two
/// neighbouring digits swapped ("46" / "64", "1,400" / "1,040"), or one digit changed in a
/// figure of three significant digits or more ("755" / "775"). A changed digit in a
/// two-digit figure is not evidence: "40" and "43" are as often two different figures.
fn looks_like_typo(a: &(String, i32), b: &(String, i32)) -> bool {
    let (x, y) = (&a.0, &b.0);
    if a.1 != b.1 || x.len() != y.len() || x.len() < 2 || x == y {
        return false;
    }
    let significant = x.trim_end_matches('0').len().max(y.trim_end_matches('0').len());
    let diffs: Vec<usize> = x.bytes().zip(y.bytes()).enumerate().filter(|(_, (p, q))| p != q).map(|(i, _)| i).collect();
    match diffs.as_slice() {
        [_] => significant >= 3,
        [i, j] => *j == i + 1 && x.as_bytes()[*i] == y.as_bytes()[*j] && x.as_bytes()[*j] == y.as_bytes()[*i],
        _ => false,
    }
}

/// Two adjacent digits swapped, among at least three significant ones: "2.73" and "2.37",
/// "1742" and "1472" (but not "27" and "72": too short to be unlikely by chance).
fn transposed(a: &(String, i32), b: &(String, i32)) -> bool {
    // (`looks_like_typo` already asks for one scale, one length and, for two differences,
    // an adjacent swap.)
    let (x, y) = (&a.0, &b.0);
    let significant = x.trim_end_matches('0').len().max(y.trim_end_matches('0').len());
    significant >= 3 && looks_like_typo(a, b) && x.bytes().zip(y.bytes()).filter(|(p, q)| p != q).count() == 2
}

/// "fifteen" heard as "fifty": a teen against its tens.
fn teen_for_ten(a: f64, b: f64) -> bool {
    let pair = |t: f64, ty: f64| (13.0..=19.0).contains(&t) && t.fract() == 0.0 && ty == (t - 10.0) * 10.0;
    pair(a, b) || pair(b, a)
}

/// What a stated figure allows: its rounding (words round harder: "half a million" is
/// 450,000–550,000), then its hedge ("at least 27" is 27 and up, "about 1.2 million" some
/// 10% either side, "just over" and "nearly" a little).
fn band(cx: &Article<'_>, i: usize) -> Interval {
    let m = &cx.mentions[i];
    if m.kind == Kind::Fraction {
        return shares::stated_band(cx, i).1;
    }
    let v = base_value(m).unwrap_or(f64::NAN);
    let scale = if m.unit == Some("GBX") { 0.01 } else { 1.0 };
    let half = if m.kind == Kind::Percent {
        m.round_unit.min(1.0) / 2.0
    } else if !has_digits(cx, m) && m.round_unit >= 1e5 {
        0.1 * v.abs()
    } else if interval::may_be_rounded(m) {
        interval::rounding_step(m) * scale / 2.0
    } else {
        0.0
    };
    let (mut lo, mut hi) = (v - half, v + half);
    if let Some(q) = &m.qualifier {
        let hedge = cx.text.get(q.span.start..q.span.end).unwrap_or("").lower();
        let slight = ["just", "slightly", "a little", "close"].iter().any(|w| hedge.starts_with(w));
        let r = if slight { 0.1 } else { 0.3 };
        match q.bound {
            Bound::Lower => hi += v.abs() * r,
            Bound::Upper => lo -= v.abs() * r,
            Bound::Approx => {
                let r = if slight { 0.05 } else { 0.1 };
                lo -= v.abs() * r;
                hi += v.abs() * r;
            }
        }
    }
    Interval { lo, hi }
}

/// The year (or "now") a figure's clause speaks of, if it says.
fn time_of(cx: &Article<'_>, i: usize) -> Option<String> {
    let at = cx.tokens().of(i);
    let range = near::sentence_tokens(cx, cx.mentions[i].sentence);
    let lo = at.saturating_sub(10).max(range.start);
    let hi = (at + 10).min(range.end);
    let mut best: Option<(usize, String)> = None;
    for k in lo..hi {
        let t = &cx.tokens().all[k];
        let key = match t.tag {
            Tag::Figure(f) => {
                let m = &cx.mentions[f as usize];
                // (The year's bits: keys are compared, never printed.)
                (m.kind == Kind::Year && m.values.is_empty()).then(|| m.value.unwrap_or(0.0).to_bits().to_string())
            }
            Tag::Word if near::is_any(cx, k, &["today", "now", "currently"]) => Some("now".own()),
            Tag::Word if near::is(cx, k, "year") && near::is(cx, k.wrapping_sub(1), "last") => Some("last".own()),
            _ => None,
        };
        if let Some(key) = key {
            if best.as_ref().is_none_or(|(d, _)| k.abs_diff(at) < *d) {
                best = Some((k.abs_diff(at), key));
            }
        }
    }
    best.map(|(_, k)| k)
}

/// Everything that says two figures cannot be one quantity stated twice, with the topics
/// of sentences read so far (each sentence is read once).
struct Guards<'n> {
    names: &'n crate::map::Set<String>,
    topics: std::cell::RefCell<Map<usize, Vec<String>>>,
}

impl Guards<'_> {
    /// What sentence `s` talks about (see [`topic`]), read once.
    fn topic(&self, cx: &Article<'_>, s: usize) -> Vec<String> {
        self.topics.borrow_mut().entry(s).or_insert_with(|| topic(cx, s)).clone()
    }

    fn apart(&self, cx: &Article<'_>, a: usize, b: usize, same_sentence_ok: bool) -> bool {
        let ms = cx.mentions;
        if !same_sentence_ok && ms[a].sentence == ms[b].sentence {
            return true;
        }
        if unit_of(&ms[a]) != unit_of(&ms[b]) {
            return true;
        }
        let change = |i: usize| cx.frames()[i].role == Some(Role::Change) && !shares::is_share(cx, i);
        if change(a) != change(b) {
            return true;
        }
        let (ea, eb) = (changes::entity(cx, self.names, a), changes::entity(cx, self.names, b));
        if matches!((&ea, &eb), (Some(x), Some(y)) if x != y) {
            return true;
        }
        let (ta, tb) = (time_of(cx, a), time_of(cx, b));
        if matches!((&ta, &tb), (Some(x), Some(y)) if x != y) {
            return true;
        }
        // "Shares rose 12% …" and "The 21% rise in profits": changes of two things.
        if change(a) && change(b) {
            let (ka, kb) = (changes::measured(cx, cx.tokens().of(a)), changes::measured(cx, cx.tokens().of(b)));
            if !ka.is_empty() && !kb.is_empty() && !ka.iter().any(|k| kb.contains(k)) {
                return true;
            }
        }
        let (na, nb) = (referents::nouns_of(cx, a), referents::nouns_of(cx, b));
        matches!((na.first(), nb.first()), (Some(x), Some(y)) if !referents::related(x, y))
    }
}

/// Whether a definite figure names a subset rather than pointing back: "the 460 beds on
/// the main site", "the 34 councils in the north", "the 54-year-old neighbour".
fn restricted(cx: &Article<'_>, b: usize) -> bool {
    let t = cx.tokens().of(b);
    let sentence = cx.mentions[b].sentence;
    // The word after the figure's noun (or after the figure, if it has none).
    let mut k = t + 1;
    if near::is_punct(cx, k, '-') {
        k += 2; // "34-year-old", "12-vote"
    }
    let noun_follows = near::word(cx, k).is_some_and(|w| {
        w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            && !lexicon::contains(CONTINUES, w)
            && !w.ends_with("ed")
            && !near::is_any(cx, k, &["of", "and", "or", "to", "in", "on", "at", "from", "with", "for"])
    });
    // "the 54-year-old neighbour": a new description of someone.
    if near::is_punct(cx, t + 1, '-') && near::is_any(cx, t + 2, &["year-old", "years-old"]) {
        return noun_follows;
    }
    // "the 460 beds on the main site": a place that picks out some of them.
    let after_noun = if noun_follows { k + 1 } else { k };
    // ("the 91 passengers at the scene" is where they were treated: "at" is left out.)
    let place = near::is_any(cx, after_noun, &["in", "on", "from", "outside", "inside", "across"])
        && near::tok(cx, after_noun).is_some_and(|x| x.sentence as usize == sentence)
        && near::is_any(cx, after_noun + 1, &["the", "a", "its", "their", "this", "that"]);
    place
}

/// Words after a figure's noun that continue the sentence rather than name more of it.
const CONTINUES: &[&str] = &[
    "was", "were", "is", "are", "had", "has", "have", "will", "would", "could", "should", "may", "might", "must",
    "who", "which", "that", "said", "says", "told", "admitted", "denied", "pleaded", "appeared", "faces", "faced",
    "can", "did", "does",
];

/// One checked restatement.
#[derive(Clone, Copy)]
struct Judged {
    a: usize,
    b: usize,
    verdict: Verdict,
    tie: Tie,
    typo: bool,
}

fn judge(cx: &Article<'_>, a: usize, b: usize, tie: Tie) -> Judged {
    let ms = cx.mentions;
    let (va, vb) = (base_value(&ms[a]), base_value(&ms[b]));
    let (mut x, y) = (band(cx, a), band(cx, b));
    if tie == Tie::Headline {
        // Headlines round down as often as to the nearest: "send $16bn home" for $16.6bn.
        let m = &ms[a];
        let step = if m.unit == Some("GBX") { m.round_unit / 100.0 } else { m.round_unit };
        x.hi = x.hi.max(va.unwrap_or(0.0) + step);
    }
    let same = match (ms[a].kind, ms[b].kind) {
        (Kind::Fraction, Kind::Percent) => va.zip(vb).is_some_and(|(p, q)| (p * 100.0 - q).abs() <= 1.0),
        _ => va == vb,
    };
    let verdict = if same && ms[a].qualifier.is_none() && ms[b].qualifier.is_none() {
        Verdict::Consistent
    } else if x.meets(y) {
        if ms[a].qualifier.is_some() || ms[b].qualifier.is_some() {
            Verdict::ConsistentWithHedge
        } else {
            Verdict::ConsistentWithRounding
        }
    } else {
        Verdict::Inconsistent
    };
    let typo = match (digits(cx, &ms[a]), digits(cx, &ms[b])) {
        (Some(p), Some(q)) => looks_like_typo(&p, &q),
        _ => false,
    } || va.zip(vb).is_some_and(|(p, q)| teen_for_ten(p, q));
    Judged { a, b, verdict, tie, typo }
}

/// Whether `b` (later) stands in apposition to `a` in one sentence: "half a million people
/// - 645,000 -", "Nearly half of all Palestinians - some 47% -".
fn apposed(cx: &Article<'_>, a: usize, b: usize) -> bool {
    let (ta, tb) = (cx.tokens().of(a), cx.tokens().of(b));
    if tb <= ta + 1 || tb - ta > 8 || !near::same_sentence(cx, ta, tb) {
        return false;
    }
    let mut words_before_mark = 0;
    let mut mark = false;
    for k in ta + 1..tb {
        match cx.tokens().all[k].tag {
            Tag::Punct('-' | '–' | '—' | '(') => mark = true,
            Tag::Word
                if mark
                    && near::is_any(
                        cx,
                        k,
                        &["some", "about", "around", "nearly", "almost", "or", "exactly", "roughly"],
                    ) => {}
            Tag::Word if !mark && words_before_mark < 3 => words_before_mark += 1,
            _ => return false,
        }
    }
    // "40 people - 12 of them children -" is a part, not the same figure.
    mark && !near::is(cx, tb + 1, "of")
}

pub fn run(cx: &Article<'_>) -> Vec<Finding> {
    let ms = cx.mentions;
    let guards = Guards { names: cx.names(), topics: std::cell::RefCell::new(Map::new()) };
    let mut by_family: Map<String, Vec<usize>> = Map::new();
    let mut recent: VecDeque<usize> = VecDeque::new();
    let headline: Vec<usize> = if near::in_headline(cx, 0) {
        (0..ms.len()).take_while(|&i| ms[i].sentence == 0).filter(|&i| restatable(cx, i)).collect()
    } else {
        Vec::new()
    };
    let mut headline_done: Vec<usize> = Vec::new();
    let mut share_of = vec![false; ms.len()];
    for sh in cx.shares() {
        share_of[sh.share] = true;
    }
    let mut findings = Vec::new();
    for b in 0..ms.len() {
        if !restatable(cx, b) {
            continue;
        }
        let fams = families(cx, b);
        if let Some(j) = find(cx, &guards, b, &fams, &by_family, &recent, &headline, &mut headline_done, &share_of) {
            // "two companies … the two companies": the same small word twice says nothing.
            let text = |i: usize| cx.text.get(ms[i].span.start..ms[i].span.end).unwrap_or("").lower();
            let trivial = j.verdict == Verdict::Consistent && text(j.a) == text(j.b) && mb_small(&ms[j.b]);
            if !trivial {
                findings.push(finding(cx, &j));
            }
        }
        for f in &fams {
            by_family.entry(f.clone()).or_default().push(b);
        }
        recent.push_back(b);
        if recent.len() > RECENT {
            recent.pop_front();
        }
    }
    // (A figure the general reading already tied is not judged twice.)
    let tied: crate::map::Set<usize> = findings.iter().flat_map(|f| f.mentions.iter().copied()).collect();
    findings.extend(person_ages(cx).into_iter().filter(|f| !f.mentions.iter().any(|m| tied.contains(m))));
    findings
}

/// "Emma Lowe, 23, …" … "Ms Lowe, 32, had been …": one person named with two ages (see
/// `relation::people`). The first age given is the reference; a later one under the same
/// surname repeats it, or contradicts it (a warning). Two first names under one surname
/// anywhere in the article are two people (a mother and her son), and a year in either
/// sentence may tell another time ("In 2019 Blake, 36, …"): no link then.
fn person_ages(cx: &Article<'_>) -> Vec<Finding> {
    let ms = cx.mentions;
    let ages = people::named_ages(cx);
    if ages.len() < 2 {
        return Vec::new();
    }
    let mut by_surname: Map<&str, Vec<&people::NamedAge>> = Map::new();
    for a in &ages {
        by_surname.entry(a.surname.as_str()).or_default().push(a);
    }
    // Every first name written before each of those surnames, in one pass over the words.
    let mut firsts: Map<&str, Vec<&str>> = Map::new();
    for k in 1..cx.tokens().len() {
        let Some(surname) = near::word(cx, k).filter(|w| by_surname.contains_key(*w)) else { continue };
        if let Some(f) = people::first_name(cx, k) {
            let seen = firsts.entry(surname).or_default();
            if !seen.contains(&f) {
                seen.push(f);
            }
        }
    }
    let years: crate::map::Set<usize> = ms.iter().filter(|m| m.kind == Kind::Year).map(|m| m.sentence).collect();
    let dated = |n: &people::NamedAge| years.contains(&ms[n.age].sentence);
    // "Ms Lowe, 32", as written from the name to the age.
    let said = |n: &people::NamedAge| {
        let start = near::tok(cx, n.name).map_or(ms[n.age].span.start, |x| x.start as usize);
        cx.text.get(start..ms[n.age].span.end).unwrap_or("").split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let mut out = Vec::new();
    for (surname, group) in by_surname.iter() {
        // Two first names under one surname are two people; the reference names the
        // person in full ("Arsenal, 40," names no one).
        if firsts.get(*surname).is_some_and(|f| f.len() > 1) || group.len() < 2 || group[0].first.is_none() {
            continue;
        }
        let reference = group[0];
        for later in &group[1..] {
            if dated(reference) || dated(later) || people::introduced_as_other(cx, later) {
                continue;
            }
            let (a, b) = (reference.age, later.age);
            let (sa, sb) = (said(reference), said(later));
            let same = ms[a].value == ms[b].value;
            let (severity, verdict, message) = if same {
                (Severity::Ok, Verdict::Consistent, format!("\"{sb}\" gives the age \"{sa}\" gave."))
            } else {
                (
                    Severity::Warning,
                    Verdict::Inconsistent,
                    format!("\"{sb}\" gives another age than \"{sa}\" for the same person; one of the two is wrong."),
                )
            };
            out.push(Finding {
                check: ID,
                severity,
                verdict,
                mentions: vec![a, b],
                span: ms[b].span,
                message,
                expected: ms[a].value,
                stated: ms[b].value,
            });
        }
    }
    crate::sort::by_key(&mut out, |f| f.span.start);
    out
}

/// Words that, opening the clause of a share in digits, say it gives the figure behind a
/// share stated in words just before: "In all, 47% …", "Its figures show 74% …".
const EVIDENCE: &[&str] =
    &["all", "overall", "total", "altogether", "figures", "data", "statistics", "exactly", "show", "shows", "showed"];

/// Words before a share that make it a new claim, not a restatement: "But only 40% think".
const CONTRAST: &[&str] = &["but", "only", "just", "while", "whereas", "although", "however"];

/// Lower-case content stems of a sentence: what it says, without its names.
fn topic(cx: &Article<'_>, sentence: usize) -> Vec<String> {
    let range = near::sentence_tokens(cx, sentence);
    let mut out = near::content_stems(cx, sentence);
    let names: Vec<String> = range
        .take(160)
        .filter_map(|k| near::word(cx, k))
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .map(near::stem)
        .collect();
    out.retain(|s| !names.contains(s));
    out
}

/// A small whole number: stated twice alike, it is no evidence of anything.
fn mb_small(m: &Mention) -> bool {
    m.value.is_some_and(|v| v.abs() < 10.0 && v.fract() == 0.0)
}

/// The earlier figure `b` restates, and how it was judged, if the evidence is enough.
#[allow(clippy::too_many_arguments)]
fn find(
    cx: &Article<'_>,
    guards: &Guards<'_>,
    b: usize,
    fams: &[String],
    by_family: &Map<String, Vec<usize>>,
    recent: &VecDeque<usize>,
    headline: &[usize],
    headline_done: &mut Vec<usize>,
    share_of: &[bool],
) -> Option<Judged> {
    let ms = cx.mentions;
    let mb = &ms[b];
    let precision = |m: &Mention| digits(cx, m).map_or(0, |d| d.0.trim_end_matches('0').len());
    let rounded = |a: usize| {
        let words = !has_digits(cx, &ms[a]) && ms[a].round_unit >= 1e5;
        ms[a].qualifier.is_some() || interval::may_be_rounded(&ms[a]) || words || ms[a].kind == Kind::Fraction
    };
    let ratio = |a: usize| {
        let (va, vb) = (base_value(&ms[a]).unwrap_or(0.0), base_value(mb).unwrap_or(0.0));
        let va = if ms[a].kind == Kind::Fraction { va * 100.0 } else { va };
        if vb == 0.0 {
            0.0
        } else {
            va / vb
        }
    };
    // Apposition in one sentence: a rounded figure, then the figure behind it. (Not an
    // amount of results and last year's in brackets: "£312m (£254m) in the six months".)
    let results = mb.kind == Kind::Money
        && cx.in_parens(b)
        && near::sentence_tokens(cx, mb.sentence).take(80).any(|k| near::is_any(cx, k, lexicon::cues::RESULTS));
    for (a, ma) in ms.iter().enumerate().take(b).skip(b.saturating_sub(2)).filter(|_| !results) {
        if ma.sentence == mb.sentence
            && restatable(cx, a)
            && apposed(cx, a, b)
            && rounded(a)
            && precision(mb) >= precision(ma)
            && (0.5..=2.0).contains(&ratio(a))
            && !guards.apart(cx, a, b, true)
        {
            return Some(judge(cx, a, b, Tie::Apposition));
        }
    }
    // The headline's figure, restated in the lead: the first body figure of its unit that
    // counts the same thing (or, without a noun, is said of the same subject).
    let lead = mb.sentence > 0 && cx.segments.paragraph_of(mb.sentence) <= HEADLINE_PARAGRAPHS;
    if lead && !headline.is_empty() {
        let nb = referents::nouns_of(cx, b);
        let candidate = headline.iter().copied().find(|&a| {
            if headline_done.contains(&a) || unit_of(&ms[a]) != unit_of(mb) {
                return false;
            }
            let change = |i: usize| cx.frames()[i].role == Some(Role::Change);
            let na = referents::nouns_of(cx, a);
            match (na.first(), nb.first()) {
                (Some(x), Some(y)) => referents::related(x, y),
                (None, None) => {
                    change(a) == change(b) && near::shared(&guards.topic(cx, 0), &guards.topic(cx, mb.sentence)) > 0
                }
                _ => false,
            }
        });
        if let Some(a) = candidate {
            headline_done.push(a);
            let j = judge(cx, a, b, Tie::Headline);
            let named = !referents::nouns_of(cx, a).is_empty();
            // "60 pilots and 540 cabin crew posts would go" is a breakdown of the headline's
            // 600 jobs, not its restatement.
            let sole = (0..ms.len())
                .filter(|&i| ms[i].sentence == mb.sentence && i != b)
                .all(|i| unit_of(&ms[i]) != unit_of(mb));
            let report = j.verdict != Verdict::Inconsistent || j.typo || (named && sole) || mb.kind == Kind::Percent;
            return report.then_some(j);
        }
    }
    let earlier_in = |list: &[usize], n: usize| -> Vec<usize> {
        let at = list.partition_point(|&x| x < b);
        list[at.saturating_sub(n)..at].to_vec()
    };
    let mut candidates: Vec<usize> =
        fams.iter().flat_map(|f| earlier_in(by_family.get(f).map_or(&[][..], Vec::as_slice), PER_FAMILY)).collect();
    crate::sort::sort(&mut candidates);
    candidates.dedup();
    let near_sentence = |a: usize| mb.sentence - ms[a].sentence <= NEAR_SENTENCES;
    let at = cx.tokens().of(b);
    if referents::is_definite(cx, b) {
        let age = fams.iter().any(|f| f == "age");
        let mut pool = candidates.clone();
        // Amounts of money and percentages without a noun of their own count too ("fined …
        // £2.3m" … "the penalty of £3.2 million").
        if matches!(mb.kind, Kind::Money | Kind::Percent) {
            pool.extend(recent.iter().copied().filter(|&a| near_sentence(a) && referents::nouns_of(cx, a).is_empty()));
        }
        // "all 15 of those arrested": what the two sentences say must be the same.
        if fams.is_empty() && near::is(cx, at + 1, "of") && near::is_any(cx, at + 2, &["those", "them", "these"]) {
            let mine = guards.topic(cx, mb.sentence);
            pool.extend(
                recent
                    .iter()
                    .copied()
                    .filter(|&a| near_sentence(a) && near::shared(&guards.topic(cx, ms[a].sentence), &mine) > 0),
            );
        }
        if age {
            pool.retain(|&a| families(cx, a).iter().any(|f| f == "age"));
        }
        crate::sort::sort(&mut pool);
        pool.dedup();
        pool.retain(|&a| !guards.apart(cx, a, b, false));
        let found = choose(cx, &pool, b, Tie::Definite, |j| {
            if age {
                return j.typo && !restricted(cx, b);
            }
            let named = !fams.is_empty() && !referents::nouns_of(cx, j.a).is_empty();
            let a = &ms[j.a];
            let (va, vb) = (base_value(a).unwrap_or(0.0), base_value(mb).unwrap_or(0.0));
            let beyond_hedge = match a.qualifier.as_ref().map(|q| q.bound) {
                Some(Bound::Lower) => vb < va,
                Some(Bound::Upper) => vb > va,
                _ => false,
            };
            let close = vb > 0.0 && (0.5..=2.0).contains(&(va / vb));
            // "The 32 officers injured" after "23 people" arrested: a participle after another
            // noun picks out a new group ("the 83 schools affected" after "Thirty-eight
            // primary schools" is the same one).
            let t = cx.tokens().of(b);
            let participle =
                near::word(cx, t + 2).is_some_and(|w| w.ends_with("ed") && w.chars().all(|c| c.is_ascii_lowercase()));
            let same_noun = referents::nouns_of(cx, j.a).first().map(|n| referents::key(n))
                == referents::nouns_of(cx, b).first().map(|n| referents::key(n));
            // "The 14 people who were not hurt" after "41 people": a relative clause picks
            // out a group too, and two digits of a small count swap by chance.
            let relative = near::is_any(cx, t + 2, &["who", "which", "that"]);
            !restricted(cx, b)
                && (!participle || same_noun)
                && ((j.typo && (!relative || precision(mb) >= 3))
                    || (matches!(mb.kind, Kind::Money | Kind::Percent) && named)
                    || (named && beyond_hedge && close))
        });
        if found.is_some() {
            return found;
        }
        // The same figure with two digits swapped, paragraphs apart, pointed back to by
        // "the": "stole £2.73m" … "the loss of the £2.37m he took"; "1,742 flights were
        // cancelled" … "The 1,472 cancellations". A swap of three or more significant
        // digits between figures of one unit is rare by chance; the only one is the link.
        if precision(mb) >= 3 && has_digits(cx, mb) && !restricted(cx, b) && !age {
            let earlier: Vec<usize> = recent
                .iter()
                .copied()
                .filter(|&a| ms[a].kind == mb.kind && unit_of(&ms[a]) == unit_of(mb) && has_digits(cx, &ms[a]))
                .filter(|&a| cx.paragraph(&ms[a]) != cx.paragraph(mb))
                .filter(|&a| !guards.apart(cx, a, b, false))
                .collect();
            // (A figure already stated with this value is what "the" points back to.)
            if earlier.iter().any(|&a| base_value(&ms[a]) == base_value(mb)) {
                return None;
            }
            let swapped: Vec<Judged> = earlier
                .iter()
                .filter(|&&a| digits(cx, &ms[a]).zip(digits(cx, mb)).is_some_and(|(p, q)| transposed(&p, &q)))
                .map(|&a| judge(cx, a, b, Tie::Typed))
                .filter(|j| j.verdict == Verdict::Inconsistent)
                .collect();
            if let [one] = swapped.as_slice() {
                return Some(*one);
            }
        }
        return None;
    }
    // A rounded figure restated precisely nearby ("exactly 1,184,302 households").
    let cue = (at.saturating_sub(3)..at).any(|k| near::is_any(cx, k, words::RESTATEMENT));
    let restated: Vec<usize> = candidates
        .iter()
        .copied()
        .filter(|&a| near_sentence(a) && !guards.apart(cx, a, b, false))
        .filter(|&a| {
            let shared = near::shared(&guards.topic(cx, ms[a].sentence), &guards.topic(cx, mb.sentence));
            rounded(a)
                && precision(mb) >= precision(&ms[a]).max(1) + 2
                && mb.qualifier.is_none()
                && (0.5..=2.0).contains(&ratio(a))
                && (cue || shared >= 1)
        })
        .collect();
    if let Some(j) = choose(cx, &restated, b, Tie::Restated, |_| true) {
        return Some(j);
    }
    // Two precise figures of one thing, a typed digit apart.
    if precision(mb) >= 4 && has_digits(cx, mb) {
        let typed: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|&a| near_sentence(a) && precision(&ms[a]) >= 4 && !guards.apart(cx, a, b, false))
            .collect();
        if let Some(j) = choose(cx, &typed, b, Tie::Typed, |j| j.typo) {
            return Some(j);
        }
    }
    // A share in words, then in digits, in the next sentence, given as the figures behind it.
    if mb.kind == Kind::Percent && shares::is_share(cx, b) {
        let sentence = near::sentence_tokens(cx, mb.sentence);
        let opening = sentence.start..at.min(sentence.start + 6);
        let evidence = opening.clone().any(|k| near::is_any(cx, k, EVIDENCE)) || share_of[b];
        let contrast = (at.saturating_sub(12).max(sentence.start)..at).any(|k| near::is_any(cx, k, CONTRAST));
        let of_whole = |i: usize| {
            let t = cx.tokens().of(i);
            near::is(cx, t + 1, "of")
                && !near::is_any(cx, t + 2, &["a", "an", "it", "this", "that", "them", "those", "the"])
                || near::is(cx, t + 1, "of")
                    && near::is(cx, t + 2, "the")
                    && !near::is_any(cx, t + 3, &["rest", "remainder"])
        };
        let first_percent = (0..b)
            .rev()
            .take(RECENT)
            .take_while(|&i| ms[i].sentence == mb.sentence)
            .all(|i| !matches!(ms[i].kind, Kind::Percent | Kind::Fraction));
        let words =
            recent.iter().copied().rev().find(|&a| {
                ms[a].kind == Kind::Fraction && !has_digits(cx, &ms[a]) && ms[a].sentence + 1 == mb.sentence
            });
        if let Some(a) = words {
            let alone = (a + 1..ms.len())
                .take(RECENT)
                .take_while(|&i| ms[i].sentence == ms[a].sentence)
                .all(|i| !matches!(ms[i].kind, Kind::Percent | Kind::Fraction));
            let same_paragraph = cx.segments.paragraph_of(ms[a].sentence) == cx.segments.paragraph_of(mb.sentence);
            if evidence
                && !contrast
                && first_percent
                && alone
                && same_paragraph
                && of_whole(a)
                && (of_whole(b) || share_of[b])
                && shares::is_share(cx, a)
                && !guards.apart(cx, a, b, true)
            {
                return Some(judge(cx, a, b, Tie::Words));
            }
        }
    }
    None
}

/// The one earlier figure `b` restates among `pool`: one with the same value (the most
/// recent), else one within rounding, else the one a typo explains; an inconsistency is
/// reported only when `strong` says the evidence is enough and no other candidate competes.
fn choose(cx: &Article<'_>, pool: &[usize], b: usize, tie: Tie, strong: impl Fn(&Judged) -> bool) -> Option<Judged> {
    let judged: Vec<Judged> = pool.iter().map(|&a| judge(cx, a, b, tie)).collect();
    if let Some(j) = judged.iter().rev().find(|j| j.verdict == Verdict::Consistent) {
        return Some(*j);
    }
    if let Some(j) = judged.iter().rev().find(|j| j.verdict != Verdict::Inconsistent) {
        return Some(*j);
    }
    let typos: Vec<&Judged> = judged.iter().filter(|j| j.typo).collect();
    match (typos.as_slice(), judged.as_slice()) {
        ([one], _) if strong(one) => Some(**one),
        ([], [one]) if strong(one) => Some(*one),
        _ => None,
    }
}

fn finding(cx: &Article<'_>, j: &Judged) -> Finding {
    let ms = cx.mentions;
    let (a, b) = (&ms[j.a], &ms[j.b]);
    let said = |i: usize| {
        let m = &ms[i];
        let start = shares::hedge_of(cx, i).map_or(m.phrase_start(), |(_, s)| s.min(m.phrase_start()));
        let text = cx.text.get(start..m.span.end).unwrap_or("");
        let noun = referents::nouns_of(cx, i).into_iter().next().filter(|n| n != "age" && m.noun.is_some());
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        match (noun, m.noun.as_deref()) {
            (Some(_), Some(n)) => format!("{text} {n}"),
            _ => text,
        }
    };
    let (sa, sb) = (said(j.a), said(j.b));
    let where_ = match j.tie {
        Tie::Headline => "the headline's",
        Tie::Apposition => "the",
        _ => "the earlier",
    };
    let (severity, message) = match j.verdict {
        Verdict::Consistent => (Severity::Ok, format!("\"{sb}\" repeats {where_} \"{sa}\".")),
        Verdict::Inconsistent => {
            let severity = if j.tie == Tie::Apposition { Severity::Error } else { Severity::Warning };
            let hint = if j.typo { format!(" (a mistyped figure: {sa} → {sb}?)") } else { String::new() };
            (
                severity,
                format!("\"{sb}\" states again what {where_} \"{sa}\" stated, with a different value{hint}; one of the two is wrong."),
            )
        }
        _ => (Severity::Note, format!("\"{sb}\" restates {where_} \"{sa}\" within its rounding or hedge.")),
    };
    Finding {
        check: ID,
        severity,
        verdict: j.verdict,
        mentions: vec![j.a, j.b],
        span: b.span,
        message,
        expected: base_value(a),
        stated: base_value(b),
    }
}

#[cfg(test)]
mod tests {
    use super::{digits, looks_like_typo};
    use crate::Severity;

    fn run(text: &str) -> Vec<(Severity, String)> {
        crate::check::run_one(super::ID, text).into_iter().map(|f| (f.severity, f.message)).collect()
    }

    fn loud(text: &str) -> Vec<(Severity, String)> {
        run(text).into_iter().filter(|f| f.0 >= Severity::Warning).collect()
    }

    #[test]
    fn a_relative_clause_picks_out_a_group_of_a_small_count() {
        let text = "The coach was carrying 41 people when it overturned, injuring 27.\n\nThe 14 people who were not hurt were taken to a church.";
        assert!(loud(text).is_empty(), "{:?}", loud(text));
    }

    #[test]
    fn flags_a_mistyped_repeat() {
        let found = run("Moscow said 755 diplomats must leave. Officials said the 775 diplomats will go by September.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, Severity::Warning);
        assert!(found[0].1.contains("755"), "{}", found[0].1);
    }

    #[test]
    fn confirms_the_same_figure_in_words_and_digits() {
        assert_eq!(run("It expelled thirty-five diplomats. Later the 35 expelled diplomats left.")[0].0, Severity::Ok);
        assert_eq!(run("Thirty-two miners were trapped. Rescuers reached the 32 men on Wednesday.")[0].0, Severity::Ok);
        assert_eq!(
            run("Thirty-two miners were trapped. Rescuers reached the 23 men on Wednesday.")[0].0,
            Severity::Warning
        );
    }

    #[test]
    fn written_numbers_of_one_digit_are_not_typos() {
        assert!(loud("Notes of five million lira will go. Then the one-million lira note becomes a coin.").is_empty());
    }

    #[test]
    fn different_groups_are_not_repeats() {
        assert!(loud("35 diplomats left in 2016. Now the 755 diplomats must go.").is_empty());
        assert!(loud("About 1.2 million people voted. The 1,234,567 people who voted").is_empty());
        assert!(loud("Valtek shipped 3.1 million consoles, while its rival Orrin shipped 5.4 million.").is_empty());
        assert!(loud("The firm employed 3,200 people in 2019. Today it employs 2,750.").is_empty());
    }

    #[test]
    fn subsets_and_new_people_are_not_repeats() {
        assert!(loud("The hospital has 640 beds. Managers said the 460 beds on the main site would stay.").is_empty());
        assert!(loud("Police arrested 23 people. The 32 officers injured were treated in hospital.").is_empty());
        assert!(loud("Jane Smith, 45, was rescued. The 54-year-old neighbour raised the alarm.").is_empty());
        assert!(loud("Shares rose 12% to 340p. The 21% rise in profits beat forecasts.").is_empty());
        assert!(
            loud("Airline to cut 600 jobs\n\nThe airline said 60 pilots and 540 cabin crew posts would go.").is_empty()
        );
        let found = run("Nineteen people were injured. Paramedics treated the 91 passengers at the scene.");
        assert_eq!(found[0].0, Severity::Warning);
    }

    #[test]
    fn parts_of_an_age_are_not_quantities() {
        let text = "She has died aged 101 years and 214 days. She spoke of the 241 days she spent on the ice.";
        assert!(loud(text).is_empty());
    }

    #[test]
    fn reads_restatements_reporters_write() {
        let found = run("About 1.2 million households will get it. Figures show exactly 1,814,302 households qualify.");
        assert_eq!(found[0].0, Severity::Warning);
        let found = run("A crowd of 52,118 saw the win. The victory, in front of 51,218 fans, sparked celebrations.");
        assert_eq!(found[0].0, Severity::Warning);
        let found = run("Sarah Quinn, 34, admitted fraud. The court heard that the 43-year-old had stolen.");
        assert_eq!(found[0].0, Severity::Warning);
        let found = run("Kestrel agreed a £2bn deal. Under the terms of the £1.96bn agreement, it pays.");
        assert_eq!(found[0].0, Severity::Note);
        let found = run("Kestrel agreed a £2bn deal. Under the terms of the £2.69bn agreement, it pays.");
        assert_eq!(found[0].0, Severity::Warning);
    }

    #[test]
    fn one_person_named_with_two_ages() {
        let found =
            run("Connor Blake, 41, stabbed Emma Lowe, 23, last year. The judge said Ms Lowe, 32, had tried to leave.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, Severity::Warning);
        assert!(found[0].1.contains("Ms Lowe, 32") && found[0].1.contains("Emma Lowe, 23"), "{found:?}");
        let found = run("Emma Lowe, 23, was stabbed. The judge said Ms Lowe, 23, had tried to leave.");
        assert_eq!(found[0].0, Severity::Ok, "{found:?}");
        // Two first names under one surname: a mother and her son.
        assert!(run("Anne Kerr, 52, and her son Tom Kerr, 25, were hurt. Mr Kerr, 25, was discharged.")
            .iter()
            .all(|f| f.0 < Severity::Warning));
        // Another time: "In 2019" tells an age of then; so does "when".
        assert!(run("Emma Lowe, 23, was stabbed. In 2019 Ms Lowe, 19, had moved to Bristol.").is_empty());
        assert!(
            run("Emma Lowe, 23, was found dead. Blake began controlling her when Ms Lowe, 17, moved in.").is_empty()
        );
        // A relative, and figures that are no one's age.
        assert!(run("Liam Smith, 19, died at the scene. His mother, Mrs Smith, 47, said he was kind.").is_empty());
        assert!(run("At Christmas, Arsenal, 40, led Liverpool, 38. By May, Arsenal, 84, were two points clear.")
            .iter()
            .all(|f| f.0 < Severity::Warning));
    }

    #[test]
    fn apposition_is_strong_evidence() {
        assert!(
            run("Pre-tax profits rose to £312m (£254m) in the six months, on revenues of £1.9bn (£1.7bn).").is_empty()
        );
        let found = run("In India just over half a million people - 645,000 - are at risk.");
        assert_eq!(found[0].0, Severity::Error);
        assert_eq!(run("Nearly half of all Palestinians - some 47% - live below the line.")[0].0, Severity::Note);
    }

    #[test]
    fn typo_shapes() {
        let d = |s: &str, m: i32| (s.to_string(), m);
        assert!(looks_like_typo(&d("755", 2), &d("775", 2)));
        assert!(looks_like_typo(&d("1234", 3), &d("1324", 3)));
        assert!(looks_like_typo(&d("48", 9), &d("84", 9)));
        assert!(!looks_like_typo(&d("755", 2), &d("557", 2)));
        assert!(!looks_like_typo(&d("35", 1), &d("755", 2)));
        assert!(!looks_like_typo(&d("5", 0), &d("6", 0)));
        let _ = digits;
    }
}
