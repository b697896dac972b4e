//! The skills self-assessment (in the skills lesson): rate each skill, choose what to work
//! on, and answer the reflection questions. Ratings save as they are chosen; written answers
//! save only when the learner presses "Save my answers". All of it stays on this device.

use crate::browser;
use crate::library::course;
use crate::state::use_app;
use crate::ui::spelling::{spellcheck, Spelling};
use heard_domain::content::course::{Course, RATING_MAX, RATING_MIN};
use leptos::prelude::*;

#[component]
pub fn SelfAssessmentForm() -> impl IntoView {
    let Ok(course) = course() else {
        return ().into_any();
    };
    let app = use_app();
    let rate = move |skill: String, rating: u8| {
        app.update(|d| {
            d.self_assessment.ratings.insert(skill, rating);
            d.self_assessment.updated_at = Some(browser::now());
        })
    };
    let toggle_focus = move |skill: String| {
        app.update(|d| {
            let focus = &mut d.self_assessment.focus;
            if !focus.remove(&skill) {
                focus.insert(skill);
            }
            d.self_assessment.updated_at = Some(browser::now());
        })
    };
    view! {
        <section class="assessment" aria-labelledby="assessment-title">
            <h3 id="assessment-title">"Rate yourself"</h3>
            {course
                .skills
                .iter()
                .map(|skill| {
                    let id = skill.id.clone();
                    let current = {
                        let id = id.clone();
                        move || app.data.with(|d| d.self_assessment.ratings.get(&id).copied())
                    };
                    let focused = {
                        let id = id.clone();
                        move || app.data.with(|d| d.self_assessment.focus.contains(&id))
                    };
                    view! {
                        <fieldset class="card skill">
                            <legend>{skill.name.clone()}</legend>
                            <p class="hint">{skill.description.clone()}</p>
                            <div class="scale">
                                {(RATING_MIN..=RATING_MAX)
                                    .map(|r| {
                                        let id = id.clone();
                                        let current = current.clone();
                                        view! {
                                            <label>
                                                <input type="radio" name=format!("rate-{id}") prop:checked=move || current() == Some(r) on:change=move |_| rate(id.clone(), r)/>
                                                <span>{format!("{r}: {}", course.rating_label(r).unwrap_or_default())}</span>
                                            </label>
                                        }
                                    })
                                    .collect_view()}
                            </div>
                            <label class="focus">
                                <input type="checkbox" prop:checked=focused on:change={ let id = id.clone(); move |_| toggle_focus(id.clone()) }/>
                                <span>"I want to work on this"</span>
                            </label>
                        </fieldset>
                    }
                })
                .collect_view()}
            <Summary course=course/>
            <Reflections course=course/>
        </section>
    }
    .into_any()
}

#[component]
fn Summary(course: &'static Course) -> impl IntoView {
    let app = use_app();
    let names = |skills: Vec<&heard_domain::content::course::Skill>| {
        if skills.is_empty() {
            "none yet".to_string()
        } else {
            skills
                .iter()
                .map(|s| s.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    view! {
        <div class="card" aria-live="polite">
            <h3>"Your self-assessment so far"</h3>
            {move || app.data.with(|d| {
                let s = course.summarise(&d.self_assessment);
                view! {
                    <p>{format!("Rated: {} of {} skills.", s.rated.len(), course.skills.len())}</p>
                    <p>{format!("Your strengths: {}.", names(s.strengths))}</p>
                    <p>{format!("You chose to work on: {}.", names(s.focus))}</p>
                }
            })}
        </div>
    }
}

#[component]
fn Reflections(course: &'static Course) -> impl IntoView {
    let app = use_app();
    let status = RwSignal::new(String::new());
    let drafts: Vec<(String, String, RwSignal<String>)> = course
        .reflection_prompts
        .iter()
        .map(|p| {
            let key = p.key();
            // In workshop mode `data` is empty, so nothing of the learner's shows here.
            let saved = app.data.with_untracked(|d| {
                d.journal
                    .get(&key)
                    .map(|n| n.text.clone())
                    .unwrap_or_default()
            });
            (key, p.text.clone(), RwSignal::new(saved))
        })
        .collect();
    let to_save = drafts
        .iter()
        .map(|(k, _, s)| (k.clone(), *s))
        .collect::<Vec<_>>();
    let save = move |_| {
        let now = browser::now();
        app.update(|d| {
            for (key, text) in &to_save {
                let text = text.get_untracked().trim().to_string();
                if text.is_empty() {
                    // Remembered as deleted, so another tab's copy cannot bring it back.
                    d.delete_note(key, now);
                } else if d.journal.get(key).is_none_or(|n| n.text != text) {
                    d.put_note(key, text, Some(key.clone()), now);
                }
            }
        });
        status.set(app.save_outcome("Saved on this device.").into());
    };
    view! {
        <h3>"Questions to think about"</h3>
        <p>"Your answers are private. They are saved on this device only when you press the button."</p>
        {drafts
            .into_iter()
            .map(|(key, text, value)| {
                let spelling = RwSignal::new(false);
                view! {
                    <div class="field">
                        <label for=key.clone()>{text}</label>
                        <textarea id=key rows="3" spellcheck=spellcheck(spelling) prop:value=move || value.get() on:input=move |e| value.set(event_target_value(&e))></textarea>
                        <Spelling on=spelling/>
                    </div>
                }
            })
            .collect_view()}
        <div class="actions">
            <button type="button" class="button" on:click=save>"Save my answers"</button>
            <span role="status" class="status">{move || status.get()}</span>
        </div>
    }
}
