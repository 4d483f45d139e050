//! `percent-total`: shares of one whole that do not add up to 100%.
//!
//! # What it catches
//! "Support was 52%, opposition 45% and 8% were undecided." — 105% of one electorate. And,
//! when the list says it is complete ("the remaining", "the other", "against"), shares that
//! fall short: "52.4% … for independence and 42.6% against" (95%).
//!
//! # Why it matters
//! A poll's answers partition the respondents; if they sum past 100% beyond rounding, a
//! figure was mistyped or taken from another poll.
//!
//! # Phrasings it reads
//! - one sentence: "Support was 52%, opposition 45% and 8% were undecided"; "puts Labour on
//!   41%, the Conservatives on 33%, … and other parties on 5%"; "52.4% of valid votes were
//!   cast for independence and 47.6% against"; "gas generated 38.2% of the country's
//!   electricity, wind 24.7%, … with the remaining 11.8% imported";
//! - three or more shares of a whole that is shared out whatever the verb (electricity,
//!   generation, a market): "Wind supplied 34% of Britain's electricity last year, gas 31%,
//!   nuclear 14% …";
//! - three or more shares of the vote with no time beside them: "took 34.6% of the vote,
//!   ahead of Labour on 31.2%, the Conservatives on 19.8%, …" (not "34% of the vote, against
//!   41% in 2019");
//! - fractions: "Half the shares …, a quarter to retail buyers and the remaining quarter";
//! - a residual closing a list begun in the sentences before: "… Network charges account for
//!   24% … Suppliers' costs account for 16% and VAT 5%, while the remaining 3% is the
//!   margin" is read back over up to three sentences; judged only if they make the list
//!   whole (100%: `ok`) or take it past 100% (a warning); with other shares just before
//!   that it cannot take in, it says nothing;
//! - a residual share in a later sentence, up to twelve paragraphs on, completing the
//!   answers stated before it: "The survey found that 54% supported …" … "The poll found
//!   37% opposed …" … "The remaining 9% said they did not know."; "The other two-thirds of
//!   Seagram" after "a third of … Seagram"; "Tom Rees, the only other candidate on the
//!   ballot, …, finished third with 15.2%" after the two leaders' shares of the vote.
//!
//! # Flags
//! "Support was 52%, opposition 45% and 8% were undecided." (105%: error); a list that says
//! it is complete and falls short beyond rounding (error); either across sentences
//! (warning).
//!
//! # Does not flag
//! "52%, 41% and 7%" (`ok`: 100%); "52.4%, 41.3%, 6.4%" (100.1%: within rounding, `ok`); a
//! list without a residual that falls short ("Support was 52% and opposition 41%": some did
//! not answer).
//!
//! # False-alarm traps it avoids
//! - the shares must be said to partition a whole (support / opposition / undecided / the
//!   rest / other / yes / no …, `lexicon::cues::PARTITION`), and a total under 100% needs a
//!   residual that says nothing is left out;
//! - shares of different wholes ("37% of men and 41% of women") are not one partition, nor
//!   is a share of another whole beside them ("on a turnout of 71%", "a margin of error of
//!   plus or minus 2.9 points");
//! - none may be a change ("rose 5%") or a range;
//! - multi-answer questions ("could give more than one reason") can exceed 100%, and shares
//!   more than 12 points past 100% answer different questions or polls ("58% … supported
//!   the scheme, while 64% were against any tax rise") unless one share is a typing slip;
//! - parts that add up to one earlier share break it down ("… renewables 23.4%. Within the
//!   renewable share, wind produced 10.2%, … the remaining 1.5%");
//! - a residual is tied to earlier answers only through sentences that report answers
//!   (found, said, supported, opposed, voted), and the walk back stops at a change.

use crate::interval;
use crate::lexicon::{self, cues};
use crate::mention::Kind;
use crate::relation::{near, shares};
use crate::span::ByteSpan;
use crate::token::Tag;

use super::format;
use super::{Article, Finding, Severity, Verdict};
use crate::text::Own as _;

pub const ID: &str = "percent-total";
pub const SUMMARY: &str = "shares of one whole that do not add up to 100%";

