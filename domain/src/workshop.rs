//! Workshop mode (issue 8): what a trainer projects. Exercise items from several areas become
//! one shape, a [`Slide`] (the peer's words, options that each explain themselves, a prompt for
//! the room), so the presenter view has one thing to show; and [`Presenter`] is the pure state
//! machine of a presented item: which step is showing and the show of hands. Nothing here is
//! stored: workshop mode records nothing (see `AppState::record` in the app).

use crate::catalog::{Area, Exercise, Route};
use crate::content::listening;
use crate::content::moves;
use crate::content::validation::{self, Move};
use crate::content::{ContentNote, Context, Library};
use crate::shuffle;

/// One option as the room sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlideOption {
    pub text: String,
    /// What kind of reply it is (e.g. "Advice"), shown with the answer; `None` if the item
    /// does not say.
    pub kind: Option<String>,
    pub correct: bool,
    /// What the reply does, shown when the answer is revealed.
    pub explanation: String,
}

/// One exercise item, ready to present.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slide {
    /// The exercise the item is from (its area, slug and label are the catalogue's).
    pub exercise: Exercise,
    /// The item's stable id.
    pub id: String,
    /// Who is speaking, in a few words.
    pub title: String,
    pub context: Context,
    pub content_notes: Vec<ContentNote>,
    /// What the peer says.
    pub statement: String,
    /// What has happened so far, shown before the statement.
    pub setting: Option<String>,
    /// The reply under discussion, shown after the statement it answers.
    pub reply: Option<String>,
    /// The question the options answer ("What do you do next?").
    pub question: String,
    pub options: Vec<SlideOption>,
    /// Whether the options are a fixed list shown in its own order (Name the move: the nine
    /// list entries, as on the checklist card); otherwise the room sees them shuffled.
    pub fixed_order: bool,
    /// A discussion prompt for the room, before the answer.
    pub prompt: String,
    /// A line shown with the answer, when the item has one (why the best option is best).
    pub answer_note: Option<String>,
}

impl Slide {
    /// The presenter view of this slide.
    pub fn present_route(&self) -> Route {
        Route::Present(self.exercise, self.id.clone())
    }

    /// The same item in practice (for a trainee to try later).
    pub fn practise_route(&self) -> Route {
        Route::Item(self.exercise, self.id.clone())
    }

    /// The area the item is from.
    pub fn area(&self) -> Area {
        self.exercise.area()
    }

    /// The slide with its options in the order the room sees them (issue 16): shuffled,
    /// seeded by the slide's address alone, so every step shows one order and so does every
    /// later showing of the slide (a trainer who rehearses sees the numbers the room will see,
    /// and going back to a slide does not renumber what the room has discussed). A fixed list
    /// keeps its order. The address is not a practice progress key, so a trainee's first
    /// practice attempt does not repeat the projected order.
    pub fn in_room_order(mut self) -> Slide {
        if !self.fixed_order {
            let order = shuffle::order(self.options.len(), &self.present_route().href(), 0);
            self.options = shuffle::arrange(&self.options, &order)
                .into_iter()
                .cloned()
                .collect();
        }
        self
    }
}

fn decide_slides(v: &validation::Validation) -> impl Iterator<Item = Slide> + '_ {
    v.decide.iter().map(|item| Slide {
        exercise: Exercise::Decide,
        id: item.id.clone(),
        title: item.speaker.clone(),
        context: item.context,
        content_notes: item.content_notes.clone(),
        statement: item.peer.clone(),
        setting: Some(item.situation.clone()),
        reply: None,
        question: "What do you do next?".into(),
        options: Move::ALL
            .into_iter()
            .map(|m| SlideOption {
                text: format!("{}: “{}”", m.label(), item.option(m).say),
                kind: None,
                correct: m == item.best,
                explanation: item.option(m).explanation.clone(),
            })
            .collect(),
        fixed_order: false,
        prompt: "Does anything here call for action: a safety concern, or a request for ideas? Or is it time to keep listening?".into(),
        answer_note: Some(format!("{}.", item.reason.label())),
    })
}

