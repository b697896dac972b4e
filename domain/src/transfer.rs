//! Moving a learner's data between browsers and tabs: export to one file, import it back
//! (validated before anything changes), and merge two copies of the data.
//!
//! An export file is `{"type":"heard-export","schema":N,"exported_at":T,"data":{…}}`. Import
//! checks size, JSON, type, schema version, every entry's shape, range and length, and how many
//! entries there are ([`crate::limits`]) before it returns data, so a bad file (not JSON,
//! another app's, from a newer Heard, huge, truncated, hostile) is refused with a specific
//! reason and the caller changes nothing. A download of set-aside data
//! ([`crate::quarantine::download`]) imports too: what can be read is recovered, and import says
//! what could not be.
//!
//! Merging is for two tabs writing the same storage: items and lessons are a union, and where
//! both copies hold the same one, the more recent record wins (an aggregate cannot be summed
//! without knowing what both started from); notes and the self-assessment are last-writer-wins
//! by their `updated_at`, and a note deleted after a copy's last edit of it stays deleted
//! (schema 2 remembers deletions). Merge is commutative, associative and idempotent
//! (property-tested), so the order in which tabs see each other's writes does not matter.
//! Copies from different save lines (after "delete all" or "replace") are not merged at all:
//! see [`crate::tab`].

use crate::limits::TooMany;
use crate::progress::{ItemRecord, LessonRecord, PartnerRecord, Progress, Tally};
use crate::schema::{self, Marker, Note, Problem, SchemaError, SelfAssessment, StoredData};
use crate::Millis;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

pub use crate::limits::{MAX_ID_CHARS, MAX_NOTE_CHARS};

/// Marks an export file as Heard's.
pub const EXPORT_TYPE: &str = "heard-export";
/// Larger files are refused before they are parsed (a heavy user's export is well under 1 MB).
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// Why an import file was refused. Each says what to do next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    TooLarge {
        bytes: usize,
    },
    NotJson(String),
    NotAnExport,
    Newer {
        found: u32,
    },
    Unreadable(String),
    TooLong {
        what: String,
    },
    /// A number outside its range (a score of 255, a review box of 255…).
    OutOfRange(String),
    /// More entries of one kind than Heard keeps.
    TooMany(TooMany),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Empty => write!(f, "The file is empty."),
            ImportError::TooLarge { bytes } => write!(
                f,
                "The file is too large to be a Heard export ({} KB; the limit is {} KB).",
                bytes / 1024,
                MAX_IMPORT_BYTES / 1024
            ),
            ImportError::NotJson(why) => write!(f, "The file is not a Heard export: it could not be read as data ({why}). It may be damaged or cut short."),
            ImportError::NotAnExport => write!(f, "The file is not a Heard export. Choose a file Heard saved with “Export my data”."),
            ImportError::Newer { found } => write!(
                f,
                "The file was made by a newer version of Heard (format {found}; this one reads up to {}). Reload Heard to update it, then try again.",
                schema::CURRENT
            ),
            ImportError::Unreadable(why) => write!(f, "The file looks like a Heard export, but part of it could not be read ({why})."),
            ImportError::TooLong { what } => write!(f, "The file holds something too long to be Heard's own data ({what})."),
            ImportError::OutOfRange(what) => write!(f, "The file holds a number Heard never saves ({what}). It may have been edited or damaged."),
            ImportError::TooMany(t) => write!(f, "The file holds more than Heard can keep in a browser: {t}."),
        }
    }
}

impl std::error::Error for ImportError {}

/// A sound import file's data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub data: StoredData,
    /// In a download of set-aside data: the parts that could not be read, and why, in a
    /// learner's words. They stay in the file, and are not imported.
    pub unrecovered: Vec<String>,
}

#[derive(Serialize)]
struct ExportOut<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    schema: u32,
    exported_at: Millis,
    data: &'a StoredData,
}

/// What kind of file it is, read alone first.
#[derive(Deserialize)]
struct Kind {
    #[serde(rename = "type")]
    kind: Option<String>,
}

/// A download of set-aside data ([`crate::quarantine::download`]).
#[derive(Deserialize)]
struct SetAsideFile {
    entries: Vec<crate::quarantine::Entry>,
}

/// The learner's data as one export file.
pub fn export(data: &StoredData, at: Millis) -> String {
    let out = ExportOut {
        kind: EXPORT_TYPE,
        schema: schema::CURRENT,
        exported_at: at,
        data,
    };
    serde_json::to_string_pretty(&out).unwrap_or_default()
}

