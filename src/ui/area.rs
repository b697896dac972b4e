//! Shows an area's pages once its content bundle is loaded (see [`crate::assets`]).
//! Meanwhile a short loading line; if loading fails, a clear message and a way to retry.

use crate::assets::ensure_area;
use leptos::prelude::*;

#[component]
pub fn AreaContent(area: &'static str, children: ChildrenFn) -> impl IntoView {
    if heard_domain::content::is_available(area) {
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
        Some(Err(why)) => view! {
            <div class="banner banner--alert" role="alert">
                <h2>"This part of Heard could not be loaded"</h2>
                <p>"Check that you are online, then try again. Nothing you have done is lost."</p>
                <p class="banner__detail">{why}</p>
                <button type="button" class="button" on:click=move |_| attempt.update(|n| *n += 1)>"Try again"</button>
            </div>
        }
        .into_any(),
    })
    .into_any()
}
