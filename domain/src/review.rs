//! What "My progress" and "Practise today" show, computed from [`Progress`] alone: where each
//! progress key's page is, which area it belongs to, which met items are due for spaced review
//! today, and which principles and feedback labels a learner finds hard.
//!
//! Pure functions over a plain value and an injected clock, so the scheduling behaviour is
//! tested natively (a 60-day simulation below) rather than in a browser.
//!
//! Decision: **course check questions are not offered in "Practise today".** They are answered
//! inside a lesson's knowledge check (a page of several questions), so a link cannot take the
//! learner to one question, and a passed lesson stays passed. Course lessons show on My progress
//! instead. Practice items (validation, listening, moves) are each one page, so they are.

use crate::progress::Progress;
use crate::Millis;

/// A skill area, as progress keys name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Area {
    Course,
    Validation,
    Listening,
    Moves,
}

impl Area {
    pub const ALL: [Area; 4] = [Area::Course, Area::Validation, Area::Listening, Area::Moves];
    /// The practice areas, whose items "Practise today" offers.
    pub const PRACTICE: [Area; 3] = [Area::Validation, Area::Listening, Area::Moves];

    /// The start of every progress key in this area.
    pub fn prefix(self) -> &'static str {
        match self {
            Area::Course => "course.",
            Area::Validation => "validate.",
            Area::Listening => "listen.",
            Area::Moves => "moves.",
        }
    }

    /// The slug in `/practise/<slug>` (the course lives at `/course`).
    pub fn slug(self) -> &'static str {
        match self {
            Area::Course => "course",
            Area::Validation => "validation",
            Area::Listening => "listening",
            Area::Moves => "moves",
        }
    }

    /// The name a learner sees.
    pub fn label(self) -> &'static str {
        match self {
            Area::Course => "The course",
            Area::Validation => "Validation, not advice",
            Area::Listening => "Reflective listening",
            Area::Moves => "Conversation moves",
        }
    }

    /// Where the area's overview is.
    pub fn href(self) -> &'static str {
        match self {
            Area::Course => "/course",
            Area::Validation => "/practise/validation",
            Area::Listening => "/practise/listening",
            Area::Moves => "/practise/moves",
        }
    }
}

/// The area a progress key belongs to, if it is one Heard knows.
pub fn area_of(key: &str) -> Option<Area> {
    Area::ALL.into_iter().find(|a| key.starts_with(a.prefix()))
}

/// The exercises of each practice area, as slugs in both keys and links.
fn exercise_page(area: Area, exercise: &str) -> Option<&'static str> {
    let known: &[(&str, &'static str)] = match area {
        Area::Course => return None,
        // A written rewrite is kept beside the chosen one but answered on the same page.
        Area::Validation => &[
            ("sort", "sort"),
            ("decide", "decide"),
            ("rewrite", "rewrite"),
            ("talk", "talk"),
            ("write", "rewrite"),
        ],
        Area::Listening => &[
            ("feel", "feel"),
            ("pick", "pick"),
            ("write", "write"),
            ("ladder", "ladder"),
            ("partner", "partner"),
        ],
        Area::Moves => &[("name", "name"), ("spot", "spot")],
    };
    known
        .iter()
        .find(|(slug, _)| *slug == exercise)
        .map(|(_, page)| *page)
}

/// Whether an id is safe to put into a path segment (content ids are slugs).
fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The page where a progress key's item is answered: `/practise/<area>/<exercise>/<id>`, or
/// `/course/<lesson>` for a course question. `None` for a key Heard does not know.
pub fn href_for_key(key: &str) -> Option<String> {
    let area = area_of(key)?;
    let rest = &key[area.prefix().len()..];
    let (first, id) = rest.split_once('.')?;
    if !is_slug(first) || !is_slug(id) {
        return None;
    }
    match area {
        Area::Course => Some(format!("/course/{first}")),
        _ => {
            let page = exercise_page(area, first)?;
            Some(format!("/practise/{}/{page}/{id}", area.slug()))
        }
    }
}

/// Is this key offered in "Practise today"? Practice items with a page (see the module doc).
fn reviewable(key: &str) -> bool {
    area_of(key).is_some_and(|a| a != Area::Course) && href_for_key(key).is_some()
}

