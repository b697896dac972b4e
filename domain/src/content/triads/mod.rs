//! Content area `workshop`, part one: role-play triads (issue 8). Trainers run practice in
//! threes, and the app supplies the scenario cards and keeps time, so the trainer can watch the
//! room instead of a stopwatch. Everything here is pure and browser-free; the UI drives it.
//!
//! - [`card`]: a scenario card (speaker brief, listener goal, observer focus, a note for the
//!   trainer, and how to step out of role on cards with a content note), from
//!   `content/workshop/triads.toml`.
//! - [`rotation`]: the three roles and who holds which in each round, so that over three
//!   rounds everyone is speaker, listener and observer once.
//! - [`timer`]: the session state machine (rounds, feedback, cues near the end), driven by a
//!   clock the caller passes in.
//! - [`observer`]: the observer's tally of checklist entries noticed in a round, for feedback.
//!
//! Workshop mode saves nothing, so there are no progress keys. The observer's checklist is the
//! to-do / to-avoid list in [`crate::content::moves`]; a card's `focus` names the entries to
//! watch most.

pub mod card;
pub mod observer;
pub mod rotation;
pub mod timer;

#[cfg(test)]
mod tests;

pub use card::Card;
pub use observer::ObserverSheet;
pub use rotation::{rotation, Person, Role, ROUNDS};
pub use timer::{
    clock_text, Cue, Phase, SessionError, TriadSession, DEFAULT_FEEDBACK_MINUTES,
    DEFAULT_ROUND_MINUTES, FEEDBACK_CHOICES, ROUND_CHOICES,
};

use super::{parse_named, ContentError, Context, Files};
use crate::catalog::Area;
use serde::Deserialize;

/// The area in the catalogue: its content folder, bundle, keys and addresses.
pub const AREA: Area = Area::Workshop;

/// The file the cards come from, under `content/`.
pub const FILE: &str = "workshop/triads.toml";

/// Every triad card, loaded once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Triads {
    /// One line heading the observer's checklist: safety comes before ticking.
    pub observer_safety: String,
    /// In the order of the card picker.
    pub cards: Vec<Card>,
}

impl Triads {
    /// A card by its id (for deep links and a running session's `card_id`).
    pub fn card(&self, id: &str) -> Option<&Card> {
        self.cards.iter().find(|c| c.id == id)
    }

    /// The cards set in one context, in picker order.
    pub fn in_context(&self, context: Context) -> impl Iterator<Item = &Card> {
        self.cards.iter().filter(move |c| c.context == context)
    }

    /// The cards with no content note: the gentle ones a room can choose without warning.
    pub fn gentle(&self) -> impl Iterator<Item = &Card> {
        self.cards.iter().filter(|c| c.is_gentle())
    }
}

// `build.rs` checks and strips each file's `format_version`, so the file parses strictly.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TriadsFile {
    observer_safety: String,
    card: Vec<Card>,
}

impl Triads {
    /// The cards, from the workshop bundle's files.
    pub fn parse(files: &Files) -> Result<Triads, ContentError> {
        let file = parse_named::<TriadsFile>(files, FILE)?;
        Ok(Triads {
            observer_safety: file.observer_safety,
            cards: file.card,
        })
    }
}
