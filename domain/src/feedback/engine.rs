//! The rules that turn matches from the lexicon and the sentence shape into labels, in the
//! order they run.
//!
//! 1. `shape.rs` reads every sentence: questions, orders, verdicts, praise, general claims.
//! 2. Roadblocks: advice (patterns and orders, minus presence phrases such as "take your time"
//!    and minus what is reassurance), reassurance (patterns and praise, minus what validates
//!    and what is reported: "He says you'll be fine"), judgement (patterns and verdicts, minus
//!    a verdict right after "not/no/never"), self-focus and theorising (a general claim counts
//!    only when the response does not use it to soothe or blame).
//! 3. Questions: from the shape, plus invitations ("Tell me more"). A question that carries
//!    advice is advice and a closed question, never an open one.
//! 4. Feelings: feeling words, multi-word feelings, weight words after a frame ("sounds hard")
//!    and "you feel…" statements, kept only when said about the peer (see
//!    [`attributed_to_speaker`]), not negated, not inside a roadblock or an open question.
//!    Next to a roadblock, a word that is a feeling only by its frame needs a reflective frame.
//! 5. Content: `restate.rs`.

use super::lexicon as lx;
use super::pattern::{compile, Table, WordSet};
use super::pattern::{in_list, FastMap, FastSet};
use super::restate;
use super::shape;
use super::text::{tokenize, Text, Token};
use super::{Label, Span};
use std::sync::OnceLock;

/// Every pattern table, compiled once.
pub(crate) struct Compiled {
    advice: Table,
    imperatives: Table,
    elided_nudges: Table,
    not_advice: Table,
    reassurance: Table,
    judgement: Table,
    self_focus: Table,
    theorising: Table,
    validates: Table,
    open_invites: Table,
    feeling_phrases: Table,
    feeling_frames: Table,
    content_cues: Table,
}

/// Every table with its name, for the compile check in tests.
pub(crate) const TABLES: &[(&str, &[&str])] = &[
    ("ADVICE", lx::ADVICE),
    ("IMPERATIVES", lx::IMPERATIVES),
    ("ELIDED_NUDGES", lx::ELIDED_NUDGES),
    ("NOT_ADVICE", lx::NOT_ADVICE),
    ("REASSURANCE", lx::REASSURANCE),
    ("JUDGEMENT", lx::JUDGEMENT),
    ("SELF_FOCUS", lx::SELF_FOCUS),
    ("THEORISING", lx::THEORISING),
    ("VALIDATES", lx::VALIDATES),
    ("OPEN_INVITES", lx::OPEN_INVITES),
    ("FEELING_PHRASES", lx::FEELING_PHRASES),
    ("FEELING_STATEMENT_FRAMES", lx::FEELING_STATEMENT_FRAMES),
    ("CONTENT_CUES", lx::CONTENT_CUES),
];

/// Every pattern in every table that matches `response`, as `(table, pattern, span)`: lets a
/// trainer see exactly which line of the lexicon fired.
pub(crate) fn trace(response: &str) -> Vec<(&'static str, &'static str, Span)> {
    let r = tokenize(response);
    let mut out = Vec::new();
    let shape = shape::read(&r, &|_| false);
    let spans = |ms: &[Range]| -> Vec<Span> { ms.iter().filter_map(|m| span_of(&r, *m)).collect() };
    for (what, found) in [
        ("shape.rs: an order", spans(&shape.orders)),
        ("shape.rs: a verdict", spans(&shape.verdicts)),
        ("shape.rs: praise of the peer", spans(&shape.praise)),
        ("shape.rs: a general claim", spans(&shape.generic)),
        ("shape.rs: an open question", shape.open.clone()),
        ("shape.rs: a closed question", shape.closed.clone()),
    ] {
        out.extend(found.into_iter().map(|sp| ("SHAPE", what, sp)));
    }
    for (name, src) in TABLES {
        for p in src.iter().filter_map(|p| compile(p, lx::list).ok()) {
            for m in p.find_all(&r) {
                if let Some(sp) = span_of(&r, m) {
                    out.push((*name, p.source, sp));
                }
            }
        }
    }
    out
}

