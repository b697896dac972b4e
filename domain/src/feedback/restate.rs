//! Whether a sentence restates the peer's situation (reflects_content).
//!
//! A sentence restates when it carries the peer's situation in words: it reuses their content
//! words (stems and synonyms), about them ("you", "your") or with words of its own, or opens
//! like a reflection ("So you…", "It sounds like…") and adds some. Around that:
//! - It must not be doing something else: a real question, or a sentence with advice,
//!   reassurance, judgement, theorising or self-focus in it.
//! - The listener's own story ("I had one like that…") and general claims ("Most schools
//!   have…", "People are…") are not about the peer.
//! - In a sentence that validates or names a feeling, only a clause of its own restates:
//!   "It makes sense that it stings, *after everything you built*" validates; "It makes
//!   sense you'd be upset, *you were out there for six hours*" also restates.
//! - After a named feeling, a clause that opens with an -ing verb says what happened ("That
//!   sounds isolating, being the only one on the watch").
//! - A statement said with a question mark ("So it's all on you?") restates unless it only
//!   names a feeling; a short fragment that echoes the peer ("Every meal. All you.", "Two
//!   days, and too late.") restates when nothing else in the response is a roadblock.

use super::engine::{content_word, same_stem, span_of, stem};
use super::lexicon as lx;
use super::pattern::in_list;
use super::pattern::FastSet;
use super::shape::{clauses, Range, Shape};
use super::text::{Sentence, Text};
use super::Span;

/// What the content rule needs from the rest of the engine.
pub(crate) struct Inputs<'a> {
    pub text: &'a Text,
    pub shape: &'a Shape,
    /// Advice, reassurance, judgement, theorising and self-focus matches.
    pub roadblocks: &'a [Range],
    pub validates: &'a [Range],
    pub feeling: &'a [Range],
    /// Reflection openers ("so you", "it sounds like").
    pub cues: &'a [Range],
    pub statement_stems: &'a [String],
    pub statement_words: &'a FastSet<&'a str>,
}

fn word(text: &Text, i: usize) -> &str {
    text.tokens.get(i).map_or("", |t| t.word.as_str())
}

fn within(r: Range, first: usize, end: usize) -> bool {
    r.0 >= first && r.1 <= end
}

/// The sentences that restate the peer's situation, as spans.
pub(crate) fn find(inp: &Inputs) -> Vec<Span> {
    let text = inp.text;
    let mut out = Vec::new();
    for (n, s) in text.sentences.iter().enumerate() {
        let has = |ms: &[Range]| ms.iter().any(|m| within(*m, s.first, s.end_token));
        let reflective = inp.shape.reflective.contains(&n);
        let span_here = |v: &Vec<Span>| v.iter().any(|sp| sp.end == s.end_char);
        let asks = (s.question && !reflective && !inp.shape.tagged.contains(&n))
            || span_here(&inp.shape.open);
        // A long turn that ends by asking ("…, that must feel lonely, so what's it been
        // like?", "…, is that part of it?"): the clauses before the question are statements.
        let s = match asks.then(|| statement_before_question(inp, s)) {
            Some(Some(before)) => before,
            Some(None) => continue,
            None => *s,
        };
        let s = &s;
        if has(inp.roadblocks) {
            continue;
        }
        let words: Vec<&str> = (s.first..s.end_token).map(|i| word(text, i)).collect();
        let you = |w: &&str| matches!(*w, "you" | "your" | "yourself" | "yours");
        if words
            .iter()
            .any(|w| matches!(*w, "i" | "me" | "my" | "mine" | "myself"))
            && !words.iter().any(you)
        {
            continue; // the listener's own story
        }
        let head = words
            .iter()
            .find(|w| !in_list(lx::QUESTION_FILLERS, w))
            .copied()
            .unwrap_or("");
        if in_list(lx::GENERIC_HEADS, head) {
            continue; // a claim about people in general
        }

        // Which clauses can restate. After a validation, a phrase that opens with a
        // preposition qualifies it ("…, after everything you built"); after a feeling, only a
        // phrase of time or amount does ("That sounds hurtful, after four years"), while one
        // that carries their situation restates ("…, with every phone call", "…, as if being
        // seen and passed over was worse").
        let validated = has(inp.validates);
        let felt = has(inp.feeling);
        let counted: Vec<Range> = clauses(text, s)
            .into_iter()
            .filter(|c| {
                let validating = inp.validates.iter().any(|v| within(*v, c.0, c.1));
                let first = (c.0..c.1)
                    .map(|i| word(text, i))
                    .find(|w| !in_list(lx::QUESTION_FILLERS, w))
                    .unwrap_or("");
                let modifier = in_list(lx::PREPOSITIONS, first);
                let qualifier = modifier && (validated || (felt && only_time(text, *c)));
                !(validating || qualifier)
            })
            .collect();
        let in_feeling = |k: usize| inp.feeling.iter().any(|f| f.0 <= k && k < f.1);
        let mut seen: Vec<String> = Vec::new();
        let (mut overlap, mut fresh, mut about_you) = (0usize, 0usize, false);
        for k in counted.iter().flat_map(|c| c.0..c.1) {
            let w = word(text, k);
            about_you |= you(&w);
            if !content_word(w) || in_feeling(k) {
                continue;
            }
            let st = stem(w);
            if seen.contains(&st) {
                continue;
            }
            if inp.statement_stems.iter().any(|x| same_stem(x, &st)) {
                overlap += 1;
            } else {
                fresh += 1;
            }
            seen.push(st);
        }
        let cue = inp
            .cues
            .iter()
            .any(|m| counted.iter().any(|c| within(*m, c.0, c.1)));
        // "So it's all on you.", "It sounds like you're carrying all of it": a reflection
        // frame at the start, about them, and no feeling to carry it.
        let frame = matches!(
            word(text, s.first),
            "so" | "it" | "that" | "sounds" | "seems" | "what" | "if"
        ) && inp.cues.iter().any(|m| m.0 == s.first);
        let opener = frame && about_you && !has(inp.feeling) && !s.question;
        // Next to a roadblock, say less: only a clear restatement counts (two of their words,
        // or a reflection opener), not one shared word.
        let guarded = !inp.roadblocks.is_empty();
        let restates = overlap >= 2
            || (overlap >= 1 && (cue || (!guarded && (about_you || fresh >= 2))))
            || (fresh >= 2 && cue)
            || opener;
        // "That sounds isolating, being the only one…", "…, having it ambush you like that":
        // after a feeling, a clause of its own that opens with a verb in -ing says what
        // happened.
        let gerund = has(inp.feeling)
            && counted.iter().any(|c| {
                let first = (c.0..c.1)
                    .map(|i| word(text, i))
                    .find(|w| !in_list(lx::QUESTION_FILLERS, w) && *w != "not")
                    .unwrap_or("");
                first.len() > 4
                    && first.ends_with("ing")
                    && c.1 - c.0 >= 3
                    && !inp.feeling.iter().any(|f| within(*f, c.0, c.1))
            });
        let checked = reflective && (overlap + fresh >= 1 || !has(inp.feeling));
        // Three words or fewer ("Oh god, fourth year.") restate only as an echo fragment.
        let short = s.end_token - s.first <= 3;
        let fragment = !s.question && !has(inp.feeling) && echo_fragment(inp, s.first, s.end_token);
        if ((restates || checked || gerund) && !short) || fragment {
            if let Some(sp) = span_of(text, (s.first, s.end_token)) {
                out.push(sp);
            }
        }
    }
    out
}

