//! Branching conversations that answer back: a graph of peer turns and endings, the checks that
//! keep every graph walkable (every link resolves, every node is reachable, every path ends after
//! 3–5 learner turns), and the score of a path.
//!
//! How a path is scored (see [`path_score`]): half from the ending (best 50, mixed 25,
//! closed 0) and half from the share of replies that stayed with the peer (validating, curious,
//! asking permission, raising safety). So the best route scores 100, and a learner who recovers
//! after an early slip still sees credit for the replies that helped.

use crate::content::{ContentNote, Context};
use crate::progress::{Score, TagResult};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// Fewest learner turns on any path from the start to an ending.
pub const MIN_TURNS: usize = 3;
/// Most learner turns on any path from the start to an ending.
pub const MAX_TURNS: usize = 5;
/// Replies offered at each turn.
pub const REPLIES: std::ops::RangeInclusive<usize> = 2..=4;
/// Distinct endings every conversation has.
pub const MIN_ENDINGS: usize = 3;

/// What a learner's reply does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReplyKind {
    /// Shows the peer you get what they think and feel.
    Validates,
    /// An open, curious question about their experience.
    Curious,
    /// Asks before offering an idea, leaving the choice with them.
    Permission,
    /// Raises safety calmly and directly, or helps them reach other help.
    Safety,
    /// Suggests what to do.
    Advice,
    /// "It'll be fine": shrinks the feeling or hurries past it.
    Reassurance,
    /// A "me too" story that moves the focus to the supporter.
    Story,
    /// Judges, corrects or lectures.
    Judgement,
}

impl ReplyKind {
    /// Does this kind of reply keep the supporter alongside the peer?
    pub fn is_helpful(self) -> bool {
        matches!(
            self,
            ReplyKind::Validates | ReplyKind::Curious | ReplyKind::Permission | ReplyKind::Safety
        )
    }

    pub fn label(self) -> &'static str {
        match self {
            ReplyKind::Validates => "validates",
            ReplyKind::Curious => "stays curious",
            ReplyKind::Permission => "asks permission",
            ReplyKind::Safety => "raises safety",
            ReplyKind::Advice => "gives advice",
            ReplyKind::Reassurance => "reassures",
            ReplyKind::Story => "tells own story",
            ReplyKind::Judgement => "judges",
        }
    }

    /// The principle a reply of this kind shows, used as its progress tag.
    pub fn principle(self) -> &'static str {
        match self {
            ReplyKind::Validates => "todo.validate",
            ReplyKind::Curious => "todo.stay-curious",
            ReplyKind::Permission => "practice.self-determination",
            ReplyKind::Safety => "limits.safety",
            ReplyKind::Advice => "avoid.quick-fix",
            ReplyKind::Reassurance => "witness.alongside",
            ReplyKind::Story => "avoid.own-story",
            ReplyKind::Judgement => "avoid.judgement",
        }
    }
}

/// How an ending went for the peer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quality {
    /// They felt heard and took their own next step (or accepted other help).
    Best,
    /// Partly heard: something landed, something was left unsaid.
    Mixed,
    /// They closed down, left, or were left alone with it.
    Closed,
}

impl Quality {
    pub fn label(self) -> &'static str {
        match self {
            Quality::Best => "Heard",
            Quality::Mixed => "Partly heard",
            Quality::Closed => "Closed down",
        }
    }

    /// The ending's half of a path's score.
    pub fn points(self) -> u8 {
        match self {
            Quality::Best => 50,
            Quality::Mixed => 25,
            Quality::Closed => 0,
        }
    }
}

/// A learner's option at a turn.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reply {
    pub text: String,
    pub kind: ReplyKind,
    pub explanation: String,
    /// The id of the turn or ending that follows.
    pub next: String,
}

/// Something the peer says, and what they were really thinking (shown in the debrief).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Turn {
    pub id: String,
    pub peer: String,
    pub thinking: String,
    #[serde(rename = "reply")]
    pub replies: Vec<Reply>,
}

/// Where a path ends: the peer's last words, how heard they felt and what they do next.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ending {
    pub id: String,
    pub peer: String,
    pub thinking: String,
    pub title: String,
    pub outcome: String,
    pub quality: Quality,
}

