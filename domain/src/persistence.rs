//! Storage as the domain sees it: a string [`KeyValue`] store where every call may fail, the
//! keys Heard writes, how a session relates to storage ([`Mode`]), and "delete all my data".
//! The browser module implements [`KeyValue`] for `localStorage`; [`crate::tab`] holds the
//! rules for reading and writing the learner's data, and [`crate::quarantine`] those for
//! setting unreadable data aside.
//!
//! Every key this app writes starts with [`PREFIX`], so "delete all my data" removes only ours.

use std::collections::BTreeSet;
use std::fmt;

/// Every key Heard writes starts with this.
pub const PREFIX: &str = "heard.";
/// The learner's data.
pub const DATA_KEY: &str = "heard.data";
/// Written and removed on load to find out whether storage accepts writes at all.
pub const PROBE_KEY: &str = "heard.probe";
/// Quarantined raw text lives under keys starting with this.
pub const QUARANTINE_PREFIX: &str = "heard.quarantine.";
/// When the learner last exported, kept beside the data (it is about this device, not them).
pub const LAST_EXPORT_KEY: &str = "heard.last-export";
/// The keys Heard writes under fixed names: what "delete all" removes even when storage cannot
/// list its keys.
pub const FIXED_KEYS: [&str; 3] = [DATA_KEY, LAST_EXPORT_KEY, PROBE_KEY];

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

/// How the session relates to storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// Saves go to storage.
    Saving,
    /// Storage held data from a newer Heard when this tab started; this tab must not write
    /// over it.
    ReadOnlyNewer { found: u32 },
    /// Another tab, running a newer Heard, saved data this tab cannot read: this tab stops
    /// writing until it is reloaded.
    UpdatedElsewhere { found: u32 },
    /// Storage cannot be used; everything stays in this tab's memory.
    MemoryOnly { reason: String },
}

/// A store that cannot be opened at all: every call fails with the same reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unavailable(pub StoreError);

impl KeyValue for Unavailable {
    fn get(&self, _: &str) -> Result<Option<String>, StoreError> {
        Err(self.0.clone())
    }
    fn set(&mut self, _: &str, _: &str) -> Result<(), StoreError> {
        Err(self.0.clone())
    }
    fn remove(&mut self, _: &str) -> Result<(), StoreError> {
        Err(self.0.clone())
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Err(self.0.clone())
    }
}

/// What "delete all" did, key by key, so the learner is told the truth.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Deletion {
    /// Keys that were there and are gone.
    pub removed: Vec<String>,
    /// Keys still there, with what the browser said.
    pub failed: Vec<(String, StoreError)>,
    /// Storage could not list its keys (what the browser said), so set-aside copies, whose
    /// names are not fixed, may remain.
    pub unlisted: Option<StoreError>,
}

impl Deletion {
    /// Nothing of Heard's is known to remain.
    pub fn complete(&self) -> bool {
        self.failed.is_empty() && self.unlisted.is_none()
    }

    /// The learner's data itself is gone (or was never there).
    pub fn data_removed(&self) -> bool {
        !self.failed.iter().any(|(k, _)| k == DATA_KEY)
            && (self.unlisted.is_none() || self.removed.iter().any(|k| k == DATA_KEY))
    }
}

/// What a key holds, in a learner's words.
pub fn describe(key: &str) -> String {
    match key {
        DATA_KEY => "your progress, self-assessment and notes".into(),
        LAST_EXPORT_KEY => "the date of your last export".into(),
        PROBE_KEY => "a storage check".into(),
        k if k.starts_with(QUARANTINE_PREFIX) => "a set-aside copy of unreadable data".into(),
        k => format!("“{k}”"),
    }
}

impl fmt::Display for Deletion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.complete() {
            return f
                .write_str("Done. Everything Heard had stored in this browser has been deleted.");
        }
        let advice = "What this page was showing has been cleared. To remove the rest, clear this site's data in your browser's settings.";
        if let (Some(why), true) = (&self.unlisted, self.removed.is_empty()) {
            return write!(
                f,
                "Heard could not reach this browser's storage, so it could not delete what is stored there (the browser said: {why}). {advice}"
            );
        }
        let total = self.removed.len() + self.failed.len();
        if !self.failed.is_empty() {
            let what: Vec<String> = self
                .failed
                .iter()
                .map(|(k, e)| format!("{} ({e})", describe(k)))
                .collect();
            write!(
                f,
                "Heard deleted {} of the {total} things it had stored here, but the browser did not let it delete: {}. ",
                self.removed.len(),
                what.join("; ")
            )?;
        } else {
            write!(f, "Heard deleted everything it could find. ")?;
        }
        if let Some(why) = &self.unlisted {
            write!(
                f,
                "It could not list everything it had stored (the browser said: {why}), so set-aside copies may remain. "
            )?;
        }
        f.write_str(advice)
    }
}

