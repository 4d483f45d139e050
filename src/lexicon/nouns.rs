//! Counted things: which head nouns name the same people or objects.
//!
//! A check may only do arithmetic on figures that count related things. "1,200 personnel",
//! "755 diplomats" and "455 people" are related because diplomats are personnel and
//! personnel are people; "1,200 personnel" and "755 tanks" are not. Words are mapped to a
//! class (synonyms share one), and classes to broader classes (subsets).

/// Singular noun → class. Synonyms share a class.
pub const CLASSES: &[(&str, &str)] = &[
    ("staff", "staff"),
    ("personnel", "staff"),
    ("employee", "staff"),
    ("worker", "staff"),
    ("job", "staff"),
    ("workforce", "staff"),
    ("position", "staff"),
    ("post", "staff"),
    ("staffer", "staff"),
    ("crew", "staff"),
    ("official", "official"),
    ("officer", "official"),
    ("diplomat", "diplomat"),
    ("envoy", "diplomat"),
    ("people", "people"),
    ("person", "people"),
    ("individual", "people"),
    ("resident", "people"),
    ("citizen", "people"),
    ("civilian", "people"),
    ("soldier", "troop"),
    ("troop", "troop"),
    ("member", "member"),
    ("delegate", "member"),
    ("representative", "member"),
    ("vote", "vote"),
    ("ballot", "vote"),
    ("senator", "senator"),
    ("seat", "seat"),
    ("mp", "member"),
    ("student", "student"),
    ("pupil", "student"),
    ("respondent", "respondent"),
    ("voter", "voter"),
    ("customer", "customer"),
    ("user", "user"),
    ("subscriber", "customer"),
    ("store", "store"),
    ("shop", "store"),
    ("branch", "store"),
    ("outlet", "store"),
    ("school", "school"),
    ("home", "home"),
    ("house", "home"),
    ("household", "home"),
    ("company", "company"),
    ("firm", "company"),
    ("business", "company"),
    ("plant", "plant"),
    ("factory", "plant"),
    ("site", "plant"),
];

/// Class → broader class: every diplomat is staff, every member of staff a person.
pub const BROADER: &[(&str, &str)] = &[
    ("diplomat", "staff"),
    ("official", "staff"),
    ("staff", "people"),
    ("troop", "people"),
    ("member", "people"),
    ("student", "people"),
    ("respondent", "people"),
    ("voter", "people"),
    ("customer", "people"),
    ("senator", "member"),
    ("store", "plant"),
];

/// Words between a figure and its noun that are not the noun: "755 more U.S. diplomats".
pub const MODIFIERS: &[&str] = &[
    "more",
    "new",
    "additional",
    "extra",
    "other",
    "further",
    "full-time",
    "part-time",
    "former",
    "current",
    "existing",
    "remaining",
    "local",
    "foreign",
    "senior",
    "junior",
    "permanent",
    "temporary",
    "total",
    "of",
    "its",
    "their",
    "the",
];

/// Words that end the search for a noun: a figure followed by one of these has no noun of
/// its own ("cut to 455 by September").
pub const STOPWORDS: &[&str] = &[
    "a", "an", "and", "or", "but", "nor", "in", "on", "at", "to", "for", "from", "by", "with",
    "into", "than", "as", "per", "is", "are", "was", "were", "be", "been", "being", "has", "have",
    "had", "will", "would", "could", "should", "must", "may", "might", "can", "who", "which",
    "that", "this", "these", "those", "it", "they", "he", "she", "we", "you", "i", "his", "her",
    "our", "your", "my", "if", "so", "not", "no", "yes", "last", "next", "this", "ago", "earlier",
    "later", "each", "every", "apiece", "percent", "per", "cent", "points", "point", "times",
    "year", "years", "old",
];

/// The lower-case singular of a word: "diplomats" → "diplomat", "companies" → "company".
/// Only what the class table needs; irregulars map through the table itself ("people").
pub fn singular(word: &str) -> String {
    let lower = word.to_ascii_lowercase();
    if lower.len() > 4 && lower.ends_with("ies") {
        return format!("{}y", &lower[..lower.len() - 3]);
    }
    if lower.len() > 4
        && (lower.ends_with("ches") || lower.ends_with("shes") || lower.ends_with("sses"))
    {
        return lower[..lower.len() - 2].to_string();
    }
    if lower.len() > 3 && lower.ends_with('s') && !lower.ends_with("ss") && !lower.ends_with("us") {
        return lower[..lower.len() - 1].to_string();
    }
    lower
}
