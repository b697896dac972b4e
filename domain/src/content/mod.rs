//! The embedded content: the files under `content/`, and the shared vocabulary every content
//! area uses (contexts, content notes, choices with explanations, principles).
//!
//! Each area (course, pages, practice exercises) owns a module that parses its own files
//! (`<Area>::parse`, a pure function of the area's files) and has a validator test. The domain
//! keeps no parsed content: the app decides when to parse and keeps the result (`src/library/`);
//! native tests and tools parse this build's bundles through [`read_bundle`] ([`Built`]), as the
//! app does. Ids are stable strings: progress is keyed by them, so reordering or adding content
//! never corrupts what a learner has saved.

#[cfg(test)]
mod balance;
pub mod built;
#[cfg(test)]
pub(crate) mod checks;
pub mod common;
pub mod course;
#[cfg(test)]
pub(crate) mod for_tests;
pub mod library;
pub mod listening;
pub mod moves;
pub mod one_best;
pub mod pages;
pub mod principles;
pub mod triads;
pub mod validation;

pub use built::Built;
pub use common::{Choice, ContentError, ContentNote, Context, ItemSummary};
pub use library::Library;

use crate::catalog::{Area, Exercise};
use serde::de::DeserializeOwned;

mod generated {
    use super::{Area, Bundle};
    include!(concat!(env!("OUT_DIR"), "/content_files.rs"));
}

/// The content format this build understands. Every file states its `format_version`.
pub const FORMAT_VERSION: u32 = 1;

/// An area's content, loaded on demand from the app's own origin (see `build.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bundle {
    /// The area, whose slug is its folder under `content/` ("course", "listening", …).
    pub area: Area,
    /// The bundle's file name under `/content/` in the built app (content-hashed).
    pub file: &'static str,
}

/// Every area bundle this build knows.
pub fn bundles() -> &'static [Bundle] {
    generated::BUNDLES
}

/// The bundle that holds `area`'s files, if that area has any content yet.
pub fn bundle(area: Area) -> Option<Bundle> {
    bundles().iter().copied().find(|b| b.area == area)
}

/// Content files as `(path under content/, JSON text)`, sorted by path: an area's bundle as
/// [`read_bundle`] reads it, or the shell's embedded files ([`shell_files`]).
pub type Files<'a> = [(&'a str, &'a str)];

/// The shell's own files (top-level files, `pages/`, `principles/`), embedded in the app
/// because a first visit needs them. Sorted by path.
pub fn shell_files() -> &'static Files<'static> {
    generated::CORE
}

/// The text of `area`'s bundle as this build wrote it (what the app fetches). Native tests and
/// tools read content through this and [`read_bundle`], the path the browser takes; the app
/// never calls it, so the linker leaves the texts out of the wasm.
pub fn built_bundle(area: Area) -> Option<&'static str> {
    generated::BUILT
        .iter()
        .find(|(a, _)| *a == area)
        .map(|(_, text)| *text)
}

/// Reads a bundle's text into its files, sorted by path. Refuses text that is not a bundle of
/// `area`: every non-empty line must be `area/…<TAB>{json}`, and there must be at least one.
pub fn read_bundle(area: Area, text: &str) -> Result<Vec<(&str, &str)>, ContentError> {
    let prefix = format!("{}/", area.slug());
    let mut files = Vec::new();
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.is_empty()) {
        match line.split_once('\t') {
            Some((path, json)) if path.starts_with(&prefix) && json.starts_with('{') => {
                files.push((path, json))
            }
            _ => {
                return Err(ContentError::new(
                    &prefix,
                    format!("line {} of the downloaded bundle is not content", n + 1),
                ))
            }
        }
    }
    if files.is_empty() {
        return Err(ContentError::new(&prefix, "the downloaded bundle is empty"));
    }
    files.sort();
    Ok(files)
}

/// The error an area reports when its bundle has not been loaded yet.
pub fn not_loaded() -> ContentError {
    ContentError::new("", "this part of Heard has not been loaded yet")
}

/// Parses every file under `dir/` (e.g. `"course/"`) as `F`, in path order.
pub fn parse_dir<F: DeserializeOwned>(files: &Files, dir: &str) -> Result<Vec<F>, ContentError> {
    files
        .iter()
        .filter(|(path, _)| path.starts_with(dir))
        .map(|(path, json)| parse_file(path, json))
        .collect()
}

/// Parses the file at `path` as `F`; an error if there is no such file.
pub fn parse_named<F: DeserializeOwned>(files: &Files, path: &str) -> Result<F, ContentError> {
    let (path, json) = files
        .iter()
        .find(|(p, _)| *p == path)
        .ok_or_else(|| ContentError::new(path, "missing"))?;
    parse_file(path, json)
}

/// Parses one content file. (Its `format_version` was checked, and removed, by `build.rs`.)
pub fn parse_file<F: DeserializeOwned>(path: &str, json: &str) -> Result<F, ContentError> {
    serde_json::from_str(json).map_err(|e| ContentError::new(path, e))
}

