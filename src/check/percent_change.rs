//! `percent-change`: a stated change that disagrees with its endpoints.
//!
//! # What it catches
//! "Sales rose from 40,000 to 60,000, a 30% increase." — 40,000 to 60,000 is +50%. Also a
//! direction word against its endpoints: "profit fell from €3.35m to €5.55m" (a rise).
//!
//! # Why it matters
//! Percentage changes are computed by hand, often against the wrong base (60,000 − 40,000 =
//! 20,000 is 33% of 60,000, 50% of 40,000); readers take the percentage as the story.
//!
//! # Phrasings it reads (see `relation::changes` for how)
//! - "from A to B, a rise of P", with adjuncts between ("from 12,400 in 2022 to 10,540 last
//!   year, a drop of 18%") and in either order ("to B from A");
//! - business-wire shapes: "B, up P from A"; "a P rise in profits to B from the A seen a
//!   year earlier"; "B, compared with A, an increase of P"; "B, some P lower than A";
//!   "rose P to B from A"; "closing at B, up C" (the start is B − C); "an increase of P on
//!   the A recorded a year earlier"; market reports, "The Dow Jones had risen 20.54 points,
//!   or 0.2%, to 10,847.66", "lost 65 Canadian cents or 25% … to 1.90 Canadian dollars",
//!   "closed up 38 pence, or 4.1%, at 965 pence" (the result after "at");
//! - a takeover's premium or an issue's discount: "offering 520p a share, a premium of 43%
//!   to Pennant's closing price of 388p"; "priced at 95p, a discount of 40% to … 158p";
//! - the percentage in another sentence, up to twelve paragraphs away, when the two
//!   sentences name the same subject ("Heineken saw its profits drop 33%" … "Heineken's net
//!   income fell to 537m euros, from 798m euro");
//! - a percentage alone in the sentence right beside the one change it could be
//!   (`Tie::Next`: "Recorded knife crime … fell by 12% in the year to March." "There were
//!   3,942 offences …, compared with 4,128 the previous year": a warning when it fails);
//!   "The figure for 2023 compares with 14.9% in 2018" points back as "That" does;
//! - a comparison with no word tying its figures (`Tie::Loose`): "Pernod – at 7.5bn euros –
//!   is about 9% smaller than Allied Domecq, which has … 8.2bn euros" (the one like figure
//!   either side); "The gap … hit … $671.7bn in 2004." "The deficit … was 24.4% above the
//!   previous record – 2003's imbalance of $496.5bn" (the subject's one like figure in the
//!   sentence before). Agreement confirms; a disagreement is a warning only when a figure
//!   looks like a typing slip — unless the subject stands right before the percentage and
//!   the base in its clause ("sells for £392,000, about 30% higher than the county average
//!   of £246,000": an error);
//! - a change word with no percentage ("rose from €3.12m to €4.87m"): the direction is
//!   checked — an error when it is wrong; `ok` when it holds, unless a change stated
//!   elsewhere could be this one's and was not tied to it (a loose percentage about the
//!   same thing, or an amount of change of the same kind that no statement took: "has
//!   fallen by 11 points" paragraphs before "48% …, down from 56%"): then the direction
//!   alone verifies nothing.
//!
//! # Flags
//! "Sales rose from 40,000 to 60,000, a 30% increase." (error); the same percentage stated
//! paragraphs from its endpoints (warning: the link is weaker); a percentage that holds only
//! if both endpoints sit at opposite extremes of their rounding (warning).
//!
//! # Does not flag
//! A change "in real terms" or after inflation against nominal endpoints (not checked).
//!
//! "… a 50% increase." (`ok`); "profit rose from €3.12m to €4.87m" (a `note`: a direction
//! that agrees says nothing of the sizes); "from 5% to 7%, an increase of 2 percent" — that is the
//! `percentage-points` check's case, not a wrong percentage.
//!
//! # False-alarm traps it avoids
//! - endpoints must measure one quantity (same kind and unit) and be tied by their words
//!   ("from", "to", "compared with", "than", "up … from");
//! - a percentage is a change only with a change word beside it ("41% of the vote" is a
//!   share); it is tied to the statement of its own sentence whose figures stand nearest;
//! - a percentage linked across sentences needs a shared name or noun and the same
//!   direction, and is only ever a warning;
//! - endpoints are widened by their rounding and hedges before an inconsistency is declared.

