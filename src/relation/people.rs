//! People named with their age in apposition: "Connor Blake, 41," … "Ms Lowe, 32,".
//!
//! A news story gives a person's age once, beside the name, and again only when it
//! names the person again; two ages for one name in one story cannot both be right. This
//! module reads the apposition and the name it belongs to; `repeat` compares them and
//! `age-year` compares one with a year of birth.

use crate::article::Article;
use crate::lexicon;
use crate::mention::Kind;
use crate::relation::near;
use crate::text::Own as _;

/// Titles that stand before a surname in place of a first name.
pub const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "rev",
    "judge",
    "pc",
    "sgt",
    "det",
    "insp",
    "capt",
    "cllr",
    "councillor",
];

/// An age in apposition to a name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NamedAge {
    /// The age's mention.
    pub age: usize,
    /// The token the name starts at: its title or first name, else the surname.
    pub name: usize,
    /// The surname: the name's last word, as written.
    pub surname: String,
    /// The first name, when the name has one ("Connor Blake"); `None` for "Ms Lowe" or
    /// "Blake" alone.
    pub first: Option<String>,
}

/// Whether word `w` could be part of a name: capitalised, more than a letter, and not a
/// title, a day, a month or a function word ("Tuesday, 14," names no one).
fn is_name(w: &str) -> bool {
    w.len() > 1 && w.starts_with(|c: char| c.is_uppercase()) && !lexicon::contains(TITLES, w) && !not_a_name(w)
}

/// The word before token `k` in its sentence.
fn word_before<'a>(cx: &'a Article<'_>, k: usize) -> Option<&'a str> {
    k.checked_sub(1).filter(|&j| near::same_sentence(cx, j, k)).and_then(|j| near::word(cx, j))
}

/// The first name before the surname at token `k`.
pub fn first_name<'a>(cx: &'a Article<'_>, k: usize) -> Option<&'a str> {
    word_before(cx, k).filter(|w| is_name(w))
}

/// Whether the words before a named age make it another person or another time: "His
/// mother, Mrs Smith, 47," after "Liam Smith, 19,"; "when Ms Lowe, 17, moved in" (the word
/// before the name, a comma aside; not "her husband said Mrs Pryce, 36,").
pub fn introduced_as_other(cx: &Article<'_>, n: &NamedAge) -> bool {
    let before = if near::is_punct(cx, n.name.wrapping_sub(1), ',') { 2 } else { 1 };
    near::is_any(cx, n.name.wrapping_sub(before), NOT_THE_SAME)
}

/// Words before a name that make it someone else's relative or an earlier time: "His
/// mother, Mrs Smith, 47,"; "when Ms Lowe, 17, moved in".
const NOT_THE_SAME: &[&str] = &[
    "mother",
    "father",
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
    "partner",
    "grandmother",
    "grandfather",
    "uncle",
    "aunt",
    "cousin",
    "nephew",
    "niece",
    "widow",
    "widower",
    "parents",
    "when",
    "then",
];

/// "Sarah Quinn, 34," — a name, a comma, a whole number of years of life, a comma or a
/// closing bracket. The name is the one or two capitalised words before the comma; a
/// title before the surname leaves the first name unknown.
pub fn appositive_age(cx: &Article<'_>, i: usize) -> Option<NamedAge> {
    let m = &cx.mentions[i];
    let v = m.value?;
    if m.kind != Kind::Count
        || m.noun.is_some()
        || m.qualifier.is_some()
        || !(1.0..=110.0).contains(&v)
        || v.fract() != 0.0
    {
        return None;
    }
    let t = cx.tokens().of(i);
    if !near::is_punct(cx, t.wrapping_sub(1), ',')
        || !(near::is_punct(cx, t + 1, ',') || near::is_punct(cx, t + 1, ')'))
    {
        return None;
    }
    let surname_at = t.checked_sub(2)?;
    let surname = near::word(cx, surname_at).filter(|w| is_name(w) && near::same_sentence(cx, surname_at, t))?;
    let first = first_name(cx, surname_at);
    let titled = word_before(cx, surname_at).is_some_and(|w| lexicon::contains(TITLES, w));
    let name = if first.is_some() || titled { surname_at - 1 } else { surname_at };
    Some(NamedAge { age: i, name, surname: surname.own(), first: first.map(str::own) })
}

/// Capitalised words that are no one's name (days and months are in `lexicon::numbers`).
const NOT_NAMES: &[&str] = &["the", "in", "on", "at", "by", "of", "for", "and", "but", "yesterday", "today"];

/// Whether a capitalised word is a month, a day or a function word, not a name.
fn not_a_name(w: &str) -> bool {
    lexicon::contains(NOT_NAMES, w)
        || lexicon::contains(lexicon::numbers::MONTHS, w)
        || lexicon::contains(lexicon::numbers::DAYS, w)
}

/// Every age in apposition to a name, in text order.
pub fn named_ages(cx: &Article<'_>) -> Vec<NamedAge> {
    (0..cx.mentions.len()).filter_map(|i| appositive_age(cx, i)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Options;

    fn read(text: &str) -> Vec<(String, String, Option<String>)> {
        let options = Options::default();
        let segments = crate::text::Segments::new(text);
        let ms = crate::mention::extract(text, &segments);
        let cx = Article::new(text, &segments, &ms, &options, text.len());
        named_ages(&cx)
            .into_iter()
            .map(|n| (text[ms[n.age].span.start..ms[n.age].span.end].to_string(), n.surname, n.first))
            .collect()
    }

    #[test]
    fn reads_a_name_and_its_age() {
        assert_eq!(
            read("Connor Blake, 41, stabbed Emma Lowe, 23, after she left him. Ms Lowe, 32, had tried to escape."),
            [
                ("41".into(), "Blake".into(), Some("Connor".into())),
                ("23".into(), "Lowe".into(), Some("Emma".into())),
                ("32".into(), "Lowe".into(), None),
            ]
        );
        // Not a date, a count or a title alone.
        assert!(read("On Tuesday, 14, people came. Sales rose to 41, a record.").is_empty());
        assert!(read("The club signed 14 players, 11 of them British.").is_empty());
    }
}