/// Words that make the share after them a share of another whole: "a turnout of 71%".
const OTHER_WHOLES: &[&str] =
    &["turnout", "margin", "error", "average", "rate", "target", "inflation", "growth", "interest", "stake"];

/// Words that say respondents could give several answers.
const MULTIPLE_ANSWERS: &[&str] = &["more than one", "multiple", "could choose", "several answers", "any of"];

/// Words of a sentence that reports answers or results: a residual looks back only through
/// such sentences.
const ANSWERS: &[&str] = &[
    "found",
    "supported",
    "support",
    "opposed",
    "oppose",
    "backed",
    "backing",
    "voted",
    "vote",
    "took",
    "won",
    "favour",
    "favor",
    "against",
    "poll",
    "survey",
    "polled",
    "respondents",
    "undecided",
];

/// Wholes that are shared out, whatever the verb: three or more shares of a country's
/// electricity or of a market are a partition ("Wind supplied 34% of Britain's electricity,
/// gas 31%, nuclear 14% …").
const SHARED_WHOLES: &[&str] = &["electricity", "generation", "market"];

/// One share of a partition: a figure, or a fraction word the extractor leaves alone ("the
/// remaining quarter").
#[derive(Clone, Copy, Debug)]
struct Part {
    mention: Option<usize>,
    span: ByteSpan,
    /// Percent of the whole.
    value: f64,
    /// Half the rounding its writing allows, plus its hedge, in points.
    slack: f64,
}

/// Denominators a residual may be written with alone: "the remaining quarter".
const DENOMINATORS: &[(&str, f64)] =
    &[("half", 2.0), ("third", 3.0), ("quarter", 4.0), ("fifth", 5.0), ("tenth", 10.0)];

/// The head noun of what share `i` is a share of ("52.4% of valid votes" → "votes"), if it
/// says.
fn whole_of(cx: &Article<'_>, i: usize) -> Option<String> {
    let t = cx.tokens().of(i);
    if !near::is(cx, t + 1, "of") {
        return None;
    }
    let mut head = None;
    for k in t + 2..t + 8 {
        let tok = near::tok(cx, k)?;
        if !near::same_sentence(cx, t, k) || !tok.is_word() {
            break;
        }
        let w = tok.text(cx.text);
        if lexicon::contains(&["the", "a", "an", "its", "their", "his", "her", "all", "our"], w) && head.is_none() {
            continue;
        }
        if lexicon::contains(
            &[
                "were", "was", "is", "are", "said", "in", "for", "and", "or", "who", "which", "that", "to", "had",
                "have", "last", "this",
            ],
            w,
        ) {
            break;
        }
        head = Some(crate::relation::referents::key(w));
    }
    head
}

/// Whether share `i` may be one answer of a partition.
fn is_answer(cx: &Article<'_>, i: usize) -> bool {
    let m = &cx.mentions[i];
    if !shares::is_share(cx, i) || m.kind == Kind::Fraction && m.value.is_some_and(|v| v >= 1.0) {
        return false;
    }
    let start = cx.tokens().of(i);
    !(start.saturating_sub(3)..start).any(|k| near::is_any(cx, k, OTHER_WHOLES))
}

