//! A result from 0 to 100: what progress records for an answer and what the scheduler reads
//! to choose the next review. Its own module so that `progress` (which keeps a `Review` per
//! item) and `scheduler` (which reads a `Score`) do not import each other.

use serde::{Deserialize, Serialize};

/// A result from 0 (nothing right) to 100 (all right).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(transparent)]
pub struct Score(u8);

impl Score {
    pub const FULL: Score = Score(100);
    pub const ZERO: Score = Score(0);

    /// Clamps to 0..=100.
    pub fn new(percent: u8) -> Score {
        Score(percent.min(100))
    }

    /// `right` out of `total`, rounded down; an empty total counts as full marks.
    pub fn from_ratio(right: usize, total: usize) -> Score {
        if total == 0 {
            return Score::FULL;
        }
        Score::new(((right.min(total) * 100) / total) as u8)
    }

    pub fn percent(self) -> u8 {
        self.0
    }

    pub fn is_full(self) -> bool {
        self.0 == 100
    }
}
