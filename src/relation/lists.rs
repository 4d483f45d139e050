//! Breakdowns: a total and the parts a sentence lists of it, read as one structure.
//!
//! "won 18, drew 7 and lost 7 of their 30 games"; "Of the 150 seats, the Liberals won 62,
//! the Social Democrats 48, …"; "57,470 casualties – 19,240 dead, 35,494 wounded and 2,736
//! missing"; "540 pupils: 290 girls and 270 boys"; "87 people, of whom 52 were
//! discharged…"; "24 appliances, including 15 from the county brigade and 9 from
//! neighbouring services". The parts are a run of like figures in one sentence, joined by
//! commas and "and"; the total is a like figure that introduces them, closes them ("of
//! their 30 games"), counts the games a record of results breaks down ("from their 30
//! matches after winning 18, drawing seven and losing five"), or stands a few sentences
//! before when the list points back to it ("Of those who took it, …", "the remaining 310")
//! or names it as its subject ("The incidents broke down as follows: …").
//!
//! A list may also run into the next sentence when the rest opens it ("… and doctors for
//! 1,240. The remaining 4,410 are …"); items after semicolons are items, whatever words
//! describe them; and a total may be tied to the parts of the next sentences by nothing but
//! their exact sum (`sums`: such a breakdown only ever confirms).
//!
//! Two facts about a breakdown decide what its sum may be held to:
//! - **exhaustive**: the parts claim to cover the total ("the remaining 16"; won, drawn and
//!   lost; girls and boys; a colon or dash after the total), so a shortfall is an error too;
//! - **exclusive**: the parts are parallel — one category each ("were waders", "were ducks",
//!   "were gulls"; "for injuries", "for infections"; one name each) — so they cannot overlap,
//!   and a sum above the total is an error. "31 were British and 19 were women" is not: a
//!   nationality and a sex overlap, and their sum may exceed the 48 on board.

use crate::article::Article;
use crate::lexicon::{self, nouns};
use crate::mention::{Kind, Mention};
use crate::relation::changes::{base_value, comparable, is_duration};
use crate::relation::near;
use crate::text::Ends as _;
use crate::text::Lower as _;
use crate::token::Token;

/// One breakdown.
#[derive(Clone, Debug, PartialEq)]
pub struct Breakdown {
    pub total: usize,
    pub parts: Vec<usize>,
    pub exhaustive: bool,
    pub exclusive: bool,
    /// "including": the parts are some of the total, not all of it.
    pub partial: bool,
    /// The total stands in an earlier sentence.
    pub far: bool,
    /// The words declare the parts a division of a total stated in an earlier sentence:
    /// "412 serious incidents" … "The incidents broke down as follows: …".
    pub declared: bool,
    /// Only the sum ties the parts to the total: they follow it in the next sentences and
    /// add up to it (see `sums`). Such a breakdown can confirm, never contradict.
    pub by_sum: bool,
    /// The list opens by pointing back ("Of the dead, 51 …", "Of those, …") and its total
    /// is the one earlier figure it can be a part of: as firm a tie as a total in the
    /// list's own sentence.
    pub anchored: bool,
}

/// Sets of words that divide a whole between them: if every part is named by words of one
/// set, the parts cannot overlap, and when every member is named they cover the whole.
const COMPLEMENTS: &[&[&str]] = &[
    &[
        "won",
        "win",
        "wins",
        "winning",
        "drew",
        "drawn",
        "draw",
        "draws",
        "drawing",
        "lost",
        "lose",
        "losses",
        "losing",
        "defeats",
        "victories",
    ],
    &["yes", "no", "abstained", "abstentions", "abstain", "undecided", "spoiled", "spoilt"],
    &["for", "against", "favour", "favor", "abstained", "spoiled", "spoilt", "abstentions"],
    &["girls", "boys"],
    &["men", "women"],
    &["male", "female", "males", "females"],
    &["gold", "silver", "bronze"],
    &["killed", "dead", "died", "wounded", "injured", "missing"],
    &["passed", "failed", "resit"],
];

/// Words that end a part's descriptor search.
const FILLER: &[&str] = &[
    "were", "was", "are", "is", "had", "have", "has", "be", "been", "the", "a", "an", "being", "alone", "now", "just",
];

/// The first words after a part, fillers skipped ("were", "the"), or its noun.
fn words_after(cx: &Article<'_>, i: usize) -> Vec<(String, bool)> {
    let toks = &cx.tokens().all;
    let at = cx.tokens().of(i);
    let Some(sentence) = toks.get(at).map(|t| t.sentence) else { return Vec::new() };
    let m = &cx.mentions[i];
    if let Some(noun) = &m.noun {
        return vec![(noun.lower(), noun.starts_with(|c: char| c.is_uppercase()))];
    }
    toks.get(at + 1..)
        .unwrap_or(&[])
        .iter()
        .take_while(|t| t.sentence == sentence && t.is_word())
        .map(|t| t.text(cx.text))
        .filter(|w| !lexicon::contains(FILLER, w))
        .take(2)
        .map(|w| (w.lower(), w.starts_with(|c: char| c.is_uppercase())))
        .collect()
}

/// What distinguishes each part from the others: its first word after it that the others
/// do not all share ("22 voted yes, 15 voted no" → "yes", "no"), or a name before it ("the
/// Liberals won 62").
fn descriptors(cx: &Article<'_>, parts: &[usize]) -> Vec<Option<(String, bool)>> {
    let after: Vec<Vec<(String, bool)>> = parts.iter().map(|&p| words_after(cx, p)).collect();
    let shared = |w: &str| after.iter().filter(|ws| ws.iter().any(|(x, _)| x == w)).count() > 1 && after.len() > 2;
    parts
        .iter()
        .zip(&after)
        .map(|(&p, ws)| {
            ws.iter().find(|(w, _)| !shared(w)).or(ws.first()).cloned().or_else(|| {
                let toks = &cx.tokens().all;
                let at = cx.tokens().of(p);
                let sentence = toks.get(at)?.sentence;
                toks[..at]
                    .iter()
                    .rev()
                    .take_while(|t| t.sentence == sentence && t.is_word())
                    .take(4)
                    .find(|t| t.text(cx.text).starts_with(|c: char| c.is_uppercase()))
                    .map(|t| (t.text(cx.text).lower(), true))
            })
        })
        .collect()
}

/// Whether the parts are parallel: one complementary set, one preposition, names, or words
/// of one shape (all verbs in -ed, all lower-case nouns, all capitalised).
fn exclusive(cx: &Article<'_>, parts: &[usize]) -> (bool, bool) {
    let descriptors = descriptors(cx, parts);
    let words: Vec<&str> = descriptors.iter().flatten().map(|(w, _)| w.as_str()).collect();
    // Verbs before each part count too: "won 18, drew 7 and lost 7".
    let verbs: Vec<String> = parts
        .iter()
        .filter_map(|&p| {
            let toks = &cx.tokens().all;
            let at = cx.tokens().of(p);
            at.checked_sub(1).and_then(|k| toks.get(k)).filter(|t| t.is_word()).map(|t| t.text(cx.text).lower())
        })
        .collect();
    // Every word after each part, for the complementary sets ("were in favour", "against").
    let after: Vec<Vec<String>> =
        parts.iter().map(|&p| words_after(cx, p).into_iter().map(|(w, _)| w).collect()).collect();
    for set in COMPLEMENTS {
        let covers = |ws: &[&str]| ws.len() == parts.len() && ws.iter().all(|w| lexicon::contains(set, w));
        let verb_refs: Vec<&str> = verbs.iter().map(String::as_str).collect();
        let after_refs: Vec<&str> =
            after.iter().filter_map(|ws| ws.iter().find(|w| lexicon::contains(set, w)).map(String::as_str)).collect();
        if covers(&words) || covers(&verb_refs) || covers(&after_refs) {
            let named: Vec<&str> = if covers(&words) {
                words.clone()
            } else if covers(&verb_refs) {
                verb_refs
            } else {
                after_refs
            };
            // Every member of the set named: the parts cover the whole. (Not men and women: a
            // toll of people may count children too.)
            let adults = lexicon::contains(set, "men") || lexicon::contains(set, "male");
            let complete =
                !adults && set.iter().filter(|w| named.contains(w)).count() >= 2 && named.len() >= set.len().min(3);
            return (true, complete);
        }
    }
    // ("840 built before 1950 and 610 not connected to mains gas": a negation or an adverb
    // describes a property, not a category of its own.)
    if words.len() != parts.len()
        || words.iter().any(|w| lexicon::contains(&["not", "also", "still", "already", "only"], w))
    {
        return (false, false);
    }
    let prepositions = ["from", "in", "at", "for", "of", "on", "by", "with", "to"];
    let all_prep = words.iter().all(|w| prepositions.contains(w)) && words.windows(2).all(|p| p[0] == p[1]);
    let shapes: Vec<u8> = descriptors
        .iter()
        .flatten()
        .map(|(w, capital)| {
            if *capital {
                0
            } else if w.ends_with("ed") {
                1
            } else {
                2
            }
        })
        .collect();
    // "28 will be merged, 22 will stay and 14 will be cut": after one modal each, the
    // descriptors are verbs of one tense whatever their endings — fates, one per part.
    let modal = ["will", "would", "shall", "must"];
    let fates = after.iter().all(|ws| ws.first().is_some_and(|w| modal.contains(&w.as_str())))
        && shapes.iter().all(|&s| s != 0);
    let one_shape = fates || shapes.windows(2).all(|p| p[0] == p[1]);
    let distinct = {
        let mut w = words.clone();
        crate::sort::sort(&mut w);
        w.dedup();
        w.len() == words.len()
    };
    (all_prep || (one_shape && distinct), false)
}

