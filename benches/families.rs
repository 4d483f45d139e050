//! Adversarial input families: texts built to find the paths where cost grows faster than
//! the text. Shared by the scaling suite (`examples/scaling.rs`, run under valgrind by
//! `cargo xtask test`) and the native benchmark (`benches/native.rs`).
//!
//! Each family is a short unit repeated to the requested size, so that 1× and 10× differ
//! only in length. The units are what a hostile or unlucky paste contains: runs of one
//! punctuation character, letters glued to digits, one sentence with no full stop, dense
//! figures, hedges stacked on hedges, very long words, long lines without a space.

/// A family: its name and the unit that is repeated.
pub struct Family {
    pub name: &'static str,
    pub unit: &'static str,
}

/// Every family. `news` is the yardstick: ordinary prose with figures, as in the corpus.
pub const FAMILIES: &[Family] = &[
    // Built from the corpus instead of a unit: see `text`.
    Family { name: "news", unit: "" },
    // Runs of one punctuation character, and the same character between figures.
    Family { name: "periods", unit: "." },
    Family { name: "commas", unit: "," },
    Family { name: "hyphens", unit: "-" },
    Family { name: "en-dashes", unit: "–" },
    Family { name: "slashes", unit: "/" },
    Family { name: "colons", unit: ":" },
    Family { name: "apostrophes", unit: "'" },
    Family { name: "quotes", unit: "\"“”" },
    Family { name: "parentheses", unit: "((" },
    Family { name: "percent-signs", unit: "%" },
    Family { name: "currency-signs", unit: "£$€" },
    Family { name: "spaces", unit: " " },
    Family { name: "no-break-spaces", unit: "\u{a0}\u{202f}" },
    Family { name: "newlines", unit: "\n" },
    Family { name: "blank-lines", unit: "\n \n" },
    Family { name: "digits-and-periods", unit: "1." },
    Family { name: "digits-and-commas", unit: "1," },
    Family { name: "digits-and-hyphens", unit: "1-" },
    Family { name: "digits-and-en-dashes", unit: "£1–" },
    Family { name: "digits-and-slashes", unit: "1/" },
    Family { name: "digits-and-colons", unit: "1:" },
    Family { name: "digits-and-spaces", unit: "1 " },
    Family { name: "thousands-groups", unit: " 000" },
    Family { name: "signed-figures", unit: "−1 " },
    Family { name: "spaced-minus", unit: "- 1 " },
    // Letters glued to digits.
    Family { name: "letter-digit", unit: "x1" },
    Family { name: "digit-letter", unit: "1x" },
    Family { name: "scales-glued", unit: "1bn" },
    Family { name: "ordinals-glued", unit: "1st" },
    // One sentence with no full stop, many figures.
    Family { name: "one-sentence", unit: "the firm has 1,200 staff and cut 450 jobs, leaving 750 people, " },
    Family { name: "dense-figures", unit: "It has 12 people, 34% of 56 staff; " },
    Family { name: "number-table", unit: "12 34 56 78 90 " },
    Family { name: "number-words", unit: "thirty-five " },
    Family { name: "compound-words", unit: "one hundred and " },
    Family { name: "one-in", unit: "one in " },
    Family { name: "between", unit: "between 1 and " },
    Family { name: "from-to", unit: "from 1 to " },
    Family { name: "tallies", unit: "98-2 " },
    Family { name: "money", unit: "$3bn (£2bn) " },
    Family { name: "percentages", unit: "up 5% to 7 points " },
    // Hedges on hedges, long words, long lines.
    Family { name: "deep-hedges", unit: "more than " },
    Family { name: "hedged-figures", unit: "just under about nearly 5 " },
    Family { name: "long-word", unit: "a" },
    Family { name: "long-word-digits", unit: "ab1" },
    Family { name: "no-spaces", unit: "1,2;3:4.5-6/7(8)9%" },
    Family { name: "urls", unit: "http://example.com/2024/01/15/story-1234.html?id=5&x=6" },
    Family { name: "abbreviations", unit: "U.S. " },
    Family { name: "capitalised", unit: "Flight 370 " },
    Family { name: "non-latin", unit: "٣٤ 中文 😀 1 é̃ " },
];

/// The family's unit repeated to about `bytes` bytes (whole units only). `news` is the
/// corpus of real articles (`../shared/corpus/articles`), joined and repeated or cut to size.
pub fn text(family: &Family, bytes: usize) -> String {
    if family.unit.is_empty() {
        let corpus = corpus().join("\n\n");
        let mut text = corpus.repeat(bytes / corpus.len() + 1);
        let mut end = bytes.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
        return text;
    }
    family.unit.repeat(bytes / family.unit.len())
}

/// The corpus articles, in file order.
pub fn corpus() -> Vec<String> {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/articles");
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files.iter().map(|p| std::fs::read_to_string(p).expect("corpus articles are UTF-8")).collect()
}

/// The family named `name`.
pub fn find(name: &str) -> Option<&'static Family> {
    FAMILIES.iter().find(|f| f.name == name)
}
