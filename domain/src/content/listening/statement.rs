//! Peer statements: what a peer says, the feelings it expresses or implies, and model
//! reflections. Every exercise of the area starts from a statement; "Name the feeling" is
//! scored here.
//!
//! How "Name the feeling" is scored, in half points: each expected feeling the learner chose
//! earns two; an expected feeling they missed earns one if they chose another word of the same
//! family instead (near: they heard the right kind of feeling, at another strength); every other
//! extra word costs one. The score is that total over two per expected feeling, never below
//! zero. So choosing every word on the page does not pay, but a near miss is not a failure.

use super::feelings::Feeling;
use super::Exercise;
use crate::content::{ContentNote, Context};
use crate::progress::{Event, Score, TagResult};
use crate::Millis;
use serde::Deserialize;
use std::collections::BTreeSet;

/// The principle "Name the feeling" practises, whatever the statement's own principle.
pub const FEELING_TAG: &str = "listening.reflect-feeling";

/// A peer's statement.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub id: String,
    /// Who is speaking, in a few words ("A paramedic, three years in").
    pub speaker: String,
    pub context: Context,
    pub principle: String,
    #[serde(default)]
    pub content_notes: Vec<ContentNote>,
    /// What the peer says.
    pub statement: String,
    /// Ids of the feelings it expresses or implies: the answers of "Name the feeling".
    pub feelings: Vec<String>,
    /// What a skilled listener would notice, and why.
    pub feelings_note: String,
    /// Model reflections, to compare with and to show.
    pub models: Vec<String>,
}

/// How one feeling came out in an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Mark {
    /// Expected and chosen.
    Hit,
    /// Expected, not chosen, and no word of its family chosen either.
    Missed,
    /// Close: an expected feeling not chosen while another word of its family was (on the
    /// expected feeling), or that other word (on the chosen one). `close_to` names the partner.
    Near,
    /// Chosen, not expected, and not close to any expected feeling.
    Extra,
}

/// Feedback on one feeling word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeelingMark {
    /// The feeling's id.
    pub feeling: String,
    pub mark: Mark,
    /// For [`Mark::Near`]: the word it was close to (the chosen word, or the expected one).
    pub close_to: Option<String>,
    /// Whether this is one of the statement's expected feelings.
    pub expected: bool,
}

/// The result of one "Name the feeling" answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeelingsResult {
    pub key: String,
    /// The expected feelings first, in the statement's order, then the other chosen words in
    /// id order.
    pub marks: Vec<FeelingMark>,
    pub score: Score,
    pub tags: Vec<TagResult>,
}

impl FeelingsResult {
    /// How many feelings got this mark. Near misses are counted once, on the expected feeling
    /// (not again on the chosen word that was close to it).
    pub fn count(&self, mark: Mark) -> usize {
        self.marks
            .iter()
            .filter(|m| m.mark == mark && (m.expected || mark != Mark::Near))
            .count()
    }

    /// The marks to show the learner: every feeling once, a near miss on the expected feeling
    /// only (its partner word is named in `close_to`).
    pub fn shown(&self) -> impl Iterator<Item = &FeelingMark> {
        self.marks
            .iter()
            .filter(|m| m.expected || m.mark != Mark::Near)
    }

    /// The progress event for this answer.
    pub fn event(&self, at: Millis) -> Event {
        Event::answered(&self.key, self.score, &self.tags, at)
    }
}

impl Statement {
    /// `"listen.feel.<id>"`: the key of "Name the feeling" for this statement.
    pub fn feelings_key(&self) -> String {
        Exercise::Feel.progress_key(&self.id)
    }

    /// `"listen.write.<id>"`: the key of "Write your own reflection" for this statement.
    pub fn write_key(&self) -> String {
        Exercise::Write.progress_key(&self.id)
    }

