//! `/practise/validation`: empathic validation versus advice giving. The area page, each
//! exercise's list of items (filterable by context), and one item of any of the four exercises.

pub mod decide;
pub mod rewrite;
pub mod sort;
pub mod talk;

use crate::library::validation;
use crate::ui::area::AreaContent;
use crate::ui::exercise_kit::{for_content, item_frame, ExerciseCards, ExerciseInfo, ItemList};
use crate::ui::pages::ContentError;
use heard_domain::content::validation::{Exercise, Validation, AREA};
use leptos::prelude::*;

fn info(v: &'static Validation, e: Exercise) -> ExerciseInfo {
    ExerciseInfo {
        exercise: e,
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
    crate::browser::set_title(AREA.label());
    view! {
        <h1>{AREA.label()}</h1>
        <p class="lead">"Peer support walks alongside. It does not rush in to fix. Here you practise showing someone you get what they feel, and noticing when advice really is the right move."</p>
        <p>"Problem solving is for when there is a safety concern, or when the person asks for ideas. A quick fix at the wrong moment can leave them alone with their feelings."</p>
        <ExerciseCards exercises=AREA.exercises().map(|e| info(v, e)).collect()/>
    }
    .into_any()
}

/// `/practise/validation/<exercise>`: every item, with the learner's status.
#[component]
pub fn ExerciseListPage(exercise: Exercise) -> impl IntoView {
    view! { <AreaContent area=AREA><ExerciseList exercise=exercise/></AreaContent> }
}

#[component]
fn ExerciseList(exercise: Exercise) -> impl IntoView {
    for_content(validation(), |v| {
        view! { <ItemList info=info(v, exercise)/> }.into_any()
    })
}

/// `/practise/validation/<exercise>/<id>`.
#[component]
pub fn ItemPage(exercise: Exercise, id: String) -> impl IntoView {
    view! { <AreaContent area=AREA><Item exercise=exercise id=id.clone()/></AreaContent> }
}

#[component]
fn Item(exercise: Exercise, id: String) -> impl IntoView {
    for_content(validation(), |v| {
        item_frame(v.summaries(exercise), id, move |id, ids| {
            item_view(v, exercise, id, ids)
        })
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
        Exercise::Talk => v
            .conversation(id)
            .map(|c| view! { <talk::TalkView conversation=c ids=ids/> }.into_any()),
        // Another area's exercise: the router never sends one here.
        _ => None,
    }
}
