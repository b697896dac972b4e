//! The practice exercises: one table for each exercise's area, slug (in its progress keys and
//! its address), name and purpose. Adding an exercise starts here.

use super::Area;

/// A practice exercise. Its items are answered at `/practise/<area>/<slug>/<id>` and saved
/// under `<area key prefix><slug>.<id>`, so a key always leads back to its page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Exercise {
    // Reflective listening.
    Feel,
    Pick,
    Write,
    Ladder,
    /// The practice partner: a conversation in the learner's own words.
    Partner,
    // Validation, not advice.
    Sort,
    Talk,
    Decide,
    Rewrite,
    // To do and to avoid.
    Name,
    Spot,
}

impl Exercise {
    /// Every exercise, area by area in [`Area::PRACTICE`] order, each area's in page order.
    pub const ALL: [Exercise; 11] = [
        Exercise::Feel,
        Exercise::Pick,
        Exercise::Write,
        Exercise::Ladder,
        Exercise::Partner,
        Exercise::Sort,
        Exercise::Talk,
        Exercise::Decide,
        Exercise::Rewrite,
        Exercise::Name,
        Exercise::Spot,
    ];

    /// The area the exercise belongs to.
    pub fn area(self) -> Area {
        match self {
            Exercise::Feel
            | Exercise::Pick
            | Exercise::Write
            | Exercise::Ladder
            | Exercise::Partner => Area::Listening,
            Exercise::Sort | Exercise::Talk | Exercise::Decide | Exercise::Rewrite => {
                Area::Validation
            }
            Exercise::Name | Exercise::Spot => Area::Moves,
        }
    }

    /// The stable slug in progress keys and addresses.
    pub fn slug(self) -> &'static str {
        match self {
            Exercise::Feel => "feel",
            Exercise::Pick => "pick",
            Exercise::Write => "write",
            Exercise::Ladder => "ladder",
            Exercise::Partner => "partner",
            Exercise::Sort => "sort",
            Exercise::Talk => "talk",
            Exercise::Decide => "decide",
            Exercise::Rewrite => "rewrite",
            Exercise::Name => "name",
            Exercise::Spot => "spot",
        }
    }

    /// The exercise of `area` with this slug, if any.
    pub fn find(area: Area, slug: &str) -> Option<Exercise> {
        Exercise::ALL
            .into_iter()
            .find(|e| e.area() == area && e.slug() == slug)
    }

    /// The name a learner sees.
    pub fn label(self) -> &'static str {
        match self {
            Exercise::Feel => "Name the feeling",
            Exercise::Pick => "Pick the reflection",
            Exercise::Write => "Write your own reflection",
            Exercise::Ladder => "The ladder",
            Exercise::Partner => "Practice partner",
            Exercise::Sort => "Sort the responses",
            Exercise::Talk => "Conversations that answer back",
            Exercise::Decide => "When advice is right",
            Exercise::Rewrite => "Rewrite it",
            Exercise::Name => "Name the move",
            Exercise::Spot => "Spot the slip",
        }
    }

    /// What the exercise is for, on its area page and its list.
    pub fn blurb(self) -> &'static str {
        match self {
            Exercise::Feel => "Read what someone says and pick the feelings in it, said or unsaid.",
            Exercise::Pick => "Choose the reply that reflects best, and see what each of the others would do.",
            Exercise::Write => "Write your own reflection and get feedback on what it does, right here on your device.",
            Exercise::Ladder => "Put replies in order, from the least empathic to the one that names the deeper feeling.",
            Exercise::Partner => "Hold a conversation in your own words. The peer answers what your reply actually does: listen well and they tell you more.",
            Exercise::Sort => "Sort replies to a peer into those that validate, those that give advice, and the rest.",
            Exercise::Talk => "Short conversations where the peer answers back. See where each reply leads, and what they were thinking.",
            Exercise::Decide => "Sometimes acting is right: a safety concern, or they ask. Decide when to keep listening and when to act.",
            Exercise::Rewrite => "Turn a well-meant piece of advice into a reply that validates. Pick one, or write your own.",
            Exercise::Name => "Read what a peer said and how the listener replied. Which of the nine moves is it?",
            Exercise::Spot => "Read a short conversation and mark the lines where the listener slips into something to avoid. Then see a better line for each.",
        }
    }

    /// `"validate.sort."`: every key of this exercise starts with it (for `Progress::items_in`).
    pub fn prefix(self) -> String {
        let area = self.area().key_prefix().unwrap_or_default();
        format!("{area}{}.", self.slug())
    }

    /// `"validate.sort.<item id>"`.
    pub fn progress_key(self, item: &str) -> String {
        format!("{}{item}", self.prefix())
    }
}

impl Area {
    /// The area's exercises, in page order (none for the course and the workshop).
    pub fn exercises(self) -> impl Iterator<Item = Exercise> {
        Exercise::ALL.into_iter().filter(move |e| e.area() == self)
    }
}
