//! The content this page holds: the shell's embedded pages and sources, and each area whose
//! bundle has been installed, each parsed once and kept for the life of the page (content never
//! changes at run time, and the app is a single page that never unloads it).
//!
//! The domain only parses (a pure function of an area's files); this module decides when:
//! [`installed`] keeps the fetched bundles, [`ahead`] parses the validation area part by part,
//! and the accessors here (`course()`, `listening()`, …) parse an area on first use, or report
//! "not loaded yet" (caching nothing) until its bundle is installed. [`Loaded`] hands the same
//! to the domain's functions that span areas (item lists, workshop slides).

pub mod ahead;
pub mod installed;

pub use ahead::parts;
pub use installed::{install, is_available};

use heard_domain::catalog::{Area, Exercise};
use heard_domain::content::course::Course;
use heard_domain::content::listening::Listening;
use heard_domain::content::moves::Moves;
use heard_domain::content::pages::{self, Page};
use heard_domain::content::principles::Registry;
use heard_domain::content::triads::Triads;
use heard_domain::content::validation::Validation;
use heard_domain::content::{not_loaded, shell_files, ContentError, Files, ItemSummary, Library};
use heard_domain::partner::Partners;
use std::sync::OnceLock;

/// A parsed area: parsed on first use once `area`'s bundle is installed, then kept.
type Cell<T> = OnceLock<Result<T, ContentError>>;

fn from_bundle<T: Send + Sync>(
    area: Area,
    cell: &'static Cell<T>,
    parse: impl FnOnce(&Files) -> Result<T, ContentError>,
) -> Result<&'static T, &'static ContentError> {
    static NOT_LOADED: OnceLock<ContentError> = OnceLock::new();
    match installed::files(area) {
        Some(files) => cell.get_or_init(|| parse(files)).as_ref(),
        None => Err(NOT_LOADED.get_or_init(not_loaded)),
    }
}

/// The course.
pub fn course() -> Result<&'static Course, &'static ContentError> {
    static CELL: Cell<Course> = OnceLock::new();
    from_bundle(Area::Course, &CELL, Course::parse)
}

/// The listening area.
pub fn listening() -> Result<&'static Listening, &'static ContentError> {
    static CELL: Cell<Listening> = OnceLock::new();
    from_bundle(Area::Listening, &CELL, Listening::parse)
}

/// The practice partners (in the listening area's bundle).
pub fn partners() -> Result<&'static Partners, &'static ContentError> {
    static CELL: Cell<Partners> = OnceLock::new();
    from_bundle(Area::Listening, &CELL, Partners::parse)
}

/// The validation area (from its parts, if they were parsed ahead: [`ahead`]).
pub fn validation() -> Result<&'static Validation, &'static ContentError> {
    static CELL: Cell<Validation> = OnceLock::new();
    from_bundle(Area::Validation, &CELL, ahead::validation)
}

/// The moves area.
pub fn moves() -> Result<&'static Moves, &'static ContentError> {
    static CELL: Cell<Moves> = OnceLock::new();
    from_bundle(Area::Moves, &CELL, Moves::parse)
}

/// The workshop's triad cards.
pub fn triads() -> Result<&'static Triads, &'static ContentError> {
    static CELL: Cell<Triads> = OnceLock::new();
    from_bundle(Area::Workshop, &CELL, Triads::parse)
}

/// The shell's pages (embedded, so always there).
pub fn pages() -> Result<&'static [Page], &'static ContentError> {
    static CELL: Cell<Vec<Page>> = OnceLock::new();
    CELL.get_or_init(|| pages::parse(shell_files()))
        .as_ref()
        .map(Vec::as_slice)
}

/// One of the shell's pages, by id.
pub fn page(id: &str) -> Result<&'static Page, String> {
    pages::find(pages().map_err(|e| e.to_string())?, id)
}

/// The sources and principles (embedded, so always there).
pub fn registry() -> Result<&'static Registry, &'static ContentError> {
    static CELL: Cell<Registry> = OnceLock::new();
    CELL.get_or_init(|| Registry::parse(shell_files())).as_ref()
}

/// Parses (and keeps) an area's content now, if its bundle is installed, so that the first
/// page to show it does not pay for parsing: the app calls this in a task of its own before it
/// mounts a page of that area. Reports whether the area's content is usable.
pub fn prepare(area: Area) -> bool {
    match area {
        Area::Course => course().is_ok(),
        Area::Listening => listening().is_ok(),
        Area::Validation => validation().is_ok(),
        Area::Moves => moves().is_ok(),
        Area::Workshop => triads().is_ok(),
    }
}

/// The items of an exercise, from its area's content (which must be installed).
pub fn summaries(exercise: Exercise) -> Result<Vec<ItemSummary<'static>>, &'static ContentError> {
    heard_domain::content::summaries(&Loaded, exercise)
}

/// The content loaded so far, for the domain's functions that span areas: an area not yet
/// installed answers "not loaded yet".
#[derive(Debug, Clone, Copy)]
pub struct Loaded;

impl Library for Loaded {
    fn course(&self) -> Result<&Course, &ContentError> {
        course()
    }
    fn listening(&self) -> Result<&Listening, &ContentError> {
        listening()
    }
    fn validation(&self) -> Result<&Validation, &ContentError> {
        validation()
    }
    fn moves(&self) -> Result<&Moves, &ContentError> {
        moves()
    }
    fn triads(&self) -> Result<&Triads, &ContentError> {
        triads()
    }
    fn partners(&self) -> Result<&Partners, &ContentError> {
        partners()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use heard_domain::content::built_bundle;

    /// The one test that installs the course and moves bundles (installed bundles are kept
    /// for the life of the process, as for the life of a page).
    #[test]
    fn an_area_is_not_loaded_until_its_bundle_is_installed_and_every_built_bundle_prepares() {
        assert_eq!(course().err(), Some(&not_loaded()));
        assert!(!prepare(Area::Course));
        for refused in ["course/x.toml\t{}", "not a bundle", ""] {
            assert!(install(Area::Moves, refused.into()).is_err(), "{refused:?}");
        }
        assert!(!is_available(Area::Moves) && moves().is_err());
        for bundle in heard_domain::content::bundles() {
            let text = built_bundle(bundle.area).expect("a built bundle");
            assert!(install(bundle.area, text.to_string()).is_ok());
            assert!(prepare(bundle.area), "{:?} did not parse", bundle.area);
        }
        assert!(course().is_ok_and(|c| !c.lessons.is_empty()));
        assert!(partners().is_ok_and(|p| !p.all.is_empty()));
        assert!(summaries(Exercise::Partner).is_ok_and(|s| !s.is_empty()));
        assert!(!heard_domain::workshop::catalogue(&Loaded).is_empty());
    }

    #[test]
    fn the_shell_pages_and_sources_are_there_without_any_bundle() {
        assert!(page("help").is_ok());
        assert!(page("no such page").is_err());
        assert!(registry().is_ok_and(|r| !r.sources.is_empty()));
    }
}
