//! `/course/record`: the completion record. The learner types the name they want on it and
//! prints it (or saves it as a PDF through the browser). It says clearly that it is
//! self-recorded, not a credential.

use crate::library::course;
use crate::state::use_app;
use crate::ui::area::AreaContent;
use crate::ui::pages::ContentError;
use crate::ui::route::Route;
use crate::ui::router::Link;
use heard_domain::content::course::{RecordError, AREA, NAME_MAX_CHARS};
use leptos::prelude::*;

#[component]
pub fn RecordPage() -> impl IntoView {
    view! { <AreaContent area=AREA><RecordView/></AreaContent> }
}

#[component]
fn RecordView() -> impl IntoView {
    let course = match course() {
        Ok(c) => c,
        Err(e) => return view! { <ContentError message=e.to_string()/> }.into_any(),
    };
    crate::browser::set_title("Completion record");
    let app = use_app();
    let name = RwSignal::new(String::new());
    let offset = crate::browser::utc_offset_minutes();
    let record = move || {
        app.data.with(|d| {
            course.completion_record(&d.progress, &name.get()).map(|r| {
                (
                    r.heading.to_string(),
                    r.name.clone(),
                    r.date(offset),
                    r.course_title.to_string(),
                    r.lessons.iter().map(|l| l.to_string()).collect::<Vec<_>>(),
                    r.notice.to_string(),
                )
            })
        })
    };
    let complete = move || app.data.with(|d| course.course_complete(&d.progress));
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <h1 class="no-print">"Your completion record"</h1>
        {move || if !complete() {
            view! {
                <p>"The record is ready once every lesson's questions are answered."</p>
                <p><Link to=Route::Course class="button">"Back to the course"</Link></p>
            }.into_any()
        } else {
            view! {
                <div class="no-print">
                    <div class="field">
                        <label for="record-name">"Your name, as you want it on the record"</label>
                        <input id="record-name" type="text" autocomplete="name" maxlength=NAME_MAX_CHARS.to_string() prop:value=move || name.get() on:input=move |e| name.set(event_target_value(&e))/>
                    </div>
                    <div class="actions">
                        <button type="button" class="button" on:click=print disabled=move || record().is_err()>"Print or save as PDF"</button>
                    </div>
                    {move || record().err().map(|e| view! { <p class="hint" role="status">{match e {
                        RecordError::NameMissing => "Type your name to make the record.".to_string(),
                        RecordError::NotComplete { remaining } => format!("{remaining} lessons still to finish."),
                    }}</p> })}
                </div>
                {move || record().ok().map(|(heading, who, date, title, lessons, notice)| view! {
                    <article class="record card" aria-labelledby="record-heading">
                        <h2 id="record-heading">{heading}</h2>
                        <p class="record__name">{who}</p>
                        <p>{format!("completed “{title}” on {date}, covering these lessons:")}</p>
                        <ol>{lessons.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ol>
                        <p class="record__notice">{notice}</p>
                    </article>
                })}
            }.into_any()
        }}
    }
    .into_any()
}
