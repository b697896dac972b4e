//! Heard's domain: everything the app knows that is not about the browser.
//!
//! Read this crate as the table of contents of the app's logic:
//! - [`catalog`]: the one table of areas, exercises, progress keys and pages (routes), from
//!   which bundles, keys, links and the list of every page are derived.
//! - [`content`]: the course and practice material, loaded from the embedded `content/` files,
//!   plus the registry of sources and principles every item points back to.
//! - [`feedback`]: the on-device engine that labels what a written response does.
//! - [`partner`]: the practice partner: a conversation where the peer answers what was written.
//! - [`prose`]: the tiny text markup lessons and pages are written in, parsed into blocks that
//!   the UI renders as text (never as HTML).
//! - [`progress`]: what a learner has done, as a value type changed only by named transitions.
//! - [`score`]: a result from 0 to 100, read by both `progress` and `scheduler`.
//! - [`scheduler`]: when an item the learner has met is due for review (Leitner boxes).
//! - [`shuffle`]: the order options are shown in: seeded by the item and the attempt, so no
//!   answer is given away by its position.
//! - [`schema`]: the stored-data envelope, its versions and migrations.
//! - [`transfer`]: export, import (validated before anything changes) and merging two copies.
//! - [`workshop`]: what a trainer projects: exercise items as slides, and the presenter steps.
//! - [`limits`]: the ranges, lengths and counts sound data stays within.
//! - [`persistence`]: the key-value trait the browser module implements, Heard's keys, and
//!   "delete all", so the browser module stays thin and the rules test natively.
//! - [`tab`]: one tab's copy of the data and its rules (first visit, newer data, memory only,
//!   re-checking storage before every write, following other tabs).
//! - [`quarantine`]: setting unreadable data aside, and recovering it as an importable file.
//!
//! Invariant: nothing here imports leptos, web_sys, js_sys or gloo (see `tests/tidy.rs`).

pub mod catalog;
pub mod content;
pub mod feedback;
pub mod limits;
pub mod partner;
pub mod persistence;
pub mod progress;
pub mod prose;
pub mod quarantine;
pub mod review;
pub mod scheduler;
pub mod schema;
pub mod score;
pub mod shuffle;
pub mod tab;
pub mod transfer;
pub mod workshop;

/// Milliseconds since the Unix epoch. The UI passes the browser clock; tests pass a fake one.
pub type Millis = i64;

/// One day in [`Millis`].
pub const DAY: Millis = 24 * 60 * 60 * 1000;
