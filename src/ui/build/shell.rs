//! The shell, what a first visit to `/` downloads: its own pages are `ui::app`'s. A route it
//! does not hold gets Not found: every such route is a real page of the full app (scripts/prerender.mjs writes one per catalogue route), which its
//! links open with an ordinary navigation. Only a host that answers every path with
//! index.html and ignores those files could bring one here, and to the shell it is not a page.

use super::Build;
use crate::ui::pages::not_found::NotFound;
use crate::ui::route::Route;
use leptos::prelude::*;

/// The shell: its own pages only, nothing saved, nothing to load before the mount.
pub struct Shell;

/// Starts the shell (`src/main.rs`). Here, not there, so that its start-up code is compiled
/// with the library's, as the rest of the shell is.
pub fn start() {
    crate::start::<Shell>();
}

impl Build for Shell {
    const EVERY_PAGE: bool = false;

    /// The Not found page, for a route the shell does not hold.
    fn page(_route: Route) -> AnyView {
        view! { <NotFound/> }.into_any()
    }

    /// Nothing: the shell's pages record nothing, so a save never fails.
    fn save_failed() -> impl IntoView {}
}
