//! `/workshop/triads`: role-play in threes. The card picker (by context, or gentle cards only)
//! and one card's session: the card, the round and feedback lengths, a big clock driven by the
//! pure [`TriadSession`] on a quarter-second interval, who holds which role now, a gentle cue
//! near the end of each phase (a calmer colour, never a flash; an optional short tone), the
//! trainer's note (and, on cards with a content note, how to step out and come out of role),
//! and the observer's to-do / to-avoid checklist under its safety line.
//!
//! The observer's ticks live only in this page's memory and are cleared when the next round
//! starts; nothing is stored ("keep on this device" is not offered).
//!
//! Trainer's demo and test mode: `?fast=1` on a card's address runs 1.5-second rounds and
//! half-second feedback, to show a room (or an end-to-end test) the whole rotation at once.

use super::workshop_mode;
use crate::library::{moves, triads};
use crate::ui::area::AreaContent;
use crate::ui::exercise_kit::ContextSelect;
use crate::ui::pages::ContentError;
use crate::ui::route::Route;
use crate::ui::router::Link;
use heard_domain::catalog::Area;
use heard_domain::content::moves::Entry;
use heard_domain::content::triads::{
    clock_text, Card, Cue, ObserverSheet, Phase, TriadSession, DEFAULT_FEEDBACK_MINUTES,
    DEFAULT_ROUND_MINUTES, FEEDBACK_CHOICES, ROUND_CHOICES,
};
use heard_domain::content::Context;
use leptos::prelude::*;
use std::time::Duration;

/// `/workshop/triads`.
#[component]
pub fn TriadsPage() -> impl IntoView {
    workshop_mode();
    crate::browser::set_title("Role-play triads");
    view! { <AreaContent area=Area::Workshop><CardList/></AreaContent> }
}

