//! The frame of every page: skip link, header (name, "Get help now", main navigation),
//! storage banners, the main region, and a footer that says what Heard is not. It comes in
//! two parts, [`Header`] and [`main_and_footer`], so that start-up can build them in separate
//! short tasks; the page itself is mounted into the empty `<main>` afterwards.
//! (Focus moves to the main region on each navigation: see [`crate::ui::router::Nav::go`].)

use crate::ui::banners::banners;
use crate::ui::build::Build;
use crate::ui::nav;
use crate::ui::route::Route;
use crate::ui::router::Link;
use leptos::prelude::*;

/// The top of every page: the skip link and the header (name, "Get help now", navigation).
/// Mounted in a task of its own, before [`main_and_footer`] (see `crate::start`).
#[component]
pub fn Header() -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="site-header">
            <div class="site-header__bar">
                <Link to=Route::Home class="brand">
                    <span class="brand__mark" aria-hidden="true"></span>
                    "Heard"
                </Link>
                <Link to=nav::HELP class="help-now">"Get help now"</Link>
            </div>
            <nav class="site-nav" aria-label="Main">
                <ul>
                    {nav::MAIN
                        .iter()
                        .map(|(to, label)| view! { <li><Link to=to.clone()>{*label}</Link></li> })
                        .collect_view()}
                </ul>
            </nav>
        </header>
    }
}

/// The rest of the frame in build `B`: storage banners (with the build's notice of a failed
/// save), the (empty) main region the page is mounted into, and the footer.
pub fn main_and_footer<B: Build>() -> impl IntoView {
    view! {
        {banners::<B>()}
        <main id="main" tabindex="-1" class="page"></main>
        <footer class="site-footer">
            <p>
                "Heard is for learning peer support skills. It is not therapy, and it is not a crisis service. "
                <Link to=nav::HELP>"Get help now"</Link>
                " if you or someone else is in danger."
            </p>
            <p>
                "Everything you do here stays in this browser. "
                <Link to=Route::About>"About & privacy"</Link>
                " · "
                <Link to=Route::Sources>"Sources"</Link>
            </p>
        </footer>
    }
}