/// The parts of every sentence before `sentences`: its answers, and a residual fraction in
/// words; and whether a change among its percentages blocks it.
///
/// One pass over the tokens for all sentences: the check reads every sentence's parts (a
/// residual looks back over the others), and finding each sentence's tokens by search and
/// caching its parts in a map cost more than reading them.
fn parts_by_sentence(cx: &Article<'_>, sentences: usize) -> Vec<(Vec<Part>, bool)> {
    let ms = cx.mentions;
    let mut all: Vec<(Vec<Part>, bool)> = vec![(Vec::new(), false); sentences];
    for (k, t) in cx.tokens().all.iter().enumerate() {
        // (Tokens are in sentence order: past the last sentence asked for, none is.)
        let Some((out, blocked)) = all.get_mut(t.sentence as usize) else { break };
        match t.tag {
            Tag::Figure(f) => {
                let i = f as usize;
                let m = &ms[i];
                if !matches!(m.kind, Kind::Percent | Kind::Fraction) {
                    continue;
                }
                if m.unit == Some("pp") && !near::is_any(cx, k.wrapping_sub(1), OTHER_WHOLES) {
                    // Points beside shares are a margin or a change: not an answer, no harm.
                    continue;
                }
                // "had no candidate passed 50%": a bar to clear is no share of the whole.
                if near::is_any(cx, k.wrapping_sub(1), BARS) {
                    continue;
                }
                if !is_answer(cx, i) {
                    *blocked |= m.unit == Some("%") && cx.frames()[i].role.is_some() && !shares::is_share(cx, i);
                    continue;
                }
                let v = shares::percent_value(m).unwrap_or(f64::NAN);
                let slack = if m.kind == Kind::Fraction {
                    1.0
                } else {
                    let h = interval::hedged(m);
                    m.round_unit.min(1.0) / 2.0 + (h.hi - h.lo)
                };
                out.push(Part { mention: Some(i), span: m.span, value: v, slack });
            }
            Tag::Word => {
                // "the remaining quarter", "the other third".
                let w = t.text(cx.text);
                let Some(d) = lexicon::lookup(DENOMINATORS, w) else { continue };
                if near::is_any(cx, k.wrapping_sub(1), &["remaining", "other"]) && !near::is(cx, k + 1, "of") {
                    out.push(Part {
                        mention: None,
                        span: ByteSpan::new(t.start as usize, t.end as usize),
                        value: 100.0 / d,
                        slack: 1.0,
                    });
                }
            }
            Tag::Punct(_) => {}
        }
    }
    all
}

/// Verbs right before a percentage that make it a bar to clear, not a share.
const BARS: &[&str] =
    &["passed", "passing", "exceeded", "exceeding", "crossed", "crossing", "cleared", "topped", "reach", "reached"];

/// Whether a share is followed by a place: "38% of the vote in Leeds, 41% in Bradford and
/// 29% in Hull" are shares of three votes.
fn placed(cx: &Article<'_>, parts: &[Part]) -> bool {
    parts.iter().filter_map(|p| p.mention).any(|i| {
        let at = cx.tokens().of(i);
        (at + 1..at + 6).any(|k| {
            near::is_any(cx, k, &["in", "at"])
                && near::word(cx, k + 1).is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
        })
    })
}

/// Whether `sentence` names a time beside its shares: a year, or a word that looks back
/// ("34% of the vote, against 41% in 2019 and 38% at the previous election" are shares of
/// three votes).
fn dated(cx: &Article<'_>, sentence: usize) -> bool {
    near::sentence_tokens(cx, sentence).any(|k| {
        cx.tokens().all[k].figure().is_some_and(|f| cx.mentions[f].kind == Kind::Year)
            || near::is_any(cx, k, &["previous", "last", "ago", "earlier", "before", "compared", "since", "time"])
    })
}

/// How far past 100% shares may add up and still be read as one whole's: beyond it they
/// answer different questions, unless a slip explains the excess.
const FAR_PAST: f64 = 12.0;

/// Whether share `p` looks like a typing slip for the value that would make the list whole.
fn slipped_share(cx: &Article<'_>, p: &Part, sum: f64) -> bool {
    p.mention.is_some_and(|i| crate::relation::slips::slip(cx.text, &cx.mentions[i], p.value - (sum - 100.0)).is_some())
}

/// Whether the words of `sentence` include one of `list` (phrases of up to three words).
///
/// Streams the words with the last three in hand: a sentence may be the whole text (a
/// table with no full stop), and its words are not collected.
fn says(cx: &Article<'_>, sentence: usize, list: &[&str]) -> bool {
    let mut last: [Option<&str>; 3] = [None; 3];
    near::sentence_tokens(cx, sentence).filter_map(|k| near::word(cx, k)).any(|w| {
        last = [last[1], last[2], Some(w)];
        // Last words first: most phrases fail on their first comparison.
        list.iter().any(|p| {
            // The cheap test first (the phrase's last word, compared as bytes): splitting every
            // phrase at every word was a tenth of a corpus check.
            if !ends_with_word(p, w) {
                return false;
            }
            let mut parts = p.rsplit(' ');
            let mut held = last.iter().rev();
            parts.by_ref().zip(held.by_ref()).all(|(a, b)| b.is_some_and(|b| b.eq_ignore_ascii_case(a)))
                && parts.next().is_none()
        })
    })
}

