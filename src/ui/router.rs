//! Client-side navigation over [`Route`], using the browser's History API.
//!
//! Why not leptos_router: measured on this app, it adds about 43 KB (brotli) to a first visit
//! whose whole budget is 150 KB; our needs are a typed route match, links, back/forward and
//! focus management, which this ~100-line module covers. Links are real `<a href>` elements,
//! so opening in a new tab, copying a link, and deep links on a static host all still work.

use crate::ui::route::{in_this_build, Route};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The current route, shared through context. Not a Memo: parsing a path is cheap.
#[derive(Clone, Copy)]
pub struct Nav {
    path: RwSignal<String>,
}

impl Nav {
    /// Reads the address bar and follows back/forward for the life of the page.
    pub fn provide() -> Nav {
        let nav = Nav {
            path: RwSignal::new(current_path()),
        };
        let handle = window_event_listener(ev::popstate, move |_| nav.path.set(current_path()));
        // The listener lives as long as the app (the whole page); nothing to clean up.
        std::mem::forget(handle);
        provide_context(nav);
        nav
    }

    /// The route being shown (reactive).
    pub fn route(&self) -> Route {
        Route::parse(&self.path.get())
    }

    /// The current path (reactive).
    pub fn path(&self) -> String {
        self.path.get()
    }

    /// Shows `to` without reloading: pushes it to history, scrolls to the top, and moves
    /// focus to the main region so keyboard and screen-reader users start at the new content.
    pub fn go(&self, to: &Route) {
        let href = to.href();
        let href = href.as_str();
        if let Some(window) = web_sys::window() {
            if let Ok(history) = window.history() {
                let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href));
            }
            window.scroll_to_with_x_and_y(0.0, 0.0);
            let main = window
                .document()
                .and_then(|d| d.get_element_by_id("main"))
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(main) = main {
                let _ = main.focus();
            }
        }
        self.path.set(href.to_string());
    }
}

fn current_path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".into())
}

/// The navigation handle provided at the root.
pub fn use_nav() -> Nav {
    expect_context::<Nav>()
}

/// An in-app link to a route (never a hand-written path: see `domain/tests/tidy.rs`): a plain
/// click navigates without reloading; a modified click (new tab, new window, download) is
/// left to the browser. Marks itself `aria-current="page"` when it points at the page being
/// shown.
#[component]
pub fn Link(
    to: Route,
    #[prop(into, optional)] class: Option<String>,
    children: Children,
) -> impl IntoView {
    let nav = use_nav();
    let href = to.href();
    let here = in_this_build(&to);
    let target = to.clone();
    let current = move || (nav.route() == to).then_some("page");
    let on_click = move |e: web_sys::MouseEvent| {
        // A page that lives in the other build is an ordinary navigation: the host serves it.
        if here
            && e.button() == 0
            && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key())
        {
            e.prevent_default();
            nav.go(&target);
        }
    };
    view! {
        <a href=href class=class aria-current=current on:click=on_click>
            {children()}
        </a>
    }
}
