//! `known-total`: a tally larger than the body that cast it.
//!
//! # What it catches
//! "The Senate passed it 61-42." — 103 votes in a chamber of 100 senators. "The Senate
//! passed the bill by 57 votes to 46." — the same, in words.
//!
//! # Why it matters
//! Vote tallies are copied by hand from roll calls; a transposed digit produces a vote
//! that could not have happened, and readers who know the chamber notice at once.
//!
//! # Phrasings it reads
//! - tallies with a dash ("61-42", "218-214") and in words: "by 57 votes to 41", "by a
//!   vote of 52 to 47", "MPs voted by 348 to 211";
//! - the body beside the tally: its subject or object ("The Senate passed …", "passed the
//!   Senate 64-35", "cleared the Commons by 320 votes to 198"), the noun it qualifies ("a
//!   52-49 Senate vote", "a 98-2 vote in the Senate") — the nearest body of its sentence;
//! - a tally with no body in its sentence ("The final tally was 218-214") read against the
//!   body the article says voted ("The House of Representatives has narrowly passed a
//!   bill"), paragraphs before it.
//!
//! # Flags
//! "The Senate passed it 61-42." (103 > 100: error); a tally read against a body named in
//! another sentence (warning).
//!
//! # Does not flag
//! "The Senate passed it 61-37." (98 ≤ 100: some absent — reported `ok`); "The House passed
//! it 350-70" (420 ≤ 435); "a 5-4 ruling" by the Supreme Court; "the bill passed 51-50" in
//! the US Senate (the vice-president's tie-breaking vote makes 101). A tally that fits
//! only a body's larger past size ("MPs voted 342 to 311": 653, more than the Commons' 650
//! now, within its 659 of 1997–2005) is a `note` saying so, never `ok` (a warning when the
//! article's reference year lies outside those years).
//!
//! Also "its 301 MPs were 17 short of … a majority" against the majorities the House of
//! Commons has had since 1945 (`lexicon::bodies::COMMONS_SIZES`), and counts against
//! fixed wholes named right after them ("8 days a week", "52 US
//! states", "30 EU member states": `lexicon::bodies::FIXED_COUNTS`) and tallies of a
//! best-of-N series.
//!
//! # False-alarm traps it avoids
//! - a committee is not its chamber: "The Senate Finance Committee voted 21-3" is read
//!   against nothing;
//! - another country's chamber is another body: "France's Senate voted 218-102" is read
//!   against 348 senators, "Greek MPs" against nothing; the Lords have no fixed size, and a
//!   tally cast there is not read against the Commons named beside it;
//! - "White House", "state senate", "Opera House", "the Harrisburg Senators": not bodies;
//! - a tally in a sentence naming two bodies at about the same distance is ambiguous and
//!   left alone — never confirmed against the wrong one;
//! - sports scores and ranges: only tallies that a body can be attached to are read.

use crate::lexicon::bodies::{
    Body, BODIES, COMMITTEES, COMMONS_SIZES, FIXED_COUNTS, FIXED_COUNT_HEADS, FRENCH_SENATE, HOME_MODIFIERS, SERIES,
    VOTE_WORDS, VOTING_VERBS,
};
use crate::lexicon::{self, nouns};
use crate::mention::words::{next_word, words_after};
use crate::mention::Kind;
use crate::relation::near;
use crate::span::ByteSpan;
use crate::text::Slice;

use super::format;
use super::{Article, Finding, Severity, Verdict};
use crate::text::Lower as _;
use crate::text::Own as _;

pub const ID: &str = "known-total";
pub const SUMMARY: &str = "a vote tally larger than the body that cast it (Senate 100, House 435, …)";

/// A tally: two counts of one vote, with the mentions that state it.
struct Tally {
    ids: Vec<usize>,
    values: [f64; 2],
    span: ByteSpan,
    /// First and last token of the tally.
    tokens: (usize, usize),
    sentence: usize,
}

/// How a body was tied to a tally.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tie {
    Sentence,
    Article,
}

