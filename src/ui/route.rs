//! Every page of the app as a typed route: parsing a path and building an href are pure
//! functions, so links cannot drift from the pages that exist (tested natively below).

/// A page the app can show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    About,
    Sources,
    Help,
    /// The intro course: overview, one lesson, the completion record.
    Course,
    Lesson(String),
    CourseRecord,
    /// Practice: every area, one area, one exercise's items, one item.
    Practise,
    Area(String),
    Exercise(String, String),
    Item(String, String, String),
    /// Workshop mode: the catalogue, one item presented (area, exercise, id), the triad cards,
    /// one triad card's session.
    Workshop,
    Present(String, String, String),
    Triads,
    Triad(String),
    /// The learner's own pages: progress (with export/import), today's review, the journal.
    Progress,
    Today,
    Journal,
    /// Any path that matches no page (kept, to show it back to the learner).
    NotFound(String),
}

impl Route {
    /// The route for a URL path such as `/about` (a trailing slash, query or fragment is ignored).
    pub fn parse(path: &str) -> Route {
        let path = path.split(['?', '#']).next().unwrap_or("");
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => Route::Home,
            ["about"] => Route::About,
            ["sources"] => Route::Sources,
            ["help"] => Route::Help,
            ["course"] => Route::Course,
            ["course", "record"] => Route::CourseRecord,
            ["course", id] => Route::Lesson((*id).to_string()),
            ["practise"] => Route::Practise,
            ["practise", "today"] => Route::Today,
            ["progress"] => Route::Progress,
            ["journal"] => Route::Journal,
            ["practise", area] => Route::Area((*area).to_string()),
            ["practise", area, exercise] => {
                Route::Exercise((*area).to_string(), (*exercise).to_string())
            }
            ["practise", area, exercise, id] => Route::Item(
                (*area).to_string(),
                (*exercise).to_string(),
                (*id).to_string(),
            ),
            ["workshop"] => Route::Workshop,
            ["workshop", "triads"] => Route::Triads,
            ["workshop", "triads", card] => Route::Triad((*card).to_string()),
            ["workshop", "present", area, exercise, id] => Route::Present(
                (*area).to_string(),
                (*exercise).to_string(),
                (*id).to_string(),
            ),
            _ => Route::NotFound(path.to_string()),
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

    /// Can this build show the route without loading another build?
    pub fn in_this_build(&self) -> bool {
        cfg!(feature = "full") || self.in_shell()
    }

    /// The content areas this page shows, whose bundles the app loads before it first mounts
    /// on this page (src/lib.rs), so a deep link or a pre-rendered page goes straight to the
    /// content without a "Loading…" line in between. A page not listed still loads its areas
    /// itself (`ui::area::AreaContent`).
    pub fn areas(&self) -> Vec<&'static str> {
        /// An area named in the address, if it has a content bundle (as its static name).
        fn known(area: &str) -> Option<&'static str> {
            heard_domain::content::bundle(area).map(|b| b.area)
        }
        match self {
            Route::Course | Route::Lesson(_) | Route::CourseRecord => vec!["course"],
            Route::Area(area) | Route::Exercise(area, _) | Route::Item(area, _, _) => {
                known(area).into_iter().collect()
            }
            Route::Present(area, _, _) => known(area).into_iter().collect(),
            Route::Workshop => vec!["validation", "listening", "moves"],
            Route::Triads => vec!["workshop"],
            Route::Triad(_) => vec!["workshop", "moves"],
            _ => Vec::new(),
        }
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
            Route::Area(area) => format!("/practise/{area}"),
            Route::Exercise(area, exercise) => format!("/practise/{area}/{exercise}"),
            Route::Item(area, exercise, id) => format!("/practise/{area}/{exercise}/{id}"),
            Route::Workshop => "/workshop".into(),
            Route::Present(area, exercise, id) => {
                format!("/workshop/present/{area}/{exercise}/{id}")
            }
            Route::Triads => "/workshop/triads".into(),
            Route::Triad(card) => format!("/workshop/triads/{card}"),
            Route::Progress => "/progress".into(),
            Route::Today => "/practise/today".into(),
            Route::Journal => "/journal".into(),
            Route::NotFound(path) => path.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_that_show_an_area_name_its_bundle_and_unknown_areas_name_none() {
        assert_eq!(Route::parse("/course/01-what").areas(), ["course"]);
        assert_eq!(Route::parse("/practise/moves/name/x").areas(), ["moves"]);
        assert_eq!(
            Route::parse("/workshop/triads/x").areas(),
            ["workshop", "moves"]
        );
        assert_eq!(Route::parse("/workshop").areas().len(), 3);
        assert!(Route::parse("/practise/nowhere").areas().is_empty());
        assert!(Route::parse("/").areas().is_empty());
        for area in Route::parse("/workshop").areas() {
            assert!(
                heard_domain::content::bundle(area).is_some(),
                "{area} has no bundle"
            );
        }
    }

    #[test]
    fn every_page_route_round_trips_through_its_href() {
        for r in [
            Route::Home,
            Route::About,
            Route::Sources,
            Route::Help,
            Route::Course,
            Route::CourseRecord,
            Route::Lesson("listening".into()),
            Route::Practise,
            Route::Area("validation".into()),
            Route::Exercise("validation".into(), "sort".into()),
            Route::Item("validation".into(), "talk".into(), "night-shift".into()),
            Route::Workshop,
            Route::Present("validation".into(), "decide".into(), "night-shift".into()),
            Route::Triads,
            Route::Triad("the-new-watch".into()),
            Route::Progress,
            Route::Today,
            Route::Journal,
        ] {
            assert_eq!(Route::parse(&r.href()), r);
        }
    }

    #[test]
    fn trailing_slashes_queries_and_fragments_do_not_change_the_page() {
        assert_eq!(
            Route::parse("/workshop/triads/the-new-watch?fast=1"),
            Route::Triad("the-new-watch".into())
        );
        assert_eq!(
            Route::parse("/workshop/present/validation"),
            Route::NotFound("/workshop/present/validation".into())
        );
        assert_eq!(Route::parse("/about/"), Route::About);
        assert_eq!(Route::parse("/help?from=footer#top"), Route::Help);
        assert_eq!(Route::parse(""), Route::Home);
    }

    #[test]
    fn the_shell_holds_the_pages_a_first_visit_and_an_emergency_need() {
        for r in [Route::Home, Route::Help, Route::About, Route::Sources] {
            assert!(r.in_shell(), "{r:?}");
        }
        for r in [
            Route::Course,
            Route::CourseRecord,
            Route::Lesson("x".into()),
            Route::Practise,
            Route::Item("validation".into(), "sort".into(), "x".into()),
            Route::Workshop,
            Route::Present("validation".into(), "decide".into(), "x".into()),
            Route::Triads,
            Route::Triad("x".into()),
            Route::Progress,
            Route::Today,
            Route::Journal,
        ] {
            assert!(!r.in_shell(), "{r:?}");
        }
    }

    #[test]
    fn practise_today_is_its_own_page_not_an_area() {
        assert_eq!(Route::parse("/practise/today"), Route::Today);
        assert_eq!(Route::parse("/practise/today/"), Route::Today);
        assert_eq!(Route::parse("/progress"), Route::Progress);
        assert_eq!(Route::parse("/journal"), Route::Journal);
    }

    #[test]
    fn unknown_paths_are_not_found_and_keep_the_path() {
        assert_eq!(
            Route::parse("/nope/deeper"),
            Route::NotFound("/nope/deeper".into())
        );
        assert_eq!(
            Route::parse("/about/extra"),
            Route::NotFound("/about/extra".into())
        );
    }
}
