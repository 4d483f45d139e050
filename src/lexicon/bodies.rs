//! Bodies of fixed size: a tally of votes cast in one can never exceed its seats.
//!
//! Each entry names the body the way articles do (a phrase of words, matched on tokens) and
//! its size. A body without a fixed size (the House of Lords) is listed too: a tally cast
//! there must not be read against another body named in the same sentence. Words around
//! a name that make it something else are listed with it ("White House", "House of Lords",
//! "the Senate Finance Committee", "France's Senate").

/// A body with a fixed number of members.
pub struct Body {
    /// Phrases that name it, lower-case, word by word.
    pub names: &'static [&'static str],
    /// Whether the name must be written with a capital ("House", not "house"). A plural of
    /// members ("senators") must then be written in lower case: "the Ottawa Senators" are a
    /// team.
    pub capital: bool,
    /// Words right before the name that make it something else ("White House").
    pub not_after: &'static [&'static str],
    /// Words right before the name that make it another chamber of its kind ("the state
    /// Senate"): a tally there is read against nothing, and no other body takes it.
    pub other_chamber: &'static [&'static str],
    /// Words right after the name that make it something else ("House of Lords").
    pub not_before: &'static [&'static str],
    /// How many members it has; `None` when the number is not fixed.
    pub size: Option<u32>,
    /// How a message names it: "the US Senate".
    pub label: &'static str,
    pub members: &'static str,
    /// What a tally in it counts: "votes", "games".
    pub counts: &'static str,
    /// Whether the body belongs to one country, so that another country's name before it
    /// makes it another body ("France's Senate", "Greek MPs").
    pub national: bool,
    /// What a message adds about the size: "650 now, 659 from 1997 to 2005".
    pub note: &'static str,
    /// The size today, when `size` is a larger one the body had in the past.
    pub now: Option<SmallerNow>,
}

/// A body smaller now than the `size` it once had: the Commons, 650 MPs now and 659 from
/// 1997 to 2005.
#[derive(Clone, Copy, Debug)]
pub struct SmallerNow {
    pub size: u32,
    /// The years it had its larger size.
    pub larger_from: i32,
    pub larger_to: i32,
}

pub const BODIES: &[Body] = &[
    Body {
        names: &["senate", "senators"],
        capital: true,
        not_after: &[],
        other_chamber: &["state", "student", "university", "academic", "city"],
        not_before: &[],
        size: Some(100),
        label: "the US Senate",
        members: "senators",
        counts: "votes",
        national: true,
        note: "",
        now: None,
    },
    Body {
        names: &["house of representatives", "house"],
        capital: true,
        not_after: &[
            "white",
            "opera",
            "counting",
            "auction",
            "government",
            "custom",
            "customs",
            "open",
            "publishing",
            "fashion",
            "guest",
            "round",
            "full",
        ],
        other_chamber: &["state", "lower", "upper"],
        not_before: &["of lords", "of commons", "of assembly", "of keys", "of fraser", "of delegates"],
        size: Some(435),
        label: "the US House of Representatives",
        members: "representatives",
        counts: "votes",
        national: true,
        note: "",
        now: None,
    },
    // 659 seats from 1997 to 2005, 646 to 2010, 650 since: no Commons since 1950 had more.
    Body {
        names: &["house of commons", "commons", "mps"],
        capital: false,
        not_after: &[],
        other_chamber: &[],
        not_before: &[],
        size: Some(659),
        label: "the House of Commons",
        members: "MPs",
        counts: "votes",
        national: true,
        note: " (650 now; 659 from 1997 to 2005, the most since 1950)",
        now: Some(SmallerNow { size: 650, larger_from: 1997, larger_to: 2005 }),
    },
    Body {
        names: &["house of lords", "lords", "peers"],
        capital: false,
        not_after: &["drug", "war", "press"],
        other_chamber: &[],
        not_before: &[],
        size: None,
        label: "the House of Lords",
        members: "peers",
        counts: "votes",
        national: true,
        note: "",
        now: None,
    },
    Body {
        names: &["supreme court", "justices"],
        capital: false,
        not_after: &["state", "high"],
        other_chamber: &[],
        not_before: &[],
        size: Some(9),
        label: "the US Supreme Court",
        members: "justices",
        counts: "votes",
        national: true,
        note: "",
        now: None,
    },
    Body {
        names: &["security council"],
        capital: false,
        not_after: &[],
        other_chamber: &[],
        not_before: &[],
        size: Some(15),
        label: "the UN Security Council",
        members: "members",
        counts: "votes",
        national: false,
        note: "",
        now: None,
    },
];

