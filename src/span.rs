//! Spans: where a figure stands in the text.
//!
//! Everything inside the crate works in UTF-8 byte offsets, end-exclusive ([`ByteSpan`]).
//! JavaScript and the DOM index UTF-16 code units, so the report carries both ([`Span`]).
//! The conversion happens once, at report time, in [`Utf16Map`]: no other module knows that
//! UTF-16 exists.

use crate::text::Slice;
use serde::Serialize;

/// A half-open range of UTF-8 byte offsets into the checked text. Both ends always fall on
/// `char` boundaries (the extractor only produces spans from matches and boundary walks).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct ByteSpan {
    pub start: usize,
    pub end: usize,
}

impl ByteSpan {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        ByteSpan { start, end }
    }
}

/// A span as serialised in the report: UTF-16 code units (`start`, `end`, for JavaScript's
/// `String.prototype.slice`) and UTF-8 bytes (`byteStart`, `byteEnd`, for Rust), both
/// half-open. They always describe the same text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
}

/// Converts byte offsets to UTF-16 offsets for one text.
///
/// Why a cursor and not a table: a table of every offset would cost 8 bytes per input byte
/// (40 MB for a 5 MB paste); the report asks for offsets mostly in ascending order, so a
/// cursor that moves by the distance asked makes the whole conversion about one pass over
/// the text. It moves backwards the same way (a span that starts before the previous one
/// ended: two findings on one figure, a hedge before its figure) — restarting from the
/// beginning instead made reports with many findings quadratic.
pub struct Utf16Map<'t> {
    text: &'t str,
    byte: usize,
    utf16: usize,
}

impl<'t> Utf16Map<'t> {
    pub fn new(text: &'t str) -> Self {
        Utf16Map { text, byte: 0, utf16: 0 }
    }

    /// The UTF-16 offset of `byte`, which must be a char boundary of the text.
    pub fn utf16(&mut self, byte: usize) -> usize {
        debug_assert!(self.text.is_char_boundary(byte));
        let units = |s: &str| if s.is_ascii() { s.len() } else { s.chars().map(char::len_utf16).sum() };
        if byte >= self.byte {
            self.utf16 += units(self.text.s(self.byte..byte));
        } else {
            self.utf16 -= units(self.text.s(byte..self.byte));
        }
        self.byte = byte;
        self.utf16
    }

    pub fn span(&mut self, span: ByteSpan) -> Span {
        let start = self.utf16(span.start);
        let end = self.utf16(span.end);
        Span { start, end, byte_start: span.start, byte_end: span.end }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_offsets_are_equal() {
        let mut map = Utf16Map::new("over 1,200 staff");
        assert_eq!(map.span(ByteSpan::new(5, 10)), Span { start: 5, end: 10, byte_start: 5, byte_end: 10 });
    }

    #[test]
    fn emoji_counts_two_code_units_and_four_bytes() {
        let text = "😀 455 people";
        let mut map = Utf16Map::new(text);
        let span = map.span(ByteSpan::new(5, 8));
        assert_eq!((span.start, span.end), (3, 6));
        let as_utf16: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(String::from_utf16(&as_utf16[span.start..span.end]).unwrap(), "455");
    }

    #[test]
    fn moves_back_and_forth_correctly() {
        let text = "😀a😀b😀c";
        let mut map = Utf16Map::new(text);
        let expected = |b: usize| text[..b].encode_utf16().count();
        for b in [14, 4, 9, 0, 15, 5, 5, 10] {
            assert_eq!(map.utf16(b), expected(b), "byte {b}");
        }
    }

    #[test]
    fn going_backwards_restarts_correctly() {
        let text = "é 1 é 2";
        let mut map = Utf16Map::new(text);
        assert_eq!(map.utf16(7), 5);
        assert_eq!(map.utf16(3), 2);
    }
}
