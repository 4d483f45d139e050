//! `arithmetic`: a stated result that is not the sum or difference of related figures.
//!
//! # What it catches
//! A total, an amount taken away (or added), and what is said to remain (or to result),
//! when the three do not add up: "The agency employs 2,300 people. It will cut 450 jobs,
//! leaving 1,950 staff." (2,300 − 450 = 1,850).
//!
//! # Why it matters
//! The result is usually the figure a reader remembers; if it disagrees with its own
//! inputs, one of the three was mistyped, and the editor must find out which.
//!
//! # Phrasings it reads
//! - results: "leaving N", "reduced/cut/fell … to N", "£N remains", "rose/grew … to N",
//!   "bringing the toll to N", "taking the total to N", "raising the number … to N", "it now
//!   has N workers", "will have a workforce of N" (see `relation::roles`);
//! - changes: "cut/shed/axe/expel N", "N … must leave", "with the loss of N jobs", "repaid
//!   $N", "handed out N", "hire/add N", "a further N", "an extra N", "N more" (also
//!   "recovered nine more bodies"), "rose by N", "up N", and a figure the running total
//!   after it grew by ("ordered to pay costs of £184,000, bringing the total to £1.48m";
//!   not a rate, "54 per boat, taking the total to 18,302", nor a total with a start of
//!   its own, "21p, taking the total for the year to 31p, up from 26p");
//! - starts: a figure of the same thing with no cue of its own ("employs 2,300 people",
//!   "they had reported 23 dead"), or the start of the same statement ("now has 3,700
//!   workers, up from 3,100" with "hired 600"); a running total's earlier level beside its
//!   update ("nine more bodies …, bringing the death toll to 35. … officials had put the
//!   number of dead at 28"; "38 people had been confirmed dead"), which the text ties as
//!   firmly as one sentence does;
//! - trade balances: an export and an import level in one sentence ("exports rose 12.3% to
//!   $1.15 trillion, but imports rose … to a new record of $1.76 trillion") against the gap,
//!   deficit or surplus the article states, in the next sentence or paragraphs away ("The
//!   gap between US exports and imports hit … $671.7bn"; see `relation::trade`);
//! - majorities: "took 21,408 votes to 17,932 for Labour's Nasreen Akhtar, a majority of
//!   3,746" (the winner's vote less the runner-up's; see `relation::majorities`); a lede
//!   that wins "with a majority of 5,625" and the sentence after it that gives the votes
//!   ("polled 18,432 votes against 12,907");
//! - margins (`relation::margins`): "won in 10.72, 0.12 ahead of Tasha Reid in 10.87";
//!   "scored 58 goals and conceded 27, a goal difference of +31"; "leaving the gap at 52
//!   points" between two tallies that stand alike (a warning beside both, only through a
//!   slip when one is a sentence away);
//!
//! The three may stand anywhere in the article, in any order (the seed article has them in
//! paragraphs 1, 10 and 12); distance lowers the severity, it does not hide the relation.
//!
//! # Flags
//! "The agency employs 2,300 people. It will cut 450 jobs, leaving 1,950 staff." (error; a
//! warning when the figures stand more than four sentences and a paragraph apart); a trade
//! balance naming both sides that is not imports less exports (error beside the pair, a
//! warning further); a majority that is not the difference of the votes beside it (error).
//!
//! # Does not flag
//! "… leaving 1,850 staff." (`ok`); "over 2,300 people … cut 450 … leaving 1,860" (`note`:
//! holds if "over 2,300" means at least 2,310).
//!
//! # False-alarm traps it avoids
//! - a balance that does not name both exports and imports may be of goods alone, of one
//!   partner or of another period: it may confirm, never disagree; a balance's earlier level
//!   ("down from October's £3.6bn") is no balance;
//! - a majority is "a majority of N" told right after its votes, not a standing or earlier
//!   one ("overturning a Conservative majority of 9,810", "its working majority");
//! - years, dates, ordinals, designators, percentages are never operands: only counts, and
//!   amounts of money in one currency;
//! - all three figures must count related things (the same noun, a synonym, one a subset of
//!   the other, or the same thing named around them), and no two may name unrelated things;
//! - a start must be larger than what is taken from it, smaller than what it grows to;
//! - the dead, the missing, the injured and the rescued are different counts, whatever
//!   noun each has ("14 people still missing" is no start of a death toll);
//! - when several readings fit, the one under which the article is right wins, if its
//!   evidence is nearly as strong: a check that picks the wrong total must not accuse the
//!   article.

use crate::interval::Linear;
use crate::mention::{Kind, Mention};
use crate::relation::changes::{comparable, is_duration, measured};
use crate::relation::slips::{slip, Slip};
use crate::relation::{self, NounLink, Role};

use super::format;
use super::{Article, Finding, Severity, Verdict};
use crate::text::Own as _;

pub const ID: &str = "arithmetic";
pub const SUMMARY: &str = "a stated remainder or result that is not the sum or difference of related figures";

/// How many candidate changes and starts each result considers, nearest first: bounded,
/// so that the whole search is linear in the article.
const MAX_CHANGES: usize = 6;
const MAX_STARTS: usize = 10;
/// How many sentences away a change or start may stand (before the result; a start may
/// also follow it, as the seed article's "carries over 1,200 personnel" does).
const REACH_BEFORE: usize = 60;
const REACH_AFTER: usize = 20;
/// At most this many mentions either side of the result are looked at.
const MAX_WINDOW: usize = 100;
/// Within this many sentences (or one paragraph), an inconsistency is an error.
const CLOSE: usize = 4;
/// Evidence a reading needs before anything is said about it.
const THRESHOLD: i32 = 18;
/// A reading under which the article is right wins over a better-scored one within this
/// much evidence.
const BENEFIT_OF_DOUBT: i32 = 6;

