//! Content balance checks across every area (issue 16): no answer is given away by its form,
//! and no scenario is copied or repeated too often.
//!
//! What is measured, per exercise type, and printed (run with `--nocapture` to see the figures;
//! every line starts with `balance:` so `grep balance:` collects them):
//! - one-answer items (course single-answer checks, Pick the reflection, Rewrite it, When advice
//!   is right): the share whose keyed answer is the single longest option, by characters, and
//!   the share keyed at each file position;
//! - the ladder: over every pair of responses in an item, the share where ordering by length
//!   agrees with ordering by level;
//! - every peer statement in the app: pairs that share most of their content words, and how
//!   often each well-worn scenario appears (at most twice in the app, once among the listening
//!   statements).
//!
//! Why: a learner who learns "pick the longest" or "pick the first" passes without listening,
//! and "longer is more empathic" contradicts lesson 07's "keep it short". Each limit has its own
//! test per type, so a failure names the type to rewrite.

use super::checks::has_word;
use super::course::Form;
use super::for_tests::{course, listening, moves, partners, triads, validation};
use super::validation::Move;
use std::collections::BTreeSet;

// --- One-answer items -------------------------------------------------------------------------

/// One item with one keyed answer, its options' texts in file order.
struct OneAnswer {
    id: String,
    options: Vec<String>,
    /// The keyed option's position in `options`.
    keyed: usize,
}

impl OneAnswer {
    /// Is the keyed answer longer (in characters) than every other option?
    fn keyed_is_single_longest(&self) -> bool {
        let len = |s: &String| s.chars().count();
        let keyed = len(&self.options[self.keyed]);
        self.options
            .iter()
            .enumerate()
            .all(|(i, o)| i == self.keyed || len(o) < keyed)
    }
}

fn course_single() -> Vec<OneAnswer> {
    let c = course().unwrap_or_else(|e| panic!("{e}"));
    let mut out = Vec::new();
    for lesson in &c.lessons {
        for q in &lesson.check {
            if let Form::Single(choices) = &q.form {
                let keyed = choices.iter().position(|c| c.correct);
                out.push(OneAnswer {
                    id: format!("{}/{}", lesson.id, q.id),
                    options: choices.iter().map(|c| c.text.clone()).collect(),
                    keyed: keyed
                        .unwrap_or_else(|| panic!("{}/{}: no right choice", lesson.id, q.id)),
                });
            }
        }
    }
    out
}

fn pick() -> Vec<OneAnswer> {
    let l = listening().unwrap_or_else(|e| panic!("{e}"));
    l.pick
        .iter()
        .map(|i| OneAnswer {
            id: i.id.clone(),
            options: i.options.iter().map(|o| o.text.clone()).collect(),
            keyed: i
                .options
                .iter()
                .position(|o| o.correct)
                .unwrap_or_else(|| panic!("pick {}: no best option", i.id)),
        })
        .collect()
}

fn rewrite() -> Vec<OneAnswer> {
    let v = validation().unwrap_or_else(|e| panic!("{e}"));
    v.rewrite
        .iter()
        .map(|i| OneAnswer {
            id: i.id.clone(),
            options: i.options.iter().map(|o| o.text.clone()).collect(),
            keyed: i
                .options
                .iter()
                .position(|o| o.correct)
                .unwrap_or_else(|| panic!("rewrite {}: no right option", i.id)),
        })
        .collect()
}

fn decide() -> Vec<OneAnswer> {
    let v = validation().unwrap_or_else(|e| panic!("{e}"));
    v.decide
        .iter()
        .map(|i| OneAnswer {
            id: i.id.clone(),
            options: Move::ALL.iter().map(|m| i.option(*m).say.clone()).collect(),
            keyed: Move::ALL
                .iter()
                .position(|m| *m == i.best)
                .unwrap_or_default(),
        })
        .collect()
}

fn percent(n: usize, of: usize) -> usize {
    (n * 100 + of / 2).checked_div(of).unwrap_or(0)
}

