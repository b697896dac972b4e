//! Reading stored or exported text of any known schema, one entry at a time, and migrating it
//! to the current schema.
//!
//! The envelope and its header must be sound (JSON, Heard's marker, a known schema, a `data`
//! object): if not, nothing can be trusted and the whole text is refused. Inside `data`, each
//! section and each entry (an item, a tally, a lesson, a note, a deletion) is read on its own
//! and checked against [`crate::limits`]; one that fails is returned, with its raw text, as
//! [`SetAside`], and the rest is kept. So one damaged note costs that note, not a year of
//! progress. Entries are kept as raw JSON slices (`RawValue`) until read, which needs no
//! `serde_json::Value` (large) and copies nothing that is set aside.

use super::{Marker, SchemaError, SelfAssessment, StoredData, APP};
use crate::limits;
use crate::Millis;
use serde::de::{DeserializeOwned, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;
use std::collections::BTreeMap;
use std::fmt;

pub use crate::limits::Problem;

/// Where in the data a set-aside part was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A whole section that is not shaped as it should be (`"journal": 5`).
    Section(&'static str),
    /// One entry of a section, by its key.
    Entry(&'static str, String),
}

/// A part of the data that could not be read, with its text exactly as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAside {
    pub place: Place,
    pub raw: String,
    pub problem: Problem,
}

/// What a section's entries are called, for messages.
fn entry_name(section: &str) -> &'static str {
    match section {
        "items" => "answer",
        "tags" => "tally",
        "lessons" => "lesson",
        "partners" => "partner",
        "journal" => "note",
        "deleted" => "deletion",
        _ => "entry",
    }
}

fn section_name(section: &str) -> &'static str {
    match section {
        "progress" => "the progress",
        "items" => "the answers",
        "tags" => "the tallies",
        "lessons" => "the lessons",
        "partners" => "the practice partners",
        "journal" => "the journal",
        "deleted" => "the deletions",
        "self_assessment" => "the self-assessment",
        "epoch" => "the save line",
        _ => "a section",
    }
}

impl fmt::Display for SetAside {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.place {
            Place::Section(s) => write!(f, "{}: {}", section_name(s), self.problem),
            Place::Entry(s, key) => {
                let key: String = key.chars().take(60).collect();
                write!(f, "{} “{key}”: {}", entry_name(s), self.problem)
            }
        }
    }
}

/// What reading found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    /// Every part that could be read, in the current schema.
    pub data: StoredData,
    /// The schema it was stored with (less than [`super::CURRENT`] means it was migrated).
    pub from_schema: u32,
    /// Parts that could not be read, in the order found.
    pub set_aside: Vec<SetAside>,
    /// The envelope's `saved_at` (or `exported_at`), as written.
    saved_at: Option<String>,
}

#[derive(Deserialize)]
struct Envelope<'a> {
    app: Option<String>,
    #[serde(rename = "type")]
    kind: Option<String>,
    schema: Option<u32>,
    #[serde(borrow)]
    saved_at: Option<&'a RawValue>,
    #[serde(borrow)]
    exported_at: Option<&'a RawValue>,
    #[serde(borrow)]
    data: Option<&'a RawValue>,
}

/// The sections of `data`, unread. Schema 1 has the first three; schema 2 adds the last two.
#[derive(Deserialize, Default)]
#[serde(default)]
struct Sections<'a> {
    #[serde(borrow)]
    progress: Option<&'a RawValue>,
    #[serde(borrow)]
    self_assessment: Option<&'a RawValue>,
    #[serde(borrow)]
    journal: Option<&'a RawValue>,
    #[serde(borrow)]
    deleted: Option<&'a RawValue>,
    #[serde(borrow)]
    epoch: Option<&'a RawValue>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ProgressSections<'a> {
    #[serde(borrow)]
    items: Option<&'a RawValue>,
    #[serde(borrow)]
    tags: Option<&'a RawValue>,
    #[serde(borrow)]
    lessons: Option<&'a RawValue>,
    /// Schema 3.
    #[serde(borrow)]
    partners: Option<&'a RawValue>,
}

