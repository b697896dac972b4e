//! The user interface: a thin layer of Leptos components over the domain.
//!
//! - [`app`]: the root: state, navigation, and which page shows.
//! - [`build`]: the two builds (the shell, the full app) and what each holds beyond the other.
//! - [`route`]: every page as a typed route (pure: parse a path, build an href).
//! - [`router`]: History-API navigation and the `Link` component.
//! - [`area`]: shows an area's pages once its content bundle has loaded.
//! - [`area_pages`]: the pages every practice area has, and what an area adds to them.
//! - [`confirm`]: ask-then-act buttons for anything that cannot be undone.
//! - [`layout`]: the frame around every page (skip link, header with "Get help now", footer).
//! - [`nav`]: the main navigation, as data.
//! - [`banners`]: storage notices (set-aside data, memory only, newer data, failed saves).
//! - [`prose`]: renders content prose blocks as text nodes.
//! - [`content_note`]: "Before you start" for material with a content note.
//! - [`choice`]: a question answered by one choice: its state, and options that explain themselves.
//! - [`exercise_kit`]: what every exercise page shares (item status, next item, context choice).
//! - [`written`]: write a response and get the feedback engine's notes.
//! - [`spelling`]: the per-box switch for spell-check in private writing (off by default).
//! - [`next_task`]: builds a heavy part of a page one task after the rest.
//! - [`pages`]: one module per route.

pub mod app;
pub mod area;
pub mod area_pages;
pub mod banners;
pub mod build;
pub mod choice;
pub mod confirm;
pub mod content_note;
pub mod exercise_kit;
pub mod layout;
pub mod nav;
pub mod next_task;
pub mod pages;
pub mod prose;
pub mod route;
pub mod router;
pub mod spelling;
pub mod written;
