//! The words that give figures their parts, as data: change verbs and nouns, the words that
//! introduce a starting point, and the verbs that put a level "at" a figure.
//!
//! Verbs and nouns are kept apart on purpose. A verb governs "to N" and "by N" ("slipping
//! to 1.8%"); a noun only colours a percentage beside it ("a 41% rise"). Letting a noun
//! govern made "growth forecasts slipping to 1.8%" a rise, because "growth" came first.

use super::Direction;
use crate::text::Ends as _;

/// Regular change verbs, by their stem: "slip" gives "slips", "slipped", "slipping".
const VERBS_UP: &[&str] = &[
    "increase",
    "jump",
    "climb",
    "surge",
    "soar",
    "rocket",
    "rally",
    "advance",
    "add",
    "widen",
    "expand",
    "raise",
    "lift",
    "push",
    "swell",
    "mount",
    "extend",
    "hike",
    "accelerate",
    "double",
    "triple",
    "treble",
    "quadruple",
    "gain",
    "boost",
    "recover",
    "rebound",
    "spike",
    "balloon",
    "escalate",
    "multiply",
    "strengthen",
    "improve",
    "top",
    "up",
];
const VERBS_DOWN: &[&str] = &[
    "decrease", "decline", "drop", "reduce", "slump", "plunge", "plummet", "lower", "dip", "tumble", "slip", "ease",
    "narrow", "slash", "trim", "dive", "crash", "halve", "contract", "collapse", "retreat", "weaken", "pare", "scale",
    "slow", "sag", "slacken", "fade", "erode", "deflate", "shrivel", "cool", "moderate", "cut", "shed", "slide",
    "sink", "fall", "lose", "shrink",
];
/// Irregular forms, and adverbs that govern like verbs ("cut down to", "revised up to").
const IRREGULAR_UP: &[&str] = &[
    "rose",
    "risen",
    "rise",
    "rises",
    "rising",
    "grew",
    "grown",
    "grow",
    "grows",
    "growing",
    "leapt",
    "leaped",
    "leap",
    "leaps",
    "leaping",
    "took",
    "taking",
    "takes",
    "take",
    "taken",
    "brought",
    "bringing",
    "brings",
    "bring",
    "swollen",
    "up",
    "upped",
    "doubled",
    "tripled",
    "trebled",
    "quadrupled",
    "set",
];
const IRREGULAR_DOWN: &[&str] = &[
    "fell", "fallen", "falling", "falls", "lost", "losing", "loses", "lose", "shrank", "shrunk", "slid", "sliding",
    "sank", "sunk", "dove", "cut", "cuts", "cutting", "shed", "sheds", "shedding", "down", "halved", "slipped",
    "slipping", "dipped", "dipping", "dropped", "dropping", "slashed", "trimmed", "trimming",
];

/// Nouns and adjectives of a change: they colour a percentage beside them.
const NOUNS_UP: &[&str] = &[
    "rise",
    "rises",
    "increase",
    "increases",
    "growth",
    "jump",
    "jumps",
    "gain",
    "gains",
    "surge",
    "climb",
    "boost",
    "hike",
    "rally",
    "rebound",
    "upturn",
    "higher",
    "up",
    "more",
    "uplift",
    "leap",
    "spike",
];
const NOUNS_DOWN: &[&str] = &[
    "fall",
    "falls",
    "drop",
    "drops",
    "decline",
    "declines",
    "decrease",
    "cut",
    "cuts",
    "reduction",
    "reductions",
    "loss",
    "losses",
    "slump",
    "dip",
    "slide",
    "plunge",
    "contraction",
    "downturn",
    "lower",
    "down",
    "less",
    "fewer",
    "shortfall",
    "slowdown",
];

/// Nouns of a change with no direction of their own ("a 36% improvement" of a loss).
const NEUTRAL: &[&str] = &["improvement", "change", "swing", "movement", "turnaround", "difference"];

