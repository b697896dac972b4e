//! Turns a response into lower-cased words with their character positions, split into
//! sentences and clauses, with contractions spelled out so patterns can be written once.
//!
//! - Curly and straight apostrophes are the same (`don’t` = `don't`), and common forms typed
//!   without one are understood (`dont`, `im`, `youre`).
//! - Contractions become two words that share the original word's position:
//!   `don't` → `do not`, `you're` → `you are`, `I'd` → `i would`, `it's` → `it is`,
//!   `I've` → `i have`, `you'll` → `you will`, `I'm` → `i am`. Any other `'s` (`mum's`) is
//!   kept as a word `'s` for `talk.rs` to read as "is" or drop as a possessive.
//! - `%` reads as the word `percent`, `&` as `and`.
//! - A sentence ends at `.`, `!`, `?`, `;`, `…` or a line break; it is a question when its
//!   ending includes `?`. A clause starts at the beginning of a sentence and after a comma,
//!   colon, bracket, quotation mark or a dash between spaces.
//!
//! Positions are counted in `char`s of the original text, never bytes, so they never fall
//! inside a multi-byte character.

use super::pattern::FastMap;

/// One word of the text, lower-cased, with where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    /// Lower-cased, apostrophes straightened, contractions spelled out.
    pub word: String,
    /// First char of the original word (inclusive).
    pub start: usize,
    /// One past the last char of the original word.
    pub end: usize,
    /// Index into [`Text::sentences`].
    pub sentence: usize,
    /// First word of its clause (see the module docs).
    pub clause_start: bool,
}

/// A run of tokens ending at sentence punctuation (or the end of the text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Sentence {
    /// First token index.
    pub first: usize,
    /// One past the last token index.
    pub end_token: usize,
    /// One past the last char, including any closing punctuation.
    pub end_char: usize,
    /// Its ending includes a `?`.
    pub question: bool,
    /// It ends with punctuation (as opposed to the text simply stopping).
    pub terminated: bool,
}

/// A text as words and sentences.
#[derive(Debug, Clone, Default)]
pub(crate) struct Text {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
}

fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}'
    )
}

fn is_sentence_end(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | ';' | '\u{2026}' | '\n' | '\r' | '\u{3002}' | '\u{FF1F}' | '\u{FF01}'
    )
}

fn is_clause_mark(c: char) -> bool {
    matches!(
        c,
        ',' | ':'
            | '('
            | ')'
            | '['
            | ']'
            | '"'
            | '\u{201C}'
            | '\u{201D}'
            | '\u{2014}'
            | '\u{2013}'
            | '\u{FF0C}'
    )
}

/// Words that take `'s` as "is" (anything else with `'s` is a possessive and loses it).
const S_IS: &[&str] = &[
    "it",
    "that",
    "he",
    "she",
    "what",
    "there",
    "here",
    "who",
    "how",
    "where",
    "when",
    "why",
    "this",
    "everyone",
    "everybody",
    "nobody",
    "someone",
    "somebody",
    "everything",
    "nothing",
    "something",
    "anyone",
    "life",
    "one",
];

