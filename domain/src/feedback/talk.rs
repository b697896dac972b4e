//! Takes out what carries no move in spoken and texted responses, before any rule reads them:
//! fillers ("um", "Mm, yeah.", "Okay."), hedges ("I mean", "kind of", "I guess"), false starts
//! and repeats ("Is it, is it every shift?" reads as "is it every shift"), and chat
//! abbreviations ("u", "ur", "ngl").
//!
//! Why here and not in each pattern: real talk puts a filler anywhere ("What, um, what would it
//! mean for you?"), so a pattern would need an optional gap at every step and would then match
//! across things it should not. Removing them once keeps the lexicon readable and lets "What
//! would it mean" be found the same way however it was said.
//!
//! Nothing is lost for highlighting: the words that stay keep their positions in the original
//! text, so a span still covers exactly what the learner wrote.

use super::pattern::FastSet;
use super::text::{Sentence, Text, Token};
use std::sync::OnceLock;

/// [`ALWAYS`] and [`ALONE`], hashed once: they are looked up for every word.
fn always() -> &'static FastSet<&'static str> {
    static CELL: OnceLock<FastSet<&'static str>> = OnceLock::new();
    CELL.get_or_init(|| ALWAYS.iter().copied().collect())
}

fn alone() -> &'static FastSet<&'static str> {
    static CELL: OnceLock<FastSet<&'static str>> = OnceLock::new();
    CELL.get_or_init(|| ALONE.iter().copied().collect())
}

/// The first word of every hedge, so most words skip the hedge table at once.
fn hedge_starts() -> &'static FastSet<&'static str> {
    static CELL: OnceLock<FastSet<&'static str>> = OnceLock::new();
    CELL.get_or_init(|| {
        HEDGES
            .iter()
            .filter_map(|(w, _)| w.first().copied())
            .collect()
    })
}

/// Never a move on their own, wherever they are.
const ALWAYS: &[&str] = &[
    "um",
    "umm",
    "uh",
    "uhm",
    "er",
    "erm",
    "mm",
    "mmm",
    "hmm",
    "hm",
    "mhm",
    "lol",
    "ngl",
    "tbh",
    "omg",
    "fr",
    "x",
    "xx",
    "xxx",
    "honestly",
    "literally",
    "hun",
    "babe",
    "ooh",
    "ah",
    "aw",
    "aww",
    "ugh",
    "oh",
    "yeah",
    "yep",
    "yeh",
    "ya",
    "mmhm",
    "uhh",
    "ahh",
];

/// Fillers only when they make up a whole clause ("Okay. So…", "Right, so it's…", "God."):
/// elsewhere they are ordinary words ("are you okay", "the right thing", "no wonder").
const ALONE: &[&str] = &[
    "okay",
    "ok",
    "right",
    "well",
    "so",
    "gosh",
    "god",
    "wow",
    "jeez",
    "look",
    "listen",
    "anyway",
    "anyways",
    "man",
    "dude",
    "mate",
    "love",
    "no",
    "yes",
    "sure",
    "alright",
    "like",
    "and",
    "but",
    "hey",
    "bless",
    "blimey",
    "crikey",
    "damn",
    "christ",
    "goodness",
    "seriously",
    "actually",
    "basically",
    "obviously",
    "hmmm",
    "innit",
    "cheers",
    "aye",
];