/// Whether `phrase` ends with the word `w` (any ASCII case), as a whole word.
fn ends_with_word(phrase: &str, w: &str) -> bool {
    let (p, w) = (phrase.as_bytes(), w.as_bytes());
    p.len() >= w.len()
        && p[p.len() - w.len()..].eq_ignore_ascii_case(w)
        && (p.len() == w.len() || p[p.len() - w.len() - 1] == b' ')
}

/// How many tokens before a share "the only other …" may stand.
const ONLY_OTHER_REACH: usize = 30;

/// Whether the part's sentence names a residual right before it: "the remaining 11.8%",
/// "the other 30%", "The rest, 9%", or the one left: "the only other candidate".
fn is_residual(cx: &Article<'_>, p: &Part) -> bool {
    let Some(i) = p.mention else { return true };
    let t = cx.tokens().of(i);
    // "Tom Rees, the only other candidate on the ballot, …, finished third with 15.2%": the
    // one left says nothing else is left, though named well before its share (a bounded
    // look back: this runs for every part).
    let only_other = (t.saturating_sub(ONLY_OTHER_REACH)..t)
        .filter(|&k| near::same_sentence(cx, k, t))
        .any(|k| near::is(cx, k, "only") && near::is(cx, k + 1, "other"));
    only_other || (t.saturating_sub(3)..t).any(|k| near::is_any(cx, k, &["remaining", "other", "rest", "remainder"]))
}

/// Whether a part is the answer that leaves nothing out: "13% of residents were
/// undecided", "47.6% against" in a vote.
fn closes_answers(cx: &Article<'_>, p: &Part, vote: bool, dont_know: bool) -> bool {
    let Some(i) = p.mention else { return false };
    let t = cx.tokens().of(i);
    let after = |words: &[&str]| (t + 1..t + 5).any(|k| near::same_sentence(cx, t, k) && near::is_any(cx, k, words));
    after(&["undecided", "unsure"]) || dont_know || (vote && after(&["against"]))
}

/// The shares' sum and how far their rounding lets it stray from 100%.
// One copy, not one inlined at each of its 4 callers: smaller wasm.
#[inline(never)]
fn sum_and_slack(parts: &[Part]) -> (f64, f64) {
    (parts.iter().map(|p| p.value).sum(), parts.iter().map(|p| p.slack).sum::<f64>() + 1e-9)
}

