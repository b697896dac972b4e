//! "The ladder": put four or five replies in order from least to most empathic. Reorder by
//! dragging, or with the Move up / Move down buttons on each reply (the keyboard and tap
//! path); every move is announced and focus stays with the reply that moved.

use crate::browser;
use crate::state::use_app;
use crate::ui::choice::attempt;
use crate::ui::exercise_kit::{ItemMeta, ItemNav};
use heard_domain::content::listening::{Exercise, LadderItem, Statement};
use leptos::prelude::*;

#[component]
pub fn LadderView(
    item: &'static LadderItem,
    statement: &'static Statement,
    ids: Vec<String>,
) -> impl IntoView {
    let app = use_app();
    crate::browser::set_title(Exercise::Ladder.label());
    let order = RwSignal::new(item.shuffled_start(attempt(&item.progress_key())));
    let checked = RwSignal::new(None::<Vec<String>>);
    let announce = RwSignal::new(String::new());
    let dragging = RwSignal::new(None::<String>);
    let total = item.responses.len();

    // Moves the reply `id` to position `to` and keeps focus on the button pressed.
    let move_to = move |id: &str, to: usize, focus: Option<String>| {
        let mut now = order.get_untracked();
        let Some(from) = now.iter().position(|i| i == id) else {
            return;
        };
        let to = to.min(now.len().saturating_sub(1));
        let moved = now.remove(from);
        now.insert(to, moved);
        order.set(now);
        checked.set(None);
        let text = item.rung(id).map(|r| r.text.as_str()).unwrap_or_default();
        announce.set(format!(
            "“{text}” is now at position {} of {total}.",
            to + 1
        ));
        if let Some(f) = focus {
            browser::focus_after_render(&f);
        }
    };

    let check = move |_| {
        let now = order.get_untracked();
        app.record(item.score(&now).event(browser::now()));
        checked.set(Some(now));
        browser::focus_after_render("ladder-result");
    };

    view! {
        <ItemMeta exercise=Exercise::Ladder ids=ids.clone() id=item.id.clone() context=statement.context/>
        <h1>{statement.speaker.clone()}</h1>
        <blockquote class="peer"><p>{statement.statement.clone()}</p></blockquote>
        <p>"Put these replies in order: the least empathic at the top, the most empathic at the bottom. Drag them, or use the buttons."</p>
        <p class="visually-hidden" role="status" aria-live="polite">{move || announce.get()}</p>
        <p class="ladder__end">"Least empathic"</p>
        <ol class="ladder">
            {move || order.get().into_iter().enumerate().map(|(i, id)| {
                let rung = item.rung(&id);
                let text = rung.map(|r| r.text.clone()).unwrap_or_default();
                let label_id = format!("rung-{id}");
                let labelled_by = label_id.clone();
                let (up_id, down_id) = (format!("up-{id}"), format!("down-{id}"));
                let (a, b, c, d) = (id.clone(), id.clone(), id.clone(), id.clone());
                let (up_focus, down_focus) = (up_id.clone(), down_id.clone());
                let verdict = checked.with(|c| c.as_ref().map(|_| ()))
                    .and_then(|()| rung.map(|r| (r, item.solution().iter().position(|s| *s == r.id).unwrap_or(0))));
                view! {
                    <li class="rung" draggable="true"
                        on:dragstart=move |ev: leptos::ev::DragEvent| {
                            dragging.set(Some(a.clone()));
                            if let Some(dt) = ev.data_transfer() { let _ = dt.set_data("text/plain", &a); }
                        }
                        on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default()
                        on:drop=move |ev: leptos::ev::DragEvent| {
                            ev.prevent_default();
                            if let Some(from) = dragging.get_untracked() { move_to(&from, i, None); }
                            dragging.set(None);
                        }>
                        <div role="group" aria-labelledby=labelled_by>
                        <p id=label_id class="rung__text"><span class="rung__number">{format!("{}. ", i + 1)}</span>{text}</p>
                        <div class="actions rung__moves">
                            <button type="button" id=up_id class="chip" disabled=i == 0
                                on:click=move |_| move_to(&b, i.saturating_sub(1), Some(if i == 1 { format!("down-{c}") } else { up_focus.clone() }))>"Move up"</button>
                            <button type="button" id=down_id class="chip" disabled=i + 1 == total
                                on:click=move |_| move_to(&d, i + 1, Some(if i + 2 == total { format!("up-{d}") } else { down_focus.clone() }))>"Move down"</button>
                        </div>
                        {verdict.map(|(r, right)| {
                            // The explanation starts with the reply's level.
                            let ok = right == i;
                            let head = if ok { "Right place. ".to_string() } else { format!("This belongs at position {}. ", right + 1) };
                            view! { <p class=if ok { "feedback feedback--ok" } else { "feedback feedback--miss" }><strong>{head}</strong>{r.explanation.clone()}</p> }
                        })}
                        </div>
                    </li>
                }
            }).collect_view()}
        </ol>
        <p class="ladder__end">"Most empathic"</p>
        <div class="actions">
            <button type="button" class="button" on:click=check>"Check my order"</button>
        </div>
        <div id="ladder-result" class="check-result" tabindex="-1" aria-live="polite">
            {move || checked.get().map(|now| {
                let r = item.score(&now);
                view! {
                    <h2 class=if r.score.is_full() { "status-good" } else { "status-bad" }>
                        {format!("{} of {total} in the right place.", r.right_places())}
                    </h2>
                    <p>{if r.score.is_full() {
                        "Well ordered. The notes under each reply say what makes it more or less empathic."
                    } else {
                        "The notes under each reply say where it belongs and why. Move any you like and check again."
                    }}</p>
                    <ItemNav exercise=Exercise::Ladder ids=ids.clone() id=item.id.clone()/>
                }
            })}
        </div>
    }
}