use crate::frame::{Direction, Role};
use crate::interval::{self, change_range, percent_as_written, Interval};
use crate::mention::{Kind, Mention};
use crate::relation::changes::{base_value, Statement, Tie};
use crate::relation::near;
use crate::relation::slips::{slip_within, Slip};

use super::format;
use super::{Article, Finding, Severity, Verdict};
use crate::text::Own as _;

pub const ID: &str = "percent-change";
pub const SUMMARY: &str = "a percentage change that disagrees with its endpoints (\"from 40 to 60, a 30% rise\")";

/// How far (as a fraction of their rounding) endpoints may be pushed before a percentage
/// that holds only there is a warning rather than a note.
const EXTREME_STRETCH: f64 = 0.6;

/// How far from its exact value a change stated as a fraction ("by a third") may be, in
/// percentage points: 30–37% is "a third".
const FRACTION_SLACK: f64 = 3.5;

/// How the statement's start is written for messages: "A", or the start derived from the
/// end and the amount, in the end's own unit ("from 544p to 548p", not "from 5.44").
fn start_text(cx: &Article<'_>, s: &Statement, start: f64) -> String {
    match s.from {
        Some(a) => format::stated(cx.text, &cx.mentions[a]),
        None => {
            let to = &cx.mentions[s.to];
            // `start` is in the base unit (pounds for pence): back to the end's own unit.
            let per_base = to.value.zip(base_value(to)).filter(|(_, b)| *b != 0.0).map_or(1.0, |(v, b)| v / b);
            format::amount(to, start * per_base)
        }
    }
}

/// The widened start of a statement: the stated start, or the end less the amount.
fn start_interval(cx: &Article<'_>, s: &Statement, t: f64) -> Option<Interval> {
    let ms = cx.mentions;
    let scale = |m: &Mention, i: Interval| if matches!(m.unit, Some("GBX" | "USX")) { i.scale(0.01) } else { i };
    if let Some(a) = s.from {
        return Some(scale(&ms[a], interval::partly_rounded(&ms[a], t)));
    }
    let (b, c) = (&ms[s.to], &ms[s.by?]);
    let (bi, ci) = (scale(b, interval::partly_rounded(b, t)), scale(c, interval::partly_rounded(c, t)));
    Some(match s.direction {
        Some(Direction::Down) => Interval { lo: bi.lo + ci.lo.abs(), hi: bi.hi + ci.hi.abs() },
        _ => Interval { lo: bi.lo - ci.hi.abs(), hi: bi.hi - ci.lo.abs() },
    })
}

fn end_interval(cx: &Article<'_>, s: &Statement, t: f64) -> Interval {
    let b = &cx.mentions[s.to];
    let i = interval::partly_rounded(b, t);
    if matches!(b.unit, Some("GBX" | "USX")) {
        i.scale(0.01)
    } else {
        i
    }
}

/// The smallest share of the endpoints' rounding under which the stated change holds.
fn stretch_needed(cx: &Article<'_>, s: &Statement, stated: Interval) -> Option<f64> {
    (1..=10).map(|k| k as f64 / 10.0).find(|&t| {
        start_interval(cx, s, t).and_then(|a| change_range(a, end_interval(cx, s, t))).is_some_and(|r| r.meets(stated))
    })
}

