//! `/journal`: the learner's private notes, newest first, fifty at a time: add, edit and delete
//! (with a confirmation). Text is shown as text, never as HTML; spell-check is off unless the
//! learner turns it on. Hidden in workshop mode.
//!
//! A note is the schema's [`Note`] (text, an optional reflection prompt, times). The optional
//! title is kept as the note's first line, so the stored schema does not change: a note of more
//! than one line shows its first line as its title.

use super::{when, words, WorkshopHidden};
use crate::browser::{focus_after_render, now, set_title};
use crate::state::use_app;
use crate::ui::confirm::Confirm;
use crate::ui::spelling::{spellcheck, Spelling};
use heard_domain::schema::Note;
use heard_domain::transfer::MAX_NOTE_CHARS;
use leptos::prelude::*;

/// `(title, body)` of a note's text: the first line is the title when there is more than one.
fn split(text: &str) -> (Option<&str>, &str) {
    match text.split_once('\n') {
        Some((title, body)) if !title.trim().is_empty() && !body.trim().is_empty() => {
            (Some(title.trim()), body)
        }
        _ => (None, text),
    }
}

/// The stored text for a title (may be empty) and a body.
fn join(title: &str, body: &str) -> String {
    let title = title.trim().replace('\n', " ");
    if title.is_empty() {
        body.trim().to_string()
    } else {
        format!("{title}\n{}", body.trim())
    }
}

#[component]
pub fn JournalPage() -> impl IntoView {
    set_title("Journal");
    let app = use_app();
    move || {
        if app.workshop.get() {
            return view! { <WorkshopHidden title="Journal"/> }.into_any();
        }
        view! {
            <h1>"Journal"</h1>
            <p class="lead">"Private notes for yourself: what you noticed, what you want to try. They stay in this browser, and are never shown in workshop mode."</p>
            <NoteForm id=None/>
            <Notes/>
        }
        .into_any()
    }
}

/// Adds a note (`id` is `None`) or edits one.
#[component]
fn NoteForm(id: Option<String>, #[prop(optional)] on_done: Option<Callback<()>>) -> impl IntoView {
    let app = use_app();
    let existing = id
        .as_ref()
        .and_then(|id| app.data.with_untracked(|d| d.journal.get(id).cloned()));
    let (t0, b0) = existing
        .as_ref()
        .map_or((String::new(), String::new()), |n| {
            let (t, b) = split(&n.text);
            (t.unwrap_or_default().to_string(), b.to_string())
        });
    let title = RwSignal::new(t0);
    let body = RwSignal::new(b0);
    let message = RwSignal::new(String::new());
    let spelling = RwSignal::new(false);
    let prefix = id.clone().unwrap_or_else(|| "new".into());
    let title_id = format!("note-title-{prefix}");
    let body_id = format!("note-text-{prefix}");
    let editing = id.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = join(&title.get_untracked(), &body.get_untracked());
        if body.with_untracked(|b| b.trim().is_empty()) {
            message.set("Write something in the note first.".into());
            return;
        }
        if text.chars().count() > MAX_NOTE_CHARS {
            message.set(format!(
                "That note is too long: keep it under {MAX_NOTE_CHARS} characters."
            ));
            return;
        }
        let at = now();
        match &editing {
            Some(id) => {
                let id = id.clone();
                app.update(move |d| {
                    // Only a note that is still there (another tab may have deleted it).
                    if let Some(prompt) = d.journal.get(&id).map(|n| n.prompt.clone()) {
                        d.put_note(&id, text, prompt, at);
                    }
                });
            }
            None => {
                app.update(move |d| {
                    let mut key = format!("note-{at}");
                    let mut n = 1;
                    while d.journal.contains_key(&key) || d.deleted.contains_key(&key) {
                        key = format!("note-{at}-{n}");
                        n += 1;
                    }
                    d.put_note(&key, text, None, at);
                });
                title.set(String::new());
                body.set(String::new());
                message.set("Note added.".into());
            }
        }
        if let Some(f) = on_done {
            f.run(());
        }
    };
    let heading = if id.is_some() {
        "Edit the note"
    } else {
        "Add a note"
    };
    let button = if id.is_some() {
        "Save the note"
    } else {
        "Add the note"
    };
    let cancel = on_done.filter(|_| id.is_some());
    view! {
        <form class="note-form" on:submit=submit aria-label=heading>
            {id.is_none().then(|| view! { <h2>{heading}</h2> })}
            <div class="field">
                <label for=title_id.clone()>"Title (optional)"</label>
                <input id=title_id type="text" maxlength="200" spellcheck=spellcheck(spelling) prop:value=move || title.get() on:input=move |ev| title.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for=body_id.clone()>"Note"</label>
                <textarea id=body_id rows="5" maxlength=MAX_NOTE_CHARS.to_string() spellcheck=spellcheck(spelling) prop:value=move || body.get() on:input=move |ev| body.set(event_target_value(&ev))></textarea>
                <Spelling on=spelling/>
            </div>
            <div class="actions">
                <button type="submit" class="button">{button}</button>
                {cancel.map(|f| view! { <button type="button" class="button button--quiet" on:click=move |_| f.run(())>"Cancel"</button> })}
            </div>
            <p class="status" role="status">{move || message.get()}</p>
        </form>
    }
}

