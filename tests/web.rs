//! The JavaScript binding, tested where it runs: in headless Chromium, through
//! wasm-bindgen-test (`wasm-pack test --headless --chrome`, run by `cargo xtask test`).
//!
//! These tests call the exported `check` exactly as the page does and read the result as a
//! JavaScript object, so they cover the marshalling (camelCase, nulls, both offset kinds)
//! and not only the Rust underneath.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::prelude::*;
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
    numcheck::wasm::check(text.into(), JsValue::UNDEFINED).expect("check returns a report")
}

/// `{ key: value, ... }` as a JavaScript object.
fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in fields {
        Reflect::set(&o, &JsValue::from_str(k), v).unwrap();
    }
    o.into()
}

/// What `check` threw for this text and these options: (error name, message).
fn refusal(text: JsValue, options: JsValue) -> (String, String) {
    let thrown = numcheck::wasm::check(text, options).expect_err("check throws");
    let error: js_sys::Error = thrown.dyn_into().expect("an Error object");
    (String::from(error.name()), String::from(error.message()))
}

#[wasm_bindgen(inline_js = "export function catching(f) { try { f(); return null; } catch (e) { return e; } }")]
extern "C" {
    /// Calls `f` from JavaScript and returns what it threw (null if nothing).
    fn catching(f: &dyn Fn()) -> JsValue;
}

#[wasm_bindgen_test]
fn returns_a_plain_object_in_camel_case() {
    let report = check(CANONICAL);
    assert_eq!(num(&report, "schemaVersion"), f64::from(numcheck::SCHEMA_VERSION));
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
fn truncation_reaches_javascript_as_null_or_a_camel_case_object() {
    assert!(get(&check(CANONICAL), "truncated").is_null());
    // More figures than one report reads, after a non-ASCII prefix so the offsets differ.
    let text = format!("€ é {}", "1 ".repeat(50_000));
    let report = check(&text);
    let truncated = get(&report, "truncated");
    let limit = num(&truncated, "figureLimit");
    assert_eq!(array(&report, "mentions").len() as f64, limit);
    let (at, byte_at) = (num(&truncated, "at") as u32, num(&truncated, "byteAt") as usize);
    assert_eq!(byte_at - at as usize, 3, "€ is 3 bytes and 1 code unit, é 2 and 1");
    assert_eq!(String::from(JsString::from(text.as_str()).slice(at, at + 1)), "1");
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
    let (name, message) = refusal("this text is longer than ten bytes".into(), options.into());
    assert_eq!(name, "Error");
    assert!(message.starts_with("numcheck: ") && message.contains("limit of 10 bytes"), "{message}");
}

#[wasm_bindgen_test]
fn unknown_check_ids_are_refused_by_name() {
    let options = object(&[("checks", Array::of1(&"no-such-check".into()).into())]);
    let (_, message) = refusal("5 people".into(), options);
    assert!(message.contains("unknown check 'no-such-check'"), "{message}");
}

#[wasm_bindgen_test]
fn unknown_option_fields_are_refused_naming_the_known_ones() {
    // serde-wasm-bindgen looks fields up by name, so deny_unknown_fields alone let this through.
    let (name, message) = refusal("5 people".into(), object(&[("minSeverty", "error".into())]));
    assert_eq!(name, "Error");
    assert!(message.contains("unknown option 'minSeverty'"), "{message}");
    assert!(message.contains("did you mean 'minSeverity'"), "{message}");
    assert!(message.contains("checks, minSeverity, referenceYear, maxInputBytes"), "{message}");
}

#[wasm_bindgen_test]
fn options_of_the_wrong_type_get_clear_errors() {
    let cases: [(&str, JsValue, &str); 5] = [
        ("checks", "arithmetic".into(), "option 'checks' must be an array of check ids"),
        ("checks", Array::of1(&JsValue::from_f64(3.0)).into(), "option 'checks' must be an array of check ids"),
        ("minSeverity", JsValue::from_f64(3.0), "option 'minSeverity' must be one of the strings"),
        ("referenceYear", "2024".into(), "option 'referenceYear' must be a whole number"),
        ("maxInputBytes", JsValue::from_f64(-1.0), "option 'maxInputBytes' must be a whole number of bytes"),
    ];
    for (key, value, expected) in cases {
        let (name, message) = refusal("5 people".into(), object(&[(key, value)]));
        assert_eq!(name, "Error", "{key}");
        assert!(message.contains(expected), "{key}: {message}");
    }
    let (_, message) = refusal("5 people".into(), object(&[("minSeverity", "fatal".into())]));
    assert!(message.contains("fatal") && message.contains("warning"), "{message}");
    for options in [JsValue::from_str("warning"), JsValue::from_f64(1.0), Array::new().into()] {
        let (name, message) = refusal("5 people".into(), options);
        assert_eq!(name, "TypeError");
        assert!(message.contains("options must be an object"), "{message}");
    }
}

/// Numbers for the tests below: the awkward ones, and random bit patterns.
fn numbers() -> Vec<f64> {
    let mut v = vec![
        3.0,
        1.5,
        -0.0,
        0.1 + 0.2,
        1e21,
        1e-7,
        1.5e-7,
        1e-6,
        123456789012345680000.0,
        5e-324,
        f64::MAX,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        3e9,
        -3e9,
        4294967296.0,
        9007199254740991.0,
        9007199254740992.0,
        1e300,
        -1e21,
        1152921504606846976.0,
    ];
    let mut x = 0x9e37_79b9_7f4a_7c15u64;
    for _ in 0..500 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        v.push(f64::from_bits(x));
        v.push((x >> 11) as f64 * 1e-9);
    }
    v
}

