//! The words and patterns behind every label: the part of the engine a trainer reads and edits.
//!
//! Patterns use the small language described in `pattern.rs` (`a/b` alternatives,
//! `(optional)`, `!not-these`, `_` any word, `..` a gap of up to four words, `^` clause start,
//! `word*` prefixes, `*ed` endings, `@list` named lists below). Write them in the spelled-out
//! form the text is turned into: "don't" is `do not`, "you're" is `you are`, "I'd" is
//! `i would`, "it's" is `it is`, "I've" is `i have`, "you'll" is `you will`.
//!
//! What each label means, and the labelling conventions these tables are measured against, are
//! in `domain/tests/data/feedback/README.md` (summarised in `mod.rs`). After changing anything
//! here, run `cargo test --release --test feedback_eval -- --nocapture` from `domain/` to see
//! the effect on the labelled sets, and `cargo run --release --example feedback -- --trace`
//! to see which line fired for a response. Prefer a word in a list read by a mechanism (who
//! the subject is, the shape of the sentence) to one more fixed phrase.

// ---------------------------------------------------------------------------------------------
// Named word lists, used in patterns as `@name`.
// ---------------------------------------------------------------------------------------------

/// Past participles after "should have" (hindsight: judgement, not advice).
pub const PARTICIPLES: &[&str] = &[
    "*ed", "told", "seen", "known", "said", "gone", "done", "been", "left", "spoken", "taken",
    "thought", "got", "gotten", "come", "given", "kept", "made", "put", "quit", "sent", "stood",
    "written", "brought", "run", "rung",
];

/// Family and friends, as in "my sister…" (the listener's own people: self-focus).
pub const PEOPLE: &[&str] = &[
    "mum", "mom", "mam", "mother", "dad", "father", "sister", "brother", "uncle", "aunt", "auntie", "gran", "granny",
    "grandma", "grandad", "grandpa", "grandmother", "grandfather", "nan", "friend", "mate", "partner", "husband",
    "wife", "boyfriend", "girlfriend", "son", "daughter", "kids", "cousin", "colleague", "boss", "manager", "cat",
    "dog", "family", "parents", "own", "neighbour", "flatmate", "housemate", "ex", "team", "old",
];

/// Looks up a named list for `@name` in patterns.
pub fn list(name: &str) -> Option<&'static [&'static str]> {
    match name {
        "participle" => Some(PARTICIPLES),
        "eval_other" => Some(VERDICT_WORDS),
        "folly" => Some(FOLLY_WORDS),
        "people" => Some(PEOPLE),
        "feeling" => Some(feeling_words()),
        "weight" => Some(WEIGHT_WORDS),
        "intens" => Some(INTENSIFIERS),
        "nudge_verb" => Some(nudge_verbs()),
        _ => None,
    }
}

/// Words that strengthen without changing meaning ("so", "really"): allowed between frame and word.
pub const INTENSIFIERS: &[&str] = &[
    "so", "really", "very", "quite", "pretty", "a", "an", "bit", "little", "such", "completely", "totally",
    "utterly", "absolutely", "incredibly", "just", "too", "rather", "kind", "sort", "of", "real", "truly", "deeply",
    "awfully", "terribly", "properly", "massively", "extremely", "genuinely", "still", "all", "being", "complete",
    "total",
];

// ---------------------------------------------------------------------------------------------
// reflects_feeling
// ---------------------------------------------------------------------------------------------

/// Feeling words by family (after the course notes: sad, afraid, angry, ashamed, tired, lonely,
/// overwhelmed, hurt, guilty, confused, helpless, and hopeful ones). These count wherever they
/// are said *about the speaker*: not negated ("no need to feel guilty"), not the listener's
/// ("I was so anxious"), not other people's or everyone's ("everyone gets nervous").
pub const FEELING_FAMILIES: &[(&str, &[&str])] = &[
    (
        "sad",
        &[
            "sad", "sadness", "unhappy", "upset", "upsetting", "heartbroken", "heartbreak", "heartbreaking",
            "gutted", "gutting", "devastat*", "miserable", "grief", "griev*", "sorrow", "despair", "hopeless", "disheartening",
            "disheartened", "deflated", "crushed", "tearful", "bereft", "disappoint*", "sting", "stings", "stung",
            "stinging",
        ],
    ),
    (
        "afraid",
        &[
            "afraid", "scared", "scary", "scariest", "frighten*", "terrified", "terrifying", "anxious", "anxiety",
            "nervous", "worried", "worry", "worrying", "worries", "uneasy", "panic", "panicky", "panicked", "dread",
            "dreading", "dreaded", "fear", "fears", "fearful", "shaken", "shaky", "reeling", "jumpy", "apprehensive",
            "insecure", "vulnerable", "unsafe", "petrified", "alarmed", "alarming", "disorient*", "spooked",
            "jittery", "tense", "unnerved", "unnerving", "restless", "desperate", "distraught", "distressed",
        ],
    ),
    (
        "angry",
        &[
            "angry", "anger", "furious", "fury", "livid", "irritat*", "annoyed", "annoying", "frustrat*", "resent*",
            "fuming", "seething", "miffed", "peeved", "pissed", "jealous", "envious",
            "rage", "outraged", "bitter", "infuriat*", "enraged", "exasperat*", "hate", "hating", "hated",
        ],
    ),
    (
        "ashamed",
        &[
            "ashamed", "shame", "embarrass*", "humiliat*", "mortif*", "degrading", "degraded", "self-conscious",
        ],
    ),
    (
        "tired",
        &[
            "tired", "weary", "drained", "draining", "exhaust*", "knackered", "depleted", "shattered", "spent",
            "fatigued", "wrecked",
        ],
    ),
    (
        "lonely",
        &[
            "lonely", "loneliness", "isolat*", "abandoned", "invisible", "excluded", "outsider", "unwanted",
            "unseen", "homesick", "unloved", "overlooked", "sidelined", "disrespected", "undermined", "belittled",
            "patronised", "patronized", "inadequate",
        ],
    ),
    (
        "overwhelmed",
        &[
            "overwhelm*", "swamped", "drowning", "stressed", "stressful", "frazzled", "overloaded",
        ],
    ),
    (
        "hurt",
        &[
            "hurt", "hurting", "hurtful", "betrayed", "rejected", "wounded", "robbed", "cheated", "let-down",
        ],
    ),
    (
        "guilty",
        &[
            "guilt", "guilty", "remorse", "regret", "regrets", "regretting",
        ],
    ),
    (
        "confused",
        &[
            "confused", "confusing", "torn", "conflicted", "unsure", "bewildered", "numb", "numbness", "blank",
            "blankness", "shock", "shocked", "stunned",
        ],
    ),
    (
        "helpless",
        &["helpless", "powerless", "trapped", "defeated", "hopeless"],
    ),
    (
        "hopeful",
        &[
            "relieved", "relief", "proud", "hopeful", "glad", "happy", "excited", "grateful", "joy", "pleased",
            "thrilled", "delighted",
        ],
    ),
];

/// Every word of [`FEELING_FAMILIES`] in one list (built once, on first use).
pub fn feeling_words() -> &'static [&'static str] {
    static CELL: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    CELL.get_or_init(|| {
        FEELING_FAMILIES
            .iter()
            .flat_map(|(_, words)| words.iter().copied())
            .collect()
    })
}

/// The family a feeling word belongs to ("furious" → "angry"), if it is in the lexicon.
pub fn feeling_family(word: &str) -> Option<&'static str> {
    FEELING_FAMILIES
        .iter()
        .find(|(_, words)| words.iter().any(|e| entry_matches(e, word)))
        .map(|(f, _)| *f)
}

/// Whether a lexicon entry (`word`, or `prefix*`) matches a lower-cased word.
pub fn entry_matches(entry: &str, word: &str) -> bool {
    match entry.strip_suffix('*') {
        Some(prefix) => word.starts_with(prefix) && word.len() > prefix.len(),
        None => entry == word,
    }
}

/// Words that are feelings only in a feeling frame ("you're feeling low", "you seem lost"),
/// because elsewhere they usually are not ("write it down", "lost my keys").
pub const AMBIGUOUS_FEELINGS: &[&str] = &[
    "miss", "missing", "uncertain", "low", "down", "lost", "stuck", "alone", "responsible", "mad", "cross", "blue",
    "awkward", "off", "flat", "wobbly", "raw", "empty", "useless", "worthless", "stretched", "pressured",
    "dismissed", "exposed", "judged", "ignored", "unheard", "unsupported", "undervalued", "unappreciated",
];

/// Words for the emotional weight of a situation ("that sounds hard", "how awful"). They count
/// only after a frame: `sounds`, `must be`, `seems`, `how`, `what a`, `that is`, `so`.
pub const WEIGHT_WORDS: &[&str] = &[
    "hard", "tough", "rough", "awful", "horrible", "terrible", "painful", "heavy", "brutal", "difficult", "huge",
    "blow", "nightmare", "grim", "horrendous", "dreadful", "harrowing", "traumatic", "distressing", "unsettling",
    "disturbing", "crushing", "gruelling", "relentless", "intense", "lot", "much", "bleak", "sad", "rubbish",
    "crap", "grim", "savage", "harrowing", "exhausting", "draining", "scary", "frightening", "lonely", "isolating", "invalidating", "deflating", "betrayal",
    "demoralising", "demoralizing",
];

/// Words right before a weight word that make it a reflection: "sounds hard", "must be awful".
pub const WEIGHT_FRAMES: &[&str] = &[
    "sounds", "sound", "must", "seems", "seem", "how", "what", "feels", "felt", "feel",
];

