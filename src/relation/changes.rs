//! Stated changes: a quantity that went from one figure to another, and what the text says
//! the change was.
//!
//! Reporters state a change in many shapes: "fell from 12,400 in 2022 to 10,540 last year,
//! a drop of 18%"; "revenue was 10bn euros, up 8.1% from 9.26bn euros"; "a 52% rise in
//! profits for the year to £198m from the £130m seen a year earlier"; "net income of
//! $361.2m, compared with $285.7m"; "doubled in a week, from 340 to 520"; "closing at
//! $18.35, up $5.87"; and, paragraphs apart, "profits drop 33%" … "net income fell to 537m
//! euros from 798m euro". Frames (`crate::frame`) give each figure its part; this module
//! assembles the parts of one sentence into [`Statement`]s, then links a change stated
//! alone ("profits drop 33%") to endpoints stated alone elsewhere in the article when the
//! two sentences talk about the same thing.
//!
//! The checks `percent-change`, `multiple` and `percentage-points` judge the statements.

use crate::article::Article;
use crate::frame::{words as change_words, Direction, Role};
use crate::lexicon::{self, cues, hedges::Bound};
use crate::mention::{Kind, Mention};
use crate::relation::near;
use crate::span::ByteSpan;
use crate::text::Lower as _;
use crate::text::Own as _;
use crate::token::Tag;

/// A stated multiple: "doubled", "tripled", "fivefold", "almost four times", "half".
#[derive(Clone, Debug, PartialEq)]
pub struct Multiple {
    pub factor: f64,
    /// The words that state it ("almost four times"), hedge included.
    pub span: ByteSpan,
    pub hedge: Option<Bound>,
}

/// How the stated change was tied to its endpoints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tie {
    /// In the endpoints' own sentence.
    Sentence,
    /// In another sentence about the same thing (shared names or nouns).
    Linked,
    /// In the sentence before, named by a word pointing back: "double that figure".
    Pointed,
    /// In the sentence right before or after the endpoints', alone there (no other quantity
    /// within eight figures of it), the one candidate the linker scored, and about the same
    /// entity or measure: "Recorded knife crime … fell by 12% in the year to
    /// March." "There were 3,942 offences …, compared with 4,128 the previous year." A
    /// disagreement is a warning without a slip.
    Next,
    /// Only by where the figures stand: the two figures of one unit either side of a
    /// comparison ("Pernod – at 7.5bn euros – is about 9% smaller than Allied Domecq, which
    /// has … 8.2bn euros"), its base with the subject's one like figure in the sentence
    /// before ("… of $671.7bn in 2004." "The deficit … was 24.4% above … $496.5bn"), or
    /// the two like figures after a multiple ("doubled …, it was 13 weeks …, taken it up to
    /// 26 weeks"). Weak evidence: agreement confirms, a disagreement counts only through a
    /// slip.
    Loose,
}

/// One change the text states.
#[derive(Clone, Debug, PartialEq)]
pub struct Statement {
    /// Where the quantity started, when the text says it.
    pub from: Option<usize>,
    /// Where it ended.
    pub to: usize,
    /// By how much it moved, as an amount ("up $5.87"): with `to`, it gives the start.
    pub by: Option<usize>,
    /// The stated percentage change, if any.
    pub percent: Option<usize>,
    /// The stated multiple, if any.
    pub multiple: Option<Multiple>,
    /// The direction the words give ("rose", "down from", "a drop of").
    pub direction: Option<Direction>,
    /// The direction word says so right beside the endpoints ("rose from A to B").
    pub verb_direction: Option<Direction>,
    /// How the stated change (percent or multiple) was tied to the endpoints.
    pub tie: Tie,
    /// A percentage or multiple stated elsewhere might be about this change but could not be
    /// tied to it: the direction words alone must not be taken as verifying it.
    pub contested: bool,
}

impl Statement {
    /// The starting value: stated, or the end less the stated amount of change.
    pub fn start_value(&self, ms: &[Mention]) -> Option<f64> {
        if let Some(a) = self.from {
            return base_value(&ms[a]);
        }
        let (b, c) = (base_value(&ms[self.to])?, base_value(&ms[self.by?])?);
        Some(match self.direction {
            Some(Direction::Down) => b + c.abs(),
            _ => b - c.abs(),
        })
    }

    /// Every mention of the statement, endpoints first.
    pub fn mentions(&self) -> Vec<usize> {
        let mut ids: Vec<usize> = self.from.into_iter().chain([self.to]).chain(self.by).collect();
        ids.extend(self.percent);
        ids
    }
}

/// A figure's value in its currency's main unit (pence and cents as pounds and dollars), so
/// that "65 cents" and "1.90 dollars" compare.
pub fn base_value(m: &Mention) -> Option<f64> {
    let v = m.value?;
    Some(match m.unit {
        Some("GBX" | "USX") => v / 100.0,
        _ => v,
    })
}

fn money_unit(m: &Mention) -> Option<&'static str> {
    match m.unit {
        Some("GBX") => Some("GBP"),
        Some("USX") => Some("USD"),
        u => u,
    }
}

/// Whether two figures measure one quantity: same kind and unit, or one money figure and a
/// bare scaled number beside it ("77m euros … from 38m").
pub fn comparable(a: &Mention, b: &Mention) -> bool {
    if a.value.is_none() || b.value.is_none() || !a.values.is_empty() || !b.values.is_empty() {
        return false;
    }
    let quantity = |m: &Mention| matches!(m.kind, Kind::Count | Kind::Money | Kind::Percent | Kind::Measure);
    if !quantity(a) || !quantity(b) {
        return false;
    }
    if !nouns_agree(a, b) {
        return false;
    }
    if a.kind == b.kind && money_unit(a) == money_unit(b) {
        return true;
    }
    let bare = |m: &Mention| m.kind == Kind::Count && m.noun.is_none() && m.round_unit >= 1e5;
    (a.kind == Kind::Money && bare(b)) || (b.kind == Kind::Money && bare(a))
}

/// Units of time counted as nouns: "four years" is never the same quantity as "2,600
/// orders", only as other years.
const TIME_NOUNS: &[&str] = &[
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes", "decade",
    "decades", "season", "seasons",
];

/// Whether mention `i` counts a span of time ("four years", "in two days"): its noun, or
/// the word right after it, is a unit of time.
pub fn is_duration(cx: &Article<'_>, i: usize) -> bool {
    let m = &cx.mentions[i];
    if m.noun.as_deref().is_some_and(|n| lexicon::contains(TIME_NOUNS, n)) {
        return true;
    }
    let toks = &cx.tokens().all;
    let at = cx.tokens().of(i);
    toks.get(at + 1).is_some_and(|t| {
        t.is_word() && t.sentence == toks[at].sentence && lexicon::contains(TIME_NOUNS, t.text(cx.text))
    })
}

/// Whether two figures' nouns let them be one quantity: related nouns, or a noun on one
/// side only — but a unit of time only ever with itself.
fn nouns_agree(a: &Mention, b: &Mention) -> bool {
    let time = |m: &Mention| m.noun.as_deref().is_some_and(|n| lexicon::contains(TIME_NOUNS, n));
    match (a.noun.as_deref(), b.noun.as_deref()) {
        // (Compared without allocating: this runs for every pair a search looks at.)
        (Some(x), Some(y)) => {
            x.trim_end_matches('s').eq_ignore_ascii_case(y.trim_end_matches('s')) || (!time(a) && !time(b))
        }
        _ => !time(a) && !time(b),
    }
}

/// Whether percentage `p` is the change of a name just before it, not of the sentence's
/// figures: "rose by 700 to 115,730, driven by China, up 3%, and India, up 4%".
fn told_of_a_name(cx: &Article<'_>, p: usize) -> bool {
    let t = cx.tokens().of(p);
    // (The name listed after "driven by", "led by", "including" or "and" — not "the year to
    // the end of March, up 12.4%".)
    near::is_any(cx, t.wrapping_sub(1), &["up", "down"])
        && near::is_punct(cx, t.wrapping_sub(2), ',')
        && near::word(cx, t.wrapping_sub(3)).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        && near::is_any(cx, t.wrapping_sub(4), &["by", "including", "and", "led"])
}

/// Multiplying words and their factor: the verbs and adverbs of a multiple.
const MULTIPLIERS: &[(&str, f64)] = &[
    ("doubled", 2.0),
    ("doubling", 2.0),
    ("doubles", 2.0),
    ("double", 2.0),
    ("twice", 2.0),
    ("tripled", 3.0),
    ("trebled", 3.0),
    ("tripling", 3.0),
    ("triples", 3.0),
    ("triple", 3.0),
    ("treble", 3.0),
    ("thrice", 3.0),
    ("quadrupled", 4.0),
    ("quadrupling", 4.0),
    ("quadruple", 4.0),
    ("halved", 0.5),
    ("halving", 0.5),
    ("halves", 0.5),
    ("half", 0.5),
    ("twofold", 2.0),
    ("threefold", 3.0),
    ("fourfold", 4.0),
    ("four-fold", 4.0),
    ("fivefold", 5.0),
    ("five-fold", 5.0),
    ("sixfold", 6.0),
    ("sevenfold", 7.0),
    ("eightfold", 8.0),
    ("ninefold", 9.0),
    ("tenfold", 10.0),
    ("ten-fold", 10.0),
];

/// For each first letter, the lengths of the `MULTIPLIERS` keys that start with it (bit `n`:
/// `n` bytes), computed when compiling.
const MULTIPLIER_SHAPES: [u16; 26] = shapes(MULTIPLIERS);

const fn shapes(table: &[(&str, f64)]) -> [u16; 26] {
    let mut out = [0u16; 26];
    let mut i = 0;
    while i < table.len() {
        let key = table[i].0.as_bytes();
        assert!(!key.is_empty() && key.len() < 16 && key[0].is_ascii_lowercase());
        out[(key[0] - b'a') as usize] |= 1 << key.len();
        i += 1;
    }
    out
}

/// `word`'s factor as a multiplying word (any ASCII case). Its first letter and length are
/// tested against the keys' before any comparison: this is asked of every word and figure
/// of the article, and scanning the 31 keys was a twentieth of a corpus check.
fn multiplier(word: &str) -> Option<f64> {
    let first = word.as_bytes().first()?.to_ascii_lowercase();
    let lengths = MULTIPLIER_SHAPES.get(usize::from(first.wrapping_sub(b'a')))?;
    if word.len() >= 16 || lengths & (1 << word.len()) == 0 {
        return None;
    }
    lexicon::lookup(MULTIPLIERS, word)
}