/// The French Senate: what "France's Senate" or "the French Senate" is.
pub const FRENCH_SENATE: Body = Body {
    names: &["senate"],
    capital: true,
    not_after: &[],
    other_chamber: &[],
    not_before: &[],
    size: Some(348),
    label: "the French Senate",
    members: "senators",
    counts: "votes",
    national: false,
    note: "",
    now: None,
};

/// Words before a national body's name that keep it the body this table means: "the US
/// Senate", "the Republican-led House", "the full Senate".
pub const HOME_MODIFIERS: &[&str] = &[
    "us",
    "u.s.",
    "u.s",
    "american",
    "america's",
    "republican",
    "democratic",
    "democrat",
    "gop",
    "british",
    "uk",
    "the",
    "full",
    "whole",
    "entire",
    "new",
    "last",
    "outgoing",
    "incoming",
    "divided",
];

/// Words right after a body's name that make the voters a committee of it: "the Senate
/// Finance Committee voted 21-3".
pub const COMMITTEES: &[&str] =
    &["committee", "subcommittee", "sub-committee", "panel", "caucus", "commission", "select", "delegation"];

/// Verbs that make the body before them the one that voted: "The House of Representatives
/// has narrowly passed a bill".
pub const VOTING_VERBS: &[&str] = &[
    "passed",
    "approved",
    "voted",
    "votes",
    "vote",
    "rejected",
    "backed",
    "confirmed",
    "cleared",
    "defeated",
    "endorsed",
    "ratified",
    "overturned",
    "overrode",
    "blocked",
    "adopted",
];

/// Words that make a sentence report a vote: a tally in it with no body named is read
/// against the body the article says voted.
pub const VOTE_WORDS: &[&str] = &[
    "vote", "votes", "voted", "voting", "tally", "passed", "majority", "margin", "ballot", "division", "approved",
    "rejected",
];

/// Series of fixed length: a tally of games in a best-of-seven can total at most seven.
pub const SERIES: &[Body] = &[
    Body {
        names: &["best-of-seven", "best of seven"],
        capital: false,
        not_after: &[],
        other_chamber: &[],
        not_before: &[],
        size: Some(7),
        label: "a best-of-seven series",
        members: "games",
        counts: "games",
        national: false,
        note: "",
        now: None,
    },
    Body {
        names: &["best-of-five", "best of five"],
        capital: false,
        not_after: &[],
        other_chamber: &[],
        not_before: &[],
        size: Some(5),
        label: "a best-of-five contest",
        members: "games or sets",
        counts: "games or sets",
        national: false,
        note: "",
        now: None,
    },
    Body {
        names: &["best-of-three", "best of three"],
        capital: false,
        not_after: &[],
        other_chamber: &[],
        not_before: &[],
        size: Some(3),
        label: "a best-of-three contest",
        members: "games or sets",
        counts: "games or sets",
        national: false,
        note: "",
        now: None,
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

/// Sizes the House of Commons has had since 1945, for "301 MPs were 17 short of a
/// majority": a majority of one of them is more than half its seats.
pub const COMMONS_SIZES: &[u32] = &[640, 625, 630, 635, 650, 651, 659, 646];
