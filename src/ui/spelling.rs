//! Spell-check for private writing (the journal, reflections, written responses): off unless
//! the learner turns it on for that box, because some browsers' enhanced spell-check sends what
//! is typed to an online service (About & privacy says so). [`Spelling`] is the per-box switch.

use leptos::prelude::*;

/// The value of a text box's `spellcheck` attribute while the switch is `on`.
pub fn spellcheck(on: RwSignal<bool>) -> impl Fn() -> &'static str + Copy + Send + Sync {
    move || if on.get() { "true" } else { "false" }
}

/// The switch right under a private text box (so its name does not repeat the box's label,
/// which would make the label match two controls).
#[component]
pub fn Spelling(on: RwSignal<bool>) -> impl IntoView {
    view! {
        <div class="spelling">
            <label>
                <input type="checkbox" prop:checked=move || on.get() on:change=move |ev| on.set(event_target_checked(&ev))/>
                <span>"Check my spelling in this box"</span>
            </label>
            <span class="hint">"Off unless you turn it on: some browsers send the text online to check it."</span>
        </div>
    }
}