/// The multiples stated in sentence tokens `range`: multiplying words, and figures followed
/// by "times" or "-fold" ("2.4 times", "three times", "20-fold").
fn multiples(cx: &Article<'_>, range: std::ops::Range<usize>) -> Vec<(usize, Multiple)> {
    let toks = &cx.tokens().all;
    let mut out = Vec::new();
    for k in range.clone() {
        let t = toks[k];
        let (factor, start, end) = match t.tag {
            Tag::Word => {
                let w = t.text(cx.text);
                let Some(f) = multiplier(w) else { continue };
                // "half of the 40 seats", "half a million" are shares and numbers, not
                // multiples; "half" is one only as "half that of", "half the".
                if w.eq_ignore_ascii_case("half") {
                    let next = toks.get(k + 1).map(|n| n.text(cx.text).lower());
                    if !matches!(next.as_deref(), Some("that" | "the" | "what" | "as")) {
                        continue;
                    }
                }
                // "an injection twice a year", "twice weekly": how often, not how much.
                // (Not "twice a year earlier": a time it is compared with.)
                let often = near::is_any(cx, k + 1, &["a", "an", "per", "each", "every"])
                    && near::is_any(cx, k + 2, &["day", "week", "month", "year", "season", "term", "decade"])
                    && !near::is_any(cx, k + 3, &["earlier", "ago", "before", "previously"])
                    || near::is_any(cx, k + 1, &["daily", "weekly", "monthly", "yearly", "annually", "nightly"]);
                if often {
                    continue;
                }
                (f, t.start, t.end)
            }
            Tag::Figure(i) if multiplier(t.text(cx.text)).is_some() => {
                // "half" is read as a figure (0.5); as "half that of" it is a multiple.
                let next = toks.get(k + 1).map(|n| n.text(cx.text).lower());
                if !matches!(next.as_deref(), Some("that" | "the" | "what" | "as")) {
                    continue;
                }
                let _ = i;
                (multiplier(t.text(cx.text)).unwrap_or(1.0), t.start, t.end)
            }
            Tag::Figure(i) => {
                let m = &cx.mentions[i as usize];
                let Some(v) = m.value.filter(|v| *v > 1.0 && *v <= 1000.0 && m.kind == Kind::Count) else { continue };
                let next = toks.get(k + 1).filter(|n| n.is_word() && n.sentence == t.sentence);
                match next {
                    Some(n)
                        if n.text(cx.text).eq_ignore_ascii_case("times")
                            || n.text(cx.text).eq_ignore_ascii_case("fold") =>
                    {
                        (v, t.start, n.end)
                    }
                    _ => continue,
                }
            }
            Tag::Punct(_) => continue,
        };
        // A hedge right before: "almost four times", "more than doubled", "nearly tripled".
        let mut hedge = None;
        let mut start = start;
        if let Some(q) = (1..=2usize).rev().find_map(|n| {
            let first = k.checked_sub(n)?;
            let words = toks.get(first..k)?;
            if first < range.start || !words.iter().all(|w| w.is_word()) {
                return None;
            }
            let phrase: Vec<&str> = words.iter().map(|w| w.text(cx.text)).collect();
            lexicon::lookup(lexicon::hedges::HEDGES, &phrase.join(" ").lower()).map(|b| (b, words[0].start))
        }) {
            hedge = Some(q.0);
            start = q.1;
        }
        let figure_hedge = match t.tag {
            Tag::Figure(i) => cx.mentions[i as usize].qualifier.as_ref().map(|q| (q.bound, q.span.start)),
            _ => None,
        };
        if let Some((b, s)) = figure_hedge {
            hedge = Some(b);
            start = s as u32;
        }
        out.push((k, Multiple { factor, span: ByteSpan::new(start as usize, end as usize), hedge }));
    }
    out
}

/// Every change stated in the article, sentence by sentence, then linked across sentences.
pub fn statements(cx: &Article<'_>) -> Vec<Statement> {
    let toks = &cx.tokens().all;
    let mut out: Vec<Statement> = Vec::new();
    // Stated changes not tied in their own sentence, for the second pass.
    let mut loose_percents: Vec<usize> = Vec::new();
    let mut loose_multiples: Vec<(usize, Multiple)> = Vec::new();
    let mut start = 0;
    while start < toks.len() {
        let sentence = toks[start].sentence;
        let end = start + toks[start..].iter().take_while(|t| t.sentence == sentence).count();
        let all_mults = multiples(cx, start..end);
        let mult_tokens: crate::map::Set<usize> = all_mults.iter().map(|(k, _)| *k).collect();
        // A figure that states a multiple ("2.4 times") is not a quantity of its own.
        let all_figures: Vec<usize> = toks[start..end]
            .iter()
            .enumerate()
            .filter(|(k, _)| !mult_tokens.contains(&(start + k)))
            .filter_map(|(_, t)| t.figure())
            .collect();
        // A sentence is read in stretches of at most CHUNK figures: no real sentence has
        // more, and a pasted table of numbers (one "sentence" of thousands) stays linear.
        let mut mults_left = all_mults.into_iter().peekable();
        for figures in all_figures.chunks(CHUNK) {
            let last_token = figures.last().map_or(end, |&f| cx.tokens().of(f));
            let mut mults: Vec<(usize, Multiple)> = Vec::new();
            while let Some(m) = mults_left.next_if(|(k, _)| *k <= last_token || figures.len() < CHUNK) {
                mults.push(m);
            }
            read_chunk(cx, figures, mults, &mut out, &mut loose_percents, &mut loose_multiples);
        }
        // A multiple after the last figure of a full stretch, or in a sentence without
        // figures ("Visitor numbers have doubled"), waits for the article-wide pass.
        loose_multiples.extend(mults_left);
        start = end;
    }
    // "The number of people sleeping rough has halved in four years." "Its count found 86
    // people in November 2019 and 34 last autumn."
    loose_multiples.retain(|(k, mult)| match next_sentence_pair(cx, *k, mult) {
        Some(statement) => {
            out.push(statement);
            false
        }
        None => true,
    });
    link(cx, &mut out, &loose_percents, &loose_multiples);
    out
}

/// Words that, after a comma, open a new clause.
const CLAUSE_OPENERS: &[&str] =
    &["and", "but", "while", "whereas", "which", "who", "although", "though", "as", "with", "so", "yet"];

/// How many tokens apart two figures of one clause may stand.
const CLAUSE_TOKENS: usize = 40;

/// Whether mentions `i` and `j` stand in one clause: no semicolon, colon, dash or bracket
/// between them, and no comma followed by a conjunction ("…, and inflation slowed to").
pub fn same_clause(cx: &Article<'_>, i: usize, j: usize) -> bool {
    tokens_in_clause(cx, cx.tokens().of(i), cx.tokens().of(j))
}

/// Whether tokens `a` and `b` stand in one clause (see [`same_clause`]).
fn tokens_in_clause(cx: &Article<'_>, a: usize, b: usize) -> bool {
    let toks = &cx.tokens().all;
    let (a, b) = (a.min(b), a.max(b));
    if b - a > CLAUSE_TOKENS || toks.get(a).map(|t| t.sentence) != toks.get(b).map(|t| t.sentence) {
        return false;
    }
    let between = toks.get(a + 1..b).unwrap_or(&[]);
    // Asides are transparent: a conversion in parentheses ("1.33bn Australian dollars ($1bn;
    // £550m), up from A$246bn") or a pair of dashes ("sank 14.87% - or $1.83 - to close at
    // $10.48") does not end the clause around it. A lone dash does.
    let dash = |t: &crate::token::Token| matches!(t.punct(), Some('–' | '—' | '-'));
    // Paired in the figures' surroundings too: "sank 14.87% - or $1.83 - to close at $10.48"
    // has one dash between $1.83 and $10.48, the end of the aside $1.83 stands in. (A
    // bounded look either side, in the sentence.)
    let sentence = toks[a].sentence;
    let around = toks[a.saturating_sub(CLAUSE_TOKENS)..(b + CLAUSE_TOKENS).min(toks.len())]
        .iter()
        .filter(|t| t.sentence == sentence && dash(t))
        .count();
    let dashes_paired = between.iter().filter(|t| dash(t)).count() % 2 == 0 || (around == 2);
    let mut depth = 0i32;
    for (k, t) in between.iter().enumerate() {
        match t.punct() {
            Some('(') => depth += 1,
            Some(')') => depth -= 1,
            _ if depth > 0 => {}
            Some(';' | ':') => return false,
            // ("… from 4.9% in February — an increase of 0.7 percentage points": a dash
            // before an apposition, "a"/"an" or "up"/"down", adds to the clause.)
            Some('–' | '—' | '-')
                if !dashes_paired
                    && !between.get(k + 1).is_some_and(|n| {
                        (n.is_word() && lexicon::contains(&["a", "an", "up", "down"], n.text(cx.text)))
                            // ("£35bn - £2.5bn less than the £37.5bn": the amount of a change.)
                            || n.figure().is_some_and(|f| cx.frames()[f].role == Some(Role::By))
                    }) =>
            {
                return false
            }
            Some(',')
                if between
                    .get(k + 1)
                    .is_some_and(|n| n.is_word() && lexicon::contains(CLAUSE_OPENERS, n.text(cx.text))) =>
            {
                return false
            }
            _ => {}
        }
    }
    depth == 0
}

/// Whether percentage `p` names its own base after it ("up 10% on 2003", "12% higher than
/// in 2019") that is not figure `from`: then it is not the change of another pair.
fn has_own_base(cx: &Article<'_>, p: usize, from: Option<usize>) -> bool {
    let toks = &cx.tokens().all;
    let at = cx.tokens().of(p);
    let Some(next) = toks.get(at + 1).filter(|t| t.is_word() && t.sentence == toks[at].sentence) else { return false };
    // ("from April" is when, not what: "up 4.99% from April, taking the bill from A to B".)
    if !lexicon::contains(&["on", "than", "over", "compared", "against", "versus"], next.text(cx.text)) {
        return false;
    }
    // "leapt 74% on Thursday": a day is when, not what.
    let when = toks.get(at + 2).is_some_and(|t| {
        t.is_word()
            && lexicon::contains(
                &[
                    "monday",
                    "tuesday",
                    "wednesday",
                    "thursday",
                    "friday",
                    "saturday",
                    "sunday",
                    "the",
                    "its",
                    "their",
                    "news",
                    "hopes",
                    "fears",
                    "reports",
                ],
                t.text(cx.text),
            )
    });
    if next.text(cx.text).eq_ignore_ascii_case("on") && when {
        return false;
    }
    // The start named right there ("up 6.4% from 4.34bn") is the statement's own.
    let named = toks.get(at + 2..at + 6).unwrap_or(&[]).iter().find_map(|t| t.figure());
    named.is_none() || named != from
}

