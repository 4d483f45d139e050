//! The wasm-bindgen shell: marshalling only.
//!
//! `check(text, options?)` returns the report as a plain JS object (built by
//! `report_object` as serde-wasm-bindgen built it, so that field access works as in JSON)
//! or throws:
//!
//! - a `TypeError` when `text` is not a string or `options` is not an object;
//! - an `Error` whose message starts with `numcheck: ` for refused input (too large) and bad
//!   options (an unknown field, a field of the wrong type, an unknown check id);
//! - an `Error` named `NumcheckPanic` when numcheck itself failed (a bug). The module is
//!   unusable after that: Rust's state is whatever it was mid-call, so every later call
//!   throws `NumcheckPanic` too, and the caller must instantiate the module afresh
//!   (`www/engine.js` does this for the page and the widget).
//!
//! The text and the options arrive as `JsValue`s and are checked here, because
//! wasm-bindgen's own `&str` marshalling trusts JavaScript: `check(42)` used to write through
//! `undefined` lengths into wasm memory.

use std::sync::atomic::{AtomicBool, Ordering};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::text::Own as _;
use crate::{Options, Report};

/// Set by the panic hook: this instance panicked and must not run again.
static PANICKED: AtomicBool = AtomicBool::new(false);

#[wasm_bindgen(start)]
fn start() {
    install_panic_hook();
}

/// Makes a panic throw a JavaScript `Error` named `NumcheckPanic` carrying the panic's
/// message, instead of trapping with a bare "unreachable". Runs at instantiation.
#[doc(hidden)]
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| on_panic(&info.to_string())));
}

/// The panic hook's body, given the panic as Rust prints it ("panicked at src/x.rs:1:2:\n…"):
/// logs it, marks the instance unusable and throws it. Throwing unwinds the wasm frames
/// like the trap would have, but the caller gets the message. Public (hidden) so that
/// tests/web.rs can exercise it without panicking the test runner's own instance.
#[doc(hidden)]
pub fn on_panic(panic: &str) -> ! {
    PANICKED.store(true, Ordering::SeqCst);
    let message = format!("numcheck {panic}");
    web_sys::console::error_1(&JsValue::from_str(&message));
    wasm_bindgen::throw_val(panic_error(&message).into())
}

/// For tests/web.rs only: lets the other tests run after the one that calls `on_panic`.
#[doc(hidden)]
pub fn forget_panic_for_tests() {
    PANICKED.store(false, Ordering::SeqCst);
}

fn panic_error(message: &str) -> js_sys::Error {
    let error = js_sys::Error::new(message);
    error.set_name("NumcheckPanic");
    error
}

fn error(message: String) -> JsValue {
    js_sys::Error::new(&format!("numcheck: {message}")).into()
}

fn type_error(message: String) -> JsValue {
    js_sys::TypeError::new(&format!("numcheck: {message}")).into()
}

/// Checks `text` and returns the report (see docs/report.md).
#[wasm_bindgen]
pub fn check(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    if PANICKED.load(Ordering::SeqCst) {
        return Err(panic_error(
            "numcheck: this instance hit an internal error (a panic) on an earlier text and cannot be used again; \
             instantiate the module afresh (numcheck/engine does this for you)",
        )
        .into());
    }
    let Some(text) = text.as_string() else {
        return Err(type_error(format!("check(text) needs a string; got {}", describe(&text))));
    };
    let options = read_options(options)?;
    let report = crate::check(&text, &options).map_err(|e| error(e.to_string()))?;
    Ok(report_object(&report))
}

#[wasm_bindgen]
extern "C" {
    /// An object whose properties are set by key (`object[key] = value`).
    type Object;

    #[wasm_bindgen(method, indexing_setter)]
    fn set(this: &Object, key: &JsValue, value: JsValue);
}