struct Candidate<'m> {
    start: usize,
    change: usize,
    score: i32,
    relation: Linear<'m>,
    verdict: Verdict,
    /// The text itself ties the three: one sentence, or a statement's own start or amount.
    tied: bool,
    /// Tied only as an update and the level told as earlier: a disagreement is a warning
    /// (an older level than the one updated reads the same way).
    inferred: bool,
}

/// What a figure counts, as the checks compare it: its noun, the noun its cue names, or
/// (when neither) the words around it.
struct Thing {
    noun: Option<String>,
    keys: Vec<String>,
    /// The currency of an amount of money: two amounts in one currency are one kind of
    /// thing, weak evidence on its own.
    currency: Option<&'static str>,
}

fn thing(cx: &Article<'_>, i: usize, cue: Option<&relation::Cue>) -> Thing {
    let noun = cx.mentions[i].noun.clone().or_else(|| cue.and_then(|c| c.noun.clone()));
    let m = &cx.mentions[i];
    let currency = if m.kind == Kind::Money { m.unit } else { None };
    Thing { noun, keys: measured(cx, cx.tokens().of(i)), currency }
}

/// How strongly two things are the same: 3 the same noun or synonyms, 2 one a subset of the
/// other, 1 the same thing named around them, 0 nothing said either way; `None` when
/// their nouns name unrelated things.
fn link(a: &Thing, b: &Thing) -> Option<i32> {
    // The dead are not the missing, whatever nouns count them.
    if crate::lexicon::nouns::states_differ(&a.keys, &b.keys) {
        return None;
    }
    let shared = a.keys.iter().any(|k| b.keys.contains(k));
    if let (Some(x), Some(y)) = (&a.noun, &b.noun) {
        return match relation::link(x, y) {
            Some(NounLink::Same | NounLink::Synonym) => Some(3),
            Some(NounLink::Narrower | NounLink::Broader) => Some(2),
            None if shared => Some(1),
            None => None,
        };
    }
    Some(i32::from(shared || (a.currency.is_some() && a.currency == b.currency)))
}

fn is_operand(m: &Mention) -> bool {
    matches!(m.kind, Kind::Count | Kind::Money) && m.value.is_some_and(|v| v > 0.0) && m.values.is_empty()
}