/// Words right before an ambiguous feeling that make it one: "feeling low", "you seem lost".
pub const FEELING_FRAMES: &[&str] = &[
    "feel", "feels", "feeling", "felt", "seem", "seems", "sound", "sounds", "are", "am", "were",
    "was", "be", "been", "get", "getting", "got", "left",
];

/// Multi-word feelings (patterns): each counts like a feeling word.
pub const FEELING_PHRASES: &[&str] = &[
    "running on fumes/empty",
    "mad at/with",
    "get/gets/got/getting your back up",
    "stay/stays/stayed with you",
    "haunt/haunts/haunting you",
    "let (you/them/everyone/everybody/people) down",
    "letting (you/them/everyone/everybody/people) down",
    "on edge",
    "fed up",
    "worn out",
    "worn down",
    "burnt/burned out",
    "run down",
    "at the end of your rope/tether",
    "nothing left in the tank",
    "running on empty",
    "left out",
    "shut out",
    "pushed aside",
    "lost (some/your/all) confidence",
    "pulled in two directions",
    "heavy feeling",
    "real blow",
    "a lot to carry/hold/take/deal/process/handle/bear",
    "so much to carry/hold/take/deal/process/handle/bear",
    "that/it/this is a lot",
    "that/it/this is so much",
    "lot of worry/pressure/pain/grief/guilt/fear/anger/sadness",
    "not good enough",
    "like a failure/fraud",
    "out of your depth",
    "at breaking point",
    "under pressure",
    "too much",
    "broken/broke/break your heart",
    "heartbreak*",
    "stayed/stays/stuck/sticks/staying with you",
    "got/get/gets/getting to you/u",
    "under your skin",
    "sitting/sits/weighing/weighs (so) heavy/heavily",
    "the weight of",
    "weight on your shoulders",
    "(the) hardest part",
    "feel/feeling/felt behind",
    "knocked/shaken/rattled you",
    "hit/hits you (so/really) hard",
    "^ you (still/really/must/so) miss",
    "taking/taken its toll",
    "kick in the teeth",
    "(real) kick when you",
    "(so) much pressure",
    "lot on your plate",
    "at your wits end",
    "out of your mind",
    "feel/felt/feeling/made (you) (feel) (so) small",
    "^ (that/it/this) (really/so/totally/just) sucks",
    "pissed off",
    "wound up",
    "wind/winds (anyone/you/u) up",
    "sick of",
    "had enough",
    "wiped out",
    "snowed under",
    "spread/stretched (so/really) thin",
    "taken for granted",
    "all over the place",
    "up in the air",
    "in limbo",
    "on tenterhooks",
];

/// "You feel…", "you're feeling…", "it feels like you…": naming the speaker's inner state
/// even when the feeling word itself is not in the lexicon ("you feel like a fraud").
/// Not in questions ("how do you feel?") and not after "how".
pub const FEELING_STATEMENT_FRAMES: &[&str] = &[
    "you (still/really/probably/must/might/may/are/were/would/have/been/kind/of/sort/just)  feel/feeling/felt",
    "you (still/really/probably/must/might/may/are/were/would/have/been/kind/of/sort/just) (still/really/been) feel/feeling/felt",
    "it/that feels/felt like you",
    "you sound/seem (so/really/quite/very/pretty) _",
];

// ---------------------------------------------------------------------------------------------
// reflects_content
// ---------------------------------------------------------------------------------------------

/// Openers that say "here is what I heard": with some content after them, the sentence is a
/// reflection of content.
pub const CONTENT_CUES: &[&str] = &[
    "^ so you/your/it/the/there/that/what/after/all/this",
    "it/that sounds like",
    "^ sounds like",
    "^ seems like",
    "it/that seems like",
    "^ it seems",
    "you are saying",
    "what i am hearing",
    "i am hearing",
    "if i have got this right",
    "if i have understood",
    "you keep",
    "you have been",
    "you have had",
    "you are the one",
    "part of you",
    "you are carrying",
    "you are being",
    "you are doing",
    "you are trying",
    "you are looking",
    "you are wondering",
    "you are doubting",
    "you are still",
    "you were",
    "you had",
    "you reached",
    "and now",
    "on top of",
    "after all",
    "you would hoped",
    "you had hoped",
    "and still",
    "and yet",
    "even after",
    "even with",
    "^ being",
    "everything you",
    "it is like",
    "like you",
    "that image",
    "those/these/that minutes/days/nights/moments",
    "with that/so much",
    "over and over",
    "night after night",
    "day after day",
    "what it means",
    "means to you",
    "what you knew",
];

/// The commonest little words: never enough on their own to show a response echoes the peer.
pub const FUNCTION_WORDS: &[&str] = &[
    "the", "and", "but", "for", "not", "you", "your", "are", "was", "were", "has", "have", "had", "with", "that",
    "this", "what", "they", "them", "she", "her", "him", "his", "its", "our", "out", "all", "any", "can", "did",
    "does", "from", "just", "like", "into", "onto", "then", "than", "there", "here", "when", "will", "would",
    "could", "should", "been", "being", "also", "very", "really", "who", "how", "why", "yes", "yeah", "okay",
];

/// Words that open a clause that only says when or where ("after everything you built",
/// "at fifty-three"): in a sentence that validates or names a feeling, such a clause does not
/// restate the situation on its own.
pub const PREPOSITIONS: &[&str] = &[
    "after", "at", "on", "in", "with", "from", "over", "before", "given", "despite", "for", "during", "since",
    "especially", "when", "as",
];

/// Words of time and amount: a phrase made only of these ("after four years", "at fifty-three")
/// qualifies a feeling rather than restating the peer's situation.
pub const TIME_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "second", "third", "fourth", "fifth", "first", "last", "whole",
    "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year",
    "years", "decade", "decades", "ages", "long", "while", "time", "times", "night", "nights",
    "morning", "mornings", "weekend", "weekends", "today", "yesterday", "tonight", "lately", "recently",
];

/// First words of a claim about people in general ("Most schools have…", "People are…"):
/// not a restatement of the peer's situation.
pub const GENERIC_HEADS: &[&str] = &[
    "most", "many", "loads", "lots", "plenty", "people", "men", "women", "kids", "children", "parents",
    "students", "sometimes", "usually", "often",
];

/// Words too common to show that a response picked up the speaker's situation.
pub const STOPWORDS: &[&str] = &[
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "anyone",
    "anything", "are", "around", "as", "at", "away", "back", "be", "because", "been", "before", "being", "bit",
    "both", "but", "by", "can", "could", "did", "do", "does", "doing", "done", "down", "each", "even", "ever",
    "every", "everyone", "everything", "feel", "feeling", "feels", "felt", "few", "for", "from", "get", "gets",
    "getting", "go", "goes", "going", "gone", "got", "had", "has", "have", "having", "he", "her", "here", "hers",
    "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "keep",
    "keeps", "kind", "know", "like", "lot", "lots", "made", "make", "makes", "many", "maybe", "me", "might", "mine",
    "more", "most", "much", "must", "my", "myself", "never", "no", "not", "nothing", "now", "of", "off", "oh", "ok",
    "okay", "on", "once", "one", "only", "or", "other", "our", "ours", "out", "over", "own", "people", "perhaps",
    "pretty", "probably", "quite", "rather", "really", "right", "said", "same", "say", "says", "see", "she",
    "should", "so", "some", "someone", "something", "sort", "still", "such", "sure", "take", "tell", "than", "that",
    "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "thing", "things", "think",
    "this", "those", "though", "through", "to", "too", "up", "us", "very", "want", "was", "way", "we", "well",
    "were", "what", "when", "where", "which", "while", "who", "whole", "why", "will", "with", "would", "yeah", "yes",
    "yet", "you", "your", "yours", "yourself", "honestly", "actually", "literally", "anyway", "mean", "happen",
    "happened", "happens", "happening", "let", "lets", "put", "seem", "seems", "sound", "sounds", "let", "told",
    "saying", "tried", "try", "trying", "wonder", "wondering", "hear", "hearing", "mm", "hmm", "ah", "wow", "ouch",
    "gosh", "else", "since", "until", "without", "again", "already", "always", "sometimes", "often", "day", "days",
    "thanks", "thank", "sorry", "glad", "please", "having", "especially", "lately", "completely", "totally",
    "absolutely", "definitely", "certainly", "exactly", "maybe", "somehow", "somewhere", "anywhere", "everywhere",
];

/// Words that mean the same thing in a paraphrase ("my boss" → "your manager"): each group
/// counts as one word when comparing response with statement.
pub const SYNONYMS: &[&[&str]] = &[
    &["boss", "manager", "supervisor", "lead", "leader"],
    &["mum", "mother", "mom", "mam", "parent"],
    &["dad", "father"],
    &[
        "kid", "kids", "child", "children", "son", "daughter", "baby",
    ],
    &[
        "job", "work", "career", "shift", "shifts", "rota", "post", "role",
    ],
    &[
        "exam", "exams", "test", "tests", "assessment", "result", "results", "grade", "grades", "mark", "marks",
    ],
    &[
        "uni", "university", "course", "degree", "college", "lectures", "lecture", "class", "classes", "cohort",
    ],
    &[
        "partner", "husband", "wife", "boyfriend", "girlfriend", "spouse",
    ],
    &["friend", "friends", "mate", "mates"],
    &[
        "colleague", "colleagues", "coworker", "crewmate", "teammate", "team", "crew",
    ],
    &[
        "money", "rent", "bills", "debt", "maintenance", "pay", "paying", "wage", "wages", "bonus",
    ],
    &["sleep", "slept", "sleeping", "rest", "nights", "nightmares"],
    &["doctor", "gp", "consultant", "clinician"],
    &["hospital", "ward", "icu", "ed"],
    &["cry", "crying", "cried", "tears"],
    &[
        "die", "died", "death", "dying", "dead", "passed", "lost", "losing", "loss",
    ],
    &[
        "replay", "replaying", "thinking", "seeing", "coming", "mind", "head",
    ],
    &[
        "diagnosis", "diagnosed", "condition", "illness", "ill", "sick",
    ],
];