/// Reads an export file, refusing anything that is not a sound Heard export.
pub fn import(text: &str) -> Result<Imported, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let parsed = match schema::read(text, Marker::Export(EXPORT_TYPE), schema::CURRENT) {
        Ok(parsed) => parsed,
        Err(SchemaError::Newer { found }) => return Err(ImportError::Newer { found }),
        Err(SchemaError::NotHeard) => return import_set_aside(text),
        // Not even a JSON object with a header: not JSON, or cut short.
        Err(SchemaError::Unreadable(why))
            if serde_json::from_str::<serde::de::IgnoredAny>(text).is_err() =>
        {
            return Err(ImportError::NotJson(why))
        }
        Err(SchemaError::Unreadable(why)) => return Err(ImportError::Unreadable(why)),
    };
    if let Some(bad) = parsed.set_aside.first() {
        let what = bad.to_string();
        return Err(match bad.problem {
            Problem::Unreadable(_) => ImportError::Unreadable(what),
            Problem::OutOfRange(_) => ImportError::OutOfRange(what),
            Problem::TooLong(_) => ImportError::TooLong { what },
        });
    }
    crate::limits::totals(&parsed.data).map_err(ImportError::TooMany)?;
    Ok(Imported {
        data: parsed.data,
        unrecovered: Vec::new(),
    })
}

/// A download of set-aside data: everything in it that can be read, and what cannot.
fn import_set_aside(text: &str) -> Result<Imported, ImportError> {
    let kind = serde_json::from_str::<Kind>(text).ok().and_then(|k| k.kind);
    if kind.as_deref() != Some(crate::quarantine::SET_ASIDE_TYPE) {
        return Err(ImportError::NotAnExport);
    }
    let file = serde_json::from_str::<SetAsideFile>(text)
        .map_err(|e| ImportError::Unreadable(e.to_string()))?;
    let recovery = crate::quarantine::recover(&file.entries);
    crate::limits::totals(&recovery.data).map_err(ImportError::TooMany)?;
    Ok(Imported {
        data: recovery.data,
        unrecovered: recovery.unrecovered,
    })
}

/// This device's data with an imported file's merged in. Merging a file adds and updates; the
/// file's own deletions and save line are not applied, and a note deleted here after the
/// file's copy of it was written stays deleted.
pub fn merge_import(current: &StoredData, incoming: &StoredData) -> StoredData {
    let mut incoming = incoming.clone();
    incoming.deleted.clear();
    incoming.epoch = current.epoch;
    merge(current, &incoming)
}

/// What importing `incoming` would change, for the learner to see before choosing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Preview {
    /// Items and lessons in the file that this device does not have yet.
    pub new_records: usize,
    /// Items and lessons both have, where the file's is more recent.
    pub newer_records: usize,
    pub new_notes: usize,
    /// Notes both have, where the file's text differs.
    pub changed_notes: usize,
    /// Things on this device that "replace" would remove (records and notes not in the file).
    pub lost_by_replace: usize,
}

/// Counts `(new, changed)` entries of `after` compared with `before`.
fn new_and_changed<V: PartialEq>(
    after: &BTreeMap<String, V>,
    before: &BTreeMap<String, V>,
    changed: impl Fn(&V, &V) -> bool,
) -> (usize, usize) {
    after
        .iter()
        .fold((0, 0), |(n, c), (k, v)| match before.get(k) {
            None => (n + 1, c),
            Some(b) if changed(b, v) => (n, c + 1),
            Some(_) => (n, c),
        })
}

fn only_in<V, W>(a: &BTreeMap<String, V>, b: &BTreeMap<String, W>) -> usize {
    a.keys().filter(|k| !b.contains_key(*k)).count()
}

/// Compares this device's data with an imported file's: what "merge" would add and change
/// (computed from the merge itself, so the two always agree), and what "replace" would remove.
pub fn preview(current: &StoredData, incoming: &StoredData) -> Preview {
    let merged = merge_import(current, incoming);
    let (new_items, newer_items) =
        new_and_changed(&merged.progress.items, &current.progress.items, |a, b| {
            a != b
        });
    let (new_lessons, newer_lessons) = new_and_changed(
        &merged.progress.lessons,
        &current.progress.lessons,
        |a, b| a != b,
    );
    let (new_partners, newer_partners) = new_and_changed(
        &merged.progress.partners,
        &current.progress.partners,
        |a, b| a != b,
    );
    let (new_notes, changed_notes) =
        new_and_changed(&merged.journal, &current.journal, |a, b| a.text != b.text);
    Preview {
        new_records: new_items + new_lessons + new_partners,
        newer_records: newer_items + newer_lessons + newer_partners,
        new_notes,
        changed_notes,
        lost_by_replace: only_in(&current.progress.items, &incoming.progress.items)
            + only_in(&current.progress.lessons, &incoming.progress.lessons)
            + only_in(&current.progress.partners, &incoming.progress.partners)
            + only_in(&current.journal, &incoming.journal),
    }
}

