//! The debrief after a conversation: for each reply, what it did and what the peer was
//! thinking, and the turning points (where they went deeper, pulled back, disclosed, were asked,
//! were connected with help, or ended it). Computed from the conversation, never stored.

use super::conversation::{Conversation, Turn};
use super::model::{Ending, Partner};
use super::step::{Said, Stage};

/// Why a turn mattered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TurningPoint {
    /// They went a layer deeper (to this layer).
    Deeper(u8),
    /// They told you what needs more than listening.
    Disclosed,
    /// You asked directly about the danger.
    AskedDirectly,
    /// You pointed them to other help.
    Connected,
    /// They stepped back from what you said.
    PulledBack,
    Ended(Ending),
}

impl TurningPoint {
    /// What the debrief says, with the partner's names for layers.
    pub fn describe(self, partner: &Partner) -> String {
        match self {
            TurningPoint::Deeper(l) => format!(
                "They went deeper: to {}.",
                partner.depth_name(usize::from(l))
            ),
            TurningPoint::Disclosed => {
                "They told you something that needs more than listening.".to_string()
            }
            TurningPoint::AskedDirectly => "You asked directly about their safety.".to_string(),
            TurningPoint::Connected => "You helped them towards other help.".to_string(),
            TurningPoint::PulledBack => "They pulled back from what you said.".to_string(),
            TurningPoint::Ended(e) => format!("The conversation ended: {}.", e.title()),
        }
    }
}

/// The turning points of one turn, in the order they happened.
pub fn turning_points(turn: &Turn) -> Vec<TurningPoint> {
    let mut out = Vec::new();
    match turn.said {
        Said::Layer(l) => out.push(TurningPoint::Deeper(l)),
        Said::Disclosure => out.push(TurningPoint::Disclosed),
        _ => {}
    }
    let flags = |stage: Stage| match stage {
        Stage::Disclosed {
            asked, connected, ..
        } => (asked, connected),
        _ => (false, false),
    };
    let (asked, connected) = flags(turn.before.stage);
    let after_disclosure = matches!(turn.before.stage, Stage::Disclosed { .. });
    if turn.read.asks && !asked && (after_disclosure || turn.said == Said::Disclosure) {
        out.push(TurningPoint::AskedDirectly);
    }
    if turn.read.connects && !connected && after_disclosure {
        out.push(TurningPoint::Connected);
    }
    if turn.after.guard > turn.before.guard {
        out.push(TurningPoint::PulledBack);
    }
    if let Some(e) = turn.after.ending() {
        out.push(TurningPoint::Ended(e));
    }
    out
}

/// What the debrief shows about the whole conversation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Debrief {
    /// The name of the deepest layer reached ("the real worry").
    pub reached: String,
    /// How many of the layers they opened (disclosing counts as one more).
    pub depth: usize,
    pub ending: Option<Ending>,
    /// Per turn, its turning points (empty for a turn that changed nothing much).
    pub points: Vec<Vec<TurningPoint>>,
}

impl Debrief {
    pub fn of(partner: &Partner, conversation: &Conversation) -> Debrief {
        let depth = conversation.deepest();
        Debrief {
            reached: partner.depth_name(depth).to_string(),
            depth,
            ending: conversation.state().ending(),
            points: conversation.turns.iter().map(turning_points).collect(),
        }
    }
}