// ---------------------------------------------------------------------------------------------
// validates
// ---------------------------------------------------------------------------------------------

/// Saying the reaction makes sense.
pub const VALIDATES: &[&str] = &[
    "makes/make (a/so) (lot/much) (of) (total/complete/perfect/complete/such/good) sense",
    "understandable",
    "no wonder",
    "of course you/it/that/your/anyone/anybody/this",
    "anyone/anybody would",
    "anyone/anybody in your position/shoes/place",
    "who would not",
    "is (completely/totally/perfectly/entirely/so/only/quite) okay/ok/alright/fine/normal/natural/understandable/fair/valid/human to (still) feel/be/want/need/not/have/find/struggle/grieve/cry",
    "normal/natural/human thing to feel/do/want",
    "natural that/you/for",
    "you have every right",
    "every right to",
    "there is nothing wrong with",
    "feelings are valid",
    "that is (completely/totally/so/really) valid",
    "that is (completely/totally/entirely/very) fair",
    "i can (see/understand/get) why",
    "i get why",
    "i understand why",
    "i can see how",
    "would get to anyone",
    "would upset/hurt/shake/affect/anger/frustrate/rattle/get anyone",
    "would be hard for anyone",
    "(very/such/completely/totally/so) human reaction/response",
    "reasonable reaction/response",
    "it is (not/no) surprising/surprise",
    "not surprising",
    "no surprise",
    "i would be/feel .. too",
    "^ it/that (really) matters",
    "you are (totally/completely/still) allowed to feel/be/cry/grieve/not/want/find/struggle/miss/hate/love/need/have",
    "^ course you/it/that/your",
    "is (totally/completely/perfectly/quite/so/very/really/just) normal",
    "(a/an) (really/totally/completely/perfectly/very/quite/so) normal trauma/stress/human/grief/thing/reaction/response/way",
    "is normal that/to/for",
    "fair to feel/be",
];

// ---------------------------------------------------------------------------------------------
// Questions (open_question / closed_question)
// ---------------------------------------------------------------------------------------------

/// Words that open an open question ("What happened?", "How did that land?").
pub const OPEN_HEADS: &[&str] = &[
    "what", "how", "why", "where", "when", "who", "which", "whereabouts",
];

/// Words skipped when looking for the first word of a question ("So, what happened?").
pub const QUESTION_FILLERS: &[&str] = &[
    "so", "and", "but", "okay", "ok", "well", "oh", "hmm", "mm", "then", "like", "just", "um",
    "er", "honestly", "hey", "or", "because", "cos", "now", "also",
];

/// Words after "what/how…" that make it a question even without "?" ("What happened then").
pub const AUX_AFTER_WH: &[&str] = &[
    "do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "would", "could", "can",
    "will", "should", "might", "made", "makes", "happened", "happens", "kind", "sort", "part",
    "bit", "long", "often", "much", "many", "else", "came", "comes", "went", "goes",
];

/// Invitations to say more, with or without "?", that count as open questions.
pub const OPEN_INVITES: &[&str] = &[
    "tell me (a) (bit/little/lot) more",
    "tell me about",
    "^ (just/so/go/on) tell me $",
    "say (a) (bit/little/lot) more",
    "talk me through",
    "walk me through",
    "i would love/like to hear",
    "i am curious (about/what/how/why)",
    "i wonder/wondering what/how/why/where/who",
    "i am (just/really/also) wondering what/how/why/where/who",
    "tell me (a) (bit/little/lot) about",
    "help me understand",
];

// ---------------------------------------------------------------------------------------------
// advice
// ---------------------------------------------------------------------------------------------

/// Telling or nudging them what to do, including advice dressed as a question. When one of
/// these is in a question, the question is advice only (see the README).
pub const ADVICE: &[&str] = &[
    // You should / need to / have to …
    "you (really/just/probably/definitely/honestly/maybe/seriously/still) should !have/not/feel/be",
    "you should be able/kinder/gentler/careful",
    "you (really/just/probably/definitely) ought to",
    "you (really/just/probably/definitely/will/may/might) need to !know/feel",
    "you (really/just/probably/definitely/will/may/might) need a/some/something",
    "you (really/just/probably/definitely) have to !feel/be",
    "you (just) have to be stricter/firmer/careful/kind/honest",
    "you have got to",
    "you must !be/feel/have/hate/miss/wonder/know/think/really/still/not",
    "^ (maybe/perhaps/so) you could !not/have",
    "you could always",
    "you might/may want/like/wish to",
    "you might/may try",
    "you would be better",
    "you will regret it",
    // Questions that carry advice
    "why do not you",
    "^ why not",
    "what if you",
    "^ (and) how about",
    "^ (and) what about *ing",
    "have you (ever/not/already/yet) tried/thought/considered/looked/asked/spoken/talked/joined/told/contacted/called/rung/phoned/emailed/applied/checked/written/reached/booked/seen/visited/reported/raised/gone/registered",
    "have you been to",
    "have you been able to talk/speak/get/see/ask/tell",
    "have you had (him/her/them/it) *ed",
    "did you try",
    "did you think about/of",
    "could/can you (maybe/just/not/perhaps) @nudge_verb !me/us",
    "could/can you (maybe/just/not/perhaps) tell/talk/speak/explain/show/share !me/us/about/more/a",
    "is there (someone/anyone/anybody/somebody/any/a) .. you could/can",
    "is there (any/a/an/some) (kind/sort) (of) (_) (_) charity/service/support/debrief/debriefing/scheme/group/helpline/counsellor/counselling/counselor/counseling/programme/program/union/advice/advisor/adviser/team/organisation/organization/clinic",
    "^ anyone/anybody/someone/somebody (else) (who) you can/could",
    "what you (really) want/need/have/ought to do is",
    "^ could/can/would (your/the/a/an) !you/u/i/it/that/this/we/they/he/she/there/anyone/someone/anybody/somebody (_) refer/help/send/give/support/sort/cover/arrange/get/take/check/assess/visit/offer",
    "would it help to !talk/say",
    "would/could/might it be worth/good/helpful/wise/best/an",
    "would/could/might it help to/if !talk/say/tell/share",
    // I would / if I were you …
    "i would !be/feel/love/like/have/imagine/guess/say/think/want/hate/be/not",
    "i would not !be/feel/have/want",
    "if i were/was you",
    "in your shoes",
    "my advice",
    "the best thing (to) (do) (you) (can) (do) is",
    "the trick is",
    "all you can do is",
    "the only way",
    "what you need (to) (do) is",
    "in this job you have to",
    "i (would/d) (strongly) recommend/suggest/advise",
    "the key/answer/solution is to",
    "it is (probably/always/usually) best/better to !feel/be",
    "^ best/better to !feel/be",
    "you would better",
    "you had better",
    "it might/would/may/could/can help to/if",
    "it might/would/may/could be worth/good/best/wise/helpful",
    "it is (always) worth",
    "worth a try/go/shot",
    // "It's worth…" and "the best thing is…" with the subject dropped ("Worth asking HR",
    // "Best thing is to ignore him"): the same nudge, said the way people talk and text.
    "^ (maybe/probably/definitely/always/honestly/so) worth *ing",
    "^ best thing (to) (do) (you) (can) (do) is/would",
    // A suggestion rated as an idea ("Writing it down would be a good idea").
    "would/might/could (honestly/really/probably/definitely) be a (really/very) good/great/smart/wise idea/move/plan",
    "the sooner .. the better",
    // The same suggestion hedged ("Might be an idea to…", "A reminder wouldn't hurt").
    "(might/may/could/would) (be) (an/a) idea to",
    "would/could not hurt",
    // A helper or a step said to help, with no "maybe" ("A counsellor could really help").
    "^ (maybe/perhaps) (just) (a/an/some/the/your) !it/that/this/he/she/they/you/u/i/we/nothing/talking/what/which/who/there/everything/anything/something/no (_) might/would/could (really/definitely/probably/honestly) help",
    // "Time to…" with "it's" dropped ("Time to update the CV").
    "^ (maybe/probably/definitely/honestly) (about) time to/for",
    "any chance (that) you could/can/might",
    "(it) is (really/so/very) important/essential/vital to !feel/be/know/remember/say",
    "what i would (say/do/suggest) is",
    "you know what i would do",
    "it is (probably/maybe/definitely) time (for) (you) to",
    "a sign (that) it is time",
    "^ (and) you (will) want to @nudge_verb",
    "one thing (you) could (be/do/try)",
    "(one/another) option (is/could/would/might)",
    "if there is .. you could/can/might !not/have",
    "have you (ever/not/already/yet) try/think/consider/ask/speak/talk/tell/explain/contact/call",
];

