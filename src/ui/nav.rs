//! The main navigation as data: each area adds its entry here when it lands.

/// `(path, label)` in the order they appear.
pub const MAIN: &[(&str, &str)] = &[
    ("/", "Home"),
    ("/course", "Course"),
    ("/practise", "Practise"),
    ("/workshop", "Workshop"),
    ("/progress", "My progress"),
    ("/about", "About & privacy"),
    ("/sources", "Sources"),
];

/// Where "Get help now" goes: one step from every page.
pub const HELP: &str = "/help";
