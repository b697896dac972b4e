//! "Spot the slip": a short transcript; for each listener line the learner says whether it
//! slips into a to-avoid move, and which. Each line has its own labelled `<select>`, so the
//! whole marking works by keyboard alone (no dragging). The feedback goes through every
//! listener line: slips named, misnamed or missed, each with why and a better line, and the
//! lines that worked, so the learner sees what good listening sounded like too.

use crate::browser;
use crate::state::use_app;
use crate::ui::exercise_kit::{ItemMeta, ItemNav};
use crate::ui::pages::moves::card::ListPeek;
use heard_domain::content::moves::{
    Exercise, Line, Moves, Side, Speaker, Transcript, TranscriptResult, Verdict,
};
use leptos::prelude::*;
use std::collections::BTreeMap;

/// Line id -> the to-avoid entry id the learner named.
type Marks = BTreeMap<String, String>;

fn select_id(line: &str) -> String {
    format!("slip-{line}")
}

#[component]
pub fn SpotView(
    moves: &'static Moves,
    transcript: &'static Transcript,
    ids: Vec<String>,
) -> impl IntoView {
    let app = use_app();
    browser::set_title(Exercise::Spot.label());
    let marks = RwSignal::new(Marks::new());
    let checked = RwSignal::new(None::<Marks>);
    let first_select = transcript
        .lines
        .iter()
        .find(|l| l.speaker == Speaker::Listener)
        .map(|l| select_id(&l.id));

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let now = marks.get_untracked();
        app.record(transcript.score(&now).event(browser::now()));
        checked.set(Some(now));
        browser::focus("spot-result");
        request_animation_frame(|| browser::focus("spot-result-heading"));
    };
    let try_again = move |_| {
        checked.set(None);
        if let Some(id) = first_select.clone() {
            browser::focus(&id);
        }
    };
    // A Memo: every listener line reads its verdict from the one scored result.
    let result = Memo::new(move |_| checked.get().map(|m| transcript.score(&m)));

    view! {
        <ItemMeta exercise=Exercise::Spot ids=ids.clone() id=transcript.id.clone() context=transcript.context/>
        <h1>{transcript.title.clone()}</h1>
        <p>{transcript.setting.clone()}</p>
        <p>"For each of the listener's lines, choose whether it slips into something to avoid, and which. Most conversations have a few slips and some good moments too."</p>
        <ListPeek moves=moves/>
        <form on:submit=submit novalidate>
            <ol class="transcript">
                {transcript.lines.iter().enumerate().map(|(n, line)| view! {
                    <TranscriptLine moves=moves line=line number=n + 1 marks=marks checked=checked result=result/>
                }).collect_view()}
            </ol>
            <div class="actions">
                <button type="submit" class="button">{move || if checked.get().is_some() { "Check again" } else { "Check" }}</button>
            </div>
        </form>
        <div id="spot-result" class="check-result" tabindex="-1" aria-live="polite">
            {move || result.get().map(|r| view! {
                <Summary result=r/>
                <div class="actions">
                    <button type="button" class="button button--quiet" on:click=try_again.clone()>"Try again"</button>
                </div>
                <ItemNav exercise=Exercise::Spot ids=ids.clone() id=transcript.id.clone()/>
            })}
        </div>
    }
}

/// The score in words: slips found, named, missed, and lines marked that were fine.
#[component]
fn Summary(result: TranscriptResult<'static>) -> impl IntoView {
    let slips = result.lines.iter().filter(|l| l.line.is_slip()).count();
    let full = result.score.is_full();
    let heading = if full {
        format!("All {slips} slips found and named.")
    } else {
        format!("You found {} of {slips} slips.", result.found())
    };
    let mut details = vec![format!("Named right: {} of {slips}.", result.named())];
    if result.missed() > 0 {
        details.push(format!("Missed: {}.", result.missed()));
    }
    if result.false_marks() > 0 {
        details.push(format!("Marked but not a slip: {}.", result.false_marks()));
    }
    let advice = if full {
        "The notes under each line say what the slip does to the peer, and what worked."
    } else {
        "The notes under each line show every slip, what it does to the peer and a better line. Change any marks you like and check again."
    };
    view! {
        <h2 id="spot-result-heading" tabindex="-1" class=if full { "status-good" } else { "status-bad" }>{heading}</h2>
        <p><strong>{format!("Score: {}%.", result.score.percent())}</strong>" "{details.join(" ")}</p>
        <p>{advice}</p>
    }
}

