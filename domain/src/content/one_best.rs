//! A question with one best answer among options that each explain themselves ("Pick the
//! reflection", "Rewrite it"): full marks for the best option and none for any other, tagged
//! with the item's principle. The items differ in what their options carry; picking, scoring
//! and the result are the same, so they live here once.

use super::Choice;
use crate::progress::{Event, Score, TagResult};
use crate::Millis;

/// One of the options offered: its [`Parts`], which picking and showing it need.
pub trait Answer {
    fn parts(&self) -> Parts<'_>;
}

/// What every answer has, whatever else its exercise gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parts<'a> {
    /// Stable within its item.
    pub id: &'a str,
    pub text: &'a str,
    /// It is the item's best answer (exactly one is).
    pub best: bool,
    /// What it does, shown whether chosen or not.
    pub explanation: &'a str,
    /// What kind of reply it is ("Advice"), when the exercise names kinds.
    pub kind: Option<&'static str>,
}

impl<'a> Parts<'a> {
    /// An answer's parts, of no named kind.
    pub fn new(id: &'a str, text: &'a str, best: bool, explanation: &'a str) -> Self {
        Parts {
            id,
            text,
            best,
            explanation,
            kind: None,
        }
    }
}

impl Answer for Choice {
    fn parts(&self) -> Parts<'_> {
        Parts::new(&self.id, &self.text, self.correct, &self.explanation)
    }
}

/// The result of one pick.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picked<'a, A> {
    pub key: String,
    pub chosen: &'a A,
    /// The best answer (the same as `chosen` when right).
    pub best: Option<&'a A>,
    pub score: Score,
    pub tags: Vec<TagResult>,
}

impl<A: Answer> Picked<'_, A> {
    pub fn is_right(&self) -> bool {
        self.chosen.parts().best
    }

    pub fn event(&self, at: Millis) -> Event {
        Event::answered(&self.key, self.score, &self.tags, at)
    }
}

/// Scores picking `choice_id` among `options` of the item at progress key `key`: full marks
/// for the best answer, none otherwise, tagged with the item's `principle`. `None` when the
/// id is not one of the options.
pub fn pick<'a, A: Answer>(
    options: &'a [A],
    key: String,
    principle: &str,
    choice_id: &str,
) -> Option<Picked<'a, A>> {
    let chosen = options.iter().find(|o| o.parts().id == choice_id)?;
    let right = chosen.parts().best;
    Some(Picked {
        key,
        chosen,
        best: options.iter().find(|o| o.parts().best),
        score: if right { Score::FULL } else { Score::ZERO },
        tags: vec![TagResult {
            tag: principle.to_string(),
            ok: right,
        }],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options() -> Vec<Choice> {
        ["a", "b", "c"]
            .map(|id| Choice {
                id: id.into(),
                text: format!("text {id}"),
                correct: id == "b",
                explanation: format!("why {id}"),
            })
            .to_vec()
    }

    #[test]
    fn the_best_answer_scores_full_and_is_its_own_best() {
        let o = options();
        let r = pick(&o, "k".into(), "p", "b").expect("b is an option");
        assert!(r.is_right());
        assert_eq!(r.score, Score::FULL);
        assert_eq!(r.best.map(|b| b.id.as_str()), Some("b"));
        assert_eq!(
            r.tags,
            vec![TagResult {
                tag: "p".into(),
                ok: true
            }]
        );
    }

    #[test]
    fn another_answer_scores_zero_points_to_the_best_and_records_under_the_key() {
        let o = options();
        let r = pick(&o, "k".into(), "p", "c").expect("c is an option");
        assert!(!r.is_right());
        assert_eq!(
            (r.score, r.chosen.explanation.as_str()),
            (Score::ZERO, "why c")
        );
        assert_eq!(r.best.map(|b| b.id.as_str()), Some("b"));
        assert!(!r.tags[0].ok);
        match r.event(7) {
            Event::Answered { item, score, .. } => {
                assert_eq!((item.as_str(), score), ("k", Score::ZERO))
            }
            other => panic!("unexpected event {other:?}"),
        }
    }

    #[test]
    fn an_unknown_id_is_none_not_a_panic() {
        assert!(pick(&options(), "k".into(), "p", "z").is_none());
    }
}
