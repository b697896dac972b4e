//! One tab's copy of the learner's data, and the rules for loading, writing and following
//! other tabs, written against [`KeyValue`] so they test natively (two tabs are two [`Tab`]s
//! over one store).
//!
//! - A first visit is normal: nothing stored means fresh data, no banner.
//! - Unreadable data is never deleted: it is set aside ([`crate::quarantine`]) before the main
//!   key is reused; when only some entries cannot be read, only those are set aside.
//! - Data from a newer schema is never overwritten, whether it was there at load
//!   ([`Mode::ReadOnlyNewer`]) or another tab wrote it later ([`Mode::UpdatedElsewhere`]).
//! - Storage that is missing or throws means the session runs in memory.
//! - **Every write re-reads storage first** and brings this tab's copy up to date: merged with
//!   what another tab saved in the same save line, replaced by it when a "delete all" or
//!   "replace" started a new line since this tab last looked, emptied when the data was deleted.
//!   So a tab that missed another tab's change (its storage event was dropped, the page slept
//!   in the back/forward cache, workshop mode was on) still never writes a stale copy back.
//!
//! The save line (`StoredData::epoch`): a tab remembers the line of the stored copy it last
//! read or wrote (`base`). Writing into empty storage starts a new line; "replace" starts one
//! on purpose. A copy from another line is never merged, since merging is a union and would
//! undo the delete or the replace. Nothing is lost by adopting the stored copy: every change is
//! written the moment it is made, so a tab's copy holds nothing unsaved except after a failed
//! save.

use crate::persistence::{Deletion, KeyValue, Mode, StoreError, DATA_KEY, PROBE_KEY};
use crate::quarantine;
use crate::schema::{self, Marker, SchemaError, StoredData, CURRENT};
use crate::transfer::merge;
use crate::Millis;
use std::hash::{DefaultHasher, Hash, Hasher};

/// One tab's copy of the data and how it relates to storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tab {
    data: StoredData,
    mode: Mode,
    /// The save line of the stored copy this tab last read or wrote; `None` if it has not
    /// seen one (a first visit, or after the data was deleted).
    base: Option<Millis>,
    /// This tab holds a change that has not reached storage (a save failed). Otherwise its
    /// copy is what it last read or wrote, and the stored copy in the same line holds all of
    /// it (every writer merges first), so catching up is taking the stored copy.
    dirty: bool,
    /// A hash of the stored text this tab last read or wrote: another tab's write of the same
    /// text changes nothing.
    seen: Option<u64>,
    /// A hash of the last stored text this tab set aside, so it is not set aside again.
    set_aside_hash: Option<u64>,
    /// The newest schema this build reads: [`CURRENT`]; tests pass less to play an old build.
    understands: u32,
}

/// What loading found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    pub tab: Tab,
    /// Set when this load just set aside data it could not read: what and why.
    pub quarantined_now: Option<String>,
}

/// What a write did besides saving.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Written {
    /// The data reached storage.
    pub saved: bool,
    /// Stored data that could not be read was set aside just now: what and why.
    pub set_aside: Option<String>,
}

/// Why stored text was just set aside, for the banner.
fn reason(parsed: &schema::Parsed) -> String {
    let list: Vec<String> = parsed.set_aside.iter().map(|b| b.to_string()).collect();
    match list.len() {
        1 => format!(
            "one part could not be read, and only it was set aside: {}",
            list[0]
        ),
        n => format!(
            "{n} parts could not be read, and only they were set aside: {}",
            list.join("; ")
        ),
    }
}

fn hash(text: &str) -> u64 {
    let mut h = DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}

/// What is stored, as this tab reads it.
enum Found {
    Nothing,
    Newer(u32),
    Unreadable(SchemaError),
    Data(Box<schema::Parsed>),
}

impl Tab {
    /// Loads the learner's data. Never panics and never destroys data, whatever is stored.
    pub fn load(kv: &mut dyn KeyValue, now: Millis) -> Loaded {
        Tab::load_as(kv, now, CURRENT)
    }

