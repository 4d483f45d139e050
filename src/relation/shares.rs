//! Shares: a percentage or a fraction of a whole, with the part it stands for.
//!
//! Reporters state a share in many shapes: "Of 1,204 adults questioned, 397 (33%)"; "1,560
//! passed, a pass rate of 61%"; "accounting for about two-thirds of the country's 47,620";
//! "about 8% of its 26,500-strong workforce"; "won 43.6% of the vote, or 1,208,000 of the
//! 2,771,000 votes cast"; "Nearly half of England's 312 councils, 148 of them"; "fees of
//! about 1 percent, or just over $180 million" of a sale stated the sentence before; and,
//! paragraphs from its part, "Long waits affected 6.3% of the 38,900 patients".
//!
//! Reading is by structure: a whole is tied by "of" (to the share, to the part, or opening
//! the sentence: "Of 250 respondents, …"); a part is tied by apposition ("80 (32%)", "£186m,
//! or 41%", "2.2 million," after the whole), by "P of W", or is the subject of a share verb
//! ("31,850 cases account for …"). Only when the share's own sentence has no part, and a
//! share verb says that something stated elsewhere is the part ("The cuts amount to 6% of
//! its workforce of 21,500"), is the part looked for in other sentences: by what the whole
//! counts, through a per-noun map, among a bounded number of candidates.

use crate::map::Map;

use crate::article::Article;
use crate::frame::Role;
use crate::interval::Interval;
use crate::lexicon::{self, hedges::Bound, referents as words};
use crate::mention::{Kind, Mention};
use crate::token::Tag;

use super::changes::base_value;
use super::near;
use super::referents;

/// How a share was tied to its part and whole: how strong the evidence is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareTie {
    /// By the structure of one clause: "Of W, P (S)", "P of W, or S", "S of W, P,".
    Clause,
    /// Inside one sentence, by the only figure that can be the part: "P jobs …, about S of
    /// its W workforce".
    Sentence,
    /// Across sentences: the part or the whole stated elsewhere about the same thing.
    Linked,
}

/// One share the text states: `part` is `share` of `whole`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Share {
    pub share: usize,
    pub part: usize,
    pub whole: usize,
    pub tie: ShareTie,
}

/// How far apart (in paragraphs) a share and a part stated elsewhere may stand.
const LINK_PARAGRAPHS: usize = 12;
/// How many earlier or later figures of one noun a share looks at for its part.
const LINK_CANDIDATES: usize = 8;
/// How many tokens a whole may stand after its "of": "of its global workforce of 21,500".
const OF_REACH: usize = 6;
/// How many figures either side of a share its part and whole are looked for among: a
/// pasted table is one "sentence", and every search stays bounded in it.
const NEAR_FIGURES: usize = 24;

/// Whether mention `i` is a share: a percentage that is not a change, or a fraction.
pub fn is_share(cx: &Article<'_>, i: usize) -> bool {
    let m = &cx.mentions[i];
    let Some(v) = m.value else { return false };
    if !m.values.is_empty() {
        return false;
    }
    let ok = match m.kind {
        Kind::Percent => m.unit == Some("%") && v > 0.0 && v <= 100.0,
        Kind::Fraction => v > 0.0 && v < 1.0,
        _ => false,
    };
    let at = cx.tokens().of(i);
    // "41%, of the council's budget", "made up 38% of": a share, whatever else the words
    // around it could make of it.
    let of_after = near::is(cx, at + 1, "of") || (near::is_punct(cx, at + 1, ',') && near::is(cx, at + 2, "of"));
    let made_up = near::is(cx, at.wrapping_sub(1), "up")
        && near::is_any(cx, at.wrapping_sub(2), &["made", "make", "makes", "making"]);
    let role = cx.frames()[i].role;
    // "16,100, or 66%": after a plain count, ", or" gives its share, not a change.
    let after_count = role == Some(Role::Change)
        && cx.frames()[i].direction.is_none()
        && near::is(cx, at.wrapping_sub(1), "or")
        && near::is_punct(cx, at.wrapping_sub(2), ',')
        && near::tok(cx, at.wrapping_sub(3))
            .and_then(|t| t.figure())
            .is_some_and(|p| cx.mentions[p].kind == Kind::Count && cx.frames()[p].role.is_none());
    if !ok || (matches!(role, Some(Role::Change | Role::From | Role::By)) && !(of_after || made_up || after_count)) {
        return false;
    }
    // "a national average of 24%", "a target of 10%": a benchmark, not this share.
    let start = phrase_token(cx, i);
    let benchmark = (start.saturating_sub(4)..start).any(|k| {
        near::same_sentence(cx, k, at) && (near::is_any(cx, k, words::BENCHMARKS) || near::is(cx, k, "compared"))
    });
    !benchmark
}

/// The share as a percentage.
pub fn percent_value(m: &Mention) -> Option<f64> {
    let v = m.value?;
    Some(if m.kind == Kind::Fraction { v * 100.0 } else { v })
}

/// What a stated share allows, in percent: a percentage at its written precision widened by
/// its hedge; a fraction in words by how loosely words round ("a third" is 30–37%) and by
/// its hedge ("nearly half" is 44–50%, "just over a quarter" 25–31%).
pub fn stated_band(cx: &Article<'_>, i: usize) -> (Interval, Interval) {
    let m = &cx.mentions[i];
    let v = percent_value(m).unwrap_or(f64::NAN);
    let bound = hedge_of(cx, i).map(|(b, _)| b);
    if m.kind == Kind::Fraction {
        let band = match bound {
            None => Interval { lo: v - 3.5, hi: v + 3.5 },
            Some(Bound::Upper) => Interval { lo: v - 6.5, hi: v + 0.5 },
            Some(Bound::Lower) => Interval { lo: v - 0.5, hi: v + 6.5 },
            Some(Bound::Approx) => Interval { lo: v - 4.5, hi: v + 4.5 },
        };
        return (band, band);
    }
    let half = m.round_unit.min(1.0) / 2.0;
    let written = Interval { lo: v - half, hi: v + half };
    let h = crate::interval::hedged(m);
    (written, Interval { lo: h.lo - half, hi: h.hi + half })
}

