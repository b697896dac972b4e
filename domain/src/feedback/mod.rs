//! The on-device feedback engine for free-text responses (reflective listening issue).
//!
//! [`analyse`] reads what a peer said and what the learner wrote back, and returns the moves
//! the response makes (a response can make several), each with the words that show it and a
//! short, warm note on what that move may do to the peer. Feedback is a guide, not a grade
//! ([`GUIDE_NOT_GRADE`]): it spots common patterns in the words and can miss what was meant.
//!
//! How it works, in readable pieces (each a module):
//! - `text` turns text into lower-cased words with char positions, sentences and
//!   clauses, spelling out contractions (`don’t` → `do not`) so patterns are written once.
//! - `talk` takes out fillers, hedges, false starts and chat abbreviations ("Okay. So, um…",
//!   "Is it, is it…", "ur", "ngl"), so real talk and texting read like written English.
//! - `pattern` is a tiny word-pattern language (`a/b`, `(optional)`, `!not`, `..` gap, `^`
//!   clause start, `$` clause end, `@list`): no regex crate, so the app stays small.
//! - `lexicon` holds every word list and pattern, grouped by label and commented: the part a
//!   trainer reads and edits.
//! - `shape` reads each sentence from the order of its words: how it asks (open, closed, a
//!   tag, or a statement said with a question mark), whether it gives an order, and who a
//!   verdict is about (others: judgement; the peer: criticism is judgement, praise is
//!   reassurance), and general claims ("Breakups light up…").
//! - `restate` decides which sentences restate the peer's situation (reflects_content).
//! - `engine` combines them: negation, who a feeling belongs to, nudging questions, and saying
//!   less next to a roadblock.
//!
//! Why rules and not a learned model: on the labelled data we had (about 800 pairs), a
//! logistic model over word n-grams cross-validated at macro-F1 0.50, no better than a keyword
//! baseline; the rules generalise through mechanisms (sentence shape, who the subject is,
//! negation scope, fillers stripped) and every label can name the words behind it. What still
//! generalises least is vocabulary: on the share of each tuning set kept aside (aggregates
//! only, see `tests/feedback_eval.rs`), roadblocks in words no list holds go unwarned more
//! often than anything else goes wrong.
//!
//! Why Rust tables and not TOML files under `content/`: the lexicon is code-like (patterns in
//! their own small syntax, each checked by a test), so it gains nothing from the content
//! loader; as consts it costs no JSON parsing or validation at start-up and no error path at
//! run time, and it adds nothing to any content bundle. Trainers still read and edit plain
//! lists of strings in one commented file, `lexicon.rs`.
//!
//! The labelling conventions (the team's guide) are in `domain/tests/data/feedback/README.md`;
//! the ones that shape the rules most:
//! - A question that nudges a course of action ("Have you thought about…?", "Could you ask…?",
//!   "Is there someone at work who could…?") is advice **and** closed_question. A yes/no or
//!   fact question ("How long have you worked there?") is closed; one that invites them to say
//!   more in their own words is open.
//! - Bare imperatives are advice ("Email her tonight"), as are "you need to…", "I'd…", "what
//!   you want to do is…". Telling them how to feel ("don't worry", "be patient") is
//!   reassurance; hindsight ("you should have…") is judgement.
//! - Judgement is a verdict on the peer or on others ("your sister is being unfair", "he
//!   sounds like a bully", "maybe you weren't clear enough", "you're lucky to have a job").
//!   Praise of the peer ("you're so strong", "proud of you") is reassurance, not judgement.
//! - Reassurance includes minimising, silver linings, promises and appeals to the absent ("she
//!   would want you to be happy", "everyone got out, that's the main thing").
//! - Theorising includes studies, statistics, stages, mechanisms and typical patterns.
//! - Validates says the reaction makes sense or is normal ("of course…", "no wonder…").
//! - reflects_content restates their situation, including short and question-shaped
//!   reflections: a statement said with a question mark ("So it reminds you of the money
//!   too?") is a reflection, not a closed question. reflects_feeling names an emotion of the
//!   peer, also inside a yes/no check ("Are you angry with him?") but not inside an open
//!   question ("What's the anger about?").
//! - A long turn that asks only at the end ("…, that must feel lonely, so what's it been
//!   like?", "…, is that part of it?") reflects in the clauses before the question.
//! - A nudge asked without its "have you" ("Seen a counsellor?", "u reported it?") or without
//!   a question mark ("have u thought about a solicitor") is advice and closed_question.
//! - The peer's own word handed back as a short question ("Fraud?") checks it with them; it
//!   is not the listener's verdict. "I wouldn't take it personally" tells them how to feel:
//!   reassurance, not advice.
//! - After a feeling, a phrase that carries their situation restates ("…, with every phone
//!   call"); a phrase of time only qualifies the feeling ("…, after four years").
//!
//! Positions: every [`Span`] counts `char`s (Unicode scalar values) of the response, not bytes,
//! so it can never split a character. [`Span::byte_range`] converts safely for slicing.
//! The engine never panics: any input, including empty or huge text, gives an [`Analysis`];
//! text beyond [`MAX_CHARS`] is not read (and [`Analysis::truncated`] says so).

