//! "Name the feeling": pick the feelings a statement expresses or implies, from a vocabulary
//! grouped by family and intensity; feedback says what a skilled listener would notice.

use crate::browser;
use crate::state::use_app;
use crate::ui::exercise_kit::{ItemMeta, ItemNav};
use heard_domain::content::listening::{Exercise, Listening, Mark, Statement};
use leptos::prelude::*;
use std::collections::BTreeSet;

#[component]
pub fn FeelView(
    listening: &'static Listening,
    statement: &'static Statement,
    ids: Vec<String>,
) -> impl IntoView {
    let app = use_app();
    crate::browser::set_title(Exercise::Feel.label());
    let chosen = RwSignal::new(BTreeSet::<String>::new());
    let checked = RwSignal::new(None::<BTreeSet<String>>);
    let missing = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let now = chosen.get_untracked();
        if now.is_empty() {
            missing.set(true);
        } else {
            missing.set(false);
            app.record(
                listening
                    .score_feelings(statement, &now)
                    .event(browser::now()),
            );
            checked.set(Some(now));
        }
        browser::focus_after_render("feel-result");
    };
    let word = move |id: &str| {
        listening
            .feeling(id)
            .map_or_else(|| id.to_string(), |f| f.word.clone())
    };
    view! {
        <ItemMeta exercise=Exercise::Feel ids=ids.clone() id=statement.id.clone() context=statement.context/>
        <h1>{statement.speaker.clone()}</h1>
        <blockquote class="peer"><p>{statement.statement.clone()}</p></blockquote>
        <form on:submit=submit novalidate>
            <fieldset class="question card">
                <legend>"Which feelings do you hear? Choose all that fit, said or unsaid."</legend>
                <p class="hint">"Each family goes from mild to strong."</p>
                <div class="families">
                    {listening.families.iter().map(|family| view! {
                        <fieldset class="family">
                            <legend>{family.label.clone()}</legend>
                            {listening.feelings_in(&family.id).into_iter().map(|f| {
                                let (id, id2) = (f.id.clone(), f.id.clone());
                                view! {
                                    <label class="feeling">
                                        <input type="checkbox" prop:checked=move || chosen.with(|c| c.contains(&id))
                                            on:change=move |_| chosen.update(|c| if !c.remove(&id2) { c.insert(id2.clone()); })/>
                                        <span>{f.word.clone()}</span>
                                    </label>
                                }
                            }).collect_view()}
                        </fieldset>
                    }).collect_view()}
                </div>
            </fieldset>
            <div class="actions">
                <button type="submit" class="button">{move || if checked.with(Option::is_some) { "Check again" } else { "Check" }}</button>
            </div>
        </form>
        <div id="feel-result" class="check-result" tabindex="-1" aria-live="polite">
            {move || missing.get().then(|| view! { <p class="status-bad">"Choose at least one feeling first."</p> })}
            {move || checked.get().map(|now| {
                let r = listening.score_feelings(statement, &now);
                let expected = statement.feelings.len();
                let hits = r.count(Mark::Hit);
                view! {
                    <h2 class=if r.score.is_full() { "status-good" } else { "status-bad" }>
                        {format!("You heard {hits} of the {expected} feelings a listener would notice.")}
                    </h2>
                    <ul class="marks">
                        {r.shown().map(|m| {
                            let w = word(&m.feeling);
                            let (class, text) = match m.mark {
                                Mark::Hit => ("feedback feedback--ok", format!("{w}: you heard this.")),
                                Mark::Near => ("feedback feedback--ok", format!("{w}: close. You chose “{}”, from the same family.", m.close_to.as_deref().map(word).unwrap_or_default())),
                                Mark::Missed => ("feedback feedback--miss", format!("{w}: this is there too.")),
                                Mark::Extra => ("feedback feedback--miss", format!("{w}: possible, but not what stands out here.")),
                            };
                            view! { <li class=class>{text}</li> }
                        }).collect_view()}
                    </ul>
                    <p><strong>"What a listener would notice: "</strong>{statement.feelings_note.clone()}</p>
                    <ItemNav exercise=Exercise::Feel ids=ids.clone() id=statement.id.clone()/>
                }
            })}
        </div>
    }
}
