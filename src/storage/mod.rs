//! The only code that touches browser storage (a tidy test enforces it).
//!
//! It adapts `localStorage` to the domain's [`KeyValue`] trait and runs the domain's rules
//! ([`Tab`], [`persistence`], [`quarantine`]) over it, and keeps workshop mode for the tab in
//! `sessionStorage`. Every `localStorage` call can throw (storage disabled, a
//! security policy, a full quota), so every call returns a `Result`; nothing here panics.
//!
//! Why not gloo-storage: its `LocalStorage::raw()` panics when storage is disabled, and we need
//! raw strings (for quarantine) rather than typed JSON values anyway.

// The one module that touches browser storage (clippy.toml's disallowed-methods).
#![allow(clippy::disallowed_methods)]

use heard_domain::persistence::{self, Deletion, KeyValue, StoreError, Unavailable};
use heard_domain::quarantine;
use heard_domain::schema::StoredData;
use heard_domain::tab::{Loaded, Tab, Written};
use heard_domain::Millis;
use wasm_bindgen::JsValue;

/// `localStorage`, as the domain's key-value store.
pub struct BrowserStore(web_sys::Storage);

fn js_error(e: JsValue) -> StoreError {
    if let Some(ex) = wasm_bindgen::JsCast::dyn_ref::<web_sys::DomException>(&e) {
        return StoreError(format!("{}: {}", ex.name(), ex.message()));
    }
    StoreError(
        e.as_string()
            .unwrap_or_else(|| "the browser refused to use storage".into()),
    )
}

impl BrowserStore {
    /// Opens `localStorage`; fails if the browser has it disabled or throws on access.
    pub fn open() -> Result<BrowserStore, StoreError> {
        let window = web_sys::window().ok_or_else(|| StoreError("no window".into()))?;
        match window.local_storage() {
            Ok(Some(s)) => Ok(BrowserStore(s)),
            Ok(None) => Err(StoreError("this browser offers no local storage".into())),
            Err(e) => Err(js_error(e)),
        }
    }
}

impl KeyValue for BrowserStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0.get_item(key).map_err(js_error)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.set_item(key, value).map_err(js_error)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.0.remove_item(key).map_err(js_error)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let n = self.0.length().map_err(js_error)?;
        let mut keys = Vec::with_capacity(n as usize);
        for i in 0..n {
            if let Some(k) = self.0.key(i).map_err(js_error)? {
                keys.push(k);
            }
        }
        Ok(keys)
    }
}

/// Runs `f` over `localStorage`, or over a store whose every call fails with the reason it
/// could not be opened (so the domain's rules decide what that means).
fn with_store<R>(f: impl FnOnce(&mut dyn KeyValue) -> R) -> R {
    match BrowserStore::open() {
        Ok(mut store) => f(&mut store),
        Err(e) => f(&mut Unavailable(e)),
    }
}

/// Loads the learner's data from `localStorage` (see [`Tab::load`] for the rules).
pub fn load(now: Millis) -> Loaded {
    with_store(|kv| Tab::load(kv, now))
}

/// Applies `change` to the tab's data, brought up to date with storage first, and saves it
/// (see [`Tab::write`]).
pub fn write(
    tab: &mut Tab,
    now: Millis,
    change: impl FnOnce(&mut StoredData),
) -> Result<Written, StoreError> {
    with_store(|kv| tab.write(kv, now, change))
}

/// Replaces the tab's data with `data` and saves it as a new save line (see [`Tab::replace`]).
pub fn replace(tab: &mut Tab, now: Millis, data: StoredData) -> Result<Written, StoreError> {
    with_store(|kv| tab.replace(kv, now, data))
}

/// Re-reads storage into the tab's data; returns whether anything changed.
pub fn refresh(tab: &mut Tab) -> bool {
    with_store(|kv| tab.refresh(kv))
}

/// What another tab of Heard in this browser just did to the stored data.
pub enum OtherTab {
    /// It saved; this is the stored text.
    Saved(String),
    /// It deleted the data (or cleared storage).
    Deleted,
}

/// Calls `then` whenever another tab changes Heard's stored data, for the life of the page.
pub fn on_other_tab_change(then: impl Fn(OtherTab) + 'static) {
    let handle = leptos::prelude::window_event_listener(
        leptos::ev::storage,
        move |e: web_sys::StorageEvent| match (e.key(), e.new_value()) {
            (None, _) => then(OtherTab::Deleted),
            (Some(key), None) if key == persistence::DATA_KEY => then(OtherTab::Deleted),
            (Some(key), Some(text)) if key == persistence::DATA_KEY => then(OtherTab::Saved(text)),
            _ => {}
        },
    );
    // The listener lives as long as the page.
    std::mem::forget(handle);
}