/// Prints and checks the share of `items` whose keyed answer is the single longest option:
/// at most a third.
fn assert_longest_at_most_a_third(kind: &str, items: &[OneAnswer]) {
    assert!(!items.is_empty(), "{kind}: no items");
    let longest: Vec<&str> = items
        .iter()
        .filter(|i| i.keyed_is_single_longest())
        .map(|i| i.id.as_str())
        .collect();
    let (n, of) = (longest.len(), items.len());
    println!(
        "balance: {kind}: keyed answer is the single longest option in {n} of {of} items ({}%), limit 33%",
        percent(n, of)
    );
    assert!(
        n * 3 <= of,
        "{kind}: the keyed answer is the single longest option in {n} of {of} items (more than a third): {}",
        longest.join(", ")
    );
}

/// Prints and checks where the keyed answer sits in file order, over items with three or more
/// options: no one position holds it in more than 40% of them.
fn assert_positions_spread(kind: &str, items: &[OneAnswer]) {
    let eligible: Vec<&OneAnswer> = items.iter().filter(|i| i.options.len() >= 3).collect();
    assert!(!eligible.is_empty(), "{kind}: no items with 3+ options");
    let widest = eligible.iter().map(|i| i.options.len()).max().unwrap_or(0);
    let mut counts = vec![0usize; widest];
    for i in &eligible {
        counts[i.keyed] += 1;
    }
    let of = eligible.len();
    let shares: Vec<String> = counts
        .iter()
        .enumerate()
        .map(|(p, n)| format!("{} {n} ({}%)", p + 1, percent(*n, of)))
        .collect();
    println!(
        "balance: {kind}: keyed answer by position, over {of} items with 3+ options: {}; limit 40% each",
        shares.join(", ")
    );
    for (p, n) in counts.iter().enumerate() {
        assert!(
            n * 10 <= of * 4,
            "{kind}: the keyed answer is option {} in {n} of {of} items (more than 40%)",
            p + 1
        );
    }
}

#[test]
fn course_single_answer_checks_key_the_longest_option_in_at_most_a_third() {
    assert_longest_at_most_a_third("course single-answer", &course_single());
}

#[test]
fn pick_the_reflection_keys_the_longest_option_in_at_most_a_third() {
    assert_longest_at_most_a_third("listening pick", &pick());
}

#[test]
fn rewrite_keys_the_longest_option_in_at_most_a_third() {
    assert_longest_at_most_a_third("validation rewrite", &rewrite());
}

#[test]
fn decide_keys_the_longest_move_in_at_most_a_third() {
    assert_longest_at_most_a_third("validation decide", &decide());
}

#[test]
fn course_single_answer_checks_spread_the_keyed_answer_over_positions() {
    assert_positions_spread("course single-answer", &course_single());
}

#[test]
fn pick_the_reflection_spreads_the_keyed_answer_over_positions() {
    assert_positions_spread("listening pick", &pick());
}

#[test]
fn rewrite_spreads_the_keyed_answer_over_positions() {
    assert_positions_spread("validation rewrite", &rewrite());
}

#[test]
fn decide_spreads_the_best_move_over_positions() {
    assert_positions_spread("validation decide", &decide());
}

// --- The ladder -------------------------------------------------------------------------------

/// The ladder's limit: length order may agree with level order in fewer than this share of
/// pairs ("well under two thirds").
const LADDER_LIMIT: f64 = 0.55;

#[test]
fn ladder_length_order_agrees_with_level_order_in_well_under_two_thirds_of_pairs() {
    let l = listening().unwrap_or_else(|e| panic!("{e}"));
    assert!(!l.ladder.is_empty());
    let (mut agree, mut pairs) = (0usize, 0usize);
    let mut always = Vec::new();
    for item in &l.ladder {
        let (mut a, mut p) = (0, 0);
        for (i, x) in item.responses.iter().enumerate() {
            for y in &item.responses[i + 1..] {
                let (low, high) = if x.level < y.level { (x, y) } else { (y, x) };
                p += 1;
                if low.text.chars().count() < high.text.chars().count() {
                    a += 1;
                }
            }
        }
        if a == p {
            always.push(item.id.as_str());
        }
        agree += a;
        pairs += p;
    }
    let share = agree as f64 / pairs as f64;
    println!(
        "balance: listening ladder: length order agrees with level order in {agree} of {pairs} pairs ({}%) over {} items, limit under 55%",
        percent(agree, pairs),
        l.ladder.len()
    );
    println!(
        "balance: listening ladder: items where every pair agrees: {} ({})",
        always.len(),
        always.join(", ")
    );
    assert!(
        share < LADDER_LIMIT,
        "ladder: length order agrees with level order in {agree} of {pairs} pairs; items where it always does: {}",
        always.join(", ")
    );
}

