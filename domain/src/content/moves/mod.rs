//! Content area `moves`: the to-do and to-avoid list (issue 6), so a learner can recognise each
//! move in real talk. The list and two exercises live under `content/moves/`, with the pure
//! logic that scores them:
//!
//! - [`list`]: the nine entries (four to do, five to avoid), also the printable checklist card
//!   and the workshop observer's checklist.
//! - [`name`]: "Name the move": a listener's line in context; which of the nine does it show?
//! - [`transcript`]: "Spot the slip": mark the listener's lines that slip into a to-avoid move
//!   and name the move.
//!
//! Progress keys are `"moves.<exercise>.<item id>"` (see [`Exercise`]). Every result is tagged
//! with list entry ids, so spaced review knows which entries the learner finds hard.

pub mod list;
pub mod name;
pub mod transcript;

#[cfg(test)]
mod tests;

pub use list::{Entry, Side};
pub use name::{NameItem, NameResult};
pub use transcript::{Line, LineResult, Speaker, Transcript, TranscriptResult, Verdict};

pub use super::ItemSummary;
use super::{parse_dir, parse_named, ContentError, Files};
use crate::catalog::Area;
use serde::Deserialize;

/// The area in the catalogue: its content folder, bundle, keys and addresses.
pub const AREA: Area = Area::Moves;

pub use crate::catalog::Exercise;

/// Everything in the area, loaded once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Moves {
    /// The nine entries in card order: the four to do, then the five to avoid.
    pub list: Vec<Entry>,
    pub name: Vec<NameItem>,
    pub transcripts: Vec<Transcript>,
}

impl Moves {
    /// A list entry by its id (the principle id, e.g. `"avoid.quick-fix"`).
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.list.iter().find(|e| e.id == id)
    }

    /// The entries on one side of the card, in order.
    pub fn side(&self, side: Side) -> impl Iterator<Item = &Entry> {
        self.list.iter().filter(move |e| e.side == side)
    }

    pub fn name_item(&self, id: &str) -> Option<&NameItem> {
        self.name.iter().find(|i| i.id == id)
    }

    pub fn transcript(&self, id: &str) -> Option<&Transcript> {
        self.transcripts.iter().find(|t| t.id == id)
    }

    /// Every item of an exercise, in content order, as a list shows it.
    pub fn summaries(&self, exercise: Exercise) -> Vec<ItemSummary<'_>> {
        match exercise {
            Exercise::Name => self
                .name
                .iter()
                .map(|i| ItemSummary {
                    id: &i.id,
                    speaker: &i.speaker,
                    context: i.context,
                    content_notes: &i.content_notes,
                })
                .collect(),
            Exercise::Spot => self
                .transcripts
                .iter()
                .map(|t| ItemSummary {
                    id: &t.id,
                    speaker: &t.title,
                    context: t.context,
                    content_notes: &t.content_notes,
                })
                .collect(),
            // Another area's exercise has no items here.
            _ => Vec::new(),
        }
    }
}

// `build.rs` checks and strips each file's `format_version`, so files parse strictly.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ListFile {
    entry: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NameFile {
    item: Vec<NameItem>,
}

impl Moves {
    /// The area, from its bundle's files.
    pub fn parse(files: &Files) -> Result<Moves, ContentError> {
        Ok(Moves {
            list: parse_named::<ListFile>(files, "moves/list.toml")?.entry,
            name: parse_named::<NameFile>(files, "moves/name.toml")?.item,
            transcripts: parse_dir::<Transcript>(files, "moves/transcripts/")?,
        })
    }
}
