//! Loads an area's content bundle from the app's own origin when the learner opens that area.
//!
//! This is the app's only network code, and it only ever asks for `/content/<file>` on the
//! same origin: the app's own files, built by `domain/build.rs` and copied into `dist/`. The
//! Content-Security-Policy (`connect-src 'self'`) forbids anything else, and the end-to-end
//! guard fails any test that requests something outside 127.0.0.1. Nothing is ever sent.

use heard_domain::content;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Makes `area`'s content available, fetching its bundle once if needed.
pub async fn ensure_area(area: &'static str) -> Result<(), String> {
    if content::is_available(area) {
        return Ok(());
    }
    let bundle = content::bundle(area).ok_or_else(|| format!("no content bundle named {area}"))?;
    let text = fetch_text(&format!("/content/{}", bundle.file)).await?;
    content::install_bundle(area, text).map_err(|e| e.to_string())
}

async fn fetch_text(path: &str) -> Result<String, String> {
    let failed = |e: wasm_bindgen::JsValue| {
        e.as_string()
            .unwrap_or_else(|| "the browser could not load it".into())
    };
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(failed)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response")?;
    if !response.ok() {
        return Err(format!(
            "the app's own file {path} answered {}",
            response.status()
        ));
    }
    let text = JsFuture::from(response.text().map_err(failed)?)
        .await
        .map_err(failed)?;
    text.as_string()
        .ok_or_else(|| "the content was not text".into())
}
