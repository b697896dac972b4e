//! A lesson's knowledge check: every question in one form; on "Check my answers" every
//! option shows whether it was right and why, chosen or not. Retry as often as you like.

use crate::browser;
use crate::library::course;
use crate::state::use_app;
use crate::ui::choice::attempt;
use crate::ui::prose::InlineText;
use crate::ui::route::Route;
use crate::ui::router::Link;
use heard_domain::content::course::{Answer, Form, Lesson, Marked, OptionFeedback, Question};
use leptos::prelude::*;
use std::collections::BTreeMap;

type Answers = BTreeMap<String, Answer>;

#[component]
pub fn Check(lesson: &'static Lesson) -> impl IntoView {
    let app = use_app();
    let answers = RwSignal::new(Answers::new());
    // The answers as they were when last checked; None while the learner is answering.
    let checked = RwSignal::new(None::<Answers>);
    let missing = RwSignal::new(0usize);
    let result = move || checked.with(|c| c.as_ref().map(|a| lesson.mark_check(a)));

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let now = answers.get_untracked();
        let unanswered = lesson
            .check
            .iter()
            .filter(|q| !now.get(&q.id).is_some_and(|a| q.is_answered(a)))
            .count();
        missing.set(unanswered);
        if unanswered == 0 {
            let marked = lesson.mark_check(&now);
            for event in marked.events(browser::now()) {
                app.record(event);
            }
            checked.set(Some(now));
        }
        browser::focus_after_render("check-result");
    };

    view! {
        <h2 id="check-title" tabindex="-1">"Check what you have learnt"</h2>
        <form class="check" aria-labelledby="check-title" on:submit=submit novalidate>
            {lesson
                .check
                .iter()
                .enumerate()
                .map(|(i, q)| view! { <QuestionView lesson=lesson index=i question=q answers=answers checked=checked/> })
                .collect_view()}
            <div class="actions">
                <button type="submit" class="button">{move || if checked.with(Option::is_some) { "Check again" } else { "Check my answers" }}</button>
            </div>
        </form>
        <div id="check-result" class="check-result" tabindex="-1" aria-live="polite">
            {move || match result() {
                None => (missing.get() > 0).then(|| view! {
                    <p class="status-bad">{format!("Answer every question first: {} still to do.", missing.get())}</p>
                }.into_any()),
                Some(r) => {
                    let next = course().ok().and_then(|c| c.next_lesson(&lesson.id));
                    Some(view! {
                        <h3>{format!("You got {} of {} right.", r.right_count(), r.questions.len())}</h3>
                        {if r.passed {
                            view! {
                                <p class="status-good">"Lesson complete. Well done."</p>
                                <p>{match next {
                                    Some(n) => view! { <Link to=Route::Lesson(n.id.clone()) class="button">{format!("Next lesson: {}", n.title)}</Link> }.into_any(),
                                    None => view! { <Link to=Route::Course class="button">"Back to the course"</Link> }.into_any(),
                                }}</p>
                            }.into_any()
                        } else {
                            view! { <p>"Read the explanations under each question, change any answer you want to, then check again."</p> }.into_any()
                        }}
                    }.into_any())
                }
            }}
        </div>
    }
}

