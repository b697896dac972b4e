//! Golden fixtures for every stored schema version, plus corrupt and future inputs.
//! A fixture is what a real browser stored; each must keep loading after any schema change.

use heard_domain::persistence::{MemoryStore, Mode, DATA_KEY};
use heard_domain::progress::Score;
use heard_domain::schema::{self, SchemaError, StoredData};
use heard_domain::tab::Tab;
use heard_domain::transfer::merge;

const V1: &str = include_str!("fixtures/schema/v1.json");
const V2: &str = include_str!("fixtures/schema/v2.json");
const V3: &str = include_str!("fixtures/schema/v3.json");

/// What both fixtures hold in the sections schema 1 already had.
fn assert_v1_sections(d: &StoredData) {
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
fn v1_fixture_loads_with_every_section_intact() {
    let parsed = schema::from_json(V1).expect("v1 fixture parses");
    assert_eq!(parsed.from_schema, 1);
    assert_v1_sections(&parsed.data);
}

#[test]
fn v1_migrates_to_v2_with_no_deletions_and_save_line_0() {
    let d = schema::from_json(V1).expect("parses").data;
    assert!(d.deleted.is_empty());
    assert_eq!(d.epoch, 0);
    // Saved again, it is schema 2 and reads back the same.
    let again = schema::from_json(&schema::to_json(&d, 5)).expect("parses");
    assert_eq!(again.from_schema, schema::CURRENT);
    assert_eq!(again.data, d);
}

#[test]
fn v2_fixture_loads_with_every_section_and_its_deletions() {
    let parsed = schema::from_json(V2).expect("v2 fixture parses");
    assert_eq!(parsed.from_schema, 2);
    let d = parsed.data;
    assert_v1_sections(&d);
    assert_eq!(d.deleted["note-2"], 1789000900000);
    assert_eq!(d.deleted["course.skills.reflect-1"], 1789000950000);
    assert_eq!(d.epoch, 1788000000000);
}

#[test]
fn v2_migrates_to_v3_with_no_partners_met() {
    let d = schema::from_json(V2).expect("parses").data;
    assert!(d.progress.partners.is_empty());
    let again = schema::from_json(&schema::to_json(&d, 5)).expect("parses");
    assert_eq!(again.from_schema, 3);
    assert_eq!(again.data, d);
}

#[test]
fn v3_fixture_loads_with_the_partners_met() {
    let parsed = schema::from_json(V3).expect("v3 fixture parses");
    assert_eq!(parsed.from_schema, 3);
    let d = parsed.data;
    assert_v1_sections(&d);
    assert_eq!(d.epoch, 1788000000000);
    let jo = &d.progress.partners["jo-night-shift"];
    assert_eq!(
        (jo.met, jo.deepest, jo.last_ending.as_str()),
        (2, 2, "heard")
    );
    assert!(jo.endings.contains("close") && jo.endings.contains("heard"));
}

#[test]
fn a_v2_build_leaves_v3_data_alone_rather_than_dropping_the_partners() {
    assert_eq!(
        schema::read(V3, schema::Marker::Stored, 2).map(|p| p.from_schema),
        Err(SchemaError::Newer { found: 3 })
    );
}

#[test]
fn a_bad_partner_record_is_set_aside_alone() {
    let bad = V3.replace("\"deepest\": 2", "\"deepest\": 200");
    let parsed = schema::read(&bad, schema::Marker::Stored, schema::CURRENT).expect("reads");
    assert!(parsed.data.progress.partners.is_empty());
    assert_eq!(parsed.set_aside.len(), 1);
    assert!(parsed
        .data
        .progress
        .item("listen.pick.exam-nerves")
        .is_some());
    let envelope = parsed.set_aside_envelope().expect("something set aside");
    assert!(
        envelope.contains("\"partners\":{\"jo-night-shift\""),
        "{envelope}"
    );
}

#[test]
fn merging_two_copies_keeps_the_deepest_layer_and_every_ending() {
    let a = schema::from_json(V3).expect("parses").data;
    let mut b = a.clone();
    let jo = b
        .progress
        .partners
        .get_mut("jo-night-shift")
        .expect("in fixture");
    jo.deepest = 3;
    jo.endings.insert("shutdown".into());
    jo.last_ending = "shutdown".into();
    jo.last_at += 1;
    let merged = merge(&a, &b);
    assert_eq!(merged, merge(&b, &a));
    let jo = &merged.progress.partners["jo-night-shift"];
    assert_eq!((jo.deepest, jo.last_ending.as_str()), (3, "shutdown"));
    assert_eq!(jo.endings.len(), 3);
}

#[test]
fn v2_deletions_keep_an_older_copy_of_a_deleted_reflection_out_of_a_merge() {
    let d = schema::from_json(V2).expect("parses").data;
    let mut stale = d.clone();
    stale.deleted.clear();
    stale.put_note(
        "course.skills.reflect-1",
        "old answer".into(),
        None,
        1789000900500,
    );
    let merged = merge(&d, &stale);
    assert!(!merged.journal.contains_key("course.skills.reflect-1"));
    assert_eq!(merged, merge(&stale, &d));
}

#[test]
fn both_fixtures_survive_a_save_and_load_through_a_tab() {
    for fixture in [V1, V2, V3] {
        let mut kv = MemoryStore::default();
        kv.entries.insert(DATA_KEY.into(), fixture.into());
        let mut tab = Tab::load(&mut kv, 1).tab;
        assert_eq!(tab.mode(), &Mode::Saving);
        let before = tab.data().clone();
        tab.write(&mut kv, 2, |_| {}).expect("saves");
        assert_eq!(Tab::load(&mut kv, 3).tab.data(), &before);
    }
}

#[test]
fn corrupt_inputs_are_unreadable_not_panics() {
    for fixture in [V1, V2, V3] {
        let truncated = &fixture[..fixture.len() / 2];
        for bad in [
            "",
            "null",
            "[]",
            "\"heard\"",
            "{",
            truncated,
            "{\"app\":\"heard\",\"schema\":-1,\"data\":{}}",
            "{\"app\":\"heard\",\"schema\":0,\"data\":{}}",
            "\u{0}\u{1}",
        ] {
            assert!(schema::from_json(bad).is_err(), "{bad:?} should not parse");
        }
    }
}

#[test]
fn future_versions_are_reported_with_their_number() {
    let future = V3.replace("\"schema\": 3", "\"schema\": 4");
    assert_eq!(
        schema::from_json(&future),
        Err(SchemaError::Newer { found: 4 })
    );
}
