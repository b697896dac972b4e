//! The app's root: [`provide_contexts`] (the app state and navigation), and [`page`], the
//! current page, which `crate::start` mounts into the frame's `<main>` (`ui::layout`).
//! The shell's pages are here; every other page is the build's (`ui::build`: the full app's
//! pages, or in the shell a hand-over to the full app; see [`Route::in_shell`]).

use crate::state::AppState;
use crate::ui::build::Build;
use crate::ui::pages::{
    about::About, help::Help, home::Home, not_found::NotFound, sources::Sources,
};
use crate::ui::route::Route;
use crate::ui::router::Nav;
use leptos::prelude::*;

/// Provides the app's two contexts, [`AppState`] (the learner's data, already loaded) and
/// [`Nav`], to everything later mounted under the current owner (see `crate::start`).
pub fn provide_contexts(app: AppState) {
    app.follow_other_tabs();
    provide_context(app);
    Nav::provide();
}

/// The current page in build `B`, chosen by the route. `crate::start` mounts it into the
/// frame's `<main>` in a task of its own.
pub fn page<B: Build>() -> impl IntoView {
    let nav = expect_context::<Nav>();
    view! {
            {move || match nav.route() {
                Route::Home => view! { <Home/> }.into_any(),
                Route::About => view! { <About/> }.into_any(),
                Route::Sources => view! { <Sources/> }.into_any(),
                Route::Help => view! { <Help/> }.into_any(),
                Route::NotFound(_) => view! { <NotFound/> }.into_any(),
                other => B::page(other),
            }}
    }
}
