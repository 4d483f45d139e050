//! Roles in a sum: what cue words say a figure does to a total.
//!
//! "755 diplomats must leave" is *removed*; "cut 450 jobs" is *removed*; "leaving 1,950
//! staff" and "reduced … to 455" are the *remainder*; "hire 300", "a further 48", "14 more"
//! are *added*; "bringing the toll to 35" is the *grown* total; "it now has 3,700 workers"
//! and "will have a workforce of 2,730" are a *result* whose direction the change decides.
//! A figure without a cue may be the starting total. Roles are read from the tokens around
//! the figure and from its frame (`crate::frame`): "rose by 12" is added, "fell to 84"
//! what remains.

use crate::article::Article;
use crate::frame::{Direction, Role as FrameRole};
use crate::lexicon::{self, cues, nouns};
use crate::mention::Kind;
use crate::text::Lower as _;
use crate::token::Token;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Taken away from a total: "755 diplomats must leave", "cut 450 jobs".
    Removed,
    /// Added to a total: "hire 300 staff", "a further 48 cases", "rose by 12".
    Added,
    /// What is left after a decrease: "leaving 1,950", "reduced to 455", "£54,500 remains".
    Remainder,
    /// The total after an increase: "rose to 2,600", "bringing the toll to 35".
    Grown,
    /// A level after a change, the change deciding which way: "now has 3,700 workers".
    Result,
}

impl Role {
    pub fn is_result(self) -> bool {
        matches!(self, Role::Remainder | Role::Grown | Role::Result)
    }

    pub fn is_change(self) -> bool {
        matches!(self, Role::Removed | Role::Added)
    }
}

/// A role and what the cue says about the counted thing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    pub role: Role,
    /// A noun named by the cue phrase rather than after the figure: "reduce its staff to 455"
    /// → "staff"; "the death toll rose by 12" → "toll".
    pub noun: Option<String>,
}

/// Words before a figure that make it an amount added ("a further 48", "another 3,500").
const ADDED_LEFT: &[&str] = &["further", "extra", "additional", "another", "more"];

/// Words before a figure that make it an amount removed, besides the verbs of
/// `cues::REMOVED_BEFORE`: "repaid $380m", "released 6,900 megalitres".
const REMOVED_LEFT: &[&str] = &[
    "recovered",
    "repaid",
    "repay",
    "repays",
    "released",
    "releases",
    "sold",
    "sell",
    "sells",
    "closing",
    "closed",
    "closes",
    "scrapped",
    "scrap",
    "send",
    "sent",
    "sending",
    // "has spent £3.4bn of the £5bn fund, leaving £2.1bn".
    "spent",
    "spend",
    "spends",
    "disbursed",
    "distributed",
];

/// Verbs that, before "out" or "away", give from a stock: "handed out 315 plots".
const GIVEN: &[&str] = &[
    "handed", "hand", "hands", "handing", "given", "gave", "give", "gives", "giving", "paid", "pay", "pays", "paying",
];

/// Words after a figure (and its noun) that make it an amount removed: "755 diplomats
/// must leave", besides `cues::REMOVED_AFTER`.
const REMOVED_RIGHT: &[&str] = &["released", "discharged", "deported", "evacuated", "freed", "repaid", "gone", "go"];

/// Words that mark a level as what holds *after* the change: "now has", "will have".
const AFTER_CHANGE: &[&str] = &["now", "will", "then", "afterwards", "after"];
/// Verbs of holding a level: "has", "employs", "holds", "stands at", "totals".
const HOLDING: &[&str] = &[
    "has", "have", "had", "holds", "hold", "held", "employs", "employ", "employed", "stands", "stand", "stood",
    "totals", "total", "numbers", "is", "are", "was", "were", "be", "contains", "counts", "at", "of", "with",
    "carries", "carry",
];

fn is(text: &str, t: &Token, word: &str) -> bool {
    t.is_word() && t.text(text).eq_ignore_ascii_case(word)
}

