//! The area bundles this page has installed: each fetched bundle's text, read once into its
//! files and kept for the life of the page (the app is a single page that never unloads
//! content, so the text is leaked to `&'static`, like embedded content).

use heard_domain::catalog::Area;
use heard_domain::content::{read_bundle, ContentError, Files};
use std::sync::OnceLock;

/// One slot per area (in `Area::ALL` order); filled once, by [`install`].
static INSTALLED: [OnceLock<Vec<(&str, &str)>>; Area::ALL.len()] =
    [const { OnceLock::new() }; Area::ALL.len()];

fn slot(area: Area) -> &'static OnceLock<Vec<(&'static str, &'static str)>> {
    let i = Area::ALL.iter().position(|a| *a == area).unwrap_or(0);
    &INSTALLED[i]
}

/// Installs a fetched bundle of `area`. Refuses text that is not a bundle of that area
/// (`content::read_bundle`); a second bundle for an installed area is ignored, since the
/// first may already have been parsed and shown.
pub fn install(area: Area, text: String) -> Result<(), ContentError> {
    if slot(area).get().is_some() {
        return Ok(());
    }
    let text: &'static str = Box::leak(text.into_boxed_str());
    let files = read_bundle(area, text)?;
    let _ = slot(area).set(files);
    Ok(())
}

/// Is `area`'s bundle installed?
pub fn is_available(area: Area) -> bool {
    slot(area).get().is_some()
}

/// The installed bundle's files, sorted by path, or `None` before it is installed.
pub fn files(area: Area) -> Option<&'static Files<'static>> {
    slot(area).get().map(Vec::as_slice)
}

#[cfg(test)]
mod tests {
    use super::*;
    use heard_domain::content::built_bundle;

    #[test]
    fn an_installed_bundle_is_available_with_its_files_sorted() {
        let text = built_bundle(Area::Workshop).expect("a built workshop bundle");
        assert!(install(Area::Workshop, text.to_string()).is_ok());
        assert!(is_available(Area::Workshop));
        let files = files(Area::Workshop).expect("installed");
        assert!(!files.is_empty() && files.iter().all(|(p, _)| p.starts_with("workshop/")));
        assert!(files.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
