//! A conversation with a partner as a plain value: the replies written so far, what the engine
//! found in each, and what the peer said back. Replaying the same replies gives the same
//! conversation, so "try again from here" is the first turns of one conversation, continued.
//!
//! The learner's words live here, in memory, and nowhere else: nothing in this module is
//! stored (see `outcome.rs` for the part that is).

use super::model::{Line, Partner};
use super::reply::Reply;
use super::step::{step, Said, State};
use crate::feedback::{analyse, Analysis};

/// One reply and what followed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Turn {
    /// What the learner wrote.
    pub reply: String,
    /// What the engine found in it, read against the peer's line before it.
    pub analysis: Analysis,
    pub read: Reply,
    /// The peer's line the learner answered.
    pub answered: Line,
    pub before: State,
    pub after: State,
    pub said: Said,
    /// What the peer said and thought next.
    pub peer: Line,
}

/// A conversation in progress or ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conversation {
    /// The partner's id.
    pub partner: String,
    pub turns: Vec<Turn>,
}

impl Conversation {
    pub fn start(partner: &Partner) -> Conversation {
        Conversation {
            partner: partner.id.clone(),
            turns: Vec::new(),
        }
    }

    /// Where the conversation is now.
    pub fn state(&self) -> State {
        self.turns.last().map_or(State::START, |t| t.after)
    }

    pub fn is_over(&self) -> bool {
        self.state().is_over()
    }

    /// The peer's latest line (the opening before any reply).
    pub fn last_line(&self, partner: &Partner) -> Line {
        match self.turns.last() {
            Some(t) => t.peer.clone(),
            None => partner.line(Said::Layer(0)).unwrap_or(Line {
                says: String::new(),
                thinks: String::new(),
            }),
        }
    }

    /// Sends a reply: the engine reads it against the peer's latest line, and the peer answers.
    /// Returns the new turn, or `None` if the conversation had ended, the reply is blank, or
    /// the partner lacks the line (content tests make sure it never does).
    pub fn reply(&mut self, partner: &Partner, text: &str) -> Option<&Turn> {
        let text = text.trim();
        if self.is_over() || text.is_empty() || partner.id != self.partner {
            return None;
        }
        let answered = self.last_line(partner);
        let analysis = analyse(&answered.says, text);
        let read = Reply::read(text, &analysis, partner.safety.as_ref());
        let before = self.state();
        let (after, said) = step(partner, before, read);
        let peer = partner.line(said)?;
        self.turns.push(Turn {
            reply: text.to_string(),
            analysis,
            read,
            answered,
            before,
            after,
            said,
            peer,
        });
        self.turns.last()
    }

    /// The conversation as it was before turn `at` (0: before the first reply), to try a
    /// different reply from there. The first attempt is left as it was.
    pub fn branch(&self, at: usize) -> Conversation {
        Conversation {
            partner: self.partner.clone(),
            turns: self.turns.iter().take(at).cloned().collect(),
        }
    }

    /// The deepest the peer opened up: a layer index, or the number of layers if they disclosed.
    pub fn deepest(&self) -> usize {
        usize::from(self.state().deepest)
    }
}
