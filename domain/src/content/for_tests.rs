//! Test-only (compiled under `cfg(test)` alone): every area parsed once from this build's
//! bundles ([`Built`], the path the browser takes), shared by the validator tests so that each
//! test does not parse all the content again. The one cache in `domain/src`, and not in the
//! crate itself: `tests/tidy.rs` allows it here and nowhere else.

use super::course::Course;
use super::listening::Listening;
use super::moves::Moves;
use super::pages::{self, Page};
use super::principles::Registry;
use super::triads::Triads;
use super::validation::Validation;
use super::{Built, ContentError};
use crate::partner::Partners;
use std::sync::OnceLock;

/// Every built area, parsed on first use in this test run.
pub(crate) fn built() -> &'static Built {
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(Built::parse)
}

pub(crate) fn course() -> Result<&'static Course, &'static ContentError> {
    built().course.as_ref()
}
pub(crate) fn listening() -> Result<&'static Listening, &'static ContentError> {
    built().listening.as_ref()
}
pub(crate) fn validation() -> Result<&'static Validation, &'static ContentError> {
    built().validation.as_ref()
}
pub(crate) fn moves() -> Result<&'static Moves, &'static ContentError> {
    built().moves.as_ref()
}
pub(crate) fn triads() -> Result<&'static Triads, &'static ContentError> {
    built().triads.as_ref()
}
pub(crate) fn partners() -> Result<&'static Partners, &'static ContentError> {
    built().partners.as_ref()
}
pub(crate) fn pages() -> Result<&'static [Page], &'static ContentError> {
    built().pages.as_ref().map(Vec::as_slice)
}
pub(crate) fn page(id: &str) -> Result<&'static Page, String> {
    pages::find(pages().map_err(|e| e.to_string())?, id)
}
pub(crate) fn registry() -> Result<&'static Registry, &'static ContentError> {
    built().registry.as_ref()
}

/// Every content file of this build, shell and bundles, sorted by path.
pub(crate) fn files() -> Vec<(&'static str, &'static str)> {
    let mut out = super::shell_files().to_vec();
    for bundle in super::bundles() {
        let text = super::built_bundle(bundle.area).unwrap_or_default();
        out.extend(super::read_bundle(bundle.area, text).unwrap_or_default());
    }
    out.sort();
    out
}