/// Whether the figure at token `at` is followed, in its clause, by ", bringing (taking,
/// pushing, lifting) the total … to": then it is what the total grew by.
pub fn adds_to_total(cx: &Article<'_>, at: usize) -> bool {
    use crate::relation::near;
    let Some(comma) = (at + 1..at + 6).find(|&k| near::is_punct(cx, k, ',')) else { return false };
    if (at + 1..comma).any(|k| near::tok(cx, k).is_none_or(|t| !t.is_word()) || !near::same_sentence(cx, at, k)) {
        return false;
    }
    // ("an average of 54 per boat, taking the total to 18,302": a rate adds nothing.)
    if (at + 1..comma).any(|k| near::is_any(cx, k, &["per", "each", "every", "a", "an"])) {
        return false;
    }
    let Some(to) = (comma + 3..comma + 9).find(|&k| near::is(cx, k, "to") && near::same_sentence(cx, at, k)) else {
        return false;
    };
    // ("a final dividend of 21p, taking the total for the year to 31p, up from 26p": the
    // total's own start is last year's total, not this one's.)
    let own_start = (to + 2..to + 6).any(|k| near::is(cx, k, "from") && near::same_sentence(cx, at, k));
    near::is_any(cx, comma + 1, &["bringing", "taking", "pushing", "lifting"])
        && (comma + 2..to).any(|k| near::is_any(cx, k, &["total", "tally", "toll"]))
        && !own_start
}

