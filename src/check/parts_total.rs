//! `parts-total`: parts that do not add up to their stated total.
//!
//! # What it catches
//! "Of the 40 delegates, 22 voted yes, 15 voted no and 5 abstained." — 42 of 40. Also a
//! breakdown that falls short of a total it claims to cover: "won 18, drew 7 and lost 4 of
//! their 30 games" (29).
//!
//! # Why it matters
//! A breakdown that does not add up means one part, or the total, is wrong; readers who
//! add it up stop trusting the rest of the story.
//!
//! # Phrasings it reads (see `relation::lists`)
//! "Of the T X, a …, b … and c …"; "T X, of whom a …, b …"; "T X: a … and b …"; "T X – a, b
//! and c"; "T X, including a and b"; "T X are split between a, b and c"; "won a, drew b and
//! lost c of their T games"; "P points from their T matches after winning a, drawing b
//! and losing c"; a total a few sentences earlier when the list points back to it ("Of those who
//! took it, a passed …, while the remaining c failed") or names it as the subject that it
//! divides ("T serious incidents" … "The incidents broke down as follows: a …, b … and
//! c …"); "of whom" after a long clause ("A total of T people were taken to hospital after
//! the fire at …, of whom a …"); a money subject that names any sum ("a £2.45bn package" …
//! "The money is split three ways: £1.2bn …; £870m …; and £290m …"); the rest opening the
//! next sentence ("… and doctors for 1,240. The remaining 4,410 are …"); parts in the next
//! sentences tied only by an exact sum ("cut around 12,800 jobs" … "5,125 positions would
//! go. Another 1,700 …, 3,400 … and 2,600 …": `ok` or a `note`, never an alarm); "Of every
//! £100 paid, £52 goes to …"; a total that closes the list in so many words ("rounds of 68,
//! 71, 69 and 66 for a total of 274"); the rest as what a part leaves ("Of the 2,750
//! tickets, 2,185 were sold in the first hour, leaving 465"); a subject that stands for the
//! one earlier level larger than every part, whatever it counted ("counted 1,947 grey
//! seals" … "The count was made up of 1,362 adults and 595 pups"; a start it rose from is
//! no level; "The figure included £9.1m … and £6.4m …" is some of it); "four wickets … and
//! three more …, making seven in all"; a list begun in one sentence and closed by the rest in the next ("14 branches
//! …, followed by … 11. Nine branches … and the remaining five …"); the two sexes after the
//! one level of the sentences before ("There were 5,448 deaths …" … "Men accounted for 3,713
//! of the deaths, about two-thirds, and women for 1,835"; "A total of 1,240 pupils …" "Some
//! 655 were girls and 685 boys"), read only when a part says it divides what was told ("of
//! the deaths", "were girls") and the parts make the total or more: fewer may leave
//! children out. Amounts of money and
//! percentages of one whole as well as counts.
//!
//! # Flags
//! Parts above the total when the parts cannot overlap (error; a warning when the total
//! stands in another sentence); parts short of a total they claim to cover (won, drawn and
//! lost; girls and boys; "the remaining"; a colon or dash after the total).
//!
//! # Does not flag
//! "… and 3 abstained." (`ok`: 40); "Of the 40 delegates, 22 voted yes and 15 voted no"
//! (37: some may be absent); "Of the 48 people on board, 31 were British and 19 were women"
//! (a nationality and a sex overlap).
//!
//! # False-alarm traps it avoids
//! - a list ends at a closing dash, at "including" or "of whom" after it began (a part of a
//!   part), before "N more" (an addition), and a rate ("54 per boat") is never a part;
//! - the parts must be a list (commas, "and") of like figures in one clause, and parallel
//!   (one category each) before a sum above the total is an error;
//! - a shortfall is flagged only when the words say the parts cover the total;
//! - a total in another sentence counts only when the list points back to it, and a
//!   disagreement with it is reported only when a figure looks like a typing slip, when the
//!   list's words declare it a division of that total ("The money is split three ways:"), or
//!   when
//!   parts that cannot overlap, named like the total, exceed a total the text calls one ("A
//!   total of 1,250 new homes" … "Of those, 480 are for rent, 320 … and 520 …": warning),
//!   or when a list that runs over two sentences and is closed by the rest names the
//!   total's own thing ("close 38 branches" … "14 branches …, followed by … 11. Nine
//!   branches … and the remaining five": warning), or when a list closed by the rest
//!   opens by naming the one earlier figure it can be a part of ("killed 74 people" … "Of
//!   the dead, 51 were in Cebu and 18 in Negros, with the remaining seven …": warning; not
//!   after "2,960 people were killed and more than 5,600 injured", where two figures could
//!   be its whole);
//! - "include" begins a list as "including" does, and the rest completes it ("The 140
//!   injured include 32 … and 45 …; the remaining 73 have been discharged");
//! - a verb of result with a noun of its own is no item ("including £45m for Ellis, leaving
//!   a net outlay of £55m");
//! - a slip is named only when one figure alone could be it;
//! - what a part leaves is less than the whole ("Of the 1,400 roles, 600 will go to Leeds,
//!   leaving about 3,200 staff at its headquarters"), and a negation or an adverb describes
//!   no category of its own ("840 built before 1950 and 610 not connected to mains gas").