/// Compiles a table, skipping (never panicking on) a broken pattern; a test checks there are none.
fn table(src: &[&'static str]) -> Table {
    Table::new(src, lx::list)
}

/// Compile errors in the lexicon, as `TABLE: message` (empty when all is well).
pub(crate) fn lexicon_errors() -> Vec<String> {
    TABLES
        .iter()
        .flat_map(|(name, src)| {
            src.iter()
                .filter_map(move |p| compile(p, lx::list).err().map(|e| format!("{name}: {e}")))
        })
        .collect()
}

fn compiled() -> &'static Compiled {
    static CELL: OnceLock<Compiled> = OnceLock::new();
    CELL.get_or_init(|| Compiled {
        advice: table(lx::ADVICE),
        imperatives: table(lx::IMPERATIVES),
        elided_nudges: table(lx::ELIDED_NUDGES),
        not_advice: table(lx::NOT_ADVICE),
        reassurance: table(lx::REASSURANCE),
        judgement: table(lx::JUDGEMENT),
        self_focus: table(lx::SELF_FOCUS),
        theorising: table(lx::THEORISING),
        validates: table(lx::VALIDATES),
        open_invites: table(lx::OPEN_INVITES),
        feeling_phrases: table(lx::FEELING_PHRASES),
        feeling_frames: table(lx::FEELING_STATEMENT_FRAMES),
        content_cues: table(lx::CONTENT_CUES),
    })
}

/// A token range `(first, one past last)`.
type Range = (usize, usize);

fn find(table: &Table, text: &Text) -> Vec<Range> {
    table.find_all(text)
}

fn overlaps(a: Range, b: Range) -> bool {
    a.0 < b.1 && b.0 < a.1
}

fn contains(outer: Range, inner: Range) -> bool {
    outer.0 <= inner.0 && inner.1 <= outer.1
}

fn in_sentence(r: Range, first: usize, end: usize) -> bool {
    r.0 >= first && r.1 <= end
}

/// The word lists the rules look words up in, hashed once.
struct Sets {
    feelings: WordSet,
    ambiguous: WordSet,
    weight: WordSet,
    stop: WordSet,
    synonyms: FastMap<&'static str, usize>,
}

fn sets() -> &'static Sets {
    static CELL: OnceLock<Sets> = OnceLock::new();
    CELL.get_or_init(|| Sets {
        feelings: WordSet::from_entries(lx::feeling_words()),
        ambiguous: WordSet::from_entries(lx::AMBIGUOUS_FEELINGS),
        weight: WordSet::from_entries(lx::WEIGHT_WORDS),
        stop: WordSet::from_entries(lx::STOPWORDS),
        synonyms: lx::SYNONYMS
            .iter()
            .enumerate()
            .flat_map(|(g, group)| group.iter().map(move |w| (*w, g)))
            .rev() // the first group a word is in wins
            .collect(),
    })
}

fn word(text: &Text, i: usize) -> &str {
    text.tokens.get(i).map(|t| t.word.as_str()).unwrap_or("")
}

fn tok(text: &Text, i: usize) -> Option<&Token> {
    text.tokens.get(i)
}

const NEGATIONS: &[&str] = &[
    "not", "no", "never", "nothing", "without", "nobody", "none", "neither", "nor",
];

