//! The triad session as a pure state machine, so the UI only has to show it and call `tick`
//! on an interval. It never reads a clock: every method that needs the time takes `now_ms`
//! (milliseconds from any fixed start, e.g. the browser's `Date.now()`), so tests drive a whole
//! session with a fake clock and an end-to-end test can run one fast.
//!
//! The session runs `Round(0)`, `Feedback(0)`, `Round(1)`, `Feedback(1)`, `Round(2)`,
//! `Feedback(2)`, then `Finished`. Feedback follows the last round too: the third listener
//! deserves their feedback as much as the first.
//!
//! **Phases move on by themselves** when their time is up; there is no `next()` to press. A
//! trainer with several triads in a room is walking around and listening, not watching a
//! laptop, and the whole room stays in step with the projected timer. The cue near the end
//! gives everyone a minute to finish a thought, [`TriadSession::skip`] moves on early, and
//! [`TriadSession::pause`] holds the clock for as long as the trainer needs.
//!
//! **Late ticks.** A tick a little late (a busy page) carries the extra time into the next
//! phase, so the room does not drift. A tick very late (the laptop slept, the tab was in the
//! background) ends only the current phase and starts the next one afresh at `now_ms`: nobody
//! should wake a laptop to find a round they never saw has come and gone. One tick moves at
//! most one phase.

use super::rotation::{rotation, Person, Role, ROUNDS};
use std::fmt;

/// Round lengths a trainer can choose, in minutes.
pub const ROUND_CHOICES: [u32; 3] = [5, 7, 10];

/// Feedback lengths a trainer can choose, in minutes.
pub const FEEDBACK_CHOICES: [u32; 3] = [2, 3, 5];

pub const DEFAULT_ROUND_MINUTES: u32 = 7;
pub const DEFAULT_FEEDBACK_MINUTES: u32 = 3;

const MINUTE_MS: u64 = 60_000;

/// The "near the end" window: the last minute, or the last fifth of a phase shorter than five
/// minutes (so a two-minute feedback is not half over when the cue comes).
const NEAR_END_MAX_MS: u64 = MINUTE_MS;

/// A tick later than this after a phase's end counts as a jump in time (see the module docs).
pub const LATE_TICK_MS: u64 = 5_000;

/// Where a session is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Phase {
    /// Set up, not started: the first round's roles are shown so people can get ready.
    Ready,
    /// Round `n` (from 0) of role-play.
    Round(usize),
    /// Feedback after round `n` (from 0): the observer opens, then the speaker, then the
    /// listener.
    Feedback(usize),
    /// All three rounds and their feedback are done.
    Finished,
}

impl Phase {
    /// The round this phase belongs to (from 0), if any.
    pub fn round(self) -> Option<usize> {
        match self {
            Phase::Round(n) | Phase::Feedback(n) => Some(n),
            Phase::Ready | Phase::Finished => None,
        }
    }

    /// Does this phase run on the clock?
    pub fn is_timed(self) -> bool {
        self.round().is_some()
    }

    /// The phase after this one.
    pub fn next(self) -> Phase {
        match self {
            Phase::Ready => Phase::Round(0),
            Phase::Round(n) => Phase::Feedback(n),
            Phase::Feedback(n) if n + 1 < ROUNDS => Phase::Round(n + 1),
            Phase::Feedback(_) | Phase::Finished => Phase::Finished,
        }
    }

    /// What the room sees, e.g. "Round 2 of 3" or "Feedback on round 2".
    pub fn label(self) -> String {
        match self {
            Phase::Ready => "Ready to start".to_string(),
            Phase::Round(n) => format!("Round {} of {ROUNDS}", n + 1),
            Phase::Feedback(n) => format!("Feedback on round {}", n + 1),
            Phase::Finished => "All three rounds done".to_string(),
        }
    }
}

/// Something the UI should signal (a gentle visual change, and a sound if the trainer chose
/// one). Each is given once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cue {
    /// The phase is nearly over: time to finish the thought.
    NearEnd(Phase),
    /// `ended` is over and `next` has begun (`Finished` after the last feedback).
    Ended { ended: Phase, next: Phase },
}

