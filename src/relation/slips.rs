//! Slips: a stated figure that differs from the value a relation needs the way a typing
//! slip does.
//!
//! Most numeric errors in print are slips, not miscalculations: two digits swapped (671.7
//! for 617.7), one digit wrong, "m" for "bn", a decimal point moved. When figures are tied by
//! strong evidence (one sentence, "from … to"), any disagreement is worth reporting. When the
//! tie is weaker (figures paragraphs apart, linked by their subject), a disagreement is
//! reported only if one figure is a slip of the value the others imply: unrelated figures
//! almost never differ that way by chance, and the message can then name the likely
//! culprit.

use crate::mention::Mention;
use crate::text::Put as _;

/// How a stated figure differs from the value it should have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slip {
    /// Two neighbouring digits swapped: 671.7 for 617.7.
    Transposed,
    /// One digit wrong: 2,370 for 2,730 is not this; 2,750 for 2,730 is.
    OneDigit,
    /// A scale slip: thousand, million or billion for another, or a misplaced decimal point.
    Scale,
}

impl Slip {
    pub fn describe(self) -> &'static str {
        match self {
            Slip::Transposed => "two digits swapped",
            Slip::OneDigit => "one digit wrong",
            Slip::Scale => "a slip of scale or decimal point",
        }
    }
}

/// The digits of a figure as written ("$617.7bn" → "6177" with one decimal), and the factor
/// from the written number to the value (a billion here).
fn written(text: &str, m: &Mention) -> Option<(String, u32, f64)> {
    let under = text.get(m.span.start..m.span.end)?;
    let mut digits = String::new();
    let mut decimals = 0u32;
    let mut after_point = false;
    let mut started = false;
    for c in under.chars() {
        match c {
            '0'..='9' => {
                digits.put(c);
                started = true;
                if after_point {
                    decimals += 1;
                }
            }
            '.' if started && !after_point => after_point = true,
            ',' | '\u{a0}' | '\u{202f}' | '\u{2009}' | ' ' if started && !after_point => {}
            _ if started => break,
            _ => {}
        }
    }
    if digits.is_empty() || digits.len() > 15 {
        return None;
    }
    let as_written: f64 = crate::mention::decimal(&digits)? / 10f64.powi(decimals as i32);
    let value = m.value?;
    if as_written == 0.0 {
        return None;
    }
    Some((digits, decimals, value / as_written))
}

/// Whether figure `m`, stated as it is, looks like a slip for `needed` (a value in the same
/// unit as `m.value`).
pub fn slip(text: &str, m: &Mention, needed: f64) -> Option<Slip> {
    let value = m.value?;
    if !needed.is_finite() || needed <= 0.0 || value <= 0.0 {
        return None;
    }
    // Scale: a factor of ten to a thousand, either way, within half a percent.
    for k in [10.0, 100.0, 1000.0] {
        for ratio in [k, 1.0 / k] {
            if ((value / needed) / ratio - 1.0).abs() < 0.005 {
                return Some(Slip::Scale);
            }
        }
    }
    let (digits, decimals, factor) = written(text, m)?;
    let want = needed / factor * 10f64.powi(decimals as i32);
    if !(0.5..1e15).contains(&want) {
        return None;
    }
    // The value the others imply must itself be a number the writer could have typed at
    // this precision: 43.13 is no slip for "$40", 2,730 is one for "2,370".
    if (want - want.round()).abs() > 0.15 {
        return None;
    }
    // A round figure ("$40", "1,200") has too few digits for one of them to be a slip.
    let significant = digits.trim_start_matches('0').trim_end_matches('0').len();
    if significant < 2 {
        return None;
    }
    let want = crate::float::fixed(want.round(), 0);
    if want.len() != digits.len() || want == digits || digits.len() < 2 {
        return None;
    }
    let diffs: Vec<usize> =
        digits.bytes().zip(want.bytes()).enumerate().filter(|(_, (a, b))| a != b).map(|(i, _)| i).collect();
    match diffs.as_slice() {
        [_] if significant >= 3 => Some(Slip::OneDigit),
        [i, j]
            if *j == i + 1
                && digits.as_bytes()[*i] == want.as_bytes()[*j]
                && digits.as_bytes()[*j] == want.as_bytes()[*i] =>
        {
            Some(Slip::Transposed)
        }
        _ => None,
    }
}

/// Whether figure `m` looks like a slip for some value in `[lo, hi]`: the value the other
/// figures imply is itself only known to their rounding ("33%" is 32.5–33.5%).
pub fn slip_within(text: &str, m: &Mention, lo: f64, hi: f64) -> Option<(f64, Slip)> {
    let (lo, hi) = (lo.min(hi), lo.max(hi));
    if !lo.is_finite() || !hi.is_finite() {
        return None;
    }
    // A slip of scale anywhere in the range: "A$246bn" where 242m–296m was needed.
    let value = m.value?;
    for k in [10.0, 100.0, 1000.0] {
        for v in [value / k, value * k] {
            if v >= lo * 0.995 && v <= hi * 1.005 {
                return Some((v, Slip::Scale));
            }
        }
    }
    // Every value the figure could have been typed as, at its own precision, in the range.
    let (_, decimals, factor) = written(text, m)?;
    let step = factor / 10f64.powi(decimals as i32);
    if step <= 0.0 || (hi - lo) / step > 200.0 {
        return slip(text, m, (lo + hi) / 2.0).map(|k| ((lo + hi) / 2.0, k));
    }
    let first = (lo / step).ceil() as i64;
    let last = (hi / step).floor() as i64;
    // Over a range, one wrong digit matches too easily by chance: only a swap or a slip of
    // scale counts there; one wrong digit only against a value known exactly.
    let exact = (hi - lo) < step;
    (first..=last)
        .map(|k| k as f64 * step)
        .find_map(|v| slip(text, m, v).filter(|k| exact || *k != Slip::OneDigit).map(|kind| (v, kind)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(text: &str) -> Mention {
        crate::mention::extract(text, &crate::text::Segments::new(text)).remove(0)
    }

    #[test]
    fn finds_the_slips_of_print() {
        assert_eq!(slip("$671.7bn", &first("$671.7bn"), 617.7e9), Some(Slip::Transposed));
        assert_eq!(slip("2,370 staff", &first("2,370 staff"), 2730.0), Some(Slip::Transposed));
        assert_eq!(slip("2,750 staff", &first("2,750 staff"), 2730.0), Some(Slip::OneDigit));
        assert_eq!(slip("A$246bn", &first("A$246bn"), 246e6), Some(Slip::Scale));
        assert_eq!(slip("18.4%", &first("18.4%"), 1.84), Some(Slip::Scale));
    }

    #[test]
    fn a_slip_within_the_rounding_of_the_others() {
        // 798m euros down 33% is 526.7–542.7m: 537 is in, 573 is its transposition.
        let m = first("573m euros");
        assert_eq!(slip_within("573m euros", &m, 526.7e6, 542.7e6).map(|(_, k)| k), Some(Slip::Transposed));
    }

    #[test]
    fn an_unrelated_value_is_no_slip() {
        assert_eq!(slip("$44.45", &first("$44.45"), 41.32), None);
        assert_eq!(slip("£4,895", &first("£4,895"), 4750.0), None);
        assert_eq!(slip("455", &first("455"), 455.0), None);
        assert_eq!(slip("$40", &first("$40"), 43.13), None);
        assert_eq!(slip("$40", &first("$40"), 43.0), None);
    }
}
