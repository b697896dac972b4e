//! "Pick the reflection": a peer's statement and 5–7 responses of different kinds (reflections
//! of feeling, of content, of both, a deeper reflection, and the well-meant roadblocks: advice,
//! questions, reassurance, "me too" stories, judgement, theorising). Exactly one is best; every option
//! explains what it does to the peer.

use super::Exercise;
use crate::content::one_best::{pick, Answer, Parts, Picked};
use crate::progress::TagResult;
use serde::Deserialize;

/// What a response does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PickKind {
    ReflectsFeeling,
    ReflectsContent,
    ReflectsBoth,
    /// Names the feeling or meaning under the words, which the peer implied but did not say.
    DeeperReflection,
    Advice,
    Question,
    Reassurance,
    /// A "me too" story: the spotlight swings to the listener.
    SelfFocus,
    Judgement,
    /// Explains their experience with theory or labels ("that's imposter syndrome").
    Theorising,
}

impl PickKind {
    pub const ALL: [PickKind; 10] = [
        PickKind::ReflectsFeeling,
        PickKind::ReflectsContent,
        PickKind::ReflectsBoth,
        PickKind::DeeperReflection,
        PickKind::Advice,
        PickKind::Question,
        PickKind::Reassurance,
        PickKind::SelfFocus,
        PickKind::Judgement,
        PickKind::Theorising,
    ];

    /// The name shown beside an option once answered.
    pub fn label(self) -> &'static str {
        match self {
            PickKind::ReflectsFeeling => "Reflects the feeling",
            PickKind::ReflectsContent => "Reflects what happened",
            PickKind::ReflectsBoth => "Reflects feeling and content",
            PickKind::DeeperReflection => "Deeper reflection",
            PickKind::Advice => "Advice",
            PickKind::Question => "Question",
            PickKind::Reassurance => "Reassurance",
            PickKind::SelfFocus => "Turns to yourself",
            PickKind::Judgement => "Judgement",
            PickKind::Theorising => "Theorising",
        }
    }

    /// Is this a reflection of some kind (as opposed to a question or a roadblock)?
    pub fn is_reflection(self) -> bool {
        matches!(
            self,
            PickKind::ReflectsFeeling
                | PickKind::ReflectsContent
                | PickKind::ReflectsBoth
                | PickKind::DeeperReflection
        )
    }

    /// The principle a roadblock goes against, tagged not-ok in progress when it is chosen.
    pub fn roadblock_principle(self) -> Option<&'static str> {
        match self {
            PickKind::Advice => Some("avoid.quick-fix"),
            PickKind::Reassurance => Some("witness.alongside"),
            PickKind::SelfFocus => Some("avoid.own-story"),
            PickKind::Judgement => Some("avoid.judgement"),
            PickKind::Theorising => Some("avoid.theorising"),
            _ => None,
        }
    }
}

/// One response to choose from.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PickOption {
    /// Stable within its item.
    pub id: String,
    pub text: String,
    pub kind: PickKind,
    #[serde(default)]
    pub correct: bool,
    /// What it does to the peer, shown whether chosen or not.
    pub explanation: String,
}

/// A statement (by id) and the responses to pick from.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PickItem {
    pub id: String,
    /// The [`super::Statement::id`] the responses answer.
    pub statement: String,
    pub principle: String,
    #[serde(rename = "option")]
    pub options: Vec<PickOption>,
}

impl Answer for PickOption {
    fn parts(&self) -> Parts<'_> {
        Parts {
            kind: Some(self.kind.label()),
            ..Parts::new(&self.id, &self.text, self.correct, &self.explanation)
        }
    }
}

/// The result of one pick.
pub type PickResult<'a> = Picked<'a, PickOption>;

impl PickItem {
    pub fn progress_key(&self) -> String {
        Exercise::Pick.progress_key(&self.id)
    }

    /// The options in the order the learner sees them at `attempt` (see [`crate::shuffle`]).
    pub fn shown_options(&self, attempt: u32) -> Vec<&PickOption> {
        crate::shuffle::shown(&self.options, &self.progress_key(), attempt, false)
    }

    /// Full marks for the best response, none otherwise; tagged with the item's principle and,
    /// when a roadblock was chosen, the principle it goes against. `None` for an unknown id.
    pub fn score(&self, choice_id: &str) -> Option<PickResult<'_>> {
        let mut result = pick(
            &self.options,
            self.progress_key(),
            &self.principle,
            choice_id,
        )?;
        if let Some(tag) = result.chosen.kind.roadblock_principle() {
            if tag != self.principle {
                result.tags.push(TagResult {
                    tag: tag.to_string(),
                    ok: false,
                });
            }
        }
        Some(result)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::{Event, Score};

    fn item() -> PickItem {
        let o = |id: &str, kind, correct| PickOption {
            id: id.into(),
            text: format!("text {id}"),
            kind,
            correct,
            explanation: format!("why {id}"),
        };
        PickItem {
            id: "rota".into(),
            statement: "rota-statement".into(),
            principle: "listening.reflect-feeling".into(),
            options: vec![
                o("a", PickKind::ReflectsContent, false),
                o("b", PickKind::DeeperReflection, true),
                o("c", PickKind::Advice, false),
                o("d", PickKind::Question, false),
            ],
        }
    }

    #[test]
    fn the_best_response_scores_full() {
        let it = item();
        let res = it.score("b").unwrap();
        assert!(res.is_right());
        assert_eq!(res.score, Score::FULL);
        assert_eq!(res.key, "listen.pick.rota");
        assert_eq!(res.tags.len(), 1);
        assert!(res.tags[0].ok);
    }

    #[test]
    fn a_roadblock_scores_zero_and_marks_what_it_goes_against() {
        let it = item();
        let res = it.score("c").unwrap();
        assert_eq!(res.score, Score::ZERO);
        assert_eq!(res.best.map(|b| b.id.as_str()), Some("b"));
        assert_eq!(res.chosen.explanation, "why c");
        assert_eq!(
            res.tags,
            vec![
                TagResult {
                    tag: "listening.reflect-feeling".into(),
                    ok: false
                },
                TagResult {
                    tag: "avoid.quick-fix".into(),
                    ok: false
                },
            ]
        );
    }

    #[test]
    fn a_plainer_reflection_is_not_a_roadblock_and_unknown_ids_give_none() {
        let it = item();
        let res = it.score("a").unwrap();
        assert_eq!(res.tags.len(), 1);
        assert!(it.score("zz").is_none());
        match res.event(3) {
            Event::Answered {
                item, score, at, ..
            } => {
                assert_eq!(
                    (item.as_str(), score, at),
                    ("listen.pick.rota", Score::ZERO, 3)
                )
            }
            other => panic!("unexpected event {other:?}"),
        }
    }
}
