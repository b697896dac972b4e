//! "The ladder": four or five responses to one statement, each at a Carkhuff-style empathy
//! level (1 advice, changing the subject or dismissing; 2 notices the surface but shrinks the
//! feeling; 3 interchangeable reflection; 4 adds the implied feeling; 5 names the deeper
//! feeling and stays with them). The learner puts them in order, least to most empathic.
//!
//! Scoring uses **pairwise order agreement**: of every pair of responses, the share the learner
//! put in the right order. Counting only rungs in exactly the right place would give nothing
//! for an order that is right except that one response sits at the wrong end (every other rung
//! then shifts by one), and the ladder teaches relative judgement ("this is more empathic than
//! that"), which pairs measure directly. Each rung is still marked right or wrong by place, so
//! the learner sees where the order differs.

use super::{Exercise, PickKind};
use crate::progress::{Event, Score, TagResult};
use crate::shuffle;
use crate::Millis;
use serde::Deserialize;

/// One response on the ladder.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rung {
    /// Stable within its item.
    pub id: String,
    pub text: String,
    /// Empathy level, 1..=5; distinct within an item.
    pub level: u8,
    /// What the response does, in the same kinds as Pick the reflection. The rubric ties the
    /// two together (see `content/listening/README.md`): a roadblock (advice, reassurance,
    /// judgement, theorising, a "me too" story) is never above level 2, and levels 4 and 5
    /// are deeper reflections.
    pub kind: PickKind,
    /// Why it sits at this level: what it does to the peer.
    pub explanation: String,
}

/// A statement (by id) and the responses to order.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LadderItem {
    pub id: String,
    /// The [`super::Statement::id`] the responses answer.
    pub statement: String,
    pub principle: String,
    #[serde(rename = "response")]
    pub responses: Vec<Rung>,
}

/// Where the learner put one rung.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed<'a> {
    pub rung: &'a Rung,
    /// The learner's position (0 = least empathic), or `None` if left out.
    pub position: Option<usize>,
    /// Its position in the right order.
    pub right_position: usize,
}

impl Placed<'_> {
    pub fn is_right(&self) -> bool {
        self.position == Some(self.right_position)
    }
}

/// The result of one ordering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LadderResult<'a> {
    pub key: String,
    /// Every rung in the right order (least empathic first), with where the learner put it.
    pub rungs: Vec<Placed<'a>>,
    /// The share of pairs in the right relative order.
    pub score: Score,
    pub tags: Vec<TagResult>,
}

impl LadderResult<'_> {
    /// How many rungs are in exactly the right place.
    pub fn right_places(&self) -> usize {
        self.rungs.iter().filter(|p| p.is_right()).count()
    }

    pub fn event(&self, at: Millis) -> Event {
        Event::answered(&self.key, self.score, &self.tags, at)
    }
}

impl LadderItem {
    pub fn progress_key(&self) -> String {
        Exercise::Ladder.progress_key(&self.id)
    }

    pub fn rung(&self, id: &str) -> Option<&Rung> {
        self.responses.iter().find(|r| r.id == id)
    }

    /// The responses from least to most empathic.
    pub fn solved(&self) -> Vec<&Rung> {
        let mut out: Vec<&Rung> = self.responses.iter().collect();
        out.sort_by_key(|r| r.level);
        out
    }

    /// The ids in the right order.
    pub fn solution(&self) -> Vec<String> {
        self.solved().iter().map(|r| r.id.clone()).collect()
    }

    /// The learner's starting order at `attempt` (the number of answers progress holds for
    /// the item): shuffled by [`shuffle::order_avoiding`], the same all through one attempt,
    /// different on the next, and never already solved when there are two or more responses.
    pub fn shuffled_start(&self, attempt: u32) -> Vec<String> {
        let mut by_level: Vec<usize> = (0..self.responses.len()).collect();
        by_level.sort_by_key(|&i| self.responses[i].level);
        let order = shuffle::order_avoiding(
            self.responses.len(),
            &self.progress_key(),
            attempt,
            &by_level,
        );
        shuffle::arrange(&self.responses, &order)
            .into_iter()
            .map(|r| r.id.clone())
            .collect()
    }

