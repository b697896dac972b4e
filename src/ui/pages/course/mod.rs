//! The intro course: the overview (progress, resume, lessons), a lesson with its check, the
//! skills self-assessment, and the printable completion record.

pub mod assessment;
pub mod check;
pub mod lesson;
pub mod record;

use crate::library::course;
use crate::state::use_app;
use crate::ui::area::AreaContent;
use crate::ui::pages::ContentError;
use crate::ui::prose::InlineText;
use crate::ui::route::Route;
use crate::ui::router::Link;
use heard_domain::content::course::{LessonStatus, AREA};
use heard_domain::content::ContentNote;
use leptos::prelude::*;

/// `/course`: where the learner is, what is next, and every lesson.
#[component]
pub fn CoursePage() -> impl IntoView {
    view! { <AreaContent area=AREA><CourseOverview/></AreaContent> }
}

#[component]
fn CourseOverview() -> impl IntoView {
    let course = match course() {
        Ok(c) => c,
        Err(e) => return view! { <ContentError message=e.to_string()/> }.into_any(),
    };
    crate::browser::set_title(&course.title);
    let app = use_app();
    let total = course.lessons.len();
    let done = move || app.data.with(|d| course.done_count(&d.progress));
    let percent = move || {
        app.data
            .with(|d| course.progress_percent(&d.progress).percent())
    };
    let resume = move || {
        app.data.with(|d| {
            course
                .resume_point(&d.progress)
                .and_then(|(id, _)| course.lesson(id))
                .map(|l| {
                    let started = l.status(&d.progress) == LessonStatus::InProgress;
                    (l.id.clone(), l.title.clone(), started)
                })
        })
    };
    let complete = move || app.data.with(|d| course.course_complete(&d.progress));
    view! {
        <h1>{course.title.clone()}</h1>
        <p class="lead"><InlineText text=course.intro.clone()/></p>
        <div class="progress" data-learner="">
            <label for="course-progress">{move || format!("{} of {total} lessons complete", done())}</label>
            <progress id="course-progress" max="100" value=move || percent().to_string()>{move || format!("{}%", percent())}</progress>
        </div>
        {move || resume().map(|(id, title, started)| view! {
            <p data-learner="">
                <Link to=Route::Lesson(id.clone()) class="button">
                    {if started { format!("Continue: {title}") } else { format!("Start: {title}") }}
                </Link>
            </p>
        })}
        {move || complete().then(|| view! {
            <section class="card" aria-labelledby="course-done" data-learner="">
                <h2 id="course-done">"You have completed the course"</h2>
                <p>"Every lesson's questions are answered. You can make a record of it to print or save."</p>
                <p><Link to=Route::CourseRecord class="button">"Make my completion record"</Link></p>
            </section>
        })}
        <h2 id="lessons">"Lessons"</h2>
        <ol class="lesson-list" aria-labelledby="lessons">
            {course
                .lessons
                .iter()
                .map(|lesson| {
                    let status = move || match app.data.with(|d| lesson.status(&d.progress)) {
                        LessonStatus::Done => "Done",
                        LessonStatus::InProgress => "In progress",
                        LessonStatus::NotStarted => "Not started",
                    };
                    let notes = lesson.all_content_notes();
                    view! {
                        <li class="card">
                            <h3><Link to=Route::Lesson(lesson.id.clone())>{lesson.title.clone()}</Link></h3>
                            <p>{lesson.summary.clone()}</p>
                            <p class="meta">
                                {format!("About {} minutes", lesson.minutes)}
                                <span data-learner="">" · "<span class="status">{status}</span></span>
                                {(!notes.is_empty()).then(|| view! { <span>" · " {ContentNote::sentence(&notes)}</span> })}
                            </p>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
    .into_any()
}
