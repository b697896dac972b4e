//! The observer's sheet for one round: a tally of the to-do / to-avoid checklist entries they
//! noticed, so feedback rests on what was seen rather than a general impression. It lives only
//! in memory on the observer's own device (workshop mode saves nothing); the UI keeps one
//! sheet per round, or none if the observer would rather not tick.

use crate::content::moves::Entry;
use std::collections::BTreeMap;

/// How often each checklist entry was noticed in one round, by entry id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ObserverSheet {
    marks: BTreeMap<String, u32>,
}

impl ObserverSheet {
    pub fn new() -> Self {
        Self::default()
    }

    /// Notes one more sighting of `entry_id`; returns its new count.
    pub fn mark(&mut self, entry_id: &str) -> u32 {
        let n = self.marks.entry(entry_id.to_string()).or_insert(0);
        *n = n.saturating_add(1);
        *n
    }

    /// Takes one sighting back (a mis-tap); never below zero. Returns the new count.
    pub fn unmark(&mut self, entry_id: &str) -> u32 {
        match self.marks.get_mut(entry_id) {
            Some(n) if *n > 1 => {
                *n -= 1;
                *n
            }
            Some(_) => {
                self.marks.remove(entry_id);
                0
            }
            None => 0,
        }
    }

    pub fn count(&self, entry_id: &str) -> u32 {
        self.marks.get(entry_id).copied().unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.marks.is_empty()
    }

    /// Starts afresh (a new round, or the observer wipes the sheet).
    pub fn clear(&mut self) {
        self.marks.clear();
    }

    /// The entries noticed at least once, in checklist order, with their counts. The list puts
    /// the to-do entries first, so feedback opens with what went well.
    pub fn for_feedback<'a>(&self, list: &'a [Entry]) -> Vec<(&'a Entry, u32)> {
        list.iter()
            .map(|e| (e, self.count(&e.id)))
            .filter(|(_, n)| *n > 0)
            .collect()
    }
}
