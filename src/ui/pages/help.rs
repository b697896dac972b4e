//! "Get help now": how to find urgent help. Linked from the header of every page.

use super::ContentPage;
use leptos::prelude::*;

#[component]
pub fn Help() -> impl IntoView {
    view! { <ContentPage id="help"/> }
}
