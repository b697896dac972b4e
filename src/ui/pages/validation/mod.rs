//! `/practise/validation`: empathic validation versus advice giving. The area page, each
//! exercise's list of items (filterable by context), and one item of any of the four exercises.

pub mod decide;
pub mod rewrite;
pub mod sort;
pub mod talk;

use crate::ui::area::AreaContent;
use crate::ui::pages::ContentError;
use crate::ui::practice::{for_exercise, item_frame, ExerciseCards, ExerciseInfo, ItemList};
use heard_domain::content::validation::{validation, Exercise, Validation, AREA};
use leptos::prelude::*;

/// What each exercise is for, on the area page.
fn blurb(exercise: Exercise) -> &'static str {
    match exercise {
        Exercise::Sort => "Sort replies to a peer into those that validate, those that give advice, and the rest.",
        Exercise::Conversation => "Short conversations where the peer answers back. See where each reply leads, and what they were thinking.",
        Exercise::Decide => "Sometimes acting is right: a safety concern, or they ask. Decide when to keep listening and when to act.",
        Exercise::Rewrite => "Turn a well-meant piece of advice into a reply that validates. Pick one, or write your own.",
    }
}

/// The area's exercises, in the order a learner might take them.
const ORDER: [Exercise; 4] = [
    Exercise::Sort,
    Exercise::Conversation,
    Exercise::Decide,
    Exercise::Rewrite,
];

const TITLE: &str = "Validation, not advice";

fn info(v: &'static Validation, e: Exercise) -> ExerciseInfo {
    ExerciseInfo {
        slug: e.slug(),
        label: e.label(),
        blurb: blurb(e),
        prefix: e.prefix(),
        items: v.summaries(e),
    }
}

/// `/practise/validation`.
#[component]
pub fn ValidationPage() -> impl IntoView {
    view! { <AreaContent area=AREA><Overview/></AreaContent> }
}

#[component]
fn Overview() -> impl IntoView {
    let v = match validation() {
        Ok(v) => v,
        Err(e) => return view! { <ContentError message=e.to_string()/> }.into_any(),
    };
    crate::browser::set_title(TITLE);
    view! {
        <h1>{TITLE}</h1>
        <p class="lead">"Peer support walks alongside. It does not rush in to fix. Here you practise showing someone you get what they feel, and noticing when advice really is the right move."</p>
        <p>"Problem solving is for when there is a safety concern, or when the person asks for ideas. A quick fix at the wrong moment can leave them alone with their feelings."</p>
        <ExerciseCards area=AREA exercises=ORDER.into_iter().map(|e| info(v, e)).collect()/>
    }
    .into_any()
}

/// `/practise/validation/<exercise>`: every item, with the learner's status.
#[component]
pub fn ExerciseListPage(exercise: String) -> impl IntoView {
    view! { <AreaContent area=AREA><ExerciseList exercise=exercise.clone()/></AreaContent> }
}

#[component]
fn ExerciseList(exercise: String) -> impl IntoView {
    for_exercise(validation(), &exercise, Exercise::from_slug, |v, e| {
        view! { <ItemList area=AREA area_title=TITLE exercise=info(v, e)/> }.into_any()
    })
}

/// `/practise/validation/<exercise>/<id>`.
#[component]
pub fn ItemPage(exercise: String, id: String) -> impl IntoView {
    view! { <AreaContent area=AREA><Item exercise=exercise.clone() id=id.clone()/></AreaContent> }
}

#[component]
fn Item(exercise: String, id: String) -> impl IntoView {
    for_exercise(validation(), &exercise, Exercise::from_slug, |v, e| {
        item_frame(v.summaries(e), id, move |id, ids| item_view(v, e, id, ids))
    })
}

fn item_view(v: &'static Validation, e: Exercise, id: &str, ids: Vec<String>) -> Option<AnyView> {
    match e {
        Exercise::Sort => v
            .sort_item(id)
            .map(|item| view! { <sort::SortView item=item ids=ids/> }.into_any()),
        Exercise::Decide => v
            .decide_item(id)
            .map(|item| view! { <decide::DecideView item=item ids=ids/> }.into_any()),
        Exercise::Rewrite => v
            .rewrite_item(id)
            .map(|item| view! { <rewrite::RewriteView item=item ids=ids/> }.into_any()),
        Exercise::Conversation => v
            .conversation(id)
            .map(|c| view! { <talk::TalkView conversation=c ids=ids/> }.into_any()),
    }
}
