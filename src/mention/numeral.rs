//! Reading digits: "1,200", "3.5", "1,234.56", ".5".
//!
//! The scanner finds a run of digits with commas and periods between them; this
//! module decides how much of the run is one number. "1,200" is twelve hundred; "1,2,3" in a
//! list is three numbers, so the run is cut before its first malformed comma.

use crate::text::Slice;

/// A number read from digits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Numeral {
    pub value: f64,
    /// Digits after the decimal point as written ("2.50" → 2).
    pub decimals: u32,
    /// How many bytes of the run the number uses.
    pub len: usize,
    /// Whether the integer part had thousands separators.
    pub grouped: bool,
    /// Digits before the decimal point (leading zeros included).
    pub int_digits: usize,
}

/// What may separate groups of thousands.
const GROUP_SEPARATORS: &[&str] = &[",", " ", "\u{a0}", "\u{2009}", "\u{202f}"];

/// Numbers longer than this are identifiers (account numbers, hashes), not figures: their
/// values would lose precision in an f64 and no article does arithmetic with them.
pub const MAX_DIGITS: usize = 15;

/// Reads the longest well-formed number at the start of `run`, which starts with a digit or
/// a period followed by a digit. Returns `None` when the digits are too many to be a figure.
pub fn parse(run: &str) -> Option<Numeral> {
    let bytes = run.as_bytes();
    // Every loop below stops soon after MAX_DIGITS digits: the answer is `None` then, and
    // the caller skips the rest of the run in one step. Reading on would make each start
    // inside a long run ("1 000 000 000 …") re-read the run to its end (issue 8).
    let mut i = 0;
    while i < bytes.len() && bytes[i].is_ascii_digit() && i <= MAX_DIGITS {
        i += 1;
    }
    let first_group = i;
    let mut grouped = false;
    // Thousands groups after a first group of 1-3 digits: a separator followed by exactly
    // three digits. The separator is a comma, or a space of the kinds typesetters use
    // ("1 200", "40\u{202f}000", "1\u{a0}234"), and every group uses the same one.
    if (1..=3).contains(&first_group) {
        let separator = GROUP_SEPARATORS.iter().find(|sep| run.s(i..).starts_with(**sep));
        if let Some(sep) = separator {
            let width = sep.len();
            while run.s(i..).starts_with(sep)
                && i <= MAX_DIGITS * 2
                && bytes.len() >= i + width + 3
                && bytes[i + width..i + width + 3].iter().all(u8::is_ascii_digit)
                && !bytes.get(i + width + 3).is_some_and(|b| b.is_ascii_digit() || *b == b'/')
            {
                i += width + 3;
                grouped = true;
            }
        }
    }
    let int_end = i;
    let mut decimals = 0;
    if i + 1 < bytes.len() && bytes[i] == b'.' && bytes[i + 1].is_ascii_digit() {
        i += 1;
        while i < bytes.len() && bytes[i].is_ascii_digit() && decimals <= MAX_DIGITS as u32 {
            i += 1;
            decimals += 1;
        }
    }
    let digits = run.s(..i).bytes().filter(u8::is_ascii_digit).count();
    if digits > MAX_DIGITS || i == 0 {
        return None;
    }
    let cleaned: String = run.s(..i).chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
    let value: f64 = cleaned.parse().ok()?;
    Some(Numeral {
        value,
        decimals,
        len: i,
        grouped,
        int_digits: run.s(..int_end).bytes().filter(u8::is_ascii_digit).count(),
    })
}

/// The place value of the last significant written digit: how coarsely the figure may have
/// been rounded. "1,200" → 100, "455" → 1, "2.50" → 0.01, "0" → 1.
pub fn round_unit(value: f64, decimals: u32) -> f64 {
    if decimals > 0 {
        return 10f64.powi(-(decimals as i32));
    }
    let mut unit = 1.0;
    let mut rest = value.abs().round();
    if rest == 0.0 {
        return 1.0;
    }
    while rest % 10.0 == 0.0 && unit < 1e15 {
        rest /= 10.0;
        unit *= 10.0;
    }
    unit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn reads(run: &str, value: f64, len: usize) {
        let n = parse(run).unwrap();
        assert_eq!((n.value, n.len), (value, len), "{run}");
    }

    #[test]
    fn reads_separators_and_decimals() {
        reads("1,200", 1200.0, 5);
        reads("1,234,567.89", 1234567.89, 12);
        reads("3.5", 3.5, 3);
        reads("455", 455.0, 3);
        reads(".5", 0.5, 2);
    }

    #[test]
    fn reads_groups_separated_by_spaces() {
        reads("1 234 567 people", 1234567.0, 9);
        reads("40\u{202f}000", 40000.0, 8);
        reads("1\u{a0}200.5", 1200.5, 8);
        reads("2016 150", 2016.0, 4);
        reads("12 34", 12.0, 2);
        reads("2 1/4", 2.0, 1);
    }

    #[test]
    fn cuts_lists_and_versions_at_the_first_bad_separator() {
        reads("1,2,3", 1.0, 1);
        reads("12,34", 12.0, 2);
        reads("1,2345", 1.0, 1);
        reads("1.2.3", 1.2, 3);
    }

    #[test]
    fn refuses_identifiers_too_long_to_be_figures() {
        assert!(parse(&"9".repeat(500)).is_none());
        assert!(parse("1234567890123456").is_none());
    }

    #[test]
    fn round_unit_is_the_last_significant_place() {
        assert_eq!(round_unit(1200.0, 0), 100.0);
        assert_eq!(round_unit(455.0, 0), 1.0);
        assert_eq!(round_unit(2.5, 2), 0.01);
        assert_eq!(round_unit(0.0, 0), 1.0);
    }
}
