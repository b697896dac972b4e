//! The conversation itself: the setting, a log of what was said (a `role="log"` region, so a
//! screen reader announces each new line), a text box and Send. The peer's answer comes from
//! the domain's `Conversation::reply`, on the device, at once. What the learner types is kept in
//! this page's memory only; progress gets the outcome (never the words) when it ends, and the
//! journal gets the transcript only if the learner asks.
//!
//! "Try again from here" keeps the first attempt beside the new one.

use super::debrief::{Debrief, FirstAttempt};
use crate::browser;
use crate::state::use_app;
use crate::ui::exercise_kit::{ItemMeta, ItemNav};
use crate::ui::spelling::{spellcheck, Spelling};
use heard_domain::catalog::Exercise;
use heard_domain::partner::{Conversation, Partner, Turn};
use leptos::prelude::*;

/// The longest reply read (the engine reads far less in practice).
const MAX_REPLY: usize = 1_000;

#[component]
pub fn TalkView(partner: &'static Partner, ids: Vec<String>) -> impl IntoView {
    browser::set_title(&format!("Practice partner: {}", partner.name));
    let app = use_app();
    let current = RwSignal::new(Conversation::start(partner));
    // The first attempt, and the turn the current one branched from it.
    let first = RwSignal::new(None::<(Conversation, usize)>);
    let draft = RwSignal::new(String::new());
    let empty = RwSignal::new(false);
    let as_i_go = RwSignal::new(false);
    let spelling = RwSignal::new(false);
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = draft.get_untracked();
        if text.trim().is_empty() {
            empty.set(true);
            return;
        }
        empty.set(false);
        let mut ended = false;
        current.update(|c| {
            if c.reply(partner, &text).is_some() {
                ended = c.is_over();
            }
        });
        draft.set(String::new());
        if ended {
            if let Some(outcome) = current.with_untracked(Conversation::outcome) {
                for event in outcome.events(browser::now()) {
                    app.record(event);
                }
            }
            browser::focus_after_render("debrief-title");
        } else {
            browser::focus_after_render("reply-text");
        }
    };
    let try_again = Callback::new(move |at: usize| {
        let now = current.get_untracked();
        if first.with_untracked(Option::is_none) {
            first.set(Some((now.clone(), at)));
        } else {
            first.update(|f| {
                if let Some((_, from)) = f {
                    *from = at;
                }
            });
        }
        current.set(now.branch(at));
        browser::focus_after_render("reply-text");
    });
    let log_label = format!("Your conversation with {}", partner.name);
    view! {
        <ItemMeta exercise=Exercise::Partner ids=ids.clone() id=partner.id.clone() context=partner.context/>
        <h1>{format!("{}, {}", partner.name, lower_first(&partner.speaker))}</h1>
        <p class="lead">{partner.setting.clone()}</p>
        <div class="spelling">
            <label>
                <input type="checkbox" role="switch" prop:checked=move || as_i_go.get()
                    on:change=move |ev| as_i_go.set(event_target_checked(&ev))/>
                <span>"Show feedback as I go"</span>
            </label>
        </div>
        <p class="hint">"With it off, there is only the conversation; the feedback waits for the debrief at the end."</p>
        <div class=move || if first.with(Option::is_some) { "attempts attempts--two" } else { "attempts" }>
            {move || first.get().map(|(c, from)| view! { <FirstAttempt partner=partner conversation=c from=from/> })}
            <section class="attempt" aria-labelledby="this-attempt">
                <h2 id="this-attempt" class=move || if first.with(Option::is_some) { "" } else { "visually-hidden" }>
                    {move || if first.with(Option::is_some) { "This attempt" } else { "The conversation" }}
                </h2>
                <div role="log" aria-label=log_label class="chat-log">
                    <ol class="chat">
                        <li class="chat__peer"><span class="visually-hidden">{format!("{} says: ", partner.name)}</span>{partner.opening().to_string()}</li>
                        <For each=move || current.with(|c| c.turns.iter().cloned().enumerate().collect::<Vec<_>>())
                            key=|(i, t)| (*i, t.reply.clone())
                            children=move |(_, t)| view! { <Exchange partner=partner turn=t as_i_go=as_i_go/> }/>
                    </ol>
                </div>
                {move || (!current.with(Conversation::is_over)).then(|| view! {
                    <form class="written partner-reply" on:submit=send novalidate>
                        <div class="field">
                            <label for="reply-text">"Your reply"</label>
                            <textarea id="reply-text" rows="3" maxlength=MAX_REPLY.to_string() spellcheck=spellcheck(spelling)
                                prop:value=move || draft.get()
                                on:input=move |ev| draft.set(event_target_value(&ev))></textarea>
                            <p class="hint">"Only you see this. It stays in this page until you leave, unless you save the conversation to your journal at the end."</p>
                            <Spelling on=spelling/>
                        </div>
                        {move || empty.get().then(|| view! { <p class="status-bad" role="alert">"Write a reply first, then send it."</p> })}
                        <div class="actions">
                            <button type="submit" class="button">"Send"</button>
                        </div>
                    </form>
                })}
                {move || current.get().is_over().then(|| view! {
                    <Debrief partner=partner conversation=current.get() first=first.get().map(|(c, _)| c) on_try=try_again/>
                })}
            </section>
        </div>
        <ItemNav exercise=Exercise::Partner ids=ids id=partner.id.clone()/>
    }
}

/// One reply and the peer's answer, as two lines of the log; with the switch on, what the
/// engine found in the reply.
#[component]
fn Exchange(partner: &'static Partner, turn: Turn, as_i_go: RwSignal<bool>) -> impl IntoView {
    let labels: Vec<&'static str> = turn
        .analysis
        .findings
        .iter()
        .map(|f| f.label.title())
        .collect();
    let found = if labels.is_empty() {
        "Feedback: nothing the engine recognises.".to_string()
    } else {
        format!("Feedback: {}.", labels.join(", "))
    };
    view! {
        <li class="chat__you">
            <span class="visually-hidden">"You say: "</span>{turn.reply.clone()}
            {move || as_i_go.get().then(|| view! { <span class="chat__feedback">{found.clone()}</span> })}
        </li>
        <li class="chat__peer"><span class="visually-hidden">{format!("{} says: ", partner.name)}</span>{turn.peer.says.clone()}</li>
    }
}

/// "First-year medical student" → "first-year medical student", after a name.
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
