//! The rules for loading and saving a learner's data, written against [`KeyValue`] so they
//! test natively; the browser module implements the trait for `localStorage`.
//!
//! - A first visit is normal: nothing stored means fresh data, no banner.
//! - Unreadable data is never deleted: its raw text is copied, untouched, to a quarantine key
//!   (`heard.quarantine.<time>`) before the main key is reused, and the learner is offered a
//!   download.
//! - Data from a newer schema is never overwritten: the session runs without saving.
//! - Storage that is missing or throws means the session runs in memory, with a notice.
//!
//! Every key this app writes starts with [`PREFIX`], so "delete all my data" removes only ours.

use crate::schema::{self, SchemaError, StoredData};
use crate::Millis;
use std::fmt;

/// Every key Heard writes starts with this.
pub const PREFIX: &str = "heard.";
/// The learner's data.
pub const DATA_KEY: &str = "heard.data";
/// Written and removed on load to find out whether storage accepts writes at all.
pub const PROBE_KEY: &str = "heard.probe";
/// Quarantined raw text lives under keys starting with this.
pub const QUARANTINE_PREFIX: &str = "heard.quarantine.";

/// A storage operation that failed (storage disabled, quota full, security error…).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreError(pub String);

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A string key-value store such as `localStorage`. Every call may fail.
pub trait KeyValue {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// How the session relates to storage after loading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// Saves go to storage.
    Saving,
    /// Storage holds data from a newer Heard; this session must not write over it.
    ReadOnlyNewer { found: u32 },
    /// Storage cannot be used; everything stays in this tab's memory.
    MemoryOnly { reason: String },
}

/// What loading found, for the UI to act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    pub data: StoredData,
    pub mode: Mode,
    /// Set when this load just quarantined unreadable data: why it could not be read.
    pub quarantined_now: Option<String>,
}

/// Loads the learner's data, applying the rules above. Never panics, whatever is stored.
pub fn load(kv: &mut dyn KeyValue, now: Millis) -> Loaded {
    let memory = |reason: String| Loaded {
        data: StoredData::default(),
        mode: Mode::MemoryOnly { reason },
        quarantined_now: None,
    };
    if let Err(e) = kv.set(PROBE_KEY, "1").and_then(|()| kv.remove(PROBE_KEY)) {
        return memory(e.0);
    }
    let raw = match kv.get(DATA_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => {
            return Loaded {
                data: StoredData::default(),
                mode: Mode::Saving,
                quarantined_now: None,
            }
        }
        Err(e) => return memory(e.0),
    };
    match schema::from_json(&raw) {
        Ok(parsed) => Loaded {
            data: parsed.data,
            mode: Mode::Saving,
            quarantined_now: None,
        },
        Err(SchemaError::Newer { found }) => Loaded {
            data: StoredData::default(),
            mode: Mode::ReadOnlyNewer { found },
            quarantined_now: None,
        },
        Err(err @ (SchemaError::Unreadable(_) | SchemaError::NotHeard)) => {
            let key = free_quarantine_key(kv, now);
            match kv.set(&key, &raw) {
                Ok(()) => Loaded {
                    data: StoredData::default(),
                    mode: Mode::Saving,
                    quarantined_now: Some(err.to_string()),
                },
                // Could not set it aside: keep the original where it is and do not write.
                Err(e) => memory(format!("unreadable data could not be set aside ({e})")),
            }
        }
    }
}

fn free_quarantine_key(kv: &dyn KeyValue, now: Millis) -> String {
    let mut n = 0;
    loop {
        let key = if n == 0 {
            format!("{QUARANTINE_PREFIX}{now}")
        } else {
            format!("{QUARANTINE_PREFIX}{now}-{n}")
        };
        match kv.get(&key) {
            Ok(Some(_)) => n += 1,
            _ => return key,
        }
    }
}

/// Saves data in the current schema, unless the mode forbids it.
pub fn save(
    kv: &mut dyn KeyValue,
    mode: &Mode,
    data: &StoredData,
    now: Millis,
) -> Result<(), StoreError> {
    match mode {
        Mode::Saving => kv.set(DATA_KEY, &schema::to_json(data, now)),
        Mode::ReadOnlyNewer { .. } | Mode::MemoryOnly { .. } => Ok(()),
    }
}