pub fn run(cx: &Article<'_>) -> Vec<Finding> {
    let ms = cx.mentions;
    // Spans of time ("from six months to nine months") are not counts a sum is made of.
    let operand: Vec<bool> = (0..ms.len()).map(|i| is_operand(&ms[i]) && !is_duration(cx, i)).collect();
    let cues: Vec<Option<&relation::Cue>> = (0..ms.len()).map(|i| if operand[i] { cx.role(i) } else { None }).collect();
    // Starts and ends the text ties together itself: "now has 3,700 workers, up from 3,100".
    let stated_start: crate::map::Map<usize, usize> =
        cx.statements().iter().filter_map(|s| Some((s.to, s.from?))).collect();
    let stated_by: crate::map::Map<usize, usize> = cx.statements().iter().filter_map(|s| Some((s.to, s.by?))).collect();
    // And the other way: the amount a statement names is its own result's change, never
    // another's ("£35bn - £2.5bn less than the £37.5bn … to fall to £31bn").
    let by_of: crate::map::Map<usize, usize> = cx.statements().iter().filter_map(|s| Some((s.by?, s.to))).collect();
    // What each figure counts, read only for the figures a search looks at.
    let cells: Vec<std::cell::OnceCell<Option<Thing>>> = (0..ms.len()).map(|_| std::cell::OnceCell::new()).collect();
    let things = |i: usize| cells[i].get_or_init(|| operand[i].then(|| thing(cx, i, cues[i]))).as_ref();
    let mut findings = Vec::new();
    // A statement that gives its start, its end and the amount between them ("a pre-tax
    // profit of $850m, a $697m improvement from $153m") is a sum the text ties itself.
    let mut done = vec![false; ms.len()];
    for s in cx.statements() {
        let (Some(a), Some(c)) = (s.from, s.by) else { continue };
        if !(operand[a] && operand[c] && operand[s.to]) {
            continue;
        }
        let (av, bv) = (ms[a].value.unwrap_or(0.0), ms[s.to].value.unwrap_or(0.0));
        let sign = match s.direction {
            Some(crate::frame::Direction::Down) => -1.0,
            Some(crate::frame::Direction::Up) => 1.0,
            None if bv < av => -1.0,
            None => 1.0,
        };
        let relation = Linear { terms: vec![(1.0, &ms[a]), (sign, &ms[c])], result: &ms[s.to] };
        let verdict = relation.verdict();
        let candidate =
            Candidate { start: a, change: c, score: THRESHOLD, relation, verdict, tied: true, inferred: false };
        if let Some(f) = finding(cx, s.to, &candidate) {
            done[s.to] = true;
            findings.push(f);
        }
    }
    for (ri, r) in ms.iter().enumerate() {
        if done[ri] {
            continue;
        }
        let Some(cue) = cues[ri].filter(|c| c.role.is_result()) else { continue };
        let Some(r_thing) = things(ri) else { continue };
        let sentences = |i: usize| ms[i].sentence.abs_diff(r.sentence);
        // Changes: figures with a change cue, nearest first.
        // Only the mentions of a bounded window around the result are looked at: linear.
        let window = cx.window(ri, REACH_BEFORE, REACH_AFTER, MAX_WINDOW);
        let mut changes: Vec<usize> = window
            .clone()
            .filter(|&d| d != ri && cues[d].is_some_and(|c| c.role.is_change()))
            .filter(|&d| compatible_sign(cue.role, cues[d].map(|c| c.role)))
            // (A change is told before its result, or with it.)
            .filter(|&d| ms[d].sentence + REACH_BEFORE >= r.sentence && ms[d].sentence <= r.sentence)
            .filter(|&d| comparable(&ms[d], r))
            .collect();
        crate::sort::by_key(&mut changes, |&d| (sentences(d), d.abs_diff(ri)));
        changes.truncate(MAX_CHANGES);
        let mut starts: Vec<usize> = (0..ms.len())
            // A start is a level: no cue of its own, and not the size of some change.
            .filter(|&t| t != ri && cues[t].is_none() && operand[t])
            .filter(|&t| !matches!(cx.frames()[t].role, Some(crate::frame::Role::Change | crate::frame::Role::By)))
            .filter(|&t| ms[t].sentence + REACH_BEFORE >= r.sentence && ms[t].sentence <= r.sentence + REACH_AFTER)
            .filter(|&t| comparable(&ms[t], r))
            .collect();
        if let Some(&a) = stated_start.get(&ri) {
            starts.push(a);
        }
        // (Nearest first; at one distance, a start told before its result.)
        crate::sort::by_key(&mut starts, |&t| {
            (stated_start.get(&ri) != Some(&t), sentences(t), t > ri, t.abs_diff(ri))
        });
        starts.dedup();
        starts.truncate(MAX_STARTS);

        let mut candidates: Vec<Candidate<'_>> = Vec::new();
        for &di in &changes {
            // A statement with its own amount ("Biogen fell $28.63 to $38.65") changed by
            // that amount: another sentence's change is another quantity's.
            if stated_by.get(&ri).is_some_and(|&b| b != di) || by_of.get(&di).is_some_and(|&to| to != ri) {
                continue;
            }
            let d = &ms[di];
            let Some(d_thing) = things(di) else { continue };
            // A change and a result in one sentence are tied by it ("A further 48 cases …,
            // taking the total to 1,031").
            let d_to_r = link(d_thing, r_thing).map(|l| if d.sentence == r.sentence { l.max(1) } else { l });
            // (An addition named only by the total after it — "…, taking the total to
            // £19,370" — may be the last of several: "£4,870 from a bake sale and £2,000 …"
            // add to a total the text never states. It confirms; it does not tie.)
            let last_only = crate::relation::roles::adds_to_total(cx, cx.tokens().of(di))
                && !matches!(cx.frames()[di].role, Some(crate::frame::Role::By));
            let sign = match cues[di].map(|c| c.role) {
                Some(Role::Removed) => -1.0,
                _ => 1.0,
            };
            for &ti in &starts {
                if ti == di {
                    continue;
                }
                let t = &ms[ti];
                // "fell 25 cents to $17.65 … while Fox shares were up 19 cents at $31.22": a
                // statement with its own amount has its start in its own words; another
                // figure of its sentence is another quantity.
                if stated_by.contains_key(&ri) && t.sentence == r.sentence && stated_start.get(&ri) != Some(&ti) {
                    continue;
                }
                let Some(t_thing) = things(ti) else { continue };
                let stated = stated_start.get(&ri) == Some(&ti);
                let Some(t_to_r) = link(t_thing, r_thing).map(|l| if stated { l.max(2) } else { l }) else { continue };
                let Some(t_to_d) = link(t_thing, d_thing) else { continue };
                let Some(d_to_r) = d_to_r else { continue };
                // A start tied by nothing but its place ("The previous day's figure had
                // stood at 983") must stand right beside its result.
                if t_to_r == 0 && t_to_d == 0 && sentences(ti) > 2 {
                    continue;
                }
                if d_to_r == 0 && t_to_d == 0 {
                    continue;
                }
                let (tv, dv, rv) = (t.value.unwrap_or(0.0), d.value.unwrap_or(0.0), r.value.unwrap_or(0.0));
                // A removal larger than its start is no reading at all; a result on the wrong
                // side of its start ("14 more … raising the number to 69" after 82) is one,
                // but a weaker one than a reading where the direction fits.
                if sign < 0.0 && dv > tv {
                    continue;
                }
                let plausible = if sign < 0.0 { tv > rv } else { tv < rv && dv < rv };
                let implausible = if plausible { 0 } else { 8 };
                let structure =
                    8 * i32::from(stated_start.get(&ri) == Some(&ti)) + 8 * i32::from(stated_by.get(&ri) == Some(&di));
                let distance = (sentences(ti) + sentences(di)) as i32;
                let score = 6 * (t_to_r + d_to_r + t_to_d) + structure + 12 - distance.min(24) / 2 - implausible;
                let relation = Linear { terms: vec![(1.0, t), (sign, d)], result: r };
                let verdict = relation.verdict();
                // The text ties the three itself — one statement, or neighbouring sentences
                // about plainly the same thing — or only their subject does.
                let links = t_to_r + d_to_r + t_to_d;
                let neighbours = sentences(ti) <= 2 && sentences(di) <= 2;
                // (The amount of a statement — "adding $1.89 to $48.62" — ties the change to
                // the result, not a start stated elsewhere: that one must earn its place.)
                // A statement's own start ties it only to a change in the same sentence
                // ("hired 600 … now has 3,700 workers, up from 3,100").
                // A running total updated in its sentence ("rose by 12, bringing it to 35")
                // and its last value in the next ("they had reported 23 dead") are tied too.
                let named_alike = t_thing.noun.is_some() && r_thing.noun.is_some()
                    || t_thing.keys.iter().any(|k| r_thing.keys.contains(k));
                let running = stated_by.get(&ri) == Some(&di) && sentences(ti) <= 2 && t_to_r >= 2 && named_alike;
                // "nine more bodies …, bringing the death toll to 35" and, beside it, "officials
                // had put the number of dead at 28": an update and the level it updates, told
                // as the earlier one.
                let updated = d.sentence == r.sentence
                    && matches!(cue.role, Role::Grown | Role::Remainder)
                    && sentences(ti) <= 2
                    && ti != ri
                    && t_to_r >= 1
                    && d_to_r >= 1
                    && t_to_d >= 1
                    && told_as_earlier(cx, ti);
                let firmly = (stated && d.sentence == r.sentence)
                    || running
                    || (neighbours && links >= 6)
                    || (t.sentence == r.sentence && d.sentence == r.sentence);
                let tied = (firmly || updated) && !last_only;
                let inferred = updated && !firmly;
                if stated && d.sentence != r.sentence && !tied && links < 4 {
                    continue;
                }
                candidates.push(Candidate { start: ti, change: di, score, relation, verdict, tied, inferred });
            }
        }
        let Some(best) = candidates.iter().map(|c| c.score).max() else { continue };
        if best < THRESHOLD {
            continue;
        }
        // The reading under which the article is right, if its evidence is nearly as good;
        // else the best-evidenced one.
        // (Candidates come nearest first; `max_by_key` keeps the last of equals, so the
        // searches run from the far end: on a tie, the nearer start and change win.)
        let chosen = candidates
            .iter()
            .rev()
            .filter(|c| {
                c.verdict != Verdict::Inconsistent && c.score >= best - BENEFIT_OF_DOUBT && c.score >= THRESHOLD
            })
            .max_by_key(|c| (c.score, std::cmp::Reverse(rank(c.verdict))))
            // Else the best-evidenced reading the text ties itself, when one is nearly as
            // good as the best: an untied best reading would be left unsaid (the link, not
            // the article, is the likelier mistake), and must not silence a tied one —
            // "cut 450 jobs, leaving 1,950 staff" after a paragraph about other staff.
            .or_else(|| {
                candidates
                    .iter()
                    .rev()
                    // (A statement with its own amount, "lost more than $2 to $43.25", has
                    // its start in its own words; a start found elsewhere for it must be the
                    // best reading, never a fallback.)
                    .filter(|c| c.tied && stated_by.get(&ri) != Some(&c.change))
                    .filter(|c| c.score >= best - BENEFIT_OF_DOUBT && c.score >= THRESHOLD)
                    .max_by_key(|c| (c.score, std::cmp::Reverse(rank(c.verdict))))
            })
            .or_else(|| candidates.iter().filter(|c| c.score == best).min_by_key(|c| rank(c.verdict)));
        if let Some(c) = chosen {
            findings.extend(finding(cx, ri, c));
        }
    }
    findings.extend(trade_balances(cx));
    findings.extend(majorities(cx));
    findings.extend(margins(cx));
    findings
}

