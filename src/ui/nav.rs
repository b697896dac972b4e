//! The main navigation as data, from the catalogue's routes.

use crate::ui::route::Route;

/// `(page, label)` in the order they appear.
pub const MAIN: &[(Route, &str)] = &[
    (Route::Home, "Home"),
    (Route::Course, "Course"),
    (Route::Practise, "Practise"),
    (Route::Workshop, "Workshop"),
    (Route::Progress, "My progress"),
    (Route::About, "About & privacy"),
    (Route::Sources, "Sources"),
];

/// Where "Get help now" goes: one step from every page.
pub const HELP: Route = Route::Help;
