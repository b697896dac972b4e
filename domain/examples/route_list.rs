//! Prints every route of the app, one path per line: the pages the build pre-renders into a
//! real HTML file each (scripts/prerender.mjs reads this through scripts/routes.mjs).
//!
//! Derived from what exists today: the fixed pages of `src/ui/route.rs`, the practice areas'
//! exercises and their items (`summaries`), the course's lessons, the workshop's slides and
//! triad cards. Issue 18's typed route catalogue replaces this file with its own `routes`
//! example; scripts/routes.mjs names the example in one place.
//!
//! `cargo run -q -p heard-domain --example route_list`

use heard_domain::content::{course, listening, moves, triads, validation, ItemSummary};
use heard_domain::workshop;

fn main() {
    let mut routes: Vec<String> = [
        "/",
        "/help",
        "/about",
        "/sources",
        "/course",
        "/course/record",
        "/practise",
        "/practise/today",
        "/progress",
        "/journal",
        "/workshop",
        "/workshop/triads",
    ]
    .iter()
    .map(|r| r.to_string())
    .collect();

    let course = course::course().expect("the course content parses (native tests check it)");
    routes.extend(course.lessons.iter().map(|l| format!("/course/{}", l.id)));

    // Each practice area: its exercises (slugs) and each exercise's items (ids).
    type Exercise = (&'static str, Vec<String>);
    fn ids(items: Vec<ItemSummary<'_>>) -> Vec<String> {
        items.iter().map(|i| i.id.to_string()).collect()
    }
    let v = validation::validation().expect("the validation content parses");
    let l = listening::listening().expect("the listening content parses");
    let m = moves::moves().expect("the moves content parses");
    let areas: [(&str, Vec<Exercise>); 3] = [
        (
            "validation",
            validation::Exercise::ALL
                .map(|e| (e.slug(), ids(v.summaries(e))))
                .into(),
        ),
        (
            "listening",
            listening::Exercise::ALL
                .map(|e| (e.slug(), ids(l.summaries(e))))
                .into(),
        ),
        (
            "moves",
            moves::Exercise::ALL
                .map(|e| (e.slug(), ids(m.summaries(e))))
                .into(),
        ),
    ];
    for (area, exercises) in areas {
        routes.push(format!("/practise/{area}"));
        // The printable checklist card is a page of the moves area beside its exercises.
        if area == "moves" {
            routes.push("/practise/moves/card".into());
        }
        for (exercise, items) in exercises {
            routes.push(format!("/practise/{area}/{exercise}"));
            routes.extend(
                items
                    .iter()
                    .map(|id| format!("/practise/{area}/{exercise}/{id}")),
            );
        }
    }

    routes.extend(workshop::catalogue().iter().map(|s| s.present_href()));
    let t = triads::triads().expect("the triad cards parse");
    routes.extend(t.cards.iter().map(|c| format!("/workshop/triads/{}", c.id)));

    for route in routes {
        println!("{route}");
    }
}
