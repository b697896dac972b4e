//! "Spot the slip": a short transcript of a peer and a listener. The learner marks the listener
//! lines that slip into a to-avoid move and names the move; the feedback shows every slip, the
//! entry it breaks and a better line, and the good lines too, so the learner sees what worked.
//!
//! Scoring, per listener line (marks on peer lines or unknown lines are ignored; the UI only
//! offers listener lines):
//! - a slip marked and named right: [`Verdict::Named`], 2 points;
//! - a slip marked but named as another entry: [`Verdict::Misnamed`], 1 point;
//! - a slip left unmarked: [`Verdict::Missed`], 0 points;
//! - a line that is not a slip, marked: [`Verdict::FalseMark`], minus 1 point;
//! - a line that is not a slip, left alone: [`Verdict::Clear`].
//!
//! The score is the points out of two per slip, never below zero. (A transcript without slips
//! scores full marks if nothing is marked, zero otherwise; the content always has slips.)

use super::Exercise;
use crate::content::{ContentNote, Context};
use crate::progress::{Event, Score, TagResult};
use crate::Millis;
use serde::Deserialize;
use std::collections::BTreeMap;

/// Who says a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Speaker {
    Peer,
    Listener,
}

/// One line of a transcript.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Line {
    /// Stable within its transcript.
    pub id: String,
    pub speaker: Speaker,
    pub text: String,
    /// On a listener line that slips: the to-avoid entry id it breaks.
    #[serde(default)]
    pub slip: Option<String>,
    /// On a listener line that shows a to-do move well: the entry id.
    #[serde(default)]
    pub good: Option<String>,
    /// Why the line is a slip (what it does to the peer), or why it is good.
    #[serde(default)]
    pub explanation: Option<String>,
    /// For a slip: a line that would have stayed alongside the peer.
    #[serde(default)]
    pub better: Option<String>,
}

impl Line {
    pub fn is_slip(&self) -> bool {
        self.slip.is_some()
    }
}

/// One transcript, one file.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Transcript {
    pub id: String,
    pub title: String,
    pub context: Context,
    /// Who is talking and where, shown first.
    pub setting: String,
    #[serde(default)]
    pub content_notes: Vec<ContentNote>,
    #[serde(rename = "line")]
    pub lines: Vec<Line>,
}

/// How one listener line went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// A slip, found and named right.
    Named,
    /// A slip, found, but named as this other entry.
    Misnamed(String),
    /// A slip the learner did not mark.
    Missed,
    /// Not a slip, but marked as this entry.
    FalseMark(String),
    /// Not a slip, and left alone.
    Clear,
}

/// The feedback for one listener line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineResult<'a> {
    pub line: &'a Line,
    pub verdict: Verdict,
}

/// The result of marking one transcript.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranscriptResult<'a> {
    pub key: String,
    /// Every listener line, in order.
    pub lines: Vec<LineResult<'a>>,
    pub score: Score,
    /// One tag per to-avoid entry that slips here: ok when all its slips were found and named.
    pub tags: Vec<TagResult>,
}

impl TranscriptResult<'_> {
    fn count(&self, f: impl Fn(&Verdict) -> bool) -> usize {
        self.lines.iter().filter(|l| f(&l.verdict)).count()
    }

    /// Slips found and named right.
    pub fn named(&self) -> usize {
        self.count(|v| *v == Verdict::Named)
    }

    /// Slips found (named right or not).
    pub fn found(&self) -> usize {
        self.count(|v| matches!(v, Verdict::Named | Verdict::Misnamed(_)))
    }

    pub fn missed(&self) -> usize {
        self.count(|v| *v == Verdict::Missed)
    }

    pub fn false_marks(&self) -> usize {
        self.count(|v| matches!(v, Verdict::FalseMark(_)))
    }

    pub fn event(&self, at: Millis) -> Event {
        Event::answered(&self.key, self.score, &self.tags, at)
    }
}

impl Transcript {
    pub fn progress_key(&self) -> String {
        Exercise::Spot.progress_key(&self.id)
    }

    pub fn line(&self, id: &str) -> Option<&Line> {
        self.lines.iter().find(|l| l.id == id)
    }

    /// The listener's lines that slip, in order.
    pub fn slips(&self) -> impl Iterator<Item = &Line> {
        self.lines.iter().filter(|l| l.is_slip())
    }

    /// Scores the learner's marks: line id -> the to-avoid entry id they named.
    pub fn score(&self, marks: &BTreeMap<String, String>) -> TranscriptResult<'_> {
        let lines: Vec<LineResult<'_>> = self
            .lines
            .iter()
            .filter(|l| l.speaker == Speaker::Listener)
            .map(|line| {
                let verdict = match (&line.slip, marks.get(&line.id)) {
                    (Some(slip), Some(named)) if named == slip => Verdict::Named,
                    (Some(_), Some(named)) => Verdict::Misnamed(named.clone()),
                    (Some(_), None) => Verdict::Missed,
                    (None, Some(named)) => Verdict::FalseMark(named.clone()),
                    (None, None) => Verdict::Clear,
                };
                LineResult { line, verdict }
            })
            .collect();

        let mut points = 0usize;
        let mut penalty = 0usize;
        for l in &lines {
            match l.verdict {
                Verdict::Named => points += 2,
                Verdict::Misnamed(_) => points += 1,
                Verdict::FalseMark(_) => penalty += 1,
                Verdict::Missed | Verdict::Clear => {}
            }
        }
        let slips = lines.iter().filter(|l| l.line.is_slip()).count();
        let score = match (slips, penalty) {
            (0, 0) => Score::FULL,
            (0, _) => Score::ZERO,
            _ => Score::from_ratio(points.saturating_sub(penalty), 2 * slips),
        };

        let mut by_entry: BTreeMap<&str, bool> = BTreeMap::new();
        for l in &lines {
            if let Some(slip) = &l.line.slip {
                let ok = by_entry.entry(slip.as_str()).or_insert(true);
                *ok &= l.verdict == Verdict::Named;
            }
        }
        let tags = by_entry
            .into_iter()
            .map(|(tag, ok)| TagResult {
                tag: tag.to_string(),
                ok,
            })
            .collect();

        TranscriptResult {
            key: self.progress_key(),
            lines,
            score,
            tags,
        }
    }
}