pub fn run(cx: &Article<'_>) -> Vec<Finding> {
    let ms = cx.mentions;
    let mut findings = Vec::new();
    let sentences = ms.last().map_or(0, |m| m.sentence + 1);
    let mut used: crate::map::Set<usize> = crate::map::Set::new();
    // Each sentence's parts, read once: a residual looks back over sentences others read too.
    let all_parts = parts_by_sentence(cx, sentences);
    let read = |e: usize| all_parts[e].clone();
    // Whether a sentence with parts reports answers, read once and only when a residual
    // looks back over it: reading it for every sentence with a share was a third of this
    // check.
    let mut reports_answers: crate::map::Map<usize, bool> = crate::map::Map::new();
    for s in 0..sentences {
        let (mut parts, blocked) = read(s);
        if parts.is_empty() || blocked || says(cx, s, MULTIPLE_ANSWERS) {
            continue;
        }
        let mut linked = false;
        let vote = says(cx, s, &["vote", "votes", "ballot", "ballots", "referendum"]);
        let dont_know = says(cx, s, &["did not know", "don't know", "no opinion"]);
        let mut complete = parts.iter().any(|p| is_residual(cx, p) || closes_answers(cx, p, vote, dont_know));
        if parts.len() == 1 {
            // A residual alone in its sentence completes the answers stated before it.
            if !is_residual(cx, &parts[0]) {
                continue;
            }
            let paragraph = cx.segments.paragraph_of(s);
            for e in (0..s).rev().take(30) {
                if cx.segments.paragraph_of(e).abs_diff(paragraph) > 12 {
                    break;
                }
                let (earlier, blocked) = read(e);
                if blocked {
                    break;
                }
                if earlier.is_empty() {
                    continue;
                }
                let answers =
                    *reports_answers.entry(e).or_insert_with(|| says(cx, e, ANSWERS) || says(cx, e, cues::PARTITION));
                // "a third of … Seagram" … "The other two-thirds of Seagram": one named whole.
                let own_whole = parts[0].mention.and_then(|i| whole_of(cx, i));
                let same_whole =
                    own_whole.is_some() && earlier.iter().any(|p| p.mention.and_then(|i| whole_of(cx, i)) == own_whole);
                let answers = answers || same_whole;
                if !answers || earlier.iter().any(|p| p.mention.is_some_and(|i| used.contains(&i))) {
                    break;
                }
                let mut earlier = earlier;
                earlier.append(&mut parts);
                parts = earlier;
                linked = true;
                complete = true;
            }
            if !linked {
                continue;
            }
        }
        // Shares of different wholes ("37% of men and 41% of women") are no partition.
        let mut wholes: Vec<String> = parts.iter().filter_map(|p| p.mention.and_then(|i| whole_of(cx, i))).collect();
        crate::sort::sort(&mut wholes);
        wholes.dedup();
        if wholes.len() > 1 {
            continue;
        }
        let partition = linked
            || complete
            || near::sentence_tokens(cx, s).any(|k| near::is_any(cx, k, cues::PARTITION))
            || (parts.len() >= 3 && says(cx, s, SHARED_WHOLES))
            || (parts.len() >= 3 && says(cx, s, &["vote", "votes"]) && !dated(cx, s) && !placed(cx, &parts));
        if !partition || parts.len() < 2 {
            continue;
        }
        let (mut sum, mut tolerance) = sum_and_slack(&parts);
        // "Suppliers' operating costs account for 16% and VAT 5%, while the remaining 3% is
        // the profit margin": a residual closing a list that began in the sentences before
        // completes all of it, not this sentence's part. Falling short here, the list is
        // read back over up to three sentences; it is judged only if they make it whole.
        // Whether a percentage stands before the list's first share, from sentence `from` on.
        let first = parts.first().and_then(|p| p.mention).unwrap_or(0);
        let shares_before = |from: usize| {
            (0..first)
                .rev()
                .take(24)
                .take_while(|&i| ms[i].sentence >= from)
                .any(|i| ms[i].kind == crate::mention::Kind::Percent)
        };
        // (The same for a residual alone that reached back: shares it could not take in, just
        // before the ones it did, may be the list's missing part.)
        if complete && linked && sum < 100.0 - tolerance && shares_before(ms[first].sentence.saturating_sub(3)) {
            continue;
        }
        if complete && !linked && sum < 100.0 - tolerance {
            let mut combined = parts.clone();
            let mut earlier_shares = false;
            let mut whole = false;
            for e in (s.saturating_sub(3)..s).rev() {
                let (mut earlier, blocked) = read(e);
                // (A sentence of percentages read as no partition may still hold the list's
                // first shares: "Apple's share rose to 41.2% from 38.9%, while Samsung held
                // 30.5%.")
                earlier_shares |= shares_before(e);
                if blocked {
                    break;
                }
                if earlier.is_empty() {
                    continue;
                }
                earlier_shares = true;
                // "… nuclear 18.6%, coal 15.9% and renewables 23.4%. Within the renewable
                // share, wind produced 10.2%, … and the remaining 1.5%": parts that add up to
                // one earlier share break that share down; they do not continue its list.
                // (To the earlier share's own rounding: 17% + 9% + 6% + 4% = 36% is no
                // breakdown of a 38%.)
                let own = sum_and_slack(&combined).0;
                if earlier.iter().any(|p| (p.value - own).abs() <= p.slack) {
                    break;
                }
                earlier.append(&mut combined);
                combined = earlier;
                let (total, slack) = sum_and_slack(&combined);
                if (total - 100.0).abs() <= slack {
                    whole = true;
                    break;
                }
                // "… puts the Conservatives on 38% … and Labour on 31%." "Reform UK is on 17%,
                // …, with other parties on 4%": together past 100%, a warning.
                if total > 100.0 + slack {
                    whole = true;
                    linked = true;
                    break;
                }
            }
            if whole {
                parts = combined;
                (sum, tolerance) = sum_and_slack(&parts);
            } else if earlier_shares {
                continue;
            }
        }
        // "Some 58% … supported the scheme, while 64% said they were against any tax rise":
        // far past 100%, shares answer different questions (or come from different polls),
        // unless one share is a typing slip for what would make the whole.
        if sum > 100.0 + FAR_PAST && !parts.iter().any(|p| slipped_share(cx, p, sum)) {
            continue;
        }
        let terms: Vec<String> = parts
            .iter()
            .map(|p| match p.mention {
                Some(i) => format::stated(cx.text, &ms[i]),
                None => cx.text.get(p.span.start..p.span.end).unwrap_or("").own(),
            })
            .collect();
        let base = format!("{} = {}%", terms.join(" + "), format::number(sum));
        let severity = if linked { Severity::Warning } else { Severity::Error };
        let (severity, verdict, message) = if (sum - 100.0).abs() < 1e-6 {
            (Severity::Ok, Verdict::Consistent, format!("{base}: the shares make up the whole."))
        } else if (sum - 100.0).abs() <= tolerance {
            (Severity::Ok, Verdict::ConsistentWithRounding, format!("{base}: 100% within rounding."))
        } else if sum > 100.0 {
            (
                severity,
                Verdict::Inconsistent,
                format!("{base}: shares of one whole cannot exceed 100% ({} too many).", format::number(sum - 100.0)),
            )
        } else if complete {
            (
                severity,
                Verdict::Inconsistent,
                format!(
                    "{base}: the list says it leaves nothing out, but the shares fall {} points short of 100%.",
                    format::number(100.0 - sum)
                ),
            )
        } else {
            continue;
        };
        used.extend(parts.iter().filter_map(|p| p.mention));
        let last = parts.last().map_or(ByteSpan::default(), |p| p.span);
        findings.push(Finding {
            check: ID,
            severity,
            verdict,
            mentions: parts.iter().filter_map(|p| p.mention).collect(),
            span: last,
            message,
            expected: Some(100.0),
            stated: Some(sum),
        });
    }
    findings
}

