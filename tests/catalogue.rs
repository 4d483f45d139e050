//! Every example of ../shared/spec/checks.md, in both directions: the must-flag examples
//! give an error or warning from their check, the must-not-flag ones give none (from any
//! check). Kept as data so that the table reads like the catalogue.
#![cfg(not(target_arch = "wasm32"))]

use numcheck::{check, Options, Severity};

/// (check id, text) pairs the check must flag with an error or a warning.
const MUST_FLAG: &[(&str, &str)] = &[
    ("arithmetic", "The agency employs 2,300 people. It will cut 450 jobs, leaving 1,950 staff."),
    ("parts-total", "Of the 40 delegates, 22 voted yes, 15 voted no and 5 abstained."),
    ("known-total", "The Senate passed it 61-42."),
    ("percent-of", "Of 250 respondents, 80 (40%) said yes."),
    ("percent-total", "Support was 52%, opposition 45% and 8% were undecided."),
    ("percent-change", "Sales rose from 40,000 to 60,000, a 30% increase."),
    ("percentage-points", "Unemployment rose from 5% to 7%, an increase of 2 percent."),
    ("multiple", "Enrolment doubled from 1,100 to 2,900."),
    ("conversion", "The trail is 10 miles (25 km) long."),
    ("conversion", "It reached 40°C (86°F)."),
    ("repeat", "755 diplomats must leave, Moscow said. Officials said the 775 diplomats will go by September."),
    ("part-whole", "30 of the 25 board members signed."),
    ("age-year", "Born in 1950, the 55-year-old retired in 2017."),
    ("age-year", "From 2001 to 2010, a period of twelve years, prices rose."),
    ("exchange-rate", "The fine was 250 euros (£173). The contract is worth 1.5bn euros (£1.3bn)."),
];

/// Texts on which no check may report an error or a warning.
const MUST_NOT_FLAG: &[&str] = &[
    "The agency employs 2,300 people. It will cut 450 jobs, leaving 1,850 staff.",
    "The agency employs over 2,300 people. It will cut 450 jobs, leaving 1,860 staff.",
    "Of the 40 delegates, 22 voted yes, 15 voted no and 3 abstained.",
    "The Senate passed it 61-37.",
    "The House passed it 350-70.",
    "Of 250 respondents, 80 (32%) said yes.",
    "Support was 52%, opposition 41% and 7% were undecided.",
    "Support was 52.4%, opposition 41.3% and 6.4% were undecided.",
    "Sales rose from 40,000 to 60,000, a 50% increase.",
    "Unemployment rose from 5% to 7%, an increase of 2 percentage points.",
    "Enrolment nearly tripled from 1,100 to 3,200.",
    "The trail is 10 miles (16 km) long.",
    "He is 6 feet (1.8 m) tall.",
    "The bag weighs 100 kg (220 lb).",
    "Russia expelled thirty-five diplomats. Later the 35 expelled diplomats left.",
    "About 1.2 million people voted, officials said. The 1,234,567 people who voted chose a new mayor.",
    "20 of the 25 board members signed.",
    "Born in 1950, she retired in 2017 at 67.",
    "Born in 1950, she retired in 2017 at 66.",
    // The traps named in the issue: compound growth, an index name, a 5-4 ruling by nine
    // justices, a fiscal year span, per-unit prices.
    "Prices rose 10% and another 10%, 21% in all.",
    "The S&P 500 fell 2% as 500 traders left, leaving 300 staff.",
    "The Supreme Court ruled 5-4; the nine justices split on party lines.",
    "Revenue in fiscal 2013-14 was $40m, up from $30m in 2012-13.",
    "Tickets cost $10 each; 500 tickets were sold for $5,000 in all.",
];

fn flagged(text: &str, id: Option<&str>) -> Vec<(String, Severity, String)> {
    let options = Options { checks: id.map(|i| vec![i.to_string()]), ..Options::default() };
    check(text, &options)
        .unwrap()
        .findings
        .into_iter()
        .filter(|f| f.severity >= Severity::Warning)
        .map(|f| (f.check.to_string(), f.severity, f.message))
        .collect()
}

#[test]
fn must_flag_examples_are_flagged_by_their_check() {
    let missed: Vec<_> = MUST_FLAG.iter().filter(|(id, text)| flagged(text, Some(id)).is_empty()).collect();
    assert!(missed.is_empty(), "not flagged: {missed:#?}");
}

#[test]
fn must_not_flag_examples_are_quiet_under_every_check() {
    let loud: Vec<_> =
        MUST_NOT_FLAG.iter().map(|text| (text, flagged(text, None))).filter(|(_, f)| !f.is_empty()).collect();
    assert!(loud.is_empty(), "flagged: {loud:#?}");
}

#[test]
fn the_canonical_article_gets_exactly_the_findings_the_catalogue_describes() {
    let text = include_str!("fixtures/canonical.txt");
    let report = check(text, &Options::default()).unwrap();
    let by_check = |id: &str| report.findings.iter().filter(|f| f.check == id).collect::<Vec<_>>();
    let known: Vec<_> = by_check("known-total").iter().map(|f| (f.severity, f.stated)).collect();
    assert_eq!(known, vec![(Severity::Ok, Some(100.0)), (Severity::Ok, Some(422.0))]);
    assert_eq!(by_check("arithmetic").len(), 1);
    assert!(report.findings.iter().all(|f| f.severity <= Severity::Note), "{:#?}", report.findings);
}