/// Words between a total and its first part that introduce a breakdown.
const INTRODUCERS: &[&str] = &[
    "whom",
    "including",
    "include",
    "includes",
    "included",
    "split",
    "divided",
    "comprise",
    "comprises",
    "comprising",
    "consist",
    "consists",
    "consisting",
    "break",
    "breaks",
    "broken",
];

/// Separators allowed between two parts of a list.
fn joins_parts(cx: &Article<'_>, a: usize, b: usize) -> bool {
    let toks = &cx.tokens().all;
    let (x, y) = (cx.tokens().of(a), cx.tokens().of(b));
    let between = toks.get(x + 1..y).unwrap_or(&[]);
    // "A total of 86 people were taken to hospital after the fire at the tower block, of
    // whom 41 …": "of whom" or "including" right before the part reaches further back.
    let introduced = between.len() >= 2
        && between[between.len() - 2..]
            .iter()
            .any(|t| t.is_word() && lexicon::contains(&["whom", "including"], t.text(cx.text)));
    // "£1.2bn for road schemes, including upgrades to the A66 and A628; £870m for rail": a
    // semicolon right before the next item closes a long description of the last.
    let semicolon_item = between.iter().rev().take(3).any(|t| t.punct() == Some(';'));
    if between.len() > if introduced || semicolon_item { 30 } else { 14 } {
        return false;
    }
    // "620 pupils: 334 girls", "57,470 casualties – 19,240 dead": a total and its first part.
    if between.iter().any(|t| matches!(t.punct(), Some(':' | '–' | '—' | '-' | ';'))) {
        return true;
    }
    // "5,400 staff are split between its headquarters, which has 2,150 employees": words that
    // introduce a breakdown carry it past a clause boundary.
    let between_refs: Vec<&Token> = between.iter().collect();
    if between.iter().any(|t| t.is_word() && lexicon::contains(INTRODUCERS, t.text(cx.text)))
        || declares(cx, &between_refs)
    {
        return true;
    }
    // "including £45m for Ryan Ellis, leaving a net outlay of £55m": a verb of result
    // followed by a noun of its own names another quantity; right before the figure it
    // names the rest ("…, leaving 465").
    if let Some(v) = between.iter().position(|t| t.is_word() && lexicon::contains(RESULT_VERBS, t.text(cx.text))) {
        let own_noun = between[v + 1..].iter().any(|t| {
            t.is_word()
                && !lexicon::contains(
                    &["just", "only", "about", "around", "up", "to", "some", "nearly", "almost"],
                    t.text(cx.text),
                )
        });
        if own_noun {
            return false;
        }
    }
    // Within the list, commas and "and" separate items, not clauses ("…, 1,870 workers, and
    // 1,380 people"); a bracket does.
    if between.iter().any(|t| matches!(t.punct(), Some('(' | ')'))) {
        return false;
    }
    between.iter().any(|t| {
        t.punct() == Some(',')
            || t.punct() == Some(';')
            || (t.is_word() && lexicon::contains(&["and", "while", "with", "plus"], t.text(cx.text)))
    })
}

/// Words before a total that introduce its breakdown in another sentence, or a list that
/// points back to one.
fn points_back(cx: &Article<'_>, first_part: usize) -> bool {
    let toks = &cx.tokens().all;
    let at = cx.tokens().of(first_part);
    let sentence = toks[at].sentence;
    let start = toks.partition_point(|t| t.sentence < sentence);
    // Only the sentence's first words count ("Of those who took it", "The bulk of the
    // money"): a bounded look, however long the sentence.
    let head = toks.get(start..at.min(start + 6)).unwrap_or(&[]);
    let opening: Vec<&str> = head.iter().take(3).filter(|t| t.is_word()).map(|t| t.text(cx.text)).collect();
    matches!(opening.first(), Some(w) if w.eq_ignore_ascii_case("of"))
        || head.iter().any(|t| t.is_word() && t.text(cx.text).eq_ignore_ascii_case("bulk"))
}

/// Verbs by which a writer declares a list a division of its whole: "split between", "made
/// up of", "broke down as follows", "comprises".
const DECLARES: &[&str] = &[
    "split",
    "divided",
    "break",
    "breaks",
    "broke",
    "broken",
    "comprise",
    "comprises",
    "comprised",
    "consist",
    "consists",
    "consisted",
];

/// Whether tokens declare a division: a verb of `DECLARES`, or "made up" ("made the
/// crossing" is no division).
fn declares(cx: &Article<'_>, toks: &[&Token]) -> bool {
    toks.iter().any(|t| t.is_word() && lexicon::contains(DECLARES, t.text(cx.text)))
        || toks.windows(2).any(|w| {
            w[0].is_word()
                && w[0].text(cx.text).eq_ignore_ascii_case("made")
                && w[1].is_word()
                && w[1].text(cx.text).eq_ignore_ascii_case("up")
        })
}

/// The subject noun (singular) of a sentence that opens "The incidents broke down as
/// follows:" or "The 412 … were split between" before its first part: "The", at most one
/// modifier, the noun, then a verb of dividing; and a colon or that verb right before the
/// first part's stretch.
fn declared_subject(cx: &Article<'_>, first_part: usize) -> Option<(String, bool)> {
    let toks = &cx.tokens().all;
    let at = cx.tokens().of(first_part);
    let sentence = toks[at].sentence;
    let start = toks.partition_point(|t| t.sentence < sentence);
    let head = toks.get(start..at)?;
    if head.len() > 12 || !head.first().is_some_and(|t| t.is_word() && t.text(cx.text).eq_ignore_ascii_case("the")) {
        return None;
    }
    // ("The count was made up of 1,362 adults and 595 pups": "made up" declares it too.)
    let made_up = |k: usize| {
        head[k].text(cx.text).eq_ignore_ascii_case("made")
            && head.get(k + 1).is_some_and(|t| t.is_word() && t.text(cx.text).eq_ignore_ascii_case("up"))
    };
    // ("The figure included £9.1m for night shifts and £6.4m for cover": some of it.)
    let includes = |k: usize| lexicon::contains(&["included", "includes", "include"], head[k].text(cx.text));
    let verb = (0..head.len()).find(|&k| {
        head[k].is_word() && (lexicon::contains(DECLARES, head[k].text(cx.text)) || made_up(k) || includes(k))
    })?;
    let partial = includes(verb);
    // "The incidents broke", "The serious incidents broke", "The incidents were split".
    let before_verb: Vec<&Token> = head[1..verb].iter().filter(|t| t.is_word()).collect();
    let noun = match before_verb.as_slice() {
        [.., n, aux] if lexicon::contains(&["were", "are", "was", "is"], aux.text(cx.text)) => n,
        [.., n] => n,
        [] => return None,
    };
    if before_verb.len() > 3 {
        return None;
    }
    let colon = head.iter().any(|t| t.punct() == Some(':'));
    let divided_right_before = head[verb..].iter().filter(|t| t.is_word()).count() <= 4;
    // (Only a word that stands for a figure may include parts: "The incidents included" is
    // a list of examples.)
    if partial && !lexicon::contains(FIGURE_SUBJECTS, &nouns::singular(noun.text(cx.text))) {
        return None;
    }
    (colon || divided_right_before).then(|| (nouns::singular(noun.text(cx.text)), partial))
}

/// A figure that qualifies the noun before it: "children under 16", "aged 65 or over".
fn attribute(cx: &Article<'_>, i: usize) -> bool {
    let toks = &cx.tokens().all;
    let m = &cx.mentions[i];
    let at = cx.tokens().of(i);
    let phrase = m.phrase_start() as u32;
    let before = toks[..at].iter().rev().find(|t| t.start < phrase);
    let aged = before
        .is_some_and(|t| t.is_word() && lexicon::contains(&["aged", "age", "ages", "over", "under"], t.text(cx.text)));
    let after_noun = before.is_some_and(|t| t.is_word()) && m.qualifier.is_some() && m.noun.is_none();
    aged || after_noun
}

fn is_part_candidate(cx: &Article<'_>, i: usize) -> bool {
    let m = &cx.mentions[i];
    // "a six-cylinder engine" describes, it does not count; "its 25,000-strong workforce",
    // "the 60-seat authority", "a 28-man squad" do count.
    let rest = cx.text.get(m.span.end..).unwrap_or("");
    if let Some(compound) = rest.strip_prefix('-') {
        let word: String = compound.chars().take_while(|c| c.is_alphabetic()).collect();
        if !word.is_empty()
            && !["strong", "seat", "seater", "member", "man", "woman", "person"].contains(&word.lower().as_str())
        {
            return false;
        }
    }
    // ("an average of 54 per boat" is a rate, no part.)
    let rate = near::is_any(cx, cx.tokens().of(i) + 1, &["per", "each", "apiece"]);
    // ("scored 71 goals and conceded 34, a goal difference of +37": a gap between two
    // figures is no part beside them.)
    let at = cx.tokens().of(i);
    let gap = near::is(cx, at.wrapping_sub(1), "of")
        && near::is_any(
            cx,
            at.wrapping_sub(2),
            &["difference", "gap", "lead", "margin", "deficit", "surplus", "majority"],
        );
    !rate
        && !gap
        && matches!(m.kind, Kind::Count | Kind::Money | Kind::Percent)
        && m.value.is_some()
        && m.values.is_empty()
        && !is_duration(cx, i)
        && cx.frames()[i].is_level()
}

/// How many sentences back a total may stand from a list that points back to it.
const TOTAL_REACH: usize = 6;
/// How many figures back a total of another sentence is looked for.
const MAX_BACK: usize = 40;
/// The longest list read.
const MAX_PARTS: usize = 12;

