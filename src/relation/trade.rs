//! Trade balances: exports, imports and the gap between them, read as one structure.
//!
//! "For all of 2004, US exports rose 12.3% to $1.15 trillion, but imports rose even faster
//! by 16.3% to a new record of $1.76 trillion"; "During November the UK exported £16.9bn
//! worth of goods, but imported £21.5bn"; and, in the same paragraph or paragraphs away,
//! the balance: "The gap between US exports and imports hit … $671.7bn", "the difference
//! between what the UK exported and imported was £3.1bn", "The deficit for goods alone was
//! £4.6bn". A balance is imports less exports (a deficit) or exports less imports (a
//! surplus); business pages state all three and rarely in one sentence.
//!
//! A pair is an export level and an import level in one sentence, in one currency. A
//! balance is a level whose clause names a gap, deficit, surplus, difference or imbalance
//! (and not a change of one: "down from October's £3.6bn" is an earlier balance, read as a
//! start by the change reader). Which balance belongs to which pair is decided by the check
//! (see `check::arithmetic`): a pair may confirm any balance it matches, but only the one
//! balance that names both exports and imports may be said to disagree with it (a balance
//! beside the pair may be of goods alone, of one partner, or of another period).

use crate::article::Article;
use crate::frame::Role;
use crate::lexicon;
use crate::mention::Kind;

/// What a money figure is in a trade balance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Exports,
    Imports,
    Balance,
}

/// An export level and an import level stated in one sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pair {
    pub exports: usize,
    pub imports: usize,
}

/// A balance figure, and whether its own words name both sides ("the gap between US
/// exports and imports"), which ties it to the article's pair however far away.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Balance {
    pub figure: usize,
    pub names_both: bool,
}

const EXPORTS: &[&str] = &["exports", "exported", "export", "exporting"];
const IMPORTS: &[&str] = &["imports", "imported", "import", "importing"];
const BALANCES: &[&str] = &["gap", "deficit", "surplus", "difference", "imbalance", "shortfall", "balance"];

/// How many figures after an export (or import) level its other side is looked for among.
const PAIR_SCAN: usize = 8;

/// How many tokens before a figure its cue word may stand ("exports - including both goods
/// and services - rose by more than 3.2% to £24.8bn").
const CUE_REACH: usize = 16;

/// Which side of a balance figure `i` is, from the nearest cue word before it in its
/// sentence, with no other level of money between (amounts of change are stepped over). A
/// balance word that opens a "between" ("the gap between US exports and imports") wins
/// over the nearer cue of either side.
pub fn side(cx: &Article<'_>, i: usize) -> Option<Side> {
    let m = &cx.mentions[i];
    if m.kind != Kind::Money || m.value.is_none() {
        return None;
    }
    // A level, not an amount of change or an earlier level ("down from October's £3.6bn").
    if matches!(cx.frames()[i].role, Some(Role::From | Role::By | Role::Change)) {
        return None;
    }
    let toks = &cx.tokens().all;
    let at = cx.tokens().of(i);
    let sentence = toks[at].sentence;
    let mut sides: Vec<(usize, Side)> = Vec::new();
    for k in (at.saturating_sub(CUE_REACH)..at).rev() {
        let t = &toks[k];
        if t.sentence != sentence {
            break;
        }
        // Another level of money between belongs to the cue; an amount of change does not
        // ("The trade gap narrowed by $2bn to $56.4bn").
        let level = |f: usize| !matches!(cx.frames()[f].role, Some(Role::From | Role::By | Role::Change));
        if t.figure().is_some_and(|f| cx.mentions[f].kind == Kind::Money && level(f)) {
            break;
        }
        if !t.is_word() {
            continue;
        }
        let w = t.text(cx.text);
        let found = if lexicon::contains(EXPORTS, w) {
            Some(Side::Exports)
        } else if lexicon::contains(IMPORTS, w) {
            Some(Side::Imports)
        } else if lexicon::contains(BALANCES, w) {
            Some(Side::Balance)
        } else {
            None
        };
        if let Some(s) = found {
            sides.push((k, s));
        }
    }
    // "the gap between US exports and imports hit …", "the difference between what the UK
    // exported and imported was …": a balance word opening a "between" names the figure.
    let between =
        |k: usize| (k + 1..at).any(|j| toks[j].is_word() && toks[j].text(cx.text).eq_ignore_ascii_case("between"));
    if let Some(&(k, _)) = sides.iter().find(|(_, s)| *s == Side::Balance) {
        if sides.first().is_some_and(|(_, s)| *s == Side::Balance) || between(k) {
            return Some(Side::Balance);
        }
    }
    sides.first().map(|&(_, s)| s)
}