/// The statements of one stretch of a sentence's figures, with its stated percentages and
/// multiples attached (or left loose for the article-wide pass).
fn read_chunk(
    cx: &Article<'_>,
    figures: &[usize],
    mults: Vec<(usize, Multiple)>,
    out: &mut Vec<Statement>,
    loose_percents: &mut Vec<usize>,
    loose_multiples: &mut Vec<(usize, Multiple)>,
) {
    let ms = cx.mentions;
    let toks = &cx.tokens().all;
    let frames = cx.frames();
    let first_new = out.len();
    // Spans of time are never the endpoints of another quantity's change ("more than double
    // the total used in the previous four years").
    let quantities: Vec<usize> = figures.iter().copied().filter(|&i| !is_duration(cx, i)).collect();
    if !quantities.is_empty() {
        sentence_statements(cx, &quantities, out);
    }
    // Attach each stated percentage and multiple to the statement of its sentence whose
    // figures stand nearest; one each.
    // A stated percentage, or a fraction of change ("jumped by a third").
    let is_relative = |p: usize| {
        frames[p].role == Some(Role::Change) || (frames[p].role == Some(Role::By) && ms[p].kind == Kind::Fraction)
    };
    for &p in figures.iter().filter(|&&p| is_relative(p)) {
        let nearest = (first_new..out.len())
            .filter(|&s| {
                let st = &out[s];
                st.percent.is_none()
                    && st.multiple.is_none()
                    && !st.mentions().contains(&p)
                    && st.mentions().iter().any(|&i| same_clause(cx, i, p))
                    && !has_own_base(cx, p, st.from)
                    && !has_own_result(cx, p, st)
                    && !told_of_a_name(cx, p)
            })
            .min_by_key(|&s| distance(&out[s], p));
        match nearest {
            Some(s) => {
                out[s].percent = Some(p);
                out[s].tie = Tie::Sentence;
                if out[s].direction.is_none() {
                    out[s].direction = frames[p].direction;
                }
            }
            None => match compared(cx, figures, p) {
                Some(statement) => out.push(statement),
                None => loose_percents.push(p),
            },
        }
    }
    // "about 9% smaller than Allied Domecq, which has …": a comparative the frame reader
    // gives no role of change.
    for &p in figures.iter().filter(|&&p| frames[p].role.is_none()) {
        if let Some(statement) = compared(cx, figures, p).or_else(|| premium(cx, figures, p)) {
            out.push(statement);
        }
    }
    for (k, mult) in mults {
        let at = toks[k].start as usize;
        let in_clause = |s: &Statement| s.mentions().iter().any(|&i| tokens_in_clause(cx, k, cx.tokens().of(i)));
        let nearest = (first_new..out.len())
            .filter(|&s| out[s].percent.is_none() && out[s].multiple.is_none() && in_clause(&out[s]))
            .min_by_key(|&s| {
                out[s].mentions().iter().map(|&i| ms[i].span.start.abs_diff(at)).min().unwrap_or(usize::MAX)
            });
        match nearest {
            Some(s) => {
                out[s].multiple = Some(mult);
                out[s].tie = Tie::Sentence;
            }
            None => match between(cx, &quantities, k, mult.clone()).or_else(|| after_multiple(cx, figures, k, &mult)) {
                Some(statement) => out.push(statement),
                None => loose_multiples.push((k, mult)),
            },
        }
    }
}

/// Token distance from a statement's figures to mention `p`.
fn distance(s: &Statement, p: usize) -> usize {
    s.mentions().iter().map(|&i| i.abs_diff(p)).min().unwrap_or(usize::MAX)
}

/// The statements of one sentence, from its figures' frames.
fn sentence_statements(cx: &Article<'_>, figures: &[usize], out: &mut Vec<Statement>) {
    let ms = cx.mentions;
    let frames = cx.frames();
    let mut used: Vec<usize> = Vec::new();
    let role = |i: usize| frames[i].role;
    for (k, &a) in figures.iter().enumerate() {
        if role(a) != Some(Role::From) || used.contains(&a) {
            continue;
        }
        // The end: a "to" figure after the start ("from A in 2022 to B"), else the nearest
        // figure before it that is not itself a start or a change ("B, up 8% from A"; "B,
        // compared with A"), else a "to" figure before it ("to B from A").
        let after = figures[k + 1..]
            .iter()
            .copied()
            .take_while(|&j| role(j) != Some(Role::From))
            .find(|&j| role(j) == Some(Role::To) && comparable(&ms[a], &ms[j]) && !used.contains(&j))
            .filter(|&j| same_clause(cx, a, j));
        // "Output grew 15.7% in the year to October, down from 23%": a stated change may
        // itself be the end of "down from" (a rate that fell).
        let rate_end =
            |j: usize| role(j) == Some(Role::Change) && frames[a].direction.is_some() && ms[j].kind == Kind::Percent;
        let before = || {
            figures[..k].iter().rev().copied().find(|&j| {
                !used.contains(&j)
                    && cx.in_parens(j) == cx.in_parens(a)
                    && comparable(&ms[a], &ms[j])
                    && (!matches!(role(j), Some(Role::From | Role::Change | Role::By)) || rate_end(j))
                    && !is_whole_of_part(cx, j)
                    && !threshold(cx, j)
                    && same_clause(cx, a, j)
            })
        };
        let Some(b) = after.or_else(before).or_else(|| previous_level(cx, a)) else { continue };
        used.extend([a, b]);
        // "up from", "down from" say it outright; otherwise the verb of the end ("fell to").
        let verb_direction = frames[a].direction.or(frames[b].direction);
        // The amount of the change, when the sentence states it too: "$850m, a $697m
        // improvement from $153m"; "rose by 12 from 23 to 35".
        // ("That compares with 19.5m in the first half and 21.9m in the same months of last
        // year, an increase of 1.7m": a like figure between is the amount's start, not a.)
        let between_like = |c: usize| {
            let (lo, hi) = (a.max(b).min(c), a.max(b).max(c));
            figures.iter().any(|&f| f > lo && f < hi && f != a && f != b && comparable(&ms[c], &ms[f]))
        };
        let by = figures
            .iter()
            .copied()
            .filter(|&c| role(c) == Some(Role::By) && !used.contains(&c) && comparable(&ms[b], &ms[c]))
            .filter(|&c| (same_clause(cx, c, b) || same_clause(cx, c, a)) && !between_like(c))
            .min_by_key(|&c| c.abs_diff(a).min(c.abs_diff(b)));
        if let Some(c) = by {
            used.push(c);
        }
        out.push(Statement {
            from: Some(a),
            to: b,
            by,
            percent: None,
            multiple: None,
            direction: verb_direction,
            verb_direction,
            tie: Tie::Sentence,
            contested: false,
        });
    }
    // "closing at $18.35, up $5.87", "fell 1.4 cents to $1.2170": an end and an amount.
    for &b in figures {
        if used.contains(&b) || matches!(role(b), Some(Role::By | Role::Change | Role::From)) {
            continue;
        }
        // The amount beside the end: "closing at $18.35, up $5.87", "down $18.90 at $8".
        // An end without a role of its own takes only the amount right after it.
        let by = figures
            .iter()
            .copied()
            .filter(|&c| {
                role(c) == Some(Role::By)
                    && !used.contains(&c)
                    && comparable(&ms[b], &ms[c])
                    && (c.abs_diff(b) == 1 || role(b) == Some(Role::To) && c.abs_diff(b) <= 2)
                    && same_clause(cx, b, c)
            })
            .min_by_key(|&c| c.abs_diff(b));
        if let Some(c) = by {
            used.extend([b, c]);
            let direction = frames[c].direction.or(frames[b].direction);
            out.push(Statement {
                from: None,
                to: b,
                by: Some(c),
                percent: None,
                multiple: None,
                direction,
                verb_direction: direction,
                tie: Tie::Sentence,
                contested: false,
            });
        }
    }
}

/// Whether percentage `p` names its own result right after it, outside statement `st`:
/// "Imports rose 3.2% to $206bn, leaving a trade surplus of $96bn, up from about $78bn" —
/// the 3.2% is the imports' change, not the surplus's.
fn has_own_result(cx: &Article<'_>, p: usize, st: &Statement) -> bool {
    let at = cx.tokens().of(p);
    if !near::is_any(cx, at + 1, &["to", "at"]) {
        return false;
    }
    (at + 2..at + 4)
        .find_map(|k| near::tok(cx, k).and_then(|t| t.figure()))
        .is_some_and(|f| !st.mentions().contains(&f) && near::same_sentence(cx, at, cx.tokens().of(f)))
}

/// Whether a figure is a threshold or a shortfall, not a level something reached: "32
/// short of the 272 needed for a majority and down from 303" (the level is the 240 won).
fn threshold(cx: &Article<'_>, j: usize) -> bool {
    near::is_any(cx, cx.tokens().of(j) + 1, &["needed", "required", "necessary", "short"])
}

/// "The jobless rate climbed to 5.4% in March. That was up from 4.9% in February": a start
/// in a sentence that opens by pointing back ("That", "This", "It", "The figure", "The
/// total") belongs to the last like figure of the sentence before, when that one is a level
/// (no start or change itself). ("The number of …", "The rate for women …" name a new
/// subject.)
fn previous_level(cx: &Article<'_>, a: usize) -> Option<usize> {
    let ms = cx.mentions;
    let s = ms[a].sentence;
    let toks = &cx.tokens().all;
    let start = toks.partition_point(|t| (t.sentence as usize) < s);
    let first = toks.get(start)?;
    let opener = first.is_word() && lexicon::contains(&["that", "this", "it"], first.text(cx.text));
    // "The figure for 2023 compares with 14.9% in 2018": a noun that stands for a figure
    // just stated points back as "That" does.
    let figure_noun = first.is_word()
        && first.text(cx.text).eq_ignore_ascii_case("the")
        && near::is_any(cx, start + 1, &["figure", "total"]);
    // The start must be the sentence's first figure, dates aside: "That was up from 4.9%".
    let dated = |j: usize| matches!(ms[j].kind, Kind::Year | Kind::Date);
    let earlier_here = (0..a).rev().take_while(|&j| ms[j].sentence == s).any(|j| !dated(j));
    if !(opener || figure_noun) || a == 0 || earlier_here {
        return None;
    }
    (0..a)
        .rev()
        .take(6)
        .take_while(|&j| ms[j].sentence + 1 >= s)
        .find(|&j| comparable(&ms[a], &ms[j]) && !is_duration(cx, j))
        .filter(|&j| cx.frames()[j].is_level())
}

/// Whether figure `j` is the whole of a part stated right before it: "6 of the board's 16
/// seats", "11 of 19 shots". The level a later "up from 4 seats" changed is the part (6),
/// never the whole it is out of.
pub fn is_whole_of_part(cx: &Article<'_>, j: usize) -> bool {
    let toks = &cx.tokens().all;
    let at = cx.tokens().of(j);
    // Up to three words back ("of the board's"), then a figure of its own: the part.
    let back = toks.get(at.saturating_sub(4)..at).unwrap_or(&[]);
    let Some(of) = back.iter().rposition(|t| t.is_word() && t.text(cx.text).eq_ignore_ascii_case("of")) else {
        return false;
    };
    back[..of].last().is_some_and(
        |t| matches!(t.tag, crate::token::Tag::Figure(p) if comparable(&cx.mentions[p as usize], &cx.mentions[j])),
    ) && back[of + 1..].iter().all(|t| t.is_word())
}

/// Nouns that stand for a figure just stated: "double that figure", "twice that level".
const FIGURE_NOUNS: &[&str] = &["figure", "level", "rate", "number", "amount", "total", "sum"];

/// "At about 80% of GDP, Turkey's debt is double that figure": a multiple of a figure that
/// ends its clause by pointing back ("that", "that figure", "this level") has for its base the
/// last like figure of the sentence before.
fn that_figure(cx: &Article<'_>, k: usize, end: usize) -> Option<usize> {
    let ms = cx.mentions;
    let toks = &cx.tokens().all;
    let pointer = toks.get(k + 1)?;
    if !(pointer.is_word() && lexicon::contains(&["that", "this"], pointer.text(cx.text))) {
        return None;
    }
    let mut last = k + 1;
    if near::is_any(cx, k + 2, FIGURE_NOUNS) {
        last = k + 2;
    }
    // The pointer closes the clause: nothing but punctuation (or a closing quote) follows.
    let closes = toks.get(last + 1).is_none_or(|t| t.sentence != pointer.sentence || t.punct().is_some());
    if !closes || ms[end].sentence == 0 || near::is(cx, last + 1, "of") {
        return None;
    }
    like_in_sentence_before(cx, end).next()
}

