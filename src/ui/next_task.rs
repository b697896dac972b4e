//! [`NextTask`]: builds a heavy part of a page in a task of its own, one task after the rest
//! of the page.
//!
//! On a first visit most of building a view is V8 compiling, on first call, the wasm
//! functions it runs, and a page built in one task can keep a slow phone's main thread busy
//! for several frames. `crate::start` swaps the finished app in for the pre-rendered page in a
//! task queued after the page has mounted, so the part built here is already there when the
//! learner first sees the app: nothing appears late and nothing shifts.

use leptos::prelude::*;
use std::time::Duration;

/// Renders `children` in the next task (a zero-delay timer), not in this one.
#[component]
pub fn NextTask(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    set_timeout(
        // The page may be gone by then (its signal disposed): then there is nothing to do.
        move || {
            let _ = ready.try_set(true);
        },
        Duration::ZERO,
    );
    move || ready.get().then(|| children())
}