#[cfg(test)]
mod tests {
    use crate::{Severity, Verdict};

    fn run(text: &str) -> Vec<(Severity, Verdict, String)> {
        crate::check::run_one(super::ID, text).into_iter().map(|f| (f.severity, f.verdict, f.message)).collect()
    }

    #[test]
    fn a_residual_completes_the_list_begun_in_the_sentences_before() {
        // Falling short of 100% here, the list began earlier: nothing to say.
        let text = "Wholesale costs account for 41% of the bill.\n\nNetwork charges account for 24% and policy \
                    costs 11%.\n\nOperating costs account for 16% and VAT 5%, while the remaining 3% is profit.";
        assert!(run(text).iter().all(|f| f.0 == Severity::Ok), "{:?}", run(text));
        // Together past 100%: a warning.
        let text = "The poll puts the Conservatives on 38% and Labour on 31%.\n\nReform UK is on 17%, the \
                    Liberal Democrats 9% and the Greens 6%, with other parties on 4%.";
        let found = run(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, Severity::Warning, "{found:?}");
    }

    #[test]
    fn the_only_other_candidate_completes_the_vote() {
        let text = "Maria Duarte won with 48.6% of the vote, ahead of Peter Kellner on 39.8%.\n\n\
                    Turnout was 41%. Tom Rees, the only other candidate on the ballot, who campaigned on \
                    the pool, finished third with 15.2%.";
        let found = run(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].2.starts_with("48.6% + 39.8% + 15.2% = 103.6%"), "{found:?}");
        let clean = text.replace("15.2%", "11.6%");
        assert!(run(&clean).iter().all(|f| f.0 == Severity::Ok), "{:?}", run(&clean));
    }

    #[test]
    fn shares_of_one_vote_are_a_partition() {
        let found = run("Platt took 34.6% of the vote, ahead of Labour on 31.2%, the Conservatives on 19.8%, the Liberal Democrats on 9.1% and the Greens on 7.1%.");
        assert_eq!(found[0].0, Severity::Error, "{found:?}");
        assert!(found[0].2.contains("= 101.8%"), "{}", found[0].2);
        // Shares of three places' votes, or three elections.
        assert!(run("Labour won 38% of the vote in Leeds, 41% in Bradford and 29% in Hull.").is_empty());
        assert!(run("Platt took 34.6% of the vote, against 41% in 2019 and 38% at the previous election.").is_empty());
    }

    #[test]
    fn a_breakdown_of_one_earlier_share_is_no_continuation_of_its_list() {
        let text = "Gas provided 42.1% of the power it generated, nuclear 18.6%, coal 15.9% and renewables 23.4%. \
                    Within the renewable share, wind produced 10.2%, hydropower 6.1% and solar 5.6%, with biomass making up \
                    the remaining 1.5%.";
        assert!(run(text).iter().all(|f| f.0 == Severity::Ok), "{:?}", run(text));
    }

    #[test]
    fn shares_far_past_the_whole_answer_different_questions() {
        assert!(run(
            "Some 58% of those questioned supported the scheme, while 64% said they were against any tax rise."
        )
        .is_empty());
        // Unless one is a slip: 83% for 38%.
        let found = run("Some 62% of those questioned supported the scheme, while 83% were against it.");
        assert_eq!(found[0].0, Severity::Error, "{found:?}");
    }

    #[test]
    fn flags_shares_over_one_hundred() {
        let found = run("Support was 52%, opposition 45% and 8% were undecided.");
        assert_eq!(found[0].0, Severity::Error);
        assert!(found[0].2.starts_with("52% + 45% + 8% = 105%"), "{}", found[0].2);
    }

    #[test]
    fn accepts_exact_and_rounded_totals() {
        assert_eq!(run("Support was 52%, opposition 41% and 7% were undecided.")[0].1, Verdict::Consistent);
        assert_eq!(
            run("Support was 52.4%, opposition 41.3% and 6.4% were undecided.")[0].1,
            Verdict::ConsistentWithRounding
        );
    }

    #[test]
    fn a_complete_list_that_falls_short_is_flagged() {
        let text = "In the end 52.4% of valid votes were cast for independence and 42.6% against, on a turnout of 71%.";
        assert_eq!(run(text)[0].0, Severity::Error);
        let text =
            "The incumbent took 45.3% of the vote, her rival 36.8% and the Green 10.2%. The remaining 6.0% went \
                    to three independents.";
        assert_eq!(run(text)[0].0, Severity::Warning);
    }

    #[test]
    fn reads_fractions_and_residual_words() {
        let text =
            "Half the shares went to institutions, a quarter to retail buyers and the remaining quarter to staff.";
        assert_eq!(run(text)[0].1, Verdict::Consistent);
        let text = "Half the shares went to institutions, a quarter to retail buyers and the remaining third to staff.";
        assert_eq!(run(text)[0].0, Severity::Error);
    }

    #[test]
    fn stays_silent_on_other_lists() {
        assert!(run("Inflation was 3%, unemployment 5% and growth 2%.").is_empty());
        assert!(run("Support was 55% of men and 48% of women, with the rest undecided.").is_empty());
        assert!(run("Sales rose 60% while support fell 45%.").is_empty());
        assert!(run("Support was 52% and opposition 41%.").is_empty());
        assert!(run(
            "Respondents could give more than one reason: 64% cited the hassle, 52% distrust and 31% were happy."
        )
        .is_empty());
        let text = "The poll found 49% backing the incumbent, 44% the challenger and 7% undecided. It has a margin of \
                    error of plus or minus 2.9 percentage points.";
        assert!(run(text).iter().all(|f| f.0 == Severity::Ok));
    }

    #[test]
    fn three_shares_of_a_shared_out_whole_are_a_partition() {
        // An energy mix or a market is shared out, whatever the verb.
        let text = "Wind supplied 34% of Britain's electricity last year, gas 31%, nuclear 14%, biomass 6%, \
                    solar 5% and imports 17%.";
        let found = run(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].0, found[0].1), (Severity::Error, Verdict::Inconsistent));
        assert_eq!(run("Apple had 30% of the smartphone market, Samsung 25% and Huawei 12%.").len(), 0);
        // Two shares are no list of the whole's parts.
        assert!(run("Wind supplied 64% of the electricity in March and 51% in April.").is_empty());
    }

    #[test]
    fn a_bar_to_clear_is_no_share() {
        let text = "Sanchez took 51% of the vote, avoiding a run-off, which would have been required had no \
                    candidate passed 50%.";
        assert!(crate::check::run_one(super::ID, text).is_empty());
    }
}
