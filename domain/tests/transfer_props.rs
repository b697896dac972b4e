//! Property tests of export/import and of merging two tabs' data, and import fed arbitrary
//! JSON (issue 17): a clear error or sound data, never a panic, never a change to storage.

use heard_domain::limits;
use heard_domain::persistence::MemoryStore;
use heard_domain::progress::{Event, Score, TagResult};
use heard_domain::schema::{Note, StoredData};
use heard_domain::tab::Tab;
use heard_domain::transfer::{export, import, merge, preview};
use proptest::prelude::*;

/// Data built the way the app builds it: through progress events, journal and assessment
/// edits, and deletions of notes.
fn data() -> impl Strategy<Value = StoredData> {
    let answer = (
        "[a-c]\\.[a-e]",
        0u8..=100,
        0i64..1_000_000,
        proptest::bool::ANY,
    );
    let note = ("n[0-3]", ".{0,40}", 0i64..1000, 0i64..1000);
    let rating = ("skill-[a-d]", 1u8..=5);
    (
        proptest::collection::vec(answer, 0..12),
        proptest::collection::vec(note, 0..5),
        proptest::collection::vec(rating, 0..4),
        proptest::option::of(0i64..1000),
        proptest::collection::vec(
            ("lesson-[a-c]", 0u32..4, 0i64..1000, proptest::bool::ANY),
            0..4,
        ),
        proptest::collection::vec(("n[0-3]", 0i64..1000), 0..3),
    )
        .prop_map(
            |(answers, notes, ratings, assessed_at, lessons, deletions)| {
                let mut d = StoredData::default();
                for (item, score, at, ok) in answers {
                    let tags = vec![TagResult {
                        tag: format!("tag-{}", &item[..1]),
                        ok,
                    }];
                    d.progress.apply(Event::Answered {
                        item,
                        score: Score::new(score),
                        tags,
                        at,
                    });
                }
                for (lesson, section, at, passed) in lessons {
                    d.progress.apply(Event::LessonOpened {
                        lesson: lesson.clone(),
                        section,
                        at,
                    });
                    d.progress.apply(Event::CheckSubmitted {
                        lesson,
                        score: Score::new(if passed { 100 } else { 40 }),
                        passed,
                        at,
                    });
                }
                for (id, text, created, updated) in notes {
                    d.journal.insert(
                        id,
                        Note {
                            text,
                            prompt: None,
                            created_at: created,
                            updated_at: created.max(updated),
                        },
                    );
                }
                for (id, at) in deletions {
                    if d.journal.get(&id).is_none_or(|n| n.updated_at <= at) {
                        d.journal.remove(&id);
                        d.deleted.insert(id, at);
                    }
                }
                for (skill, r) in ratings {
                    d.self_assessment.ratings.insert(skill, r);
                }
                d.self_assessment.updated_at = assessed_at;
                d
            },
        )
}

/// Arbitrary JSON text, biased towards Heard's own field names and numbers near the limits,
/// with duplicate keys, wrong types, unknown fields and nesting.
fn json() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        Just("type".to_string()),
        Just("schema".to_string()),
        Just("data".to_string()),
        Just("progress".to_string()),
        Just("items".to_string()),
        Just("tags".to_string()),
        Just("lessons".to_string()),
        Just("journal".to_string()),
        Just("deleted".to_string()),
        Just("epoch".to_string()),
        Just("self_assessment".to_string()),
        Just("ratings".to_string()),
        Just("focus".to_string()),
        Just("text".to_string()),
        Just("created_at".to_string()),
        Just("updated_at".to_string()),
        Just("attempts".to_string()),
        Just("correct".to_string()),
        Just("last_score".to_string()),
        Just("first_at".to_string()),
        Just("last_at".to_string()),
        Just("review".to_string()),
        Just("box".to_string()),
        Just("due".to_string()),
        Just("seen".to_string()),
        Just("missed".to_string()),
        "[a-z.]{1,8}",
        ".{0,6}",
    ];
    let number = prop_oneof![
        Just("255".to_string()),
        Just("256".to_string()),
        Just("100".to_string()),
        Just("-1".to_string()),
        Just("0".to_string()),
        Just("1".to_string()),
        Just("2".to_string()),
        Just("4294967296".to_string()),
        Just("9223372036854775807".to_string()),
        Just("18446744073709551616".to_string()),
        Just("1e308".to_string()),
        Just("-0.5".to_string()),
        any::<i64>().prop_map(|n| n.to_string()),
    ];
    let leaf = prop_oneof![
        Just("null".to_string()),
        Just("true".to_string()),
        Just("\"heard-export\"".to_string()),
        number,
        ".{0,12}".prop_map(|s| serde_json::to_string(&s).unwrap_or_default()),
    ];
    leaf.prop_recursive(6, 64, 6, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6)
                .prop_map(|v| format!("[{}]", v.join(","))),
            // Pairs, so a key may repeat (duplicate keys).
            proptest::collection::vec((key.clone(), inner), 0..6).prop_map(|pairs| {
                let body: Vec<String> = pairs
                    .into_iter()
                    .map(|(k, v)| format!("{}:{v}", serde_json::to_string(&k).unwrap_or_default()))
                    .collect();
                format!("{{{}}}", body.join(","))
            }),
        ]
    })
}

