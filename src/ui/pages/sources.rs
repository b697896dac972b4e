//! Sources: credits the five texts, and lists the ideas Heard takes from each.

use super::{ContentError, ContentPage};
use crate::library::registry;
use leptos::prelude::*;

#[component]
pub fn Sources() -> impl IntoView {
    let list = match registry() {
        Ok(r) => r
            .sources
            .iter()
            .map(|s| {
                let ideas: Vec<_> = r.principles.iter().filter(|p| p.source == s.id).collect();
                view! {
                    <section class="card source" aria-labelledby=format!("source-{}", s.id)>
                        <h2 id=format!("source-{}", s.id)>{s.title.clone()}</h2>
                        <p>{s.about.clone()}</p>
                        <details>
                            <summary>{format!("Ideas Heard takes from it ({})", ideas.len())}</summary>
                            <ul>
                                {ideas
                                    .into_iter()
                                    .map(|p| view! { <li><strong>{p.title.clone()}</strong>": " {p.summary.clone()}</li> })
                                    .collect_view()}
                            </ul>
                        </details>
                    </section>
                }
            })
            .collect_view()
            .into_any(),
        Err(e) => view! { <ContentError message=e.to_string()/> }.into_any(),
    };
    view! { <ContentPage id="sources">{list}</ContentPage> }
}
