//! The one app-state context: the learner's data and how it relates to storage.
//!
//! Pages change data only through [`AppState::record`] (progress events) and
//! [`AppState::update`] (journal, self-assessment); both re-read storage and save at once (the
//! rules are the domain's [`Tab`]), so a tab that missed another tab's delete, replace or
//! newer data never writes over it. [`AppState::follow_other_tabs`] keeps tabs in step as they
//! save, and a page back from the back/forward cache re-reads storage.
//!
//! Workshop mode (a trainer presenting on a shared screen) lasts, on every page of both builds,
//! until the trainer leaves it: while it is on nothing is recorded or saved, and
//! [`AppState::data`], which every page reads, is empty, so nothing of the learner's shows.
//!
//! The tab's copy lives in a [`Tab`] (not reactive); `data` and `mode` are signals set from it
//! after each change ([`AppState::show`]), which costs a copy per change but no comparison of
//! whole data sets (less code in the first visit's download than a memo).

use crate::storage::{OtherTab, Persistence};
use crate::{browser, storage};
use heard_domain::persistence::{Deletion, Mode};
use heard_domain::progress::Event;
use heard_domain::schema::StoredData;
use heard_domain::tab::{Tab, Written};
use heard_domain::{quarantine, transfer, Millis};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct AppState {
    /// This tab's copy of the learner's data and how it relates to storage.
    tab: StoredValue<Tab>,
    /// What pages show: the learner's data, or nothing at all in workshop mode. Set only by
    /// [`AppState::show`]; pages read it.
    pub data: RwSignal<StoredData>,
    /// Whether saves reach storage (see [`Mode`]). Set only by [`AppState::show`].
    pub mode: RwSignal<Mode>,
    /// The last save failed (e.g. storage full): why. Cleared by the next successful save.
    pub save_error: RwSignal<Option<String>>,
    /// Unreadable data set aside on this device, as `(key, raw text)`.
    pub quarantine: RwSignal<Vec<(String, String)>>,
    /// Why data was just set aside, shown in the banner for this visit.
    pub quarantined_now: RwSignal<Option<String>>,
    /// Workshop mode: a trainer is presenting; record and show nothing of the learner's.
    /// Change it with [`AppState::enter_workshop`] and [`AppState::leave_workshop`].
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
        let workshop = storage::workshop_mode();
        let shown = if workshop {
            StoredData::default()
        } else {
            loaded.tab.data().clone()
        };
        let app = AppState {
            mode: RwSignal::new(loaded.tab.mode().clone()),
            tab: StoredValue::new(loaded.tab),
            data: RwSignal::new(shown),
            save_error: RwSignal::new(None),
            quarantine: RwSignal::new(storage::quarantined()),
            quarantined_now: RwSignal::new(loaded.quarantined_now),
            workshop: RwSignal::new(workshop),
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
        self.update(|d| d.progress.apply(event));
    }

    /// Changes the learner's own entries (journal, self-assessment), and saves.
    pub fn update(&self, change: impl FnOnce(&mut StoredData)) {
        if self.workshop.get_untracked() {
            return;
        }
        let now = browser::now();
        let result = self
            .tab
            .try_update_value(|t| storage::write(t, now, change));
        self.show();
        self.after_write(result);
    }

    /// What happened to what the learner has just saved, truthfully, for a status line:
    /// `saved` only when it reached storage. A page must not say "saved" when the browser is
    /// refusing storage (memory-only), the data is a newer version's, or the save failed.
    pub fn save_outcome(&self, saved: &'static str) -> &'static str {
        if self.workshop.get_untracked() {
            "Not saved: workshop mode is on."
        } else if self.save_error.get_untracked().is_some() {
            "Not saved: see the notice at the top of the page."
        } else if self.mode.get_untracked() != Mode::Saving {
            "Kept in this tab only: Heard cannot save on this device now (see the notice at the top of the page)."
        } else {
            saved
        }
    }

    /// Shows the tab's copy (nothing in workshop mode) and its mode.
    fn show(&self) {
        let workshop = self.workshop.get_untracked();
        self.tab.with_value(|t| {
            self.data.set(if workshop {
                StoredData::default()
            } else {
                t.data().clone()
            });
            if self.mode.with_untracked(|m| m != t.mode()) {
                self.mode.set(t.mode().clone());
            }
        });
    }

    fn after_write(&self, result: Option<Result<Written, heard_domain::persistence::StoreError>>) {
        match result {
            Some(Ok(written)) => {
                if let Some(why) = written.set_aside {
                    self.quarantined_now.set(Some(why));
                    self.quarantine.set(storage::quarantined());
                }
                if written.saved {
                    self.saved();
                }
            }
            Some(Err(e)) => self.save_error.set(Some(e.0)),
            None => {}
        }
    }

    /// After a successful save: clear the notice, and once a first answer is kept, ask the
    /// browser (once a session) to keep storage rather than clear it when space runs low.
    fn saved(&self) {
        if self.save_error.get_untracked().is_some() {
            self.save_error.set(None);
        }
        let answered = self.tab.with_value(|t| !t.data().progress.items.is_empty());
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

    /// Sets the learner's data to exactly `data` (importing with "replace"), as a new save line
    /// that every other open tab adopts instead of merging its own copy back in.
    pub fn replace_with(&self, data: StoredData) {
        if self.workshop.get_untracked() {
            return;
        }
        let now = browser::now();
        let result = self
            .tab
            .try_update_value(|t| storage::replace(t, now, data));
        self.show();
        self.after_write(result);
    }

    /// Deletes one journal note (or clears a reflection), and saves. The deletion is
    /// remembered, so another tab that still holds the note cannot bring it back.
    pub fn delete_note(&self, id: &str) {
        let now = browser::now();
        self.update(|d| {
            d.delete_note(id, now);
        });
    }

    /// Merges an imported file's data into this device's, and saves.
    pub fn import_merge(&self, incoming: &StoredData) {
        self.update(|d| *d = transfer::merge_import(d, incoming));
    }

    /// Offers all of the learner's data as `heard-export-YYYY-MM-DD.json`, and notes when.
    pub fn export(&self) -> Result<(), String> {
        if self.workshop.get_untracked() {
            return Err("workshop mode is on".into());
        }
        let now = browser::now();
        let text = self.tab.with_value(|t| transfer::export(t.data(), now));
        browser::download_text(&export_filename(now), "application/json", &text)?;
        // If storage is failing, the time is still known for this session.
        let _ = storage::set_last_export(now);
        self.last_export.set(Some(now));
        Ok(())
    }

    /// Offers every set-aside copy, exactly as it was, as one file that "Import" reads.
    pub fn download_set_aside(&self) -> Result<(), String> {
        let entries: Vec<quarantine::Entry> = self.quarantine.with_untracked(|q| {
            q.iter()
                .map(|(key, text)| quarantine::Entry {
                    key: key.clone(),
                    text: text.clone(),
                })
                .collect()
        });
        browser::download_text(
            "heard-set-aside-data.json",
            "application/json",
            &quarantine::download(&entries),
        )
    }

    /// Keeps this tab in step with other tabs of Heard in the same browser, in workshop mode
    /// too: their answers are merged in as they are saved; a delete or a "replace" empties or
    /// replaces this tab's copy; data from a newer Heard stops this tab writing. A page back from
    /// the back/forward cache, which missed their events, re-reads storage.
    pub fn follow_other_tabs(&self) {
        let app = *self;
        storage::on_other_tab_change(move |change| {
            let deleted = matches!(change, OtherTab::Deleted);
            let text = match &change {
                OtherTab::Saved(text) => Some(text.as_str()),
                OtherTab::Deleted => None,
            };
            if app.tab.try_update_value(|t| t.other_tab_wrote(text)) == Some(true) {
                app.show();
            }
            if deleted {
                app.quarantine.set(storage::quarantined());
                app.quarantined_now.set(None);
                app.last_export.set(storage::last_export());
            }
        });
        storage::on_page_restored(move || app.catch_up());
    }

    /// Re-reads everything this tab shows from storage.
    fn catch_up(&self) {
        if self.tab.try_update_value(storage::refresh) == Some(true) {
            self.show();
        }
        self.quarantine.set(storage::quarantined());
        self.last_export.set(storage::last_export());
    }

    /// Turns workshop mode on for this tab, on every page, until [`AppState::leave_workshop`].
    pub fn enter_workshop(&self) {
        storage::set_workshop_mode(true);
        if !self.workshop.get_untracked() {
            self.workshop.set(true);
            self.show();
        }
    }

    /// Turns workshop mode off: the learner's data shows again, read afresh from storage.
    pub fn leave_workshop(&self) {
        storage::set_workshop_mode(false);
        self.workshop.set(false);
        self.tab.update_value(|t| {
            storage::refresh(t);
        });
        self.show();
        self.quarantine.set(storage::quarantined());
    }

    /// Deletes everything Heard stored in this browser (its offline copy too) and starts
    /// afresh. Every key is tried, in memory-only mode too; the result says what could and
    /// could not be removed.
    pub fn delete_all(&self) -> Deletion {
        let deletion = storage::delete_all();
        crate::offline::forget();
        self.tab.update_value(|t| t.forget(&deletion));
        self.show();
        self.quarantine.set(storage::quarantined());
        self.quarantined_now.set(None);
        self.save_error.set(None);
        self.last_export.set(storage::last_export());
        deletion
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
