//! `/practise/listening/partner`: the practice partner (issue 20). The learner chooses a peer,
//! reads the setting (and any content note), and holds a typed conversation; the peer answers
//! what the reply actually did (domain `partner`). This module holds the list and the page
//! frame; `talk` the conversation, `debrief` what follows it.
//!
//! Routing lives in one place, `ui/app.rs` (the two `"partner"` arms), and in
//! `review::exercise_page`, so a catalogue can re-point them.

mod debrief;
mod talk;

use crate::ui::area::AreaContent;
use crate::ui::pages::ContentError;
use crate::ui::practice::{item_frame, ExerciseInfo, ItemList};
use heard_domain::content::listening::AREA;
use heard_domain::content::ItemSummary;
use heard_domain::partner::{partners, Partners, PREFIX};
use leptos::prelude::*;

/// The exercise's slug in links and progress keys (`listen.partner.<id>`).
pub const SLUG: &str = "partner";
const LABEL: &str = "Practice partner";
const BLURB: &str = "Hold a conversation in your own words. The peer answers what your reply actually does: listen well and they tell you more.";

/// The exercise as the area page and its list show it.
pub fn info(p: &'static Partners) -> ExerciseInfo {
    ExerciseInfo {
        slug: SLUG,
        label: LABEL,
        blurb: BLURB,
        prefix: PREFIX.to_string(),
        items: summaries(p),
    }
}

fn summaries(p: &'static Partners) -> Vec<ItemSummary<'static>> {
    p.all
        .iter()
        .map(|p| ItemSummary {
            id: &p.id,
            speaker: &p.speaker,
            context: p.context,
            content_notes: &p.content_notes,
        })
        .collect()
}

/// `/practise/listening/partner`.
#[component]
pub fn PartnerListPage() -> impl IntoView {
    view! { <AreaContent area=AREA><PartnerList/></AreaContent> }
}

#[component]
fn PartnerList() -> impl IntoView {
    match partners() {
        Ok(p) => view! { <ItemList area=AREA area_title="Reflective listening" exercise=info(p)/> }
            .into_any(),
        Err(e) => view! { <ContentError message=e.to_string()/> }.into_any(),
    }
}

/// `/practise/listening/partner/<id>`.
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
    item_frame(summaries(all), id, move |id, ids| {
        all.get(id)
            .map(|p| view! { <talk::TalkView partner=p ids=ids/> }.into_any())
    })
}
