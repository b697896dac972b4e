//! "Sort the responses": a peer's statement and 6–8 responses to place in three bins
//! (validates, gives advice / fixes, something else), and the scoring of a learner's placements.

use super::Exercise;
use crate::content::{ContentNote, Context};
use crate::progress::{Event, Score, TagResult};
use crate::Millis;
use serde::Deserialize;
use std::collections::BTreeMap;

/// Where a response belongs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bin {
    /// Shows the peer their thoughts and feelings have been heard and make sense.
    Validates,
    /// Moves to solutions, instructions or fixing.
    Advice,
    /// Neither: questions, reassurance, "me too" stories, changing the subject.
    Other,
}

impl Bin {
    pub const ALL: [Bin; 3] = [Bin::Validates, Bin::Advice, Bin::Other];

    /// The bin's heading.
    pub fn label(self) -> &'static str {
        match self {
            Bin::Validates => "Validates",
            Bin::Advice => "Gives advice / fixes",
            Bin::Other => "Something else",
        }
    }

    /// A line under the heading, so the learner knows what goes where.
    pub fn hint(self) -> &'static str {
        match self {
            Bin::Validates => "Shows the peer you get what they think and feel.",
            Bin::Advice => "Suggests what to do, or tries to solve it.",
            Bin::Other => "Questions, reassurance, your own stories, changing the subject.",
        }
    }

    /// The principle a response in this bin shows, when the response names none itself.
    /// `Other` has no default: such responses name their own (a question, a story, …).
    pub fn default_principle(self) -> Option<&'static str> {
        match self {
            Bin::Validates => Some("todo.validate"),
            Bin::Advice => Some("avoid.quick-fix"),
            Bin::Other => None,
        }
    }
}

/// One response to sort.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SortResponse {
    /// Stable within its item.
    pub id: String,
    pub text: String,
    pub bin: Bin,
    /// Why it belongs in its bin and what it does to the peer.
    pub explanation: String,
    /// What the response shows; defaults to the bin's principle.
    #[serde(default)]
    pub principle: Option<String>,
}

impl SortResponse {
    /// The principle this response is tagged with in progress.
    pub fn tag(&self) -> Option<&str> {
        self.principle
            .as_deref()
            .or_else(|| self.bin.default_principle())
    }
}

/// A peer's statement with responses to sort.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SortItem {
    pub id: String,
    /// Who is speaking, in a few words ("A second-year nursing student").
    pub speaker: String,
    pub context: Context,
    pub principle: String,
    #[serde(default)]
    pub content_notes: Vec<ContentNote>,
    /// What the peer says.
    pub statement: String,
    #[serde(rename = "response")]
    pub responses: Vec<SortResponse>,
}

/// How one response was placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sorted<'a> {
    pub response: &'a SortResponse,
    /// `None` when the learner left it unplaced.
    pub placed: Option<Bin>,
}

impl Sorted<'_> {
    pub fn is_right(&self) -> bool {
        self.placed == Some(self.response.bin)
    }
}

/// The result of one sorting attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortResult<'a> {
    pub key: String,
    /// Every response in item order, right or not.
    pub sorted: Vec<Sorted<'a>>,
    /// The share of responses placed in the right bin.
    pub score: Score,
    /// One per principle: ok when every response tagged with it was placed right.
    pub tags: Vec<TagResult>,
}

impl<'a> SortResult<'a> {
    /// The responses placed in the wrong bin or not placed, each with its explanation.
    pub fn misplaced(&self) -> impl Iterator<Item = &Sorted<'a>> + '_ {
        self.sorted.iter().filter(|s| !s.is_right())
    }

    /// How many responses are in the right bin.
    pub fn right_count(&self) -> usize {
        self.sorted.iter().filter(|s| s.is_right()).count()
    }

    /// The progress event for this attempt.
    pub fn event(&self, at: Millis) -> Event {
        Event::answered(&self.key, self.score, &self.tags, at)
    }
}

impl SortItem {
    pub fn progress_key(&self) -> String {
        Exercise::Sort.progress_key(&self.id)
    }

    /// The replies in the order the learner sees them at `attempt` (see [`crate::shuffle`]).
    pub fn shown_responses(&self, attempt: u32) -> Vec<&SortResponse> {
        crate::shuffle::shown(&self.responses, &self.progress_key(), attempt, false)
    }

    pub fn response(&self, id: &str) -> Option<&SortResponse> {
        self.responses.iter().find(|r| r.id == id)
    }

