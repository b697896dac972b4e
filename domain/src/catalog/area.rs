//! The areas of Heard: the course, the three practice areas and the workshop. One table for
//! an area's slug (its content folder, its bundle and its address), its name, and the start
//! of its progress keys. Self-contained on purpose: `build.rs` includes this file to know
//! which content folders are bundled, so the bundles cannot drift from the areas.

/// A content area. Declaration order is the order areas are listed in (and the tie-break of
/// "Practise today").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Area {
    Course,
    Listening,
    Validation,
    Moves,
    Workshop,
}

impl Area {
    /// Every area; each is one content folder and one content bundle.
    pub const ALL: [Area; 5] = [
        Area::Course,
        Area::Listening,
        Area::Validation,
        Area::Moves,
        Area::Workshop,
    ];

    /// The practice areas (`/practise/<slug>`), in the order a new learner might take them.
    pub const PRACTICE: [Area; 3] = [Area::Listening, Area::Validation, Area::Moves];

    /// The slug: the area's folder under `content/`, its bundle's name, and its address.
    pub fn slug(self) -> &'static str {
        match self {
            Area::Course => "course",
            Area::Listening => "listening",
            Area::Validation => "validation",
            Area::Moves => "moves",
            Area::Workshop => "workshop",
        }
    }

    /// The area with this slug, if any.
    pub fn from_slug(slug: &str) -> Option<Area> {
        Area::ALL.into_iter().find(|a| a.slug() == slug)
    }

    /// The name a learner sees (checked against the content's own headings by a test).
    pub fn label(self) -> &'static str {
        match self {
            Area::Course => "The course",
            Area::Listening => "Reflective listening",
            Area::Validation => "Validation, not advice",
            Area::Moves => "To do and to avoid",
            Area::Workshop => "Workshop",
        }
    }

    /// What a practice area practises, for the Practise page; empty for the others.
    pub fn blurb(self) -> &'static str {
        match self {
            Area::Listening => "Name the feelings you hear, pick the best reflection, write your own with instant feedback, put replies in order of empathy, and hold a conversation with a practice partner.",
            Area::Validation => "Sort replies, talk with peers who answer back, judge when advice is right, and rewrite a quick fix into validation.",
            Area::Moves => "Four moves to make and five to avoid when you listen: name them in real replies, spot the slips in short conversations, and print the checklist card.",
            Area::Course | Area::Workshop => "",
        }
    }

    /// The start of every progress key in this area (`"listen."`); `None` for the workshop,
    /// which records nothing.
    pub fn key_prefix(self) -> Option<&'static str> {
        match self {
            Area::Course => Some("course."),
            Area::Listening => Some("listen."),
            Area::Validation => Some("validate."),
            Area::Moves => Some("moves."),
            Area::Workshop => None,
        }
    }

    /// Is this a practice area, whose items "Practise today" offers?
    pub fn is_practice(self) -> bool {
        Area::PRACTICE.contains(&self)
    }
}
