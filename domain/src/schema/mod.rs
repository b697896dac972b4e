//! The stored-data envelope, its schema versions and migrations.
//!
//! Stored text is `{"app":"heard","schema":N,"saved_at":T,"data":{…}}`. Parsing and
//! serialising are pure functions; [`crate::tab`] does the reading and writing.
//! An unknown newer schema is an explicit error (never a silent reset), so data written by a
//! newer Heard is never overwritten by an older one.
//!
//! Versions:
//! - **1**: progress, the self-assessment and the journal.
//! - **2**: adds `deleted` (when each deleted note or cleared reflection was removed, so that a
//!   merge with another tab's older copy cannot bring it back) and `epoch` (which line of saves
//!   the data belongs to: "delete all" and "replace" start a new one, see [`crate::tab`]).
//!   Migrating from 1: no deletions known, epoch 0.
//! - **3**: adds `progress.partners` (the practice partners met: how deep, which endings; never
//!   the words). Migrating from 2: no partners met. An older build sees schema 3 as newer and
//!   leaves it alone, rather than reading it and writing it back without the partners.
//!
//! Reading is entry by entry ([`read`]): one entry that cannot be read, or is out of range
//! ([`crate::limits`]), is set aside on its own and the rest is kept.
//!
//! To change the schema: add `vN+1`, bump [`CURRENT`], add a step to `read::migrate` and a golden
//! fixture `domain/tests/fixtures/schema/vN+1.json`; keep the older fixtures so each migration
//! stays tested.

pub mod read;

use crate::progress::Progress;
use crate::Millis;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

pub use read::{read, Parsed, Place, Problem, SetAside};

/// The schema this build writes.
pub const CURRENT: u32 = 3;

/// Marks data as Heard's, so an export file or a stray key is recognised (or rejected).
pub const APP: &str = "heard";

/// At most this many deletions are remembered; the oldest are forgotten first. A deletion only
/// matters while another tab may still hold the deleted note, which is minutes, not years.
pub const MAX_DELETED: usize = 2_000;

/// Everything Heard keeps for a learner.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StoredData {
    pub progress: Progress,
    /// The course's skills self-assessment.
    pub self_assessment: SelfAssessment,
    /// Private notes and answers to reflection prompts, by note id.
    pub journal: BTreeMap<String, Note>,
    /// Deleted notes and cleared reflections, by note id: when. A note id is in `journal` or
    /// here, never both (schema 2).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub deleted: BTreeMap<String, Millis>,
    /// Which line of saves this copy belongs to (schema 2). "Delete all" and "replace" start a
    /// new one, so a tab still holding a copy from before adopts what is stored instead of
    /// merging its stale copy back in. 0 for data migrated from schema 1.
    pub epoch: Millis,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SelfAssessment {
    /// Skill id → rating from 1 (not yet) to 5 (a strength).
    pub ratings: BTreeMap<String, u8>,
    /// Skills the learner chose to develop.
    pub focus: BTreeSet<String>,
    pub updated_at: Option<Millis>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub text: String,
    /// The reflection prompt this answers, if any (a content id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt: Option<String>,
    pub created_at: Millis,
    pub updated_at: Millis,
}

impl StoredData {
    /// Writes a note (new or changed) at `now`. Its time is made later than the note it
    /// replaces and than the note's deletion, if any, so a merge keeps this version.
    pub fn put_note(&mut self, id: &str, text: String, prompt: Option<String>, now: Millis) {
        let after = |t: Option<Millis>| t.map_or(Millis::MIN, |t| t.saturating_add(1));
        let previous = self.journal.get(id);
        let created_at = previous.map_or(now, |n| n.created_at);
        let updated_at = now
            .max(after(previous.map(|n| n.updated_at)))
            .max(after(self.deleted.get(id).copied()));
        self.deleted.remove(id);
        self.journal.insert(
            id.to_string(),
            Note {
                text,
                prompt,
                created_at,
                updated_at,
            },
        );
    }

    /// Deletes a note (or clears a reflection) at `now`, remembering the deletion so that a
    /// merge with a copy that still holds the note does not bring it back. Returns whether
    /// there was a note.
    pub fn delete_note(&mut self, id: &str, now: Millis) -> bool {
        let Some(note) = self.journal.remove(id) else {
            return false;
        };
        let at = now.max(note.updated_at);
        let previous = self.deleted.get(id).copied().unwrap_or(Millis::MIN);
        self.deleted.insert(id.to_string(), at.max(previous));
        forget_oldest_deletions(&mut self.deleted);
        true
    }
}

/// Keeps the newest [`MAX_DELETED`] deletions.
pub(crate) fn forget_oldest_deletions(deleted: &mut BTreeMap<String, Millis>) {
    if deleted.len() <= MAX_DELETED {
        return;
    }
    let mut by_age: Vec<(Millis, String)> = deleted.iter().map(|(k, t)| (*t, k.clone())).collect();
    by_age.sort();
    for (_, key) in by_age.into_iter().take(deleted.len() - MAX_DELETED) {
        deleted.remove(&key);
    }
}

/// Why stored text could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SchemaError {
    /// Not JSON, or not shaped like an envelope, or the data does not fit its schema.
    Unreadable(String),
    /// Valid JSON but not Heard's (another app's data, or a different kind of file).
    NotHeard,
    /// Written by a newer Heard: leave it alone.
    Newer { found: u32 },
}

