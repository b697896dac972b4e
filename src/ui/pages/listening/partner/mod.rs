//! `/practise/listening/partner`: the practice partner (issue 20). The learner chooses a peer,
//! reads the setting (and any content note), and holds a typed conversation; the peer answers
//! what the reply actually did (domain `partner`). This module holds the list and the page
//! frame; `exchange` the conversation, `debrief` what follows it.
//!
//! It is the catalogue's `Exercise::Partner` (`domain/src/catalog/exercise.rs`): links,
//! progress keys and the item list follow from there.

mod debrief;
mod exchange;

use crate::library::partners;
use crate::ui::area::AreaContent;
use crate::ui::exercise_kit::item_frame;
use crate::ui::pages::ContentError;
use heard_domain::content::listening::AREA;
use leptos::prelude::*;

/// `/practise/listening/partner/<id>`: the catalogue's `Exercise::Partner` item page (its list
/// is the area's ordinary exercise list; the full app's page switch sends its items here).
#[component]
pub fn PartnerPage(id: String) -> impl IntoView {
    view! { <AreaContent area=AREA><Partner id=id.clone()/></AreaContent> }
}

#[component]
fn Partner(id: String) -> impl IntoView {
    let all = match partners() {
        Ok(p) => p,
        Err(e) => return view! { <ContentError message=e.to_string()/> }.into_any(),
    };
    item_frame(all.summaries(), id, move |id, ids| {
        all.get(id)
            .map(|p| view! { <exchange::TalkView partner=p ids=ids/> }.into_any())
    })
}