/// The figures of the sentence before mention `of`'s that measure what it does, last first:
/// what "that figure" or an opening "That" stands for.
fn like_in_sentence_before<'a>(cx: &'a Article<'_>, of: usize) -> impl Iterator<Item = usize> + 'a {
    let ms = cx.mentions;
    let sentence = ms[of].sentence;
    (0..of)
        .rev()
        .take_while(move |&j| ms[j].sentence + 1 >= sentence)
        .filter(move |&j| ms[j].sentence + 1 == sentence && comparable(&ms[j], &ms[of]) && !is_duration(cx, j))
}

/// Words between a pointing subject and its multiple: "That would be only half as much".
const POINTED_COPULA: &[&str] = &[
    "is", "was", "would", "will", "could", "be", "only", "just", "about", "roughly", "nearly", "almost", "more", "than",
];

/// The figure a sentence's opening "That" or "This" stands for, when the sentence is "That
/// is M as much as A": the one figure of the sentence before comparable with `a`.
fn pointed_subject(cx: &Article<'_>, k: usize, a: usize) -> Option<usize> {
    let toks = &cx.tokens().all;
    let sentence = toks[k].sentence;
    let start = toks.partition_point(|t| t.sentence < sentence);
    if !near::is_any(cx, start, &["that", "this"]) || k <= start || k - start > 5 {
        return None;
    }
    if !(start + 1..k).all(|j| near::is_any(cx, j, POINTED_COPULA)) {
        return None;
    }
    let mut candidates = like_in_sentence_before(cx, a);
    let one = candidates.next()?;
    candidates.next().is_none().then_some(one)
}

/// "X is M times Y", "X, M that of Y", "M as many X as Y: A against B" when no start and
/// end are marked: the figures either side of the multiple in its sentence.
fn between(cx: &Article<'_>, figures: &[usize], k: usize, multiple: Multiple) -> Option<Statement> {
    let ms = cx.mentions;
    let toks = &cx.tokens().all;
    let at = toks[k].start as usize;
    let frames = cx.frames();
    // Dates are not what is multiplied: "three times as many as in 2015, when it took on 54".
    let free = |i: &usize| {
        (frames[*i].role.is_none() || frames[*i].role == Some(Role::To))
            && !matches!(ms[*i].kind, Kind::Year | Kind::Date | Kind::Ordinal)
    };
    // An age that qualifies a noun is no quantity compared: "2,150 people aged under 25
    // …, half as many as the 4,300".
    let aged = |i: usize| {
        let phrase = ms[i].phrase_start() as u32;
        toks[..cx.tokens().of(i)]
            .iter()
            .rev()
            .find(|t| t.start < phrase)
            .is_some_and(|t| t.is_word() && lexicon::contains(&["aged", "age", "ages"], t.text(cx.text)))
    };
    let before = figures.iter().copied().filter(free).rfind(|&i| ms[i].span.end <= at && !aged(i));
    // The figure after is the base only when the multiple compares with it in its own
    // clause ("twice as many as", "three times the", "double that of"): not "scored twice
    // on Saturday to take his tally to 24", not "more than doubling its share, while the
    // Liberal Democrats polled 2,390".
    let last = toks.partition_point(|t| t.end <= multiple.span.end as u32);
    let compares = toks.get(last).is_some_and(|t| {
        t.figure().is_some()
            || (t.is_word()
                && lexicon::contains(
                    &["as", "the", "that", "what", "its", "their", "his", "her", "than", "a", "an"],
                    t.text(cx.text),
                ))
    });
    let after = figures
        .iter()
        .copied()
        .filter(free)
        .find(|&i| ms[i].span.start > multiple.span.end)
        .filter(|&i| compares && compares_with(cx, last, cx.tokens().of(i)));
    let (b, a) = match (before, after) {
        (Some(b), Some(a)) => (b, a),
        (Some(b), None) => (b, that_figure(cx, k, b)?),
        // "3.1 million tonnes of grain this year." "That would be only half as much as the
        // 4.2 million tonnes gathered last year": the subject points to the sentence before.
        (None, Some(a)) => (pointed_subject(cx, k, a)?, a),
        (None, None) => return None,
    };
    if !comparable(&ms[a], &ms[b]) {
        return None;
    }
    Some(Statement {
        from: Some(a),
        to: b,
        by: None,
        percent: None,
        multiple: Some(multiple),
        direction: None,
        verb_direction: None,
        tie: if ms[a].sentence == ms[b].sentence { Tie::Sentence } else { Tie::Pointed },
        contested: false,
    })
}

/// Comparatives that, with "than", set a percentage against a base: "9% smaller than".
const COMPARATIVES: &[(&str, Direction)] = &[
    ("bigger", Direction::Up),
    ("cheaper", Direction::Down),
    ("dearer", Direction::Up),
    ("greater", Direction::Up),
    ("higher", Direction::Up),
    ("larger", Direction::Up),
    ("less", Direction::Down),
    ("lower", Direction::Down),
    ("more", Direction::Up),
    ("smaller", Direction::Down),
];

/// How many tokens after the comparison its base may stand: "than Allied Domecq, which
/// has a capitalisation of £5.7bn ($10.7bn; 8.2bn euros)".
const COMPARED_REACH: usize = 24;

/// A percentage that compares two things ("P% smaller than B", "P% above B") whose figures
/// no word ties to it: the base is the like figure after the comparison, and the subject
/// the one figure of that unit before it in the sentence — or, when the sentence has none,
/// the one of the sentence before ("The gap … hit an all-time high of $671.7bn in 2004."
/// "The trade deficit for all of last year was 24.4% above the previous record – 2003's
/// imbalance of $496.5bn"). Each unit must have exactly those two figures, so that which
/// is compared with which is not a guess.
fn compared(cx: &Article<'_>, figures: &[usize], p: usize) -> Option<Statement> {
    let ms = cx.mentions;
    let at = cx.tokens().of(p);
    if ms[p].kind != Kind::Percent || ms[p].unit != Some("%") {
        return None;
    }
    let next = near::word(cx, at + 1)?;
    let (direction, base_at) = if let Some(&(_, d)) = COMPARATIVES.iter().find(|(w, _)| next.eq_ignore_ascii_case(w)) {
        if !near::is(cx, at + 2, "than") {
            return None;
        }
        (d, at + 2)
    } else if next.eq_ignore_ascii_case("above") {
        (Direction::Up, at + 1)
    } else if next.eq_ignore_ascii_case("below") {
        (Direction::Down, at + 1)
    } else {
        return None;
    };
    let quantity = |i: usize| matches!(ms[i].kind, Kind::Money | Kind::Count) && !is_duration(cx, i);
    let after: Vec<usize> = figures
        .iter()
        .copied()
        .filter(|&i| quantity(i) && cx.tokens().of(i) > base_at && cx.tokens().of(i) <= base_at + COMPARED_REACH)
        .collect();
    let before: Vec<usize> = figures.iter().copied().filter(|&i| quantity(i) && cx.tokens().of(i) < at).collect();
    let statement = |from: usize, to: usize| Statement {
        from: Some(from),
        to,
        by: None,
        percent: Some(p),
        multiple: None,
        direction: Some(direction),
        verb_direction: None,
        tie: Tie::Loose,
        contested: false,
    };
    // One unit with one figure either side; the subject outside brackets (a conversion in
    // them says the same again).
    for &b in &after {
        let like_after = after.iter().filter(|&&j| comparable(&ms[b], &ms[j])).count();
        let like_before: Vec<usize> = before.iter().copied().filter(|&a| comparable(&ms[a], &ms[b])).collect();
        if like_after == 1 && like_before.len() == 1 && !cx.in_parens(like_before[0]) {
            let a = like_before[0];
            // "sells for £392,000, about 30% higher than the Yorkshire average of £246,000":
            // the subject right before the percentage and the base in the comparison's own
            // clause are tied as firmly as "B, some P lower than A".
            // (Only commas and hedges between: not "Aldi's 1,000 stores sell a basket 15%
            // cheaper than Tesco's 2,800 stores".)
            let hedge = |k: usize| {
                near::tok(cx, k).is_some_and(|t| t.punct() == Some(','))
                    || near::is_any(
                        cx,
                        k,
                        &["about", "around", "some", "nearly", "almost", "roughly", "just", "over", "under"],
                    )
            };
            let beside = p == a + 1
                && (cx.tokens().of(a) + 1..at).all(hedge)
                && tokens_in_clause(cx, base_at, cx.tokens().of(b));
            let mut s = statement(b, a);
            if beside {
                s.tie = Tie::Sentence;
            }
            return Some(s);
        }
    }
    // No quantity before it in the sentence: the subject is the one like figure of the
    // sentence before, in the same paragraph or the one before.
    if !before.is_empty() {
        return None;
    }
    let outside: Vec<usize> = after.iter().copied().filter(|&b| !cx.in_parens(b)).collect();
    let &[b] = outside.as_slice() else { return None };
    let s = ms[b].sentence.checked_sub(1)?;
    if cx.segments.paragraph_of(s) + 1 < cx.segments.paragraph_of(ms[b].sentence) {
        return None;
    }
    let prior: Vec<usize> = (0..b)
        .rev()
        .take(CHUNK)
        .take_while(|&i| ms[i].sentence >= s)
        .filter(|&i| ms[i].sentence == s && quantity(i) && comparable(&ms[i], &ms[b]))
        .collect();
    match prior.as_slice() {
        [a] if !cx.in_parens(*a) => Some(statement(b, *a)),
        _ => None,
    }
}

/// A takeover's premium or an issue's discount, and the side of the price it is measured
/// from: "a premium of 43% to Pennant's closing price of 388p".
const PREMIUMS: &[(&str, Direction)] = &[("premium", Direction::Up), ("discount", Direction::Down)];
/// What may stand between a price and its premium: "520p a share, a premium of", "$54.20 a
/// share represents a premium of about".
const PREMIUM_GAP: &[&str] = &[
    "a",
    "an",
    "per",
    "share",
    "each",
    "premium",
    "discount",
    "of",
    "represents",
    "representing",
    "which",
    "is",
    "about",
    "around",
    "some",
    "nearly",
    "almost",
    "roughly",
    "just",
    "over",
    "under",
    "more",
    "than",
];