fn rewrite_slides(v: &validation::Validation) -> impl Iterator<Item = Slide> + '_ {
    v.rewrite.iter().map(|item| Slide {
        exercise: Exercise::Rewrite,
        id: item.id.clone(),
        title: item.speaker.clone(),
        context: item.context,
        content_notes: item.content_notes.clone(),
        statement: item.statement.clone(),
        setting: None,
        reply: Some(format!("A well-meant reply: “{}”", item.advice)),
        question: "Which reply validates instead?".into(),
        options: item
            .options
            .iter()
            .map(|c| SlideOption {
                text: c.text.clone(),
                kind: None,
                correct: c.correct,
                explanation: c.explanation.clone(),
            })
            .collect(),
        fixed_order: false,
        prompt: "What would the well-meant reply do to them? What would a reply that validates sound like in your own words?".into(),
        answer_note: Some(item.advice_note.clone()),
    })
}

fn name_slides(m: &moves::Moves) -> impl Iterator<Item = Slide> + '_ {
    m.name.iter().map(move |item| Slide {
        exercise: Exercise::Name,
        id: item.id.clone(),
        title: item.speaker.clone(),
        context: item.context,
        content_notes: item.content_notes.clone(),
        statement: item.peer.clone(),
        setting: None,
        reply: Some(format!("The listener replies: “{}”", item.line)),
        question: "Which move is the listener making?".into(),
        options: m
            .list
            .iter()
            .map(|e| {
                let correct = e.id == item.answer;
                SlideOption {
                    text: e.title.clone(),
                    kind: Some(e.side.label().to_string()),
                    correct,
                    explanation: if correct {
                        item.explanation.clone()
                    } else {
                        e.card.clone()
                    },
                }
            })
            .collect(),
        // The list in its own order; see `name_keeps_list_order_because_every_entry_is_the_
        // answer_about_equally_often` in the moves tests.
        fixed_order: true,
        prompt: "How might the peer feel after that reply? What would you say instead, or as well?"
            .into(),
        answer_note: None,
    })
}

fn pick_slides(l: &listening::Listening) -> impl Iterator<Item = Slide> + '_ {
    l.pick.iter().filter_map(move |item| {
        let s = l.statement(&item.statement)?;
        Some(Slide {
            exercise: Exercise::Pick,
            id: item.id.clone(),
            title: s.speaker.clone(),
            context: s.context,
            content_notes: s.content_notes.clone(),
            statement: s.statement.clone(),
            setting: None,
            reply: None,
            question: "Which reply shows them they were heard?".into(),
            options: item
                .options
                .iter()
                .map(|o| SlideOption {
                    text: o.text.clone(),
                    kind: Some(o.kind.label().to_string()),
                    correct: o.correct,
                    explanation: o.explanation.clone(),
                })
                .collect(),
            fixed_order: false,
            prompt:
                "What is this person feeling, under the words? What did the other replies miss?"
                    .into(),
            answer_note: None,
        })
    })
}

/// Every presentable item of every area whose content is in `library`, grouped by area and
/// exercise in content order. An area that is not loaded, or fails to load, is left out.
pub fn catalogue(library: &impl Library) -> Vec<Slide> {
    let mut out = Vec::new();
    if let Ok(v) = library.validation() {
        out.extend(decide_slides(v));
        out.extend(rewrite_slides(v));
    }
    if let Ok(l) = library.listening() {
        out.extend(pick_slides(l));
    }
    if let Ok(m) = library.moves() {
        out.extend(name_slides(m));
    }
    out
}

/// A run of catalogue slides from one exercise of one area, as the catalogue page shows them
/// under one heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub exercise: Exercise,
    /// Which slides of the catalogue, by index.
    pub slides: std::ops::Range<usize>,
}

impl Group {
    /// Whether the catalogue's filters leave this group showing: it is from the chosen skill
    /// (area), if one is chosen, and holds a slide from the chosen context, if one is chosen.
    pub fn matches(&self, slides: &[Slide], skill: Option<Area>, context: Option<Context>) -> bool {
        let mine = slides.get(self.slides.clone()).unwrap_or(&[]);
        skill.is_none_or(|a| a == self.exercise.area())
            && context.is_none_or(|c| mine.iter().any(|s| s.context == c))
    }
}

/// The catalogue's slides in runs of one exercise each, in order (see [`Group`]).
pub fn groups(slides: &[Slide]) -> Vec<Group> {
    let mut out: Vec<Group> = Vec::new();
    for (i, s) in slides.iter().enumerate() {
        match out.last_mut() {
            Some(g) if g.exercise == s.exercise => g.slides.end = i + 1,
            _ => out.push(Group {
                exercise: s.exercise,
                slides: i..i + 1,
            }),
        }
    }
    out
}

