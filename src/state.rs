//! The one app-state context: the learner's data and how it relates to storage.
//!
//! Pages change data only through [`AppState::record`] (progress events) and
//! [`AppState::update`] (journal, self-assessment); both save at once, merged with anything
//! another tab saved meanwhile ([`AppState::follow_other_tabs`] keeps tabs in step). In workshop mode
//! nothing is recorded or saved, so a shared machine keeps no trace of a session.

use crate::storage::{OtherTab, Persistence};
use crate::{browser, storage};
use heard_domain::persistence::Mode;
use heard_domain::progress::Event;
use heard_domain::schema::StoredData;
use heard_domain::{transfer, Millis};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct AppState {
    /// Everything Heard keeps for the learner.
    pub data: RwSignal<StoredData>,
    /// Whether saves reach storage (see [`Mode`]).
    pub mode: RwSignal<Mode>,
    /// The last save failed (e.g. storage full): why. Cleared by the next successful save.
    pub save_error: RwSignal<Option<String>>,
    /// Unreadable data set aside on this device, as `(key, raw text)`.
    pub quarantine: RwSignal<Vec<(String, String)>>,
    /// Why data was just set aside, shown in the banner for this visit.
    pub quarantined_now: RwSignal<Option<String>>,
    /// Workshop mode: a trainer is presenting; record and show nothing of the learner's.
    pub workshop: RwSignal<bool>,
    /// Whether the browser promised to keep Heard's storage (asked after the first saved answer).
    pub persistence: RwSignal<Persistence>,
    /// Whether this session already asked the browser to keep storage.
    persist_asked: RwSignal<bool>,
    /// When the learner last exported their data from this browser.
    pub last_export: RwSignal<Option<Millis>>,
}

impl AppState {
    /// Loads stored data. Called once, in the app's root, before anything renders.
    pub fn load() -> AppState {
        let loaded = storage::load(browser::now());
        let app = AppState {
            data: RwSignal::new(loaded.data),
            mode: RwSignal::new(loaded.mode),
            save_error: RwSignal::new(None),
            quarantine: RwSignal::new(storage::quarantined()),
            quarantined_now: RwSignal::new(loaded.quarantined_now),
            workshop: RwSignal::new(false),
            persistence: RwSignal::new(Persistence::Unknown),
            persist_asked: RwSignal::new(false),
            last_export: RwSignal::new(storage::last_export()),
        };
        let persistence = app.persistence;
        storage::check_persisted(move |p| persistence.set(p));
        app
    }

    /// Records something the learner did, and saves.
    pub fn record(&self, event: Event) {
        if self.workshop.get_untracked() {
            return;
        }
        self.data.update(|d| d.progress.apply(event));
        self.persist();
    }

    /// Changes the learner's own entries (journal, self-assessment), and saves.
    pub fn update(&self, change: impl FnOnce(&mut StoredData)) {
        if self.workshop.get_untracked() {
            return;
        }
        self.data.update(change);
        self.persist();
    }

    fn persist(&self) {
        let result = self
            .data
            .with_untracked(|d| storage::save(&self.mode.get_untracked(), d, browser::now()));
        match result {
            Ok(saved) => {
                // Saving merged in any answers another tab stored meanwhile.
                if self.data.with_untracked(|d| *d != saved) {
                    self.data.set(saved);
                }
                self.saved();
            }
            Err(e) => self.save_error.set(Some(e.0)),
        }
    }

    /// After a successful save: clear the notice, and once a first answer is kept, ask the
    /// browser (once a session) to keep storage rather than clear it when space runs low.
    fn saved(&self) {
        if self.save_error.get_untracked().is_some() {
            self.save_error.set(None);
        }
        let answered = self.data.with_untracked(|d| !d.progress.items.is_empty());
        let saving = matches!(self.mode.get_untracked(), Mode::Saving);
        if answered
            && saving
            && !self.persist_asked.get_untracked()
            && self.persistence.get_untracked() != Persistence::Granted
        {
            self.persist_asked.set(true);
            let persistence = self.persistence;
            storage::request_persist(move |p| persistence.set(p));
        }
    }

    /// Sets the learner's data to exactly `data` and saves it without merging in what is
    /// stored (a merge would bring back a deleted note, or undo "replace").
    pub fn replace_with(&self, data: StoredData) {
        if self.workshop.get_untracked() {
            return;
        }
        self.data.set(data);
        let result = self.data.with_untracked(|d| {
            storage::save_replacing(&self.mode.get_untracked(), d, browser::now())
        });
        match result {
            Ok(()) => self.saved(),
            Err(e) => self.save_error.set(Some(e.0)),
        }
    }

    /// Deletes one journal note, and saves.
    pub fn delete_note(&self, id: &str) {
        let mut data = self.data.get_untracked();
        if data.journal.remove(id).is_some() {
            self.replace_with(data);
        }
    }

    /// Merges an imported file's data into this device's, and saves.
    pub fn import_merge(&self, incoming: &StoredData) {
        self.update(|d| *d = transfer::merge(d, incoming));
    }

    /// Offers all of the learner's data as `heard-export-YYYY-MM-DD.json`, and notes when.
    pub fn export(&self) -> Result<(), String> {
        let now = browser::now();
        let text = self.data.with_untracked(|d| transfer::export(d, now));
        browser::download_text(&export_filename(now), "application/json", &text)?;
        // If storage is failing, the time is still known for this session.
        let _ = storage::set_last_export(now);
        self.last_export.set(Some(now));
        Ok(())
    }

    /// Keeps this tab in step with other tabs of Heard in the same browser: their answers are
    /// merged in as they are saved, and "delete all my data" in one tab empties this one too
    /// (so this tab cannot write the deleted data back).
    pub fn follow_other_tabs(&self) {
        let app = *self;
        storage::on_other_tab_change(move |change| {
            if !matches!(app.mode.get_untracked(), Mode::Saving) || app.workshop.get_untracked() {
                return;
            }
            match change {
                OtherTab::Deleted => app.data.set(StoredData::default()),
                OtherTab::Saved(text) => {
                    if let Some(merged) = app
                        .data
                        .with_untracked(|d| storage::merge_from_other_tab(d, &text))
                    {
                        app.data.set(merged);
                    }
                }
            }
        });
    }

    /// Deletes everything Heard stored in this browser (its offline copy too) and starts
    /// afresh in memory.
    pub fn delete_all(&self) -> Result<(), String> {
        if matches!(self.mode.get_untracked(), Mode::MemoryOnly { .. }) {
            crate::offline::forget();
            self.data.set(StoredData::default());
            return Ok(());
        }
        storage::delete_all().map_err(|e| e.0)?;
        crate::offline::forget();
        self.data.set(StoredData::default());
        self.quarantine.set(Vec::new());
        self.quarantined_now.set(None);
        self.save_error.set(None);
        // Newer data was deleted too, so this session may save again.
        self.mode.set(Mode::Saving);
        Ok(())
    }

    /// Removes one set-aside copy of unreadable data.
    pub fn remove_quarantined(&self, key: &str) -> Result<(), String> {
        storage::remove_quarantined(key).map_err(|e| e.0)?;
        self.quarantine.update(|q| q.retain(|(k, _)| k != key));
        Ok(())
    }
}

/// `heard-export-YYYY-MM-DD.json`, in the learner's own calendar.
fn export_filename(now: Millis) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(now as f64));
    format!(
        "heard-export-{:04}-{:02}-{:02}.json",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    )
}

/// The app state provided at the root.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
