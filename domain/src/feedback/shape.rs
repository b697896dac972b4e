//! The shape of each sentence, read from the order of its words rather than from phrases:
//! whether it asks (and how), gives an order, or passes a verdict, and on whom.
//!
//! - **Questions.** A clause that opens with what/how/why… asks an open question, except
//!   "how long/many/much…", which asks for one fact. A clause that opens with an auxiliary
//!   followed by a subject ("Is it…", "Have you…") asks a yes/no question, and so does a tag
//!   ("…, isn't it?", "…, right?"), with or without a question mark. A question mark on a
//!   sentence in statement order ("So it's all on you?", "And you're the one who got the
//!   warning?") makes it a reflection said as a check, not a closed question; a short fragment
//!   with a question mark ("Rough day?", "Hurt?") is a closed question unless it echoes the
//!   peer's own words ("11pm??").
//! - **Orders.** A clause that opens (after "just", "maybe", "so"…) with a verb and no subject
//!   is an imperative: "Chase him.", "Put in a grievance", "Have a hot bath". The verb must not
//!   be followed by what makes it a noun or a question ("Change is hard", "Do you…").
//! - **Verdicts.** A linking verb ("is", "sounds", "seems"…) between a subject and a verdict
//!   word: who the subject is decides what it does. Of other people ("the committee are being
//!   cowardly", "your manager sounds like a snake") it is judgement; of "that/this" only a moral
//!   verdict is ("that's disgusting"; "that's awful" is the weight of it, a reflection); of the
//!   peer, criticism is judgement ("you're too soft") and praise is reassurance ("you're a
//!   saint", "your English is very good").

use super::lexicon as lx;
use super::pattern::in_list;
use super::text::{Sentence, Text};
use super::Span;

/// A token range `(first, one past last)`.
pub(crate) type Range = (usize, usize);

/// Words that cannot end a clause: a break after one is not a new clause.
const DANGLING: &[&str] = &[
    "with", "of", "to", "for", "at", "in", "on", "from", "by", "about", "the", "a", "an", "my",
    "your", "their",
];

/// Pronouns that open a clause in statement order.
const PRONOUN_SUBJECTS: &[&str] = &[
    "i", "you", "u", "he", "she", "it", "we", "they", "that", "this", "there",
];

/// What [`read`] found.
#[derive(Debug, Default)]
pub(crate) struct Shape {
    pub open: Vec<Span>,
    pub closed: Vec<Span>,
    /// Sentences (by index) said with a question mark but in statement order, or echoing the
    /// peer: reflections offered as a check.
    pub reflective: Vec<usize>,
    /// Sentences (by index) that are statements with a tag ("…, isn't it?"): they can still
    /// reflect.
    pub tagged: Vec<usize>,
    /// Imperatives that tell them what to do.
    pub orders: Vec<Range>,
    /// Verdicts on other people or on what happened, and criticism of the peer.
    pub verdicts: Vec<Range>,
    /// Praise of the peer or of what is theirs.
    pub praise: Vec<Range>,
    /// Claims about a kind of person or thing in general ("Breakups light up…", "Men tend
    /// to…"): theory, not their experience.
    pub generic: Vec<Range>,
}

fn word(text: &Text, i: usize) -> &str {
    text.tokens.get(i).map_or("", |t| t.word.as_str())
}

fn has(list: &'static [&'static str], w: &str) -> bool {
    in_list(list, w)
}

/// The clauses of a sentence as token ranges.
pub(crate) fn clauses(text: &Text, s: &Sentence) -> Vec<Range> {
    let mut out = Vec::new();
    let mut start = s.first;
    for i in s.first + 1..s.end_token {
        if text.tokens.get(i).is_some_and(|t| t.clause_start) {
            out.push((start, i));
            start = i;
        }
    }
    if start < s.end_token {
        out.push((start, s.end_token));
    }
    out
}

/// The first word of a clause that is not in `skip`.
fn head(text: &Text, c: Range, skip: &'static [&'static str]) -> Option<usize> {
    (c.0..c.1).find(|i| !has(skip, word(text, *i)))
}

