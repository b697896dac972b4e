//! Content area `validation`: validating instead of advising (issue 5). Four exercises, each a
//! file or folder under `content/validation/`, and the pure logic that scores them:
//!
//! - [`sort`]: sort a peer's statement's responses into validates / advice / other.
//! - [`decide`]: judge when to keep listening, ask permission to offer an idea, or raise safety
//!   and signpost other help.
//! - [`rewrite`]: turn an advice-giving reply into a validating one (pick, or write).
//! - [`conversation`] and [`walk`]: branching conversations that answer back, with a debrief.
//!
//! Progress keys are `"validate.<exercise>.<item id>"` (see [`Exercise`]).

pub mod conversation;
pub mod decide;
pub mod rewrite;
pub mod sort;
pub mod walk;

#[cfg(test)]
pub(crate) mod tests;

pub use conversation::{
    path_score, Conversation, Ending, GraphProblem, Node, Path, Quality, Reply, ReplyKind, Step,
    Turn,
};
pub use decide::{DecideItem, DecideResult, Move, MoveOption, Moves, Reason};
pub use rewrite::{PickResult, RewriteItem};
pub use sort::{Bin, SortItem, SortResponse, SortResult, Sorted};
pub use walk::{Debrief, Walk, WalkError};

pub use super::ItemSummary;
use super::{parse_dir, parse_named, ContentError, ContentNote, Context, Files};
use crate::catalog::Area;
use serde::Deserialize;

/// The area in the catalogue: its content folder, bundle, keys and addresses.
pub const AREA: Area = Area::Validation;

pub use crate::catalog::Exercise;

/// Everything in the area, loaded once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Validation {
    pub sort: Vec<SortItem>,
    pub decide: Vec<DecideItem>,
    pub rewrite: Vec<RewriteItem>,
    pub conversations: Vec<Conversation>,
}

impl Validation {
    pub fn sort_item(&self, id: &str) -> Option<&SortItem> {
        self.sort.iter().find(|i| i.id == id)
    }

    pub fn decide_item(&self, id: &str) -> Option<&DecideItem> {
        self.decide.iter().find(|i| i.id == id)
    }

    pub fn rewrite_item(&self, id: &str) -> Option<&RewriteItem> {
        self.rewrite.iter().find(|i| i.id == id)
    }

    pub fn conversation(&self, id: &str) -> Option<&Conversation> {
        self.conversations.iter().find(|c| c.id == id)
    }

    /// What a list of an exercise's items shows, in content order.
    pub fn summaries(&self, exercise: Exercise) -> Vec<ItemSummary<'_>> {
        fn of<'a>(
            id: &'a str,
            speaker: &'a str,
            context: Context,
            notes: &'a [ContentNote],
        ) -> ItemSummary<'a> {
            ItemSummary {
                id,
                speaker,
                context,
                content_notes: notes,
            }
        }
        match exercise {
            Exercise::Sort => self
                .sort
                .iter()
                .map(|i| of(&i.id, &i.speaker, i.context, &i.content_notes))
                .collect(),
            Exercise::Decide => self
                .decide
                .iter()
                .map(|i| of(&i.id, &i.speaker, i.context, &i.content_notes))
                .collect(),
            Exercise::Rewrite => self
                .rewrite
                .iter()
                .map(|i| of(&i.id, &i.speaker, i.context, &i.content_notes))
                .collect(),
            Exercise::Talk => self
                .conversations
                .iter()
                .map(|c| of(&c.id, &c.title, c.context, &c.content_notes))
                .collect(),
            // Another area's exercise has no items here.
            _ => Vec::new(),
        }
    }
}

// `build.rs` checks and strips each file's `format_version`, so files parse strictly.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemsFile<T> {
    item: Vec<T>,
}

fn items<T: serde::de::DeserializeOwned>(
    files: &Files,
    path: &str,
) -> Result<Vec<T>, ContentError> {
    Ok(parse_named::<ItemsFile<T>>(files, path)?.item)
}

/// The area's four parts, each a pure function of the bundle's files. Parsing the whole area
/// at once is one long task in the browser (170 KB), so the app may run each part in a task of
/// its own and then [`Validation::assemble`] them; [`Validation::parse`] runs them in one go.
pub fn sort_items(files: &Files) -> Result<Vec<SortItem>, ContentError> {
    items(files, "validation/sort.toml")
}
pub fn decide_items(files: &Files) -> Result<Vec<DecideItem>, ContentError> {
    items(files, "validation/decide.toml")
}
pub fn rewrite_items(files: &Files) -> Result<Vec<RewriteItem>, ContentError> {
    items(files, "validation/rewrite.toml")
}
pub fn conversations(files: &Files) -> Result<Vec<Conversation>, ContentError> {
    parse_dir(files, "validation/conversations/")
}

impl Validation {
    /// The area, from its bundle's files, in one go.
    pub fn parse(files: &Files) -> Result<Validation, ContentError> {
        Validation::assemble(
            sort_items(files),
            decide_items(files),
            rewrite_items(files),
            conversations(files),
        )
    }

    /// The area from its parts, parsed already ([`sort_items`] and the rest); the first
    /// part that failed is the area's error.
    pub fn assemble(
        sort: Result<Vec<SortItem>, ContentError>,
        decide: Result<Vec<DecideItem>, ContentError>,
        rewrite: Result<Vec<RewriteItem>, ContentError>,
        conversations: Result<Vec<Conversation>, ContentError>,
    ) -> Result<Validation, ContentError> {
        Ok(Validation {
            sort: sort?,
            decide: decide?,
            rewrite: rewrite?,
            conversations: conversations?,
        })
    }
}
