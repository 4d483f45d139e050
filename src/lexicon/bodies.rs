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
    /// What a tally in it counts: "votes", "games".
    pub counts: &'static str,
}

pub const BODIES: &[Body] = &[
    Body {
        names: &["senate"],
        not_after: &["state", "french", "italian", "australian", "student"],
        size: 100,
        label: "the US Senate",
        members: "senators",
        counts: "votes",
    },
    Body {
        names: &["house of representatives", "the house"],
        not_after: &["white", "opera", "state", "australian", "counting", "auction"],
        size: 435,
        label: "the US House of Representatives",
        members: "representatives",
        counts: "votes",
    },
    Body {
        names: &["house of commons", "commons", "mps"],
        not_after: &[],
        size: 650,
        label: "the House of Commons",
        members: "MPs",
        counts: "votes",
    },
    Body {
        names: &["supreme court", "justices"],
        not_after: &["state"],
        size: 9,
        label: "the US Supreme Court",
        members: "justices",
        counts: "votes",
    },
    Body {
        names: &["security council"],
        not_after: &[],
        size: 15,
        label: "the UN Security Council",
        members: "members",
        counts: "votes",
    },
];

/// Series of fixed length: a tally of games in a best-of-seven can total at most seven.
pub const SERIES: &[Body] = &[
    Body {
        names: &["best-of-seven", "best of seven"],
        not_after: &[],
        size: 7,
        label: "a best-of-seven series",
        members: "games",
        counts: "games",
    },
    Body {
        names: &["best-of-five", "best of five"],
        not_after: &[],
        size: 5,
        label: "a best-of-five contest",
        members: "games or sets",
        counts: "games or sets",
    },
    Body {
        names: &["best-of-three", "best of three"],
        not_after: &[],
        size: 3,
        label: "a best-of-three contest",
        members: "games or sets",
        counts: "games or sets",
    },
];

/// Fixed totals a count is measured against by the words right after it: "8 days a week"
/// cannot be.
pub struct FixedCount {
    /// What follows the figure, lower-case, modifiers ("current", "other") skipped.
    pub phrases: &'static [&'static str],
    pub size: u32,
    /// How a message names the whole: "a week has 7 days".
    pub label: &'static str,
}

pub const FIXED_COUNTS: &[FixedCount] = &[
    FixedCount { phrases: &["days a week", "days per week", "days of the week"], size: 7, label: "a week has 7 days" },
    FixedCount {
        phrases: &["hours a day", "hours per day", "hours of the day"],
        size: 24,
        label: "a day has 24 hours",
    },
    FixedCount {
        phrases: &["months a year", "months per year", "months of the year"],
        size: 12,
        label: "a year has 12 months",
    },
    FixedCount {
        phrases: &["us states", "american states", "states of the union"],
        size: 50,
        label: "there are 50 US states",
    },
    // The EU has had 6 to 28 members; a count above the most it ever had is wrong in any year.
    FixedCount {
        phrases: &[
            "eu member states",
            "eu members",
            "eu countries",
            "eu nations",
            "eu states",
            "member states of the eu",
        ],
        size: 28,
        label: "the EU has never had more than 28 members",
    },
];

/// The first words of every `FIXED_COUNTS` phrase: a count followed by none of these (after
/// modifiers) cannot be measured against a fixed whole, so the check stops at one word.
pub const FIXED_COUNT_HEADS: &[&str] = &["days", "hours", "months", "us", "american", "states", "eu", "member"];
