//! `/practise/moves`: the to-do and to-avoid list, recognised in real talk. The area page, each
//! exercise's list of items (filterable by context), one item of either exercise, and the
//! checklist card (`/practise/moves/card`).

pub mod card;
pub mod name;
pub mod spot;

use crate::state::use_app;
use crate::ui::area::AreaContent;
use crate::ui::content_note::NoteGate;
use crate::ui::pages::ContentError;
use crate::ui::practice::{item_href, next_to_do, ContextSelect, ItemStatus};
use crate::ui::router::Link;
use heard_domain::content::moves::{moves, Exercise, Moves, AREA};
use heard_domain::content::{ContentNote, Context};
use leptos::prelude::*;

/// The area's name, as the practice hub and every page's way back show it.
pub const TITLE: &str = "To do and to avoid";

/// What each exercise is for, on the area page and its list.
fn blurb(exercise: Exercise) -> &'static str {
    match exercise {
        Exercise::Name => "Read what a peer said and how the listener replied. Which of the nine moves is it?",
        Exercise::Spot => "Read a short conversation and mark the lines where the listener slips into something to avoid. Then see a better line for each.",
    }
}

/// `/practise/moves`.
#[component]
pub fn MovesPage() -> impl IntoView {
    view! { <AreaContent area=AREA><Overview/></AreaContent> }
}

#[component]
fn Overview() -> impl IntoView {
    let m = match moves() {
        Ok(m) => m,
        Err(e) => return view! { <ContentError message=e.to_string()/> }.into_any(),
    };
    crate::browser::set_title(TITLE);
    let app = use_app();
    view! {
        <h1>{TITLE}</h1>
        <p class="lead">"Four things to do when you listen as a peer, and five to avoid. Most of them are easy to agree with and surprisingly hard to spot in the moment, so here you practise noticing them in real conversations."</p>
        <p>"The list comes from the volunteers' introduction to peer support, put in our own words. The "<Link href="/sources">"Sources"</Link>" page credits it with the other texts Heard draws on."</p>
        <p>"None of the moves to avoid is unkind. Advice, reassurance and “me too” stories are usually meant well. They just pull the focus away from the person who came to talk."</p>
        <ul class="lesson-list">
            {Exercise::ALL.into_iter().map(|e| {
                let ids: Vec<&'static str> = m.summaries(e).iter().map(|s| s.id).collect();
                let total = ids.len();
                let done = move || app.data.with(|d| d.progress.items_in(&e.prefix()).filter(|(_, r)| r.last_score.is_full()).count());
                let next = move || app.data.with(|d| next_to_do(&d.progress, &ids, |id| e.progress_key(id)));
                view! {
                    <li class="card">
                        <h2 class="card__title"><Link href=format!("/practise/{AREA}/{}", e.slug())>{e.label()}</Link></h2>
                        <p>{blurb(e)}</p>
                        <p class="meta">{move || format!("{} of {total} done", done())}</p>
                        {move || next().map(|id| view! {
                            <p><Link href=item_href(AREA, e.slug(), id) class="button">{if done() == 0 { "Start" } else { "Continue" }}</Link></p>
                        })}
                    </li>
                }
            }).collect_view()}
            <li class="card">
                <h2 class="card__title"><Link href=format!("/practise/{AREA}/card")>"The checklist card"</Link></h2>
                <p>"All nine on one card, with what to look for in a conversation. Print it for a training session, or keep it open while you practise."</p>
            </li>
        </ul>
    }
    .into_any()
}

/// `/practise/moves/<exercise>`: every item, with the learner's status.
#[component]
pub fn ExerciseListPage(exercise: String) -> impl IntoView {
    view! { <AreaContent area=AREA><ExerciseList exercise=exercise.clone()/></AreaContent> }
}

#[component]
fn ExerciseList(exercise: String) -> impl IntoView {
    let (m, e) = match (moves(), Exercise::from_slug(&exercise)) {
        (Ok(m), Some(e)) => (m, e),
        (Err(err), _) => return view! { <ContentError message=err.to_string()/> }.into_any(),
        (_, None) => return view! { <ContentError message=format!("There is no exercise called “{exercise}”.")/> }.into_any(),
    };
    crate::browser::set_title(e.label());
    let filter = RwSignal::new(None::<Context>);
    let items = m.summaries(e);
    view! {
        <p class="meta"><Link href=format!("/practise/{AREA}")>{TITLE}</Link></p>
        <h1>{e.label()}</h1>
        <p class="lead">{blurb(e)}</p>
        <ContextSelect value=filter/>
        <ul class="item-list">
            {items.into_iter().map(|s| {
                let shown = move || filter.get().is_none_or(|c| c == s.context);
                view! {
                    <li class="card" hidden=move || !shown()>
                        <Link href=item_href(AREA, e.slug(), s.id)>{s.speaker.to_string()}</Link>
                        <p class="meta">
                            {s.context.label()}" · "<ItemStatus key=e.progress_key(s.id)/>
                            {(!s.content_notes.is_empty()).then(|| format!(" · {}", ContentNote::sentence(s.content_notes)))}
                        </p>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// `/practise/moves/<exercise>/<id>`.
#[component]
pub fn ItemPage(exercise: String, id: String) -> impl IntoView {
    view! { <AreaContent area=AREA><Item exercise=exercise.clone() id=id.clone()/></AreaContent> }
}

#[component]
fn Item(exercise: String, id: String) -> impl IntoView {
    let found = moves()
        .ok()
        .zip(Exercise::from_slug(&exercise))
        .and_then(|(m, e)| {
            m.summaries(e)
                .into_iter()
                .find(|s| s.id == id)
                .map(|s| (m, e, s.content_notes.to_vec()))
        });
    let Some((m, e, notes)) = found else {
        return view! { <ContentError message=format!("There is no practice item at “{exercise}/{id}”.")/> }.into_any();
    };
    let ids: Vec<String> = m.summaries(e).iter().map(|s| s.id.to_string()).collect();
    view! {
        <NoteGate notes=notes continue_label="Continue">
            {item_view(m, e, &id, ids.clone())}
        </NoteGate>
    }
    .into_any()
}

fn item_view(m: &'static Moves, e: Exercise, id: &str, ids: Vec<String>) -> AnyView {
    match e {
        Exercise::Name => m
            .name_item(id)
            .map(|item| view! { <name::NameView moves=m item=item ids=ids/> }.into_any()),
        Exercise::Spot => m
            .transcript(id)
            .map(|t| view! { <spot::SpotView moves=m transcript=t ids=ids/> }.into_any()),
    }
    .unwrap_or_else(|| ().into_any())
}
