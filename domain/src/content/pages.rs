//! The app's own pages (Home, About & privacy, Get help now, …) as content, so their words live
//! in `content/pages/` beside the course rather than inside UI code.

use super::{load_area, parse_dir, ContentError};
use crate::prose::{self, Block};
use serde::Deserialize;
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Page {
    /// Which page: "home", "about", "help", "sources", "not_found".
    pub id: String,
    pub title: String,
    /// One or two sentences under the title.
    pub lead: String,
    /// The body in [`crate::prose`] markup.
    pub body: String,
}

impl Page {
    pub fn blocks(&self) -> Vec<Block> {
        prose::parse(&self.body)
    }
}

fn build() -> Result<Vec<Page>, ContentError> {
    parse_dir::<Page>("pages/")
}

/// All pages, parsed once.
pub fn pages() -> Result<&'static [Page], &'static ContentError> {
    static CELL: OnceLock<Result<Vec<Page>, ContentError>> = OnceLock::new();
    load_area(&CELL, build).map(Vec::as_slice)
}

/// One page by id.
pub fn page(id: &str) -> Result<&'static Page, String> {
    let all = pages().map_err(|e| e.to_string())?;
    all.iter()
        .find(|p| p.id == id)
        .ok_or_else(|| format!("content/pages has no page \"{id}\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_the_app_routes_to_exists_and_has_words() {
        for id in ["home", "about", "help", "sources", "not_found"] {
            let p = page(id).unwrap_or_else(|e| panic!("{e}"));
            assert!(
                !p.title.trim().is_empty() && !p.lead.trim().is_empty(),
                "page {id} is empty"
            );
        }
    }

    #[test]
    fn a_misspelt_key_in_a_page_file_is_refused() {
        let json = r#"{"id":"x","title":"t","lead":"l","body":"b","tittle":"typo"}"#;
        assert!(super::super::parse_file::<Page>("pages/x.toml", json).is_err());
    }

    #[test]
    fn page_links_stay_inside_the_app() {
        for p in pages().expect("pages load") {
            for href in prose::links(&p.blocks()) {
                assert!(
                    href.starts_with('/'),
                    "page {} links outside the app: {href}",
                    p.id
                );
            }
        }
    }
}
