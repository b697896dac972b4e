//! What a learner has done, as a plain value changed only through [`Progress::apply`].
//!
//! Keyed by content ids, never by position. It keeps per-item and per-tag aggregates rather than
//! every answer, so stored data stays bounded by the size of the content however long a learner
//! practises. Derived numbers (how many lessons are done, what is due) are methods, not stored.

use crate::scheduler::Review;
pub use crate::score::Score;
use crate::Millis;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// How one tag (a feedback label, a to-avoid entry, a skill) went within an answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TagResult {
    pub tag: String,
    pub ok: bool,
}

/// Everything that changes progress. Names say what the learner did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// The learner answered a practice item or a check question.
    Answered {
        item: String,
        score: Score,
        tags: Vec<TagResult>,
        at: Millis,
    },
    /// The learner opened a lesson (at a section, for resuming).
    LessonOpened {
        lesson: String,
        section: u32,
        at: Millis,
    },
    /// The learner finished a conversation with a practice partner (issue 20). The words are
    /// never part of it: only how deep the peer opened up and how it ended.
    PartnerMet {
        partner: String,
        /// The deepest layer reached (the number of layers if they disclosed).
        deepest: u8,
        /// The ending's stable name (`heard`, `close`…).
        ending: String,
        at: Millis,
    },
    /// The learner submitted a lesson's knowledge check.
    CheckSubmitted {
        lesson: String,
        score: Score,
        passed: bool,
        at: Millis,
    },
}

