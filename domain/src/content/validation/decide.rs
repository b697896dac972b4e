//! "When advice is right": a situation and the peer's words, and three moves to choose from:
//! keep listening, ask permission to offer an idea, or raise safety and signpost other help.
//!
//! How the judgement is modelled (so the content stays consistent):
//! - [`Reason::Listen`]: nothing calls for action yet, even when the peer sounds stuck or says
//!   "I don't know what to do". Best move: [`Move::KeepListening`].
//! - [`Reason::Asked`]: the peer clearly asks for ideas or what you would do. Best move:
//!   [`Move::AskPermission`]: check what they have tried and offer an idea as one option,
//!   theirs to take or leave.
//! - [`Reason::Safety`]: a risk to the peer or someone else. Best move: [`Move::RaiseSafety`]:
//!   stay, ask calmly and directly, help them reach urgent or professional help.
//! - [`Reason::Beyond`]: the need is clearly beyond peer support (harmful coping, persistent
//!   numbing, fear or high stress, despair, illness that needs treatment). Best move:
//!   [`Move::RaiseSafety`] too, which covers signposting: name what you notice and suggest,
//!   tactfully, a GP, a mental health team or the service's own support.

use super::Exercise;
use crate::content::{ContentNote, Context};
use crate::progress::{Event, Score, TagResult};
use crate::Millis;
use serde::Deserialize;

/// What the supporter does next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Move {
    KeepListening,
    AskPermission,
    RaiseSafety,
}

impl Move {
    pub const ALL: [Move; 3] = [Move::KeepListening, Move::AskPermission, Move::RaiseSafety];

    pub fn label(self) -> &'static str {
        match self {
            Move::KeepListening => "Keep listening",
            Move::AskPermission => "Ask permission to offer an idea",
            Move::RaiseSafety => "Raise safety or suggest other help",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Move::KeepListening => "keep_listening",
            Move::AskPermission => "ask_permission",
            Move::RaiseSafety => "raise_safety",
        }
    }
}

/// Why the best move is best (see the module documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    Listen,
    Asked,
    Safety,
    Beyond,
}

impl Reason {
    pub const ALL: [Reason; 4] = [
        Reason::Listen,
        Reason::Asked,
        Reason::Safety,
        Reason::Beyond,
    ];

    /// The move this reason calls for.
    pub fn best_move(self) -> Move {
        match self {
            Reason::Listen => Move::KeepListening,
            Reason::Asked => Move::AskPermission,
            Reason::Safety | Reason::Beyond => Move::RaiseSafety,
        }
    }

    /// True when the right move is to act rather than keep listening.
    pub fn calls_for_action(self) -> bool {
        self != Reason::Listen
    }

    /// A short line for the feedback heading.
    pub fn label(self) -> &'static str {
        match self {
            Reason::Listen => "Nothing here calls for action yet",
            Reason::Asked => "They asked for ideas",
            Reason::Safety => "There is a safety concern",
            Reason::Beyond => "This needs more than peer support",
        }
    }
}

/// One move as it would sound here, and what it would do.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MoveOption {
    /// What the supporter might say.
    pub say: String,
    pub explanation: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Moves {
    pub keep_listening: MoveOption,
    pub ask_permission: MoveOption,
    pub raise_safety: MoveOption,
}

/// A moment in a conversation where the learner decides what to do.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecideItem {
    pub id: String,
    pub speaker: String,
    pub context: Context,
    pub principle: String,
    #[serde(default)]
    pub content_notes: Vec<ContentNote>,
    /// What has happened so far.
    pub situation: String,
    /// The peer's words at this moment.
    pub peer: String,
    pub best: Move,
    pub reason: Reason,
    pub moves: Moves,
}

/// The result of one decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecideResult<'a> {
    pub key: String,
    pub chosen: Move,
    pub best: Move,
    pub reason: Reason,
    /// The chosen move, with its explanation.
    pub chosen_option: &'a MoveOption,
    /// The best move, with its explanation (the same as `chosen_option` when right).
    pub best_option: &'a MoveOption,
    pub score: Score,
    pub tags: Vec<TagResult>,
}

