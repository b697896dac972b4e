//! "Write your own reflection": a statement, a text box, and the feedback engine's notes.

use crate::ui::exercise_kit::{ItemMeta, ItemNav};
use crate::ui::written::WrittenAnswer;
use heard_domain::content::listening::{Exercise, Statement};
use leptos::prelude::*;

#[component]
pub fn WriteView(statement: &'static Statement, ids: Vec<String>) -> impl IntoView {
    crate::browser::set_title(Exercise::Write.label());
    view! {
        <ItemMeta exercise=Exercise::Write ids=ids.clone() id=statement.id.clone() context=statement.context/>
        <h1>{statement.speaker.clone()}</h1>
        <blockquote class="peer"><p>{statement.statement.clone()}</p></blockquote>
        <h2>"Your turn"</h2>
        <p>"Write what you would say back. Try to reflect what happened and how it feels for them, without advice or reassurance."</p>
        <WrittenAnswer statement=statement.statement.clone() models=statement.models.clone()
            key=statement.write_key() label="Your reflection" id="reflection"/>
        <ItemNav exercise=Exercise::Write ids=ids id=statement.id.clone()/>
    }
}
