//! Who does what in each round of a triad. Three people (A, B, C) swap three roles over three
//! rounds so that everyone speaks, listens and observes exactly once: practising the listener's
//! skill is the point, but being heard (as speaker) and watching closely (as observer) teach as
//! much.

/// One of the three people in a triad, named by letter so nobody's name is needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Person {
    A,
    B,
    C,
}

impl Person {
    pub const ALL: [Person; 3] = [Person::A, Person::B, Person::C];

    /// "A", "B" or "C".
    pub fn label(self) -> &'static str {
        match self {
            Person::A => "A",
            Person::B => "B",
            Person::C => "C",
        }
    }

    fn index(self) -> usize {
        match self {
            Person::A => 0,
            Person::B => 1,
            Person::C => 2,
        }
    }
}

/// A role in one round.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Speaker,
    Listener,
    Observer,
}

impl Role {
    /// In the order each person takes them: speaker, then listener, then observer.
    pub const ALL: [Role; 3] = [Role::Speaker, Role::Listener, Role::Observer];

    /// The stable slug (for links and test ids).
    pub fn slug(self) -> &'static str {
        match self {
            Role::Speaker => "speaker",
            Role::Listener => "listener",
            Role::Observer => "observer",
        }
    }

    /// The label people see.
    pub fn label(self) -> &'static str {
        match self {
            Role::Speaker => "Speaker",
            Role::Listener => "Listener",
            Role::Observer => "Observer",
        }
    }

    /// One line on what the role does.
    pub fn description(self) -> &'static str {
        match self {
            Role::Speaker => {
                "Plays the person on the card, and shares what they held back only if they feel heard."
            }
            Role::Listener => "Practises the card's listening goal, and lets the speaker lead.",
            Role::Observer => {
                "Stays quiet, ticks the to-do and to-avoid checklist, and opens the feedback."
            }
        }
    }
}

/// How many rounds a triad has: one per role, so everyone takes each role once.
pub const ROUNDS: usize = 3;

/// The roles in round `round` (counted from 0), as `(person, role)` in the order A, B, C.
///
/// Each person moves speaker → listener → observer: having just been heard, you listen next;
/// having just listened, you watch someone else try. Round 0 is A speaking, B listening and C
/// observing. Rounds past the third wrap round (`rotation(3) == rotation(0)`), so the function
/// never panics.
pub fn rotation(round: usize) -> [(Person, Role); 3] {
    Person::ALL.map(|p| (p, Role::ALL[(p.index() + round % ROUNDS) % ROUNDS]))
}
