//! "Your data" on My progress: export everything to one file, and import such a file back.
//!
//! Import checks the file's size before reading it, then [`transfer::import`] checks the rest;
//! the learner sees what would change ([`transfer::preview`]) and chooses to merge, replace or
//! cancel. A refused file shows its specific reason and changes nothing.

use super::when;
use crate::browser::now;
use crate::state::use_app;
use heard_domain::schema::StoredData;
use heard_domain::transfer::{self, ImportError, Preview, MAX_IMPORT_BYTES};
use heard_domain::DAY;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How long after an export the page starts reminding the learner to make another.
const REMIND_AFTER: heard_domain::Millis = 30 * DAY;

/// What the import part of the section is showing.
#[derive(Clone)]
enum Import {
    Idle,
    Reading,
    /// A sound file, waiting for the learner's choice; in a download of set-aside data, what
    /// could not be read.
    Ready(Box<StoredData>, Preview, Vec<String>),
    Refused(String),
    Done(String),
}

#[component]
pub fn YourData() -> impl IntoView {
    let app = use_app();
    let export_status = RwSignal::new(String::new());
    let export = move |_| {
        export_status.set(match app.export() {
            Ok(()) => {
                "Your data was saved as a file. Keep it somewhere safe: it holds your notes.".into()
            }
            Err(e) => format!("The download did not start ({e}). Nothing was changed."),
        });
    };
    let reminder = move || {
        let has_data = app
            .data
            .with(|d| !d.progress.is_empty() || !d.journal.is_empty());
        match app.last_export.get() {
            _ if !has_data => None,
            None => Some("You have not exported your data yet. Browsers sometimes clear what sites keep, so save a copy now and then.".to_string()),
            Some(at) if now() - at > REMIND_AFTER => Some(format!(
                "Your last export was on {}. Browsers sometimes clear what sites keep, so save a fresh copy.",
                when(at)
            )),
            Some(at) => Some(format!("Last exported on {}.", when(at))),
        }
    };
    view! {
        <section aria-labelledby="data-heading" class="your-data">
            <h2 id="data-heading">"Your data"</h2>
            <p>"Everything Heard keeps for you is in this browser only. Export it to one file to keep a copy or move to another device, then import it there."</p>
            {move || reminder().map(|r| view! { <p class="callout" id="export-reminder" data-learner="">{r}</p> })}
            <div class="actions">
                <button type="button" class="button" on:click=export>"Export my data"</button>
            </div>
            <p class="status" role="status">{move || export_status.get()}</p>
            <ImportFile/>
        </section>
    }
}

#[component]
fn ImportFile() -> impl IntoView {
    let app = use_app();
    let state = RwSignal::new(Import::Idle);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let clear_input = move || {
        if let Some(input) = input_ref.get_untracked() {
            input.set_value("");
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            state.set(Import::Idle);
            return;
        };
        // Checked before reading: a huge file is never loaded into memory.
        let size = file.size();
        if size > MAX_IMPORT_BYTES as f64 {
            state.set(Import::Refused(
                ImportError::TooLarge {
                    bytes: size as usize,
                }
                .to_string(),
            ));
            return;
        }
        state.set(Import::Reading);
        wasm_bindgen_futures::spawn_local(async move {
            let text = match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                Ok(v) => v.as_string(),
                Err(_) => None,
            };
            let Some(text) = text else {
                state.set(Import::Refused(
                    "The file could not be read. Try choosing it again.".into(),
                ));
                return;
            };
            match transfer::import(&text) {
                Ok(imported) => {
                    let preview = app
                        .data
                        .with_untracked(|d| transfer::preview(d, &imported.data));
                    state.set(Import::Ready(
                        Box::new(imported.data),
                        preview,
                        imported.unrecovered,
                    ));
                }
                Err(e) => state.set(Import::Refused(e.to_string())),
            }
        });
    };
    let merge = move |_| {
        if let Import::Ready(incoming, ..) = state.get_untracked() {
            app.import_merge(&incoming);
            clear_input();
            state.set(Import::Done(
                "Imported: the file's answers and notes were merged with what was here.".into(),
            ));
        }
    };
    let replace = move |_| {
        if let Import::Ready(incoming, ..) = state.get_untracked() {
            app.replace_with(*incoming);
            clear_input();
            state.set(Import::Done(
                "Imported: what was here was replaced by the file.".into(),
            ));
        }
    };
    let cancel = move |_| {
        clear_input();
        state.set(Import::Done(
            "Import cancelled. Nothing was changed.".into(),
        ));
    };
    view! {
        <h3 id="import-heading">"Import"</h3>
        <div class="field">
            <label for="import-file">"Choose a Heard export file (.json)"</label>
            <input id="import-file" type="file" accept=".json,application/json" node_ref=input_ref on:change=on_change/>
        </div>
        <div aria-live="polite" class="import-result">
            {move || match state.get() {
                Import::Idle => ().into_any(),
                Import::Reading => view! { <p class="loading">"Reading the file…"</p> }.into_any(),
                Import::Refused(why) => view! {
                    <div class="banner banner--alert" role="alert" id="import-error">
                        <h4>"That file was not imported"</h4>
                        <p>{why}</p>
                        <p>"Nothing on this device was changed."</p>
                    </div>
                }.into_any(),
                Import::Done(message) => view! { <p role="status">{message}</p> }.into_any(),
                Import::Ready(_, p, unrecovered) => view! {
                    <div class="card" id="import-preview">
                        <h4>"What importing this file would change"</h4>
                        <ul>
                            <li>{format!("{} new answers or lessons", p.new_records)}</li>
                            <li>{format!("{} answers or lessons more recent in the file", p.newer_records)}</li>
                            <li>{format!("{} new notes", p.new_notes)}</li>
                            <li>{format!("{} notes that differ", p.changed_notes)}</li>
                            <li>{format!("Replacing would remove {} things that are only here", p.lost_by_replace)}</li>
                        </ul>
                        {(!unrecovered.is_empty()).then(|| view! {
                            <div id="import-unrecovered">
                                <p>{format!("{} set-aside parts in this file could not be read. They stay in the file as they were, and will not be imported:", unrecovered.len())}</p>
                                <ul>
                                    {unrecovered.iter().take(20).cloned().map(|why| view! { <li>{why}</li> }).collect_view()}
                                    {(unrecovered.len() > 20).then(|| view! { <li>{format!("and {} more", unrecovered.len() - 20)}</li> })}
                                </ul>
                            </div>
                        })}
                        <div class="actions">
                            <button type="button" class="button" on:click=merge>"Merge with what is here"</button>
                            <button type="button" class="button button--quiet" on:click=replace>"Replace what is here"</button>
                            <button type="button" class="button button--quiet" on:click=cancel>"Cancel"</button>
                        </div>
                    </div>
                }.into_any(),
            }}
        </div>
    }
}
