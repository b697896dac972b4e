//! `ui::next_task::NextTask` in headless Chromium: what it wraps is not built in the task that
//! mounts it, and is there after that task's timers have run (run by `cargo test --target
//! wasm32-unknown-unknown --test browser_next_task`).
#![cfg(target_arch = "wasm32")]

use heard::ui::next_task::NextTask;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Resolves after a zero-delay timer set now, which runs after any timer set earlier.
async fn next_timer() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let window = web_sys::window().expect("a window");
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .expect("timer set");
    });
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .expect("timer fired");
}

#[wasm_bindgen_test]
async fn next_task_builds_its_children_one_task_after_the_mount() {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let host: web_sys::HtmlElement = document
        .create_element("div")
        .expect("div")
        .dyn_into()
        .expect("an HTML element");
    let mounted = leptos::mount::mount_to(host.clone(), || {
        view! {
            <p id="now">"Built with the page"</p>
            <NextTask><p id="later">"Built a task later"</p></NextTask>
        }
    });
    assert!(host.query_selector("#now").ok().flatten().is_some());
    assert!(
        host.query_selector("#later").ok().flatten().is_none(),
        "the wrapped part must not be built in the mounting task"
    );
    next_timer().await;
    assert!(
        host.query_selector("#later").ok().flatten().is_some(),
        "the wrapped part is built once the next task has run"
    );
    drop(mounted);
}
