//! Every page of the app as a typed route. Parsing an address and formatting one are pure
//! functions over the catalogue ([`Area`], [`Exercise`]), so a link cannot point at a page that
//! does not exist, and every address the app makes parses back to the page that made it.

use super::{Area, Exercise};

/// A page the app can show.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Route {
    Home,
    About,
    Sources,
    Help,
    /// The intro course: overview, one lesson, the completion record.
    Course,
    Lesson(String),
    CourseRecord,
    /// Practice: every area, one practice area, one exercise's items, one item, and the moves
    /// area's printable checklist card.
    Practise,
    Area(Area),
    Exercise(Exercise),
    Item(Exercise, String),
    Card,
    /// Workshop mode: the catalogue, one item presented, the triad cards, one triad card's
    /// session.
    Workshop,
    Present(Exercise, String),
    Triads,
    Triad(String),
    /// The learner's own pages: progress (with export/import), today's review, the journal.
    Progress,
    Today,
    Journal,
    /// Any path that matches no page (kept, to show it back to the learner).
    NotFound(String),
}

/// The last segment of `/practise/moves/card`.
const CARD: &str = "card";

impl Route {
    /// The route for a URL path such as `/about` (a trailing slash, query or fragment is
    /// ignored). An area or exercise the catalogue does not know is not found.
    pub fn parse(path: &str) -> Route {
        let path = path.split(['?', '#']).next().unwrap_or("");
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let practice = |slug: &str| Area::from_slug(slug).filter(|a| a.is_practice());
        let exercise = |area: &str, slug: &str| Exercise::find(practice(area)?, slug);
        let found = match segments.as_slice() {
            [] => Some(Route::Home),
            ["about"] => Some(Route::About),
            ["sources"] => Some(Route::Sources),
            ["help"] => Some(Route::Help),
            ["course"] => Some(Route::Course),
            ["course", "record"] => Some(Route::CourseRecord),
            ["course", id] => Some(Route::Lesson((*id).to_string())),
            ["practise"] => Some(Route::Practise),
            ["practise", "today"] => Some(Route::Today),
            ["progress"] => Some(Route::Progress),
            ["journal"] => Some(Route::Journal),
            ["practise", area] => practice(area).map(Route::Area),
            ["practise", "moves", CARD] => Some(Route::Card),
            ["practise", area, ex] => exercise(area, ex).map(Route::Exercise),
            ["practise", area, ex, id] => {
                exercise(area, ex).map(|e| Route::Item(e, id.to_string()))
            }
            ["workshop"] => Some(Route::Workshop),
            ["workshop", "triads"] => Some(Route::Triads),
            ["workshop", "triads", card] => Some(Route::Triad((*card).to_string())),
            ["workshop", "present", area, ex, id] => {
                exercise(area, ex).map(|e| Route::Present(e, id.to_string()))
            }
            _ => None,
        };
        found.unwrap_or_else(|| Route::NotFound(path.to_string()))
    }

    /// The path to link to this route.
    pub fn href(&self) -> String {
        match self {
            Route::Home => "/".into(),
            Route::About => "/about".into(),
            Route::Sources => "/sources".into(),
            Route::Help => "/help".into(),
            Route::Course => "/course".into(),
            Route::Lesson(id) => format!("/course/{id}"),
            Route::CourseRecord => "/course/record".into(),
            Route::Practise => "/practise".into(),
            Route::Area(area) => format!("/practise/{}", area.slug()),
            Route::Exercise(e) => format!("/practise/{}/{}", e.area().slug(), e.slug()),
            Route::Item(e, id) => format!("/practise/{}/{}/{id}", e.area().slug(), e.slug()),
            Route::Card => format!("/practise/{}/{CARD}", Area::Moves.slug()),
            Route::Workshop => "/workshop".into(),
            Route::Present(e, id) => {
                format!("/workshop/present/{}/{}/{id}", e.area().slug(), e.slug())
            }
            Route::Triads => "/workshop/triads".into(),
            Route::Triad(card) => format!("/workshop/triads/{card}"),
            Route::Progress => "/progress".into(),
            Route::Today => "/practise/today".into(),
            Route::Journal => "/journal".into(),
            Route::NotFound(path) => path.clone(),
        }
    }

    /// Is this page part of the shell (the build a first visit to `/` downloads)? Every other
    /// page is only in the full build, whose page the build copies for each such route
    /// (scripts/prerender.mjs). An unknown path is the shell's (`404.html`).
    pub fn in_shell(&self) -> bool {
        matches!(
            self,
            Route::Home | Route::About | Route::Sources | Route::Help | Route::NotFound(_)
        )
    }

    /// The content areas this page shows, whose bundles the app loads before it first mounts
    /// on this page, so a deep link or a pre-rendered page goes straight to the content
    /// without a "Loading…" line in between.
    pub fn areas(&self) -> Vec<Area> {
        match self {
            Route::Course | Route::Lesson(_) | Route::CourseRecord => vec![Area::Course],
            Route::Area(area) => vec![*area],
            Route::Exercise(e) | Route::Item(e, _) | Route::Present(e, _) => vec![e.area()],
            Route::Card => vec![Area::Moves],
            Route::Workshop => vec![Area::Validation, Area::Listening, Area::Moves],
            Route::Triads => vec![Area::Workshop],
            Route::Triad(_) => vec![Area::Workshop, Area::Moves],
            _ => Vec::new(),
        }
    }
}

impl Area {
    /// The area's own page: `/course`, `/practise/<slug>` or `/workshop`.
    pub fn route(self) -> Route {
        match self {
            Area::Course => Route::Course,
            Area::Workshop => Route::Workshop,
            practice => Route::Area(practice),
        }
    }
}
