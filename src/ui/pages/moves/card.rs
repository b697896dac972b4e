//! The checklist card: the nine entries of the to-do and to-avoid list with what to look for,
//! printable for a training session (`/practise/moves/card`), and a compact fold-out of the
//! same list on every practice item, so the card is one tap away while practising.

use crate::library::moves;
use crate::ui::area::AreaContent;
use crate::ui::pages::ContentError;
use crate::ui::route::Route;
use crate::ui::router::Link;
use heard_domain::content::moves::{Moves, Side, AREA};
use leptos::prelude::*;

/// `/practise/moves/card`.
#[component]
pub fn CardPage() -> impl IntoView {
    view! { <AreaContent area=AREA><CardView/></AreaContent> }
}

#[component]
fn CardView() -> impl IntoView {
    let m = match moves() {
        Ok(m) => m,
        Err(e) => return view! { <ContentError message=e.to_string()/> }.into_any(),
    };
    crate::browser::set_title("The checklist card");
    view! {
        <p class="meta no-print"><Link to=AREA.route()>{AREA.label()}</Link></p>
        <h1>"The checklist card"</h1>
        <p class="lead no-print">"The four things to do and the five to avoid, with what you might notice when someone is listening well, or slipping."</p>
        <div class="actions">
            <button type="button" class="button" on:click=|_| crate::browser::print()>"Print the card"</button>
        </div>
        <article class="move-card" aria-label="The to-do and to-avoid list">
            {Side::ALL.into_iter().map(|side| {
                let heading = format!("card-{}", side_slug(side));
                let labelled = heading.clone();
                view! {
                    <section class="move-card__side" aria-labelledby=labelled>
                        <h2 id=heading>{side.label()}</h2>
                        <ul class="move-card__list">
                            {m.side(side).map(|e| view! {
                                <li>
                                    <h3>{e.title.clone()}</h3>
                                    <p>{e.card.clone()}</p>
                                    <p class="hint"><strong>"Look for: "</strong>{e.look_for.clone()}</p>
                                </li>
                            }).collect_view()}
                        </ul>
                    </section>
                }
            }).collect_view()}
        </article>
        <p class="hint">"In our own words, from the volunteers' introduction to peer support; see "<Link to=Route::Sources>"Sources"</Link>"."</p>
    }
    .into_any()
}

fn side_slug(side: Side) -> &'static str {
    match side {
        Side::Do => "do",
        Side::Avoid => "avoid",
    }
}

/// "The list", folded away on a practice item: each entry's title and card line.
#[component]
pub fn ListPeek(moves: &'static Moves) -> impl IntoView {
    view! {
        <details class="list-peek no-print">
            <summary>"The list"</summary>
            <div class="list-peek__body">
                {Side::ALL.into_iter().map(|side| view! {
                    <p class="list-peek__side">{side.label()}</p>
                    <ul>
                        {moves.side(side).map(|e| view! {
                            <li><strong>{e.title.clone()}</strong>": "{e.card.clone()}</li>
                        }).collect_view()}
                    </ul>
                }).collect_view()}
                <p><Link to=Route::Card>"The full checklist card"</Link></p>
            </div>
        </details>
    }
}
