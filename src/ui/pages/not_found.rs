//! The page for an address that matches no route.

use super::ContentPage;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    view! { <ContentPage id="not_found"/> }
}
