//! What every practice exercise shares: an item's place in its exercise and the way on,
//! the learner's status per item, and the choice of context to practise in.

use crate::state::use_app;
use crate::ui::content_note::NoteGate;
use crate::ui::pages::ContentError;
use crate::ui::route::Route;
use crate::ui::router::Link;
use heard_domain::catalog::Exercise;
use heard_domain::content::{ContentNote, Context, ItemSummary};
use heard_domain::progress::Progress;
use leptos::prelude::*;

/// How the learner last did on an item, in words.
pub fn status(progress: &Progress, key: &str) -> &'static str {
    match progress.item(key) {
        None => "Not tried yet",
        Some(r) if r.last_score.is_full() => "Done",
        Some(_) => "Worth another go",
    }
}

/// The first item not yet done (or the first item, when all are), to start or continue with.
pub fn next_to_do<'a>(
    progress: &Progress,
    ids: &[&'a str],
    key: impl Fn(&str) -> String,
) -> Option<&'a str> {
    ids.iter()
        .find(|id| {
            !progress
                .item(&key(id))
                .is_some_and(|r| r.last_score.is_full())
        })
        .or(ids.first())
        .copied()
}

/// "Item 3 of 15", above an item's heading.
#[component]
pub fn ItemMeta(
    exercise: Exercise,
    ids: Vec<String>,
    id: String,
    context: Context,
) -> impl IntoView {
    let position = ids.iter().position(|i| *i == id).map_or(0, |p| p + 1);
    view! {
        <p class="meta">{format!("{} · item {position} of {} · {}", exercise.label(), ids.len(), context.label())}</p>
    }
}

/// After an item: the next item in the exercise (wrapping round) and the list of all.
#[component]
pub fn ItemNav(exercise: Exercise, ids: Vec<String>, id: String) -> impl IntoView {
    let next = ids
        .iter()
        .position(|i| *i == id)
        .and_then(|p| ids.get((p + 1) % ids.len()))
        .filter(|n| **n != id)
        .cloned();
    view! {
        <nav class="actions item-nav" aria-label="More practice">
            {next.map(|n| view! { <Link to=Route::Item(exercise, n) class="button">"Next item"</Link> })}
            <Link to=Route::Exercise(exercise) class="button button--quiet">"All items"</Link>
        </nav>
    }
}

/// A choice of context, so the learner can practise in the setting that matters to them.
#[component]
pub fn ContextSelect(value: RwSignal<Option<Context>>) -> impl IntoView {
    view! {
        <div class="field field--inline">
            <label for="context">"Show items from"</label>
            <select id="context" on:change=move |ev| {
                let v = event_target_value(&ev);
                value.set(Context::ALL.into_iter().find(|c| c.slug() == v));
            }>
                <option value="" selected=move || value.get().is_none()>"Every context"</option>
                {Context::ALL.into_iter().map(|c| view! {
                    <option value=c.slug() selected=move || value.get() == Some(c)>{c.label()}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// The learner's status on an item, for lists (reactive).
#[component]
pub fn ItemStatus(key: String) -> impl IntoView {
    let app = use_app();
    view! { <span class="status">{move || app.data.with(|d| status(&d.progress, &key))}</span> }
}

/// One exercise of an area with its items, as its area page and its list show it (its name,
/// purpose, address and progress keys are the catalogue's).
#[derive(Clone)]
pub struct ExerciseInfo {
    pub exercise: Exercise,
    pub items: Vec<ItemSummary<'static>>,
}

/// The area page's list of exercises: what each is for, how many are done, start or continue.
/// `more` adds cards of the area's own after the exercises (e.g. a reference card).
#[component]
pub fn ExerciseCards(exercises: Vec<ExerciseInfo>, more: Option<fn() -> AnyView>) -> impl IntoView {
    let app = use_app();
    view! {
        <ul class="lesson-list">
            {exercises.into_iter().map(|e| {
                let ids: Vec<&'static str> = e.items.iter().map(|s| s.id).collect();
                let total = ids.len();
                let exercise = e.exercise;
                let prefix = exercise.prefix();
                // (items done, the item to start or continue with)
                let state = move || app.data.with(|d| {
                    let done = d.progress.items_in(&prefix).filter(|(_, r)| r.last_score.is_full()).count();
                    (done, next_to_do(&d.progress, &ids, |id| format!("{prefix}{id}")))
                });
                let state2 = state.clone();
                view! {
                    <li class="card">
                        <h2 class="card__title"><Link to=Route::Exercise(exercise)>{exercise.label()}</Link></h2>
                        <p>{exercise.blurb()}</p>
                        <p class="meta" data-learner="">{move || format!("{} of {total} done", state().0)}</p>
                        {move || {
                            let (done, next) = state2();
                            next.map(|id| view! {
                                <p data-learner=""><Link to=Route::Item(exercise, id.to_string()) class="button">{if done == 0 { "Start" } else { "Continue" }}</Link></p>
                            })
                        }}
                    </li>
                }
            }).collect_view()}
            {more.map(|cards| cards())}
        </ul>
    }
}

/// `/practise/<area>/<exercise>`: every item with the learner's status, filterable by context.
#[component]
pub fn ItemList(info: ExerciseInfo) -> impl IntoView {
    let exercise = info.exercise;
    let area = exercise.area();
    crate::browser::set_title(exercise.label());
    let filter = RwSignal::new(None::<Context>);
    view! {
        <p class="meta"><Link to=area.route()>{area.label()}</Link></p>
        <h1>{exercise.label()}</h1>
        <p class="lead">{exercise.blurb()}</p>
        <ContextSelect value=filter/>
        <ul class="item-list">
            {info.items.into_iter().map(|s| {
                let shown = move || filter.get().is_none_or(|c| c == s.context);
                view! {
                    <li class="card" hidden=move || !shown()>
                        <Link to=Route::Item(exercise, s.id.to_string())>{s.speaker.to_string()}</Link>
                        <p class="meta">
                            {s.context.label()}" · "<ItemStatus key=exercise.progress_key(s.id)/>
                            {(!s.content_notes.is_empty()).then(|| format!(" · {}", ContentNote::sentence(s.content_notes)))}
                        </p>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// Shows a page of an area: `show` gets what was read from the area's content, or the page
/// says the content is missing.
pub fn for_content<T>(
    content: Result<T, &'static heard_domain::content::ContentError>,
    show: impl FnOnce(T) -> AnyView,
) -> AnyView {
    match content {
        Ok(read) => show(read),
        Err(err) => view! { <ContentError message=err.to_string()/> }.into_any(),
    }
}

/// An item page: finds `id` among its exercise's `items`, shows the item's content note first
/// if it has one, then what `render` makes of it (given every id, for "item 3 of 15" and the
/// next item). An unknown id gets a clear message instead.
pub fn item_frame(
    items: Vec<ItemSummary<'static>>,
    id: String,
    render: impl Fn(&str, Vec<String>) -> Option<AnyView> + Send + Sync + 'static,
) -> AnyView {
    let ids: Vec<String> = items.iter().map(|s| s.id.to_string()).collect();
    match items.iter().find(|s| s.id == id) {
        Some(item) => view! {
            <NoteGate notes=item.content_notes.to_vec() heading=item.speaker.to_string() continue_label="Continue">
                {render(&id, ids.clone()).unwrap_or_else(|| ().into_any())}
            </NoteGate>
        }
        .into_any(),
        None => view! {
            <ContentError message=format!("There is no practice item called “{id}”. It may have been renamed: choose one from the list.")/>
        }
        .into_any(),
    }
}