    /// Scores the learner's placements (response id → bin). Unplaced responses count as
    /// misplaced; ids that are not in the item are ignored.
    pub fn score(&self, placements: &BTreeMap<String, Bin>) -> SortResult<'_> {
        let sorted: Vec<Sorted<'_>> = self
            .responses
            .iter()
            .map(|r| Sorted {
                response: r,
                placed: placements.get(&r.id).copied(),
            })
            .collect();
        let right = sorted.iter().filter(|s| s.is_right()).count();
        let mut by_tag: BTreeMap<&str, bool> = BTreeMap::new();
        for s in &sorted {
            if let Some(tag) = s.response.tag() {
                let ok = by_tag.entry(tag).or_insert(true);
                *ok = *ok && s.is_right();
            }
        }
        SortResult {
            key: self.progress_key(),
            score: Score::from_ratio(right, sorted.len()),
            tags: by_tag
                .into_iter()
                .map(|(tag, ok)| TagResult {
                    tag: tag.to_string(),
                    ok,
                })
                .collect(),
            sorted,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item() -> SortItem {
        let r = |id: &str, bin, principle: Option<&str>| SortResponse {
            id: id.into(),
            text: format!("text {id}"),
            bin,
            explanation: format!("why {id}"),
            principle: principle.map(str::to_string),
        };
        SortItem {
            id: "exam".into(),
            speaker: "A student".into(),
            context: Context::Students,
            principle: "todo.validate".into(),
            content_notes: vec![],
            statement: "It's fine.".into(),
            responses: vec![
                r("v", Bin::Validates, None),
                r("a", Bin::Advice, None),
                r("q", Bin::Other, Some("todo.stay-curious")),
                r("s", Bin::Other, Some("avoid.own-story")),
            ],
        }
    }

    fn place(pairs: &[(&str, Bin)]) -> BTreeMap<String, Bin> {
        pairs.iter().map(|(id, b)| (id.to_string(), *b)).collect()
    }

    #[test]
    fn all_right_gives_full_marks_and_every_tag_ok() {
        let it = item();
        let res = it.score(&place(&[
            ("v", Bin::Validates),
            ("a", Bin::Advice),
            ("q", Bin::Other),
            ("s", Bin::Other),
        ]));
        assert_eq!(res.score, Score::FULL);
        assert_eq!(res.misplaced().count(), 0);
        assert!(res.tags.iter().all(|t| t.ok));
        assert_eq!(res.key, "validate.sort.exam");
    }

    #[test]
    fn a_misplaced_response_comes_back_with_its_explanation_and_missed_tag() {
        let it = item();
        let res = it.score(&place(&[
            ("v", Bin::Validates),
            ("a", Bin::Validates),
            ("q", Bin::Other),
            ("s", Bin::Other),
        ]));
        assert_eq!(res.score.percent(), 75);
        assert_eq!(res.right_count(), 3);
        let wrong: Vec<_> = res.misplaced().collect();
        assert_eq!(wrong.len(), 1);
        assert_eq!(wrong[0].response.explanation, "why a");
        assert_eq!(wrong[0].placed, Some(Bin::Validates));
        let quick_fix = res.tags.iter().find(|t| t.tag == "avoid.quick-fix");
        assert_eq!(quick_fix.map(|t| t.ok), Some(false));
        let validate = res.tags.iter().find(|t| t.tag == "todo.validate");
        assert_eq!(validate.map(|t| t.ok), Some(true));
    }

    #[test]
    fn unplaced_responses_count_as_misplaced_and_unknown_ids_are_ignored() {
        let it = item();
        let res = it.score(&place(&[("v", Bin::Validates), ("nope", Bin::Advice)]));
        assert_eq!(res.score.percent(), 25);
        assert_eq!(res.misplaced().count(), 3);
        assert!(res.misplaced().all(|s| s.placed.is_none()));
    }

    #[test]
    fn the_event_carries_the_key_score_and_tags() {
        let it = item();
        let res = it.score(&BTreeMap::new());
        match res.event(7) {
            Event::Answered {
                item,
                score,
                tags,
                at,
            } => {
                assert_eq!(
                    (item.as_str(), score, at),
                    ("validate.sort.exam", Score::ZERO, 7)
                );
                assert_eq!(tags.len(), 4);
            }
            other => panic!("unexpected event {other:?}"),
        }
    }
}
