//! Start-up: `index.html` shows a static "Loading Heard…" message and, if WebAssembly is
//! missing or start-up fails, a static explanation (see `public/boot.js`). Once the app has
//! mounted we hide both; if the app later panics we show the explanation again rather than
//! leaving a frozen page.

// The one module that writes to the console (clippy.toml's disallowed-methods).
#![allow(clippy::disallowed_methods)]

use wasm_bindgen::JsCast;

/// Removes the page that the build pre-rendered into this route's file (scripts/prerender.mjs),
/// just before the app mounts in the same task, so the page never shows both or neither.
pub fn clear_prerendered() {
    if let Some(el) = element("prerendered") {
        el.remove();
    }
}

/// Hides the static start-up block once the app is on screen.
pub fn started() {
    if let Some(el) = element("boot") {
        let _ = el.set_attribute("hidden", "");
    }
}

/// On a panic, show the static "Heard stopped working" message with a reload hint.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Heard stopped: {info}").into());
        if let Some(boot) = element("boot") {
            let _ = boot.remove_attribute("hidden");
        }
        if let Some(loading) = element("boot-loading") {
            let _ = loading.set_attribute("hidden", "");
        }
        if let Some(failed) = element("boot-failed") {
            let _ = failed.remove_attribute("hidden");
        }
    }));
}

fn element(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into()
        .ok()
}