/// Imperatives and "maybe try…" at the start of a clause: advice in statements ("Make a list
/// and start with the easiest one"). In a question they count only after "maybe/perhaps"
/// ("Maybe pop round to her house?"), so "Do they wake you up?" is not read as an order.
pub const IMPERATIVES: &[&str] = &[
    "^ (maybe/perhaps/so/just/definitely/please/honestly) try !not",
    "^ (maybe/perhaps/so/just) try not to !worry/stress/panic/dwell/feel/think/beat/be/let",
    "^ (maybe/perhaps/so/just/definitely/please/honestly) do not !you/they/we/i/he/she/it/u/worry/panic/stress/fret/feel/be/beat/blame/let/take/dwell/overthink",
    "^ maybe/perhaps (just) a/an/some _ might/would/could help",
    "^ maybe/perhaps (just) *ing",
    "^ maybe/perhaps you could/should/can/might/need/ought",
];

/// Questions said without their "have you…" ("Seen a counsellor?", "u reported it?"): they
/// nudge a course of action, so in a question they are advice and a closed question.
pub const ELIDED_NUDGES: &[&str] = &[
    "^ (you/u) (ever) tried/seen/reported/told/contacted/called/rung/phoned/emailed/asked/considered/checked/booked/joined/thought",
];

/// Phrases that look like advice but are presence or invitations ("take your time", "let me
/// know if you need anything"): advice found inside them is dropped.
pub const NOT_ADVICE: &[&str] = &[
    "take your time",
    "if you need",
    "take care",
    "let me know",
    "tell me",
    "talk to me",
    "talk me through",
    "leave it with me",
    "say more",
    "you do not have to",
    "you do not need to",
    "perhaps you are",
    "maybe you are",
    "maybe you feel",
    "perhaps you feel",
    "maybe you are also",
    "maybe you do",
    "maybe you have",
    "maybe you had",
    "maybe you were",
    "perhaps you were",
    "maybe your",
    "perhaps your",
    "give it time",
    "look on the bright side",
    "when/if/because/while/since you must",
    "be glad/grateful/thankful",
    "look at me now",
];

// ---------------------------------------------------------------------------------------------
// judgement
// ---------------------------------------------------------------------------------------------

/// Verdicts on them or others, blame or praise. A verdict right after "not/never/no" is dropped
/// ("it's not your fault" is reassurance; "you're not stupid" is not a verdict on them).
pub const JUDGEMENT: &[&str] = &[
    // Verdicts said with a linking verb ("he's useless", "you're too soft") are read by
    // `shape.rs` from who the subject is; these are the other shapes a verdict takes.
    "^ sounds/seems (like) (a/an) (complete/total/real/right/absolute/proper/bit/of/a) @eval_other",
    "sound/sounds/seem/seems like (a/an) (complete/total/real/right/absolute/proper/bit/of/a/nasty/horrible/awful) @eval_other",
    "piece of work",
    "(do/does) not (even) give a toss/damn/monkeys/shit/crap/stuff",
    "is/that (so/really/pretty/proper/just/totally) messed/fucked/screwed up",
    "(so/really/very/quite/bit/a) @eval_other of (him/her/them/you/your/his/their/the)",
    "out of order",
    "are/is (just) the worst $",
    "are/is (just) the worst !part/thing/bit/bits/moment/day/time/of/about",
    "out of line",
    "^ how @eval_other",
    "^ disgusting",
    "what a/an (complete/total/absolute/proper) @eval_other",
    "should have @participle",
    "should not have",
    "your (own) fault",
    "your own doing",
    "not (very) fair/nice/kind/ok/okay/right/professional/acceptable of",
    "should be ashamed/embarrassed",
    "should know better",
    "taking/take/takes the mick/mickey/micky/piss",
    "the first thing about",
    "has/have/had no idea",
    "not (even) bothered to",
    "was/is/were (way/far/much/a/bit/little/just) (bit/little) too soon/early/quick/fast/late",
    "^ maybe/perhaps you did/were/had",
    "^ maybe/perhaps you are too",
    "^ maybe/perhaps you were not",
    "^ maybe/perhaps you (have/had) not",
    "you (were/was/have/had/did/are) not .. enough",
    "^ (maybe/perhaps) you could have @participle",
    "be better than that",
    "(were/was/are/is) not real/true/proper friends",
    "run by idiots",
    "idiots",
    "horrible/awful/terrible/nasty/cruel/hurtful thing for (him/her/them/someone/anyone) to",
    "deadbeat",
    "man up",
    "toughen up",
    "grow up",
    "get over it",
    "better off without (him/her/them)",
    "overthinking",
    "overreacting",
    "too sensitive",
    "too emotional",
    "ignorant about",
    // Verdicts on others said without a verdict word ("they're taking advantage of you").
    "taking/take/takes/took advantage",
    "walk/walks/walking all over you",
    "think/thinks (that) they know (best/better/everything/it)",
    "kids/people/youngsters/teenagers/men/women/parents/managers/bosses/companies/employers/schools/students/doctors these days",
    "people/men/women/kids/parents/doctors/teachers/bosses/managers (just) (do/does) not get/understand/care/listen",
    "should not judge",
    "that/this is on her/him/them",
    "fair/reasonable of them/him/her",
    "(really/very/pretty/so) poor/bad (bit) (of) management/leadership/form/parenting/behaviour/behavior",
    "boys club",
    "are/is all (just) the same/alike",
    "breaking/broke/breaks/broken the law",
    "(pair/bunch/lot/load/couple) of @eval_other",
    "(was/is/were/are) never (a) (real/true/proper) friend/friends/mate/mates",
    "(the) signs you missed/ignored/overlooked",
    "should not be allowed",
    "^ (and) (some) people (just/really) should not be/have",
    "^ (but/so) maybe/perhaps you (_) said/did/came/sounded/pushed/missed/forgot/made/upset/rushed/overreacted/misread/misunderstood/took/got/gave/went",
    "^ (you) (should) (just) be glad/grateful/thankful",
    "why did not you",
    "why did you not",
    // Hyphenated verdicts reach the patterns as two words ("closed-minded").
    "sounds/seems/is/are/was/were/being (so/really/very/pretty/quite/a/bit/little/totally) (bit/little) old school/fashioned",
    "closed/narrow/small minded",
    "two faced",
    "mean spirited",
    // Unfavourable comparisons ("my mate had it worse", "loads of people have it worse").
    "people/others/parents/they/he/she/who/mate/friend/sister/brother/mum/dad/cousin/colleague/everyone have/had/has it (way/much/far/a) (lot) worse/harder/tougher",
    "old boys",
    "^ maybe/perhaps your .. is/are/was/were not good/great/strong/clear/right/enough",
    // Naming a wrong in so many words ("That's not fair.", "that's not safe").
    "^ (and) that/it is (so/really/just/still/totally/definitely) not fair/right/okay/ok/on/safe/acceptable $",
    // A verdict on what they did ("Lying to them was a mistake.", "That was a silly thing to
    // do"); "you think it was a mistake" reflects their own verdict and is left to `shape.rs`.
    "^ *ing (_) (_) (_) was/is (a) (big/huge/massive/real/terrible/awful/stupid/silly/serious) mistake",
    "^ that/it/this was/is (a) (big/huge/massive/real/terrible/awful/stupid/silly/serious) mistake",
    "^ that/it/this was/is (a) (really/very/so/pretty) bad/poor/@folly decision/idea/move/choice/call",
    "^ that/it/this was/is (a) (really/very/so/pretty) bad/poor/@folly thing to do",
    "^ that/it/this was/is (really/very/so/pretty/a) (bit/little) @folly of/to",
    // A verdict on its own ("Snake.", "What a snake.").
    "^ (total/complete/absolute/proper/such/what) (a/an) (total/complete/absolute/proper) @eval_other $",
    // A verdict on the peer said as a fragment ("Bit dramatic.", "Drama queen").
    "drama queen",
    "^ (a) (bit/little) (too/so/over) dramatic/sensitive/precious $",
    // Naming someone else as the problem ("He's the problem, not you").
    "^ (and) he/she/they is/are (the) (real) problem",
    "^ (and) your/the/his/her/their _ is/are the (real) problem",
    // Telling them they misread it ("You're reading too much into it").
    "(you/u) (are) (probably/maybe/just/definitely) reading (way/a/bit/far) (too) (much) into",
    // A moral verdict tied to its doer ("Not cool of him", "pretty rubbish of them").
    "(not) (so/very/really/pretty/a/bit/quite/well) cool/rubbish/crap/poor/awful/terrible/bad/low/mean/harsh/unfair/rude/selfish/nasty/shitty/thoughtless/inconsiderate/unkind/cruel/cold/disrespectful of him/her/them $",
    "he/she/they (should/ought) (to) be ashamed",
    "no excuse for",
    // Questions that are verdicts ("What kind of dad forgets that?", "How could she?").
    "^ what kind/sort of (a/an) (_) person/man/woman/parent/dad/father/mum/mom/mother/friend/boss/manager/teacher/partner/boyfriend/girlfriend/husband/wife/colleague/brother/sister/people",
    "^ how could he/she/they !have/know/possibly/you",
];

// ---------------------------------------------------------------------------------------------
// self_focus
// ---------------------------------------------------------------------------------------------

