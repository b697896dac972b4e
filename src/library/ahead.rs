//! Parsing the validation area in parts, one part per browser task.
//!
//! Parsing the whole validation area (170 KB) took one 30 ms task in the browser, which a slow
//! phone's main thread cannot answer a tap during. Before it mounts a validation page the app
//! runs each of the area's [`parts`] in a task of its own, each into an [`Ahead`] slot;
//! [`validation`] then assembles the area from the slots, parsing any part that was not parsed
//! ahead there and then. The domain's parts are pure functions of the bundle's files, so the
//! result is the same either way: only the timing changes.

use super::installed;
use heard_domain::catalog::Area;
use heard_domain::content::validation::{
    self, Conversation, DecideItem, RewriteItem, SortItem, Validation,
};
use heard_domain::content::{ContentError, Files};
use std::sync::Mutex;

/// One part of an area, parsed ahead of the area itself.
pub struct Ahead<T>(Mutex<Option<Result<T, ContentError>>>);

impl<T> Ahead<T> {
    pub const fn new() -> Self {
        Ahead(Mutex::new(None))
    }

    /// Parses the part now, unless it is already waiting in the slot.
    pub fn parse(&self, parse: impl FnOnce() -> Result<T, ContentError>) {
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

static SORT: Ahead<Vec<SortItem>> = Ahead::new();
static DECIDE: Ahead<Vec<DecideItem>> = Ahead::new();
static REWRITE: Ahead<Vec<RewriteItem>> = Ahead::new();
static CONVERSATIONS: Ahead<Vec<Conversation>> = Ahead::new();

/// Parses one part of the validation area into its slot, once the area's bundle is installed
/// (before that there is nothing to parse).
fn ahead<T>(slot: &Ahead<T>, part: fn(&Files) -> Result<T, ContentError>) {
    if let Some(files) = installed::files(Area::Validation) {
        slot.parse(|| part(files));
    }
}

/// The validation area's parts, in the order [`validation`] takes them.
const VALIDATION: &[fn()] = &[
    || ahead(&SORT, validation::sort_items),
    || ahead(&DECIDE, validation::decide_items),
    || ahead(&REWRITE, validation::rewrite_items),
    || ahead(&CONVERSATIONS, validation::conversations),
];

/// The parts of an area that can be parsed ahead, each in a task of its own, before
/// [`super::prepare`] builds the area from them. Empty for an area parsed in one go.
pub fn parts(area: Area) -> &'static [fn()] {
    match area {
        Area::Validation => VALIDATION,
        _ => &[],
    }
}

/// The validation area from `files`, taking each part from its slot if it was parsed ahead.
pub fn validation(files: &Files) -> Result<Validation, ContentError> {
    Validation::assemble(
        SORT.take_or(|| validation::sort_items(files)),
        DECIDE.take_or(|| validation::decide_items(files)),
        REWRITE.take_or(|| validation::rewrite_items(files)),
        CONVERSATIONS.take_or(|| validation::conversations(files)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use heard_domain::content::{built_bundle, read_bundle};

    #[test]
    fn a_part_parsed_ahead_is_taken_without_parsing_again_and_only_once() {
        let slot = Ahead::new();
        slot.parse(|| Ok(vec![1, 2]));
        slot.parse(|| panic!("parsed twice"));
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
        slot.parse(|| Err(ContentError::new("x.toml", "bad")));
        assert_eq!(
            slot.take_or(|| Ok(1)),
            Err(ContentError::new("x.toml", "bad"))
        );
    }

    #[test]
    fn the_validation_area_parsed_in_parts_ahead_is_the_area_parsed_in_one_go() {
        let text = built_bundle(Area::Validation).expect("a built validation bundle");
        let files = read_bundle(Area::Validation, text).expect("a bundle");
        let whole = Validation::parse(&files);
        assert!(whole.is_ok());
        assert!(super::super::installed::install(Area::Validation, text.to_string()).is_ok());
        for part in parts(Area::Validation) {
            part();
        }
        assert_eq!(validation(&files), whole);
        assert!(parts(Area::Course).is_empty());
    }
}