/// The words of a clause joined by spaces (for comparing with short fixed phrases).
fn joined(text: &Text, c: Range) -> String {
    (c.0..c.1)
        .map(|i| word(text, i))
        .collect::<Vec<_>>()
        .join(" ")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ask {
    Open,
    Closed,
    Tag,
    Aside,
    None,
}

/// How one clause asks, judged by its first words.
fn ask(text: &Text, c: Range, first_clause: bool) -> (Ask, usize) {
    let Some(h) = head(text, c, lx::QUESTION_FILLERS) else {
        return (Ask::None, c.0);
    };
    let w = word(text, h);
    let next = word(text, h + 1);
    let rest = joined(text, (h, c.1));
    if !first_clause && has(lx::PARENTHETICALS, &rest) {
        return (Ask::Aside, h);
    }
    if has(lx::OPEN_HEADS, w) {
        return match (w, next) {
            ("how", n) if has(lx::FACT_AFTER_HOW, n) => (Ask::Closed, h),
            ("what", "if" | "about") | ("how", "about") | ("why", "not") => (Ask::Closed, h),
            // "Why didn't you say something?": hindsight, not an invitation.
            ("why", "did") if word(text, h + 2) == "not" => (Ask::Closed, h),
            ("who", "would") if word(text, h + 2) == "not" => (Ask::None, h),
            _ => (Ask::Open, h),
        };
    }
    let len = c.1 - h;
    if has(lx::AUX, w) {
        // A tag: "isn't it", "don't they", "would you", "are you not" as a whole later clause.
        let tag = !first_clause
            && len <= 3
            && (h + 1..c.1)
                .all(|i| has(lx::SUBJECT_WORDS, word(text, i)) || word(text, i) == "not");
        if tag {
            return (Ask::Tag, h);
        }
        let subject = if next == "not" {
            word(text, h + 2)
        } else {
            next
        };
        if has(lx::SUBJECT_WORDS, subject) {
            return (Ask::Closed, h);
        }
        return (Ask::None, h);
    }
    if !first_clause && len == 1 && has(lx::TAG_WORDS, w) {
        return (Ask::Tag, h);
    }
    // "…, u ok?", "…, you alright?": a yes/no check said without its verb.
    if !first_clause
        && len <= 3
        && matches!(w, "you" | "u")
        && matches!(
            next,
            "ok" | "okay" | "alright" | "all" | "good" | "doing" | "holding" | "coping"
        )
    {
        return (Ask::Closed, h);
    }
    if matches!(
        w,
        "any" | "anything" | "anyone" | "anybody" | "anywhere" | "want" | "fancy"
    ) {
        return (Ask::Closed, h);
    }
    (Ask::None, h)
}

fn span(text: &Text, from: usize, s: &Sentence) -> Span {
    Span {
        start: text.tokens.get(from).map_or(0, |t| t.start),
        end: s.end_char,
    }
}

/// Questions, sentence by sentence. `echoes(i)` says whether token `i` repeats one of the
/// peer's content words.
fn questions(text: &Text, echoes: &dyn Fn(usize) -> bool, out: &mut Shape) {
    for (n, s) in text.sentences.iter().enumerate() {
        let cs = clauses(text, s);
        let asks: Vec<(Ask, usize)> = cs
            .iter()
            .enumerate()
            .map(|(k, c)| ask(text, *c, k == 0))
            .collect();
        let first = asks
            .iter()
            .find(|(a, _)| matches!(a, Ask::Open | Ask::Closed));
        let tag = asks.iter().find(|(a, _)| *a == Ask::Tag);
        if s.question {
            match (first, tag) {
                (Some((Ask::Open, h)), _) => out.open.push(span(text, *h, s)),
                (Some((_, h)), _) => out.closed.push(span(text, *h, s)),
                (None, Some(_)) => {
                    out.closed.push(span(text, s.first, s));
                    out.tagged.push(n);
                }
                (None, None) => {
                    let toks = s.end_token - s.first;
                    let h = head(
                        text,
                        cs.first().copied().unwrap_or((s.first, s.first)),
                        lx::QUESTION_FILLERS,
                    )
                    .unwrap_or(s.first);
                    let you_short = matches!(word(text, h), "you" | "u") && toks <= 4;
                    let echo = (s.first..s.end_token).any(echoes);
                    // Statement order: a verb, or a subject pronoun first ("So it reminds you…?").
                    let verb = (s.first..s.end_token).any(|i| {
                        let w = word(text, i);
                        has(lx::AUX, w) || has(lx::LINKING, w) || w.ends_with("ed")
                    }) || (has(PRONOUN_SUBJECTS, word(text, h)) && toks >= 3);
                    let wh = (s.first..s.end_token).any(|i| has(lx::OPEN_HEADS, word(text, i)));
                    if wh && toks <= 3 {
                        out.open.push(span(text, h, s)); // "Rough how?"
                    } else if !you_short && ((toks >= 4 && verb) || echo) {
                        out.reflective.push(n);
                    } else {
                        out.closed.push(span(text, h, s));
                    }
                }
            }
            continue;
        }
        // Without a question mark: a tag ("…, isn't it, like…") still checks, and "what
        // happened then" typed without one still asks if the text simply stops.
        if let Some((_, h)) = tag {
            out.closed.push(span(text, *h, s));
            out.tagged.push(n);
        } else if !s.terminated {
            if let Some((Ask::Open, h)) = asks.first() {
                if has(lx::AUX_AFTER_WH, word(text, h + 1)) {
                    out.open.push(span(text, *h, s));
                }
            }
        }
    }
}

/// Imperatives: a clause that opens with an order verb and no subject.
fn orders(text: &Text, out: &mut Shape) {
    for s in &text.sentences {
        for c in clauses(text, s) {
            let Some(h) = head(text, c, lx::IMPERATIVE_OPENERS) else {
                continue;
            };
            // A clause break right after "with", "the"… is a false start or a filler, not a
            // new clause ("I still get it with, like, bin lorries").
            if c.0 > s.first && has(DANGLING, word(text, c.0 - 1)) {
                continue;
            }
            let hedged = (c.0..h).any(|i| matches!(word(text, i), "maybe" | "perhaps" | "just"));
            if s.question && !hedged {
                continue;
            }
            let w = word(text, h);
            let next = word(text, h + 1);
            let next_in_clause = h + 1 < c.1;
            // "It" after the verb is its object ("Report it.", "Write it all down") unless a
            // verb follows, which makes it the subject of a new clause ("Change it is hard").
            // "Give it…" and "take it…" are left out: "give it a few weeks", "take it slow"
            // tell them to wait or ease off, which the reassurance table reads.
            let object_it = next == "it"
                && !matches!(w, "give" | "take")
                && has(lx::IMPERATIVE_VERBS, w)
                && !has(lx::NOT_AFTER_IMPERATIVE, word(text, h + 2))
                && !has(lx::AUX, word(text, h + 2));
            if has(lx::NOT_AFTER_IMPERATIVE, next) && !object_it {
                continue;
            }
            if !has(lx::IMPERATIVE_VERBS, w) {
                // A verb the list does not know, opening the sentence and followed by what it
                // acts on ("Resit the resit.", "Lose the pair of them"): still an order.
                if c.0 == s.first && unknown_verb_order(w, next, h + 1 < c.1) {
                    out.orders.push((c.0, (h + 2).min(c.1).max(h + 1)));
                }
                continue;
            }
            let fits = match w {
                "have" => matches!(
                    next,
                    "a" | "an" | "some" | "the" | "another" | "your" | "one"
                ),
                "look" => matches!(next, "into" | "after" | "at" | "up" | "for" | "out"),
                "think" => matches!(next, "about" | "of"),
                "see" | "say" | "hold" | "back" | "head" | "act" => next_in_clause,
                "man" | "toughen" => next == "up",
                _ => true,
            };
            // "Do" and "be" are orders only before something to do or be ("Do what feels
            // right", "Be careful"); "Be patient" is soothing, found by the reassurance table.
            if fits {
                out.orders.push((c.0, (h + 2).min(c.1).max(h + 1)));
            }
        }
    }
}

/// Whether `w`, a word the verb list does not know, reads as an order before `next` (an
/// object: "Resit the resit", "Chuck him"). Only plain words that are not function words,
/// feelings, verdicts or praise, and not shaped like a noun, adverb or past form, count.
fn unknown_verb_order(w: &str, next: &str, next_in_clause: bool) -> bool {
    const OBJECTS: &[&str] = &["him", "her", "them", "the", "your", "yourself", "up", "off"];
    const NOT_ORDERS: &[&str] = &[
        "bless", "poor", "such", "what", "thank", "thanks", "shame", "cheers", "sorry", "gosh",
        "god", "love", "bloody", "well", "right", "okay", "wow", "damn", "typical", "classic",
        "same", "all", "both", "half", "even", "not", "only", "quite", "rather", "hello", "hey",
        "bless", "lucky", "fair", "mind", "fuck", "screw", "sod", "bugger", "blimey", "cool",
        "under", "over", "into", "onto", "behind", "beside", "between", "through", "across",
        "around", "along", "against", "without", "within", "beyond", "towards", "near", "like",
        "unlike", "past", "despite", "inside", "outside", "upon", "about", "above", "below",
        "least",
    ];
    next_in_clause
        && has(OBJECTS, next)
        && w.len() >= 3
        && w.chars().all(|c| c.is_ascii_lowercase())
        && !has(NOT_ORDERS, w)
        && !["ly", "ing", "ed", "s", "ful", "ous", "ive", "able", "al"]
            .iter()
            .any(|suf| w.ends_with(suf))
        && !has(lx::STOPWORDS, w)
        && !has(lx::FUNCTION_WORDS, w)
        && !has(lx::OPEN_HEADS, w)
        && !has(lx::AUX, w)
        && !has(lx::PRAISE, w)
        && !has(lx::VERDICT_WORDS, w)
        && !has(lx::WEIGHT_WORDS, w)
        && !has(lx::AMBIGUOUS_FEELINGS, w)
        && !has(lx::INTENSIFIERS, w)
        && !has(lx::QUESTION_FILLERS, w)
        && !has(lx::PREPOSITIONS, w)
        && !lx::feeling_words().iter().any(|e| lx::entry_matches(e, w))
}

/// Who a clause's subject is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Peer,
    PeersThing,
    Listener,
    Situation,
    Others,
}