/// Turning to the listener's own experience.
pub const SELF_FOCUS: &[&str] = &[
    "^ when/after/before/since/while i !am",
    "^ when/after/before/since/while my",
    "when i was",
    "i remember (when/my/being/how/feeling)",
    "happened to me",
    "same thing happened",
    "same here",
    "same where/with/for i/me",
    "same with me",
    "same for me",
    "^ me too",
    "^ me neither",
    "in my experience",
    "for me it",
    "i have been there",
    "been there (myself/too/before)",
    "i know exactly",
    "i know (just) how you feel",
    "i know the feeling",
    "that reminds me",
    "reminds me of",
    "i once",
    "i used to",
    "i still !think/wonder/feel/want/believe",
    "i still think about",
    "i am (exactly/just) the same",
    "i was (exactly/just) the same",
    "i do/did/feel/felt/have/had/get/got/went/was/passed/failed/struggle/struggled .. too",
    "i felt like that",
    "i was/felt/got (@intens) (@intens) @feeling",
    "i am/feel/get (@intens) (@intens) @feeling too",
    "i felt (exactly) the same",
    "i had/went/got/lost/failed/passed/hid/struggled/spent/burned/burnt/quit/left/cried/moved/broke/found/survived/did/took/nearly/almost/changed/ended/worked/started/barely/dealt/coped !you/your/it/that/to/not",
    "i *ed my/through/out/for/in/at/a/the/loads/mine",
    "my (own) @people",
    "my (own) experience",
    "^ mine (was/is/too)",
    "look at me now",
    "worked/helped for me",
    "helped me",
    "what i did",
    "i have (also/once) been/had/done/gone/lost/felt/struggled/dealt/lived/nursed",
    "back when i",
    "in my day",
    "how i met",
    "that is what i (do/did)",
    "in my country/culture/family/religion",
    "i know someone/somebody (who)",
    "i also/too/even had/did/went/felt/got/lost/used/stopped/tried/have",
];

// ---------------------------------------------------------------------------------------------
// theorising
// ---------------------------------------------------------------------------------------------

/// Explaining with theory, statistics, mechanisms or labels.
pub const THEORISING: &[&str] = &[
    "studies/research/evidence/statistics/stats/science/data show/shows/showed/say/says/suggest/suggests/prove/proves",
    "according to",
    "statistically",
    "scientifically",
    "percent",
    "per cent",
    "a third/quarter/half of",
    "one/1 in (two/three/four/five/six/ten/2/3/4/5/6/10)",
    "most/many (people/students/nurses/carers/parents/doctors/officers) who",
    "known as",
    "a (well) known thing/fact/phenomenon/effect",
    "well documented",
    "well known",
    "is a known thing",
    "recognised/recognized transition/condition/phenomenon/thing/stage/pattern",
    "symptom/symptoms/sign of",
    "a classic",
    "classic sign/symptom/case/example",
    "textbook",
    "syndrome",
    "disorder",
    "burnout",
    "compassion fatigue",
    "vicarious trauma",
    "secondary trauma",
    "moral injury",
    "ptsd",
    "post traumatic/post-traumatic",
    "trauma/stress/threat/freeze/fear response",
    "acute stress",
    "fight or flight",
    "fight/flight/freeze mode",
    "cortisol",
    "adrenaline",
    "dopamine",
    "serotonin",
    "hormone*",
    "your/the brain",
    "brain is/does",
    "amygdala",
    "nervous system",
    "frontal lobe",
    "circadian",
    "rem",
    "mechanism",
    "projection",
    "projecting",
    "stages of grief",
    "stages of",
    "five stages",
    "freud",
    "psycholog*",
    "attachment style",
    "perfectionism",
    "imposter/impostor (syndrome)",
    "is a (progressive/chronic/degenerative/terminal/complex/long-term/lifelong/common/serious/mental/neurological) disease/condition/illness/disorder",
    "survivor/survivor's guilt",
    "intrusive thoughts",
    "trying to process",
    "is (just) processing",
    "your body is/was",
    "it is (just/probably) your body",
    "stress causes",
    "can cause",
    "is caused by",
    "not caused by",
    "it is the disease/illness/condition",
    "^ (and/but) that/it is because",
    "that is why",
    "is usually/often/basically/really/just anger/fear/grief/anxiety/guilt/shame/sadness/stress",
    "@feeling is (often/usually/just/basically/really/simply/actually) a/an/one/normal/common/how/the/part/your",
    "@feeling is (often/usually/just/basically/really/simply/actually/a/an/one/form/of/kind/type) (form/of/kind/type) @feeling",
    "depression/trauma/burnout/panic is (a/an/one/often/usually/just/basically/really/normal/common/how/the)",
    "how (our/your/the) bodies/body/brains/brain/minds/mind react/reacts/respond/responds/work/works/cope/copes (to) (shock/stress/fear/danger/threat/trauma/loss/pain)",
    "in disguise",
    "turned inwards/inward",
    "thief of joy",
    "adhd",
    "autism",
    "autistic",
    "depression",
    "bipolar",
    "narcissis*",
    "gaslight*",
    "codependen*",
    "introvert*",
    "extrovert*",
    "cognitive",
    "chemical imbalance",
    "structural/systemic problem/issue",
    "underfunded",
    "disrupts",
    "grief does",
    "common among",
    "common in",
    // A known pattern or a generalisation ("really common after…", "men tend to…").
    "is/are (really/very/so/quite/super/pretty/incredibly/extremely/totally/completely) common",
    "(really/very/so/super/pretty) common thing/pattern/reaction/response/experience",
    "tend/tends to",
    "(more/less/way/much/far) (more/less) likely to",
    "predictor/predictors/predicts",
    "lot/lots/loads/plenty/much/whole of research/literature/evidence/data/studies",
    "there is (so) (much/some/a) (lot) (of) research/literature/evidence/data",
    "so much research",
    "(a/the) (whole) literature",
    "(a/so) lot/much written",
    "there (has/have) been (lots/loads/a) (of) reports/studies",
    "reports on it",
    "(number/no) one cause",
    "main/biggest/leading cause",
    "cause of",
    "causes of",
    "(a) known slump/pattern/effect/thing/phenomenon/phase/issue/problem/stage/response/reaction",
    "well-documented/well-known",
    "the average",
    "on average",
    "typical/typically",
    "^ with dementia/alzheimer/alzheimers/als/ms/cancer/adhd/autism/depression/anxiety/ptsd/grief/trauma",
    "go/goes together",
    "displacement",
    "is/are (just) wired",
    "experts/psychologists/therapists/scientists/researchers say/says/reckon/call/think",
    "there is a name for",
    "a name for it",
    "is/that (just) the grief/trauma/stress/depression/anxiety/adrenaline/illness/dementia/medication/tiredness talking",
    "part of the grieving/healing/grief/recovery process",
    "the grieving/healing/recovery process",
    "way of coping/protecting/dealing/processing",
    "survival mode/instinct/instincts",
    "evolution/evolutionary",
    "instinct/instincts",
    "chemical/chemicals",
    "neuron/neurons/circuits/receptors/pathways",
    "confirmation/negativity bias",
    "(a) known phenomenon",
    "delayed (stress/shock/grief/trauma) reaction/response",
    "stress/shock/grief/trauma/fear/threat/startle reaction",
    "threat system",
    "the culture",
    "that is the industry",
    "that is how it is/works",
    "genetics/genetic",
    "temperament",
    "the brain",
    "amygdala",
    "microaggression*",
    "second victim",
    "impostor/imposter",
    "anticipatory grief",
    "is called _ (_)",
    "they call it",
    "it is like compassion fatigue",
    "(in) the (first/second/third/fourth/early/later) stage/stages/phase/year/years .. everyone/most/nearly",
    "for nearly/almost everyone",
    "nearly/almost everyone",
    // Laws and rules ("they have a legal duty to house you").
    "legal duty/obligation/requirement/right",
    "by law",
    "against the law",
    "regulations",
    "legally",
    "equality act",
    "reasonable adjustments",
    "^ under the law/act/rules",
    "has no timeline/timescale/rulebook",
    "no right/wrong way to (grieve/feel/do)",
    "(normal/natural/common/typical/known) part of (the) grieving/grief/recovery/healing/process",
    "^ grief/anxiety/anger/guilt/shame/fear/depression/stress/trauma has/does/can/makes/comes/hits/changes/works",
    "^ that/it is (just/classic/textbook/pure) (a/an) avoidance/denial/projection/dissociation",
    "anger/trust/control/commitment/attachment/abandonment/boundary/boundaries (management) issues/problems",
    // Studies named without "show" ("there are studies about this").
    "there is/are (lots/loads/many/so/some/plenty/a) (lot) (of) studies/research/evidence",
    "studies about/on/into/say/found",
    // Known patterns ("that's the classic grandparent thing", "this is why the anger comes").
    "the/a classic",
    "this/which is why",
    "^ (very/really/so/super/pretty/extremely) common $",
    "^ most/many (_) find/get/feel/go/struggle/end/say/notice",
    "^ all (the) _ get/go/end/feel/do like that",
    "get/gets like that after",
    // A known pattern of when things are worst ("the first year is always the hardest").
    "(is/are) always (the) hardest/worst/toughest/roughest",
    // Generational and group patterns ("it's a generational thing", "lots of dads are like
    // that") and mechanisms stated about people ("that can make people forgetful").
    "generational",
    "^ (a) lot/lots/loads/plenty/most/many of _ are (all/just) like that",
    "can/does/do/will/tends to make people",
];

// ---------------------------------------------------------------------------------------------
// reassurance
// ---------------------------------------------------------------------------------------------

