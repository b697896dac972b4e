//! Unreadable data set aside, and brought back.
//!
//! - Setting aside: stored text that cannot be read at all is copied byte for byte to a key
//!   `heard.quarantine.<time>`; when only some entries cannot be read, only those are copied
//!   (as an envelope holding just them, see [`crate::schema::Parsed::set_aside_envelope`]) and
//!   the rest stays in use. The same text is never set aside twice.
//! - Bringing back: the download ([`download`]) holds every set-aside copy exactly as it was,
//!   as a JSON file that "Import" accepts: [`recover`] reads each copy entry by entry, imports
//!   everything that can be read, and says what could not be (which stays in the file).
//!   Recovery runs on import, in the full app, so the first visit's build stays small.

use crate::persistence::{KeyValue, StoreError, QUARANTINE_PREFIX};
use crate::schema::{self, Marker, StoredData};
use crate::transfer;
use crate::Millis;
use serde::{Deserialize, Serialize};

/// Marks a download of set-aside data.
pub const SET_ASIDE_TYPE: &str = "heard-set-aside";

/// Copies `raw` to a free quarantine key, unless a set-aside copy already holds exactly this
/// text. Returns the key that holds it.
pub fn set_aside(kv: &mut dyn KeyValue, now: Millis, raw: &str) -> Result<String, StoreError> {
    if let Some((key, _)) = quarantined(kv).into_iter().find(|(_, v)| v == raw) {
        return Ok(key);
    }
    let key = free_key(kv, now);
    kv.set(&key, raw)?;
    Ok(key)
}

fn free_key(kv: &dyn KeyValue, now: Millis) -> String {
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

/// One set-aside copy in the download.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Where it was kept on this device.
    pub key: String,
    /// Its text, exactly as it was stored.
    pub text: String,
}

#[derive(Serialize)]
struct DownloadOut<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    entries: &'a [Entry],
}

/// The download of every set-aside copy: `{"type":"heard-set-aside","entries":[{key,text}…]}`.
/// Nothing is changed or left out, so downloading loses nothing; "Import" reads it.
pub fn download(entries: &[Entry]) -> String {
    serde_json::to_string_pretty(&DownloadOut {
        kind: SET_ASIDE_TYPE,
        entries,
    })
    .unwrap_or_default()
}

/// What could be recovered from set-aside copies.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recovery {
    /// Everything readable, merged.
    pub data: StoredData,
    /// What could not be read, and why, in a learner's words (it stays in the file).
    pub unrecovered: Vec<String>,
}

/// Reads every set-aside copy, entry by entry (see the module doc).
pub fn recover(entries: &[Entry]) -> Recovery {
    let mut out = Recovery::default();
    for Entry { key, text } in entries {
        let when = key.strip_prefix(QUARANTINE_PREFIX).unwrap_or(key);
        match schema::read(text, Marker::Stored, schema::CURRENT) {
            Ok(parsed) => {
                out.data = transfer::merge_import(&out.data, &parsed.data);
                out.unrecovered.extend(
                    parsed
                        .set_aside
                        .iter()
                        .map(|bad| format!("copy {when}: {bad}")),
                );
            }
            Err(e) => out.unrecovered.push(format!("copy {when}: {e}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::persistence::MemoryStore;
    use crate::transfer::import;

    #[test]
    fn the_same_text_is_set_aside_once() {
        let mut kv = MemoryStore::default();
        let a = set_aside(&mut kv, 1, "garbage").expect("sets aside");
        let b = set_aside(&mut kv, 2, "garbage").expect("sets aside");
        assert_eq!(a, b);
        set_aside(&mut kv, 1, "other garbage").expect("sets aside");
        let q: Vec<String> = quarantined(&kv).into_iter().map(|(_, v)| v).collect();
        assert_eq!(q, ["garbage", "other garbage"]);
    }

    #[test]
    fn two_set_aside_copies_download_as_one_importable_file_that_keeps_what_it_cannot_read() {
        let partly = r#"{"app":"heard","schema":2,"saved_at":1,"data":{"journal":{"good":{"text":"mine","created_at":1,"updated_at":1},"bad":{"text":5}}}}"#;
        let v1 = r#"{"app":"heard","schema":1,"saved_at":1,"data":{"progress":{"items":{"listen.a":{"attempts":1,"correct":1,"last_score":100,"first_at":1,"last_at":1,"review":{"box":1,"due":2}}}}}}"#;
        let garbage = "{\"app\":\"heard\",\"schema\":1,\"data\":{\"jour";
        let entries: Vec<Entry> = [
            ("heard.quarantine.1", partly),
            ("heard.quarantine.2", v1),
            ("heard.quarantine.3", garbage),
        ]
        .into_iter()
        .map(|(key, text)| Entry {
            key: key.into(),
            text: text.into(),
        })
        .collect();
        let file = download(&entries);
        let back: serde_json::Value = serde_json::from_str(&file).expect("the download is JSON");
        assert_eq!(back["entries"][2]["text"], garbage, "kept byte for byte");
        let imported = import(&file).expect("import accepts the download");
        assert_eq!(imported.data.journal["good"].text, "mine");
        assert!(imported.data.progress.items.contains_key("listen.a"));
        assert_eq!(imported.unrecovered.len(), 2);
        assert!(
            imported.unrecovered[0].starts_with("copy 1: note “bad”"),
            "{:?}",
            imported.unrecovered
        );
        assert!(imported.unrecovered[1].starts_with("copy 3: the data could not be read"));
    }
}
