//! Moving a learner's data between browsers and tabs: export to one file, import it back
//! (validated before anything changes), and merge two copies of the data.
//!
//! An export file is `{"type":"heard-export","schema":N,"exported_at":T,"data":{…}}`. Import
//! checks size, JSON, type, schema version and every string's length before it returns data,
//! so a bad file (not JSON, another app's, from a newer Heard, huge, truncated, hostile) is
//! refused with a specific reason and the caller changes nothing.
//!
//! Merging is for two tabs writing the same storage: items and lessons are a union, and where
//! both copies hold the same one, the more recent record wins (an aggregate cannot be summed
//! without knowing what both started from); notes and the self-assessment are last-writer-wins
//! by their `updated_at`. Merge is commutative, associative and idempotent (property-tested),
//! so the order in which tabs see each other's writes does not matter.

use crate::progress::{ItemRecord, LessonRecord, Progress, Tally};
use crate::schema::{self, Marker, Note, SchemaError, SelfAssessment, StoredData};
use crate::Millis;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;

/// Marks an export file as Heard's.
pub const EXPORT_TYPE: &str = "heard-export";
/// Larger files are refused before they are parsed (a heavy user's export is well under 1 MB).
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;
/// The longest note accepted, in characters.
pub const MAX_NOTE_CHARS: usize = 20_000;
/// The longest id (item, lesson, tag, note, skill) accepted, in characters.
pub const MAX_ID_CHARS: usize = 200;

/// Why an import file was refused. Each says what to do next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    TooLarge { bytes: usize },
    NotJson(String),
    NotAnExport,
    Newer { found: u32 },
    Unreadable(String),
    TooLong { what: String },
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
        }
    }
}

impl std::error::Error for ImportError {}

#[derive(Serialize)]
struct ExportOut<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    schema: u32,
    exported_at: Millis,
    data: &'a StoredData,
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
pub fn import(text: &str) -> Result<StoredData, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let data = match schema::from_json_marked(text, Marker::Export(EXPORT_TYPE)) {
        Ok(parsed) => parsed.data,
        Err(SchemaError::Newer { found }) => return Err(ImportError::Newer { found }),
        Err(SchemaError::NotHeard) => return Err(ImportError::NotAnExport),
        // Not even a JSON object with a header: not JSON, or cut short.
        Err(SchemaError::Unreadable(why))
            if serde_json::from_str::<serde::de::IgnoredAny>(text).is_err() =>
        {
            return Err(ImportError::NotJson(why))
        }
        Err(SchemaError::Unreadable(why)) => return Err(ImportError::Unreadable(why)),
    };
    check_lengths(&data)?;
    Ok(data)
}

fn check_lengths(d: &StoredData) -> Result<(), ImportError> {
    let too_long = |what: &str| {
        Err(ImportError::TooLong {
            what: what.to_string(),
        })
    };
    let ids = d
        .progress
        .items
        .keys()
        .chain(d.progress.lessons.keys())
        .chain(d.progress.tags.keys())
        .chain(d.journal.keys())
        .chain(d.self_assessment.ratings.keys())
        .chain(d.self_assessment.focus.iter());
    for id in ids {
        if id.chars().count() > MAX_ID_CHARS {
            return too_long("an id");
        }
    }
    for note in d.journal.values() {
        if note.text.chars().count() > MAX_NOTE_CHARS {
            return too_long("a note");
        }
        if note
            .prompt
            .as_ref()
            .is_some_and(|p| p.chars().count() > MAX_ID_CHARS)
        {
            return too_long("a note's prompt");
        }
    }
    Ok(())
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

/// Compares this device's data with an imported file's.
pub fn preview(current: &StoredData, incoming: &StoredData) -> Preview {
    let mut p = Preview::default();
    for (k, rec) in &incoming.progress.items {
        match current.progress.items.get(k) {
            None => p.new_records += 1,
            Some(mine) if newer_item(rec, mine) => p.newer_records += 1,
            Some(_) => {}
        }
    }
    for (k, rec) in &incoming.progress.lessons {
        match current.progress.lessons.get(k) {
            None => p.new_records += 1,
            Some(mine) if rec != mine && merge_lesson(mine, rec) != *mine => p.newer_records += 1,
            Some(_) => {}
        }
    }
    for (k, note) in &incoming.journal {
        match current.journal.get(k) {
            None => p.new_notes += 1,
            Some(mine) if mine.text != note.text => p.changed_notes += 1,
            Some(_) => {}
        }
    }
    p.lost_by_replace = current
        .progress
        .items
        .keys()
        .filter(|k| !incoming.progress.items.contains_key(*k))
        .count()
        + current
            .progress
            .lessons
            .keys()
            .filter(|k| !incoming.progress.lessons.contains_key(*k))
            .count()
        + current
            .journal
            .keys()
            .filter(|k| !incoming.journal.contains_key(*k))
            .count();
    p
}

/// Combines two copies of the learner's data (see the module doc for the rules).
pub fn merge(a: &StoredData, b: &StoredData) -> StoredData {
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
        },
        self_assessment: latest_assessment(&a.self_assessment, &b.self_assessment),
        journal: union(&a.journal, &b.journal, |x, y| {
            if newer_note(y, x) {
                y.clone()
            } else {
                x.clone()
            }
        }),
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
        assert_eq!(import(&export(&d, 9)), Ok(d));
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
