//! Margins: a stated difference between two like figures the text also gives.
//!
//! Sport and race reports state a gap and both sides of it: "won in 10.72, 0.12 ahead of
//! Tasha Reid in 10.87"; "moves on to 193, leaving the gap at 52 points" after "took his
//! tally to 255 points"; "scored 58 goals and conceded 27, a goal difference of +31". The
//! margin is the larger side less the smaller.
//!
//! Two shapes:
//! - **ahead of**: a figure right before "ahead of", "behind", "clear of" or "adrift of",
//!   with the first like figure after the cue in its sentence (the other side's) and the
//!   nearest before it in its clause, both told as levels ("in 10.72 … in 10.87", "to 54
//!   points … on 51");
//! - **a named gap**: a figure after "gap", "lead", "margin" or "difference" ("a lead of",
//!   "the gap at", "a goal difference of"), with the two like levels nearest before it —
//!   levels, not the starts or amounts of a change ("from 230") — in its sentence or the
//!   one before, standing alike (both results of "to", or both bare: not "picked up 20
//!   points" beside "moves on to 193"), and no third such level;
//! - never a cricket score's wickets ("250 for four") nor a clock time's parts ("2:01:49").
//!
//! Both sides in the margin's own sentence make a firm tie; a side in the sentence before
//! is weaker (`firm` false), and a disagreement then counts only through a slip.

use crate::article::Article;
use crate::frame::Role;
use crate::mention::Kind;
use crate::relation::changes::{comparable, same_clause};
use crate::relation::near;

/// A stated margin and the two figures it separates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Margin {
    pub margin: usize,
    /// The two sides, in text order.
    pub a: usize,
    pub b: usize,
    /// Both sides stand in the margin's sentence.
    pub firm: bool,
}

/// Words after a figure that make it the distance to another's.
const AHEAD: &[&str] = &["ahead", "behind", "clear", "adrift"];
/// Words before a figure that name it a gap between two others.
const GAPS: &[&str] = &["gap", "lead", "margin", "difference"];
/// How many tokens after "ahead of" the other side's figure may stand: "0.12 ahead of the
/// American Tasha Reid in 10.87".
const OTHER_SIDE: usize = 10;
/// How many figures before a margin its sides are looked for among.
const SCAN: usize = 8;

/// Every margin the article states with both of its sides.
pub fn read(cx: &Article<'_>) -> Vec<Margin> {
    let ms = cx.mentions;
    let frames = cx.frames();
    let mut out = Vec::new();
    for d in 0..ms.len() {
        let m = &ms[d];
        if !matches!(m.kind, Kind::Count | Kind::Measure) || m.value.is_none_or(|v| v <= 0.0) || m.qualifier.is_some() {
            continue;
        }
        let at = cx.tokens().of(d);
        let like = |i: usize| {
            i != d && comparable(&ms[i], m) && !cx.in_parens(i) && ms[i].qualifier.is_none() && !score_or_clock(cx, i)
        };
        let level = |i: usize| {
            like(i)
                && ms[i].value.is_some_and(|v| v > 0.0)
                && !matches!(frames[i].role, Some(Role::From | Role::By | Role::Change))
        };
        // "0.12 ahead of …", "nine points clear of …" (the noun between).
        let cue = (at + 1..at + 3).find(|&k| near::is_any(cx, k, AHEAD) && near::same_sentence(cx, at, k));
        if let Some(k) = cue.filter(|&k| near::is(cx, k + 1, "of") || near::is(cx, k, "behind")) {
            let after = (d + 1..ms.len())
                .take(SCAN)
                .take_while(|&i| ms[i].sentence == m.sentence && cx.tokens().of(i) <= k + OTHER_SIDE)
                .find(|&i| like(i));
            // Both sides told as levels: "in 10.72 … in 10.87", "to 54 points … on 51" (not
            // "carded a 68", nor "after 38 games").
            let told =
                |i: usize| near::is_any(cx, cx.tokens().of(i).wrapping_sub(1), &["in", "on", "to", "at", "with"]);
            let before = after.filter(|&b| told(b)).and_then(|_| {
                (0..d).rev().take(SCAN).take_while(|&i| ms[i].sentence == m.sentence).find(|&i| like(i) && told(i))
            });
            // (The subject's figure in the margin's clause: "won in 10.72, 0.12 ahead".)
            let in_clause = before.is_some_and(|a| same_clause(cx, a, d));
            if let (Some(a), Some(b), true) = (before, after, in_clause) {
                out.push(Margin { margin: d, a, b, firm: true });
            }
            continue;
        }
        // "a lead of 8", "leaving the gap at 52 points", "a goal difference of +29".
        let named = (at.saturating_sub(3)..at).any(|k| near::is_any(cx, k, GAPS) && near::same_sentence(cx, k, at))
            && (near::is_any(cx, at.wrapping_sub(1), &["of", "at", "to"]));
        if !named {
            continue;
        }
        // (The two sides stand alike: "took his tally to 255" and "moves on to 193", not
        // "picked up 20 points" for a place.)
        let mut levels =
            (0..d).rev().take(SCAN).take_while(|&i| ms[i].sentence + 1 >= m.sentence).filter(|&i| level(i));
        let nearest = levels.next();
        let mut alike = levels.filter(|&i| nearest.is_some_and(|b| frames[i].role == frames[b].role));
        let other = alike.next();
        // ("255 points to Verstappen's 203 and Leclerc's 193, extending his lead to 52":
        // three tallies, and which two the gap is between is a guess.)
        let third = alike.next().is_some_and(|c| other.is_some_and(|a| ms[c].sentence == ms[a].sentence));
        if let (Some(b), Some(a), false) = (nearest, other, third) {
            let firm = ms[a].sentence == m.sentence && ms[b].sentence == m.sentence;
            out.push(Margin { margin: d, a, b, firm });
        }
    }
    out
}