impl fmt::Display for SchemaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SchemaError::Unreadable(why) => write!(f, "the data could not be read ({why})"),
            SchemaError::NotHeard => write!(f, "the data is not Heard's"),
            SchemaError::Newer { found } => {
                write!(
                    f,
                    "the data was saved by a newer version of Heard (schema {found})"
                )
            }
        }
    }
}

impl std::error::Error for SchemaError {}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    app: &'static str,
    schema: u32,
    saved_at: Millis,
    data: &'a StoredData,
}

/// What marks a text as Heard's: `"app":"heard"` in storage, `"type":"heard-export"` in a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    Stored,
    Export(&'static str),
}

/// Serialises data in the current schema.
pub fn to_json(data: &StoredData, saved_at: Millis) -> String {
    let env = EnvelopeOut {
        app: APP,
        schema: CURRENT,
        saved_at,
        data,
    };
    // Serialising plain structs, strings and integer maps cannot fail.
    serde_json::to_string(&env).unwrap_or_default()
}

/// Parses stored text of any known schema into current data, refusing it if any part of it
/// could not be read (use [`read`] to keep the readable parts).
pub fn from_json(text: &str) -> Result<Parsed, SchemaError> {
    let parsed = read(text, Marker::Stored, CURRENT)?;
    match parsed.set_aside.first() {
        None => Ok(parsed),
        Some(bad) => Err(SchemaError::Unreadable(bad.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::{Event, Score};

    fn sample() -> StoredData {
        let mut d = StoredData::default();
        d.progress.apply(Event::Answered {
            item: "listen.x".into(),
            score: Score::FULL,
            tags: vec![],
            at: 10,
        });
        d.put_note("n1", "<b>not html</b> \"quoted\" ünïcode".into(), None, 1);
        d.put_note("n2", "gone".into(), None, 1);
        d.delete_note("n2", 5);
        d.self_assessment.ratings.insert("communication".into(), 4);
        d.epoch = 77;
        d
    }

    #[test]
    fn current_data_round_trips_exactly() {
        let d = sample();
        let parsed = from_json(&to_json(&d, 99)).expect("parses");
        assert_eq!(parsed.data, d);
        assert_eq!(parsed.from_schema, CURRENT);
    }

    #[test]
    fn a_newer_schema_is_refused_not_reset() {
        let text = r#"{"app":"heard","schema":99,"saved_at":0,"data":{"whatever":true}}"#;
        assert_eq!(from_json(text), Err(SchemaError::Newer { found: 99 }));
    }

    #[test]
    fn other_apps_json_and_garbage_are_told_apart() {
        assert_eq!(from_json(r#"{"theme":"dark"}"#), Err(SchemaError::NotHeard));
        assert!(matches!(
            from_json("{not json"),
            Err(SchemaError::Unreadable(_))
        ));
        assert!(matches!(
            from_json(r#"{"app":"heard","data":{}}"#),
            Err(SchemaError::Unreadable(_))
        ));
        assert!(matches!(
            from_json(r#"{"app":"heard","schema":1,"data":{"progress":{"items":7}}}"#),
            Err(SchemaError::Unreadable(_))
        ));
    }

    #[test]
    fn missing_sections_default_to_empty() {
        let parsed =
            from_json(r#"{"app":"heard","schema":1,"saved_at":0,"data":{}}"#).expect("parses");
        assert_eq!(parsed.data, StoredData::default());
    }

    #[test]
    fn a_deleted_note_is_remembered_and_writing_it_again_is_later_than_the_deletion() {
        let mut d = StoredData::default();
        d.put_note("r", "first".into(), None, 100);
        assert!(
            d.delete_note("r", 50),
            "deleted even with a clock that went back"
        );
        assert_eq!(d.deleted["r"], 100, "no earlier than the note's own time");
        assert!(!d.journal.contains_key("r"));
        d.put_note("r", "again".into(), None, 60);
        assert!(d.journal["r"].updated_at > 100);
        assert!(
            !d.deleted.contains_key("r"),
            "a note id is in one map, never both"
        );
    }

    #[test]
    fn note_times_at_the_end_of_time_do_not_overflow() {
        let mut d = StoredData::default();
        d.journal.insert(
            "n".into(),
            Note {
                text: "x".into(),
                prompt: None,
                created_at: Millis::MAX,
                updated_at: Millis::MAX,
            },
        );
        d.put_note("n", "edited".into(), None, 5);
        assert_eq!(d.journal["n"].updated_at, Millis::MAX);
        d.delete_note("n", 6);
        d.put_note("n", "back".into(), None, 7);
        assert_eq!(d.journal["n"].text, "back");
    }

    #[test]
    fn only_the_newest_deletions_are_remembered() {
        let mut d = StoredData::default();
        for i in 0..(MAX_DELETED as Millis + 5) {
            d.put_note(&format!("n{i}"), "x".into(), None, i);
            d.delete_note(&format!("n{i}"), i);
        }
        assert_eq!(d.deleted.len(), MAX_DELETED);
        assert!(!d.deleted.contains_key("n0"));
        assert!(d.deleted.contains_key(&format!("n{}", MAX_DELETED + 4)));
    }
}
