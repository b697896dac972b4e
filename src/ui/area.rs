//! Shows an area's pages once its content bundle is loaded (see [`crate::assets`]).
//! Meanwhile a short loading line; if loading fails, a clear message and a way to retry, or,
//! when the site has a newer version of Heard than this tab runs, a way to reload (only when
//! the learner chooses: a reload would lose what they are typing elsewhere in this tab).

use crate::assets::{ensure_area, LoadError};
use heard_domain::catalog::Area;
use leptos::prelude::*;

#[component]
pub fn AreaContent(area: Area, children: ChildrenFn) -> impl IntoView {
    if crate::library::is_available(area) {
        return children().into_any();
    }
    let attempt = RwSignal::new(0u32);
    let loaded = LocalResource::new(move || {
        attempt.track();
        ensure_area(area)
    });
    (move || match loaded.get() {
        None => view! { <p class="loading" role="status">"Loading…"</p> }.into_any(),
        Some(Ok(())) => children().into_any(),
        Some(Err(LoadError::Updated)) => view! {
            <div class="banner banner--alert" role="alert">
                <h2>"Heard has been updated: reload to continue"</h2>
                <p>"This tab is still running the version of Heard it opened with, and the site now has a newer one. Reload to continue. Everything you have saved is kept."</p>
                <button type="button" class="button" on:click=|_| reload()>"Reload"</button>
            </div>
        }
        .into_any(),
        Some(Err(why)) => view! {
            <div class="banner banner--alert" role="alert">
                <h2>"This part of Heard could not be loaded"</h2>
                <p>"Check that you are online, then try again. Nothing you have done is lost."</p>
                <p class="banner__detail">{why.to_string()}</p>
                <button type="button" class="button" on:click=move |_| attempt.update(|n| *n += 1)>"Try again"</button>
            </div>
        }
        .into_any(),
    })
    .into_any()
}

/// Reloads the page, which the service worker (or the host) answers with the current version.
fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
