//! The app's root: [`provide_contexts`] (the app state and navigation), and [`Page`], the
//! current page, which `crate::start` mounts into the frame's `<main>` (`ui::layout`).
//! The shell build (no `full` feature) holds only the shell's pages; see [`Route::in_shell`].

use crate::state::AppState;
#[cfg(feature = "full")]
use crate::ui::pages::course::{lesson::LessonPage, record::RecordPage, CoursePage};
#[cfg(feature = "full")]
use crate::ui::pages::listening;
#[cfg(feature = "full")]
use crate::ui::pages::mine::{journal::JournalPage, progress::ProgressPage, today::TodayPage};
#[cfg(feature = "full")]
use crate::ui::pages::moves;
#[cfg(feature = "full")]
use crate::ui::pages::practise::PractisePage;
#[cfg(feature = "full")]
use crate::ui::pages::validation::{ExerciseListPage, ItemPage, ValidationPage};
#[cfg(feature = "full")]
use crate::ui::pages::workshop::{
    present::PresentPage,
    triads::{TriadPage, TriadsPage},
    WorkshopPage,
};
use crate::ui::pages::{
    about::About, help::Help, home::Home, not_found::NotFound, sources::Sources,
};
use crate::ui::route::Route;
#[cfg(not(feature = "full"))]
use crate::ui::router::open_in_full_build;
use crate::ui::router::Nav;
use leptos::prelude::*;

/// Provides the app's two contexts, [`AppState`] (the learner's data, already loaded) and
/// [`Nav`], to everything later mounted under the current owner (see `crate::start`).
pub fn provide_contexts(app: AppState) {
    app.follow_other_tabs();
    provide_context(app);
    Nav::provide();
}

/// The current page, chosen by the route. `crate::start` mounts it into the frame's `<main>`
/// in a task of its own.
#[component]
pub fn Page() -> impl IntoView {
    let nav = expect_context::<Nav>();
    view! {
            {move || match nav.route() {
                Route::Home => view! { <Home/> }.into_any(),
                Route::About => view! { <About/> }.into_any(),
                Route::Sources => view! { <Sources/> }.into_any(),
                Route::Help => view! { <Help/> }.into_any(),
                #[cfg(feature = "full")]
                Route::Course => view! { <CoursePage/> }.into_any(),
                #[cfg(feature = "full")]
                Route::Lesson(id) => view! { <LessonPage id=id/> }.into_any(),
                #[cfg(feature = "full")]
                Route::CourseRecord => view! { <RecordPage/> }.into_any(),
                #[cfg(feature = "full")]
                Route::Practise => view! { <PractisePage/> }.into_any(),
                #[cfg(feature = "full")]
                Route::Progress => view! { <ProgressPage/> }.into_any(),
                #[cfg(feature = "full")]
                Route::Today => view! { <TodayPage/> }.into_any(),
                #[cfg(feature = "full")]
                Route::Journal => view! { <JournalPage/> }.into_any(),
                #[cfg(feature = "full")]
                Route::Area(area) if area == "validation" => view! { <ValidationPage/> }.into_any(),
                #[cfg(feature = "full")]
                Route::Exercise(area, exercise) if area == "validation" => view! { <ExerciseListPage exercise=exercise/> }.into_any(),
                #[cfg(feature = "full")]
                Route::Item(area, exercise, id) if area == "validation" => view! { <ItemPage exercise=exercise id=id/> }.into_any(),
                #[cfg(feature = "full")]
                Route::Workshop => view! { <WorkshopPage/> }.into_any(),
                #[cfg(feature = "full")]
                Route::Present(area, exercise, id) => view! { <PresentPage area=area exercise=exercise id=id/> }.into_any(),
                #[cfg(feature = "full")]
                Route::Triads => view! { <TriadsPage/> }.into_any(),
                #[cfg(feature = "full")]
                Route::Triad(card) => view! { <TriadPage card=card/> }.into_any(),
                #[cfg(feature = "full")]
                Route::Area(area) if area == "moves" => view! { <moves::MovesPage/> }.into_any(),
                #[cfg(feature = "full")]
                Route::Exercise(area, exercise) if area == "moves" && exercise == "card" => view! { <moves::card::CardPage/> }.into_any(),
                #[cfg(feature = "full")]
                Route::Exercise(area, exercise) if area == "moves" => view! { <moves::ExerciseListPage exercise=exercise/> }.into_any(),
                #[cfg(feature = "full")]
                Route::Item(area, exercise, id) if area == "moves" => view! { <moves::ItemPage exercise=exercise id=id/> }.into_any(),
                Route::NotFound(_) => view! { <NotFound/> }.into_any(),
                // The practice partner (issue 20): its two routes, in one place.
                #[cfg(feature = "full")]
                Route::Exercise(area, exercise) if area == "listening" && exercise == listening::partner::SLUG => view! { <listening::partner::PartnerListPage/> }.into_any(),
                #[cfg(feature = "full")]
                Route::Item(area, exercise, id) if area == "listening" && exercise == listening::partner::SLUG => view! { <listening::partner::PartnerPage id=id/> }.into_any(),
                #[cfg(feature = "full")]
                Route::Area(area) if area == "listening" => view! { <listening::ListeningPage/> }.into_any(),
                #[cfg(feature = "full")]
                Route::Exercise(area, exercise) if area == "listening" => view! { <listening::ExerciseListPage exercise=exercise/> }.into_any(),
                #[cfg(feature = "full")]
                Route::Item(area, exercise, id) if area == "listening" => view! { <listening::ItemPage exercise=exercise id=id/> }.into_any(),
                // A practice area this build does not have.
                #[cfg(feature = "full")]
                Route::Area(_) | Route::Exercise(..) | Route::Item(..) => view! { <NotFound/> }.into_any(),
                #[cfg(not(feature = "full"))]
                other => {
                    open_in_full_build(&other.href());
                    view! { <p class="loading" role="status">"Opening…"</p> }.into_any()
                }
            }}
    }
}