/// Removes every key this app wrote, and nothing else. It tries every key, whatever fails,
/// and checks each is gone; when storage cannot list its keys it still tries the fixed ones.
pub fn delete_all(kv: &mut dyn KeyValue) -> Deletion {
    let mut out = Deletion::default();
    let keys: Vec<String> = match kv.keys() {
        Ok(keys) => keys.into_iter().filter(|k| k.starts_with(PREFIX)).collect(),
        Err(e) => {
            out.unlisted = Some(e);
            FIXED_KEYS.iter().map(|k| k.to_string()).collect()
        }
    };
    for key in keys {
        let existed = kv.get(&key);
        match kv.remove(&key).and_then(|()| kv.get(&key)) {
            Ok(None) => {
                if !matches!(existed, Ok(None)) {
                    out.removed.push(key);
                }
            }
            Ok(Some(_)) => out
                .failed
                .push((key, StoreError("it is still there".into()))),
            Err(e) => {
                // A fixed key tried only because listing failed may never have existed.
                if out.unlisted.is_none() || !matches!(existed, Ok(None)) {
                    out.failed.push((key, e));
                }
            }
        }
    }
    out
}

/// An in-memory [`KeyValue`], for tests and as a stand-in when storage is unavailable.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MemoryStore {
    pub entries: std::collections::BTreeMap<String, String>,
    /// When set, every write fails with this message (a full or disabled store).
    pub fail_writes: Option<String>,
    /// When set, every call fails (storage disabled entirely).
    pub fail_all: Option<String>,
    /// Keys that cannot be written or removed (the browser refuses them).
    pub locked: BTreeSet<String>,
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
        if self.locked.contains(key) {
            return Err(StoreError("SecurityError: refused".into()));
        }
        self.entries.insert(key.to_string(), value.to_string());
        Ok(())
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        if let Some(e) = &self.fail_all {
            return Err(StoreError(e.clone()));
        }
        if self.locked.contains(key) {
            return Err(StoreError("SecurityError: refused".into()));
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

    fn with(key: &str, value: &str) -> MemoryStore {
        let mut m = MemoryStore::default();
        m.entries.insert(key.into(), value.into());
        m
    }

    #[test]
    fn delete_all_removes_only_this_apps_keys() {
        let mut kv = with("other.app", "theirs");
        kv.entries.insert(DATA_KEY.into(), "ours".into());
        kv.entries
            .insert(format!("{QUARANTINE_PREFIX}1"), "ours too".into());
        let report = delete_all(&mut kv);
        assert!(report.complete());
        assert_eq!(report.removed.len(), 2);
        assert_eq!(kv.entries.keys().collect::<Vec<_>>(), ["other.app"]);
        assert_eq!(
            report.to_string(),
            "Done. Everything Heard had stored in this browser has been deleted."
        );
    }

    #[test]
    fn one_key_that_cannot_be_removed_does_not_stop_the_rest_and_is_named() {
        let mut kv = with(DATA_KEY, "ours");
        kv.entries
            .insert(format!("{QUARANTINE_PREFIX}1"), "set aside".into());
        kv.entries.insert(LAST_EXPORT_KEY.into(), "5".into());
        kv.locked.insert(DATA_KEY.into());
        let report = delete_all(&mut kv);
        assert_eq!(
            kv.entries.keys().collect::<Vec<_>>(),
            [DATA_KEY],
            "every other key was still removed"
        );
        assert!(!report.complete() && !report.data_removed());
        let message = report.to_string();
        assert!(
            message.starts_with("Heard deleted 2 of the 3 things it had stored here, but the browser did not let it delete: your progress, self-assessment and notes (SecurityError: refused)."),
            "{message}"
        );
        assert!(!message.contains("Nothing was changed"), "{message}");
    }

    #[test]
    fn storage_that_cannot_be_reached_is_reported_as_such_not_as_done() {
        let mut kv = Unavailable(StoreError("SecurityError: storage is disabled".into()));
        let report = delete_all(&mut kv);
        assert!(!report.complete());
        assert!(report
            .to_string()
            .starts_with("Heard could not reach this browser's storage"));
    }

    #[test]
    fn storage_that_cannot_list_its_keys_still_loses_the_fixed_ones() {
        // A store whose listing fails but whose keys can be removed.
        struct NoList(MemoryStore);
        impl KeyValue for NoList {
            fn get(&self, k: &str) -> Result<Option<String>, StoreError> {
                self.0.get(k)
            }
            fn set(&mut self, k: &str, v: &str) -> Result<(), StoreError> {
                self.0.set(k, v)
            }
            fn remove(&mut self, k: &str) -> Result<(), StoreError> {
                self.0.remove(k)
            }
            fn keys(&self) -> Result<Vec<String>, StoreError> {
                Err(StoreError("no listing".into()))
            }
        }
        let mut kv = NoList(with(DATA_KEY, "ours"));
        let report = delete_all(&mut kv);
        assert!(kv.0.entries.is_empty());
        assert!(report.data_removed() && !report.complete());
        assert!(report.to_string().contains("set-aside copies may remain"));
    }
}
