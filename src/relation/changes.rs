//! Changes between two figures: "from 40,000 to 60,000", and the percentage or multiple the
//! text says the change was.

use crate::lexicon::{self, cues};
use crate::mention::words::{words_after, words_before};
use crate::mention::{gap, Kind, Mention};

/// Which way a stated change goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

/// A pair of endpoints: "from A to B" (or "to B from A", "between A and B" is not a change).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Endpoints {
    pub from: usize,
    pub to: usize,
}

fn comparable(a: &Mention, b: &Mention) -> bool {
    let kinds = matches!(a.kind, Kind::Count | Kind::Money | Kind::Measure | Kind::Percent);
    kinds && a.kind == b.kind && a.unit == b.unit && a.value.is_some() && b.value.is_some() && a.sentence == b.sentence
}

/// Whether mention `k` is one of `all`'s endpoints, by binary search: every pair is two
/// adjacent mentions, and `endpoints` returns them in text order.
pub fn is_endpoint(all: &[Endpoints], k: usize) -> bool {
    let first = |e: &Endpoints| e.from.min(e.to);
    all.binary_search_by_key(&k, first).is_ok() || (k > 0 && all.binary_search_by_key(&(k - 1), first).is_ok())
}

/// Every "from A to B" and "to B from A" in the text, by mention index, in text order.
pub fn endpoints(text: &str, ms: &[Mention]) -> Vec<Endpoints> {
    let mut out = Vec::new();
    for i in 0..ms.len().saturating_sub(1) {
        let (a, b) = (&ms[i], &ms[i + 1]);
        // The cheap test first: only "to" or "from" may stand between the two.
        let gap_text = gap(text, a, b).trim();
        if !comparable(a, b) || !(gap_text.eq_ignore_ascii_case("to") || gap_text.eq_ignore_ascii_case("from")) {
            continue;
        }
        let before_a = words_before(text, a.phrase_start(), 1);
        let between = words_after(text, a.span.end, 3);
        let gap: Vec<&str> = between.iter().take_while(|w| w.end <= b.phrase_start()).map(|w| w.text).collect();
        let gap_clean = text[a.span.end..b.span.start].chars().all(|c| c.is_alphabetic() || c.is_whitespace());
        if !gap_clean {
            continue;
        }
        let first = before_a.first().map(|w| w.text.to_ascii_lowercase());
        match (first.as_deref(), gap.as_slice()) {
            (Some("from"), ["to"]) => out.push(Endpoints { from: i, to: i + 1 }),
            (Some("to"), ["from"]) => out.push(Endpoints { from: i + 1, to: i }),
            _ => {}
        }
    }
    out
}

/// The direction a percentage or multiple is said to go, from the words around it: "a 30%
/// increase", "down 5%", "an increase of 30 percent". `None` when no change word is near.
pub fn change_direction(text: &str, m: &Mention) -> Option<Direction> {
    let start = m.phrase_start();
    let near = words_before(text, start, 3).into_iter().chain(words_after(text, m.span.end, 2));
    for w in near {
        if lexicon::contains(cues::CHANGE_UP, w.text) {
            return Some(Direction::Up);
        }
        if lexicon::contains(cues::CHANGE_DOWN, w.text) {
            return Some(Direction::Down);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mention::extract;
    use crate::text::Segments;

    fn pairs(text: &str) -> Vec<(f64, f64)> {
        let ms = extract(text, &Segments::new(text));
        endpoints(text, &ms).iter().map(|e| (ms[e.from].value.unwrap(), ms[e.to].value.unwrap())).collect()
    }

    #[test]
    fn finds_both_orders() {
        assert_eq!(pairs("Sales rose from 40,000 to 60,000, a 30% increase."), [(40000.0, 60000.0)]);
        assert_eq!(pairs("Sales rose to 60,000 from 40,000."), [(40000.0, 60000.0)]);
        assert_eq!(pairs("Sales rose from $4m to $6m."), [(4e6, 6e6)]);
    }

    #[test]
    fn does_not_pair_different_kinds_or_loose_figures() {
        assert!(pairs("from 40 people to 60%").is_empty());
        assert!(pairs("40 to 60").is_empty());
        assert!(pairs("from 40, to 60").is_empty());
    }

    #[test]
    fn reads_change_words() {
        let text = "a 30% increase, down 5% and 7% of voters";
        let ms = extract(text, &Segments::new(text));
        let dirs: Vec<_> = ms.iter().map(|m| change_direction(text, m)).collect();
        assert_eq!(dirs, [Some(Direction::Up), Some(Direction::Down), None]);
    }
}