pub fn run(cx: &Article<'_>) -> Vec<Finding> {
    let mut findings = Vec::new();
    // An amount of change no statement took ("has fallen by 11 points in a month", with the
    // poll's 48% and 56% five paragraphs on): it may be the change of any statement of its
    // kind and unit (points, of percentages), so no direction word alone verifies one.
    // (Read only for an article with a change told by its words alone.)
    let loose = std::cell::OnceCell::new();
    let loose_kinds = || {
        let in_statement: crate::map::Set<usize> = cx.statements().iter().flat_map(|s| s.mentions()).collect();
        let mut kinds: Vec<(Kind, Option<&str>)> = Vec::new();
        for i in (0..cx.mentions.len()).filter(|&i| cx.frames()[i].role == Some(Role::By) && !in_statement.contains(&i))
        {
            let m = &cx.mentions[i];
            let points = m.unit == Some("pp") || near::is_any(cx, cx.tokens().of(i) + 1, &["points", "point"]);
            let kind = if points { (Kind::Percent, Some("%")) } else { (m.kind, m.unit) };
            if !kinds.contains(&kind) {
                kinds.push(kind);
            }
        }
        kinds
    };
    for s in cx.statements() {
        if let Some(p) = s.percent {
            if let Some(f) = judge_percentage(cx, s, p) {
                findings.push(f);
            }
        } else if s.multiple.is_none() {
            let end = &cx.mentions[s.to];
            let loose_amount =
                s.verb_direction.is_some() && loose.get_or_init(loose_kinds).contains(&(end.kind, end.unit));
            if let Some(f) = judge_direction(cx, s, loose_amount) {
                findings.push(f);
            }
        }
    }
    findings
}

