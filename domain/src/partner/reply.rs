//! What a written reply did, as the partner reacts to it: the feedback engine's labels reduced
//! to one kind, plus whether it asked directly about a danger or pointed to other help.
//!
//! Why kinds and not labels: the peer reacts to what a reply does, and the engine is tuned over
//! time; a partner depends only on the families of labels (listening, a closed question, one
//! of the five roadblocks), never on which exact words the engine catches.

use super::model::Safety;
use crate::feedback::{Analysis, Label};

/// What a reply did, for the peer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ReplyKind {
    /// Reflects, validates or asks an open question, with no roadblock: they can go deeper.
    Listens,
    /// A yes/no or fact question and nothing else.
    Closed,
    /// Listening and a roadblock in one reply.
    Mixed,
    Advice,
    Judgement,
    Reassurance,
    Theorising,
    SelfFocus,
    /// Nothing the engine recognises ("Mm.", "OK").
    Other,
}

impl ReplyKind {
    pub const ALL: [ReplyKind; 9] = [
        ReplyKind::Listens,
        ReplyKind::Closed,
        ReplyKind::Mixed,
        ReplyKind::Advice,
        ReplyKind::Judgement,
        ReplyKind::Reassurance,
        ReplyKind::Theorising,
        ReplyKind::SelfFocus,
        ReplyKind::Other,
    ];

    /// A roadblock on its own.
    pub fn is_roadblock(self) -> bool {
        matches!(
            self,
            ReplyKind::Advice
                | ReplyKind::Judgement
                | ReplyKind::Reassurance
                | ReplyKind::Theorising
                | ReplyKind::SelfFocus
        )
    }

    /// What the debrief calls it.
    pub fn title(self) -> &'static str {
        match self {
            ReplyKind::Listens => "listened",
            ReplyKind::Closed => "a closed question",
            ReplyKind::Mixed => "listened, then a roadblock",
            ReplyKind::Advice => "advice",
            ReplyKind::Judgement => "a judgement",
            ReplyKind::Reassurance => "reassurance",
            ReplyKind::Theorising => "theorising",
            ReplyKind::SelfFocus => "your own story",
            ReplyKind::Other => "nothing they could take hold of",
        }
    }

    /// The kind of an analysed reply. With several roadblocks, the one that weighs most on the
    /// peer decides: a verdict, then being told what to do, then being soothed, explained, or
    /// listened to less.
    pub fn of(analysis: &Analysis) -> ReplyKind {
        let listens = analysis.listens() || analysis.has(Label::OpenQuestion);
        let roadblock = [
            (Label::Judgement, ReplyKind::Judgement),
            (Label::Advice, ReplyKind::Advice),
            (Label::Reassurance, ReplyKind::Reassurance),
            (Label::Theorising, ReplyKind::Theorising),
            (Label::SelfFocus, ReplyKind::SelfFocus),
        ]
        .into_iter()
        .find(|(l, _)| analysis.has(*l))
        .map(|(_, k)| k);
        match (listens, roadblock) {
            (true, Some(_)) => ReplyKind::Mixed,
            (true, None) => ReplyKind::Listens,
            (false, Some(k)) => k,
            (false, None) if analysis.has(Label::ClosedQuestion) => ReplyKind::Closed,
            (false, None) => ReplyKind::Other,
        }
    }
}

/// A reply as the partner reacts to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Reply {
    pub kind: ReplyKind,
    /// Asks directly about the danger (read at the last layer, where the signs are, and after
    /// the disclosure).
    pub asks: bool,
    /// Points them to other help (read after the disclosure).
    pub connects: bool,
}

impl Reply {
    /// A reply of this kind that neither asks about safety nor connects.
    pub fn plain(kind: ReplyKind) -> Reply {
        Reply {
            kind,
            asks: false,
            connects: false,
        }
    }

    /// Reads a written reply: the kind from the engine's analysis, and the safety moves from the
    /// partner's patterns. A safety question must be asked: a question mark, or "I wonder",
    /// "can I ask", "I want to ask".
    pub fn read(text: &str, analysis: &Analysis, safety: Option<&Safety>) -> Reply {
        let kind = ReplyKind::of(analysis);
        let Some(safety) = safety else {
            return Reply::plain(kind);
        };
        let words = normalise(text);
        let asking = text.contains('?')
            || analysis.has(Label::OpenQuestion)
            || analysis.has(Label::ClosedQuestion)
            || [" wonder ", " ask ", " asking "]
                .iter()
                .any(|w| words.contains(w));
        Reply {
            kind,
            asks: asking && matches_any(&words, &safety.ask),
            connects: matches_any(&words, &safety.connect),
        }
    }
}

/// Lower-case words separated by single spaces, with a space at each end, so a phrase is found
/// as whole words. Apostrophes split words ("GP's" holds "gp"); `&` is kept ("a&e").
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    for c in text.chars() {
        if c.is_alphanumeric() || c == '&' {
            out.extend(c.to_lowercase());
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

/// Does any pattern occur in `words` (from [`normalise`])? A trailing `*` matches any ending.
pub fn matches_any(words: &str, patterns: &[String]) -> bool {
    patterns.iter().any(|p| {
        let (stem, open) = match p.strip_suffix('*') {
            Some(stem) => (stem, true),
            None => (p.as_str(), false),
        };
        let stem = normalise(stem);
        let stem = stem.trim();
        if stem.is_empty() {
            return false;
        }
        if open {
            words.contains(&format!(" {stem}"))
        } else {
            words.contains(&format!(" {stem} "))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_whole_words_ignoring_case_and_punctuation() {
        let w = normalise("Are you thinking about SUICIDE? Call the GP’s line.");
        let p = |s: &str| vec![s.to_string()];
        assert!(matches_any(&w, &p("suicid*")));
        assert!(matches_any(&w, &p("thinking about suicide")));
        assert!(matches_any(&w, &p("gp")), "GP's holds gp");
        assert!(!matches_any(&w, &p("line s")));
        assert!(!matches_any(&w, &p("sui")), "no stem without a star");
        assert!(!matches_any(&w, &p("")));
        assert!(!matches_any(&w, &p("*")));
    }

    #[test]
    fn listening_with_a_roadblock_is_mixed_and_a_roadblock_alone_is_itself() {
        use crate::feedback::analyse;
        let peer = "I failed my first exam and I keep thinking maybe I don't belong here.";
        let kind = |r: &str| ReplyKind::of(&analyse(peer, r));
        assert_eq!(
            kind("It sounds like you feel ashamed and unsure you fit in."),
            ReplyKind::Listens
        );
        assert_eq!(kind("You should talk to your tutor."), ReplyKind::Advice);
        assert_eq!(
            kind("It sounds like you feel ashamed. You should talk to your tutor."),
            ReplyKind::Mixed
        );
        assert_eq!(kind("Mm."), ReplyKind::Other);
    }
}
