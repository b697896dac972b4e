//! Unreadable data set aside, and brought back.
//!
//! - Setting aside: stored text that cannot be read at all is copied byte for byte to a key
//!   `heard.quarantine.<time>`; when only some entries cannot be read, only those are copied
//!   (as an envelope holding just them, see [`crate::schema::Parsed::set_aside_envelope`]) and
//!   the rest stays in use. The same text is never set aside twice.
//! - Bringing back: [`recover`] reads every set-aside copy entry by entry and makes one Heard
//!   export file of everything that can be read, which "Import" accepts like any export; the
//!   parts that cannot be read travel in the same file as text, with the reason, so
//!   downloading loses nothing.

use crate::persistence::{KeyValue, StoreError, QUARANTINE_PREFIX};
use crate::schema::{self, Marker, StoredData};
use crate::transfer::{self, Unrecovered};
use crate::Millis;

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

/// What could be recovered from set-aside copies.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recovery {
    /// Everything readable, merged.
    pub data: StoredData,
    /// How many entries (answers, tallies, lessons, notes, the self-assessment) that is.
    pub recovered: usize,
    /// What could not be read, exactly as it was.
    pub unrecovered: Vec<Unrecovered>,
}

impl Recovery {
    /// The download: a Heard export file of the recovered data, carrying the rest as text.
    pub fn file(&self, now: Millis) -> String {
        transfer::export_with(&self.data, now, &self.unrecovered)
    }

    /// What the download holds, in a learner's words.
    pub fn summary(&self) -> String {
        let read = match self.recovered {
            0 => "Heard could not read anything in the set-aside data.".to_string(),
            1 => "The file holds 1 entry Heard could read: import it on My progress (Your data, Import) to bring it back.".to_string(),
            n => format!("The file holds {n} entries Heard could read: import it on My progress (Your data, Import) to bring them back."),
        };
        match self.unrecovered.len() {
            0 => read,
            1 => format!("{read} 1 part could not be read; it is kept in the file as text."),
            n => format!("{read} {n} parts could not be read; they are kept in the file as text."),
        }
    }
}

/// Reads every set-aside copy, entry by entry (see the module doc).
pub fn recover(entries: &[(String, String)]) -> Recovery {
    let mut out = Recovery::default();
    for (key, raw) in entries {
        match schema::read(raw, Marker::Stored, schema::CURRENT) {
            Ok(parsed) => {
                out.data = transfer::merge_import(&out.data, &parsed.data);
                out.unrecovered
                    .extend(parsed.set_aside.iter().map(|bad| Unrecovered {
                        key: key.clone(),
                        why: bad.to_string(),
                        text: bad.raw.clone(),
                    }));
            }
            Err(e) => out.unrecovered.push(Unrecovered {
                key: key.clone(),
                why: e.to_string(),
                text: raw.clone(),
            }),
        }
    }
    let d = &out.data;
    out.recovered = d.progress.items.len()
        + d.progress.tags.len()
        + d.progress.lessons.len()
        + d.journal.len()
        + usize::from(d.self_assessment != Default::default());
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
        let entries = vec![
            ("heard.quarantine.1".to_string(), partly.to_string()),
            ("heard.quarantine.2".to_string(), v1.to_string()),
            ("heard.quarantine.3".to_string(), garbage.to_string()),
        ];
        let r = recover(&entries);
        assert_eq!(r.recovered, 2);
        assert_eq!(r.unrecovered.len(), 2);
        assert_eq!(r.unrecovered[1].text, garbage, "kept byte for byte");
        let file = r.file(9);
        let back = import(&file).expect("the download is an importable Heard export");
        assert_eq!(back.data.journal["good"].text, "mine");
        assert!(back.data.progress.items.contains_key("listen.a"));
        assert_eq!(back.unrecovered, 2);
        assert!(r.summary().contains("2 entries Heard could read"));
        assert!(r.summary().contains("2 parts could not be read"));
    }
}
