//! `/practise`: the practice areas, each a set of short exercises to repeat between sessions.
//! Each area adds its entry to [`AREAS`] when it lands.

use crate::ui::router::Link;
use leptos::prelude::*;

/// `(area, title, what it practises)`, in the order a new learner might take them.
pub const AREAS: &[(&str, &str, &str)] = &[
    (
        "listening",
        "Reflective listening",
        "Name the feelings you hear, pick the best reflection, write your own with instant feedback, and put replies in order of empathy.",
    ),
    (
        "validation",
        "Validation, not advice",
        "Sort replies, talk with peers who answer back, judge when advice is right, and rewrite a quick fix into validation.",
    ),
    (
        "moves",
        "To do and to avoid",
        "Four moves to make and five to avoid when you listen: name them in real replies, spot the slips in short conversations, and print the checklist card.",
    ),
];

#[component]
pub fn PractisePage() -> impl IntoView {
    crate::browser::set_title("Practise");
    view! {
        <h1>"Practise"</h1>
        <p class="lead">"Short exercises you can repeat between training sessions. Each answer explains itself, right or wrong."</p>
        <p>"Your answers are kept only in this browser, on this device."</p>
        <ul class="lesson-list">
            {AREAS.iter().map(|(area, title, blurb)| view! {
                <li class="card">
                    <h2 class="card__title"><Link href=format!("/practise/{area}")>{*title}</Link></h2>
                    <p>{*blurb}</p>
                </li>
            }).collect_view()}
        </ul>
    }
}