/// Saves data merged with what is stored now, so another tab's answers written since this tab
/// loaded are kept (see [`crate::transfer::merge`]). Returns what was saved, which the caller
/// should adopt. Stored text that cannot be read is not merged (loading quarantines it).
pub fn save_merging(
    kv: &mut dyn KeyValue,
    mode: &Mode,
    data: &StoredData,
    now: Millis,
) -> Result<StoredData, StoreError> {
    if !matches!(mode, Mode::Saving) {
        return Ok(data.clone());
    }
    let merged = match kv.get(DATA_KEY)?.map(|raw| schema::from_json(&raw)) {
        Some(Ok(stored)) => crate::transfer::merge(&stored.data, data),
        _ => data.clone(),
    };
    save(kv, mode, &merged, now)?;
    Ok(merged)
}

/// What another tab just stored, merged into this tab's data; `None` if it changes nothing
/// (or cannot be read), so the caller neither re-renders nor saves in reply.
pub fn merge_from_other_tab(mine: &StoredData, stored_text: &str) -> Option<StoredData> {
    let theirs = schema::from_json(stored_text).ok()?.data;
    let merged = crate::transfer::merge(mine, &theirs);
    (merged != *mine).then_some(merged)
}

/// Quarantined entries as `(key, raw text)`, oldest first.
pub fn quarantined(kv: &dyn KeyValue) -> Vec<(String, String)> {
    let mut keys: Vec<String> = kv
        .keys()
        .unwrap_or_default()
        .into_iter()
        .filter(|k| k.starts_with(QUARANTINE_PREFIX))
        .collect();
    keys.sort();
    keys.into_iter()
        .filter_map(|k| kv.get(&k).ok().flatten().map(|v| (k, v)))
        .collect()
}

/// Removes every key this app wrote, and nothing else.
pub fn delete_all(kv: &mut dyn KeyValue) -> Result<(), StoreError> {
    for key in kv.keys()? {
        if key.starts_with(PREFIX) {
            kv.remove(&key)?;
        }
    }
    Ok(())
}

/// An in-memory [`KeyValue`], for tests and as a stand-in when storage is unavailable.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MemoryStore {
    pub entries: std::collections::BTreeMap<String, String>,
    /// When set, every write fails with this message (a full or disabled store).
    pub fail_writes: Option<String>,
    /// When set, every call fails (storage disabled entirely).
    pub fail_all: Option<String>,
}

