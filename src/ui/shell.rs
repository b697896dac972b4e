//! The shell's hand-over (no `full` feature): a route outside the shell is a page of the full
//! app, which the host serves at that address; opened by loading it. `ui/mod.rs` picks this
//! module or `full.rs` as `ui::build`.

use crate::ui::route::Route;
use crate::ui::router::open_in_full_build;
use leptos::prelude::*;

/// Opens a route the shell does not hold in the full app.
pub fn page(route: Route) -> AnyView {
    open_in_full_build(&route.href());
    view! { <p class="loading" role="status">"Opening…"</p> }.into_any()
}
