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

use super::ahead::Ahead;
pub use super::ItemSummary;
use super::{load_lazy_area, parse_dir, parse_file, ContentError, ContentNote, Context};
use crate::catalog::Area;
use serde::Deserialize;
use std::sync::OnceLock;

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

fn items<T: serde::de::DeserializeOwned>(path: &str) -> Result<Vec<T>, ContentError> {
    let (path, json) = super::files()
        .into_iter()
        .find(|(p, _)| *p == path)
        .ok_or_else(|| ContentError::new(path, "missing"))?;
    Ok(parse_file::<ItemsFile<T>>(path, json)?.item)
}

/// The area's four parts, which the app parses ahead one per task (see [`super::ahead`]).
static SORT: Ahead<Vec<SortItem>> = Ahead::new();
static DECIDE: Ahead<Vec<DecideItem>> = Ahead::new();
static REWRITE: Ahead<Vec<RewriteItem>> = Ahead::new();
static CONVERSATIONS: Ahead<Vec<Conversation>> = Ahead::new();

fn sort_items() -> Result<Vec<SortItem>, ContentError> {
    items("validation/sort.toml")
}
fn decide_items() -> Result<Vec<DecideItem>, ContentError> {
    items("validation/decide.toml")
}
fn rewrite_items() -> Result<Vec<RewriteItem>, ContentError> {
    items("validation/rewrite.toml")
}
fn conversations() -> Result<Vec<Conversation>, ContentError> {
    parse_dir("validation/conversations/")
}

/// Parsing each part ahead, in the order [`build`] takes them (`content::parts`).
pub(super) const PARTS: &[fn()] = &[
    || SORT.parse(AREA, sort_items),
    || DECIDE.parse(AREA, decide_items),
    || REWRITE.parse(AREA, rewrite_items),
    || CONVERSATIONS.parse(AREA, conversations),
];

pub(super) fn build() -> Result<Validation, ContentError> {
    Ok(Validation {
        sort: SORT.take_or(sort_items)?,
        decide: DECIDE.take_or(decide_items)?,
        rewrite: REWRITE.take_or(rewrite_items)?,
        conversations: CONVERSATIONS.take_or(conversations)?,
    })
}

/// The area's content, parsed once.
pub fn validation() -> Result<&'static Validation, &'static ContentError> {
    static CELL: OnceLock<Result<Validation, ContentError>> = OnceLock::new();
    load_lazy_area(AREA, &CELL, build)
}
