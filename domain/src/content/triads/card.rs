//! A role-play scenario card: what each of the three people needs to know for a round. The
//! speaker gets a character with something held back, the listener one skill to practise, and
//! the observer what to watch, named as entries of the to-do / to-avoid checklist.

use crate::content::{ContentNote, Context};
use serde::Deserialize;

/// One scenario card.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    /// Stable, `a-z0-9-`.
    pub id: String,
    /// A few words for the card picker.
    pub title: String,
    pub context: Context,
    /// Shown before the card, so a room can choose gentle ones.
    #[serde(default)]
    pub content_notes: Vec<ContentNote>,
    /// For the speaker, in the second person: who you are, what is going on, how you feel,
    /// and what you hold back unless you feel heard.
    pub speaker_brief: String,
    /// For the listener: the one skill to practise.
    pub listener_goal: String,
    /// For the observer: what to watch and note for the feedback.
    pub observer_focus: String,
    /// Checklist entry ids (`content/moves/list.toml`) the observer watches most.
    pub focus: Vec<String>,
    /// What the speaker says first.
    pub opening_line: String,
    /// For the trainer, one or two sentences on running this card well: keeping the practice
    /// space safe, feedback that helps, or what may get in the way of learning (anxiety,
    /// embarrassment, fear of looking weak).
    pub trainer_note: String,
    /// How anyone can step out of the role-play, and how the speaker comes out of role
    /// afterwards. Every card with a content note needs it ([`Card::needs_stepping_out`]).
    #[serde(default)]
    pub stepping_out: Option<String>,
}

impl Card {
    /// No content note: fine for any room without a warning.
    pub fn is_gentle(&self) -> bool {
        self.content_notes.is_empty()
    }

    /// A card that touches a hard topic (any content note) must say how to step out and
    /// de-role: playing grief, trauma or suicide can stir up something real.
    pub fn needs_stepping_out(&self) -> bool {
        !self.is_gentle()
    }

    /// The stepping-out guidance, if the card has any worth showing.
    pub fn stepping_out(&self) -> Option<&str> {
        self.stepping_out
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }

    /// "Content note: this touches on …", or empty for a gentle card.
    pub fn content_note_sentence(&self) -> String {
        ContentNote::sentence(&self.content_notes)
    }
}
