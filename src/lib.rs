//! Heard in the browser: a thin Leptos layer over the `heard_domain` crate.
//!
//! - [`assets`]: loads an area's content bundle from the app's own origin, on demand.
//! - [`boot`]: start-up and the static "could not start" fallback.
//! - [`browser`]: the few browser services the UI needs (clock, file download).
//! - [`library`]: the content this page holds: installed bundles, each area parsed once.
//! - [`offline`]: removes the offline copy (caches, service worker) when data is deleted.
//! - [`storage`]: the only code that touches `localStorage`.
//! - [`state`]: the one app-state context that pages read and change.
//! - [`ui`]: the router, the page layout, pages and small components.

pub mod assets;
pub mod boot;
pub mod browser;
pub mod library;
pub mod offline;
pub mod state;
pub mod storage;
pub mod ui;

/// Starts the app as build `B` (the shell or the full app: `src/main.rs` chooses), replacing
/// the pre-rendered page, and hides the start-up message.
///
/// Everything after the panic hook runs in later tasks, not in the one that instantiated the
/// WebAssembly, so that no task blocks a slow phone's main thread for long (Lighthouse's
/// total blocking time): [`begin`], then the mount. In the full build [`begin`] first loads
/// the content the page shows, so the page that is on screen (pre-rendered, or "Loading
/// Heard…") is replaced by the finished page, not by a loading line. If a bundle cannot be
/// loaded the app mounts anyway and the page says so.
pub fn start<B: ui::build::Build>() {
    boot::install_panic_hook();
    ui::route::set_every_page(B::EVERY_PAGE);
    leptos::prelude::set_timeout(begin::<B>, std::time::Duration::ZERO);
}

/// Asks for the content bundles the page needs (the full app, which holds every page), then
/// schedules the mount. `B::EVERY_PAGE` is a constant, so the shell's wasm holds none of the
/// loading code.
fn begin<B: ui::build::Build>() {
    if B::EVERY_PAGE {
        let path = web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_default();
        let areas = ui::route::Route::parse(&path).areas();
        if !areas.is_empty() {
            let waiting = std::rc::Rc::new(std::cell::Cell::new(areas.len()));
            for &area in &areas {
                let waiting = waiting.clone();
                let areas = areas.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    // A failure shows on the page itself, with a way to retry.
                    let _ = assets::ensure_area(area).await;
                    waiting.set(waiting.get() - 1);
                    if waiting.get() == 0 {
                        // Parse each area (a large one part by part), then mount, each in a
                        // task of its own so that none is long (timers of equal delay run in
                        // the order they were set).
                        for area in areas {
                            for &part in library::parts(area) {
                                leptos::prelude::set_timeout(part, std::time::Duration::ZERO);
                            }
                            leptos::prelude::set_timeout(
                                move || {
                                    library::prepare(area);
                                },
                                std::time::Duration::ZERO,
                            );
                        }
                        leptos::prelude::set_timeout(mount::<B>, std::time::Duration::ZERO);
                    }
                });
            }
            return;
        }
    }
    leptos::prelude::set_timeout(mount::<B>, std::time::Duration::ZERO);
}

/// Mounts the app in six short tasks, so that none blocks a slow phone for long (most of
/// each is V8 compiling, on first call, the wasm functions it runs):
/// 1. the learner's data, read from storage;
/// 2. the contexts built on it (`ui::app::provide_contexts`);
/// 3. the header, into a detached frame element;
/// 4. the banners, the empty `<main>` and the footer;
/// 5. the page, into `<main>`;
/// 6. after any part the page builds a task later (`ui::next_task`), the pre-rendered copy is
///    swapped for the finished app in one go, so a learner never sees a half-built page.
///
/// All share one owner, so everything sees the contexts. Timers of equal delay run in the
/// order they were set.
fn mount<B: ui::build::Build>() {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(frame) = document
        .create_element("div")
        .ok()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let owner = Owner::new();
    let app = owner.with(state::AppState::load);
    in_next_task(&owner, move || ui::app::provide_contexts(app));
    let el = frame.clone();
    in_next_task(&owner, move || {
        leptos::mount::mount_to(el, ui::layout::Header).forget();
    });
    let el = frame.clone();
    in_next_task(&owner, move || {
        leptos::mount::mount_to(el, ui::layout::main_and_footer::<B>).forget();
    });
    let page_owner = owner.clone();
    in_next_task(&owner, move || {
        let main = frame
            .query_selector("#main")
            .ok()
            .flatten()
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(main) = main {
            leptos::mount::mount_to(main, ui::app::page::<B>).forget();
        }
        // Queued after any task the page queued while mounting (`ui::next_task`).
        in_next_task(&page_owner, move || {
            boot::clear_prerendered();
            if let Some(body) = document.body() {
                while let Some(node) = frame.first_child() {
                    let _ = body.append_child(&node);
                }
            }
            boot::started();
        });
    });
    // The app lives as long as the page.
    std::mem::forget(owner);
}

/// Runs `step` under `owner` (so it sees the contexts) in a task of its own, after every task
/// queued before it.
fn in_next_task(owner: &leptos::prelude::Owner, step: impl FnOnce() + 'static) {
    let owner = owner.clone();
    leptos::prelude::set_timeout(move || owner.with(step), std::time::Duration::ZERO);
}