impl KeyValue for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        if let Some(e) = &self.fail_all {
            return Err(StoreError(e.clone()));
        }
        Ok(self.entries.get(key).cloned())
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(e) = self.fail_all.as_ref().or(self.fail_writes.as_ref()) {
            return Err(StoreError(e.clone()));
        }
        self.entries.insert(key.to_string(), value.to_string());
        Ok(())
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        if let Some(e) = &self.fail_all {
            return Err(StoreError(e.clone()));
        }
        self.entries.remove(key);
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        if let Some(e) = &self.fail_all {
            return Err(StoreError(e.clone()));
        }
        Ok(self.entries.keys().cloned().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::{Event, Score};

    fn with(key: &str, value: &str) -> MemoryStore {
        let mut m = MemoryStore::default();
        m.entries.insert(key.into(), value.into());
        m
    }

    #[test]
    fn a_first_visit_loads_fresh_data_that_will_be_saved() {
        let mut kv = MemoryStore::default();
        let l = load(&mut kv, 1);
        assert_eq!(
            l,
            Loaded {
                data: StoredData::default(),
                mode: Mode::Saving,
                quarantined_now: None
            }
        );
        assert!(kv.entries.is_empty(), "the probe key is cleaned up");
    }

    #[test]
    fn saved_data_loads_back() {
        let mut kv = MemoryStore::default();
        let mut d = StoredData::default();
        d.progress.apply(Event::Answered {
            item: "x".into(),
            score: Score::FULL,
            tags: vec![],
            at: 3,
        });
        save(&mut kv, &Mode::Saving, &d, 4).expect("saves");
        assert_eq!(load(&mut kv, 5).data, d);
    }

    #[test]
    fn unreadable_data_is_quarantined_byte_for_byte_and_the_session_can_save_again() {
        let raw = "{\"app\":\"heard\",\"schema\":1,\"data\":{\"progress\":[tru";
        let mut kv = with(DATA_KEY, raw);
        let l = load(&mut kv, 42);
        assert!(l.quarantined_now.is_some());
        assert_eq!(l.mode, Mode::Saving);
        assert_eq!(
            quarantined(&kv),
            vec![(format!("{QUARANTINE_PREFIX}42"), raw.to_string())]
        );
    }

    #[test]
    fn a_second_quarantine_at_the_same_moment_does_not_overwrite_the_first() {
        let mut kv = with(DATA_KEY, "garbage one");
        load(&mut kv, 7);
        kv.entries.insert(DATA_KEY.into(), "garbage two".into());
        load(&mut kv, 7);
        let q: Vec<String> = quarantined(&kv).into_iter().map(|(_, v)| v).collect();
        assert_eq!(q, ["garbage one", "garbage two"]);
    }

    #[test]
    fn newer_data_is_never_overwritten() {
        let raw = r#"{"app":"heard","schema":9,"saved_at":0,"data":{}}"#;
        let mut kv = with(DATA_KEY, raw);
        let l = load(&mut kv, 1);
        assert_eq!(l.mode, Mode::ReadOnlyNewer { found: 9 });
        save(&mut kv, &l.mode, &StoredData::default(), 2).expect("a no-op");
        assert_eq!(kv.entries[DATA_KEY], raw);
    }

    #[test]
    fn storage_that_throws_runs_in_memory_and_keeps_what_was_there() {
        let mut kv = with(DATA_KEY, "kept");
        kv.fail_writes = Some("QuotaExceededError".into());
        let l = load(&mut kv, 1);
        assert_eq!(
            l.mode,
            Mode::MemoryOnly {
                reason: "QuotaExceededError".into()
            }
        );
        let mut disabled = MemoryStore {
            fail_all: Some("SecurityError".into()),
            ..Default::default()
        };
        assert!(matches!(
            load(&mut disabled, 1).mode,
            Mode::MemoryOnly { .. }
        ));
        assert_eq!(kv.entries[DATA_KEY], "kept");
    }

    #[test]
    fn saving_in_one_tab_keeps_what_another_tab_saved_meanwhile() {
        let mut kv = MemoryStore::default();
        let answer = |item: &str| Event::Answered {
            item: item.into(),
            score: Score::FULL,
            tags: vec![],
            at: 1,
        };
        let (mut tab_a, mut tab_b) = (load(&mut kv, 0).data, load(&mut kv, 0).data);
        tab_a.progress.apply(answer("a"));
        save_merging(&mut kv, &Mode::Saving, &tab_a, 2).expect("saves");
        tab_b.progress.apply(answer("b"));
        let saved = save_merging(&mut kv, &Mode::Saving, &tab_b, 3).expect("saves");
        assert!(saved.progress.items.contains_key("a") && saved.progress.items.contains_key("b"));
        assert_eq!(load(&mut kv, 4).data, saved);
    }

    #[test]
    fn another_tabs_write_is_merged_in_once_and_then_changes_nothing() {
        let mut theirs = StoredData::default();
        theirs.progress.apply(Event::Answered {
            item: "t".into(),
            score: Score::FULL,
            tags: vec![],
            at: 1,
        });
        let text = schema::to_json(&theirs, 1);
        let merged = merge_from_other_tab(&StoredData::default(), &text).expect("changes");
        assert!(merged.progress.items.contains_key("t"));
        assert_eq!(
            merge_from_other_tab(&merged, &text),
            None,
            "no reply loop between tabs"
        );
        assert_eq!(merge_from_other_tab(&merged, "garbage"), None);
    }

    #[test]
    fn delete_all_removes_only_this_apps_keys() {
        let mut kv = with("other.app", "theirs");
        kv.entries.insert(DATA_KEY.into(), "ours".into());
        kv.entries
            .insert(format!("{QUARANTINE_PREFIX}1"), "ours too".into());
        delete_all(&mut kv).expect("deletes");
        assert_eq!(kv.entries.keys().collect::<Vec<_>>(), ["other.app"]);
    }
}
