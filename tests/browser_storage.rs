//! The storage module and the app state against the real `localStorage` of headless Chromium
//! (run by `cargo test --target wasm32-unknown-unknown --test browser_storage`).
#![cfg(target_arch = "wasm32")]

use heard::state::AppState;
use heard::storage;
use heard_domain::persistence::{Mode, DATA_KEY, LAST_EXPORT_KEY, QUARANTINE_PREFIX};
use heard_domain::progress::{Event, Score};
use heard_domain::schema::StoredData;
use leptos::prelude::{GetUntracked, WithUntracked};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The real `localStorage`, to check what the storage module wrote (a test may look behind it).
#[allow(clippy::disallowed_methods)]
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

fn answer(item: &str) -> Event {
    Event::Answered {
        item: item.into(),
        score: Score::FULL,
        tags: vec![],
        at: 2,
    }
}

/// Every key in `localStorage` that starts with `heard.`.
fn heard_keys() -> Vec<String> {
    let s = local();
    (0..s.length().expect("length"))
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with("heard."))
        .collect()
}

#[wasm_bindgen_test]
fn saved_progress_round_trips_through_real_local_storage() {
    local().clear().expect("clear");
    let mut tab = storage::load(1).tab;
    assert_eq!(tab.mode(), &Mode::Saving);
    assert_eq!(tab.data(), &StoredData::default());
    storage::write(&mut tab, 3, |d| d.progress.apply(answer("listen.pick.a"))).expect("saves");
    assert!(local().get_item(DATA_KEY).expect("readable").is_some());
    assert_eq!(storage::load(4).tab.data(), tab.data());
}

#[wasm_bindgen_test]
fn an_unreadable_value_is_quarantined_byte_for_byte() {
    local().clear().expect("clear");
    let raw = "{\"app\":\"heard\",\"schema\":1,\"data\":{\"journal\":\"é ünïcödé 🙂\" tr";
    local().set_item(DATA_KEY, raw).expect("set");
    let loaded = storage::load(77);
    assert!(loaded.quarantined_now.is_some());
    assert_eq!(loaded.tab.mode(), &Mode::Saving);
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
    let mut saving = storage::load(1).tab;
    js("window.__realSetItem = Storage.prototype.setItem; \
        Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };");
    let loaded = storage::load(1);
    let save = storage::write(&mut saving, 2, |d| d.progress.apply(answer("x")));
    js("Storage.prototype.setItem = window.__realSetItem;");
    assert!(
        matches!(loaded.tab.mode(), Mode::MemoryOnly { reason } if reason.contains("QuotaExceededError")),
        "{:?}",
        loaded.tab.mode()
    );
    assert!(save.is_err(), "a save that throws reports the failure");
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
    assert!(storage::delete_all().complete());
    assert_eq!(local().length().expect("length"), 1);
    assert_eq!(
        local()
            .get_item("someone.else")
            .expect("readable")
            .as_deref(),
        Some("theirs")
    );
}

/// Memory-only mode (storage threw at start-up) used to skip storage on "Delete all" and say
/// "Done" with every key still there.
#[wasm_bindgen_test]
fn delete_all_in_memory_only_mode_still_removes_every_heard_key() {
    local().clear().expect("clear");
    local().set_item(DATA_KEY, "ours").expect("set");
    local()
        .set_item(&format!("{QUARANTINE_PREFIX}5"), "set aside")
        .expect("set");
    local().set_item(LAST_EXPORT_KEY, "5").expect("set");
    js("window.__realSetItem = Storage.prototype.setItem; \
        Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };");
    let app = AppState::load();
    let memory_only = matches!(app.mode.get_untracked(), Mode::MemoryOnly { .. });
    let deletion = app.delete_all();
    js("Storage.prototype.setItem = window.__realSetItem;");
    assert!(memory_only);
    assert_eq!(heard_keys(), Vec::<String>::new());
    assert!(deletion.complete(), "{deletion}");
    assert!(deletion.to_string().starts_with("Done."));
}

