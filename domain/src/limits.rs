//! What a sound copy of a learner's data can hold: the range of every stored number, the length
//! of every string, and how many entries of each kind (issue 17).
//!
//! Heard itself never writes anything outside these limits; data from elsewhere (an import, an
//! old or damaged stored copy) is checked against them entry by entry, so a bad entry is
//! refused or set aside with a reason a learner can read, and code that adds to a stored number
//! never sees one near its type's end. Counts matter for imports: a file of 100,000 tiny notes
//! would exceed the browser's storage quota and a page that lists them all.

use crate::progress::{ItemRecord, LessonRecord, PartnerRecord, Tally};
use crate::scheduler::WAITS;
use crate::schema::{Note, SelfAssessment, StoredData};
use crate::Millis;
use std::fmt;

/// The longest id (item, lesson, tag, note, skill) accepted, in characters.
pub const MAX_ID_CHARS: usize = 200;
/// The longest note accepted, in characters.
pub const MAX_NOTE_CHARS: usize = 20_000;
/// The latest time accepted (the start of the year 3000), so `time + wait` never overflows.
pub const MAX_TIME: Millis = 32_503_680_000_000;
/// The highest score (a percentage).
pub const MAX_SCORE: u8 = 100;
/// The highest review box (see [`crate::scheduler`]).
pub const MAX_BOX: u8 = (WAITS.len() - 1) as u8;
/// Self-assessment ratings go from 1 to this.
pub const MAX_RATING: u8 = 5;
/// A lesson has far fewer sections than this.
pub const MAX_SECTION: u32 = 1_000;

/// How many of each kind of entry an import may hold. Heard's content has a few hundred items,
/// so a real learner is far below each; together they keep an import well inside the ~5 MB a
/// browser gives a site's local storage.
pub const MAX_ITEMS: usize = 5_000;
pub const MAX_TAGS: usize = 2_000;
pub const MAX_LESSONS: usize = 500;
pub const MAX_PARTNERS: usize = 500;
/// The deepest layer a partner record may name (content has three to five, plus a disclosure).
pub const MAX_DEPTH: u8 = 10;
pub const MAX_NOTES: usize = 2_000;
/// All notes together, in characters (a year of daily notes is about 200,000).
pub const MAX_NOTES_CHARS: usize = 1_000_000;
pub const MAX_SKILLS: usize = 200;

/// Why one entry is not sound.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// It is not shaped like the entry it should be (wrong type, missing field).
    Unreadable(String),
    /// A number outside its range.
    OutOfRange(String),
    /// A string too long to be Heard's.
    TooLong(String),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Unreadable(why) | Problem::OutOfRange(why) | Problem::TooLong(why) => {
                f.write_str(why)
            }
        }
    }
}

/// One function for every width of number (one copy of its code in the app).
fn range(what: &str, value: i64, lo: i64, hi: i64) -> Result<(), Problem> {
    if value < lo || value > hi {
        return Err(Problem::OutOfRange(format!(
            "its {what} is {value}, but it must be from {lo} to {hi}"
        )));
    }
    Ok(())
}

fn time(what: &str, t: Millis) -> Result<(), Problem> {
    range(what, t, 0, MAX_TIME)
}

/// An id (a map key, a prompt, a skill).
pub fn id(what: &str, id: &str) -> Result<(), Problem> {
    if id.chars().count() > MAX_ID_CHARS {
        return Err(Problem::TooLong(format!(
            "{what} is longer than {MAX_ID_CHARS} characters"
        )));
    }
    Ok(())
}

/// One item's record.
pub fn item(r: &ItemRecord) -> Result<(), Problem> {
    range("score", r.last_score.percent().into(), 0, MAX_SCORE.into())?;
    range("review box", r.review.level.into(), 0, MAX_BOX.into())?;
    range(
        "count of right answers",
        r.correct.into(),
        0,
        r.attempts.into(),
    )?;
    time("first answer time", r.first_at)?;
    time("last answer time", r.last_at)?;
    // A due time is a saved time plus at most the longest wait.
    range(
        "review due time",
        r.review.due,
        0,
        MAX_TIME.saturating_add(WAITS[WAITS.len() - 1]),
    )
}

/// One tag's tally.
pub fn tally(t: &Tally) -> Result<(), Problem> {
    range("count of misses", t.missed.into(), 0, t.seen.into())
}

/// One lesson's record.
pub fn lesson(l: &LessonRecord) -> Result<(), Problem> {
    range("last section", l.last_section.into(), 0, MAX_SECTION.into())?;
    if let Some(best) = l.best_check {
        range(
            "best check score",
            best.percent().into(),
            0,
            MAX_SCORE.into(),
        )?;
    }
    for t in [l.opened_at, l.passed_at].into_iter().flatten() {
        time("time", t)?;
    }
    Ok(())
}

/// One practice partner's record.
pub fn partner(r: &PartnerRecord) -> Result<(), Problem> {
    range("deepest layer", r.deepest.into(), 0, MAX_DEPTH.into())?;
    // Six endings exist; a few more leave room for content to grow.
    range("count of endings", r.endings.len() as i64, 0, 16)?;
    for e in r.endings.iter().chain([&r.last_ending]) {
        id("an ending's name", e)?;
    }
    time("first time", r.first_at)?;
    time("last time", r.last_at)
}

