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
    let value: f64 = decimal(&cleaned)?;
    Some(Numeral {
        value,
        decimals,
        len: i,
        grouped,
        int_digits: run.s(..int_end).bytes().filter(u8::is_ascii_digit).count(),
    })
}

/// Powers of ten an f64 holds exactly (all up to 10^22 do).
const POW10: [f64; 20] =
    [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19];

/// The value of a decimal written as ASCII digits with at most one '.' ("1200", "3.5", ".5",
/// "5."), correctly rounded (to nearest, ties to even): the same f64 as `str::parse::<f64>`.
///
/// Not `str::parse`: core's parser brings its table of powers of five (10 KB of random bits)
/// and its big-number code into the wasm, and the readers never need them. With the digits
/// read as an integer `m` and `k` digits after the point, the value is `m / 10^k`:
/// - `m ≤ 2^53` (every figure the readers take: at most 15 digits, `MAX_DIGITS`): `m` and
///   `10^k` are exact f64s, and one IEEE division of exact operands is correctly rounded
///   (Clinger's fast path);
/// - otherwise (up to 19 digits, as "point" read out digit by digit can give): the quotient
///   to 54 or more bits in 128-bit integers, rounded to 53 with the remainder as sticky bit.
///
/// `None` when the text is not of that form (no sign, no exponent, no separators), or when
/// `m` does not fit 64 bits or more than 19 digits follow the point — no reader builds such a
/// number.
pub fn decimal(s: &str) -> Option<f64> {
    let (mut m, mut k, mut point, mut any) = (0u64, 0usize, false, false);
    for b in s.bytes() {
        match b {
            b'0'..=b'9' => {
                m = m.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
                k += usize::from(point);
                any = true;
            }
            b'.' if !point => point = true,
            _ => return None,
        }
    }
    let pow = *POW10.get(k).filter(|_| any)?;
    if m <= 1 << 53 {
        return Some(m as f64 / pow);
    }
    if k == 0 {
        return Some(m as f64); // u64 to f64 rounds to nearest, ties to even
    }
    // m > 2^53 and 10^k < 2^64, so q = ⌊m·2^64 / 10^k⌋ > 2^53: at least 54 bits.
    let d = 10u128.pow(k as u32);
    let n = u128::from(m) << 64;
    let (q, r) = (n / d, n % d);
    let drop = (128 - q.leading_zeros() - 54) as i32;
    let q54 = q >> drop;
    let sticky = r != 0 || q & ((1u128 << drop) - 1) != 0;
    let mut mantissa = (q54 >> 1) as u64; // 53 bits
    if q54 & 1 == 1 && (sticky || mantissa & 1 == 1) {
        mantissa += 1; // at most 2^53: still exact
    }
    // value = mantissa · 2^(drop + 1 - 64); the exponent is between -63 and 11.
    Some(mantissa as f64 * f64::from_bits(((1023 + drop + 1 - 64) as u64) << 52))
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

    #[track_caller]
    fn same_as_core(s: &str) {
        let want: f64 = s.parse().unwrap();
        assert_eq!(decimal(s).map(f64::to_bits), Some(want.to_bits()), "{s}");
    }

    #[test]
    fn decimals_are_read_as_core_reads_them() {
        let cases = "0 00 0.0 .0 0. .5 5. 1200 3.5 0.1 0.2 0.3 1234567.89 999999999999999 0.000000000000001
            9007199254740992 9007199254740993 9007199254740995 4503599627370496.5 4503599627370497.5
            2251799813685248.25 2251799813685248.75 0.30000000000000004 1.0000000000000002 0.12345678901234567
            12345678901234567.8 9999999999999999999 .9999999999999999999 0.9999999999999999999
            18446744073709551615 000000000000000000000000001.5";
        for s in cases.split_whitespace() {
            same_as_core(s);
        }
    }

    #[test]
    fn decimals_outside_what_the_readers_build_are_refused() {
        for s in
            ["", ".", "..", "1.2.3", "1e5", "-1", "+1", " 1", "1,000", "18446744073709551616", "0.00000000000000000001"]
        {
            assert_eq!(decimal(s), None, "{s}");
        }
    }

    #[test]
    fn round_unit_is_the_last_significant_place() {
        assert_eq!(round_unit(1200.0, 0), 100.0);
        assert_eq!(round_unit(455.0, 0), 1.0);
        assert_eq!(round_unit(2.5, 2), 0.01);
        assert_eq!(round_unit(0.0, 0), 1.0);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod decimal_against_core {
    use proptest::prelude::*;

    use super::decimal;

    fn check(s: &str) -> Result<(), TestCaseError> {
        let want: f64 = s.parse().map_err(|e| TestCaseError::fail(format!("{s}: {e}")))?;
        prop_assert_eq!(decimal(s).map(f64::to_bits), Some(want.to_bits()), "{}", s);
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]

        /// Up to 19 digits with the point anywhere (or none): every form the readers build.
        #[test]
        fn digits_with_a_point_anywhere(digits in "[0-9]{1,19}", point in any::<prop::sample::Index>(), has_point: bool) {
            let at = point.index(digits.len() + 1);
            let s = if has_point { format!("{}.{}", &digits[..at], &digits[at..]) } else { digits };
            check(&s)?;
        }

        /// Many significant digits: the 128-bit path, and its rounding.
        #[test]
        fn long_mantissas(int in 1u64..=9_999_999_999, frac in "[0-9]{6,9}") {
            check(&format!("{int}.{frac}"))?;
        }

        /// Exactly halfway between two f64s (ties to even), and just either side of it.
        #[test]
        fn halfway_points(x in (1u64 << 52)..(1u64 << 53), tail in prop::sample::select(vec!["5", "49", "51", "499", "501"])) {
            check(&format!("{x}.{tail}"))?;
        }

        /// Whole numbers of up to 20 digits, u64 to f64.
        #[test]
        fn whole_numbers(x: u64) {
            check(&x.to_string())?;
        }

        /// What `f64` prints (shortest round trip) reads back to the same f64.
        #[test]
        fn printed_f64s(x in 0.01f64..1e15) {
            check(&format!("{x}"))?;
        }
    }
}
