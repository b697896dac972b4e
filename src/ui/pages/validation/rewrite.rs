//! "Rewrite it": an advice-giving reply to turn into one that validates. Pick the best
//! alternative (scored), or write your own and get the feedback engine's notes.
//! A written attempt is recorded under `validate.write.<id>`, apart from the pick.

use crate::ui::choice::{attempt, OneBest};
use crate::ui::exercise_kit::{ItemMeta, ItemNav};
use crate::ui::written::WrittenAnswer;
use heard_domain::catalog::ItemKey;
use heard_domain::content::validation::{Exercise, RewriteItem};
use leptos::prelude::*;

#[component]
pub fn RewriteView(item: &'static RewriteItem, ids: Vec<String>) -> impl IntoView {
    crate::browser::set_title(Exercise::Rewrite.label());
    let shown = item.shown_options(attempt(&item.progress_key()));
    view! {
        <ItemMeta exercise=Exercise::Rewrite ids=ids.clone() id=item.id.clone() context=item.context/>
        <h1>{item.speaker.clone()}</h1>
        <blockquote class="peer"><p>{item.statement.clone()}</p></blockquote>
        <p>"A friend means well and replies:"</p>
        <blockquote class="reply"><p>{item.advice.clone()}</p></blockquote>
        <OneBest name="rewrite" legend="Which reply validates instead?" result_id="rewrite-result" shown=shown
            score=move |c: &str| item.score_pick(c)
            right="Yes, that one validates." wrong="Not quite: see the notes under each reply.">
            <p><strong>"About the advice: "</strong>{item.advice_note.clone()}</p>
        </OneBest>
        <section aria-labelledby="write-title">
            <h2 id="write-title">"Or write your own"</h2>
            <p>"Write a reply that shows them you get what they feel, without fixing it."</p>
            <WrittenAnswer statement=item.statement.clone() models=item.models.clone()
                key=ItemKey::OwnRewrite(item.id.clone()).to_string() label="Your reply" id="rewrite-own"/>
        </section>
        <ItemNav exercise=Exercise::Rewrite ids=ids id=item.id.clone()/>
    }
}
