//! The learner's own pages: My progress (with "Your data": export and import), Practise today
//! (spaced review over the items they have met) and the private journal. None of them shows
//! anything in workshop mode, when a trainer may be presenting on a shared screen.

pub mod data;
pub mod journal;
pub mod progress;
pub mod today;

use leptos::prelude::*;

/// Shown instead of the learner's own data while workshop mode is on.
#[component]
fn WorkshopHidden(title: &'static str) -> impl IntoView {
    view! {
        <h1>{title}</h1>
        <p role="status">"This page is hidden in workshop mode, so nothing private shows on a shared screen. Turn workshop mode off to see it."</p>
    }
}

/// A date and time as the learner's browser writes it.
fn when(at: heard_domain::Millis) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at as f64));
    String::from(d.to_locale_date_string("default", &wasm_bindgen::JsValue::UNDEFINED))
}

/// An id such as `night-shift` as words ("night shift"), for lists that do not load content.
fn words(id: &str) -> String {
    id.replace(['-', '_'], " ")
}
