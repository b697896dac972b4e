//! A practice partner as content: who they are, the layers they open up through, what they say
//! to each kind of reply at each layer, their endings, and (for some) a disclosure that needs
//! more than listening. Parsed strictly from `content/listening/partners/<id>.toml`.

use crate::content::{ContentNote, Context};
use serde::Deserialize;

/// Something the peer says, and what they are thinking as they say it (shown in the debrief).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Line {
    pub says: String,
    pub thinks: String,
}

/// One layer of what the peer has to say: what happened, how it feels, the real worry.
/// `says` is their line on reaching this layer (the opening line for the first).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Layer {
    /// What this layer is about, as the debrief names it ("what happened").
    pub name: String,
    pub says: String,
    pub thinks: String,
    /// A closed question: a short factual answer, nothing more.
    pub closed: Line,
    /// A reply the engine finds nothing in ("Right.", "Mm"): they go on, a little unsure.
    pub other: Line,
    /// Listening and a roadblock in one reply: they take the first and step back from the second.
    pub mixed: Line,
    pub advice: Line,
    pub judgement: Line,
    pub reassurance: Line,
    pub theorising: Line,
    pub self_focus: Line,
}

/// How a conversation ends for the peer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ending {
    /// They felt heard all the way down and say what they need.
    Heard,
    /// "Anyway, I should go": they leave politely before saying much.
    Close,
    /// They opened up, were not met, and closed down.
    Shutdown,
    /// After a disclosure, they were asked directly and connected with help.
    Helped,
    /// After a disclosure, they were asked directly but not helped to reach other help.
    AskedOnly,
    /// After a disclosure, no one asked: they take it back.
    Missed,
}

impl Ending {
    pub const ALL: [Ending; 6] = [
        Ending::Heard,
        Ending::Close,
        Ending::Shutdown,
        Ending::Helped,
        Ending::AskedOnly,
        Ending::Missed,
    ];

    /// The stable name, as in content files and progress.
    pub fn name(self) -> &'static str {
        match self {
            Ending::Heard => "heard",
            Ending::Close => "close",
            Ending::Shutdown => "shutdown",
            Ending::Helped => "helped",
            Ending::AskedOnly => "asked_only",
            Ending::Missed => "missed",
        }
    }

    pub fn from_name(name: &str) -> Option<Ending> {
        Ending::ALL.into_iter().find(|e| e.name() == name)
    }

    /// What the learner sees in the debrief.
    pub fn title(self) -> &'static str {
        match self {
            Ending::Heard => "They felt heard and said what they need",
            Ending::Close => "A polite close",
            Ending::Shutdown => "They closed down",
            Ending::Helped => "You asked directly and helped them reach other help",
            Ending::AskedOnly => "You asked directly, but did not help them reach other help",
            Ending::Missed => "The disclosure was missed",
        }
    }

    /// Endings that only a partner with a disclosure has.
    pub fn needs_safety(self) -> bool {
        matches!(self, Ending::Helped | Ending::AskedOnly | Ending::Missed)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Endings {
    /// Only a partner without a disclosure ends here; with one, trust leads to the disclosure.
    #[serde(default)]
    pub heard: Option<Line>,
    pub close: Line,
    pub shutdown: Line,
}

/// A disclosure that needs more than listening, and what the learner must do there: ask
/// directly, and connect them with other help. The patterns are words and phrases (a trailing
/// `*` matches any ending: `suicid*`), matched on whole words, case and punctuation ignored.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Safety {
    /// What a direct question about the danger contains ("suicid*", "are you safe").
    pub ask: Vec<String>,
    /// What connecting them with help contains ("samaritans", "gp", "999").
    pub connect: Vec<String>,
    /// What the learner should know about the help named (for the debrief).
    pub help_note: String,
    /// What they disclose once trust is high (after the last layer).
    pub disclosure: Line,
    /// Their answer to a direct question.
    pub asked: Line,
    /// Help offered before anyone asked what they meant.
    pub connect_first: Line,
    /// Listening that does not ask: they hint again, less clearly.
    pub unasked: Line,
    /// Listening after they were asked, with no help offered yet.
    pub after_ask: Line,
    /// A roadblock after the disclosure: they take it back.
    pub pulled: Line,
    pub helped: Line,
    pub asked_only: Line,
    pub missed: Line,
}

/// A practice partner.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    pub id: String,
    /// The name the learner sees.
    pub name: String,
    /// Who they are, in a few words.
    pub speaker: String,
    pub context: Context,
    pub principle: String,
    #[serde(default)]
    pub content_notes: Vec<ContentNote>,
    /// The short setting the learner reads first.
    pub setting: String,
    #[serde(rename = "layer")]
    pub layers: Vec<Layer>,
    #[serde(rename = "ending")]
    pub endings: Endings,
    #[serde(default)]
    pub safety: Option<Safety>,
}

impl Partner {
    /// The endings this partner can reach.
    pub fn endings(&self) -> Vec<Ending> {
        Ending::ALL
            .into_iter()
            .filter(|e| match e {
                Ending::Heard => self.safety.is_none(),
                e if e.needs_safety() => self.safety.is_some(),
                _ => true,
            })
            .collect()
    }

    /// The peer's line for an ending, if this partner has it.
    pub fn ending(&self, ending: Ending) -> Option<&Line> {
        let s = self.safety.as_ref();
        match ending {
            Ending::Heard => self.endings.heard.as_ref(),
            Ending::Close => Some(&self.endings.close),
            Ending::Shutdown => Some(&self.endings.shutdown),
            Ending::Helped => s.map(|s| &s.helped),
            Ending::AskedOnly => s.map(|s| &s.asked_only),
            Ending::Missed => s.map(|s| &s.missed),
        }
    }

    /// The opening line.
    pub fn opening(&self) -> &str {
        self.layers.first().map_or("", |l| l.says.as_str())
    }

    /// The name of the depth a conversation reached: a layer's name, or "the disclosure".
    pub fn depth_name(&self, depth: usize) -> &str {
        match self.layers.get(depth) {
            Some(l) => &l.name,
            None => "what they had not told anyone",
        }
    }
}
