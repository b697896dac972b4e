//! The list of every page the catalogue knows, for the build's pre-rendered pages and for
//! tests: every fixed page, every lesson, every practice area, exercise and item, the moves
//! card, every presenter slide, every triad card, and the learner's own pages.

use super::{Area, Route};
use crate::content::{self, ContentError, Library};
use crate::workshop;

/// Every route with a page, in a stable order (no [`Route::NotFound`]). Needs every area's
/// content from `library`: native tests and the route list pass `content::Built`.
pub fn every_route(library: &impl Library) -> Result<Vec<Route>, &ContentError> {
    let mut out = vec![
        Route::Home,
        Route::About,
        Route::Sources,
        Route::Help,
        Route::Course,
    ];
    out.extend(
        library
            .course()?
            .lessons
            .iter()
            .map(|l| Route::Lesson(l.id.clone())),
    );
    out.extend([Route::CourseRecord, Route::Practise]);
    for area in Area::PRACTICE {
        out.push(Route::Area(area));
        for exercise in area.exercises() {
            out.push(Route::Exercise(exercise));
            out.extend(
                content::summaries(library, exercise)?
                    .iter()
                    .map(|s| Route::Item(exercise, s.id.to_string())),
            );
        }
        if area == Area::Moves {
            out.push(Route::Card);
        }
    }
    out.push(Route::Workshop);
    out.extend(
        workshop::catalogue(library)
            .iter()
            .map(|s| s.present_route()),
    );
    out.push(Route::Triads);
    out.extend(
        library
            .triads()?
            .cards
            .iter()
            .map(|c| Route::Triad(c.id.clone())),
    );
    out.extend([Route::Progress, Route::Today, Route::Journal]);
    Ok(out)
}