use crate::interval::{self, Interval};
use crate::lexicon::nouns;
use crate::relation::changes::base_value;
use crate::relation::lists::{self, Breakdown};
use crate::relation::slips::slip;

use super::format;
use super::{Article, Finding, Severity, Verdict};

pub const ID: &str = "parts-total";
pub const SUMMARY: &str = "parts that add up to more than their stated total";

pub fn run(cx: &Article<'_>) -> Vec<Finding> {
    cx.breakdowns().iter().filter_map(|b| judge(cx, b)).collect()
}

fn judge(cx: &Article<'_>, b: &Breakdown) -> Option<Finding> {
    let ms = cx.mentions;
    let t = &ms[b.total];
    let scale = |i: usize| base_value(&ms[i]).unwrap_or(0.0) / ms[i].value.unwrap_or(1.0).max(f64::MIN_POSITIVE);
    let sum: f64 = b.parts.iter().map(|&p| base_value(&ms[p]).unwrap_or(0.0)).sum();
    let total = base_value(t)?;
    if total <= 0.0 {
        return None;
    }
    // The sum widened by the parts' rounding, the total by its own and its hedge.
    let widened_sum =
        b.parts.iter().fold(Interval::point(0.0), |acc, &p| acc + interval::rounded(&ms[p]).scale(scale(p)));
    let total_exact = Interval::point(total);
    let total_hedged = interval::hedged(t).scale(scale(b.total));
    let total_rounded = interval::rounded(t).scale(scale(b.total));
    // (Parts tied only by their sum are judged on the sum alone: see `lists::sums`.)
    let verdict = if total_exact.meets(Interval::point(sum)) {
        Verdict::Consistent
    } else if t.qualifier.is_some() && total_hedged.meets(Interval::point(sum)) {
        Verdict::ConsistentWithHedge
    } else if total_rounded.meets(widened_sum) {
        Verdict::ConsistentWithRounding
    } else {
        Verdict::Inconsistent
    };
    let over = sum > total;
    if b.by_sum && !matches!(verdict, Verdict::Consistent | Verdict::ConsistentWithHedge) {
        return None;
    }
    if verdict == Verdict::Inconsistent {
        // A sum above the total says something only of parts that cannot overlap; a sum
        // below it only of parts that claim to cover it.
        if (over && !b.exclusive) || (!over && !b.exhaustive) {
            return None;
        }
    } else if !over && !b.exhaustive && !b.exclusive && !b.by_sum {
        // Parts that fall within the total without claiming to cover it prove nothing.
        return None;
    }
    let terms: Vec<String> = b.parts.iter().map(|&p| format::stated(cx.text, &ms[p])).collect();
    let base = format!("{} = {}", terms.join(" + "), format::amount(t, sum));
    let noun = t.noun.as_deref().map(|n| format!(" {n}")).unwrap_or_default();
    let whole = format!("{}{noun}", format::stated(cx.text, t));
    // A total in another sentence: a disagreement counts only through a slip.
    let slips: Vec<(usize, f64, crate::relation::slips::Slip)> = if verdict == Verdict::Inconsistent {
        std::iter::once((b.total, sum))
            .chain(b.parts.iter().map(|&p| (p, total - (sum - base_value(&ms[p]).unwrap_or(0.0)))))
            .filter_map(|(i, needed)| slip(cx.text, &ms[i], needed / scale(i)).map(|k| (i, needed, k)))
            .collect()
    } else {
        Vec::new()
    };
    let slipped = !slips.is_empty();
    // (The message names the slip only when one figure alone could be it: "2,185 …, leaving
    // 465" of 2,750 is 100 short, and 2,750 for 2,650 is as much a slip as 465 for 565.)
    let culprit = match slips.as_slice() {
        [one] => Some(*one),
        _ => None,
    };
    // (Parts that cannot overlap and add up to more than the whole the list points back to
    // are a warning without one: "A total of 1,250 homes" … "Of those, 480 …, 320 … and
    // 520 …".)
    let named_alike = b.parts.iter().all(|&p| match (&ms[p].noun, &t.noun) {
        (Some(a), Some(w)) => crate::relation::link(a, w).is_some(),
        (None, _) => true,
        (Some(_), None) => false,
    });
    // (Nor do parts the words declare a division of it: "The money is split three ways:
    // …".)
    // (Nor does a complete list whose parts name the total's own thing: "close 38 branches"
    // … "14 branches …, followed by … 11. Nine branches … and the remaining five".)
    // (Only a list that runs over two sentences: "It shut 25 branches in 2023, and the
    // remaining 9 from that round were sold" divides another whole.)
    let over_two = b.parts.first().zip(b.parts.last()).is_some_and(|(&f, &l)| ms[f].sentence != ms[l].sentence);
    let same_noun = over_two
        && t.noun.as_deref().is_some_and(|w| {
            b.parts.iter().any(|&p| ms[p].noun.as_deref().is_some_and(|n| nouns::singular(n) == nouns::singular(w)))
        });
    if b.far
        && verdict == Verdict::Inconsistent
        && !slipped
        && !(over && b.exclusive && named_alike && lists::says_total(cx, b.total))
        && !(b.exhaustive && named_alike && same_noun)
        && !(b.exhaustive && b.anchored)
        && !b.declared
    {
        return None;
    }
    let (severity, message) = match verdict {
        Verdict::Consistent => (Severity::Ok, format!("{base}: the parts make up the {whole}.")),
        Verdict::ConsistentWithHedge => (
            Severity::Note,
            format!(
                "{base}: the parts make up the {}{noun} only if \"{}\" means {}.",
                cx.text.get(t.span.start..t.span.end).unwrap_or(""),
                format::stated(cx.text, t),
                format::amount(t, sum)
            ),
        ),
        Verdict::ConsistentWithRounding => {
            (Severity::Note, format!("{base}: the parts make up the {whole} within the rounding of the figures."))
        }
        Verdict::Inconsistent => {
            let gap = (sum - total).abs();
            let said = if over {
                format!("{base}, more than the {whole} they are part of ({} too many)", format::amount(t, gap))
            } else {
                format!("{base}, short of the {whole} they are said to make up ({} missing)", format::amount(t, gap))
            };
            let culprit = culprit.map_or(String::new(), |(i, needed, kind)| {
                format!(
                    "; \"{}\" looks like {} for {}",
                    format::stated(cx.text, &ms[i]),
                    kind.describe(),
                    format::amount(&ms[i], needed)
                )
            });
            (if b.far { Severity::Warning } else { Severity::Error }, format!("{said}{culprit}."))
        }
    };
    let mut ids = vec![b.total];
    ids.extend(&b.parts);
    Some(Finding {
        check: ID,
        severity,
        verdict,
        mentions: ids,
        span: t.span,
        message,
        expected: Some(total),
        stated: Some(sum),
    })
}

