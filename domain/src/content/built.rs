//! Every area of this build, parsed from the bundles `build.rs` wrote with the same
//! [`read_bundle`] and `parse` functions the app runs on a fetched bundle, so native tests,
//! the route list and the benchmarks check the code path the browser takes.

use super::course::Course;
use super::listening::Listening;
use super::moves::Moves;
use super::pages::{self, Page};
use super::principles::Registry;
use super::triads::Triads;
use super::validation::Validation;
use super::{built_bundle, read_bundle, shell_files, ContentError, Files, Library};
use crate::catalog::Area;
use crate::partner::Partners;

/// Every area's content (or its error), parsed from this build's bundles and shell files.
#[derive(Debug)]
pub struct Built {
    pub course: Result<Course, ContentError>,
    pub listening: Result<Listening, ContentError>,
    pub validation: Result<Validation, ContentError>,
    pub moves: Result<Moves, ContentError>,
    pub triads: Result<Triads, ContentError>,
    pub partners: Result<Partners, ContentError>,
    pub pages: Result<Vec<Page>, ContentError>,
    pub registry: Result<Registry, ContentError>,
}

impl Built {
    /// Reads and parses every built bundle and the shell's files.
    pub fn parse() -> Built {
        Built {
            course: from_bundle(Area::Course, Course::parse),
            listening: from_bundle(Area::Listening, Listening::parse),
            validation: from_bundle(Area::Validation, Validation::parse),
            moves: from_bundle(Area::Moves, Moves::parse),
            triads: from_bundle(Area::Workshop, Triads::parse),
            partners: from_bundle(Area::Listening, Partners::parse),
            pages: pages::parse(shell_files()),
            registry: Registry::parse(shell_files()),
        }
    }
}

/// `area`'s built bundle, read and parsed by `parse`.
pub fn from_bundle<T>(
    area: Area,
    parse: impl FnOnce(&Files) -> Result<T, ContentError>,
) -> Result<T, ContentError> {
    let text = built_bundle(area)
        .ok_or_else(|| ContentError::new(area.slug(), "this build has no bundle for it"))?;
    parse(&read_bundle(area, text)?)
}

impl Library for Built {
    fn course(&self) -> Result<&Course, &ContentError> {
        self.course.as_ref()
    }
    fn listening(&self) -> Result<&Listening, &ContentError> {
        self.listening.as_ref()
    }
    fn validation(&self) -> Result<&Validation, &ContentError> {
        self.validation.as_ref()
    }
    fn moves(&self) -> Result<&Moves, &ContentError> {
        self.moves.as_ref()
    }
    fn triads(&self) -> Result<&Triads, &ContentError> {
        self.triads.as_ref()
    }
    fn partners(&self) -> Result<&Partners, &ContentError> {
        self.partners.as_ref()
    }
}
