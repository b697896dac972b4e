//! "Name the move": the learner reads what a peer said and the listener's reply, and picks which
//! of the nine list entries the reply shows. Seeing the same move in many voices and settings is
//! how the list becomes something a learner recognises in real talk, not just recites.

use super::Exercise;
use crate::content::{ContentNote, Context};
use crate::progress::{Event, Score, TagResult};
use crate::Millis;
use serde::Deserialize;

/// One line to name.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NameItem {
    pub id: String,
    pub context: Context,
    /// Who the peer is, in a few words.
    pub speaker: String,
    #[serde(default)]
    pub content_notes: Vec<ContentNote>,
    /// What the peer said.
    pub peer: String,
    /// The listener's reply, the line to name.
    pub line: String,
    /// The list entry id the line shows.
    pub answer: String,
    /// Why it is that move, and what it does to the peer.
    pub explanation: String,
}

/// The result of naming one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameResult<'a> {
    pub key: String,
    pub item: &'a NameItem,
    /// The entry id the learner chose.
    pub chosen: String,
    pub score: Score,
    /// One tag, the right entry's id: right or not.
    pub tags: Vec<TagResult>,
}

impl NameResult<'_> {
    pub fn is_right(&self) -> bool {
        self.chosen == self.item.answer
    }

    pub fn event(&self, at: Millis) -> Event {
        Event::answered(&self.key, self.score, &self.tags, at)
    }
}

impl NameItem {
    pub fn progress_key(&self) -> String {
        Exercise::Name.progress_key(&self.id)
    }

    /// Full marks for the right entry, none otherwise. Tagged with the right entry, so a
    /// learner who keeps missing, say, "being clever" meets it again sooner.
    pub fn score(&self, chosen: &str) -> NameResult<'_> {
        let right = chosen == self.answer;
        NameResult {
            key: self.progress_key(),
            item: self,
            chosen: chosen.to_string(),
            score: if right { Score::FULL } else { Score::ZERO },
            tags: vec![TagResult {
                tag: self.answer.clone(),
                ok: right,
            }],
        }
    }
}
