//! Reading one figure's part from the words that govern it.
//!
//! Every rule looks left from the figure (past its hedge) for the word that decides, within
//! its clause: a comma-free stretch for "to"/"at"/"by", a few words for a change noun.
//! Time and place adjuncts between a verb and its figure ("rose in the first half to £2m")
//! are stepped over because the walk skips words that are not decisive, not because it
//! knows every adjunct.

use crate::lexicon::{self, cues};
use crate::mention::{Kind, Mention};
use crate::token::{Tag, Token, Tokens};

use super::words::{self, AT, FROM, TO_NEUTRAL};
use super::{Direction, Frame, Role};
use crate::text::Lower as _;

/// How far back from "to N" its verb may stand: "reduce the number of its diplomatic staff
/// in Russia to 455".
const VERB_REACH: usize = 12;

/// Kinds of figure a change is stated between.
fn is_quantity(m: &Mention) -> bool {
    matches!(m.kind, Kind::Count | Kind::Money | Kind::Percent | Kind::Measure | Kind::Fraction) && m.value.is_some()
}

/// The tokens before figure `i`'s phrase (its hedge excluded), nearest first, within its
/// sentence.
fn before<'a>(tokens: &'a Tokens, mentions: &[Mention], i: usize) -> impl Iterator<Item = &'a Token> + 'a {
    let at = tokens.of(i);
    let sentence = tokens.get(at).map_or(0, |t| t.sentence);
    let phrase = mentions[i].phrase_start() as u32;
    tokens.all[..at.min(tokens.len())]
        .iter()
        .rev()
        .filter(move |t| t.start < phrase)
        .take_while(move |t| t.sentence == sentence)
}

/// The tokens after figure `i`, nearest first, within its sentence.
fn after<'a>(tokens: &'a Tokens, i: usize) -> impl Iterator<Item = &'a Token> + 'a {
    let at = tokens.of(i);
    let sentence = tokens.get(at).map_or(0, |t| t.sentence);
    tokens.all.get(at + 1..).unwrap_or(&[]).iter().take_while(move |t| t.sentence == sentence)
}

/// The token after the one after figure `i`'s: the "than" of "$40 million more than".
fn next_two(tokens: &Tokens, i: usize) -> Option<&Token> {
    after(tokens, i).nth(1)
}

fn is(text: &str, t: &Token, word: &str) -> bool {
    t.is_word() && t.text(text).eq_ignore_ascii_case(word)
}

/// Punctuation that closes a clause for the purpose of finding a governing word.
fn ends_clause(t: &Token) -> bool {
    matches!(t.punct(), Some(';' | ':' | '(' | ')' | '"' | '“' | '”' | '–' | '—'))
}