#[component]
fn QuestionView(
    lesson: &'static Lesson,
    index: usize,
    question: &'static Question,
    answers: RwSignal<Answers>,
    checked: RwSignal<Option<Answers>>,
) -> impl IntoView {
    let instructions = course()
        .map(|c| c.instructions(question).to_string())
        .unwrap_or_default();
    let marked = move || checked.with(|c| c.as_ref().map(|a| question.mark(a.get(&question.id))));
    let legend = format!("Question {} of {}: ", index + 1, lesson.check.len());
    // This attempt's order of the choices or statements, as indices (feedback stays by index).
    let order = lesson.shown_order(question, attempt(&lesson.question_key(&question.id)));
    let body = match &question.form {
        Form::Single(choices) | Form::Multiple(choices) => {
            let multiple = matches!(question.form, Form::Multiple(_));
            order
                .iter()
                .filter_map(|&n| choices.get(n).map(|c| (n, c)))
                .map(|(n, c)| {
                    let id = c.id.clone();
                    let selected = {
                        let id = id.clone();
                        move || answers.with(|a| matches!(a.get(&question.id), Some(Answer::Chosen(s)) if s.contains(&id)))
                    };
                    let toggle = move |_| {
                        answers.update(|a| {
                            let entry = a.entry(question.id.clone()).or_insert_with(|| Answer::Chosen(Default::default()));
                            if let Answer::Chosen(set) = entry {
                                if multiple {
                                    if !set.remove(&id) {
                                        set.insert(id.clone());
                                    }
                                } else {
                                    set.clear();
                                    set.insert(id.clone());
                                }
                            }
                        })
                    };
                    view! {
                        <div class="option">
                            <label>
                                <input type=if multiple { "checkbox" } else { "radio" } name=question.id.clone() prop:checked=selected on:change=toggle/>
                                <span>{c.text.clone()}</span>
                            </label>
                            {move || marked().map(|m| view! { <Feedback fb=m.feedback[n].clone() multiple=true/> })}
                        </div>
                    }
                })
                .collect_view()
                .into_any()
        }
        Form::Sort(statements) => {
            let labels = course()
                .map(|c| {
                    (
                        c.kinds.is_peer_support.clone(),
                        c.kinds.is_not_peer_support.clone(),
                    )
                })
                .unwrap_or_default();
            order
                .iter()
                .filter_map(|&n| statements.get(n).map(|s| (n, s)))
                .map(|(n, s)| {
                    let group = format!("{}-{}", question.id, s.id);
                    let choice = |verdict: bool, label: String| {
                        let sid = s.id.clone();
                        let sid2 = s.id.clone();
                        let is = move || answers.with(|a| matches!(a.get(&question.id), Some(Answer::Sorted(m)) if m.get(&sid2) == Some(&verdict)));
                        view! {
                            <label>
                                <input type="radio" name=group.clone() prop:checked=is on:change=move |_| answers.update(|a| {
                                    let entry = a.entry(question.id.clone()).or_insert_with(|| Answer::Sorted(Default::default()));
                                    if let Answer::Sorted(m) = entry { m.insert(sid.clone(), verdict); }
                                })/>
                                <span>{label}</span>
                            </label>
                        }
                    };
                    view! {
                        <fieldset class="option sort">
                            <legend>{s.text.clone()}</legend>
                            <div class="sort__choices">{choice(true, labels.0.clone())}{choice(false, labels.1.clone())}</div>
                            {move || marked().map(|m| view! { <Feedback fb=m.feedback[n].clone() multiple=false/> })}
                        </fieldset>
                    }
                })
                .collect_view()
                .into_any()
        }
    };
    view! {
        <fieldset class="question card">
            <legend><span class="question__number">{legend}</span>{question.prompt.clone()}</legend>
            <p class="hint">{instructions}</p>
            {body}
            {move || marked().map(|m: Marked<'static>| view! {
                <p class=if m.right { "verdict status-good" } else { "verdict status-bad" }>
                    {if m.right { "Right." } else { "Not quite: see the notes above." }}
                </p>
            })}
        </fieldset>
    }
}

/// What one option means, shown after checking. For choices: whether it was a right answer
/// and whether the learner chose it; for sorted statements: whether it is peer support.
#[component]
fn Feedback(fb: OptionFeedback<'static>, multiple: bool) -> impl IntoView {
    let verdict = if multiple {
        match (fb.expected, fb.given == Some(true)) {
            (true, true) => "You chose this, and it is right.",
            (true, false) => "This is a right answer.",
            (false, true) => "You chose this, but it is not right.",
            (false, false) => "Not this one.",
        }
    } else if fb.ok() {
        "You sorted this correctly."
    } else if fb.expected {
        "This is peer support."
    } else {
        "This is not peer support."
    };
    view! {
        <p class=if fb.ok() { "feedback feedback--ok" } else { "feedback feedback--miss" }>
            <strong>{verdict}</strong>" "<InlineText text=fb.explanation.to_string()/>
        </p>
    }
}
