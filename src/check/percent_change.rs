//! `percent-change`: a stated percentage change that disagrees with its endpoints.
//!
//! # What it catches
//! "Sales rose from 40,000 to 60,000, a 30% increase." — 40,000 to 60,000 is +50%.
//!
//! # Why it matters
//! Percentage changes are computed by hand, often against the wrong base (60,000 − 40,000 =
//! 20,000 is 33% of 60,000, 50% of 40,000); readers take the percentage as the story.
//!
//! # Flags
//! "Sales rose from 40,000 to 60,000, a 30% increase."
//!
//! # Does not flag
//! "… a 50% increase." (`ok`); "from 5% to 7%, an increase of 2 percent" — that is the
//! `percentage-points` check's case, not a wrong percentage.
//!
//! # False-alarm traps it avoids
//! - the endpoints must be joined by "from … to" (or "to … from") with nothing else between,
//!   and be of one kind and unit;
//! - the percentage must stand in the same sentence and carry a change word ("rise",
//!   "up", "increase", …); compound growth ("10% and another 10%, 21% in all") has no
//!   endpoints and is never read here;
//! - endpoints are widened by their rounding before an inconsistency is declared.

use crate::interval::{self, Interval};
use crate::mention::{gap, Kind, Mention};
use crate::relation::changes::{self, Direction, Endpoints};

use super::format;
use super::{Article, Finding, Severity, Verdict};

pub const ID: &str = "percent-change";
pub const SUMMARY: &str = "a percentage change that disagrees with its endpoints (\"from 40 to 60, a 30% rise\")";

/// The stated change for a pair of endpoints: a percentage with a change word right beside
/// them — the figure just after ("from 40 to 60, a 50% rise", "… to 60, up 50%") or just
/// before ("fell 25% to $30m from $40m"), with only a few words between.
///
/// Adjacency is the evidence: "down from £12m to £9m, a 30% reduction, while the leisure
/// budget doubled from £1.5m to £3m" has one percentage and two pairs, and the 30% belongs
/// only to the pair it follows.
pub(crate) fn stated_change(
    cx: &Article<'_>,
    all: &[Endpoints],
    e: &Endpoints,
    units: &[&str],
) -> Option<(usize, Option<Direction>)> {
    let ms = cx.mentions;
    let (lo, hi) = (e.from.min(e.to), e.from.max(e.to));
    let usable = |i: usize| {
        let p = &ms[i];
        p.sentence == ms[hi].sentence
            && p.kind == Kind::Percent
            && p.unit.is_some_and(|u| units.contains(&u))
            && !changes::is_endpoint(all, i)
            && p.values.is_empty()
    };
    let words = |gap: &str| gap.split_whitespace().count();
    let after = (hi + 1 < ms.len() && usable(hi + 1)).then(|| hi + 1).filter(|&i| {
        let gap = gap(cx.text, &ms[hi], &ms[i]);
        words(gap) <= MAX_GAP_WORDS && !gap.contains(['.', ';', ':'])
    });
    let before = (lo > 0 && usable(lo - 1)).then(|| lo - 1).filter(|&i| {
        let gap = gap(cx.text, &ms[i], &ms[lo]);
        words(gap) <= 2 && !gap.contains([',', '.', ';', ':'])
    });
    after.or(before).and_then(|i| {
        let direction = changes::change_direction(cx.text, &ms[i]);
        (direction.is_some() || ms[i].unit == Some("pp")).then_some((i, direction))
    })
}

/// How many words may stand between the later endpoint and its change ("…, an increase of").
const MAX_GAP_WORDS: usize = 4;

/// The percentage change from `a` to `b` over their widened intervals.
fn change_range(a: Interval, b: Interval) -> Option<Interval> {
    if a.lo <= 0.0 {
        return None;
    }
    Some(Interval { lo: (b.lo / a.hi - 1.0) * 100.0, hi: (b.hi / a.lo - 1.0) * 100.0 })
}

/// A stated percentage as the interval its precision allows ("30%" is [29.5, 30.5]).
pub(crate) fn as_written(p: &Mention, sign: f64) -> Interval {
    let v = p.value.unwrap_or(f64::NAN) * sign;
    let half = p.round_unit.min(1.0) / 2.0;
    Interval { lo: v - half, hi: v + half }
}