pub mod cli;
mod engine;
// Kept as a trainer wrote it: word lists stay packed, one pattern per line.
#[rustfmt::skip]
pub mod lexicon;
mod pattern;
mod restate;
mod shape;
mod talk;
mod text;
mod written;

pub use written::TAG_PREFIX;

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// Shown with every piece of feedback.
pub const GUIDE_NOT_GRADE: &str =
    "Feedback is a guide, not a grade: it looks for common patterns in the words and can miss what you meant.";

/// How many chars of a statement or response are read. Practice responses are far shorter;
/// the limit keeps the engine fast on anything pasted in.
pub const MAX_CHARS: usize = 5_000;

/// What a response does. Serialised with exactly these snake_case names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Label {
    /// Names or mirrors the speaker's emotion.
    ReflectsFeeling,
    /// Paraphrases their situation or what it means to them.
    ReflectsContent,
    /// Says their reaction makes sense.
    Validates,
    /// What / how / tell me more.
    OpenQuestion,
    /// A yes/no question.
    ClosedQuestion,
    /// Tells or nudges them what to do (a nudging question is also a closed question).
    Advice,
    /// A verdict on them or on others (praise of them is reassurance).
    Judgement,
    /// Turns to the listener's own experience.
    SelfFocus,
    /// Explains with theory, statistics or labels.
    Theorising,
    /// Minimises, promises, praises to soothe, or appeals to someone absent.
    Reassurance,
}

impl Label {
    /// Every label, in the stable order findings are reported in.
    pub const ALL: [Label; 10] = [
        Label::ReflectsFeeling,
        Label::ReflectsContent,
        Label::Validates,
        Label::OpenQuestion,
        Label::ClosedQuestion,
        Label::Advice,
        Label::Judgement,
        Label::SelfFocus,
        Label::Theorising,
        Label::Reassurance,
    ];

    /// The stable name, as in JSON and the labelled sets: `reflects_feeling`, `advice`…
    pub fn name(self) -> &'static str {
        match self {
            Label::ReflectsFeeling => "reflects_feeling",
            Label::ReflectsContent => "reflects_content",
            Label::Validates => "validates",
            Label::OpenQuestion => "open_question",
            Label::ClosedQuestion => "closed_question",
            Label::Advice => "advice",
            Label::Judgement => "judgement",
            Label::SelfFocus => "self_focus",
            Label::Theorising => "theorising",
            Label::Reassurance => "reassurance",
        }
    }

    /// The label for a stable name, if there is one.
    pub fn from_name(name: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.name() == name)
    }

    /// What the learner sees as the heading of a finding.
    pub fn title(self) -> &'static str {
        match self {
            Label::ReflectsFeeling => "Reflects feeling",
            Label::ReflectsContent => "Reflects content",
            Label::Validates => "Validates",
            Label::OpenQuestion => "Open question",
            Label::ClosedQuestion => "Closed question",
            Label::Advice => "Advice",
            Label::Judgement => "Judgement",
            Label::SelfFocus => "Turns to yourself",
            Label::Theorising => "Theorising",
            Label::Reassurance => "Reassurance",
        }
    }

    /// One of the common roadblocks to listening (as opposed to a listening move or a question).
    pub fn is_roadblock(self) -> bool {
        matches!(
            self,
            Label::Advice
                | Label::Judgement
                | Label::SelfFocus
                | Label::Theorising
                | Label::Reassurance
        )
    }

    /// What this move may do to the peer, warmly and briefly.
    pub fn note(self) -> &'static str {
        match self {
            Label::ReflectsFeeling => "Names the feeling under the words, so they can tell you noticed what it is like for them.",
            Label::ReflectsContent => "Puts their situation in your own words, so they hear they were followed and can put you right.",
            Label::Validates => "Tells them their reaction makes sense; that can ease the worry of feeling it at all.",
            Label::OpenQuestion => "Invites them to say more in their own way, and keeps the focus on them.",
            Label::ClosedQuestion => "Asks for a yes or no: handy to check something, but several in a row can feel like an interview.",
            Label::Advice => "Moves to solutions before they feel heard; it can leave them alone with the feeling. (Right when there is a safety concern or they ask for it.)",
            Label::Judgement => "Puts you in the judge's seat, even when kindly meant; it can make it harder to say how things really are.",
            Label::SelfFocus => "Turns the spotlight to your own story; they may end up listening to you instead of being heard.",
            Label::Theorising => "Explains their experience from the outside; it can feel like being studied rather than understood.",
            Label::Reassurance => "Meant to comfort, but it can shrink the feeling and suggest it is not OK to still feel it.",
        }
    }
}

