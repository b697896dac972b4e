//! The storage module against the real `localStorage` of headless Chromium
//! (run by `cargo test --target wasm32-unknown-unknown --test browser_storage`).
#![cfg(target_arch = "wasm32")]

use heard::storage;
use heard_domain::persistence::{Mode, DATA_KEY, QUARANTINE_PREFIX};
use heard_domain::progress::{Event, Score};
use heard_domain::schema::StoredData;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("the test browser has localStorage")
}

fn js(code: &str) {
    js_sys::Function::new_no_args(code)
        .call0(&wasm_bindgen::JsValue::NULL)
        .expect("test script runs");
}

#[wasm_bindgen_test]
fn saved_progress_round_trips_through_real_local_storage() {
    local().clear().expect("clear");
    let first = storage::load(1);
    assert_eq!(first.mode, Mode::Saving);
    assert_eq!(first.data, StoredData::default());

    let mut data = first.data;
    data.progress.apply(Event::Answered {
        item: "listen.pick.a".into(),
        score: Score::FULL,
        tags: vec![],
        at: 2,
    });
    storage::save(&first.mode, &data, 3).expect("saves");
    assert!(local().get_item(DATA_KEY).expect("readable").is_some());
    assert_eq!(storage::load(4).data, data);
}

#[wasm_bindgen_test]
fn an_unreadable_value_is_quarantined_byte_for_byte() {
    local().clear().expect("clear");
    let raw = "{\"app\":\"heard\",\"schema\":1,\"data\":{\"journal\":\"é ünïcödé 🙂\" tr";
    local().set_item(DATA_KEY, raw).expect("set");
    let loaded = storage::load(77);
    assert!(loaded.quarantined_now.is_some());
    assert_eq!(loaded.mode, Mode::Saving);
    assert_eq!(
        storage::quarantined(),
        vec![(format!("{QUARANTINE_PREFIX}77"), raw.to_string())]
    );
    storage::remove_quarantined(&format!("{QUARANTINE_PREFIX}77")).expect("removes");
    assert!(storage::quarantined().is_empty());
}

#[wasm_bindgen_test]
fn storage_that_throws_on_write_runs_in_memory_and_keeps_what_was_stored() {
    local().clear().expect("clear");
    local().set_item(DATA_KEY, "kept as it was").expect("set");
    js("window.__realSetItem = Storage.prototype.setItem; \
        Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };");
    let loaded = storage::load(1);
    let save = storage::save(&Mode::Saving, &StoredData::default(), 2);
    js("Storage.prototype.setItem = window.__realSetItem;");
    assert!(
        matches!(&loaded.mode, Mode::MemoryOnly { reason } if reason.contains("QuotaExceededError")),
        "{:?}",
        loaded.mode
    );
    assert!(save.is_err(), "a direct save reports the failure");
    assert_eq!(
        local().get_item(DATA_KEY).expect("readable").as_deref(),
        Some("kept as it was")
    );
}

#[wasm_bindgen_test]
fn delete_all_removes_only_heards_keys() {
    local().clear().expect("clear");
    local().set_item("someone.else", "theirs").expect("set");
    local().set_item(DATA_KEY, "ours").expect("set");
    local()
        .set_item(&format!("{QUARANTINE_PREFIX}1"), "ours too")
        .expect("set");
    storage::delete_all().expect("deletes");
    assert_eq!(local().length().expect("length"), 1);
    assert_eq!(
        local()
            .get_item("someone.else")
            .expect("readable")
            .as_deref(),
        Some("theirs")
    );
}