/// The fewest and most items a "Practise today" session offers by default.
pub const SESSION_MIN: usize = 5;
pub const SESSION_MAX: usize = 10;

/// Up to `max` (at most [`SESSION_MAX`]) met practice items due for review at `now`: the most
/// overdue first, taken in turn from each area so a session mixes skills. Nothing that is not
/// due is added to make up numbers: an empty list means "nothing is due today". (A learner who
/// has met enough items normally has [`SESSION_MIN`] or more due; fewer is fine.)
pub fn practise_today(progress: &Progress, now: Millis, max: usize) -> Vec<String> {
    let max = max.min(SESSION_MAX);
    let mut per_area: Vec<(Area, Vec<(Millis, &String)>)> = Area::PRACTICE
        .into_iter()
        .map(|area| {
            let mut due: Vec<(Millis, &String)> = progress
                .items_in(area.prefix())
                .filter(|(k, r)| reviewable(k) && r.review.is_due(now))
                .map(|(k, r)| (r.review.due, k))
                .collect();
            due.sort();
            (area, due)
        })
        .filter(|(_, due)| !due.is_empty())
        .collect();
    // The area with the most overdue item goes first in each round.
    per_area.sort_by_key(|(area, due)| (due[0].0, *area));
    let mut chosen = Vec::new();
    let mut round = 0;
    while chosen.len() < max {
        let mut any = false;
        for (_, due) in &per_area {
            if let Some((_, key)) = due.get(round) {
                any = true;
                if chosen.len() < max {
                    chosen.push((*key).clone());
                }
            }
        }
        if !any {
            break;
        }
        round += 1;
    }
    chosen
}

/// A rough time for a session: about two minutes an item.
pub fn estimated_minutes(items: usize) -> usize {
    items * 2
}

/// Tags (principles such as `avoid.quick-fix`, feedback labels such as `feedback.advice`) as
/// `(tag, seen, missed)`, the highest miss rate first; ties go to the more often missed, then by
/// name. Tags never seen are left out.
pub fn struggles(progress: &Progress) -> Vec<(String, u32, u32)> {
    let mut out: Vec<(String, u32, u32)> = progress
        .tags
        .iter()
        .filter(|(_, t)| t.seen > 0)
        .map(|(tag, t)| (tag.clone(), t.seen, t.missed.min(t.seen)))
        .collect();
    out.sort_by(|a, b| {
        // missed/seen, compared without division: a.m * b.s vs b.m * a.s.
        let ra = u64::from(a.2) * u64::from(b.1);
        let rb = u64::from(b.2) * u64::from(a.1);
        rb.cmp(&ra).then(b.2.cmp(&a.2)).then(a.0.cmp(&b.0))
    });
    out
}

/// A miss rate as a whole percentage (0 when never seen).
pub fn miss_percent(seen: u32, missed: u32) -> u32 {
    if seen == 0 {
        0
    } else {
        ((u64::from(missed.min(seen)) * 100) / u64::from(seen)) as u32
    }
}