    /// [`Tab::load`] as a build that reads schemas up to `understands`.
    pub fn load_as(kv: &mut dyn KeyValue, now: Millis, understands: u32) -> Loaded {
        let mut tab = Tab {
            data: StoredData::default(),
            mode: Mode::Saving,
            base: None,
            dirty: false,
            seen: None,
            set_aside_hash: None,
            understands,
        };
        let memory = |mut tab: Tab, reason: String| {
            tab.mode = Mode::MemoryOnly { reason };
            Loaded {
                tab,
                quarantined_now: None,
            }
        };
        if let Err(e) = kv.set(PROBE_KEY, "1").and_then(|()| kv.remove(PROBE_KEY)) {
            return memory(tab, e.0);
        }
        let raw = match kv.get(DATA_KEY) {
            Ok(Some(raw)) => raw,
            Ok(None) => {
                return Loaded {
                    tab,
                    quarantined_now: None,
                }
            }
            Err(e) => return memory(tab, e.0),
        };
        let mut quarantined_now = None;
        match tab.look(Some(&raw)) {
            Found::Nothing => {}
            Found::Newer(found) => tab.mode = Mode::ReadOnlyNewer { found },
            Found::Unreadable(err) => match quarantine::set_aside(kv, now, &raw) {
                Ok(_) => quarantined_now = Some(err.to_string()),
                // Could not set it aside: keep the original where it is and do not write.
                Err(e) => {
                    return memory(tab, format!("unreadable data could not be set aside ({e})"))
                }
            },
            Found::Data(parsed) => {
                if let Some(bad) = parsed.set_aside_envelope() {
                    if let Err(e) = quarantine::set_aside(kv, now, &bad) {
                        let why = format!("unreadable data could not be set aside ({e})");
                        return memory(tab, why);
                    }
                    quarantined_now = Some(reason(&parsed));
                }
                tab.base = Some(parsed.data.epoch);
                tab.seen = Some(hash(&raw));
                tab.data = parsed.data;
            }
        }
        if quarantined_now.is_some() {
            tab.set_aside_hash = Some(hash(&raw));
        }
        Loaded {
            tab,
            quarantined_now,
        }
    }

    /// This tab's copy of the learner's data.
    pub fn data(&self) -> &StoredData {
        &self.data
    }

    pub fn mode(&self) -> &Mode {
        &self.mode
    }

    fn look(&self, stored: Option<&str>) -> Found {
        let Some(raw) = stored else {
            return Found::Nothing;
        };
        match schema::read(raw, Marker::Stored, self.understands) {
            Ok(parsed) => Found::Data(Box::new(parsed)),
            Err(SchemaError::Newer { found }) => Found::Newer(found),
            Err(e) => Found::Unreadable(e),
        }
    }

    /// Another tab saved `text` (`Some`) or deleted the data (`None`): this tab follows, without
    /// writing. Returns whether its copy or mode changed (so the caller re-renders).
    pub fn other_tab_wrote(&mut self, text: Option<&str>) -> bool {
        if self.mode != Mode::Saving {
            return false;
        }
        if text.is_none() {
            self.forget_data();
            return true;
        }
        self.follow(text)
    }

    /// Re-reads storage (a page back from the back/forward cache may have missed other tabs'
    /// changes). Returns whether anything changed.
    pub fn refresh(&mut self, kv: &dyn KeyValue) -> bool {
        if self.mode != Mode::Saving {
            return false;
        }
        match kv.get(DATA_KEY) {
            Ok(None) if self.base.is_some() => {
                self.forget_data();
                true
            }
            Ok(Some(text)) => self.follow(Some(&text)),
            _ => false,
        }
    }

    /// Takes what another tab stored, unless it is the same text as last time, or this tab
    /// holds an unsaved change in the same save line (its next write merges the two).
    fn follow(&mut self, text: Option<&str>) -> bool {
        let Some(text) = text else { return false };
        if self.seen == Some(hash(text)) {
            return false;
        }
        match self.look(Some(text)) {
            Found::Newer(found) => {
                self.mode = Mode::UpdatedElsewhere { found };
                true
            }
            // Set aside by this tab's next write.
            Found::Nothing | Found::Unreadable(_) => false,
            Found::Data(parsed) => {
                let line = parsed.data.epoch;
                let same_line = self.base.is_none_or(|b| b == line);
                if self.dirty && same_line {
                    return false;
                }
                self.data = parsed.data;
                self.base = Some(line);
                self.seen = Some(hash(text));
                self.dirty = false;
                true
            }
        }
    }

    fn forget_data(&mut self) {
        self.data = StoredData::default();
        self.base = None;
        self.seen = None;
        self.dirty = false;
    }