/// Whether percentage `i` is stated as a change ("up 41%", "a drop of 16%", "38% higher",
/// "rose by 39%"), and which way. `None` when it is a share or a level.
pub fn is_change_percent(text: &str, tokens: &Tokens, mentions: &[Mention], i: usize) -> Option<Option<Direction>> {
    let m = &mentions[i];
    if m.kind != Kind::Percent || !m.values.is_empty() {
        return None;
    }
    // "growth was set to fall below 1%": a level crossed, not the size of a change.
    let place = m.qualifier.as_ref().is_some_and(|q| {
        let h = text.get(q.span.start..q.span.end).unwrap_or("").lower();
        ["below", "above", "beyond", "past"].iter().any(|w| h.ends_with(w))
    });
    if place {
        return None;
    }
    let next: Vec<&Token> = after(tokens, i).take(2).collect();
    // "41% of the vote" is a share, whatever stands before it.
    if next.first().is_some_and(|t| is(text, t, "of")) {
        return None;
    }
    // "grow by 6% a year", "3% annually": a rate, not the size of one change.
    let rate = match next.as_slice() {
        [a, b, ..] if lexicon::contains(words::RATE_AFTER, a.text(text)) => {
            lexicon::contains(words::RATE_PERIODS, b.text(text)) || is(text, a, "annually")
        }
        [a, ..] => is(text, a, "annually") || is(text, a, "annualised") || is(text, a, "yearly"),
        _ => false,
    };
    if rate {
        return None;
    }
    // After: "a 41% rise", "12% lower", "38% higher than", "up 6.4%" is read below.
    for t in next.iter().take_while(|t| t.is_word()) {
        let w = t.text(text);
        if words::is_change_word(w) && !lexicon::contains(&["up", "down"], w) {
            return Some(words::direction(w));
        }
        if !lexicon::contains(&["a", "an", "the", "year-on-year", "annual"], w) {
            break;
        }
    }
    // "24.4% above the previous record", "10% below".
    if next.first().is_some_and(|t| is(text, t, "above")) {
        return Some(Some(Direction::Up));
    }
    if next.first().is_some_and(|t| is(text, t, "below")) {
        return Some(Some(Direction::Down));
    }
    // "fell from 7,613 to 6,630, or 12.9%", "lost 65 cents, or 25%": the same change again,
    // as a percentage.
    // ("rose 20.54 points, or 0.2%": the amount's unit word may stand before the comma.)
    let mut back = before(tokens, mentions, i);
    if back.next().is_some_and(|or| is(text, or, "or")) {
        let after_amount = back
            .take(3)
            .find(|t| !(t.punct() == Some(',') || ["points", "point", "cents", "pence"].iter().any(|w| is(text, t, w))))
            .is_some_and(|t| t.figure().is_some());
        if after_amount {
            return Some(None);
        }
    }
    // Before: "rose 14%", "up 6.4%", "a drop of 16%", "rose by 39%", "an increase of 29.4%".
    let prev: Vec<&Token> = before(tokens, mentions, i).take(4).take_while(|t| t.is_word()).collect();
    for (k, t) in prev.iter().enumerate() {
        let w = t.text(text);
        // "when Labour took 51%": what a party takes is its share; "take" moves a level only
        // to a figure ("taking the total to 35").
        if lexicon::contains(&["took", "take", "takes", "taking", "taken"], w) {
            return None;
        }
        if let Some(d) = words::direction(w) {
            // "more than 5%" and "less than" are hedges, read by the extractor.
            return Some(Some(d));
        }
        if words::is_change_word(w) {
            return Some(None);
        }
        // Only "by", "of", articles and adverbs may stand between the change word and the
        // figure: "rose by", "a drop of", "jumped by some".
        let skippable = lexicon::contains(&["by", "of", "a", "an", "the", "some", "just", "nearly", "around"], w);
        if !skippable || k == 3 {
            break;
        }
    }
    None
}

/// Words that open a subordinate clause, comma or not: the verb of "to N" is never beyond
/// one.
const SUBORDINATORS: &[&str] =
    &["after", "before", "because", "although", "though", "whereas", "unless", "that", "when", "where", "while"];

/// Words that, after a comma, open a new clause: the verb of "to N" is never beyond one.
const CLAUSE_OPENERS: &[&str] = &["and", "but", "while", "whereas", "which", "who", "although", "though", "as", "with"];

