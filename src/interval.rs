//! Figures as intervals: what a stated number allows the true number to be.
//!
//! "455" is 455. "over 1,200" is anything from 1,200 to about 1,300. "1.2 million" is
//! anything that rounds to it. A relation between figures is judged on three ladders, each
//! wider than the last, and the verdict names the first one on which it holds:
//!
//! 1. **exact** — every figure as written: `consistent`;
//! 2. **hedged** — hedged figures widened by their hedge: `consistentWithHedge`;
//! 3. **rounded** — round figures widened by their rounding too: `consistentWithRounding`.
//!
//! Otherwise the relation is `inconsistent`. Widening is deliberately generous: a check
//! that cries wolf over a figure that was plainly rounded gets switched off.

use serde::Serialize;

use crate::lexicon::hedges::Bound;
use crate::mention::Mention;

/// Whether a relation holds, and on which ladder (see `crate::interval`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Verdict {
    Consistent,
    ConsistentWithRounding,
    ConsistentWithHedge,
    Inconsistent,
}

/// A closed interval of reals.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    pub lo: f64,
    pub hi: f64,
}

impl Interval {
    pub fn point(v: f64) -> Interval {
        Interval { lo: v, hi: v }
    }

    pub fn scale(self, k: f64) -> Interval {
        if k >= 0.0 {
            Interval { lo: self.lo * k, hi: self.hi * k }
        } else {
            Interval { lo: self.hi * k, hi: self.lo * k }
        }
    }

    /// Whether the two intervals share a point, allowing for floating-point noise.
    // One copy, not one inlined at each of its 22 callers: smaller wasm.
    #[inline(never)]
    pub fn meets(self, other: Interval) -> bool {
        let eps = 1e-9 * (self.lo.abs() + self.hi.abs() + other.lo.abs() + other.hi.abs()).max(1.0);
        self.lo <= other.hi + eps && other.lo <= self.hi + eps
    }
}

impl std::ops::Add for Interval {
    type Output = Interval;
    fn add(self, other: Interval) -> Interval {
        Interval { lo: self.lo + other.lo, hi: self.hi + other.hi }
    }
}

/// How far a hedge lets a figure stretch: at least its own rounding step, at least 5%.
/// "over 1,200" reaches 1,300; "over 1,137" only about 1,194, so "over 1,137" with a
/// result implying 1,210 is a real contradiction.
pub fn hedge_reach(value: f64, round_unit: f64) -> f64 {
    round_unit.max(0.05 * value.abs())
}

/// Whether a figure as written may be rounded: decimals and scaled figures always are
/// ("1.2 million", "33.3%"); integers when they have four digits or more and end in at
/// least two zeros ("1,200", "45,000"). "455", "40" and "200 staff" are taken at their
/// word: news copy writes small counts exactly, and rounding them would excuse real errors.
// One copy, not one inlined at each of its 10 callers: smaller wasm.
#[inline(never)]
pub fn may_be_rounded(m: &Mention) -> bool {
    let v = m.value.unwrap_or(0.0).abs();
    m.round_unit < 1.0 || (m.round_unit >= 100.0 && v >= 1000.0) || whole_money(m)
}

/// Whether `m` is a sum in whole pounds or dollars of at least a hundred: a bill of "£2,113"
/// hides its pence ("taking the Band D bill to £2,113 from £2,013", a 4.99% rise, is
/// £2,113.45). Below a hundred, half a unit is too wide to excuse anything: "from £5 to
/// £6" is a rise of 20%, not anything up to 44%.
fn whole_money(m: &Mention) -> bool {
    m.kind == crate::mention::Kind::Money
        && m.round_unit == 1.0
        && m.value.is_some_and(|v| v.abs() >= 100.0)
        && !matches!(m.unit, Some("GBX" | "USX"))
}

/// The figure as written.
pub fn exact(m: &Mention) -> Interval {
    Interval::point(m.value.unwrap_or(f64::NAN))
}