/// Reads text carrying `marker`, of any schema up to `understands` (this build's
/// [`super::CURRENT`]; a test passes less to play an older build).
pub fn read(text: &str, marker: Marker, understands: u32) -> Result<Parsed, SchemaError> {
    let env: Envelope =
        serde_json::from_str(text).map_err(|e| SchemaError::Unreadable(e.to_string()))?;
    let ours = match marker {
        Marker::Stored => env.app.as_deref() == Some(APP),
        Marker::Export(kind) => env.kind.as_deref() == Some(kind),
    };
    if !ours {
        return Err(SchemaError::NotHeard);
    }
    let schema = env
        .schema
        .ok_or_else(|| SchemaError::Unreadable("no schema version".into()))?;
    if schema > understands {
        return Err(SchemaError::Newer { found: schema });
    }
    if schema == 0 {
        return Err(SchemaError::Unreadable("unknown schema 0".into()));
    }
    let data = env
        .data
        .ok_or_else(|| SchemaError::Unreadable("no data".into()))?;
    let sections: Sections = serde_json::from_str(data.get())
        .map_err(|e| SchemaError::Unreadable(format!("the data is not a set of sections ({e})")))?;
    let mut reader = Reader::default();
    let data = migrate(schema, sections, &mut reader);
    Ok(Parsed {
        data,
        from_schema: schema,
        set_aside: reader.set_aside,
        saved_at: env
            .saved_at
            .or(env.exported_at)
            .map(|r| r.get().to_string()),
    })
}

/// Reads the sections of a known schema into current data, one version step at a time.
/// Schemas 1 to 3 store their shared sections alike; 2 adds deletions and the save line, which
/// schema 1 data does not have (no deletions known, save line 0); 3 adds the partners met.
fn migrate(schema: u32, s: Sections, r: &mut Reader) -> StoredData {
    let mut d = StoredData::default();
    if let Some(p) = s.progress {
        match serde_json::from_str::<ProgressSections>(p.get()) {
            Ok(p) => {
                d.progress.items = r.map("items", p.items, limits::item);
                d.progress.tags = r.map("tags", p.tags, limits::tally);
                d.progress.lessons = r.map("lessons", p.lessons, limits::lesson);
                if schema >= 3 {
                    d.progress.partners = r.map("partners", p.partners, limits::partner);
                }
            }
            Err(e) => r.section("progress", p, Problem::Unreadable(e.to_string())),
        }
    }
    if let Some(raw) = s.self_assessment {
        if let Some(sa) = r.one::<SelfAssessment>("self_assessment", raw, limits::assessment) {
            d.self_assessment = sa;
        }
    }
    d.journal = r.map("journal", s.journal, limits::note);
    if schema >= 2 {
        d.deleted = r.map("deleted", s.deleted, |t: &Millis| limits::deletion(*t));
        if let Some(raw) = s.epoch {
            d.epoch = r
                .one::<Millis>("epoch", raw, |e| limits::epoch(*e))
                .unwrap_or(0);
        }
    }
    // A note id and its deletion both present (data Heard did not write) is left as it is:
    // the note shows, and the next merge keeps the later of the two.
    d
}

/// A section's entries, unread, in the order written (a `Vec` rather than a map: less code in
/// the first visit's download; a repeated key is read twice, and the later one is kept).
struct Entries<'a>(Vec<(String, &'a RawValue)>);

impl<'de> Deserialize<'de> for Entries<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct EntriesVisitor;
        impl<'de> Visitor<'de> for EntriesVisitor {
            type Value = Entries<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map of entries")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::new();
                while let Some(entry) = map.next_entry::<String, &'de RawValue>()? {
                    out.push(entry);
                }
                Ok(Entries(out))
            }
        }
        d.deserialize_map(EntriesVisitor)
    }
}

#[derive(Default)]
struct Reader {
    set_aside: Vec<SetAside>,
}

impl Reader {
    fn section(&mut self, section: &'static str, raw: &RawValue, problem: Problem) {
        self.set_aside.push(SetAside {
            place: Place::Section(section),
            raw: raw.get().to_string(),
            problem,
        });
    }