/// The report as a JavaScript object, built here: exactly what serde-wasm-bindgen made of
/// `Report`'s `Serialize` (`serialize_missing_as_null`): the fields in declaration order,
/// named in camelCase, `None` as `null`, numbers as numbers, kinds and verdicts by their
/// serialised names (`report::kind_name`…), `values` absent when empty and
/// `expected`/`stated` when `None`. Its generic serializer, the derived impls and its cache
/// of keys (a hash map in a thread-local) took 9.6 KB of the module (3 KB in brotli); here
/// each key is made once per report.
fn report_object(report: &Report) -> JsValue {
    let key = |name: &str| JsValue::from_str(name);
    let (id, span, text, value, values, kind, unit) =
        (key("id"), key("span"), key("text"), key("value"), key("values"), key("kind"), key("unit"));
    let (qualifier, noun, role, sentence, bound) =
        (key("qualifier"), key("noun"), key("role"), key("sentence"), key("bound"));
    let (start, end, byte_start, byte_end) = (key("start"), key("end"), key("byteStart"), key("byteEnd"));
    let (check, severity, verdict, mentions, message, expected, stated) = (
        key("check"),
        key("severity"),
        key("verdict"),
        key("mentions"),
        key("message"),
        key("expected"),
        key("stated"),
    );
    // The `&'static str` values (kinds, units, roles, check ids…) repeat: each is made a
    // JavaScript string once.
    let mut names = Names(Vec::new());
    let number = |n: usize| JsValue::from_f64(n as f64);
    let float = |v: Option<f64>| v.map_or(JsValue::NULL, JsValue::from_f64);
    let span_object = |s: &crate::span::Span| {
        let o = object();
        o.set(&start, number(s.start));
        o.set(&end, number(s.end));
        o.set(&byte_start, number(s.byte_start));
        o.set(&byte_end, number(s.byte_end));
        JsValue::from(o)
    };
    let mention_objects = js_sys::Array::new();
    for (i, m) in report.mentions.iter().enumerate() {
        let o = object();
        o.set(&id, number(m.id));
        o.set(&span, span_object(&m.span));
        o.set(&text, JsValue::from_str(&m.text));
        o.set(&value, float(m.value));
        if !m.values.is_empty() {
            o.set(&values, array(m.values.iter().map(|&v| JsValue::from_f64(v))));
        }
        o.set(&kind, names.get(crate::report::kind_name(m.kind)));
        o.set(&unit, m.unit.map_or(JsValue::NULL, |u| names.get(u)));
        let q = m.qualifier.as_ref().map_or(JsValue::NULL, |q| {
            let qo = object();
            qo.set(&text, JsValue::from_str(&q.text));
            qo.set(&bound, names.get(crate::report::bound_name(q.bound)));
            qo.set(&span, span_object(&q.span));
            JsValue::from(qo)
        });
        o.set(&qualifier, q);
        o.set(&noun, m.noun.as_deref().map_or(JsValue::NULL, JsValue::from_str));
        o.set(&role, m.role.map_or(JsValue::NULL, |r| names.get(r)));
        o.set(&sentence, number(m.sentence));
        mention_objects.set(i as u32, o.into());
    }
    let finding_objects = js_sys::Array::new();
    for (i, f) in report.findings.iter().enumerate() {
        let o = object();
        o.set(&check, names.get(f.check));
        o.set(&severity, names.get(f.severity.as_str()));
        o.set(&verdict, names.get(crate::report::verdict_name(f.verdict)));
        o.set(&mentions, array(f.mentions.iter().map(|&m| number(m))));
        o.set(&span, span_object(&f.span));
        o.set(&message, JsValue::from_str(&f.message));
        if let Some(v) = f.expected {
            o.set(&expected, JsValue::from_f64(v));
        }
        if let Some(v) = f.stated {
            o.set(&stated, JsValue::from_f64(v));
        }
        finding_objects.set(i as u32, o.into());
    }
    let truncated = report.truncated.map_or(JsValue::NULL, |t| {
        let o = object();
        o.set(&key("figureLimit"), number(t.figure_limit));
        o.set(&key("at"), number(t.at));
        o.set(&key("byteAt"), number(t.byte_at));
        JsValue::from(o)
    });
    let o = object();
    o.set(&key("schemaVersion"), JsValue::from_f64(f64::from(report.schema_version)));
    o.set(&mentions, mention_objects.into());
    o.set(&key("findings"), finding_objects.into());
    o.set(&key("truncated"), truncated);
    o.into()
}

