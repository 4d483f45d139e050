//! Arbitrary input never panics, and every span describes the same text in both encodings.
//!
//! A panic in wasm kills the widget, so these properties run over arbitrary Unicode, over
//! text built from the pieces figures are made of (digits, separators, number words, signs,
//! currency, hedges), and over the hostile cases named in the engineering standards.
#![cfg(not(target_arch = "wasm32"))]

use numcheck::{check, Options};
use proptest::prelude::*;

#[path = "support/invariants.rs"]
mod invariants;
#[path = "support/newsgen.rs"]
mod newsgen;

use invariants::check_text as run;

/// Pieces that figures and their context are made of, glued at random.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[0-9]{1,4}",
        Just(",".to_string()),
        Just(".".to_string()),
        Just("-".to_string()),
        Just("−".to_string()),
        Just("–".to_string()),
        Just(" ".to_string()),
        Just("\u{a0}".to_string()),
        Just("%".to_string()),
        Just("$".to_string()),
        Just("£".to_string()),
        Just("€".to_string()),
        Just("US$".to_string()),
        Just("bn".to_string()),
        Just(" million".to_string()),
        Just(" per cent".to_string()),
        Just("thirty-five ".to_string()),
        Just("a dozen ".to_string()),
        Just("over ".to_string()),
        Just("more than ".to_string()),
        Just("leaving ".to_string()),
        Just("cut ".to_string()),
        Just("reduced to ".to_string()),
        Just(" staff".to_string()),
        Just(" people".to_string()),
        Just(". ".to_string()),
        Just("\r\n".to_string()),
        Just("\n\n".to_string()),
        Just("😀".to_string()),
        Just("é".to_string()),
        Just("\u{301}".to_string()),
        Just("نص".to_string()),
        Just("U.S.".to_string()),
        Just("Flight ".to_string()),
        "[a-zA-Z]{1,6}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode_never_panics(text in any::<String>()) {
        run(&text);
    }

    #[test]
    fn figure_shaped_text_never_panics(text in newsy()) {
        run(&text);
    }
}

/// How many generated texts to check: 2,048 in every test run, more when asked
/// (`NUMCHECK_GENERATED=1000000 cargo test --release --test robustness generated`, the long
/// run before a release).
fn generated_cases() -> u32 {
    std::env::var("NUMCHECK_GENERATED").ok().and_then(|v| v.parse().ok()).unwrap_or(2048)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: generated_cases(), ..ProptestConfig::default() })]

    /// The fuzz target's structure-aware generator (tests/support/newsgen.rs), driven by
    /// proptest's bytes: sentences of figures with signs, currencies, dashes, scales,
    /// units, hedges and nouns, the way articles are written.
    #[test]
    fn generated_news_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        if let Ok(text) = newsgen::text(&mut arbitrary::Unstructured::new(&bytes)) {
            run(&text);
        }
    }
}

#[test]
fn hostile_inputs_return_reports() {
    let huge_number = format!("{} people", "9".repeat(500));
    let power = format!("1{} dollars", "0".repeat(400));
    let cases = [
        "",
        " ",
        "\0\0\0",
        "\r\n\r\n\r\n",
        "٣٤٥ نص عربي 12 مثال",
        "👩‍👩‍👧‍👦 12 👩‍👩‍👧‍👦",
        "e\u{301}\u{301}\u{301} 5%",
        "1,,,,2....3----4",
        "-.5 .5. 5.-",
        "$$$£££€€€ bn bn m k",
        "over over over over 5",
        // Found by cargo fuzz (fuzz/): a time followed by a multi-byte character.
        "8:82\u{a5}.\"\"T",
        "8:82\u{fffd}.\"\"T",
        &huge_number,
        &power,
    ];
    for text in cases {
        run(text);
    }
}

#[test]
fn five_megabytes_of_junk_and_of_news_are_checked() {
    // Just under the default limit: the biggest input the page accepts.
    let limit = 5 * 1024 * 1024;
    let junk: String =
        (0..limit / 4).map(|i| char::from_u32(0x20 + ((i as u64 * 7919) % 0x2000) as u32).unwrap_or(' ')).collect();
    let junk = &junk[..junk.char_indices().map(|(i, _)| i).take_while(|&i| i < limit - 8).last().unwrap_or(0)];
    run(junk);
    let paragraph = "The agency employs 2,300 people. It will cut 450 jobs, leaving 1,950 staff. About 60% agreed.\n\n";
    let news = paragraph.repeat(limit / paragraph.len() - 1);
    let report = check(&news, &Options::default()).unwrap();
    // Five figures per 95 bytes is denser than real news: the report stops at its figure
    // limit, and every remainder read up to there is checked.
    let read = report.truncated.map_or(news.len(), |t| t.byte_at);
    assert!(read < news.len());
    assert_eq!(report.findings.len(), news[..read].matches("leaving").count());
    let over = "x".repeat(limit + 1);
    assert!(check(&over, &Options::default()).is_err());
}

/// Every figure the 500 corpus articles hold reads back to its value when its text is
/// checked alone (issue 8: "every mention's text parses back to its value").
#[test]
fn every_figure_of_the_corpus_reads_back() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/articles");
    let mut read = 0;
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("a directory entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).expect("corpus articles are UTF-8");
            let report = check(&text, &Options::default()).expect("articles are within the limit");
            invariants::assert_figures_reread(&report);
            read += report.mentions.len();
        }
    }
    assert!(read > 5000, "the corpus was read ({read} figures)");
}