/// The hedge of a share: the extractor's for a percentage, the words before it for a
/// fraction ("nearly half").
pub fn hedge_of(cx: &Article<'_>, i: usize) -> Option<(Bound, usize)> {
    let m = &cx.mentions[i];
    if let Some(q) = &m.qualifier {
        return Some((q.bound, q.span.start));
    }
    if m.kind == Kind::Fraction {
        return near::hedge_before(cx, cx.tokens().of(i)).map(|(b, k)| (b, cx.tokens().all[k].start as usize));
    }
    None
}

/// The token where mention `i`'s phrase starts (its hedge, if any).
fn phrase_token(cx: &Article<'_>, i: usize) -> usize {
    let at = cx.tokens().of(i);
    let start = hedge_of(cx, i).map_or(cx.mentions[i].span.start, |(_, s)| s.min(cx.mentions[i].span.start));
    let toks = &cx.tokens().all;
    let mut k = at;
    while k > 0 && toks[k - 1].start as usize >= start && toks[k - 1].sentence == toks[at].sentence {
        k -= 1;
    }
    k
}

/// Whether mention `i` can be a part or a whole: a count, an amount of money or a measure,
/// not an amount of time, not where a change started.
fn is_quantity(cx: &Article<'_>, i: usize) -> bool {
    let m = &cx.mentions[i];
    matches!(m.kind, Kind::Count | Kind::Money | Kind::Measure)
        && m.value.is_some_and(|v| v > 0.0)
        && m.values.is_empty()
        && !m.noun.as_deref().is_some_and(|n| lexicon::contains(referents::TIME, n))
        && !near::is_any(cx, cx.tokens().of(i) + 1, referents::TIME)
        && !matches!(cx.frames()[i].role, Some(Role::From | Role::Change))
}

/// Whether `a` and `b` can be a part and its whole: the same kind and unit, and nouns that
/// are not known to name different things.
fn compatible(cx: &Article<'_>, a: usize, b: usize) -> bool {
    let (x, y) = (&cx.mentions[a], &cx.mentions[b]);
    let unit = |m: &Mention| if m.unit == Some("GBX") { Some("GBP") } else { m.unit };
    if x.kind != y.kind || unit(x) != unit(y) {
        return false;
    }
    let (nx, ny) = (referents::nouns_of(cx, a), referents::nouns_of(cx, b));
    match (nx.first(), ny.first()) {
        (Some(p), Some(q)) => !referents::unrelated(p, q),
        _ => true,
    }
}

/// Whether a part found in another sentence counts what the whole counts: no noun on either,
/// or nouns the lexicon relates. Stricter than `compatible`: across sentences an unknown
/// noun is no evidence ("two more coal plants" is no part of "61.4 million megawatt-hours").
fn named_as_whole(cx: &Article<'_>, part: usize, whole: usize) -> bool {
    let (np, nw) = (referents::nouns_of(cx, part), referents::nouns_of(cx, whole));
    match (np.first(), nw.first()) {
        (Some(p), Some(w)) => referents::related(p, w),
        _ => true,
    }
}

/// The one level the sentence before share `s`'s counts (in its paragraph or the one
/// before): a quantity that is no start, change or amount of change. None when there are
/// several.
fn level_before(cx: &Article<'_>, s: usize) -> Option<usize> {
    let ms = cx.mentions;
    let here = ms[s].sentence;
    let before = here.checked_sub(1)?;
    if cx.segments.paragraph_of(before) + 1 < cx.segments.paragraph_of(here) {
        return None;
    }
    let frames = cx.frames();
    let levels: Vec<usize> = (0..s)
        .rev()
        .take(NEAR_FIGURES)
        .take_while(|&w| ms[w].sentence >= before)
        .filter(|&w| ms[w].sentence == before && is_quantity(cx, w) && !cx.in_parens(w) && frames[w].is_level())
        .collect();
    match levels.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

fn value(cx: &Article<'_>, i: usize) -> f64 {
    base_value(&cx.mentions[i]).unwrap_or(f64::NAN)
}

/// What follows an "of" at token `k`: a figure, an anaphor ("of them"), or a noun phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum OfTarget {
    Figure(usize),
    Anaphor,
    Phrase,
}

/// Words that end the noun phrase after "of" before any figure is found.
const PHRASE_ENDS: &[&str] = &[
    "and", "or", "but", "who", "which", "that", "to", "for", "by", "with", "from", "at", "on", "than", "as", "while",
    "when", "where", "in", "were", "was", "is", "are", "had", "have", "has", "will",
];

/// Reads "of …" starting at token `k` (which must be "of", or "out" before "of").
fn of_target(cx: &Article<'_>, k: usize) -> Option<OfTarget> {
    let k = if near::is(cx, k, "out") && near::is(cx, k + 1, "of") { k + 1 } else { k };
    if !near::is(cx, k, "of") {
        return None;
    }
    if near::is_any(cx, k + 1, &["them", "those", "these", "which", "whom", "that", "it"]) {
        return Some(OfTarget::Anaphor);
    }
    for j in k + 1..k + 1 + OF_REACH {
        let t = near::tok(cx, j)?;
        if !near::same_sentence(cx, k, j) {
            return Some(OfTarget::Phrase);
        }
        match t.tag {
            Tag::Figure(f) => {
                let f = f as usize;
                return Some(if is_quantity(cx, f) { OfTarget::Figure(f) } else { OfTarget::Phrase });
            }
            Tag::Word if lexicon::contains(PHRASE_ENDS, t.text(cx.text)) => return Some(OfTarget::Phrase),
            Tag::Word => {}
            Tag::Punct(_) => return Some(OfTarget::Phrase),
        }
    }
    Some(OfTarget::Phrase)
}