/// The change verb that governs "to N", "by N" or "at N" at token `to`, looking back within
/// the clause, and whether a figure stood between them ("from 40 to 60").
fn governing_verb(text: &str, tokens: &Tokens, to: usize) -> Option<(Option<Direction>, bool)> {
    let sentence = tokens.get(to)?.sentence;
    let mut figure_between = false;
    // "from 40 to 60" ties the figure to a start even when no verb says which way; a
    // comma between them ("…, down from 23% in February, and inflation slowed to 4.3%")
    // does not.
    let mut after_from = false;
    let mut comma = false;
    let window = tokens.all.get(to.saturating_sub(VERB_REACH)..to).unwrap_or(&[]);
    for (k, t) in window.iter().enumerate().rev() {
        if t.sentence != sentence || ends_clause(t) {
            break;
        }
        match t.tag {
            Tag::Figure(_) => figure_between = true,
            Tag::Word => {
                let w = t.text(text);
                // "Shares have fallen after the group reported losses had deepened to
                // £51.6m": a subordinate clause has its own verb.
                if lexicon::contains(SUBORDINATORS, w) {
                    break;
                }
                if let Some(d) = words::verb_direction(w) {
                    return Some((Some(d), figure_between));
                }
                if lexicon::contains(cues::DECREASE_TO, w) {
                    return Some((Some(Direction::Down), figure_between));
                }
                if lexicon::contains(cues::INCREASE_TO, w) {
                    return Some((Some(Direction::Up), figure_between));
                }
                if lexicon::contains(TO_NEUTRAL, w) {
                    return Some((None, figure_between));
                }
                after_from |= !comma && is(text, t, "from");
            }
            Tag::Punct(',') => {
                let opens =
                    window.get(k + 1).is_some_and(|n| n.is_word() && lexicon::contains(CLAUSE_OPENERS, n.text(text)));
                if opens {
                    break;
                }
                comma = true;
            }
            Tag::Punct(_) => {}
        }
    }
    after_from.then_some((None, figure_between))
}

/// Nouns that name an amount of change: "a rise of £1.2bn", "a $697m improvement", "a
/// decrease of 183". ("A loss of £2m" names a result, not a change; only "a £2m loss" after
/// a level does.)
const CHANGE_NOUNS: &[&str] = &[
    "rise",
    "increase",
    "fall",
    "drop",
    "cut",
    "gain",
    "jump",
    "decline",
    "improvement",
    "reduction",
    "decrease",
    "growth",
    "surge",
    "slump",
    "dip",
    "climb",
];

/// Verbs that make "up" or "down" part of another verb: "make up", "set up", "back down".
const PHRASAL: &[&str] = &[
    "make", "makes", "made", "making", "set", "sets", "setting", "put", "puts", "putting", "back", "backed", "turn",
    "turned", "turns", "show", "showed", "shows", "shown", "sign", "signed", "pick", "picked", "break", "broke",
    "broken", "sum", "summed", "step", "stepped", "shut", "wind", "wound",
];