/// "Carlyle is offering 520p a share, a premium of 43% to Pennant's closing price of
/// 388p"; "250p, a 38% premium to Monday's close of 181p"; "priced at 95p, a discount of
/// 40% to the closing price of 158p": the price offered against the price it is measured
/// from, the first figure of its unit after "to", "on" or "over". The price is the nearest
/// like figure before the percentage: tied firmly when only the premium's words stand
/// between (`PREMIUM_GAP`), loosely when it is the sentence's one like figure.
fn premium(cx: &Article<'_>, figures: &[usize], p: usize) -> Option<Statement> {
    let ms = cx.mentions;
    if ms[p].kind != Kind::Percent || ms[p].unit != Some("%") {
        return None;
    }
    let at = cx.tokens().of(p);
    let named = |k: usize| {
        let w = near::word(cx, k)?;
        PREMIUMS.iter().find(|(x, _)| w.eq_ignore_ascii_case(x)).map(|&(_, d)| d)
    };
    let hedged = near::hedge_before(cx, at).is_some() || near::is_any(cx, at.wrapping_sub(1), PREMIUM_GAP);
    let of = if near::is(cx, at.wrapping_sub(1), "of") {
        Some(at - 1)
    } else if hedged && near::is(cx, at.wrapping_sub(2), "of") {
        Some(at - 2)
    } else {
        None
    };
    let (direction, base_at) = match (named(at + 1), of.and_then(|k| named(k.wrapping_sub(1)))) {
        (Some(d), _) => (d, at + 2),
        (None, Some(d)) => (d, at + 1),
        _ => return None,
    };
    if !near::is_any(cx, base_at, &["to", "on", "over"]) {
        return None;
    }
    let money = |i: usize| ms[i].kind == Kind::Money && !cx.in_parens(i);
    let before: Vec<usize> = figures.iter().copied().filter(|&i| money(i) && cx.tokens().of(i) < at).collect();
    let &a = before.last()?;
    // A price: "520p a share", "$31.50 each", "priced at 95p" (not "a special dividend of
    // 20p", nor the result of a move already read: "rose 35p, or 8%, to 475p").
    let ta = cx.tokens().of(a);
    let per_share = near::is_any(cx, ta + 1, &["each", "apiece"])
        || (near::is_any(cx, ta + 1, &["a", "per"]) && near::is(cx, ta + 2, "share"));
    if !(per_share || near::is(cx, ta.wrapping_sub(1), "at")) || cx.frames()[a].role.is_some() {
        return None;
    }
    // The price it is measured from: the first amount after "to", before any punctuation or
    // other percentage ("a 21% discount to the ex-rights price and a 40% discount to …").
    let b = figures.iter().copied().find(|&i| {
        let t = cx.tokens().of(i);
        money(i) && t > base_at && t <= base_at + COMPARED_REACH && comparable(&ms[a], &ms[i])
    })?;
    let tb = cx.tokens().of(b);
    let interrupted = (base_at + 1..tb).any(|k| {
        near::tok(cx, k).is_some_and(|t| t.punct().is_some() || t.figure().is_some_and(|f| ms[f].kind == Kind::Percent))
    });
    if interrupted || !tokens_in_clause(cx, base_at, tb) {
        return None;
    }
    let gap_is_premium = (cx.tokens().of(a) + 1..at).all(|k| {
        near::tok(cx, k).is_some_and(|t| t.punct() == Some(','))
            || near::is_any(cx, k, PREMIUM_GAP)
            || named(k).is_some()
    });
    let alone = before.iter().filter(|&&i| comparable(&ms[a], &ms[i])).count() == 1;
    let tie = match (gap_is_premium, alone) {
        (true, _) => Tie::Sentence,
        (false, true) => Tie::Loose,
        (false, false) => return None,
    };
    Some(Statement {
        from: Some(b),
        to: a,
        by: None,
        percent: Some(p),
        multiple: None,
        direction: Some(direction),
        verb_direction: None,
        tie,
        contested: false,
    })
}

/// The most figures after a multiple that its loose reading looks at.
const AFTER_MULTIPLE: usize = 6;

/// "We have already doubled the length of maternity pay, it was 13 weeks when we were
/// elected, we have already taken it up to 26 weeks": a multiple followed in its clause by
/// exactly two like quantities (of the next `AFTER_MULTIPLE` figures; dates and percentages
/// aside) that name one thing has them for its start and its end, in the order the
/// multiple implies (the larger after a rise). Spans of time count when both are the same
/// span and no other quantity follows.
fn after_multiple(cx: &Article<'_>, figures: &[usize], k: usize, multiple: &Multiple) -> Option<Statement> {
    let ms = cx.mentions;
    let end = multiple.span.end;
    let later: Vec<usize> = figures.iter().copied().filter(|&i| ms[i].span.start >= end).take(AFTER_MULTIPLE).collect();
    // Quantities, or else spans of time: "it was £40,000 two years ago and it is £80,000".
    let (spans, quantities): (Vec<usize>, Vec<usize>) = later
        .iter()
        .copied()
        .filter(|&i| matches!(ms[i].kind, Kind::Money | Kind::Count | Kind::Measure))
        .partition(|&i| is_duration(cx, i));
    let time_noun = |i: usize| ms[i].noun.as_deref().map(crate::lexicon::nouns::singular);
    let (a, b, alike) = match (quantities.as_slice(), spans.as_slice()) {
        (&[a, b], _) => (a, b, comparable(&ms[a], &ms[b])),
        (&[], &[a, b]) => (a, b, time_noun(a).is_some() && time_noun(a) == time_noun(b)),
        _ => return None,
    };
    let (av, bv) = (base_value(&ms[a])?, base_value(&ms[b])?);
    let rises = bv > av;
    if !alike || cx.in_parens(a) || cx.in_parens(b) || rises != (multiple.factor > 1.0) {
        return None;
    }
    // One clause from the multiple to both figures, and one thing counted: not "tripled its
    // profits since 2019, when staff numbers were 300; there are now 450", nor "doubled
    // since 2020, when it had 40 shops; it now has 80 staff".
    // (A colon may open the figures: "has doubled its budget: it was £40,000 … and is
    // £80,000".)
    let semicolon = (k..cx.tokens().of(b)).any(|j| near::is_punct(cx, j, ';'));
    if semicolon || !super::nouns::named_alike(&ms[a], &ms[b]) {
        return None;
    }
    // "it was £40,000 two years ago and is £80,000 this year": then and now, in so many
    // words, tie the two figures as firmly as "from … to".
    let verb_before = |i: usize, verbs: &[&str]| {
        let at = cx.tokens().of(i);
        (at.saturating_sub(3)..at).any(|j| near::is_any(cx, j, verbs))
    };
    let then_and_now = verb_before(a, &["was", "were"]) && verb_before(b, &["is", "are", "now"]);
    Some(multiple_pair(a, b, multiple, if then_and_now { Tie::Sentence } else { Tie::Loose }))
}

/// A multiple's statement from `a` to `b`, tied as `tie` says.
fn multiple_pair(a: usize, b: usize, multiple: &Multiple, tie: Tie) -> Statement {
    Statement {
        from: Some(a),
        to: b,
        by: None,
        percent: None,
        multiple: Some(multiple.clone()),
        direction: None,
        verb_direction: None,
        tie,
        contested: false,
    }
}

/// A multiple in a sentence with no quantity of its own, followed right after (the same
/// paragraph or the next) by a sentence with exactly two like quantities in the order it implies: "… has halved in
/// four years." "Its annual street count found 86 people in November 2019 and 43 last
/// autumn." Tied only by where they stand (`Tie::Loose`).
fn next_sentence_pair(cx: &Article<'_>, k: usize, multiple: &Multiple) -> Option<Statement> {
    let ms = cx.mentions;
    let sentence = cx.tokens().all.get(k)?.sentence as usize;
    let quantity = |i: usize| matches!(ms[i].kind, Kind::Money | Kind::Count | Kind::Measure) && !is_duration(cx, i);
    let first = ms.partition_point(|m| m.sentence < sentence);
    // (Bounded: a sentence of thousands of figures is no lede, and each loose multiple of it
    // would walk them all.)
    let own = ms[first..].iter().take(CHUNK + 1).take_while(|m| m.sentence == sentence).count();
    if own > CHUNK || (first..first + own).any(quantity) {
        return None;
    }
    let next: Vec<usize> =
        (first + own..ms.len()).take_while(|&i| ms[i].sentence == sentence + 1).take(AFTER_MULTIPLE + 1).collect();
    if next.len() > AFTER_MULTIPLE
        || next
            .first()
            .is_none_or(|&i| cx.segments.paragraph_of(ms[i].sentence) > cx.segments.paragraph_of(sentence) + 1)
    {
        return None;
    }
    let quantities: Vec<usize> = next.into_iter().filter(|&i| quantity(i)).collect();
    let &[a, b] = quantities.as_slice() else { return None };
    let (av, bv) = (base_value(&ms[a])?, base_value(&ms[b])?);
    if !comparable(&ms[a], &ms[b]) || cx.in_parens(a) || cx.in_parens(b) || (bv > av) != (multiple.factor > 1.0) {
        return None;
    }
    // The two sentences must be about one thing: "The firm's profits have doubled." "It
    // employed 300 people in 2019 and 600 now" is not.
    let mine = near::content_stems(cx, sentence);
    let theirs = near::content_stems(cx, ms[a].sentence);
    if near::shared(&mine, &theirs) == 0 || !same_clause(cx, a, b) || !super::nouns::named_alike(&ms[a], &ms[b]) {
        return None;
    }
    Some(multiple_pair(a, b, multiple, Tie::Loose))
}

/// Whether the words from a multiple (token `a`) to its base (token `b`) stay with the
/// comparison: no semicolon, colon, dash or bracket, and no comma before a conjunction
/// that opens another clause ("…, while the Liberal Democrats polled 2,390"). A relative
/// clause may name the base: "half that of the leaders, who spend £62m".
fn compares_with(cx: &Article<'_>, a: usize, b: usize) -> bool {
    let toks = &cx.tokens().all;
    if b <= a || b - a > CLAUSE_TOKENS {
        return false;
    }
    let stretch = &toks[a..b];
    !stretch.iter().any(|t| matches!(t.punct(), Some(';' | ':' | '(' | ')' | '–' | '—')))
        && !stretch.windows(2).any(|w| {
            w[0].punct() == Some(',')
                && w[1].is_word()
                && lexicon::contains(
                    &["and", "but", "while", "whereas", "although", "though", "yet", "so"],
                    w[1].text(cx.text),
                )
        })
}

/// Words too common to tie two sentences to one subject.
const GENERIC: &lexicon::Sorted = &lexicon::Sorted::new(&lexicon::sorted::<{ GENERIC_LIST.len() }>(GENERIC_LIST));
const GENERIC_LIST: &[&str] = &[
    // The hedges' words: "at least 20" says nothing of what is counted.
    "least",
    "most",
    "nearly",
    "almost",
    "around",
    "about",
    "some",
    "year",
    "month",
    "week",
    "day",
    "time",
    "figure",
    "number",
    "total",
    "last",
    "first",
    "said",
    "say",
    "says",
    "according",
    "percent",
    "cent",
    "per",
    "million",
    "billion",
    "thousand",
    "new",
    "now",
    "report",
    "reported",
    "since",
    "earlier",
    "previous",
    "period",
    "quarter",
    "half",
    "end",
    "this",
    "that",
    "these",
    "those",
    "there",
    "their",
    "which",
    "while",
    "also",
    "more",
    "less",
    "than",
    "from",
    "with",
    "after",
    "before",
    "over",
    "under",
    "into",
    "about",
    "around",
    "compared",
    "against",
    "rise",
    "rose",
    "fell",
    "fall",
    "drop",
    "increase",
    "up",
    "down",
    "its",
    "his",
    "her",
    "they",
    "the",
    "and",
    "but",
    "for",
    "has",
    "have",
    "had",
    "was",
    "were",
    "will",
    "would",
    "could",
    "been",
    "being",
    "official",
    "officials",
    "company",
    "group",
    "firm",
    "people",
    "statement",
    "show",
    "shows",
    "showed",
    "according",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "mr",
    "ms",
];

/// Words reporters use for one quantity: a change stated with one and endpoints with the
/// other are about the same thing.
const SAME_THING: &lexicon::SortedTable<&str> =
    &lexicon::SortedTable::new(SAME_THING_LIST, &lexicon::order::<{ SAME_THING_LIST.len() }, &str>(SAME_THING_LIST));
