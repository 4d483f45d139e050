//! Linking head nouns: "personnel" and "staff" are the same class; "diplomats" are a subset
//! of "staff", and "staff" of "people".

use crate::lexicon::{self, nouns};

/// How two counted nouns relate, from `a`'s point of view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NounLink {
    /// The same word ("diplomats" / "diplomat").
    Same,
    /// Synonyms ("staff" / "personnel").
    Synonym,
    /// `a` is a kind of `b` ("diplomats" / "staff").
    Narrower,
    /// `b` is a kind of `a` ("people" / "diplomats").
    Broader,
}

fn class(word: &str) -> Option<&'static str> {
    lexicon::lookup(nouns::CLASSES, &nouns::singular(word))
}

/// Whether class `narrow` lies (transitively) under class `broad`.
fn is_under(narrow: &str, broad: &str) -> bool {
    let mut at = narrow;
    // The table is a small forest; the bound guards against a cycle typed by mistake.
    for _ in 0..8 {
        match nouns::BROADER.iter().find(|(n, _)| *n == at) {
            Some((_, up)) if *up == broad => return true,
            Some((_, up)) => at = up,
            None => return false,
        }
    }
    false
}

/// How noun `a` relates to noun `b`, or `None` when nothing says they count the same things.
pub fn link(a: &str, b: &str) -> Option<NounLink> {
    if nouns::singular(a) == nouns::singular(b) {
        return Some(NounLink::Same);
    }
    let (ca, cb) = (class(a)?, class(b)?);
    if ca == cb {
        Some(NounLink::Synonym)
    } else if is_under(ca, cb) {
        Some(NounLink::Narrower)
    } else if is_under(cb, ca) {
        Some(NounLink::Broader)
    } else {
        None
    }
}

/// Whether two figures may count one thing as far as their nouns say: no noun on either, or
/// nouns `link` relates ("40 shops" and "80 staff" do not).
pub fn named_alike(a: &crate::mention::Mention, b: &crate::mention::Mention) -> bool {
    match (&a.noun, &b.noun) {
        (Some(x), Some(y)) => link(x, y).is_some(),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_the_canonical_nouns() {
        assert_eq!(link("personnel", "staff"), Some(NounLink::Synonym));
        assert_eq!(link("diplomats", "personnel"), Some(NounLink::Narrower));
        assert_eq!(link("people", "diplomats"), Some(NounLink::Broader));
        assert_eq!(link("jobs", "staff"), Some(NounLink::Synonym));
        assert_eq!(link("Diplomats", "diplomat"), Some(NounLink::Same));
    }

    #[test]
    fn unrelated_things_stay_apart() {
        assert_eq!(link("personnel", "tanks"), None);
        assert_eq!(link("votes", "people"), None);
        assert_eq!(link("widgets", "gadgets"), None);
    }
}