/// Every breakdown in the article.
pub fn breakdowns(cx: &Article<'_>) -> Vec<Breakdown> {
    let ms = cx.mentions;
    let mut out = Vec::new();
    let mut i = 0;
    while i < ms.len() {
        if !is_part_candidate(cx, i) {
            i += 1;
            continue;
        }
        // The run of like figures joined as a list.
        let mut parts = vec![i];
        let mut j = i + 1;
        while j < ms.len() && parts.len() < MAX_PARTS {
            let last = *parts.last().unwrap_or(&i);
            // A date or an ordinal inside the list's sentence is stepped over ("619 patients
            // … in its first week: 402 for injuries, …").
            // (So is a designator: "upgrades to the A66; £870m for rail".)
            if ms[j].sentence == ms[i].sentence
                && matches!(ms[j].kind, Kind::Ordinal | Kind::Year | Kind::Date | Kind::Other)
            {
                j += 1;
                continue;
            }
            // An attribute of the part before it ("9,700 children under 16", "people aged 65
            // or over") is stepped over too.
            if ms[j].sentence == ms[i].sentence && attribute(cx, j) {
                j += 1;
                continue;
            }
            // So is a share set between commas after a part: "Men accounted for 3,713 of the
            // deaths, about two-thirds, and women for 1,835".
            let share = matches!(ms[j].kind, Kind::Percent | Kind::Fraction);
            if ms[j].sentence == ms[i].sentence && share && !matches!(ms[i].kind, Kind::Percent | Kind::Fraction) {
                // (", about two-thirds,": a hedge the reader did not join to a fraction.)
                let t = cx.tokens().of(j);
                let hedge = near::word(cx, t.wrapping_sub(1))
                    .is_some_and(|w| lexicon::lookup(lexicon::hedges::HEDGES, w).is_some());
                let opens = near::is_punct(cx, t.wrapping_sub(1 + usize::from(hedge)), ',');
                let after = cx.text.get(ms[j].span.end..).unwrap_or("").trim_start();
                let apposed = opens && after.starts_with(',');
                if apposed {
                    j += 1;
                    continue;
                }
            }
            // "250 are nurses, 180 of whom work part-time": a part of the part before, not
            // another part of the total; so is one "including" after the list began ("38
            // passengers and three crew members, including two drivers"). "and damaged 41
            // more" adds to the total, and a dash after the list began closes it ("14 medals
            // – five gold, four silver and five bronze – taking their tally to 29").
            let t = cx.tokens().of(j);
            if near::is(cx, t + 1, "of") && near::is_any(cx, t + 2, &["whom", "which", "them", "these", "those"]) {
                break;
            }
            if near::is_any(cx, t + 1, &["more", "others"]) {
                break;
            }
            if parts.len() >= 2 && ms[j].sentence == ms[last].sentence {
                let between = (cx.tokens().of(last) + 1)..t;
                let closes = between.clone().any(|k| {
                    near::is_any(cx, k, &["including", "among"])
                        || (near::tok(cx, k).is_some_and(|x| matches!(x.punct(), Some('–' | '—')))
                            || (near::is_punct(cx, k, '-')
                                && near::tok(cx, k).is_some_and(|x| {
                                    cx.text.get(x.end as usize..).is_some_and(|r| r.starts_with(' '))
                                })))
                });
                if closes {
                    break;
                }
            }
            // "Nurses account for 3,870 of them and doctors for 1,240. The remaining 4,410
            // are …": the rest, opening the next sentence, closes the list.
            let rest_next = ms[j].sentence == ms[last].sentence + 1 && parts.len() >= 2 && rest_opens(cx, j);
            if (ms[j].sentence != ms[i].sentence && !rest_next)
                || !is_part_candidate(cx, j)
                || !comparable(&ms[i], &ms[j])
                || !(rest_next || joins_parts(cx, last, j))
            {
                break;
            }
            parts.push(j);
            j += 1;
        }
        if let Some(b) = read_breakdown(cx, &parts) {
            out.push(b);
        }
        i = j.max(i + 1);
    }
    let mut taken = vec![false; ms.len()];
    for b in &out {
        taken[b.total] = true;
        b.parts.iter().for_each(|&p| taken[p] = true);
    }
    out.extend(sums(cx, &taken));
    out
}

/// Whether figure `i` opens its sentence as the rest of a list: "The remaining 4,410",
/// "The rest, 4,410,".
fn rest_opens(cx: &Article<'_>, i: usize) -> bool {
    let at = cx.tokens().of(i);
    let start = near::sentence_tokens(cx, cx.mentions[i].sentence).start;
    at - start <= 3 && (start..at).any(|k| near::is_any(cx, k, &["remaining", "rest", "remainder"]))
}

/// How many sentences after a total its parts may stand when only their sum ties them.
const SUM_REACH: usize = 2;
/// How many sentences after a total its parts may stand when, besides their exact sum,
/// their sentence shares a content word with the total's ("The deficit for goods alone was
/// £4.6bn" … "The UK's deficit with the EU fell to £1.9bn …, while its non-EU shortfall
/// dropped to £2.7bn").
const SUM_FAR_REACH: usize = 6;
/// How many figures after a total are looked at for its parts.
const SUM_SCAN: usize = 40;
/// The longest run of parts tried.
const SUM_PARTS: usize = 5;

/// Totals broken down in the sentences after them, tied only because the parts add up:
/// "cut around 12,800 jobs" … "5,125 positions would go … Another 1,700 will go from its
/// sales department, 3,400 from business operations and 2,600 across legal …"; "repay $220m"
/// … "pay $100m now and another $120m over eight years"; "800 parents were warned" … "just
/// 24 issued, while attendance improved in 776 cases".
///
/// Reporters break a figure down in the next sentences without a word that says so; the
/// exact sum is the evidence. It is evidence only for agreement: parts that do not add up
/// were perhaps never parts, so these breakdowns confirm and never contradict. To keep a
/// coincidence from passing for a breakdown, the parts are a run of like figures (same
/// kind, unit and a noun that may count the total's thing), each smaller than the total,
/// beginning with the first such figure after it, in one sentence or two adjacent ones,
/// within `SUM_REACH` sentences (or `SUM_FAR_REACH` when exact and about the same thing);
/// the sum must equal the total, or fall within a hedge the total states ("around
/// 12,800"); a list that goes on is no breakdown; and small counts, whose sums coincide
/// easily, are left alone. Cost: at most `SUM_SCAN` figures looked at and `SUM_PARTS` + 1
/// kept per total.
fn sums(cx: &Article<'_>, taken: &[bool]) -> Vec<Breakdown> {
    let ms = cx.mentions;
    let mut out = Vec::new();
    let mut used = vec![false; ms.len()];
    for t in 0..ms.len() {
        let total = &ms[t];
        let Some(tv) = base_value(total) else { continue };
        if taken[t] || used[t] || !matches!(total.kind, Kind::Count | Kind::Money) || !is_part_candidate(cx, t) {
            continue;
        }
        if total.kind == Kind::Count && tv < 20.0 {
            continue;
        }
        // (Bounded in figures looked at, not only in figures kept: a pasted table is one
        // "sentence" of thousands.)
        let window: Vec<usize> = (t + 1..ms.len())
            .take(SUM_SCAN)
            .take_while(|&c| ms[c].sentence <= total.sentence + SUM_FAR_REACH)
            .filter(|&c| {
                !taken[c]
                    && !used[c]
                    && ms[c].kind == total.kind
                    && is_part_candidate(cx, c)
                    && comparable(total, &ms[c])
                    && (if total.kind == Kind::Money { nouns_link(total, &ms[c]) } else { named_alike(total, &ms[c]) })
                    && base_value(&ms[c]).is_some_and(|v| v > 0.0 && v < tv)
            })
            // (The runs tried begin at the first; one more tells whether the list goes on.)
            .take(SUM_PARTS + 1)
            .collect();
        // A list that goes on after the parts that happen to add up was not a breakdown of
        // this total: "in 22 countries" … "in 13 countries …, compared with … nine
        // countries …" … "in three countries were split" (13 + 9 = 22, but 25 in all).
        let goes_on = |parts: &[usize], next: Option<&usize>| {
            next.is_some_and(|&n| {
                let last = *parts.last().unwrap_or(&n);
                // ("The Conservatives took 18, the Liberal Democrats nine and independents
                // five": 18 + 9 = 27, Labour's seats, but the list goes on.)
                let same_noun = |p: usize| match (&ms[p].noun, &ms[n].noun) {
                    (Some(a), Some(b)) => nouns::singular(a) == nouns::singular(b),
                    _ => false,
                };
                (ms[n].sentence == ms[last].sentence && joins_parts(cx, last, n))
                    || (ms[n].sentence <= ms[last].sentence + 1 && parts.iter().any(|&p| same_noun(p)))
            })
        };
        // Parts beyond `SUM_REACH` must add up exactly, in a sentence about the same thing.
        let total_stems = std::cell::OnceCell::new();
        let reaches = |parts: &[usize]| {
            let last = ms[*parts.last().unwrap_or(&t)].sentence;
            last <= total.sentence + SUM_REACH || {
                let exact = parts.iter().filter_map(|&p| base_value(&ms[p])).sum::<f64>();
                let mine = total_stems.get_or_init(|| near::content_stems(cx, total.sentence));
                (exact - tv).abs() <= 1e-9 * tv.abs().max(1.0)
                    && near::shared(mine, &near::content_stems(cx, ms[parts[0]].sentence)) >= 1
            }
        };
        // The parts begin with the first like figure after the total: "14 branches …,
        // followed by … 11." "Nine branches … and the remaining five" is no breakdown of the
        // 14, though 9 + 5 = 14.
        let found = (2..=SUM_PARTS.min(window.len())).find_map(|n| {
            let parts = &window[..n];
            // (What a change leaves is a level; beside an amount taken away it is no part:
            // "755 diplomats must leave" … "reduced to 455" is no breakdown of "over 1,200
            // personnel". Levels side by side may be: "fell to £1.9bn, while … dropped
            // to £2.7bn".)
            // (The parts of one breakdown stand in one sentence or two adjacent ones.)
            let adjacent = ms[parts[n - 1]].sentence <= ms[parts[0]].sentence + 1;
            let results = parts.iter().filter(|&&p| cx.role(p).is_some_and(|r| r.role.is_result())).count();
            let parallel = results == 0 || results == parts.len();
            (parallel
                && adjacent
                && adds_up(total, parts.iter().map(|&p| &ms[p]))
                && !goes_on(parts, window.get(n))
                && reaches(parts))
            .then(|| parts.to_vec())
        });
        if let Some(parts) = found {
            used[t] = true;
            parts.iter().for_each(|&p| used[p] = true);
            let far = parts.iter().any(|&p| ms[p].sentence != total.sentence);
            out.push(Breakdown {
                total: t,
                parts,
                exhaustive: false,
                exclusive: false,
                partial: false,
                far,
                declared: false,
                by_sum: true,
                anchored: false,
            });
        }
    }
    out
}