/// Combines two copies of the learner's data from the same save line (see the module doc).
pub fn merge(a: &StoredData, b: &StoredData) -> StoredData {
    let mut deleted = union(&a.deleted, &b.deleted, |x, y| *x.max(y));
    let mut journal = union(&a.journal, &b.journal, |x, y| {
        if newer_note(y, x) {
            y.clone()
        } else {
            x.clone()
        }
    });
    // A note id lives in one map: the note if it was written after its deletion, else the
    // deletion.
    journal.retain(|k, n| deleted.get(k).is_none_or(|t| n.updated_at > *t));
    deleted.retain(|k, _| !journal.contains_key(k));
    schema::forget_oldest_deletions(&mut deleted);
    StoredData {
        progress: Progress {
            items: union(&a.progress.items, &b.progress.items, |x, y| {
                if newer_item(y, x) {
                    y.clone()
                } else {
                    x.clone()
                }
            }),
            tags: union(&a.progress.tags, &b.progress.tags, |x, y| Tally {
                seen: x.seen.max(y.seen),
                missed: x.missed.max(y.missed),
            }),
            lessons: union(&a.progress.lessons, &b.progress.lessons, merge_lesson),
            partners: union(&a.progress.partners, &b.progress.partners, merge_partner),
        },
        self_assessment: latest_assessment(&a.self_assessment, &b.self_assessment),
        journal,
        deleted,
        epoch: a.epoch.max(b.epoch),
    }
}

fn union<V: Clone>(
    a: &BTreeMap<String, V>,
    b: &BTreeMap<String, V>,
    both: impl Fn(&V, &V) -> V,
) -> BTreeMap<String, V> {
    let mut out = a.clone();
    for (k, v) in b {
        let merged = match a.get(k) {
            Some(mine) => both(mine, v),
            None => v.clone(),
        };
        out.insert(k.clone(), merged);
    }
    out
}

/// A total order on item records, so the merge picks the same winner whichever side it is on.
fn newer_item(x: &ItemRecord, than: &ItemRecord) -> bool {
    let key = |r: &ItemRecord| {
        (
            r.last_at,
            r.attempts,
            r.correct,
            r.last_score,
            r.review.due,
            r.review.level,
            r.first_at,
        )
    };
    key(x) > key(than)
}

fn newer_note(x: &Note, than: &Note) -> bool {
    (x.updated_at, x.created_at, &x.text, &x.prompt)
        > (than.updated_at, than.created_at, &than.text, &than.prompt)
}

fn merge_lesson(x: &LessonRecord, y: &LessonRecord) -> LessonRecord {
    let (latest_open, section) = match (x.opened_at, y.opened_at) {
        (Some(a), Some(b)) if (b, y.last_section) > (a, x.last_section) => {
            (Some(b), y.last_section)
        }
        (Some(a), _) => (Some(a), x.last_section),
        (None, Some(b)) => (Some(b), y.last_section),
        (None, None) => (None, x.last_section.max(y.last_section)),
    };
    LessonRecord {
        opened_at: latest_open,
        last_section: section,
        check_attempts: x.check_attempts.max(y.check_attempts),
        best_check: x.best_check.max(y.best_check),
        passed_at: match (x.passed_at, y.passed_at) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        },
    }
}

/// Both copies' conversations: the deepest layer and every ending either reached, and the
/// latest ending (ties broken by name, so either order gives the same record).
fn merge_partner(x: &PartnerRecord, y: &PartnerRecord) -> PartnerRecord {
    let latest = if (y.last_at, &y.last_ending) > (x.last_at, &x.last_ending) {
        y
    } else {
        x
    };
    PartnerRecord {
        met: x.met.max(y.met),
        deepest: x.deepest.max(y.deepest),
        endings: x.endings.union(&y.endings).cloned().collect(),
        last_ending: latest.last_ending.clone(),
        first_at: x.first_at.min(y.first_at),
        last_at: latest.last_at,
    }
}

