//! Number words: "thirty-five", "a dozen", "two-thirds", "1.2 million".

/// Words with a value of their own that combine additively ("thirty" + "five").
pub const SMALL: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
];

/// Multipliers written as words. "hundred" multiplies what precedes it within a group;
/// the larger ones close a group ("two million three hundred thousand").
pub const SCALES: &[(&str, f64)] =
    &[("hundred", 1e2), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12)];

/// Scale suffixes glued to digits or following them: "$3bn", "£22billion", "4.5m", "10k".
/// Single letters ("m", "k") count only after money or when glued to the digits, see
/// `mention::numeral`.
pub const SCALE_SUFFIXES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("k", 1e3),
    ("million", 1e6),
    ("mln", 1e6),
    ("m", 1e6),
    ("mn", 1e6),
    ("billion", 1e9),
    ("bn", 1e9),
    ("b", 1e9),
    ("trillion", 1e12),
    ("tn", 1e12),
    ("trn", 1e12),
];

/// Nouns a dozen or a score stand for.
pub const COLLECTIVES: &[(&str, f64)] = &[("dozen", 12.0), ("dozens", 12.0)];

/// Months, for dates ("June 30", "12 March"): a number beside one is a day, never a count.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Words after which a four-digit number is a year ("in 2016", "fiscal 2013").
pub const YEAR_CUES: &[&str] = &[
    "in", "since", "by", "from", "until", "till", "to", "of", "year", "fiscal", "during", "before", "after", "early",
    "late", "mid", "between", "and", "through", "spring", "summer", "autumn", "fall", "winter", "end", "start", "born",
    "season", "for", "the", "its", "'s",
];

/// Nouns after a hyphenated pair that make it a tally or score, not a range: "a 98-2 vote".
pub const TALLY_NOUNS: &[&str] = &[
    "vote", "votes", "ruling", "decision", "win", "victory", "defeat", "loss", "margin", "majority", "score", "draw",
    "lead", "verdict", "split", "result",
];

/// Words before a hyphenated pair that make it a tally: "voted 98-2", "won 3-1".
pub const TALLY_VERBS: &[&str] = &[
    "voted", "vote", "won", "win", "wins", "lost", "lose", "beat", "beating", "passed", "by", "rejected", "approved",
    "defeated", "trailed", "led", "leading", "drew",
];
