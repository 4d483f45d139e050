//! Arbitrary bytes (as lossy UTF-8) through the whole pipeline, report included: no panic,
//! spans on char boundaries and agreeing in both encodings, figures reading back. Seeded
//! with the corpus articles and the catalogue's examples (`cargo xtask fuzz`), with
//! figure-shaped tokens in its dictionary (fuzz/figures.dict).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    invariants::check_text(&String::from_utf8_lossy(data));
});