/// JavaScript strings for the report's `&'static str`s, each made once (found again by
/// address: a handful of distinct ones per report).
struct Names(Vec<(&'static str, JsValue)>);

impl Names {
    fn get(&mut self, name: &'static str) -> JsValue {
        if let Some((_, js)) = self.0.iter().find(|(n, _)| std::ptr::eq(*n, name)) {
            return js.clone();
        }
        let js = JsValue::from_str(name);
        self.0.push((name, js.clone()));
        js
    }
}

/// A new array of `values` (set by index, each value handed over, as serde-wasm-bindgen did).
fn array(values: impl Iterator<Item = JsValue>) -> JsValue {
    let array = js_sys::Array::new();
    for (i, v) in values.enumerate() {
        array.set(i as u32, v);
    }
    array.into()
}

/// A new plain object (`{}`).
fn object() -> Object {
    js_sys::Object::new().unchecked_into()
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::version().own()
}

/// `undefined` and `null` mean the defaults; anything else must be a plain object whose own
/// keys are all options `Options` knows, each of the right JavaScript type.
///
/// serde-wasm-bindgen reads a struct by looking its fields up by name, so it never sees an
/// unknown key and `deny_unknown_fields` has no effect: the keys are checked here.
fn read_options(options: JsValue) -> Result<Options, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    if !options.is_object() || js_sys::Array::is_array(&options) || options.is_function() {
        return Err(type_error(format!(
            "options must be an object such as {{ minSeverity: \"warning\" }}; got {}",
            describe(&options)
        )));
    }
    let known = option_names();
    let object: &js_sys::Object = options.unchecked_ref();
    for key in js_sys::Object::keys(object).iter() {
        let key = key.as_string().unwrap_or_default();
        let value = js_sys::Reflect::get(object, &JsValue::from_str(&key)).unwrap_or(JsValue::UNDEFINED);
        if !known.contains(&key.as_str()) {
            let hint = known
                .iter()
                .find(|k| k.eq_ignore_ascii_case(&key) || edit_distance(k, &key) <= 2)
                .map(|k| format!(" (did you mean '{k}'?)"))
                .unwrap_or_default();
            return Err(error(format!("unknown option '{key}'{hint}; the known options are: {}", known.join(", "))));
        }
        if value.is_undefined() || value.is_null() {
            continue;
        }
        check_type(&key, &value)?;
    }
    read_fields(object)
}

/// The options' values, read as serde-wasm-bindgen read them (by name, inherited properties
/// too, `undefined` and `null` as absent, in the struct's field order) and refused with the
/// messages it gave ("bad options: Error: …", serde's wording). Read by hand because its
/// deserializer, for one of those messages ("floating point `1e300`"), brought core's float
/// formatting (18 KB) into the module.
fn read_fields(object: &js_sys::Object) -> Result<Options, JsValue> {
    let bad = |message: String| error(format!("bad options: Error: {message}"));
    let mut options = Options::default();
    for &key in option_names() {
        let value = js_sys::Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED);
        if value.is_undefined() || value.is_null() {
            continue;
        }
        // (Own keys were checked above; an inherited value is checked here.)
        check_type(key, &value)?;
        match key {
            "checks" => {
                let ids = value.unchecked_ref::<js_sys::Array>().iter().map(|id| id.as_string().unwrap_or_default());
                options.checks = Some(ids.collect());
            }
            "minSeverity" => {
                let name = value.as_string().unwrap_or_default();
                options.min_severity = Some(match name.as_str() {
                    "ok" => crate::Severity::Ok,
                    "note" => crate::Severity::Note,
                    "warning" => crate::Severity::Warning,
                    "error" => crate::Severity::Error,
                    _ => {
                        return Err(bad(format!(
                            "unknown variant `{name}`, expected one of `ok`, `note`, `warning`, `error`"
                        )))
                    }
                });
            }
            "referenceYear" => {
                let year = whole(&value, "i32")?;
                let year =
                    i32::try_from(year).map_err(|_| bad(format!("invalid value: integer `{year}`, expected i32")))?;
                options.reference_year = Some(year);
            }
            "maxInputBytes" => {
                let bytes = whole(&value, "usize")?;
                let bytes = usize::try_from(bytes)
                    .map_err(|_| bad(format!("invalid value: integer `{bytes}`, expected usize")))?;
                options.max_input_bytes = Some(bytes);
            }
            _ => {}
        }
    }
    Ok(options)
}

/// A number serde-wasm-bindgen reads as an integer: a safe integer (|n| < 2^53). Any other
/// number it refused as a float, written as serde writes one (Rust's digits, ".0" when they
/// have no point).
fn whole(value: &JsValue, expected: &str) -> Result<i64, JsValue> {
    if js_sys::Number::is_safe_integer(value) {
        return Ok(value.as_f64().unwrap_or(0.0) as i64);
    }
    let n = shortest(value.as_f64().unwrap_or(f64::NAN));
    let point = if n.contains('.') || crate::text::has(&n, "inf") || crate::text::has(&n, "NaN") { "" } else { ".0" };
    Err(error(format!("bad options: Error: invalid type: floating point `{n}{point}`, expected {expected}")))
}

