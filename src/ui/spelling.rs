//! Spell-check for private writing (the journal, reflections, written responses): off unless
//! the learner turns it on for that box, because some browsers' enhanced spell-check sends what
//! is typed to an online service (About & privacy says so). [`Spelling`] is the per-box switch.

use leptos::prelude::*;

/// The value of a text box's `spellcheck` attribute while the switch is `on`.
pub fn spellcheck(on: RwSignal<bool>) -> impl Fn() -> &'static str + Copy + Send + Sync {
    move || if on.get() { "true" } else { "false" }
}

/// The switch under a private text box. `field` names the box for screen readers, since a page
/// may have several.
#[component]
pub fn Spelling(on: RwSignal<bool>, #[prop(into)] field: String) -> impl IntoView {
    view! {
        <label class="spelling">
            <input type="checkbox" prop:checked=move || on.get() on:change=move |ev| on.set(event_target_checked(&ev))/>
            <span>"Check my spelling"<span class="visually-hidden">{format!(" in “{field}”")}</span></span>
            <span class="hint">" (off by default: some browsers send the text online to check it)"</span>
        </label>
    }
}