/// The items of an exercise, from its area's content in `library`.
pub fn summaries<'a>(
    library: &'a impl Library,
    exercise: Exercise,
) -> Result<Vec<ItemSummary<'a>>, &'a ContentError> {
    Ok(match exercise.area() {
        // The practice partner's items are its partners (their own module: `crate::partner`).
        Area::Listening if exercise == Exercise::Partner => library.partners()?.summaries(),
        Area::Listening => library.listening()?.summaries(exercise),
        Area::Validation => library.validation()?.summaries(exercise),
        Area::Moves => library.moves()?.summaries(exercise),
        Area::Course | Area::Workshop => Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use for_tests::files;

    #[test]
    fn every_content_file_declares_the_format_version_build_rs_checks() {
        let build_rs = include_str!("../../build.rs");
        assert!(build_rs.contains(&format!("const FORMAT_VERSION: i64 = {FORMAT_VERSION};")));
        for (path, json) in files() {
            assert!(
                !json.contains("\"format_version\""),
                "content/{path}: build.rs should strip the version"
            );
        }
        assert!(files().len() > 10);
    }

    #[test]
    fn each_area_with_content_has_one_content_hashed_bundle_and_empty_areas_none() {
        for area in Area::ALL {
            let slug = area.slug();
            let has_files = files()
                .iter()
                .any(|(p, _)| p.starts_with(&format!("{slug}/")));
            match bundle(area) {
                Some(b) => {
                    assert!(has_files, "{slug} has a bundle but no content");
                    assert!(
                        b.file.starts_with(&format!("{slug}-")) && b.file.ends_with(".txt"),
                        "{b:?}"
                    );
                }
                None => assert!(!has_files, "{slug} has content but no bundle"),
            }
        }
        assert!(bundles().len() == Area::ALL.len(), "every area has content");
        assert!(
            !bundles().iter().any(|b| b.file.starts_with("pages")),
            "the shell's pages are embedded, not fetched"
        );
    }

    #[test]
    fn a_bundle_must_hold_that_areas_content_only() {
        assert!(read_bundle(Area::Listening, "course/x.toml\t{}").is_err());
        assert!(read_bundle(Area::Listening, "listening/x.toml\tnot json").is_err());
        assert!(read_bundle(Area::Listening, "not a bundle").is_err());
        assert!(read_bundle(Area::Listening, "\n\n").is_err());
        assert_eq!(
            read_bundle(Area::Listening, "listening/b.toml\t{}\n\nlisting/a\t{}")
                .map_err(|e| e.message),
            Err("line 3 of the downloaded bundle is not content".to_string())
        );
        assert_eq!(
            read_bundle(
                Area::Listening,
                "listening/b.toml\t{\"x\":1}\nlistening/a.toml\t{}\n"
            ),
            Ok(vec![
                ("listening/a.toml", "{}"),
                ("listening/b.toml", "{\"x\":1}")
            ]),
            "files come sorted by path, whatever the line order"
        );
    }

    #[test]
    fn every_area_parses_from_its_built_bundle_as_the_app_reads_it() {
        let built = Built::parse();
        for bundle in bundles() {
            let text = built_bundle(bundle.area).expect("a built bundle for every bundle");
            assert!(read_bundle(bundle.area, text).is_ok(), "{:?}", bundle.area);
        }
        assert!(built.course.is_ok(), "{:?}", built.course.err());
        assert!(built.listening.is_ok(), "{:?}", built.listening.err());
        assert!(built.validation.is_ok(), "{:?}", built.validation.err());
        assert!(built.moves.is_ok(), "{:?}", built.moves.err());
        assert!(built.triads.is_ok(), "{:?}", built.triads.err());
        assert!(built.partners.is_ok(), "{:?}", built.partners.err());
        assert!(built.pages.is_ok(), "{:?}", built.pages.err());
        assert!(built.registry.is_ok(), "{:?}", built.registry.err());
    }

    #[test]
    fn the_validation_area_assembled_from_its_parts_equals_the_area_parsed_whole() {
        let text = built_bundle(Area::Validation).expect("built");
        let files = read_bundle(Area::Validation, text).expect("a bundle");
        let whole = validation::Validation::parse(&files);
        assert!(whole.is_ok());
        let parts = validation::Validation::assemble(
            validation::sort_items(&files),
            validation::decide_items(&files),
            validation::rewrite_items(&files),
            validation::conversations(&files),
        );
        assert_eq!(parts, whole);
        let broken = validation::Validation::assemble(
            validation::sort_items(&files),
            Err(ContentError::new("validation/decide.toml", "bad")),
            validation::rewrite_items(&files),
            validation::conversations(&files),
        );
        assert_eq!(
            broken,
            Err(ContentError::new("validation/decide.toml", "bad"))
        );
    }

    #[test]
    fn a_bundle_without_its_files_is_an_error_that_names_the_missing_file() {
        let files = read_bundle(Area::Moves, "moves/list.toml\t{\"entry\":[]}").expect("a bundle");
        assert_eq!(
            moves::Moves::parse(&files).map_err(|e| e.path),
            Err("moves/name.toml".to_string())
        );
    }
}
