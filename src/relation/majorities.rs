//! Majorities: a winner's vote, the runner-up's, and the majority between them.
//!
//! "Mr Pell took 21,408 votes to 17,932 for Labour's Nasreen Akhtar, a majority of 3,746";
//! "Sarah Okonjo won 18,204 votes … The Conservative candidate was second with 13,086,
//! giving Ms Okonjo a majority of 5,118". Election reports state all three, and the
//! majority is the winner's vote less the runner-up's.
//!
//! A majority is a count right after "majority" or "margin" ("a majority of 3,746", "a
//! margin of 812"). Its votes are the first two vote counts of its sentence and the one
//! before, in the order told (the winner first, as reports tell it), each larger than the
//! majority: levels, not the starts of a change ("up from 14,930"), and not a whole
//! ("of 45,000 votes cast", a turnout). A lede that wins with a majority ("has won the
//! by-election with a majority of 5,625") takes the first two vote counts of the sentence
//! after it when none come before — not beside it: those votes may be another pair's.

use crate::article::Article;
use crate::frame::Role;
use crate::lexicon;
use crate::mention::Kind;
use crate::text::Lower as _;

/// A majority and the two votes it separates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Majority {
    pub majority: usize,
    pub winner: usize,
    pub runner_up: usize,
    /// Whether a vote stands in the majority's own sentence (only then may a disagreement be
    /// reported: "At the general election the majority was 9,810" is another contest's).
    pub beside: bool,
}

/// How many figures before a majority its votes are looked for among.
const VOTE_SCAN: usize = 16;

/// Words that make a count a whole, not one candidate's vote.
const WHOLE: &[&str] = &["cast", "turnout", "electorate", "total", "registered", "overall", "all"];

/// Verbs of winning a contest, which make a majority this contest's.
const WON: &[&str] = &["won", "wins", "win", "held", "holds", "retained", "retains", "took", "takes", "gained"];
/// How many tokens before a majority its winning verb may stand: "has won the Northfield
/// by-election with a majority of".
const WIN_REACH: usize = 10;