/// A negation among the three words before token `i`, within its clause.
fn negated(text: &Text, i: usize) -> bool {
    let Some(t) = tok(text, i) else { return false };
    let mut k = i;
    for _ in 0..3 {
        if k == 0 {
            return false;
        }
        let cur = tok(text, k);
        if cur.is_some_and(|c| c.clause_start) {
            return false;
        }
        k -= 1;
        match tok(text, k) {
            Some(p) if p.sentence == t.sentence => {
                if NEGATIONS.contains(&p.word.as_str()) {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

const YOU: &[&str] = &["you", "your", "yourself", "yours"];
/// Subjects that make a feeling someone else's: the listener ("we") or other people. Object
/// and possessive words ("finding him", "her fear") are not subjects and do not count.
const OTHERS: &[&str] = &[
    "we",
    "he",
    "she",
    "they",
    "everyone",
    "everybody",
    "anyone",
    "anybody",
    "people",
    "nobody",
    "someone",
    "somebody",
    "others",
];
/// After "I", these verbs point at the other person ("I can hear how tired you are").
const I_TRANSPARENT: &[&str] = &[
    "can",
    "could",
    "wonder",
    "wondering",
    "imagine",
    "imagining",
    "guess",
    "bet",
    "sense",
    "hear",
    "see",
    "think",
    "suspect",
    "notice",
    "noticed",
    "get",
];
const AM_TRANSPARENT: &[&str] = &[
    "sorry",
    "wondering",
    "guessing",
    "hearing",
    "imagining",
    "sensing",
    "so",
    "really",
];

/// Whether the feeling at token `i` is said about the speaker: the nearest person word before
/// it in the sentence is "you", or there is none ("That sounds exhausting", "Dreading it"), or
/// it is "I" used to point at them ("I can hear how tired you are", "I'm sorry you're hurting").
/// The listener's own feelings, other people's and everyone's are not.
pub(crate) fn attributed_to_speaker(text: &Text, i: usize) -> bool {
    let Some(t) = tok(text, i) else { return false };
    let mut k = i;
    for _ in 0..10 {
        if k == 0 {
            return true;
        }
        k -= 1;
        let Some(p) = tok(text, k) else { return true };
        if p.sentence != t.sentence {
            return true;
        }
        let w = p.word.as_str();
        if YOU.contains(&w) {
            return true;
        }
        if w == "i" {
            let next = word(text, k + 1);
            if next == "am" {
                let after = word(text, k + 2);
                // "I'm so sorry you…" points at them; "I'm so anxious" is the listener's own.
                return AM_TRANSPARENT.contains(&after)
                    && !sets().feelings.contains(word(text, k + 3));
            }
            return I_TRANSPARENT.contains(&next);
        }
        if OTHERS.contains(&w) {
            return false;
        }
    }
    true
}

fn is_intensifier(w: &str) -> bool {
    in_list(lx::INTENSIFIERS, w)
}

/// The nearest word before `i` that is not an intensifier (up to three skipped), with its index.
fn frame_before(text: &Text, i: usize) -> Option<(usize, &str)> {
    let t = tok(text, i)?;
    let mut k = i;
    for _ in 0..4 {
        if k == 0 {
            return None;
        }
        k -= 1;
        let p = tok(text, k)?;
        if p.sentence != t.sentence {
            return None;
        }
        if !is_intensifier(&p.word) {
            return Some((k, p.word.as_str()));
        }
    }
    None
}

fn is_question_sentence(text: &Text, i: usize) -> bool {
    tok(text, i)
        .and_then(|t| text.sentences.get(t.sentence))
        .is_some_and(|s| s.question)
}

/// Weight words ("hard", "awful", "a lot") count after a frame: "sounds hard", "must be awful",
/// "how awful" / "what a nightmare" (not in questions), or "that's / it was hard".
fn weight_framed(text: &Text, i: usize) -> bool {
    let Some((k, f)) = frame_before(text, i) else {
        return false;
    };
    if f == "how" || f == "what" {
        return !is_question_sentence(text, i);
    }
    if in_list(lx::WEIGHT_FRAMES, f) {
        return true;
    }
    if matches!(f, "be" | "been") {
        // "must be hard", "must have been awful", "that has been rough"
        return (1..=3).any(|d| {
            k >= d
                && matches!(
                    word(text, k - d),
                    "must" | "that" | "this" | "it" | "sounds"
                )
        });
    }
    if matches!(f, "is" | "was") {
        return k >= 1
            && matches!(
                word(text, k - 1),
                "that" | "this" | "it" | "everything" | "which"
            );
    }
    false
}

fn ambiguous_framed(text: &Text, i: usize) -> bool {
    frame_before(text, i).is_some_and(|(_, f)| in_list(lx::FEELING_FRAMES, f))
}

/// A simple stemmer: enough to see that "replaying" and "replay", "shifts" and "shift",
/// "disciplined" and "discipline" are the same word. Synonym groups map to one key.
pub(crate) fn stem(w: &str) -> String {
    if let Some(g) = sets().synonyms.get(w) {
        return format!("#{g}");
    }
    let mut s = w.trim_end_matches('\'').to_string();
    for (suffix, min, repl) in [
        ("ies", 5, "y"),
        ("ing", 6, ""),
        ("ed", 5, ""),
        ("es", 5, ""),
        ("s", 4, ""),
        ("ly", 5, ""),
    ] {
        if s.len() >= min && s.ends_with(suffix) && !(suffix == "s" && s.ends_with("ss")) {
            s.truncate(s.len() - suffix.len());
            s.push_str(repl);
            break;
        }
    }
    if s.len() > 3 && s.ends_with('e') {
        s.pop();
    }
    let b = s.as_bytes();
    if b.len() > 3
        && b.last() == b.get(b.len() - 2)
        && b.last()
            .is_some_and(|c| c.is_ascii_lowercase() && !b"aeiouls".contains(c))
    {
        s.pop();
    }
    s
}

pub(crate) fn same_stem(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    if a.starts_with('#') || b.starts_with('#') {
        return false;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.len() >= 5 && long.starts_with(short)
}

/// A word that can carry the speaker's situation: not a stop word, not a feeling word.
pub(crate) fn content_word(w: &str) -> bool {
    let long_enough = w.chars().count() >= 3 || w.chars().all(|c| c.is_ascii_digit());
    long_enough
        && !sets().stop.contains(w)
        && !sets().feelings.contains(w)
        && !sets().ambiguous.contains(w)
        && !sets().weight.contains(w)
}

pub(crate) fn span_of(text: &Text, r: Range) -> Option<Span> {
    let a = tok(text, r.0)?;
    let b = tok(text, r.1.checked_sub(1)?)?;
    Some(Span {
        start: a.start,
        end: b.end.max(a.start),
    })
}

/// Runs every rule. Returns, for each label that applies, its spans (sorted, merged).
pub(crate) fn run(statement: &str, response: &str) -> Vec<(Label, Vec<Span>)> {
    let c = compiled();
    let r = tokenize(response);
    let st = tokenize(statement);

    // The peer's content words, stemmed: a response that reuses them is following them.
    let statement_stems: Vec<String> = st
        .tokens
        .iter()
        .map(|t| t.word.as_str())
        .filter(|w| content_word(w))
        .map(stem)
        .collect();
    let statement_words: FastSet<&str> = st.tokens.iter().map(|t| t.word.as_str()).collect();
    // Echoing the peer's own words ("11pm??", "both on the same day??"): any word of theirs
    // but the commonest little ones.
    let echoes = |i: usize| {
        let w = word(&r, i);
        w.chars().count() >= 3 && !in_list(lx::FUNCTION_WORDS, w) && statement_words.contains(w)
    };
    let shape = shape::read(&r, &echoes);

    let not_advice = find(&c.not_advice, &r);
    let validates = find(&c.validates, &r);
    // "It's okay to feel that" validates; the "is okay" inside it is not also reassurance.
    // What someone else says is reported, not said: "He says you'll be fine".
    let reassurance: Vec<Range> = find(&c.reassurance, &r)
        .into_iter()
        .chain(shape.praise.iter().copied())
        .filter(|x| {
            let at_least_quantity =
                word(&r, x.0) == "at" && word(&r, x.0 + 1) == "least" && ends_clause(&r, x.0 + 1);
            !(validates.iter().any(|v| contains(*v, *x)) || reported(&r, x.0) || at_least_quantity)
        })
        .collect();
    let imperatives = find(&c.imperatives, &r).into_iter().filter(|m| {
        !is_question_sentence(&r, m.0)
            || (m.0..m.1).any(|k| matches!(word(&r, k), "maybe" | "perhaps"))
    });
    let elided_nudges: Vec<Range> = find(&c.elided_nudges, &r)
        .into_iter()
        .filter(|m| is_question_sentence(&r, m.0))
        .collect();
    let advice: Vec<Range> = find(&c.advice, &r)
        .into_iter()
        .chain(imperatives)
        .chain(elided_nudges.iter().copied())
        .chain(shape.orders.iter().copied())
        .filter(|a| {
            // "I wouldn't take it personally", "I wouldn't worry": the advice frame carries
            // soothing, so it is reassurance.
            let soothes = reassurance.iter().any(|x| {
                overlaps(*x, *a)
                    || (x.0 >= a.1
                        && x.0 <= a.1 + 2
                        && clause_of_tok(&r, x.0) == clause_of_tok(&r, a.0))
            });
            !not_advice.iter().any(|n| overlaps(*n, *a)) && !soothes
        })
        .collect();
    // The peer's own word handed back as a question ("Fraud?", "Selfish?") checks it with
    // them; it is not the listener's verdict.
    let echoed_back = |j: &Range| {
        tok(&r, j.0)
            .and_then(|t| r.sentences.get(t.sentence))
            .is_some_and(|s| s.question && s.end_token - s.first <= 3 && (j.0..j.1).all(&echoes))
    };
    let judgement: Vec<Range> = find(&c.judgement, &r)
        .into_iter()
        .filter(|j| !negated(&r, j.0))
        .chain(shape.verdicts.iter().copied())
        .filter(|j| !echoed_back(j))
        .collect();
    let self_focus = find(&c.self_focus, &r);
    // A general claim explains (theorising) unless the response uses it to soothe or to
    // blame ("complaints happen all the time", "relatives can be so entitled").
    let soothes_or_blames = !reassurance.is_empty() || !judgement.is_empty();
    let theorising: Vec<Range> = find(&c.theorising, &r)
        .into_iter()
        .chain(shape.generic.iter().copied().filter(|_| !soothes_or_blames))
        .collect();

    // Questions: read from word order (`shape`), plus invitations to say more. A question
    // that carries advice ("Have you tried…?", "Why don't you…?") nudges a course of action:
    // advice and a closed question, never an open one.
    let in_advice_sentence = |sp: &Span| {
        advice.iter().any(|a| {
            tok(&r, a.0).is_some_and(|t| {
                r.sentences.get(t.sentence).is_some_and(|s| {
                    s.question && sp.start <= t.start && t.start < s.end_char.max(sp.end)
                })
            })
        })
    };
    let mut open: Vec<Span> = Vec::new();
    let mut closed: Vec<Span> = shape.closed.clone();
    for sp in &shape.open {
        if in_advice_sentence(sp) {
            closed.push(*sp);
        } else {
            open.push(*sp);
        }
    }
    for (n, s) in r.sentences.iter().enumerate() {
        let asked = |v: &Vec<Span>| v.iter().any(|sp| sp.end == s.end_char);
        let here = |a: &Range| in_sentence(*a, s.first, s.end_token);
        let nudges = s.question && advice.iter().any(here);
        // "have u thought about getting a solicitor", typed or said without a "?": a nudge
        // in question order still asks.
        let asks_unmarked = !s.question
            && advice.iter().any(|a| {
                here(a)
                    && tok(&r, a.0).is_some_and(|t| t.clause_start)
                    && in_list(lx::AUX, word(&r, a.0))
                    && matches!(word(&r, a.0 + 1), "you" | "u")
            });
        let elided = elided_nudges.iter().any(here);
        if ((nudges && !shape.reflective.contains(&n)) || asks_unmarked || elided)
            && !asked(&closed)
            && !asked(&open)
        {
            closed.push(Span {
                start: tok(&r, s.first).map_or(0, |t| t.start),
                end: s.end_char,
            });
        }
    }
    // "Would you like to say more?" is an invitation (open), not a yes/no question.
    let invites = find(&c.open_invites, &r);
    closed.retain(|sp| {
        !invites
            .iter()
            .filter_map(|m| span_of(&r, *m))
            .any(|m| sp.start <= m.start && m.end <= sp.end)
    });
    open.extend(invites.iter().filter_map(|m| span_of(&r, *m)));

    // Feelings.
    let excluded: Vec<Range> = reassurance
        .iter()
        .chain(&theorising)
        .chain(&self_focus)
        .chain(&advice)
        .chain(&judgement)
        .copied()
        .collect();
    let clause_of = clause_numbers(&r);
    let clause = |i: usize| clause_of.get(i).copied().unwrap_or(usize::MAX);
    // A feeling later in the same clause as advice or reassurance belongs to that move
    // ("try not to watch anything stressful", "there's no need to feel guilty").
    let after_advice = |i: usize| {
        advice
            .iter()
            .chain(&reassurance)
            .chain(&theorising)
            .any(|a| a.0 <= i && clause(a.0) == clause(i))
    };
    // Next to a roadblock, say less: a word that is a feeling only by its frame ("that's
    // huge", "you were down") must be framed as a reflection ("sounds", "must be", "feel").
    let guarded = !(advice.is_empty()
        && reassurance.is_empty()
        && judgement.is_empty()
        && theorising.is_empty()
        && self_focus.is_empty());
    let reflective_frame = |i: usize| {
        frame_before(&r, i).is_some_and(|(_, f)| {
            matches!(
                f,
                "sounds"
                    | "sound"
                    | "must"
                    | "seems"
                    | "seem"
                    | "feels"
                    | "feel"
                    | "felt"
                    | "feeling"
            )
        }) || (1..=3).any(|d| i >= d && matches!(word(&r, i - d), "sounds" | "must"))
    };
    let mut feeling: Vec<Range> = Vec::new();
    for (i, t) in r.tokens.iter().enumerate() {
        let w = t.word.as_str();
        let framed_only = (sets().ambiguous.contains(w)
            && (ambiguous_framed(&r, i) || statement_words.contains(w)))
            || (sets().weight.contains(w) && weight_framed(&r, i));
        let hit = sets().feelings.contains(w) || (framed_only && (!guarded || reflective_frame(i)));
        if hit {
            feeling.push((i, i + 1));
        }
    }
    feeling.extend(find(&c.feeling_phrases, &r));
    // A feeling named inside an open question ("What's the anger about?") asks about it
    // rather than reflecting it; a closed one ("Are you angry?") offers it as a guess.
    // In a long turn that only asks at the end ("…, that must feel lonely, so what's it been
    // like?"), the feelings before the question are reflected, not asked about.
    let in_open = |i: usize| {
        tok(&r, i).is_some_and(|t| {
            r.sentences.get(t.sentence).is_some_and(|s| {
                let first = tok(&r, s.first).map_or(0, |t| t.start);
                open.iter().any(|sp| {
                    first <= sp.start
                        && sp.end <= s.end_char
                        && (t.start >= sp.start || !opens_a_clause_at(&r, sp.start))
                })
            })
        })
    };
    let feeling: Vec<Range> = feeling
        .into_iter()
        .filter(|f| {
            !excluded.iter().any(|x| overlaps(*x, *f))
                && !after_advice(f.0)
                && !negated(&r, f.0)
                && !in_open(f.0)
                && !situation_not_feeling(&r, *f)
                && attributed_to_speaker(&r, f.0)
        })
        .chain(find(&c.feeling_frames, &r).into_iter().filter(|f| {
            let after_how = (1..=2).any(|d| f.0 >= d && word(&r, f.0 - d) == "how");
            let reflective = tok(&r, f.0).is_some_and(|t| shape.reflective.contains(&t.sentence));
            (!is_question_sentence(&r, f.0) || reflective)
                && !after_how
                && !after_advice(f.0)
                && !excluded.iter().any(|x| overlaps(*x, *f))
        }))
        .collect();

    // Content: see `restate.rs`.
    let roadblocks: Vec<Range> = advice
        .iter()
        .chain(&reassurance)
        .chain(&judgement)
        .chain(&theorising)
        .chain(&self_focus)
        .copied()
        .collect();
    let content = restate::find(&restate::Inputs {
        text: &r,
        shape: &shape,
        roadblocks: &roadblocks,
        validates: &validates,
        feeling: &feeling,
        cues: &find(&c.content_cues, &r),
        statement_stems: &statement_stems,
        statement_words: &statement_words,
    });

    let spans = |ms: &[Range]| -> Vec<Span> { ms.iter().filter_map(|m| span_of(&r, *m)).collect() };
    let mut out = Vec::new();
    for label in Label::ALL {
        let found = match label {
            Label::ReflectsFeeling => spans(&feeling),
            Label::ReflectsContent => content.clone(),
            Label::Validates => spans(&validates),
            Label::OpenQuestion => open.clone(),
            Label::ClosedQuestion => closed.clone(),
            Label::Advice => spans(&advice),
            Label::Judgement => spans(&judgement),
            Label::SelfFocus => spans(&self_focus),
            Label::Theorising => spans(&theorising),
            Label::Reassurance => spans(&reassurance),
        };
        let merged = merge(found);
        if !merged.is_empty() {
            out.push((label, merged));
        }
    }
    out
}

/// Whether the token that starts at char `start` opens a clause after the first (so the words
/// before it are a statement of their own).
/// Fillers and "can you" before the asking words are skipped ("…, so can you tell me…").
fn opens_a_clause_at(text: &Text, start: usize) -> bool {
    let Some(mut i) = text.tokens.iter().position(|t| t.start == start) else {
        return false;
    };
    let Some(sentence) = tok(text, i).map(|t| t.sentence) else {
        return false;
    };
    while i > 0
        && !tok(text, i).is_some_and(|t| t.clause_start)
        && (in_list(lx::QUESTION_FILLERS, word(text, i - 1))
            || matches!(
                word(text, i - 1),
                "can" | "could" | "would" | "you" | "i" | "am"
            ))
    {
        i -= 1;
    }
    let first = text.sentences.get(sentence).map_or(0, |s| s.first);
    i >= first + 4 && tok(text, i).is_some_and(|t| t.clause_start)
}

/// Whether token `i` is the last of its clause.
pub(crate) fn ends_clause(text: &Text, i: usize) -> bool {
    match (tok(text, i), tok(text, i + 1)) {
        (Some(a), Some(b)) => b.clause_start || b.sentence != a.sentence,
        _ => true,
    }
}

/// "Stuck between your mum and the course", "lost in translation": a word that can be a
/// feeling, used for where someone is. (Only for the ambiguous words; "scared of" stays.)
fn situation_not_feeling(text: &Text, f: Range) -> bool {
    let felt = frame_before(text, f.0).is_some_and(|(_, w)| {
        matches!(
            w,
            "feel" | "feels" | "feeling" | "felt" | "seem" | "seems" | "sound" | "sounds"
        )
    });
    f.1 == f.0 + 1
        && !felt
        && sets().ambiguous.contains(word(text, f.0))
        && matches!(
            word(text, f.1),
            "between" | "in" | "at" | "on" | "with" | "behind" | "under"
        )
}

/// Whether the words at token `i` are someone else's, reported: "He says you'll be fine",
/// "Everyone's telling you you're doing great".
fn reported(text: &Text, i: usize) -> bool {
    let Some(t) = tok(text, i) else { return false };
    (1..=4).any(|d| {
        i >= d
            && tok(text, i - d).is_some_and(|p| p.sentence == t.sentence)
            && matches!(
                word(text, i - d),
                "says" | "said" | "saying" | "tells" | "told" | "telling" | "keeps" | "kept"
            )
    })
}

/// The number of the clause token `i` is in (counted over the whole text).
fn clause_of_tok(text: &Text, i: usize) -> usize {
    text.tokens
        .iter()
        .take(i + 1)
        .filter(|t| t.clause_start)
        .count()
}

/// For each token, the number of its clause in the whole text.
fn clause_numbers(text: &Text) -> Vec<usize> {
    let mut n = 0usize;
    text.tokens
        .iter()
        .map(|t| {
            if t.clause_start {
                n += 1;
            }
            n
        })
        .collect()
}

/// Sorts spans and joins the ones that touch or overlap.
fn merge(mut spans: Vec<Span>) -> Vec<Span> {
    spans.sort_by_key(|s| (s.start, s.end));
    let mut out: Vec<Span> = Vec::new();
    for s in spans {
        match out.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => out.push(s),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lexicon_compiles() {
        assert_eq!(lexicon_errors(), Vec::<String>::new());
    }

    #[test]
    fn looking_after_someone_is_care_not_a_claim_that_nobody_is_watching() {
        // "Nobody's even looking" waves a worry away; "nobody looking after you" is the peer's
        // situation, given back.
        let care = super::super::analyse(
            "My dad drinks and I do everything at home.",
            "You've kept the house going for years, with nobody looking after you.",
        );
        assert!(!care.has(Label::Reassurance));
        let soothing =
            super::super::analyse("I tripped on stage.", "Honestly, nobody is even looking.");
        assert!(soothing.has(Label::Reassurance));
    }

    #[test]
    fn stems_meet() {
        assert!(same_stem(&stem("replaying"), &stem("replay")));
        assert!(same_stem(&stem("shifts"), &stem("shift")));
        assert!(same_stem(&stem("disciplined"), &stem("discipline")));
        assert!(same_stem(&stem("boss"), &stem("manager")));
        assert!(!same_stem(&stem("exam"), &stem("example")));
        assert!(!same_stem(&stem("work"), &stem("worry")));
    }
}