    /// Scores the learner's order (ids, least to most empathic). Unknown ids are ignored and a
    /// repeated id counts where it first appears; a response left out has no place, and every
    /// pair that includes it counts as out of order.
    pub fn score(&self, order: &[String]) -> LadderResult<'_> {
        let mut seen: Vec<&str> = Vec::new();
        for id in order {
            if self.rung(id).is_some() && !seen.contains(&id.as_str()) {
                seen.push(id);
            }
        }
        let position = |id: &str| seen.iter().position(|s| *s == id);
        let rungs: Vec<Placed<'_>> = self
            .solved()
            .into_iter()
            .enumerate()
            .map(|(right_position, rung)| Placed {
                rung,
                position: position(&rung.id),
                right_position,
            })
            .collect();
        let (mut agree, mut pairs) = (0, 0);
        for (i, a) in rungs.iter().enumerate() {
            for b in &rungs[i + 1..] {
                pairs += 1;
                if let (Some(pa), Some(pb)) = (a.position, b.position) {
                    // `a` is less empathic than `b` in the right order.
                    if pa < pb {
                        agree += 1;
                    }
                }
            }
        }
        let score = Score::from_ratio(agree, pairs);
        LadderResult {
            key: self.progress_key(),
            rungs,
            score,
            tags: vec![TagResult {
                tag: self.principle.clone(),
                ok: score.is_full(),
            }],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item() -> LadderItem {
        let r = |id: &str, level| Rung {
            id: id.into(),
            text: format!("text {id}"),
            level,
            kind: PickKind::ReflectsBoth,
            explanation: format!("why {id}"),
        };
        LadderItem {
            id: "rota".into(),
            statement: "rota-statement".into(),
            principle: "listening.reflect-feeling".into(),
            // Deliberately not in level order in the file.
            responses: vec![r("c", 3), r("a", 1), r("e", 5), r("b", 2)],
        }
    }

    fn order(ids: &[&str]) -> Vec<String> {
        ids.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_right_order_scores_full() {
        let it = item();
        assert_eq!(it.solution(), order(&["a", "b", "c", "e"]));
        let res = it.score(&it.solution());
        assert_eq!(res.score, Score::FULL);
        assert_eq!(res.right_places(), 4);
        assert!(res.tags[0].ok);
        assert_eq!(res.key, "listen.ladder.rota");
    }

    #[test]
    fn the_reverse_order_scores_zero() {
        let it = item();
        let res = it.score(&order(&["e", "c", "b", "a"]));
        assert_eq!(res.score, Score::ZERO);
        assert_eq!(res.right_places(), 0);
        assert!(!res.tags[0].ok);
    }

    #[test]
    fn one_response_at_the_wrong_end_keeps_most_pairs() {
        // Every rung is out of place, but only 3 of the 6 pairs are out of order.
        let it = item();
        let res = it.score(&order(&["e", "a", "b", "c"]));
        assert_eq!(res.right_places(), 0);
        assert_eq!(res.score.percent(), 50);
        // One swap of neighbours: 5 of 6 pairs.
        let res = it.score(&order(&["b", "a", "c", "e"]));
        assert_eq!((res.right_places(), res.score.percent()), (2, 83));
    }

    #[test]
    fn left_out_unknown_and_repeated_ids_do_not_crash_or_pay() {
        let it = item();
        let res = it.score(&order(&["a", "zz", "a", "b", "c"]));
        // "e" is left out: the three pairs with it count as out of order.
        assert_eq!(res.score.percent(), 50);
        assert_eq!(res.rungs[3].position, None);
        assert_eq!(it.score(&[]).score, Score::ZERO);
    }

    #[test]
    fn the_shuffled_start_is_stable_per_attempt_complete_never_solved_and_new_each_attempt() {
        let it = item();
        let mut previous: Option<Vec<String>> = None;
        for attempt in 0..200 {
            let start = it.shuffled_start(attempt);
            assert_eq!(start, it.shuffled_start(attempt));
            assert_ne!(start, it.solution(), "attempt {attempt}");
            let mut sorted = start.clone();
            sorted.sort();
            assert_eq!(sorted, order(&["a", "b", "c", "e"]));
            assert_ne!(
                Some(&start),
                previous.as_ref(),
                "attempt {attempt} repeats the last"
            );
            previous = Some(start);
        }
        let distinct: std::collections::BTreeSet<Vec<String>> =
            (0..50).map(|a| it.shuffled_start(a)).collect();
        assert!(distinct.len() > 5, "the attempt should vary the order");
    }
}
