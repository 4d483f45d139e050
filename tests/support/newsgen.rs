//! A structure-aware generator of news-like text, for the fuzz target and the property
//! tests (one generator, two drivers: `fuzz/fuzz_targets/sentences.rs` and
//! `tests/robustness.rs`).
//!
//! Arbitrary bytes rarely spell "£1–2": a currency sign, a digit, an en dash and a digit in
//! a row. The panic that sequence caused (issue 8) was out of the byte-level fuzzer's
//! reach. This generator builds text the way articles are built — sentences of figures
//! with their signs, scales, units, ranges, hedges and nouns, joined by the words and
//! punctuation reporters put between them — and lets the fuzzer's bytes choose every piece,
//! so coverage guidance works on the structure as well as on the characters. A share of
//! the pieces are raw arbitrary strings, so odd Unicode still lands next to figures.

use arbitrary::{Result, Unstructured};

const SIGNS: &[&str] = &["", "", "", "−", "-", "+", "- ", "minus "];
const CURRENCIES: &[&str] = &["", "", "", "£", "$", "€", "US$", "A$", "HK$", "Rs", "¥", "USD ", "EUR", "C$"];
const SCALES: &[&str] =
    &["", "", "", "bn", "m", "k", " million", " billion", " trillion", "bn euros", " thousand", "m yen", " crore"];
const PERCENTS: &[&str] = &["", "", "", "%", " per cent", " percent", " percentage points", "pp", " points"];
const UNITS: &[&str] = &["", "", "", " miles", "km", " kg", " pounds", "°C", " °F", " feet", "ft", " metres", "m2"];
const DASHES: &[&str] = &["-", "–", "—", " to ", "/", " and ", "-to-"];
const WRITTEN: &[&str] = &[
    "thirty-five",
    "two-thirds",
    "a quarter",
    "one in five",
    "half a million",
    "a dozen",
    "three hundred and twenty",
    "one and a half",
    "Nineteen",
    "eleven",
    "fivefold",
    "doubled",
    "twice",
    "a third",
    "one hundred and",
];
const HEDGES: &[&str] = &[
    "",
    "",
    "",
    "over ",
    "more than ",
    "nearly ",
    "about ",
    "just under ",
    "up to ",
    "at least ",
    "some ",
    "almost ",
    "well over ",
    "fewer than ",
    "roughly ",
    "plus or minus ",
];
const NOUNS: &[&str] = &[
    "",
    "",
    " people",
    " staff",
    " jobs",
    " diplomats",
    " votes",
    " seats",
    " patients",
    " workers",
    " games",
    " cases",
    " pupils",
    " shares",
    " years",
    "-year-old",
    " days",
    " tonnes",
    "-strong workforce",
];
const WORDS: &[&str] = &[
    "leaving ",
    "cut ",
    "reduced to ",
    "rose to ",
    "fell from ",
    " from ",
    " to ",
    "up ",
    "down ",
    " compared with ",
    "of whom ",
    "including ",
    "a total of ",
    "bringing the toll to ",
    "won ",
    "drew ",
    "lost ",
    "Of the ",
    "between ",
    " and ",
    "in ",
    "born in ",
    "aged ",
    "The Senate voted ",
    "by ",
    " votes to ",
    "a rise of ",
    "the ",
    "its ",
    "China's ",
    "Flight ",
    "No. ",
    "U.S. ",
    "Mr. ",
    "Jan. ",
    "on ",
    "(",
    ")",
    "\"",
    "“",
    "”",
    "'",
    "’s ",
];
const BREAKS: &[&str] =
    &[" ", " ", " ", ", ", ". ", "; ", ": ", " – ", " - ", "\n", "\n\n", "\r\n", ".\n\n", "... ", "!"];
const ODD: &[&str] = &["\u{a0}", "\u{202f}", "\u{2009}", "😀", "e\u{301}", "نص", "١٢", "１２", "\t", "\u{feff}", "\0"];

fn pick<'a>(u: &mut Unstructured<'_>, from: &[&'a str]) -> Result<&'a str> {
    u.choose(from).copied()
}

/// Digits as reporters print them: "7", "1,200", "12.5", "0.83", "2013", "40 000", "007".
fn digits(u: &mut Unstructured<'_>, out: &mut String) -> Result<()> {
    match u.int_in_range(0..=7)? {
        0 => out.push_str(&u.int_in_range(0..=99u32)?.to_string()),
        1 => out.push_str(&u.int_in_range(100..=999u32)?.to_string()),
        2 => {
            out.push_str(&u.int_in_range(1..=999u32)?.to_string());
            for _ in 0..u.int_in_range(1..=3)? {
                out.push_str(pick(u, &[",", " ", "\u{a0}", "."])?);
                out.push_str(&format!("{:03}", u.int_in_range(0..=999u32)?));
            }
        }
        3 => out.push_str(&format!("{}.{}", u.int_in_range(0..=999u32)?, u.int_in_range(0..=99u32)?)),
        4 => out.push_str(&u.int_in_range(1800..=2100u32)?.to_string()),
        5 => out.push_str(&format!("{}/{}", u.int_in_range(1..=31u32)?, u.int_in_range(1..=12u32)?)),
        6 => out.push_str(&format!("{}:{:02}", u.int_in_range(0..=23u32)?, u.int_in_range(0..=59u32)?)),
        _ => {
            let n = u.int_in_range(1..=40usize)?;
            (0..n).try_for_each(|_| -> Result<()> {
                out.push(char::from(b'0' + u.int_in_range(0..=9u8)?));
                Ok(())
            })?;
        }
    }
    Ok(())
}

/// One figure with what may surround it: hedge, sign, currency, digits or words, a second
/// number after a dash, scale, percent or unit, and the counted noun.
fn figure(u: &mut Unstructured<'_>, out: &mut String) -> Result<()> {
    out.push_str(pick(u, HEDGES)?);
    if u.ratio(1, 5)? {
        out.push_str(pick(u, WRITTEN)?);
    } else {
        out.push_str(pick(u, SIGNS)?);
        out.push_str(pick(u, CURRENCIES)?);
        digits(u, out)?;
        if u.ratio(1, 4)? {
            out.push_str(pick(u, DASHES)?);
            if u.ratio(1, 3)? {
                out.push_str(pick(u, CURRENCIES)?);
            }
            digits(u, out)?;
        }
        out.push_str(pick(u, SCALES)?);
    }
    out.push_str(pick(u, PERCENTS)?);
    out.push_str(pick(u, UNITS)?);
    out.push_str(pick(u, NOUNS)?);
    Ok(())
}

/// A text of a few sentences, each a run of figures, words, breaks and odd characters.
pub fn text(u: &mut Unstructured<'_>) -> Result<String> {
    let mut out = String::new();
    let pieces = u.int_in_range(1..=60usize)?;
    for _ in 0..pieces {
        match u.int_in_range(0..=9u8)? {
            0..=3 => figure(u, &mut out)?,
            4..=5 => out.push_str(pick(u, WORDS)?),
            6..=7 => out.push_str(pick(u, BREAKS)?),
            8 => out.push_str(pick(u, ODD)?),
            _ => {
                // Raw arbitrary text, kept short: odd Unicode beside the figures.
                let raw: &str = u.arbitrary()?;
                out.push_str(raw.get(..raw.len().min(12)).unwrap_or(""));
            }
        }
        if u.is_empty() {
            break;
        }
    }
    Ok(out)
}
