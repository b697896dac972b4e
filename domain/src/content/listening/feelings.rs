//! The feelings vocabulary for "Name the feeling": words grouped by family (angry, sad,
//! afraid…) and by intensity (annoyed, frustrated, furious), so feedback can say when a
//! learner's word was close (the right family) rather than simply wrong.

use serde::Deserialize;

/// How strong a feeling word is within its family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Intensity {
    Mild,
    Moderate,
    Strong,
}

impl Intensity {
    pub const ALL: [Intensity; 3] = [Intensity::Mild, Intensity::Moderate, Intensity::Strong];

    pub fn label(self) -> &'static str {
        match self {
            Intensity::Mild => "mild",
            Intensity::Moderate => "moderate",
            Intensity::Strong => "strong",
        }
    }
}

/// A family of feelings ("Angry"), shown as a group heading.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Family {
    /// Stable id, named by each [`Feeling::family`].
    pub id: String,
    /// The heading a learner sees.
    pub label: String,
}

/// One feeling word.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Feeling {
    /// Stable id, named by statements' `feelings`.
    pub id: String,
    /// The word a learner sees ("frustrated").
    pub word: String,
    /// The [`Family::id`] it belongs to.
    pub family: String,
    pub intensity: Intensity,
}