// --- Peer statements: copies and repeated scenarios -------------------------------------------

/// Something a peer says somewhere in the app, and who says it.
struct Peer {
    /// Where it is: "listening statement stu-failed-first-exam".
    what: String,
    /// Lower case: what they say (and the setting, where there is one). Compared for copies
    /// without the speaker, since roles ("a student", "a nurse") rightly recur.
    said: String,
    /// Lower case: the speaker and what they say, searched for scenarios ("a food bank
    /// volunteer" sets the scene as much as the words do).
    text: String,
}

impl Peer {
    fn new(what: String, speaker: &str, said: &[&str]) -> Peer {
        let said = said.join(" ").to_lowercase();
        Peer {
            what,
            text: format!("{} {said}", speaker.to_lowercase()),
            said,
        }
    }

    fn is_listening(&self) -> bool {
        self.what.starts_with("listening ")
    }
}

/// Every peer statement in the app: listening statements (which pick and ladder items answer),
/// validation sort, decide and rewrite prompts, conversation settings and openings, Name the
/// move peers, Spot the slip settings and peer lines, triad cards, practice partners' settings
/// and openings, and course questions that quote a peer. Written out by hand (each exercise
/// keeps its peer's words in its own fields): a new exercise adds its arm here
/// (ARCHITECTURE.md, "Adding an exercise or an area").
fn peers() -> Vec<Peer> {
    let mut out = Vec::new();
    let l = listening().unwrap_or_else(|e| panic!("{e}"));
    for s in &l.statements {
        out.push(Peer::new(
            format!("listening statement {}", s.id),
            &s.speaker,
            &[&s.statement],
        ));
    }
    let v = validation().unwrap_or_else(|e| panic!("{e}"));
    for i in &v.sort {
        out.push(Peer::new(
            format!("validation sort {}", i.id),
            &i.speaker,
            &[&i.statement],
        ));
    }
    for i in &v.decide {
        out.push(Peer::new(
            format!("validation decide {}", i.id),
            &i.speaker,
            &[&i.situation, &i.peer],
        ));
    }
    for i in &v.rewrite {
        out.push(Peer::new(
            format!("validation rewrite {}", i.id),
            &i.speaker,
            &[&i.statement],
        ));
    }
    for c in &v.conversations {
        let opening = c.turn(&c.start).map_or("", |t| t.peer.as_str());
        out.push(Peer::new(
            format!("validation conversation {}", c.id),
            &c.speaker,
            &[&c.setting, opening],
        ));
    }
    let m = moves().unwrap_or_else(|e| panic!("{e}"));
    for i in &m.name {
        out.push(Peer::new(
            format!("moves name {}", i.id),
            &i.speaker,
            &[&i.peer],
        ));
    }
    for t in &m.transcripts {
        let mut parts: Vec<&str> = vec![&t.setting];
        parts.extend(
            t.lines
                .iter()
                .filter(|l| l.speaker == super::moves::Speaker::Peer)
                .map(|l| l.text.as_str()),
        );
        out.push(Peer::new(
            format!("moves transcript {}", t.id),
            &t.title,
            &parts,
        ));
    }
    let w = triads().unwrap_or_else(|e| panic!("{e}"));
    for c in &w.cards {
        out.push(Peer::new(
            format!("workshop triad {}", c.id),
            &c.title,
            &[&c.speaker_brief, &c.opening_line],
        ));
    }
    let p = partners().unwrap_or_else(|e| panic!("{e}"));
    for partner in &p.all {
        out.push(Peer::new(
            format!("listening partner {}", partner.id),
            &partner.speaker,
            &[&partner.setting, partner.opening()],
        ));
    }
    let c = course().unwrap_or_else(|e| panic!("{e}"));
    for lesson in &c.lessons {
        for q in &lesson.check {
            if q.prompt.contains('"') || q.prompt.contains('\u{201c}') {
                out.push(Peer::new(
                    format!("course question {}/{}", lesson.id, q.id),
                    "",
                    &[&q.prompt],
                ));
            }
        }
    }
    out
}