/// Whether a part tied only by its sum may count the total's thing: no noun, or a noun
/// the lexicon links to the total's ("positions" for "jobs"). Stricter than `nouns_link`:
/// without words that declare a breakdown, an unknown noun is no evidence ("26 big power
/// stations" … "24 provinces").
fn named_alike(total: &Mention, part: &Mention) -> bool {
    match (&total.noun, &part.noun) {
        (_, None) => true,
        // (`link` says `Same` for one noun in two numbers.)
        (Some(w), Some(p)) => crate::relation::link(w, p).is_some() || lexicon::contains(ANY_THING, p),
        (None, Some(_)) => false,
    }
}

/// Nouns that count cases of whatever the sentence is about: "800 parents were warned" …
/// "just 24 issued, while attendance improved in 776 cases".
const ANY_THING: &[&str] = &["cases", "instances"];

/// How far within its hedge a sum may miss a hedged total and still be read as its parts:
/// "around 12,800" for 12,825 (0.2%), not "some 100" for 97 (a coincidence as often as not).
const HEDGED_SUM_SLACK: f64 = 0.01;

/// Whether parts add up to a total exactly, or within a hedge the total states (and within
/// `HEDGED_SUM_SLACK` of it).
fn adds_up<'m>(total: &Mention, parts: impl Iterator<Item = &'m Mention>) -> bool {
    use crate::interval::{hedged, Interval};
    let Some(tv) = base_value(total) else { return false };
    let sum: f64 = parts.map(|p| base_value(p).unwrap_or(f64::NAN)).sum();
    let scale = tv / total.value.unwrap_or(1.0).max(f64::MIN_POSITIVE);
    Interval::point(tv).meets(Interval::point(sum))
        || (total.qualifier.is_some()
            && (sum - tv).abs() <= HEDGED_SUM_SLACK * tv
            && hedged(total).scale(scale).meets(Interval::point(sum)))
}

/// The total of a run of parts, and what the words say about them.
fn read_breakdown(cx: &Article<'_>, run: &[usize]) -> Option<Breakdown> {
    let ms = cx.mentions;
    let toks = &cx.tokens().all;
    let text = cx.text;
    // A word as written ("" for a mark), compared case-blind: lower-casing each into a String
    // was most of this function's allocations.
    let word = |t: &Token| if t.is_word() { t.text(text) } else { "" };
    // The total introduces the run: "T X: a, b", "T X – a, b", "T X, of whom a, b",
    // "T X, including a and b", "Of the T X, a, b" — then it is the run's first figure.
    let first_tok = cx.tokens().of(run[0]);
    let second_tok = run.get(1).map(|&p| cx.tokens().of(p));
    let after_first: Vec<&Token> =
        toks.get(first_tok + 1..second_tok.unwrap_or(first_tok + 1)).unwrap_or(&[]).iter().collect();
    // A colon or a dash between words, not the hyphen of a compound ("its 25,000-strong
    // workforce, or roughly 2,000 jobs": no list).
    let glued = |t: &Token| {
        let (s, e) = (t.start as usize, t.end as usize);
        let before = text.get(..s).and_then(|b| b.last_char());
        let after = text.get(e..).and_then(|a| a.first_char());
        before.is_some_and(|c| !c.is_whitespace()) && after.is_some_and(|c| !c.is_whitespace())
    };
    let marks = |t: &Token| matches!(t.punct(), Some(':')) || matches!(t.punct(), Some('–' | '—' | '-')) && !glued(t);
    let introduces = after_first.iter().any(|t| marks(t))
        || after_first
            .windows(2)
            .any(|w| w[0].punct() == Some(',') && lexicon::contains(&["of", "including"], word(w[1])))
        || after_first.iter().any(|t| {
            lexicon::contains(
                &["including", "included", "includes", "include", "whom", "comprising", "between"],
                word(t),
            )
        })
        || declares(cx, &after_first);
    // "£1.2bn for road schemes, including upgrades to the A66; £870m for rail; …": a
    // semicolon after the first figure makes it an item of the list, and the words before
    // it describe that item; only a colon or dash before it still introduces the parts.
    let item_end = after_first.iter().position(|t| t.punct() == Some(';'));
    let introduces = match item_end {
        Some(k) => after_first[..k].iter().any(|t| marks(t)),
        None => introduces,
    };
    let partial = item_end.is_none()
        && after_first.iter().any(|t| lexicon::contains(&["including", "included", "includes", "include"], word(t)));
    let opens_of = {
        let start = toks.partition_point(|t| t.sentence < toks[first_tok].sentence);
        // ("Of those, 480 are for rent, 320 …": the pointer's whole is elsewhere.)
        first_tok - start <= 3
            && toks.get(start).is_some_and(|t| word(t).eq_ignore_ascii_case("of"))
            && toks[start + 1..first_tok].iter().all(|t| {
                let w = word(t).as_bytes();
                let ends = |s: &str| w.len() >= s.len() && w[w.len() - s.len()..].eq_ignore_ascii_case(s.as_bytes());
                // ("Of every £100 paid, £52 goes to …": the whole each share is of.)
                lexicon::contains(&["the", "its", "their", "all", "every", "each"], word(t)) || ends("'s") || ends("’s")
            })
    };
    if run.len() >= 3 && (introduces || opens_of) {
        let (total, parts) = (run[0], run[1..].to_vec());
        // A colon, a dash, "made up of", "split between", "break down as": the writer
        // declares the parts a partition of the total.
        let declared = after_first.iter().any(|t| marks(t)) || declares(cx, &after_first);
        return finish(cx, total, parts, partial, declared, false);
    }
    // "played 41, won 24, drawn 10, lost 7": the games played are the total.
    let verb_before =
        |p: usize| cx.tokens().of(p).checked_sub(1).and_then(|k| toks.get(k)).map(word).unwrap_or_default();
    if run.len() >= 3 && verb_before(run[0]).eq_ignore_ascii_case("played") {
        return finish(cx, run[0], run[1..].to_vec(), false, true, false);
    }
    // The total closes the run: "won 18, drew 7 and lost 7 of their 30 games".
    let last = *run.last()?;
    if let Some(next) = (last + 1 < ms.len()).then_some(last + 1) {
        let between = toks.get(cx.tokens().of(last) + 1..cx.tokens().of(next)).unwrap_or(&[]);
        let closes = between.first().is_some_and(|t| word(t).eq_ignore_ascii_case("of"))
            && between.len() <= 3
            && ms[next].sentence == ms[last].sentence;
        // "rounds of 68, 71, 69 and 66 for a total of 274": the words say the run adds up to
        // the figure after it. (Not a running total: "taking his tally to 150" counts
        // earlier games too.)
        // ("rounds of 70, 68 and 71, 209 in all". Not "making a total of 311 for the
        // season": a running total counts earlier games too.)
        let in_all = near::is(cx, cx.tokens().of(next) + 1, "altogether")
            || (near::is(cx, cx.tokens().of(next) + 1, "in") && near::is(cx, cx.tokens().of(next) + 2, "all"));
        let sums_to = ms[next].sentence == ms[last].sentence
            && between.len() <= 5
            && (in_all || between.iter().any(|t| lexicon::contains(&["total", "combined", "aggregate"], word(t))))
            && between.iter().all(|t| {
                matches!(t.punct(), Some(',' | '–' | '—' | '-'))
                    || lexicon::contains(&["for", "a", "an", "of", "total", "combined", "aggregate"], word(t))
            });
        // "31 points, hitting 11 of 19 shots, including 5 of 8": a box score's pairs are
        // parts of their own wholes, and a part that names another thing (points, not
        // shots) is no part of this total.
        let own_pair = run.iter().any(|&p| crate::relation::changes::is_whole_of_part(cx, p));
        let total_noun = ms[next].noun.as_deref().map(|n| nouns::singular(&n.lower()));
        let names_other = |p: usize| match (&ms[p].noun, &ms[next].noun) {
            (Some(a), Some(b)) => {
                !a.eq_ignore_ascii_case(b)
                    && crate::relation::link(a, b).is_none()
                    && nouns::singular(a) != nouns::singular(b)
            }
            // A plural right after an earlier part that the reader did not take for its noun
            // ("31 points,"): it still says what the part counts.
            (None, _) if p != last => toks.get(cx.tokens().of(p) + 1).is_some_and(|t| {
                let w = t.text(cx.text).lower();
                t.is_word()
                    && w.len() > 3
                    && w.ends_with('s')
                    && w.bytes().all(|b| b.is_ascii_lowercase())
                    && total_noun.as_deref() != Some(nouns::singular(&w).as_str())
            }),
            _ => false,
        };
        if (closes || sums_to)
            && run.len() >= 2
            && comparable(&ms[last], &ms[next])
            && !own_pair
            && !run.iter().any(|&p| names_other(p))
        {
            // "added a closing 67 to rounds of 68, 66 and 69 for a total of 270": the figure
            // added to the list is one of the parts the total sums.
            let added = run[0].checked_sub(1).filter(|&p| {
                let (a, b) = (cx.tokens().of(p), cx.tokens().of(run[0]));
                sums_to
                    && ms[p].sentence == ms[run[0]].sentence
                    && comparable(&ms[p], &ms[run[0]])
                    && b > a
                    && b - a <= 5
                    && (a + 1..b).any(|k| near::is(cx, k, "to"))
                    && (a.saturating_sub(4)..a).any(|k| near::is_any(cx, k, &["added", "adding", "adds", "add"]))
            });
            let parts: Vec<usize> = added.into_iter().chain(run.iter().copied()).collect();
            return finish(cx, next, parts, false, sums_to, false);
        }
    }
    // "61 points from their 30 matches after winning 18, drawing seven and losing five": a
    // record of results, complete, is a breakdown of the games the sentence counted before.
    if run.len() >= 2 {
        let s = ms[run[0]].sentence;
        // (Right before the record, one figure at most between: "61 points from their 30
        // matches after winning …"; not "has managed 300 games … and this season has won".)
        let first = cx.tokens().of(run[0]);
        let games = (0..run[0]).rev().take(2).take_while(|&t| ms[t].sentence == s).find(|&t| {
            ms[t].noun.as_deref().is_some_and(|n| lexicon::contains(GAMES, n))
                && comparable(&ms[t], &ms[run[0]])
                && first - cx.tokens().of(t) <= 5
        });
        if let Some(total) = games.filter(|_| exclusive(cx, run) == (true, true)) {
            return finish(cx, total, run.to_vec(), false, false, false);
        }
    }
    // The total in an earlier sentence, when the list points back ("Of those who took it,
    // 1,318 passed …, while the remaining 310 failed"; "The bulk of the money, £41m, …").
    let remaining = run.iter().any(|&p| {
        toks[..cx.tokens().of(p)]
            .iter()
            .rev()
            .take(2)
            .any(|t| lexicon::contains(&["remaining", "rest", "other"], word(t)))
    });
    // "412 serious incidents last year." … "The incidents broke down as follows: 208 …,
    // 121 … and 93 …": the list's sentence names the earlier total's noun as its subject
    // and declares the parts (a colon, "broke down", "were split"): the parts are all of it.
    if run.len() >= 2 {
        if let Some((subject, partial)) = declared_subject(cx, run[0]) {
            let s = ms[run[0]].sentence;
            let total = (0..run[0])
                .rev()
                .take(MAX_BACK)
                .take_while(|&t| ms[t].sentence + TOTAL_REACH >= s)
                .filter(|&t| ms[t].sentence < s)
                .find(|&t| {
                    is_part_candidate(cx, t)
                        && comparable(&ms[t], &ms[run[0]])
                        && ms[t].noun.as_deref().is_some_and(|n| nouns::singular(n) == subject)
                });
            // ("The money is split three ways: £1.2bn …" names the one earlier sum larger
            // than every part; with two such sums, which one is unknown.)
            // ("The count was made up of …", "The total comprised …" name the one earlier
            // level larger than every part, whatever it counted; a start it rose from is no
            // level: "4,806 incidents …, up from 4,512".)
            let total = total.or_else(|| {
                let money = lexicon::contains(MONEY_SUBJECTS, &subject) && ms[run[0]].kind == Kind::Money;
                if !money && !lexicon::contains(FIGURE_SUBJECTS, &subject) {
                    return None;
                }
                let largest = run.iter().filter_map(|&p| base_value(&ms[p])).fold(0.0, f64::max);
                let sums: Vec<usize> = (0..run[0])
                    .rev()
                    .take(MAX_BACK)
                    .take_while(|&t| ms[t].sentence + TOTAL_REACH >= s)
                    .filter(|&t| {
                        ms[t].sentence < s
                            && is_part_candidate(cx, t)
                            && comparable(&ms[t], &ms[run[0]])
                            && cx.frames()[t].is_level()
                            && base_value(&ms[t]).is_some_and(|v| v > largest)
                    })
                    .collect();
                match sums.as_slice() {
                    [one] => Some(*one),
                    _ => None,
                }
            });
            // "… split between 600 thefts and 400 assaults, with the rest minor offences":
            // the named parts are not all of it.
            let last = cx.tokens().of(*run.last()?);
            let rest_after = (last + 1..last + 12)
                .take_while(|&k| toks.get(k).is_some_and(|t| t.sentence == toks[last].sentence))
                .any(|k| {
                    toks[k].is_word()
                        && lexicon::contains(&["rest", "remainder", "others", "other"], toks[k].text(text))
                });
            if let Some(total) = total {
                return finish(cx, total, run.to_vec(), partial, partial || !rest_after, true);
            }
        }
    }
    // "There were 5,448 deaths …" … "Men accounted for 3,713 of the deaths and women for
    // 1,835": the two sexes divide the one total of the sentences before, and cannot
    // overlap. Fewer than the total may leave children out, so only a list that makes the
    // total or more is read.
    if split_by_sex(cx, run) && says_whose(cx, run) && !points_back(cx, run[0]) && !remaining {
        // (The one level: "5,448 deaths …, up 11% from 4,907 in 2022" offers 4,907 only as
        // last year's start.)
        let total =
            total_before(cx, run).filter(|&t| !larger_before(cx, run).any(|o| o != t && cx.frames()[o].is_level()));
        if let Some(total) = total {
            let sum: f64 = run.iter().filter_map(|&p| ms[p].value).sum();
            let reaches = adds_up(&ms[total], run.iter().map(|&p| &ms[p]))
                || ms[total].value.is_some_and(|t| sum > t && sum <= t * SEX_SPLIT_OVER);
            if reaches {
                let mut b = finish(cx, total, run.to_vec(), false, false, true)?;
                b.anchored = true;
                b.exhaustive = true;
                return Some(b);
            }
        }
    }
    if run.len() >= 2 && (points_back(cx, run[0]) || remaining) {
        // "…, with 14 branches shutting, followed by the north of England with 11. Nine
        // branches in Wales and the remaining five in Northern Ireland will also close": a
        // rest closes the list the sentence before began, and the whole is before both.
        // (The reading under which the article is right wins: "Last year it opened 11
        // branches in London and 6 in Leeds. Twelve branches … and the remaining 15 …" is a
        // list of its own that makes the 27.)
        let own = total_before(cx, run);
        let makes_it = own.is_some_and(|t| adds_up(&ms[t], run.iter().map(|&p| &ms[p])));
        let begun = if remaining && !makes_it { begun_before(cx, run[0]) } else { Vec::new() };
        let (run, total) = if begun.is_empty() {
            (run.to_vec(), own)
        } else {
            let run: Vec<usize> = begun.into_iter().chain(run.iter().copied()).collect();
            let total = total_before(cx, &run);
            (run, total)
        };
        if let Some(total) = total {
            let mut b = finish(cx, total, run, false, false, true)?;
            b.anchored =
                points_back(cx, b.parts[0]) && total_before_alone(cx, &b.parts) && opener_names(cx, b.parts[0], total);
            return Some(b);
        }
    }
    None
}

