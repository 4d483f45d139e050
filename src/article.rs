//! The article as the checks see it: its text, sentences, figures, tokens and frames.
//!
//! Everything a check may look at is here, computed once per `check()` call (the token
//! pass and the frames eagerly, the statements on first use); a check never re-reads the
//! raw text around a figure when a token or a frame answers the question.

use std::cell::OnceCell;

use crate::frame::{self, Frame};
use crate::mention::{Kind, Mention};
use crate::relation::changes::{self, Statement};
use crate::text::Segments;
use crate::token::Tokens;
use crate::Options;

/// What every check gets to look at.
pub struct Article<'a> {
    pub text: &'a str,
    pub segments: &'a Segments,
    pub mentions: &'a [Mention],
    pub options: &'a Options,
    tokens: Tokens,
    frames: Vec<Frame>,
    /// For each mention, whether it stands inside parentheses (a conversion, an aside), or
    /// restates the figure before it after ", or" ("£1,250, or £15,000 a year").
    in_parens: Vec<bool>,
    statements: OnceCell<Vec<Statement>>,
    breakdowns: OnceCell<Vec<crate::relation::lists::Breakdown>>,
    names: OnceCell<crate::map::Set<String>>,
    shares: OnceCell<Vec<crate::relation::shares::Share>>,
    roles: OnceCell<Vec<Option<crate::relation::Cue>>>,
}

impl<'a> Article<'a> {
    /// Reads the article: tokens up to `end` (where figure reading stopped), then frames.
    pub fn new(
        text: &'a str,
        segments: &'a Segments,
        mentions: &'a [Mention],
        options: &'a Options,
        end: usize,
    ) -> Self {
        let tokens = Tokens::new(text, segments, mentions, end);
        let frames = frame::read(text, &tokens, mentions);
        let mut in_parens = in_parentheses(&tokens, mentions.len());
        mark_restatements(text, &tokens, mentions, &mut in_parens);
        Article {
            text,
            segments,
            mentions,
            options,
            tokens,
            frames,
            in_parens,
            statements: OnceCell::new(),
            breakdowns: OnceCell::new(),
            names: OnceCell::new(),
            shares: OnceCell::new(),
            roles: OnceCell::new(),
        }
    }

    pub fn tokens(&self) -> &Tokens {
        &self.tokens
    }

    /// Each mention's frame, in mention order.
    pub fn frames(&self) -> &[Frame] {
        &self.frames
    }

    /// Every change the article states (see `relation::changes`), in text order of their
    /// sentences.
    // One copy, not one inlined at each of its 8 callers: smaller wasm.
    #[inline(never)]
    pub fn statements(&self) -> &[Statement] {
        self.statements.get_or_init(|| changes::statements(self))
    }

    /// The names the article writes (see `relation::changes::names`), read once: the
    /// statements and the repeat check both ask.
    pub fn names(&self) -> &crate::map::Set<String> {
        self.names.get_or_init(|| changes::names(self))
    }

    /// Every share the article states (see `relation::shares`), read once for the checks
    /// that use them.
    pub fn shares(&self) -> &[crate::relation::shares::Share] {
        self.shares.get_or_init(|| crate::relation::shares::shares(self))
    }

    /// The role cue words give mention `i` in a sum (see `relation::roles`), read once for
    /// every mention: the arithmetic check and the report both ask.
    pub fn role(&self, i: usize) -> Option<&crate::relation::Cue> {
        self.roles
            .get_or_init(|| (0..self.mentions.len()).map(|i| crate::relation::role_of(self, i)).collect())
            .get(i)?
            .as_ref()
    }

    /// The part figure `i` plays, as the report names it: its role in a stated change
    /// ("from", "to", "change", "by") or in a sum ("removed", "added", "remainder",
    /// "grown", "result"), or `None`.
    pub fn role_name(&self, i: usize) -> Option<&'static str> {
        use crate::frame::Role as F;
        use crate::relation::Role as S;
        match self.frames.get(i).and_then(|f| f.role) {
            Some(F::From) => return Some("from"),
            Some(F::Change) => return Some("change"),
            _ => {}
        }
        match self.role(i).map(|c| c.role) {
            Some(S::Removed) => Some("removed"),
            Some(S::Added) => Some("added"),
            Some(S::Remainder) => Some("remainder"),
            Some(S::Grown) => Some("grown"),
            Some(S::Result) => Some("result"),
            None => match self.frames.get(i).and_then(|f| f.role) {
                Some(F::To) => Some("to"),
                Some(F::By) => Some("by"),
                _ => None,
            },
        }
    }

    /// Whether mention `i` stands inside parentheses: "$8bn (£6bn)" has £6bn inside.
    // One copy, not one inlined at each of its 25 callers: smaller wasm.
    #[inline(never)]
    pub fn in_parens(&self, i: usize) -> bool {
        self.in_parens.get(i).copied().unwrap_or(false)
    }

    /// Every breakdown of a total into parts the article lists (see `relation::lists`).
    pub fn breakdowns(&self) -> &[crate::relation::lists::Breakdown] {
        self.breakdowns.get_or_init(|| crate::relation::lists::breakdowns(self))
    }

    pub fn paragraph(&self, m: &Mention) -> usize {
        self.segments.paragraph_of(m.sentence)
    }

    /// The mentions a check may relate to mention `center`: those whose sentence lies from
    /// `before` sentences before it to `after` sentences after it, and never more than `cap`
    /// mentions away on either side.
    ///
    /// Why the cap: sentence windows alone keep ordinary prose linear, but a pasted table or
    /// a megabyte without a full stop is one "sentence"; the cap keeps every check's
    /// candidate search bounded per mention, so the whole run stays linear in the text.
    pub fn window(&self, center: usize, before: usize, after: usize, cap: usize) -> std::ops::Range<usize> {
        let ms = self.mentions;
        let s = ms[center].sentence;
        let lo = ms.partition_point(|m| m.sentence < s.saturating_sub(before));
        let hi = ms.partition_point(|m| m.sentence <= s + after);
        lo.max(center.saturating_sub(cap))..hi.min(center + cap + 1).max(lo)
    }
}