/// Whether `word` is a form of the regular verb `stem`: the stem, +s, +ed, +ing, with a
/// final "e" dropped, a final "y" turned to "i" and a final consonant doubled as English
/// spells them ("ease" → "eased", "easing"; "rally" → "rallied"; "slip" → "slipped").
fn inflects(w: &str, stem: &str) -> bool {
    let Some(rest) = w.strip_prefix(stem) else {
        if let Some(root) = stem.strip_suffix('e') {
            return w.strip_prefix(root) == Some("ing");
        }
        if let Some(root) = stem.strip_suffix('y') {
            return matches!(w.strip_prefix(root), Some("ies" | "ied"));
        }
        return false;
    };
    let last = stem.last_char().unwrap_or('a');
    match rest {
        "" | "s" | "es" | "ing" => true,
        "d" => stem.ends_with('e'),
        "ed" => !stem.ends_with('e'),
        _ => {
            // "slipped", "slipping": the final consonant doubled. (The vowels by `matches!`:
            // `"aeiouy".contains(last)` linked core's substring searcher for a `char` not
            // known when compiling.)
            let mut chars = rest.chars();
            chars.next() == Some(last)
                && matches!(chars.as_str(), "ed" | "ing")
                && !matches!(last, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
        }
    }
}

/// A word list indexed by first letter, built at compile time: bit `i` of `first[c]` is set
/// when `list[i]` starts with letter `c`. A lookup then compares only the few words that
/// share the first letter, not the whole list: these lookups run for most words beside a
/// figure, several times each (a twentieth of a whole check when they scanned every list).
struct ByFirst {
    list: &'static [&'static str],
    first: [u64; 26],
}

const fn by_first(list: &'static [&'static str]) -> ByFirst {
    // Checked when compiling: the index needs at most 64 words, each lower-case ASCII
    // letters of at most 16 bytes (what `lower` lets through).
    assert!(list.len() <= 64);
    let mut first = [0u64; 26];
    let mut i = 0;
    while i < list.len() {
        let bytes = list[i].as_bytes();
        assert!(!bytes.is_empty() && bytes.len() <= 16);
        let mut j = 0;
        while j < bytes.len() {
            assert!(bytes[j].is_ascii_lowercase());
            j += 1;
        }
        first[(bytes[0] - b'a') as usize] |= 1 << i;
        i += 1;
    }
    ByFirst { list, first }
}

impl ByFirst {
    /// The words of the list that start as `w` (lower-case) does.
    fn starting_as<'a>(&'a self, w: &str) -> impl Iterator<Item = &'static str> + 'a {
        let mut bits =
            w.as_bytes().first().and_then(|&b| self.first.get(usize::from(b.wrapping_sub(b'a')))).copied().unwrap_or(0);
        std::iter::from_fn(move || {
            let i = bits.trailing_zeros() as usize;
            bits &= bits.wrapping_sub(1);
            self.list.get(i).copied()
        })
    }

    /// Whether `w` (lower-case) is in the list.
    fn contains(&self, w: &str) -> bool {
        self.starting_as(w).any(|k| k == w)
    }
}

static VERBS_UP_BY: ByFirst = by_first(VERBS_UP);
static VERBS_DOWN_BY: ByFirst = by_first(VERBS_DOWN);
static IRREGULAR_UP_BY: ByFirst = by_first(IRREGULAR_UP);
static IRREGULAR_DOWN_BY: ByFirst = by_first(IRREGULAR_DOWN);
static NOUNS_UP_BY: ByFirst = by_first(NOUNS_UP);
static NOUNS_DOWN_BY: ByFirst = by_first(NOUNS_DOWN);
static NEUTRAL_BY: ByFirst = by_first(NEUTRAL);
static MOVED_BY_BY: ByFirst = by_first(MOVED_BY);
static MOVED_BY_IRREGULAR_BY: ByFirst = by_first(MOVED_BY_IRREGULAR);

/// `word` lower-cased into `buf`, when it can be in these lists at all: ASCII letters, at
/// most 16 of them (`by_first` holds every list to that). Lower-cased once per lookup, on
/// the stack, not once per list word: an allocation here was a twentieth of a whole check.
fn lower<'b>(word: &str, buf: &'b mut [u8; 16]) -> Option<&'b str> {
    if word.len() > 16 || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let lower = buf.get_mut(..word.len())?;
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).ok()
}

/// Whether lower-case `w` is a form of one of `stems` or one of `irregular`.
fn is_verb(w: &str, stems: &ByFirst, irregular: &ByFirst) -> bool {
    irregular.contains(w) || stems.starting_as(w).any(|s| inflects(w, s))
}

fn verb_direction_lower(w: &str) -> Option<Direction> {
    if is_verb(w, &VERBS_DOWN_BY, &IRREGULAR_DOWN_BY) {
        Some(Direction::Down)
    } else if is_verb(w, &VERBS_UP_BY, &IRREGULAR_UP_BY) {
        Some(Direction::Up)
    } else {
        None
    }
}