/// A stated percentage against its endpoints.
fn judge_percentage(cx: &Article<'_>, s: &Statement, pi: usize) -> Option<Finding> {
    let ms = cx.mentions;
    let (b, p) = (&ms[s.to], &ms[pi]);
    // "by a third": a fraction of change, loosely put.
    let fraction = p.kind == Kind::Fraction;
    if p.unit != Some("%") && !fraction {
        return None; // points: the percentage-points check's
    }
    let (av, bv, pv) = (s.start_value(ms)?, base_value(b)?, p.value? * if fraction { 100.0 } else { 1.0 });
    if av <= 0.0 || bv < 0.0 {
        return None;
    }
    // "a real-terms increase of 3% once inflation is taken into account": a change net of
    // inflation is not the change between the nominal figures.
    let at = cx.tokens().of(pi);
    let real_terms = (at.saturating_sub(6)..at + 10).any(|k| {
        near::same_sentence(cx, at, k)
            && (near::is_any(cx, k, &["real-terms", "inflation", "inflation-adjusted"])
                || (near::is(cx, k, "real") && near::is(cx, k + 1, "terms")))
    });
    if real_terms {
        return None;
    }
    let actual = (bv / av - 1.0) * 100.0;
    // A change between percentages that equals their difference is a points question.
    if b.kind == Kind::Percent && (pv.abs() - (bv - av).abs()).abs() <= p.round_unit / 2.0 + 1e-9 {
        return None;
    }
    let direction = cx.frames()[pi].direction.or(s.direction);
    let sign = match direction {
        Some(Direction::Down) if pv > 0.0 => -1.0,
        Some(_) => 1.0,
        // No word says which way: the stated size is compared with the size of the change.
        None if actual < 0.0 && pv > 0.0 => -1.0,
        None => 1.0,
    };
    let (stated, widened) = if fraction {
        // "a third", "a quarter": words round harder than digits.
        let i = Interval { lo: sign * pv - FRACTION_SLACK, hi: sign * pv + FRACTION_SLACK };
        (i, i)
    } else {
        let h = interval::hedged(p).scale(sign);
        let half = p.round_unit.min(1.0) / 2.0;
        (percent_as_written(p, sign), Interval { lo: h.lo - half, hi: h.hi + half })
    };
    let exact = Interval::point(actual);
    let stretch = stretch_needed(cx, s, widened);
    let verdict = if exact.meets(stated) {
        Verdict::Consistent
    } else if (p.qualifier.is_some() || fraction) && exact.meets(widened) {
        Verdict::ConsistentWithHedge
    } else if stretch.is_some() {
        Verdict::ConsistentWithRounding
    } else {
        Verdict::Inconsistent
    };
    let word = if actual >= 0.0 { "a rise" } else { "a fall" };
    let said = format::stated(cx.text, p);
    let base = format!(
        "from {} to {} is {word} of {}%",
        start_text(cx, s, av),
        format::stated(cx.text, b),
        format::number(actual.abs())
    );
    // (Tied by their subject or only by where they stand: weak evidence either way.)
    let linked = matches!(s.tie, Tie::Linked | Tie::Loose);
    let (severity, message) = match verdict {
        Verdict::Consistent => (Severity::Ok, format!("{base}, as the text says ({said}).")),
        Verdict::ConsistentWithHedge => {
            (Severity::Note, format!("{base}; the text says {said}, which its hedge allows."))
        }
        Verdict::ConsistentWithRounding if stretch.is_some_and(|t| t > EXTREME_STRETCH) => (
            Severity::Warning,
            format!("{base}, not {said}; {said} holds only if both endpoints sit at the far ends of their rounding."),
        ),
        Verdict::ConsistentWithRounding => (
            Severity::Note,
            format!("{base}; the text says {said}, which holds only within the rounding of the endpoints."),
        ),
        Verdict::Inconsistent if linked && slipped(cx, s, pi, av, bv, pv * sign).is_none() => {
            // Tied only by its subject, a disagreement is more likely a wrong link than a
            // wrong article — unless one figure looks like a typing slip.
            return None;
        }
        Verdict::Inconsistent => {
            let wrong_base = (bv - av) / bv * 100.0;
            // Within one step of the precision the percentage is written to ("1.9%": 0.1),
            // not one whole point: 0.94% is no misreading of 1.9%.
            let step = p.round_unit.min(1.0);
            let hint = if (wrong_base.abs() - pv.abs()).abs() <= step {
                format!(" ({said} is the change as a share of the later figure, {})", format::stated(cx.text, b))
            } else if sign * pv * actual < 0.0 && (pv.abs() - actual.abs()).abs() <= step {
                " (the size is right, the direction is not)".own()
            } else if let Some((m, needed, kind)) = slipped(cx, s, pi, av, bv, pv * sign) {
                format!(
                    "; \"{}\" looks like {} for {}",
                    format::stated(cx.text, &cx.mentions[m]),
                    kind.describe(),
                    format::amount(&cx.mentions[m], needed)
                )
            } else {
                String::new()
            };
            let severity = if linked || s.tie == Tie::Next { Severity::Warning } else { Severity::Error };
            (severity, format!("{base}, not {said}{hint}."))
        }
    };
    let message = if s.tie == Tie::Next && verdict == Verdict::Inconsistent {
        format!("{message} The percentage stands in the sentence next to its figures, about the same subject.")
    } else if s.tie == Tie::Next {
        format!("{message} (The percentage and the figures stand in neighbouring sentences about the same subject.)")
    } else if s.tie == Tie::Loose {
        format!(
            "{message} (No word ties the percentage to these figures but the comparison they stand either side of.)"
        )
    } else if linked && verdict != Verdict::Inconsistent {
        format!("{message} (The percentage and the figures stand in different sentences about the same subject.)")
    } else if linked {
        format!("{message} The percentage stands in another sentence about the same subject; check that they belong together.")
    } else {
        message
    };
    Some(Finding {
        check: ID,
        severity,
        verdict,
        mentions: s.mentions(),
        span: p.span,
        message,
        expected: Some(actual),
        stated: Some(pv * sign),
    })
}