#[component]
fn CardList() -> impl IntoView {
    let t = match triads() {
        Ok(t) => t,
        Err(e) => return view! { <ContentError message=e.to_string()/> }.into_any(),
    };
    let context = RwSignal::new(None::<Context>);
    let gentle = RwSignal::new(false);
    view! {
        <p class="meta"><Link to=Route::Workshop>"Workshop"</Link></p>
        <h1>"Role-play triads"</h1>
        <p class="lead">"Practise in threes: a speaker, a listener and an observer. Three rounds, with feedback after each, so everyone takes every role once."</p>
        <p>"Pick a card, choose the round length, and the timer keeps time for the room and rotates the roles. Observers can open the same card on their own phone for the checklist; their ticks stay on that phone's page and are not saved."</p>
        <p class="hint">"Trainer's demo: add "<code>"?fast=1"</code>" to a card's address to run all three rounds in a few seconds."</p>
        <div class="filters">
            <ContextSelect value=context/>
            <div class="option">
                <label>
                    <input type="checkbox" prop:checked=move || gentle.get() on:change=move |ev| gentle.set(event_target_checked(&ev))/>
                    <span>"Gentle cards only (no content note)"</span>
                </label>
            </div>
        </div>
        <ul class="item-list">
            {t.cards.iter().map(|c| {
                let ctx = c.context;
                let is_gentle = c.is_gentle();
                let shown = move || context.get().is_none_or(|x| x == ctx) && (!gentle.get() || is_gentle);
                view! {
                    <li class="card" hidden=move || !shown()>
                        <Link to=Route::Triad(c.id.clone())>{c.title.clone()}</Link>
                        <p class="meta">
                            {ctx.label()}
                            {(!is_gentle).then(|| format!(" · {}", c.content_note_sentence()))}
                        </p>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// `/workshop/triads/<card>`.
#[component]
pub fn TriadPage(card: String) -> impl IntoView {
    workshop_mode();
    let card = StoredValue::new(card);
    view! {
        <AreaContent area=Area::Workshop>
            <AreaContent area=Area::Moves>
                <Triad card=card.get_value()/>
            </AreaContent>
        </AreaContent>
    }
}

/// `?fast=1`: the trainer's demo and test clock.
fn fast_clock() -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|q| {
            q.trim_start_matches('?')
                .split('&')
                .any(|kv| kv == "fast=1")
        })
}

/// The browser clock as the session wants it.
fn now_ms() -> u64 {
    u64::try_from(crate::browser::now()).unwrap_or(0)
}

/// A new session with the chosen lengths (or the fast clock), ready to start.
fn new_session(card: &str, fast: bool, round: u32, feedback: u32) -> Option<TriadSession> {
    if fast {
        TriadSession::with_lengths_ms(card, 1_500, 500).ok()
    } else {
        TriadSession::new(card, round, feedback).ok()
    }
}

thread_local! {
    /// The page's one audio context, made when the trainer turns the sound on (a click, so
    /// the browser lets it play) and closed when the page is left.
    static AUDIO: std::cell::RefCell<Option<web_sys::AudioContext>> =
        const { std::cell::RefCell::new(None) };
}

/// Turns the sound cue on (making the audio context, and playing one tone so the trainer can
/// hear how loud it is) or off (closing it).
fn set_sound(on: bool) {
    AUDIO.with(|a| {
        let mut a = a.borrow_mut();
        if on {
            if a.is_none() {
                *a = web_sys::AudioContext::new().ok();
            }
        } else if let Some(ctx) = a.take() {
            let _ = ctx.close();
        }
    });
    if on {
        tone();
    }
}

/// A short, soft tone (sine, fading in and out over half a second). Silently does nothing if
/// the sound is off or the browser offers no audio.
fn tone() {
    AUDIO.with(|a| {
        let a = a.borrow();
        let Some(ctx) = a.as_ref() else {
            return;
        };
        let (Ok(osc), Ok(gain)) = (ctx.create_oscillator(), ctx.create_gain()) else {
            return;
        };
        let t = ctx.current_time();
        osc.frequency().set_value(523.25);
        let g = gain.gain();
        g.set_value(0.0);
        let _ = g.linear_ramp_to_value_at_time(0.15, t + 0.05);
        let _ = g.linear_ramp_to_value_at_time(0.0, t + 0.6);
        let _ = osc
            .connect_with_audio_node(&gain)
            .and_then(|_| gain.connect_with_audio_node(&ctx.destination()));
        let _ = osc.start();
        let _ = osc.stop_with_when(t + 0.65);
    });
}

/// "A is Speaker, B is Listener, C is Observer."
fn roles_sentence(s: &TriadSession) -> String {
    s.roles()
        .map(|r| {
            r.iter()
                .map(|(p, role)| format!("{} is {}", p.label(), role.label()))
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default()
}

/// What the live region says when something happens.
fn cue_text(cue: Cue, s: &TriadSession) -> String {
    match cue {
        Cue::NearEnd(Phase::Round(_)) => "Nearly time: finish the thought.".into(),
        Cue::NearEnd(_) => "Nearly time for the next round.".into(),
        Cue::Ended {
            next: Phase::Finished,
            ..
        } => "All three rounds done. Thank each other.".into(),
        Cue::Ended {
            next: next @ Phase::Round(_),
            ..
        } => format!("{} begins. {}.", next.label(), roles_sentence(s)),
        Cue::Ended { next, .. } => {
            format!(
                "{}: the observer opens, then the speaker, then the listener.",
                next.label()
            )
        }
    }
}

#[component]
fn Triad(card: String) -> impl IntoView {
    let (t, m) = match (triads(), moves()) {
        (Ok(t), Ok(m)) => (t, m),
        (Err(e), _) | (_, Err(e)) => {
            return view! { <ContentError message=e.to_string()/> }.into_any()
        }
    };
    let Some(c) = t.card(&card) else {
        return view! { <ContentError message=format!("There is no triad card called “{card}”.")/> }.into_any();
    };
    crate::browser::set_title(&c.title);
    let fast = fast_clock();
    let round_min = RwSignal::new(DEFAULT_ROUND_MINUTES);
    let feedback_min = RwSignal::new(DEFAULT_FEEDBACK_MINUTES);
    let Some(first) = new_session(&c.id, fast, DEFAULT_ROUND_MINUTES, DEFAULT_FEEDBACK_MINUTES)
    else {
        return view! { <ContentError message="The timer could not be set up."/> }.into_any();
    };
    let session = RwSignal::new(first);
    let now = RwSignal::new(now_ms());
    let announce = RwSignal::new(String::new());
    let sound = RwSignal::new(false);
    let sheet = RwSignal::new(ObserverSheet::new());
    let id = c.id.clone();
    let reset = move || {
        if let Some(s) = new_session(
            &id,
            fast,
            round_min.get_untracked(),
            feedback_min.get_untracked(),
        ) {
            session.set(s);
        }
    };
    let reset = StoredValue::new(reset);

    let tick = move || {
        let at = now_ms();
        now.set(at);
        let mut cue = None;
        session.update(|s| cue = s.tick(at));
        if let Some(cue) = cue {
            if matches!(
                cue,
                Cue::Ended {
                    next: Phase::Round(_),
                    ..
                }
            ) {
                sheet.update(ObserverSheet::clear);
            }
            announce.set(session.with_untracked(|s| cue_text(cue, s)));
            if sound.get_untracked() {
                tone();
            }
        }
    };
    if let Ok(h) = set_interval_with_handle(tick, Duration::from_millis(250)) {
        on_cleanup(move || h.clear());
    }
    on_cleanup(|| set_sound(false));

    let phase = Memo::new(move |_| session.with(|s| s.phase()));
    // Only when the roles change (the session itself changes on every tick).
    let roles = Memo::new(move |_| session.with(|s| s.roles()));
    let main_button = move || {
        session.with(|s| match s.phase() {
            Phase::Ready => "Start",
            Phase::Finished => "Start again",
            _ if s.is_paused() => "Resume",
            _ => "Pause",
        })
    };
    let on_main = move |_| {
        let at = now_ms();
        let p = phase.get_untracked();
        match p {
            Phase::Finished => {
                reset.with_value(|r| r());
                announce.set("Ready to start again.".into());
            }
            Phase::Ready => {
                session.update(|s| s.start(at));
                announce.set(session.with_untracked(|s| {
                    format!("{} begins. {}.", s.phase().label(), roles_sentence(s))
                }));
            }
            _ => {
                let paused = session.with_untracked(|s| s.is_paused());
                session.update(|s| if paused { s.resume(at) } else { s.pause(at) });
                announce.set(if paused { "Resumed." } else { "Paused." }.into());
            }
        }
        now.set(at);
    };
    let on_skip = move |_| {
        let at = now_ms();
        let before = phase.get_untracked();
        if !before.is_timed() {
            return;
        }
        session.update(|s| _ = s.skip(at));
        let after = phase.get_untracked();
        if matches!(after, Phase::Round(_)) {
            sheet.update(ObserverSheet::clear);
        }
        announce.set(session.with_untracked(|s| {
            cue_text(
                Cue::Ended {
                    ended: before,
                    next: after,
                },
                s,
            )
        }));
        now.set(at);
    };
    let clock = move || session.with(|s| clock_text(s.remaining_ms(now.get())));
    let near = move || session.with(|s| s.is_near_end(now.get()));
    let ready = move || phase.get() == Phase::Ready;
    let focus_titles: Vec<String> = c
        .focus
        .iter()
        .filter_map(|f| m.entry(f).map(|e| e.title.clone()))
        .collect();

    view! {
        <p class="meta"><Link to=Route::Workshop>"Workshop"</Link>" · "<Link to=Route::Triads>"Role-play triads"</Link></p>
        <h1>{c.title.clone()}</h1>
        <p class="meta">
            {c.context.label()}
            {(!c.is_gentle()).then(|| format!(" · {}", c.content_note_sentence()))}
            {fast.then_some(" · Demo clock: 1.5-second rounds")}
        </p>
        <CardText c=c focus=focus_titles/>

        <section class="triad-timer wide" aria-labelledby="timer-heading">
            <h2 id="timer-heading">"Timer"</h2>
            <div class="filters">
                <div class="field field--inline">
                    <label for="round-length">"Round length"</label>
                    <select id="round-length" disabled=move || !ready() || fast on:change=move |ev| {
                        if let Ok(v) = event_target_value(&ev).parse::<u32>() {
                            round_min.set(v);
                            reset.with_value(|r| r());
                        }
                    }>
                        {ROUND_CHOICES.into_iter().map(|n| view! {
                            <option value=n.to_string() selected=move || round_min.get() == n>{format!("{n} minutes")}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field field--inline">
                    <label for="feedback-length">"Feedback length"</label>
                    <select id="feedback-length" disabled=move || !ready() || fast on:change=move |ev| {
                        if let Ok(v) = event_target_value(&ev).parse::<u32>() {
                            feedback_min.set(v);
                            reset.with_value(|r| r());
                        }
                    }>
                        {FEEDBACK_CHOICES.into_iter().map(|n| view! {
                            <option value=n.to_string() selected=move || feedback_min.get() == n>{format!("{n} minutes")}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="option">
                    <label>
                        <input type="checkbox" prop:checked=move || sound.get() on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            sound.set(on);
                            set_sound(on);
                        }/>
                        <span>"Play a soft tone near the end and at each change"</span>
                    </label>
                </div>
            </div>
            <div class="clock" class:clock--near=near class:clock--done=move || phase.get() == Phase::Finished>
                <p class="clock__phase">{move || phase.get().label()}</p>
                <p class="clock__time">{clock}</p>
                <p class="clock__hint">{move || if near() { "Nearly time: finish the thought." } else { "" }}</p>
            </div>
            <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">{move || announce.get()}</p>
            <div class="actions">
                <button type="button" class="button" on:click=on_main>{main_button}</button>
                <button type="button" class="button button--quiet" aria-disabled=move || (!phase.get().is_timed()).then_some("true") on:click=on_skip>"Skip to the next part"</button>
            </div>
            <h3>"Roles now"</h3>
            {move || match roles.get() {
                None => view! { <p class="roles roles--done">"Everyone has been speaker, listener and observer once."</p> }.into_any(),
                Some(r) => view! {
                    <ul class="roles">
                        {r.into_iter().map(|(p, role)| view! {
                            <li class="role" data-person=p.label()>
                                <span class="role__person">{format!("Person {}", p.label())}</span>
                                <span class="role__name">{role.label()}</span>
                                <span class="role__what">{role.description()}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any(),
            }}
        </section>

        <ObserverChecklist list=&m.list safety=&t.observer_safety sheet=sheet/>
    }
    .into_any()
}

/// The card itself: the trainer's note first (set the room up before the first round), then
/// what each role reads.
#[component]
fn CardText(c: &'static Card, focus: Vec<String>) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="trainer-heading">
            <h2 id="trainer-heading">"For the trainer"</h2>
            <p>{c.trainer_note.clone()}</p>
            {c.stepping_out().map(|g| view! {
                <p><strong>"Stepping out and coming out of role: "</strong>{g.to_string()}</p>
            })}
        </section>
        <div class="triad-card">
            <section class="card">
                <h2>"Speaker's brief"</h2>
                <p>{c.speaker_brief.clone()}</p>
                <p><strong>"Opening line: "</strong>{format!("“{}”", c.opening_line)}</p>
            </section>
            <section class="card">
                <h2>"Listener's goal"</h2>
                <p>{c.listener_goal.clone()}</p>
            </section>
            <section class="card">
                <h2>"Observer's focus"</h2>
                <p>{c.observer_focus.clone()}</p>
                {(!focus.is_empty()).then(|| view! {
                    <p>{format!("Watch most for: {}.", focus.join("; "))}</p>
                })}
            </section>
        </div>
    }
}

/// The to-do / to-avoid list as the observer's tally for this round, in memory only, under
/// the safety line that comes before any ticking.
#[component]
fn ObserverChecklist(
    list: &'static [Entry],
    safety: &'static str,
    sheet: RwSignal<ObserverSheet>,
) -> impl IntoView {
    view! {
        <section class="observer" aria-labelledby="observer-heading">
            <h2 id="observer-heading">"Observer's checklist"</h2>
            <p class="callout">{safety}</p>
            <p>"Tick what you notice, and count it again each time. Open the feedback with what went well. These ticks stay on this page only and clear when the next round starts; nothing is saved."</p>
            <ul class="observer__list">
                {list.iter().map(|e| {
                    let id = StoredValue::new(e.id.clone());
                    let count = move || sheet.with(|s| id.with_value(|id| s.count(id)));
                    let title = e.title.clone();
                    view! {
                        <li class="observer__entry">
                            <label class="observer__tick">
                                <input type="checkbox" prop:checked=move || { count() > 0 } on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    sheet.update(|s| id.with_value(|id| {
                                        if on {
                                            if s.count(id) == 0 { s.mark(id); }
                                        } else {
                                            while s.unmark(id) > 0 {}
                                        }
                                    }));
                                }/>
                                <span><strong>{e.side.label()}": "</strong>{e.title.clone()}<br/><span class="meta">{e.look_for.clone()}</span></span>
                            </label>
                            <span class="observer__count">
                                <button type="button" class="button button--quiet" aria-label=format!("Noticed again: {title}") on:click=move |_| sheet.update(|s| id.with_value(|id| _ = s.mark(id)))>"+1"</button>
                                <span>{move || format!("Noticed {}", count())}</span>
                            </span>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <div class="actions">
                <button type="button" class="button button--quiet" on:click=move |_| sheet.update(ObserverSheet::clear)>"Clear the ticks"</button>
            </div>
        </section>
    }
}