fn latest_assessment(a: &SelfAssessment, b: &SelfAssessment) -> SelfAssessment {
    let key = |s: &SelfAssessment| (s.updated_at, s.ratings.clone(), s.focus.clone());
    if key(b) > key(a) {
        b.clone()
    } else {
        a.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::{Event, Score};

    fn sample() -> StoredData {
        let mut d = StoredData::default();
        d.progress.apply(Event::Answered {
            item: "listen.pick.a".into(),
            score: Score::FULL,
            tags: vec![],
            at: 5,
        });
        d.journal.insert(
            "n1".into(),
            Note {
                text: "Mine \"quoted\" <b>".into(),
                prompt: None,
                created_at: 1,
                updated_at: 2,
            },
        );
        d
    }

    #[test]
    fn an_export_imports_back_exactly() {
        let d = sample();
        assert_eq!(import(&export(&d, 9)).map(|i| i.data), Ok(d));
    }

    #[test]
    fn every_kind_of_bad_file_is_refused_with_its_own_reason() {
        let good = export(&sample(), 9);
        assert_eq!(import(""), Err(ImportError::Empty));
        assert!(matches!(import("hello"), Err(ImportError::NotJson(_))));
        assert!(matches!(
            import(&good[..good.len() / 2]),
            Err(ImportError::NotJson(_))
        ));
        assert_eq!(
            import(r#"{"type":"photos","schema":1,"data":{}}"#),
            Err(ImportError::NotAnExport)
        );
        assert_eq!(
            import(r#"{"app":"heard","schema":1,"data":{}}"#),
            Err(ImportError::NotAnExport)
        );
        assert_eq!(
            import(r#"{"type":"heard-export","schema":7,"data":{}}"#),
            Err(ImportError::Newer { found: 7 })
        );
        assert!(matches!(
            import(r#"{"type":"heard-export","schema":1,"data":{"journal":5}}"#),
            Err(ImportError::Unreadable(_))
        ));
        let huge = " ".repeat(MAX_IMPORT_BYTES + 1);
        assert!(matches!(import(&huge), Err(ImportError::TooLarge { .. })));
        let long_note = format!(
            r#"{{"type":"heard-export","schema":1,"data":{{"journal":{{"n":{{"text":"{}","created_at":1,"updated_at":1}}}}}}}}"#,
            "x".repeat(MAX_NOTE_CHARS + 1)
        );
        assert!(matches!(
            import(&long_note),
            Err(ImportError::TooLong { .. })
        ));
        let score = r#"{"type":"heard-export","schema":2,"data":{"progress":{"items":{"x":{"attempts":1,"correct":0,"last_score":255,"first_at":1,"last_at":1,"review":{"box":0,"due":1}}}}}}"#;
        assert_eq!(
            import(score).map_err(|e| e.to_string()),
            Err("The file holds a number Heard never saves (answer “x”: its score is 255, but it must be from 0 to 100). It may have been edited or damaged.".into())
        );
        for e in [
            ImportError::Empty,
            ImportError::NotAnExport,
            ImportError::Newer { found: 7 },
        ] {
            assert!(e.to_string().ends_with('.'), "{e}");
        }
    }

    #[test]
    fn preview_counts_what_merge_adds_and_what_replace_would_remove() {
        let mine = sample();
        let mut theirs = StoredData::default();
        theirs.progress.apply(Event::Answered {
            item: "moves.x".into(),
            score: Score::ZERO,
            tags: vec![],
            at: 3,
        });
        theirs.journal.insert(
            "n1".into(),
            Note {
                text: "Theirs".into(),
                prompt: None,
                created_at: 1,
                updated_at: 3,
            },
        );
        let p = preview(&mine, &theirs);
        assert_eq!(
            (
                p.new_records,
                p.newer_records,
                p.new_notes,
                p.changed_notes,
                p.lost_by_replace
            ),
            (1, 0, 0, 1, 1)
        );
    }

    #[test]
    fn merging_two_tabs_keeps_both_tabs_answers_and_the_later_note() {
        let mut a = sample();
        let mut b = sample();
        a.progress.apply(Event::Answered {
            item: "course.x.q".into(),
            score: Score::FULL,
            tags: vec![],
            at: 10,
        });
        b.progress.apply(Event::Answered {
            item: "moves.y".into(),
            score: Score::ZERO,
            tags: vec![],
            at: 11,
        });
        b.journal.insert(
            "n1".into(),
            Note {
                text: "edited in tab b".into(),
                prompt: None,
                created_at: 1,
                updated_at: 20,
            },
        );
        let m = merge(&a, &b);
        assert!(
            m.progress.items.contains_key("course.x.q") && m.progress.items.contains_key("moves.y")
        );
        assert_eq!(m.journal["n1"].text, "edited in tab b");
    }
}
