//! The catalogue: the one table of what Heard holds and where it lives. Areas ([`Area`]), the
//! practice exercises ([`Exercise`]), progress keys ([`ItemKey`]) and pages ([`Route`]) are
//! defined here once, and every other list is derived from them: the content bundles
//! (`build.rs` includes `area.rs`), progress keys, links, which page shows, the lists on
//! Practise and My progress, review links, and [`every_route`], the list of every page.
//!
//! Adding an exercise: a variant in `exercise.rs` (area, slug, label, blurb), its content
//! folder and parser, and its page module. Tests below derive their cases from here.

mod area;
mod every;
mod exercise;
mod key;
mod route;

#[cfg(test)]
mod tests;

pub use area::Area;
pub use every::every_route;
pub use exercise::Exercise;
pub use key::{area_of, is_slug, lesson_key, reflection_key, ItemKey};
pub use route::Route;
