//! After the conversation: the debrief (every reply with the engine's labels and the words
//! behind them, what the peer was thinking, the turning points, how deep they opened up, and
//! "Try again from here" at every turn), the first attempt shown beside a second one, and
//! "Save this conversation to my journal", the only way the words are ever stored.

use crate::browser;
use crate::state::use_app;
use crate::ui::route::Route;
use crate::ui::router::Link;
use crate::ui::written::FindingList;
use heard_domain::feedback::GUIDE_NOT_GRADE;
use heard_domain::partner::{self, Conversation, Partner};
use leptos::prelude::*;

#[component]
pub fn Debrief(
    partner: &'static Partner,
    conversation: Conversation,
    /// The first attempt, when this one tried again from one of its turns.
    first: Option<Conversation>,
    /// "Try again from here" at turn `n` (0: the first reply).
    on_try: Callback<usize>,
) -> impl IntoView {
    let summary = partner::Debrief::of(partner, &conversation);
    let ending = summary
        .ending
        .map_or("The conversation has not ended", |e| e.title());
    let layers = partner.layers.len();
    let depth = if summary.depth >= layers {
        format!("{} told you what they had not told anyone.", partner.name)
    } else {
        format!(
            "{} opened up as far as {} (layer {} of {layers}).",
            partner.name,
            summary.reached,
            summary.depth + 1
        )
    };
    let last = conversation.turns.last().map(|t| t.peer.clone());
    let turns: Vec<_> = conversation
        .turns
        .iter()
        .cloned()
        .zip(summary.points.clone())
        .enumerate()
        .collect();
    view! {
        <section class="card debrief" aria-labelledby="debrief-title">
            <h2 id="debrief-title" tabindex="-1">{format!("Ending: {ending}")}</h2>
            <p>{depth}</p>
            {partner.safety.as_ref().map(|s| view! {
                <div class="callout">
                    <h3>"When someone tells you something like this"</h3>
                    <p>{s.help_note.clone()}</p>
                    <p><Link to=Route::Help>"Get help now"</Link>" lists where to turn, for them and for you."</p>
                </div>
            })}
            <h3>{format!("Your replies, and what {} was thinking", partner.name)}</h3>
            <p class="hint">{GUIDE_NOT_GRADE}</p>
            <ol class="path">
                {turns.into_iter().map(|(i, (t, points))| {
                    let findings = if t.analysis.findings.is_empty() {
                        view! { <p>"The feedback engine did not recognise a listening move or a roadblock here."</p> }.into_any()
                    } else {
                        view! { <FindingList response=t.reply.clone() analysis=t.analysis.clone()/> }.into_any()
                    };
                    view! {
                        <li>
                            <p><strong>{format!("{} said: ", partner.name)}</strong>{t.answered.says.clone()}</p>
                            <p class="thinking"><strong>"What they were thinking: "</strong>{t.answered.thinks.clone()}</p>
                            <p><strong>"You replied: "</strong>{t.reply.clone()}</p>
                            {findings}
                            {(!points.is_empty()).then(|| view! {
                                <ul class="turning">
                                    {points.iter().map(|p| view! { <li>{p.describe(partner)}</li> }).collect_view()}
                                </ul>
                            })}
                            <button type="button" class="button button--quiet" on:click=move |_| on_try.run(i)>
                                "Try again from here"<span class="visually-hidden">{format!(" (reply {})", i + 1)}</span>
                            </button>
                        </li>
                    }
                }).collect_view()}
                {last.map(|l| view! {
                    <li>
                        <p><strong>{format!("{} said: ", partner.name)}</strong>{l.says}</p>
                        <p class="thinking"><strong>"What they were thinking: "</strong>{l.thinks}</p>
                    </li>
                })}
            </ol>
            <SaveToJournal partner=partner conversation=conversation first=first/>
        </section>
    }
}

/// The only place the words are stored, and only when the learner asks.
#[component]
fn SaveToJournal(
    partner: &'static Partner,
    conversation: Conversation,
    first: Option<Conversation>,
) -> impl IntoView {
    let app = use_app();
    let saved = RwSignal::new(None::<&'static str>);
    let text = match &first {
        Some(f) => format!(
            "{}\nThen I tried again:\n\n{}",
            f.transcript(partner),
            conversation.transcript(partner)
        ),
        None => conversation.transcript(partner),
    };
    let id = partner.id.clone();
    let save = move |_| {
        let text = text.clone();
        let at = browser::now();
        let base = format!("partner-{id}-{at}");
        app.update(move |d| {
            let mut key = base.clone();
            let mut n = 1;
            while d.journal.contains_key(&key) || d.deleted.contains_key(&key) {
                key = format!("{base}-{n}");
                n += 1;
            }
            d.put_note(&key, text, None, at);
        });
        saved.set(Some(app.save_outcome(
            "Saved to your journal. Only you can see it, on this device.",
        )));
    };
    view! {
        {move || if app.workshop.get() {
            view! { <p class="hint">"Workshop mode: nothing is stored, so this conversation cannot be saved."</p> }.into_any()
        } else {
            view! {
                <div class="actions">
                    <button type="button" class="button" disabled=move || saved.get().is_some() on:click=save.clone()>
                        "Save this conversation to my journal"
                    </button>
                </div>
                <p role="status" class="hint">{move || saved.get().unwrap_or("Nothing you typed is kept unless you save it.")}</p>
            }.into_any()
        }}
    }
}

/// The first attempt, kept beside the second: the same lines, and where the second began.
#[component]
pub fn FirstAttempt(
    partner: &'static Partner,
    conversation: Conversation,
    from: usize,
) -> impl IntoView {
    let ending = conversation.state().ending().map(|e| e.title());
    view! {
        <section class="attempt attempt--first" aria-labelledby="first-attempt">
            <h2 id="first-attempt">"First attempt"</h2>
            <ol class="chat">
                <li class="chat__peer"><span class="visually-hidden">{format!("{} says: ", partner.name)}</span>{partner.opening().to_string()}</li>
                {conversation.turns.iter().enumerate().map(|(i, t)| view! {
                    {(i == from).then(|| view! { <li class="chat__branch">"You tried again from here"</li> })}
                    <li class="chat__you"><span class="visually-hidden">"You say: "</span>{t.reply.clone()}</li>
                    <li class="chat__peer"><span class="visually-hidden">{format!("{} says: ", partner.name)}</span>{t.peer.says.clone()}</li>
                }).collect_view()}
            </ol>
            {ending.map(|e| view! { <p class="meta">{format!("Ending: {e}")}</p> })}
        </section>
    }
}