/// Whether a figure is part of a cricket score ("250 for four") or a clock time
/// ("2:01:49"): no level of its own.
fn score_or_clock(cx: &Article<'_>, i: usize) -> bool {
    let m = &cx.mentions[i];
    let t = cx.tokens().of(i);
    let clock = cx.text.get(..m.span.start).is_some_and(|b| b.ends_with(':'))
        || cx.text.get(m.span.end..).is_some_and(|a| a.starts_with(':'));
    let score = (near::is(cx, t + 1, "for") && near::tok(cx, t + 2).is_some_and(|x| x.figure().is_some()))
        || (near::is(cx, t.wrapping_sub(1), "for")
            && near::tok(cx, t.wrapping_sub(2)).is_some_and(|x| x.figure().is_some()));
    clock || score
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
        read(&cx).into_iter().map(|m| (show(m.a), show(m.b), show(m.margin), m.firm)).collect()
    }

    #[test]
    fn reads_a_margin_ahead_of_a_rival() {
        let found = read_text("Maya Joseph won in 10.72, 0.12 ahead of the American Tasha Reid in 10.87.");
        assert_eq!(found, [("10.72".into(), "10.87".into(), "0.12".into(), true)]);
    }

    #[test]
    fn reads_a_named_gap_between_two_levels() {
        let found = read_text(
            "His win took his tally to 255 points, from 230 before the race. His rival picked up 20 points \
             and moves on to 193, leaving the gap at 52 points.",
        );
        assert_eq!(found, [("255".into(), "193".into(), "52".into(), false)]);
        let found = read_text("They have scored 58 goals and conceded 27, a goal difference of +31.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].3);
    }

    #[test]
    fn a_margin_without_both_sides_is_not_read() {
        assert!(read_text("She finished 1.3 seconds behind, in second place.").is_empty());
        assert!(read_text("Labour's lead of 8 points is its largest this year.").is_empty());
        // Sides told differently, three tallies, a cricket score, a clock time.
        assert!(read_text("Scheffler shot a 66 to move to 12 under, three shots clear of McIlroy, who carded a 68.")
            .is_empty());
        assert!(read_text(
            "Hamilton has 255 points to Verstappen's 203 and Leclerc's 193, extending his lead to 52 points."
        )
        .is_empty());
        assert!(read_text("England were 250 for four at lunch, a lead of 78 over Australia, who made 172.").is_empty());
        assert!(read_text("Kipchoge won in 2:01:49, 40 seconds ahead of Mark Korir in 2:02:29.").is_empty());
        let found = read_text(
            "City, on 89 points after 38 games, finished two clear of Arsenal on 87 and 18 ahead of Liverpool, who had 71.",
        );
        assert!(found.iter().all(|g| g.0 == "89"), "{found:?}");
    }
}