/// The figure widened by its hedge, if any.
pub fn hedged(m: &Mention) -> Interval {
    let v = m.value.unwrap_or(f64::NAN);
    let reach = hedge_reach(v, m.round_unit);
    match m.qualifier.as_ref().map(|q| q.bound) {
        None => Interval::point(v),
        Some(Bound::Lower) => Interval { lo: v, hi: v + reach },
        Some(Bound::Upper) => Interval { lo: v - reach, hi: v },
        // "about 300 million" is 250-350 million, not 200-400: an approximation is centred.
        Some(Bound::Approx) => Interval { lo: v - reach / 2.0, hi: v + reach / 2.0 },
    }
}

/// The rounding step a figure may hide: its last significant place, but never coarser
/// than two significant figures. "40,000" may be a rounded 40,400, not a rounded 44,000:
/// an article that rounds that hard says "about".
pub fn rounding_step(m: &Mention) -> f64 {
    let v = m.value.unwrap_or(0.0).abs();
    let mut step = m.round_unit;
    while v / step < 10.0 && step > 1e-12 {
        step /= 10.0;
    }
    step
}

/// The figure widened by its hedge and by its rounding.
pub fn rounded(m: &Mention) -> Interval {
    let h = hedged(m);
    if may_be_rounded(m) {
        let half = rounding_step(m) / 2.0;
        Interval { lo: h.lo - half, hi: h.hi + half }
    } else {
        h
    }
}

/// A stated percentage as the interval its precision allows: "30%" is [29.5, 30.5], "8.1%"
/// is [8.05, 8.15]; `sign` turns a stated fall into a negative change.
pub fn percent_as_written(p: &Mention, sign: f64) -> Interval {
    let v = p.value.unwrap_or(f64::NAN) * sign;
    let half = p.round_unit.min(1.0) / 2.0;
    Interval { lo: v - half, hi: v + half }
}

/// The percentage change from anything in `a` to anything in `b`.
pub fn change_range(a: Interval, b: Interval) -> Option<Interval> {
    if a.lo <= 0.0 {
        return None;
    }
    Some(Interval { lo: (b.lo / a.hi - 1.0) * 100.0, hi: (b.hi / a.lo - 1.0) * 100.0 })
}

/// A figure widened by a fraction `t` of its rounding (0: as written, 1: fully), for
/// asking how far a relation must stretch the rounding to hold.
pub fn partly_rounded(m: &Mention, t: f64) -> Interval {
    let h = hedged(m);
    if may_be_rounded(m) {
        let half = rounding_step(m) / 2.0 * t;
        Interval { lo: h.lo - half, hi: h.hi + half }
    } else {
        h
    }
}

/// A linear relation between figures: `Σ sign·term = result`.
pub struct Linear<'m> {
    pub terms: Vec<(f64, &'m Mention)>,
    pub result: &'m Mention,
}