/// Why a session could not be set up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionError {
    /// Not one of [`ROUND_CHOICES`].
    RoundMinutes(u32),
    /// Not one of [`FEEDBACK_CHOICES`].
    FeedbackMinutes(u32),
    /// A phase length of zero (from [`TriadSession::with_lengths_ms`]).
    ZeroLength,
}

impl fmt::Display for SessionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SessionError::RoundMinutes(m) => {
                write!(f, "a round can be 5, 7 or 10 minutes, not {m}")
            }
            SessionError::FeedbackMinutes(m) => {
                write!(f, "feedback can be 2, 3 or 5 minutes, not {m}")
            }
            SessionError::ZeroLength => write!(f, "a phase cannot last no time at all"),
        }
    }
}

impl std::error::Error for SessionError {}

/// One triad's session: a card, the lengths, and where the clock is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TriadSession {
    card_id: String,
    round_ms: u64,
    feedback_ms: u64,
    phase: Phase,
    /// Time spent in the current phase before `running_since` (all of it while paused).
    banked_ms: u64,
    /// When the clock last started running in this phase; `None` while paused, ready or
    /// finished.
    running_since: Option<u64>,
    /// The near-end cue has been given for the current phase.
    near_end_given: bool,
}

impl TriadSession {
    /// A session on `card_id` with the trainer's choice of lengths, ready to start.
    pub fn new(
        card_id: &str,
        round_minutes: u32,
        feedback_minutes: u32,
    ) -> Result<Self, SessionError> {
        if !ROUND_CHOICES.contains(&round_minutes) {
            return Err(SessionError::RoundMinutes(round_minutes));
        }
        if !FEEDBACK_CHOICES.contains(&feedback_minutes) {
            return Err(SessionError::FeedbackMinutes(feedback_minutes));
        }
        Self::with_lengths_ms(
            card_id,
            u64::from(round_minutes) * MINUTE_MS,
            u64::from(feedback_minutes) * MINUTE_MS,
        )
    }

    /// Any lengths in milliseconds, for a fast clock in end-to-end tests and demonstrations.
    pub fn with_lengths_ms(
        card_id: &str,
        round_ms: u64,
        feedback_ms: u64,
    ) -> Result<Self, SessionError> {
        if round_ms == 0 || feedback_ms == 0 {
            return Err(SessionError::ZeroLength);
        }
        Ok(TriadSession {
            card_id: card_id.to_string(),
            round_ms,
            feedback_ms,
            phase: Phase::Ready,
            banked_ms: 0,
            running_since: None,
            near_end_given: false,
        })
    }

    pub fn card_id(&self) -> &str {
        &self.card_id
    }

    pub fn phase(&self) -> Phase {
        self.phase
    }

    pub fn round_ms(&self) -> u64 {
        self.round_ms
    }

    pub fn feedback_ms(&self) -> u64 {
        self.feedback_ms
    }

    /// The whole session's length, for the trainer's plan (three rounds and their feedback).
    pub fn total_ms(&self) -> u64 {
        (self.round_ms + self.feedback_ms) * ROUNDS as u64
    }

    /// The clock is stopped in a timed phase.
    pub fn is_paused(&self) -> bool {
        self.phase.is_timed() && self.running_since.is_none()
    }

    /// The clock is running.
    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    /// Who holds which role now: the current round's, or the first round's while ready.
    /// `None` once finished.
    pub fn roles(&self) -> Option<[(Person, Role); 3]> {
        match self.phase {
            Phase::Ready => Some(rotation(0)),
            Phase::Finished => None,
            Phase::Round(n) | Phase::Feedback(n) => Some(rotation(n)),
        }
    }

    /// One person's role now.
    pub fn role_of(&self, person: Person) -> Option<Role> {
        self.roles()?
            .into_iter()
            .find(|(p, _)| *p == person)
            .map(|(_, r)| r)
    }

    /// The length of the current phase (0 when ready or finished).
    pub fn phase_ms(&self) -> u64 {
        match self.phase {
            Phase::Round(_) => self.round_ms,
            Phase::Feedback(_) => self.feedback_ms,
            Phase::Ready | Phase::Finished => 0,
        }
    }

