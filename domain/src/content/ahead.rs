//! Parsing a large area in parts, one part per browser task.
//!
//! Parsing the whole validation area (170 KB) took one 30 ms task in the browser, which a slow
//! phone's main thread cannot answer a tap during. An area can instead parse its parts ahead,
//! each into an [`Ahead`] slot in a task of its own ([`super::parts`]); its `build` then takes
//! each part from its slot, or parses it there and then if it was not parsed ahead. The result
//! is the same either way, so only the timing changes.

use super::{is_available, ContentError};
use crate::catalog::Area;
use std::sync::Mutex;

/// One part of an area, parsed ahead of the area itself.
pub struct Ahead<T>(Mutex<Option<Result<T, ContentError>>>);

impl<T> Ahead<T> {
    pub const fn new() -> Self {
        Ahead(Mutex::new(None))
    }

    /// Parses the part now, once its area's bundle is installed (before that, parsing would
    /// only record "missing"), unless it is already waiting in the slot.
    pub fn parse(&self, area: Area, parse: impl FnOnce() -> Result<T, ContentError>) {
        if !is_available(area) {
            return;
        }
        if let Ok(mut slot) = self.0.lock() {
            if slot.is_none() {
                *slot = Some(parse());
            }
        }
    }

    /// The part parsed ahead (emptying the slot: the area keeps it from now on), or else the
    /// part parsed now.
    pub fn take_or(
        &self,
        parse: impl FnOnce() -> Result<T, ContentError>,
    ) -> Result<T, ContentError> {
        self.0
            .lock()
            .ok()
            .and_then(|mut slot| slot.take())
            .unwrap_or_else(parse)
    }
}

impl<T> Default for Ahead<T> {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_parsed_ahead_is_taken_without_parsing_again_and_only_once() {
        let slot = Ahead::new();
        slot.parse(Area::Validation, || Ok(vec![1, 2]));
        assert_eq!(slot.take_or(|| panic!("parsed twice")), Ok(vec![1, 2]));
        assert_eq!(slot.take_or(|| Ok(vec![3])), Ok(vec![3]));
    }

    #[test]
    fn a_part_not_parsed_ahead_is_parsed_when_taken() {
        let slot: Ahead<Vec<u8>> = Ahead::new();
        assert_eq!(slot.take_or(|| Ok(vec![7])), Ok(vec![7]));
    }

    #[test]
    fn an_error_parsed_ahead_is_reported_when_taken() {
        let slot: Ahead<u8> = Ahead::new();
        slot.parse(Area::Validation, || Err(ContentError::new("x.toml", "bad")));
        assert_eq!(
            slot.take_or(|| Ok(1)),
            Err(ContentError::new("x.toml", "bad"))
        );
    }
}
