//! Content area `listening`: reflective listening practice (issue 4). The files under
//! `content/listening/` and the pure logic that scores the four exercises:
//!
//! - [`feelings`]: the feelings vocabulary, grouped by family and intensity.
//! - [`statement`]: peer statements with the feelings they carry and model reflections;
//!   "Name the feeling" is scored here, and "Write your own reflection" via
//!   [`crate::feedback::Analysis::event`].
//! - [`pick`]: "Pick the reflection", one best response among several kinds.
//! - [`ladder`]: "The ladder", responses put in order from least to most empathic.
//!
//! Progress keys are `"listen.<exercise>.<item id>"` (see [`Exercise`]). Name the feeling and
//! Write use the statement's id; Pick and Ladder use their own item ids.

pub mod feelings;
pub mod ladder;
pub mod pick;
pub mod statement;

#[cfg(test)]
mod tests;

pub use feelings::{Family, Feeling, Intensity};
pub use ladder::{LadderItem, LadderResult, Placed, Rung};
pub use pick::{PickItem, PickKind, PickOption, PickResult};
pub use statement::{FeelingMark, FeelingsResult, Mark, Statement};

use super::{parse_named, ContentError, Context, Files, ItemSummary};
use crate::catalog::Area;
use serde::Deserialize;

/// The area in the catalogue: its content folder, bundle, keys and addresses.
pub const AREA: Area = Area::Listening;

pub use crate::catalog::Exercise;

/// Everything in the area, loaded once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listening {
    /// The feelings vocabulary.
    pub feelings: Vec<Feeling>,
    /// The families the feelings are grouped in, in display order.
    pub families: Vec<Family>,
    pub statements: Vec<Statement>,
    pub pick: Vec<PickItem>,
    pub ladder: Vec<LadderItem>,
}

impl Listening {
    pub fn statement(&self, id: &str) -> Option<&Statement> {
        self.statements.iter().find(|s| s.id == id)
    }

    pub fn pick_item(&self, id: &str) -> Option<&PickItem> {
        self.pick.iter().find(|i| i.id == id)
    }

    pub fn ladder_item(&self, id: &str) -> Option<&LadderItem> {
        self.ladder.iter().find(|i| i.id == id)
    }

    pub fn feeling(&self, id: &str) -> Option<&Feeling> {
        self.feelings.iter().find(|f| f.id == id)
    }

    pub fn family(&self, id: &str) -> Option<&Family> {
        self.families.iter().find(|f| f.id == id)
    }

    /// The feelings of one family, mild first.
    pub fn feelings_in(&self, family: &str) -> Vec<&Feeling> {
        let mut out: Vec<&Feeling> = self
            .feelings
            .iter()
            .filter(|f| f.family == family)
            .collect();
        out.sort_by_key(|f| f.intensity);
        out
    }

    /// The statements set in one context, in file order (for "practise in a context").
    pub fn statements_in(&self, context: Context) -> impl Iterator<Item = &Statement> + '_ {
        self.statements.iter().filter(move |s| s.context == context)
    }

    /// "Name the feeling" for a statement, scored against this area's vocabulary.
    pub fn score_feelings(
        &self,
        statement: &Statement,
        chosen: &std::collections::BTreeSet<String>,
    ) -> FeelingsResult {
        statement.score_feelings(&self.feelings, chosen)
    }

    /// What a list of an exercise's items shows, in content order. Pick and ladder items show
    /// the speaker and context of the statement they answer.
    pub fn summaries(&self, exercise: Exercise) -> Vec<ItemSummary<'_>> {
        fn of<'a>(l: &'a Listening, id: &'a str, statement: &str) -> Option<ItemSummary<'a>> {
            l.statement(statement).map(|s| ItemSummary {
                id,
                speaker: &s.speaker,
                context: s.context,
                content_notes: &s.content_notes,
            })
        }
        match exercise {
            Exercise::Feel | Exercise::Write => self
                .statements
                .iter()
                .map(|s| ItemSummary {
                    id: &s.id,
                    speaker: &s.speaker,
                    context: s.context,
                    content_notes: &s.content_notes,
                })
                .collect(),
            Exercise::Pick => self
                .pick
                .iter()
                .filter_map(|i| of(self, &i.id, &i.statement))
                .collect(),
            Exercise::Ladder => self
                .ladder
                .iter()
                .filter_map(|i| of(self, &i.id, &i.statement))
                .collect(),
            // Another area's exercise has no items here.
            _ => Vec::new(),
        }
    }
}

// `build.rs` checks and strips each file's `format_version`, so files parse strictly.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FeelingsFile {
    family: Vec<Family>,
    feeling: Vec<Feeling>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StatementsFile {
    statement: Vec<Statement>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemsFile<T> {
    item: Vec<T>,
}

impl Listening {
    /// The area, from its bundle's files.
    pub fn parse(files: &Files) -> Result<Listening, ContentError> {
        let feelings: FeelingsFile = parse_named(files, "listening/feelings.toml")?;
        Ok(Listening {
            feelings: feelings.feeling,
            families: feelings.family,
            statements: parse_named::<StatementsFile>(files, "listening/statements.toml")?
                .statement,
            pick: parse_named::<ItemsFile<PickItem>>(files, "listening/pick.toml")?.item,
            ladder: parse_named::<ItemsFile<LadderItem>>(files, "listening/ladder.toml")?.item,
        })
    }
}
