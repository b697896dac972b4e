//! `/practise`: the practice areas, each a set of short exercises to repeat between sessions.
//! The areas, their names and what each practises are the catalogue's (`Area::PRACTICE`).

use crate::ui::router::Link;
use heard_domain::catalog::Area;
use leptos::prelude::*;

#[component]
pub fn PractisePage() -> impl IntoView {
    crate::browser::set_title("Practise");
    view! {
        <h1>"Practise"</h1>
        <p class="lead">"Short exercises you can repeat between training sessions. Each answer explains itself, right or wrong."</p>
        <p>"Your answers are kept only in this browser, on this device."</p>
        <ul class="lesson-list">
            {Area::PRACTICE.into_iter().map(|area| view! {
                <li class="card">
                    <h2 class="card__title"><Link to=area.route()>{area.label()}</Link></h2>
                    <p>{area.blurb()}</p>
                </li>
            }).collect_view()}
        </ul>
    }
}