impl Linear<'_> {
    fn side(&self, widen: fn(&Mention) -> Interval) -> Interval {
        self.terms.iter().fold(Interval::point(0.0), |acc, (sign, m)| acc + widen(m).scale(*sign))
    }

    /// The sum as written: what the other figures imply the result to be.
    // One copy, not one inlined at each of its 5 callers: smaller wasm.
    #[inline(never)]
    pub fn expected(&self) -> f64 {
        self.terms.iter().map(|(sign, m)| sign * m.value.unwrap_or(f64::NAN)).sum()
    }

    /// The first ladder on which the relation holds.
    pub fn verdict(&self) -> Verdict {
        if self.side(exact).meets(exact(self.result)) {
            Verdict::Consistent
        } else if self.side(hedged).meets(hedged(self.result)) {
            Verdict::ConsistentWithHedge
        } else if self.side(rounded).meets(rounded(self.result)) {
            Verdict::ConsistentWithRounding
        } else {
            Verdict::Inconsistent
        }
    }

    /// The value term `i` would need for the relation to hold exactly, the others as written.
    pub fn solve_term(&self, i: usize) -> f64 {
        let (sign, _) = self.terms[i];
        let others: f64 = self
            .terms
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != i)
            .map(|(_, (s, m))| s * m.value.unwrap_or(f64::NAN))
            .sum();
        (self.result.value.unwrap_or(f64::NAN) - others) / sign
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mention::{Kind, Qualifier};
    use crate::span::ByteSpan;

    fn figure(value: f64, round_unit: f64, bound: Option<Bound>) -> Mention {
        Mention {
            span: ByteSpan::default(),
            value: Some(value),
            values: vec![],
            kind: Kind::Count,
            unit: None,
            qualifier: bound.map(|bound| Qualifier { bound, span: ByteSpan::default() }),
            noun: None,
            sentence: 0,
            round_unit,
        }
    }

    #[test]
    fn over_a_round_figure_reaches_its_next_step() {
        let t = figure(1200.0, 100.0, Some(Bound::Lower));
        assert_eq!(hedged(&t), Interval { lo: 1200.0, hi: 1300.0 });
    }

    #[test]
    fn canonical_difference_holds_only_by_the_hedge() {
        let (t, d, r) = (figure(1200.0, 100.0, Some(Bound::Lower)), figure(755.0, 1.0, None), figure(455.0, 1.0, None));
        let relation = Linear { terms: vec![(1.0, &t), (-1.0, &d)], result: &r };
        assert_eq!(relation.verdict(), Verdict::ConsistentWithHedge);
        assert_eq!(relation.solve_term(0), 1210.0);
        assert_eq!(relation.expected(), 445.0);
    }

    #[test]
    fn a_precise_figure_does_not_stretch_far() {
        let (t, d, r) = (figure(1137.0, 1.0, Some(Bound::Lower)), figure(755.0, 1.0, None), figure(455.0, 1.0, None));
        assert_eq!(Linear { terms: vec![(1.0, &t), (-1.0, &d)], result: &r }.verdict(), Verdict::Inconsistent);
    }

    #[test]
    fn whole_pounds_of_a_bill_hide_pence() {
        let money = |value: f64, unit: &'static str| Mention {
            kind: Kind::Money,
            unit: Some(unit),
            ..figure(value, 1.0, None)
        };
        assert_eq!(rounded(&money(2113.0, "GBP")), Interval { lo: 2112.5, hi: 2113.5 });
        // Not small sums, nor pence, nor counts.
        assert_eq!(rounded(&money(6.0, "GBP")), Interval::point(6.0));
        assert_eq!(rounded(&money(250.0, "GBX")), Interval::point(250.0));
        assert_eq!(rounded(&figure(2113.0, 1.0, None)), Interval::point(2113.0));
    }

    #[test]
    fn rounding_is_the_last_resort() {
        let (t, d, r) = (figure(1.2e6, 1e5, None), figure(300_000.0, 1e5, None), figure(880_000.0, 1e4, None));
        assert_eq!(
            Linear { terms: vec![(1.0, &t), (-1.0, &d)], result: &r }.verdict(),
            Verdict::ConsistentWithRounding
        );
    }

    #[test]
    fn rounding_keeps_two_significant_figures() {
        assert_eq!(rounding_step(&figure(40_000.0, 10_000.0, None)), 1_000.0);
        assert_eq!(rounding_step(&figure(1_200.0, 100.0, None)), 100.0);
        assert_eq!(rounding_step(&figure(1.2e6, 1e5, None)), 1e5);
    }

    #[test]
    fn precise_counts_are_not_rounded() {
        assert!(!may_be_rounded(&figure(455.0, 1.0, None)));
        assert!(!may_be_rounded(&figure(40.0, 10.0, None)));
        assert!(!may_be_rounded(&figure(200.0, 100.0, None)));
        assert!(may_be_rounded(&figure(2300.0, 100.0, None)));
        assert!(may_be_rounded(&figure(33.3, 0.1, None)));
    }
}