    /// A section that is one value.
    fn one<T: DeserializeOwned>(
        &mut self,
        section: &'static str,
        raw: &RawValue,
        check: impl Fn(&T) -> Result<(), Problem>,
    ) -> Option<T> {
        let problem = match serde_json::from_str::<T>(raw.get()) {
            Ok(v) => match check(&v) {
                Ok(()) => return Some(v),
                Err(p) => p,
            },
            Err(e) => Problem::Unreadable(e.to_string()),
        };
        self.section(section, raw, problem);
        None
    }

    /// An entry that could not be read.
    fn entry(&mut self, section: &'static str, key: String, raw: &RawValue, problem: Problem) {
        self.set_aside.push(SetAside {
            place: Place::Entry(section, key),
            raw: raw.get().to_string(),
            problem,
        });
    }

    /// A section's entries, unread, with the ones whose id is too long already set aside.
    /// (Not generic, so the code is in the app once, not once per kind of entry.)
    fn entries<'a>(
        &mut self,
        section: &'static str,
        raw: Option<&'a RawValue>,
    ) -> Vec<(String, &'a RawValue)> {
        let Some(raw) = raw else {
            return Vec::new();
        };
        let entries = match serde_json::from_str::<Entries>(raw.get()) {
            Ok(e) => e.0,
            Err(e) => {
                self.section(section, raw, Problem::Unreadable(e.to_string()));
                return Vec::new();
            }
        };
        let mut out = Vec::with_capacity(entries.len());
        for (key, value) in entries {
            match limits::id("its id", &key) {
                Ok(()) => out.push((key, value)),
                Err(p) => self.entry(section, key, value, p),
            }
        }
        out
    }

    /// A section that maps keys to entries, each read and checked on its own.
    fn map<T: DeserializeOwned>(
        &mut self,
        section: &'static str,
        raw: Option<&RawValue>,
        check: fn(&T) -> Result<(), Problem>,
    ) -> BTreeMap<String, T> {
        let mut out = BTreeMap::new();
        for (key, value) in self.entries(section, raw) {
            match serde_json::from_str::<T>(value.get()) {
                Ok(v) => match check(&v) {
                    Ok(()) => {
                        out.insert(key, v);
                    }
                    Err(p) => self.entry(section, key, value, p),
                },
                Err(e) => self.entry(section, key, value, Problem::Unreadable(e.to_string())),
            }
        }
        out
    }
}

/// `"name":` with the name quoted as JSON.
fn key(name: &str) -> String {
    format!("{}:", serde_json::to_string(name).unwrap_or_default())
}

