//! `/practise/listening`: reflective listening. The area page, each exercise's list of
//! statements (filterable by context), and one item of any of its exercises.

pub mod feel;
pub mod ladder;
pub mod partner;
pub mod pick;
pub mod write;

use crate::library::{listening, summaries};
use crate::ui::area::AreaContent;
use crate::ui::exercise_kit::{for_content, item_frame, ExerciseCards, ExerciseInfo, ItemList};
use crate::ui::pages::ContentError;
use heard_domain::content::listening::{Exercise, Listening, AREA};
use leptos::prelude::*;

/// An exercise's card and list: its items from the domain's one table of them
/// (`content::summaries`, which also lists the practice partners).
fn info(e: Exercise) -> ExerciseInfo {
    ExerciseInfo {
        exercise: e,
        items: summaries(e).unwrap_or_default(),
    }
}

/// `/practise/listening`.
#[component]
pub fn ListeningPage() -> impl IntoView {
    view! { <AreaContent area=AREA><Overview/></AreaContent> }
}

#[component]
fn Overview() -> impl IntoView {
    if let Err(e) = listening() {
        return view! { <ContentError message=e.to_string()/> }.into_any();
    }
    crate::browser::set_title(AREA.label());
    view! {
        <h1>{AREA.label()}</h1>
        <p class="lead">"Reflecting means giving back, in your own words, what someone has told you and how it seems to feel for them. It lets them know they have been heard, before any question, advice or reassurance."</p>
        <p>"A reflection of content puts what happened in your words. A reflection of feeling names the emotion, even one they have not said out loud. Both leave the person in charge of their own story."</p>
        <ExerciseCards exercises=AREA.exercises().map(info).collect()/>
    }
    .into_any()
}

/// `/practise/listening/<exercise>`.
#[component]
pub fn ExerciseListPage(exercise: Exercise) -> impl IntoView {
    view! { <AreaContent area=AREA><ExerciseList exercise=exercise/></AreaContent> }
}

#[component]
fn ExerciseList(exercise: Exercise) -> impl IntoView {
    for_content(listening(), |_| {
        view! { <ItemList info=info(exercise)/> }.into_any()
    })
}

/// `/practise/listening/<exercise>/<id>`.
#[component]
pub fn ItemPage(exercise: Exercise, id: String) -> impl IntoView {
    if exercise == Exercise::Partner {
        return view! { <partner::PartnerPage id=id/> }.into_any();
    }
    view! { <AreaContent area=AREA><Item exercise=exercise id=id.clone()/></AreaContent> }
        .into_any()
}

#[component]
fn Item(exercise: Exercise, id: String) -> impl IntoView {
    for_content(listening(), |l| {
        item_frame(l.summaries(exercise), id, move |id, ids| {
            item_view(l, exercise, id, ids)
        })
    })
}

fn item_view(l: &'static Listening, e: Exercise, id: &str, ids: Vec<String>) -> Option<AnyView> {
    match e {
        Exercise::Feel => l
            .statement(id)
            .map(|s| view! { <feel::FeelView listening=l statement=s ids=ids/> }.into_any()),
        Exercise::Write => l
            .statement(id)
            .map(|s| view! { <write::WriteView statement=s ids=ids/> }.into_any()),
        Exercise::Pick => l.pick_item(id).and_then(|i| {
            let s = l.statement(&i.statement)?;
            Some(view! { <pick::PickView item=i statement=s ids=ids/> }.into_any())
        }),
        Exercise::Ladder => l.ladder_item(id).and_then(|i| {
            let s = l.statement(&i.statement)?;
            Some(view! { <ladder::LadderView item=i statement=s ids=ids/> }.into_any())
        }),
        // Another area's exercise: the router never sends one here.
        _ => None,
    }
}
