//! The home page: what Heard is, who it is for, and where to start.

use super::ContentPage;
use leptos::prelude::*;

#[component]
pub fn Home() -> impl IntoView {
    view! { <ContentPage id="home"/> }
}