/// The figure of a change that looks like a typing slip for the value the other two imply:
/// the end (A × (1 + P)), the start (B ÷ (1 + P)) or the percentage itself, each known to
/// the rounding of the percentage.
fn slipped(cx: &Article<'_>, s: &Statement, p: usize, a: f64, b: f64, signed_p: f64) -> Option<(usize, f64, Slip)> {
    let ms = cx.mentions;
    let half = ms[p].round_unit.min(1.0) / 2.0;
    let (f_lo, f_hi) = (1.0 + (signed_p - half) / 100.0, 1.0 + (signed_p + half) / 100.0);
    let mut tries: Vec<(usize, f64, f64)> = vec![(s.to, a * f_lo, a * f_hi)];
    if let Some(from) = s.from {
        tries.push((from, b / f_hi, b / f_lo));
    }
    let actual = ((b / a - 1.0) * 100.0).abs();
    tries.push((p, actual, actual));
    tries.into_iter().find_map(|(i, lo, hi)| {
        let scale = if matches!(ms[i].unit, Some("GBX" | "USX")) { 100.0 } else { 1.0 };
        slip_within(cx.text, &ms[i], lo * scale, hi * scale).map(|(v, k)| (i, v / scale, k))
    })
}

/// A change word against its endpoints: "fell from €3.35m to €5.55m".
fn judge_direction(cx: &Article<'_>, s: &Statement, loose_amount: bool) -> Option<Finding> {
    let ms = cx.mentions;
    let said = s.verb_direction?;
    if (s.contested || loose_amount) && s.from.is_some() {
        // A percentage elsewhere may be this change's: its direction alone verifies nothing
        // (an error in the direction is still an error).
        let (a, b) = (interval::rounded(&ms[s.from?]), interval::rounded(&ms[s.to]));
        let holds = match said {
            Direction::Up => b.hi >= a.lo,
            Direction::Down => b.lo <= a.hi,
        };
        if holds {
            return None;
        }
    }
    let a = s.from?;
    let (av, bv) = (base_value(&ms[a])?, base_value(&ms[s.to])?);
    if av <= 0.0 {
        return None;
    }
    let (ai, bi) = (interval::rounded(&ms[a]), interval::rounded(&ms[s.to]));
    let could_rise = bi.hi >= ai.lo;
    let could_fall = bi.lo <= ai.hi;
    let holds = match said {
        Direction::Up => could_rise,
        Direction::Down => could_fall,
    };
    let actual = (bv / av - 1.0) * 100.0;
    let word = if actual >= 0.0 { "a rise" } else { "a fall" };
    let (from, to) = (format::stated(cx.text, &ms[a]), format::stated(cx.text, &ms[s.to]));
    let said_word = if said == Direction::Up { "rise" } else { "fall" };
    // (A direction that agrees is a note, not `ok`: it says nothing of the figures' sizes,
    // and "taking its estate to 642 shops from 625" agrees whether 642 is right or not.)
    let (severity, verdict, message) = if holds {
        (
            Severity::Note,
            Verdict::Consistent,
            format!("from {from} to {to} is {word} of {}%, as the text's words say.", format::number(actual.abs())),
        )
    } else {
        (
            Severity::Error,
            Verdict::Inconsistent,
            format!(
                "the text says the figure went to {to} from {from} as a {said_word}, but that is {word} of {}%: one of the figures or the direction is wrong.",
                format::number(actual.abs())
            ),
        )
    };
    Some(Finding {
        check: ID,
        severity,
        verdict,
        mentions: vec![a, s.to],
        span: ms[s.to].span,
        message,
        expected: None,
        stated: None,
    })
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
    fn a_percentage_at_the_far_ends_of_rounding_is_a_warning() {
        let found = run("Revenue rose from $2.0bn to $2.5bn, a rise of 20%.");
        assert_eq!((found[0].0, found[0].1), (Severity::Warning, Verdict::ConsistentWithRounding), "{}", found[0].2);
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

    #[test]
    fn reads_business_wire_phrasing() {
        assert_eq!(run("Revenue was 10bn euros, up 8.1% from 9.26bn euros in 2003.")[0].0, Severity::Note);
        assert_eq!(
            run("Net income was $412.6m, compared with $318.9m a year ago, an increase of 29.4%.")[0].0,
            Severity::Ok
        );
        assert_eq!(run("Prices now stand at £231,500, some 12% lower than the peak of £263,000.")[0].0, Severity::Ok);
        let found = run("Net income was $412.6m, compared with $318.9m a year ago, an increase of 39.4%.");
        assert_eq!(found[0].0, Severity::Error);
    }

    #[test]
    fn reads_a_start_from_an_amount_of_change() {
        let found = run("Elan finished down $18.90 at $8, after the shares lost 70%.");
        assert_eq!(found[0].0, Severity::Ok, "{}", found[0].2);
    }

    #[test]
    fn checks_a_direction_word_without_a_percentage() {
        let found = run("Profit fell from €3.35m to €5.55m last year.");
        assert_eq!(found[0].0, Severity::Error, "{}", found[0].2);
        // A direction that agrees is a note: it says nothing of the sizes.
        assert_eq!(run("Profit rose from €3.12m to €4.87m last year.")[0].0, Severity::Note);
        // An amount of change told elsewhere may be this one's: the direction alone is no
        // verification (an error in it still is).
        let text =
            "Support has fallen by 11 points in a month.\n\nIn the survey 48% backed it, down from 56% in March.";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }

    #[test]
    fn links_a_percentage_paragraphs_away() {
        let text = "Heineken saw its annual profits drop 33%.\n\nOther brewers did better.\n\n\
                    Heineken's net income fell to 537m euros, from 798m euros a year ago.";
        assert_eq!(run(text)[0].0, Severity::Ok);
        // Linked across paragraphs, a disagreement is reported when a figure looks like a
        // slip: 573m for 537m.
        let wrong = text.replace("537m", "573m");
        let found = run(&wrong);
        assert_eq!(found[0].0, Severity::Warning, "{}", found[0].2);
        assert!(found[0].2.contains("two digits swapped"), "{}", found[0].2);
        assert!(run(&text.replace("33%", "43%")).is_empty());
    }

    #[test]
    fn reads_a_start_named_by_a_noun_phrase() {
        let found = run("Prices fell from an average of NZ$1.31 million in 2022 to NZ$1.05 million last year, \
                         a decline of 11%.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].0, found[0].1), (Severity::Error, Verdict::Inconsistent));
        let lower = run("At £212,000, the average price in the North East is 41% lower than the national \
                         average of £290,000.");
        assert_eq!(lower.len(), 1, "{lower:?}");
        assert_eq!(lower[0].1, Verdict::Inconsistent);
        let right = run("At £212,000, the average price in the North East is 27% lower than the national \
                         average of £290,000.");
        assert_eq!(right[0].0, Severity::Ok, "{right:?}");
    }

    #[test]
    fn an_amount_percentage_and_level_in_market_reports() {
        let found = run("The Dow Jones index had risen 20.54 points, or 0.2%, to 10,847.66.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].2.starts_with("from 10,827.12 to 10,847.66"), "{}", found[0].2);
        let found = run("The FTSE 100 fell 45.2 points, or 1.9%, to 4,812.3.");
        assert_eq!(found[0].0, Severity::Error);
        // 0.94% is no misreading of 1.9% as a share of the later figure.
        assert!(!found[0].2.contains("share of the later figure"), "{}", found[0].2);
        // The start derived from pence is written in pence.
        let found = run("Shares in Acme rose 12p, or 4%, to 312p.");
        assert!(found[0].2.starts_with("from 300p to 312p"), "{}", found[0].2);
        let found = run("Shares in Bombardier lost 65 Canadian cents or 25% to 1.90 Canadian dollars.");
        assert_eq!(found[0].0, Severity::Ok, "{found:?}");
    }

    #[test]
    fn a_real_terms_change_is_not_the_nominal_one() {
        let text = "Spending will rise from £12bn to £13.1bn over three years, a real-terms increase of 3% once \
                    inflation is taken into account.";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }
}