/// One line of the transcript; a listener line has its slip choice and, once checked, its note.
#[component]
fn TranscriptLine(
    moves: &'static Moves,
    line: &'static Line,
    number: usize,
    marks: RwSignal<Marks>,
    checked: RwSignal<Option<Marks>>,
    result: Memo<Option<TranscriptResult<'static>>>,
) -> impl IntoView {
    let verdict = move || {
        result.with(|r| {
            r.as_ref()?
                .lines
                .iter()
                .find(|l| l.line.id == line.id)
                .map(|l| l.verdict.clone())
        })
    };
    let listener = line.speaker == Speaker::Listener;
    let who = if listener { "Listener" } else { "Peer" };
    let class = if listener {
        "transcript__line transcript__line--listener"
    } else {
        "transcript__line transcript__line--peer"
    };
    view! {
        <li class=class>
            <p class="transcript__text"><strong>{who}": "</strong>{line.text.clone()}</p>
            {listener.then(|| view! {
                <SlipSelect moves=moves line=line number=number marks=marks checked=checked/>
                {move || verdict().map(|v| view! { <LineFeedback moves=moves line=line verdict=v/> })}
            })}
        </li>
    }
}

#[component]
fn SlipSelect(
    moves: &'static Moves,
    line: &'static Line,
    number: usize,
    marks: RwSignal<Marks>,
    checked: RwSignal<Option<Marks>>,
) -> impl IntoView {
    let id = select_id(&line.id);
    let current = move || marks.with(|m| m.get(&line.id).cloned());
    let change = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        marks.update(|m| {
            if moves.side(Side::Avoid).any(|e| e.id == v) {
                m.insert(line.id.clone(), v);
            } else {
                m.remove(&line.id);
            }
        });
        // An earlier check no longer matches the marks on the page.
        checked.set(None);
    };
    view! {
        <div class="field field--inline transcript__mark">
            <label for=id.clone()>{format!("Line {number}: slip?")}</label>
            <select id=id on:change=change>
                <option value="" selected=move || current().is_none()>"No slip"</option>
                {moves.side(Side::Avoid).map(|e| {
                    let eid = e.id.clone();
                    view! {
                        <option value=e.id.clone() selected=move || current().as_deref() == Some(eid.as_str())>{e.title.clone()}</option>
                    }
                }).collect_view()}
            </select>
        </div>
    }
}

/// The verdict on one listener line, with why, and for a slip a better line.
#[component]
fn LineFeedback(moves: &'static Moves, line: &'static Line, verdict: Verdict) -> impl IntoView {
    let title = move |id: &str| {
        moves
            .entry(id)
            .map_or_else(|| id.to_string(), |e| e.title.clone())
    };
    let (ok, headline) = match (&verdict, &line.slip) {
        (Verdict::Named, Some(s)) => (true, format!("Slip: {}. You named it.", title(s))),
        (Verdict::Misnamed(n), Some(s)) => (
            false,
            format!(
                "A slip, well spotted, but it is “{}” rather than “{}”.",
                title(s),
                title(n)
            ),
        ),
        (Verdict::Missed, Some(s)) => (false, format!("Missed slip: {}.", title(s))),
        (Verdict::FalseMark(n), _) => (
            false,
            format!("Not a slip, though you marked it as “{}”.", title(n)),
        ),
        _ => (
            true,
            match &line.good {
                Some(g) => format!("Not a slip. It shows “{}”.", title(g)),
                None => "Not a slip.".to_string(),
            },
        ),
    };
    view! {
        <div class=if ok { "feedback feedback--ok" } else { "feedback feedback--miss" }>
            <p><strong>{headline}</strong>" "{line.explanation.clone().unwrap_or_default()}</p>
            {line.better.clone().map(|b| view! {
                <p><strong>"A better line: "</strong>{format!("“{b}”")}</p>
            })}
        </div>
    }
}