/// Words that carry no scenario: function words and the commonest verbs of talk.
#[rustfmt::skip]
const STOP_WORDS: &[&str] = &[
    "about", "after", "again", "all", "also", "and", "any", "are", "around", "back", "because",
    "been", "before", "being", "but", "can", "can't", "could", "couldn't", "did", "didn't", "does",
    "doesn't", "doing", "don't", "down", "even", "ever", "every", "for", "from", "get", "gets",
    "getting", "got", "had", "has", "have", "haven't", "her", "here", "hers", "him", "his", "how",
    "i'd", "i'll", "i'm", "i've", "into", "isn't", "it's", "its", "just", "keep", "keeps", "know",
    "like", "make", "made", "more", "most", "much", "must", "myself", "never", "not", "now", "off",
    "one", "only", "other", "our", "out", "over", "own", "really", "said", "same", "say", "says",
    "she", "she's", "should", "some", "still", "than", "that", "that's", "the", "their", "them",
    "then", "there", "there's", "these", "they", "they're", "they've", "thing", "things", "think",
    "this", "those", "through", "too", "very", "was", "wasn't", "way", "we're", "well", "went",
    "were", "what", "when", "where", "which", "while", "who", "why", "will", "with", "won't",
    "would", "you", "you'd", "you're", "you've", "your", "yours", "he's", "let", "lot", "want",
    "wants", "yet", "told", "tell", "going", "come", "came", "goes", "see", "saw", "look", "looks",
    "looking", "take", "took", "put", "something", "someone", "anyone", "everyone", "nobody",
    "anything", "everything", "nothing", "day", "days", "time", "week", "year", "years", "month",
    "hour", "today", "yesterday", "tonight", "morning", "night", "last", "first", "next", "since",
    "until", "end", "away", "feel", "feeling", "felt", "fine", "maybe", "sure", "bit", "little",
    "always", "already", "sometimes", "people", "peer", "support", "supporter", "says", "asked",
    "ask", "new", "old", "many", "two", "three", "four", "five", "six", "ten",
    "actually", "honestly", "probably", "basically", "literally", "quite", "pretty", "properly",
];

/// The content words of a text: lower-case words of three letters or more that are not stop
/// words, with a plural or third-person "s" taken off.
fn content_words(text: &str) -> BTreeSet<String> {
    text.to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
        .map(|w| w.replace('\u{2019}', "'").trim_matches('\'').to_string())
        .filter(|w| w.chars().count() >= 3 && !STOP_WORDS.contains(&w.as_str()))
        .map(|w| match w.strip_suffix('s') {
            Some(stem) if stem.len() >= 3 && !stem.ends_with(['s', 'u', 'i', 'y', '\'']) => {
                stem.to_string()
            }
            _ => w,
        })
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .collect()
}

