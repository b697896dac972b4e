//! The offline copy's side of "Delete all my data": removes Heard's caches and unregisters its
//! service worker (see scripts/sw.template.js), so nothing of Heard is left in this browser.
//! The worker itself is registered by `public/boot.js`, outside the app.
//!
//! The order matters, because a worker may still be busy: one installing a new version would
//! write its cache after the deletion, and the worker in charge keeps answering this page's
//! requests until the page closes. So each worker is first told to forget (it then never
//! writes a cache again and answers from the network; it acknowledges, or a second passes),
//! then unregistered, and only then are the caches deleted.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::ServiceWorkerRegistration;

/// Every cache the worker makes is named with this prefix.
const CACHE_PREFIX: &str = "heard-";

/// How long to wait for a worker to acknowledge (a stopped worker never answers).
const ACK_WAIT_MS: i32 = 1000;

/// Starts removing the offline copy; it finishes in the background. Failures are ignored:
/// there is nothing the learner could do about them, and their data is already deleted.
pub fn forget() {
    spawn_local(async {
        let Some(window) = web_sys::window() else {
            return;
        };
        let registrations: Vec<ServiceWorkerRegistration> =
            JsFuture::from(window.navigator().service_worker().get_registrations())
                .await
                .map(|list| {
                    js_sys::Array::from(&list)
                        .iter()
                        .filter_map(|r| r.dyn_into().ok())
                        .collect()
                })
                .unwrap_or_default();
        for reg in &registrations {
            for worker in [reg.installing(), reg.waiting(), reg.active()]
                .into_iter()
                .flatten()
            {
                let _ = JsFuture::from(tell_to_forget(&window, &worker)).await;
            }
        }
        for reg in &registrations {
            if let Ok(done) = reg.unregister() {
                let _ = JsFuture::from(done).await;
            }
        }
        delete_caches(&window).await;
    });
}

/// Sends `{type: "FORGET"}` to `worker`; the promise settles when the worker acknowledges on
/// the message's port, or after [`ACK_WAIT_MS`].
fn tell_to_forget(window: &web_sys::Window, worker: &web_sys::ServiceWorker) -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, _| {
        let settle = {
            let resolve = resolve.clone();
            move || {
                let _ = resolve.call0(&JsValue::UNDEFINED);
            }
        };
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            Closure::once_into_js(settle.clone()).unchecked_ref(),
            ACK_WAIT_MS,
        );
        let Ok(channel) = web_sys::MessageChannel::new() else {
            return settle();
        };
        channel
            .port1()
            .set_onmessage(Some(Closure::once_into_js(settle.clone()).unchecked_ref()));
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"FORGET".into());
        if worker
            .post_message_with_transferable(&message, &js_sys::Array::of1(&channel.port2()))
            .is_err()
        {
            settle();
        }
    })
}

/// Deletes every cache whose name starts with [`CACHE_PREFIX`].
async fn delete_caches(window: &web_sys::Window) {
    let Ok(caches) = window.caches() else {
        return;
    };
    let Ok(keys) = JsFuture::from(caches.keys()).await else {
        return;
    };
    for key in js_sys::Array::from(&keys)
        .iter()
        .filter_map(|k| k.as_string())
    {
        if key.starts_with(CACHE_PREFIX) {
            let _ = JsFuture::from(caches.delete(&key)).await;
        }
    }
}
