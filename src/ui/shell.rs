//! The shell's answer for a route it does not hold (no `full` feature). `ui/mod.rs` picks this
//! module or `full.rs` as `ui::build`.
//!
//! The shell never shows the full app's routes: each is a real page of the full app
//! (scripts/prerender.mjs), which its links open with an ordinary navigation. Only a host that
//! answers every path with index.html and ignores those files could bring one here, and to the
//! shell it is not a page.

use crate::ui::pages::not_found::NotFound;
use crate::ui::route::Route;
use leptos::prelude::*;

/// "Page not found" for a route the shell does not hold.
pub fn page(_route: Route) -> AnyView {
    view! { <NotFound/> }.into_any()
}
