//! What is kept of a conversation: never the words, only which partner was met, how deep the
//! peer opened up, how it ended, and the feedback tags of the replies (for My progress and spaced
//! review). Made only once the conversation has ended.

use super::conversation::Conversation;
use super::model::Ending;
use super::step::Stage;
use crate::catalog::Exercise;
use crate::progress::{Event, Score, TagResult};
use crate::Millis;

/// Every progress key of a partner starts with this: `listen.partner.<id>`.
pub const PREFIX: &str = "listen.partner.";

/// The tag a conversation with a disclosure adds: ok if the learner asked and connected.
pub const SAFETY_TAG: &str = "limits.safety";

/// `listen.partner.<id>`: the catalogue's key format for `Exercise::Partner`.
pub fn progress_key(partner: &str) -> String {
    Exercise::Partner.progress_key(partner)
}

impl Ending {
    /// How the ending scores as an item of practice: heard or helped is full marks; asking
    /// directly without connecting is half; a polite close keeps a little; the rest nothing.
    pub fn score(self) -> Score {
        match self {
            Ending::Heard | Ending::Helped => Score::FULL,
            Ending::AskedOnly => Score::new(50),
            Ending::Close => Score::new(25),
            Ending::Shutdown | Ending::Missed => Score::ZERO,
        }
    }
}

/// What an ended conversation adds to progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub partner: String,
    /// The deepest layer index reached (the number of layers if they disclosed).
    pub deepest: u8,
    pub ending: Ending,
    pub tags: Vec<TagResult>,
}

impl Conversation {
    /// The outcome, once the conversation has ended.
    pub fn outcome(&self) -> Option<Outcome> {
        let ending = self.state().ending()?;
        let mut tags: Vec<TagResult> = self.turns.iter().flat_map(|t| t.analysis.tags()).collect();
        let disclosed = self
            .turns
            .iter()
            .any(|t| matches!(t.after.stage, Stage::Disclosed { .. }));
        if disclosed || ending.needs_safety() {
            tags.push(TagResult {
                tag: SAFETY_TAG.to_string(),
                ok: ending == Ending::Helped,
            });
        }
        Some(Outcome {
            partner: self.partner.clone(),
            deepest: self.state().deepest,
            ending,
            tags,
        })
    }
}

impl Outcome {
    /// What progress records: the partner as an answered item (scored by its ending, with the
    /// replies' feedback tags, for My progress and spaced review), and the partner met (how
    /// deep, which ending).
    pub fn events(&self, at: Millis) -> [Event; 2] {
        [
            self.event(at),
            Event::PartnerMet {
                partner: self.partner.clone(),
                deepest: self.deepest,
                ending: self.ending.name().to_string(),
                at,
            },
        ]
    }

    /// The partner as an answered item, scored by its ending.
    pub fn event(&self, at: Millis) -> Event {
        Event::Answered {
            item: progress_key(&self.partner),
            score: self.ending.score(),
            tags: self.tags.clone(),
            at,
        }
    }
}