/// One slide by its address, from the catalogue, with its options in the order the room
/// sees them ([`Slide::in_room_order`]).
pub fn slide(library: &impl Library, exercise: Exercise, id: &str) -> Option<Slide> {
    catalogue(library)
        .into_iter()
        .find(|s| s.exercise == exercise && s.id == id)
        .map(Slide::in_room_order)
}

/// A step of a presented item, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Step {
    /// The peer's statement.
    Statement,
    /// "What would you say?": open discussion before any options show.
    Pause,
    /// The options, and the show of hands.
    Options,
    /// The discussion prompt.
    Discussion,
    /// The answer, with every option's explanation.
    Answer,
}

impl Step {
    pub const ALL: [Step; 5] = [
        Step::Statement,
        Step::Pause,
        Step::Options,
        Step::Discussion,
        Step::Answer,
    ];

    fn index(self) -> usize {
        match self {
            Step::Statement => 0,
            Step::Pause => 1,
            Step::Options => 2,
            Step::Discussion => 3,
            Step::Answer => 4,
        }
    }

    /// Its number from 1, for "Step 2 of 5".
    pub fn number(self) -> usize {
        self.index() + 1
    }

    /// A short name, e.g. for the screen reader announcement.
    pub fn label(self) -> &'static str {
        match self {
            Step::Statement => "What they say",
            Step::Pause => "What would you say?",
            Step::Options => "The options, and a show of hands",
            Step::Discussion => "Discuss",
            Step::Answer => "The answer",
        }
    }

    /// Are the options on screen at this step?
    pub fn shows_options(self) -> bool {
        self >= Step::Options
    }
}

/// The most hands a count takes (a large lecture theatre; keeps the bars sane).
pub const MAX_HANDS: u32 = 999;

/// A presented item: the step showing and the count of hands per option. Lives only in memory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Presenter {
    step: Step,
    hands: Vec<u32>,
}

impl Presenter {
    /// A presentation of an item with `options` options, at its first step, no hands counted.
    pub fn new(options: usize) -> Self {
        Presenter {
            step: Step::Statement,
            hands: vec![0; options],
        }
    }

    pub fn step(&self) -> Step {
        self.step
    }

    /// Moves one step on. Returns false (and stays) at the last step. (Named for the
    /// presenter's Next button; a presenter is not an iterator.)
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> bool {
        match Step::ALL.get(self.step.index() + 1) {
            Some(s) => {
                self.step = *s;
                true
            }
            None => false,
        }
    }

    /// Moves one step back. Returns false (and stays) at the first step.
    pub fn prev(&mut self) -> bool {
        match self
            .step
            .index()
            .checked_sub(1)
            .and_then(|i| Step::ALL.get(i))
        {
            Some(s) => {
                self.step = *s;
                true
            }
            None => false,
        }
    }

    pub fn is_first(&self) -> bool {
        self.step == Step::Statement
    }

    pub fn is_last(&self) -> bool {
        self.step == Step::Answer
    }

    /// The counts, one per option.
    pub fn hands(&self) -> &[u32] {
        &self.hands
    }

    /// Sets option `i`'s count (capped at [`MAX_HANDS`]); an unknown option changes nothing.
    pub fn set_hands(&mut self, i: usize, n: u32) {
        if let Some(h) = self.hands.get_mut(i) {
            *h = n.min(MAX_HANDS);
        }
    }

    /// Adds `delta` hands to option `i` (never below 0 or above [`MAX_HANDS`]).
    pub fn add_hands(&mut self, i: usize, delta: i32) {
        if let Some(&h) = self.hands.get(i) {
            let n = i64::from(h) + i64::from(delta);
            self.set_hands(i, u32::try_from(n.max(0)).unwrap_or(MAX_HANDS));
        }
    }

    /// Every hand counted.
    pub fn total(&self) -> u32 {
        self.hands.iter().sum()
    }

    /// Each option's share of all hands, from 0.0 to 1.0, for drawing bars; all 0.0 while
    /// nobody has been counted.
    pub fn bars(&self) -> Vec<f64> {
        let total = self.total();
        self.hands
            .iter()
            .map(|&h| {
                if total == 0 {
                    0.0
                } else {
                    f64::from(h) / f64::from(total)
                }
            })
            .collect()
    }

    /// Each option's share as a whole percentage, for text and widths.
    pub fn percents(&self) -> Vec<u32> {
        self.bars()
            .into_iter()
            .map(|b| (b * 100.0).round() as u32)
            .collect()
    }
}