/// A whole conversation.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conversation {
    pub id: String,
    pub title: String,
    /// Who the peer is, in a few words.
    pub speaker: String,
    pub context: Context,
    pub principle: String,
    #[serde(default)]
    pub content_notes: Vec<ContentNote>,
    /// Where and how the conversation happens, shown before the first message.
    pub setting: String,
    /// The id of the first turn.
    pub start: String,
    /// The debrief's note on the better route.
    pub better_route: String,
    #[serde(rename = "turn")]
    pub turns: Vec<Turn>,
    #[serde(rename = "ending")]
    pub endings: Vec<Ending>,
}

/// A turn or an ending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Node<'a> {
    Turn(&'a Turn),
    Ending(&'a Ending),
}

impl<'a> Node<'a> {
    pub fn id(self) -> &'a str {
        match self {
            Node::Turn(t) => &t.id,
            Node::Ending(e) => &e.id,
        }
    }
}

/// One step of a path: the turn the peer spoke, and the reply the learner chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step<'a> {
    pub turn: &'a Turn,
    /// The position of the reply within the turn.
    pub index: usize,
    pub reply: &'a Reply,
}

/// A complete path from the start to an ending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Path<'a> {
    pub steps: Vec<Step<'a>>,
    pub ending: &'a Ending,
}

impl Path<'_> {
    pub fn score(&self) -> Score {
        path_score(&self.steps, self.ending)
    }
}

/// Half from the ending's quality, half from the share of helpful replies (module docs).
pub fn path_score(steps: &[Step<'_>], ending: &Ending) -> Score {
    let helpful = steps.iter().filter(|s| s.reply.kind.is_helpful()).count();
    let replies = if steps.is_empty() {
        50
    } else {
        (helpful * 50) / steps.len()
    };
    Score::new(ending.quality.points().saturating_add(replies as u8))
}

/// One tag per reply kind used on the path: ok when that kind keeps the supporter alongside.
pub fn path_tags(steps: &[Step<'_>]) -> Vec<TagResult> {
    let kinds: BTreeSet<ReplyKind> = steps.iter().map(|s| s.reply.kind).collect();
    kinds
        .into_iter()
        .map(|k| TagResult {
            tag: k.principle().to_string(),
            ok: k.is_helpful(),
        })
        .collect()
}

/// Something that would make a conversation unwalkable or break the exercise's promises.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GraphProblem {
    DuplicateId(String),
    /// `start` does not name a turn.
    BadStart(String),
    BrokenLink {
        turn: String,
        next: String,
    },
    /// A turn with too few or too many replies (none at all is a dead end).
    ReplyCount {
        turn: String,
        count: usize,
    },
    Unreachable(String),
    /// A node that can be reached again from itself.
    Cycle(String),
    /// Some path from the start has fewer than [`MIN_TURNS`] or more than [`MAX_TURNS`] turns.
    PathLength {
        shortest: usize,
        longest: usize,
    },
    TooFewEndings(usize),
    NoBestEnding,
}

impl fmt::Display for GraphProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GraphProblem::DuplicateId(id) => write!(f, "the id \"{id}\" is used twice"),
            GraphProblem::BadStart(id) => write!(f, "start \"{id}\" is not a turn"),
            GraphProblem::BrokenLink { turn, next } => {
                write!(
                    f,
                    "turn \"{turn}\" leads to \"{next}\", which does not exist"
                )
            }
            GraphProblem::ReplyCount { turn, count } => write!(
                f,
                "turn \"{turn}\" has {count} replies (want {}–{})",
                REPLIES.start(),
                REPLIES.end()
            ),
            GraphProblem::Unreachable(id) => write!(f, "\"{id}\" cannot be reached from start"),
            GraphProblem::Cycle(id) => write!(f, "\"{id}\" is on a cycle"),
            GraphProblem::PathLength { shortest, longest } => write!(
                f,
                "paths have {shortest}–{longest} learner turns (want {MIN_TURNS}–{MAX_TURNS})"
            ),
            GraphProblem::TooFewEndings(n) => {
                write!(f, "{n} reachable endings (want at least {MIN_ENDINGS})")
            }
            GraphProblem::NoBestEnding => write!(f, "no reachable ending has quality \"best\""),
        }
    }
}

impl Conversation {
    pub fn progress_key(&self) -> String {
        super::Exercise::Talk.progress_key(&self.id)
    }

    /// The order to offer a turn's replies in at `attempt`, as indices into
    /// `turn.replies` (see [`crate::shuffle`]); each turn has its own order.
    pub fn shown_replies(&self, turn: &Turn, attempt: u32) -> Vec<usize> {
        let key = format!("{}.{}", self.progress_key(), turn.id);
        crate::shuffle::order(turn.replies.len(), &key, attempt)
    }

