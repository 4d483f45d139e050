//! Arbitrary bytes (as lossy UTF-8) through the whole pipeline, report included: no panic,
//! spans on char boundaries and agreeing in both encodings.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let report = numcheck::check(&text, &numcheck::Options::default()).expect("small inputs are never refused");
    let utf16: Vec<u16> = text.encode_utf16().collect();
    for m in &report.mentions {
        let bytes = &text[m.span.byte_start..m.span.byte_end];
        assert_eq!(bytes, m.text);
        assert_eq!(String::from_utf16(&utf16[m.span.start..m.span.end]).unwrap(), m.text);
    }
});
