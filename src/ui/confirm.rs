//! A button for something that cannot be undone: the first press asks, the second acts.
//! Used for every delete, so they all ask the same way.

use leptos::prelude::*;

#[component]
pub fn Confirm(
    /// The first button's words ("Delete all my data").
    label: &'static str,
    /// The question asked before acting ("Delete everything Heard has stored here?").
    question: &'static str,
    /// The button that acts ("Yes, delete everything").
    yes: &'static str,
    /// The button that backs out ("Cancel").
    no: &'static str,
    /// Style the first button as dangerous too (otherwise quiet).
    #[prop(optional)]
    danger: bool,
    /// Runs when the learner confirms.
    on_confirm: Callback<()>,
    /// Runs when the learner first presses the button (e.g. to clear an old status).
    #[prop(optional)]
    on_ask: Option<Callback<()>>,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    let first_class = if danger {
        "button button--danger"
    } else {
        "button button--quiet"
    };
    move || {
        if asking.get() {
            view! {
                <span class="confirm">
                    <span>{question}</span>
                    <button type="button" class="button button--danger" on:click=move |_| { asking.set(false); on_confirm.run(()) }>{yes}</button>
                    <button type="button" class="button button--quiet" on:click=move |_| asking.set(false)>{no}</button>
                </span>
            }
            .into_any()
        } else {
            view! {
                <button type="button" class=first_class on:click=move |_| { if let Some(f) = on_ask { f.run(()) } asking.set(true) }>{label}</button>
            }
            .into_any()
        }
    }
}