/// Whether figure `t`'s clause tells it as an earlier level: "officials had put the number
/// of dead at 28", "38 people had been confirmed dead", "earlier", "previously".
fn told_as_earlier(cx: &Article<'_>, t: usize) -> bool {
    use crate::relation::near;
    let at = cx.tokens().of(t);
    // Only the figure's own clause: no look into the sentence before, nor past a comma.
    (at.saturating_sub(8)..at)
        .rev()
        .take_while(|&k| near::same_sentence(cx, k, at) && near::tok(cx, k).is_some_and(|x| x.punct().is_none()))
        .any(|k| near::is_any(cx, k, &["had", "earlier", "previously", "previous"]))
        // "38 people had been confirmed dead".
        || (at + 1..at + 4).any(|k| near::same_sentence(cx, k, at) && near::is(cx, k, "had"))
}

/// Whether a change of role `change` can lead to a result of role `result`: a remainder
/// follows a removal, a grown total an addition, a bare result either.
fn compatible_sign(result: Role, change: Option<Role>) -> bool {
    matches!(
        (result, change),
        (Role::Remainder, Some(Role::Removed))
            | (Role::Grown, Some(Role::Added))
            | (Role::Result, Some(Role::Removed | Role::Added))
    )
}

fn rank(v: Verdict) -> u8 {
    match v {
        Verdict::Consistent => 0,
        Verdict::ConsistentWithHedge => 1,
        Verdict::ConsistentWithRounding => 2,
        Verdict::Inconsistent => 3,
    }
}

/// The figure of a relation that looks like a typing slip for the value the other two
/// imply, if one does: (mention, the value it should have, the kind of slip).
fn slipped(cx: &Article<'_>, ri: usize, c: &Candidate<'_>) -> Option<(usize, f64, Slip)> {
    let ms = cx.mentions;
    [(c.start, c.relation.solve_term(0)), (c.change, c.relation.solve_term(1)), (ri, c.relation.expected())]
        .into_iter()
        .find_map(|(i, needed)| slip(cx.text, &ms[i], needed).map(|s| (i, needed, s)))
}

