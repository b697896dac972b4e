//! The two builds, as types: the [`shell::Shell`] (what a first visit to `/` downloads) and
//! the [`full::Full`] app. The library holds every page; `src/main.rs` starts one [`Build`],
//! choosing with the `full` feature, the only place that names it (`domain/tests/tidy.rs`
//! keeps it so). Start-up is generic over the build, so each build's wasm links only what its
//! own `Build` reaches: the shell holds none of the full app's pages, content or loading code,
//! and the code for both is what it was when the split was written module by module.

pub mod full;
pub mod shell;

use crate::ui::route::Route;
use leptos::prelude::*;

/// What one build holds and does beyond what both share.
pub trait Build: 'static {
    /// It holds every page (the full app), not only the shell's; start-up then first loads
    /// the content the page shows (`crate::begin`).
    const EVERY_PAGE: bool;

    /// The page of a route outside the shell (`ui::app` shows the shell's own).
    fn page(route: Route) -> AnyView;

    /// The notice of a failed save, among the banners (`ui::banners`).
    fn save_failed() -> impl IntoView;
}