/// Words that may stand between two figures in apposition: "80 (32%)", "£186m, or 41%",
/// "94, roughly 8%,", "1 percent, or just over $180 million".
const APPOSITION_WORDS: &[&str] = &[
    "or",
    "some",
    "about",
    "roughly",
    "nearly",
    "almost",
    "around",
    "just",
    "over",
    "under",
    "more",
    "less",
    "than",
    "approximately",
    "i.e.",
    "ie",
    "that's",
    "equivalent",
    "to",
    "close",
    "well",
];

/// Whether the tokens strictly between `a` and `b` put the two figures in apposition. Up to
/// `noun_words` words of a noun may follow the first figure ("22 counts, or 64%").
fn apposed(cx: &Article<'_>, a: usize, b: usize, noun_words: usize) -> bool {
    if b <= a + 1 || b - a > 10 || !near::same_sentence(cx, a, b) {
        return false;
    }
    let mut nouns = 0;
    let mut mark = false;
    let mut after_mark = false;
    for k in a + 1..b {
        let Some(t) = near::tok(cx, k) else { return false };
        match t.tag {
            Tag::Punct('(' | ',' | '-' | '–' | '—') => {
                mark = true;
                after_mark = true;
            }
            Tag::Punct(_) | Tag::Figure(_) => return false,
            Tag::Word => {
                let w = t.text(cx.text);
                if w.eq_ignore_ascii_case("or") {
                    mark = true;
                    after_mark = true;
                } else if lexicon::contains(APPOSITION_WORDS, w) && after_mark {
                } else if !after_mark && nouns < noun_words && !lexicon::contains(&["and", "or", "but"], w) {
                    nouns += 1;
                } else {
                    return false;
                }
            }
        }
    }
    mark
}

/// A part tied to its whole by "of" in one sentence: "41 of his 52 penalties", "14 of the 22
/// counts", "82.1 TWh out of a total of 279.3TWh", "148 of them".
#[derive(Clone, Copy, Debug)]
struct Pair {
    part: usize,
    whole: Option<usize>,
    /// The whole of "N of them" stated in the sentence before.
    linked: bool,
}

/// The share statements of the whole article.
pub fn shares(cx: &Article<'_>) -> Vec<Share> {
    let ms = cx.mentions;
    let toks = &cx.tokens().all;
    let mut out: Vec<Share> = Vec::new();
    // Figures by what they count, for parts stated in another sentence.
    let mut by_noun: Map<String, Vec<usize>> = Map::new();
    for i in 0..ms.len() {
        if is_quantity(cx, i) {
            if let Some(n) = referents::nouns_of(cx, i).first() {
                by_noun.entry(referents::map_key(n)).or_default().push(i);
            }
        }
    }
    let mut k = 0;
    while k < toks.len() {
        let sentence = toks[k].sentence as usize;
        let range = near::sentence_tokens(cx, sentence);
        k = range.end.max(k + 1);
        let figures: Vec<usize> = toks[range.clone()].iter().filter_map(|t| t.figure()).collect();
        if !figures.iter().any(|&i| is_share(cx, i)) {
            continue;
        }
        sentence_shares(cx, sentence, &figures, &by_noun, &mut out);
    }
    out
}

