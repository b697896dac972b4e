//! "Conversations that answer back": the peer's next message depends on the reply chosen.
//! At the end, a debrief replays the path with what the peer was thinking at each turn, and
//! shows the better route. The walk itself is domain code ([`Walk`]); this is its view.

use crate::browser;
use crate::state::use_app;
use crate::ui::choice::attempt;
use crate::ui::exercise_kit::{ItemMeta, ItemNav};
use heard_domain::content::validation::{Conversation, Exercise, Node, Quality, Step, Walk};
use leptos::prelude::*;

#[component]
pub fn TalkView(conversation: &'static Conversation, ids: Vec<String>) -> impl IntoView {
    crate::browser::set_title(&conversation.title);
    let walk = match Walk::start(conversation) {
        Ok(w) => RwSignal::new(w),
        Err(e) => return view! { <p role="alert">{format!("This conversation cannot be shown: {e}.")}</p> }.into_any(),
    };
    let app = use_app();
    // The attempt each turn's replies are shuffled for: the walks already recorded, plus one
    // for each "Try a different route" on this page (which records nothing until its end).
    let tries = RwSignal::new(attempt(&conversation.progress_key()));
    let choose = move |index: usize| {
        let mut next = walk.get_untracked();
        if next.choose(index).is_ok() {
            if let Some(event) = next.event(browser::now()) {
                app.record(event);
            }
            walk.set(next);
            browser::focus_after_render("latest");
        }
    };
    let back = move |_| {
        walk.update(|w| {
            w.back();
        });
        browser::focus_after_render("latest");
    };
    let restart = move |_| {
        if let Ok(w) = Walk::start(conversation) {
            tries.update(|t| *t = t.saturating_add(1));
            walk.set(w);
        }
        browser::focus_after_render("latest");
    };
    view! {
        <ItemMeta exercise=Exercise::Talk ids=ids.clone() id=conversation.id.clone() context=conversation.context/>
        <h1>{conversation.title.clone()}</h1>
        <p class="lead">{conversation.speaker.clone()}</p>
        <p>{conversation.setting.clone()}</p>
        <ol class="chat" aria-label="The conversation so far">
            {move || walk.with(|w| w.path().iter().map(|s| view! {
                <li class="chat__peer"><span class="visually-hidden">"They say: "</span>{s.turn.peer.clone()}</li>
                <li class="chat__you"><span class="visually-hidden">"You say: "</span>{s.reply.text.clone()}</li>
            }).collect_view())}
            {move || {
                let peer = match walk.with(Walk::current) {
                    Node::Turn(t) => t.peer.clone(),
                    Node::Ending(e) => e.peer.clone(),
                };
                view! { <li class="chat__peer" id="latest" tabindex="-1"><span class="visually-hidden">"They say: "</span>{peer}</li> }
            }}
        </ol>
        {move || match walk.with(Walk::turn) {
            Some(turn) => view! {
                <fieldset class="replies">
                    <legend>"What do you say?"</legend>
                    {conversation.shown_replies(turn, tries.get_untracked()).into_iter().filter_map(|i| turn.replies.get(i).map(|r| view! {
                        <button type="button" class="reply-option" on:click=move |_| choose(i)>{r.text.clone()}</button>
                    })).collect_view()}
                </fieldset>
                {(!walk.with(|w| w.path().is_empty())).then(|| view! {
                    <div class="actions"><button type="button" class="button button--quiet" on:click=back>"Take back my last reply"</button></div>
                })}
            }.into_any(),
            None => walk.with(|w| w.debrief()).map(|d| view! {
                <Debrief debrief=d/>
                <div class="actions">
                    <button type="button" class="button" on:click=restart>"Try a different route"</button>
                </div>
                <ItemNav exercise=Exercise::Talk ids=ids.clone() id=conversation.id.clone()/>
            }).into_any(),
        }}
    }
    .into_any()
}

#[component]
fn Debrief(debrief: heard_domain::content::validation::Debrief<'static>) -> impl IntoView {
    let ending = debrief.ending;
    let class = match ending.quality {
        Quality::Best => "card debrief debrief--best",
        Quality::Mixed => "card debrief debrief--mixed",
        Quality::Closed => "card debrief debrief--closed",
    };
    view! {
        <section class=class aria-labelledby="debrief-title">
            <h2 id="debrief-title">{format!("Ending: {}", ending.title)}</h2>
            <p><strong>{format!("{}. ", ending.quality.label())}</strong>{ending.outcome.clone()}</p>
            <h3>"Your path, and what they were thinking"</h3>
            <ol class="path">
                {debrief.path.iter().map(|s: &Step<'static>| view! {
                    <li>
                        <p><strong>"They said: "</strong>{s.turn.peer.clone()}</p>
                        <p class="thinking"><strong>"What they were thinking: "</strong>{s.turn.thinking.clone()}</p>
                        <p><strong>{format!("You replied ({}): ", s.reply.kind.label())}</strong>{s.reply.text.clone()}</p>
                        <p class=if s.reply.kind.is_helpful() { "feedback feedback--ok" } else { "feedback feedback--miss" }>{s.reply.explanation.clone()}</p>
                    </li>
                }).collect_view()}
                <li>
                    <p><strong>"They said: "</strong>{ending.peer.clone()}</p>
                    <p class="thinking"><strong>"What they were thinking: "</strong>{ending.thinking.clone()}</p>
                </li>
            </ol>
            <h3>{if debrief.took_best_route { "You took the better route" } else { "The better route" }}</h3>
            <p>{debrief.better_route}</p>
            {(!debrief.took_best_route).then(|| debrief.best_route.map(|best| view! {
                <ol class="path path--best" aria-label="The better route, reply by reply">
                    {best.steps.iter().map(|s| view! {
                        <li>
                            <p><strong>"They said: "</strong>{s.turn.peer.clone()}</p>
                            <p><strong>{format!("A reply that {}: ", s.reply.kind.label())}</strong>{s.reply.text.clone()}</p>
                        </li>
                    }).collect_view()}
                </ol>
            }))}
        </section>
    }
}