/// Nouns that, after "your", name other people ("your manager", "your kids"), not something
/// of the peer's own ("your English").
fn is_people_noun(w: &str) -> bool {
    let singular = w.strip_suffix('s').unwrap_or(w);
    has(lx::PEOPLE, w)
        || has(lx::PEOPLE, singular)
        || has(
            &[
                "committee",
                "members",
                "flatmates",
                "crewmates",
                "colleagues",
                "school",
                "company",
                "program",
                "programme",
                "council",
                "government",
                "department",
                "employer",
                "landlord",
                "neighbours",
                "neighbors",
                "neighbour",
                "neighbor",
                "supervisor",
                "tutor",
                "lecturer",
                "teacher",
                "doctor",
                "doctors",
                "consultant",
                "registrar",
                "gp",
                "nurse",
                "staff",
                "leader",
                "coach",
                "friends",
                "mates",
                "kids",
                "children",
                "parents",
                "in-law",
                "mother-in-law",
                "sister-in-law",
                "family",
                "relatives",
                "group",
                "crew",
                "unit",
                "union",
                "bosses",
                "managers",
                "management",
                "uni",
                "university",
                "college",
                "director",
                "head",
                "headteacher",
                "advisor",
                "adviser",
                "ex",
                "husband",
                "wife",
                "partner",
                "boyfriend",
                "girlfriend",
                "son",
                "daughter",
                "sister",
                "brother",
                "teammates",
                "classmates",
                "housemates",
                "people",
                "lot",
            ],
            w,
        )
}

