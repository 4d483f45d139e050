//! `f64`s written as `format!("{v:.N}")` and `format!("{v:.Ne}")` write them, byte for byte,
//! without core's float formatting (flt2dec's Grisu and Dragon with their bignums and tables,
//! about 18 KB of the wasm).
//!
//! Every finite `f64` is a finite decimal: m × 2^e is m × 5^-e / 10^-e when e < 0. So its
//! exact digits are one small big-integer product, and rounding them (half to even, as core
//! does on an exact tie) is done on the digits. Messages print a few figures each, so the
//! cost does not matter; the largest product (the smallest subnormal) is 79 words.

use crate::text::Own as _;
use crate::text::Put as _;

/// `format!("{v:.prec$}")`.
pub fn fixed(v: f64, prec: usize) -> String {
    let Some((sign, mut digits, point)) = exact(v) else { return special(v) };
    // At least one digit before the point.
    if digits.len() <= point {
        let mut padded = vec![b'0'; point + 1 - digits.len()];
        padded.extend_from_slice(&digits);
        digits = padded;
    }
    if point > prec {
        let keep = digits.len() - (point - prec);
        round(&mut digits, keep);
    } else {
        digits.resize(digits.len() + prec - point, b'0');
    }
    let int = digits.len() - prec;
    let mut out = String::from(sign);
    out.extend(digits[..int].iter().map(|&b| char::from(b)));
    if prec > 0 {
        out.put('.');
        out.extend(digits[int..].iter().map(|&b| char::from(b)));
    }
    out
}

/// `format!("{v:.prec$e}")`.
pub fn exp(v: f64, prec: usize) -> String {
    let Some((sign, mut digits, point)) = exact(v) else { return special(v) };
    let mut exponent = digits.len() as i64 - 1 - point as i64;
    if digits == b"0" {
        exponent = 0;
    }
    if digits.len() > prec + 1 {
        round(&mut digits, prec + 1);
        if digits.len() > prec + 1 {
            // 9.995 → 10.00: one digit more, all zeros after the first.
            digits.truncate(prec + 1);
            exponent += 1;
        }
    } else {
        digits.resize(prec + 1, b'0');
    }
    let mut out = String::from(sign);
    out.put(char::from(digits[0]));
    if prec > 0 {
        out.put('.');
        out.extend(digits[1..].iter().map(|&b| char::from(b)));
    }
    out.put('e');
    out.push_str(&exponent.to_string());
    out
}

/// NaN and the infinities, as core writes them.
fn special(v: f64) -> String {
    if v.is_nan() {
        "NaN".own()
    } else if v < 0.0 {
        "-inf".own()
    } else {
        "inf".own()
    }
}

/// The sign ("-" for every negative, -0 included), the exact decimal digits of |v| (ASCII,
/// no leading zeros, "0" for zero) and how many of them stand after the point; `None` for
/// NaN and the infinities.
fn exact(v: f64) -> Option<(&'static str, Vec<u8>, usize)> {
    if !v.is_finite() {
        return None;
    }
    let sign = if v.is_sign_negative() { "-" } else { "" };
    let bits = v.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (m, e) = if biased == 0 { (fraction, -1074) } else { (fraction | 1 << 52, biased - 1075) };
    let mut big = vec![m as u32, (m >> 32) as u32];
    // × 2^e, or × 5^-e with the point -e digits from the right: in steps that fit a word.
    let (base, step, point) = if e >= 0 { (2u32, 31, 0) } else { (5u32, 13, (-e) as usize) };
    let mut left = e.unsigned_abs() as u32;
    while left > 0 {
        let n = left.min(step);
        let factor = base.pow(n);
        let mut carry = 0u64;
        for word in &mut big {
            let x = u64::from(*word) * u64::from(factor) + carry;
            *word = x as u32;
            carry = x >> 32;
        }
        if carry > 0 {
            big.push(carry as u32);
        }
        left -= n;
    }
    // Nine decimal digits at a time, lowest first.
    let mut digits = Vec::new();
    while big.iter().any(|&w| w != 0) {
        let mut rem = 0u64;
        for word in big.iter_mut().rev() {
            let x = (rem << 32) | u64::from(*word);
            *word = (x / 1_000_000_000) as u32;
            rem = x % 1_000_000_000;
        }
        for _ in 0..9 {
            digits.push(b'0' + (rem % 10) as u8);
            rem /= 10;
        }
        while big.last() == Some(&0) {
            big.pop();
        }
    }
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        digits.push(b'0');
    }
    digits.reverse();
    Some((sign, digits, point))
}

/// Keeps the first `keep` digits (`keep` ≥ 1), rounded half to even by the rest; a carry out
/// of the first digit adds a digit in front.
fn round(digits: &mut Vec<u8>, keep: usize) {
    let first = digits[keep];
    let rest = digits[keep + 1..].iter().any(|&d| d != b'0');
    let odd = (digits[keep - 1] - b'0') % 2 == 1;
    let up = first > b'5' || (first == b'5' && (rest || odd));
    digits.truncate(keep);
    if up {
        let mut i = keep;
        loop {
            if i == 0 {
                digits.insert(0, b'1');
                break;
            }
            i -= 1;
            if digits[i] == b'9' {
                digits[i] = b'0';
            } else {
                digits[i] += 1;
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values() -> Vec<f64> {
        let mut v = vec![
            0.0,
            -0.0,
            0.5,
            1.5,
            2.5,
            -0.5,
            -0.4,
            0.0625,
            0.1875,
            1.125,
            1.135,
            0.00125,
            0.9995,
            9.995e-5,
            9.999e-3,
            0.1 + 0.2,
            1234.5,
            2024.0,
            1e21,
            1e300,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            f64::EPSILON,
            1.0 / 3.0,
            2.0 / 3.0,
            0.0005,
            0.0015,
            999.9995,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ];
        // Deterministic variety: random bit patterns, and decimals a message prints.
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        for i in 0..4000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            v.push(f64::from_bits(x));
            v.push((x % 10_000_000) as f64 / 1000.0);
            v.push((x % 100_000) as f64 / 8.0 * if i % 2 == 0 { 1.0 } else { -1.0 });
            v.push((x % 1000) as f64 * 1e-7);
        }
        v
    }

    #[test]
    fn fixed_writes_what_core_writes() {
        for v in values() {
            for prec in [0, 1, 2, 3] {
                assert_eq!(fixed(v, prec), format!("{v:.prec$}"), "{v:e} .{prec}");
            }
        }
    }

    #[test]
    fn exp_writes_what_core_writes() {
        for v in values() {
            for prec in [0, 2, 5] {
                assert_eq!(exp(v, prec), format!("{v:.prec$e}"), "{v:e} .{prec}e");
            }
        }
    }
}