#[cfg(test)]
mod tests {
    use crate::Severity;

    fn run(text: &str) -> Vec<(Severity, String)> {
        crate::check::run_one(super::ID, text).into_iter().map(|f| (f.severity, f.message)).collect()
    }

    #[test]
    fn flags_parts_over_the_total() {
        let found = run("Of the 40 delegates, 22 voted yes, 15 voted no and 5 abstained.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, Severity::Error);
        assert!(found[0].1.contains("22 + 15 + 5 = 42, more than the 40 delegates"), "{}", found[0].1);
    }

    #[test]
    fn names_a_slip_only_when_one_figure_alone_could_be_it() {
        // 2,750 for 2,650 is as much a slip as 465 for 565.
        let found = run("Of the 2,750 tickets, 2,185 were sold in the first hour, leaving 465.");
        assert_eq!(found[0].0, Severity::Error, "{found:?}");
        assert!(!found[0].1.contains("looks like"), "{}", found[0].1);
    }

    #[test]
    fn confirms_parts_that_add_up() {
        assert_eq!(run("Of the 40 delegates, 22 voted yes, 15 voted no and 3 abstained.")[0].0, Severity::Ok);
        assert_eq!(run("The club has 40 members, of whom 25 are women and 15 are men.")[0].0, Severity::Ok);
        assert_eq!(run("Dunmore won 14, drew 9 and lost 7 of their 30 league games.")[0].0, Severity::Ok);
        assert_eq!(run("The academy now has 620 pupils: 334 girls and 286 boys.")[0].0, Severity::Ok);
    }

    #[test]
    fn a_shortfall_is_flagged_only_when_the_parts_claim_the_whole() {
        assert!(run("Of the 40 delegates, 22 voted yes and 15 voted no.").is_empty());
        assert_eq!(run("Dunmore won 14, drew 9 and lost 4 of their 30 league games.")[0].0, Severity::Error);
    }

    #[test]
    fn overlapping_categories_are_not_summed() {
        assert!(run("Of the 48 people on board, 31 were British and 19 were women.").is_empty());
    }

    #[test]
    fn a_declared_division_of_an_earlier_total_must_add_up() {
        let text = "The government has unveiled a £2.45bn transport package.\n\nThe money is split three \
                    ways: £1.2bn for roads; £870m for rail; and £290m for buses.";
        let found = run(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, Severity::Warning, "{found:?}");
        let clean = "The government has unveiled a £2.45bn transport package.\n\nThe money is split three \
                     ways: £1.2bn for roads; £870m for rail; and £380m for buses.";
        assert_eq!(run(clean)[0].0, Severity::Ok, "{:?}", run(clean));
    }

    #[test]
    fn a_list_pointing_back_to_a_stated_total_may_not_exceed_it() {
        let text = "A total of 1,250 new homes will be built on the airfield.\n\nOf those, 480 are for rent, \
                    320 for shared ownership and 520 for private sale.";
        let found = run(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, Severity::Warning);
        // "Of those, 480 …": 480 is a part, not the total of 320 and 520.
        let clean = "A total of 1,250 new homes will be built.\n\nOf those, 480 are for rent, 320 for \
                     shared ownership and 450 for private sale.";
        assert!(run(clean).iter().all(|(s, _)| *s != Severity::Error && *s != Severity::Warning), "{:?}", run(clean));
        // A noun alone makes no total: "one fan" is not the whole of the injured.
        let fan = "A stand collapsed.\n\n\"It swayed,\" said one fan.\n\nOf the injured, 412 were taken to \
                   hospital, 690 were treated at the scene and 84 at a sports hall.";
        assert!(run(fan).is_empty(), "{:?}", run(fan));
    }
}
