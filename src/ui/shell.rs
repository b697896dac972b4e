//! The shell's pages (no `full` feature) for a route it does not hold: every such route is a
//! real page of the full app (scripts/prerender.mjs writes one per catalogue route), which its
//! links open with an ordinary navigation. Only a host that answers every path with
//! index.html and ignores those files could bring one here, and to the shell it is not a page.
//! `ui/mod.rs` picks this module or `full.rs` as `ui::build`.

use crate::ui::pages::not_found::NotFound;
use crate::ui::route::Route;
use leptos::prelude::*;

/// The Not found page, for a route the shell does not hold.
pub fn page(_route: Route) -> AnyView {
    view! { <NotFound/> }.into_any()
}