    /// Time spent in the current phase so far (may pass its length until the next tick).
    pub fn elapsed_ms(&self, now_ms: u64) -> u64 {
        // A clock that goes backwards counts as no time, never as negative time.
        self.banked_ms + self.running_since.map_or(0, |s| now_ms.saturating_sub(s))
    }

    /// Time left in the current phase. While ready, the first round's full length; once
    /// finished, 0.
    pub fn remaining_ms(&self, now_ms: u64) -> u64 {
        match self.phase {
            Phase::Ready => self.round_ms,
            _ => self.phase_ms().saturating_sub(self.elapsed_ms(now_ms)),
        }
    }

    /// The window before a phase's end in which [`Cue::NearEnd`] is given.
    pub fn near_end_ms(&self) -> u64 {
        (self.phase_ms() / 5).min(NEAR_END_MAX_MS)
    }

    /// Is the current phase in its last stretch?
    pub fn is_near_end(&self, now_ms: u64) -> bool {
        self.phase.is_timed() && self.remaining_ms(now_ms) <= self.near_end_ms()
    }

    /// Starts the first round. Does nothing once started.
    pub fn start(&mut self, now_ms: u64) {
        if self.phase == Phase::Ready {
            self.enter(Phase::Round(0), Some(now_ms), 0);
        }
    }

    /// Stops the clock. Does nothing unless it is running.
    pub fn pause(&mut self, now_ms: u64) {
        if self.running_since.is_some() {
            self.banked_ms = self.elapsed_ms(now_ms);
            self.running_since = None;
        }
    }

    /// Starts the clock again where it stopped. Does nothing unless paused.
    pub fn resume(&mut self, now_ms: u64) {
        if self.is_paused() {
            self.running_since = Some(now_ms);
        }
    }

    /// Moves to the next phase now (e.g. a triad that has finished talking). The new phase
    /// gets its full time; if the session was paused, it stays paused. Does nothing while ready
    /// (use [`start`](Self::start)) or finished. Returns the new phase.
    pub fn skip(&mut self, now_ms: u64) -> Phase {
        if self.phase.is_timed() {
            let since = self.running_since.map(|_| now_ms);
            self.enter(self.phase.next(), since, 0);
        }
        self.phase
    }

    /// Call often (say, every quarter second) while the session is on screen. Moves to the
    /// next phase when the current one's time is up, and says when to give a cue. At most one
    /// cue and one phase change per call; nothing while paused, ready or finished.
    pub fn tick(&mut self, now_ms: u64) -> Option<Cue> {
        self.running_since?;
        let elapsed = self.elapsed_ms(now_ms);
        let length = self.phase_ms();
        if elapsed >= length {
            let ended = self.phase;
            let over = elapsed - length;
            // A little late: carry the extra into the next phase so the room keeps time. Very
            // late (sleep, a background tab): the next phase starts now, in full.
            let carried = if over <= LATE_TICK_MS { over } else { 0 };
            self.enter(ended.next(), Some(now_ms), carried);
            return Some(Cue::Ended {
                ended,
                next: self.phase,
            });
        }
        if !self.near_end_given && length - elapsed <= self.near_end_ms() {
            self.near_end_given = true;
            return Some(Cue::NearEnd(self.phase));
        }
        None
    }

    /// Enters `phase` with `banked` ms already spent, running from `since` (or paused).
    fn enter(&mut self, phase: Phase, since: Option<u64>, banked: u64) {
        self.phase = phase;
        self.near_end_given = false;
        if phase.is_timed() {
            self.banked_ms = banked;
            self.running_since = since;
        } else {
            self.banked_ms = 0;
            self.running_since = None;
        }
    }
}

/// Time on the big clock as "m:ss", rounded up to the second: a full five minutes shows
/// "5:00", and "0:00" only when the time is up.
pub fn clock_text(ms: u64) -> String {
    let secs = ms.div_ceil(1000);
    format!("{}:{:02}", secs / 60, secs % 60)
}