/// Every majority the article states with its two votes.
pub fn read(cx: &Article<'_>) -> Vec<Majority> {
    let ms = cx.mentions;
    let toks = &cx.tokens().all;
    let mut out = Vec::new();
    for i in 0..ms.len() {
        let m = &ms[i];
        if m.kind != Kind::Count || m.value.is_none_or(|v| v <= 0.0) || m.qualifier.is_some() {
            continue;
        }
        let at = cx.tokens().of(i);
        // "a majority of 3,746", "majority of 3,746", "a margin of 812".
        let word = |k: usize| toks.get(k).filter(|t| t.is_word() && t.sentence == toks[at].sentence);
        // Only "a majority of N": not a standing or earlier one ("overturning a Conservative
        // majority of 9,810", "slashing its working majority of 80").
        let is = |k: usize, w: &[&str]| word(k).is_some_and(|t| lexicon::contains(w, t.text(cx.text)));
        let named = is(at.wrapping_sub(1), &["of"])
            && is(at.wrapping_sub(2), &["majority", "margin"])
            && is(at.wrapping_sub(3), &["a"]);
        let standing = (at.saturating_sub(7)..at.saturating_sub(3)).any(|k| {
            word(k).is_some_and(|t| {
                let w = t.text(cx.text).lower();
                w.starts_with("overturn")
                    || w.starts_with("defend")
                    || w.starts_with("slash")
                    || w.starts_with("cut")
                    || w.starts_with("reduc")
                    || w.starts_with("increas")
                    || ["previous", "notional", "working", "overall", "its", "from"].contains(&w.as_str())
            })
        });
        if !named || standing || cx.frames()[i].role.is_some() {
            continue;
        }
        let mv = m.value.unwrap_or(0.0);
        let vote = |j: usize| {
            let n = &ms[j];
            let whole = (cx.tokens().of(j).saturating_sub(3)..cx.tokens().of(j) + 4)
                .any(|k| toks.get(k).is_some_and(|t| t.is_word() && lexicon::contains(WHOLE, t.text(cx.text))));
            n.kind == Kind::Count
                && n.value.is_some_and(|v| v > mv)
                && n.qualifier.is_none()
                && n.noun.as_deref().is_none_or(|w| w.eq_ignore_ascii_case("votes") || w.eq_ignore_ascii_case("vote"))
                && (!matches!(cx.frames()[j].role, Some(Role::From | Role::By | Role::Change))
                    // ("polled 18,432 votes against 12,907": a rival's vote, not a start.)
                    || crate::relation::near::is(cx, cx.tokens().of(j).wrapping_sub(1), "against"))
                && !whole
        };
        // (Bounded in figures looked at: a pasted table is one "sentence" of thousands.)
        let votes: Vec<usize> = (0..i)
            .rev()
            .take(VOTE_SCAN)
            .take_while(|&j| ms[j].sentence + 1 >= m.sentence)
            .filter(|&j| vote(j))
            .collect();
        // The first two told, in order; the majority's own sentence first when it tells two
        // ("In 2019 the Conservative won 24,500 votes. This time Mr Pell took 21,408 votes to
        // 17,932, a majority of 3,476").
        let own: Vec<usize> = votes.iter().copied().filter(|&j| ms[j].sentence == m.sentence).collect();
        let votes = if own.len() >= 2 { own } else { votes };
        let mut told: Vec<usize> = votes.into_iter().rev().take(2).collect();
        // "Labour's Priya Mehta has won the Northfield by-election with a majority of 5,625
        // …" "Ms Mehta polled 18,432 votes against 12,907 for the Conservative": a lede
        // that wins with the majority, and the votes in the sentence after it.
        let mut after = false;
        // (Not an earlier contest's: "Labour won the seat in 2019 with a majority of
        // 12,400"; "held the seat … at the last general election".)
        let sentence = toks[at].sentence;
        let earlier = ms
            .iter()
            .skip(i.saturating_sub(VOTE_SCAN))
            .take(2 * VOTE_SCAN)
            .any(|n| n.sentence == m.sentence && n.kind == Kind::Year)
            || (at.saturating_sub(WIN_REACH)..at + WIN_REACH).any(|k| {
                toks.get(k).is_some_and(|t| {
                    t.sentence == sentence
                        && t.is_word()
                        && lexicon::contains(&["last", "previous", "general"], t.text(cx.text))
                })
            });
        if told.len() < 2 && !earlier && (at.saturating_sub(WIN_REACH)..at).any(|k| is(k, WON)) {
            told = (i + 1..ms.len())
                .take(VOTE_SCAN)
                .take_while(|&j| ms[j].sentence <= m.sentence + 1)
                .filter(|&j| ms[j].sentence == m.sentence + 1 && vote(j))
                .take(2)
                .collect();
            after = true;
        }
        if told.len() < 2 {
            continue;
        }
        // ("… 17,932 for Labour's Nasreen Akhtar": at least one of them is named votes.)
        if !told.iter().any(|&j| ms[j].noun.is_some()) {
            continue;
        }
        let (w, r) = (told.remove(0), told.remove(0));
        if ms[w].value <= ms[r].value {
            continue;
        }
        // (Votes in the sentence after a lede may be another pair's: "won a landslide with
        // a majority of 174." "In Holborn, he polled …": they disagree only through a slip.)
        let beside = !after && (ms[w].sentence == m.sentence || ms[r].sentence == m.sentence);
        out.push(Majority { majority: i, winner: w, runner_up: r, beside });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Options;

    fn read_text(text: &str) -> Vec<(String, String, String, bool)> {
        let options = Options::default();
        let segments = crate::text::Segments::new(text);
        let ms = crate::mention::extract(text, &segments);
        let cx = Article::new(text, &segments, &ms, &options, text.len());
        let show = |i: usize| text[ms[i].span.start..ms[i].span.end].to_string();
        read(&cx).into_iter().map(|m| (show(m.winner), show(m.runner_up), show(m.majority), m.beside)).collect()
    }

    #[test]
    fn reads_the_usual_shapes() {
        let found = read_text("Mr Pell took 21,408 votes to 17,932 for Labour's Nasreen Akhtar, a majority of 3,746.");
        assert_eq!(found, [("21,408".into(), "17,932".into(), "3,746".into(), true)]);
        let found = read_text(
            "Sarah Okonjo won 18,204 votes, up from 14,930 at the general election. The Conservative, Rupert \
             Fane, was second with 13,086, giving Ms Okonjo a majority of 5,118.",
        );
        assert_eq!(found, [("18,204".into(), "13,086".into(), "5,118".into(), true)]);
    }

    #[test]
    fn a_standing_majority_is_not_this_contests() {
        let found =
            read_text("Mr Pell took 21,408 votes to 17,932 for Labour, overturning a Conservative majority of 9,810.");
        assert!(found.is_empty(), "{found:?}");
        let found = read_text("The government won by 310 votes to 290, slashing its working majority of 80 to 20.");
        assert!(found.is_empty(), "{found:?}");
        // The sentence's own votes before the sentence before's.
        let found = read_text(
            "In 2019 the Conservative won 24,500 votes. This time Mr Pell took 21,408 votes to 17,932, a majority of 3,476.",
        );
        assert_eq!(found[0].0, "21,408", "{found:?}");
    }

    #[test]
    fn a_lede_majority_takes_the_votes_of_the_sentence_after() {
        let found = read_text(
            "Labour's Priya Mehta has won the Northfield by-election with a majority of 5,625.\n\nMs Mehta polled \
             18,432 votes against 12,907 for the Conservative candidate. The Lib Dems were third with 4,215.",
        );
        assert_eq!(found, [("18,432".into(), "12,907".into(), "5,625".into(), false)]);
        // Without a win, or with an earlier contest's, a majority is not this contest's.
        let found = read_text(
            "The seat had a majority of 5,625 in 2019.\n\nMs Mehta polled 18,432 votes against 12,907 for the Conservative.",
        );
        assert!(found.is_empty(), "{found:?}");
        let found = read_text(
            "Labour won the seat in 2019 with a majority of 12,400.\n\nMs Mehta polled 18,432 votes against 15,907.",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn another_contests_majority_is_not_beside_the_votes() {
        let found = read_text(
            "Mr Pell took 21,408 votes to 17,932 for Labour. At the general election, the party had a majority of 9,810.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(!found[0].3, "{found:?}");
    }
}