fn who(text: &Text, from: usize, to: usize) -> Who {
    let words: Vec<&str> = (from..to)
        .map(|i| word(text, i))
        .filter(|w| !has(lx::IMPERATIVE_OPENERS, w) && !has(lx::AUX, w) && *w != "not")
        .collect();
    match words.as_slice() {
        [] => Who::Situation,
        // "Finding him must have been…": an event, not a person.
        [first, ..] if first.ends_with("ing") => Who::Situation,
        ["you"] | ["u"] | ["you", "yourself"] => Who::Peer,
        ["i"] | ["we"] => Who::Listener,
        ["that" | "this" | "it" | "which" | "what" | "everything" | "there" | "all" | "these"
        | "those"] => Who::Situation,
        ["your" | "ur", rest @ ..] => {
            if rest.iter().any(|w| is_people_noun(w)) {
                Who::Others
            } else {
                Who::PeersThing
            }
        }
        ["my" | "our", ..] => Who::Listener,
        _ => Who::Others,
    }
}

/// "You've been caring for…", "you're doing…": a verb in progress, not a quality.
fn progressive(link: &str, w: &str) -> bool {
    matches!(
        link,
        "been" | "being" | "are" | "is" | "am" | "was" | "were"
    ) && w.ends_with("ing")
        && w != "amazing"
        && w != "inspiring"
}

