//! A written answer as progress: how an [`Analysis`] becomes a score and tags, so a learner's
//! written reflections and rewrites feed the same spaced review as the choice exercises.
//!
//! Why this scale: the engine is a guide, not a grade, so the score is coarse on purpose.
//! - 100: the response listens (reflects feeling or content, or validates) and has no roadblock
//!   (advice, judgement, self focus, theorising, reassurance).
//! - 50: it listens, with one roadblock; 25 with two or more.
//! - 25: it does not listen yet but asks an open question and has no roadblock (curious, not
//!   yet a reflection).
//! - 0: anything else.
//!
//! Tags are `feedback.<label name>`: each listening move found counts as ok, each roadblock as
//! a miss, so My progress can show which roadblocks a learner reaches for.

use super::{Analysis, Finding, Label};
use crate::progress::{Event, Score, TagResult};
use crate::Millis;

/// The start of every tag a written answer adds.
pub const TAG_PREFIX: &str = "feedback.";

/// The labels that count as listening.
const LISTENS: [Label; 3] = [
    Label::ReflectsFeeling,
    Label::ReflectsContent,
    Label::Validates,
];

impl Analysis {
    /// True when the response reflects or validates.
    pub fn listens(&self) -> bool {
        LISTENS.iter().any(|l| self.has(*l))
    }

    /// The roadblocks found, in label order.
    pub fn roadblocks(&self) -> Vec<Label> {
        self.labels()
            .into_iter()
            .filter(|l| l.is_roadblock())
            .collect()
    }

    /// The coarse score described in the module documentation.
    pub fn score(&self) -> Score {
        match (self.listens(), self.roadblocks().len()) {
            (true, 0) => Score::FULL,
            (true, 1) => Score::new(50),
            (true, _) => Score::new(25),
            (false, 0) if self.has(Label::OpenQuestion) => Score::new(25),
            (false, _) => Score::ZERO,
        }
    }

    /// One tag per listening move or roadblock found; questions are neither.
    pub fn tags(&self) -> Vec<TagResult> {
        self.labels()
            .into_iter()
            .filter(|l| l.is_roadblock() || LISTENS.contains(l))
            .map(|l| TagResult {
                tag: format!("{TAG_PREFIX}{}", l.name()),
                ok: !l.is_roadblock(),
            })
            .collect()
    }

    /// The progress event for a written answer to the item `key`. The text itself is not in it:
    /// what a learner types is kept only if they save it to their journal.
    pub fn event(&self, key: &str, at: Millis) -> Event {
        Event::Answered {
            item: key.to_string(),
            score: self.score(),
            tags: self.tags(),
            at,
        }
    }
}

impl Finding {
    /// The response cut into pieces for display: `(text, true)` for the words that show this
    /// finding (to highlight), `(text, false)` between them. The pieces join back to `response`;
    /// a span that does not fit the text is left unhighlighted rather than risk a panic.
    pub fn pieces<'a>(&self, response: &'a str) -> Vec<(&'a str, bool)> {
        let mut out = Vec::new();
        let mut at = 0;
        for range in self.spans.iter().filter_map(|s| s.byte_range(response)) {
            if range.start < at || range.start >= range.end {
                continue;
            }
            if range.start > at {
                out.push((&response[at..range.start], false));
            }
            out.push((&response[range.clone()], true));
            at = range.end;
        }
        if at < response.len() {
            out.push((&response[at..], false));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::feedback::{analyse, Label};
    use crate::progress::{Event, Score};

    const PEER: &str = "I failed my first exam and I keep thinking maybe I don't belong here.";

    #[test]
    fn a_reflection_without_roadblocks_scores_full() {
        let a = analyse(
            PEER,
            "It sounds like you feel ashamed and unsure you fit in.",
        );
        assert!(a.listens(), "{:?}", a.labels());
        assert_eq!(a.score(), Score::FULL);
    }

    #[test]
    fn advice_alone_scores_zero_and_is_tagged_as_a_miss() {
        let a = analyse(PEER, "You should talk to your tutor.");
        assert_eq!(a.score(), Score::ZERO);
        let tags = a.tags();
        assert!(
            tags.iter().any(|t| t.tag == "feedback.advice" && !t.ok),
            "{tags:?}"
        );
    }

    #[test]
    fn listening_then_advice_scores_half() {
        let a = analyse(
            PEER,
            "It sounds like you feel ashamed. You should talk to your tutor.",
        );
        assert_eq!(a.score(), Score::new(50), "{:?}", a.labels());
    }

    #[test]
    fn highlighted_pieces_join_back_to_the_response_and_mark_the_trigger_words() {
        let response = "Café talk: you should talk to your tutor.";
        let a = analyse(PEER, response);
        let advice = a.get(Label::Advice).expect("advice");
        let pieces = advice.pieces(response);
        let joined: String = pieces.iter().map(|(t, _)| *t).collect();
        assert_eq!(joined, response);
        let marked: Vec<&str> = pieces.iter().filter(|(_, m)| *m).map(|(t, _)| *t).collect();
        assert!(marked.iter().any(|t| t.contains("should")), "{marked:?}");
    }

    #[test]
    fn the_event_names_the_item_and_never_the_text() {
        let a = analyse(PEER, "That sounds really hard.");
        match a.event("listen.write.exam", 5) {
            Event::Answered { item, .. } => assert_eq!(item, "listen.write.exam"),
            other => panic!("not an answer: {other:?}"),
        }
        assert!(!format!("{:?}", a.event("k", 5)).contains("sounds"));
    }
}
