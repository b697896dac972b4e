//! The only code that touches browser storage (a tidy test enforces it).
//!
//! It adapts `localStorage` to the domain's [`KeyValue`] trait and runs the domain's
//! [`persistence`] rules over it. Every `localStorage` call can throw (storage disabled, a
//! security policy, a full quota), so every call returns a `Result`; nothing here panics.
//!
//! Why not gloo-storage: its `LocalStorage::raw()` panics when storage is disabled, and we need
//! raw strings (for quarantine) rather than typed JSON values anyway.

use heard_domain::persistence::{self, KeyValue, Loaded, Mode, StoreError};
use heard_domain::schema::StoredData;
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

/// Loads the learner's data from `localStorage` (see [`persistence::load`] for the rules).
pub fn load(now: Millis) -> Loaded {
    match BrowserStore::open() {
        Ok(mut store) => persistence::load(&mut store, now),
        Err(e) => Loaded {
            data: StoredData::default(),
            mode: Mode::MemoryOnly { reason: e.0 },
            quarantined_now: None,
        },
    }
}

/// Saves the learner's data merged with what another tab may have stored meanwhile, if the
/// mode allows it, and returns what was saved.
pub fn save(mode: &Mode, data: &StoredData, now: Millis) -> Result<StoredData, StoreError> {
    if !matches!(mode, Mode::Saving) {
        return Ok(data.clone());
    }
    persistence::save_merging(&mut BrowserStore::open()?, mode, data, now)
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

/// Another tab's stored text merged into this tab's data; `None` if it changes nothing.
pub fn merge_from_other_tab(mine: &StoredData, text: &str) -> Option<StoredData> {
    persistence::merge_from_other_tab(mine, text)
}

/// Unreadable data that was set aside, as `(key, raw text)`.
pub fn quarantined() -> Vec<(String, String)> {
    BrowserStore::open()
        .map(|s| persistence::quarantined(&s))
        .unwrap_or_default()
}

/// Removes one set-aside copy, after the learner chose to.
pub fn remove_quarantined(key: &str) -> Result<(), StoreError> {
    if !key.starts_with(persistence::QUARANTINE_PREFIX) {
        return Err(StoreError("not a set-aside copy".into()));
    }
    BrowserStore::open()?.remove(key)
}

/// Removes every key Heard wrote in this browser, and nothing else.
pub fn delete_all() -> Result<(), StoreError> {
    persistence::delete_all(&mut BrowserStore::open()?)
}

/// Saves exactly this data, without merging in what is stored: for changes a merge would undo
/// (deleting a note, replacing everything with an imported file). Another tab's answers are
/// already in this tab's data (see [`on_other_tab_change`]), so little can be lost.
pub fn save_replacing(mode: &Mode, data: &StoredData, now: Millis) -> Result<(), StoreError> {
    if !matches!(mode, Mode::Saving) {
        return Ok(());
    }
    persistence::save(&mut BrowserStore::open()?, mode, data, now)
}

/// When the learner last exported their data (kept beside the data, not inside it: an export
/// is about this device, and the schema stays as it is).
pub const LAST_EXPORT_KEY: &str = "heard.last-export";

/// When this browser last exported, if it ever did (unreadable counts as never).
pub fn last_export() -> Option<Millis> {
    BrowserStore::open()
        .ok()?
        .get(LAST_EXPORT_KEY)
        .ok()
        .flatten()?
        .trim()
        .parse()
        .ok()
}

/// Notes that the learner exported at `at`.
pub fn set_last_export(at: Millis) -> Result<(), StoreError> {
    BrowserStore::open()?.set(LAST_EXPORT_KEY, &at.to_string())
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
