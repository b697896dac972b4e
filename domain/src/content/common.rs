//! Vocabulary shared by every content area.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Where a scenario happens. The learner can choose a context to practise in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Context {
    Students,
    Healthcare,
    FirstResponders,
    Workplace,
    /// Carers, and people living with a long-term health condition.
    CarersHealth,
    Community,
}

impl Context {
    pub const ALL: [Context; 6] = [
        Context::Students,
        Context::Healthcare,
        Context::FirstResponders,
        Context::Workplace,
        Context::CarersHealth,
        Context::Community,
    ];

    /// The label a learner sees.
    pub fn label(self) -> &'static str {
        match self {
            Context::Students => "Students and universities",
            Context::Healthcare => "Healthcare staff",
            Context::FirstResponders => "First responders",
            Context::Workplace => "Workplaces",
            Context::CarersHealth => "Carers and health conditions",
            Context::Community => "Community",
        }
    }

    /// The stable slug used in ids and links.
    pub fn slug(self) -> &'static str {
        match self {
            Context::Students => "students",
            Context::Healthcare => "healthcare",
            Context::FirstResponders => "first_responders",
            Context::Workplace => "workplace",
            Context::CarersHealth => "carers_health",
            Context::Community => "community",
        }
    }
}

/// Topics a learner is warned about before the material shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContentNote {
    Suicide,
    SelfHarm,
    Trauma,
    Abuse,
    Bereavement,
}

impl ContentNote {
    pub fn label(self) -> &'static str {
        match self {
            ContentNote::Suicide => "suicide",
            ContentNote::SelfHarm => "self-harm",
            ContentNote::Trauma => "trauma",
            ContentNote::Abuse => "abuse",
            ContentNote::Bereavement => "bereavement",
        }
    }

    /// "Content note: suicide and trauma."
    pub fn sentence(notes: &[ContentNote]) -> String {
        let labels: Vec<&str> = notes.iter().map(|n| n.label()).collect();
        let list = match labels.as_slice() {
            [] => return String::new(),
            [one] => (*one).to_string(),
            [init @ .., last] => format!("{} and {}", init.join(", "), last),
        };
        format!("Content note: this touches on {list}.")
    }
}

/// One option of a question, with the explanation shown whether it was chosen or not.
/// Every option teaches: the explanation says what the response does and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Stable within its question (e.g. "a", "advice").
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub correct: bool,
    pub explanation: String,
}

/// A content file that cannot be used, with the file it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub path: String,
    pub message: String,
}

impl ContentError {
    pub fn new(path: &str, message: impl fmt::Display) -> Self {
        ContentError {
            path: path.to_string(),
            message: message.to_string(),
        }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "content/{}: {}", self.path, self.message)
    }
}

impl std::error::Error for ContentError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_note_sentence_lists_topics_in_plain_english() {
        assert_eq!(ContentNote::sentence(&[]), "");
        assert_eq!(
            ContentNote::sentence(&[ContentNote::Suicide]),
            "Content note: this touches on suicide."
        );
        assert_eq!(
            ContentNote::sentence(&[
                ContentNote::Suicide,
                ContentNote::SelfHarm,
                ContentNote::Trauma
            ]),
            "Content note: this touches on suicide, self-harm and trauma."
        );
    }

    #[test]
    fn context_slugs_round_trip_through_serde() {
        for c in Context::ALL {
            let json = serde_json::to_string(&c).unwrap();
            assert_eq!(json, format!("\"{}\"", c.slug()));
            assert_eq!(serde_json::from_str::<Context>(&json).unwrap(), c);
        }
    }
}

/// One item as a list shows it: who is speaking (or a conversation's title), where, and any
/// content note to show before it is opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemSummary<'a> {
    pub id: &'a str,
    pub speaker: &'a str,
    pub context: Context,
    pub content_notes: &'a [ContentNote],
}