/// Verdicts and praise: subject, linking verb, verdict word.
fn verdicts(text: &Text, out: &mut Shape) {
    for s in &text.sentences {
        for c in clauses(text, s) {
            let Some(start) = head(text, c, lx::QUESTION_FILLERS) else {
                continue;
            };
            for k in start..c.1 {
                let link = word(text, k);
                if !has(lx::LINKING, link) {
                    continue;
                }
                let mut v = k + 1;
                let mut too = false;
                let mut negated = false;
                while v < c.1 && (has(lx::VERDICT_FILLERS, word(text, v)) || word(text, v) == "not")
                {
                    too |= word(text, v) == "too";
                    negated |= word(text, v) == "not";
                    v += 1;
                }
                if v >= c.1 {
                    break;
                }
                negated |= (start..k).any(|i| matches!(word(text, i), "not" | "never"));
                // The verdict may come a few words on ("a crook and a liar", "a nasty piece of
                // work"): the first verdict word of the next four counts.
                let lists: &[&[&str]] = &[
                    lx::VERDICT_WORDS,
                    lx::SITUATION_VERDICTS,
                    lx::PRAISE,
                    lx::VERDICTS_ON_YOU,
                ];
                let stop = (v..(v + 4).min(c.1))
                    .find(|i| {
                        let w = word(text, *i);
                        w.ends_with("ing")
                            || has(
                                &[
                                    "nothing", "with", "to", "that", "for", "about", "if", "when",
                                    "because", "wrong",
                                ],
                                w,
                            )
                    })
                    .unwrap_or((v + 4).min(c.1));
                if let Some(later) =
                    (v..stop).find(|i| lists.iter().any(|l| has(l, word(text, *i))))
                {
                    v = later;
                }
                let w = word(text, v);
                let subject = who(text, start, k);
                // "Awful" of a person judges them; of an event it is the weight of it.
                let person = (start..k).any(|i| {
                    matches!(word(text, i), "he" | "she" | "they" | "him" | "them")
                        || is_people_noun(word(text, i))
                });
                let found = match subject {
                    Who::Others if has(lx::VERDICT_OR_WEIGHT, w) => person && !negated,
                    Who::Others => has(lx::VERDICT_WORDS, w) && !negated,
                    // "That's a really dismissive thing to say": a verdict on what someone did.
                    Who::Situation => {
                        // "a dismissive thing to say" judges whoever said it; "a terrible
                        // thing to carry" is the weight of it for the peer.
                        let weight_of_it = has(lx::VERDICT_OR_WEIGHT, w)
                            && word(text, v + 2) == "to"
                            && !matches!(
                                word(text, v + 3),
                                "say"
                                    | "do"
                                    | "write"
                                    | "send"
                                    | "post"
                                    | "ask"
                                    | "suggest"
                                    | "tell"
                            );
                        let act = has(lx::ACTS, word(text, v + 1)) && !weight_of_it;
                        (has(lx::SITUATION_VERDICTS, w) || (act && has(lx::VERDICT_WORDS, w)))
                            && !negated
                    }
                    Who::Peer => {
                        let criticism = lx::VERDICTS_ON_YOU.iter().any(|e| lx::entry_matches(e, w));
                        if !negated && (criticism || (too && !has(lx::PRAISE, w))) {
                            out.verdicts.push((start, v + 1));
                        } else if !negated && has(lx::PRAISE, w) && !progressive(link, w) {
                            out.praise.push((start, v + 1));
                        }
                        false
                    }
                    Who::PeersThing => {
                        if !negated && has(lx::PRAISE, w) {
                            out.praise.push((start, v + 1));
                        }
                        false
                    }
                    Who::Listener => false,
                };
                if found {
                    out.verdicts.push((start, v + 1));
                }
                break;
            }
        }
    }
}

/// Reads the shape of every sentence of `text`. `echoes(i)` says whether token `i` repeats
/// one of the peer's content words.
pub(crate) fn read(text: &Text, echoes: &dyn Fn(usize) -> bool) -> Shape {
    let mut out = Shape::default();
    questions(text, echoes, &mut out);
    orders(text, &mut out);
    verdicts(text, &mut out);
    generic(text, &mut out);
    out
}

