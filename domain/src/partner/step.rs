//! The conversation as a state machine: [`step`] takes where the peer is and what a reply did,
//! and gives where they are next and which of their lines they say. Pure and deterministic:
//! the same replies always give the same conversation.
//!
//! The rules, as a trainer would say them:
//! - Listening (a reflection, validation or open question with no roadblock) lets the peer go
//!   one layer deeper and eases their guard. Past the last layer they say what they need (the
//!   "heard" ending), or, for a partner with a disclosure, they disclose it.
//! - A closed question gets a short factual answer; a third in a row starts to feel like an
//!   interview and raises their guard a little.
//! - A roadblock (advice, judgement, reassurance, theorising, your own story) raises their guard
//!   by [`ROADBLOCK`]; a mixed reply by half that. At [`GUARD_LIMIT`] they end it: politely if
//!   they had not yet opened up (still on the first layer), by closing down if they had.
//! - For a partner with a disclosure, the last layer shows the signs: a direct question about
//!   the danger there brings the disclosure too, already asked.
//! - After a disclosure, the learner has [`SAFETY_TURNS`] replies to ask directly about the
//!   danger and to connect them with other help. Both: "helped". Asked only: "asked only".
//!   Neither, or a roadblock that pushes their guard to the limit: "missed".
//! - Every conversation ends by [`MAX_TURNS`] replies (a polite close), so none can go on for ever.

use super::model::{Ending, Line, Partner};
use super::reply::{Reply, ReplyKind};

/// Guard at which the peer ends the conversation.
pub const GUARD_LIMIT: u8 = 4;
/// What one roadblock adds to the guard (a mixed reply adds half).
pub const ROADBLOCK: u8 = 2;
/// Replies the learner has after a disclosure.
pub const SAFETY_TURNS: u8 = 3;
/// The most replies in any conversation.
pub const MAX_TURNS: u8 = 12;
/// Closed questions in a row before the next one raises the guard.
pub const CLOSED_RUN: u8 = 2;

/// Where a conversation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    /// Talking, at a layer (an index into the partner's layers).
    Talking {
        layer: u8,
    },
    /// After the disclosure: what the learner has done about it so far.
    Disclosed {
        asked: bool,
        connected: bool,
        turns: u8,
    },
    Ended(Ending),
}

/// Everything the next reaction depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct State {
    pub stage: Stage,
    /// How far they have opened up: a layer index, or the number of layers once they disclose.
    pub deepest: u8,
    /// How guarded they are now (0 open … [`GUARD_LIMIT`] gone).
    pub guard: u8,
    /// Closed questions in a row just now.
    pub closed_run: u8,
    /// Replies so far.
    pub turns: u8,
}

impl State {
    pub const START: State = State {
        stage: Stage::Talking { layer: 0 },
        deepest: 0,
        guard: 0,
        closed_run: 0,
        turns: 0,
    };

    pub fn ending(&self) -> Option<Ending> {
        match self.stage {
            Stage::Ended(e) => Some(e),
            _ => None,
        }
    }

    pub fn is_over(&self) -> bool {
        self.ending().is_some()
    }
}

/// Which line of the partner's the peer says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Said {
    /// The line of a layer, on reaching it (layer 0: the opening).
    Layer(u8),
    /// A layer's reaction to a reply that did not take them deeper.
    Reaction(u8, ReplyKind),
    Disclosure,
    Safety(SafetyLine),
    Ending(Ending),
}

/// The lines said after a disclosure, before an ending.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SafetyLine {
    Asked,
    ConnectFirst,
    Unasked,
    AfterAsk,
    Pulled,
}

impl Partner {
    /// The words for a [`Said`], if this partner has them (every `Said` that [`step`] gives
    /// for this partner does: the content tests check it).
    pub fn line(&self, said: Said) -> Option<Line> {
        let layer = |i: u8| self.layers.get(usize::from(i));
        match said {
            Said::Layer(i) => layer(i).map(|l| Line {
                says: l.says.clone(),
                thinks: l.thinks.clone(),
            }),
            Said::Reaction(i, kind) => layer(i).map(|l| {
                match kind {
                    ReplyKind::Closed => &l.closed,
                    ReplyKind::Mixed => &l.mixed,
                    ReplyKind::Advice => &l.advice,
                    ReplyKind::Judgement => &l.judgement,
                    ReplyKind::Reassurance => &l.reassurance,
                    ReplyKind::Theorising => &l.theorising,
                    ReplyKind::SelfFocus => &l.self_focus,
                    ReplyKind::Listens | ReplyKind::Other => &l.other,
                }
                .clone()
            }),
            Said::Disclosure => self.safety.as_ref().map(|s| s.disclosure.clone()),
            Said::Safety(which) => self.safety.as_ref().map(|s| {
                match which {
                    SafetyLine::Asked => &s.asked,
                    SafetyLine::ConnectFirst => &s.connect_first,
                    SafetyLine::Unasked => &s.unasked,
                    SafetyLine::AfterAsk => &s.after_ask,
                    SafetyLine::Pulled => &s.pulled,
                }
                .clone()
            }),
            Said::Ending(e) => self.ending(e).cloned(),
        }
    }
}