#[wasm_bindgen_test]
fn numbers_in_option_errors_are_written_as_rust_writes_them() {
    // src/wasm.rs writes them through JavaScript's Number#toString, laid out as Rust's `{}`.
    for n in numbers() {
        let (_, message) = refusal("5 people".into(), object(&[("minSeverity", JsValue::from_f64(n))]));
        assert!(message.ends_with(&format!("; got the number {n}")), "{n:e}: {message}");
    }
}

#[wasm_bindgen_test]
fn options_are_refused_with_serde_wasm_bindgens_own_messages() {
    // src/wasm.rs reads the options by hand; serde-wasm-bindgen, which read them before, is
    // the oracle for what is accepted and for the message.
    let mut cases: Vec<(&str, JsValue)> = vec![("minSeverity", "fatal".into()), ("minSeverity", "`".into())];
    for n in numbers().into_iter().filter(|n| n.is_finite() && n.fract() == 0.0) {
        cases.push(("referenceYear", JsValue::from_f64(n)));
        if n >= 0.0 {
            cases.push(("maxInputBytes", JsValue::from_f64(n)));
        }
    }
    for (key, value) in cases {
        let options = object(&[(key, value.clone())]);
        // (The empty text: no limit refuses it.)
        let ours = numcheck::wasm::check("".into(), options.clone());
        let theirs: Result<numcheck::Options, _> = serde_wasm_bindgen::from_value(options.clone());
        match (ours, theirs) {
            (Ok(_), Ok(_)) => {}
            (Err(_), Err(e)) => {
                let (_, message) = refusal("".into(), options);
                assert_eq!(message, format!("numcheck: bad options: {e}"), "{key}: {value:?}");
            }
            (ours, theirs) => {
                panic!("{key} {value:?}: ours {:?}, serde-wasm-bindgen {:?}", ours.is_ok(), theirs.is_ok())
            }
        }
    }
}

#[wasm_bindgen_test]
fn every_documented_option_is_accepted_and_null_means_absent() {
    let options = object(&[
        ("checks", Array::of2(&"arithmetic".into(), &"repeat".into()).into()),
        ("minSeverity", "warning".into()),
        ("referenceYear", JsValue::from_f64(2024.0)),
        ("maxInputBytes", JsValue::from_f64(1_000_000.0)),
    ]);
    let report = numcheck::wasm::check(CANONICAL.into(), options).expect("a report");
    assert!(array(&report, "findings").iter().all(|f| get(f, "severity").as_string().as_deref() != Some("note")));
    let nulls = object(&[("checks", JsValue::NULL), ("minSeverity", JsValue::UNDEFINED)]);
    assert!(numcheck::wasm::check(CANONICAL.into(), nulls).is_ok());
}