/// Minimising, promising it will be fine, universalising, or telling the feeling to go.
pub const REASSURANCE: &[&str] = &[
    "at least !once/twice/a/an/one/two/three/four/five/six/seven/eight/nine/ten/half/some/for/*0/*1/*2/*3/*4/*5/*6/*7/*8/*9",
    "do/try not (to) worry/panic/stress/fret",
    "no need to (worry/panic/stress/feel/be)",
    "nothing to worry/be/feel",
    "(do/would) not beat yourself up",
    "would not worry/stress/panic/fret",
    "do not be (so) hard/silly/daft/harsh",
    "do not be/feel/get (so/too) @feeling/bad/down/silly",
    "do not take it (so) personally",
    "take it personally",
    "^ (just/so/please) do not let/feel",
    "you should not feel",
    "do not feel bad/guilty",
    "cheer up",
    "chin up",
    "it/everything/things/all/that will (all) be fine/okay/ok/alright/great/good/right/better/worth/grand",
    "it/everything/things/all/that is going to (all) be fine/okay/ok/alright/great/good/right/better/worth/grand",
    "it/everything/things/all will (all) work/turn out",
    "it/everything/things will get better/easier",
    "it/everything/things will start to",
    "it/everything/things will feel normal/better/easier",
    "it will (all) be worth",
    "it will hit you",
    "it will feel",
    "you will be/feel fine/okay/ok/alright/great/better/brilliant/grand/back",
    "you will be (just) fine",
    "you will get through/there/the",
    "you will smash/ace/nail/cope/manage/pass",
    "he/she/they will be/come/get fine/okay/ok/alright/round/around/over/better/back",
    "gets/get easier/better",
    "could (have) (be/been) worse",
    "bright side",
    "silver lining",
    "every cloud",
    "happen/happens for a reason",
    "it/this/that (was/is) (not/never/just) meant to be !*ing",
    "not meant to be $",
    "god has a plan",
    "everyone/everybody goes/feels/gets/makes/snaps/has/struggles/does/loses/feel/gets/says/fails/cries/finds/makes/messes/freezes",
    "we (have) all been/had/feel/do/get/go/make/struggle",
    "happens to (everyone/everybody/all/the/us)",
    "(in) the same boat",
    "you are not the only one",
    "you are (only/just) human",
    "it is only",
    "it was only",
    "^ only for/a/one",
    "it has only been",
    "it is not (that/so) bad",
    "not the end of the world",
    "not (weird/strange/silly/stupid/wrong/abnormal) at all",
    "^ it is not weird/silly/stupid",
    "(is/was) not your fault",
    "not your fault",
    "nothing (else) you could (have) (done/do)",
    "nothing you did",
    "you did (everything/all) (you/that) could",
    "you did your (best/job)",
    "you are doing (your) best/great/well/fine/brilliantly/amazingly",
    "you can not save everyone",
    "you have not done anything wrong",
    "you have not wasted",
    "you are not letting",
    "i am (so) sure",
    "i bet (it/they/he/she/nobody/no/you/everyone)",
    "no doubt",
    "probably (just) nothing/fine/admin/busy",
    "probably (just) a/an (admin/computer/system/clerical) mistake/error/glitch/oversight/mix-up",
    "it is probably (just/nothing/fine)",
    "(was/is) probably (just) trying",
    "nothing personal",
    "give (it/him/her/them) (some) time",
    "time heals",
    "(will/would) come round/around",
    "something (better) will turn/come",
    "it always does",
    "good news",
    "better off",
    "it (takes/took) everyone",
    "it takes (a) while/time",
    "takes time",
    "^ these things happen",
    "^ (it) (just) happens $",
    "^ it (just) happens (to) (everyone/everybody/all/the)",
    "comes with the job",
    "we have all had",
    "will be will be",
    "grow out of it",
    "you have got this",
    "i promise",
    "plenty (more) (of) others/fish/people/jobs/men/women/guys/girls",
    "plenty more",
    // Praise of the peer soothes rather than judges (see the README); "you're amazing" and
    // "your English is very good" are read by `shape.rs`.
    "well done",
    "good for you",
    "(so/really/very/incredibly) proud of you",
    "that was (so/really/very/incredibly) brave",
    "(did/do) the right/kind/best/only thing",
    "i knew you would/could",
    "gave it everything",
    "gave it your all",
    "(is/are/was) lucky to have you",
    "such a good/great/kind/lovely/brilliant person/mum/mom/dad/mother/father/friend/carer/teacher/nurse/parent/daughter/son",
    // Appeals to someone absent.
    "would (have) (be) (so/really/very) proud",
    "would (have) want/wanted you to",
    "would not (have) want/wanted you",
    "you will look back",
    "knew how much you",
    // Where the weight goes: off them, or on to what is "the main thing".
    "(is/was) not on you",
    "^ not on you",
    "none of (this/it/that) is on you",
    "not because of you",
    "is/was not about you",
    "the main thing",
    "what matters (is/most)",
    "that is what matters",
    "no shame in",
    "nothing to be ashamed",
    "(it/this/that) is not personal",
    "not personal",
    // Promises about the future.
    "it/this/that will not be/last forever",
    "it/this/that will not last",
    "things will (soon) pick/look/improve/settle/calm/get/work/turn",
    "will (probably/soon) calm down",
    "(it) will (probably/soon) blow over",
    "you will (probably/soon) end up",
    "you will (probably/soon) walk/get/find/land",
    "you will get used to",
    "soon you will",
    "in the end (everyone/everybody/you/it)",
    "meant for you",
    "right as rain",
    "worse things happen",
    "this too shall pass",
    "one day you will look back",
    "you will laugh about",
    "it is what it is",
    "onwards and upwards",
    "it will (all) sort/work itself out",
    "will (all) come good",
    "you will bounce back",
    "stronger than you think",
    "count your blessings",
    "you are not alone",
    "time is a (great) healer",
    "could (have) been (so/much/a) (lot) worse",
    "no worry",
    "do not (you) dare feel",
    "(do/does) not (have/need) to worry",
    "you (clearly) still care",
    "(does/do) not make you a bad",
    "not like you",
    "he/she/they (is/are/was/were) (probably/just/maybe) (just/probably) busy/overloaded/overwhelmed/stressed/swamped/snowed/struggling/distracted/stretched",
    "he/she/they is/are (doing) (really/so/absolutely/totally) (fine/great/well) now",
    "he/she/they is/are (doing) (really/so/absolutely/totally) great/well/fine/brilliantly $",
    "trolls (are) (going) (to) troll",
    // Telling them how to feel or wait, said as an order.
    "^ (just) be patient/strong/kind/gentle/easy",
    "^ (just) hang in there",
    "^ (just) stay strong/positive",
    "^ (just) go easy on yourself",
    "^ (just) give yourself (some) time",
    "^ (just) give yourself a break/rest/minute",
    "^ (just) focus on that/the",
    "^ (just/please) do not give up $",
    "happen/happens all the time",
    "nobody even noticed/notices/cares/saw",
    "no one even noticed/notices/cares/saw",
    "nobody (is) (even/really) watching/noticing/judging/paying",
    "nobody (is) (even/really) looking !after/out",
    "nobody (is) (even/really) looking $",
    "no one (is) (even/really) watching/noticing/judging/paying",
    "no one (is) (even/really) looking !after/out",
    "no one (is) (even/really) looking $",
    "what makes a good",
    "is what makes you",
    "did the right thing",
    "(are/were) (doing) just as well",
    "in a better place",
    "best thing that (ever) happened",
    "could be a blessing",
    // What is the job, or part of it, is waved away ("That's the job", "Part of the job").
    "part of the job",
    "that is the job",
    // Excusing someone else ("they mean well", "she didn't mean anything by it").
    "^ (but) he/she/they (probably/just/only/really) mean/means/meant well",
    "probably/just/only mean/means/meant well",
    "(probably/just/only) (did/does/do) not mean (anything/it/any) (harm/by)",
    "(just/only) trying to help",
    "want/wants/wanted what is best for you",
    "what he/she/they (probably/really) mean/means/meant is",
    // Promises that it fades ("it'll pass", "it usually fades after a couple of months").
    "it/this/that (will) (usually/often/normally/soon/probably) fade/fades/pass/passes/settle/settles/ease/eases/wear/wears",
    // Minimising how it looks ("Barely noticeable", "nobody will even notice").
    "barely/hardly noticeable/visible/there",
    "nobody/no (one) will (even) notice",
    "as much right",
    "surprised how many",
    "how many (other) people (are/have/go/feel/get/do)",
    "you (have) (really/so/totally) earned (it/this/the/a)",
    "you deserve/deserved (so/much/far) (much/so) better",
    "probably/honestly (do/does/did) not (even) notice/think/care/remember/mind/realise/realize",
    "better .. now than",
    "(is/are) not suffering",
    "no longer suffering",
    "at peace (now)",
    "a good (long/full) life/innings",
    "(is/are/so) overrated",
    "no/not (a) big deal",
    "part of being a/an",
    "comes with being (a/an)",
    "you are doing a/an (really/so/absolutely) amazing/great/brilliant/fantastic/good/incredible/wonderful/fab job",
    "he/she/they/you will find (his/her/their/your) way/feet/people",
    "will (all) (have) forgotten",
    "nobody/no (one) will (even) remember/care/notice/mind",
    "probably/maybe/just (just) having a bad/rough/off/hard/tough day/week/time",
    "positive/bright/sunny side",
    "the upside",
    "^ better him/her/them/that/this/it/now .. than",
    // Contradicting what they called themselves ("You're not a bad mum", "ur not a waste of
    // space"): it argues the feeling away.
    "you are not (being) (so/that/too/remotely/a/an) bad/terrible/awful/horrible/rubbish/useless/selfish/stupid/weak/lazy/mad/crazy/broken/pathetic/silly/dramatic/ungrateful/mean/failing/overreacting",
    "^ (you/u) (are) not (a/an) (complete/total) burden/failure/fraud/joke/waste/monster/idiot/disappointment",
    "loads/lots/plenty/many/millions (of) (other) people .. worse (off)",
    "worse off than you",
    "should be (so/really/very/incredibly) proud",
    "you are so close",
    "^ (no/nah/oh) (you) (will) (not) you will not $",
    "^ you will not $",
    "look at me now",
    // Shapes of waving it away said in a few words, in any register: it is a passing stage
    // ("just a phase"), the way of things ("part of the job", "that's life", "welcome to
    // parenthood"), it could have been worse, they have time and youth on their side, fate
    // will settle it ("karma"), the loss is the other person's ("his loss"), and the "at" of
    // "at least" dropped ("least ur safe").
    "(just/only) a phase",
    "^ (that/it) (is) (all/just/only) part of (the) life/living/growing/job/deal/territory/course/parenting/parenthood/adulthood/uni/university/school/work/it",
    "^ (that/it) (is) (just) life $",
    "^ such is life",
    "^ welcome to",
    "could/might have been (so/much/way/a/far) (lot) (_) worse",
    "lucky (that) it was not (any/much) worse",
    "^ (but) (you/u) (are) (still) (so/only/very/really) young $",
    "(your/ur) (whole) life ahead (of) (you/u)",
    "^ (there) (is) (still) (loads/lots/plenty) (of) time $",
    "^ (you/u) (have) (totally/so/definitely) got this",
    "karma",
    "what goes around",
    "^ (it/that/this/he/she/they) (was/is/were/are) (just/obviously/clearly) (not) meant to be $",
    "^ (his/her/their) loss $",
    "^ (he/she/they/it/that) (is/are) (just/honestly/really) not worth it/them/him/her/your/the",
    "^ not worth it/your/the",
    "^ least (you/u/it/nobody/no/he/she/they/your/ur/everyone)",
    // A feeling waved off as too small to take in ("Don't take it to heart") and the event
    // shrunk to one ordinary thing ("it's just a number"). (A guess at the other person's
    // state, "he's probably just busy", was tried here and left out: the labelled sets do
    // not read it as reassurance.)
    "(do/does) not take it (so/too) to heart",
    "(it/that) is just a/one (_) day/number/game/exam/test/grade/mark/date/party/birthday/result/job/interview/essay/module/year/match $",
];