fn finding(cx: &Article<'_>, ri: usize, c: &Candidate<'_>) -> Option<Finding> {
    let text = cx.text;
    let (t, d, r) = (&cx.mentions[c.start], &cx.mentions[c.change], &cx.mentions[ri]);
    let sign = c.relation.terms[1].0;
    let expected = c.relation.expected();
    let op = if sign < 0.0 { "−" } else { "+" };
    let sum = format!(
        "{} {op} {} = {}{}",
        format::stated(text, t),
        format::stated(text, d),
        format::hedge_prefix(text, t),
        format::amount(r, expected)
    );
    let says = format::stated(text, r);
    let t_needed = c.relation.solve_term(0);
    let (severity, message) = match c.verdict {
        Verdict::Consistent => (Severity::Ok, format!("{sum}, as the text says.")),
        Verdict::ConsistentWithHedge => {
            (Severity::Note, format!("{sum}; the text says {says}, which holds only if {}", hedge_reading(cx, c, ri)))
        }
        Verdict::ConsistentWithRounding => {
            let round: Vec<String> = [t, d, r]
                .iter()
                .filter(|m| crate::interval::may_be_rounded(m))
                .map(|m| format!("\"{}\"", format::stated(text, m)))
                .collect();
            (
                Severity::Note,
                format!(
                    "{sum}; the text says {says}, which holds only within the rounding of {}.",
                    round.join(" and ")
                ),
            )
        }
        Verdict::Inconsistent => {
            // Figures tied only by their subject across sentences are reported when one of
            // them looks like a typing slip: otherwise the link, not the article, is the
            // likelier mistake.
            let slipped = slipped(cx, ri, c);
            if !c.tied && slipped.is_none() {
                return None;
            }
            let spread = [t, d].iter().map(|m| m.sentence.abs_diff(r.sentence)).max().unwrap_or(0);
            let close = spread <= CLOSE || [t, d].iter().all(|m| cx.paragraph(m) == cx.paragraph(r));
            let repair_total = if t.qualifier.is_some() {
                format!("read \"{}\" as {}", format::stated(text, t), reading(r, t, t_needed))
            } else {
                format!("{} → {}", format::stated(text, t), format::amount(r, t_needed))
            };
            let culprit = slipped.map_or(String::new(), |(i, needed, kind)| {
                let m = &cx.mentions[i];
                format!(
                    " \"{}\" looks like {} for {}.",
                    format::stated(text, m),
                    kind.describe(),
                    format::amount(m, needed)
                )
            });
            (
                if close && !c.inferred { Severity::Error } else { Severity::Warning },
                format!(
                    "{sum}, but the text says {says} ({} → {}, or {repair_total}).{culprit}",
                    format::amount(r, r.value.unwrap_or(0.0)),
                    format::amount(r, expected)
                ),
            )
        }
    };
    Some(Finding {
        check: ID,
        severity,
        verdict: c.verdict,
        mentions: vec![c.start, c.change, ri],
        span: r.span,
        message,
        expected: Some(expected),
        stated: r.value,
    })
}

/// "at least 1,210", "at most 1,210", "about 1,210": what a hedged figure must mean.
fn reading(unit_of: &Mention, m: &Mention, needed: f64) -> String {
    use crate::lexicon::hedges::Bound;
    let n = format::amount(unit_of, needed);
    match m.qualifier.as_ref().map(|q| q.bound) {
        Some(Bound::Lower) => format!("at least {n}"),
        Some(Bound::Upper) => format!("as little as {n}"),
        Some(Bound::Approx) | None => n,
    }
}

/// Which hedge the relation leans on, and the value it must stand for.
fn hedge_reading(cx: &Article<'_>, c: &Candidate<'_>, ri: usize) -> String {
    let ms = cx.mentions;
    let slots = [(c.start, Some(0)), (c.change, Some(1)), (ri, None)];
    let hedged: Vec<_> = slots.iter().filter(|(i, _)| ms[*i].qualifier.is_some()).collect();
    match hedged.as_slice() {
        [(i, term)] => {
            let m = &ms[*i];
            let needed = match term {
                Some(k) => c.relation.solve_term(*k),
                None => c.relation.expected(),
            };
            format!("\"{}\" means {}.", format::stated(cx.text, m), reading(&ms[ri], m, needed))
        }
        _ => "the hedged figures are read at the edge of what their hedges allow.".own(),
    }
}

/// "; "3,746" looks like two digits swapped for 3,476" when the stated result has the shape
/// of a typing slip for the expected one, else nothing.
fn slip_hint(cx: &Article<'_>, r: &Mention, expected: f64) -> String {
    slip(cx.text, r, expected).map_or(String::new(), |k| {
        format!("; \"{}\" looks like {} for {}", format::stated(cx.text, r), k.describe(), format::amount(r, expected))
    })
}

/// How many sentences apart a trade balance and its export–import pair may stand.
const TRADE_REACH: usize = 30;
/// How many balances either side of a pair are looked at.
const TRADE_SCAN: usize = 16;
/// How many balances one pair is compared with, nearest first.
const TRADE_BALANCES: usize = 8;

/// Trade balances against the exports and imports the article states (see
/// `relation::trade`): a pair confirms any balance it matches, nearest first; it disagrees
/// only with the one balance that names both exports and imports — an error beside it, a
/// warning further.
fn trade_balances(cx: &Article<'_>) -> Vec<Finding> {
    use crate::relation::trade;
    let ms = cx.mentions;
    let (pairs, balances) = trade::read(cx);
    let mut findings = Vec::new();
    let mut used = vec![false; ms.len()];
    for p in pairs {
        let (e, im) = (&ms[p.exports], &ms[p.imports]);
        let (Some(ev), Some(iv)) = (e.value, im.value) else { continue };
        let near = |b: &trade::Balance| ms[b.figure].sentence.abs_diff(e.sentence);
        // The balances nearest the pair, either side: a bounded number looked at, however
        // many the article has.
        let at = balances.partition_point(|b| b.figure < p.exports);
        let mut candidates: Vec<&trade::Balance> = balances[at.saturating_sub(TRADE_SCAN)..at]
            .iter()
            .chain(balances[at..].iter().take(TRADE_SCAN))
            .filter(|b| !used[b.figure] && ms[b.figure].unit == e.unit && near(b) <= TRADE_REACH)
            .collect();
        crate::sort::by_key(&mut candidates, |b| (near(b), b.figure));
        candidates.truncate(TRADE_BALANCES);
        // A deficit is imports less exports; a surplus the other way round.
        let deficit = iv >= ev;
        let ((first, first_side), (second, second_side)) =
            if deficit { ((im, "imports"), (e, "exports")) } else { ((e, "exports"), (im, "imports")) };
        let relation = |b: usize| Linear { terms: vec![(1.0, first), (-1.0, second)], result: &ms[b] };
        let agrees =
            candidates.iter().map(|b| (*b, relation(b.figure).verdict())).find(|(_, v)| *v != Verdict::Inconsistent);
        let (balance, verdict) = match agrees {
            Some(found) => found,
            None => {
                // Only the one balance that names both sides may disagree: the one beside the
                // pair may be of goods alone, of one partner, or of another period ("The
                // deficit with China alone hit $162bn").
                let naming: Vec<&&trade::Balance> = candidates.iter().filter(|b| b.names_both).collect();
                let [b] = naming.as_slice() else { continue };
                (**b, Verdict::Inconsistent)
            }
        };
        used[balance.figure] = true;
        let r = &ms[balance.figure];
        let linear = relation(balance.figure);
        let expected = linear.expected();
        let base = format!(
            "{first_side} of {} less {second_side} of {} is {}",
            format::stated(cx.text, first),
            format::stated(cx.text, second),
            format::amount(r, expected)
        );
        let far = near(balance) > 1;
        let (severity, message) = match verdict {
            Verdict::Consistent => (Severity::Ok, format!("{base}, the balance the text gives.")),
            Verdict::ConsistentWithHedge => {
                (Severity::Note, format!("{base}, which \"{}\" allows.", format::stated(cx.text, r)))
            }
            Verdict::ConsistentWithRounding => {
                (Severity::Note, format!("{base}, the balance the text gives within the rounding of the figures."))
            }
            Verdict::Inconsistent => {
                let hint = slip_hint(cx, r, expected);
                (
                    if far { Severity::Warning } else { Severity::Error },
                    format!("{base}, not {}{hint}.", format::stated(cx.text, r)),
                )
            }
        };
        findings.push(Finding {
            check: ID,
            severity,
            verdict,
            mentions: vec![p.exports, p.imports, balance.figure],
            span: r.span,
            message,
            expected: Some(expected),
            stated: r.value,
        });
    }
    findings
}