/// The role cue words give mention `i`, if it is a count or an amount of money.
pub fn role_of(cx: &Article<'_>, i: usize) -> Option<Cue> {
    let m = &cx.mentions[i];
    if !matches!(m.kind, Kind::Count | Kind::Money) || m.value.is_none() {
        return None;
    }
    let text = cx.text;
    let frame = cx.frames()[i];
    let toks = &cx.tokens().all;
    let at = cx.tokens().of(i);
    let sentence = toks.get(at)?.sentence;
    let phrase = m.phrase_start() as u32;
    // Words before the figure's phrase, nearest first, articles skipped.
    let before: Vec<&Token> =
        toks[..at].iter().rev().filter(|t| t.start < phrase).take_while(|t| t.sentence == sentence).take(8).collect();
    let words: Vec<&Token> = before
        .iter()
        .copied()
        .take_while(|t| t.is_word())
        .filter(|t| !lexicon::contains(&["a", "an", "the"], t.text(text)))
        .collect();
    let noun_in_cue = || {
        before.iter().take(10).filter(|t| t.is_word()).find_map(|t| {
            let w = t.text(text);
            lexicon::lookup(nouns::CLASSES, &nouns::singular(w)).map(|_| w.lower())
        })
    };
    // The frame first: "to N" after a verb of change, "by N", "up N".
    match (frame.role, frame.direction) {
        (Some(FrameRole::To), Some(Direction::Down)) => {
            return Some(Cue { role: Role::Remainder, noun: noun_in_cue() })
        }
        (Some(FrameRole::To), Some(Direction::Up)) => return Some(Cue { role: Role::Grown, noun: noun_in_cue() }),
        (Some(FrameRole::By), Some(Direction::Down)) => return Some(Cue { role: Role::Removed, noun: noun_in_cue() }),
        (Some(FrameRole::By), Some(Direction::Up)) => return Some(Cue { role: Role::Added, noun: noun_in_cue() }),
        (Some(FrameRole::From), _) => return None,
        _ => {}
    }
    let after: Vec<&Token> =
        toks.get(at + 1..).unwrap_or(&[]).iter().take_while(|t| t.sentence == sentence).take(8).collect();
    let more_after =
        after.first().is_some_and(|t| is(text, t, "more") || is(text, t, "extra") || is(text, t, "further"));
    if let Some(w1) = words.first().map(|t| t.text(text)) {
        // "recovered nine more bodies, bringing the death toll to 35": "more" says the
        // figure adds to a count; a verb that takes from a stock keeps it removed ("cut 40
        // more jobs", "has sold 40 more").
        let removes = || {
            lexicon::contains(cues::REMOVED_BEFORE, w1)
                || (lexicon::contains(REMOVED_LEFT, w1) && !w1.eq_ignore_ascii_case("recovered"))
        };
        if more_after && !removes() {
            return Some(Cue { role: Role::Added, noun: None });
        }
        if lexicon::contains(cues::REMAINDER_BEFORE, w1) {
            return Some(Cue { role: Role::Remainder, noun: None });
        }
        // "leaving the factory with 6,290 employees", "leaves it with £2.1bn": what is left
        // is named after "with".
        if w1.eq_ignore_ascii_case("with")
            && words.iter().skip(1).take(3).any(|t| {
                lexicon::contains(cues::REMAINDER_BEFORE, t.text(text)) || t.text(text).eq_ignore_ascii_case("left")
            })
        {
            return Some(Cue { role: Role::Remainder, noun: None });
        }
        if lexicon::contains(ADDED_LEFT, w1) || lexicon::contains(cues::ADDED_BEFORE, w1) {
            return Some(Cue { role: Role::Added, noun: None });
        }
        if w1.eq_ignore_ascii_case("off") {
            let laid = words.get(1).is_some_and(|w| ["lay", "lays", "laid", "laying"].iter().any(|v| is(text, w, v)));
            return laid.then_some(Cue { role: Role::Removed, noun: None });
        }
        // "has handed out 315 plots", "paid out £2m", "gave away 40 tickets": what a stock
        // gives is taken from it.
        let particle = w1.eq_ignore_ascii_case("out") || w1.eq_ignore_ascii_case("away");
        if particle && words.get(1).is_some_and(|w| lexicon::contains(GIVEN, w.text(text))) {
            return Some(Cue { role: Role::Removed, noun: None });
        }
        if (lexicon::contains(cues::REMOVED_BEFORE, w1) || lexicon::contains(REMOVED_LEFT, w1))
            && !w1.eq_ignore_ascii_case("by")
        {
            return Some(Cue { role: Role::Removed, noun: None });
        }
        // "with the loss of 380 jobs".
        if w1.eq_ignore_ascii_case("of") && words.get(1).is_some_and(|w| is(text, w, "loss") || is(text, w, "losses")) {
            return Some(Cue { role: Role::Removed, noun: None });
        }
    }
    // "ordered to pay costs of £184,000, bringing the total to £1.48m"; "26 announced in
    // January, taking the total this year to 63": what a running total grew by.
    if adds_to_total(cx, at) {
        return Some(Cue { role: Role::Added, noun: None });
    }
    // "14 more survivors", "755 diplomats must leave", "£54,500 remains missing".
    if more_after {
        return Some(Cue { role: Role::Added, noun: None });
    }
    if m.noun.is_some() || m.kind == Kind::Money {
        for t in after.iter().take_while(|t| t.is_word()) {
            let w = t.text(text);
            if lexicon::contains(cues::REMOVED_AFTER, w) || lexicon::contains(REMOVED_RIGHT, w) {
                return Some(Cue { role: Role::Removed, noun: None });
            }
            if ["remain", "remaining", "remains"].iter().any(|r| w.eq_ignore_ascii_case(r)) {
                return Some(Cue { role: Role::Remainder, noun: None });
            }
            // Past auxiliaries, the noun and its coordinates ("755 diplomats and technical
            // staff must leave"), names, and content words.
            let skippable = lexicon::contains(cues::AUXILIARIES, w)
                || m.noun.as_deref().is_some_and(|n| w.eq_ignore_ascii_case(n))
                || w.starts_with(|c: char| c.is_uppercase())
                || lexicon::contains(&["and", "who", "or"], w)
                || !lexicon::contains(nouns::STOPWORDS, w);
            if !skippable {
                break;
            }
        }
    }
    // "it now has 3,700 workers", "will have a workforce of 2,730", "now stands at 1,265".
    let holding = words.iter().take(4).any(|t| lexicon::contains(HOLDING, t.text(text)));
    let later = words.iter().take(6).any(|t| lexicon::contains(AFTER_CHANGE, t.text(text)));
    if holding && later {
        return Some(Cue { role: Role::Result, noun: noun_in_cue() });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Options;

    fn roles(text: &str) -> Vec<Option<Role>> {
        let options = Options::default();
        let segments = crate::text::Segments::new(text);
        let ms = crate::mention::extract(text, &segments);
        let cx = Article::new(text, &segments, &ms, &options, text.len());
        (0..ms.len()).map(|i| role_of(&cx, i).map(|c| c.role)).collect()
    }

    #[test]
    fn reads_the_canonical_cues() {
        assert_eq!(roles("755 U.S. diplomats must leave the country."), [Some(Role::Removed)]);
        assert_eq!(
            roles("Russia told it to reduce its diplomatic and technical staff to 455 people."),
            [Some(Role::Remainder)]
        );
        assert_eq!(roles("It will cut 450 jobs, leaving 1,950 staff."), [Some(Role::Removed), Some(Role::Remainder)]);
        assert_eq!(
            roles("It will cut 1,150 jobs, leaving the factory with 6,290 employees."),
            [Some(Role::Removed), Some(Role::Remainder)]
        );
        assert_eq!(roles("The agency employs 2,300 people."), [None]);
    }

    #[test]
    fn reads_real_phrasing() {
        assert_eq!(roles("The toll rose by 12 overnight, bringing it to 35."), [Some(Role::Added), Some(Role::Grown)]);
        // What a running total grew by, named only by the total that follows.
        assert_eq!(
            roles("It was ordered to pay costs of £184,000, bringing the total to £1.48m."),
            [Some(Role::Added), Some(Role::Grown)]
        );
        // Not a rate, nor a total with a start of its own.
        assert_ne!(roles("in 22 boats, an average of 54 per boat, taking the total to 18,302.")[1], Some(Role::Added));
        assert_ne!(
            roles("a final dividend of 21p, taking the total for the year to 31p, up from 26p.")[0],
            Some(Role::Added)
        );
        assert_eq!(
            roles("A further 48 cases were confirmed, taking the total to 1,031."),
            [Some(Role::Added), Some(Role::Grown)]
        );
        assert_eq!(roles("Rescuers pulled 14 more survivors out."), [Some(Role::Added)]);
        assert_eq!(roles("Rescuers recovered nine more bodies."), [Some(Role::Added)]);
        assert_eq!(roles("The council has handed out 315 plots."), [Some(Role::Removed)]);
        assert_eq!(roles("The chain has sold 40 more."), [Some(Role::Removed)]);
        assert_eq!(roles("It now has 3,700 workers in the city."), [Some(Role::Result)]);
        assert_eq!(roles("After the cuts it will have a workforce of 2,730."), [Some(Role::Result)]);
        assert_eq!(
            roles("Police recovered £31,900, and £54,500 remains missing."),
            [Some(Role::Removed), Some(Role::Remainder)]
        );
        assert_eq!(roles("The depot will close with the loss of 380 jobs."), [Some(Role::Removed)]);
    }

    #[test]
    fn names_the_noun_inside_the_cue() {
        let text = "Moscow ordered the US to cut its staff to 455.";
        let options = Options::default();
        let segments = crate::text::Segments::new(text);
        let ms = crate::mention::extract(text, &segments);
        let cx = Article::new(text, &segments, &ms, &options, text.len());
        assert_eq!(role_of(&cx, 0), Some(Cue { role: Role::Remainder, noun: Some("staff".into()) }));
    }

    #[test]
    fn a_start_is_not_a_change() {
        // "from 40" is where a change started; "to 30" what it left.
        assert_eq!(roles("Prices fell from 40 to 30."), [None, Some(Role::Remainder)]);
    }
}
