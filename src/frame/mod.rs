//! Frames: what each figure does in its sentence.
//!
//! A figure alone is a number; in a sentence it has a part. "from £204m" is where a change
//! started, "to £287m" where it ended, "up 41%" how far it went, "by 12" how much it moved.
//! A frame records that part (its [`Role`]), the direction the words give it, and the token
//! of the word that says so. Frames are read once, from the tokens (`crate::token`), for
//! every figure; the relation layer (`crate::relation::changes`) assembles them into
//! statements, and the checks judge the statements.
//!
//! Reading is by construction, not by fixed word sequences: the governing word of a figure
//! is looked for past the words reporters put in between — a time or place adjunct ("from
//! 12,400 in 2022 to 10,540"), a hedge, an object ("cut spending by £23m").

mod clause;
pub mod words;

use crate::mention::Mention;
use crate::token::Tokens;

pub use clause::is_change_percent;

/// Which way a stated change goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

/// The part a figure plays in a stated change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Where a change started: "from £204m", "compared with $318.9m", "than £263,000".
    From,
    /// Where a change ended: "to £287m", "closing at $18.35", "rose to 21,340".
    To,
    /// How far it went, as a percentage: "up 41%", "a drop of 16%", "38% higher".
    Change,
    /// How far it went, as an amount: "rose by 12", "up $5.87", "fell 1.4 cents".
    By,
}

/// One figure's part in its sentence.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Frame {
    pub role: Option<Role>,
    pub direction: Option<Direction>,
}

impl Frame {
    /// Whether the figure is a level: no start, change or amount of change ("up from 4,512",
    /// "rose 12%", "by 600"), the figures a later "That", "The figure" or "of them" may stand for.
    pub fn is_level(&self) -> bool {
        !matches!(self.role, Some(Role::From | Role::Change | Role::By))
    }
}

/// The frame of every mention, in mention order.
pub fn read(text: &str, tokens: &Tokens, mentions: &[Mention]) -> Vec<Frame> {
    (0..mentions.len()).map(|i| clause::frame(text, tokens, mentions, i)).collect()
}
