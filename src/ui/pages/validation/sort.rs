//! "Sort the responses": place each reply in a bin by dragging it, or with one tap or key
//! press on the bin's button beside it (the path for keyboards, touch and switch users;
//! WCAG 2.5.7). Every move is announced, and focus goes on to the next reply still to sort.

use crate::browser;
use crate::state::use_app;
use crate::ui::choice::attempt;
use crate::ui::exercise_kit::{ItemMeta, ItemNav};
use heard_domain::content::validation::{Bin, Exercise, SortItem, SortResponse};
use leptos::prelude::*;
use std::collections::BTreeMap;

type Placements = BTreeMap<String, Bin>;

#[component]
pub fn SortView(item: &'static SortItem, ids: Vec<String>) -> impl IntoView {
    let app = use_app();
    crate::browser::set_title(Exercise::Sort.label());
    let placed = RwSignal::new(Placements::new());
    let checked = RwSignal::new(None::<Placements>);
    let missing = RwSignal::new(0usize);
    let announce = RwSignal::new(String::new());
    let dragging = RwSignal::new(None::<String>);
    // The replies in this attempt's order: the pool and every bin list them in it.
    let shown = StoredValue::new(item.shown_responses(attempt(&item.progress_key())));

    // Places a reply (None: back to "still to sort") and says so; any earlier check is stale.
    let place = move |response: &'static SortResponse, bin: Option<Bin>, move_focus: bool| {
        placed.update(|p| match bin {
            Some(b) => {
                p.insert(response.id.clone(), b);
            }
            None => {
                p.remove(&response.id);
            }
        });
        checked.set(None);
        missing.set(0);
        let left = item.responses.len() - placed.with_untracked(|p| p.len());
        let to = bin.map_or("still to sort", Bin::label);
        announce.set(format!(
            "Moved “{}” to {to}. {left} left to sort.",
            response.text
        ));
        if move_focus {
            let next = shown
                .with_value(|s| {
                    s.iter()
                        .find(|r| !placed.with_untracked(|p| p.contains_key(&r.id)))
                        .copied()
                })
                .map(|r| button_id(&r.id, Bin::ALL[0]))
                .unwrap_or_else(|| "sort-check".to_string());
            browser::focus_after_render(&next);
        }
    };

    let check = move |_| {
        let now = placed.get_untracked();
        let left = item.responses.len() - now.len();
        missing.set(left);
        if left == 0 {
            app.record(item.score(&now).event(browser::now()));
            checked.set(Some(now));
        }
        browser::focus_after_render("sort-result");
    };

    let zone = move |bin: Option<Bin>| {
        let (title, hint, id) = match bin {
            Some(b) => (b.label(), b.hint(), format!("bin-{}", slug(b))),
            None => (
                "Still to sort",
                "Drag a reply to a bin, or use the buttons under it.",
                "bin-none".to_string(),
            ),
        };
        let drop = move |ev: leptos::ev::DragEvent| {
            ev.prevent_default();
            if let Some(r) = dragging.get_untracked().and_then(|id| item.response(&id)) {
                place(r, bin, false);
            }
            dragging.set(None);
        };
        let labelled_by = id.clone();
        let in_bin = move || {
            shown.with_value(|s| {
                s.iter()
                    .filter(|r| placed.with(|p| p.get(&r.id).copied()) == bin)
                    .copied()
                    .collect::<Vec<&'static SortResponse>>()
            })
        };
        view! {
            <section class="bin" class:bin--pool=bin.is_none() aria-labelledby=labelled_by
                on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=drop>
                <h2 id=id class="bin__title">{title}</h2>
                <p class="hint">{hint}</p>
                // Keyed by reply, so a reply's card is its own element wherever it goes: focus
                // never lands on a button that now belongs to another reply.
                {move || {
                    in_bin().is_empty().then(|| view! { <p class="bin__empty">{if bin.is_none() { "All sorted." } else { "Nothing here yet." }}</p> })
                }}
                <For
                    each=in_bin
                    key=|r| r.id.clone()
                    let:r
                >
                    <Card response=r placed=placed checked=checked dragging=dragging place=place/>
                </For>
            </section>
        }
    };

    view! {
        <ItemMeta exercise=Exercise::Sort ids=ids.clone() id=item.id.clone() context=item.context/>
        <h1>{item.speaker.clone()}</h1>
        <blockquote class="peer"><p>{item.statement.clone()}</p></blockquote>
        <p>"Sort each reply: does it validate, does it give advice or try to fix, or is it something else?"</p>
        <p class="visually-hidden" role="status" aria-live="polite">{move || announce.get()}</p>
        <div class="bins wide">
            {zone(None)}
            {Bin::ALL.into_iter().map(|b| zone(Some(b))).collect_view()}
        </div>
        <div class="actions">
            <button type="button" id="sort-check" class="button" on:click=check>"Check my sort"</button>
        </div>
        <div id="sort-result" class="check-result" tabindex="-1" aria-live="polite">
            {move || (missing.get() > 0).then(|| view! {
                <p class="status-bad">{format!("Sort every reply first: {} still to go.", missing.get())}</p>
            })}
            {move || checked.get().map(|now| {
                let r = item.score(&now);
                let right = r.right_count();
                view! {
                    <h2 class=if r.score.is_full() { "status-good" } else { "status-bad" }>
                        {format!("{right} of {} in the right place.", r.sorted.len())}
                    </h2>
                    <p>{if r.score.is_full() {
                        "Well sorted. The note under each reply says what it does to the person."
                    } else {
                        "The notes under the replies say where each belongs and why. Move any you like and check again."
                    }}</p>
                    <ItemNav exercise=Exercise::Sort ids=ids.clone() id=item.id.clone()/>
                }
            })}
        </div>
    }
}