/// The two sexes, as reporters name them.
const SEXES: &[[&str; 2]] = &[["men", "women"], ["male", "female"], ["males", "females"], ["boys", "girls"]];

/// How far past its total a split by sex may sum and still be read as that total's: further
/// over, it divides something else.
const SEX_SPLIT_OVER: f64 = 1.25;

/// Whether two parts are the two sexes: "3,713 men and 1,835 women", "Men accounted for
/// 3,713 … and women for 1,835", "655 were girls and 685 boys". Each part's word is looked
/// for right after it first (two words), then before it in its clause (four words).
fn split_by_sex(cx: &Article<'_>, run: &[usize]) -> bool {
    let [a, b] = run else { return false };
    let sex = |p: usize, set: &[&str; 2]| -> Option<usize> {
        let at = cx.tokens().of(p);
        let named = |k: usize| set.iter().position(|w| near::is(cx, k, w));
        let after = (at + 1..at + 3).take_while(|&k| near::tok(cx, k).is_some_and(|t| t.is_word())).find_map(named);
        after.or_else(|| {
            (at.saturating_sub(4)..at)
                .rev()
                .take_while(|&k| near::tok(cx, k).is_some_and(|t| t.is_word()) && near::same_sentence(cx, k, at))
                .find_map(named)
        })
    };
    SEXES.iter().any(|set| matches!((sex(*a, set), sex(*b, set)), (Some(x), Some(y)) if x != y))
}

/// Whether a split by sex says it divides something already told: a part "of the deaths",
/// "of them", "of those" ("Men accounted for 3,713 of the deaths"), or a part that simply
/// was of one sex ("Some 655 were girls and 685 boys") — not parts of their own verb ("The
/// screening programme invited 2,100 men and 1,600 women", "Staff include 450 men").
fn says_whose(cx: &Article<'_>, run: &[usize]) -> bool {
    run.iter().any(|&p| {
        let t = cx.tokens().of(p);
        let of_told = near::is(cx, t + 1, "of")
            && near::is_any(cx, t + 2, &["the", "them", "those", "these", "all", "its", "their"]);
        let was_of_sex = near::is_any(cx, t + 1, &["were", "are", "was"])
            && SEXES.iter().any(|set| set.iter().any(|w| near::is(cx, t + 2, w)));
        of_told || was_of_sex
    })
}

/// Words that name one group of people in a disaster or an operation, whichever the
/// writer picked: "Of the dead" points back to "killed 74 people", not to "5,600 injured".
const KINDRED: &[&[&str]] = &[
    &["dead", "killed", "died", "death", "deaths", "fatalities", "lives", "toll"],
    &["injured", "wounded", "hurt", "injuries"],
    &["arrested", "arrests", "detained", "held", "charged"],
];