/// Parses a typed count of hands: digits only, capped at [`MAX_HANDS`]; empty is 0. Anything
/// else (a minus sign, letters) is `None`, so the UI can leave the count as it was.
pub fn parse_hands(text: &str) -> Option<u32> {
    let t = text.trim();
    if t.is_empty() {
        return Some(0);
    }
    if !t.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(
        t.parse::<u64>()
            .map_or(MAX_HANDS, |n| n.min(u64::from(MAX_HANDS)) as u32),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::for_tests::{built, listening, moves, validation};
    use std::collections::BTreeSet;

    #[test]
    fn the_catalogue_groups_cover_every_slide_once_with_one_exercise_each() {
        let slides = catalogue(built());
        let groups = groups(&slides);
        assert_eq!(groups.first().map(|g| g.slides.start), Some(0));
        assert_eq!(groups.last().map(|g| g.slides.end), Some(slides.len()));
        for pair in groups.windows(2) {
            assert_eq!(pair[0].slides.end, pair[1].slides.start);
        }
        for g in &groups {
            assert!(!g.slides.is_empty());
            assert!(slides[g.slides.clone()]
                .iter()
                .all(|s| s.exercise == g.exercise));
        }
        // Four exercises are presentable: decide, rewrite, pick and name.
        assert_eq!(groups.len(), 4);
    }

    #[test]
    fn a_group_matches_the_filters_only_for_its_own_skill_and_contexts() {
        let slides = catalogue(built());
        for g in groups(&slides) {
            assert!(g.matches(&slides, None, None));
            assert!(g.matches(&slides, Some(g.exercise.area()), None));
            let other = Area::PRACTICE.into_iter().find(|a| *a != g.exercise.area());
            assert!(!g.matches(&slides, other, None));
            let own = slides[g.slides.clone()][0].context;
            assert!(g.matches(&slides, None, Some(own)));
            for c in Context::ALL {
                let held = slides[g.slides.clone()].iter().any(|s| s.context == c);
                assert_eq!(g.matches(&slides, None, Some(c)), held);
            }
        }
    }

    #[test]
    fn the_catalogue_holds_every_presentable_exercise() {
        let all = catalogue(built());
        let kinds: BTreeSet<Exercise> = all.iter().map(|s| s.exercise).collect();
        for k in [
            Exercise::Decide,
            Exercise::Rewrite,
            Exercise::Name,
            Exercise::Pick,
        ] {
            assert!(kinds.contains(&k), "no {k:?} slides");
        }
        let v = validation().unwrap_or_else(|e| panic!("{e}"));
        let l = listening().unwrap_or_else(|e| panic!("{e}"));
        let m = moves().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            all.len(),
            v.decide.len() + v.rewrite.len() + l.pick.len() + m.name.len(),
            "every item, once (a pick item whose statement is missing would be dropped)"
        );
    }

    #[test]
    fn every_slide_has_options_an_answer_and_explanations() {
        for s in catalogue(built()) {
            let at = s.present_route().href();
            assert!(s.options.len() >= 2, "{at}: {} options", s.options.len());
            assert!(
                s.options.iter().any(|o| o.correct),
                "{at}: no correct option"
            );
            for o in &s.options {
                assert!(!o.text.trim().is_empty(), "{at}: an option has no text");
                assert!(
                    !o.explanation.trim().is_empty(),
                    "{at}: \"{}\" has no explanation",
                    o.text
                );
            }
            for text in [&s.title, &s.statement, &s.question, &s.prompt] {
                assert!(!text.trim().is_empty(), "{at}: an empty field");
            }
        }
    }

    #[test]
    fn a_reply_under_discussion_comes_after_the_peer_and_a_situation_before() {
        for s in catalogue(built()) {
            match s.exercise {
                // The listener's line, or the well-meant advice, answers what the peer said:
                // the room reads the peer first.
                Exercise::Name | Exercise::Rewrite => {
                    assert!(s.setting.is_none() && s.reply.is_some(), "{}", s.id)
                }
                Exercise::Decide => assert!(s.setting.is_some() && s.reply.is_none(), "{}", s.id),
                _ => assert!(s.reply.is_none(), "{}", s.id),
            }
        }
    }

    #[test]
    fn addresses_are_unique_and_found_again() {
        let all = catalogue(built());
        let hrefs: BTreeSet<String> = all.iter().map(|s| s.present_route().href()).collect();
        assert_eq!(hrefs.len(), all.len(), "two slides share an address");
        let first = &all[0];
        assert_eq!(
            slide(built(), first.exercise, &first.id),
            Some(first.clone().in_room_order())
        );
        assert!(slide(built(), Exercise::Decide, "no-such-item").is_none());
        assert!(
            slide(built(), Exercise::Sort, &first.id).is_none(),
            "sort is not presented"
        );
        assert_eq!(
            Route::parse(&first.practise_route().href()),
            first.practise_route()
        );
    }

    #[test]
    fn the_presenter_steps_forward_and_back_and_never_past_the_ends() {
        let mut p = Presenter::new(3);
        assert_eq!(p.step(), Step::Statement);
        assert!(p.is_first());
        assert!(!p.prev(), "nothing before the statement");
        assert_eq!(p.step(), Step::Statement);
        let mut seen = vec![p.step()];
        while p.next() {
            seen.push(p.step());
        }
        assert_eq!(seen, Step::ALL.to_vec());
        assert!(p.is_last());
        assert!(!p.next(), "nothing after the answer");
        assert_eq!(p.step(), Step::Answer);
        assert!(p.prev());
        assert_eq!(p.step(), Step::Discussion);
        assert!(Step::Options.shows_options() && !Step::Pause.shows_options());
        assert_eq!(Step::ALL.map(Step::number), [1, 2, 3, 4, 5]);
    }

    #[test]
    fn hands_are_counted_capped_and_drawn_as_shares() {
        let mut p = Presenter::new(3);
        assert_eq!(p.bars(), vec![0.0, 0.0, 0.0], "no hands, no bars");
        p.set_hands(0, 3);
        p.set_hands(1, 1);
        p.set_hands(7, 5);
        assert_eq!(p.hands(), &[3, 1, 0]);
        assert_eq!(p.bars(), vec![0.75, 0.25, 0.0]);
        assert_eq!(p.percents(), vec![75, 25, 0]);
        p.add_hands(1, -5);
        assert_eq!(p.hands()[1], 0, "never below zero");
        p.set_hands(2, 5000);
        assert_eq!(p.hands()[2], MAX_HANDS);
        p.add_hands(2, 1);
        assert_eq!(p.hands()[2], MAX_HANDS);
        p.add_hands(9, 1);
        assert_eq!(p.total(), 3 + MAX_HANDS);
        let steps_before = p.step();
        p.set_hands(0, 1);
        assert_eq!(p.step(), steps_before, "counting does not move the step");
    }

    #[test]
    fn typed_counts_are_digits_only() {
        assert_eq!(parse_hands("12"), Some(12));
        assert_eq!(parse_hands(" 4 "), Some(4));
        assert_eq!(parse_hands(""), Some(0));
        assert_eq!(parse_hands("100000000000000000000000"), Some(MAX_HANDS));
        assert_eq!(parse_hands("-3"), None);
        assert_eq!(parse_hands("3.5"), None);
        assert_eq!(parse_hands("lots"), None);
    }

    #[test]
    fn the_room_sees_one_shuffled_order_per_slide_and_the_move_list_in_list_order() {
        let all = catalogue(built());
        let (mut shown_first, mut file_first, mut shuffled) = (0, 0, 0);
        for s in &all {
            let room = slide(built(), s.exercise, &s.id).unwrap_or_else(|| panic!("{}", s.id));
            assert_eq!(
                Some(&room),
                slide(built(), s.exercise, &s.id).as_ref(),
                "{}: the same order every time",
                s.id
            );
            assert_eq!(room.options.len(), s.options.len());
            assert!(s.options.iter().all(|o| room.options.contains(o)));
            if s.fixed_order {
                assert_eq!(
                    room.options, s.options,
                    "{}: a fixed list keeps its order",
                    s.id
                );
                assert_eq!(s.exercise, Exercise::Name, "only the move list is fixed");
                continue;
            }
            shuffled += 1;
            shown_first += usize::from(room.options[0].correct);
            file_first += usize::from(s.options[0].correct);
        }
        println!(
            "balance: workshop slides: keyed option first in {shown_first} of {shuffled} as shown (file order: {file_first})"
        );
        assert!(shown_first * 2 < shuffled, "{shown_first} of {shuffled}");
        assert!(all.iter().any(|s| s.fixed_order) && shuffled > 0);
    }
}
