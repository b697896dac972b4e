//! One module per route. Words come from `content/pages/`; these modules add what is
//! interactive or computed (the delete button, the list of sources).

pub mod about;
pub mod course;
pub mod help;
pub mod home;
pub mod listening;
pub mod mine;
pub mod moves;
pub mod not_found;
pub mod practise;
pub mod sources;
pub mod validation;
pub mod workshop;

use crate::browser::set_title;
use crate::ui::prose::Prose;
use leptos::prelude::*;

/// A page from `content/pages/<id>.toml`: its title, lead and body, then `children`.
#[component]
pub fn ContentPage(
    id: &'static str,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    match crate::library::page(id) {
        Ok(page) => {
            set_title(&page.title);
            view! {
            <h1>{page.title.clone()}</h1>
            <p class="lead">{page.lead.clone()}</p>
            <Prose blocks=page.blocks()/>
            {children.map(|c| c())}
            }
            .into_any()
        }
        Err(e) => view! { <ContentError message=e/> }.into_any(),
    }
}

/// Shown if embedded content cannot be read (tests make this unreachable in a release).
#[component]
pub fn ContentError(#[prop(into)] message: String) -> impl IntoView {
    set_title("Something is missing");
    view! {
        <h1>"Something is missing"</h1>
        <p role="alert">"Part of Heard's content could not be loaded. Please reload the page. Details: " {message}</p>
    }
}