/// Common contractions typed without an apostrophe, and the words they stand for.
const NO_APOSTROPHE: &[(&str, &[&str])] = &[
    ("dont", &["do", "not"]),
    ("doesnt", &["does", "not"]),
    ("didnt", &["did", "not"]),
    ("cant", &["can", "not"]),
    ("cannot", &["can", "not"]),
    ("couldnt", &["could", "not"]),
    ("shouldnt", &["should", "not"]),
    ("wouldnt", &["would", "not"]),
    ("wont", &["will", "not"]),
    ("isnt", &["is", "not"]),
    ("arent", &["are", "not"]),
    ("wasnt", &["was", "not"]),
    ("werent", &["were", "not"]),
    ("havent", &["have", "not"]),
    ("hasnt", &["has", "not"]),
    ("hadnt", &["had", "not"]),
    ("im", &["i", "am"]),
    ("ive", &["i", "have"]),
    ("youre", &["you", "are"]),
    ("youve", &["you", "have"]),
    ("youll", &["you", "will"]),
    ("theyre", &["they", "are"]),
    ("thats", &["that", "is"]),
    ("whats", &["what", "is"]),
    ("hows", &["how", "is"]),
    ("theres", &["there", "is"]),
    ("gonna", &["going", "to"]),
    ("u", &["you"]),
    ("r", &["are"]),
    ("id", &["i", "would"]),
    ("youd", &["you", "would"]),
    ("hes", &["he", "is"]),
    ("shes", &["she", "is"]),
    ("theyve", &["they", "have"]),
    ("theyll", &["they", "will"]),
    ("itll", &["it", "will"]),
    ("shouldve", &["should", "have"]),
    ("wouldve", &["would", "have"]),
    ("couldve", &["could", "have"]),
    ("dunno", &["do", "not", "know"]),
    ("idk", &["i", "do", "not", "know"]),
    ("cuz", &["because"]),
    ("cos", &["because"]),
    ("coz", &["because"]),
    ("bc", &["because"]),
    ("tho", &["though"]),
    ("ppl", &["people"]),
    ("dw", &["do", "not", "worry"]),
    ("smh", &["shaking", "my", "head"]),
    ("bf", &["boyfriend"]),
    ("gf", &["girlfriend"]),
    ("yr", &["year"]),
    ("yrs", &["years"]),
    ("rn", &["right", "now"]),
    ("pls", &["please"]),
    ("plz", &["please"]),
    ("wat", &["what"]),
    ("wot", &["what"]),
    ("wanna", &["want", "to"]),
    ("gotta", &["got", "to"]),
];

