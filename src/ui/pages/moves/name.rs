//! "Name the move": what a peer said and the listener's reply; the learner picks which of the
//! nine list entries the reply shows, then reads why. Seeing each move in many voices is how
//! the list becomes something a learner recognises, not just recites.

use crate::browser;
use crate::state::use_app;
use crate::ui::exercise_kit::{ItemMeta, ItemNav};
use crate::ui::pages::moves::card::ListPeek;
use heard_domain::content::moves::{Exercise, Moves, NameItem, Side};
use leptos::prelude::*;

#[component]
pub fn NameView(moves: &'static Moves, item: &'static NameItem, ids: Vec<String>) -> impl IntoView {
    let app = use_app();
    browser::set_title(Exercise::Name.label());
    let chosen = RwSignal::new(None::<String>);
    let checked = RwSignal::new(None::<String>);
    let missing = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match chosen.get_untracked() {
            None => {
                missing.set(true);
                browser::focus("name-result");
            }
            Some(c) => {
                missing.set(false);
                app.record(item.score(&c).event(browser::now()));
                checked.set(Some(c));
                // The heading appears on the next render; focus it once it is there.
                browser::focus("name-result");
                request_animation_frame(|| browser::focus("name-result-heading"));
            }
        }
    };
    let title = |id: &str| {
        moves
            .entry(id)
            .map_or_else(|| id.to_string(), |e| e.title.clone())
    };
    view! {
        <ItemMeta exercise=Exercise::Name ids=ids.clone() id=item.id.clone() context=item.context/>
        <h1>{item.speaker.clone()}</h1>
        <blockquote class="peer"><p>{item.peer.clone()}</p></blockquote>
        <p>"The listener replies:"</p>
        <blockquote class="reply"><p>{item.line.clone()}</p></blockquote>
        <ListPeek moves=moves/>
        <form on:submit=submit novalidate>
            <fieldset class="question card">
                <legend>"Which move is the listener's reply?"</legend>
                <div class="move-groups">
                    {Side::ALL.into_iter().map(|side| view! {
                        <fieldset class="move-group">
                            <legend>{side.label()}</legend>
                            {moves.side(side).map(|entry| {
                                let id = entry.id.clone();
                                let pick = entry.id.clone();
                                view! {
                                    <div class="option">
                                        <label>
                                            <input type="radio" name="move" value=entry.id.clone()
                                                prop:checked=move || chosen.get().as_deref() == Some(id.as_str())
                                                on:change=move |_| chosen.set(Some(pick.clone()))/>
                                            <span>{entry.title.clone()}</span>
                                        </label>
                                    </div>
                                }
                            }).collect_view()}
                        </fieldset>
                    }).collect_view()}
                </div>
            </fieldset>
            <div class="actions">
                <button type="submit" class="button">{move || if checked.get().is_some() { "Check again" } else { "Check" }}</button>
            </div>
        </form>
        <div id="name-result" class="check-result" tabindex="-1" aria-live="polite">
            {move || missing.get().then(|| view! { <p class="status-bad">"Choose a move first."</p> })}
            {move || checked.get().map(|c| {
                let r = item.score(&c);
                let right = r.is_right();
                view! {
                    <h2 id="name-result-heading" tabindex="-1" class=if right { "status-good" } else { "status-bad" }>
                        {if right { "Yes, that's the move." } else { "Not quite." }}
                    </h2>
                    {(!right).then(|| view! {
                        <p>{format!("You chose “{}”. This reply shows “{}”.", title(&r.chosen), title(&item.answer))}</p>
                    })}
                    <p class=if right { "feedback feedback--ok" } else { "feedback feedback--miss" }>
                        <strong>{format!("{}. ", title(&item.answer))}</strong>{item.explanation.clone()}
                    </p>
                    <ItemNav exercise=Exercise::Name ids=ids.clone() id=item.id.clone()/>
                }
            })}
        </div>
    }
}
