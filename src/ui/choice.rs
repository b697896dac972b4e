//! A question answered by one choice and checked on demand, the shape most exercises share:
//! [`OneChoice`] holds what is chosen and what was last checked, and its submit handler records
//! the answer and moves focus to the result; [`ExplainedChoices`] shows the options as radios
//! and, once checked, each option's verdict and explanation, chosen or not; [`OneBest`] is the
//! whole question when one answer is best. [`attempt`] is the attempt number every exercise
//! seeds its option order with (issue 16).

use crate::browser;
use crate::state::use_app;
use heard_domain::content::one_best::{Answer, Picked};
use heard_domain::progress::Event;
use heard_domain::Millis;
use leptos::prelude::*;

/// The attempt the learner is on at the item `key`: how many answers progress holds for it.
/// Options are shown in the order `heard_domain::shuffle` gives for this number. Read once, as
/// the item opens and without tracking, so recording an answer never reshuffles the options in
/// front of the learner; a reload before answering shows the same order, and the next visit
/// after an answer is a new attempt with a new order. Nothing new is stored. (In workshop mode
/// nothing is recorded, so the number, and the order, stays put.)
pub fn attempt(key: &str) -> u32 {
    use_app()
        .data
        .with_untracked(|d| d.progress.item(key).map_or(0, |r| r.attempts))
}

/// What the learner has chosen, and what they last checked (`None` until they check).
pub struct OneChoice<T: Send + Sync + 'static> {
    pub chosen: RwSignal<Option<T>>,
    pub checked: RwSignal<Option<T>>,
    /// They pressed Check with nothing chosen.
    pub missing: RwSignal<bool>,
}

impl<T: Clone + Send + Sync + 'static> OneChoice<T> {
    pub fn new() -> Self {
        OneChoice {
            chosen: RwSignal::new(None),
            checked: RwSignal::new(None),
            missing: RwSignal::new(false),
        }
    }

    /// The form's submit handler: with nothing chosen, says so; otherwise records `event` for
    /// the choice (`None`: an unknown choice, treated as nothing chosen) and shows the result.
    /// Either way focus goes to `result_id` once it has rendered.
    pub fn submit(
        self,
        result_id: &'static str,
        event: impl Fn(&T, Millis) -> Option<Event> + 'static,
    ) -> impl Fn(leptos::ev::SubmitEvent) + 'static {
        let app = use_app();
        move |ev| {
            ev.prevent_default();
            let recorded = self
                .chosen
                .get_untracked()
                .and_then(|c| event(&c, browser::now()).map(|e| (c, e)));
            match recorded {
                None => self.missing.set(true),
                Some((choice, e)) => {
                    self.missing.set(false);
                    app.record(e);
                    self.checked.set(Some(choice));
                }
            }
            browser::focus_after_render(result_id);
        }
    }

    /// The submit button's words.
    pub fn check_label(self) -> impl Fn() -> &'static str + Copy {
        move || {
            if self.checked.with(Option::is_some) {
                "Check again"
            } else {
                "Check"
            }
        }
    }
}

// By hand: a derive would ask `T: Copy`, but signals are handles and always copy.
impl<T: Send + Sync + 'static> Clone for OneChoice<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for OneChoice<T> {}

impl<T: Clone + Send + Sync + 'static> Default for OneChoice<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// One option as [`ExplainedChoices`] shows it.
#[derive(Clone)]
pub struct Explained {
    pub id: String,
    pub text: String,
    pub correct: bool,
    pub explanation: String,
    /// What kind of reply it is ("Advice"), when the exercise names kinds.
    pub kind: Option<&'static str>,
}

impl Explained {
    /// An answer of a question with one best answer, as [`ExplainedChoices`] shows it.
    pub fn of(answer: &impl Answer) -> Explained {
        let a = answer.parts();
        Explained {
            id: a.id.to_string(),
            text: a.text.to_string(),
            correct: a.best,
            explanation: a.explanation.to_string(),
            kind: a.kind,
        }
    }
}

/// The options as radios, in the order given (the caller's shuffled order: the DOM order is
/// the order everyone, screen reader users included, meets them); once checked, each
/// option's verdict and explanation.
#[component]
pub fn ExplainedChoices(
    /// The radio group's name, unique on the page.
    name: &'static str,
    legend: &'static str,
    options: Vec<Explained>,
    answer: OneChoice<String>,
) -> impl IntoView {
    view! {
        <fieldset class="question card">
            <legend>{legend}</legend>
            {options.into_iter().map(|o| {
                let (id, pick, text) = (o.id.clone(), o.id.clone(), o.text.clone());
                let marked = move || answer.checked.get().map(|c| verdict(&o, c == o.id));
                view! {
                    <div class="option">
                        <label>
                            <input type="radio" name=name prop:checked=move || answer.chosen.get().as_deref() == Some(id.as_str())
                                on:change=move |_| answer.chosen.set(Some(pick.clone()))/>
                            <span>{text}</span>
                        </label>
                        {move || marked().map(|(ok, head, why)| view! {
                            <p class=if ok { "feedback feedback--ok" } else { "feedback feedback--miss" }>
                                <strong>{head}</strong>" "{why}
                            </p>
                        })}
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// A question with one best answer (`heard_domain::content::one_best`), checked on demand:
/// the `shown` answers as radios (in this attempt's order), Check, and once checked the
/// verdict, `right` or `wrong`, then `children` (what follows the verdict). A check records
/// the answer and moves focus to the result, the element `result_id`.
#[component]
pub fn OneBest<A, S>(
    /// The radio group's name, unique on the page.
    name: &'static str,
    legend: &'static str,
    result_id: &'static str,
    shown: Vec<&'static A>,
    /// Scores a choice by id (`None` for an unknown one).
    score: S,
    right: &'static str,
    wrong: &'static str,
    children: ChildrenFn,
) -> impl IntoView
where
    A: Answer + Send + Sync + 'static,
    S: Fn(&str) -> Option<Picked<'static, A>> + Copy + Send + Sync + 'static,
{
    let answer = OneChoice::<String>::new();
    let submit = answer.submit(result_id, move |c, at| score(c).map(|r| r.event(at)));
    let result = move || answer.checked.get().and_then(|c| score(&c));
    let options = shown.into_iter().map(Explained::of).collect();
    view! {
        <form on:submit=submit novalidate>
            <ExplainedChoices name=name legend=legend options=options answer=answer/>
            <div class="actions">
                <button type="submit" class="button">{answer.check_label()}</button>
            </div>
        </form>
        <div id=result_id class="check-result" tabindex="-1" aria-live="polite">
            {move || answer.missing.get().then(|| view! { <p class="status-bad">"Choose a reply first."</p> })}
            {move || result().map(|r| view! {
                <h2 class=if r.is_right() { "status-good" } else { "status-bad" }>
                    {if r.is_right() { right } else { wrong }}
                </h2>
                {children()}
            })}
        </div>
    }
}

/// Whether an option is a right answer, the verdict, and its explanation.
fn verdict(o: &Explained, picked: bool) -> (bool, String, String) {
    let head = match (o.correct, picked) {
        (true, true) => "You chose this, and it is the best reply here.",
        (true, false) => "The best reply here.",
        (false, true) => "You chose this, but it is not the best reply here.",
        (false, false) => "Not this one.",
    };
    let kind = o.kind.map(|k| format!("{k}. ")).unwrap_or_default();
    (o.correct, format!("{kind}{head}"), o.explanation.clone())
}
