//! "Pick the reflection": one best reply among several kinds; every option explains itself.

use crate::ui::choice::{attempt, Explained, ExplainedChoices, OneChoice};
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
    let answer = OneChoice::<String>::new();
    let submit = answer.submit("pick-result", move |c, at| {
        item.score(c).map(|r| r.event(at))
    });
    let result = move || answer.checked.get().and_then(|c| item.score(&c));
    let options = item
        .shown_options(attempt(&item.progress_key()))
        .into_iter()
        .map(|o| Explained {
            id: o.id.clone(),
            text: o.text.clone(),
            correct: o.correct,
            explanation: o.explanation.clone(),
            kind: Some(o.kind.label()),
        })
        .collect();
    view! {
        <ItemMeta exercise=Exercise::Pick ids=ids.clone() id=item.id.clone() context=statement.context/>
        <h1>{statement.speaker.clone()}</h1>
        <blockquote class="peer"><p>{statement.statement.clone()}</p></blockquote>
        <form on:submit=submit novalidate>
            <ExplainedChoices name="pick" legend="Which reply reflects best?" options=options answer=answer/>
            <div class="actions">
                <button type="submit" class="button">{answer.check_label()}</button>
            </div>
        </form>
        <div id="pick-result" class="check-result" tabindex="-1" aria-live="polite">
            {move || answer.missing.get().then(|| view! { <p class="status-bad">"Choose a reply first."</p> })}
            {move || result().map(|r| view! {
                <h2 class=if r.is_right() { "status-good" } else { "status-bad" }>
                    {if r.is_right() { "Yes, that reflects best." } else { "Not the best reflection: see the notes under each reply." }}
                </h2>
                <ItemNav exercise=Exercise::Pick ids=ids.clone() id=item.id.clone()/>
            })}
        </div>
    }
}
