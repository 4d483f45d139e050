//! The JavaScript binding, tested where it runs: in headless Chromium, through
//! wasm-bindgen-test (`wasm-pack test --headless --chrome`, run by `cargo xtask test`).
//!
//! These tests call the exported `check` exactly as the page does and read the result as a
//! JavaScript object, so they cover the marshalling (camelCase, nulls, both offset kinds)
//! and not only the Rust underneath.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const CANONICAL: &str = include_str!("fixtures/canonical.txt");

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn num(v: &JsValue, key: &str) -> f64 {
    get(v, key).as_f64().unwrap_or_else(|| panic!("{key} is not a number"))
}

fn array(v: &JsValue, key: &str) -> Vec<JsValue> {
    get(v, key).dyn_into::<Array>().unwrap_or_else(|_| panic!("{key} is not an array")).to_vec()
}

fn check(text: &str) -> JsValue {
    numcheck::wasm::check(text, JsValue::UNDEFINED).expect("check returns a report")
}

#[wasm_bindgen_test]
fn returns_a_plain_object_in_camel_case() {
    let report = check(CANONICAL);
    assert_eq!(num(&report, "schemaVersion"), 1.0);
    let mentions = array(&report, "mentions");
    assert!(mentions.len() > 5);
    let span = get(&mentions[0], "span");
    for key in ["start", "end", "byteStart", "byteEnd"] {
        assert!(get(&span, key).as_f64().is_some(), "span.{key}");
    }
    // Absent values are null, not undefined, as in the JSON the CLI prints.
    let year = mentions.iter().find(|m| get(m, "kind").as_string().as_deref() == Some("year")).unwrap();
    assert!(get(year, "noun").is_null());
}

#[wasm_bindgen_test]
fn canonical_article_gets_the_hedged_arithmetic_note() {
    let report = check(CANONICAL);
    let findings = array(&report, "findings");
    let arithmetic = findings
        .iter()
        .find(|f| get(f, "check").as_string().as_deref() == Some("arithmetic"))
        .expect("an arithmetic finding");
    assert_eq!(get(arithmetic, "verdict").as_string().as_deref(), Some("consistentWithHedge"));
    assert_eq!(get(arithmetic, "severity").as_string().as_deref(), Some("note"));
    assert!(get(arithmetic, "message").as_string().unwrap().contains("1,210"));
    assert!(findings.iter().all(|f| get(f, "severity").as_string().as_deref() != Some("error")));
}

#[wasm_bindgen_test]
fn utf16_offsets_slice_the_javascript_string() {
    // Emoji (surrogate pairs), accents and right-to-left text before the figures.
    let text = "😀 Ünïcödé — نص عربي 👩‍👩‍👧: the firm employs 2,300 people. It will cut 450 jobs, leaving 1,950 staff.";
    let report = check(text);
    let js_text = JsString::from(text);
    for m in array(&report, "mentions") {
        let span = get(&m, "span");
        let sliced = js_text.slice(num(&span, "start") as u32, num(&span, "end") as u32);
        assert_eq!(String::from(sliced), get(&m, "text").as_string().unwrap());
        let (b0, b1) = (num(&span, "byteStart") as usize, num(&span, "byteEnd") as usize);
        assert_eq!(&text[b0..b1], get(&m, "text").as_string().unwrap());
    }
    let findings = array(&report, "findings");
    assert_eq!(findings.len(), 1);
    assert_eq!(get(&findings[0], "severity").as_string().as_deref(), Some("error"));
}

#[wasm_bindgen_test]
fn refused_input_throws_a_clear_error() {
    let options = js_sys::Object::new();
    Reflect::set(&options, &"maxInputBytes".into(), &JsValue::from_f64(10.0)).unwrap();
    let err = numcheck::wasm::check("this text is longer than ten bytes", options.into()).unwrap_err();
    let message = String::from(err.message());
    assert!(message.contains("limit of 10 bytes"), "{message}");
}

#[wasm_bindgen_test]
fn unknown_options_are_refused_by_name() {
    let options = js_sys::Object::new();
    Reflect::set(&options, &"checks".into(), &Array::of1(&"no-such-check".into())).unwrap();
    let message = String::from(numcheck::wasm::check("5 people", options.into()).unwrap_err().message());
    assert!(message.contains("unknown check 'no-such-check'"), "{message}");
}

#[wasm_bindgen_test]
fn empty_and_junk_input_return_reports() {
    for text in ["", "\u{0}\u{1}\u{fffd}\r\n\r\n", "١٢٣ ٤٥٦", "🎉🎉🎉 12 🎉"] {
        let report = check(text);
        assert_eq!(num(&report, "schemaVersion"), 1.0);
    }
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(numcheck::wasm::version(), env!("CARGO_PKG_VERSION"));
}
