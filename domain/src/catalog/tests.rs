//! The catalogue's tests take their cases from the catalogue itself, so a new area, exercise
//! or item is covered without touching them.

use super::*;
use crate::content::for_tests::{built, course, files, pages};
use crate::content::{self, bundle, bundles};
use crate::prose;
use std::collections::BTreeSet;

fn routes() -> Vec<Route> {
    every_route(built()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn every_route_formats_and_parses_back_to_itself() {
    let all = routes();
    for r in &all {
        assert_eq!(&Route::parse(&r.href()), r, "{}", r.href());
        assert!(!matches!(r, Route::NotFound(_)));
    }
    let unique: BTreeSet<String> = all.iter().map(Route::href).collect();
    assert_eq!(unique.len(), all.len(), "two routes share an address");
}

#[test]
fn every_item_of_every_exercise_has_a_key_that_leads_back_to_its_page() {
    let all: BTreeSet<String> = routes().iter().map(Route::href).collect();
    for exercise in Exercise::ALL {
        let items = content::summaries(built(), exercise).unwrap_or_else(|e| panic!("{e}"));
        assert!(!items.is_empty(), "{exercise:?} has no items");
        for item in items {
            let key = exercise.progress_key(item.id);
            let parsed = ItemKey::parse(&key).unwrap_or_else(|| panic!("{key} does not parse"));
            assert_eq!(parsed.to_string(), key);
            assert_eq!(parsed.area(), exercise.area());
            let page = parsed.route();
            assert_eq!(page, Route::Item(exercise, item.id.to_string()));
            assert!(
                all.contains(&page.href()),
                "{key}: {} is not listed",
                page.href()
            );
        }
    }
}

#[test]
fn every_course_question_key_leads_to_its_lesson() {
    let course = course().unwrap_or_else(|e| panic!("{e}"));
    for lesson in &course.lessons {
        for q in &lesson.check {
            let key = lesson.question_key(&q.id);
            assert_eq!(
                ItemKey::parse(&key).map(|k| k.route()),
                Some(Route::Lesson(lesson.id.clone())),
                "{key}"
            );
        }
    }
}

#[test]
fn keys_map_to_their_pages() {
    let cases = [
        ("course.what-is.q1", Some("/course/what-is")),
        (
            "validate.decide.night-shift",
            Some("/practise/validation/decide/night-shift"),
        ),
        ("validate.talk.x", Some("/practise/validation/talk/x")),
        ("validate.write.y", Some("/practise/validation/rewrite/y")),
        ("listen.ladder.z", Some("/practise/listening/ladder/z")),
        ("listen.feel.a", Some("/practise/listening/feel/a")),
        (
            "listen.partner.alex-resit",
            Some("/practise/listening/partner/alex-resit"),
        ),
        ("moves.spot.b", Some("/practise/moves/spot/b")),
        ("moves.name.c", Some("/practise/moves/name/c")),
        ("moves.dance.c", None),
        ("validate.sort", None),
        ("validate.sort.", None),
        ("other.thing.x", None),
        ("listen.pick.a/../../x", None),
    ];
    for (key, want) in cases {
        assert_eq!(
            ItemKey::parse(key).map(|k| k.route().href()).as_deref(),
            want,
            "{key}"
        );
    }
}

#[test]
fn a_written_rewrite_is_kept_beside_the_chosen_one_on_the_same_page() {
    let key = ItemKey::OwnRewrite("y".into());
    assert_eq!(key.to_string(), "validate.write.y");
    assert_eq!(ItemKey::parse("validate.write.y"), Some(key.clone()));
    assert_eq!(key.route(), Route::Item(Exercise::Rewrite, "y".into()));
}

#[test]
fn keys_heard_does_not_know_or_cannot_link_to_are_refused() {
    for key in [
        "moves.dance.c",
        "validate.sort",
        "validate.sort.",
        "other.thing.x",
        "listen.pick.a/../../x",
        "workshop.x.y",
    ] {
        assert_eq!(ItemKey::parse(key), None, "{key}");
    }
}

#[test]
fn each_exercise_belongs_to_one_practice_area_under_a_unique_slug() {
    for area in Area::ALL {
        let slugs: BTreeSet<&str> = area.exercises().map(Exercise::slug).collect();
        assert_eq!(slugs.len(), area.exercises().count(), "{area:?}");
        assert_eq!(area.is_practice(), !slugs.is_empty(), "{area:?}");
        assert!(!slugs.contains("card") && !slugs.contains("today"));
        assert_eq!(Area::from_slug(area.slug()), Some(area));
        assert_eq!(Route::parse(&area.route().href()), area.route());
    }
    for e in Exercise::ALL {
        assert_eq!(Exercise::find(e.area(), e.slug()), Some(e));
        assert!(!e.label().is_empty() && !e.blurb().is_empty());
    }
}

#[test]
fn every_area_is_one_content_folder_and_one_bundle() {
    assert_eq!(bundles().len(), Area::ALL.len());
    for area in Area::ALL {
        let b = bundle(area).unwrap_or_else(|| panic!("{area:?} has no bundle"));
        assert!(b.file.starts_with(&format!("{}-", area.slug())));
        assert!(files()
            .iter()
            .any(|(p, _)| p.starts_with(&format!("{}/", area.slug()))));
    }
}

#[test]
fn unknown_areas_and_exercises_are_not_found() {
    for path in [
        "/practise/nowhere",
        "/practise/course",
        "/practise/listening/sort",
        "/practise/moves/dance/x",
        "/workshop/present/validation",
        "/practice/listening",
    ] {
        assert_eq!(Route::parse(path), Route::NotFound(path.into()), "{path}");
    }
    assert_eq!(Route::parse("/practise/today/"), Route::Today);
    assert_eq!(Route::parse("/practise/moves/card"), Route::Card);
    assert_eq!(Route::parse("/help?from=footer#top"), Route::Help);
}

#[test]
fn every_link_in_the_content_goes_to_a_page_the_catalogue_lists() {
    let all: BTreeSet<String> = routes().iter().map(Route::href).collect();
    let course = course().unwrap_or_else(|e| panic!("{e}"));
    let mut links = Vec::new();
    for lesson in &course.lessons {
        for section in &lesson.sections {
            for href in prose::links(&section.blocks()) {
                links.push((lesson.id.clone(), href.to_string()));
            }
        }
    }
    for page in pages().unwrap_or_else(|e| panic!("{e}")) {
        for href in prose::links(&page.blocks()) {
            links.push((page.id.clone(), href.to_string()));
        }
    }
    assert!(links.len() > 10);
    for (from, href) in links {
        let route = Route::parse(&href);
        assert!(all.contains(&route.href()), "{from}: {href} is not a page");
    }
}

#[test]
fn only_the_shell_pages_are_in_the_shell() {
    let shell: Vec<Route> = routes().into_iter().filter(Route::in_shell).collect();
    assert_eq!(
        shell,
        [Route::Home, Route::About, Route::Sources, Route::Help]
    );
}

#[test]
fn every_page_that_shows_an_area_names_a_bundle_the_build_wrote() {
    for route in routes() {
        for area in route.areas() {
            assert!(bundle(area).is_some(), "{}: {area:?}", route.href());
        }
    }
    assert_eq!(
        Route::parse("/workshop/triads/x").areas(),
        [Area::Workshop, Area::Moves]
    );
    assert!(Route::parse("/").areas().is_empty());
}