/// How many notes the journal lists at first, and adds with each "Show more".
const PAGE: usize = 50;

#[component]
fn Notes() -> impl IntoView {
    let app = use_app();
    let editing = RwSignal::new(None::<String>);
    let shown = RwSignal::new(PAGE);
    let notes = move || {
        app.data.with(|d| {
            let mut all: Vec<(String, Note)> = d
                .journal
                .iter()
                .map(|(k, n)| (k.clone(), n.clone()))
                .collect();
            all.sort_by(|a, b| b.1.created_at.cmp(&a.1.created_at).then(b.0.cmp(&a.0)));
            all
        })
    };
    view! {
        <h2 id="notes-heading">"Your notes"</h2>
        {move || {
            let all = notes();
            if all.is_empty() {
                return view! { <p>"No notes yet."</p> }.into_any();
            }
            let more = all.len().saturating_sub(shown.get());
            view! {
                <ul class="notes" aria-labelledby="notes-heading">
                    {all.into_iter().take(shown.get()).map(|(id, note)| {
                        let is_editing = editing.get().as_deref() == Some(id.as_str());
                        if is_editing {
                            let done = Callback::new(move |()| editing.set(None));
                            return view! { <li class="card note"><NoteForm id=Some(id.clone()) on_done=done/></li> }.into_any();
                        }
                        let (title, body) = split(&note.text);
                        let (title, body) = (title.map(str::to_string), body.to_string());
                        let edit_id = id.clone();
                        let del_id = id.clone();
                        let edited = (note.updated_at != note.created_at).then(|| format!(" · edited {}", when(note.updated_at)));
                        view! {
                            <li class="card note">
                                {title.map(|t| view! { <h3 class="note__title">{t}</h3> })}
                                {note.prompt.as_ref().map(|p| view! { <p class="meta">{format!("Answer to: {}", words(p))}</p> })}
                                <p class="note__text">{body}</p>
                                <p class="meta">{format!("Written {}{}", when(note.created_at), edited.unwrap_or_default())}</p>
                                <div class="actions">
                                    <button type="button" class="button button--quiet" on:click=move |_| { editing.set(Some(edit_id.clone())); focus_after_render(&format!("note-text-{edit_id}")); }>"Edit"</button>
                                    <Confirm label="Delete" question="Delete this note for good?" yes="Yes, delete it" no="Keep it" on_confirm=Callback::new(move |()| app.delete_note(&del_id))/>
                                </div>
                            </li>
                        }.into_any()
                    }).collect_view()}
                </ul>
                {(more > 0).then(|| view! {
                    <div class="actions">
                        <button type="button" class="button button--quiet" on:click=move |_| shown.update(|n| *n = n.saturating_add(PAGE))>
                            {format!("Show more notes ({more} more)")}
                        </button>
                    </div>
                })}
            }.into_any()
        }}
    }
}
