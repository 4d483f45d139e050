//! Hedges: the words that make a figure a bound or an estimate ("over 1,200").
//!
//! A hedge changes what arithmetic may assume about a figure: "over 1,200 personnel" is
//! consistent with 1,210, "1,200 personnel" is not. The bound says which way it stretches.

use serde::Serialize;

/// Which way a hedge lets a figure stretch.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Bound {
    /// over, more than, at least: the true value is at or above the figure.
    Lower,
    /// under, fewer than, up to, nearly: the true value is at or below the figure.
    Upper,
    /// about, around, roughly: the true value is near the figure, either side.
    Approx,
}

/// Hedge phrases, matched against the words right before a figure. Longer phrases come
/// first so that "just over" wins over "over" and "no more than" over "more than".
pub const HEDGES: &[(&str, Bound)] = &[
    ("slightly fewer than", Bound::Upper),
    ("slightly less than", Bound::Upper),
    ("slightly more than", Bound::Lower),
    ("a little over", Bound::Lower),
    ("a little more than", Bound::Lower),
    ("no more than", Bound::Upper),
    ("no fewer than", Bound::Lower),
    ("no less than", Bound::Lower),
    ("not more than", Bound::Upper),
    ("in excess of", Bound::Lower),
    ("upwards of", Bound::Lower),
    ("an estimated", Bound::Approx),
    ("as many as", Bound::Upper),
    ("as much as", Bound::Upper),
    ("just over", Bound::Lower),
    ("just under", Bound::Upper),
    ("just below", Bound::Upper),
    ("just above", Bound::Lower),
    ("well over", Bound::Lower),
    ("more than", Bound::Lower),
    ("fewer than", Bound::Upper),
    ("less than", Bound::Upper),
    ("at least", Bound::Lower),
    ("at most", Bound::Upper),
    ("close to", Bound::Approx),
    ("up to", Bound::Upper),
    ("approximately", Bound::Approx),
    ("roughly", Bound::Approx),
    ("around", Bound::Approx),
    ("about", Bound::Approx),
    ("nearly", Bound::Upper),
    ("almost", Bound::Upper),
    ("some", Bound::Approx),
    ("over", Bound::Lower),
    ("above", Bound::Lower),
    ("under", Bound::Upper),
    ("below", Bound::Upper),
    ("circa", Bound::Approx),
];
