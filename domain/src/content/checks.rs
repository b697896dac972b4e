//! Checks every content area's validator tests share: ids, filled-in text, principles that
//! resolve, and the safety rules (a hard topic needs its content note; no method details).
//! One word list for the whole app, so an area cannot drift into a weaker rule than another.

use super::for_tests::registry;
use super::ContentNote;
use std::collections::BTreeSet;

/// A stable id: lower-case letters, digits and single hyphens inside.
pub fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
}

/// Text that says something.
pub fn filled(s: &str) -> bool {
    !s.trim().is_empty()
}

/// Every id well formed and used once.
pub fn assert_unique_ids<'a>(what: &str, ids: impl IntoIterator<Item = &'a str>) {
    let mut seen = BTreeSet::new();
    for id in ids {
        assert!(
            is_id(id),
            "{what}: \"{id}\" is not a valid id (a-z, 0-9, -)"
        );
        assert!(seen.insert(id), "{what}: id \"{id}\" is used twice");
    }
}

/// `id` names a principle in the registry.
pub fn assert_principle(what: &str, id: &str) {
    let r = registry().unwrap_or_else(|e| panic!("{e}"));
    assert!(
        r.principle(id).is_some(),
        "{what} names unknown principle \"{id}\""
    );
}

/// Words that mean a text touches a topic, and the note it then needs (word starts, lower case).
pub const NOTE_WORDS: &[(ContentNote, &[&str])] = &[
    (
        ContentNote::Suicide,
        &[
            "suicid",
            "kill myself",
            "end my life",
            "end it all",
            "better off without",
            "not be here",
            "not being here",
            "not wanting to live",
            "not wanting to go on",
            "wasn't around",
            "wasn't here",
        ],
    ),
    (
        ContentNote::SelfHarm,
        &[
            "self-harm",
            "self harm",
            "cutting",
            "hurt myself",
            "hurting myself",
            "harming myself",
        ],
    ),
    (
        ContentNote::Abuse,
        &[
            "abuse",
            "abusive",
            "hits me",
            "hit me",
            "coercive",
            "controlling",
        ],
    ),
    (
        ContentNote::Trauma,
        &["trauma", "flashback", "nightmare", "assault"],
    ),
    (
        ContentNote::Bereavement,
        &[
            "died",
            "death",
            "funeral",
            "passed away",
            "grief",
            "grieving",
            "bereave",
        ],
    ),
];

/// Words no item may use: safe messaging leaves out means and methods.
pub const METHOD_WORDS: &[&str] = &[
    "overdose",
    "pills",
    "tablets",
    "paracetamol",
    "noose",
    "hanging",
    "rope",
    "razor",
    "blade",
    "jump off",
    "bridge",
    "poison",
    "firearm",
    "gun",
    "stockpil",
];

/// Does `word` start a word somewhere in `text` (so "rope" finds "ropes" but not "proper", and
/// "died" is not found in "studied")? Both are lower case.
pub fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        !text[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric())
    })
}

/// Every `(what, notes, text)` that mentions a hard topic carries its content note.
pub fn assert_hard_topics_have_notes(texts: &[(String, Vec<ContentNote>, String)]) {
    for (what, notes, text) in texts {
        let lower = text.to_lowercase();
        for (note, words) in NOTE_WORDS {
            if let Some(w) = words.iter().find(|w| has_word(&lower, w)) {
                assert!(
                    notes.contains(note),
                    "{what} mentions \"{w}\" but has no {note:?} content note"
                );
            }
        }
    }
}

/// No `(what, _, text)` names a method.
pub fn assert_no_method_details(texts: &[(String, Vec<ContentNote>, String)]) {
    for (what, _, text) in texts {
        let lower = text.to_lowercase();
        for w in METHOD_WORDS {
            assert!(!has_word(&lower, w), "{what} mentions \"{w}\"");
        }
    }
}

#[test]
fn keyword_checks_match_the_start_of_words_only() {
    assert!(has_word("a rope here", "rope") && has_word("ropes", "rope"));
    assert!(!has_word("proper consultation", "rope"));
    assert!(!has_word("she studied", "died") && has_word("he died.", "died"));
    assert!(has_word("'suicide'", "suicid"));
}

#[test]
fn ids_are_lower_case_words_joined_by_single_hyphens() {
    assert!(is_id("night-shift-2"));
    for bad in ["", "Night", "a_b", "-a", "a-", "a--b", "a b"] {
        assert!(!is_id(bad), "{bad:?}");
    }
}