impl Event {
    /// An answer to the item `key` (a catalogue key: `catalog::ItemKey`): every exercise's
    /// result makes its event here.
    pub fn answered(key: &str, score: Score, tags: &[TagResult], at: Millis) -> Event {
        Event::Answered {
            item: key.to_string(),
            score,
            tags: tags.to_vec(),
            at,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemRecord {
    pub attempts: u32,
    /// Answers with full marks.
    pub correct: u32,
    pub last_score: Score,
    pub first_at: Millis,
    pub last_at: Millis,
    pub review: Review,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub seen: u32,
    pub missed: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonRecord {
    pub opened_at: Option<Millis>,
    pub last_section: u32,
    pub check_attempts: u32,
    pub best_check: Option<Score>,
    /// When the check was first passed: the lesson counts as complete from then on.
    pub passed_at: Option<Millis>,
}

/// The practice partners met (schema 3): one record per partner, however many conversations.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerRecord {
    /// Conversations finished with this partner.
    pub met: u32,
    /// The deepest layer reached in any of them (the number of layers if they disclosed).
    pub deepest: u8,
    /// Every ending reached, by stable name.
    pub endings: BTreeSet<String>,
    /// The ending of the latest conversation.
    pub last_ending: String,
    pub first_at: Millis,
    pub last_at: Millis,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Progress {
    pub items: BTreeMap<String, ItemRecord>,
    pub tags: BTreeMap<String, Tally>,
    pub lessons: BTreeMap<String, LessonRecord>,
    /// Practice partners met, by partner id (schema 3).
    pub partners: BTreeMap<String, PartnerRecord>,
}

impl Progress {
    /// The one way progress changes.
    pub fn apply(&mut self, event: Event) {
        match event {
            Event::Answered {
                item,
                score,
                tags,
                at,
            } => self.answered(item, score, tags, at),
            Event::LessonOpened {
                lesson,
                section,
                at,
            } => {
                let rec = self.lessons.entry(lesson).or_default();
                rec.opened_at = Some(at);
                rec.last_section = section;
            }
            Event::PartnerMet {
                partner,
                deepest,
                ending,
                at,
            } => {
                let rec = self.partners.entry(partner).or_insert(PartnerRecord {
                    first_at: at,
                    ..PartnerRecord::default()
                });
                rec.met = rec.met.saturating_add(1);
                rec.deepest = rec.deepest.max(deepest);
                rec.endings.insert(ending.clone());
                if at >= rec.last_at {
                    rec.last_at = at;
                    rec.last_ending = ending;
                }
                rec.first_at = rec.first_at.min(at);
            }
            Event::CheckSubmitted {
                lesson,
                score,
                passed,
                at,
            } => {
                let rec = self.lessons.entry(lesson).or_default();
                rec.check_attempts = rec.check_attempts.saturating_add(1);
                rec.best_check = Some(rec.best_check.map_or(score, |b| b.max(score)));
                if passed && rec.passed_at.is_none() {
                    rec.passed_at = Some(at);
                }
            }
        }
    }

    fn answered(&mut self, item: String, score: Score, tags: Vec<TagResult>, at: Millis) {
        for t in tags {
            let tally = self.tags.entry(t.tag).or_default();
            tally.seen = tally.seen.saturating_add(1);
            if !t.ok {
                tally.missed = tally.missed.saturating_add(1);
            }
        }
        match self.items.get_mut(&item) {
            Some(rec) => {
                rec.attempts = rec.attempts.saturating_add(1);
                rec.correct = rec.correct.saturating_add(u32::from(score.is_full()));
                rec.last_score = score;
                rec.last_at = rec.last_at.max(at);
                rec.review = rec.review.after(score, at);
            }
            None => {
                self.items.insert(
                    item,
                    ItemRecord {
                        attempts: 1,
                        correct: u32::from(score.is_full()),
                        last_score: score,
                        first_at: at,
                        last_at: at,
                        review: Review::first(score, at),
                    },
                );
            }
        }
    }

    /// Has this lesson's check been passed?
    pub fn lesson_done(&self, lesson: &str) -> bool {
        self.lessons
            .get(lesson)
            .is_some_and(|l| l.passed_at.is_some())
    }

    /// The record for an item the learner has met.
    pub fn item(&self, id: &str) -> Option<&ItemRecord> {
        self.items.get(id)
    }

    /// Items met whose id starts with `prefix` (an area, e.g. `"listen."`).
    pub fn items_in<'a>(
        &'a self,
        prefix: &'a str,
    ) -> impl Iterator<Item = (&'a String, &'a ItemRecord)> + 'a {
        self.items
            .range(prefix.to_string()..)
            .take_while(move |(k, _)| k.starts_with(prefix))
    }

    /// True when nothing has been recorded yet.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty() && self.lessons.is_empty() && self.tags.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::DAY;

    fn answered(item: &str, score: u8, at: Millis) -> Event {
        Event::Answered {
            item: item.into(),
            score: Score::new(score),
            tags: vec![],
            at,
        }
    }

    #[test]
    fn score_from_ratio_rounds_down_and_treats_empty_as_full() {
        assert_eq!(Score::from_ratio(2, 3).percent(), 66);
        assert_eq!(Score::from_ratio(3, 3), Score::FULL);
        assert_eq!(Score::from_ratio(0, 0), Score::FULL);
        assert_eq!(Score::from_ratio(5, 3), Score::FULL);
        assert_eq!(Score::new(250), Score::FULL);
    }

    #[test]
    fn answering_twice_keeps_one_aggregate_record_per_item() {
        let mut p = Progress::default();
        p.apply(answered("listen.a", 0, 0));
        p.apply(answered("listen.a", 100, DAY));
        let rec = p.item("listen.a").expect("recorded");
        assert_eq!(
            (rec.attempts, rec.correct, rec.first_at, rec.last_at),
            (2, 1, 0, DAY)
        );
        assert_eq!(p.items.len(), 1);
    }

    #[test]
    fn tags_count_how_often_each_was_missed() {
        let mut p = Progress::default();
        let tags = vec![
            TagResult {
                tag: "avoid.quick-fix".into(),
                ok: false,
            },
            TagResult {
                tag: "todo.validate".into(),
                ok: true,
            },
        ];
        p.apply(Event::Answered {
            item: "moves.1".into(),
            score: Score::new(50),
            tags: tags.clone(),
            at: 1,
        });
        p.apply(Event::Answered {
            item: "moves.2".into(),
            score: Score::new(50),
            tags,
            at: 2,
        });
        assert_eq!(p.tags["avoid.quick-fix"], Tally { seen: 2, missed: 2 });
        assert_eq!(p.tags["todo.validate"], Tally { seen: 2, missed: 0 });
    }

    #[test]
    fn a_lesson_is_done_once_its_check_is_passed_and_stays_done() {
        let mut p = Progress::default();
        p.apply(Event::LessonOpened {
            lesson: "what-is".into(),
            section: 2,
            at: 5,
        });
        assert!(!p.lesson_done("what-is"));
        p.apply(Event::CheckSubmitted {
            lesson: "what-is".into(),
            score: Score::new(50),
            passed: false,
            at: 6,
        });
        assert!(!p.lesson_done("what-is"));
        p.apply(Event::CheckSubmitted {
            lesson: "what-is".into(),
            score: Score::FULL,
            passed: true,
            at: 7,
        });
        p.apply(Event::CheckSubmitted {
            lesson: "what-is".into(),
            score: Score::new(20),
            passed: false,
            at: 8,
        });
        let rec = &p.lessons["what-is"];
        assert!(p.lesson_done("what-is"));
        assert_eq!(
            (
                rec.passed_at,
                rec.best_check,
                rec.check_attempts,
                rec.last_section
            ),
            (Some(7), Some(Score::FULL), 3, 2)
        );
    }

    #[test]
    fn items_in_lists_only_the_area_asked_for() {
        let mut p = Progress::default();
        for id in ["course.x", "listen.a", "listen.b", "moves.a"] {
            p.apply(answered(id, 100, 0));
        }
        let ids: Vec<_> = p.items_in("listen.").map(|(k, _)| k.as_str()).collect();
        assert_eq!(ids, ["listen.a", "listen.b"]);
    }
}