/// Whether the words of a list's opener name its total: "Of the dead," after "killed 74
/// people"; "Of those," names whatever it points to. The total's noun and the words beside
/// it say what it counts.
fn opener_names(cx: &Article<'_>, first_part: usize, total: usize) -> bool {
    let at = cx.tokens().of(first_part);
    let start = near::sentence_tokens(cx, cx.mentions[first_part].sentence).start;
    let named: Vec<&str> = (start + 1..at.min(start + 5))
        .take_while(|&k| near::tok(cx, k).is_some_and(|t| t.is_word()))
        .filter_map(|k| near::word(cx, k))
        .filter(|w| !lexicon::contains(&["the", "those", "these", "them", "its", "their", "all"], w))
        .collect();
    if named.is_empty() {
        return true;
    }
    let t = cx.tokens().of(total);
    let beside: Vec<&str> =
        (t.saturating_sub(3)..t + 4).filter(|&k| k != t).filter_map(|k| near::word(cx, k)).collect();
    named.iter().any(|w| {
        beside.iter().any(|b| {
            crate::relation::referents::related(w, b)
                || KINDRED.iter().any(|set| lexicon::contains(set, w) && lexicon::contains(set, b))
        })
    })
}

/// Whether the total `total_before` finds for a list is the only figure of the sentences
/// before that could be its whole.
/// Any like figure larger than every part counts here, whatever words stand beside it: an
/// item of another list ("2,400 staff and 1,900 volunteers" … "Of those" may be either),
/// or a toll updated since ("killed 74 people" … "the toll had risen to 81" … "Of the
/// dead").
fn total_before_alone(cx: &Article<'_>, run: &[usize]) -> bool {
    !run.is_empty() && larger_before(cx, run).nth(1).is_none()
}

/// The like figures of the sentences before a list, outside brackets and larger than every
/// part: what could be its whole, nearest first.
fn larger_before<'a>(cx: &'a Article<'_>, run: &[usize]) -> impl Iterator<Item = usize> + 'a {
    let ms = cx.mentions;
    let first = run.first().copied().unwrap_or(0);
    let s = ms.get(first).map_or(0, |m| m.sentence);
    let largest = run.iter().filter_map(|&p| ms[p].value).fold(0.0, f64::max);
    (0..first).rev().take(MAX_BACK).take_while(move |&t| ms[t].sentence + TOTAL_REACH >= s).filter(move |&t| {
        ms[t].sentence < s
            && !cx.in_parens(t)
            && ms[t].value.is_some_and(|v| v > largest)
            && comparable(&ms[t], &ms[first])
            && !is_duration(cx, t)
    })
}

/// The earlier figure a list that points back names as its whole: the nearest like figure of
/// the sentences before, larger than every part, no item of another list, and marked as a
/// whole by a word or a noun.
fn total_before(cx: &Article<'_>, run: &[usize]) -> Option<usize> {
    let ms = cx.mentions;
    let first = *run.first()?;
    let s = ms[first].sentence;
    // (A whole is larger than any of its parts: not "three sites" for "3,870 of them".)
    let largest = run.iter().filter_map(|&p| ms[p].value).fold(0.0, f64::max);
    (0..first).rev().take(MAX_BACK).take_while(|&t| ms[t].sentence + TOTAL_REACH >= s).find(|&t| {
        // (Nor is an item of another list: "with 14 branches shutting, followed by the
        // north of England with 11." … "Nine branches … and the remaining five".)
        let item = t + 1 < first
            && ms[t + 1].sentence == ms[t].sentence
            && comparable(&ms[t], &ms[t + 1])
            && joins_parts(cx, t, t + 1);
        !item
            && ms[t].value.is_some_and(|v| v > largest)
            && ms[t].sentence < s
            && is_part_candidate(cx, t)
            && comparable(&ms[t], &ms[first])
            && nouns_link(&ms[t], &ms[first])
            && total_cue(cx, t)
    })
}

/// The most items a list begun in the sentence before may bring to the rest that closes it.
const BEGUN_ITEMS: usize = 6;

/// The items of a list that ends the sentence before figure `first`, when `first` opens a
/// list of its own right after them (no figure between) that the rest closes: like figures
/// joined as items, each naming what the others do, first item first. Empty when there is
/// no such list.
fn begun_before(cx: &Article<'_>, first: usize) -> Vec<usize> {
    let ms = cx.mentions;
    let mut items: Vec<usize> = Vec::new();
    let mut next = first;
    while let Some(c) = next.checked_sub(1) {
        let prior = ms[c].sentence + 1 == ms[first].sentence;
        let joined = next == first || joins_parts(cx, c, next);
        let alike = ms[c].kind == ms[first].kind
            && comparable(&ms[c], &ms[first])
            && super::nouns::named_alike(&ms[c], &ms[first])
            && is_part_candidate(cx, c);
        if !prior || !joined || !alike || items.len() == BEGUN_ITEMS {
            break;
        }
        items.push(c);
        next = c;
    }
    // (One figure alone before is no list begun: "…, up from 11. Nine branches and the
    // remaining five".)
    if items.len() < 2 {
        return Vec::new();
    }
    items.reverse();
    items
}

/// Verbs that introduce the result of what came before: "leaving a net outlay of £55m",
/// "bringing the total to 35".
const RESULT_VERBS: &[&str] = &["leaving", "bringing", "taking", "giving", "making", "pushing", "lifting"];

/// Words right before a part that make it what is left of the total: "the remaining 16",
/// "the rest, 4,410", "2,185 were sold in the first hour, leaving 465".
const REST_WORDS: &[&str] = &["remaining", "rest", "other", "leaving"];

/// Subjects that name a sum of money, whatever noun the sum was given: "The money is
/// split three ways", "The funding breaks down as".
const MONEY_SUBJECTS: &[&str] =
    &["money", "cash", "funding", "fund", "sum", "budget", "package", "investment", "spending", "total"];

/// Subjects that stand for a figure just stated, whatever it counted: "The count was made
/// up of …", "The total comprised …".
const FIGURE_SUBJECTS: &[&str] = &["total", "count", "figure", "number", "tally", "sum"];

/// What a record of wins, draws and defeats is a breakdown of.
const GAMES: &[&str] =
    &["games", "matches", "fixtures", "outings", "contests", "bouts", "fights", "races", "ties", "starts"];

/// Words that mark a figure as a whole: "a total of 619", "T in all", "the 60-seat
/// authority", "its 25,000-strong workforce".
fn total_cue(cx: &Article<'_>, t: usize) -> bool {
    let toks = &cx.tokens().all;
    let at = cx.tokens().of(t);
    let text = cx.text;
    let near: Vec<String> = toks[at.saturating_sub(3)..(at + 3).min(toks.len())]
        .iter()
        .filter(|x| x.is_word())
        .map(|x| x.text(text).lower())
        .collect();
    let figure = toks[at].text(text);
    near.iter().any(|w| ["total", "all", "altogether", "overall", "combined"].contains(&w.as_str()))
        || crate::text::has(figure, "-seat")
        || crate::text::has(figure, "-strong")
        || cx.mentions[t].noun.is_some()
}

/// Whether a word beside figure `t` says it is a whole: "a total of 1,250 homes", "1,250
/// in all", "altogether". (A noun alone does not: "one fan" is no total.)
pub fn says_total(cx: &Article<'_>, t: usize) -> bool {
    let at = cx.tokens().of(t);
    // ("the 150-seat lower house", "its 26,500-strong workforce": the compound says whole.)
    let figure = cx.tokens().all.get(at).map_or("", |tok| tok.text(cx.text));
    let compound = near::is_punct(cx, at + 1, '-') && near::is_any(cx, at + 2, &["seat", "strong", "member"]);
    crate::text::has(figure, "-seat")
        || crate::text::has(figure, "-strong")
        || compound
        || (at.saturating_sub(3)..at + 3)
            .any(|k| crate::relation::near::is_any(cx, k, &["total", "all", "altogether", "overall", "combined"]))
}

/// Whether two figures may count one whole and its part: related nouns, kinds of one
/// thing ("pupils": "girls", "boys" — all people), or a noun the lexicon does not know.
fn nouns_link(a: &Mention, b: &Mention) -> bool {
    use crate::lexicon::nouns;
    let class = |w: &str| lexicon::lookup(nouns::CLASSES, &nouns::singular(w));
    match (&a.noun, &b.noun) {
        (Some(x), Some(y)) => {
            crate::relation::link(x, y).is_some()
                || class(x).is_none()
                || class(y).is_none()
                || (crate::relation::link(x, "people").is_some() && crate::relation::link(y, "people").is_some())
        }
        _ => true,
    }
}

