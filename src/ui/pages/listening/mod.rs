//! `/practise/listening`: reflective listening. The area page, each exercise's list of
//! statements (filterable by context), and one item of any of the four exercises.

pub mod feel;
pub mod ladder;
pub mod partner;
pub mod pick;
pub mod write;

use crate::ui::area::AreaContent;
use crate::ui::pages::ContentError;
use crate::ui::practice::{for_exercise, item_frame, ExerciseCards, ExerciseInfo, ItemList};
use heard_domain::content::listening::{listening, Exercise, Listening, AREA};
use heard_domain::partner::partners;
use leptos::prelude::*;

const TITLE: &str = "Reflective listening";

/// What each exercise is for, on the area page.
fn blurb(exercise: Exercise) -> &'static str {
    match exercise {
        Exercise::Feelings => "Read what someone says and pick the feelings in it, said or unsaid.",
        Exercise::Pick => "Choose the reply that reflects best, and see what each of the others would do.",
        Exercise::Write => "Write your own reflection and get feedback on what it does, right here on your device.",
        Exercise::Ladder => "Put replies in order, from the least empathic to the one that names the deeper feeling.",
    }
}

fn info(l: &'static Listening, e: Exercise) -> ExerciseInfo {
    ExerciseInfo {
        slug: e.slug(),
        label: e.label(),
        blurb: blurb(e),
        prefix: e.prefix(),
        items: l.summaries(e),
    }
}

/// `/practise/listening`.
#[component]
pub fn ListeningPage() -> impl IntoView {
    view! { <AreaContent area=AREA><Overview/></AreaContent> }
}

#[component]
fn Overview() -> impl IntoView {
    let l = match listening() {
        Ok(l) => l,
        Err(e) => return view! { <ContentError message=e.to_string()/> }.into_any(),
    };
    crate::browser::set_title(TITLE);
    view! {
        <h1>{TITLE}</h1>
        <p class="lead">"Reflecting means giving back, in your own words, what someone has told you and how it seems to feel for them. It lets them know they have been heard, before any question, advice or reassurance."</p>
        <p>"A reflection of content puts what happened in your words. A reflection of feeling names the emotion, even one they have not said out loud. Both leave the person in charge of their own story."</p>
        <ExerciseCards area=AREA exercises=Exercise::ALL.into_iter().map(|e| info(l, e)).chain(partners().ok().map(partner::info)).collect()/>
    }
    .into_any()
}

/// `/practise/listening/<exercise>`.
#[component]
pub fn ExerciseListPage(exercise: String) -> impl IntoView {
    view! { <AreaContent area=AREA><ExerciseList exercise=exercise.clone()/></AreaContent> }
}

#[component]
fn ExerciseList(exercise: String) -> impl IntoView {
    for_exercise(listening(), &exercise, Exercise::from_slug, |l, e| {
        view! { <ItemList area=AREA area_title=TITLE exercise=info(l, e)/> }.into_any()
    })
}

/// `/practise/listening/<exercise>/<id>`.
#[component]
pub fn ItemPage(exercise: String, id: String) -> impl IntoView {
    view! { <AreaContent area=AREA><Item exercise=exercise.clone() id=id.clone()/></AreaContent> }
}

#[component]
fn Item(exercise: String, id: String) -> impl IntoView {
    for_exercise(listening(), &exercise, Exercise::from_slug, |l, e| {
        item_frame(l.summaries(e), id, move |id, ids| item_view(l, e, id, ids))
    })
}

fn item_view(l: &'static Listening, e: Exercise, id: &str, ids: Vec<String>) -> Option<AnyView> {
    match e {
        Exercise::Feelings => l
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
    }
}
