//! The three pages every practice area has, driven by the catalogue (`heard_domain::catalog`):
//! the area page (its own introduction, then a card per exercise), an exercise's list of
//! items (filterable by context), and one item. An area module (`ui::pages::<area>`) adds
//! only what is its own, as an [`AreaPages`]: its introduction and the view of each of its
//! exercises' items. The items come from the domain's one table (`library::summaries`).

use crate::library::summaries;
use crate::ui::area::AreaContent;
use crate::ui::exercise_kit::{for_content, item_frame, ExerciseCards, ExerciseInfo, ItemList};
use heard_domain::catalog::{Area, Exercise};
use heard_domain::content::ContentError;
use leptos::prelude::*;

/// What a practice area adds to the pages every area has.
#[derive(Clone, Copy)]
pub struct AreaPages {
    area: Area,
    /// The area page's lead paragraph, under its heading.
    lead: &'static str,
    /// The rest of the area page's words, before its exercises.
    intro: fn() -> AnyView,
    /// Cards of the area's own after its exercises (e.g. a reference card), if any.
    more_cards: Option<fn() -> AnyView>,
    /// One item of one of the area's exercises, given every id of that exercise (for "item 3
    /// of 15" and the next item); `None` when the area has no such item.
    item: fn(Exercise, &str, Vec<String>) -> Option<AnyView>,
}

impl AreaPages {
    pub const fn new(
        area: Area,
        lead: &'static str,
        intro: fn() -> AnyView,
        item: fn(Exercise, &str, Vec<String>) -> Option<AnyView>,
    ) -> Self {
        AreaPages {
            area,
            lead,
            intro,
            more_cards: None,
            item,
        }
    }

    /// With cards of the area's own after its exercises.
    pub const fn with_cards(self, cards: fn() -> AnyView) -> Self {
        AreaPages {
            more_cards: Some(cards),
            ..self
        }
    }
}

/// An exercise's card and list: its items from the domain's one table of them.
fn info(exercise: Exercise) -> Result<ExerciseInfo, &'static ContentError> {
    Ok(ExerciseInfo {
        exercise,
        items: summaries(exercise)?,
    })
}

/// `/practise/<area>`.
#[component]
pub fn AreaPage(pages: AreaPages) -> impl IntoView {
    view! { <AreaContent area=pages.area><Overview pages=pages/></AreaContent> }
}

#[component]
fn Overview(pages: AreaPages) -> impl IntoView {
    let exercises = pages.area.exercises().map(info).collect();
    for_content(exercises, |exercises| {
        crate::browser::set_title(pages.area.label());
        view! {
            <h1>{pages.area.label()}</h1>
            <p class="lead">{pages.lead}</p>
            {(pages.intro)()}
            <ExerciseCards exercises=exercises more=pages.more_cards/>
        }
        .into_any()
    })
}

/// `/practise/<area>/<exercise>`: every item, with the learner's status.
#[component]
pub fn ExerciseListPage(pages: AreaPages, exercise: Exercise) -> impl IntoView {
    view! { <AreaContent area=pages.area><ExerciseList exercise=exercise/></AreaContent> }
}

#[component]
fn ExerciseList(exercise: Exercise) -> impl IntoView {
    for_content(info(exercise), |info| {
        view! { <ItemList info=info/> }.into_any()
    })
}

/// `/practise/<area>/<exercise>/<id>`.
#[component]
pub fn ItemPage(pages: AreaPages, exercise: Exercise, id: String) -> impl IntoView {
    view! {
        <AreaContent area=pages.area>
            <Item pages=pages exercise=exercise id=id.clone()/>
        </AreaContent>
    }
}

#[component]
fn Item(pages: AreaPages, exercise: Exercise, id: String) -> impl IntoView {
    for_content(summaries(exercise), |items| {
        item_frame(items, id, move |id, ids| (pages.item)(exercise, id, ids))
    })
}
