//! Write your own response and get on-device feedback: what it does (the engine's labels), the
//! words that show each move highlighted, a note on what each may do to the peer, and model
//! responses to compare with. Used by reflective listening ("write your own reflection") and by
//! validation ("rewrite it"). What is typed never leaves the page; progress keeps only a score.

use crate::browser;
use crate::state::use_app;
use crate::ui::spelling::{spellcheck, Spelling};
use heard_domain::feedback::{analyse, Analysis, GUIDE_NOT_GRADE};
use leptos::prelude::*;

#[component]
pub fn WrittenAnswer(
    /// What the peer said: the engine compares the response with it.
    statement: String,
    /// Model responses, shown after the first feedback.
    models: Vec<String>,
    /// The progress key the attempt is recorded under.
    key: String,
    /// The text box's label, e.g. "Your reflection".
    label: &'static str,
    /// Unique within the page: the text box and result ids start with it.
    id: &'static str,
) -> impl IntoView {
    let app = use_app();
    let text = RwSignal::new(String::new());
    let result = RwSignal::new(None::<(String, Analysis)>);
    let empty = RwSignal::new(false);
    let spelling = RwSignal::new(false);
    let result_id = format!("{id}-result");
    let focus_id = result_id.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let response = text.get_untracked();
        if response.trim().is_empty() {
            empty.set(true);
            result.set(None);
        } else {
            empty.set(false);
            let analysis = analyse(&statement, &response);
            app.record(analysis.event(&key, browser::now()));
            result.set(Some((response, analysis)));
        }
        browser::focus_after_render(&focus_id);
    };
    view! {
        <form class="written" on:submit=submit novalidate>
            <div class="field">
                <label for=format!("{id}-text")>{label}</label>
                <textarea id=format!("{id}-text") rows="4" maxlength="2000" spellcheck=spellcheck(spelling)
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                <p class="hint">"Only you see this. It stays on this device and is not saved."</p>
                <Spelling on=spelling/>
            </div>
            <div class="actions">
                <button type="submit" class="button">{move || if result.with(Option::is_some) { "Get feedback again" } else { "Get feedback" }}</button>
            </div>
        </form>
        <div id=result_id class="check-result" tabindex="-1" aria-live="polite">
            {move || empty.get().then(|| view! { <p class="status-bad">"Write a response first, then ask for feedback."</p> })}
            {move || result.get().map(|(response, analysis)| view! { <Findings response=response analysis=analysis models=models.clone()/> })}
        </div>
    }
}

/// Each label the engine found, with the words that show it in `<mark>` and what the move may
/// do to the peer. Shared with the practice partner's debrief.
#[component]
pub fn FindingList(response: String, analysis: Analysis) -> impl IntoView {
    view! {
        <ul class="findings">
            {analysis.findings.iter().map(|f| {
                let kind = if f.label.is_roadblock() { "finding finding--block" } else { "finding finding--listen" };
                let pieces: Vec<(String, bool)> = f.pieces(&response).into_iter().map(|(t, m)| (t.to_string(), m)).collect();
                view! {
                    <li class=kind>
                        <h4>{f.label.title()}</h4>
                        <p class="finding__words">
                            {pieces.into_iter().map(|(t, marked)| if marked {
                                view! { <mark>{t}</mark> }.into_any()
                            } else {
                                t.into_any()
                            }).collect_view()}
                        </p>
                        <p>{f.note}</p>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// The engine's findings on one response, then the models.
#[component]
fn Findings(response: String, analysis: Analysis, models: Vec<String>) -> impl IntoView {
    let summary = if analysis.findings.is_empty() {
        "The feedback engine did not recognise any listening move or roadblock here. Compare your words with the models below.".to_string()
    } else if analysis.listens() && analysis.roadblocks().is_empty() {
        "This listens: it stays with what they said, without roadblocks.".to_string()
    } else if analysis.listens() {
        "Part of this listens, and part of it may get in the way. See the notes below.".to_string()
    } else if analysis.roadblocks().is_empty() {
        "No roadblocks, but it does not yet show that you heard them. Try reflecting the feeling or what happened.".to_string()
    } else {
        "This may get in the way of them feeling heard. See the notes below, then try again."
            .to_string()
    };
    view! {
        <h3>"What your response does"</h3>
        <p>{summary}</p>
        <p class="hint">{GUIDE_NOT_GRADE}</p>
        {analysis.truncated.then(|| view! { <p class="hint">"Your response is long, so only its start was read."</p> })}
        <FindingList response=response analysis=analysis/>
        <h3>"Compare with"</h3>
        <ul class="models">
            {models.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
        </ul>
        <p>"Change your words and ask again as often as you like."</p>
    }
}
