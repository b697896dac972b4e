//! `/practise/validation`: empathic validation versus advice giving. What is its own in the
//! pages every area has (`ui::area_pages`): its introduction, and an item of each of the four
//! exercises.

pub mod decide;
pub mod rewrite;
pub mod sort;
pub mod talk;

use crate::library::validation;
use crate::ui::area_pages::AreaPages;
use heard_domain::content::validation::{Exercise, AREA};
use leptos::prelude::*;

/// Validation's own part of its pages (`ui::area_pages`).
pub const PAGES: AreaPages = AreaPages::new(AREA, LEAD, intro, item_view);

const LEAD: &str = "Peer support walks alongside. It does not rush in to fix. Here you practise showing someone you get what they feel, and noticing when advice really is the right move.";

fn intro() -> AnyView {
    view! {
        <p>"Problem solving is for when there is a safety concern, or when the person asks for ideas. A quick fix at the wrong moment can leave them alone with their feelings."</p>
    }
    .into_any()
}

fn item_view(e: Exercise, id: &str, ids: Vec<String>) -> Option<AnyView> {
    let v = validation().ok()?;
    match e {
        Exercise::Sort => v
            .sort_item(id)
            .map(|item| view! { <sort::SortView item=item ids=ids/> }.into_any()),
        Exercise::Decide => v
            .decide_item(id)
            .map(|item| view! { <decide::DecideView item=item ids=ids/> }.into_any()),
        Exercise::Rewrite => v
            .rewrite_item(id)
            .map(|item| view! { <rewrite::RewriteView item=item ids=ids/> }.into_any()),
        Exercise::Talk => v
            .conversation(id)
            .map(|c| view! { <talk::TalkView conversation=c ids=ids/> }.into_any()),
        // Another area's exercise: the router never sends one here.
        _ => None,
    }
}
