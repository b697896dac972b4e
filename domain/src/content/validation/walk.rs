//! Walking a conversation: a plain value the UI holds while the learner chooses replies. It knows
//! where it is, the path taken (so the debrief can replay it with what the peer was thinking),
//! whether it has ended, and the score of the finished path.

use super::conversation::{path_score, path_tags, Conversation, Ending, Node, Path, Step, Turn};
use crate::progress::{Event, Score, TagResult};
use crate::Millis;
use std::fmt;

/// Why a step could not be taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WalkError {
    /// The conversation has already ended.
    Finished,
    /// The turn has no reply at this position.
    NoSuchReply { turn: String, index: usize },
    /// A link names a node that does not exist (the content tests rule this out).
    MissingNode(String),
}

impl fmt::Display for WalkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WalkError::Finished => write!(f, "the conversation has ended"),
            WalkError::NoSuchReply { turn, index } => {
                write!(f, "turn \"{turn}\" has no reply {index}")
            }
            WalkError::MissingNode(id) => write!(f, "the conversation has no node \"{id}\""),
        }
    }
}

impl std::error::Error for WalkError {}

/// A conversation in progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Walk<'a> {
    conversation: &'a Conversation,
    at: Node<'a>,
    path: Vec<Step<'a>>,
}

/// Everything the debrief shows once a walk has ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Debrief<'a> {
    /// The path taken: each peer turn (with what they were thinking) and the reply chosen.
    pub path: Vec<Step<'a>>,
    pub ending: &'a Ending,
    pub score: Score,
    /// The authored note on the better route.
    pub better_route: &'a str,
    /// The better route itself, replayable turn by turn.
    pub best_route: Option<Path<'a>>,
    /// True when the learner's path was the better route.
    pub took_best_route: bool,
}

impl<'a> Walk<'a> {
    /// Begins at the conversation's first turn.
    pub fn start(conversation: &'a Conversation) -> Result<Walk<'a>, WalkError> {
        let at = conversation
            .node(&conversation.start)
            .ok_or_else(|| WalkError::MissingNode(conversation.start.clone()))?;
        Ok(Walk {
            conversation,
            at,
            path: Vec::new(),
        })
    }

    pub fn conversation(&self) -> &'a Conversation {
        self.conversation
    }