impl Parsed {
    /// The parts set aside, as stored text of the same envelope holding only those parts
    /// exactly as they were (so a later Heard, or a person, can still read them), or `None` if
    /// nothing was set aside. The same input gives the same text. Built by hand from the raw
    /// slices, which are JSON already.
    pub fn set_aside_envelope(&self) -> Option<String> {
        if self.set_aside.is_empty() {
            return None;
        }
        let part = |section: &str| -> Option<String> {
            let mut entries = Vec::new();
            for bad in &self.set_aside {
                match &bad.place {
                    Place::Section(s) if *s == section => {
                        return Some(format!("{}{}", key(section), bad.raw))
                    }
                    Place::Entry(s, k) if *s == section => {
                        entries.push(format!("{}{}", key(k), bad.raw))
                    }
                    _ => {}
                }
            }
            (!entries.is_empty()).then(|| format!("{}{{{}}}", key(section), entries.join(",")))
        };
        let mut data: Vec<String> = Vec::new();
        let progress: Vec<String> = ["items", "tags", "lessons", "partners"]
            .into_iter()
            .filter_map(part)
            .collect();
        match part("progress") {
            Some(whole) => data.push(whole),
            None if !progress.is_empty() => {
                data.push(format!("{}{{{}}}", key("progress"), progress.join(",")))
            }
            None => {}
        }
        data.extend(
            ["self_assessment", "journal", "deleted", "epoch"]
                .into_iter()
                .filter_map(part),
        );
        let saved_at = self
            .saved_at
            .as_ref()
            .map(|t| format!("{}{t},", key("saved_at")))
            .unwrap_or_default();
        Some(format!(
            "{{\"app\":\"{APP}\",\"schema\":{},{saved_at}\"data\":{{{}}}}}",
            self.from_schema,
            data.join(",")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::{from_json, Marker, CURRENT};

    fn stored(data: &str) -> String {
        format!(r#"{{"app":"heard","schema":2,"saved_at":5,"data":{data}}}"#)
    }

    #[test]
    fn one_bad_note_is_set_aside_alone_and_the_rest_is_kept() {
        let text = stored(
            r#"{"journal":{"good":{"text":"kept","created_at":1,"updated_at":1},"bad":{"text":7}},
                "progress":{"items":{"listen.a":{"attempts":1,"correct":1,"last_score":100,"first_at":1,"last_at":1,"review":{"box":1,"due":9}},
                                     "listen.b":{"attempts":1,"correct":0,"last_score":255,"first_at":1,"last_at":1,"review":{"box":255,"due":9}}}}}"#,
        );
        let p = read(&text, Marker::Stored, CURRENT).expect("the envelope is sound");
        assert_eq!(p.data.journal["good"].text, "kept");
        assert!(p.data.progress.items.contains_key("listen.a"));
        assert_eq!(p.set_aside.len(), 2);
        assert_eq!(
            p.set_aside[0].place,
            Place::Entry("items", "listen.b".into())
        );
        assert!(matches!(p.set_aside[0].problem, Problem::OutOfRange(_)));
        assert_eq!(p.set_aside[1].place, Place::Entry("journal", "bad".into()));
        assert_eq!(p.set_aside[1].raw, r#"{"text":7}"#);
        assert!(from_json(&text).is_err(), "a strict read refuses it");
    }

    #[test]
    fn the_set_aside_envelope_holds_exactly_the_bad_parts_and_reads_back_as_them() {
        let text = stored(
            r#"{"journal":{"bad":{"text":7},"ok":{"text":"x","created_at":1,"updated_at":1}},"self_assessment":{"ratings":{"a":9}},
                "progress":{"tags":{"t":{"seen":1,"missed":5}},"lessons":3}}"#,
        );
        let p = read(&text, Marker::Stored, CURRENT).expect("sound envelope");
        let env = p.set_aside_envelope().expect("something was set aside");
        assert_eq!(
            env,
            r#"{"app":"heard","schema":2,"saved_at":5,"data":{"progress":{"tags":{"t":{"seen":1,"missed":5}},"lessons":3},"self_assessment":{"ratings":{"a":9}},"journal":{"bad":{"text":7}}}}"#
        );
        let again = read(&env, Marker::Stored, CURRENT).expect("sound envelope");
        assert_eq!(again.data, StoredData::default());
        assert_eq!(again.set_aside.len(), p.set_aside.len());
        assert_eq!(p.set_aside_envelope(), Some(env), "deterministic");
    }

    #[test]
    fn schema_1_knows_no_deletions_or_save_line() {
        let text =
            r#"{"app":"heard","schema":1,"saved_at":0,"data":{"deleted":{"x":1},"epoch":9}}"#;
        let p = read(text, Marker::Stored, CURRENT).expect("reads");
        assert_eq!(p.data, StoredData::default());
        assert_eq!(p.from_schema, 1);
    }

    #[test]
    fn a_note_and_its_deletion_resolve_to_the_later_when_merged() {
        let text = stored(
            r#"{"journal":{"old":{"text":"x","created_at":1,"updated_at":1},"new":{"text":"y","created_at":1,"updated_at":9}},
                "deleted":{"old":5,"new":5}}"#,
        );
        let d = read(&text, Marker::Stored, CURRENT).expect("reads").data;
        let m = crate::transfer::merge(&d, &StoredData::default());
        assert_eq!(m.journal.keys().collect::<Vec<_>>(), ["new"]);
        assert_eq!(m.deleted.keys().collect::<Vec<_>>(), ["old"]);
    }

    #[test]
    fn an_older_build_sees_schema_2_as_newer() {
        assert_eq!(
            read(&stored("{}"), Marker::Stored, 1),
            Err(SchemaError::Newer { found: 2 })
        );
    }

    #[test]
    fn deep_nesting_inside_an_entry_is_set_aside_not_a_crash() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let text = stored(&format!(r#"{{"journal":{{"n":{deep}}}}}"#));
        let p = read(&text, Marker::Stored, CURRENT).expect("the envelope is sound");
        assert_eq!(p.set_aside.len(), 1);
    }
}
