//! "Rewrite it": a peer's statement and an advice-giving reply; the learner picks the validating
//! alternative (scored here) or writes one. Written answers are for the on-device feedback engine
//! ([`crate::feedback`]); each item carries two model rewrites to compare against and to show.

use super::Exercise;
use crate::content::one_best::{pick, Picked};
use crate::content::{Choice, ContentNote, Context};
use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RewriteItem {
    pub id: String,
    pub speaker: String,
    pub context: Context,
    pub principle: String,
    #[serde(default)]
    pub content_notes: Vec<ContentNote>,
    /// What the peer says.
    pub statement: String,
    /// The well-meant, advice-giving reply to rewrite.
    pub advice: String,
    /// What that reply does to the peer, shown with the feedback.
    pub advice_note: String,
    /// Alternatives to pick from; exactly one is `correct`.
    #[serde(rename = "option")]
    pub options: Vec<Choice>,
    /// Validating rewrites to show after a written answer (and to compare it with).
    pub models: Vec<String>,
}

/// The result of picking an alternative.
pub type PickResult<'a> = Picked<'a, Choice>;

impl RewriteItem {
    pub fn progress_key(&self) -> String {
        Exercise::Rewrite.progress_key(&self.id)
    }

    /// The options in the order the learner sees them at `attempt` (see [`crate::shuffle`]).
    pub fn shown_options(&self, attempt: u32) -> Vec<&Choice> {
        crate::shuffle::shown(&self.options, &self.progress_key(), attempt, false)
    }

    /// Scores a pick: full marks for the clearly best validating alternative, none otherwise.
    /// `None` when the id is not one of this item's options.
    pub fn score_pick(&self, choice_id: &str) -> Option<PickResult<'_>> {
        pick(
            &self.options,
            self.progress_key(),
            &self.principle,
            choice_id,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::Score;

    fn item() -> RewriteItem {
        let c = |id: &str, correct| Choice {
            id: id.into(),
            text: format!("text {id}"),
            correct,
            explanation: format!("why {id}"),
        };
        RewriteItem {
            id: "rota".into(),
            speaker: "A nurse".into(),
            context: Context::Healthcare,
            principle: "todo.validate".into(),
            content_notes: vec![],
            statement: "Another double shift.".into(),
            advice: "Just say no next time.".into(),
            advice_note: "Jumps to a fix.".into(),
            options: vec![c("a", false), c("b", true), c("c", false)],
            models: vec!["One.".into(), "Two.".into()],
        }
    }

    #[test]
    fn picking_the_validating_reply_scores_full() {
        let it = item();
        let res = it.score_pick("b").expect("b is an option");
        assert!(res.is_right());
        assert_eq!(res.score, Score::FULL);
        assert_eq!(res.key, "validate.rewrite.rota");
    }

    #[test]
    fn picking_another_reply_scores_zero_and_points_to_the_best() {
        let it = item();
        let res = it.score_pick("c").expect("c is an option");
        assert!(!res.is_right());
        assert_eq!(res.score, Score::ZERO);
        assert_eq!(res.chosen.explanation, "why c");
        assert_eq!(res.best.map(|b| b.id.as_str()), Some("b"));
        assert!(!res.tags[0].ok);
    }

    #[test]
    fn an_unknown_pick_is_none_not_a_panic() {
        assert!(item().score_pick("z").is_none());
    }
}
