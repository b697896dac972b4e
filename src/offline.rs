//! The offline copy's side of "Delete all my data": removes Heard's caches and unregisters its
//! service worker (see scripts/sw.template.js), so nothing of Heard is left in this browser.
//! The worker itself is registered by `public/boot.js`, outside the app.
//!
//! The worker is unregistered first, so that one still installing a new version is stopped
//! before the caches go, and cannot write its cache after them. The worker in charge keeps
//! answering this page until it closes, but only ever reads caches (`caches.match`), so the
//! page's next request cannot bring an empty cache back.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};

/// Every cache the worker makes is named with this prefix.
const CACHE_PREFIX: &str = "heard-";

/// Starts removing the offline copy; it finishes in the background. Failures are ignored:
/// there is nothing the learner could do about them, and their data is already deleted.
pub fn forget() {
    spawn_local(async {
        let Some(window) = web_sys::window() else {
            return;
        };
        let workers = window.navigator().service_worker();
        if let Ok(list) = JsFuture::from(workers.get_registrations()).await {
            for reg in js_sys::Array::from(&list).iter() {
                if let Ok(reg) = reg.dyn_into::<web_sys::ServiceWorkerRegistration>() {
                    if let Ok(done) = reg.unregister() {
                        let _ = JsFuture::from(done).await;
                    }
                }
            }
        }
        if let Ok(caches) = window.caches() {
            if let Ok(keys) = JsFuture::from(caches.keys()).await {
                for key in js_sys::Array::from(&keys)
                    .iter()
                    .filter_map(|k| k.as_string())
                {
                    if key.starts_with(CACHE_PREFIX) {
                        let _ = JsFuture::from(caches.delete(&key)).await;
                    }
                }
            }
        }
    });
}
