//! "Pick the reflection": one best reply among several kinds; every option explains itself.

use crate::browser;
use crate::state::use_app;
use crate::ui::practice::{ItemMeta, ItemNav};
use heard_domain::content::listening::{Exercise, PickItem, Statement, AREA};
use leptos::prelude::*;

#[component]
pub fn PickView(
    item: &'static PickItem,
    statement: &'static Statement,
    ids: Vec<String>,
) -> impl IntoView {
    let app = use_app();
    crate::browser::set_title(Exercise::Pick.label());
    let chosen = RwSignal::new(None::<String>);
    let checked = RwSignal::new(None::<String>);
    let missing = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match chosen.get_untracked().and_then(|c| item.score(&c)) {
            None => missing.set(true),
            Some(r) => {
                missing.set(false);
                app.record(r.event(browser::now()));
                checked.set(Some(r.chosen.id.clone()));
            }
        }
        browser::focus_after_render("pick-result");
    };
    let result = move || checked.get().and_then(|c| item.score(&c));
    view! {
        <ItemMeta exercise=Exercise::Pick.label() ids=ids.clone() id=item.id.clone() context=statement.context/>
        <h1>{statement.speaker.clone()}</h1>
        <blockquote class="peer"><p>{statement.statement.clone()}</p></blockquote>
        <form on:submit=submit novalidate>
            <fieldset class="question card">
                <legend>"Which reply reflects best?"</legend>
                {item.options.iter().map(|o| {
                    let (id, id2, mark) = (o.id.clone(), o.id.clone(), o.id.clone());
                    view! {
                        <div class="option">
                            <label>
                                <input type="radio" name="pick" prop:checked=move || chosen.get().as_deref() == Some(id.as_str()) on:change=move |_| chosen.set(Some(id2.clone()))/>
                                <span>{o.text.clone()}</span>
                            </label>
                            {move || result().map(|r| {
                                let picked = r.chosen.id == mark;
                                let verdict = match (o.correct, picked) {
                                    (true, true) => format!("{}: you chose this, and it is the best here.", o.kind.label()),
                                    (true, false) => format!("{}: the best reply here.", o.kind.label()),
                                    (false, true) => format!("{}: you chose this.", o.kind.label()),
                                    (false, false) => format!("{}.", o.kind.label()),
                                };
                                view! {
                                    <p class=if o.correct { "feedback feedback--ok" } else { "feedback feedback--miss" }>
                                        <strong>{verdict}</strong>" "{o.explanation.clone()}
                                    </p>
                                }
                            })}
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <div class="actions">
                <button type="submit" class="button">{move || if checked.get().is_some() { "Check again" } else { "Check" }}</button>
            </div>
        </form>
        <div id="pick-result" class="check-result" tabindex="-1" aria-live="polite">
            {move || missing.get().then(|| view! { <p class="status-bad">"Choose a reply first."</p> })}
            {move || result().map(|r| view! {
                <h2 class=if r.is_right() { "status-good" } else { "status-bad" }>
                    {if r.is_right() { "Yes, that reflects best." } else { "Not the best reflection: see the notes under each reply." }}
                </h2>
                <ItemNav area=AREA exercise=Exercise::Pick.slug() ids=ids.clone() id=item.id.clone()/>
            })}
        </div>
    }
}
