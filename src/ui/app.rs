//! The root component: provides the app state and navigation, then shows the current page.

use crate::state::AppState;
use crate::ui::layout::Layout;
use crate::ui::pages::{
    about::About, help::Help, home::Home, not_found::NotFound, sources::Sources,
};
use crate::ui::route::Route;
use crate::ui::router::Nav;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    provide_context(AppState::load());
    let nav = Nav::provide();
    view! {
        <Layout>
            {move || match nav.route() {
                Route::Home => view! { <Home/> }.into_any(),
                Route::About => view! { <About/> }.into_any(),
                Route::Sources => view! { <Sources/> }.into_any(),
                Route::Help => view! { <Help/> }.into_any(),
                Route::NotFound(_) => view! { <NotFound/> }.into_any(),
            }}
        </Layout>
    }
}