    /// Where the walk is: a turn waiting for a reply, or the ending.
    pub fn current(&self) -> Node<'a> {
        self.at
    }

    /// The turn waiting for a reply, if the walk has not ended.
    pub fn turn(&self) -> Option<&'a Turn> {
        match self.at {
            Node::Turn(t) => Some(t),
            Node::Ending(_) => None,
        }
    }

    /// Chooses the reply at `index` of the current turn and moves on.
    pub fn choose(&mut self, index: usize) -> Result<Node<'a>, WalkError> {
        let turn = self.turn().ok_or(WalkError::Finished)?;
        let reply = turn
            .replies
            .get(index)
            .ok_or_else(|| WalkError::NoSuchReply {
                turn: turn.id.clone(),
                index,
            })?;
        let next = self
            .conversation
            .node(&reply.next)
            .ok_or_else(|| WalkError::MissingNode(reply.next.clone()))?;
        self.path.push(Step { turn, index, reply });
        self.at = next;
        Ok(next)
    }

    /// Takes back the last reply (a trainer pausing to try another route). False at the start.
    pub fn back(&mut self) -> bool {
        match self.path.pop() {
            Some(step) => {
                self.at = Node::Turn(step.turn);
                true
            }
            None => false,
        }
    }

    /// The path so far, as (turn, reply chosen) steps.
    pub fn path(&self) -> &[Step<'a>] {
        &self.path
    }

    pub fn is_finished(&self) -> bool {
        matches!(self.at, Node::Ending(_))
    }

    pub fn ending(&self) -> Option<&'a Ending> {
        match self.at {
            Node::Ending(e) => Some(e),
            Node::Turn(_) => None,
        }
    }

    /// The path's score once ended (see [`path_score`]).
    pub fn score(&self) -> Option<Score> {
        self.ending().map(|e| path_score(&self.path, e))
    }

    /// One tag per kind of reply chosen so far.
    pub fn tags(&self) -> Vec<TagResult> {
        path_tags(&self.path)
    }

    /// The progress event for a finished walk.
    pub fn event(&self, at: Millis) -> Option<Event> {
        let key = self.conversation.progress_key();
        Some(Event::answered(&key, self.score()?, &self.tags(), at))
    }

    /// The debrief, once the walk has ended.
    pub fn debrief(&self) -> Option<Debrief<'a>> {
        let ending = self.ending()?;
        let best_route = self.conversation.best_route();
        let took_best_route = best_route.as_ref().is_some_and(|b| {
            b.ending.id == ending.id
                && b.steps.len() == self.path.len()
                && b.steps
                    .iter()
                    .zip(&self.path)
                    .all(|(x, y)| x.turn.id == y.turn.id && x.index == y.index)
        });
        Some(Debrief {
            path: self.path.clone(),
            ending,
            score: path_score(&self.path, ending),
            better_route: &self.conversation.better_route,
            best_route,
            took_best_route,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::conversation::tests::sound;
    use super::*;

    #[test]
    fn walking_to_an_ending_records_the_path_and_scores_it() {
        let c = sound();
        let mut w = Walk::start(&c).expect("starts");
        assert_eq!(w.current().id(), "a");
        assert!(!w.is_finished() && w.score().is_none() && w.event(0).is_none());
        w.choose(1).expect("advice");
        w.choose(0).expect("curious");
        let end = w.choose(1).expect("curious to the mixed ending");
        assert_eq!(end.id(), "partly");
        assert!(w.is_finished());
        let path: Vec<_> = w
            .path()
            .iter()
            .map(|s| (s.turn.id.as_str(), s.index))
            .collect();
        assert_eq!(path, [("a", 1), ("c", 0), ("d", 1)]);
        assert_eq!(w.score().map(Score::percent), Some(58));
        let debrief = w.debrief().expect("ended");
        assert!(!debrief.took_best_route);
        assert_eq!(
            debrief.best_route.map(|p| p.ending.id.as_str()),
            Some("heard")
        );
    }

    #[test]
    fn the_best_route_is_recognised_in_the_debrief() {
        let c = sound();
        let mut w = Walk::start(&c).expect("starts");
        for _ in 0..3 {
            w.choose(0).expect("validates");
        }
        let d = w.debrief().expect("ended");
        assert!(d.took_best_route);
        assert_eq!(d.score, Score::FULL);
        match w.event(9) {
            Some(Event::Answered { item, score, .. }) => {
                assert_eq!((item.as_str(), score), ("validate.talk.test", Score::FULL))
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn choosing_after_the_end_or_a_missing_reply_is_an_error() {
        let c = sound();
        let mut w = Walk::start(&c).expect("starts");
        assert_eq!(
            w.choose(7),
            Err(WalkError::NoSuchReply {
                turn: "a".into(),
                index: 7
            })
        );
        assert!(w.path().is_empty());
        for _ in 0..3 {
            w.choose(0).expect("validates");
        }
        assert_eq!(w.choose(0), Err(WalkError::Finished));
    }

    #[test]
    fn back_takes_back_the_last_reply() {
        let c = sound();
        let mut w = Walk::start(&c).expect("starts");
        assert!(!w.back());
        w.choose(1).expect("advice");
        assert!(w.back());
        assert_eq!(w.current().id(), "a");
        assert!(w.path().is_empty());
    }

    #[test]
    fn a_broken_link_is_an_error_not_a_panic() {
        let mut c = sound();
        c.turns[0].replies[0].next = "gone".into();
        let mut w = Walk::start(&c).expect("starts");
        assert_eq!(w.choose(0), Err(WalkError::MissingNode("gone".into())));
        c.start = "gone".into();
        assert_eq!(
            Walk::start(&c).map(|_| ()),
            Err(WalkError::MissingNode("gone".into()))
        );
    }
}