const SAME_THING_LIST: &[(&str, &str)] = &[
    ("profit", "profit"),
    ("profits", "profit"),
    ("income", "profit"),
    ("earnings", "profit"),
    ("earning", "profit"),
    ("sale", "revenue"),
    ("sales", "revenue"),
    ("revenue", "revenue"),
    ("revenues", "revenue"),
    ("turnover", "revenue"),
    ("user", "customer"),
    ("users", "customer"),
    ("subscriber", "customer"),
    ("subscribers", "customer"),
    ("customer", "customer"),
    ("customers", "customer"),
    ("price", "price"),
    ("prices", "price"),
    ("cost", "price"),
    ("costs", "price"),
    ("share", "share"),
    ("shares", "share"),
    ("stock", "share"),
    ("fare", "price"),
    ("fares", "price"),
    ("fee", "price"),
    ("fees", "price"),
    ("charge", "price"),
    ("charges", "price"),
    ("bill", "price"),
    ("bills", "price"),
    ("tariff", "price"),
    ("toll", "dead"),
    ("death", "dead"),
    ("deaths", "dead"),
    ("dead", "dead"),
    ("killed", "dead"),
    ("body", "dead"),
    ("bodies", "dead"),
    ("victim", "dead"),
    ("victims", "dead"),
    ("fatalities", "dead"),
    ("job", "staff"),
    ("jobs", "staff"),
    ("staff", "staff"),
    ("worker", "staff"),
    ("workers", "staff"),
    ("employee", "staff"),
    ("employees", "staff"),
    ("workforce", "staff"),
];

/// The words that say what a sentence is about, as normalised keys: names and nouns, with
/// synonyms folded ("earnings" and "income" are both "profit").
pub fn keys(cx: &Article<'_>, sentence: u32) -> Vec<String> {
    let toks = &cx.tokens().all;
    let from = toks.partition_point(|t| t.sentence < sentence);
    let mut out: Vec<String> = Vec::new();
    for t in toks[from..].iter().take_while(|t| t.sentence == sentence).filter(|t| t.is_word()) {
        // The word as written: the lists are looked up case-blind and `singular` lower-cases,
        // so only a word that becomes a key is copied (this runs over every word).
        let word = crate::text::unpossessive(t.text(cx.text));
        if word.len() < 3 || !word.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-') {
            continue;
        }
        if lexicon::contains(GENERIC, word) || lexicon::contains(crate::lexicon::nouns::STOPWORDS, word) {
            continue;
        }
        if change_words::is_change_word(word) {
            continue;
        }
        let key =
            lexicon::lookup(SAME_THING, word).map(str::own).unwrap_or_else(|| crate::lexicon::nouns::singular(word));
        if !out.contains(&key) {
            out.push(key);
        }
    }
    out
}

/// At most this many figures of one sentence are read together (see `statements`).
const CHUNK: usize = 48;

/// How many paragraphs apart a stated change and its endpoints may stand.
const LINK_PARAGRAPHS: usize = 12;
/// How many candidate statements one loose change looks at (nearest first).
const LINK_CANDIDATES: usize = 24;
/// How far back from a figure its entity is looked for.
const ENTITY_REACH: usize = 14;

/// The words written with a capital inside a sentence somewhere in the article: names.
/// A capital at a sentence's start says nothing; the same word capitalised mid-sentence
/// elsewhere does ("Heineken saw…" is a name because "…, Heineken said" is).
pub fn names(cx: &Article<'_>) -> crate::map::Set<String> {
    let toks = &cx.tokens().all;
    let mut out = crate::map::Set::new();
    for (k, t) in toks.iter().enumerate() {
        // (The cheap tests first: this runs over every token of the article.)
        if !t.is_word() {
            continue;
        }
        let w = t.text(cx.text);
        if w.len() <= 1 || !w.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        let starts = k == 0
            || toks[k - 1].sentence != t.sentence
            || matches!(toks[k - 1].punct(), Some('"' | '“' | '‘' | '\'' | '(' | ':' | '\n'));
        if starts {
            continue;
        }
        // The lists are looked up case-blind, so the lower-case key is only made for a
        // word that stays, and only once: a name is mostly written many times.
        let stem = crate::text::unpossessive(w);
        if !lexicon::contains(crate::lexicon::nouns::STOPWORDS, stem) && !lexicon::contains(GENERIC, stem) {
            let mut buf = [0u8; 32];
            let known = lower_on_stack(stem, &mut buf).is_some_and(|lower| out.contains(lower));
            if !known {
                out.insert(stem.lower());
            }
        }
    }
    out
}

/// `word` lower-cased (ASCII) in `buf`, when it fits.
fn lower_on_stack<'b>(word: &str, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    let lower = buf.get_mut(..word.len())?;
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).ok()
}

/// The name a figure's clause is about: the nearest name before it ("shares in Elan lost
/// 70%" → "elan"; "while Biogen fell $28.63" → "biogen").
pub fn entity(cx: &Article<'_>, names: &crate::map::Set<String>, m: usize) -> Option<String> {
    let toks = &cx.tokens().all;
    let at = cx.tokens().of(m);
    let sentence = toks.get(at)?.sentence;
    let lower = |k: usize| crate::text::unpossessive(toks[k].text(cx.text)).lower();
    // "Ireland-based", "US-listed" say where, not who.
    let capital = |k: usize| {
        let w = toks[k].text(cx.text);
        toks[k].is_word()
            && w.starts_with(|c: char| c.is_uppercase())
            && !w.rsplit('-').next().is_some_and(|last| last.starts_with(|c: char| c.is_lowercase()))
    };
    let mut k = (at.saturating_sub(ENTITY_REACH)..at)
        .rev()
        .take_while(|&k| toks[k].sentence == sentence && !matches!(toks[k].punct(), Some(';' | ':')))
        .find(|&k| capital(k) && names.contains(&lower(k)))?;
    // A name of several words is known by its first: "Biogen Idec shed 43%" and "Biogen
    // fell $28.63" are about one company.
    // ("Japan's Toyota" is Toyota: a possessive before the name says whose, not who.)
    let possessive = |k: usize| {
        let w = toks[k].text(cx.text);
        w.ends_with("'s") || w.ends_with("’s")
    };
    while k > 0
        && toks[k - 1].sentence == sentence
        && capital(k - 1)
        && !possessive(k - 1)
        && names.contains(&lower(k - 1))
    {
        k -= 1;
    }
    Some(lower(k))
}

/// One content word as a key: lower case, singular, synonyms folded ("earnings" → "profit").
fn key(word: &str) -> Option<String> {
    // As written, as in `keys`: only a word that becomes a key is copied.
    let word = crate::text::unpossessive(word).trim_end_matches('\'');
    if word.len() < 3 || !word.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-') {
        return None;
    }
    if lexicon::contains(GENERIC, word) || lexicon::contains(crate::lexicon::nouns::STOPWORDS, word) {
        return None;
    }
    if change_words::is_change_word(word) {
        return None;
    }
    Some(lexicon::lookup(SAME_THING, word).map(str::own).unwrap_or_else(|| crate::lexicon::nouns::singular(word)))
}

/// How many content words before a figure say what it measures.
const MEASURED_WORDS: usize = 3;

/// What the figure at token `at` measures, as keys: its own noun, the noun after a change
/// noun ("a 52% rise in profits"), and the nearest content words before it in its clause
/// ("Passenger numbers at Norwick airport fell by 22%" → airport, passenger). Names are
/// left out: they say whose, not what.
pub fn measured(cx: &Article<'_>, at: usize) -> Vec<String> {
    let toks = &cx.tokens().all;
    let Some(t) = toks.get(at) else { return Vec::new() };
    let mut out: Vec<String> = Vec::new();
    if let Some(noun) = t.figure().and_then(|m| cx.mentions[m].noun.as_deref()).and_then(key) {
        out.push(noun);
    }
    // "a 52% rise in profits", "a 3% fall in net sales".
    let after: Vec<_> = toks[at + 1..].iter().take(4).take_while(|n| n.sentence == t.sentence && n.is_word()).collect();
    if let [change, of, rest @ ..] = after.as_slice() {
        if change_words::is_change_word(change.text(cx.text)) && lexicon::contains(&["in", "of"], of.text(cx.text)) {
            out.extend(rest.iter().filter_map(|n| key(n.text(cx.text))));
        }
    }
    // A multiple in words is its own change word: "a doubling in profit", "a threefold
    // rise in sales" (the rise is after the word, read above from the word's token).
    if t.is_word() && multiplier(t.text(cx.text)).is_some() {
        if let [of, rest @ ..] = after.as_slice() {
            if lexicon::contains(&["in", "of"], of.text(cx.text)) {
                out.extend(rest.iter().take(2).filter_map(|n| key(n.text(cx.text))));
            }
        }
    }
    // A figure that is its clause's subject ("and at least 20 were still missing") is
    // measured by its predicate, not by the clause before the conjunction: the first content
    // word after its auxiliaries ("missing"; "38 people had been confirmed dead" → "dead").
    let own_noun = t.figure().and_then(|m| cx.mentions[m].noun.as_deref());
    let after_noun = if own_noun.is_some_and(|n| near::is(cx, at + 1, n)) { at + 2 } else { at + 1 };
    // ("with 14 people still missing": a subject whose verb is understood.)
    let subject =
        t.figure().is_some() && (near::is_any(cx, after_noun, cues::AUXILIARIES) || near::is(cx, after_noun, "still"));
    if subject {
        let predicate = toks[after_noun..]
            .iter()
            .take(5)
            .take_while(|n| n.sentence == t.sentence && n.is_word())
            .map(|n| n.text(cx.text))
            .find(|w| {
                !lexicon::contains(cues::AUXILIARIES, w)
                    && !lexicon::contains(
                        &["still", "now", "also", "already", "confirmed", "reported", "feared", "believed", "known"],
                        w,
                    )
            });
        if let Some(k) = predicate.and_then(key) {
            if !out.contains(&k) {
                out.push(k);
            }
        }
    }
    let mut found = 0;
    for (k, b) in toks[..at].iter().enumerate().rev().take(10) {
        // (Another figure before is another figure's phrase: "put the number of dead at 28,
        // with 14 people still missing" — "dead" measures 28, not 14.)
        if b.sentence != t.sentence
            || matches!(b.punct(), Some(';' | ':' | '(' | ')' | '–' | '—'))
            || (b.figure().is_some() && b.punct().is_none() && toks.get(k + 1).is_some_and(|n| n.punct() == Some(',')))
            || found == MEASURED_WORDS
            || (subject && b.is_word() && lexicon::contains(&["and", "but", "while", "whereas"], b.text(cx.text)))
        {
            break;
        }
        if !b.is_word() {
            continue;
        }
        let w = b.text(cx.text);
        let sentence_start = k == 0 || toks[k - 1].sentence != b.sentence;
        // A name says whose, wherever it stands: "Elan finished down $18.90" opens its
        // sentence with a name that is capitalised mid-sentence elsewhere.
        // (`trim_end_matches("'s")` by hand: core's substring searcher is not linked for it.)
        let mut base = w;
        while let Some(rest) = base.strip_suffix("'s") {
            base = rest;
        }
        let name = w.starts_with(|c: char| c.is_uppercase()) && (!sentence_start || cx.names().contains(&base.lower()));
        let verb_form = w.ends_with("ed") || w.ends_with("ing");
        if name || verb_form {
            continue;
        }
        if let Some(k) = key(w) {
            if !out.contains(&k) {
                out.push(k);
            }
            found += 1;
        }
    }
    out
}