/// A majority against the two votes it separates (see `relation::majorities`): it may
/// confirm from the sentence after the votes, but disagree only beside one of them, or
/// through a slip (a warning).
fn majorities(cx: &Article<'_>) -> Vec<Finding> {
    let ms = cx.mentions;
    crate::relation::majorities::read(cx)
        .into_iter()
        .filter_map(|m| {
            let expected = ms[m.winner].value.zip(ms[m.runner_up].value).map_or(f64::NAN, |(w, r)| w - r);
            let fail = if m.beside {
                Some(Severity::Error)
            } else {
                slip(cx.text, &ms[m.majority], expected).map(|_| Severity::Warning)
            };
            difference(cx, [m.winner, m.runner_up, m.majority], "majority", "votes", fail)
        })
        .collect()
}

/// A stated margin against the two figures either side of it (see `relation::margins`):
/// the larger less the smaller. Both sides beside it: a disagreement is a warning (which
/// two figures a gap is between is read from where they stand); one side a sentence away:
/// only through a slip.
fn margins(cx: &Article<'_>) -> Vec<Finding> {
    let ms = cx.mentions;
    crate::relation::margins::read(cx)
        .into_iter()
        .filter_map(|g| {
            let (hi, lo) = if ms[g.a].value >= ms[g.b].value { (g.a, g.b) } else { (g.b, g.a) };
            let expected = ms[hi].value.zip(ms[lo].value).map_or(f64::NAN, |(h, l)| h - l);
            let slipped = slip(cx.text, &ms[g.margin], expected).is_some();
            let fail = (g.firm || slipped).then_some(Severity::Warning);
            difference(cx, [hi, lo, g.margin], "gap", "figures", fail).map(|mut f| {
                f.mentions = vec![g.a, g.b, g.margin];
                f
            })
        })
        .collect()
}

/// `hi − lo = r`, the difference the text names `what` ("majority", "gap"): `ok` when it
/// holds, a note within the rounding of the `sides`, and `fail` (if any) when it does not.
fn difference(
    cx: &Article<'_>,
    [hi, lo, r]: [usize; 3],
    what: &str,
    sides: &str,
    fail: Option<Severity>,
) -> Option<Finding> {
    let ms = cx.mentions;
    let stated = &ms[r];
    let linear = Linear { terms: vec![(1.0, &ms[hi]), (-1.0, &ms[lo])], result: stated };
    let verdict = linear.verdict();
    let expected = linear.expected();
    let base = format!(
        "{} − {} = {}",
        format::stated(cx.text, &ms[hi]),
        format::stated(cx.text, &ms[lo]),
        format::amount(stated, expected)
    );
    let said = format::stated(cx.text, stated);
    let (severity, message) = match verdict {
        Verdict::Consistent => (Severity::Ok, format!("{base}, the {what} the text gives.")),
        Verdict::Inconsistent => {
            (fail?, format!("{base}, not the {what} of {said} the text gives{}.", slip_hint(cx, stated, expected)))
        }
        _ => (Severity::Note, format!("{base}: the {what} of {said} holds within the rounding of the {sides}.")),
    };
    Some(Finding {
        check: ID,
        severity,
        verdict,
        mentions: vec![hi, lo, r],
        span: stated.span,
        message,
        expected: Some(expected),
        stated: stated.value,
    })
}

#[cfg(test)]
mod tests {
    use crate::{Severity, Verdict};

    fn arithmetic(text: &str) -> Vec<crate::check::Finding> {
        crate::check::run_one(super::ID, text)
    }

    #[track_caller]
    fn assert_one(text: &str, severity: Severity, verdict: Verdict) -> crate::check::Finding {
        let findings = arithmetic(text);
        assert_eq!(findings.len(), 1, "{findings:#?}");
        assert_eq!((findings[0].severity, findings[0].verdict), (severity, verdict), "{}", findings[0].message);
        findings[0].clone()
    }

