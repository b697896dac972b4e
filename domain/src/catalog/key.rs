//! Progress keys as a type: every key Heard writes is formatted here and parsed back here, so
//! a key and the page where it is answered cannot drift apart.

use super::{Area, Exercise, Route};
use std::fmt;

/// What a progress item key names.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ItemKey {
    /// `<area prefix><exercise>.<id>`: an item of a practice exercise.
    Item(Exercise, String),
    /// `validate.write.<id>`: a written rewrite, kept beside the chosen one and answered on
    /// the same page ([`Exercise::Rewrite`]).
    OwnRewrite(String),
    /// `course.<lesson>.<question>`: a question of a lesson's knowledge check.
    Question(String, String),
}

/// The exercise slug of [`ItemKey::OwnRewrite`] keys.
const OWN_REWRITE: &str = "write";

/// Whether an id is safe to put into an address segment (content ids are slugs).
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

impl ItemKey {
    /// The key of an item, as progress stores it.
    pub fn item(exercise: Exercise, id: &str) -> ItemKey {
        ItemKey::Item(exercise, id.to_string())
    }

    /// Reads a stored key; `None` for a key Heard does not know (or an id that is not a slug).
    pub fn parse(key: &str) -> Option<ItemKey> {
        let area = Area::ALL
            .into_iter()
            .find(|a| a.key_prefix().is_some_and(|p| key.starts_with(p)))?;
        let rest = &key[area.key_prefix()?.len()..];
        let (first, id) = rest.split_once('.')?;
        if !is_slug(first) || !is_slug(id) {
            return None;
        }
        match area {
            Area::Course => Some(ItemKey::Question(first.into(), id.into())),
            Area::Validation if first == OWN_REWRITE => Some(ItemKey::OwnRewrite(id.into())),
            _ => Exercise::find(area, first).map(|e| ItemKey::Item(e, id.into())),
        }
    }

    /// The area the key belongs to.
    pub fn area(&self) -> Area {
        match self {
            ItemKey::Item(e, _) => e.area(),
            ItemKey::OwnRewrite(_) => Area::Validation,
            ItemKey::Question(..) => Area::Course,
        }
    }

    /// The page where the item is answered (a course question: its lesson).
    pub fn route(&self) -> Route {
        match self {
            ItemKey::Item(e, id) => Route::Item(*e, id.clone()),
            ItemKey::OwnRewrite(id) => Route::Item(Exercise::Rewrite, id.clone()),
            ItemKey::Question(lesson, _) => Route::Lesson(lesson.clone()),
        }
    }
}

impl fmt::Display for ItemKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let prefix = |a: Area| a.key_prefix().unwrap_or_default();
        match self {
            ItemKey::Item(e, id) => write!(f, "{}{id}", e.prefix()),
            ItemKey::OwnRewrite(id) => {
                write!(f, "{}{OWN_REWRITE}.{id}", prefix(Area::Validation))
            }
            ItemKey::Question(lesson, q) => write!(f, "{}{lesson}.{q}", prefix(Area::Course)),
        }
    }
}

/// The area a stored progress key belongs to, if it is one Heard knows.
pub fn area_of(key: &str) -> Option<Area> {
    ItemKey::parse(key).map(|k| k.area())
}

/// `course.<lesson id>`: a lesson's key in `Progress::lessons` (not an item).
pub fn lesson_key(lesson: &str) -> String {
    format!("{}{lesson}", Area::Course.key_prefix().unwrap_or_default())
}

/// `course.reflection.<id>`: the journal prompt a course reflection's answer is saved under.
pub fn reflection_key(id: &str) -> String {
    format!(
        "{}reflection.{id}",
        Area::Course.key_prefix().unwrap_or_default()
    )
}
