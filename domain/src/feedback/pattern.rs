//! The small word-pattern language the lexicon is written in, and its matcher.
//!
//! A pattern is a list of elements separated by spaces, matched against consecutive words of
//! one sentence (after [`super::text`] has lower-cased them and spelled out contractions):
//!
//! | element      | matches                                                         |
//! |--------------|-----------------------------------------------------------------|
//! | `word`       | exactly that word                                               |
//! | `a/b/c`      | any one of these words                                          |
//! | `frustrat*`  | a word starting with `frustrat` (also inside `a/b/c`)           |
//! | `*ed`        | a word ending with `ed` (also inside `a/b/c`)                   |
//! | `@name`      | a word from the named list in the lexicon (also inside `a/b/c`) |
//! | `(a/b)`      | optionally one of these words (`(_)`: optionally any one word)  |
//! | `!a/b`       | one word that is none of these                                  |
//! | `_`          | any one word                                                    |
//! | `..`         | a gap of zero to four words                                     |
//! | `^`          | the next word starts a clause (sentence start, or after `,` `:` brackets or a spaced dash) |
//!
//! Example: `^ (maybe/perhaps) you could !not` matches "Maybe you could ask…" at the start of a
//! clause, but not "…nothing you could do" and not "you could not".

use super::text::{Text, Token};

/// One way a single word can match.
#[derive(Debug, Clone)]
enum Alt {
    Exact(&'static str),
    Prefix(&'static str),
    Suffix(&'static str),
    List(&'static [&'static str]),
    AnyWord,
}

#[derive(Debug, Clone)]
enum Elem {
    One(Vec<Alt>),
    Optional(Vec<Alt>),
    NoneOf(Vec<Alt>),
    Any,
    Gap,
    ClauseStart,
}

/// A compiled pattern.
#[derive(Debug, Clone)]
pub(crate) struct Pattern {
    /// The pattern as written in the lexicon.
    pub source: &'static str,
    elems: Vec<Elem>,
    /// How many `!word` elements end the pattern (they check a word without covering it).
    trailing_checks: usize,
}

/// Looks up a named word list (`@name`).
pub(crate) type Lists = fn(&str) -> Option<&'static [&'static str]>;

fn word_matches_entry(entry: &str, w: &str) -> bool {
    if let Some(p) = entry.strip_suffix('*') {
        w.starts_with(p) && w.len() > p.len()
    } else if let Some(s) = entry.strip_prefix('*') {
        w.ends_with(s) && w.len() > s.len()
    } else {
        entry == w
    }
}

fn alt_matches(alts: &[Alt], w: &str) -> bool {
    alts.iter().any(|a| match a {
        Alt::Exact(e) => *e == w,
        Alt::Prefix(p) => w.starts_with(p) && w.len() > p.len(),
        Alt::Suffix(s) => w.ends_with(s) && w.len() > s.len(),
        Alt::List(list) => list.iter().any(|e| word_matches_entry(e, w)),
        Alt::AnyWord => true,
    })
}

fn compile_alts(src: &'static str, lists: Lists) -> Result<Vec<Alt>, String> {
    let mut alts = Vec::new();
    for part in src.split('/') {
        if part.is_empty() {
            return Err(format!("empty alternative in `{src}`"));
        }
        if part == "_" {
            alts.push(Alt::AnyWord);
        } else if let Some(name) = part.strip_prefix('@') {
            alts.push(Alt::List(
                lists(name).ok_or_else(|| format!("unknown list `@{name}`"))?,
            ));
        } else if let Some(p) = part.strip_suffix('*') {
            alts.push(Alt::Prefix(p));
        } else if let Some(s) = part.strip_prefix('*') {
            alts.push(Alt::Suffix(s));
        } else {
            alts.push(Alt::Exact(part));
        }
    }
    Ok(alts)
}

/// Compiles one pattern, or says what is wrong with it.
pub(crate) fn compile(source: &'static str, lists: Lists) -> Result<Pattern, String> {
    let mut elems = Vec::new();
    for raw in source.split_whitespace() {
        let elem = match raw {
            "_" => Elem::Any,
            ".." => Elem::Gap,
            "^" => Elem::ClauseStart,
            _ => {
                if let Some(inner) = raw.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
                    Elem::Optional(compile_alts(inner, lists)?)
                } else if let Some(inner) = raw.strip_prefix('!') {
                    Elem::NoneOf(compile_alts(inner, lists)?)
                } else {
                    Elem::One(compile_alts(raw, lists)?)
                }
            }
        };
        elems.push(elem);
    }
    if !elems
        .iter()
        .any(|e| matches!(e, Elem::One(_) | Elem::NoneOf(_) | Elem::Any))
    {
        return Err(format!("pattern `{source}` must require at least one word"));
    }
    let trailing_checks = elems
        .iter()
        .rev()
        .take_while(|e| matches!(e, Elem::NoneOf(_)))
        .count();
    Ok(Pattern {
        source,
        elems,
        trailing_checks,
    })
}

