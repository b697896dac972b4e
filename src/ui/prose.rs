//! Renders content prose ([`heard_domain::prose::Block`]) as elements and text nodes.
//! Content is never injected as HTML: whatever a file says is shown as words.

use crate::ui::route::Route;
use crate::ui::router::Link;
use heard_domain::prose::{Block, Inline};
use leptos::prelude::*;

#[component]
pub fn Prose(blocks: Vec<Block>) -> impl IntoView {
    blocks.into_iter().map(block).collect_view()
}

/// Renders the markup of a short text (a lead, an explanation) inline.
#[component]
pub fn InlineText(#[prop(into)] text: String) -> impl IntoView {
    inlines(heard_domain::prose::inlines(&text))
}

fn block(b: Block) -> AnyView {
    match b {
        Block::Heading { level: 3, text } => view! { <h3>{inlines(text)}</h3> }.into_any(),
        Block::Heading { text, .. } => view! { <h2>{inlines(text)}</h2> }.into_any(),
        Block::Paragraph(text) => view! { <p>{inlines(text)}</p> }.into_any(),
        Block::Bullets(items) => {
            view! { <ul>{items.into_iter().map(|i| view! { <li>{inlines(i)}</li> }).collect_view()}</ul> }.into_any()
        }
        Block::Numbered(items) => {
            view! { <ol>{items.into_iter().map(|i| view! { <li>{inlines(i)}</li> }).collect_view()}</ol> }.into_any()
        }
        Block::Callout(text) => view! { <p class="callout">{inlines(text)}</p> }.into_any(),
    }
}

fn inlines(items: Vec<Inline>) -> impl IntoView {
    items
        .into_iter()
        .map(|i| match i {
            Inline::Text(t) => t.into_any(),
            Inline::Strong(t) => view! { <strong>{t}</strong> }.into_any(),
            Inline::Link { text, href } => {
                view! { <Link to=Route::parse(&href)>{text}</Link> }.into_any()
            }
        })
        .collect_view()
}
