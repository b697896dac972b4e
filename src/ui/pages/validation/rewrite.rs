//! "Rewrite it": an advice-giving reply to turn into one that validates. Pick the best
//! alternative (scored), or write your own and get the feedback engine's notes.
//! A written attempt is recorded under `validate.write.<id>`, apart from the pick.

use crate::browser;
use crate::state::use_app;
use crate::ui::practice::{ItemMeta, ItemNav};
use crate::ui::written::WrittenAnswer;
use heard_domain::content::validation::{Exercise, RewriteItem, AREA, PROGRESS_PREFIX};
use leptos::prelude::*;

#[component]
pub fn RewriteView(item: &'static RewriteItem, ids: Vec<String>) -> impl IntoView {
    let app = use_app();
    crate::browser::set_title(Exercise::Rewrite.label());
    let chosen = RwSignal::new(None::<String>);
    let checked = RwSignal::new(None::<String>);
    let missing = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match chosen.get_untracked().and_then(|c| item.score_pick(&c)) {
            None => missing.set(true),
            Some(r) => {
                missing.set(false);
                app.record(r.event(browser::now()));
                checked.set(Some(r.chosen.id.clone()));
            }
        }
        browser::focus_after_render("rewrite-result");
    };
    let result = move || checked.get().and_then(|c| item.score_pick(&c));
    view! {
        <ItemMeta exercise=Exercise::Rewrite.label() ids=ids.clone() id=item.id.clone() context=item.context/>
        <h1>{item.speaker.clone()}</h1>
        <blockquote class="peer"><p>{item.statement.clone()}</p></blockquote>
        <p>"A friend means well and replies:"</p>
        <blockquote class="reply"><p>{item.advice.clone()}</p></blockquote>
        <form on:submit=submit novalidate>
            <fieldset class="question card">
                <legend>"Which reply validates instead?"</legend>
                {item.options.iter().map(|o| {
                    let id = o.id.clone();
                    let id2 = o.id.clone();
                    let mark = o.id.clone();
                    view! {
                        <div class="option">
                            <label>
                                <input type="radio" name="rewrite" prop:checked=move || chosen.get().as_deref() == Some(id.as_str()) on:change=move |_| chosen.set(Some(id2.clone()))/>
                                <span>{o.text.clone()}</span>
                            </label>
                            {move || result().map(|r| {
                                let picked = r.chosen.id == mark;
                                let verdict = match (o.correct, picked) {
                                    (true, true) => "You chose this, and it validates.",
                                    (true, false) => "This one validates.",
                                    (false, true) => "You chose this, but it does not quite validate.",
                                    (false, false) => "Not this one.",
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
        <div id="rewrite-result" class="check-result" tabindex="-1" aria-live="polite">
            {move || missing.get().then(|| view! { <p class="status-bad">"Choose a reply first."</p> })}
            {move || result().map(|r| view! {
                <h2 class=if r.is_right() { "status-good" } else { "status-bad" }>
                    {if r.is_right() { "Yes, that one validates." } else { "Not quite: see the notes under each reply." }}
                </h2>
                <p><strong>"About the advice: "</strong>{item.advice_note.clone()}</p>
            })}
        </div>
        <section aria-labelledby="write-title">
            <h2 id="write-title">"Or write your own"</h2>
            <p>"Write a reply that shows them you get what they feel, without fixing it."</p>
            <WrittenAnswer statement=item.statement.clone() models=item.models.clone()
                key=format!("{PROGRESS_PREFIX}write.{}", item.id) label="Your reply" id="rewrite-own"/>
        </section>
        <ItemNav area=AREA exercise=Exercise::Rewrite.slug() ids=ids id=item.id.clone()/>
    }
}
