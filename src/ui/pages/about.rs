//! About & privacy: what is stored, where, and a way to delete it (hidden in workshop mode).

use super::ContentPage;
use crate::state::use_app;
use crate::storage::Persistence;
use crate::ui::confirm::Confirm;
use crate::ui::next_task::NextTask;
use heard_domain::persistence::Mode;
use leptos::prelude::*;

#[component]
pub fn About() -> impl IntoView {
    let app = use_app();
    view! {
        <ContentPage id="about">
            <NextTask>
                // On a shared screen in workshop mode: no numbers of the learner's, no delete.
                {move || if app.workshop.get() {
                    view! {
                        <h2 id="stored-now">"What Heard holds for you now"</h2>
                        <p role="status">"Hidden in workshop mode, so nothing of the learner's shows on a shared screen. Leave workshop mode to see or delete your data."</p>
                    }.into_any()
                } else {
                    view! { <StoredSummary/> <DeleteAll/> }.into_any()
                }}
            </NextTask>
        </ContentPage>
    }
}

/// What this browser holds right now, in plain numbers. The values are marked `data-learner`:
/// the pre-rendered copy of this page (scripts/prerender.mjs) leaves them out, so it never
/// shows a new visitor's numbers to someone who has data.
#[component]
fn StoredSummary() -> impl IntoView {
    let app = use_app();
    let where_ = move || match app.mode.get() {
        Mode::Saving => "Saved in this browser's local storage.".to_string(),
        Mode::MemoryOnly { .. } => {
            "Kept only in this tab: this browser is not allowing storage.".to_string()
        }
        Mode::ReadOnlyNewer { .. } | Mode::UpdatedElsewhere { .. } => {
            "Not saved: this device holds data from a newer version of Heard.".to_string()
        }
    };
    let counts = move || {
        app.data.with(|d| {
            let done = d
                .progress
                .lessons
                .values()
                .filter(|l| l.passed_at.is_some())
                .count();
            (d.progress.items.len(), done, d.journal.len())
        })
    };
    let kept = move || {
        match app.persistence.get() {
        Persistence::Granted => "Your browser has agreed to keep Heard's data.",
        Persistence::NotGranted => "Your browser may clear Heard's data if space runs low: export now and then (My progress, Your data).",
        Persistence::Unsupported => "This browser does not say whether it will keep Heard's data: export now and then (My progress, Your data).",
        Persistence::Unknown => "Checking whether your browser will keep Heard's data…",
    }
    };
    view! {
        <h2 id="stored-now">"What Heard holds for you now"</h2>
        <dl class="stats" aria-labelledby="stored-now">
            <div><dt>"Exercises and questions answered"</dt><dd data-learner="">{move || counts().0}</dd></div>
            <div><dt>"Lessons completed"</dt><dd data-learner="">{move || counts().1}</dd></div>
            <div><dt>"Private notes"</dt><dd data-learner="">{move || counts().2}</dd></div>
            <div><dt>"Where"</dt><dd data-learner="">{where_}</dd></div>
            <div><dt>"Kept by the browser?"</dt><dd id="persistence" data-learner="">{kept}</dd></div>
        </dl>
    }
}

/// Deletes everything, after an explicit confirmation.
#[component]
fn DeleteAll() -> impl IntoView {
    let app = use_app();
    let status = RwSignal::new(String::new());
    // Says exactly what was and was not removed (see `Deletion`'s Display).
    let delete = move |()| status.set(app.delete_all().to_string());
    view! {
        <h2 id="delete">"Delete all my data on this device"</h2>
        <p>"This removes your progress, self-assessment and notes from this browser. It cannot be undone."</p>
        <div class="actions">
            <Confirm
                label="Delete all my data"
                question="Delete everything Heard has stored here?"
                yes="Yes, delete everything"
                no="Cancel"
                danger=true
                on_confirm=Callback::new(delete)
                on_ask=Callback::new(move |()| status.set(String::new()))
            />
        </div>
        <p class="status" role="status" aria-live="polite">{move || status.get()}</p>
    }
}