    pub fn node(&self, id: &str) -> Option<Node<'_>> {
        self.turns
            .iter()
            .find(|t| t.id == id)
            .map(Node::Turn)
            .or_else(|| self.endings.iter().find(|e| e.id == id).map(Node::Ending))
    }

    pub fn turn(&self, id: &str) -> Option<&Turn> {
        self.turns.iter().find(|t| t.id == id)
    }

    pub fn ending(&self, id: &str) -> Option<&Ending> {
        self.endings.iter().find(|e| e.id == id)
    }

    /// Every problem with the graph; empty when it is sound.
    pub fn problems(&self) -> Vec<GraphProblem> {
        let mut out = Vec::new();
        let mut ids = BTreeSet::new();
        let all_ids = self
            .turns
            .iter()
            .map(|t| &t.id)
            .chain(self.endings.iter().map(|e| &e.id));
        for id in all_ids {
            if !ids.insert(id.as_str()) {
                out.push(GraphProblem::DuplicateId(id.clone()));
            }
        }
        if self.turn(&self.start).is_none() {
            out.push(GraphProblem::BadStart(self.start.clone()));
            return out;
        }
        for t in &self.turns {
            if !REPLIES.contains(&t.replies.len()) {
                out.push(GraphProblem::ReplyCount {
                    turn: t.id.clone(),
                    count: t.replies.len(),
                });
            }
            for r in &t.replies {
                if self.node(&r.next).is_none() {
                    out.push(GraphProblem::BrokenLink {
                        turn: t.id.clone(),
                        next: r.next.clone(),
                    });
                }
            }
        }

        let reachable = self.reachable();
        for id in &ids {
            if !reachable.contains(id) {
                out.push(GraphProblem::Unreachable((*id).to_string()));
            }
        }
        let cyclic = self.on_cycles();
        let acyclic = cyclic.is_empty();
        out.extend(cyclic.into_iter().map(GraphProblem::Cycle));

        if acyclic {
            let mut memo = BTreeMap::new();
            if let Some((shortest, longest)) = self.turns_to_end(&self.start, &mut memo) {
                if shortest < MIN_TURNS || longest > MAX_TURNS {
                    out.push(GraphProblem::PathLength { shortest, longest });
                }
            }
        }
        let endings: Vec<&Ending> = self
            .endings
            .iter()
            .filter(|e| reachable.contains(e.id.as_str()))
            .collect();
        if endings.len() < MIN_ENDINGS {
            out.push(GraphProblem::TooFewEndings(endings.len()));
        }
        if !endings.iter().any(|e| e.quality == Quality::Best) {
            out.push(GraphProblem::NoBestEnding);
        }
        out
    }

    /// Ids reachable from the start, following links that resolve.
    fn reachable(&self) -> BTreeSet<&str> {
        let mut seen = BTreeSet::new();
        let mut stack = vec![self.start.as_str()];
        while let Some(id) = stack.pop() {
            if !seen.insert(id) {
                continue;
            }
            if let Some(t) = self.turn(id) {
                stack.extend(t.replies.iter().map(|r| r.next.as_str()));
            }
        }
        seen.retain(|id| self.node(id).is_some());
        seen
    }

    /// Turn ids that lie on a cycle (found by depth-first search from every turn).
    fn on_cycles(&self) -> Vec<String> {
        #[derive(Clone, Copy, PartialEq)]
        enum Mark {
            Open,
            Done,
        }
        fn visit<'a>(
            c: &'a Conversation,
            id: &'a str,
            marks: &mut BTreeMap<&'a str, Mark>,
            found: &mut BTreeSet<String>,
        ) {
            match marks.get(id) {
                Some(Mark::Open) => {
                    found.insert(id.to_string());
                    return;
                }
                Some(Mark::Done) => return,
                None => {}
            }
            marks.insert(id, Mark::Open);
            if let Some(t) = c.turn(id) {
                for r in &t.replies {
                    visit(c, &r.next, marks, found);
                }
            }
            marks.insert(id, Mark::Done);
        }
        let mut marks = BTreeMap::new();
        let mut found = BTreeSet::new();
        for t in &self.turns {
            visit(self, &t.id, &mut marks, &mut found);
        }
        found.into_iter().collect()
    }

    /// (fewest, most) learner turns from `id` to an ending, over links that resolve.
    /// Only called on an acyclic graph.
    fn turns_to_end<'a>(
        &'a self,
        id: &'a str,
        memo: &mut BTreeMap<&'a str, Option<(usize, usize)>>,
    ) -> Option<(usize, usize)> {
        if let Some(known) = memo.get(id) {
            return *known;
        }
        let result = match self.node(id) {
            None => None,
            Some(Node::Ending(_)) => Some((0, 0)),
            Some(Node::Turn(t)) => t
                .replies
                .iter()
                .filter_map(|r| self.turns_to_end(&r.next, memo))
                .fold(None, |acc: Option<(usize, usize)>, (lo, hi)| {
                    Some(match acc {
                        None => (lo + 1, hi + 1),
                        Some((a, b)) => (a.min(lo + 1), b.max(hi + 1)),
                    })
                }),
        };
        memo.insert(id, result);
        result
    }

    /// Every complete path from the start, in reply order. Links that do not resolve are
    /// skipped, and a path stops growing past twice [`MAX_TURNS`] turns, so a broken graph
    /// cannot loop forever.
    pub fn paths(&self) -> Vec<Path<'_>> {
        fn grow<'a>(
            c: &'a Conversation,
            id: &str,
            steps: &mut Vec<Step<'a>>,
            out: &mut Vec<Path<'a>>,
        ) {
            match c.node(id) {
                Some(Node::Ending(e)) => out.push(Path {
                    steps: steps.clone(),
                    ending: e,
                }),
                Some(Node::Turn(t)) if steps.len() < 2 * MAX_TURNS => {
                    for (index, reply) in t.replies.iter().enumerate() {
                        steps.push(Step {
                            turn: t,
                            index,
                            reply,
                        });
                        grow(c, &reply.next, steps, out);
                        steps.pop();
                    }
                }
                _ => {}
            }
        }
        let mut out = Vec::new();
        grow(self, &self.start, &mut Vec::new(), &mut out);
        out
    }

    /// The better route for the debrief: the highest-scoring path to a best ending, shortest
    /// first on a tie.
    pub fn best_route(&self) -> Option<Path<'_>> {
        let mut best: Option<Path<'_>> = None;
        for p in self.paths() {
            if p.ending.quality != Quality::Best {
                continue;
            }
            let better = match &best {
                None => true,
                Some(b) => {
                    (p.score(), std::cmp::Reverse(p.steps.len()))
                        > (b.score(), std::cmp::Reverse(b.steps.len()))
                }
            };
            if better {
                best = Some(p);
            }
        }
        best
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A tiny conversation from `(turn id, [(kind, next)])` and `(ending id, quality)` lists.
    pub(crate) fn graph(
        start: &str,
        turns: &[(&str, &[(ReplyKind, &str)])],
        endings: &[(&str, Quality)],
    ) -> Conversation {
        Conversation {
            id: "test".into(),
            title: "Test".into(),
            speaker: "A peer".into(),
            context: Context::Community,
            principle: "witness.alongside".into(),
            content_notes: vec![],
            setting: "Somewhere.".into(),
            start: start.into(),
            better_route: "Listen.".into(),
            turns: turns
                .iter()
                .map(|(id, replies)| Turn {
                    id: (*id).into(),
                    peer: format!("peer at {id}"),
                    thinking: format!("thinking at {id}"),
                    replies: replies
                        .iter()
                        .map(|(kind, next)| Reply {
                            text: format!("{kind:?} to {next}"),
                            kind: *kind,
                            explanation: "why".into(),
                            next: (*next).into(),
                        })
                        .collect(),
                })
                .collect(),
            endings: endings
                .iter()
                .map(|(id, quality)| Ending {
                    id: (*id).into(),
                    peer: "bye".into(),
                    thinking: "hm".into(),
                    title: (*id).into(),
                    outcome: "They go.".into(),
                    quality: *quality,
                })
                .collect(),
        }
    }

    use ReplyKind::{Advice as A, Curious as C, Validates as V};

    /// Three turns deep on every path, three endings.
    pub(crate) fn sound() -> Conversation {
        graph(
            "a",
            &[
                ("a", &[(V, "b"), (A, "c")]),
                ("b", &[(V, "d"), (A, "d")]),
                ("c", &[(C, "d"), (A, "d")]),
                ("d", &[(V, "heard"), (C, "partly"), (A, "closed")]),
            ],
            &[
                ("heard", Quality::Best),
                ("partly", Quality::Mixed),
                ("closed", Quality::Closed),
            ],
        )
    }

    fn check(c: &Conversation, expected: &[GraphProblem]) {
        assert_eq!(c.problems(), expected);
    }

    #[test]
    fn a_sound_graph_has_no_problems() {
        check(&sound(), &[]);
        assert_eq!(sound().paths().len(), 12);
    }

    #[test]
    fn a_link_to_nowhere_is_reported() {
        let mut c = sound();
        c.turns[0].replies[1].next = "nowhere".into();
        let problems = c.problems();
        assert!(problems.contains(&GraphProblem::BrokenLink {
            turn: "a".into(),
            next: "nowhere".into()
        }));
        assert!(problems.contains(&GraphProblem::Unreachable("c".into())));
    }

    #[test]
    fn a_turn_without_replies_is_a_dead_end() {
        let c = graph(
            "a",
            &[
                ("a", &[(V, "b"), (A, "x")]),
                ("b", &[(V, "c"), (A, "c")]),
                ("c", &[(V, "dead"), (A, "y")]),
                ("dead", &[]),
            ],
            &[
                ("x", Quality::Best),
                ("y", Quality::Mixed),
                ("z", Quality::Closed),
            ],
        );
        let problems = c.problems();
        assert!(problems.contains(&GraphProblem::ReplyCount {
            turn: "dead".into(),
            count: 0
        }));
        assert!(problems.contains(&GraphProblem::Unreachable("z".into())));
        assert!(problems.contains(&GraphProblem::TooFewEndings(2)));
    }

    #[test]
    fn a_cycle_is_reported_and_does_not_hang() {
        let mut c = sound();
        c.turns[3].replies[2].next = "a".into();
        let problems = c.problems();
        assert!(problems.iter().any(|p| matches!(p, GraphProblem::Cycle(_))));
        assert!(problems.contains(&GraphProblem::Unreachable("closed".into())));
        assert!(!c.paths().is_empty());
    }

    #[test]
    fn paths_that_are_too_short_or_too_long_are_reported() {
        let mut short = sound();
        short.turns[0].replies[0].next = "heard".into();
        assert!(short.problems().contains(&GraphProblem::PathLength {
            shortest: 1,
            longest: 3
        }));

        let long = graph(
            "a",
            &[
                ("a", &[(V, "b"), (A, "b")]),
                ("b", &[(V, "c"), (A, "c")]),
                ("c", &[(V, "d"), (A, "d")]),
                ("d", &[(V, "e"), (A, "e")]),
                ("e", &[(V, "f"), (A, "x")]),
                ("f", &[(V, "x"), (C, "y"), (A, "z")]),
            ],
            &[
                ("x", Quality::Best),
                ("y", Quality::Mixed),
                ("z", Quality::Closed),
            ],
        );
        assert_eq!(
            long.problems(),
            [GraphProblem::PathLength {
                shortest: 5,
                longest: 6
            }]
        );
    }

    #[test]
    fn a_bad_start_duplicate_ids_and_no_best_ending_are_reported() {
        let mut c = sound();
        c.start = "heard".into();
        assert_eq!(c.problems(), [GraphProblem::BadStart("heard".into())]);

        let mut c = sound();
        c.endings[1].id = "heard".into();
        c.endings[0].quality = Quality::Mixed;
        let problems = c.problems();
        assert!(problems.contains(&GraphProblem::DuplicateId("heard".into())));
        assert!(problems.contains(&GraphProblem::NoBestEnding));
    }

    #[test]
    fn the_best_route_is_all_helpful_replies_to_a_best_ending() {
        let c = sound();
        let route = c.best_route().expect("has a best ending");
        assert_eq!(route.ending.id, "heard");
        assert!(route.steps.iter().all(|s| s.reply.kind.is_helpful()));
        assert_eq!(route.score(), Score::FULL);
    }

    #[test]
    fn a_path_scores_half_for_the_ending_and_half_for_helpful_replies() {
        let c = sound();
        let score_of = |turns: &[usize]| {
            c.paths()
                .into_iter()
                .find(|p| p.steps.iter().map(|s| s.index).eq(turns.iter().copied()))
                .map(|p| p.score().percent())
        };
        assert_eq!(score_of(&[0, 0, 0]), Some(100));
        assert_eq!(score_of(&[1, 1, 2]), Some(0));
        // advice, then curious, then curious to the mixed ending: 25 + 2/3 of 50.
        assert_eq!(score_of(&[1, 0, 1]), Some(25 + 33));
    }

    #[test]
    fn tags_name_each_kind_used_once() {
        let c = sound();
        let p = &c.paths()[0];
        let tags = path_tags(&p.steps);
        assert_eq!(
            tags,
            [TagResult {
                tag: "todo.validate".into(),
                ok: true
            }]
        );
    }
}