/// Ties each loose percentage or multiple to the one statement without a stated change that
/// is about the same subject, within a few paragraphs, going the same way.
///
/// Evidence, strongest first: the same name governs both ("Elan lost 70%" … "Elan finished
/// down $18.90 at $8"); the two sentences share what is measured ("profits" … "net
/// income"); they share other names and nouns. A name on each side that differs
/// ("Carlsberg" against "Heineken") rules the link out. Two candidates with equal
/// evidence rule it out too, unless only one of them makes the figures agree.
fn link(cx: &Article<'_>, out: &mut [Statement], percents: &[usize], mults: &[(usize, Multiple)]) {
    let ms = cx.mentions;
    let toks = &cx.tokens().all;
    let frames = cx.frames();
    if percents.is_empty() && mults.is_empty() {
        return;
    }
    let names = cx.names();
    // Each sentence's keys, read on first use and lent, not cloned (one slot per sentence).
    let key_cache: Vec<std::cell::OnceCell<Vec<String>>> =
        (0..toks.last().map_or(0, |t| t.sentence as usize + 1)).map(|_| std::cell::OnceCell::new()).collect();
    let empty = Vec::new();
    let keys_of = |s: u32| key_cache.get(s as usize).map_or(&empty, |c| c.get_or_init(|| keys(cx, s)));
    let open: Vec<usize> = (0..out.len()).filter(|&s| out[s].percent.is_none() && out[s].multiple.is_none()).collect();
    let loose = percents
        .iter()
        .map(|&p| (ms[p].sentence as u32, ms[p].span.start, Some(p), None, frames[p].direction))
        .chain(mults.iter().map(|(k, m)| (toks[*k].sentence, toks[*k].start as usize, None, Some(m.clone()), None)));
    let mut claimed: Vec<usize> = Vec::new();
    for (sentence, at, percent, multiple, direction) in loose {
        // A percentage whose sentence names its own end ("fell 46% to 1.6bn euros") or its
        // own base ("up to 9% higher than at this time last year") is not the change of
        // figures elsewhere.
        if let Some(p) = percent {
            let own_end = ms
                .iter()
                .enumerate()
                .skip(p.saturating_sub(8))
                .take(17)
                .any(|(j, m)| j != p && m.sentence == ms[p].sentence && frames[j].role == Some(Role::To));
            if own_end || has_own_base(cx, p, None) {
                continue;
            }
        }
        let mine = keys_of(sentence);
        let here = toks.partition_point(|t| (t.start as usize) < at);
        let my_measure = measured(cx, here);
        let my_entity = match percent {
            Some(p) => entity(cx, names, p),
            None => {
                let k = toks.partition_point(|t| (t.start as usize) < at);
                let near = toks.get(..k).and_then(|b| b.iter().rev().take(ENTITY_REACH).find_map(|t| t.figure()));
                near.and_then(|m| entity(cx, names, m))
            }
        };
        let paragraph = cx.segments.paragraph_of(sentence as usize);
        let pos = open.partition_point(|&s| ms[out[s].to].span.start < at);
        let window = &open[pos.saturating_sub(LINK_CANDIDATES / 2)..(pos + LINK_CANDIDATES / 2).min(open.len())];
        let mut scored: Vec<(u32, usize)> = Vec::new();
        // Candidates about the same named thing or measure: only these may be tied as `Next`.
        let mut firmly: Vec<usize> = Vec::new();
        for &s in window {
            let st = &out[s];
            let s_sentence = ms[st.to].sentence;
            let s_paragraph = cx.segments.paragraph_of(s_sentence);
            if claimed.contains(&s)
                || st.percent.is_some()
                || st.multiple.is_some()
                || s_sentence == sentence as usize
                || s_paragraph.abs_diff(paragraph) > LINK_PARAGRAPHS
                || (direction.is_some() && st.direction.is_some() && direction != st.direction)
                || percent.is_some_and(|p| ms[st.to].kind == Kind::Percent && ms[p].unit != Some("%"))
            {
                continue;
            }
            let theirs = keys_of(s_sentence as u32);
            let shared = mine.iter().filter(|k| theirs.contains(k)).count() as u32;
            let their_entity = entity(cx, names, st.to);
            let same_entity = matches!((&my_entity, &their_entity), (Some(a), Some(b)) if a == b);
            let other_entity = matches!((&my_entity, &their_entity), (Some(a), Some(b)) if a != b);
            if other_entity {
                continue;
            }
            // Two things measured, named on both sides, that differ: revenue is not a margin.
            let their_measure: Vec<String> =
                st.from.into_iter().chain([st.to]).flat_map(|m| measured(cx, cx.tokens().of(m))).collect();
            let measures_differ = !my_measure.is_empty()
                && !their_measure.is_empty()
                && !my_measure.iter().any(|k| their_measure.contains(k));
            if measures_differ {
                continue;
            }
            let near = s_paragraph.abs_diff(paragraph) <= 3;
            let measure_shared = my_measure.iter().any(|k| their_measure.contains(k));
            let eligible = (same_entity && (shared >= 1 || near))
                || (measure_shared && (near || shared >= 2))
                || (shared >= 2 && near);
            if eligible {
                let score = 3 * u32::from(same_entity)
                    + 2 * u32::from(measure_shared)
                    + shared.min(3)
                    + u32::from(s_paragraph == paragraph);
                scored.push((score, s));
                if same_entity || measure_shared {
                    firmly.push(s);
                }
            }
        }
        crate::sort::by_key(&mut scored, |s| std::cmp::Reverse(s.0));
        for &s in window {
            // Anything this change might be about is no longer verified by its words alone.
            let theirs = keys_of(ms[out[s].to].sentence as u32);
            if mine.iter().any(|k| theirs.contains(k)) {
                out[s].contested = true;
            }
        }
        let only_one = scored.len() == 1;
        let best = match scored.as_slice() {
            [] => continue,
            [(_, s)] => *s,
            [(top, s), (next, _), ..] if top > next => *s,
            tied => {
                // Equal evidence: only a candidate under which the figures agree may win,
                // and only if it is the one such.
                let top = tied[0].0;
                let agreeing: Vec<usize> = tied
                    .iter()
                    .take_while(|(score, _)| *score == top)
                    .map(|&(_, s)| s)
                    .filter(|&s| percent.is_some_and(|p| agrees(ms, &out[s], p)))
                    .collect();
                match agreeing.as_slice() {
                    [s] => *s,
                    _ => continue,
                }
            }
        };
        claimed.push(best);
        // "Recorded knife crime … fell by 12% in the year to March." "There were 3,942
        // offences …, compared with 4,128 the previous year.": a percentage alone in its
        // sentence, right beside the one change it could be, is that change's.
        let alone = percent.is_some_and(|p| {
            // (A benchmark beside it is no rival: "will rise by 8.99% … after the government
            // allowed the council to exceed the usual 4.99% cap".)
            let quantity = |j: usize| {
                let benchmark = ms[j].kind == Kind::Percent && frames[j].role.is_none();
                !(matches!(ms[j].kind, Kind::Year | Kind::Date | Kind::Ordinal) || benchmark)
            };
            (p.saturating_sub(8)..(p + 9).min(ms.len()))
                .all(|j| j == p || ms[j].sentence != ms[p].sentence || !quantity(j))
        });
        let next_door = ms[out[best].to].sentence.abs_diff(sentence as usize) == 1;
        out[best].percent = percent;
        out[best].multiple = multiple;
        // (A place or name on the figures' side only narrows them: "Knife crime in West
        // Yorkshire fell by 12%" … "3,942 knife crime offences in Leeds".)
        let narrowed = || {
            let named_in = |s: usize| -> Vec<String> {
                near::sentence_tokens(cx, s)
                    .take(CHUNK * 4)
                    .filter_map(|k| near::word(cx, k))
                    .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
                    .map(|w| w.lower())
                    .filter(|w| names.contains(w))
                    .collect()
            };
            let mine = named_in(sentence as usize);
            named_in(ms[out[best].to].sentence).iter().any(|n| !mine.contains(n))
        };
        let next = alone && next_door && only_one && firmly.contains(&best) && !narrowed();
        out[best].tie = if next { Tie::Next } else { Tie::Linked };
        if out[best].direction.is_none() {
            out[best].direction = direction;
        }
    }
}