    /// Brings this tab's copy up to date with storage before a write (see the module doc),
    /// setting aside what cannot be read. `Ok(false)`: storage holds newer data; stop.
    fn catch_up(
        &mut self,
        kv: &mut dyn KeyValue,
        now: Millis,
        written: &mut Written,
    ) -> Result<bool, StoreError> {
        let stored = kv.get(DATA_KEY)?;
        let already = stored
            .as_deref()
            .is_some_and(|raw| self.set_aside_hash == Some(hash(raw)));
        match self.look(stored.as_deref()) {
            Found::Nothing => {
                if self.base.is_some() {
                    // It was deleted since this tab last looked.
                    self.forget_data();
                }
            }
            Found::Newer(found) => {
                self.mode = Mode::UpdatedElsewhere { found };
                return Ok(false);
            }
            Found::Unreadable(err) => {
                if let (Some(raw), false) = (stored.as_deref(), already) {
                    quarantine::set_aside(kv, now, raw)?;
                    self.set_aside_hash = Some(hash(raw));
                    written.set_aside = Some(err.to_string());
                }
            }
            Found::Data(parsed) => {
                if let (Some(bad), false) = (parsed.set_aside_envelope(), already) {
                    quarantine::set_aside(kv, now, &bad)?;
                    self.set_aside_hash = stored.as_deref().map(hash);
                    written.set_aside = Some(reason(&parsed));
                }
                let line = parsed.data.epoch;
                let same_line = self.base.is_none_or(|b| b == line);
                self.data = if self.dirty && same_line {
                    self.data.epoch = line;
                    merge(&parsed.data, &self.data)
                } else {
                    parsed.data
                };
                self.base = Some(line);
            }
        }
        Ok(true)
    }

    /// A save line no tab has used: later than every one this tab knows of.
    fn new_line(&self, now: Millis, stored: Millis) -> Millis {
        let known = stored.max(self.data.epoch).max(self.base.unwrap_or(0));
        now.max(known.saturating_add(1)).max(1)
    }

    /// Saves this tab's copy; it is then what is stored.
    fn save(&mut self, kv: &mut dyn KeyValue, now: Millis) -> Result<(), StoreError> {
        let text = schema::to_json(&self.data, now);
        kv.set(DATA_KEY, &text)?;
        self.base = Some(self.data.epoch);
        self.seen = Some(hash(&text));
        self.dirty = false;
        Ok(())
    }

    /// Applies `change` to this tab's copy brought up to date with storage, then saves it.
    /// The change always applies in memory; it is saved only in [`Mode::Saving`], and not if
    /// storage turns out to hold newer data (the mode becomes [`Mode::UpdatedElsewhere`]) or
    /// unreadable data could not be set aside. A failed save returns its error; the change is
    /// kept in memory and saved with the next write.
    pub fn write(
        &mut self,
        kv: &mut dyn KeyValue,
        now: Millis,
        change: impl FnOnce(&mut StoredData),
    ) -> Result<Written, StoreError> {
        let mut written = Written::default();
        if self.mode != Mode::Saving {
            change(&mut self.data);
            return Ok(written);
        }
        let caught = self.catch_up(kv, now, &mut written);
        let stored_line = self.data.epoch;
        change(&mut self.data);
        self.dirty = true;
        if !caught? {
            return Ok(written);
        }
        if self.base.is_none() {
            self.data.epoch = self.new_line(now, stored_line);
        }
        self.save(kv, now)?;
        written.saved = true;
        Ok(written)
    }

    /// Replaces this tab's copy with `data` and saves it as a new save line, so that every
    /// other tab adopts it rather than merging its own copy back in. Refuses to overwrite newer
    /// data, and sets aside unreadable data first, as [`Tab::write`] does.
    pub fn replace(
        &mut self,
        kv: &mut dyn KeyValue,
        now: Millis,
        mut data: StoredData,
    ) -> Result<Written, StoreError> {
        let mut written = Written::default();
        if self.mode != Mode::Saving {
            self.data = data;
            return Ok(written);
        }
        let caught = self.catch_up(kv, now, &mut written);
        data.epoch = self.new_line(now, data.epoch);
        self.data = data;
        self.dirty = true;
        if !caught? {
            return Ok(written);
        }
        self.save(kv, now)?;
        written.saved = true;
        Ok(written)
    }