/// Every tally of the article: "61-42" mentions, and "57 votes to 41", "by 348 to 211",
/// "a vote of 52 to 47", "senators voted 52 to 48" read from two counts.
fn tallies(cx: &Article<'_>) -> Vec<Tally> {
    let ms = cx.mentions;
    let mut out = Vec::new();
    let mut i = 0;
    while i < ms.len() {
        let m = &ms[i];
        let t = cx.tokens().of(i);
        if m.kind == Kind::Tally && m.values.len() == 2 {
            out.push(Tally {
                ids: vec![i],
                values: [m.values[0], m.values[1]],
                span: m.span,
                tokens: (t, t),
                sentence: m.sentence,
            });
            i += 1;
            continue;
        }
        let whole = |m: &crate::mention::Mention| {
            m.kind == Kind::Count && m.value.is_some_and(|v| v >= 0.0 && v.fract() == 0.0)
        };
        if whole(m) && m.qualifier.is_none() {
            let votes = near::is_any(cx, t + 1, &["votes", "vote"]);
            let to = if votes { t + 2 } else { t + 1 };
            let second =
                near::tok(cx, to + 1).and_then(|x| x.figure()).filter(|&j| whole(&ms[j]) && ms[j].qualifier.is_none());
            let introduced = near::is_any(cx, t.wrapping_sub(1), &["by", "voted", "vote"])
                || (near::is(cx, t.wrapping_sub(1), "of")
                    && near::is_any(cx, t.wrapping_sub(2), &["vote", "margin", "tally"]));
            if let Some(j) = second.filter(|_| near::is(cx, to, "to") && (votes || introduced)) {
                out.push(Tally {
                    ids: vec![i, j],
                    values: [m.value.unwrap_or(0.0), ms[j].value.unwrap_or(0.0)],
                    span: ByteSpan::new(m.span.start, ms[j].span.end),
                    tokens: (t, cx.tokens().of(j)),
                    sentence: m.sentence,
                });
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// A body named in the text: which one, or `None` for one that must not be read against
/// any size (a committee, another country's chamber, the Lords), with its tokens.
struct Named {
    body: Option<&'static Body>,
    tokens: (usize, usize),
}

/// Whether the words from token `k` spell `phrase` (lower case, word by word).
fn spells(cx: &Article<'_>, k: usize, phrase: &str, capital: bool) -> Option<usize> {
    let mut at = k;
    for (n, w) in phrase.split(' ').enumerate() {
        let word = near::word(cx, at)?;
        let trimmed = crate::text::unpossessive(word);
        if !trimmed.eq_ignore_ascii_case(w) || !near::same_sentence(cx, k, at) {
            return None;
        }
        let members = phrase.ends_with('s') && !phrase.contains(' ');
        if n == 0 && capital && members == word.starts_with(|c: char| c.is_uppercase()) {
            return None;
        }
        at += 1;
    }
    Some(at - 1)
}

/// The bodies named in sentence `sentence`.
fn bodies_in(cx: &Article<'_>, sentence: usize) -> Vec<Named> {
    let range = near::sentence_tokens(cx, sentence);
    let mut out: Vec<Named> = Vec::new();
    for k in range.clone() {
        if near::word(cx, k).is_none() || out.last().is_some_and(|n| n.tokens.1 >= k) {
            continue;
        }
        // "best-of-seven": the number is a figure of its own between the words.
        let series = {
            let spelled = (near::is(cx, k, "best-of") && near::is_punct(cx, k + 1, '-'))
                || (near::is(cx, k, "best") && near::is(cx, k + 1, "of"));
            let figure = spelled.then_some(k + 2);
            figure.and_then(|f| {
                let n = cx.mentions[near::tok(cx, f)?.figure()?].value?;
                SERIES.iter().find(|b| b.size.is_some_and(|size| f64::from(size) == n)).map(|b| (b, f))
            })
        };
        let found = series.or_else(|| {
            BODIES.iter().find_map(|body| {
                body.names.iter().find_map(|name| spells(cx, k, name, body.capital).map(|end| (body, end)))
            })
        });
        let Some((body, end)) = found else { continue };
        let before = near::word(cx, k.wrapping_sub(1)).filter(|_| k > range.start).map(str::to_ascii_lowercase);
        if before.as_deref().is_some_and(|w| lexicon::contains(body.not_after, w)) {
            continue;
        }
        let other_chamber = before.as_deref().is_some_and(|w| lexicon::contains(body.other_chamber, w));
        let after: Vec<String> =
            (end + 1..end + 3).filter_map(|j| near::word(cx, j).map(str::to_ascii_lowercase)).collect();
        if body.not_before.iter().any(|p| after.join(" ").starts_with(p)) {
            continue;
        }
        let mut named = Named { body: Some(body), tokens: (k, end) };
        // "the Senate Finance Committee": a committee of the body, not the body.
        let committee =
            (end + 1..end + 4).take_while(|&j| near::word(cx, j).is_some()).any(|j| near::is_any(cx, j, COMMITTEES));
        if committee || other_chamber || body.size.is_none() {
            named.body = None;
        } else if body.national {
            // "France's Senate", "Greek MPs": another country's chamber.
            let modifier = near::word(cx, k.wrapping_sub(1))
                .filter(|w| k > range.start && w.starts_with(|c: char| c.is_uppercase()));
            if let Some(w) = modifier {
                let first = w.split('-').next().unwrap_or(w).lower();
                if lexicon::contains(&["france's", "french"], &first) && body.names.contains(&"senate") {
                    named.body = Some(&FRENCH_SENATE);
                } else if !lexicon::contains(HOME_MODIFIERS, &first) {
                    named.body = None;
                }
            }
        }
        out.push(named);
    }
    out
}

/// How many tokens from a tally its body may be named: a body 400 words away in a run-on
/// "sentence" is not the one that voted, and a bounded reach keeps tables linear.
const BODY_REACH: usize = 40;

/// The bodies named in each sentence, read once.
type Bodies = crate::map::Map<usize, Vec<Named>>;

/// The body a tally was cast in, and how firmly it is tied: the nearest body of its
/// sentence, or, with none there, the body the article last said voted.
fn body_of(cx: &Article<'_>, t: &Tally, cache: &mut Bodies) -> Option<(&'static Body, Tie)> {
    let distance = |n: &Named| {
        if n.tokens.1 < t.tokens.0 {
            t.tokens.0 - n.tokens.1
        } else {
            n.tokens.0.saturating_sub(t.tokens.1)
        }
    };
    let named = cache.entry(t.sentence).or_insert_with(|| bodies_in(cx, t.sentence));
    let near_ones: Vec<&Named> = named.iter().filter(|n| distance(n) <= BODY_REACH).collect();
    if let Some(nearest) = near_ones.iter().copied().min_by_key(|n| distance(n)) {
        let body = nearest.body?;
        // Two bodies about as near: which one voted is not the text's to say here.
        let rival = near_ones.iter().any(|n| {
            n.body.is_none_or(|b| b.label != body.label)
                && distance(n) <= distance(nearest) + 3
                && !std::ptr::eq(*n, nearest)
        });
        return (!rival).then_some((body, Tie::Sentence));
    }
    if !named.is_empty() {
        return None; // a body far off in a run-on sentence: too far to say
    }
    let range = near::sentence_tokens(cx, t.sentence);
    if !range.clone().take(BODY_REACH * 4).any(|k| near::is_any(cx, k, VOTE_WORDS)) {
        return None;
    }
    // The body the article says voted: named right before a voting verb.
    for s in (t.sentence.saturating_sub(40)..t.sentence).rev() {
        let bodies = cache.entry(s).or_insert_with(|| bodies_in(cx, s));
        for n in bodies.iter().rev() {
            let votes = (n.tokens.1 + 1..n.tokens.1 + 5)
                .any(|j| near::same_sentence(cx, n.tokens.1, j) && near::is_any(cx, j, VOTING_VERBS));
            if votes {
                return n.body.map(|b| (b, Tie::Article));
            }
        }
    }
    None
}

/// Whether the article names the House of Commons or Westminster.
fn commons_named(cx: &Article<'_>) -> bool {
    (0..cx.tokens().len()).any(|k| near::is_any(cx, k, &["commons", "westminster"]))
}

/// "its 301 MPs were 17 short of … a majority": seats and shortfall make a majority of a
/// House of Commons of some size it has had (MPs, or the Commons named: not the Lok
/// Sabha's "240 of the 543 seats, 32 short of the 272 needed").
fn short_of_majority(cx: &Article<'_>) -> Vec<Finding> {
    let ms = cx.mentions;
    let mut out = Vec::new();
    // (Looked up once, when a shortfall first needs it: the article is read once.)
    let mut commons_cache: Option<bool> = None;
    for (j, m) in ms.iter().enumerate() {
        let t = cx.tokens().of(j);
        if m.kind != Kind::Count || m.value.is_none() || !near::is(cx, t + 1, "short") {
            continue;
        }
        let majority = (t + 2..t + 12).any(|k| near::same_sentence(cx, t, k) && near::is(cx, k, "majority"));
        let working = (t + 2..t + 12).any(|k| near::is_any(cx, k, &["working", "effective", "overall"]));
        // The seats: the count of MPs or seats just before, in the sentence.
        let seats = (j.saturating_sub(3)..j).rev().find(|&i| {
            ms[i].sentence == m.sentence
                && ms[i].kind == Kind::Count
                && near::is_any(cx, cx.tokens().of(i) + 1, &["mps", "seats", "members"])
        });
        let (Some(i), true, false) = (seats, majority, working) else { continue };
        // ("won 240 of the 543 seats …, 32 short of the 272 needed for a majority": the
        // seats of the whole house are no party's, and a majority stated beside the
        // shortfall is the text's own, of whatever house.)
        let whole = near::is(cx, cx.tokens().of(i).wrapping_sub(1), "of")
            || near::is(cx, cx.tokens().of(i).wrapping_sub(2), "of");
        let stated = (t + 2..t + 5).any(|k| near::tok(cx, k).is_some_and(|x| x.figure().is_some()));
        // Only the House of Commons has the sizes below: its MPs, or the Commons named.
        let commons =
            near::is(cx, cx.tokens().of(i) + 1, "mps") || *commons_cache.get_or_insert_with(|| commons_named(cx));
        if whole || stated || !commons {
            continue;
        }
        let (n, short) = (ms[i].value.unwrap_or(0.0), m.value.unwrap_or(0.0));
        let mut majorities: Vec<u32> = COMMONS_SIZES.iter().map(|s| s / 2 + 1).collect();
        crate::sort::sort(&mut majorities);
        majorities.dedup();
        let needed = n + short;
        let fits: Vec<u32> = COMMONS_SIZES.iter().copied().filter(|&size| f64::from(size / 2 + 1) == needed).collect();
        let (severity, verdict, message) = match fits.first() {
            Some(size) => (
                Severity::Ok,
                Verdict::Consistent,
                format!(
                    "{} + {} = {}, a majority of a House of Commons of {size} seats.",
                    format::number(n),
                    format::number(short),
                    format::number(needed)
                ),
            ),
            None => (
                Severity::Warning,
                Verdict::Inconsistent,
                format!(
                    "{} + {} = {}, but no House of Commons since 1945 needed that many for a majority ({}).",
                    format::number(n),
                    format::number(short),
                    format::number(needed),
                    majorities.iter().map(u32::to_string).collect::<Vec<_>>().join(", ")
                ),
            ),
        };
        out.push(Finding {
            check: ID,
            severity,
            verdict,
            mentions: vec![i, j],
            span: m.span,
            message,
            expected: fits.first().map(|&s| f64::from(s / 2 + 1)),
            stated: Some(needed),
        });
    }
    out
}

/// Whether the text writes "MPs", "Commons" or "election" anywhere (as substrings).
///
/// One pass over the bytes: three substring searches of the whole text were 2% of a check
/// in the wasm build, whose `str::contains` has no SIMD and runs the two-way searcher.
fn writes_of_parliament(text: &str) -> bool {
    let b = text.as_bytes();
    (0..b.len()).any(|i| match b[i] {
        b'M' => b[i..].starts_with(b"MPs"),
        b'C' => b[i..].starts_with(b"Commons"),
        b'e' => b[i..].starts_with(b"election"),
        _ => false,
    })
}

pub fn run(cx: &Article<'_>) -> Vec<Finding> {
    let mut findings = Vec::new();
    let commons = writes_of_parliament(cx.text);
    if commons {
        findings.extend(short_of_majority(cx));
    }
    for (id, m) in cx.mentions.iter().enumerate() {
        if m.is_count() && m.qualifier.is_none() {
            findings.extend(fixed_count(cx, id));
        }
    }
    let mut cache = Bodies::new();
    for t in tallies(cx) {
        let Some((body, tie)) = body_of(cx, &t, &mut cache) else { continue };
        let Some(size) = body.size.map(f64::from) else { continue };
        let total = t.values[0] + t.values[1];
        let stated =
            cx.text.get(t.span.start..t.span.end).unwrap_or("").split_whitespace().collect::<Vec<_>>().join(" ");
        let tie_break =
            body.label == "the US Senate" && total == size + 1.0 && (t.values[0] - t.values[1]).abs() == 1.0;
        let where_ = if tie == Tie::Article {
            " (named earlier in the article as the body that voted)".own()
        } else {
            String::new()
        };
        // A body that was larger once (the Commons had 659 MPs from 1997 to 2005, 650 now):
        // a tally that fits only the larger size holds only for a vote of those years — a
        // note without the article's year, a warning with a year outside them.
        let past = body.now.filter(|now| total > f64::from(now.size) && total <= size);
        let (severity, verdict, message) = if let Some(now) = past {
            let (from, to) = (now.larger_from, now.larger_to);
            let outside = cx.options.reference_year.is_some_and(|y| y < from || y > to);
            (
                if outside { Severity::Warning } else { Severity::Note },
                if outside { Verdict::Inconsistent } else { Verdict::ConsistentWithHedge },
                format!(
                    "{stated} is {} {}, more than the {} {} of {} now: it holds only for a vote from {from} to {to}, when it had {}{where_}.",
                    format::number(total),
                    body.counts,
                    now.size,
                    body.members,
                    body.label,
                    body.size.unwrap_or(0),
                ),
            )
        } else if total <= size {
            (
                Severity::Ok,
                Verdict::Consistent,
                format!(
                    "{stated} is {} {}, within the {} {} of {}{}{where_}.",
                    format::number(total),
                    body.counts,
                    body.now.map_or(body.size.unwrap_or(0), |now| now.size),
                    body.members,
                    body.label,
                    if body.now.is_some() { " now" } else { body.note }
                ),
            )
        } else if tie_break {
            (
                Severity::Ok,
                Verdict::Consistent,
                format!(
                    "{stated} is {} votes in {} of 100: a 50-50 split broken by the vice-president's vote.",
                    format::number(total),
                    body.label
                ),
            )
        } else {
            let severity = if tie == Tie::Sentence { Severity::Error } else { Severity::Warning };
            (
                severity,
                Verdict::Inconsistent,
                format!(
                    "{stated} is {} {}, but {} has only {} {}{}: {} too many{where_}.",
                    format::number(total),
                    body.counts,
                    body.label,
                    body.size.unwrap_or(0),
                    body.members,
                    body.note,
                    format::number(total - size)
                ),
            )
        };
        let span = cx.mentions[*t.ids.last().unwrap_or(&0)].span;
        findings.push(Finding {
            check: ID,
            severity,
            verdict,
            mentions: t.ids.clone(),
            span: if t.ids.len() == 1 { t.span } else { span },
            message,
            expected: Some(size),
            stated: Some(total),
        });
    }
    crate::sort::by_key(&mut findings, |f| f.span.start);
    findings
}

/// "8 days a week", "30 EU member states": a count beyond a fixed total.
fn fixed_count(cx: &Article<'_>, id: usize) -> Option<Finding> {
    let m = &cx.mentions[id];
    // This runs on every count: one word decides whether the phrase can follow at all.
    let first = next_word(cx.text, m.span.end)?;
    if !lexicon::contains(FIXED_COUNT_HEADS, first.text) && !lexicon::contains(nouns::MODIFIERS, first.text) {
        return None;
    }
    let words: Vec<_> = words_after(cx.text, m.span.end, 6)
        .into_iter()
        .skip_while(|w| lexicon::contains(nouns::MODIFIERS, w.text))
        .collect();
    let lower: Vec<String> = words.iter().map(|w| w.text.lower()).collect();
    let (fixed, phrase) = FIXED_COUNTS.iter().find_map(|f| {
        f.phrases
            .iter()
            .find(|p| p.split(' ').zip(lower.iter()).filter(|(a, b)| a == b).count() == p.split(' ').count())
            .map(|p| (f, p))
    })?;
    let (v, size) = (m.value?, f64::from(fixed.size));
    let last = words.get(phrase.split(' ').count() - 1)?;
    let stated = cx.text.s(m.span.start..last.end).split_whitespace().collect::<Vec<_>>().join(" ");
    let (severity, verdict, message) = if v <= size {
        (Severity::Ok, Verdict::Consistent, format!("{stated}: within the whole, {}.", fixed.label))
    } else {
        (Severity::Error, Verdict::Inconsistent, format!("{stated} cannot be: {}.", fixed.label))
    };
    Some(Finding {
        check: ID,
        severity,
        verdict,
        mentions: vec![id],
        span: m.span,
        message,
        expected: Some(size),
        stated: Some(v),
    })
}

#[cfg(test)]
mod tests {
    use crate::lexicon::bodies::{FIXED_COUNTS, FIXED_COUNT_HEADS};
    use crate::Severity;

    fn run(text: &str) -> Vec<(Severity, String)> {
        crate::check::run_one(super::ID, text).into_iter().map(|f| (f.severity, f.message)).collect()
    }

    #[test]
    fn flags_a_senate_vote_over_one_hundred() {
        let found = run("The Senate passed it 61-42.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, Severity::Error);
        assert!(found[0].1.contains("103 votes"), "{}", found[0].1);
    }

    #[test]
    fn allows_absences_and_the_house() {
        assert_eq!(run("The Senate passed it 61-37.")[0].0, Severity::Ok);
        assert_eq!(run("The House passed it 350-70 on Friday.")[0].0, Severity::Ok);
        assert_eq!(run("after a 98-2 vote in the Senate on a new bill")[0].0, Severity::Ok);
        assert_eq!(run("which had cleared the House of Representatives 419-3.")[0].0, Severity::Ok);
    }

    #[test]
    fn a_five_four_ruling_fits_nine_justices() {
        assert_eq!(run("The Supreme Court ruled 5-4 against the state.")[0].0, Severity::Ok);
    }

    #[test]
    fn series_and_fixed_counts() {
        assert_eq!(run("They won the best-of-seven series 4-3.")[0].0, Severity::Ok);
        assert_eq!(run("They won the best-of-seven series 5-4.")[0].0, Severity::Error);
        assert_eq!(run("The shop opens 8 days a week.")[0].0, Severity::Error);
        assert_eq!(run("Staff work 12 hours a day.")[0].0, Severity::Ok);
        assert_eq!(
            run("All 25 current EU members signed.")[0],
            (
                Severity::Ok,
                "25 current EU members: within the whole, the EU has never had more than 28 members.".to_string()
            )
        );
        assert_eq!(run("It has offices in 52 US states.")[0].0, Severity::Error);
        assert!(run("It lasted 8 days and a week later it ended.").is_empty());
    }

    #[test]
    fn the_head_words_cover_every_fixed_phrase() {
        for phrase in FIXED_COUNTS.iter().flat_map(|f| f.phrases) {
            let head = phrase.split(' ').next().unwrap_or("");
            assert!(FIXED_COUNT_HEADS.contains(&head), "{head} (of {phrase}) is missing from FIXED_COUNT_HEADS");
        }
    }

    #[test]
    fn reads_tallies_in_words() {
        assert_eq!(run("The Senate passed the bill by 57 votes to 41 on Tuesday.")[0].0, Severity::Ok);
        assert_eq!(run("The Senate passed the bill by 57 votes to 46 on Tuesday.")[0].0, Severity::Error);
        assert_eq!(run("She was confirmed by the Senate by a vote of 52 to 74.")[0].0, Severity::Error);
        assert_eq!(run("MPs voted by 348 to 211 to approve the second reading.")[0].0, Severity::Ok);
        assert_eq!(run("MPs voted by 348 to 331 to approve the second reading.")[0].0, Severity::Error);
    }

    #[test]
    fn a_tally_that_fits_only_a_past_size_is_not_verified() {
        let text = "The bill cleared its second reading after MPs voted 342 to 311 in favour.";
        let found = run(text);
        assert_eq!(found[0].0, Severity::Note, "{found:?}");
        assert!(found[0].1.contains("from 1997 to 2005"), "{found:?}");
        let options = crate::Options {
            checks: Some(vec![super::ID.into()]),
            reference_year: Some(2024),
            ..crate::Options::default()
        };
        let found = crate::check(text, &options).unwrap().findings;
        assert_eq!(found[0].severity, Severity::Warning, "{found:?}");
    }

    #[test]
    fn seats_short_of_a_majority() {
        let text =
            "Labour emerged with the most seats - but its 301 MPs were 17 short of the number needed for a majority.";
        assert_eq!(run(text)[0].0, Severity::Ok);
        let text =
            "Labour emerged with the most seats - but its 301 MPs were 27 short of the number needed for a majority.";
        assert_eq!(run(text)[0].0, Severity::Warning);
        assert!(run("The 301 MPs were 27 short of a working majority after the election.").is_empty());
        // Another parliament, and a majority the text states itself.
        assert!(run("The BJP won 240 of the 543 seats in the Lok Sabha, 32 short of the 272 needed for a majority.")
            .is_empty());
        assert!(run("The party won 240 seats, 32 short of a majority in the Lok Sabha.").is_empty());
    }

    #[test]
    fn senators_in_lower_case_are_the_senate() {
        assert_eq!(run("In the end senators voted 52 to 58 to confirm him.")[0].0, Severity::Error);
        assert!(run("The Ottawa Senators beat the Bruins 4-3.").is_empty());
    }

    #[test]
    fn committees_other_countries_and_the_lords_are_not_the_chamber() {
        assert!(run("The Senate Finance Committee voted 21-3 on Wednesday.").is_empty());
        assert!(run("The House Appropriations Committee voted 34-25 to approve it.").is_empty());
        assert_eq!(run("France's Senate voted 218-102 in favour.")[0].0, Severity::Ok);
        assert!(run("Greek MPs voted 153-146 for the budget.").is_empty());
        assert!(run("Peers in the House of Lords voted by 410 to 325 to send the bill back to the Commons.").is_empty());
    }

    #[test]
    fn the_vice_president_breaks_a_tie() {
        let found =
            run("With the Senate split 50-50, the vice-president cast the deciding vote, and the bill passed 51-50.");
        assert!(found.iter().all(|f| f.0 == Severity::Ok), "{found:?}");
        assert_eq!(run("The Senate passed it 52-50.")[0].0, Severity::Error);
    }

    #[test]
    fn a_tally_without_its_body_takes_the_body_that_voted() {
        let text = "The House of Representatives has narrowly passed a bill.\n\nThe bill now goes to the Senate.\n\n\
                    The final tally was 281-214.";
        assert_eq!(run(text)[0].0, Severity::Warning);
        let text = "The House of Representatives has narrowly passed a bill.\n\nThe final tally was 218-214.";
        assert_eq!(run(text)[0].0, Severity::Ok);
    }

    #[test]
    fn two_bodies_at_one_distance_are_left_alone() {
        assert!(run("The House and the Senate voted 52-49 on it.").is_empty());
        assert!(run("The House passed it last week after a 52-49 Senate vote.")[0].1.contains("Senate"));
    }

    #[test]
    fn stays_silent_without_a_body() {
        assert!(run("The Harrisburg Senators beat the Dayton Flyers 112-104 in overtime.").is_empty());
        assert!(run("The White House said the team won 61-42.").is_empty());
        assert!(run("Arsenal beat Chelsea 3-1.").is_empty());
        assert!(run("The state senate voted 70-40.").is_empty());
        assert!(run("The state Senate passed the bill 31-19, and the House is expected to follow.").is_empty());
    }
}