/// Figure `i`'s frame.
pub fn frame(text: &str, tokens: &Tokens, mentions: &[Mention], i: usize) -> Frame {
    let m = &mentions[i];
    if !is_quantity(m) {
        return Frame::default();
    }
    if m.kind == Kind::Percent {
        if let Some(direction) = is_change_percent(text, tokens, mentions, i) {
            return Frame { role: Some(Role::Change), direction };
        }
    }
    let prev: Vec<&Token> = before(tokens, mentions, i).take(6).collect();
    let word = |k: usize| prev.get(k).filter(|t| t.is_word()).map(|t| t.text(text));
    // "a $697m improvement", "a £23m cut", "a rise of £1.2bn": an amount named as a change.
    if matches!(m.kind, Kind::Money | Kind::Count | Kind::Measure) {
        let next: Vec<&Token> = after(tokens, i).take(1).collect();
        if let Some(n) = next.first().filter(|t| t.is_word()) {
            let w = n.text(text);
            let noun = words::is_change_word(w)
                && words::verb_direction(w)
                    .is_none_or(|_| lexicon::contains(CHANGE_NOUNS, w) || w.eq_ignore_ascii_case("loss"));
            if noun && word(0).is_some_and(|a| a.eq_ignore_ascii_case("a") || a.eq_ignore_ascii_case("an")) {
                return Frame { role: Some(Role::By), direction: words::direction(w) };
            }
            // "$182 million is $40 million more than last season's $152 million": an amount
            // right before a comparative and "than" is the difference between two levels.
            let than = next_two(tokens, i).is_some_and(|t| is(text, t, "than"));
            let comparative = match w.lower().as_str() {
                "more" | "higher" | "greater" | "bigger" => Some(Direction::Up),
                "less" | "fewer" | "lower" | "smaller" => Some(Direction::Down),
                _ => None,
            };
            if let Some(direction) = comparative.filter(|_| than) {
                return Frame { role: Some(Role::By), direction: Some(direction) };
            }
        }
        if word(0).is_some_and(|w| w.eq_ignore_ascii_case("of"))
            && word(1).is_some_and(|w| lexicon::contains(CHANGE_NOUNS, w))
        {
            return Frame { role: Some(Role::By), direction: word(1).and_then(words::direction) };
        }
    }
    // "slumped by almost a third": a hedge the fraction reader leaves outside the figure
    // stands between "by" and it.
    if m.kind == Kind::Fraction
        && word(0)
            .is_some_and(|w| lexicon::contains(&["almost", "nearly", "about", "around", "roughly", "over", "more"], w))
        && word(1).is_some_and(|w| w.eq_ignore_ascii_case("by"))
    {
        if let Some((direction, false)) = governing_verb(text, tokens, tokens.of(i).saturating_sub(2)) {
            return Frame { role: Some(Role::By), direction };
        }
    }
    let Some(w1) = word(0) else { return Frame::default() };
    let lower = w1.lower();
    match lower.as_str() {
        // "up from £60.7m", "down from 3.48 million": a start, with its direction.
        "from" => {
            let direction = word(1).and_then(|w| match w.lower().as_str() {
                "up" => Some(Direction::Up),
                "down" => Some(Direction::Down),
                _ => None,
            });
            return Frame { role: Some(Role::From), direction };
        }
        "with" | "to"
            if word(1).is_some_and(|w| {
                lexicon::contains(&["compared", "comparison", "compares", "compare", "comparing"], w)
            }) =>
        {
            return Frame { role: Some(Role::From), direction: None };
        }
        w if lexicon::contains(FROM, w) => return Frame { role: Some(Role::From), direction: None },
        // "than the peak of £263,000", "from the £130m seen": a start named by a noun phrase.
        // ("than last season's $152 million": a possessive before the figure, too.)
        w if matches!(w, "of" | "the" | "its" | "their" | "a") || w.ends_with("'s") || w.ends_with("’s") => {
            // "an increase of 3.2% on the £228,900 recorded a year earlier", "up 4% on last
            // year's £1.2bn": "on" after a change is its base.
            // ("on the back of £3.1bn in new orders": not through an "of".)
            let on_base = |k: usize| {
                (0..k).all(|j| !word(j).is_some_and(|w| w.eq_ignore_ascii_case("of")))
                    && (prev.get(k + 1).and_then(|t| t.figure()).is_some_and(|f| mentions[f].kind == Kind::Percent)
                        || word(k + 1).is_some_and(|w| {
                            lexicon::contains(CHANGE_NOUNS, w)
                                || w.eq_ignore_ascii_case("up")
                                || w.eq_ignore_ascii_case("down")
                        }))
            };
            for k in 1..prev.len().min(5) {
                match word(k) {
                    Some(w) if w.eq_ignore_ascii_case("on") && on_base(k) => {
                        return Frame { role: Some(Role::From), direction: None };
                    }
                    Some(w) if lexicon::contains(&["than", "from", "against", "with", "versus"], w) => {
                        // ("compared with 4,128", "compares with 14.9%", "comparing with".)
                        let compared = w.eq_ignore_ascii_case("with")
                            && word(k + 1).is_some_and(|v| {
                                lexicon::contains(&["compared", "compares", "compare", "comparing"], v)
                            });
                        if !w.eq_ignore_ascii_case("with") || compared {
                            return Frame { role: Some(Role::From), direction: None };
                        }
                        break;
                    }
                    // "than the national average of £290,000": after "of", any noun phrase.
                    Some(w) if w1 == "of" && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') => {}
                    Some(w)
                        if lexicon::contains(
                            &[
                                "the",
                                "a",
                                "an",
                                "its",
                                "their",
                                "his",
                                "her",
                                "of",
                                "original",
                                "previous",
                                "peak",
                                "record",
                                "level",
                                "figure",
                                "total",
                                "estimate",
                                "last",
                                "this",
                                // "fell from an average of NZ$1.31 million", "from a high of".
                                "average",
                                "high",
                                "low",
                                "median",
                                "mean",
                                "typical",
                                "estimated",
                                "reported",
                                "initial",
                            ],
                            w,
                        ) || w.ends_with("'s")
                            || w.ends_with("’s") => {}
                    _ => break,
                }
            }
        }
        "to" => {
            if let Some((direction, _)) = governing_verb(text, tokens, tokens.of(i).saturating_sub(1)) {
                return Frame { role: Some(Role::To), direction };
            }
        }
        "at" => {
            // "now stands at £231,500", "finished down $18.90 at $8", "closed up 38p, or
            // 4.1%, at 965p" (the change restated as a percentage between commas).
            let restated = prev.get(1).is_some_and(|t| t.punct() == Some(','))
                && prev.get(2).is_some_and(|t| t.figure().is_some_and(|p| mentions[p].kind == Kind::Percent))
                && prev.get(3).is_some_and(|t| t.is_word() && t.text(text).eq_ignore_ascii_case("or"));
            let after_amount = prev.get(1).is_some_and(|t| t.figure().is_some()) || restated;
            if after_amount || word(1).is_some_and(|w| lexicon::contains(AT, w)) {
                return Frame { role: Some(Role::To), direction: None };
            }
        }
        "by" => {
            if let Some((direction, false)) = governing_verb(text, tokens, tokens.of(i).saturating_sub(1)) {
                return Frame { role: Some(Role::By), direction };
            }
        }
        // "sank 14.87% - or $1.83 - to close at $10.48": the change again, as an amount.
        "or" if matches!(m.kind, Kind::Money | Kind::Measure) => {
            let change = prev.iter().skip(1).take(3).find_map(|t| t.figure()).filter(|&p| {
                mentions[p].kind == Kind::Percent && is_change_percent(text, tokens, mentions, p).is_some()
            });
            if let Some(p) = change {
                let direction = is_change_percent(text, tokens, mentions, p).flatten();
                return Frame { role: Some(Role::By), direction };
            }
        }
        // ("they make up 4.7% of the population": a phrasal verb, not a change.)
        "up" | "down"
            if (m.kind != Kind::Count || m.noun.is_none())
                && !word(1).is_some_and(|w| lexicon::contains(PHRASAL, w)) =>
        {
            let direction = if lower == "up" { Direction::Up } else { Direction::Down };
            return Frame { role: Some(Role::By), direction: Some(direction) };
        }
        _ => {
            // "fell 1.4 cents", "shed $28.63": a verb of change right before an amount of
            // money or a measure moves a level by it.
            // ("dived below $40" is a level, not an amount: a hedge of place rules it out.)
            let place = m.qualifier.as_ref().is_some_and(|q| {
                let h = text.get(q.span.start..q.span.end).unwrap_or("").lower();
                ["below", "above", "under", "beyond", "past"].iter().any(|w| h.ends_with(w))
            });
            // "The FTSE 100 fell 45.2 points, or 0.9%": index points move a level too (a
            // bare count does not: "won 18", "rose 3 places").
            let index_points = m.kind == Kind::Count
                && after(tokens, i).next().is_some_and(|t| is(text, t, "points") || is(text, t, "point"));
            if (matches!(m.kind, Kind::Money | Kind::Measure) || index_points) && !place {
                if let Some(d) = words::verb_direction(w1).filter(|_| words::moves_by(w1)) {
                    return Frame { role: Some(Role::By), direction: Some(d) };
                }
            }
        }
    }
    Frame::default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mention::extract;
    use crate::text::Segments;

    fn roles(text: &str) -> Vec<(String, Option<Role>, Option<Direction>)> {
        let segments = Segments::new(text);
        let ms = extract(text, &segments);
        let tokens = Tokens::new(text, &segments, &ms, text.len());
        (0..ms.len())
            .map(|i| {
                let f = frame(text, &tokens, &ms, i);
                (text[ms[i].span.start..ms[i].span.end].to_string(), f.role, f.direction)
            })
            .collect()
    }

    fn role_of(text: &str, figure: &str) -> Option<Role> {
        roles(text).into_iter().find(|(t, _, _)| t == figure).and_then(|(_, r, _)| r)
    }

    #[test]
    fn reads_from_and_to_past_adjuncts() {
        let text = "It fell from 12,400 in 2022 to 10,540 last year, a drop of 18%.";
        assert_eq!(role_of(text, "12,400"), Some(Role::From));
        assert_eq!(role_of(text, "10,540"), Some(Role::To));
        assert_eq!(role_of(text, "18%"), Some(Role::Change));
    }

    #[test]
    fn reads_business_wire_phrasing() {
        let text = "Revenue was 10bn euros, up 8.1% from 9.26bn euros in 2003.";
        assert_eq!(role_of(text, "8.1%"), Some(Role::Change));
        assert_eq!(role_of(text, "9.26bn euros"), Some(Role::From));
        let text = "Net income was $361.2m, compared with $285.7m a year earlier.";
        assert_eq!(role_of(text, "$285.7m"), Some(Role::From));
        let text = "Prices now stand at £231,500, some 12% lower than the peak of £263,000.";
        assert_eq!(role_of(text, "£231,500"), Some(Role::To));
        assert_eq!(role_of(text, "12%"), Some(Role::Change));
        assert_eq!(role_of(text, "£263,000"), Some(Role::From));
    }

    #[test]
    fn reads_amounts_of_change() {
        let text = "The toll rose by 12 overnight, bringing it to 35.";
        assert_eq!(role_of(text, "12"), Some(Role::By));
        assert_eq!(role_of(text, "35"), Some(Role::To));
        let text = "Shares closed at $18.35, up $5.87, and sterling fell 1.4 cents.";
        assert_eq!(role_of(text, "$18.35"), Some(Role::To));
        assert_eq!(role_of(text, "$5.87"), Some(Role::By));
        assert_eq!(role_of(text, "1.4 cents"), Some(Role::By));
        // "on" after a change names its base.
        let text = "Prices rose to £241,300, an increase of 3.2% on the £228,900 recorded twelve months earlier.";
        assert_eq!(role_of(text, "£228,900"), Some(Role::From));
        assert_ne!(
            role_of("Revenue rose 8% to £5.2bn on the back of £3.1bn in new orders.", "£3.1bn"),
            Some(Role::From)
        );
        // Index points move a level, and the percentage after them is the same change.
        let text = "The FTSE 100 fell 45.2 points, or 0.9%, to 4,812.3.";
        assert_eq!(role_of(text, "45.2"), Some(Role::By));
        assert_eq!(role_of(text, "0.9%"), Some(Role::Change));
        // "at" after the change restated as a percentage is the result.
        let text = "Shares closed up 38p, or 4.1%, at 965p on Friday.";
        assert_eq!(role_of(text, "965p"), Some(Role::To));
        assert_eq!(role_of("Sales were 38, or 4.1% of the total, at the fair.", "4.1%"), None);
    }

    #[test]
    fn a_share_is_not_a_change() {
        assert_eq!(role_of("Labour won 41% of the vote.", "41%"), None);
        assert_eq!(role_of("Turnout was 31%.", "31%"), None);
        assert_eq!(role_of("Fees of 1 percent, or $2bn.", "1 percent"), None);
    }
}