/// `format!("{n}")` (the shortest digits that read back as `n`, never an exponent) from
/// JavaScript's `Number.prototype.toString`, which chooses the same digits — the fewest
/// that read back as `n`, and of those the nearest (an exact tie cannot arise: a double
/// halfway between two such candidates would itself be shorter) — laid out as Rust lays
/// them out. Rust's own would bring core's float formatting, 18 KB, into the module for
/// the messages about bad options.
fn shortest(n: f64) -> String {
    if n.is_nan() {
        return "NaN".own();
    }
    if n.is_infinite() {
        return if n < 0.0 { "-inf" } else { "inf" }.own();
    }
    if n == 0.0 {
        return if n.is_sign_negative() { "-0" } else { "0" }.own();
    }
    let js: String = js_sys::Number::from(n).to_string_with_radix(10).map(String::from).unwrap_or_default();
    let (sign, body) = match js.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", js.as_str()),
    };
    // "1.5e-7", "1e+21": JavaScript's exponent form, below 1e-6 and from 1e21.
    let Some((mantissa, exponent)) = body.split_once('e') else { return js };
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let point = 1 + exponent.parse::<i64>().unwrap_or(0);
    let len = digits.len() as i64;
    let laid = if point >= len {
        format!("{digits}{}", "0".repeat((point - len) as usize))
    } else if point <= 0 {
        format!("0.{}{digits}", "0".repeat(point.unsigned_abs() as usize))
    } else {
        let mut d = digits;
        d.insert(point as usize, '.');
        d
    };
    format!("{sign}{laid}")
}

/// The JavaScript type each documented option must have (docs/report.md, "Options").
fn check_type(key: &str, value: &JsValue) -> Result<(), JsValue> {
    let integer = |v: &JsValue| v.as_f64().is_some_and(|n| n.is_finite() && n.fract() == 0.0);
    let problem = match key {
        "checks" => {
            let all_strings = js_sys::Array::is_array(value)
                && value.unchecked_ref::<js_sys::Array>().iter().all(|id| id.is_string());
            (!all_strings).then_some("an array of check ids such as [\"arithmetic\", \"repeat\"]")
        }
        "minSeverity" => (!value.is_string()).then_some("one of the strings \"ok\", \"note\", \"warning\", \"error\""),
        "referenceYear" => (!integer(value)).then_some("a whole number such as 2024"),
        "maxInputBytes" => {
            (!(integer(value) && value.as_f64() >= Some(0.0))).then_some("a whole number of bytes, 0 or more")
        }
        _ => None,
    };
    match problem {
        Some(expected) => Err(error(format!("option '{key}' must be {expected}; got {}", describe(value)))),
        None => Ok(()),
    }
}

/// A short description of a JavaScript value for an error message.
fn describe(value: &JsValue) -> String {
    if let Some(s) = value.as_string() {
        let shown: String = s.chars().take(40).collect();
        let more = if shown.len() < s.len() { "…" } else { "" };
        // Quoted by hand: `{:?}` would link the Debug escaper and its Unicode tables into the wasm.
        return format!("the string \"{shown}{more}\"");
    }
    if value.is_undefined() {
        return "undefined".own();
    }
    if value.is_null() {
        return "null".own();
    }
    if let Some(n) = value.as_f64() {
        return format!("the number {}", shortest(n));
    }
    if let Some(b) = value.as_bool() {
        return format!("{b}");
    }
    if js_sys::Array::is_array(value) {
        return "an array".own();
    }
    value.js_typeof().as_string().map(|t| format!("a value of type {t}")).unwrap_or_else(|| "a value".own())
}

/// Levenshtein distance, for "did you mean" on a misspelt option name.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

/// The option names `Options` accepts, read from its `Deserialize` implementation so that
/// this list cannot drift from the struct.
fn option_names() -> &'static [&'static str] {
    use serde::de::{self, Deserialize, Deserializer, Visitor};

    struct Fields(&'static [&'static str]);
    impl<'de> Deserializer<'de> for &mut Fields {
        type Error = de::value::Error;
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _name: &'static str,
            fields: &'static [&'static str],
            _visitor: V,
        ) -> Result<V::Value, Self::Error> {
            self.0 = fields;
            Err(de::Error::custom("only the field names were wanted"))
        }
        fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Self::Error> {
            Err(de::Error::custom("Options is not a struct"))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
            unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
        }
    }
    let mut fields = Fields(&[]);
    let _ = Options::deserialize(&mut fields);
    fields.0
}
