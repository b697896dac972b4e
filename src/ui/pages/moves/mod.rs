//! `/practise/moves`: the to-do and to-avoid list, recognised in real talk. The area page, each
//! exercise's list of items (filterable by context), one item of either exercise, and the
//! checklist card (`/practise/moves/card`).

pub mod card;
pub mod name;
pub mod spot;

use crate::ui::area::AreaContent;
use crate::ui::pages::ContentError;
use crate::ui::practice::{for_exercise, item_frame, ExerciseCards, ExerciseInfo, ItemList};
use crate::ui::router::Link;
use heard_domain::content::moves::{moves, Exercise, Moves, AREA};
use leptos::prelude::*;

/// The area's name, as the practice hub and every page's way back show it.
pub const TITLE: &str = "To do and to avoid";

/// What each exercise is for, on the area page and its list.
fn blurb(exercise: Exercise) -> &'static str {
    match exercise {
        Exercise::Name => "Read what a peer said and how the listener replied. Which of the nine moves is it?",
        Exercise::Spot => "Read a short conversation and mark the lines where the listener slips into something to avoid. Then see a better line for each.",
    }
}

/// `/practise/moves`.
#[component]
pub fn MovesPage() -> impl IntoView {
    view! { <AreaContent area=AREA><Overview/></AreaContent> }
}

fn info(m: &'static Moves, e: Exercise) -> ExerciseInfo {
    ExerciseInfo {
        slug: e.slug(),
        label: e.label(),
        blurb: blurb(e),
        prefix: e.prefix(),
        items: m.summaries(e),
    }
}

#[component]
fn Overview() -> impl IntoView {
    let m = match moves() {
        Ok(m) => m,
        Err(e) => return view! { <ContentError message=e.to_string()/> }.into_any(),
    };
    crate::browser::set_title(TITLE);
    view! {
        <h1>{TITLE}</h1>
        <p class="lead">"Four things to do when you listen as a peer, and five to avoid. Most of them are easy to agree with and surprisingly hard to spot in the moment, so here you practise noticing them in real conversations."</p>
        <p>"The list comes from the volunteers' introduction to peer support, put in our own words. The "<Link href="/sources">"Sources"</Link>" page credits it with the other texts Heard draws on."</p>
        <p>"None of the moves to avoid is unkind. Advice, reassurance and “me too” stories are usually meant well. They just pull the focus away from the person who came to talk."</p>
        <ExerciseCards area=AREA exercises=Exercise::ALL.into_iter().map(|e| info(m, e)).collect()>
            <li class="card">
                <h2 class="card__title"><Link href=format!("/practise/{AREA}/card")>"The checklist card"</Link></h2>
                <p>"All nine on one card, with what to look for in a conversation. Print it for a training session, or keep it open while you practise."</p>
            </li>
        </ExerciseCards>
    }
    .into_any()
}

/// `/practise/moves/<exercise>`: every item, with the learner's status.
#[component]
pub fn ExerciseListPage(exercise: String) -> impl IntoView {
    view! { <AreaContent area=AREA><ExerciseList exercise=exercise.clone()/></AreaContent> }
}

#[component]
fn ExerciseList(exercise: String) -> impl IntoView {
    for_exercise(moves(), &exercise, Exercise::from_slug, |m, e| {
        view! { <ItemList area=AREA area_title=TITLE exercise=info(m, e)/> }.into_any()
    })
}

/// `/practise/moves/<exercise>/<id>`.
#[component]
pub fn ItemPage(exercise: String, id: String) -> impl IntoView {
    view! { <AreaContent area=AREA><Item exercise=exercise.clone() id=id.clone()/></AreaContent> }
}

#[component]
fn Item(exercise: String, id: String) -> impl IntoView {
    for_exercise(moves(), &exercise, Exercise::from_slug, |m, e| {
        item_frame(m.summaries(e), id, move |id, ids| item_view(m, e, id, ids))
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
    }
}