/// Every export–import pair and every balance in the article.
pub fn read(cx: &Article<'_>) -> (Vec<Pair>, Vec<Balance>) {
    let ms = cx.mentions;
    let sides: Vec<Option<Side>> = (0..ms.len()).map(|i| side(cx, i)).collect();
    let mut pairs = Vec::new();
    let mut balances = Vec::new();
    for i in 0..ms.len() {
        match sides[i] {
            Some(side @ (Side::Exports | Side::Imports)) => {
                // The other side's level right after, in the same sentence and currency:
                // "exported £16.9bn worth of goods, but imported £21.5bn", or the other way.
                let other = if side == Side::Exports { Side::Imports } else { Side::Exports };
                let found = (i + 1..ms.len())
                    .take(PAIR_SCAN)
                    .take_while(|&j| ms[j].sentence == ms[i].sentence)
                    .find(|&j| sides[j] == Some(other) && ms[j].unit == ms[i].unit);
                if let Some(j) = found {
                    let (exports, imports) = if side == Side::Exports { (i, j) } else { (j, i) };
                    pairs.push(Pair { exports, imports });
                }
            }
            Some(Side::Balance) => {
                let toks = &cx.tokens().all;
                let range = crate::relation::near::sentence_tokens(cx, ms[i].sentence);
                let until = cx.tokens().of(i);
                // (Bounded: a pasted table is one "sentence" of thousands of figures.)
                let from = range.start.max(until.saturating_sub(4 * CUE_REACH));
                let names = |words: &[&str]| {
                    (from..until).any(|k| toks[k].is_word() && lexicon::contains(words, toks[k].text(cx.text)))
                };
                balances.push(Balance { figure: i, names_both: names(EXPORTS) && names(IMPORTS) });
            }
            None => {}
        }
    }
    (pairs, balances)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Options;

    type Read = (Vec<(String, String)>, Vec<(String, bool)>);

    fn read_text(text: &str) -> Read {
        let options = Options::default();
        let segments = crate::text::Segments::new(text);
        let ms = crate::mention::extract(text, &segments);
        let cx = Article::new(text, &segments, &ms, &options, text.len());
        let show = |i: usize| text[ms[i].span.start..ms[i].span.end].to_string();
        let (pairs, balances) = read(&cx);
        (
            pairs.into_iter().map(|p| (show(p.exports), show(p.imports))).collect(),
            balances.into_iter().map(|b| (show(b.figure), b.names_both)).collect(),
        )
    }

    #[test]
    fn reads_pairs_and_balances() {
        let (pairs, balances) = read_text(
            "The difference between what the UK exported and imported was £3.1bn, down from October's £3.6bn. \
             Overall UK exports - including both goods and services - rose by more than 3.2% to £24.8bn, \
             although total imports rose again to a new record of £27.9bn.",
        );
        assert_eq!(pairs, [("£24.8bn".into(), "£27.9bn".into())]);
        assert_eq!(balances, [("£3.1bn".into(), true)]);
        let (pairs, balances) = read_text(
            "The deficit for goods alone was £4.6bn. During November the UK exported £16.9bn worth of goods, \
             but imported £21.5bn.",
        );
        assert_eq!(pairs, [("£16.9bn".into(), "£21.5bn".into())]);
        assert_eq!(balances, [("£4.6bn".into(), false)]);
    }

    #[test]
    fn a_change_of_the_balance_is_no_balance() {
        let (_, balances) = read_text("The trade gap narrowed by $2bn to $56.4bn, down from $58.4bn.");
        assert_eq!(balances, [("$56.4bn".into(), false)]);
    }
}