const MAX_GAP: usize = 4;

/// Tries `elems` at token `i`; `end` is one past the last token of the sentence.
/// Returns one past the last token matched.
fn match_here(elems: &[Elem], toks: &[Token], i: usize, end: usize) -> Option<usize> {
    let Some((first, rest)) = elems.split_first() else {
        return Some(i);
    };
    let word = |k: usize| toks.get(k).filter(|_| k < end).map(|t| t.word.as_str());
    match first {
        Elem::One(alts) => word(i)
            .filter(|w| alt_matches(alts, w))
            .and_then(|_| match_here(rest, toks, i + 1, end)),
        Elem::NoneOf(alts) => word(i)
            .filter(|w| !alt_matches(alts, w))
            .and_then(|_| match_here(rest, toks, i + 1, end)),
        Elem::Any => word(i).and_then(|_| match_here(rest, toks, i + 1, end)),
        Elem::Optional(alts) => word(i)
            .filter(|w| alt_matches(alts, w))
            .and_then(|_| match_here(rest, toks, i + 1, end))
            .or_else(|| match_here(rest, toks, i, end)),
        Elem::Gap => (0..=MAX_GAP)
            .take_while(|k| i + k <= end)
            .find_map(|k| match_here(rest, toks, i + k, end)),
        Elem::ClauseStart => toks
            .get(i)
            .filter(|t| i < end && t.clause_start)
            .and_then(|_| match_here(rest, toks, i, end)),
    }
}

impl Pattern {
    /// Every match in `text`, as token ranges `(first, one past last)`, never crossing a sentence.
    pub(crate) fn find_all(&self, text: &Text) -> Vec<(usize, usize)> {
        let mut found = Vec::new();
        for s in &text.sentences {
            for i in s.first..s.end_token {
                if let Some(e) = match_here(&self.elems, &text.tokens, i, s.end_token) {
                    // A trailing `!word` only checks the next word: it is not part of the match.
                    let end = e.saturating_sub(self.trailing_checks).max(i + 1);
                    if e > i {
                        found.push((i, end));
                    }
                }
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::super::text::tokenize;
    use super::*;

    fn no_lists(_: &str) -> Option<&'static [&'static str]> {
        None
    }

    fn matches(p: &'static str, t: &str) -> Vec<(usize, usize)> {
        compile(p, no_lists)
            .unwrap_or_else(|e| panic!("{e}"))
            .find_all(&tokenize(t))
    }

    #[test]
    fn elements_do_what_the_table_says() {
        assert_eq!(matches("you should", "Maybe you should rest."), [(1, 3)]);
        assert_eq!(
            matches("^ (maybe) you could !not", "Maybe you could ask"),
            [(0, 3)],
            "a trailing `!word` is checked but not covered"
        );
        assert!(matches("^ (maybe) you could !not", "Nothing you could do").is_empty());
        assert_eq!(matches("frustrat*", "so frustrating"), [(1, 2)]);
        assert_eq!(
            matches("should have *ed", "you should have asked"),
            [(1, 4)]
        );
        assert_eq!(matches("i .. too", "I feel that too"), [(0, 4)]);
        assert!(
            matches("hard _", "so hard. Really").is_empty(),
            "never crosses a sentence"
        );
    }

    #[test]
    fn bad_patterns_are_refused() {
        assert!(compile("(maybe)", no_lists).is_err());
        assert!(compile("a//b", no_lists).is_err());
        assert!(compile("@nope", no_lists).is_err());
    }
}