    /// Scores the feelings a learner chose (see the module documentation). `vocabulary` is the
    /// area's feelings, for families; chosen ids not in it are ignored.
    pub fn score_feelings(
        &self,
        vocabulary: &[Feeling],
        chosen: &BTreeSet<String>,
    ) -> FeelingsResult {
        let family = |id: &str| {
            vocabulary
                .iter()
                .find(|f| f.id == id)
                .map(|f| f.family.as_str())
        };
        let expected: Vec<&str> = self.feelings.iter().map(String::as_str).collect();
        // Chosen words that are real feelings but not expected, each usable once as a near miss.
        let mut spare: Vec<&str> = chosen
            .iter()
            .map(String::as_str)
            .filter(|id| family(id).is_some() && !expected.contains(id))
            .collect();
        let mut marks = Vec::new();
        let mut partners: Vec<(String, String)> = Vec::new();
        let (mut hits, mut near) = (0usize, 0usize);
        for id in &expected {
            let (mark, close_to) = if chosen.contains(*id) {
                hits += 1;
                (Mark::Hit, None)
            } else if let Some(pos) = spare
                .iter()
                .position(|c| family(c).is_some() && family(c) == family(id))
            {
                let partner = spare.remove(pos);
                partners.push((partner.to_string(), id.to_string()));
                near += 1;
                (Mark::Near, Some(partner.to_string()))
            } else {
                (Mark::Missed, None)
            };
            marks.push(FeelingMark {
                feeling: id.to_string(),
                mark,
                close_to,
                expected: true,
            });
        }
        let mut others: Vec<FeelingMark> = partners
            .into_iter()
            .map(|(chosen, expected)| FeelingMark {
                feeling: chosen,
                mark: Mark::Near,
                close_to: Some(expected),
                expected: false,
            })
            .chain(spare.iter().map(|id| FeelingMark {
                feeling: id.to_string(),
                mark: Mark::Extra,
                close_to: None,
                expected: false,
            }))
            .collect();
        others.sort_by(|a, b| a.feeling.cmp(&b.feeling));
        let extras = spare.len();
        marks.extend(others);
        let points = (2 * hits + near).saturating_sub(extras);
        let score = Score::from_ratio(points, 2 * expected.len());
        FeelingsResult {
            key: self.feelings_key(),
            marks,
            score,
            tags: vec![TagResult {
                tag: FEELING_TAG.to_string(),
                ok: score.is_full(),
            }],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::listening::Intensity;

    fn vocabulary() -> Vec<Feeling> {
        let f = |id: &str, family: &str, intensity| Feeling {
            id: id.into(),
            word: id.into(),
            family: family.into(),
            intensity,
        };
        vec![
            f("annoyed", "angry", Intensity::Mild),
            f("frustrated", "angry", Intensity::Moderate),
            f("furious", "angry", Intensity::Strong),
            f("low", "sad", Intensity::Mild),
            f("down", "sad", Intensity::Moderate),
            f("uneasy", "afraid", Intensity::Mild),
        ]
    }

    fn statement() -> Statement {
        Statement {
            id: "rota".into(),
            speaker: "A nurse".into(),
            context: Context::Healthcare,
            principle: "listening.reflect-feeling".into(),
            content_notes: vec![],
            statement: "Another double shift.".into(),
            feelings: vec!["frustrated".into(), "down".into()],
            feelings_note: "Both.".into(),
            models: vec!["It sounds exhausting.".into()],
        }
    }

    fn set(ids: &[&str]) -> BTreeSet<String> {
        ids.iter().map(|s| s.to_string()).collect()
    }

    fn check(chosen: &[&str], percent: u8) -> FeelingsResult {
        let res = statement().score_feelings(&vocabulary(), &set(chosen));
        assert_eq!(res.score.percent(), percent, "{chosen:?}: {res:?}");
        res
    }

    #[test]
    fn the_right_feelings_score_full_and_tag_the_skill_ok() {
        let res = check(&["frustrated", "down"], 100);
        assert_eq!(res.count(Mark::Hit), 2);
        assert_eq!(res.key, "listen.feel.rota");
        assert_eq!(res.tags[0].tag, FEELING_TAG);
        assert!(res.tags[0].ok);
    }

    #[test]
    fn a_word_of_the_same_family_is_near_and_earns_half() {
        let res = check(&["frustrated", "low"], 75);
        assert_eq!(res.count(Mark::Near), 1);
        let down = &res.marks[1];
        assert_eq!(
            (down.mark, down.close_to.as_deref()),
            (Mark::Near, Some("low"))
        );
        let low = res.marks.iter().find(|m| m.feeling == "low").unwrap();
        assert_eq!((low.mark, low.expected), (Mark::Near, false));
        assert!(!res.tags[0].ok);
    }

    #[test]
    fn extras_cost_but_never_below_zero() {
        check(&["frustrated", "down", "uneasy"], 75);
        let res = check(&["uneasy"], 0);
        assert_eq!(res.count(Mark::Missed), 2);
        assert_eq!(res.count(Mark::Extra), 1);
        check(&[], 0);
    }

    #[test]
    fn choosing_everything_does_not_pay() {
        let all: Vec<&str> = ["annoyed", "frustrated", "furious", "low", "down", "uneasy"].into();
        // Two hits (4) and four extras (-4): nothing.
        check(&all, 0);
    }

    #[test]
    fn unknown_ids_are_ignored() {
        check(&["frustrated", "down", "nonsense"], 100);
    }

    #[test]
    fn the_event_carries_key_score_and_tag() {
        let res = check(&["frustrated"], 50);
        match res.event(9) {
            Event::Answered {
                item,
                score,
                tags,
                at,
            } => {
                assert_eq!(
                    (item.as_str(), score.percent(), at),
                    ("listen.feel.rota", 50, 9)
                );
                assert_eq!(tags.len(), 1);
            }
            other => panic!("unexpected event {other:?}"),
        }
    }
}
