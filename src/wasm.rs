//! The wasm-bindgen shell: marshalling only.
//!
//! `check(text, options?)` returns the report as a plain JS object (serde-wasm-bindgen, with
//! maps as objects so that field access works as in JSON) or throws an `Error` whose message
//! is numcheck's own.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::Options;

#[wasm_bindgen(start)]
fn start() {
    // A panic would otherwise surface as "unreachable executed" with no hint of where.
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!("numcheck panicked: {info}")));
    }));
}

/// Checks `text` and returns the report (see docs/report.md).
#[wasm_bindgen]
pub fn check(text: &str, options: JsValue) -> Result<JsValue, js_sys::Error> {
    let options: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| js_sys::Error::new(&format!("numcheck: bad options: {e}")))?
    };
    let report = crate::check(text, &options).map_err(|e| js_sys::Error::new(&format!("numcheck: {e}")))?;
    let serializer =
        serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true).serialize_missing_as_null(true);
    report.serialize(&serializer).map_err(|e| js_sys::Error::new(&format!("numcheck: {e}")))
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::version().to_string()
}
