//! `/practise/moves`: the to-do and to-avoid list, recognised in real talk. The area page, each
//! exercise's list of items (filterable by context), one item of either exercise, and the
//! checklist card (`/practise/moves/card`).

pub mod card;
pub mod name;
pub mod spot;

use crate::library::moves;
use crate::ui::area::AreaContent;
use crate::ui::exercise_kit::{for_content, item_frame, ExerciseCards, ExerciseInfo, ItemList};
use crate::ui::pages::ContentError;
use crate::ui::route::Route;
use crate::ui::router::Link;
use heard_domain::content::moves::{Exercise, Moves, AREA};
use leptos::prelude::*;

/// `/practise/moves`.
#[component]
pub fn MovesPage() -> impl IntoView {
    view! { <AreaContent area=AREA><Overview/></AreaContent> }
}

fn info(m: &'static Moves, e: Exercise) -> ExerciseInfo {
    ExerciseInfo {
        exercise: e,
        items: m.summaries(e),
    }
}

#[component]
fn Overview() -> impl IntoView {
    let m = match moves() {
        Ok(m) => m,
        Err(e) => return view! { <ContentError message=e.to_string()/> }.into_any(),
    };
    crate::browser::set_title(AREA.label());
    view! {
        <h1>{AREA.label()}</h1>
        <p class="lead">"Four things to do when you listen as a peer, and five to avoid. Most of them are easy to agree with and surprisingly hard to spot in the moment, so here you practise noticing them in real conversations."</p>
        <p>"The list comes from the volunteers' introduction to peer support, put in our own words. The "<Link to=Route::Sources>"Sources"</Link>" page credits it with the other texts Heard draws on."</p>
        <p>"None of the moves to avoid is unkind. Advice, reassurance and “me too” stories are usually meant well. They just pull the focus away from the person who came to talk."</p>
        <ExerciseCards exercises=AREA.exercises().map(|e| info(m, e)).collect()>
            <li class="card">
                <h2 class="card__title"><Link to=Route::Card>"The checklist card"</Link></h2>
                <p>"All nine on one card, with what to look for in a conversation. Print it for a training session, or keep it open while you practise."</p>
            </li>
        </ExerciseCards>
    }
    .into_any()
}

/// `/practise/moves/<exercise>`: every item, with the learner's status.
#[component]
pub fn ExerciseListPage(exercise: Exercise) -> impl IntoView {
    view! { <AreaContent area=AREA><ExerciseList exercise=exercise/></AreaContent> }
}

#[component]
fn ExerciseList(exercise: Exercise) -> impl IntoView {
    for_content(moves(), |m| {
        view! { <ItemList info=info(m, exercise)/> }.into_any()
    })
}

/// `/practise/moves/<exercise>/<id>`.
#[component]
pub fn ItemPage(exercise: Exercise, id: String) -> impl IntoView {
    view! { <AreaContent area=AREA><Item exercise=exercise id=id.clone()/></AreaContent> }
}

#[component]
fn Item(exercise: Exercise, id: String) -> impl IntoView {
    for_content(moves(), |m| {
        item_frame(m.summaries(exercise), id, move |id, ids| {
            item_view(m, exercise, id, ids)
        })
    })
}

fn item_view(m: &'static Moves, e: Exercise, id: &str, ids: Vec<String>) -> Option<AnyView> {
    match e {
        Exercise::Name => m
            .name_item(id)
            .map(|item| view! { <name::NameView moves=m item=item ids=ids/> }.into_any()),
        Exercise::Spot => m
            .transcript(id)
            .map(|t| view! { <spot::SpotView moves=m transcript=t ids=ids/> }.into_any()),
        // Another area's exercise: the router never sends one here.
        _ => None,
    }
}
