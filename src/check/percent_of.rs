//! `percent-of`: a share whose percentage disagrees with its part and whole.
//!
//! # What it catches
//! "Of 250 respondents, 80 (40%) said yes." — 80 of 250 is 32%. Also shares in words:
//! "One in five of the 4,150 homes inspected, 380 properties" (9%, not 20%).
//!
//! # Why it matters
//! The count and the percentage are usually typed from two different tables; when they
//! disagree, a reader cannot tell which one the story rests on.
//!
//! # Phrasings it reads (see `relation::shares` for how)
//! - the whole opening the sentence: "Of 1,204 adults questioned, 397 (33%)"; "Of the
//!   school's 1,130 pupils, 94, roughly 8%, are eligible"; "Of the 2,560 candidates …, 1,560
//!   passed, a pass rate of 61%";
//! - part of whole, the share closing the clause however long it is: "Some 89,400 of the
//!   118,000 people aged 75 to 79 … had received the jab by the end of February, or 67%"
//!   (a sentence tie: a warning);
//! - part of whole: "80 of the 250 respondents (32%)"; "14 of the 22 counts, or 64%"; "41
//!   of his 52 penalties, a success rate of 79%"; "82.1 TWh out of a total of 279.3TWh";
//! - share of whole, with the part in apposition: "38% of the group's £4.7bn turnover, or
//!   £1.79bn"; "Just over a quarter of the app's 8.4 million users, 2.2 million,"; "a third
//!   of them, 612,"; "43.6% of the vote, or 1,208,000 of the 2,771,000 votes cast";
//!   "£186m, or 41%, of the council's £454m budget";
//! - the whole named by the share's noun phrase: in the part's sentence, the one larger
//!   like figure before it ("a £312m budget, with adult social care taking £131m, or 42% of
//!   the total"); up to two sentences back, the one the phrase names ("240 million monthly
//!   users." "Paying subscribers rose to 38 million, or 12% of monthly users": a warning),
//!   an amount named by its clause's subject ("Goods exports fell 4.2% to £30.1bn" …
//!   "£14.2bn, about 57% of total goods exports"), and "of the total" by what the part
//!   counts ("1,436 confirmed cases" … "412 cases, or 38% of the total");
//! - "of them" with no figure before it in its sentence: "7,300 households …" "Just over a quarter of them,
//!   1,480 households, …" (the one level of the sentence before; a warning);
//! - the part as the subject of a share verb, or the clause the share is appended to:
//!   "31,850 cases account for about two-thirds of the country's 47,620"; "will cut 2,100
//!   jobs, about 8% of its 26,500-strong workforce";
//! - fractions and "one in N" as shares, with their hedges: "nearly half", "just over a
//!   quarter", "two in five";
//! - the part in another sentence, up to twelve paragraphs away, when a share verb points to
//!   it and it is the one figure counting what the whole counts ("A total of 2,451 patients
//!   waited …" … "Long waits affected 6.3% of the 38,900 patients"); "This is nearly half of
//!   the £11.7m" after the part; "fees of 1 percent, or $180 million" of a sale stated in
//!   the sentence before; a part named in the next paragraph by what the share's clause
//!   says of it ("two in five of the 635,173 reports … concerned ID fraud" … "the 246,570
//!   ID fraud cases"), when it is the one such figure.
//!
//! # Flags
//! "Of 250 respondents, 80 (40%) said yes." (error); a share whose part or whole is stated
//! in another sentence (warning: the link is weaker).
//!
//! # Does not flag
//! "Of 250 respondents, 80 (32%) said yes." (`ok`); "More than 4,000 of the union's 9,600
//! members …, a turnout of 43%" (a `note`: only the hedge makes it hold).
//!
//! # False-alarm traps it avoids
//! - shares of a whole stated as a noun ("41% of the vote", "34% of MPs") are left alone
//!   unless the sentence states the part and whole as figures;
//! - a benchmark is not the share: "compared with a national average of 24%";
//! - a part in another sentence is taken only through a share verb ("affected", "account
//!   for", "amount to", "This is") and only when it is the one candidate: two counts of
//!   patients elsewhere leave the share unjudged;
//! - the percentage is read at its written precision (32% is 31.5–32.5), a fraction in
//!   words at the looseness of words ("a third" is 30–37%), and the part and whole widened
//!   by their hedges and rounding before an inconsistency is declared.

use crate::interval::{self, Interval};
use crate::mention::Kind;
use crate::relation::changes::base_value;
use crate::relation::shares::{self, ShareTie};

use super::format;
use super::{Article, Finding, Severity, Verdict};

pub const ID: &str = "percent-of";
pub const SUMMARY: &str = "a share whose percentage disagrees with its part and whole (\"80 of 250 (40%)\")";

