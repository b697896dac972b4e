//! Heard in the browser: a thin Leptos layer over the `heard_domain` crate.
//!
//! - [`assets`]: loads an area's content bundle from the app's own origin, on demand.
//! - [`boot`]: start-up and the static "could not start" fallback.
//! - [`browser`]: the few browser services the UI needs (clock, file download).
//! - [`offline`]: removes the offline copy (caches, service worker) when data is deleted.
//! - [`storage`]: the only code that touches `localStorage`.
//! - [`state`]: the one app-state context that pages read and change.
//! - [`ui`]: the router, the page layout, pages and small components.

#[cfg(feature = "full")]
pub mod assets;
pub mod boot;
pub mod browser;
pub mod offline;
pub mod state;
pub mod storage;
pub mod ui;

/// Mounts the app and hides the start-up message.
pub fn start() {
    boot::install_panic_hook();
    boot::clear_prerendered();
    leptos::mount::mount_to_body(ui::app::App);
    boot::started();
}
