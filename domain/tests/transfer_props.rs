//! Property tests of export/import and of merging two tabs' data.

use heard_domain::progress::{Event, Score, TagResult};
use heard_domain::schema::{Note, StoredData};
use heard_domain::transfer::{export, import, merge};
use proptest::prelude::*;

/// Data built the way the app builds it: through progress events, journal and assessment edits.
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
    )
        .prop_map(|(answers, notes, ratings, assessed_at, lessons)| {
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
            for (skill, r) in ratings {
                d.self_assessment.ratings.insert(skill, r);
            }
            d.self_assessment.updated_at = assessed_at;
            d
        })
}

proptest! {
    #[test]
    fn import_of_an_export_is_exactly_the_data(d in data(), at in 0i64..i64::MAX / 2) {
        prop_assert_eq!(import(&export(&d, at)), Ok(d));
    }

    #[test]
    fn import_never_panics_and_never_accepts_garbage_as_data(text in ".{0,200}") {
        let _ = import(&text);
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
    fn merge_loses_no_item_lesson_or_note_from_either_tab(a in data(), b in data()) {
        let m = merge(&a, &b);
        for k in a.progress.items.keys().chain(b.progress.items.keys()) { prop_assert!(m.progress.items.contains_key(k)); }
        for k in a.progress.lessons.keys().chain(b.progress.lessons.keys()) { prop_assert!(m.progress.lessons.contains_key(k)); }
        for k in a.journal.keys().chain(b.journal.keys()) { prop_assert!(m.journal.contains_key(k)); }
        for (k, l) in a.progress.lessons.iter().chain(b.progress.lessons.iter()) {
            if l.passed_at.is_some() { prop_assert!(m.progress.lessons[k].passed_at.is_some(), "a passed lesson stays passed"); }
        }
    }
}