/// One key the browser refuses to remove: every other key is still removed, and the message
/// names what is left instead of claiming that nothing was changed.
#[wasm_bindgen_test]
fn delete_all_goes_on_past_a_key_that_cannot_be_removed_and_says_so() {
    local().clear().expect("clear");
    local().set_item(DATA_KEY, "ours").expect("set");
    local()
        .set_item(&format!("{QUARANTINE_PREFIX}5"), "set aside")
        .expect("set");
    local().set_item(LAST_EXPORT_KEY, "5").expect("set");
    js(&format!(
        "window.__realRemove = Storage.prototype.removeItem; \
         Storage.prototype.removeItem = function (k) {{ \
           if (k === '{QUARANTINE_PREFIX}5') throw new DOMException('refused', 'SecurityError'); \
           return window.__realRemove.call(this, k); }};"
    ));
    let app = AppState::load();
    let message = app.delete_all().to_string();
    js("Storage.prototype.removeItem = window.__realRemove;");
    assert_eq!(heard_keys(), vec![format!("{QUARANTINE_PREFIX}5")]);
    assert!(
        message.contains("a set-aside copy of unreadable data (SecurityError: refused)"),
        "{message}"
    );
    assert!(!message.contains("Nothing was changed"), "{message}");
    local().clear().expect("clear");
}

/// Another tab deleted everything and this tab never heard (its storage event was lost): its
/// next answer must not write its old copy, journal included, back.
#[wasm_bindgen_test]
fn a_write_after_a_missed_delete_does_not_bring_the_old_data_back() {
    local().clear().expect("clear");
    let app = AppState::load();
    app.update(|d| d.put_note("n", "my private note".into(), None, 1));
    assert!(local()
        .get_item(DATA_KEY)
        .expect("readable")
        .is_some_and(|v| v.contains("my private note")));
    // Another tab's "Delete all", unheard here.
    local().clear().expect("clear");
    app.record(answer("listen.pick.after"));
    let stored = local()
        .get_item(DATA_KEY)
        .expect("readable")
        .expect("saved");
    assert!(!stored.contains("my private note"), "{stored}");
    assert!(stored.contains("listen.pick.after"));
    assert!(app.data.with_untracked(|d| d.journal.is_empty()));
    local().clear().expect("clear");
}

/// A page restored from the back/forward cache missed other tabs' storage events; `pageshow`
/// with `persisted` makes it re-read storage, so it no longer shows (or holds) deleted data.
#[wasm_bindgen_test]
fn a_page_back_from_the_back_forward_cache_re_reads_storage() {
    local().clear().expect("clear");
    let app = AppState::load();
    app.follow_other_tabs();
    app.update(|d| d.put_note("n", "shown before".into(), None, 1));
    assert_eq!(app.data.with_untracked(|d| d.journal.len()), 1);
    local().clear().expect("clear");
    js("window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));");
    assert!(app.data.with_untracked(|d| d.journal.is_empty()));
}

/// An older tab meets data a newer Heard saved in another tab: it stops writing and says so.
#[wasm_bindgen_test]
fn newer_data_saved_by_another_tab_is_never_overwritten() {
    local().clear().expect("clear");
    let app = AppState::load();
    app.record(answer("listen.pick.a"));
    let newer = r#"{"app":"heard","schema":99,"saved_at":0,"data":{"future":true}}"#;
    local().set_item(DATA_KEY, newer).expect("set");
    app.record(answer("listen.pick.b"));
    assert_eq!(
        local().get_item(DATA_KEY).expect("readable").as_deref(),
        Some(newer)
    );
    assert_eq!(
        app.mode.get_untracked(),
        Mode::UpdatedElsewhere { found: 99 }
    );
    local().clear().expect("clear");
}

/// Workshop mode is kept in this tab's sessionStorage: one word, nothing of the learner's.
#[wasm_bindgen_test]
fn workshop_mode_is_remembered_for_the_tab_and_records_nothing() {
    local().clear().expect("clear");
    storage::set_workshop_mode(false);
    let app = AppState::load();
    app.record(answer("listen.pick.a"));
    let before = local().get_item(DATA_KEY).expect("readable");
    app.enter_workshop();
    assert!(
        storage::workshop_mode(),
        "a new page load in this tab starts in workshop mode"
    );
    assert!(AppState::load().workshop.get_untracked());
    app.record(answer("listen.pick.demo"));
    app.update(|d| d.put_note("n", "demo".into(), None, 1));
    assert_eq!(local().get_item(DATA_KEY).expect("readable"), before);
    assert_eq!(
        app.data.get_untracked(),
        StoredData::default(),
        "nothing shows"
    );
    app.leave_workshop();
    assert!(!storage::workshop_mode());
    assert!(app
        .data
        .with_untracked(|d| d.progress.items.contains_key("listen.pick.a")));
    local().clear().expect("clear");
}
