//! The stored-data envelope, its schema versions and migrations.
//!
//! Stored text is `{"app":"heard","schema":N,"saved_at":T,"data":{…}}`. Parsing and
//! serialising are pure functions; [`crate::persistence`] does the reading and writing.
//! An unknown newer schema is an explicit error (never a silent reset), so data written by a
//! newer Heard is never overwritten by an older one.
//!
//! To change the schema: add `vN+1`, bump [`CURRENT`], add a step to [`migrate`] and a golden
//! fixture `domain/tests/fixtures/schema/vN+1.json`; keep the older fixtures so each migration
//! stays tested.

use crate::progress::Progress;
use crate::Millis;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// The schema this build writes.
pub const CURRENT: u32 = 1;

/// Marks data as Heard's, so an export file or a stray key is recognised (or rejected).
pub const APP: &str = "heard";

/// Everything Heard keeps for a learner.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StoredData {
    pub progress: Progress,
    /// The course's skills self-assessment.
    pub self_assessment: SelfAssessment,
    /// Private notes and answers to reflection prompts, by note id.
    pub journal: BTreeMap<String, Note>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SelfAssessment {
    /// Skill id → rating from 1 (not yet) to 5 (a strength).
    pub ratings: BTreeMap<String, u8>,
    /// Skills the learner chose to develop.
    pub focus: BTreeSet<String>,
    pub updated_at: Option<Millis>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub text: String,
    /// The reflection prompt this answers, if any (a content id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt: Option<String>,
    pub created_at: Millis,
    pub updated_at: Millis,
}

/// Why stored text could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SchemaError {
    /// Not JSON, or not shaped like an envelope, or the data does not fit its schema.
    Unreadable(String),
    /// Valid JSON but not Heard's (another app's data, or a different kind of file).
    NotHeard,
    /// Written by a newer Heard: leave it alone.
    Newer { found: u32 },
}

impl fmt::Display for SchemaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SchemaError::Unreadable(why) => write!(f, "the data could not be read ({why})"),
            SchemaError::NotHeard => write!(f, "the data is not Heard's"),
            SchemaError::Newer { found } => {
                write!(f, "the data was saved by a newer version of Heard (schema {found}; this version reads up to {CURRENT})")
            }
        }
    }
}

impl std::error::Error for SchemaError {}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    app: &'static str,
    schema: u32,
    saved_at: Millis,
    data: &'a StoredData,
}

/// The envelope's header, read first so a newer or foreign file is recognised before its
/// data is interpreted. (Typed structs throughout, rather than `serde_json::Value`, keep the
/// app small.)
#[derive(Deserialize)]
struct Header {
    app: Option<String>,
    #[serde(rename = "type")]
    kind: Option<String>,
    schema: Option<u32>,
}

/// What marks a text as Heard's: `"app":"heard"` in storage, `"type":"heard-export"` in a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    Stored,
    Export(&'static str),
}

#[derive(Deserialize)]
struct EnvelopeV1 {
    data: Option<StoredData>,
}

/// What a successful parse found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub data: StoredData,
    /// The schema it was stored with (less than [`CURRENT`] means it was migrated).
    pub from_schema: u32,
}

/// Serialises data in the current schema.
pub fn to_json(data: &StoredData, saved_at: Millis) -> String {
    let env = EnvelopeOut {
        app: APP,
        schema: CURRENT,
        saved_at,
        data,
    };
    // Serialising plain structs, strings and integer maps cannot fail.
    serde_json::to_string(&env).unwrap_or_default()
}

/// Parses stored text of any known schema into current data.
pub fn from_json(text: &str) -> Result<Parsed, SchemaError> {
    from_json_marked(text, Marker::Stored)
}

/// Parses text of any known schema carrying `marker` into current data.
pub fn from_json_marked(text: &str, marker: Marker) -> Result<Parsed, SchemaError> {
    let header: Header =
        serde_json::from_str(text).map_err(|e| SchemaError::Unreadable(e.to_string()))?;
    let ours = match marker {
        Marker::Stored => header.app.as_deref() == Some(APP),
        Marker::Export(kind) => header.kind.as_deref() == Some(kind),
    };
    if !ours {
        return Err(SchemaError::NotHeard);
    }
    let schema = header
        .schema
        .ok_or_else(|| SchemaError::Unreadable("no schema version".into()))?;
    if schema > CURRENT {
        return Err(SchemaError::Newer { found: schema });
    }
    Ok(Parsed {
        data: migrate(schema, text)?,
        from_schema: schema,
    })
}

/// Reads data of a known schema and brings it up to date, one version at a time.
/// Each past schema keeps its own typed envelope; a step converts one version to the next.
fn migrate(schema: u32, text: &str) -> Result<StoredData, SchemaError> {
    let unreadable = |e: serde_json::Error| SchemaError::Unreadable(e.to_string());
    match schema {
        1 => serde_json::from_str::<EnvelopeV1>(text)
            .map_err(unreadable)?
            .data
            .ok_or_else(|| SchemaError::Unreadable("no data".into())),
        // Future: `1 => Ok(v1_to_v2(parse v1)?)`, keeping the v1 types beside the v2 ones.
        other => Err(SchemaError::Unreadable(format!("unknown schema {other}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::{Event, Score};

    fn sample() -> StoredData {
        let mut d = StoredData::default();
        d.progress.apply(Event::Answered {
            item: "listen.x".into(),
            score: Score::FULL,
            tags: vec![],
            at: 10,
        });
        d.journal.insert(
            "n1".into(),
            Note {
                text: "<b>not html</b> \"quoted\" ünïcode".into(),
                prompt: None,
                created_at: 1,
                updated_at: 2,
            },
        );
        d.self_assessment.ratings.insert("communication".into(), 4);
        d
    }

    #[test]
    fn current_data_round_trips_exactly() {
        let d = sample();
        let parsed = from_json(&to_json(&d, 99)).expect("parses");
        assert_eq!(
            parsed,
            Parsed {
                data: d,
                from_schema: CURRENT
            }
        );
    }

    #[test]
    fn a_newer_schema_is_refused_not_reset() {
        let text = r#"{"app":"heard","schema":99,"saved_at":0,"data":{"whatever":true}}"#;
        assert_eq!(from_json(text), Err(SchemaError::Newer { found: 99 }));
    }

    #[test]
    fn other_apps_json_and_garbage_are_told_apart() {
        assert_eq!(from_json(r#"{"theme":"dark"}"#), Err(SchemaError::NotHeard));
        assert!(matches!(
            from_json("{not json"),
            Err(SchemaError::Unreadable(_))
        ));
        assert!(matches!(
            from_json(r#"{"app":"heard","data":{}}"#),
            Err(SchemaError::Unreadable(_))
        ));
        assert!(matches!(
            from_json(r#"{"app":"heard","schema":1,"data":{"progress":{"items":7}}}"#),
            Err(SchemaError::Unreadable(_))
        ));
    }

    #[test]
    fn missing_sections_default_to_empty() {
        let parsed =
            from_json(r#"{"app":"heard","schema":1,"saved_at":0,"data":{}}"#).expect("parses");
        assert_eq!(parsed.data, StoredData::default());
    }
}
