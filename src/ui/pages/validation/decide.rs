//! "When advice is right": read the situation, choose the next move, and see why.

use crate::ui::choice::{attempt, OneChoice};
use crate::ui::exercise_kit::{ItemMeta, ItemNav};
use heard_domain::content::validation::{DecideItem, Exercise, Move};
use leptos::prelude::*;

#[component]
pub fn DecideView(item: &'static DecideItem, ids: Vec<String>) -> impl IntoView {
    crate::browser::set_title(Exercise::Decide.label());
    let moves = item.shown_moves(attempt(&item.progress_key()));
    let answer = OneChoice::<Move>::new();
    let submit = answer.submit("decide-result", move |m, at| Some(item.score(*m).event(at)));
    let OneChoice {
        chosen,
        checked,
        missing,
    } = answer;
    view! {
        <ItemMeta exercise=Exercise::Decide ids=ids.clone() id=item.id.clone() context=item.context/>
        <h1>{item.speaker.clone()}</h1>
        <p>{item.situation.clone()}</p>
        <blockquote class="peer"><p>{item.peer.clone()}</p></blockquote>
        <form on:submit=submit novalidate>
            <fieldset class="question card">
                <legend>"What do you do next?"</legend>
                {moves.into_iter().map(|m| view! {
                    <div class="option">
                        <label>
                            <input type="radio" name="move" prop:checked=move || chosen.get() == Some(m) on:change=move |_| chosen.set(Some(m))/>
                            <span><strong>{m.label()}</strong><br/>{format!("“{}”", item.option(m).say)}</span>
                        </label>
                    </div>
                }).collect_view()}
            </fieldset>
            <div class="actions">
                <button type="submit" class="button">{answer.check_label()}</button>
            </div>
        </form>
        <div id="decide-result" class="check-result" tabindex="-1" aria-live="polite">
            {move || missing.get().then(|| view! { <p class="status-bad">"Choose a move first."</p> })}
            {move || checked.get().map(|m| {
                let r = item.score(m);
                view! {
                    <h2 class=if r.is_right() { "status-good" } else { "status-bad" }>
                        {if r.is_right() { "Yes, that fits." } else { "Not the best move here." }}
                    </h2>
                    <p><strong>{r.reason.label()}"."</strong></p>
                    <p class=if r.is_right() { "feedback feedback--ok" } else { "feedback feedback--miss" }>
                        <strong>{format!("You chose: {}. ", r.chosen.label())}</strong>{r.chosen_option.explanation.clone()}
                    </p>
                    {(!r.is_right()).then(|| view! {
                        <p class="feedback feedback--ok">
                            <strong>{format!("Better here: {}. ", r.best.label())}</strong>
                            {format!("“{}” ", r.best_option.say)}{r.best_option.explanation.clone()}
                        </p>
                    })}
                    <ItemNav exercise=Exercise::Decide ids=ids.clone() id=item.id.clone()/>
                }
            })}
        </div>
    }
}
