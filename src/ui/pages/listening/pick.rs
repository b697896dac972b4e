//! "Pick the reflection": one best reply among several kinds; every option explains itself.

use crate::ui::choice::{attempt, OneBest};
use crate::ui::exercise_kit::{ItemMeta, ItemNav};
use heard_domain::content::listening::{Exercise, PickItem, Statement};
use leptos::prelude::*;

#[component]
pub fn PickView(
    item: &'static PickItem,
    statement: &'static Statement,
    ids: Vec<String>,
) -> impl IntoView {
    crate::browser::set_title(Exercise::Pick.label());
    let shown = item.shown_options(attempt(&item.progress_key()));
    view! {
        <ItemMeta exercise=Exercise::Pick ids=ids.clone() id=item.id.clone() context=statement.context/>
        <h1>{statement.speaker.clone()}</h1>
        <blockquote class="peer"><p>{statement.statement.clone()}</p></blockquote>
        <OneBest name="pick" legend="Which reply reflects best?" result_id="pick-result" shown=shown
            score=move |c: &str| item.score(c)
            right="Yes, that reflects best." wrong="Not the best reflection: see the notes under each reply.">
            <ItemNav exercise=Exercise::Pick ids=ids.clone() id=item.id.clone()/>
        </OneBest>
    }
}