/// One pass over the tokens: which figures stand inside parentheses. Depth is counted per
/// sentence, so an unclosed bracket cannot swallow the rest of the article.
/// How many words may stand between a figure and the ", or" that restates it: "£1,250 a
/// month, or", "10 miles long, or".
const RESTATED_AFTER: usize = 3;

/// Marks the figures that say the one before them again in other terms after ", or": "the
/// average rent has reached £1,250, or £15,000 a year, up 11.6% from £1,120" — £15,000 is
/// no level of its own that the change could end at, any more than a bracketed one is.
/// Only sums of money and measures, in the same sentence, a few words apart.
fn mark_restatements(text: &str, tokens: &Tokens, mentions: &[Mention], aside: &mut [bool]) {
    let restates = |k: usize| matches!(mentions[k].kind, Kind::Money | Kind::Measure);
    for j in 1..mentions.len() {
        if !restates(j) || mentions[j].kind != mentions[j - 1].kind || mentions[j].sentence != mentions[j - 1].sentence
        {
            continue;
        }
        let (a, b) = (tokens.of(j - 1), tokens.of(j));
        let word = |k: usize| tokens.get(k).filter(|t| t.is_word()).map(|t| t.text(text));
        let punct = |k: usize| tokens.get(k).and_then(|t| t.punct());
        // ", or" right before `j`'s phrase (its hedge, if any, after "or").
        let hedge_words = usize::from(mentions[j].qualifier.is_some())
            * text.get(mentions[j].phrase_start()..mentions[j].span.start).map_or(0, |h| h.split_whitespace().count());
        let or_at = b.saturating_sub(1 + hedge_words);
        let joined = or_at > a + 1
            && word(or_at).is_some_and(|w| w.eq_ignore_ascii_case("or"))
            && punct(or_at - 1) == Some(',')
            && (a + 1..or_at - 1).all(|k| word(k).is_some())
            && or_at - 1 - (a + 1) <= RESTATED_AFTER;
        // (And ends there, or with its period: not "fined £2m, or £3m including costs, up
        // from £1.5m", an alternative.)
        // (A period is "a year", "per week": `relation::periods` reads it properly, but needs
        // the article this builds.)
        let per = word(b + 1).is_some_and(|w| crate::lexicon::contains(&["a", "an", "per", "each"], w));
        let end = if per { b + 3 } else { b + 1 };
        let ends = tokens.get(end).is_none_or(|t| t.punct().is_some() || t.sentence != tokens.all[b].sentence);
        if joined && ends {
            if let Some(slot) = aside.get_mut(j) {
                *slot = true;
            }
        }
    }
}

fn in_parentheses(tokens: &Tokens, mentions: usize) -> Vec<bool> {
    let mut out = vec![false; mentions];
    let mut depth = 0u32;
    let mut sentence = 0;
    for t in &tokens.all {
        if t.sentence != sentence {
            sentence = t.sentence;
            depth = 0;
        }
        match t.tag {
            crate::token::Tag::Punct('(' | '[') => depth += 1,
            crate::token::Tag::Punct(')' | ']') => depth = depth.saturating_sub(1),
            crate::token::Tag::Figure(i) => {
                if let Some(slot) = out.get_mut(i as usize) {
                    *slot = depth > 0;
                }
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asides(text: &str) -> Vec<String> {
        let options = Options::default();
        let segments = Segments::new(text);
        let ms = crate::mention::extract(text, &segments);
        let cx = Article::new(text, &segments, &ms, &options, text.len());
        (0..ms.len()).filter(|&i| cx.in_parens(i)).map(|i| text[ms[i].span.start..ms[i].span.end].to_string()).collect()
    }

    #[test]
    fn a_restatement_after_or_is_an_aside() {
        assert_eq!(asides("Rent has reached £1,250, or £15,000 a year, up 11.6% from £1,120."), ["£15,000"]);
        assert_eq!(asides("It pays £100 a year, or just under £2 a week, and 10 miles (16km) away."), ["£2", "16km"]);
        // Another kind, or a clause between, is no restatement.
        assert!(asides("It cut £23m, or 5.9%, from the budget.").is_empty());
        assert!(asides("Sales fell to £40m in the year to March, or to £38m on the old basis.").is_empty());
    }

    #[test]
    fn an_alternative_after_or_is_no_aside() {
        assert!(asides("The firm was fined £2m, or £3m including costs, up from £1.5m.").is_empty());
    }
}