// ---------------------------------------------------------------------------------------------
// Sentence shape: who a clause is about, questions, imperatives (read by `shape.rs`)
// ---------------------------------------------------------------------------------------------

/// Auxiliary verbs: a clause that opens with one, followed by a subject, is a yes/no question
/// ("Is it every shift?", "Have you told her?").
pub const AUX: &[&str] = &[
    "do", "does", "did", "is", "are", "was", "were", "am", "have", "has", "had", "can", "could", "would", "will",
    "should", "shall", "may", "might", "must",
];

/// Words that can be the subject right after an auxiliary in a question ("Is *it*…", "Did *your
/// mum*…"), so "Is there…" is a question and "Is normal that…" (a slip for "It is") is not.
pub const SUBJECT_WORDS: &[&str] = &[
    "i", "you", "he", "she", "it", "we", "they", "there", "this", "that", "these", "those", "everyone",
    "everybody", "someone", "somebody", "anyone", "anybody", "nobody", "people", "one", "your", "my", "his",
    "her", "their", "our", "the", "a", "an", "any", "some", "anything", "something", "its", "all", "both",
    "either", "everything", "nothing", "things", "work", "he", "mum", "dad", "she",
];

/// After "how", words that ask for one fact ("How long have you worked there?"): closed.
pub const FACT_AFTER_HOW: &[&str] = &["long", "many", "much", "often", "old", "far", "soon", "late", "early"];

/// A clause made only of these after a comma is a tag that makes the sentence a yes/no check
/// ("…, right?", "…, huh?"). Tags of the shape "isn't it", "don't they", "would you" are
/// recognised from [`AUX`] and [`SUBJECT_WORDS`].
pub const TAG_WORDS: &[&str] = &["right", "huh", "eh", "innit", "yeah", "no", "ok", "okay", "yes", "aye", "true"];

/// Clauses that only soften a question ("…, do you think?") and do not make it a yes/no one.
pub const PARENTHETICALS: &[&str] = &[
    "do you think", "you think", "do you reckon", "you reckon", "would you say", "do you feel", "if that makes sense",
];

/// Words skipped before the verb of an imperative ("*Just* tell him", "*Maybe* pop round").
pub const IMPERATIVE_OPENERS: &[&str] = &[
    "so", "and", "but", "then", "just", "maybe", "perhaps", "please", "definitely", "first", "also", "now", "next", "time",
    "really", "always", "defo", "deffo", "seriously", "quickly", "simply", "probably", "still",
];

/// Verbs that, at the start of a clause with no subject, give an order: "Chase him.",
/// "Put in a grievance", "Have a hot bath". A verb followed by what makes it a noun ("Change
/// is hard") or a subject ("Do you…") is not an order.
pub const IMPERATIVE_VERBS: &[&str] = &[
    "accept", "act", "add", "apply", "appeal", "approach", "arrange", "ask", "avoid", "back", "be", "block",
    "book", "breathe", "bring", "build", "buy", "call", "cancel", "challenge", "change", "chase", "check",
    "choose", "claim", "clear", "collect", "complain", "confront", "consider", "contact", "cut", "delegate",
    "delete", "ditch", "do", "document", "drink", "drop", "dump", "eat", "email", "escalate", "exercise",
    "explain", "file", "fill", "find", "focus", "follow", "forget", "get", "give", "go", "google", "grab",
    "have", "head", "hold", "ignore", "insist", "invite", "join", "journal", "keep", "leave", "let", "limit",
    "list", "lock", "lodge", "log", "look", "make", "meditate", "mention", "message", "move", "mute",
    "note", "offer", "pace", "phone", "pick", "plan", "pop", "post", "practise", "practice", "prepare",
    "print", "prioritise", "prioritize", "prove", "pull", "push", "put", "quit", "raise", "reach", "read",
    "record", "refuse", "register", "relax", "remember", "remind", "report", "request", "research",
    "reply", "rest", "ring", "save", "say", "schedule", "screenshot", "search", "see", "seek", "sell",
    "send", "set", "share", "show", "sign", "sit", "skip", "sleep", "slow", "sort", "speak", "spend",
    "split", "stand", "start", "stay", "step", "stick", "stop", "study", "sue", "switch", "take", "talk",
    "tell", "text", "think", "toughen", "man", "treat", "try", "turn", "unfollow", "update", "use", "vent",
    "visit", "volunteer", "wait", "walk", "watch", "write", "bin", "delegate", "hand", "kick", "tackle",
    "drag", "reconsider", "reduce", "request", "swap", "trust", "enjoy", "celebrate", "speak", "learn",
    "agree", "allow", "attend", "borrow", "chat", "clean", "cook", "decide", "distract", "download",
    "explore", "fight", "forgive", "hire", "hug", "jot", "knock", "lean", "listen", "lower", "meet",
    "negotiate", "organise", "organize", "pack", "pay", "pray", "protect", "rethink", "retake", "resit",
    "revise", "resign", "pause", "install", "confide", "rewrite", "redo", "retry", "reapply", "budget",
    "shower", "stretch", "submit", "tidy", "unplug", "wear", "sack", "demand", "lose", "withhold",
];

/// Verbs that ask them to tell you more rather than to do something: "Could you *say* more?"
/// is an invitation, "Could you *ask* your manager?" a nudge.
pub const INVITING_VERBS: &[&str] = &["say", "tell", "talk", "think", "see", "explain", "remember", "share", "describe", "walk", "imagine"];

/// [`IMPERATIVE_VERBS`] without [`INVITING_VERBS`]: what "could you…?" nudges them to do.
pub fn nudge_verbs() -> &'static [&'static str] {
    static CELL: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    CELL.get_or_init(|| {
        IMPERATIVE_VERBS
            .iter()
            .copied()
            .filter(|v| !INVITING_VERBS.contains(v))
            .collect()
    })
}

/// After an imperative verb, words that show it is not an order after all: a subject
/// ("Do *you*…"), a verb ("Change *is* hard"), or "me/us" ("Tell me", "Let us").
pub const NOT_AFTER_IMPERATIVE: &[&str] = &[
    "you", "u", "i", "we", "they", "he", "she", "it", "is", "are", "was", "were", "has", "had", "will",
    "would", "can", "could", "should", "me", "us", "of", "does", "did", "not", "says", "shows", "suggests",
    "means", "makes", "helps", "matters", "seems", "sounds", "looks", "feels", "goes", "gets", "takes",
    "works", "tells", "has", "does", "lorries", "and",
];

/// Imperatives that tell them how to feel or wait rather than what to do: reassurance, not
/// advice ("Be patient", "Hang in there").
pub const SOOTHING_ORDERS: &[&str] = &[
    "be patient", "be kind to yourself", "be gentle with yourself", "be easy on yourself", "hang in there",
    "go easy on yourself", "give it time", "give yourself time", "take it easy", "stay strong", "keep smiling",
    "keep your chin up", "chin up", "cheer up", "focus on that", "focus on the positives", "be proud",
];

// ---------------------------------------------------------------------------------------------
// Verdicts and praise (read by `shape.rs` through who a clause is about)
// ---------------------------------------------------------------------------------------------

/// Verbs that link a subject to a verdict: "he *is* useless", "they *sound* vile".
pub const LINKING: &[&str] = &[
    "is", "are", "was", "were", "am", "be", "been", "being", "seem", "seems", "seemed", "sound", "sounds",
    "sounded", "acting", "behaving", "looks", "look",
];

