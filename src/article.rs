//! The article as the checks see it: its text, sentences, figures, tokens and frames.
//!
//! Everything a check may look at is here, computed once per `check()` call; a check never
//! re-reads the raw text around a figure when a token or a frame answers the question.

use crate::mention::Mention;
use crate::relation::changes::Endpoints;
use crate::text::Segments;
use crate::Options;

/// What every check gets to look at.
pub struct Article<'a> {
    pub text: &'a str,
    pub segments: &'a Segments,
    pub mentions: &'a [Mention],
    pub options: &'a Options,
    /// "from A to B" pairs, found once for the three checks that read them.
    endpoints: std::cell::OnceCell<Vec<Endpoints>>,
}

impl<'a> Article<'a> {
    pub fn new(text: &'a str, segments: &'a Segments, mentions: &'a [Mention], options: &'a Options) -> Self {
        Article { text, segments, mentions, options, endpoints: std::cell::OnceCell::new() }
    }

    /// Every "from A to B" in the text (see `relation::changes::endpoints`), in text order.
    pub fn endpoints(&self) -> &[Endpoints] {
        self.endpoints.get_or_init(|| crate::relation::changes::endpoints(self.text, self.mentions))
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
