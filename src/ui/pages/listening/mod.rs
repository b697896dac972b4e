//! `/practise/listening`: reflective listening. What is its own in the pages every area has
//! (`ui::area_pages`): its introduction, and an item of each exercise; the practice
//! partner's pages are in `partner`.

pub mod feel;
pub mod ladder;
pub mod partner;
pub mod pick;
pub mod write;

use crate::library::listening;
use crate::ui::area_pages::AreaPages;
use heard_domain::content::listening::{Exercise, AREA};
use leptos::prelude::*;

/// Reflective listening's own part of its pages (`ui::area_pages`).
pub const PAGES: AreaPages = AreaPages::new(AREA, LEAD, intro, item_view);

const LEAD: &str = "Reflecting means giving back, in your own words, what someone has told you and how it seems to feel for them. It lets them know they have been heard, before any question, advice or reassurance.";

fn intro() -> AnyView {
    view! {
        <p>"A reflection of content puts what happened in your words. A reflection of feeling names the emotion, even one they have not said out loud. Both leave the person in charge of their own story."</p>
    }
    .into_any()
}

/// One item of one of its exercises (the practice partner's items have a page of their own:
/// `partner::PartnerPage`).
fn item_view(e: Exercise, id: &str, ids: Vec<String>) -> Option<AnyView> {
    let l = listening().ok()?;
    match e {
        Exercise::Feel => l
            .statement(id)
            .map(|s| view! { <feel::FeelView listening=l statement=s ids=ids/> }.into_any()),
        Exercise::Write => l
            .statement(id)
            .map(|s| view! { <write::WriteView statement=s ids=ids/> }.into_any()),
        Exercise::Pick => l.pick_item(id).and_then(|i| {
            let s = l.statement(&i.statement)?;
            Some(view! { <pick::PickView item=i statement=s ids=ids/> }.into_any())
        }),
        Exercise::Ladder => l.ladder_item(id).and_then(|i| {
            let s = l.statement(&i.statement)?;
            Some(view! { <ladder::LadderView item=i statement=s ids=ids/> }.into_any())
        }),
        // Another area's exercise: the router never sends one here.
        _ => None,
    }
}