/// Words skipped between the linking verb and the verdict ("is *being a bit* lazy").
pub const VERDICT_FILLERS: &[&str] = &[
    "being", "so", "really", "very", "quite", "pretty", "a", "an", "the", "such", "bit", "little", "just",
    "complete", "total", "absolute", "absolutely", "proper", "right", "real", "utterly", "totally", "bloody",
    "like", "kind", "sort", "of", "clearly", "obviously", "honestly", "literally", "always", "too", "way",
    "completely", "incredibly", "extremely", "genuinely", "actually", "straight", "up", "seriously",
    "massively", "super", "such", "bloody", "being", "well", "fairly", "rather", "most", "more", "even",
    "frankly", "downright",
];

/// Words that call a choice unwise ("That was *silly* of you", "a *reckless* decision"): `@folly`.
pub const FOLLY_WORDS: &[&str] = &[
    "silly", "stupid", "foolish", "daft", "reckless", "selfish", "irresponsible", "careless", "naive",
];

/// Verdicts on a person or a group ("he's useless", "the committee are being cowardly",
/// "your manager sounds like a total snake"). Said of anyone but the peer, they are judgement.
pub const VERDICT_WORDS: &[&str] = &[
    "selfish", "rude", "unprofessional", "useless", "ridiculous", "pathetic", "lazy", "entitled", "ignorant",
    "dismissive", "intrusive", "unreliable", "disgusting", "disgraceful", "shameful", "idiot", "idiots",
    "idiotic", "jerk", "creep", "dinosaur", "deadbeat", "toxic", "cruel", "heartless", "spineless",
    "incompetent", "clueless", "insensitive", "inconsiderate", "thoughtless", "unacceptable", "outrageous",
    "appalling", "nasty", "vile", "bully", "bullies", "animals", "animal", "cowards", "coward", "cowardly",
    "hypocrite", "hypocrites", "hypocritical", "petty", "stupid", "unfair", "cold", "callous", "mean",
    "mean-spirited", "spiteful", "vindictive", "snob", "snobs", "snobby", "snobbish", "snake", "snakes",
    "joke", "disgrace", "liability", "racist", "racists", "sexist", "bigot", "bigoted", "homophobic",
    "deluded", "delusional", "arrogant", "patronising", "patronizing", "condescending", "controlling",
    "manipulative", "abusive", "bullying", "awful", "horrible", "terrible", "dreadful", "inhumane",
    "unkind", "uncaring", "irresponsible", "negligent", "useless", "hopeless", "shocking", "scandalous",
    "wrong", "dishonest", "sneaky", "two-faced", "fake", "jealous", "immature", "childish", "pig", "pigs",
    "monster", "monsters", "thug", "thugs", "clown", "clowns", "muppet", "muppets", "prat", "numpty", "tosser",
    "arsehole", "asshole", "idiotic", "insane", "crazy", "mad", "bonkers", "criminal", "corrupt", "greedy",
    "ungrateful", "judgemental", "judgmental", "narrow-minded", "small-minded", "backward", "tyrant", "bossy",
    "piece", "cheek", "nerve", "disrespectful", "incapable", "weak", "gutless", "unsupportive", "unhelpful",
    "neglectful", "spoilt", "spoiled", "nosy", "nosey", "interfering", "meddling", "pushy", "aggressive", "hostile",
    "horrid", "harsh", "absurd", "daft", "thick", "unfit", "shambles", "shambolic", "farce", "narcissist",
    "narcissistic", "psycho", "predator", "creepy", "sleazy", "slimy", "shady", "dodgy", "crooked", "liar",
    "liars", "cheat", "fraud", "traitor", "backstabber", "dictator", "micromanager", "jobsworth", "soulless",
    "inhuman", "barbaric", "uneducated", "prejudiced", "xenophobic", "transphobic", "misogynist",
    "misogynistic", "ableist", "inept", "amateur", "amateurish", "sloppy", "careless", "reckless", "unethical",
    "immoral", "evil", "wicked", "twisted", "cheeky", "smug", "cocky", "vain", "shallow", "phony", "phoney",
    "nightmare", "hopeless", "disgrace", "embarrassment", "unreasonable", "unprofessional", "crook", "crooks",
    "old-school", "closed-minded", "old-fashioned", "hypocrite", "hypocritical",
];

/// Verdicts that are also words for how hard something is ("that's *horrible*" reflects the
/// weight of it; "*he's* horrible" judges him): judgement only when said of a person.
pub const VERDICT_OR_WEIGHT: &[&str] = &["awful", "horrible", "terrible", "dreadful", "shocking", "cruel", "mad", "crazy"];

/// Verdicts on what happened or on a system, said of "that/this/it": "that's disgusting",
/// "this is racism". (Weight words such as "that's awful" are reflections, not verdicts.)
pub const SITUATION_VERDICTS: &[&str] = &[
    "disgusting", "disgraceful", "shameful", "pathetic", "unacceptable", "outrageous", "ridiculous", "insane",
    "joke", "disgrace", "racism", "racist", "sexism", "sexist", "ageism", "ageist", "discrimination",
    "harassment", "bullying", "abuse", "inhumane", "criminal", "scandalous", "appalling", "unprofessional",
    "wrong", "unfair", "rude", "selfish", "petty", "cowardly", "dishonest", "illegal", "negligence",
    "exploitation", "mean", "mean-spirited", "spiteful", "cheek", "nerve", "bonkers", "madness", "shambles",
    "farce", "absurd", "unethical", "immoral", "unlawful", "discriminatory", "homophobic", "misogynistic",
    "exploitative", "abusive", "negligent", "scandal", "cruel", "barbaric", "shameless", "despicable",
    "inexcusable", "unforgivable", "outrage", "hypocrite", "hypocritical", "hypocrisy",
    "irresponsible", "reckless", "immature", "childish", "spineless", "toxic",
];

/// Words ending in "s" that do not open a claim about a kind of thing ("Sometimes…",
/// "Perhaps…", "Thanks…").
pub const NOT_GENERIC: &[&str] = &[
    "this", "thus", "yes", "always", "sometimes", "perhaps", "is", "was", "has", "does", "its", "his", "hers",
    "yours", "ours", "theirs", "thanks", "sounds", "seems", "feels", "looks", "means", "makes", "less",
    "unless", "besides", "towards", "afterwards", "nowadays", "plus", "as", "us", "yours", "whereas",
    "nights", "days", "mornings", "weekends", "things", "others", "lots", "loads", "bits", "parts", "years",
    "months", "weeks", "hours", "minutes", "times", "news", "series", "ones",
];

/// Present-tense verbs after a bare plural that make it a general rule ("Breakups *light*
/// up…", "Teenagers *push* boundaries"), besides the order verbs.
pub const GENERIC_VERBS: &[&str] = &[
    "light", "cause", "affect", "release", "trigger", "react", "respond", "cope", "need", "fade", "heal",
    "grieve", "struggle", "hit", "happen", "peak", "lose", "develop", "experience", "suffer", "recover",
    "rewire", "process", "produce", "flood", "shut", "shrink", "grow", "mirror", "copy", "withdraw", "act",
    "behave", "regress", "mask", "hide", "feel", "fail", "want", "care", "panic", "forget", "judge", "target",
    "cheat", "lie",
];

/// Nouns for something someone did: after a verdict word, "that's a dismissive *thing* to
/// say" judges whoever did it.
pub const ACTS: &[&str] = &[
    "thing", "way", "move", "comment", "remark", "attitude", "behaviour", "behavior", "response", "reply",
    "decision", "policy", "system", "trick", "stunt", "message", "email", "text", "thing", "tactic",
];

/// Verdicts on the peer themselves: blame and criticism ("you're overreacting", "you're too
/// soft"). Praise is in [`PRAISE`] and reads as reassurance.
pub const VERDICTS_ON_YOU: &[&str] = &[
    "overreact*", "overthink*", "dramatic", "oversensitive", "sensitive", "lazy", "selfish", "silly", "stupid",
    "naive", "paranoid", "weak", "ungrateful", "wrong", "irrational", "hysterical", "negative", "pessimistic",
    "soft", "precious", "fragile", "unreasonable", "ridiculous", "lucky", "dishonest", "petty", "rude",
    "harsh", "mean", "unfair", "nice", "passive", "stubborn", "emotional", "touchy", "defensive", "slow",
    "blunt", "pushy", "clumsy", "disorganised", "disorganized", "careless",
];

/// Praise of the peer ("you're amazing", "you're a saint", "your English is very good"): it
/// soothes and moves past the feeling, so it reads as reassurance.
pub const PRAISE: &[&str] = &[
    "amazing", "brilliant", "wonderful", "incredible", "strong", "stronger", "strongest", "brave", "braver",
    "resilient", "tough", "tougher", "capable", "good", "great", "fantastic", "saint", "hero", "heroes",
    "star", "superstar", "legend", "inspiration", "inspiring", "rock", "kind", "lovely", "smart",
    "clever", "talented", "gifted", "competent", "asset", "treasure", "gem", "awesome", "excellent",
    "superb", "special", "credit", "warrior", "trooper", "fighter", "survivor", "angel", "marvellous",
    "marvelous", "perfect", "fine", "fab", "fabulous", "impressive", "remarkable", "extraordinary",
    "outstanding", "best", "better", "stellar", "beautiful", "generous", "selfless", "dedicated", "mature", "bigger", "wiser",
];