fn direction_lower(w: &str) -> Option<Direction> {
    if NOUNS_DOWN_BY.contains(w) {
        return Some(Direction::Down);
    }
    if NOUNS_UP_BY.contains(w) {
        return Some(Direction::Up);
    }
    verb_direction_lower(w)
}

/// The direction a change *verb* gives ("rose", "slipping", "cut down"), for the figure it
/// governs after "to", "by" or "at".
pub fn verb_direction(word: &str) -> Option<Direction> {
    verb_direction_lower(lower(word, &mut [0; 16])?)
}

/// The direction any change word gives, verb or noun ("a 41% rise", "rose 14%").
pub fn direction(word: &str) -> Option<Direction> {
    direction_lower(lower(word, &mut [0; 16])?)
}

/// Whether `word` names a change, with or without a direction.
pub fn is_change_word(word: &str) -> bool {
    lower(word, &mut [0; 16]).is_some_and(|w| direction_lower(w).is_some() || NEUTRAL_BY.contains(w))
}

/// Verbs that, right before an amount, move a level by it: "fell 1.4 cents", "shed
/// $28.63". Verbs of getting or giving ("recovered £31,900", "raised $52m") are not
/// among them: their amount is a thing, not a move.
const MOVED_BY: &[&str] = &[
    "fall",
    "rise",
    "gain",
    "lose",
    "shed",
    "drop",
    "climb",
    "jump",
    "slip",
    "ease",
    "dip",
    "tumble",
    "slump",
    "plunge",
    "soar",
    "surge",
    "add",
    "advance",
    "decline",
    "retreat",
    "rally",
    "sink",
    "slide",
    "edge",
    "firm",
    "weaken",
    "strengthen",
    "plummet",
    "dive",
    "rocket",
    "leap",
];
const MOVED_BY_IRREGULAR: &[&str] = &["fell", "rose", "risen", "lost", "sank", "slid", "leapt", "fallen", "shed"];

/// Whether `word` moves a level by the amount right after it ("fell $2.86").
pub fn moves_by(word: &str) -> bool {
    lower(word, &mut [0; 16]).is_some_and(|w| is_verb(w, &MOVED_BY_BY, &MOVED_BY_IRREGULAR_BY))
}

/// Words right before a figure that make it a starting point: "from", "against",
/// "versus", "than" ("12% lower than £263,000").
pub const FROM: &[&str] = &["from", "against", "versus", "vs", "vs.", "than"];

/// Verbs before "at N" that put a level there: "now stands at", "closing at".
pub const AT: &[&str] = &[
    "stand",
    "stands",
    "stood",
    "standing",
    "closing",
    "closed",
    "close",
    "closes",
    "ended",
    "end",
    "ends",
    "finished",
    "finish",
    "finishing",
    "now",
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "remains",
    "remained",
    "trading",
    "traded",
    "trade",
    "trades",
    "peaked",
    "settled",
    "opened",
    "put",
    "valued",
    "estimated",
    "set",
    "fixed",
    "capped",
    "levelled",
    "hovering",
    "sat",
    "sits",
];

/// Verbs that, before "to N" or "at N", make N where a change ended even when they say no
/// direction: "the bill goes to £2,045", "revised to 2.1%".
pub const TO_NEUTRAL: &[&str] =
    &["changed", "moved", "move", "moves", "went", "go", "goes", "going", "revised", "adjusted", "reset", "altered"];

/// Words after a percentage that make it a rate over time, not the size of one change:
/// "grow by 6% a year", "3% per annum", "2% annually".
pub const RATE_AFTER: &[&str] = &["a", "per", "each", "every", "annually", "annualised", "annualized", "yearly"];
pub const RATE_PERIODS: &[&str] = &["year", "annum", "month", "week", "day", "quarter"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflects_regular_verbs() {
        for w in ["slip", "slips", "slipped", "slipping", "ease", "eased", "easing", "eases", "narrowed", "dropping"] {
            assert!(verb_direction(w).is_some(), "{w}");
        }
        assert_eq!(verb_direction("slowed"), Some(Direction::Down));
        assert_eq!(verb_direction("climbing"), Some(Direction::Up));
        assert_eq!(verb_direction("rallied"), Some(Direction::Up));
    }

    #[test]
    fn nouns_are_not_verbs() {
        assert_eq!(verb_direction("growth"), None);
        assert_eq!(direction("growth"), Some(Direction::Up));
        assert_eq!(verb_direction("forecast"), None);
        assert_eq!(verb_direction("dollar"), None);
    }
}