/// What import must return for any text: sound data within every limit, or a clear message.
fn check_import(text: &str) -> Result<(), TestCaseError> {
    let mut kv = MemoryStore::default();
    let mut tab = Tab::load(&mut kv, 1).tab;
    tab.write(&mut kv, 2, |d| d.put_note("mine", "kept".into(), None, 2))
        .map_err(|e| TestCaseError::fail(e.0))?;
    let before = kv.clone();
    match import(text) {
        Ok(imported) => {
            let d = &imported.data;
            prop_assert!(limits::totals(d).is_ok());
            for r in d.progress.items.values() {
                prop_assert!(limits::item(r).is_ok());
            }
            for n in d.journal.values() {
                prop_assert!(limits::note(n).is_ok());
            }
            prop_assert!(limits::assessment(&d.self_assessment).is_ok());
            // Sound data survives its own export, and previewing it changes nothing.
            prop_assert_eq!(import(&export(d, 3)).map(|i| i.data), Ok(d.clone()));
            let _ = preview(tab.data(), d);
        }
        Err(e) => {
            let message = e.to_string();
            prop_assert!(message.len() > 10 && message.ends_with('.'), "{}", message);
        }
    }
    prop_assert_eq!(kv, before, "import never touches storage");
    Ok(())
}

proptest! {
    #[test]
    fn import_of_an_export_is_exactly_the_data(d in data(), at in 0i64..i64::MAX / 2) {
        prop_assert_eq!(import(&export(&d, at)).map(|i| i.data), Ok(d));
    }

    #[test]
    fn import_never_panics_and_never_accepts_garbage_as_data(text in ".{0,200}") {
        check_import(&text)?;
    }

    #[test]
    fn import_of_arbitrary_json_is_a_clear_error_or_sound_data(data in json(), schema in prop_oneof![Just("1".to_string()), Just("2".to_string()), Just("3".to_string()), Just("-1".to_string()), Just("1e9".to_string())]) {
        check_import(&data)?;
        let wrapped = format!(r#"{{"type":"heard-export","schema":{schema},"exported_at":0,"data":{data}}}"#);
        check_import(&wrapped)?;
        let inside = format!(r#"{{"type":"heard-export","schema":2,"data":{{"journal":{{"n":{data}}},"progress":{{"items":{{"i":{data}}},"tags":{data}}},"self_assessment":{data}}}}}"#);
        check_import(&inside)?;
    }

    #[test]
    fn merge_is_commutative(a in data(), b in data()) {
        prop_assert_eq!(merge(&a, &b), merge(&b, &a));
    }

    #[test]
    fn merge_is_idempotent(a in data()) {
        prop_assert_eq!(merge(&a, &a), a);
    }

    #[test]
    fn merge_is_associative(a in data(), b in data(), c in data()) {
        prop_assert_eq!(merge(&merge(&a, &b), &c), merge(&a, &merge(&b, &c)));
    }

    #[test]
    fn merge_loses_no_item_lesson_or_note_that_was_not_deleted_later(a in data(), b in data()) {
        let m = merge(&a, &b);
        for k in a.progress.items.keys().chain(b.progress.items.keys()) { prop_assert!(m.progress.items.contains_key(k)); }
        for k in a.progress.lessons.keys().chain(b.progress.lessons.keys()) { prop_assert!(m.progress.lessons.contains_key(k)); }
        for (k, n) in a.journal.iter().chain(b.journal.iter()) {
            let deleted_later = a.deleted.get(k).into_iter().chain(b.deleted.get(k)).any(|t| *t >= n.updated_at);
            prop_assert_eq!(m.journal.contains_key(k), !deleted_later || m.journal.get(k).is_some_and(|x| x.updated_at > n.updated_at));
        }
        for (k, l) in a.progress.lessons.iter().chain(b.progress.lessons.iter()) {
            if l.passed_at.is_some() { prop_assert!(m.progress.lessons[k].passed_at.is_some(), "a passed lesson stays passed"); }
        }
    }

    #[test]
    fn a_deletion_wins_over_every_older_copy_of_the_note(a in data(), b in data()) {
        for (k, t) in &a.deleted {
            let m = merge(&a, &b);
            let newer_copy = b.journal.get(k).is_some_and(|n| n.updated_at > *t);
            prop_assert_eq!(m.journal.contains_key(k), newer_copy);
        }
    }
}

#[test]
fn import_of_deeply_nested_json_is_a_clear_error() {
    for open in ["[", "{\"a\":"] {
        let deep = format!(
            "{}1{}",
            open.repeat(50_000),
            if open == "[" { "]" } else { "}" }.repeat(50_000)
        );
        let wrapped =
            format!(r#"{{"type":"heard-export","schema":2,"data":{{"journal":{{"n":{deep}}}}}}}"#);
        for text in [deep.as_str(), wrapped.as_str()] {
            let e = import(text).expect_err("refused");
            assert!(e.to_string().ends_with('.'), "{e}");
        }
    }
}

#[test]
fn a_file_of_100000_small_notes_is_refused_with_the_limit() {
    let notes: Vec<String> = (0..100_000)
        .map(|i| format!(r#""n{i}":{{"text":"x","created_at":1,"updated_at":1}}"#))
        .collect();
    let text = format!(
        r#"{{"type":"heard-export","schema":2,"data":{{"journal":{{{}}}}}}}"#,
        notes.join(",")
    );
    assert!(text.len() < 5 * 1024 * 1024);
    let e = import(&text).expect_err("too many notes");
    assert_eq!(
        e.to_string(),
        "The file holds more than Heard can keep in a browser: it holds 100000 notes, and Heard keeps at most 2000."
    );
}
