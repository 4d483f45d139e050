//! Bodies of fixed size: a tally of votes cast in one can never exceed its seats.
//!
//! Each entry names the body the way articles do (matched as a phrase in the tally's
//! sentence, any case) and its size. Phrases that would also match something else are
//! guarded by `not_after` ("White House", "Opera House").

/// A body with a fixed number of members.
pub struct Body {
    /// Phrases that name it, lower-case.
    pub names: &'static [&'static str],
    /// Words that, right before the phrase, make it something else.
    pub not_after: &'static [&'static str],
    pub size: u32,
    /// How a message names it: "the US Senate".
    pub label: &'static str,
    pub members: &'static str,
}

pub const BODIES: &[Body] = &[
    Body {
        names: &["senate"],
        not_after: &["state", "french", "italian", "australian", "student"],
        size: 100,
        label: "the US Senate",
        members: "senators",
    },
    Body {
        names: &["house of representatives", "the house"],
        not_after: &["white", "opera", "state", "australian", "counting", "auction"],
        size: 435,
        label: "the US House of Representatives",
        members: "representatives",
    },
    Body {
        names: &["house of commons", "commons", "mps"],
        not_after: &[],
        size: 650,
        label: "the House of Commons",
        members: "MPs",
    },
    Body {
        names: &["supreme court", "justices"],
        not_after: &["state"],
        size: 9,
        label: "the US Supreme Court",
        members: "justices",
    },
    Body {
        names: &["security council"],
        not_after: &[],
        size: 15,
        label: "the UN Security Council",
        members: "members",
    },
];
