//! The practice partner (issue 20): a conversation where the peer answers what the learner
//! actually wrote. The feedback engine reads each reply; the partner's content says what the
//! peer says back to that kind of reply at the layer they are at; a small state machine decides
//! how deep they go and how it ends. Nothing is random and nothing leaves the device.
//!
//! - `model`: a partner as content (layers, reactions, endings, a disclosure).
//! - `reply`: an engine analysis as the kind of reply the peer reacts to, and safety patterns.
//! - `step`: the state machine.
//! - `conversation`: the turns so far, as a value (words kept in memory only).
//! - `debrief`: turning points and the layer reached.
//! - `outcome`: what is kept: partner, depth, ending and tags, as a progress event.
//!
//! Partners are content data in `content/listening/partners/<id>.toml`, part of the listening
//! area's bundle (loaded when the learner opens that area).

mod conversation;
mod debrief;
mod model;
mod outcome;
mod reply;
mod step;
#[cfg(test)]
mod tests;

pub use conversation::{Conversation, Turn};
pub use debrief::{turning_points, Debrief, TurningPoint};
pub use model::{Ending, Endings, Layer, Line, Partner, Safety};
pub use outcome::{progress_key, Outcome, PREFIX, SAFETY_TAG};
pub use reply::{matches_any, normalise, Reply, ReplyKind};
pub use step::{step, SafetyLine, Said, Stage, State, GUARD_LIMIT, MAX_TURNS, SAFETY_TURNS};

use crate::content::{parse_dir, ContentError, Context, Files, ItemSummary};

/// The folder under `content/` (inside the listening area, so in its bundle).
pub const DIR: &str = "listening/partners/";

/// Every partner, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Partners {
    pub all: Vec<Partner>,
}

impl Partners {
    pub fn get(&self, id: &str) -> Option<&Partner> {
        self.all.iter().find(|p| p.id == id)
    }

    /// The partners as the item lists show them (the catalogue's `Exercise::Partner` items).
    pub fn summaries(&self) -> Vec<ItemSummary<'_>> {
        self.all
            .iter()
            .map(|p| ItemSummary {
                id: &p.id,
                speaker: &p.speaker,
                context: p.context,
                content_notes: &p.content_notes,
            })
            .collect()
    }

    /// The partners of one context, in file order.
    pub fn in_context(&self, context: Context) -> impl Iterator<Item = &Partner> + '_ {
        self.all.iter().filter(move |p| p.context == context)
    }
}

impl Partners {
    /// The partners, from the listening bundle's files.
    pub fn parse(files: &Files) -> Result<Partners, ContentError> {
        Ok(Partners {
            all: parse_dir(files, DIR)?,
        })
    }
}