/// Calls `then` when the page comes back from the back/forward cache, where it missed other
/// tabs' storage events, for the life of the page.
pub fn on_page_restored(then: impl Fn() + 'static) {
    let handle = leptos::prelude::window_event_listener(
        leptos::ev::pageshow,
        move |e: web_sys::PageTransitionEvent| {
            if e.persisted() {
                then();
            }
        },
    );
    std::mem::forget(handle);
}

/// Unreadable data that was set aside, as `(key, raw text)`.
pub fn quarantined() -> Vec<(String, String)> {
    BrowserStore::open()
        .map(|s| quarantine::quarantined(&s))
        .unwrap_or_default()
}

/// Removes one set-aside copy, after the learner chose to.
pub fn remove_quarantined(key: &str) -> Result<(), StoreError> {
    if !key.starts_with(persistence::QUARANTINE_PREFIX) {
        return Err(StoreError("not a set-aside copy".into()));
    }
    BrowserStore::open()?.remove(key)
}

/// Removes every key Heard wrote in this browser, and nothing else, trying each whatever
/// fails, even when the session runs in memory (see [`persistence::delete_all`]).
pub fn delete_all() -> Deletion {
    with_store(persistence::delete_all)
}

/// When this browser last exported, if it ever did (unreadable counts as never).
pub fn last_export() -> Option<Millis> {
    BrowserStore::open()
        .ok()?
        .get(persistence::LAST_EXPORT_KEY)
        .ok()
        .flatten()?
        .trim()
        .parse()
        .ok()
}

/// Notes that the learner exported at `at`.
pub fn set_last_export(at: Millis) -> Result<(), StoreError> {
    BrowserStore::open()?.set(persistence::LAST_EXPORT_KEY, &at.to_string())
}

/// Where workshop mode is remembered: this tab's `sessionStorage`, which lasts while the tab
/// is open, survives every navigation in it (including between the app's two builds, which
/// are separate page loads), is not shared with other tabs, and is gone when the tab closes.
/// It holds one word, never anything of the learner's.
pub const WORKSHOP_KEY: &str = "heard.workshop";

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Whether this tab is in workshop mode (see [`WORKSHOP_KEY`]). If `sessionStorage` cannot be
/// read, the mode lasts only until the next page load; that happens only where the browser
/// blocks site storage, and then the new page holds nothing of the learner's to show either.
pub fn workshop_mode() -> bool {
    session()
        .and_then(|s| s.get_item(WORKSHOP_KEY).ok().flatten())
        .is_some()
}

/// Remembers (or forgets) workshop mode for this tab.
pub fn set_workshop_mode(on: bool) {
    if let Some(s) = session() {
        let _ = if on {
            s.set_item(WORKSHOP_KEY, "on")
        } else {
            s.remove_item(WORKSHOP_KEY)
        };
    }
}

/// Whether the browser promised to keep this site's storage (`navigator.storage`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Persistence {
    /// Not known yet (the browser has not answered).
    Unknown,
    /// The browser agreed not to clear Heard's data on its own.
    Granted,
    /// The browser may clear it if space runs low.
    NotGranted,
    /// This browser offers no way to ask.
    Unsupported,
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    // Older browsers have no `navigator.storage`: reading it gives `undefined`.
    let value = js_sys::Reflect::get(&navigator, &JsValue::from_str("storage")).ok()?;
    if value.is_undefined() || value.is_null() {
        return None;
    }
    Some(navigator.storage())
}

async fn answer(promise: Result<js_sys::Promise, JsValue>) -> Persistence {
    match promise {
        Ok(p) => match wasm_bindgen_futures::JsFuture::from(p).await {
            Ok(v) if v.as_bool() == Some(true) => Persistence::Granted,
            Ok(_) => Persistence::NotGranted,
            Err(_) => Persistence::Unsupported,
        },
        Err(_) => Persistence::Unsupported,
    }
}

/// Finds out, without asking, whether storage is already persistent; `then` gets the answer.
pub fn check_persisted(then: impl FnOnce(Persistence) + 'static) {
    let Some(manager) = storage_manager() else {
        then(Persistence::Unsupported);
        return;
    };
    wasm_bindgen_futures::spawn_local(async move { then(answer(manager.persisted()).await) });
}

/// Asks the browser to keep Heard's storage (`navigator.storage.persist()`); some browsers ask
/// the learner, most decide by themselves. `then` gets the outcome.
pub fn request_persist(then: impl FnOnce(Persistence) + 'static) {
    let Some(manager) = storage_manager() else {
        then(Persistence::Unsupported);
        return;
    };
    wasm_bindgen_futures::spawn_local(async move { then(answer(manager.persist()).await) });
}