fn sentence_shares(
    cx: &Article<'_>,
    sentence: usize,
    figures: &[usize],
    by_noun: &Map<String, Vec<usize>>,
    out: &mut Vec<Share>,
) {
    let tok = |i: usize| cx.tokens().of(i);
    // "P of W" pairs.
    let mut pairs: Vec<Pair> = Vec::new();
    for &i in figures.iter().filter(|&&i| is_quantity(cx, i)) {
        let t = tok(i);
        // "148 of them", "14 of the 22 counts"; a noun between is allowed ("41 goals of").
        for j in [t + 1, t + 2] {
            match of_target(cx, j) {
                Some(OfTarget::Figure(w)) if w != i && compatible(cx, i, w) && value(cx, w) >= value(cx, i) => {
                    pairs.push(Pair { part: i, whole: Some(w), linked: false });
                    break;
                }
                Some(OfTarget::Anaphor) if j == t + 1 => {
                    // "148 of them": the whole counted just before, in this sentence or the
                    // one before ("They found failings at 1,825 of them").
                    let fits =
                        |w: usize| w != i && is_quantity(cx, w) && compatible(cx, i, w) && value(cx, w) > value(cx, i);
                    let at = figures.partition_point(|&w| w < i);
                    let here = figures[at.saturating_sub(NEAR_FIGURES)..at].iter().copied().rev().find(|&w| fits(w));
                    let before = || {
                        let ms = cx.mentions;
                        let s = ms[i].sentence;
                        let same_paragraph =
                            |w: usize| cx.segments.paragraph_of(ms[w].sentence) == cx.segments.paragraph_of(s);
                        (0..i)
                            .rev()
                            .take(12)
                            .take_while(|&w| ms[w].sentence + 1 >= s)
                            .find(|&w| ms[w].sentence + 1 == s && same_paragraph(w))
                            .filter(|&w| fits(w))
                    };
                    match here {
                        Some(w) => pairs.push(Pair { part: i, whole: Some(w), linked: false }),
                        None => pairs.push(Pair { part: i, whole: before(), linked: before().is_some() }),
                    }
                    break;
                }
                _ => {}
            }
        }
    }
    // "Of 250 respondents, 80 …": the whole opens the sentence, the part follows its comma.
    let range = near::sentence_tokens(cx, sentence);
    let opener = {
        let first = (range.start..range.end).find(|&k| near::word(cx, k).is_some());
        first.filter(|&k| near::opens_sentence(cx, k)).and_then(|k| match of_target(cx, k) {
            Some(OfTarget::Figure(w)) => {
                let comma = (tok(w) + 1..range.end.min(tok(w) + 16)).find(|&c| near::is_punct(cx, c, ','));
                let part = comma.and_then(|c| first_figure_after(cx, c, range.end));
                Some((w, part.filter(|&p| is_quantity(cx, p) && compatible(cx, p, w) && value(cx, p) <= value(cx, w))))
            }
            _ => None,
        })
    };
    let mut claimed: crate::map::Set<usize> = crate::map::Set::new();
    let mut done: crate::map::Set<usize> = crate::map::Set::new();
    let all_shares: Vec<usize> = figures.iter().copied().filter(|&s| is_share(cx, s)).collect();
    let mut pair_by_figure: Map<usize, Pair> = Map::new();
    for p in &pairs {
        pair_by_figure.entry(p.part).or_insert(*p);
        if let Some(w) = p.whole {
            pair_by_figure.entry(w).or_insert(*p);
        }
    }
    // Two passes: shares tied by their own words first, then those that can only take the
    // sentence's one remaining structure, so that a share never takes another's part.
    for (pass, &s) in all_shares.iter().map(|s| (0, s)).chain(all_shares.iter().map(|s| (1, s))) {
        if done.contains(&s) {
            continue;
        }
        let st = tok(s);
        let start = phrase_token(cx, s);
        let (mut part, mut whole, mut tie) = (None, None, ShareTie::Clause);
        // The figures near the share, before and after it.
        let at = figures.partition_point(|&f| f < s);
        let earlier = &figures[at.saturating_sub(NEAR_FIGURES)..at];
        let later = &figures[(at + 1).min(figures.len())..(at + 1 + NEAR_FIGURES).min(figures.len())];
        // The share's own "of": "two-thirds of the country's 47,620", "41%, of the council's".
        let of_at = if near::is_punct(cx, st + 1, ',') { st + 2 } else { st + 1 };
        let own_of = of_target(cx, of_at);
        // Where the share's phrase ends: after its whole and the whole's noun.
        let mut phrase_end = st;
        match own_of {
            Some(OfTarget::Figure(w)) => {
                whole = Some(w);
                phrase_end = tok(w);
            }
            Some(OfTarget::Anaphor) => {
                // "a third of them, 612": the whole is the figure the sentence counted before.
                whole = earlier.iter().copied().rev().find(|&f| tok(f) < start && is_quantity(cx, f));
                // "… 7,300 households on the waiting list, up from 5,900." "Just over a
                // quarter of them, 1,480 households, …": or the one level the sentence
                // before counted.
                if whole.is_none() {
                    whole = level_before(cx, s);
                    if whole.is_some() {
                        tie = ShareTie::Linked;
                    }
                }
                phrase_end = of_at + 1;
            }
            _ => {}
        }
        // A figure in apposition before the share: "397 (33%)", "£186m, or 41%", "94, roughly 8%".
        let before = earlier.iter().copied().rev().find(|&f| tok(f) < start);
        let opener_whole = opener.map(|(w, _)| w);
        let before = before.filter(|&f| {
            Some(f) != whole && Some(f) != opener_whole && is_quantity(cx, f) && apposed(cx, tok(f), start, 5)
        });
        // A figure in apposition after the share's phrase: "38% of £4.7bn turnover, or £1.79bn",
        // "a quarter of 8.4 million users, 2.2 million,", "a third of them, 612,".
        let after = later
            .iter()
            .copied()
            .find(|&f| tok(f) > phrase_end)
            .filter(|&f| is_quantity(cx, f) && Some(f) != whole)
            .filter(|&f| apposed(cx, phrase_end, tok(f), 8) || apposed(cx, phrase_end, tok(f), 2));
        let pair_of = |f: usize| pair_by_figure.get(&f).copied();
        if let Some(f) = before {
            match pair_of(f) {
                Some(Pair { part: p, whole: Some(w), linked }) => {
                    part = Some(p);
                    whole = whole.or(Some(w));
                    if linked {
                        tie = ShareTie::Linked;
                    }
                }
                _ => part = Some(f),
            }
        } else if let Some(f) = after {
            match pair_of(f) {
                Some(Pair { part: p, whole: Some(w), linked }) if p == f => {
                    part = Some(p);
                    if whole.is_none() {
                        whole = Some(w);
                        if linked {
                            tie = ShareTie::Linked;
                        }
                    }
                }
                _ => part = Some(f),
            }
        }
        // "Some 89,400 of the 118,000 people aged 75 to 79 … had received the jab by the end
        // of February, or 67%": a share closing the clause restates the sentence's one "P of
        // W", however long the clause between (no other share between them).
        if part.is_none() && whole.is_none() && near::is(cx, start.wrapping_sub(1), "or") {
            let sentence = cx.mentions[s].sentence;
            let pair = earlier
                .iter()
                .copied()
                .rev()
                .take_while(|&f| cx.mentions[f].sentence == sentence && !is_share(cx, f))
                .find_map(|f| pair_of(f).filter(|p| p.part == f && p.whole.is_some() && !p.linked));
            if let Some(p) = pair {
                part = Some(p.part);
                whole = p.whole;
                tie = ShareTie::Sentence;
            }
        }
        if part.is_some() && whole.is_none() {
            whole = opener.map(|(w, _)| w).filter(|&w| Some(w) != part);
        }
        if pass == 0 && (part.is_none() || whole.is_none()) {
            continue;
        }
        if part.is_none() && whole.is_none() {
            // "1,560 passed, a pass rate of 61%"; "41 of his 52 penalties, a success rate of
            // 79%"; "29.4% of the country's electricity, generating 82.1 TWh out of a total
            // of 279.3TWh": the one structure of the sentence left, when the share is a rate
            // in apposition or a share of something, and no other share stands nearer to it.
            let rate = near::is(cx, start.wrapping_sub(1), "of")
                && (start.saturating_sub(6)..start.saturating_sub(1))
                    .any(|k| near::is_any(cx, k, &["a", "an"]) && near::is_punct(cx, k.wrapping_sub(1), ','));
            let share_of = matches!(own_of, Some(OfTarget::Phrase)) && near::is(cx, of_at, "of");
            // "About 2,900 of the 4,800 students … were offered places, roughly 60%.": the
            // share appended to the clause that states its part and whole.
            let appended = near::is_punct(cx, start.wrapping_sub(1), ',')
                && near::tok(cx, st + 1)
                    .is_none_or(|t| !near::same_sentence(cx, st, st + 1) || matches!(t.punct(), Some('.' | ';' | ')')));
            // No other share between this one and the figure (mention order is text order).
            let nearest = |f: usize| {
                let (a, b) = (s.min(f), s.max(f));
                all_shares.partition_point(|&o| o < b) == all_shares.partition_point(|&o| o <= a)
            };
            let full: Vec<Pair> = earlier
                .iter()
                .chain(later)
                .filter_map(|f| pair_by_figure.get(f).filter(|p| p.part == *f).copied())
                .filter(|p| p.whole.is_some() && !claimed.contains(&p.part) && nearest(p.part))
                .collect();
            let opener = opener.filter(|(_, p)| p.is_some_and(|p| !claimed.contains(&p) && nearest(p)));
            if !(rate || share_of || appended) {
                continue;
            }
            tie = ShareTie::Sentence;
            match (full.as_slice(), opener) {
                ([p], None) => {
                    part = Some(p.part);
                    whole = p.whole;
                    if p.linked {
                        tie = ShareTie::Linked;
                    }
                }
                ([], Some((w, Some(p)))) => {
                    part = Some(p);
                    whole = Some(w);
                }
                _ => {}
            }
        }
        if whole.is_some() && part.is_none() {
            // "P jobs …, about S of its W workforce"; "P cases account for S of W".
            let verb = (start.saturating_sub(3)..start).any(|k| near::is_any(cx, k, words::SHARE_VERBS));
            let appositive = near::is_punct(cx, start.wrapping_sub(1), ',');
            if verb || appositive {
                part = earlier
                    .iter()
                    .copied()
                    .rev()
                    .filter(|&f| tok(f) < start && Some(f) != whole && is_quantity(cx, f))
                    .find(|&f| !claimed.contains(&f) && whole.is_some_and(|w| compatible(cx, f, w)));
                tie = ShareTie::Sentence;
            }
            if part.is_none() && (verb || anaphoric_subject(cx, start)) {
                part = whole.and_then(|w| linked_part(cx, s, w, by_noun));
                tie = ShareTie::Linked;
            }
            if part.is_none() {
                // "two in five of the 635,173 reports … concerned ID fraud" … "the 246,570 ID
                // fraud cases": the part named by what the share says of it.
                part = whole.and_then(|w| described_part(cx, s, start, w));
                tie = ShareTie::Linked;
            }
        }
        if part.is_some() && whole.is_none() && own_of == Some(OfTarget::Phrase) {
            // "£131m, or 42% of the total"; "38 million, or 12% of monthly users": the whole
            // the share's noun phrase names, stated before.
            if let Some((w, same_sentence)) = part.and_then(|p| named_whole(cx, p, of_at)) {
                whole = Some(w);
                tie = if same_sentence { ShareTie::Clause } else { ShareTie::Linked };
            }
        }
        if part.is_some() && whole.is_none() {
            // "fees of about 1 percent, or just over $180 million" of a sale stated before.
            whole = part.and_then(|p| earlier_whole(cx, p));
            tie = ShareTie::Linked;
        }
        let (Some(p), Some(w)) = (part, whole) else { continue };
        done.insert(s);
        if p == w || claimed.contains(&p) || !compatible(cx, p, w) || value(cx, p) > value(cx, w) {
            continue;
        }
        claimed.insert(p);
        out.push(Share { share: s, part: p, whole: w, tie });
    }
}

