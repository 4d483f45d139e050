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
//! # Evidence it needs
//! All three, or it stays silent:
//! - a **result cue** on the result: "leaving N", "reduced/cut/fell … to N" (remainder),
//!   "rose/grew … to N" (grown total) — see `relation::roles`;
//! - a **change cue** on the change, within two sentences: "cut/shed/expel N", "N … must
//!   leave", "hire/add N";
//! - a **total** with no cue of its own whose noun is the change's noun, a synonym, or
//!   broader ("personnel" ⊇ "diplomats"), and related to the result's noun when it has one.
//!
//! # Flags
//! "The agency employs 2,300 people. It will cut 450 jobs, leaving 1,950 staff."
//!
//! # Does not flag
//! "… leaving 1,850 staff." (`ok`); "over 2,300 people … cut 450 … leaving 1,860" (`note`:
//! holds if "over 2,300" means at least 2,310).
//!
//! # False-alarm traps it avoids
//! - years, dates, ordinals, designators ("Flight 370"), percentages and money are never
//!   operands: only `count` mentions are;
//! - "from 40 to 60" is a change between endpoints, not a remainder (no role);
//! - when several totals would fit, the one that makes the arithmetic hold wins: a check
//!   that picks the wrong total must not accuse the article.

use crate::interval::Linear;
use crate::mention::Mention;
use crate::relation::{self, NounLink, Role};

use super::format;
use super::{Article, Finding, Severity, Verdict};

pub const ID: &str = "arithmetic";
pub const SUMMARY: &str = "a stated remainder or result that is not the sum or difference of related figures";

/// How many sentences before the result the change may stand.
const CHANGE_REACH: usize = 2;
/// How many sentences before the result (or after it) the total may stand.
const TOTAL_REACH_BEFORE: usize = 8;
const TOTAL_REACH_AFTER: usize = 2;
/// At most this many mentions either side of the result are candidates (see `Context::window`).
const MAX_CANDIDATES: usize = 40;
/// Beyond this many sentences from the result, an inconsistency is a warning, not an error.
const CLOSE: usize = 4;

struct Candidate<'m> {
    total: usize,
    change: usize,
    score: i32,
    relation: Linear<'m>,
    verdict: Verdict,
}

fn strength(link: NounLink) -> i32 {
    match link {
        NounLink::Same | NounLink::Synonym => 3,
        NounLink::Narrower | NounLink::Broader => 2,
    }
}

pub fn run(cx: &Article<'_>) -> Vec<Finding> {
    let ms = cx.mentions;
    let cues: Vec<Option<relation::Cue>> =
        ms.iter().map(|m| if m.is_count() { relation::role_of(cx.text, m) } else { None }).collect();
    let mut findings = Vec::new();
    for (ri, r) in ms.iter().enumerate() {
        let Some(cue) = &cues[ri] else { continue };
        let (sign, change_role) = match cue.role {
            Role::Remainder => (-1.0, Role::Removed),
            Role::Grown => (1.0, Role::Added),
            _ => continue,
        };
        let r_noun = r.noun.as_deref().or(cue.noun.as_deref());
        let mut best: Option<Candidate<'_>> = None;
        for di in cx.window(ri, CHANGE_REACH, 0, MAX_CANDIDATES) {
            let d = &ms[di];
            if di == ri || cues[di].as_ref().map(|c| c.role) != Some(change_role) {
                continue;
            }
            let Some(d_noun) = d.noun.as_deref() else {
                continue;
            };
            let d_to_r = match r_noun {
                Some(rn) => match relation::link(d_noun, rn) {
                    Some(link) => strength(link),
                    None => continue,
                },
                None => 0,
            };
            let window = cx.window(ri, TOTAL_REACH_BEFORE, TOTAL_REACH_AFTER, MAX_CANDIDATES);
            for ti in window {
                let t = &ms[ti];
                if ti == ri || ti == di || !t.is_count() || cues[ti].is_some() {
                    continue;
                }
                let Some(t_noun) = t.noun.as_deref() else {
                    continue;
                };
                let t_to_d = match relation::link(t_noun, d_noun) {
                    Some(link @ (NounLink::Same | NounLink::Synonym | NounLink::Broader)) => strength(link),
                    _ => continue,
                };
                let t_to_r = match r_noun {
                    Some(rn) => match relation::link(t_noun, rn) {
                        Some(link) => strength(link),
                        None => continue,
                    },
                    None => 0,
                };
                let (tv, dv, rv) = (t.value.unwrap_or(0.0), d.value.unwrap_or(0.0), r.value.unwrap_or(0.0));
                let plausible = if sign < 0.0 { tv > dv && tv > rv } else { tv < rv };
                if !plausible {
                    continue;
                }
                let distance = t.sentence.abs_diff(r.sentence) as i32;
                let score = 10 * (t_to_d + t_to_r + d_to_r) - distance;
                let relation = Linear { terms: vec![(1.0, t), (sign, d)], result: r };
                let verdict = relation.verdict();
                let better = match &best {
                    None => true,
                    // Equal evidence: the reading under which the article is right wins.
                    Some(b) => score > b.score || (score == b.score && rank(verdict) < rank(b.verdict)),
                };
                if better {
                    best = Some(Candidate { total: ti, change: di, score, relation, verdict });
                }
            }
        }
        if let Some(c) = best {
            findings.push(finding(cx, ri, &c));
        }
    }
    findings
}