/// Met items, the most recently answered first (for "recent results").
pub fn recent(progress: &Progress, n: usize) -> Vec<(&String, &crate::progress::ItemRecord)> {
    let mut all: Vec<_> = progress.items.iter().collect();
    all.sort_by(|a, b| b.1.last_at.cmp(&a.1.last_at).then(a.0.cmp(b.0)));
    all.truncate(n);
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::{Event, Score, TagResult};
    use crate::DAY;

    fn answer(p: &mut Progress, item: &str, score: u8, at: Millis) {
        p.apply(Event::Answered {
            item: item.into(),
            score: Score::new(score),
            tags: vec![],
            at,
        });
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
            (
                "listen.partner.alex-resit",
                Some("/practise/listening/partner/alex-resit"),
            ),
            ("listen.feel.a", Some("/practise/listening/feel/a")),
            ("moves.spot.b", Some("/practise/moves/spot/b")),
            ("moves.name.c", Some("/practise/moves/name/c")),
            ("moves.dance.c", None),
            ("validate.sort", None),
            ("validate.sort.", None),
            ("other.thing.x", None),
            ("listen.pick.a/../../x", None),
        ];
        for (key, want) in cases {
            assert_eq!(href_for_key(key).as_deref(), want, "{key}");
        }
        assert_eq!(area_of("listen.pick.a"), Some(Area::Listening));
        assert_eq!(area_of("course.x.y"), Some(Area::Course));
        assert_eq!(area_of("nope"), None);
    }

    #[test]
    fn today_takes_due_items_most_overdue_first_mixing_areas() {
        let mut p = Progress::default();
        // All answered wrongly (due after ten minutes), at different times.
        for (i, k) in [
            "validate.sort.a",
            "validate.sort.b",
            "validate.sort.c",
            "listen.pick.a",
            "listen.pick.b",
            "moves.name.a",
            "course.l.q1",
        ]
        .iter()
        .enumerate()
        {
            answer(&mut p, k, 0, i as Millis * 1000);
        }
        let today = practise_today(&p, DAY, 8);
        assert_eq!(
            today,
            [
                "validate.sort.a",
                "listen.pick.a",
                "moves.name.a",
                "validate.sort.b",
                "listen.pick.b",
                "validate.sort.c"
            ]
        );
        assert_eq!(practise_today(&p, DAY, 2).len(), 2);
        assert!(practise_today(&p, 0, 8).is_empty(), "nothing due yet");
        assert!(practise_today(&p, DAY, 50).len() <= SESSION_MAX);
    }

    #[test]
    fn struggles_sort_by_miss_rate() {
        let mut p = Progress::default();
        let tag = |t: &str, ok: bool| TagResult { tag: t.into(), ok };
        p.apply(Event::Answered {
            item: "validate.sort.a".into(),
            score: Score::ZERO,
            tags: vec![
                tag("avoid.quick-fix", false),
                tag("todo.validate", true),
                tag("feedback.advice", false),
            ],
            at: 0,
        });
        p.apply(Event::Answered {
            item: "validate.sort.b".into(),
            score: Score::ZERO,
            tags: vec![tag("avoid.quick-fix", false), tag("feedback.advice", true)],
            at: 0,
        });
        let s = struggles(&p);
        assert_eq!(
            s,
            vec![
                ("avoid.quick-fix".to_string(), 2, 2),
                ("feedback.advice".to_string(), 2, 1),
                ("todo.validate".to_string(), 1, 0),
            ]
        );
        assert_eq!(miss_percent(3, 1), 33);
        assert_eq!(miss_percent(0, 0), 0);
    }

    /// 60 days with an injected clock. Each morning the learner does "Practise today": a
    /// "hard" item is always answered wrongly, every other item rightly.
    #[test]
    fn sixty_days_missed_items_return_soon_and_known_items_fade() {
        let mut p = Progress::default();
        let hard = "validate.decide.hard";
        let easy: Vec<String> = (0..12).map(|i| format!("listen.pick.e{i}")).collect();
        let start = 1_000 * DAY;
        answer(&mut p, hard, 0, start);
        for k in &easy {
            answer(&mut p, k, 100, start);
        }
        let mut seen_on: std::collections::BTreeMap<String, Vec<i64>> = Default::default();
        for day in 1..=60 {
            let now = start + day * DAY;
            let session = practise_today(&p, now, SESSION_MAX);
            for k in &session {
                seen_on.entry(k.clone()).or_default().push(day);
                let score = if k == hard { 0 } else { 100 };
                answer(&mut p, k, score, now);
            }
        }
        // The missed item comes back every day.
        assert_eq!(seen_on[hard].len(), 60, "{:?}", seen_on[hard]);
        // A known item's gaps grow: 1, 3, 7, 16, then 35 days; it is seen only a handful of
        // times in 60 days, and not at all in the last three weeks.
        let days = &seen_on[&easy[0]];
        let gaps: Vec<i64> = std::iter::once(days[0])
            .chain(days.windows(2).map(|w| w[1] - w[0]))
            .collect();
        assert!(gaps.windows(2).all(|w| w[1] >= w[0]), "gaps grow: {gaps:?}");
        assert!(days.len() <= 5, "fades: {days:?}");
        assert!(days.iter().all(|d| *d < 40), "left alone lately: {days:?}");
        assert!(p.item(&easy[0]).is_some_and(|r| r.review.level >= 4));
        // Every easy item was offered at least once, even though sessions hold ten.
        assert!(easy.iter().all(|k| seen_on.contains_key(k)));
    }
}