/// Spells out one lower-cased word (apostrophes already straightened) into the words it stands for.
fn expand(word: &str) -> Vec<String> {
    let one = |w: &str| vec![w.to_string()];
    static TYPED: std::sync::OnceLock<FastMap<&'static str, &'static [&'static str]>> =
        std::sync::OnceLock::new();
    let typed = TYPED.get_or_init(|| NO_APOSTROPHE.iter().copied().collect());
    if let Some(parts) = typed.get(word) {
        return parts.iter().map(|p| p.to_string()).collect();
    }
    let Some((head, tail)) = word.split_once('\'') else {
        return one(word);
    };
    if head.is_empty() {
        return one(tail);
    }
    match tail {
        "t" => {
            let base = match word {
                "can't" => "can",
                "won't" => "will",
                "shan't" => "shall",
                "ain't" => "is",
                _ => head.strip_suffix('n').unwrap_or(head),
            };
            vec![base.to_string(), "not".to_string()]
        }
        "re" => vec![head.to_string(), "are".to_string()],
        "ve" => vec![head.to_string(), "have".to_string()],
        "ll" => vec![head.to_string(), "will".to_string()],
        "d" => vec![head.to_string(), "would".to_string()],
        "m" => vec![head.to_string(), "am".to_string()],
        "s" if head == "let" => vec!["let".to_string(), "us".to_string()],
        "s" if S_IS.contains(&head) => vec![head.to_string(), "is".to_string()],
        // Possessive or "is"/"has" ("the job's become…"): `talk.rs` decides from the next word.
        "s" => vec![head.to_string(), "'s".to_string()],
        // Anything else (`o'clock`, names): keep as one word without the apostrophe.
        _ => one(&word.replace('\'', "")),
    }
}

/// Splits `text` (already limited in length by the caller) into tokens and sentences.
pub(crate) fn tokenize(text: &str) -> Text {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Text::default();
    let mut word = String::new();
    let mut word_start = 0usize;
    let mut clause_next = true;
    // Sentence state: the sentence being built starts at token `sent_first`.
    let mut sent_first = 0usize;
    let mut sent_question = false;
    let mut sent_closing = false; // punctuation seen, waiting for the next word to start a new sentence
    let mut last_char_end = 0usize;

    let close_sentence =
        |out: &mut Text, first: usize, end_char: usize, question: bool, terminated: bool| {
            let end_token = out.tokens.len();
            if end_token > first {
                out.sentences.push(Sentence {
                    first,
                    end_token,
                    end_char,
                    question,
                    terminated,
                });
            }
        };

    let push_word =
        |out: &mut Text, word: &mut String, start: usize, end: usize, clause_next: &mut bool| {
            if word.is_empty() {
                return;
            }
            let sentence = out.sentences.len();
            for (k, w) in expand(word).into_iter().enumerate() {
                if w.is_empty() {
                    continue;
                }
                out.tokens.push(Token {
                    word: w,
                    start,
                    end,
                    sentence,
                    clause_start: *clause_next && k == 0,
                });
            }
            *clause_next = false;
            word.clear();
        };

    let n = chars.len();
    for i in 0..n {
        let c = chars.get(i).copied().unwrap_or(' ');
        let prev = if i == 0 {
            ' '
        } else {
            chars.get(i - 1).copied().unwrap_or(' ')
        };
        let next = chars.get(i + 1).copied().unwrap_or(' ');
        let in_word = !word.is_empty();
        if c.is_alphanumeric() {
            if !in_word {
                if sent_closing {
                    close_sentence(&mut out, sent_first, last_char_end, sent_question, true);
                    sent_first = out.tokens.len();
                    sent_question = false;
                    sent_closing = false;
                    clause_next = true;
                }
                word_start = i;
            }
            word.extend(c.to_lowercase());
            last_char_end = i + 1;
            continue;
        }
        if is_apostrophe(c) && in_word && next.is_alphabetic() {
            word.push('\'');
            continue;
        }
        // Any other character ends the current word.
        push_word(&mut out, &mut word, word_start, i, &mut clause_next);
        let between_digits = prev.is_ascii_digit() && next.is_ascii_digit();
        if is_sentence_end(c) && !between_digits {
            if out.tokens.len() > sent_first {
                sent_closing = true;
                if matches!(c, '?' | '\u{FF1F}') {
                    sent_question = true;
                }
                last_char_end = i + 1;
            }
        } else if (is_clause_mark(c) && !between_digits)
            || (c == '-' && (prev.is_whitespace() || next.is_whitespace()))
        {
            clause_next = true;
        } else if c == '%' || c == '&' {
            let w = if c == '%' { "percent" } else { "and" };
            if sent_closing {
                close_sentence(&mut out, sent_first, last_char_end, sent_question, true);
                sent_first = out.tokens.len();
                sent_question = false;
                sent_closing = false;
                clause_next = true;
            }
            let sentence = out.sentences.len();
            out.tokens.push(Token {
                word: w.to_string(),
                start: i,
                end: i + 1,
                sentence,
                clause_start: clause_next,
            });
            clause_next = false;
            last_char_end = i + 1;
        }
    }
    push_word(&mut out, &mut word, word_start, n, &mut clause_next);
    close_sentence(
        &mut out,
        sent_first,
        last_char_end,
        sent_question,
        sent_closing,
    );
    super::talk::tidy(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<String> {
        tokenize(t).tokens.into_iter().map(|t| t.word).collect()
    }

    #[test]
    fn contractions_are_spelled_out_with_either_apostrophe() {
        assert_eq!(
            words("Don’t worry, you're fine"),
            ["do", "not", "worry", "you", "are", "fine"]
        );
        assert_eq!(
            words("dont  I'd it's mum's"),
            ["do", "not", "i", "would", "it", "is", "mum"]
        );
        assert_eq!(words("can't won't"), ["can", "not", "will", "not"]);
    }

    #[test]
    fn positions_are_chars_of_the_original() {
        let t = tokenize("Ça va? Don’t");
        let last = t.tokens.last().cloned().unwrap_or_else(|| panic!("tokens"));
        assert_eq!((last.start, last.end), (7, 12));
        assert_eq!(t.sentences.len(), 2);
        assert!(t.sentences[0].question);
        assert!(!t.sentences[1].question);
    }

    #[test]
    fn clauses_start_after_commas() {
        let t = tokenize("That's hard, isn't it?");
        let starts: Vec<&str> = t
            .tokens
            .iter()
            .filter(|t| t.clause_start)
            .map(|t| t.word.as_str())
            .collect();
        assert_eq!(starts, ["that", "is"]);
    }

    #[test]
    fn numbers_keep_their_points() {
        assert_eq!(tokenize("I got a 2:2 and 3.5 out of 10").sentences.len(), 1);
    }
}