/// A stretch of the response, in `char` offsets (not bytes): `start` inclusive, `end` exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// The byte range of this span in `text` (the response it came from), for slicing.
    /// `None` if the span does not fit `text`.
    pub fn byte_range(&self, text: &str) -> Option<Range<usize>> {
        if self.start > self.end {
            return None;
        }
        let mut start = None;
        let mut count = 0usize;
        for (b, _) in text.char_indices() {
            if count == self.start {
                start = Some(b);
            }
            if count == self.end {
                return start.map(|s| s..b);
            }
            count += 1;
        }
        // `end` may be the end of the text.
        if count == self.end {
            let s = if self.start == count {
                Some(text.len())
            } else {
                start
            };
            return s.map(|s| s..text.len());
        }
        None
    }

    /// The words this span covers in `text`, or `None` if it does not fit.
    pub fn slice<'a>(&self, text: &'a str) -> Option<&'a str> {
        self.byte_range(text).and_then(|r| text.get(r))
    }
}

/// One label that applies, with the words that show it and what it may do to the peer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub label: Label,
    /// Where in the response, in char offsets, sorted and not overlapping. Never empty.
    pub spans: Vec<Span>,
    /// What this move may do to the peer (the same text as [`Label::note`]).
    pub note: &'static str,
}

/// Everything the engine found in one response.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Analysis {
    /// In the order of [`Label::ALL`], at most one per label.
    pub findings: Vec<Finding>,
    /// The statement or response was longer than [`MAX_CHARS`] and only the start was read.
    pub truncated: bool,
}

impl Analysis {
    /// The labels found, in the order of [`Label::ALL`].
    pub fn labels(&self) -> Vec<Label> {
        self.findings.iter().map(|f| f.label).collect()
    }

    /// The finding for `label`, if it applies.
    pub fn get(&self, label: Label) -> Option<&Finding> {
        self.findings.iter().find(|f| f.label == label)
    }

    /// Whether `label` applies.
    pub fn has(&self, label: Label) -> bool {
        self.get(label).is_some()
    }
}

/// Problems in the lexicon's patterns, as `TABLE: message`; empty when every pattern compiles.
/// (A broken pattern is skipped at run time rather than panicking; tests keep this empty.)
pub fn lexicon_errors() -> Vec<String> {
    engine::lexicon_errors()
}

/// For trainers: every lexicon pattern that matches `response`, as
/// `(table name, pattern, span)`, before the engine's rules combine them. Shows exactly which
/// line of `lexicon.rs` fired.
pub fn trace(response: &str) -> Vec<(&'static str, &'static str, Span)> {
    engine::trace(limit(response).0)
}

/// The first [`MAX_CHARS`] chars of `s`, and whether anything was cut.
fn limit(s: &str) -> (&str, bool) {
    match s.char_indices().nth(MAX_CHARS) {
        Some((b, _)) => (s.get(..b).unwrap_or(s), true),
        None => (s, false),
    }
}

/// Labels `response` (what the learner wrote) as a reply to `statement` (what the peer said).
/// Spans are char offsets into `response`. Never panics.
pub fn analyse(statement: &str, response: &str) -> Analysis {
    let (statement, cut_s) = limit(statement);
    let (response, cut_r) = limit(response);
    let findings = engine::run(statement, response)
        .into_iter()
        .map(|(label, spans)| Finding {
            label,
            spans,
            note: label.note(),
        })
        .collect();
    Analysis {
        findings,
        truncated: cut_s || cut_r,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_match_serde() {
        for l in Label::ALL {
            assert_eq!(Label::from_name(l.name()), Some(l));
            assert_eq!(
                serde_json::to_string(&l).ok(),
                Some(format!("\"{}\"", l.name()))
            );
        }
    }

    #[test]
    fn byte_ranges_are_safe() {
        let t = "Ça va, don’t";
        assert_eq!(Span { start: 0, end: 2 }.slice(t), Some("Ça"));
        assert_eq!(Span { start: 7, end: 12 }.slice(t), Some("don’t"));
        assert_eq!(Span { start: 12, end: 12 }.slice(t), Some(""));
        assert_eq!(Span { start: 7, end: 13 }.slice(t), None);
        assert_eq!(Span { start: 3, end: 2 }.slice(t), None);
    }

    #[test]
    fn long_text_is_cut_not_choked_on() {
        let long = "so hard ".repeat(2_000);
        assert!(analyse("x", &long).truncated);
        assert!(!analyse("x", "short").truncated);
    }
}
