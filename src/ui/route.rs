//! The app's pages are the catalogue's [`Route`]s (`heard_domain::catalog`): parsing an
//! address and formatting one are pure domain functions, tested natively there. This module
//! adds only what depends on the build (`ui::build`): whether this build holds a route.

pub use heard_domain::catalog::Route;
use std::sync::atomic::{AtomicBool, Ordering};

/// The running build holds every page (`Build::EVERY_PAGE`), set once as it starts. A flag
/// the links read, rather than a type they carry: every page has links, and only this differs.
static EVERY_PAGE: AtomicBool = AtomicBool::new(false);

/// Records which build is running (`crate::start`, once).
pub(crate) fn set_every_page(every_page: bool) {
    EVERY_PAGE.store(every_page, Ordering::Relaxed);
}

/// Can this build show the route without loading another build?
pub fn in_this_build(route: &Route) -> bool {
    EVERY_PAGE.load(Ordering::Relaxed) || route.in_shell()
}
