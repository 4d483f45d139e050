//! Number words: "thirty-five", "a dozen", "two-thirds", "1.2 million".

/// Words with a value of their own that combine additively ("thirty" + "five").
pub const SMALL: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("nought", 0.0),
    ("naught", 0.0),
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
pub const SCALES: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("lakh", 1e5),
    ("million", 1e6),
    ("crore", 1e7),
    ("billion", 1e9),
    ("trillion", 1e12),
];

/// Scale suffixes glued to digits or following them: "$3bn", "£22billion", "4.5m", "10k".
/// Single letters ("m", "k") count only after money or when glued to the digits, see
/// `mention::numeral`.
pub const SCALE_SUFFIXES: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("k", 1e3),
    ("lakh", 1e5),
    ("crore", 1e7),
    ("mil", 1e6),
    ("bln", 1e9),
    ("tln", 1e12),
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
pub const COLLECTIVES: &[(&str, f64)] = &[("dozen", 12.0), ("dozens", 12.0), ("dzs", 12.0), ("dozs", 12.0)];

/// Fraction denominators: "two thirds", "a hundredth", "three quarters", "one half".
/// Compounds ("twenty-first") are read as tens plus one of these.
pub const DENOMINATORS: &[(&str, f64)] = &[
    ("half", 2.0),
    ("halves", 2.0),
    ("third", 3.0),
    ("thirds", 3.0),
    ("quarter", 4.0),
    ("quarters", 4.0),
    ("fourth", 4.0),
    ("fourths", 4.0),
    ("fifth", 5.0),
    ("fifths", 5.0),
    ("sixth", 6.0),
    ("sixths", 6.0),
    ("seventh", 7.0),
    ("sevenths", 7.0),
    ("eighth", 8.0),
    ("eighths", 8.0),
    ("ninth", 9.0),
    ("ninths", 9.0),
    ("tenth", 10.0),
    ("tenths", 10.0),
    ("eleventh", 11.0),
    ("elevenths", 11.0),
    ("twelfth", 12.0),
    ("twelfths", 12.0),
    ("twentieth", 20.0),
    ("twentieths", 20.0),
    ("thirtieth", 30.0),
    ("thirtieths", 30.0),
    ("fortieth", 40.0),
    ("fiftieth", 50.0),
    ("hundredth", 1e2),
    ("hundredths", 1e2),
    ("thousandth", 1e3),
    ("thousandths", 1e3),
    ("millionth", 1e6),
    ("millionths", 1e6),
    ("billionth", 1e9),
    ("billionths", 1e9),
    ("trillionth", 1e12),
    ("trillionths", 1e12),
    ("first", 1.0),
    ("firsts", 1.0),
    ("second", 2.0),
    ("seconds", 2.0),
];

/// Words that start a fraction on their own: "half", "a quarter", "a third of".
pub const FRACTION_STARTERS: &[&str] =
    &["half", "quarter", "third", "fifth", "eighth", "tenth", "hundredth", "thousandth", "millionth", "trillionth"];

/// Unicode vulgar fractions: "½", "¾".
pub const VULGAR: &[(char, f64)] = &[
    ('½', 0.5),
    ('⅓', 1.0 / 3.0),
    ('⅔', 2.0 / 3.0),
    ('¼', 0.25),
    ('¾', 0.75),
    ('⅕', 0.2),
    ('⅖', 0.4),
    ('⅗', 0.6),
    ('⅘', 0.8),
    ('⅙', 1.0 / 6.0),
    ('⅚', 5.0 / 6.0),
    ('⅛', 0.125),
    ('⅜', 0.375),
    ('⅝', 0.625),
    ('⅞', 0.875),
];

/// Words before a figure that make it negative: "minus five", "negative one".
pub const NEGATORS: &[&str] = &["minus", "negative"];

/// Days of the week: when something happened, never a name or a count.
pub const DAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

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

/// Ordinal words: "the third quarter", "its fifth year".
pub const ORDINALS: &[(&str, f64)] = &[
    ("first", 1.0),
    ("second", 2.0),
    ("third", 3.0),
    ("fourth", 4.0),
    ("fifth", 5.0),
    ("sixth", 6.0),
    ("seventh", 7.0),
    ("eighth", 8.0),
    ("ninth", 9.0),
    ("tenth", 10.0),
    ("eleventh", 11.0),
    ("twelfth", 12.0),
    ("thirteenth", 13.0),
    ("fourteenth", 14.0),
    ("fifteenth", 15.0),
    ("sixteenth", 16.0),
    ("seventeenth", 17.0),
    ("eighteenth", 18.0),
    ("nineteenth", 19.0),
    ("twentieth", 20.0),
    ("thirtieth", 30.0),
    ("fortieth", 40.0),
    ("fiftieth", 50.0),
    ("hundredth", 100.0),
];

/// Words before an ordinal word that make it one: "the third", "its fifth".
pub const ORDINAL_DETERMINERS: &[&str] = &["the", "its", "his", "her", "their", "our", "a", "every"];
