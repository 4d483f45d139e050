//! Relations: the evidence that two figures talk about the same thing.
//!
//! A check may do arithmetic on figures only when something in the text ties them
//! together. This module supplies the two kinds of evidence the checks weigh:
//! [`nouns`] — the counted things are the same, synonyms, or one a subset of the other;
//! [`roles`] — cue words give a figure a part in a sum ("755 diplomats must leave" is taken
//! away, "reduced to 455" is what remains); [`changes`] — stated changes between two
//! figures; [`slips`] — whether a disagreement has the shape of a typing slip, the evidence
//! that lets a weakly tied relation be reported; [`trade`] — exports, imports and the balance
//! between them; [`majorities`] — two candidates' votes and the majority between them;
//! [`margins`] — a stated gap and the two figures either side of it; [`people`] — a
//! person's age in apposition to the name; [`periods`] — the period a sum is paid in ("£1,200
//! a month") or spread over ("over five years").

pub mod changes;
pub mod lists;
pub mod majorities;
pub mod margins;
pub mod near;
pub mod nouns;
pub mod people;
pub mod periods;
pub mod referents;
pub mod roles;
pub mod shares;
pub mod slips;
pub mod trade;

pub use nouns::{link, NounLink};
pub use roles::{role_of, Cue, Role};
