//! Spaced review as a Leitner scheme: each item sits in a box; a full-marks answer moves it up
//! a box (seen again later), anything less sends it back to the first box (seen again soon).
//!
//! Boxes and their waits: 0 → 10 minutes, 1 → 1 day, 2 → 3 days, 3 → 7 days, 4 → 16 days,
//! 5 → 35 days. Chosen over an FSRS crate to keep the app small; the scheme is easy to explain to
//! a learner ("you missed this, so it comes back tomorrow").

use crate::score::Score;
use crate::{Millis, DAY};
use serde::{Deserialize, Serialize};

/// How long an item waits in each box before it is due again.
pub const WAITS: [Millis; 6] = [10 * 60 * 1000, DAY, 3 * DAY, 7 * DAY, 16 * DAY, 35 * DAY];

/// Where an item stands in review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    #[serde(rename = "box")]
    pub level: u8,
    pub due: Millis,
}

impl Review {
    /// After the first answer: full marks start in box 1, anything else in box 0.
    pub fn first(score: Score, at: Millis) -> Review {
        Review::in_box(u8::from(score.is_full()), at)
    }

    /// After another answer at `at`.
    pub fn after(self, score: Score, at: Millis) -> Review {
        if score.is_full() {
            Review::in_box(self.level.saturating_add(1).min(WAITS.len() as u8 - 1), at)
        } else {
            Review::in_box(0, at)
        }
    }

    fn in_box(level: u8, at: Millis) -> Review {
        let wait = WAITS[usize::from(level).min(WAITS.len() - 1)];
        Review {
            level,
            due: at.saturating_add(wait),
        }
    }

    pub fn is_due(self, now: Millis) -> bool {
        self.due <= now
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrong_answer_comes_back_within_the_hour_and_a_right_one_tomorrow() {
        let wrong = Review::first(Score::ZERO, 0);
        assert_eq!(wrong.level, 0);
        assert!(wrong.is_due(WAITS[0]));
        let right = Review::first(Score::FULL, 0);
        assert_eq!((right.level, right.due), (1, DAY));
    }

    #[test]
    fn waits_grow_with_each_right_answer_and_reset_after_a_miss() {
        let mut r = Review::first(Score::FULL, 0);
        let mut t = 0;
        let mut waits = vec![];
        for _ in 0..6 {
            t = r.due;
            let next = r.after(Score::FULL, t);
            waits.push(next.due - t);
            r = next;
        }
        assert_eq!(
            waits,
            vec![3 * DAY, 7 * DAY, 16 * DAY, 35 * DAY, 35 * DAY, 35 * DAY]
        );
        let missed = r.after(Score::new(50), t);
        assert_eq!(missed.level, 0);
    }

    #[test]
    fn a_stored_box_or_time_at_the_end_of_its_range_does_not_overflow() {
        let odd = Review {
            level: u8::MAX,
            due: Millis::MAX,
        };
        assert_eq!(odd.after(Score::FULL, Millis::MAX).level, 5);
        assert_eq!(odd.after(Score::FULL, Millis::MAX).due, Millis::MAX);
    }
}