/// The first figure after token `k` within the sentence (its hedge skipped).
fn first_figure_after(cx: &Article<'_>, k: usize, end: usize) -> Option<usize> {
    (k + 1..end.min(k + 5)).find_map(|j| match near::tok(cx, j)?.tag {
        Tag::Figure(f) => Some(Some(f as usize)),
        Tag::Word if near::hedge_before(cx, j + 1).is_some() || near::is_any(cx, j, APPOSITION_WORDS) => None,
        _ => Some(None),
    })?
}

/// Whether the share's clause opens with a word that points to the sentence before: "This
/// is nearly half of …", "That represents 6% of …".
fn anaphoric_subject(cx: &Article<'_>, start: usize) -> bool {
    let toks = &cx.tokens().all;
    let Some(sentence) = toks.get(start).map(|t| t.sentence) else { return false };
    let first = toks.partition_point(|t| t.sentence < sentence);
    start - first <= 4 && near::is_any(cx, first, &["this", "that", "it", "these", "they"])
}

/// A part stated in another sentence, for a share whose own sentence names only the whole:
/// the one figure elsewhere that counts what the whole counts and is smaller, or, after
/// "This is …", the one such amount in the sentence before.
fn linked_part(cx: &Article<'_>, s: usize, w: usize, by_noun: &Map<String, Vec<usize>>) -> Option<usize> {
    let ms = cx.mentions;
    let here = ms[s].sentence;
    let paragraph = cx.segments.paragraph_of(here);
    let fits = |f: usize| {
        ms[f].sentence != here
            && cx.segments.paragraph_of(ms[f].sentence).abs_diff(paragraph) <= LINK_PARAGRAPHS
            && compatible(cx, f, w)
            && named_as_whole(cx, f, w)
            && value(cx, f) < value(cx, w)
            && !cx.in_parens(f)
    };
    let nouns = referents::nouns_of(cx, w);
    let candidates: Vec<usize> = match nouns.first() {
        Some(n) => {
            let list = by_noun.get(&referents::map_key(n)).map_or(&[][..], Vec::as_slice);
            let at = list.partition_point(|&f| f < s);
            let lo = at.saturating_sub(LINK_CANDIDATES);
            let hi = (at + LINK_CANDIDATES).min(list.len());
            list[lo..hi].iter().copied().filter(|&f| fits(f)).collect()
        }
        // No noun: only the sentence before ("This is nearly half of the £11,724,929").
        None => (0..s).rev().take(LINK_CANDIDATES).filter(|&f| ms[f].sentence + 1 == here && fits(f)).collect(),
    };
    match candidates.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// How many figures either side a part described by the share's words is looked for among.
const DESCRIBED_FIGURES: usize = 40;

/// The stems of words at tokens `range` of one sentence, lower-case words only (names say
/// whose, not what).
fn stems_at(cx: &Article<'_>, range: std::ops::Range<usize>, sentence: u32) -> Vec<String> {
    let mut out = Vec::new();
    for k in range {
        let Some(t) = near::tok(cx, k) else { break };
        if t.sentence != sentence || matches!(t.punct(), Some(';' | ':' | '(' | ')')) {
            break;
        }
        let Some(w) = near::word(cx, k) else { continue };
        if w.chars().all(|c| c.is_ascii_lowercase() || c == '-') && w.len() > 3 {
            let s = near::stem(w);
            if !near::content_stems_exclude(&s) && !out.contains(&s) {
                out.push(s);
            }
        }
    }
    out
}

/// A part stated in another sentence, named by the words the share's clause says of it:
/// the one smaller figure nearby, compatible with the whole, whose own words share a stem
/// with the share's predicate.
fn described_part(cx: &Article<'_>, s: usize, start: usize, w: usize) -> Option<usize> {
    let ms = cx.mentions;
    let toks = &cx.tokens().all;
    let (st, wt) = (cx.tokens().of(s), cx.tokens().of(w));
    let sentence = toks[st].sentence;
    let whole_nouns: Vec<String> = referents::nouns_of(cx, w).iter().map(|n| near::stem(n)).collect();
    let mut said = stems_at(cx, wt + 1..wt + 10, sentence);
    said.extend(stems_at(cx, start.saturating_sub(4)..start, sentence));
    said.retain(|x| !whole_nouns.contains(x));
    if said.is_empty() {
        return None;
    }
    let paragraph = cx.segments.paragraph_of(ms[s].sentence);
    let lo = s.saturating_sub(DESCRIBED_FIGURES);
    let hi = (s + DESCRIBED_FIGURES).min(ms.len());
    let candidates: Vec<usize> = (lo..hi)
        .filter(|&f| {
            ms[f].sentence != ms[s].sentence
                && cx.segments.paragraph_of(ms[f].sentence).abs_diff(paragraph) <= 1
                && is_quantity(cx, f)
                && compatible(cx, f, w)
                // (Named by the share's words, the part may count "cases" of the whole's
                // "reports"; not "plants" of "megawatt-hours".)
                && (named_as_whole(cx, f, w)
                    || referents::nouns_of(cx, f).iter().any(|n| lexicon::contains(&["case", "cases", "instance", "instances"], n)))
                && value(cx, f) < value(cx, w)
                && !cx.in_parens(f)
        })
        .filter(|&f| {
            let ft = cx.tokens().of(f);
            let own = stems_at(cx, ft + 1..ft + 4, toks[ft].sentence);
            let before = stems_at(cx, ft.saturating_sub(2)..ft, toks[ft].sentence);
            near::shared(&said, &own) + near::shared(&said, &before) > 0
        })
        .collect();
    match candidates.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// A whole stated in the two sentences before a part that has none in its own: the one
/// larger amount of the same currency or unit in the same paragraph.
/// How many sentences back the whole a share's noun phrase names may stand.
const NAMED_WHOLE_REACH: usize = 2;
/// How many tokens before an amount its clause's subject is looked for.
const SUBJECT_REACH: usize = 8;

/// The whole that the noun phrase after a share's "of" (token `of_at`) names, for part `p`:
/// "… a £312m budget, with adult social care taking … £131m, or 42% of the total";
/// "240 million monthly users." "Paying subscribers rose to 38 million, or 12% of monthly
/// users". In the part's own sentence, the one larger like figure before it; in the
/// sentences before, the one whose noun the phrase names. The flag says which.
fn named_whole(cx: &Article<'_>, p: usize, of_at: usize) -> Option<(usize, bool)> {
    let ms = cx.mentions;
    let frames = cx.frames();
    let here = ms[p].sentence;
    let level = |f: usize| {
        is_quantity(cx, f)
            && !cx.in_parens(f)
            && compatible(cx, p, f)
            && value(cx, f) > value(cx, p)
            && frames[f].is_level()
    };
    let earlier: Vec<usize> =
        (0..p).rev().take(NEAR_FIGURES).take_while(|&f| ms[f].sentence + NAMED_WHOLE_REACH >= here).collect();
    let own: Vec<usize> = earlier.iter().copied().filter(|&f| ms[f].sentence == here && level(f)).collect();
    if let [one] = own.as_slice() {
        return Some((*one, true));
    }
    if !own.is_empty() {
        return None;
    }
    // The phrase's words up to its end: "the total", "monthly users", "total sales".
    let words: Vec<String> = (of_at + 1..of_at + 1 + OF_REACH)
        .take_while(|&k| near::tok(cx, k).is_some_and(|t| t.is_word()) && near::same_sentence(cx, of_at, k))
        .filter_map(|k| near::word(cx, k))
        .take_while(|w| !lexicon::contains(PHRASE_ENDS, w))
        .filter(|w| !lexicon::contains(&["the", "its", "their", "his", "her", "all", "a", "an"], w))
        .map(referents::key)
        .collect();
    // Before its sentence, the phrase must name the whole's thing: by the whole's noun, or
    // for an amount by the subject of its clause ("Goods exports fell 4.2% to £30.1bn, while
    // imports rose …" … "about 57% of total goods exports": the phrase's head, the same
    // word, not a relative).
    // "Of the total" alone names what the part counts: "1,436 confirmed cases" … "412
    // cases, or 38% of the total".
    let part_nouns = referents::nouns_of(cx, p);
    // ("38% of the total in England, where there were 1,090 cases": a whole stated later in
    // the sentence is the one meant, and nothing before it is.)
    let later_whole = (p + 1..cx.mentions.len())
        .take(NEAR_FIGURES)
        .take_while(|&f| ms[f].sentence == here)
        .any(|f| is_quantity(cx, f) && compatible(cx, p, f) && value(cx, f) > value(cx, p));
    if later_whole {
        return None;
    }
    let bare_total = !words.is_empty() && words.iter().all(|w| w == "total");
    let named = |f: usize| {
        let nouns = referents::nouns_of(cx, f);
        if bare_total {
            return nouns.iter().any(|n| part_nouns.iter().any(|m| referents::related(n, m)));
        }
        let ft = cx.tokens().of(f);
        let mut subject = (ft.saturating_sub(SUBJECT_REACH)..ft)
            .rev()
            .take_while(|&k| {
                near::same_sentence(cx, ft, k)
                    && !near::tok(cx, k).is_some_and(|t| matches!(t.punct(), Some(',' | ';' | ':')))
            })
            .filter_map(|k| near::word(cx, k))
            .map(referents::key);
        words.iter().any(|w| w != "total" && nouns.iter().any(|n| referents::related(n, w)))
            || words.last().is_some_and(|head| head != "total" && subject.any(|s| s == *head))
    };
    let paragraph = cx.segments.paragraph_of(here);
    let before: Vec<usize> = earlier
        .iter()
        .copied()
        .filter(|&f| ms[f].sentence < here && cx.segments.paragraph_of(ms[f].sentence) + 1 >= paragraph)
        .filter(|&f| level(f) && named(f))
        .collect();
    match before.as_slice() {
        [one] => Some((*one, false)),
        _ => None,
    }
}

fn earlier_whole(cx: &Article<'_>, p: usize) -> Option<usize> {
    let ms = cx.mentions;
    if ms[p].kind != Kind::Money {
        return None;
    }
    let here = ms[p].sentence;
    let paragraph = cx.segments.paragraph_of(here);
    let candidates: Vec<usize> = (0..p)
        .rev()
        .take(NEAR_FIGURES)
        .take_while(|&f| ms[f].sentence + 2 >= here)
        .filter(|&f| {
            ms[f].sentence < here
                && cx.segments.paragraph_of(ms[f].sentence) == paragraph
                && is_quantity(cx, f)
                && !cx.in_parens(f)
                && compatible(cx, p, f)
                && value(cx, f) > value(cx, p)
        })
        .collect();
    match candidates.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Options;

    fn read(text: &str) -> Vec<(String, String, String, ShareTie)> {
        let options = Options::default();
        let segments = crate::text::Segments::new(text);
        let ms = crate::mention::extract(text, &segments);
        let cx = Article::new(text, &segments, &ms, &options, text.len());
        let show = |i: usize| text[ms[i].span.start..ms[i].span.end].to_string();
        shares(&cx).into_iter().map(|s| (show(s.part), show(s.whole), show(s.share), s.tie)).collect()
    }

    fn one(text: &str) -> (String, String, String) {
        let found = read(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        let (p, w, s, _) = found.into_iter().next().unwrap();
        (p, w, s)
    }

    #[test]
    fn reads_the_textbook_shapes() {
        assert_eq!(one("Of 250 respondents, 80 (32%) said yes."), ("80".into(), "250".into(), "32%".into()));
        assert_eq!(one("In all, 80 of the 250 respondents (32%) said yes.").0, "80");
        assert_eq!(one("The jury convicted him on 14 of the 22 counts, or 64%, and cleared him.").1, "22");
    }

    #[test]
    fn a_share_closing_the_clause_restates_its_part_of_whole() {
        let found = read(
            "Some 89,400 of the 118,000 people aged 75 to 79 in the county who were eligible had received \
             the jab by the end of February, or 67%, the NHS said.",
        );
        assert_eq!(found, [("89,400".into(), "118,000".into(), "67%".into(), ShareTie::Sentence)]);
    }

    #[test]
    fn reads_shares_after_their_whole() {
        let (p, w, _) =
            one("The carmaker will cut 2,100 jobs over two years, about 8% of its 26,500-strong workforce.");
        assert_eq!((p.as_str(), w.as_str()), ("2,100", "26,500"));
        let (p, w, _) = one("Overseas sales made up 38% of the group's £4.7bn turnover, or £1.79bn, it said.");
        assert_eq!((p.as_str(), w.as_str()), ("£1.79bn", "£4.7bn"));
        let (p, w, _) = one("Police recorded 1,874 offences last year, a third of them, 612, in the city centre.");
        assert_eq!((p.as_str(), w.as_str()), ("612", "1,874"));
        let (p, w, _) = one("The party won 43.6% of the vote, or 1,208,000 of the 2,771,000 votes cast.");
        assert_eq!((p.as_str(), w.as_str()), ("1,208,000", "2,771,000"));
        // The whole the share's noun phrase names: in the part's sentence, or the sentences
        // before when the phrase names its thing.
        let (p, w, _) =
            one("Councillors approved a £312m budget, with adult social care taking £131m, or 42% of the total.");
        assert_eq!((p.as_str(), w.as_str()), ("£131m", "£312m"));
        let found = read("Chorus now has 240 million monthly users.\n\nPaying subscribers rose to 38 million, or 12% of monthly users.");
        assert_eq!(
            (found[0].0.as_str(), found[0].1.as_str(), found[0].3),
            ("38 million", "240 million", ShareTie::Linked),
            "{found:?}"
        );
        assert!(read(
            "Chorus now has 240 million monthly users.\n\nPaying subscribers rose to 38 million, or 12% of households."
        )
        .is_empty());
        // "Of the total" alone: the earlier level of what the part counts.
        let pair = |text: &str| read(text).into_iter().map(|(p, w, _, _)| (p, w)).collect::<Vec<_>>();
        assert_eq!(
            pair(
                "There were 1,436 confirmed cases last year. Of those, 842 were in children. \
                  The West Midlands accounted for 412 cases, or 38% of the total."
            ),
            [("412".to_string(), "1,436".to_string())]
        );
        assert!(pair(
            "There were 1,436 cases in 2023 and 1,210 cases in 2022. \
                      The West Midlands accounted for 412 cases, or 38% of the total."
        )
        .is_empty());
        assert!(pair(
            "Britain recorded 1,436 measles cases last year. The West Midlands accounted for 412 cases, \
             or 38% of the total in England, where there were 1,090 cases."
        )
        .iter()
        .all(|(_, w)| w != "1,436"));
        // An amount named by its clause's subject, the same word: exports, not imports.
        assert_eq!(
            pair(
                "Goods exports fell 4.2% to £30.1bn, while imports rose 1.5% to £47.9bn. \
                  Exports to the EU accounted for £14.2bn, about 47% of total goods exports."
            ),
            [("£14.2bn".to_string(), "£30.1bn".to_string())]
        );
        assert!(pair(
            "Goods exports fell 4.2% to £30.1bn, while imports rose 1.5% to £47.9bn. \
                      Fuel accounted for £14.2bn, about 30% of total imports."
        )
        .iter()
        .all(|(_, w)| w != "£30.1bn"));
        // "of them" with no figure before it in its sentence: the one level the sentence
        // before counted.
        let found = read("There are 7,300 households on the list, up from 5,900.\n\nJust over a quarter of them, 1,480 households, are in the top band.");
        assert_eq!(
            (found[0].0.as_str(), found[0].1.as_str(), found[0].3),
            ("1,480", "7,300", ShareTie::Linked),
            "{found:?}"
        );
    }

    #[test]
    fn reads_a_rate_in_apposition() {
        let (p, w, s) = one("Of the 2,560 candidates who sat the test, 1,560 passed, a pass rate of 61%, below par.");
        assert_eq!((p.as_str(), w.as_str(), s.as_str()), ("1,560", "2,560", "61%"));
        let (p, w, _) = one("He has converted 41 of his 52 penalties for the club, a success rate of 79%.");
        assert_eq!((p.as_str(), w.as_str()), ("41", "52"));
    }

    #[test]
    fn links_a_part_stated_paragraphs_away_only_through_a_share_verb() {
        let text = "A total of 2,451 patients waited more than 12 hours.\n\nThe board said so.\n\n\
                    Long waits affected 6.3% of the 38,900 patients who attended.";
        assert_eq!(read(text)[0].3, ShareTie::Linked);
        let text = "A total of 2,451 patients waited more than 12 hours.\n\nThe board said so.\n\n\
                    Women were 52% of the 38,900 patients.";
        assert!(read(text).is_empty());
    }

    #[test]
    fn a_part_named_by_what_the_share_says_of_it() {
        let text = "The agency said two in five of the 635,173 reports it had concerned ID fraud.\n\n\
                    The biggest slice of the 246,570 ID fraud cases reported concerned credit.";
        assert_eq!(read(text)[0].0, "246,570");
        let text = "The agency said two in five of the 635,173 reports it had concerned ID fraud.\n\n\
                    Some 246,570 cases reached the courts.";
        assert!(read(text).is_empty());
        // A part that names another thing is no part: "plants" of "megawatt-hours".
        let text = "The utility will close two more coal plants by 2028.\n\n\
                    Natural gas provided 42.1% of the 61.4 million megawatt-hours it generated.";
        assert!(read(text).iter().all(|r| r.0 != "two"), "{:?}", read(text));
    }

    #[test]
    fn benchmarks_and_separate_wholes_are_not_shares() {
        assert_eq!(
            read("Of the school's 1,130 pupils, 94, roughly 8%, are eligible, against an average of 24%.").len(),
            1
        );
        assert!(read("Of the 1,200 teachers surveyed, 61% said they felt unsafe.").is_empty());
        assert!(read("Women make up 51% of the population but only 34% of MPs.").is_empty());
    }
}
