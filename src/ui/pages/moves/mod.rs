//! `/practise/moves`: the to-do and to-avoid list, recognised in real talk. What is its own in
//! the pages every area has (`ui::area_pages`): its introduction, a link to the checklist card
//! (`/practise/moves/card`), and an item of either exercise.

pub mod card;
pub mod name;
pub mod spot;

use crate::library::moves;
use crate::ui::area_pages::AreaPages;
use crate::ui::route::Route;
use crate::ui::router::Link;
use heard_domain::content::moves::{Exercise, AREA};
use leptos::prelude::*;

/// The moves' own part of their pages (`ui::area_pages`).
pub const PAGES: AreaPages = AreaPages::new(AREA, LEAD, intro, item_view).with_cards(card);

const LEAD: &str = "Four things to do when you listen as a peer, and five to avoid. Most of them are easy to agree with and surprisingly hard to spot in the moment, so here you practise noticing them in real conversations.";

fn intro() -> AnyView {
    view! {
        <p>"The list comes from the volunteers' introduction to peer support, put in our own words. The "<Link to=Route::Sources>"Sources"</Link>" page credits it with the other texts Heard draws on."</p>
        <p>"None of the moves to avoid is unkind. Advice, reassurance and “me too” stories are usually meant well. They just pull the focus away from the person who came to talk."</p>
    }
    .into_any()
}

/// After the exercises, the checklist card.
fn card() -> AnyView {
    view! {
        <li class="card">
            <h2 class="card__title"><Link to=Route::Card>"The checklist card"</Link></h2>
            <p>"All nine on one card, with what to look for in a conversation. Print it for a training session, or keep it open while you practise."</p>
        </li>
    }
    .into_any()
}

fn item_view(e: Exercise, id: &str, ids: Vec<String>) -> Option<AnyView> {
    let m = moves().ok()?;
    match e {
        Exercise::Name => m
            .name_item(id)
            .map(|item| view! { <name::NameView moves=m item=item ids=ids/> }.into_any()),
        Exercise::Spot => m
            .transcript(id)
            .map(|t| view! { <spot::SpotView moves=m transcript=t ids=ids/> }.into_any()),
        // Another area's exercise: the router never sends one here.
        _ => None,
    }
}