fn finish(
    cx: &Article<'_>,
    total: usize,
    parts: Vec<usize>,
    partial: bool,
    declared_division: bool,
    far: bool,
) -> Option<Breakdown> {
    // Parts must count what the total counts, or say nothing of it ("70 aircraft … 225 firm
    // orders" are not its parts).
    if !parts.iter().all(|&p| nouns_link(&cx.mentions[total], &cx.mentions[p])) {
        return None;
    }
    // What a part leaves is less than the whole: "Of the 1,400 roles, 600 will go to Leeds,
    // leaving about 3,200 staff at its headquarters" counts another thing.
    let leaves_more = |p: usize| {
        let at = cx.tokens().of(p);
        let leaving = (at.saturating_sub(3)..at).any(|k| near::is(cx, k, "leaving"));
        leaving && cx.mentions[p].value >= cx.mentions[total].value
    };
    if parts.iter().any(|&p| leaves_more(p)) {
        return None;
    }
    // Parts each larger than the whole measure something else of its members: "Only two men
    // have taken more Test wickets: Muttiah Muralitharan, with 800, and Shane Warne, with
    // 708".
    let total_value = cx.mentions[total].value.unwrap_or(f64::NAN);
    if parts.iter().all(|&p| cx.mentions[p].value.is_some_and(|v| v > total_value)) {
        return None;
    }
    let (exclusive, complete) = exclusive(cx, &parts);
    let remaining = parts.iter().any(|&p| {
        let toks = &cx.tokens().all;
        toks[..cx.tokens().of(p)]
            .iter()
            .rev()
            .take(2)
            .any(|t| t.is_word() && lexicon::contains(REST_WORDS, t.text(cx.text)))
            // ("300 took voluntary redundancy, leaving 40 in its Leeds office": what is left
            // somewhere is no rest of the whole.)
            && !(near::is(cx, cx.tokens().of(p).wrapping_sub(1), "leaving")
                && near::is_any(cx, cx.tokens().of(p) + 1, &["in", "at", "on", "with", "for", "across"]))
    });
    // ("The 140 injured include 32 … and 45 …; the remaining 73 …": a rest completes what
    // "include" began.)
    // (Not across a list inside it: "include 32 children, of whom 20 …; the remaining 12
    // are stable" leaves the 32's own rest.)
    let nested = parts.first().zip(parts.last()).is_some_and(|(&f, &l)| {
        (cx.tokens().of(f)..cx.tokens().of(l)).any(|k| near::is_any(cx, k, &["whom", "which", "where"]))
    });
    let completed = remaining && !nested;
    let partial = partial && !completed;
    let exhaustive = !partial && (complete || remaining || declared_division);
    let declared = far && declared_division;
    Some(Breakdown {
        total,
        parts,
        exhaustive,
        // (A declared division cannot overlap; what a figure "included" may: "840 built before
        // 1950 and 610 not connected to mains gas".)
        exclusive: exclusive || remaining || (declared_division && !partial),
        partial,
        far,
        declared,
        by_sum: false,
        anchored: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Options;

    fn read(text: &str) -> Vec<(String, Vec<String>, bool, bool)> {
        let options = Options::default();
        let segments = crate::text::Segments::new(text);
        let ms = crate::mention::extract(text, &segments);
        let cx = Article::new(text, &segments, &ms, &options, text.len());
        let show = |i: usize| text[ms[i].span.start..ms[i].span.end].to_string();
        breakdowns(&cx)
            .into_iter()
            .map(|b| (show(b.total), b.parts.into_iter().map(show).collect(), b.exhaustive, b.exclusive))
            .collect()
    }

    #[test]
    fn reads_the_usual_shapes() {
        let found = read("Dunmore won 14, drew 9 and lost 7 of their 30 league games.");
        assert_eq!(found, [("30".into(), vec!["14".into(), "9".into(), "7".into()], true, true)]);
        let found = read("The academy now has 620 pupils: 334 girls and 286 boys.");
        assert_eq!(found[0].0, "620");
        assert!(found[0].2 && found[0].3);
        let found = read("Ambulance crews took 87 people to hospital, of whom 52 were discharged, 29 were admitted and six were transferred.");
        assert_eq!(found[0].0, "87");
        assert!(found[0].3, "{found:?}");
        let found = read("Of the 120 seats, the Liberal Alliance won 47, the Social Democrats 38, the Greens 19 and independents the remaining 16.");
        assert_eq!((found[0].0.as_str(), found[0].2), ("120", true));
    }

    #[test]
    fn reads_totals_named_in_so_many_words() {
        let found = read(
            "Of every £100 paid, £52 goes to the county, £21 to the police and the remaining £27 to the district.",
        );
        assert_eq!((found[0].0.as_str(), found[0].2), ("£100", true), "{found:?}");
        let found = read("She had rounds of 68, 71, 69 and 66 for a total of 274.");
        assert_eq!(found[0].0, "274");
        assert!(found[0].2, "a declared total covers its parts: {found:?}");
        // A running total counts earlier games too.
        assert!(read("He scored 12, 15 and 9 points, taking his tally to 150.").is_empty());
        let found = read("Of the 2,750 tickets, 2,185 were sold in the first hour, leaving 465.");
        assert_eq!((found[0].0.as_str(), found[0].2), ("2,750", true), "{found:?}");
    }

    #[test]
    fn a_subject_that_stands_for_a_figure_names_the_level_before() {
        let found = read("The service attended 4,806 incidents, up from 4,512.\n\nThe total was made up of 1,622 fires, 1,408 collisions and 1,796 false alarms.");
        assert_eq!(found[0].0, "4,806", "{found:?}");
        assert!(found[0].2);
        // Two levels: which one is unknown.
        assert!(read("The service attended 4,806 incidents and 4,512 the year before.\n\nThe total was made up of 1,622 fires and 1,408 collisions.").is_empty());
    }

    #[test]
    fn a_rest_closes_the_list_the_sentence_before_began() {
        let found = read("The bank will shut 27 branches. The north-west loses nine branches and the Midlands eight. Seven branches in Wales and the remaining three in Scotland will also close.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].0.as_str(), found[0].1.len(), found[0].2), ("27", 4, true));
        // A list that makes the total alone is its own, whatever came before.
        let found = read("Northgate will shut 27 branches. Last year it opened 11 branches in London and 6 in Leeds. Twelve branches in Wales and the remaining 15 in Scotland will close.");
        assert!(found.iter().all(|b| b.1.len() == 2), "{found:?}");
        // What is left somewhere is no rest; a running total is no sum of these parts.
        assert!(read("Of the firm's 1,200 staff, 300 took voluntary redundancy, leaving 40 in its Leeds office.")
            .iter()
            .all(|b| !b.2));
        assert!(read("Smith has since added 24 and 19, making a total of 311 for the season.").is_empty());
        // One figure alone before is no list begun.
        let found = read("The bank will shut 27 branches. Most are in the north-west, which loses 12. Nine branches in Wales and the remaining six in Scotland will also close.");
        assert!(found.iter().all(|b| b.1.len() == 2), "{found:?}");
    }

    #[test]
    fn a_semicolon_closes_a_long_description_of_an_item() {
        let found = read("Ministers unveiled a £2.45bn package.\n\nThe money is split three ways: £1.2bn for road schemes, including long-delayed upgrades to the A66 and A628; £870m for rail, mostly for station improvements and electrification between Leeds and Hull; and £290m for buses.");
        assert_eq!((found[0].0.as_str(), found[0].1.len()), ("£2.45bn", 3), "{found:?}");
    }

    #[test]
    fn a_result_with_a_noun_of_its_own_is_no_item() {
        let found =
            read("The club recouped £87m from sales, including £45m for Ryan Ellis, leaving a net outlay of £55m.");
        assert!(found.iter().all(|b| b.1 == ["£45m"]), "{found:?}");
    }

    #[test]
    fn a_record_of_results_breaks_down_the_games_counted_before_it() {
        let found =
            read("They collected 61 points from their 30 matches after winning 18, drawing seven and losing five.");
        assert_eq!(found, [("30".into(), vec!["18".into(), "seven".into(), "five".into()], true, true)]);
        let found = read(
            "He has managed 300 games in the Premier League and this season has won 18, drawn seven and lost five.",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_sentence_that_divides_the_earlier_total_it_names() {
        let text = "The trust recorded 412 serious incidents last year.\n\n\
                    The incidents broke down as follows: 208 patient falls, 121 medication errors and 83 pressure ulcers.";
        assert_eq!(read(text), [("412".into(), vec!["208".into(), "121".into(), "83".into()], true, true)]);
        // Named parts with "the rest" after them are not all of it.
        let text = "Police recorded 1,200 crimes.\n\nThe crimes were split between 600 thefts and 400 assaults, with the rest minor offences.";
        assert!(read(text).iter().all(|b| !b.2), "{:?}", read(text));
        // A subject that is not the total's noun divides something else. (Parts that add up
        // to the total exactly would still be read by their sum: see `sums`.)
        let text = "The trust recorded 412 serious incidents last year.\n\n\
                    The complaints broke down as follows: 208 about waiting, 121 about staff and 93 about food.";
        assert!(read(text).is_empty(), "{:?}", read(text));
    }

    #[test]
    fn parts_in_the_next_sentences_that_add_up_to_a_total() {
        let text = "SBC expects to cut around 12,800 jobs.\n\nSBC said 5,125 positions would go. Another 1,700 \
                    will go from sales, 3,400 from business operations and 2,600 across legal and public relations.";
        assert_eq!(
            read(text),
            [("12,800".into(), vec!["5,125".into(), "1,700".into(), "3,400".into(), "2,600".into()], false, false)]
        );
        let text =
            "The firm offered to repay $220m of the $550m it lost. It hoped to pay $100m now and another $120m later.";
        assert_eq!(read(text)[0].1, ["$100m", "$120m"]);
        // Parts that do not add up are not read: only the sum ties them.
        let text = "The firm offered to repay $220m. It hoped to pay $100m now and another $110m later.";
        assert!(read(text).is_empty(), "{:?}", read(text));
    }

    #[test]
    fn parts_a_few_sentences_on_add_up_exactly_in_a_sentence_about_the_same_thing() {
        let text = "Mr Bakrie said a $1.7bn donors' aid package made the moratorium unnecessary. The aid comes \
                    on top of a $3.4bn package. Most of it would finance the deficit. He spoke in Jakarta. The \
                    minister said the aid - $1.2bn in grants and $500m in soft loans - was for Aceh.";
        assert_eq!(read(text)[0].1, ["$1.2bn", "$500m"]);
        // Levels side by side are parts; a level beside an amount taken away is not.
        let text = "The mission carries over 1,200 personnel. It must cut 755 diplomats, reducing staff to 455.";
        assert!(read(text).is_empty(), "{:?}", read(text));
    }

    #[test]
    fn a_list_item_is_no_total() {
        // By their sum: the list goes on after 18 + nine = 27.
        let text = "Labour won 27 seats. The Conservatives took 18, the Liberal Democrats nine and independents five.";
        assert!(read(text).iter().all(|b| b.0 != "27"), "{:?}", read(text));
        // Pointed back to: the 14 is an item of its own list.
        let text = "Scotland is hardest hit, with 14 branches shutting, followed by the north with 11. Nine \
                    branches in Wales and the remaining five in Ulster will also close.";
        assert!(read(text).iter().all(|b| b.0 != "14"), "{:?}", read(text));
    }

    #[test]
    fn a_sum_that_is_a_coincidence_is_not_a_breakdown() {
        // The list goes on past the parts that add up: 13 + 9 = 22, but 25 countries in all.
        let text = "People in 22 countries were polled. A majority in 13 countries were gloomy, compared with \
                    respondents in nine countries who were hopeful. Those in three countries were split.";
        assert!(read(text).is_empty(), "{:?}", read(text));
        // A part that names another thing: "24 provinces" are no power stations.
        let text =
            "Work was halted on 26 power stations, including two at the dam. Last year 24 provinces had blackouts.";
        assert!(read(text).is_empty(), "{:?}", read(text));
        // A hedge allows a near sum only within 1%: 80 + 17 is not "some 100 staff".
        let text =
            "The firm saw some 100 staff fired. There are now 80 workers at its headquarters, with 17 at its offices.";
        assert!(read(text).is_empty(), "{:?}", read(text));
    }

    #[test]
    fn the_rest_opening_the_next_sentence_closes_the_list() {
        let text = "The trust employs 9,420 people across its three sites. Nurses account for 3,870 of them \
                    and doctors for 1,240.\n\nThe remaining 4,310 are porters, cleaners and managers.";
        assert_eq!(read(text), [("9,420".into(), vec!["3,870".into(), "1,240".into(), "4,310".into()], true, true)]);
    }

    #[test]
    fn money_split_in_the_next_sentence_with_items_after_semicolons() {
        let text = "Ministers unveiled a £2.45bn transport package.\n\nThe money is split three ways: £1.2bn \
                    for roads, including upgrades to the A66; £870m for rail; and £380m for buses.";
        assert_eq!(read(text), [("£2.45bn".into(), vec!["£1.2bn".into(), "£870m".into(), "£380m".into()], true, true)]);
    }

    #[test]
    fn of_whom_reaches_back_past_a_long_clause() {
        let found = read(
            "A total of 86 people were taken to hospital after the fire at the Greenhill tower block, of whom 41 were \
             treated for smoke inhalation, 29 remain stable and 16 are critical.",
        );
        assert_eq!(found[0].0, "86", "{found:?}");
        assert_eq!(found[0].1.len(), 3, "{found:?}");
    }

    #[test]
    fn a_part_of_a_part_is_not_a_sibling() {
        let found = read("Of the hospital's 400 staff, 250 are nurses, 180 of whom work part-time.");
        assert!(found.iter().all(|b| b.1.len() < 2 || !b.1.contains(&"180".to_string())), "{found:?}");
    }

    #[test]
    fn where_a_list_ends() {
        // A closing dash ends it: the tally after it is no part.
        let found = read("Britain won 14 medals – five gold, four silver and five bronze – taking their tally to 29.");
        assert_eq!(found[0].1, ["five", "four", "five"], "{found:?}");
        // "including" after the list began picks out a part of a part.
        let found =
            read("The bus was carrying 41 people – 38 passengers and three crew members, including two drivers.");
        assert_eq!(found[0].1, ["38", "three"], "{found:?}");
        // "41 more" adds to the total.
        let found = read("The blaze has destroyed 86 structures, including 52 homes, and damaged 41 more.");
        assert!(found.iter().all(|b| !b.1.contains(&"41".to_string())), "{found:?}");
        // "made the crossing" declares nothing, and a rate is no part.
        let found = read(
            "Some 1,194 people made the crossing in 22 boats, an average of 54 per boat, taking the total to 18,302.",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn overlapping_categories_are_not_exclusive() {
        let found = read("Of the 48 people on board, 31 were British and 19 were women.");
        assert!(found.iter().all(|b| !b.3), "{found:?}");
    }

    #[test]
    fn a_box_scores_pairs_are_not_a_list() {
        let found = read(
            "Brooks scored 31 points, hitting 11 of 19 shots from the field, including 5 of 8 from three-point range.",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn fates_after_one_modal_are_exclusive() {
        let found = read("Of the 60 posts, 28 will be merged into other teams, 22 will stay and 14 will be cut.");
        assert_eq!(found, [("60".into(), vec!["28".into(), "22".into(), "14".into()], false, true)]);
        // Not after a plain "were": a nationality and a sex still overlap.
        let found = read("Of the 48 people on board, 31 were rescued and 19 were women.");
        assert!(found.iter().all(|b| !b.3), "{found:?}");
    }

    /// The list's opener names its total: "Of the dead" points back to "killed 74 people",
    /// the one earlier figure it can be a part of; not to "more than 5,600 injured".
    fn anchored(text: &str) -> Vec<(String, bool)> {
        let options = Options::default();
        let segments = crate::text::Segments::new(text);
        let ms = crate::mention::extract(text, &segments);
        let cx = Article::new(text, &segments, &ms, &options, text.len());
        let show = |i: usize| text[ms[i].span.start..ms[i].span.end].to_string();
        breakdowns(&cx).into_iter().map(|b| (show(b.total), b.anchored)).collect()
    }

    #[test]
    fn an_opener_that_names_the_total_anchors_the_list() {
        let found = anchored(
            "The typhoon has killed 74 people, the agency said.\n\nOf the dead, 51 were in Cebu and 18 in \
             Negros, with the remaining seven in smaller provinces.",
        );
        assert_eq!(found, [("74".to_string(), true)]);
        let found = anchored(
            "At least 2,960 people were killed and more than 5,600 injured. Of the dead, 1,810 were in Al Haouz \
             and 980 in Taroudant, with the remaining 170 elsewhere.",
        );
        assert!(found.iter().all(|(_, a)| !a), "{found:?}");
        // A toll updated since: which one the list divides is unknown.
        let found = anchored(
            "Flooding has killed 74 people, officials said. By Sunday the toll had risen to 81.\n\nOf the dead, 51 \
             were in Cebu and 18 in Negros, with the remaining 12 in smaller provinces.",
        );
        assert!(found.iter().all(|(_, a)| !a), "{found:?}");
        // Two earlier figures it could be a part of: which one is unknown.
        let found = anchored(
            "The council employs 2,400 staff and 1,900 volunteers.\n\nOf those, 900 work in care, 700 in schools \
             and the remaining 300 in offices.",
        );
        assert!(found.iter().all(|(_, a)| !a), "{found:?}");
    }

    #[test]
    fn parts_each_larger_than_the_whole_are_no_breakdown() {
        let found = read(
            "Only two men have taken more Test wickets: Muttiah Muralitharan, with 800, and Shane Warne, with 708.",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_rest_completes_what_include_began() {
        let found = read("The 140 injured include 32 in a critical condition and 45 in a stable condition; the remaining 73 have been discharged.");
        assert_eq!(found[0].0, "140");
        assert!(found[0].2, "exhaustive: {found:?}");
        let found = read("The 140 injured include 32 in a critical condition and 45 in a stable condition.");
        assert!(found.iter().all(|b| !b.2), "{found:?}");
        let found = read("The 300 job losses include 120 at the Derby plant, where 80 will go this year and the remaining 40 next year.");
        assert!(found.iter().all(|b| !b.2), "{found:?}");
    }

    #[test]
    fn the_two_sexes_divide_the_one_level_before() {
        let text = "There were 5,448 deaths registered in 2023, up 11% from 4,907 in 2022.\n\nMen accounted for 3,713 \
                    of the deaths, about two-thirds, and women for 1,835.";
        let found = anchored(text);
        assert_eq!(found, [("5,448".to_string(), true)]);
        let found = read("A total of 1,240 pupils sat the exam. Some 655 were girls and 685 boys.");
        assert_eq!((found[0].0.as_str(), found[0].2), ("1,240", true), "{found:?}");
        // Fewer than the total may leave children out; more than a quarter over, it divides
        // something else.
        for text in [
            "The fire killed 74 people. Of those named so far, 40 were men and 30 women.",
            "The fire killed 74 people. Officials said 40 were men and 30 were women.",
        ] {
            let flags = crate::check::run_one("parts-total", text);
            assert!(flags.iter().all(|f| f.severity < crate::Severity::Warning), "{flags:?}");
        }
        assert!(read("The fire killed 74 people. Officials said 40 were men and 30 were women.").is_empty());
        assert!(read("The club has 120 members. It fielded 300 men and 250 women over the years.").is_empty());
        // Two levels before: which one is unknown.
        assert!(read("The school had 1,240 pupils and 1,300 applicants. Some 655 were girls and 685 boys.").is_empty());
    }

    #[test]
    fn a_figure_added_to_a_list_of_rounds_is_a_part() {
        let found = read("He added a closing 67 to rounds of 68, 66 and 69 for a total of 270.");
        assert_eq!(found[0].0, "270");
        assert_eq!(found[0].1, ["67", "68", "66", "69"]);
    }

    #[test]
    fn a_split_by_sex_must_say_it_divides_the_total() {
        for text in [
            "The prison holds 700 inmates. Staff include 450 men and 350 women.",
            "Last year 3,200 people were diagnosed with the cancer. The programme invited 2,100 men and 1,600 women.",
            "There were 5,448 deaths in 2023. In 2013 men accounted for 3,900 such deaths and women for 2,000.",
        ] {
            assert!(read(text).is_empty(), "{text}: {:?}", read(text));
        }
    }

    #[test]
    fn a_majority_is_no_part() {
        let found = read("Sanchez won 48,212 votes to 39,870 for the Republican, a majority of 8,342.");
        assert!(found.iter().all(|b| !b.1.contains(&"8,342".to_string())), "{found:?}");
    }
}