#[wasm_bindgen_test]
fn text_that_is_not_a_string_is_a_type_error_and_leaves_memory_intact() {
    // check(42) used to pass `undefined` lengths to wasm memory ("memory access out of bounds").
    let others: [JsValue; 5] =
        [JsValue::from_f64(42.0), JsValue::NULL, JsValue::UNDEFINED, Object::new().into(), JsValue::TRUE];
    for _ in 0..200 {
        for other in &others {
            let (name, message) = refusal(other.clone(), JsValue::UNDEFINED);
            assert_eq!(name, "TypeError");
            assert!(message.starts_with("numcheck: check(text) needs a string"), "{message}");
        }
    }
    assert_eq!(array(&check(CANONICAL), "findings").len(), array(&check(CANONICAL), "findings").len());
}

#[wasm_bindgen_test]
fn a_panic_is_thrown_as_an_error_and_the_instance_then_refuses_to_run() {
    // The hook's body, called as a panic would call it: a real panic here would leave the
    // test runner's own instance in a panicking state for every later test.
    let thrown =
        catching(&|| numcheck::wasm::on_panic("panicked at src/x.rs:1:2:\nbyte index 5 is not a char boundary"));
    let error: js_sys::Error = thrown.dyn_into().expect("the hook throws an Error");
    assert_eq!(String::from(error.name()), "NumcheckPanic");
    assert_eq!(
        String::from(error.message()),
        "numcheck panicked at src/x.rs:1:2:\nbyte index 5 is not a char boundary"
    );
    // Rust's state is unknown after a panic: the instance refuses further work, clearly.
    let (name, message) = refusal("5 people".into(), JsValue::UNDEFINED);
    assert_eq!(name, "NumcheckPanic");
    assert!(message.contains("cannot be used again"), "{message}");
    numcheck::wasm::forget_panic_for_tests();
    assert_eq!(num(&check("5 people"), "schemaVersion"), f64::from(numcheck::SCHEMA_VERSION));
}

#[wasm_bindgen_test]
fn empty_and_junk_input_return_reports() {
    for text in ["", "\u{0}\u{1}\u{fffd}\r\n\r\n", "١٢٣ ٤٥٦", "🎉🎉🎉 12 🎉"] {
        let report = check(text);
        assert_eq!(num(&report, "schemaVersion"), f64::from(numcheck::SCHEMA_VERSION));
    }
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(numcheck::wasm::version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn reports_are_what_serde_wasm_bindgen_made_of_them() {
    // src/wasm.rs builds the report object by hand; serde-wasm-bindgen, which built it from
    // `Report`'s `Serialize` before, is the oracle: same keys in the same order, the same
    // nulls and absences. (A field added to `Report` and not to `report_object` fails here.)
    let serializer =
        serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true).serialize_missing_as_null(true);
    let texts = [
        CANONICAL,
        "",
        "Over 1,200 staff, about 40% of them, up from 900 to 1,000 (an 11% rise); 3-4 sites.",
        &"1, ".repeat(41_000),
    ];
    for text in texts {
        let options = numcheck::Options { min_severity: Some(numcheck::Severity::Ok), ..Default::default() };
        let ours = numcheck::wasm::check(text.into(), object(&[("minSeverity", "ok".into())])).expect("a report");
        let report = numcheck::check(text, &options).expect("a report");
        let theirs = serde::Serialize::serialize(&report, &serializer).expect("serialisable");
        let json = |v: &JsValue| String::from(js_sys::JSON::stringify(v).expect("JSON"));
        assert_eq!(json(&ours), json(&theirs), "{}", text.get(..40).unwrap_or(text));
    }
}