/// One note.
pub fn note(n: &Note) -> Result<(), Problem> {
    if n.text.chars().count() > MAX_NOTE_CHARS {
        return Err(Problem::TooLong(format!(
            "the note is longer than {MAX_NOTE_CHARS} characters"
        )));
    }
    if let Some(p) = &n.prompt {
        id("its prompt", p)?;
    }
    time("creation time", n.created_at)?;
    time("last edit time", n.updated_at)
}

/// One remembered deletion's time.
pub fn deletion(at: Millis) -> Result<(), Problem> {
    time("deletion time", at)
}

/// The save line (see [`StoredData::epoch`]).
pub fn epoch(e: Millis) -> Result<(), Problem> {
    time("save line", e)
}

/// The self-assessment.
pub fn assessment(s: &SelfAssessment) -> Result<(), Problem> {
    if s.ratings.len() + s.focus.len() > 2 * MAX_SKILLS {
        return Err(Problem::OutOfRange(format!(
            "it rates more than {MAX_SKILLS} skills"
        )));
    }
    for (skill, r) in &s.ratings {
        id("a skill's id", skill)?;
        range("rating", (*r).into(), 1, MAX_RATING.into())?;
    }
    for skill in &s.focus {
        id("a skill's id", skill)?;
    }
    if let Some(t) = s.updated_at {
        time("time", t)?;
    }
    Ok(())
}

/// Too many entries of one kind for an import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooMany {
    /// What there are too many of ("notes").
    pub what: &'static str,
    pub found: usize,
    pub limit: usize,
}

impl fmt::Display for TooMany {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "it holds {} {}, and Heard keeps at most {}",
            self.found, self.what, self.limit
        )
    }
}

/// How many entries of each kind a section of raw data may hold (checked before the entries
/// are read, so a huge file is refused before it is parsed into memory).
pub fn count(section: &str, found: usize) -> Result<(), TooMany> {
    let (what, limit) = match section {
        "items" => ("answered items", MAX_ITEMS),
        "tags" => ("tallies", MAX_TAGS),
        "lessons" => ("lessons", MAX_LESSONS),
        "partners" => ("practice partners", MAX_PARTNERS),
        "journal" => ("notes", MAX_NOTES),
        "deleted" => ("remembered deletions", crate::schema::MAX_DELETED),
        _ => return Ok(()),
    };
    if found > limit {
        return Err(TooMany { what, found, limit });
    }
    Ok(())
}

/// Counts and total note length of sound data.
pub fn totals(d: &StoredData) -> Result<(), TooMany> {
    count("items", d.progress.items.len())?;
    count("tags", d.progress.tags.len())?;
    count("lessons", d.progress.lessons.len())?;
    count("partners", d.progress.partners.len())?;
    count("journal", d.journal.len())?;
    count("deleted", d.deleted.len())?;
    let chars: usize = d.journal.values().map(|n| n.text.chars().count()).sum();
    if chars > MAX_NOTES_CHARS {
        return Err(TooMany {
            what: "characters of notes",
            found: chars,
            limit: MAX_NOTES_CHARS,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::Score;
    use crate::scheduler::Review;

    fn record() -> ItemRecord {
        ItemRecord {
            attempts: 2,
            correct: 1,
            last_score: Score::FULL,
            first_at: 1,
            last_at: 2,
            review: Review::first(Score::FULL, 2),
        }
    }

    #[test]
    fn a_sound_record_passes_and_each_out_of_range_number_says_which() {
        assert_eq!(item(&record()), Ok(()));
        let mut r = record();
        r.review.level = 255;
        assert_eq!(
            item(&r).map_err(|e| e.to_string()),
            Err("its review box is 255, but it must be from 0 to 5".into())
        );
        let mut r = record();
        r.correct = 3;
        assert!(item(&r).is_err());
        let mut r = record();
        r.last_at = -1;
        assert!(item(&r).is_err());
        let mut r = record();
        r.first_at = Millis::MAX;
        assert!(item(&r).is_err());
    }

    #[test]
    fn ratings_go_from_one_to_five() {
        let mut s = SelfAssessment::default();
        s.ratings.insert("x".into(), 5);
        assert_eq!(assessment(&s), Ok(()));
        s.ratings.insert("y".into(), 0);
        assert!(assessment(&s).is_err());
    }

    #[test]
    fn too_many_notes_or_too_much_text_is_refused() {
        let mut d = StoredData::default();
        for i in 0..=MAX_NOTES {
            d.journal.insert(
                format!("n{i}"),
                Note {
                    text: String::new(),
                    prompt: None,
                    created_at: 0,
                    updated_at: 0,
                },
            );
        }
        assert_eq!(totals(&d).map_err(|e| e.what), Err("notes"));
        let mut d = StoredData::default();
        for i in 0..60 {
            d.journal.insert(
                format!("n{i}"),
                Note {
                    text: "x".repeat(MAX_NOTE_CHARS),
                    prompt: None,
                    created_at: 0,
                    updated_at: 0,
                },
            );
        }
        assert_eq!(totals(&d).map_err(|e| e.what), Err("characters of notes"));
    }
}