/// The next state and what the peer says. An ended conversation stays ended and says its
/// ending again (the UI never sends a reply to one).
pub fn step(partner: &Partner, state: State, reply: Reply) -> (State, Said) {
    let layers = u8::try_from(partner.layers.len()).unwrap_or(u8::MAX);
    let mut next = State {
        turns: state.turns.saturating_add(1),
        ..state
    };
    let said = match state.stage {
        Stage::Ended(e) => return (state, Said::Ending(e)),
        Stage::Talking { layer } => talking(partner, layer, layers, &mut next, reply),
        Stage::Disclosed {
            asked,
            connected,
            turns,
        } => disclosed(&mut next, reply, asked, connected, turns),
    };
    if !next.is_over() && next.turns >= MAX_TURNS {
        let end = match next.stage {
            Stage::Disclosed { asked: true, .. } => Ending::AskedOnly,
            Stage::Disclosed { .. } => Ending::Missed,
            _ => Ending::Close,
        };
        next.stage = Stage::Ended(end);
        return (next, Said::Ending(end));
    }
    (next, said)
}

fn talking(partner: &Partner, layer: u8, layers: u8, next: &mut State, reply: Reply) -> Said {
    let kind = reply.kind;
    // At the real worry the signs are there: asking directly is the right move, and it is what
    // lets them say it.
    if reply.asks && partner.safety.is_some() && layer + 1 >= layers {
        next.closed_run = 0;
        next.stage = Stage::Disclosed {
            asked: true,
            connected: false,
            turns: 0,
        };
        next.deepest = layers;
        return Said::Disclosure;
    }
    next.closed_run = if kind == ReplyKind::Closed {
        next.closed_run.saturating_add(1)
    } else {
        0
    };
    match kind {
        ReplyKind::Listens => {
            next.guard = next.guard.saturating_sub(1);
            if layer + 1 < layers {
                next.stage = Stage::Talking { layer: layer + 1 };
                next.deepest = next.deepest.max(layer + 1);
                return Said::Layer(layer + 1);
            }
            if partner.safety.is_some() {
                next.stage = Stage::Disclosed {
                    asked: false,
                    connected: false,
                    turns: 0,
                };
                next.deepest = layers;
                return Said::Disclosure;
            }
            next.stage = Stage::Ended(Ending::Heard);
            return Said::Ending(Ending::Heard);
        }
        ReplyKind::Closed if next.closed_run > CLOSED_RUN => next.guard += 1,
        ReplyKind::Closed | ReplyKind::Other => {}
        ReplyKind::Mixed => next.guard += ROADBLOCK / 2,
        _ => next.guard += ROADBLOCK,
    }
    if next.guard >= GUARD_LIMIT {
        let end = if layer == 0 {
            Ending::Close
        } else {
            Ending::Shutdown
        };
        next.stage = Stage::Ended(end);
        return Said::Ending(end);
    }
    Said::Reaction(layer, kind)
}

fn disclosed(next: &mut State, reply: Reply, asked: bool, connected: bool, turns: u8) -> Said {
    let now_asked = asked || reply.asks;
    let now_connected = connected || reply.connects;
    let turns = turns.saturating_add(1);
    next.closed_run = 0;
    next.stage = Stage::Disclosed {
        asked: now_asked,
        connected: now_connected,
        turns,
    };
    let end = |next: &mut State, e: Ending| {
        next.stage = Stage::Ended(e);
        Said::Ending(e)
    };
    if now_asked && now_connected {
        return end(next, Ending::Helped);
    }
    let said = if now_asked && !asked {
        SafetyLine::Asked
    } else if now_connected && !connected {
        SafetyLine::ConnectFirst
    } else if reply.kind.is_roadblock() || reply.kind == ReplyKind::Mixed {
        next.guard += ROADBLOCK;
        SafetyLine::Pulled
    } else if now_asked {
        SafetyLine::AfterAsk
    } else {
        SafetyLine::Unasked
    };
    if turns >= SAFETY_TURNS || next.guard >= GUARD_LIMIT {
        return end(
            next,
            if now_asked {
                Ending::AskedOnly
            } else {
                Ending::Missed
            },
        );
    }
    Said::Safety(said)
}
