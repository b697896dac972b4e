//! `/course/<lesson>`: a lesson one section at a time, then its knowledge check. A lesson
//! that touches on suicide, self-harm or trauma shows its content note first.

use super::assessment::SelfAssessmentForm;
use super::check::Check;
use crate::browser;
use crate::library::course;
use crate::state::use_app;
use crate::ui::area::AreaContent;
use crate::ui::content_note::NoteGate;
use crate::ui::pages::ContentError;
use crate::ui::prose::Prose;
use heard_domain::content::course::{Lesson, AREA};
use heard_domain::content::ContentNote;
use leptos::prelude::*;

/// The section of the skills lesson that carries the self-assessment form.
const ASSESSMENT_SECTION: (&str, &str) = ("skills", "self-assessment");

#[component]
pub fn LessonPage(id: String) -> impl IntoView {
    view! { <AreaContent area=AREA><LessonView id=id.clone()/></AreaContent> }
}

#[component]
fn LessonView(id: String) -> impl IntoView {
    let Some((course, lesson)) = course().ok().and_then(|c| c.lesson(&id).map(|l| (c, l))) else {
        return view! { <ContentError message=format!("There is no lesson called “{id}”.")/> }
            .into_any();
    };
    browser::set_title(&lesson.title);
    let app = use_app();
    let notes = lesson.all_content_notes();
    let has_notes = !notes.is_empty();
    let position = course.position(&lesson.id).unwrap_or(0) + 1;
    let sections = lesson.sections.len();
    // Resume at the section the learner last opened; the check is the step after the sections.
    let start = app.data.with_untracked(|d| {
        d.progress
            .lessons
            .get(&lesson.progress_key())
            .map(|l| l.last_section)
    });
    let step = RwSignal::new(start.map_or(0, |s| (s as usize).min(sections)));
    let open = move |i: usize| {
        step.set(i);
        if i < sections {
            app.record(lesson.opened(i, browser::now()));
        }
        // The button that was pressed is gone with the old step: start keyboard and screen
        // reader users at the new step's heading instead of the top of the page.
        request_animation_frame(move || {
            browser::focus(if i < sections {
                "section-title"
            } else {
                "check-title"
            })
        });
    };
    if !has_notes && step.get_untracked() < sections {
        app.record(lesson.opened(step.get_untracked(), browser::now()));
    }

    view! {
        <p class="meta">{format!("Lesson {position} of {} · about {} minutes", course.lessons.len(), lesson.minutes)}</p>
        <h1>{lesson.title.clone()}</h1>
        <NoteGate notes=notes continue_label="Continue to the lesson" on_continue=Callback::new(move |()| open(step.get_untracked()))>
            <Steps lesson=lesson step=step open=open/>
        </NoteGate>
    }
    .into_any()
}

/// The section stepper and, as its last step, the check.
#[component]
fn Steps(
    lesson: &'static Lesson,
    step: RwSignal<usize>,
    open: impl Fn(usize) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let sections = lesson.sections.len();
    view! {
        <nav class="steps" aria-label="In this lesson">
            <ol>
                {lesson
                    .sections
                    .iter()
                    .enumerate()
                    .map(|(i, s)| view! {
                        <li>
                            <button type="button" class="step" aria-current=move || (step.get() == i).then_some("step") on:click=move |_| open(i)>
                                {s.title.clone()}
                            </button>
                        </li>
                    })
                    .collect_view()}
                <li>
                    <button type="button" class="step" aria-current=move || (step.get() == sections).then_some("step") on:click=move |_| open(sections)>
                        "Questions"
                    </button>
                </li>
            </ol>
        </nav>
        {move || {
            let i = step.get();
            match lesson.sections.get(i) {
                Some(section) => {
                    let next = lesson.sections.get(i + 1).map_or_else(|| "Go to the questions".to_string(), |s| format!("Next: {}", s.title));
                    let is_assessment = (lesson.id.as_str(), section.id.as_str()) == ASSESSMENT_SECTION;
                    view! {
                        <section aria-labelledby="section-title">
                            <h2 id="section-title" tabindex="-1">{format!("{} ({} of {sections})", section.title, i + 1)}</h2>
                            {(!section.content_notes.is_empty()).then(|| view! { <p class="callout">{ContentNote::sentence(&section.content_notes)}</p> })}
                            <Prose blocks=section.blocks()/>
                            {is_assessment.then(|| view! { <SelfAssessmentForm/> })}
                        </section>
                        <div class="actions step-nav">
                            {(i > 0).then(|| view! { <button type="button" class="button button--quiet" on:click=move |_| open(i - 1)>"Previous"</button> })}
                            <button type="button" class="button" on:click=move |_| open(i + 1)>{next}</button>
                        </div>
                    }
                    .into_any()
                }
                None => view! {
                    <Check lesson=lesson/>
                    <div class="actions step-nav">
                        <button type="button" class="button button--quiet" on:click=move |_| open(sections.saturating_sub(1))>"Back to the lesson"</button>
                    </div>
                }
                .into_any(),
            }
        }}
    }
}
