//! The full app (`--features full`): every route the shell does not hold, by the catalogue's
//! route, and the notice of a failed save; its start loads the content bundles first.

use super::Build;
use crate::ui::area_pages::{AreaPage, AreaPages, ExerciseListPage, ItemPage};
use crate::ui::pages::course::{lesson::LessonPage, record::RecordPage, CoursePage};
use crate::ui::pages::listening;
use crate::ui::pages::listening::partner::PartnerPage;
use crate::ui::pages::mine::{journal::JournalPage, progress::ProgressPage, today::TodayPage};
use crate::ui::pages::moves;
use crate::ui::pages::not_found::NotFound;
use crate::ui::pages::practise::PractisePage;
use crate::ui::pages::validation;
use crate::ui::pages::workshop::{
    present::PresentPage,
    triads::{TriadPage, TriadsPage},
    WorkshopPage,
};
use crate::ui::route::Route;
use heard_domain::catalog::{Area, Exercise};
use leptos::prelude::*;

/// The full app: every page; its start loads the content the first page shows.
pub struct Full;

/// Starts the full app (`src/main.rs`). Here, not there, so that its start-up code is
/// compiled with the library's, as the rest of the app is.
pub fn start() {
    crate::start::<Full>();
}

impl Build for Full {
    const EVERY_PAGE: bool = true;

    fn page(route: Route) -> AnyView {
        page(route)
    }

    fn save_failed() -> impl IntoView {
        crate::ui::banners::save_failed()
    }
}

/// The page of a route outside the shell.
fn page(route: Route) -> AnyView {
    match route {
        Route::Course => view! { <CoursePage/> }.into_any(),
        Route::Lesson(id) => view! { <LessonPage id=id/> }.into_any(),
        Route::CourseRecord => view! { <RecordPage/> }.into_any(),
        Route::Practise => view! { <PractisePage/> }.into_any(),
        Route::Progress => view! { <ProgressPage/> }.into_any(),
        Route::Today => view! { <TodayPage/> }.into_any(),
        Route::Journal => view! { <JournalPage/> }.into_any(),
        Route::Area(area) => in_area(area, |p| view! { <AreaPage pages=p/> }.into_any()),
        Route::Exercise(e) => in_area(e.area(), |p| {
            view! { <ExerciseListPage pages=p exercise=e/> }.into_any()
        }),
        // The practice partner's items are conversations, with a page of their own.
        Route::Item(Exercise::Partner, id) => view! { <PartnerPage id=id/> }.into_any(),
        Route::Item(e, id) => in_area(e.area(), |p| {
            view! { <ItemPage pages=p exercise=e id=id/> }.into_any()
        }),
        Route::Card => view! { <moves::card::CardPage/> }.into_any(),
        Route::Workshop => view! { <WorkshopPage/> }.into_any(),
        Route::Present(exercise, id) => view! { <PresentPage exercise=exercise id=id/> }.into_any(),
        Route::Triads => view! { <TriadsPage/> }.into_any(),
        Route::Triad(card) => view! { <TriadPage card=card/> }.into_any(),
        // The shell's routes are `ui::app`'s.
        Route::Home | Route::About | Route::Sources | Route::Help | Route::NotFound(_) => {
            view! { <NotFound/> }.into_any()
        }
    }
}

/// A practice area's own part of its pages, by the catalogue's area.
fn area_pages(area: Area) -> Option<AreaPages> {
    match area {
        Area::Listening => Some(listening::PAGES),
        Area::Validation => Some(validation::PAGES),
        Area::Moves => Some(moves::PAGES),
        Area::Course | Area::Workshop => None,
    }
}

/// A page of a practice area (`show`), or Not found for an area without practice items.
fn in_area(area: Area, show: impl FnOnce(AreaPages) -> AnyView) -> AnyView {
    match area_pages(area) {
        Some(pages) => show(pages),
        None => view! { <NotFound/> }.into_any(),
    }
}
