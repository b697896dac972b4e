//! The app's pages are the catalogue's [`Route`]s (`heard_domain::catalog`): parsing an
//! address and formatting one are pure domain functions, tested natively there. This module
//! adds only what depends on the build: whether this build holds a route.

pub use heard_domain::catalog::Route;

/// Can this build show the route without loading another build?
pub fn in_this_build(route: &Route) -> bool {
    cfg!(feature = "full") || route.in_shell()
}