/// A clause that opens with a bare plural ("Breakups", "Men", "Night shifts") followed by a
/// verb in the present ("light up", "tend to", "are") states a general rule.
fn generic(text: &Text, out: &mut Shape) {
    for s in text.sentences.iter().filter(|s| !s.question) {
        for c in clauses(text, s) {
            let Some(h) = head(text, c, lx::QUESTION_FILLERS) else {
                continue;
            };
            let w = word(text, h);
            let plural =
                (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"))
                    || has(&["men", "women", "people", "children"], w);
            let not_a_noun =
                has(lx::NOT_GENERIC, w) || has(lx::SUBJECT_WORDS, w) || w.ends_with("ous");
            let mut v = h + 1;
            while v < c.1
                && has(
                    &[
                        "often",
                        "usually",
                        "always",
                        "never",
                        "typically",
                        "generally",
                        "commonly",
                        "rarely",
                        "sometimes",
                        "all",
                        "just",
                        "really",
                    ],
                    word(text, v),
                )
            {
                v += 1;
            }
            let verb = word(text, v);
            // "Kids are resilient", "Managers are under huge pressure": a claim about a kind
            // of person. (Not "things/nights are…": those are in NOT_GENERIC.)
            let about_people = has(&["are"], verb)
                && (is_people_noun(w)
                    || is_people_noun(w.strip_suffix('s').unwrap_or(w))
                    || has(&["men", "women", "people", "children"], w));
            let present = has(&["tend", "do"], verb)
                || about_people
                || has(lx::GENERIC_VERBS, verb)
                || has(lx::IMPERATIVE_VERBS, verb);
            if plural && !not_a_noun && present && v < c.1 {
                out.generic.push((h, v + 1));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::text::tokenize;
    use super::*;

    fn shape(t: &str) -> (Shape, Text) {
        let text = tokenize(t);
        (read(&text, &|_| false), text)
    }

    fn asks(t: &str) -> (usize, usize, usize) {
        let (s, _) = shape(t);
        (s.open.len(), s.closed.len(), s.reflective.len())
    }

    #[test]
    fn questions_are_read_from_word_order() {
        assert_eq!(asks("What happened?"), (1, 0, 0));
        assert_eq!(asks("How long have you worked there?"), (0, 1, 0));
        assert_eq!(asks("Is it, is it every shift?"), (0, 1, 0));
        assert_eq!(asks("That's a heavy thing to hold, isn't it?"), (0, 1, 0));
        assert_eq!(
            asks("It's the culture, isn't it, like, that's the industry."),
            (0, 1, 0)
        );
        assert_eq!(asks("So you're the only one who noticed?"), (0, 0, 1));
        assert_eq!(
            asks("And what's the stupid feeling about, do you think?"),
            (1, 0, 0)
        );
        assert_eq!(asks("Rough day?"), (0, 1, 0));
        assert_eq!(asks("u ok?"), (0, 1, 0));
        assert_eq!(asks("That's a little dishonest though, right?"), (0, 1, 0));
    }

    #[test]
    fn orders_have_a_verb_and_no_subject() {
        for t in [
            "Chase him.",
            "Put in a grievance.",
            "Have a hot bath.",
            "Just tell him.",
            "Maybe pop round?",
        ] {
            assert_eq!(shape(t).0.orders.len(), 1, "{t}");
        }
        for t in [
            "Change is hard.",
            "Do you sleep?",
            "Tell me.",
            "Have you tried?",
            "Rough day?",
        ] {
            assert!(shape(t).0.orders.is_empty(), "{t}");
        }
    }

    #[test]
    fn who_the_verdict_is_on_decides_what_it_does() {
        let v = |t: &str| {
            let (s, _) = shape(t);
            (s.verdicts.len(), s.praise.len())
        };
        assert_eq!(v("The committee are being cowardly."), (1, 0));
        assert_eq!(v("Your manager sounds like a total snake."), (1, 0));
        assert_eq!(v("He's useless."), (1, 0));
        assert_eq!(v("That's disgusting."), (1, 0));
        assert_eq!(v("That's awful."), (0, 0));
        assert_eq!(v("You're too soft."), (1, 0));
        assert_eq!(v("You're a saint."), (0, 1));
        assert_eq!(v("Your English is very good."), (0, 1));
        assert_eq!(v("He isn't useless."), (0, 0));
    }
}
