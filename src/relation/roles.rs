//! Roles: what cue words say a figure does in a sum.
//!
//! Only explicit cues count. "755 diplomats must leave" is *removed*; "cut 450 jobs" is
//! *removed*; "leaving 1,950 staff" and "reduced ... to 455" are the *remainder*; "hire 300"
//! is *added*; "rose to 2,600" is the *grown* total. A figure without a cue has no role, and
//! the arithmetic check will not use it as anything but a starting total.

use crate::lexicon::{self, cues, nouns};
use crate::mention::words::{prev_word, words_after, words_before};
use crate::mention::Mention;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Taken away from a total: "755 diplomats must leave", "cut 450 jobs".
    Removed,
    /// Added to a total: "hire 300 staff".
    Added,
    /// What is left after a decrease: "leaving 1,950", "reduced to 455".
    Remainder,
    /// The total after an increase: "rose to 2,600".
    Grown,
}

/// A role and what the cue says about the counted thing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    pub role: Role,
    /// A noun named by the cue phrase rather than after the figure: "reduce its staff to 455"
    /// → "staff".
    pub noun: Option<String>,
}

/// How many words back a "to N" may find its verb: "reduce its diplomatic and technical
/// staff in Russia to 455".
const VERB_REACH: usize = 10;

/// The role cue words give mention `m`, if any.
pub fn role_of(text: &str, m: &Mention) -> Option<Cue> {
    let start = m.phrase_start();
    // One word first; the long walk back only for "to N" and "by N" (this runs on every count).
    let first_word = prev_word(text, start);
    let reach = match first_word {
        Some(w) if w.is("to") => VERB_REACH + 1,
        Some(_) => 2,
        None => 0,
    };
    let before = words_before(text, start, reach);
    if let Some(first) = before.first() {
        if lexicon::contains(cues::REMAINDER_BEFORE, first.text) {
            return Some(Cue { role: Role::Remainder, noun: None });
        }
        if first.is("to") {
            // The nearest verb decides: "cut ... to 455", "rose ... to 2,600"; a number in
            // between ("from 40 to 60") leaves the figure to the percent-change checks.
            let mut noun = None;
            for w in &before[1..] {
                if w.text.as_bytes().iter().any(u8::is_ascii_digit) {
                    return None;
                }
                if lexicon::contains(cues::DECREASE_TO, w.text) {
                    return Some(Cue { role: Role::Remainder, noun });
                }
                if lexicon::contains(cues::INCREASE_TO, w.text) {
                    return Some(Cue { role: Role::Grown, noun });
                }
                if noun.is_none() && lexicon::lookup(nouns::CLASSES, &nouns::singular(w.text)).is_some() {
                    noun = Some(w.text.to_ascii_lowercase());
                }
            }
            return None;
        }
        if first.is("by") {
            let verb = before.get(1).map(|w| w.text).unwrap_or("");
            if lexicon::contains(cues::DECREASE_TO, verb) {
                return Some(Cue { role: Role::Removed, noun: None });
            }
            if lexicon::contains(cues::INCREASE_TO, verb) {
                return Some(Cue { role: Role::Added, noun: None });
            }
            return None;
        }
        if first.is("off") {
            let laid = before.get(1).is_some_and(|w| ["lay", "lays", "laid", "laying"].iter().any(|v| w.is(v)));
            return laid.then_some(Cue { role: Role::Removed, noun: None });
        }
        if lexicon::contains(cues::REMOVED_BEFORE, first.text) {
            return Some(Cue { role: Role::Removed, noun: None });
        }
        if lexicon::contains(cues::ADDED_BEFORE, first.text) {
            return Some(Cue { role: Role::Added, noun: None });
        }
    }
    // After the noun: "755 diplomats must leave", "1,950 staff remain". A figure without a
    // noun has nothing for a verb after it to be about.
    m.noun.as_ref()?;
    for w in words_after(text, m.span.end, 7) {
        if lexicon::contains(cues::REMOVED_AFTER, w.text) {
            return Some(Cue { role: Role::Removed, noun: None });
        }
        if ["remain", "remaining", "remains"].iter().any(|r| w.is(r)) {
            return Some(Cue { role: Role::Remainder, noun: None });
        }
        let skippable = lexicon::contains(cues::AUXILIARIES, w.text)
            || m.noun.as_deref().is_some_and(|n| w.text.eq_ignore_ascii_case(n))
            || w.is_capitalised()
            || w.is("and")
            || w.is("who")
            || !lexicon::contains(nouns::STOPWORDS, w.text);
        if !skippable {
            break;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mention::extract;
    use crate::text::Segments;

    fn roles(text: &str) -> Vec<Option<Role>> {
        extract(text, &Segments::new(text)).iter().map(|m| role_of(text, m).map(|c| c.role)).collect()
    }

    #[test]
    fn reads_the_canonical_cues() {
        assert_eq!(roles("755 U.S. diplomats must leave the country."), [Some(Role::Removed)]);
        assert_eq!(
            roles("Russia told it to reduce its diplomatic and technical staff to 455 people."),
            [Some(Role::Remainder)]
        );
        assert_eq!(roles("It will cut 450 jobs, leaving 1,950 staff."), [Some(Role::Removed), Some(Role::Remainder)]);
        assert_eq!(roles("The agency employs 2,300 people."), [None]);
    }

    #[test]
    fn names_the_noun_inside_the_cue() {
        let text = "Moscow ordered the US to cut its staff to 455.";
        let ms = extract(text, &Segments::new(text));
        assert_eq!(role_of(text, &ms[0]), Some(Cue { role: Role::Remainder, noun: Some("staff".into()) }));
    }

    #[test]
    fn a_range_is_not_a_remainder() {
        assert_eq!(roles("Prices fell from 40 to 30."), [None, None]);
    }
}
