//! Notices shown above every page while they apply: workshop mode (with the way out of it),
//! and about this device's storage: unreadable data set aside (with a download that Import
//! accepts), memory-only sessions, data from a newer Heard, and a save that failed. Each says
//! what happened, what it means, and what to do. In workshop mode, on a shared screen, none
//! shows anything of the learner's or offers their data.

use crate::state::use_app;
use crate::ui::build::Build;
use crate::ui::confirm::Confirm;
use crate::ui::route::Route;
use crate::ui::router::use_nav;
use heard_domain::persistence::Mode;
use leptos::prelude::*;

/// The banners in build `B`, whose notice of a failed save is its own.
pub fn banners<B: Build>() -> impl IntoView {
    let app = use_app();
    let workshop = move || app.workshop.get();
    view! {
        <div class="banners">
            {move || workshop().then(|| view! { <WorkshopBanner/> })}
            {move || match app.mode.get() {
                Mode::Saving => None,
                Mode::MemoryOnly { reason } => Some(view! {
                    <section class="banner banner--warn" role="status" aria-labelledby="banner-memory">
                        <h2 id="banner-memory">"Your progress won't be kept on this device"</h2>
                        <p>
                            "This browser is not letting Heard save anything, so everything you do stays in this tab and is gone when you close it. You can still use all of Heard."
                        </p>
                        <p class="banner__detail">"The browser said: " {reason}</p>
                    </section>
                }.into_any()),
                Mode::ReadOnlyNewer { found } => Some(view! {
                    <section class="banner banner--warn" role="status" aria-labelledby="banner-newer">
                        <h2 id="banner-newer">"Your saved progress is from a newer version of Heard"</h2>
                        <p>
                            "This page is an older version, so it will not change that data, and what you do here now won't be kept. Reloading the page usually brings the newer version."
                        </p>
                        <p class="banner__detail">{format!("Saved data format: {found}.")}</p>
                    </section>
                }.into_any()),
                Mode::UpdatedElsewhere { found } => Some(view! {
                    <section class="banner banner--alert" role="alert" aria-labelledby="banner-updated">
                        <h2 id="banner-updated">"Heard was updated in another tab: reload"</h2>
                        <p>
                            "A newer version of Heard saved your progress in another tab. This tab is the older version, so it has stopped saving rather than write over that. Reload this page to carry on where you are."
                        </p>
                        <div class="actions">
                            <button type="button" class="button" on:click=move |_| reload()>"Reload"</button>
                        </div>
                        <p class="banner__detail">{format!("Saved data format: {found}.")}</p>
                    </section>
                }.into_any()),
            }}
            {B::save_failed()}
            {move || (!workshop()).then(|| view! { <Quarantine/> })}
        </div>
    }
}

/// A failed save, with a way to export (not in workshop mode). Only the full app saves (the
/// shell's pages record nothing), so only its build (`ui::build`) shows this.
pub fn save_failed() -> impl IntoView {
    let app = use_app();
    move || {
        (!app.workshop.get()).then(|| {
            app.save_error
                .get()
                .map(|why| view! { <SaveFailed why=why/> })
        })
    }
}

fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Workshop mode is on: says so on every page, with the one way out.
#[component]
fn WorkshopBanner() -> impl IntoView {
    let app = use_app();
    let nav = use_nav();
    let leave = move |_| {
        app.leave_workshop();
        // A workshop page would only turn it on again.
        if matches!(
            nav.route(),
            Route::Workshop | Route::Present(..) | Route::Triads | Route::Triad(_)
        ) {
            nav.go(&Route::Home);
        }
    };
    view! {
        <section class="banner banner--workshop" aria-labelledby="banner-workshop">
            <h2 id="banner-workshop">"Workshop mode is on"</h2>
            <p>"On every page, nothing is saved on this device and nothing of the learner's own is shown, until you leave workshop mode."</p>
            <div class="actions">
                <button type="button" class="button button--quiet" on:click=leave>"Leave workshop mode"</button>
            </div>
        </section>
    }
}

/// A save failed (often a full quota): nothing in memory is lost, and exporting keeps a copy
/// safe whatever happens to storage. Cleared by the next successful save.
#[component]
fn SaveFailed(why: String) -> impl IntoView {
    let app = use_app();
    let message = RwSignal::new(String::new());
    let export = move |_| {
        message.set(match app.export() {
            Ok(()) => "Your data was saved as a file.".into(),
            Err(e) => format!("The download did not start ({e})."),
        });
    };
    view! {
        <section class="banner banner--alert" role="alert" aria-labelledby="banner-save">
            <h2 id="banner-save">"Your latest progress couldn't be saved"</h2>
            <p>
                "Nothing is lost while this tab stays open. Heard will try again the next time you answer. Export your data now to keep a copy safe. If your browser's storage is full, clearing other sites' data can help."
            </p>
            <div class="actions">
                <button type="button" class="button" on:click=export>"Export my data"</button>
            </div>
            <p class="banner__detail">"The browser said: " {why}</p>
            <p class="banner__detail" role="status">{move || message.get()}</p>
        </section>
    }
}

/// Offers the set-aside copies of unreadable data as one file that Import accepts (what can be
/// read, with the rest carried as text), and lets the learner delete them.
#[component]
fn Quarantine() -> impl IntoView {
    let app = use_app();
    let message = RwSignal::new(None::<String>);
    let download = move |_| {
        message.set(Some(match app.download_set_aside() {
            Ok(()) => "Downloaded heard-set-aside-data.json. To bring back what can be read, import it on My progress (Your data, Import): Heard says there what it could not read, which stays in the file.".into(),
            Err(e) => format!("The download did not start ({e})."),
        }));
    };
    let delete = move |()| {
        let keys: Vec<String> = app
            .quarantine
            .get_untracked()
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        for key in keys {
            if let Err(e) = app.remove_quarantined(&key) {
                message.set(Some(format!("Could not delete it ({e}).")));
                return;
            }
        }
    };
    move || {
        (!app.quarantine.with(Vec::is_empty)).then(|| {
            view! {
                <section class="banner banner--alert" role="alert" aria-labelledby="banner-quarantine">
                    <h2 id="banner-quarantine">"Some saved data couldn't be read"</h2>
                    <p>
                        "Heard found data on this device that it could not read, so it set that part aside, untouched, and kept everything else. Download it as a file you can import to bring back what can be read, or delete it."
                    </p>
                    {move || app.quarantined_now.get().map(|why| view! { <p class="banner__detail">"Why: " {why}</p> })}
                    <div class="actions">
                        <button type="button" class="button" on:click=download>"Download the set-aside data"</button>
                        <Confirm label="Delete it" question="Delete it for good?" yes="Yes, delete it" no="Keep it" on_confirm=Callback::new(delete)/>
                    </div>
                    {move || message.get().map(|m| view! { <p class="banner__detail" role="status">{m}</p> })}
                </section>
            }
        })
    }
}