fn jaccard(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let union = a.union(b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / union as f64
}

/// Two peer statements are near copies when they share at least [`COPY_SHARED`] content words
/// and at least this share of all their content words (Jaccard). Tuned on the content as it
/// was when the check came in: the copied scenarios (a caught dosing error told twice in
/// nearly the same words, two birthday meals without an invitation, a junior doctor told off on
/// a ward round in a transcript and a triad card) measured 0.21 to 0.38, and the most alike
/// pair of unrelated statements 0.17. Stop words are left out, so the shares look low; what
/// is left is what a scenario is made of.
const COPY_LIMIT: f64 = 0.2;

/// Fewer shared words than this is coincidence, however short the two texts.
const COPY_SHARED: usize = 3;

/// Pairs of `peers` that are near copies, most alike first, as printable lines.
fn near_copies(peers: &[&Peer]) -> Vec<(f64, String)> {
    let words: Vec<BTreeSet<String>> = peers.iter().map(|p| content_words(&p.said)).collect();
    let mut out = Vec::new();
    for i in 0..peers.len() {
        for j in i + 1..peers.len() {
            let s = jaccard(&words[i], &words[j]);
            let shared: Vec<&str> = words[i]
                .intersection(&words[j])
                .map(String::as_str)
                .collect();
            if shared.len() >= COPY_SHARED && s >= COPY_LIMIT {
                out.push((
                    s,
                    format!(
                        "{} ~ {} (sharing {})",
                        peers[i].what,
                        peers[j].what,
                        shared.join(", ")
                    ),
                ));
            }
        }
    }
    out.sort_by(|a, b| b.0.total_cmp(&a.0));
    out
}

fn print_pairs(scope: &str, pairs: &[(f64, String)]) {
    println!(
        "balance: {scope}: {} pairs share {COPY_SHARED}+ content words and {:.0}%+ of them (Jaccard)",
        pairs.len(),
        COPY_LIMIT * 100.0
    );
    for (s, pair) in pairs {
        println!("balance:   {s:.2} {pair}");
    }
}

#[test]
fn no_two_listening_statements_are_near_copies() {
    let all = peers();
    let listening: Vec<&Peer> = all.iter().filter(|p| p.is_listening()).collect();
    let pairs = near_copies(&listening);
    print_pairs("listening statements", &pairs);
    assert!(pairs.is_empty(), "near copies: {pairs:?}");
}

#[test]
fn no_two_peer_statements_in_the_app_are_near_copies() {
    let all = peers();
    let refs: Vec<&Peer> = all.iter().collect();
    let pairs = near_copies(&refs);
    print_pairs(&format!("all {} peer statements", refs.len()), &pairs);
    assert!(pairs.is_empty(), "near copies: {pairs:?}");
}

/// Scenarios the content has leant on too often. Each is groups of word starts (lower case):
/// a text shows the scenario when it has a word from every group.
const SCENARIOS: &[(&str, &[&[&str]])] = &[
    (
        "a caught medication error",
        &[&[
            "dispensing error",
            "medication error",
            "dosing error",
            "drug error",
            "wrong dose",
            "wrong drug",
            "wrong medication",
            "prescription wrong",
        ]],
    ),
    (
        "a shouted-at receptionist",
        &[
            &["receptionist", "reception", "front desk", "at the desk"],
            &["shout", "yell", "scream", "called me"],
        ],
    ),
    (
        "a call handler who never learns the outcome",
        &[
            &[
                "call handler",
                "999",
                "dispatcher",
                "control room",
                "on the line",
            ],
            &[
                "never find out",
                "never know",
                "never hear",
                "never learn",
                "line goes dead",
                "call just ends",
                "how it ended",
                "how things turned out",
                "how it turned out",
                "do not know how",
                "don't know how",
            ],
        ],
    ),
    (
        "credit taken for your work",
        &[&[
            "credit",
            "my idea",
            "my analysis",
            "my work",
            "as hers",
            "as his",
            "as if it was his",
            "as if it was hers",
            "as if it were",
            "as theirs",
            "under her name",
            "under his name",
        ]],
    ),
    (
        "redundancy after decades",
        &[
            &[
                "redundan",
                "restructur",
                "department's closing",
                "laid off",
                "job was cut",
                "lost my job",
                "lost your job",
            ],
            &["twenty", "thirty", "forty", "decade"],
        ],
    ),
    (
        "left out of a birthday",
        &[
            &["birthday"],
            &[
                "invite",
                "photo",
                "found out",
                "left out",
                "without me",
                "forgot",
            ],
        ],
    ),
    (
        "a parent with dementia not recognising their child",
        &[
            &["dementia", "alzheimer", "mum", "mother", "dad", "father"],
            &[
                "who i was",
                "who i am",
                "know who",
                "aunt's name",
                "my name",
                "recognise me",
                "recognise her",
                "recognise him",
                "didn't know me",
            ],
        ],
    ),
    ("a food bank", &[&["food bank", "foodbank"]]),
    (
        "back from parental leave",
        &[&[
            "parental leave",
            "maternity leave",
            "paternity leave",
            "back from leave",
            "adoption leave",
        ]],
    ),
    (
        "sat in the car",
        &[&[
            "in the car",
            "in my car",
            "in his car",
            "in her car",
            "in their car",
            "by his car",
            "by her car",
        ]],
    ),
];

/// Does `text` (lower case) show this scenario?
fn shows(groups: &[&[&str]], text: &str) -> bool {
    groups
        .iter()
        .all(|group| group.iter().any(|w| has_word(text, w)))
}

/// For each scenario, the peers that show it; printed.
fn scenario_uses<'a>(scope: &str, peers: &[&'a Peer]) -> Vec<(&'static str, Vec<&'a Peer>)> {
    let mut out = Vec::new();
    for (name, groups) in SCENARIOS {
        let found: Vec<&Peer> = peers
            .iter()
            .copied()
            .filter(|p| shows(groups, &p.text))
            .collect();
        let whats: Vec<&str> = found.iter().map(|p| p.what.as_str()).collect();
        println!(
            "balance: {scope}: {name}: {} ({})",
            found.len(),
            whats.join(", ")
        );
        out.push((*name, found));
    }
    out
}

