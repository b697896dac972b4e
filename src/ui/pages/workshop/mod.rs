//! `/workshop`: workshop mode for trainers (issue 8). The catalogue of presentable items,
//! browsable by skill and context, each with a stable link and a "Present" button; the
//! presenter view ([`present`]) and role-play triads ([`triads`]).
//!
//! Every workshop page switches the app into workshop mode ([`workshop_mode`]), which stays on
//! until the trainer leaves it: nothing is recorded or saved, and none of the learner's own
//! data is shown, on any page, so a trainer can use a shared machine or a trainee's laptop,
//! follow any link, and leave no trace.

pub mod present;
pub mod triads;

use crate::library::Loaded;
use crate::state::use_app;
use crate::ui::area::AreaContent;
use crate::ui::exercise_kit::ContextSelect;
use crate::ui::next_task::NextTask;
use crate::ui::route::Route;
use crate::ui::router::Link;
use heard_domain::catalog::{Area, Exercise};
use heard_domain::content::{ContentNote, Context};
use heard_domain::workshop::{catalogue, groups, Slide};
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

/// Puts the app in workshop mode when a workshop page opens. It stays on, on every page of
/// Heard (the shell's too), until the trainer chooses "Leave workshop mode" (`ui::banners`):
/// nothing is recorded or saved, and nothing of the learner's is shown.
pub fn workshop_mode() {
    use_app().enter_workshop();
}

/// `/workshop`.
#[component]
pub fn WorkshopPage() -> impl IntoView {
    workshop_mode();
    crate::browser::set_title("Workshop");
    view! {
        <h1>"Workshop"</h1>
        <p class="lead">"For trainers: project an exercise and reveal it step by step, take a show of hands, and run role-play in threes with a timer."</p>
        <div class="callout">
            <h2>"Workshop mode"</h2>
            <p>"Workshop mode is now on, on every page of Heard in this tab, until you choose “Leave workshop mode”: Heard saves nothing on this machine and shows none of the learner's own data, no progress and no journal, even on the exercise pages the catalogue links to. Leaving workshop mode leaves this browser's stored data exactly as it was."</p>
            <p>"With a practice partner, the room suggests each reply, you type it, and the peer answers what it actually did; the debrief at the end is for talking over together."</p>
            <p>"In the presenter view: the right arrow, Page Down or Space moves on; the left arrow or Page Up goes back; F fills the screen; Escape comes back here. A clicker works too."</p>
        </div>
        <ul class="actions workshop-links">
            <li><Link to=Route::Triads class="button">"Role-play triads"</Link></li>
            <li><Link to=Route::Exercise(Exercise::Partner) class="button button--quiet">"A practice partner with the room"</Link></li>
            <li><Link to=Route::Card class="button button--quiet">"Printable checklist card"</Link></li>
        </ul>
        <AreaContent area=Area::Validation>
            <AreaContent area=Area::Listening>
                <AreaContent area=Area::Moves>
                    <NextTask>
                        <Catalogue/>
                    </NextTask>
                </AreaContent>
            </AreaContent>
        </AreaContent>
    }
}

/// How many catalogue items are added per task while the catalogue fills in.
const CHUNK: usize = 5;

/// Every presentable item, grouped by exercise, with filters.
///
/// The catalogue has over a hundred items; building them all in one task kept a slow phone's
/// main thread busy for several frames (Lighthouse's total blocking time). The page builds
/// the catalogue one task after itself (`NextTask`), with its first [`CHUNK`] items, then
/// [`CHUNK`] more in each following task, in order, so it is there at once and answers a tap
/// between tasks. It is `aria-busy` until the last item is in. Which groups the filters leave
/// showing is `Group::matches`.
#[component]
fn Catalogue() -> impl IntoView {
    let slides = Arc::new(catalogue(&Loaded));
    let total = slides.len();
    let ready = RwSignal::new(CHUNK.min(total));
    fill_in(ready, total);
    let skill = RwSignal::new(None::<Area>);
    let context = RwSignal::new(None::<Context>);
    view! {
        <h2 id="catalogue">"Exercises to present"</h2>
        <div class="filters">
            <div class="field field--inline">
                <label for="skill">"Skill"</label>
                <select id="skill" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    skill.set(Area::from_slug(&v));
                }>
                    <option value="" selected=move || skill.get().is_none()>"Every skill"</option>
                    {Area::PRACTICE.into_iter().map(|a| view! {
                        <option value=a.slug() selected=move || skill.get() == Some(a)>{a.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <ContextSelect value=context/>
        </div>
        <div aria-busy=move || if ready.get() < total { "true" } else { "false" }>
            {groups(&slides).into_iter().map(|group| {
                let (start, end) = (group.slides.start, group.slides.end);
                let heading = format!("{} ({})", group.exercise.label(), group.exercise.area().label());
                let all = slides.clone();
                let group_shown = move || {
                    ready.get() > start && group.matches(&all, skill.get(), context.get())
                };
                let slides = slides.clone();
                view! {
                    <section class="catalogue-group" hidden=move || !group_shown()>
                        <h3>{heading}</h3>
                        <ul class="item-list">
                            <For
                                each=move || start..ready.get().clamp(start, end)
                                key=|i| *i
                                children=move |i| view! { <CatalogueItem slide=slides[i].clone() context/> }
                            />
                        </ul>
                    </section>
                }
            }).collect_view()}
        </div>
    }
}

/// Adds the next [`CHUNK`] catalogue items in a task of their own, until all are in. Stops if
/// the page has gone (its signal is disposed).
fn fill_in(ready: RwSignal<usize>, total: usize) {
    if ready.get_untracked() >= total {
        return;
    }
    set_timeout(
        move || {
            let more = ready.try_update(|n| {
                *n = (*n + CHUNK).min(total);
                *n < total
            });
            if more == Some(true) {
                fill_in(ready, total);
            }
        },
        Duration::ZERO,
    );
}

/// One presentable item: who speaks, what they say, its context, its stable link, and
/// "Present" and "Practise". Hidden when the context filter leaves it out.
#[component]
fn CatalogueItem(slide: Slide, context: RwSignal<Option<Context>>) -> impl IntoView {
    let c = slide.context;
    let shown = move || context.get().is_none_or(|x| x == c);
    let present = slide.present_route();
    let href = present.href();
    let practise = slide.practise_route();
    let what = format!(": {}, {}", slide.title, slide.exercise.label());
    let what2 = what.clone();
    let notes = (!slide.content_notes.is_empty())
        .then(|| format!(" · {}", ContentNote::sentence(&slide.content_notes)));
    let quote = format!("“{}”", slide.statement);
    view! {
        <li class="card catalogue-item" hidden=move || !shown()>
            <p class="catalogue-item__title"><strong>{slide.title}</strong></p>
            <p class="catalogue-item__quote">{quote}</p>
            <p class="meta">
                {c.label()}
                {notes}
            </p>
            <p class="meta">"Link: "<code class="deep-link">{href}</code></p>
            <p class="catalogue-item__actions">
                <Link to=present class="button">
                    "Present"<span class="visually-hidden">{what}</span>
                </Link>
                " "
                <Link to=practise class="button button--quiet">
                    "Practise"<span class="visually-hidden">{what2}</span>
                </Link>
            </p>
        </li>
    }
}