impl DecideResult<'_> {
    pub fn is_right(&self) -> bool {
        self.chosen == self.best
    }

    pub fn event(&self, at: Millis) -> Event {
        Event::answered(&self.key, self.score, &self.tags, at)
    }
}

impl DecideItem {
    pub fn progress_key(&self) -> String {
        Exercise::Decide.progress_key(&self.id)
    }

    /// The three moves in the order the learner sees them at `attempt` (see
    /// [`crate::shuffle`]): a fixed order would give the answer away by position.
    pub fn shown_moves(&self, attempt: u32) -> Vec<Move> {
        crate::shuffle::shown(&Move::ALL, &self.progress_key(), attempt, false)
            .into_iter()
            .copied()
            .collect()
    }

    pub fn option(&self, m: Move) -> &MoveOption {
        match m {
            Move::KeepListening => &self.moves.keep_listening,
            Move::AskPermission => &self.moves.ask_permission,
            Move::RaiseSafety => &self.moves.raise_safety,
        }
    }

    /// Full marks for the best move, none otherwise; tagged with the item's principle.
    pub fn score(&self, chosen: Move) -> DecideResult<'_> {
        let right = chosen == self.best;
        DecideResult {
            key: self.progress_key(),
            chosen,
            best: self.best,
            reason: self.reason,
            chosen_option: self.option(chosen),
            best_option: self.option(self.best),
            score: if right { Score::FULL } else { Score::ZERO },
            tags: vec![TagResult {
                tag: self.principle.clone(),
                ok: right,
            }],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn option(s: &str) -> MoveOption {
        MoveOption {
            say: format!("say {s}"),
            explanation: format!("why {s}"),
        }
    }

    fn item() -> DecideItem {
        DecideItem {
            id: "asked".into(),
            speaker: "A colleague".into(),
            context: Context::Workplace,
            principle: "practice.self-determination".into(),
            content_notes: vec![],
            situation: "They have talked for a while.".into(),
            peer: "What would you do?".into(),
            best: Move::AskPermission,
            reason: Reason::Asked,
            moves: Moves {
                keep_listening: option("listen"),
                ask_permission: option("ask"),
                raise_safety: option("safety"),
            },
        }
    }

    #[test]
    fn the_best_move_gets_full_marks_and_its_own_explanation() {
        let it = item();
        let res = it.score(Move::AskPermission);
        assert!(res.is_right());
        assert_eq!(res.score, Score::FULL);
        assert_eq!(res.chosen_option.explanation, "why ask");
        assert_eq!(res.key, "validate.decide.asked");
        assert_eq!(
            res.tags,
            vec![TagResult {
                tag: "practice.self-determination".into(),
                ok: true
            }]
        );
    }

    #[test]
    fn another_move_scores_zero_and_shows_both_explanations() {
        let it = item();
        let res = it.score(Move::KeepListening);
        assert!(!res.is_right());
        assert_eq!(res.score, Score::ZERO);
        assert_eq!(res.chosen_option.explanation, "why listen");
        assert_eq!(res.best_option.explanation, "why ask");
        assert!(!res.tags[0].ok);
    }

    #[test]
    fn each_reason_calls_for_one_move() {
        assert_eq!(Reason::Listen.best_move(), Move::KeepListening);
        assert_eq!(Reason::Asked.best_move(), Move::AskPermission);
        assert_eq!(Reason::Safety.best_move(), Move::RaiseSafety);
        assert_eq!(Reason::Beyond.best_move(), Move::RaiseSafety);
        assert!(!Reason::Listen.calls_for_action());
        assert!(Reason::ALL
            .iter()
            .filter(|r| **r != Reason::Listen)
            .all(|r| r.calls_for_action()));
    }
}