    #[test]
    fn an_addition_named_only_by_the_total_after_it_confirms_and_never_alarms() {
        let text =
            "A firm has been fined £1.2m. It was also ordered to pay costs of £184,000, bringing the total to £1.384m.";
        assert_eq!(arithmetic(text)[0].severity, Severity::Ok);
        // The last of several additions to a total the text never states.
        let text =
            "The appeal raised £4,870 from a bake sale and £2,000 from a local firm, taking the total to £19,370.";
        assert!(arithmetic(text).iter().all(|f| f.severity < Severity::Warning), "{:#?}", arithmetic(text));
    }

    #[test]
    fn a_trade_balance_against_its_exports_and_imports() {
        let text = "The difference between what the UK exported and imported was £3.1bn. Overall UK exports \
                    rose by 3.2% to £24.8bn, although total imports rose again to a record £27.9bn.";
        assert_one(text, Severity::Ok, Verdict::Consistent);
        // Paragraphs apart, the balance that names both sides: a warning.
        let text = "The gap between US exports and imports hit an all-time high of $671.7bn in 2004.\n\n\
                    Democrats blamed China.\n\nEconomists were gloomy. They said more.\n\n\
                    For all of 2004, US exports rose 12.3% to $1.15 trillion, but imports rose even faster \
                    by 16.3% to a new record of $1.76 trillion.";
        let found = assert_one(text, Severity::Warning, Verdict::Inconsistent);
        assert!(
            found.message.starts_with("imports of $1.76 trillion less exports of $1.15 trillion is $610bn"),
            "{}",
            found.message
        );
        // Beside its pair, a wrong balance naming both sides is an error; a surplus is
        // exports less imports.
        let text = "The gap between Germany's exports and imports widened to €15.2bn. Exports rose to €82.1bn \
                    while imports were €68.9bn.";
        assert_one(text, Severity::Error, Verdict::Inconsistent);
        // A balance beside the pair that names neither side may be of another scope.
        let text = "UK exports rose to £24.8bn in November, while imports reached £27.9bn. The deficit in goods \
                    alone was £4.6bn.";
        assert!(arithmetic(text).is_empty(), "{:#?}", arithmetic(text));
        // A balance the text does not tie to the pair is not accused: the deficit with
        // China is a part of the gap, paragraphs away and naming neither side.
        let text = "The deficit with China was $162bn.\n\nOfficials spoke.\n\nMore.\n\n\
                    Exports rose to $1.15 trillion, while imports rose to $1.76 trillion.";
        assert!(arithmetic(text).is_empty(), "{:#?}", arithmetic(text));
    }

    #[test]
    fn a_majority_against_the_two_votes() {
        let text = "Mr Pell took 21,408 votes to 17,932 for Labour's Nasreen Akhtar, a majority of 3,746.";
        let found = assert_one(text, Severity::Error, Verdict::Inconsistent);
        assert!(found.message.contains("two digits swapped"), "{}", found.message);
        let text = "Ms Okonjo won 18,204 votes, up from 14,930. Mr Fane was second with 13,086, giving her a \
                    majority of 5,118.";
        assert_one(text, Severity::Ok, Verdict::Consistent);
        // Another contest's majority, a sentence after the votes, is not accused.
        let text = "Mr Pell took 21,408 votes to 17,932 for Labour. At the last election the party had a \
                    majority of 9,810.";
        assert!(arithmetic(text).is_empty(), "{:#?}", arithmetic(text));
    }

    #[test]
    fn a_running_toll_against_the_level_told_as_earlier() {
        // The update and the level it updates, in neighbouring sentences; the missing are
        // not the dead.
        let text = "Rescuers recovered nine more bodies from the mud on Tuesday, bringing the death toll \
                    from the floods to 35. On Monday evening officials had put the number of dead at 28, \
                    with 14 people still missing.";
        let found = assert_one(text, Severity::Warning, Verdict::Inconsistent);
        assert!(found.message.starts_with("28 + nine = 37"), "{}", found.message);
        // A "had" in the sentence before says nothing of this one's figure.
        let text = "Rescuers recovered nine more bodies, bringing the death toll to 40. Troops had arrived. \
                    The dead numbered 30 on Monday.";
        assert!(arithmetic(text).iter().all(|f| f.severity < Severity::Warning), "{:#?}", arithmetic(text));
        let text = "Teams pulled 12 more bodies from the rubble, bringing the death toll to 47.\n\n\
                    By Tuesday evening, 35 people had been confirmed dead and at least 20 were still missing.";
        assert_one(text, Severity::Ok, Verdict::Consistent);
    }

    #[test]
    fn a_reading_tied_by_its_sentences_is_not_silenced_by_a_looser_one_elsewhere() {
        // The mission's 1,200 personnel link to "staff" better than the agency's 2,300
        // people do, but only the agency's sentences tie the three figures together.
        let text = "The US mission carries over 1,200 personnel, the ministry said. President Putin said \
                    755 U.S. diplomats and technical staff must leave.\n\nThe agency employs 2,300 people. \
                    It will cut 450 jobs, leaving 1,950 staff.";
        let findings = arithmetic(text);
        let agency = findings.iter().find(|f| f.message.starts_with("2,300 − 450 = 1,850"));
        assert!(agency.is_some_and(|f| f.severity == Severity::Error), "{findings:#?}");
    }

    #[test]
    fn a_statement_with_its_own_amount_takes_no_other_change() {
        // A market report: each share moved by its own amount; Krispy Kreme's $1.83 is not
        // Biogen's change, however near $10.48 − $1.83 comes to a slip of $38.65.
        let text = "Shares in Krispy Kreme sank 14.87% - or $1.83 - to close at $10.48 on the news.\n\n\
                    Elan finished down $18.90 at $8, while Biogen fell $28.63 to $38.65.";
        assert!(arithmetic(text).iter().all(|f| f.verdict != Verdict::Inconsistent), "{:#?}", arithmetic(text));
    }

