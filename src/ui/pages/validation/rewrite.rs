//! "Rewrite it": an advice-giving reply to turn into one that validates. Pick the best
//! alternative (scored), or write your own and get the feedback engine's notes.
//! A written attempt is recorded under `validate.write.<id>`, apart from the pick.

use crate::ui::choice::{attempt, Explained, ExplainedChoices, OneChoice};
use crate::ui::exercise_kit::{ItemMeta, ItemNav};
use crate::ui::written::WrittenAnswer;
use heard_domain::catalog::ItemKey;
use heard_domain::content::validation::{Exercise, RewriteItem};
use leptos::prelude::*;

#[component]
pub fn RewriteView(item: &'static RewriteItem, ids: Vec<String>) -> impl IntoView {
    crate::browser::set_title(Exercise::Rewrite.label());
    let answer = OneChoice::<String>::new();
    let submit = answer.submit("rewrite-result", move |c, at| {
        item.score_pick(c).map(|r| r.event(at))
    });
    let result = move || answer.checked.get().and_then(|c| item.score_pick(&c));
    let options = item
        .shown_options(attempt(&item.progress_key()))
        .into_iter()
        .map(|o| Explained {
            id: o.id.clone(),
            text: o.text.clone(),
            correct: o.correct,
            explanation: o.explanation.clone(),
            kind: None,
        })
        .collect();
    view! {
        <ItemMeta exercise=Exercise::Rewrite ids=ids.clone() id=item.id.clone() context=item.context/>
        <h1>{item.speaker.clone()}</h1>
        <blockquote class="peer"><p>{item.statement.clone()}</p></blockquote>
        <p>"A friend means well and replies:"</p>
        <blockquote class="reply"><p>{item.advice.clone()}</p></blockquote>
        <form on:submit=submit novalidate>
            <ExplainedChoices name="rewrite" legend="Which reply validates instead?" options=options answer=answer/>
            <div class="actions">
                <button type="submit" class="button">{answer.check_label()}</button>
            </div>
        </form>
        <div id="rewrite-result" class="check-result" tabindex="-1" aria-live="polite">
            {move || answer.missing.get().then(|| view! { <p class="status-bad">"Choose a reply first."</p> })}
            {move || result().map(|r| view! {
                <h2 class=if r.is_right() { "status-good" } else { "status-bad" }>
                    {if r.is_right() { "Yes, that one validates." } else { "Not quite: see the notes under each reply." }}
                </h2>
                <p><strong>"About the advice: "</strong>{item.advice_note.clone()}</p>
            })}
        </div>
        <section aria-labelledby="write-title">
            <h2 id="write-title">"Or write your own"</h2>
            <p>"Write a reply that shows them you get what they feel, without fixing it."</p>
            <WrittenAnswer statement=item.statement.clone() models=item.models.clone()
                key=ItemKey::OwnRewrite(item.id.clone()).to_string() label="Your reply" id="rewrite-own"/>
        </section>
        <ItemNav exercise=Exercise::Rewrite ids=ids id=item.id.clone()/>
    }
}
