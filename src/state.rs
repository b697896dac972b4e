//! The one app-state context: the learner's data and how it relates to storage.
//!
//! Pages change data only through [`AppState::record`] (progress events) and
//! [`AppState::update`] (journal, self-assessment); both save at once, merged with anything
//! another tab saved meanwhile ([`AppState::follow_other_tabs`] keeps tabs in step). In workshop mode
//! nothing is recorded or saved, so a shared machine keeps no trace of a session.

use crate::storage::OtherTab;
use crate::{browser, storage};
use heard_domain::persistence::Mode;
use heard_domain::progress::Event;
use heard_domain::schema::StoredData;
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
}

impl AppState {
    /// Loads stored data. Called once, in the app's root, before anything renders.
    pub fn load() -> AppState {
        let loaded = storage::load(browser::now());
        AppState {
            data: RwSignal::new(loaded.data),
            mode: RwSignal::new(loaded.mode),
            save_error: RwSignal::new(None),
            quarantine: RwSignal::new(storage::quarantined()),
            quarantined_now: RwSignal::new(loaded.quarantined_now),
            workshop: RwSignal::new(false),
        }
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
                self.save_error.set(None);
            }
            Err(e) => self.save_error.set(Some(e.0)),
        }
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

/// The app state provided at the root.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
