//! Structure-aware fuzzing: the fuzzer's bytes choose the pieces of news-like sentences
//! (tests/support/newsgen.rs) — figures with signs, currencies, dashes, scales, units,
//! hedges and nouns, between the words and punctuation of real copy — and the whole
//! pipeline must keep every invariant of tests/support/invariants.rs: no panic, spans
//! agreeing in both encodings, every figure reading back to its value, a deterministic
//! report.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/invariants.rs"]
mod invariants;
#[path = "../../tests/support/newsgen.rs"]
mod newsgen;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = newsgen::text(&mut arbitrary::Unstructured::new(data)) {
        invariants::check_text(&text);
    }
});
