//! "Write your own reflection": the UI runs [`crate::feedback::analyse`] on what the learner
//! typed and shows the findings; this module turns the labels found into a score and a
//! progress event, so written answers count towards review like the other exercises.
//!
//! The score is a rough guide, as the feedback is ("a guide, not a grade"):
//! - a listening move (reflects feeling, reflects content, validates) and no roadblock: full;
//! - a listening move and one roadblock (advice, judgement, self focus, theorising,
//!   reassurance): half; with two or more roadblocks: a quarter;
//! - no listening move: a quarter for an open question with no roadblock (a curious move, but
//!   not yet a reflection), otherwise nothing.
//!
//! Tags use the principles behind the labels: the listening moves found are tagged ok, the
//! roadblocks found not ok, and `listening.reflect-feeling` is always tagged (ok only when the
//! response reflects a feeling), since that is the skill the exercise practises.

use crate::feedback::Label;
use crate::progress::{Event, Score, TagResult};
use crate::Millis;

/// The principle behind a label, for progress tags.
fn principle(label: Label) -> Option<&'static str> {
    match label {
        Label::ReflectsFeeling => Some("listening.reflect-feeling"),
        Label::ReflectsContent => Some("listening.reflect-content"),
        Label::Validates => Some("todo.validate"),
        Label::Advice => Some("avoid.quick-fix"),
        Label::Judgement => Some("avoid.judgement"),
        Label::SelfFocus => Some("avoid.own-story"),
        Label::Theorising => Some("avoid.theorising"),
        Label::Reassurance => Some("witness.alongside"),
        Label::OpenQuestion | Label::ClosedQuestion => None,
    }
}

fn is_listening(label: Label) -> bool {
    matches!(
        label,
        Label::ReflectsFeeling | Label::ReflectsContent | Label::Validates
    )
}

/// The score of a written reflection with these labels (see the module documentation).
pub fn write_score(labels: &[Label]) -> Score {
    let listening = labels.iter().any(|l| is_listening(*l));
    // Distinct roadblocks: a label reported twice is still one move.
    let roadblocks = Label::ALL
        .iter()
        .filter(|l| l.is_roadblock() && labels.contains(l))
        .count();
    match (listening, roadblocks) {
        (true, 0) => Score::FULL,
        (true, 1) => Score::new(50),
        (true, _) => Score::new(25),
        (false, 0) if labels.contains(&Label::OpenQuestion) => Score::new(25),
        (false, _) => Score::ZERO,
    }
}

/// The progress event for a written reflection. `key` is [`super::Statement::write_key`];
/// `labels` are what [`crate::feedback::analyse`] found (repeats are ignored).
pub fn write_event(key: &str, labels: &[Label], at: Millis) -> Event {
    let mut tags: Vec<TagResult> = Vec::new();
    let mut push = |tag: &str, ok: bool| {
        if !tags.iter().any(|t| t.tag == tag) {
            tags.push(TagResult {
                tag: tag.to_string(),
                ok,
            });
        }
    };
    push(
        "listening.reflect-feeling",
        labels.contains(&Label::ReflectsFeeling),
    );
    for label in Label::ALL.into_iter().filter(|l| labels.contains(l)) {
        if let Some(tag) = principle(label) {
            push(tag, is_listening(label));
        }
    }
    Event::Answered {
        item: key.to_string(),
        score: write_score(labels),
        tags,
        at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(labels: &[Label], percent: u8) {
        assert_eq!(write_score(labels).percent(), percent, "{labels:?}");
    }

    #[test]
    fn a_reflection_without_roadblocks_scores_full() {
        check(&[Label::ReflectsFeeling], 100);
        check(&[Label::ReflectsContent, Label::Validates], 100);
        check(&[Label::ReflectsFeeling, Label::OpenQuestion], 100);
    }

    #[test]
    fn roadblocks_halve_a_reflection_and_alone_score_nothing() {
        check(&[Label::ReflectsFeeling, Label::Advice], 50);
        check(
            &[Label::ReflectsFeeling, Label::Advice, Label::Reassurance],
            25,
        );
        check(&[Label::Advice], 0);
        check(&[Label::OpenQuestion, Label::Judgement], 0);
        check(&[], 0);
    }

    #[test]
    fn an_open_question_alone_earns_a_little() {
        check(&[Label::OpenQuestion], 25);
        check(&[Label::ClosedQuestion], 0);
    }

    #[test]
    fn the_event_tags_moves_ok_and_roadblocks_not() {
        let labels = [Label::ReflectsContent, Label::Advice, Label::Advice];
        match write_event("listen.write.rota", &labels, 5) {
            Event::Answered {
                item,
                score,
                tags,
                at,
            } => {
                assert_eq!(
                    (item.as_str(), score.percent(), at),
                    ("listen.write.rota", 50, 5)
                );
                let tag = |t: &str| tags.iter().find(|x| x.tag == t).map(|x| x.ok);
                assert_eq!(tag("listening.reflect-feeling"), Some(false));
                assert_eq!(tag("listening.reflect-content"), Some(true));
                assert_eq!(tag("avoid.quick-fix"), Some(false));
                assert_eq!(tags.len(), 3);
            }
            other => panic!("unexpected event {other:?}"),
        }
    }
}
