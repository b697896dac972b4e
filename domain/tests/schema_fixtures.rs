//! Golden fixtures for every stored schema version, plus corrupt and future inputs.
//! A fixture is what a real browser stored; each must keep loading after any schema change.

use heard_domain::persistence::{self, MemoryStore, Mode, DATA_KEY};
use heard_domain::progress::Score;
use heard_domain::schema::{self, SchemaError};

const V1: &str = include_str!("fixtures/schema/v1.json");

#[test]
fn v1_fixture_loads_with_every_section_intact() {
    let parsed = schema::from_json(V1).expect("v1 fixture parses");
    assert_eq!(parsed.from_schema, 1);
    let d = parsed.data;
    let item = d
        .progress
        .item("listen.pick.exam-nerves")
        .expect("item kept");
    assert_eq!(
        (item.attempts, item.correct, item.last_score),
        (3, 2, Score::FULL)
    );
    assert!(d.progress.lesson_done("what-is-peer-support"));
    assert_eq!(d.progress.tags["avoid.quick-fix"].missed, 1);
    assert_eq!(d.self_assessment.ratings["communication"], 4);
    assert!(d.self_assessment.focus.contains("self-management"));
    assert_eq!(
        d.journal["note-1"].text,
        "Slow down before suggesting anything."
    );
}

#[test]
fn v1_fixture_survives_a_save_and_load_through_persistence() {
    let mut kv = MemoryStore::default();
    kv.entries.insert(DATA_KEY.into(), V1.into());
    let loaded = persistence::load(&mut kv, 1);
    assert_eq!(loaded.mode, Mode::Saving);
    persistence::save(&mut kv, &loaded.mode, &loaded.data, 2).expect("saves");
    assert_eq!(persistence::load(&mut kv, 3).data, loaded.data);
}

#[test]
fn corrupt_inputs_are_unreadable_not_panics() {
    let truncated = &V1[..V1.len() / 2];
    for bad in [
        "",
        "null",
        "[]",
        "\"heard\"",
        "{",
        truncated,
        "{\"app\":\"heard\",\"schema\":-1,\"data\":{}}",
        "\u{0}\u{1}",
    ] {
        assert!(schema::from_json(bad).is_err(), "{bad:?} should not parse");
    }
}

#[test]
fn future_versions_are_reported_with_their_number() {
    let future = V1.replace("\"schema\": 1", "\"schema\": 2");
    assert_eq!(
        schema::from_json(&future),
        Err(SchemaError::Newer { found: 2 })
    );
}