pub fn run(cx: &Article<'_>) -> Vec<Finding> {
    let ms = cx.mentions;
    let all = cx.endpoints();
    let mut findings = Vec::new();
    for e in all {
        let (a, b) = (&ms[e.from], &ms[e.to]);
        let Some((pi, direction)) = stated_change(cx, all, e, &["%"]) else { continue };
        let p = &ms[pi];
        let (av, bv, pv) = (a.value.unwrap_or(0.0), b.value.unwrap_or(0.0), p.value.unwrap_or(0.0));
        if av <= 0.0 {
            continue;
        }
        let actual = (bv / av - 1.0) * 100.0;
        // A change between percentages that equals their difference is a points question.
        if a.kind == Kind::Percent && (pv.abs() - (bv - av).abs()).abs() <= p.round_unit / 2.0 + 1e-9 {
            continue;
        }
        let sign = if direction == Some(Direction::Down) && pv > 0.0 { -1.0 } else { 1.0 };
        let stated = as_written(p, sign);
        let verdict = if Interval::point(actual).meets(stated) {
            Verdict::Consistent
        } else if p.qualifier.is_some() && Interval::point(actual).meets(widen(interval::hedged(p), sign, p)) {
            Verdict::ConsistentWithHedge
        } else if change_range(interval::rounded(a), interval::rounded(b))
            .is_some_and(|r| r.meets(widen(interval::hedged(p), sign, p)))
        {
            Verdict::ConsistentWithRounding
        } else {
            Verdict::Inconsistent
        };
        let word = if actual >= 0.0 { "a rise" } else { "a fall" };
        let said = format::stated(cx.text, p);
        let base = format!(
            "from {} to {} is {word} of {}%",
            format::stated(cx.text, a),
            format::stated(cx.text, b),
            format::number(actual.abs())
        );
        let (severity, message) = match verdict {
            Verdict::Consistent => (Severity::Ok, format!("{base}, as the text says ({said}).")),
            Verdict::ConsistentWithHedge => {
                (Severity::Note, format!("{base}; the text says {said}, which its hedge allows."))
            }
            Verdict::ConsistentWithRounding => (
                Severity::Note,
                format!("{base}; the text says {said}, which holds only within the rounding of the endpoints."),
            ),
            Verdict::Inconsistent => {
                let wrong_base = (bv - av) / bv * 100.0;
                let hint = if (wrong_base.abs() - pv.abs()).abs() <= p.round_unit.max(1.0) {
                    format!(" ({said} is the change as a share of the later figure, {})", format::stated(cx.text, b))
                } else {
                    String::new()
                };
                (Severity::Error, format!("{base}, not {said}{hint}."))
            }
        };
        findings.push(Finding {
            check: ID,
            severity,
            verdict,
            mentions: vec![e.from, e.to, pi],
            span: p.span,
            message,
            expected: Some(actual),
            stated: Some(pv * sign),
        });
    }
    findings
}

fn widen(hedged: Interval, sign: f64, p: &Mention) -> Interval {
    let half = p.round_unit.min(1.0) / 2.0;
    let i = hedged.scale(sign);
    Interval { lo: i.lo - half, hi: i.hi + half }
}

#[cfg(test)]
mod tests {
    use crate::{Severity, Verdict};

    fn run(text: &str) -> Vec<(Severity, Verdict, String)> {
        crate::check::run_one(super::ID, text).into_iter().map(|f| (f.severity, f.verdict, f.message)).collect()
    }

    #[test]
    fn flags_a_wrong_percentage_rise() {
        let found = run("Sales rose from 40,000 to 60,000, a 30% increase.");
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].0, found[0].1), (Severity::Error, Verdict::Inconsistent));
        assert!(found[0].2.contains("a rise of 50%"), "{}", found[0].2);
    }

    #[test]
    fn confirms_a_right_one() {
        assert_eq!(run("Sales rose from 40,000 to 60,000, a 50% increase.")[0].0, Severity::Ok);
        assert_eq!(run("Profits fell 25% to $30m from $40m.")[0].0, Severity::Ok);
        assert_eq!(run("It grew from 300 to 400, up 33%.")[0].0, Severity::Ok);
    }

    #[test]
    fn names_the_wrong_base() {
        let found = run("Sales rose from 40,000 to 60,000, a 33% increase.");
        assert!(found[0].2.contains("share of the later figure"), "{}", found[0].2);
    }

    #[test]
    fn a_fall_stated_as_a_rise_is_an_error() {
        assert_eq!(run("Sales fell from 60,000 to 40,000, a 50% increase.")[0].0, Severity::Error);
    }

    #[test]
    fn leaves_points_to_the_points_check() {
        assert!(run("Unemployment rose from 5% to 7%, an increase of 2 percent.").is_empty());
        assert_eq!(run("Unemployment rose from 5% to 7%, an increase of 40%.")[0].0, Severity::Ok);
    }

    #[test]
    fn rounded_endpoints_are_a_note_not_an_error() {
        let found = run("Output rose from 1.2 million tonnes to 1.5 million tonnes, a 28% increase.");
        assert_eq!((found[0].0, found[0].1), (Severity::Note, Verdict::ConsistentWithRounding));
    }

    #[test]
    fn a_percentage_belongs_only_to_the_pair_beside_it() {
        let found = run(
            "Spending falls from £12m to £9m, a 25% reduction, while the leisure budget doubled from £1.5m to £3m.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, Severity::Ok);
    }

    #[test]
    fn stays_silent_without_endpoints() {
        assert!(run("Prices rose 10% and another 10%, 21% in all.").is_empty());
    }
}