    /// After "delete all": this tab starts afresh. Newer data that was deleted no longer
    /// stops this tab from saving; memory-only stays memory-only.
    pub fn forget(&mut self, deletion: &Deletion) {
        self.forget_data();
        self.set_aside_hash = None;
        let newer = matches!(
            self.mode,
            Mode::ReadOnlyNewer { .. } | Mode::UpdatedElsewhere { .. }
        );
        if newer && deletion.data_removed() {
            self.mode = Mode::Saving;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::persistence::{delete_all, MemoryStore, QUARANTINE_PREFIX};
    use crate::progress::{Event, Score};
    use crate::quarantine::quarantined;

    fn with(key: &str, value: &str) -> MemoryStore {
        let mut m = MemoryStore::default();
        m.entries.insert(key.into(), value.into());
        m
    }

    fn answer(item: &str) -> impl FnOnce(&mut StoredData) + '_ {
        move |d| {
            d.progress.apply(Event::Answered {
                item: item.into(),
                score: Score::FULL,
                tags: vec![],
                at: 1,
            })
        }
    }

    fn stored(kv: &MemoryStore) -> StoredData {
        schema::from_json(&kv.entries[DATA_KEY])
            .expect("stored data reads")
            .data
    }

    #[test]
    fn a_first_visit_loads_fresh_data_that_will_be_saved() {
        let mut kv = MemoryStore::default();
        let l = Tab::load(&mut kv, 1);
        assert_eq!(l.tab.data(), &StoredData::default());
        assert_eq!(l.tab.mode(), &Mode::Saving);
        assert_eq!(l.quarantined_now, None);
        assert!(kv.entries.is_empty(), "the probe key is cleaned up");
    }

    #[test]
    fn saved_data_loads_back() {
        let mut kv = MemoryStore::default();
        let mut tab = Tab::load(&mut kv, 1).tab;
        tab.write(&mut kv, 4, answer("x")).expect("saves");
        assert_eq!(Tab::load(&mut kv, 5).tab.data(), tab.data());
    }

    #[test]
    fn unreadable_data_is_quarantined_byte_for_byte_and_the_session_can_save_again() {
        let raw = "{\"app\":\"heard\",\"schema\":1,\"data\":{\"progress\":[tru";
        let mut kv = with(DATA_KEY, raw);
        let mut l = Tab::load(&mut kv, 42);
        assert!(l.quarantined_now.is_some());
        assert_eq!(l.tab.mode(), &Mode::Saving);
        assert_eq!(
            quarantined(&kv),
            vec![(format!("{QUARANTINE_PREFIX}42"), raw.to_string())]
        );
        let w = l.tab.write(&mut kv, 43, answer("a")).expect("saves");
        assert!(w.saved && w.set_aside.is_none(), "not set aside twice");
        assert_eq!(quarantined(&kv).len(), 1);
    }

    #[test]
    fn a_second_quarantine_at_the_same_moment_does_not_overwrite_the_first() {
        let mut kv = with(DATA_KEY, "garbage one");
        Tab::load(&mut kv, 7);
        kv.entries.insert(DATA_KEY.into(), "garbage two".into());
        Tab::load(&mut kv, 7);
        let q: Vec<String> = quarantined(&kv).into_iter().map(|(_, v)| v).collect();
        assert_eq!(q, ["garbage one", "garbage two"]);
    }

    #[test]
    fn one_bad_entry_is_set_aside_alone_and_everything_else_loads() {
        let raw = r#"{"app":"heard","schema":2,"saved_at":3,"data":{"journal":{"good":{"text":"kept","created_at":1,"updated_at":1},"bad":{"text":["not text"],"created_at":1,"updated_at":1}},"epoch":5}}"#;
        let mut kv = with(DATA_KEY, raw);
        let mut l = Tab::load(&mut kv, 9);
        assert_eq!(l.tab.data().journal["good"].text, "kept");
        assert!(l
            .quarantined_now
            .as_deref()
            .is_some_and(|w| w.contains("note “bad”")));
        let q = quarantined(&kv);
        assert_eq!(q.len(), 1);
        assert_eq!(
            q[0].1,
            r#"{"app":"heard","schema":2,"saved_at":3,"data":{"journal":{"bad":{"text":["not text"],"created_at":1,"updated_at":1}}}}"#
        );
        l.tab.write(&mut kv, 10, answer("a")).expect("saves");
        assert_eq!(quarantined(&kv).len(), 1, "not set aside again on save");
        assert_eq!(stored(&kv).journal["good"].text, "kept");
    }

    #[test]
    fn newer_data_is_never_overwritten() {
        let raw = r#"{"app":"heard","schema":9,"saved_at":0,"data":{}}"#;
        let mut kv = with(DATA_KEY, raw);
        let mut l = Tab::load(&mut kv, 1);
        assert_eq!(l.tab.mode(), &Mode::ReadOnlyNewer { found: 9 });
        l.tab.write(&mut kv, 2, answer("a")).expect("a no-op");
        assert_eq!(kv.entries[DATA_KEY], raw);
    }

    #[test]
    fn storage_that_throws_runs_in_memory_and_keeps_what_was_there() {
        let mut kv = with(DATA_KEY, "kept");
        kv.fail_writes = Some("QuotaExceededError".into());
        let mut l = Tab::load(&mut kv, 1);
        assert_eq!(
            l.tab.mode(),
            &Mode::MemoryOnly {
                reason: "QuotaExceededError".into()
            }
        );
        l.tab.write(&mut kv, 2, answer("a")).expect("in memory");
        assert!(l.tab.data().progress.items.contains_key("a"));
        let mut disabled = MemoryStore {
            fail_all: Some("SecurityError".into()),
            ..Default::default()
        };
        assert!(matches!(
            Tab::load(&mut disabled, 1).tab.mode(),
            Mode::MemoryOnly { .. }
        ));
        assert_eq!(kv.entries[DATA_KEY], "kept");
    }

    #[test]
    fn saving_in_one_tab_keeps_what_another_tab_saved_meanwhile() {
        let mut kv = MemoryStore::default();
        let mut a = Tab::load(&mut kv, 0).tab;
        let mut b = Tab::load(&mut kv, 0).tab;
        a.write(&mut kv, 2, answer("a")).expect("saves");
        b.write(&mut kv, 3, answer("b")).expect("saves");
        assert!(b.data().progress.items.contains_key("a"));
        assert_eq!(Tab::load(&mut kv, 4).tab.data(), b.data());
        a.write(&mut kv, 5, answer("c")).expect("saves");
        let all = stored(&kv);
        assert!(["a", "b", "c"]
            .iter()
            .all(|k| all.progress.items.contains_key(*k)));
    }

    #[test]
    fn another_tabs_write_is_merged_in_once_and_then_changes_nothing() {
        let mut kv = MemoryStore::default();
        let mut a = Tab::load(&mut kv, 0).tab;
        let mut b = Tab::load(&mut kv, 0).tab;
        a.write(&mut kv, 1, answer("t")).expect("saves");
        let text = kv.entries[DATA_KEY].clone();
        assert!(b.other_tab_wrote(Some(&text)));
        assert!(b.data().progress.items.contains_key("t"));
        assert!(
            !b.other_tab_wrote(Some(&text)),
            "no reply loop between tabs"
        );
        assert!(!b.other_tab_wrote(Some("garbage")));
    }

    /// Two tabs hold the same note; one deletes it; the other, which never heard about it,
    /// then saves something else.
    #[test]
    fn a_deleted_note_stays_deleted_when_a_tab_that_still_holds_it_saves() {
        let mut kv = MemoryStore::default();
        let mut a = Tab::load(&mut kv, 0).tab;
        a.write(&mut kv, 10, |d| {
            d.put_note("n1", "private".into(), None, 10)
        })
        .expect("saves");
        let mut b = Tab::load(&mut kv, 11).tab;
        assert!(b.data().journal.contains_key("n1"));
        a.write(&mut kv, 20, |d| {
            d.delete_note("n1", 20);
        })
        .expect("saves");
        b.write(&mut kv, 30, answer("x")).expect("saves");
        assert!(!b.data().journal.contains_key("n1"));
        assert!(!stored(&kv).journal.contains_key("n1"));
        assert!(!kv.entries[DATA_KEY].contains("private"));
        // And when b hears of a's write only after its own: still deleted.
        let mut c = Tab::load(&mut kv, 31).tab;
        c.write(&mut kv, 32, |d| d.put_note("n2", "second".into(), None, 32))
            .expect("saves");
        let mut d = Tab::load(&mut kv, 33).tab;
        c.write(&mut kv, 40, |d| {
            d.delete_note("n2", 40);
        })
        .expect("saves");
        let text = kv.entries[DATA_KEY].clone();
        d.other_tab_wrote(Some(&text));
        assert!(!d.data().journal.contains_key("n2"));
    }

    /// The self-assessment's reflections are notes keyed by their prompt: clearing one in one
    /// tab must not be undone by the other tab's next save (the merge used to bring it back).
    #[test]
    fn a_cleared_reflection_stays_cleared_across_two_tabs() {
        let mut kv = MemoryStore::default();
        let key = "course.skills.reflect-1";
        let mut a = Tab::load(&mut kv, 0).tab;
        a.write(&mut kv, 10, |d| {
            d.put_note(key, "what I noticed".into(), Some(key.into()), 10)
        })
        .expect("saves");
        let mut b = Tab::load(&mut kv, 11).tab;
        a.write(&mut kv, 20, |d| {
            d.delete_note(key, 20);
        })
        .expect("saves");
        assert!(!a.data().journal.contains_key(key), "cleared in this tab");
        b.write(&mut kv, 30, |d| {
            d.self_assessment.ratings.insert("listening".into(), 3);
        })
        .expect("saves");
        assert!(!stored(&kv).journal.contains_key(key));
        // Written again later, it is back.
        a.write(&mut kv, 40, |d| {
            d.put_note(key, "again".into(), Some(key.into()), 40)
        })
        .expect("saves");
        b.write(&mut kv, 50, answer("y")).expect("saves");
        assert_eq!(stored(&kv).journal[key].text, "again");
    }

    #[test]
    fn a_tab_that_missed_delete_all_does_not_write_the_old_data_back() {
        let mut kv = MemoryStore::default();
        let mut a = Tab::load(&mut kv, 0).tab;
        a.write(&mut kv, 1, |d| d.put_note("n", "secret".into(), None, 1))
            .expect("saves");
        let mut stale = Tab::load(&mut kv, 2).tab;
        let mut other = Tab::load(&mut kv, 2).tab;
        let report = delete_all(&mut kv);
        a.forget(&report);
        assert!(kv.entries.is_empty());
        // The stale tab's next answer: storage is empty, so the data was deleted.
        stale.write(&mut kv, 5, answer("after")).expect("saves");
        assert!(!kv.entries[DATA_KEY].contains("secret"));
        // The deleting tab and a third tab go on in the new save line, without the old data.
        a.write(&mut kv, 6, answer("mine")).expect("saves");
        other.write(&mut kv, 7, answer("theirs")).expect("saves");
        let now = stored(&kv);
        assert!(now.journal.is_empty());
        assert!(["after", "mine", "theirs"]
            .iter()
            .all(|k| now.progress.items.contains_key(*k)));
    }

    #[test]
    fn a_tab_that_missed_delete_all_and_a_later_save_adopts_the_new_data() {
        let mut kv = MemoryStore::default();
        let mut a = Tab::load(&mut kv, 0).tab;
        a.write(&mut kv, 1, |d| d.put_note("n", "secret".into(), None, 1))
            .expect("saves");
        let mut stale = Tab::load(&mut kv, 2).tab;
        a.forget(&delete_all(&mut kv));
        a.write(&mut kv, 3, answer("new")).expect("saves");
        // The stale tab missed both: storage is not empty, but in another save line.
        stale.write(&mut kv, 4, answer("stale")).expect("saves");
        let now = stored(&kv);
        assert!(now.journal.is_empty(), "{now:?}");
        assert!(now.progress.items.contains_key("new"));
        assert!(now.progress.items.contains_key("stale"));
    }

    #[test]
    fn replace_in_one_tab_is_honoured_by_another_before_it_saves_again() {
        let mut kv = MemoryStore::default();
        let mut a = Tab::load(&mut kv, 0).tab;
        a.write(&mut kv, 1, answer("old")).expect("saves");
        a.write(&mut kv, 1, |d| d.put_note("n", "old note".into(), None, 1))
            .expect("saves");
        let mut b = Tab::load(&mut kv, 2).tab;
        let mut file = StoredData::default();
        file.progress.apply(Event::Answered {
            item: "imported".into(),
            score: Score::FULL,
            tags: vec![],
            at: 1,
        });
        a.replace(&mut kv, 3, file).expect("saves");
        b.write(&mut kv, 4, answer("later")).expect("saves");
        let now = stored(&kv);
        assert!(!now.progress.items.contains_key("old"));
        assert!(now.journal.is_empty());
        assert!(now.progress.items.contains_key("imported"));
        assert!(now.progress.items.contains_key("later"));
        // A tab that heard the replace as an event adopts it too.
        let mut c = Tab::load(&mut kv, 5).tab;
        c.write(&mut kv, 5, answer("c")).expect("saves");
        a.replace(&mut kv, 6, StoredData::default()).expect("saves");
        let text = kv.entries[DATA_KEY].clone();
        assert!(c.other_tab_wrote(Some(&text)));
        assert!(c.data().progress.items.is_empty());
    }

    /// An old tab (a build that reads schema 1) meets schema 2 data that a newer tab saved
    /// after the old one loaded: it must stop writing, not overwrite it.
    #[test]
    fn an_old_schema_1_tab_never_overwrites_schema_2_data() {
        let v1 = include_str!("../tests/fixtures/schema/v1.json");
        let v2 = include_str!("../tests/fixtures/schema/v2.json");
        let mut kv = with(DATA_KEY, v1);
        let mut old = Tab::load_as(&mut kv, 1, 1).tab;
        assert_eq!(old.mode(), &Mode::Saving);
        // The newer build writes schema 2.
        kv.entries.insert(DATA_KEY.into(), v2.into());
        let w = old.write(&mut kv, 2, answer("old tab")).expect("no error");
        assert!(!w.saved);
        assert_eq!(old.mode(), &Mode::UpdatedElsewhere { found: 2 });
        assert_eq!(kv.entries[DATA_KEY], v2, "schema 2 data untouched");
        old.write(&mut kv, 3, answer("again")).expect("no error");
        old.replace(&mut kv, 4, StoredData::default())
            .expect("no error");
        assert_eq!(kv.entries[DATA_KEY], v2, "and it stays untouched");
        assert!(quarantined(&kv).is_empty(), "not mistaken for unreadable");
        // Hearing it as another tab's write stops it too.
        let mut kv = with(DATA_KEY, v1);
        let mut old = Tab::load_as(&mut kv, 1, 1).tab;
        assert!(old.other_tab_wrote(Some(v2)));
        assert_eq!(old.mode(), &Mode::UpdatedElsewhere { found: 2 });
    }

    #[test]
    fn data_that_became_unreadable_is_set_aside_before_a_write_replaces_it() {
        let mut kv = MemoryStore::default();
        let mut tab = Tab::load(&mut kv, 0).tab;
        tab.write(&mut kv, 1, answer("a")).expect("saves");
        kv.entries
            .insert(DATA_KEY.into(), "{\"app\":\"heard\",\"sch".into());
        let w = tab.write(&mut kv, 2, answer("b")).expect("saves");
        assert!(w.saved && w.set_aside.is_some());
        assert_eq!(quarantined(&kv)[0].1, "{\"app\":\"heard\",\"sch");
        assert!(stored(&kv).progress.items.contains_key("a"));
        // If it cannot be set aside, nothing is written over it.
        kv.entries.insert(DATA_KEY.into(), "other garbage".into());
        kv.locked.insert(format!("{QUARANTINE_PREFIX}3"));
        assert!(tab.write(&mut kv, 3, answer("c")).is_err());
        assert_eq!(kv.entries[DATA_KEY], "other garbage");
        assert!(
            tab.data().progress.items.contains_key("c"),
            "kept in memory"
        );
    }

    #[test]
    fn a_page_back_from_the_back_forward_cache_catches_up_with_a_delete() {
        let mut kv = MemoryStore::default();
        let mut a = Tab::load(&mut kv, 0).tab;
        a.write(&mut kv, 1, answer("x")).expect("saves");
        let mut asleep = Tab::load(&mut kv, 1).tab;
        a.forget(&delete_all(&mut kv));
        assert!(asleep.refresh(&kv));
        assert_eq!(asleep.data(), &StoredData::default());
        assert!(!asleep.refresh(&kv));
    }

    #[test]
    fn a_failed_save_keeps_the_change_and_the_next_write_saves_it() {
        let mut kv = MemoryStore::default();
        let mut tab = Tab::load(&mut kv, 0).tab;
        tab.write(&mut kv, 1, answer("a")).expect("saves");
        kv.fail_writes = Some("QuotaExceededError".into());
        assert!(tab.write(&mut kv, 2, answer("b")).is_err());
        kv.fail_writes = None;
        tab.write(&mut kv, 3, answer("c")).expect("saves");
        let now = stored(&kv);
        assert!(["a", "b", "c"]
            .iter()
            .all(|k| now.progress.items.contains_key(*k)));
    }
}
