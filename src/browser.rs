//! Browser services other than storage: the clock, the tab title, focus, and saving a file
//! to the learner's device.

// The one module that reads the clock (clippy.toml's disallowed-methods points here).
#![allow(clippy::disallowed_methods)]

use heard_domain::Millis;
use wasm_bindgen::JsCast;

/// The browser clock, in milliseconds since the Unix epoch.
pub fn now() -> Millis {
    js_sys::Date::now() as Millis
}

/// Local midnight at the start of today, in the browser's clock.
pub fn start_of_today() -> Millis {
    let d = js_sys::Date::new_0();
    d.set_hours(0);
    d.set_minutes(0);
    d.set_seconds(0);
    d.set_milliseconds(0);
    d.get_time() as Millis
}

/// The browser's time zone now, as minutes east of UTC.
pub fn utc_offset_minutes() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

/// Sets the tab's title to "<page> · Heard", so each page is announced and findable by name.
pub fn set_title(page: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(&format!("{page} · Heard"));
    }
}

/// Focuses `id` after the next render: for a region whose content the same event fills in
/// (an empty result region is `display: none` until then, and cannot take focus).
pub fn focus_after_render(id: &str) {
    let id = id.to_string();
    leptos::prelude::request_animation_frame(move || focus(&id));
}

/// Moves keyboard focus to the element with this id (headings need `tabindex="-1"`).
pub fn focus(id: &str) {
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}

/// Offers `text` as a file download. Nothing leaves the device: the file is made in memory.
pub fn download_text(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| "not an anchor")?;
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    web_sys::Url::revoke_object_url(&url).map_err(fail)?;
    Ok(())
}

/// Opens the browser's print dialogue (which also offers "Save as PDF"). Does nothing if the
/// browser refuses.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