/// A figure as the text states it, with a hedge read from the words for fractions ("nearly
/// half").
fn said(cx: &Article<'_>, i: usize) -> String {
    let m = &cx.mentions[i];
    let start = shares::hedge_of(cx, i).map_or(m.span.start, |(_, s)| s.min(m.span.start));
    let text = cx.text.get(start..m.span.end).unwrap_or("");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn run(cx: &Article<'_>) -> Vec<Finding> {
    let ms = cx.mentions;
    let mut findings = Vec::new();
    for sh in cx.shares() {
        let (p, w, s) = (&ms[sh.part], &ms[sh.whole], &ms[sh.share]);
        let (Some(n), Some(total)) = (base_value(p), base_value(w)) else { continue };
        if total <= 0.0 || n > total {
            continue;
        }
        let share = n / total * 100.0;
        let (written, hedged) = shares::stated_band(cx, sh.share);
        let scale = |m: &crate::mention::Mention, i: Interval| if m.unit == Some("GBX") { i.scale(0.01) } else { i };
        let ratio = |a: Interval, b: Interval| Interval { lo: a.lo / b.hi * 100.0, hi: a.hi / b.lo * 100.0 };
        let by_hedges = ratio(scale(p, interval::hedged(p)), scale(w, interval::hedged(w)));
        let by_rounding = ratio(scale(p, interval::rounded(p)), scale(w, interval::rounded(w)));
        let fraction = s.kind == Kind::Fraction;
        let stated_value = shares::percent_value(s).unwrap_or(f64::NAN);
        let exact = if fraction {
            (share - stated_value).abs() <= 1.0 && Interval::point(share).meets(hedged)
        } else {
            Interval::point(share).meets(written)
        };
        let verdict = if exact {
            Verdict::Consistent
        } else if Interval::point(share).meets(hedged) || by_hedges.meets(hedged) {
            if fraction && shares::hedge_of(cx, sh.share).is_none() && p.qualifier.is_none() {
                Verdict::ConsistentWithRounding
            } else {
                Verdict::ConsistentWithHedge
            }
        } else if by_rounding.meets(hedged) {
            Verdict::ConsistentWithRounding
        } else {
            Verdict::Inconsistent
        };
        let stated_share = said(cx, sh.share);
        let shown = if fraction { format!("{stated_share} ({}%)", format::number(stated_value)) } else { stated_share };
        let base =
            format!("{} of {} is {}%", format::stated(cx.text, p), format::stated(cx.text, w), format::number(share));
        let linked = sh.tie == ShareTie::Linked;
        let (severity, message) = match verdict {
            Verdict::Consistent => (Severity::Ok, format!("{base}, as the text says ({shown}).")),
            Verdict::Inconsistent => {
                let severity = if sh.tie == ShareTie::Clause { Severity::Error } else { Severity::Warning };
                (severity, format!("{base}, not {shown}."))
            }
            _ => (
                Severity::Note,
                format!("{base}; the text says {shown}, which holds only within rounding or its hedge."),
            ),
        };
        let message = if linked {
            format!(
                "{message} The share and its figures stand in different sentences; check that they belong together."
            )
        } else {
            message
        };
        let mut ids = vec![sh.part, sh.whole, sh.share];
        crate::sort::sort(&mut ids);
        findings.push(Finding {
            check: ID,
            severity,
            verdict,
            mentions: ids,
            span: s.span,
            message,
            expected: Some(share),
            stated: Some(stated_value),
        });
    }
    findings
}

#[cfg(test)]
mod tests {
    use crate::Severity;

    fn run(text: &str) -> Vec<(Severity, String)> {
        crate::check::run_one(super::ID, text).into_iter().map(|f| (f.severity, f.message)).collect()
    }

    #[test]
    fn flags_a_share_that_does_not_match() {
        assert_eq!(
            run("Of 250 respondents, 80 (40%) said yes."),
            vec![(Severity::Error, "80 of 250 is 32%, not 40%.".to_string())]
        );
    }

    #[test]
    fn confirms_matching_shares() {
        assert_eq!(run("Of 250 respondents, 80 (32%) said yes.")[0].0, Severity::Ok);
        assert_eq!(run("In all, 80 of the 250 respondents (32%) said yes.")[0].0, Severity::Ok);
        assert_eq!(run("Of the 3,000 staff, 1,000 (33.3%) left.")[0].0, Severity::Ok);
    }

    #[test]
    fn needs_of_to_find_the_whole() {
        assert!(run("There were 250 respondents and 80 (40%) said yes.").is_empty());
    }

    #[test]
    fn reads_fractions_in_words_with_their_hedges() {
        let text = "Nearly half of the 312 councils, 148 of them, have raised charges.";
        assert_eq!(run(text)[0].0, Severity::Note);
        let text = "Nearly half of the 312 councils, 184 of them, have raised charges.";
        assert_eq!(run(text)[0].0, Severity::Error);
        let text = "One in five of the 4,150 homes inspected by the council, 380 properties, failed.";
        assert_eq!(run(text)[0].0, Severity::Error);
    }

    #[test]
    fn a_hedged_part_is_a_note() {
        let text = "More than 4,000 of the union's 9,600 members took part in the ballot, a turnout of 43%.";
        assert_eq!(run(text)[0].0, Severity::Note);
    }

    #[test]
    fn a_whole_in_the_sentence_before_is_a_warning() {
        let text = "It agreed to sell the unit for $18.4 billion. Bankers stand to share fees of about 1 percent, \
                    or just over $1.8 billion.";
        assert_eq!(run(text)[0].0, Severity::Warning);
    }
}