fn rank(v: Verdict) -> u8 {
    match v {
        Verdict::Consistent => 0,
        Verdict::ConsistentWithHedge => 1,
        Verdict::ConsistentWithRounding => 2,
        Verdict::Inconsistent => 3,
    }
}

fn finding(cx: &Article<'_>, ri: usize, c: &Candidate<'_>) -> Finding {
    let text = cx.text;
    let (t, d, r) = (&cx.mentions[c.total], &cx.mentions[c.change], &cx.mentions[ri]);
    let sign = c.relation.terms[1].0;
    let expected = c.relation.expected();
    let op = if sign < 0.0 { "−" } else { "+" };
    let sum = format!(
        "{} {op} {} = {}{}",
        format::stated(text, t),
        format::stated(text, d),
        format::hedge_prefix(text, t),
        format::number(expected)
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
            let close = t.sentence.abs_diff(r.sentence) <= CLOSE || cx.paragraph(t) == cx.paragraph(r);
            let repair_total = if t.qualifier.is_some() {
                format!("read \"{}\" as {}", format::stated(text, t), reading(t, t_needed))
            } else {
                format!("{} → {}", format::stated(text, t), format::number(t_needed))
            };
            (
                if close { Severity::Error } else { Severity::Warning },
                format!(
                    "{sum}, but the text says {says} ({} → {}, or {repair_total}).",
                    format::number(r.value.unwrap_or(0.0)),
                    format::number(expected)
                ),
            )
        }
    };
    Finding {
        check: ID,
        severity,
        verdict: c.verdict,
        mentions: vec![c.total, c.change, ri],
        span: r.span,
        message,
        expected: Some(expected),
        stated: r.value,
    }
}

/// "at least 1,210", "at most 1,210", "about 1,210": what a hedged figure must mean.
fn reading(m: &Mention, needed: f64) -> String {
    use crate::lexicon::hedges::Bound;
    let n = format::number(needed);
    match m.qualifier.as_ref().map(|q| q.bound) {
        Some(Bound::Lower) => format!("at least {n}"),
        Some(Bound::Upper) => format!("as little as {n}"),
        Some(Bound::Approx) | None => n,
    }
}

/// Which hedge the relation leans on, and the value it must stand for.
fn hedge_reading(cx: &Article<'_>, c: &Candidate<'_>, ri: usize) -> String {
    let ms = cx.mentions;
    let slots = [(c.total, Some(0)), (c.change, Some(1)), (ri, None)];
    let hedged: Vec<_> = slots.iter().filter(|(i, _)| ms[*i].qualifier.is_some()).collect();
    match hedged.as_slice() {
        [(i, term)] => {
            let m = &ms[*i];
            let needed = match term {
                Some(k) => c.relation.solve_term(*k),
                None => c.relation.expected(),
            };
            format!("\"{}\" means {}.", format::stated(cx.text, m), reading(m, needed))
        }
        _ => "the hedged figures are read at the edge of what their hedges allow.".to_string(),
    }
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
}