/// One reply: its words, a button per bin, and after checking, whether it is right and why.
#[component]
fn Card(
    response: &'static SortResponse,
    placed: RwSignal<Placements>,
    checked: RwSignal<Option<Placements>>,
    dragging: RwSignal<Option<String>>,
    place: impl Fn(&'static SortResponse, Option<Bin>, bool) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let current = move || placed.with(|p| p.get(&response.id).copied());
    let label_id = format!("reply-{}", response.id);
    let start = move |ev: leptos::ev::DragEvent| {
        dragging.set(Some(response.id.clone()));
        if let Some(dt) = ev.data_transfer() {
            let _ = dt.set_data("text/plain", &response.text);
        }
    };
    let labelled_by = label_id.clone();
    view! {
        <div class="sort-card" role="group" aria-labelledby=labelled_by draggable="true" on:dragstart=start>
            <p id=label_id class="sort-card__text">{response.text.clone()}</p>
            <div class="sort-card__moves">
                {Bin::ALL.into_iter().map(|b| view! {
                    <button type="button" id=button_id(&response.id, b) class="chip"
                        aria-pressed=move || if current() == Some(b) { "true" } else { "false" }
                        on:click=move |_| place(response, if current() == Some(b) { None } else { Some(b) }, true)>
                        {b.label()}
                    </button>
                }).collect_view()}
            </div>
            {move || checked.with(|c| c.as_ref().map(|now| now.get(&response.id).copied())).map(|was| {
                let ok = was == Some(response.bin);
                let verdict = if ok { "Right. ".to_string() } else { format!("This belongs in “{}”. ", response.bin.label()) };
                view! {
                    <p class=if ok { "feedback feedback--ok" } else { "feedback feedback--miss" }>
                        <strong>{verdict}</strong>{response.explanation.clone()}
                    </p>
                }
            })}
        </div>
    }
}

fn slug(bin: Bin) -> &'static str {
    match bin {
        Bin::Validates => "validates",
        Bin::Advice => "advice",
        Bin::Other => "other",
    }
}

fn button_id(response: &str, bin: Bin) -> String {
    format!("sort-{response}-{}", slug(bin))
}
