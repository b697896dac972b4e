//! The to-do and to-avoid list itself: nine entries whose ids are the principle ids in
//! `content/principles/core.toml`. It is the checklist card (printable, one tap away during
//! practice) and the observer's checklist in workshop role-play, so it holds short card text
//! and what an observer would notice, not teaching prose.

use serde::Deserialize;

/// Which half of the card an entry is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Do,
    Avoid,
}

impl Side {
    pub const ALL: [Side; 2] = [Side::Do, Side::Avoid];

    /// The heading on the card.
    pub fn label(self) -> &'static str {
        match self {
            Side::Do => "To do",
            Side::Avoid => "To avoid",
        }
    }

    /// The prefix of this side's principle ids (`"todo."`, `"avoid."`).
    pub fn id_prefix(self) -> &'static str {
        match self {
            Side::Do => "todo.",
            Side::Avoid => "avoid.",
        }
    }
}

/// One entry of the list.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The principle id, e.g. `"todo.connect"`.
    pub id: String,
    pub side: Side,
    /// A few words, e.g. "Stay curious".
    pub title: String,
    /// One or two short lines for the card.
    pub card: String,
    /// What an observer would notice in a role-play.
    pub look_for: String,
}