    #[test]
    fn a_decrease_of_an_amount_is_the_statements_own_change() {
        let text = "Traffic deaths fell to 1,048 last year from 1,131 in 2022, a decrease of 183.";
        assert_one(text, Severity::Error, Verdict::Inconsistent);
        let text = "Traffic deaths fell to 1,048 last year from 1,131 in 2022, a decrease of 83.";
        assert_one(text, Severity::Ok, Verdict::Consistent);
    }

    #[test]
    fn on_equal_evidence_the_nearer_start_wins() {
        // 200 and 250 members are one sentence from the result each; 200 stands before it.
        let text = "The club has 200 members. After 45 members quit, leaving 165 members. Of 250 members, 80 voted.";
        let f = assert_one(text, Severity::Error, Verdict::Inconsistent);
        assert!(f.message.starts_with("200 − 45 = 155"), "{}", f.message);
    }

    #[test]
    fn an_amount_more_than_another_level() {
        let text = "The payroll of $182 million is $40 million more than last season's $152 million.";
        let f = assert_one(text, Severity::Error, Verdict::Inconsistent);
        assert!(f.message.starts_with("$152 million + $40 million = $192m"), "{}", f.message);
        let text = "The payroll of $182 million is $30 million more than last season's $152 million.";
        assert_one(text, Severity::Ok, Verdict::Consistent);
    }

    #[test]
    fn a_statements_own_amount_is_no_other_results_change() {
        // bbc-politics-128: the £2.5bn belongs to £35bn; £31bn two years on is another level.
        let text = "Borrowing figures for 2003/4 are £35bn - £2.5bn less than the £37.5bn predicted in \
                    March's budget. Borrowing is tipped to fall to £31bn by 2005/06.";
        let found = arithmetic(text);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].severity, Severity::Ok, "{}", found[0].message);
    }

    #[test]
    fn flags_a_remainder_that_does_not_add_up() {
        let f = assert_one(
            "The agency employs 2,300 people. It will cut 450 jobs, leaving 1,950 staff.",
            Severity::Error,
            Verdict::Inconsistent,
        );
        assert_eq!(f.expected, Some(1850.0));
        assert!(f.message.contains("2,300 − 450 = 1,850"), "{}", f.message);
        assert!(f.message.contains("1,950 → 1,850"), "{}", f.message);
    }

    #[test]
    fn confirms_a_remainder_that_adds_up() {
        assert_one(
            "The agency employs 2,300 people. It will cut 450 jobs, leaving 1,850 staff.",
            Severity::Ok,
            Verdict::Consistent,
        );
    }

    #[test]
    fn allows_hedged_total_with_a_note_naming_the_implied_value() {
        let f = assert_one(
            "The agency employs over 2,300 people. It will cut 450 jobs, leaving 1,860 staff.",
            Severity::Note,
            Verdict::ConsistentWithHedge,
        );
        assert!(f.message.contains("at least 2,310"), "{}", f.message);
    }

    #[test]
    fn canonical_mission_holds_only_by_the_hedge() {
        let text = "The mission carries over 1,200 personnel. Moscow said 755 diplomats must leave, \
                    and ordered staff to be reduced to 455 people.";
        let f = assert_one(text, Severity::Note, Verdict::ConsistentWithHedge);
        assert_eq!(
            f.message,
            "over 1,200 − 755 = over 445; the text says 455, which holds only if \"over 1,200\" means at least 1,210."
        );
        assert_eq!(f.mentions, vec![0, 1, 2]);
    }

    #[test]
    fn a_precise_total_does_not_stretch() {
        let text = "The mission carries over 1,137 personnel. Moscow said 755 diplomats must leave, \
                    and ordered staff to be reduced to 455 people.";
        assert_one(text, Severity::Error, Verdict::Inconsistent);
    }

    #[test]
    fn adds_hires_to_a_total() {
        assert_one(
            "The firm has 1,000 workers. It will hire 200 staff, bringing its workforce to 1,200.",
            Severity::Ok,
            Verdict::Consistent,
        );
    }

    #[test]
    fn reads_real_phrasing() {
        assert_one(
            "The death toll rose by 12 overnight, bringing it to 35, officials said. On Monday they had reported 23 dead.",
            Severity::Ok,
            Verdict::Consistent,
        );
        assert_one(
            "A further 48 cases were confirmed on Friday, taking the total in the outbreak to 1,031. The previous day's figure had stood at 983.",
            Severity::Ok,
            Verdict::Consistent,
        );
        assert_one(
            "Marlow, which employs 3,150 people, said it would cut 420 jobs. After the cuts it will have a workforce of 2,370.",
            Severity::Error,
            Verdict::Inconsistent,
        );
    }

    #[test]
    fn money_in_one_currency_adds_up() {
        assert_one(
            "The pair stole £86,400 from the charity. Police have recovered £31,900, and £54,500 remains missing.",
            Severity::Ok,
            Verdict::Consistent,
        );
    }

    #[test]
    fn stays_silent_without_related_nouns() {
        assert!(arithmetic("The army has 2,300 tanks. It will cut 450 jobs, leaving 1,950 staff.").is_empty());
    }

    #[test]
    fn stays_silent_without_cues() {
        assert!(arithmetic("The agency employs 2,300 people. It has 450 jobs open and 1,950 staff.").is_empty());
    }

    #[test]
    fn never_uses_years_as_operands() {
        assert!(arithmetic("In 2016 it had staff. It will cut 450 jobs, leaving 1,950 staff.").is_empty());
    }

    #[test]
    fn money_spent_of_a_fund_leaves_the_rest() {
        assert_one(
            "The government has spent £3.4bn of the £5bn recovery fund so far, leaving £2.1bn still to be \
             allocated.",
            Severity::Error,
            Verdict::Inconsistent,
        );
        assert_one(
            "The council has spent £3.4bn of the £5bn fund so far, leaving £1.6bn to be allocated.",
            Severity::Ok,
            Verdict::Consistent,
        );
    }
}
