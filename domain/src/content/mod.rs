//! The embedded content: the files under `content/`, and the shared vocabulary every content
//! area uses (contexts, content notes, choices with explanations, principles).
//!
//! Each area (course, pages, practice exercises) owns a module that deserialises its own files
//! through [`load_area`] and a validator test. Ids are stable strings: progress is keyed by them,
//! so reordering or adding content never corrupts what a learner has saved.

pub mod common;
pub mod course;
pub mod listening;
pub mod moves;
pub mod pages;
pub mod principles;
pub mod triads;
pub mod validation;

pub use common::{Choice, ContentError, ContentNote, Context};

use serde::de::DeserializeOwned;
use std::sync::OnceLock;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/content_files.rs"));
}

/// The content format this build understands. Every file states its `format_version`.
pub const FORMAT_VERSION: u32 = 1;

/// Every embedded content file as `(path under content/, JSON text)`, sorted by path.
pub fn files() -> &'static [(&'static str, &'static str)] {
    generated::FILES
}

/// Parses every file under `dir/` (e.g. `"course/"`) as `F`, in path order, checking each
/// file's `format_version`.
pub fn parse_dir<F: DeserializeOwned>(dir: &str) -> Result<Vec<F>, ContentError> {
    files()
        .iter()
        .filter(|(path, _)| path.starts_with(dir))
        .map(|(path, json)| parse_file(path, json))
        .collect()
}

/// Parses one embedded file, checking its `format_version` first so an old or new file
/// gives a clear error rather than a confusing missing-field message.
pub fn parse_file<F: DeserializeOwned>(path: &str, json: &str) -> Result<F, ContentError> {
    #[derive(serde::Deserialize)]
    struct Header {
        format_version: Option<u32>,
    }
    let header: Header = serde_json::from_str(json).map_err(|e| ContentError::new(path, e))?;
    match header.format_version {
        Some(FORMAT_VERSION) => serde_json::from_str(json).map_err(|e| ContentError::new(path, e)),
        Some(other) => Err(ContentError::new(
            path,
            format!("format_version {other} is not supported (this build reads {FORMAT_VERSION})"),
        )),
        None => Err(ContentError::new(path, "format_version is missing")),
    }
}

/// Loads an area once and keeps it for the life of the page (content never changes at run time).
pub fn load_area<T: Send + Sync>(
    cell: &'static OnceLock<Result<T, ContentError>>,
    build: impl FnOnce() -> Result<T, ContentError>,
) -> Result<&'static T, &'static ContentError> {
    cell.get_or_init(build).as_ref()
}