/// The part of a question sentence before the clause that asks, when the asking starts in a
/// later clause and what comes before it is long enough to say something (four words or more).
fn statement_before_question(inp: &Inputs, s: &Sentence) -> Option<Sentence> {
    let text = inp.text;
    let start = inp
        .shape
        .open
        .iter()
        .chain(&inp.shape.closed)
        .filter(|sp| sp.end == s.end_char)
        .map(|sp| sp.start)
        .min()?;
    let first_char = text.tokens.get(s.first)?.start;
    if start <= first_char {
        return None;
    }
    let mut end_token =
        (s.first..s.end_token).find(|&i| text.tokens.get(i).is_some_and(|t| t.start >= start))?;
    // Back over fillers and "can you" to where the asking clause starts ("…, so can you tell
    // me…").
    while end_token > s.first
        && !text.tokens.get(end_token).is_some_and(|t| t.clause_start)
        && (in_list(lx::QUESTION_FILLERS, word(text, end_token - 1))
            || matches!(
                word(text, end_token - 1),
                "can" | "could" | "would" | "you" | "i" | "am"
            ))
    {
        end_token -= 1;
    }
    let starts_clause = text.tokens.get(end_token).is_some_and(|t| t.clause_start);
    if !starts_clause || end_token - s.first < 4 {
        return None;
    }
    let end_char = text.tokens.get(end_token - 1)?.end;
    Some(Sentence {
        first: s.first,
        end_token,
        end_char,
        question: false,
        terminated: true,
    })
}

/// Whether a clause's content words only say when or how long ("after four years", "at
/// fifty-three, after that long"): it qualifies a feeling rather than restating anything.
fn only_time(text: &Text, c: Range) -> bool {
    (c.0..c.1)
        .map(|i| word(text, i))
        .filter(|w| content_word(w))
        .all(|w| {
            w.split('-')
                .all(|p| in_list(lx::TIME_WORDS, p) || p.chars().all(|ch| ch.is_ascii_digit()))
        })
}

/// A short fragment with no verb of its own that picks up the peer's words ("Every meal.",
/// "Two days, and too late."), in a response with no roadblock.
fn echo_fragment(inp: &Inputs, first: usize, end: usize) -> bool {
    let text = inp.text;
    if !inp.roadblocks.is_empty() || end - first > 5 {
        return false;
    }
    let verbless = (first..end).all(|i| {
        let w = word(text, i);
        !lx::AUX.contains(&w)
            && !lx::LINKING.contains(&w)
            && !matches!(w, "i" | "he" | "she" | "they" | "we" | "it")
    });
    let echo = (first..end).any(|i| {
        let w = word(text, i);
        w.chars().count() >= 3 && !in_list(lx::FUNCTION_WORDS, w) && inp.statement_words.contains(w)
    });
    verbless && echo
}

#[cfg(test)]
mod tests {
    use crate::feedback::{analyse, Label};

    const TEXTS: &str =
        "I've texted my brother every day since the funeral. He reads them and never answers.";

    #[test]
    fn a_phrase_after_a_feeling_that_carries_their_situation_restates() {
        // The situation can sit in a phrase after the feeling: it is given back, not qualified.
        for response in [
            "It sounds like you feel shut out, with every message read and left unanswered.",
            "It sounds like the silence hurt, as if being read and ignored was worse than a no.",
        ] {
            let a = analyse(TEXTS, response);
            assert!(a.has(Label::ReflectsFeeling), "{response}");
            assert!(a.has(Label::ReflectsContent), "{response}");
        }
    }

    #[test]
    fn a_phrase_of_time_after_a_feeling_only_qualifies_it() {
        let a = analyse(TEXTS, "That sounds really hurtful, after three months.");
        assert!(a.has(Label::ReflectsFeeling));
        assert!(!a.has(Label::ReflectsContent));
    }
}
