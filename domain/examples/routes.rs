//! Prints every page the catalogue knows, one path per line (`/`, `/course/<lesson>`,
//! `/practise/<area>/<exercise>/<id>`, `/workshop/present/…`, `/journal`, …), for the build's
//! pre-rendered pages: `cargo run -p heard-domain --example routes`.

use std::io::Write;

fn main() {
    // Every area, read from this build's bundles as the app reads a fetched one.
    let built = heard_domain::content::Built::parse();
    let routes = match heard_domain::catalog::every_route(&built) {
        Ok(routes) => routes,
        Err(e) => {
            eprintln!("routes: the content does not load: {e}");
            std::process::exit(1);
        }
    };
    let mut out = std::io::stdout().lock();
    for route in routes {
        if writeln!(out, "{}", route.href()).is_err() {
            std::process::exit(1);
        }
    }
}