#[test]
fn the_scenario_keywords_find_what_they_describe_and_nothing_unrelated() {
    let find = |text: &str| -> Vec<&str> {
        SCENARIOS
            .iter()
            .filter(|(_, g)| shows(g, &text.to_lowercase()))
            .map(|(n, _)| *n)
            .collect()
    };
    assert_eq!(
        find("Then I sat in the car for an hour."),
        vec!["sat in the car"]
    );
    assert_eq!(
        find("Mum asked me who I was today."),
        vec!["a parent with dementia not recognising their child"]
    );
    assert_eq!(
        find("They announced the restructure. Twenty-two years."),
        vec!["redundancy after decades"]
    );
    assert!(find("My car broke down, and I'm twenty.").is_empty());
    assert!(find("The carpark was full on my birthday.").is_empty());
}

#[test]
fn each_repeated_scenario_appears_in_at_most_one_listening_statement() {
    let all = peers();
    let listening: Vec<&Peer> = all.iter().filter(|p| p.is_listening()).collect();
    let over: Vec<String> = scenario_uses("listening statements", &listening)
        .into_iter()
        .filter(|(_, found)| found.len() > 1)
        .map(|(name, found)| format!("{name} ({})", found.len()))
        .collect();
    assert!(
        over.is_empty(),
        "scenarios in more than one listening statement: {}",
        over.join("; ")
    );
}

#[test]
fn no_repeated_scenario_appears_more_than_twice_in_the_whole_app() {
    let all = peers();
    let refs: Vec<&Peer> = all.iter().collect();
    let over: Vec<String> = scenario_uses("whole app", &refs)
        .into_iter()
        .filter(|(_, found)| found.len() > 2)
        .map(|(name, found)| {
            let whats: Vec<&str> = found.iter().map(|p| p.what.as_str()).collect();
            format!("{name}: {}", whats.join(", "))
        })
        .collect();
    assert!(
        over.is_empty(),
        "scenarios used more than twice:\n{}",
        over.join("\n")
    );
}

#[test]
fn content_words_drop_stop_words_and_plurals_and_jaccard_measures_overlap() {
    let a = content_words("I SAT in the car all evening. The cars were loud.");
    assert_eq!(
        a,
        ["car", "evening", "loud", "sat"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    );
    let b = content_words("Sat in my car, all evening");
    assert!((jaccard(&a, &b) - 0.75).abs() < 1e-9);
    assert_eq!(jaccard(&BTreeSet::new(), &BTreeSet::new()), 0.0);
}

#[test]
fn item_counts_per_type() {
    // Printed for the report; the areas' own tests check the minimums.
    let l = listening().unwrap_or_else(|e| panic!("{e}"));
    let v = validation().unwrap_or_else(|e| panic!("{e}"));
    let m = moves().unwrap_or_else(|e| panic!("{e}"));
    let w = triads().unwrap_or_else(|e| panic!("{e}"));
    let counts = [
        ("course single-answer checks", course_single().len()),
        ("listening statements", l.statements.len()),
        ("listening pick", l.pick.len()),
        ("listening ladder", l.ladder.len()),
        ("validation sort", v.sort.len()),
        ("validation decide", v.decide.len()),
        ("validation rewrite", v.rewrite.len()),
        ("validation conversations", v.conversations.len()),
        ("moves name", m.name.len()),
        ("moves transcripts", m.transcripts.len()),
        ("workshop triads", w.cards.len()),
        ("peer statements checked for repeats", peers().len()),
    ];
    for (what, n) in counts {
        println!("balance: count: {what}: {n}");
        assert!(n > 0, "{what}: none");
    }
}