/// Whether percentage `p` matches statement `s`'s endpoints to within a point.
fn agrees(ms: &[Mention], s: &Statement, p: usize) -> bool {
    let (Some(a), Some(b), Some(pv)) = (s.start_value(ms), base_value(&ms[s.to]), ms[p].value) else { return false };
    a > 0.0 && ((b / a - 1.0).abs() * 100.0 - pv.abs()).abs() <= 1.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Options;

    #[allow(clippy::type_complexity)] // (a row of the table the tests compare)
    fn read(text: &str) -> Vec<(Option<String>, String, Option<String>, Option<f64>, Tie)> {
        let options = Options::default();
        let segments = crate::text::Segments::new(text);
        let ms = crate::mention::extract(text, &segments);
        let cx = Article::new(text, &segments, &ms, &options, text.len());
        let show = |i: usize| text[ms[i].span.start..ms[i].span.end].to_string();
        cx.statements()
            .iter()
            .map(|s| (s.from.map(show), show(s.to), s.percent.map(show), s.multiple.as_ref().map(|m| m.factor), s.tie))
            .collect()
    }

    #[test]
    fn a_noun_for_the_figure_points_back_as_that_does() {
        let found = read("The share of adults who smoke has fallen to 11.9%.\n\nThe figure for 2023 compares with 14.9% in 2018, a fall of two percentage points.");
        assert_eq!((found[0].0.as_deref(), found[0].1.as_str()), (Some("14.9%"), "11.9%"), "{found:?}");
    }

    #[test]
    fn a_percentage_alone_beside_the_one_change_it_could_be_is_its() {
        let found = read("Recorded knife crime in the region fell by 12% in the year to March.\n\nThere were 3,942 knife crime offences, compared with 4,128 the previous year.");
        assert_eq!((found[0].2.as_deref(), found[0].4), (Some("12%"), Tie::Next), "{found:?}");
    }

    #[test]
    fn an_amount_of_change_after_another_start_is_that_starts() {
        // (19.5m + 1.7m is no 23.6m: the 1.7m is the rise from 21.9m.)
        let text = "It carried 23.6m passengers.\n\nThat compares with 19.5m in the first half and 21.9m in the same months of last year, an increase of 1.7m.";
        let alarms: Vec<_> = ["arithmetic", "percent-change"]
            .iter()
            .flat_map(|id| crate::check::run_one(id, text))
            .filter(|f| f.severity >= crate::Severity::Warning)
            .collect();
        assert!(alarms.is_empty(), "{alarms:?}");
    }

    #[test]
    fn a_threshold_and_a_percentage_with_its_own_result_are_not_this_changes() {
        let found = read(
            "The BJP won 240 of the 543 seats, 32 short of the 272 needed for a majority and down from 303 in 2019.",
        );
        assert_eq!((found[0].0.as_deref(), found[0].1.as_str()), (Some("303"), "240"), "{found:?}");
        let found =
            read("Imports rose 3.2% to $206bn, leaving a trade surplus of $96bn, up from about $78bn a year earlier.");
        let surplus: Vec<_> = found.iter().filter(|s| s.1 == "$96bn").collect();
        assert_eq!(surplus.len(), 1, "{found:?}");
        assert_eq!(surplus[0].2, None, "{found:?}");
    }

    #[test]
    fn a_premium_sets_the_price_against_the_price_it_is_measured_from() {
        let pick = |text: &str| read(text).into_iter().map(|s| (s.0.unwrap_or_default(), s.1, s.4)).collect::<Vec<_>>();
        assert_eq!(
            pick("Carlyle is offering 520p a share, a premium of 43% to Pennant's closing price of 388p on Friday."),
            [("388p".to_string(), "520p".to_string(), Tie::Sentence)]
        );
        assert_eq!(
            pick("The offer of $54.20 a share represents a premium of about 26% over Friday's close of $43.10."),
            [("$43.10".to_string(), "$54.20".to_string(), Tie::Sentence)]
        );
        assert_eq!(
            pick("The shares are priced at 95p, a discount of 40% to the closing price of 158p."),
            [("158p".to_string(), "95p".to_string(), Tie::Sentence)]
        );
        // A premium without a price measured from, or over a figure of another unit.
        assert!(pick("It paid £2.1bn, a premium of 43% for control of the group.").is_empty());
        assert!(pick("It paid 520p a share, a premium of 43% to the 1.2m shares traded.").is_empty());
    }

    #[test]
    fn a_comparison_sets_the_like_figures_either_side_of_it() {
        let found = read("Pernod - at 7.5bn euros ($9.7bn) - is about 9% smaller than Allied Domecq, which has a capitalisation of £5.7bn ($10.7bn; 8.2bn euros).");
        let compared: Vec<_> = found.iter().filter(|s| s.4 == Tie::Loose).collect();
        assert_eq!(compared.len(), 1, "{found:?}");
        assert_eq!((compared[0].0.as_deref(), compared[0].1.as_str()), (Some("8.2bn euros"), "7.5bn euros"));
        // No like figure before it: the subject is the one of the sentence before.
        let found = read("The gap hit a high of $671.7bn in 2004.\n\nThe deficit for last year was 24.4% above the previous record - 2003's imbalance of $496.5bn.");
        assert_eq!(
            (found[0].0.as_deref(), found[0].1.as_str(), found[0].4),
            (Some("$496.5bn"), "$671.7bn", Tie::Loose)
        );
        // Two like figures after it: which one is the base is a guess.
        assert!(read("Shares were 5% higher than at the start of the year, at 1,200, while the index was 2,000.")
            .iter()
            .all(|s| s.4 != Tie::Loose));
    }

    #[test]
    fn a_multiple_followed_by_two_like_figures_has_them_for_its_ends() {
        let found = read("We have already doubled the length of maternity pay, it was 13 weeks when we were elected, we have already taken it up to 26 weeks.");
        assert_eq!(
            (found[0].0.as_deref(), found[0].1.as_str(), found[0].3, found[0].4),
            (Some("13"), "26", Some(2.0), Tie::Loose)
        );
        let found =
            read("The council has doubled its budget: it was £40,000 two years ago and it is £80,000 this year.");
        assert_eq!((found[0].0.as_deref(), found[0].1.as_str()), (Some("£40,000"), "£80,000"));
        // The two like figures of the next sentence, when the multiple's own has none.
        let found = read("The number of rough sleepers in the city has halved in four years.\n\nThe count found 86 rough sleepers in November 2019 and 43 last autumn.");
        assert_eq!((found[0].0.as_deref(), found[0].1.as_str(), found[0].4), (Some("86"), "43", Tie::Loose));
        // "was … is": as firm as "from … to".
        let found = read("The trust has tripled its budget: it was £2.1m in 2021 and is £6.3m this year.");
        assert_eq!(found[0].4, Tie::Sentence);
        // Not about the multiple's subject, nor across a semicolon, nor two things.
        assert!(read("The firm's profits have doubled in five years.\n\nIt employed 300 people in 2019 and 600 now.")
            .is_empty());
        assert!(read("Profits have tripled since 2019, when staff numbers were 300; there are now 450.").is_empty());
        assert!(read("Profits have doubled since 2020, when it had 40 shops, and it now has 80 staff.").is_empty());
        // A fall after a rising multiple is no pair of its ends.
        assert!(read("Prices have doubled, with a loaf at £1.10 and a pint of milk at £0.95.").is_empty());
    }

    #[test]
    fn the_level_is_the_part_not_the_whole_it_is_out_of() {
        let found = read("Women now hold 6 of the board's 16 seats, or 38%, up from 4 seats five years ago.");
        assert_eq!((found[0].0.as_deref(), found[0].1.as_str()), (Some("4"), "6"));
    }

    #[test]
    fn a_start_that_points_back_to_the_sentence_before() {
        let found = read("The jobless rate climbed to 5.4% in March. That was up from 4.9% in February.");
        assert_eq!((found[0].0.as_deref(), found[0].1.as_str()), (Some("4.9%"), "5.4%"));
        // Not without the pointing word, nor when the level before is itself a start.
        assert!(read("The rate climbed to 5.4% in March. Prices were up from 4.9% in February.").is_empty());
    }

    #[test]
    fn so_opens_a_clause() {
        // "3" closed stores is not where the count rose to from 601.
        let found = read("It closed 3 underperforming stores in the period, so its store count rose by 11 from 601.");
        assert!(found.iter().all(|f| f.1 != "3"), "{found:?}");
    }

    #[test]
    fn an_aside_between_dashes_stays_in_its_clause() {
        assert!(tokens_pair_in_clause("Shares sank 14.87% - or $1.83 - to close at $10.48 on the news.", 1, 2));
        assert!(!tokens_pair_in_clause("The firm employs 2,300 people - it will cut 450 jobs.", 0, 1));
    }

    fn tokens_pair_in_clause(text: &str, i: usize, j: usize) -> bool {
        let options = Options::default();
        let segments = crate::text::Segments::new(text);
        let ms = crate::mention::extract(text, &segments);
        let cx = Article::new(text, &segments, &ms, &options, text.len());
        same_clause(&cx, i, j)
    }

    #[test]
    fn from_and_to_with_adjuncts_and_a_percentage() {
        let found = read("It fell from 12,400 in 2022 to 10,540 last year, a drop of 18%.");
        assert_eq!(found, [(Some("12,400".into()), "10,540".into(), Some("18%".into()), None, Tie::Sentence)]);
    }

    #[test]
    fn business_wire_shapes() {
        let found = read("Revenue was 10bn euros, up 8.1% from 9.26bn euros in 2003.");
        assert_eq!(found[0].0.as_deref(), Some("9.26bn euros"));
        assert_eq!(found[0].1, "10bn euros");
        assert_eq!(found[0].2.as_deref(), Some("8.1%"));
        let found = read("It reported a 52% rise in profits for the year to £198m from the £130m seen a year earlier.");
        assert_eq!(
            (found[0].0.as_deref(), found[0].1.as_str(), found[0].2.as_deref()),
            (Some("£130m"), "£198m", Some("52%"))
        );
        let found = read("Net income was $361.2m, compared with $285.7m, an increase of 26.4%.");
        assert_eq!((found[0].0.as_deref(), found[0].1.as_str()), (Some("$285.7m"), "$361.2m"));
    }

    #[test]
    fn multiples_beside_and_between() {
        let found = read("Cases doubled in a week, from 340 to 680.");
        assert_eq!(found[0].3, Some(2.0));
        let found = read("The tunnel cost £1.9bn, almost four times the original estimate of £490m.");
        assert_eq!((found[0].0.as_deref(), found[0].1.as_str(), found[0].3), (Some("£490m"), "£1.9bn", Some(4.0)));
    }

    #[test]
    fn a_multiple_whose_subject_points_to_the_sentence_before() {
        let text = "Farmers expect to harvest 3.1 million tonnes of grain this year.\n\n\
                    That would be only half as much as the 4.2 million tonnes gathered last year.";
        let found = read(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            (found[0].0.as_deref(), found[0].1.as_str(), found[0].3, found[0].4),
            (Some("4.2 million tonnes"), "3.1 million tonnes", Some(0.5), Tie::Pointed)
        );
        // Two candidates before: no guess.
        let text = "They harvested 3.1 million tonnes of wheat and 2.2 million tonnes of barley.\n\n\
                    That is half as much as the 4.2 million tonnes of last year.";
        assert!(read(text).is_empty(), "{:?}", read(text));
    }

    #[test]
    fn each_company_s_change_is_linked_by_its_name() {
        // "Biogen Idec" and "Biogen" are one name; "Ireland-based" is not one; "Elan" opening
        // its sentence is whose, not what is measured.
        let text = "On the New York Stock Exchange, shares in Ireland-based Elan lost 70% while US partner \
                    Biogen Idec shed 43%.\n\nThe firms took action after a death.\n\n\
                    Elan finished down $18.90 at $8, while Biogen fell $28.63 to $38.65.";
        let found: Vec<_> = read(text).into_iter().map(|f| (f.1, f.2, f.4)).collect();
        assert_eq!(
            found,
            vec![
                ("$8".to_string(), Some("70%".to_string()), Tie::Linked),
                ("$38.65".to_string(), Some("43%".to_string()), Tie::Linked)
            ]
        );
    }

    #[test]
    fn a_change_stated_paragraphs_away_is_linked_by_its_subject() {
        let text = "Heineken saw its annual profits drop 33%.\n\nOther brewers did better.\n\n\
                    Heineken's net income fell to 537m euros, from 798m euros a year ago.";
        let found = read(text);
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].2.as_deref(), found[0].4), (Some("33%"), Tie::Linked));
    }

    #[test]
    fn a_subject_is_measured_by_its_predicate() {
        let text = "By Tuesday, 38 people had been confirmed dead and at least 20 were still missing.";
        let options = Options::default();
        let segments = crate::text::Segments::new(text);
        let ms = crate::mention::extract(text, &segments);
        let cx = Article::new(text, &segments, &ms, &options, text.len());
        let of = |i: usize| measured(&cx, cx.tokens().of(i));
        assert!(of(0).contains(&"dead".to_string()), "{:?}", of(0));
        // Not "dead" from the clause before "and", nor "least" from its hedge.
        assert_eq!(of(1), vec!["missing".to_string()]);
    }

    #[test]
    fn twice_a_year_earlier_is_a_multiple_and_a_name_s_change_is_its_own() {
        let text = "Pre-tax profit rose to £10m from £4m, twice a year earlier.";
        let options = crate::Options::default();
        let segments = crate::text::Segments::new(text);
        let ms = crate::mention::extract(text, &segments);
        let cx = Article::new(text, &segments, &ms, &options, text.len());
        assert!(statements(&cx).iter().any(|s| s.multiple.is_some()), "{:?}", statements(&cx));
        let text = "Applications rose by 700 to 115,730, driven by China, up 3%, and India, up 4%.";
        let segments = crate::text::Segments::new(text);
        let ms = crate::mention::extract(text, &segments);
        let cx = Article::new(text, &segments, &ms, &options, text.len());
        assert!(statements(&cx).iter().all(|s| s.percent.is_none()), "{:?}", statements(&cx));
    }
}