/// Hedges of two or more words, with where they count as a hedge: anywhere, or only as a
/// whole clause (or at a clause's end, for "you know").
const HEDGES: &[(&[&str], Where)] = &[
    (&["i", "mean"], Where::ClauseStart),
    (&["i", "guess"], Where::ClauseStart),
    (&["i", "suppose"], Where::ClauseStart),
    (&["you", "know"], Where::AloneOrEnd),
    (&["i", "do", "not", "know"], Where::Alone),
    (&["do", "not", "know"], Where::Alone),
    (&["to", "be", "honest"], Where::Anywhere),
    (&["if", "i", "am", "honest"], Where::Anywhere),
    (&["in", "fairness"], Where::Alone),
    (&["or", "whatever"], Where::Anywhere),
    (&["and", "stuff"], Where::AloneOrEnd),
    (&["and", "all", "that"], Where::AloneOrEnd),
    (&["i", "am", "not", "being", "funny"], Where::Alone),
    (&["kind", "of"], Where::Hedge),
    (&["sort", "of"], Where::Hedge),
    (&["kinda"], Where::Hedge),
    (&["sorta"], Where::Hedge),
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Where {
    Anywhere,
    /// At the start of a clause ("I mean, you need…", "I guess it must have…").
    ClauseStart,
    /// The whole clause.
    Alone,
    /// The whole clause, or the end of one ("…the job, you know?").
    AloneOrEnd,
    /// "kind of" as a hedge, not after "what/a/the…" ("what kind of things" keeps it).
    Hedge,
}

/// Words before "kind of" / "sort of" that make it a noun phrase, not a hedge.
const KIND_OF_NOUN: &[&str] = &[
    "what", "which", "a", "an", "the", "any", "some", "this", "that", "every", "no", "one", "same",
    "other", "these", "those", "whatever", "all",
];

/// After "ur", words that make it "you are" rather than "your" ("ur doing", "ur so kind").
const UR_ARE: &[&str] = &[
    "a",
    "an",
    "so",
    "not",
    "just",
    "such",
    "really",
    "being",
    "still",
    "never",
    "always",
    "probably",
    "going",
    "gonna",
    "allowed",
    "right",
    "ok",
    "okay",
    "fine",
    "too",
    "very",
    "only",
    "clearly",
    "obviously",
    "definitely",
    "the",
    "doing",
    "all",
    "already",
    "stuck",
    "literally",
    "actually",
    "honestly",
    "bound",
    "worried",
    "scared",
    "tired",
    "exhausted",
    "fed",
    "upset",
];

fn word(t: &[Token], i: usize) -> &str {
    t.get(i).map_or("", |t| t.word.as_str())
}

/// Whether token `i` ends its clause: the next token starts a clause or a sentence, or there is none.
fn ends_clause(t: &[Token], i: usize) -> bool {
    match (t.get(i), t.get(i + 1)) {
        (Some(a), Some(b)) => b.clause_start || b.sentence != a.sentence,
        _ => true,
    }
}

/// After a noun's `'s`, words that make it "is" or "has" ("the job's *become*…", "Mum's
/// *ill* again") rather than a possessive ("Mum's care").
const IS_AFTER_S: &[&str] = &[
    "a",
    "an",
    "the",
    "not",
    "so",
    "just",
    "really",
    "still",
    "always",
    "never",
    "been",
    "become",
    "got",
    "gone",
    "sort",
    "kind",
    "all",
    "ill",
    "back",
    "fine",
    "okay",
    "ok",
    "right",
    "in",
    "on",
    "off",
    "out",
    "up",
    "down",
    "over",
    "there",
    "here",
    "too",
    "very",
    "quite",
    "only",
    "like",
    "what",
    "who",
    "why",
    "how",
    "probably",
    "definitely",
    "clearly",
    "obviously",
    "taken",
    "left",
    "become",
    "had",
    "come",
    "ok",
    "better",
    "worse",
    "dead",
    "gone",
    "away",
    "home",
    "sick",
    "no",
    "never",
    "being",
];

/// After "its" typed without an apostrophe, words that make it "it is" ("its not your fault"),
/// on top of [`UR_ARE`]; otherwise it stays the possessive ("its own").
const ITS_IS: &[&str] = &[
    "been",
    "your",
    "my",
    "his",
    "her",
    "their",
    "our",
    "on",
    "in",
    "about",
    "because",
    "what",
    "how",
    "like",
    "normal",
    "hard",
    "awful",
    "horrible",
    "a",
    "no",
    "nothing",
    "ok",
    "okay",
    "fine",
    "understandable",
    "totally",
    "completely",
];

/// Spells out "ur" ("your" or "you are") and "its" ("it is" or the possessive) from the word
/// after it.
fn expand_chat(tokens: Vec<Token>) -> Vec<Token> {
    let mut out = Vec::with_capacity(tokens.len());
    for (i, t) in tokens.iter().enumerate() {
        if t.word == "'s" {
            // "the job's become", "Mum's ill again": "is"; "Mum's care": a possessive.
            let next = word(&tokens, i + 1);
            let same_sentence = tokens.get(i + 1).is_some_and(|n| n.sentence == t.sentence);
            if same_sentence
                && (IS_AFTER_S.contains(&next) || next.ends_with("ing") || next.ends_with("ed"))
            {
                let mut is = t.clone();
                is.word = String::from("is");
                is.clause_start = false;
                out.push(is);
            }
            continue;
        }
        if t.word != "ur" && t.word != "its" {
            out.push(t.clone());
            continue;
        }
        let next = word(&tokens, i + 1);
        let same_sentence = tokens.get(i + 1).is_some_and(|n| n.sentence == t.sentence);
        let verb_next = UR_ARE.contains(&next) || next.ends_with("ing") || next.ends_with("ly");
        let (a, b) = if t.word == "ur" {
            if same_sentence && verb_next {
                ("you", Some("are"))
            } else {
                ("your", None)
            }
        } else if same_sentence && (verb_next || ITS_IS.contains(&next) || next.ends_with("ed")) {
            ("it", Some("is"))
        } else {
            ("its", None)
        };
        let mut first = t.clone();
        first.word = String::from(a);
        out.push(first);
        if let Some(b) = b {
            let mut second = t.clone();
            second.word = String::from(b);
            second.clause_start = false;
            out.push(second);
        }
    }
    out
}

/// Marks the tokens that are fillers or hedges (to be dropped). A one-word clause that ends a
/// question ("…, right?", "…, yeah?") is a tag that makes it a check, so it stays.
fn fillers(t: &[Token], sentences: &[Sentence]) -> Vec<bool> {
    let tag_at_end = |i: usize, end: usize| {
        let last_of_sentence = t.get(end + 1).is_none_or(|n| n.sentence != t[i].sentence);
        let asks = sentences.get(t[i].sentence).is_some_and(|s| s.question);
        let not_first = sentences.get(t[i].sentence).is_some_and(|s| s.first < i);
        last_of_sentence && asks && not_first
    };
    let mut drop = vec![false; t.len()];
    // Whether token `i` is the first kept word of its clause, given what is dropped so far.
    let starts = |drop: &[bool], i: usize| -> bool {
        let mut k = i;
        loop {
            let Some(tok) = t.get(k) else { return false };
            if tok.clause_start {
                return true;
            }
            if k == 0 {
                return true;
            }
            k -= 1;
            if t.get(k).is_some_and(|p| p.sentence != tok.sentence) {
                return true;
            }
            if !drop.get(k).copied().unwrap_or(false) {
                return false;
            }
        }
    };
    for (i, tok) in t.iter().enumerate() {
        if always().contains(tok.word.as_str()) {
            drop[i] = true;
        }
    }
    // Hedges, longest first so "i do not know" wins over shorter ones.
    let mut i = 0;
    while i < t.len() {
        if !hedge_starts().contains(word(t, i)) {
            i += 1;
            continue;
        }
        let mut matched = 0;
        for (words, place) in HEDGES {
            let n = words.len();
            let same = (0..n).all(|k| word(t, i + k) == words[k])
                && t.get(i + n - 1)
                    .is_some_and(|l| t.get(i).is_some_and(|f| l.sentence == f.sentence));
            if !same {
                continue;
            }
            let ok = match place {
                Where::Anywhere => true,
                Where::ClauseStart => starts(&drop, i),
                Where::Alone => starts(&drop, i) && ends_clause(t, i + n - 1),
                Where::AloneOrEnd => ends_clause(t, i + n - 1),
                Where::Hedge => i == 0 || !KIND_OF_NOUN.contains(&word(t, i - 1)),
            };
            if ok && n > matched {
                matched = n;
            }
        }
        for k in 0..matched {
            drop[i + k] = true;
        }
        i += matched.max(1);
    }
    // One-word interjections that are a whole clause; repeated so "Okay so, right," all go.
    for _ in 0..3 {
        for (i, tok) in t.iter().enumerate() {
            if drop[i] || !alone().contains(tok.word.as_str()) {
                continue;
            }
            let mut end = i;
            while drop.get(end + 1).copied().unwrap_or(false)
                && t.get(end + 1)
                    .is_some_and(|n| n.sentence == tok.sentence && !n.clause_start)
            {
                end += 1;
            }
            if starts(&drop, i) && ends_clause(t, end) && !tag_at_end(i, end) {
                drop[i] = true;
            }
        }
    }
    drop
}

/// Marks false starts: a run of one to four words said again straight after a clause break
/// ("I, I did", "that sounds, that sounds really", "Is it, is it every shift") loses its
/// first copy.
fn repeats(t: &[Token], drop: &mut [bool]) {
    let kept: Vec<usize> = (0..t.len()).filter(|i| !drop[*i]).collect();
    let w = |k: usize| kept.get(k).map_or("", |i| word(t, *i));
    let mut k = 0;
    while k < kept.len() {
        let mut found = 0;
        for n in (1..=4).rev() {
            let Some(second) = kept.get(k + n).and_then(|i| t.get(*i)) else {
                continue;
            };
            let same_sentence = kept
                .get(k)
                .and_then(|i| t.get(*i))
                .is_some_and(|f| f.sentence == second.sentence);
            if same_sentence && second.clause_start && (0..n).all(|j| w(k + j) == w(k + n + j)) {
                found = n;
                break;
            }
        }
        for j in 0..found {
            if let Some(i) = kept.get(k + j) {
                drop[*i] = true;
            }
        }
        k += found.max(1);
    }
}

/// The text without fillers, hedges and false starts; sentences with nothing left go.
pub(crate) fn tidy(text: Text) -> Text {
    let Text { tokens, sentences } = text;
    let tokens = expand_chat(tokens);
    let mut drop = fillers(&tokens, &sentences);
    repeats(&tokens, &mut drop);

    let mut out = Text::default();
    let mut clause_pending = false;
    let mut last_sentence = usize::MAX;
    for (i, mut tok) in tokens.into_iter().enumerate() {
        if tok.sentence != last_sentence {
            clause_pending = false;
            last_sentence = tok.sentence;
        }
        if drop[i] {
            clause_pending |= tok.clause_start;
            continue;
        }
        tok.clause_start |= clause_pending;
        clause_pending = false;
        out.tokens.push(tok);
    }
    // Rebuild the sentences over the kept tokens, renumbered.
    let mut k = 0;
    for (old, s) in sentences.iter().enumerate() {
        let first = k;
        while out.tokens.get(k).is_some_and(|t| t.sentence == old) {
            k += 1;
        }
        if k > first {
            let n = out.sentences.len();
            for t in &mut out.tokens[first..k] {
                t.sentence = n;
            }
            if let Some(t) = out.tokens.get_mut(first) {
                t.clause_start = true;
            }
            out.sentences.push(Sentence {
                first,
                end_token: k,
                ..*s
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::text::tokenize;

    fn words(t: &str) -> String {
        tokenize(t)
            .tokens
            .into_iter()
            .map(|t| t.word)
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn fillers_and_hedges_go() {
        assert_eq!(words("Mm. Yeah. Okay."), "");
        assert_eq!(words("Okay. So, um, what happened?"), "what happened");
        assert_eq!(
            words("I mean, I guess it must have hurt."),
            "it must have hurt"
        );
        assert_eq!(
            words("Is there, like, any debrief?"),
            "is there any debrief"
        );
        assert_eq!(
            words("It's kind of the culture, you know?"),
            "it is the culture"
        );
    }

    #[test]
    fn ordinary_words_that_can_be_fillers_stay() {
        assert_eq!(words("Are you okay?"), "are you okay");
        assert_eq!(words("You did the right thing."), "you did the right thing");
        assert_eq!(words("No wonder you're tired."), "no wonder you are tired");
        assert_eq!(words("What kind of things?"), "what kind of things");
        assert_eq!(words("Like you are invisible."), "like you are invisible");
    }

    #[test]
    fn false_starts_keep_the_second_try() {
        assert_eq!(words("Is it, is it every shift?"), "is it every shift");
        assert_eq!(words("What, um, what would it mean?"), "what would it mean");
        assert_eq!(
            words("That sounds, God, that sounds scary."),
            "that sounds scary"
        );
        assert_eq!(words("Take, take your time."), "take your time");
    }

    #[test]
    fn chat_abbreviations_are_spelled_out() {
        assert_eq!(
            words("u ok? ur doing ur job"),
            "you ok you are doing your job"
        );
        assert_eq!(
            words("ngl id put a lock on ur cupboard"),
            "i would put a lock on your cupboard"
        );
    }

    #[test]
    fn positions_still_point_at_the_original_words() {
        let text = "Okay, um, that sounds hard.";
        let t = tokenize(text);
        let first = t.tokens.first().map(|t| (t.start, t.end));
        assert_eq!(first, Some((10, 14)));
        assert!(t.tokens.first().is_some_and(|t| t.clause_start));
        assert_eq!(t.sentences.len(), 1);
    }
}
