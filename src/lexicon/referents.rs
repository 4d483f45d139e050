//! What a figure refers to: nouns that name the same things when a story states a figure
//! twice ("£2bn deal" … "the £1.96bn agreement"; "Thirty-two miners" … "the 32 men"), and
//! the words that tie a share to its part and whole ("account for", "a pass rate of").
//!
//! `lexicon::nouns` links counted nouns for arithmetic (staff, personnel, jobs); this table
//! adds the things reporters name twice under two words, and the people nouns that "the
//! men", "the victims" point back to.

/// Singular noun → class, for nouns `lexicon::nouns::CLASSES` does not know. Words of one
/// class name the same kind of thing.
pub const CLASSES: &super::SortedTable<&str> =
    &super::SortedTable::new(CLASS_LIST, &super::order::<{ CLASS_LIST.len() }, &str>(CLASS_LIST));
const CLASS_LIST: &[(&str, &str)] = &[
    // Agreements and their prices.
    ("deal", "deal"),
    ("agreement", "deal"),
    ("contract", "deal"),
    ("takeover", "deal"),
    ("offer", "deal"),
    ("bid", "deal"),
    ("approach", "deal"),
    ("acquisition", "deal"),
    ("purchase", "deal"),
    ("merger", "deal"),
    // Penalties.
    ("fine", "fine"),
    ("penalty", "fine"),
    ("settlement", "fine"),
    ("damages", "fine"),
    // Attendances.
    ("crowd", "crowd"),
    ("fan", "crowd"),
    ("spectator", "crowd"),
    ("attendance", "crowd"),
    ("supporter", "crowd"),
    // Vehicles.
    ("vehicle", "vehicle"),
    ("car", "vehicle"),
    ("van", "vehicle"),
    ("lorry", "vehicle"),
    ("truck", "vehicle"),
    // Money promised.
    ("pledge", "pledge"),
    ("package", "pledge"),
    ("programme", "pledge"),
    ("program", "pledge"),
    ("scheme", "pledge"),
    ("fund", "pledge"),
    ("investment", "pledge"),
    // Majorities.
    ("majority", "majority"),
    ("margin", "majority"),
    // People, by what happened to them or what they do: all are "people".
    ("miner", "person"),
    ("victim", "person"),
    ("passenger", "person"),
    ("patient", "person"),
    ("man", "person"),
    ("men", "person"),
    ("woman", "person"),
    ("women", "person"),
    ("child", "person"),
    ("children", "person"),
    ("adult", "person"),
    ("casualty", "person"),
    ("casualties", "person"),
    ("survivor", "person"),
    ("hostage", "person"),
    ("prisoner", "person"),
    ("inmate", "person"),
    ("migrant", "person"),
    ("refugee", "person"),
    ("suspect", "person"),
    ("defendant", "person"),
    ("nurse", "person"),
    ("doctor", "person"),
    ("teacher", "person"),
    ("runner", "person"),
    ("player", "person"),
    ("protester", "person"),
    ("protestor", "person"),
    ("people", "person"),
    ("person", "person"),
    ("resident", "person"),
    ("citizen", "person"),
    ("worker", "person"),
    ("employee", "person"),
    ("staff", "person"),
    ("diplomat", "person"),
    ("envoy", "person"),
    ("official", "person"),
    ("soldier", "person"),
    ("troop", "person"),
    ("student", "person"),
    ("pupil", "person"),
    ("member", "person"),
    ("customer", "person"),
    ("user", "person"),
    ("voter", "person"),
    ("respondent", "person"),
    ("household", "household"),
    ("home", "household"),
    ("house", "household"),
    ("property", "household"),
    ("dwelling", "household"),
];

/// People nouns so general that a back-reference with them may point to any narrower group
/// of people: "Thirty-two miners … the 32 men", "at least 27 people … the 27 victims".
pub const BROAD_PEOPLE: &[&str] = &["people", "person", "men", "man", "women", "woman", "victims", "victim"];

/// Irregular plurals the noun keys need: "men" and "man" are one key.
pub const IRREGULAR_PLURALS: &[(&str, &str)] =
    &[("men", "man"), ("women", "woman"), ("children", "child"), ("people", "people"), ("staff", "staff")];

/// Words before a figure that make it a definite back-reference to a figure stated earlier:
/// "the 775 diplomats", "all 4.3m affected customers", "those 15".
pub const DEFINITE: &[&str] = &["the", "these", "those", "all", "its", "their", "his", "her"];

/// Words that announce a restatement of a figure, more precisely: "exactly 1,184,302".
pub const RESTATEMENT: &[&str] =
    &["exactly", "exact", "precisely", "precise", "official", "officially", "final", "actual", "confirmed"];

/// Verbs that make a figure stated before them the part of a share after them: "31,850
/// cases account for two-thirds of", "the cuts amount to 6% of", "affected 6.3% of".
pub const SHARE_VERBS: &[&str] = &[
    "account",
    "accounts",
    "accounted",
    "accounting",
    "amount",
    "amounts",
    "amounted",
    "amounting",
    "represent",
    "represents",
    "represented",
    "representing",
    "make",
    "makes",
    "made",
    "making",
    "comprise",
    "comprises",
    "comprising",
    "constitute",
    "constitutes",
    "equivalent",
    "equal",
    "equals",
    "equates",
    "affected",
    "affecting",
    "affects",
    "affect",
];

/// Words right before "of" that make the percentage after it a benchmark, not this share:
/// "compared with a national average of 24%", "a target of 10%".
pub const BENCHMARKS: &[&str] =
    &["average", "target", "forecast", "expectation", "estimate", "benchmark", "threshold", "limit", "cap", "goal"];
