//! Loads an area's content bundle from the app's own origin when the learner opens that area.
//!
//! This is the app's only network code, and it only ever asks for `/content/<file>` on the
//! same origin: the app's own files, built by `domain/build.rs` and copied into `dist/`. The
//! Content-Security-Policy (`connect-src 'self'`) forbids anything else, and the end-to-end
//! guard fails any test that requests something outside 127.0.0.1. Nothing is ever sent.
//!
//! A bundle's name carries the FNV-1a hash of its bytes (`domain/build.rs`), and a bundle is
//! used only if its bytes match: a truncated or corrupted download is refused (and asked for
//! once more, from the host itself), never installed as if it were good. A bundle the site no
//! longer has means Heard was updated since this tab opened (an older tab asking for its own
//! version's content): that is said as such, not blamed on the connection.

// The one module that fetches (clippy.toml's disallowed-methods).
#![allow(clippy::disallowed_methods)]

use crate::library;
use heard_domain::catalog::Area;
use heard_domain::content;
use std::fmt;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why an area's content could not be loaded; each asks something different of the learner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The request did not get through (offline, or the host answered with an error).
    Unreachable(String),
    /// The site no longer has this version's bundle: Heard has been updated since this tab
    /// opened, so only a reload (onto the new version) can help.
    Updated,
    /// What arrived is not the bundle (truncated or corrupted), even from the host itself.
    Damaged(String),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Unreachable(why) => write!(f, "{why}"),
            LoadError::Updated => write!(f, "this version's content is no longer on the site"),
            LoadError::Damaged(why) => write!(f, "the content arrived damaged: {why}"),
        }
    }
}

/// Makes `area`'s content available, fetching its bundle once if needed.
pub async fn ensure_area(area: Area) -> Result<(), LoadError> {
    if library::is_available(area) {
        return Ok(());
    }
    let bundle = content::bundle(area).ok_or_else(|| {
        LoadError::Unreachable(format!("no content bundle named {}", area.slug()))
    })?;
    let path = format!("/content/{}", bundle.file);
    let mut bytes = fetch_bytes(&path, web_sys::RequestCache::Default).await?;
    if !matches_name(bundle.file, &bytes) {
        // A damaged copy may be the browser's HTTP cache's: ask the host itself once more.
        bytes = fetch_bytes(&path, web_sys::RequestCache::Reload).await?;
        if !matches_name(bundle.file, &bytes) {
            return Err(LoadError::Damaged(format!(
                "{path} does not match its hash ({} bytes)",
                bytes.len()
            )));
        }
    }
    let text = String::from_utf8(bytes).map_err(|_| LoadError::Damaged("not text".into()))?;
    library::install(area, text).map_err(|e| LoadError::Damaged(e.to_string()))
}

/// Does `bytes` hash (FNV-1a, 64-bit, as `domain/build.rs` names bundles) to the hash in the
/// bundle's file name `<area>-<16 hex digits>.txt`?
pub fn matches_name(file: &str, bytes: &[u8]) -> bool {
    file.strip_suffix(".txt")
        .and_then(|stem| stem.rsplit_once('-'))
        .filter(|(_, hex)| hex.len() == 16)
        .and_then(|(_, hex)| u64::from_str_radix(hex, 16).ok())
        == Some(fnv1a(bytes))
}

/// FNV-1a, 64-bit: the same function as `domain/build.rs` (a test checks every bundle).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

async fn fetch_bytes(path: &str, cache: web_sys::RequestCache) -> Result<Vec<u8>, LoadError> {
    let failed = |e: wasm_bindgen::JsValue| {
        LoadError::Unreachable(
            e.as_string()
                .unwrap_or_else(|| "the browser could not load it".into()),
        )
    };
    let window = web_sys::window().ok_or(LoadError::Unreachable("no window".into()))?;
    let init = web_sys::RequestInit::new();
    init.set_cache(cache);
    let response = JsFuture::from(window.fetch_with_str_and_init(path, &init))
        .await
        .map_err(failed)?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| LoadError::Unreachable("not a response".into()))?;
    match response.status() {
        // The host (404) or, offline, the service worker (410) no longer has this version's
        // file: it was replaced by a newer version's.
        404 | 410 => return Err(LoadError::Updated),
        _ if !response.ok() => {
            return Err(LoadError::Unreachable(format!(
                "the app's own file {path} answered {}",
                response.status()
            )))
        }
        _ => {}
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(failed)?)
        .await
        .map_err(failed)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bundles `domain/build.rs` wrote for this build, as (file name, bytes).
    fn built_bundles() -> Vec<(String, Vec<u8>)> {
        let dir = std::path::Path::new(
            &std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| "target".into()),
        )
        .join("heard-content");
        content::bundles()
            .iter()
            .map(|b| {
                let bytes =
                    std::fs::read(dir.join(b.file)).unwrap_or_else(|e| panic!("{}: {e}", b.file));
                (b.file.to_string(), bytes)
            })
            .collect()
    }

    #[test]
    fn every_built_bundle_matches_the_hash_in_its_name() {
        let bundles = built_bundles();
        assert!(!bundles.is_empty());
        for (file, bytes) in bundles {
            assert!(matches_name(&file, &bytes), "{file}");
        }
    }

    #[test]
    fn a_truncated_or_altered_bundle_does_not_match_its_name() {
        for (file, mut bytes) in built_bundles() {
            assert!(!matches_name(&file, &bytes[..bytes.len() - 1]), "{file}");
            assert!(!matches_name(&file, &bytes[..bytes.len() / 2]), "{file}");
            bytes[0] ^= 1;
            assert!(!matches_name(&file, &bytes), "{file}");
        }
    }

    #[test]
    fn a_name_without_a_hash_matches_nothing() {
        for file in [
            "course.txt",
            "course-xyz.txt",
            "course-0123.txt",
            "course-cbf29ce484222325",
        ] {
            assert!(!matches_name(file, b""), "{file}");
        }
        // The empty input's FNV-1a is the offset basis: the function really is FNV-1a.
        assert!(matches_name("course-cbf29ce484222325.txt", b""));
    }
}
