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
//! | `$`          | the clause ends here (the sentence ends, or the next word starts a clause) |
//!
//! Example: `^ (maybe/perhaps) you could !not` matches "Maybe you could ask…" at the start of a
//! clause, but not "…nothing you could do" and not "you could not".

use super::lexicon as lx;
use super::text::{Text, Token};
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FNV-1a: a small, fast hash for short words. The standard SipHash guards against crafted
/// keys, which a word list in the app never faces, and cost a fifth of the engine's time.
#[derive(Default, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// Hash maps and sets keyed by words.
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
pub(crate) type FastSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// The word lists the rules look words up in most, hashed once. A lazily built constant (from
/// `const` lists), not state: `tests/tidy.rs` allows this `OnceLock`.
fn hot_lists() -> &'static [(usize, WordSet)] {
    static CELL: OnceLock<Vec<(usize, WordSet)>> = OnceLock::new();
    CELL.get_or_init(|| {
        let lists: [&'static [&'static str]; 26] = [
            lx::AUX,
            lx::SUBJECT_WORDS,
            lx::LINKING,
            lx::VERDICT_FILLERS,
            lx::VERDICT_WORDS,
            lx::SITUATION_VERDICTS,
            lx::PRAISE,
            lx::IMPERATIVE_VERBS,
            lx::IMPERATIVE_OPENERS,
            lx::NOT_AFTER_IMPERATIVE,
            lx::QUESTION_FILLERS,
            lx::GENERIC_VERBS,
            lx::NOT_GENERIC,
            lx::PEOPLE,
            lx::FUNCTION_WORDS,
            lx::PREPOSITIONS,
            lx::GENERIC_HEADS,
            lx::OPEN_HEADS,
            lx::TAG_WORDS,
            lx::FACT_AFTER_HOW,
            lx::ACTS,
            lx::VERDICT_OR_WEIGHT,
            lx::INTENSIFIERS,
            lx::WEIGHT_FRAMES,
            lx::FEELING_FRAMES,
            lx::AUX_AFTER_WH,
        ];
        lists
            .iter()
            .map(|l| (l.as_ptr() as usize, WordSet::exact_from(l)))
            .collect()
    })
}

/// Whether `w` is one of the words of `list` (exact words only). Hashed for the lists in
/// [`hot_lists`], a plain scan for any other.
pub(crate) fn in_list(list: &'static [&'static str], w: &str) -> bool {
    let key = list.as_ptr() as usize;
    match hot_lists().iter().find(|(k, _)| *k == key) {
        Some((_, set)) => set.exact.contains(w),
        None => list.contains(&w),
    }
}

/// A set of words to match one word against: exact words (hashed), `prefix*` and `*suffix`
/// entries, or any word at all.
#[derive(Debug, Clone, Default)]
pub(crate) struct WordSet {
    exact: FastSet<&'static str>,
    prefixes: Vec<&'static str>,
    suffixes: Vec<&'static str>,
    any: bool,
}

impl WordSet {
    /// A set from lexicon entries (`word`, `prefix*`, `*suffix`).
    pub(crate) fn from_entries(entries: &[&'static str]) -> WordSet {
        let mut set = WordSet::default();
        for e in entries {
            set.add(e);
        }
        set
    }

    /// A set of exact words, with no `*` entries read as prefixes or suffixes.
    fn exact_from(entries: &[&'static str]) -> WordSet {
        let mut set = WordSet::default();
        set.exact.extend(entries.iter().copied());
        set
    }

    fn add(&mut self, entry: &'static str) {
        if let Some(p) = entry.strip_suffix('*') {
            self.prefixes.push(p);
        } else if let Some(s) = entry.strip_prefix('*') {
            self.suffixes.push(s);
        } else {
            self.exact.insert(entry);
        }
    }

    /// Whether `w` (a lower-cased word) is in the set. A prefix or suffix must leave at least
    /// one more letter: `frustrat*` matches "frustrated", not "frustrat".
    pub(crate) fn contains(&self, w: &str) -> bool {
        self.any
            || self.exact.contains(w)
            || self
                .prefixes
                .iter()
                .any(|p| w.len() > p.len() && w.starts_with(p))
            || self
                .suffixes
                .iter()
                .any(|s| w.len() > s.len() && w.ends_with(s))
    }
}

#[derive(Debug, Clone)]
enum Elem {
    One(WordSet),
    Optional(WordSet),
    NoneOf(WordSet),
    Any,
    Gap,
    ClauseStart,
    ClauseEnd,
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

fn compile_alts(src: &'static str, lists: Lists) -> Result<WordSet, String> {
    if src.contains(['(', ')']) {
        return Err(format!(
            "`{src}`: an optional group is one element, `(a/b)`, never `(a b)`"
        ));
    }
    let mut set = WordSet::default();
    for part in src.split('/') {
        if part.is_empty() {
            return Err(format!("empty alternative in `{src}`"));
        }
        if part == "_" {
            set.any = true;
        } else if let Some(name) = part.strip_prefix('@') {
            for e in lists(name).ok_or_else(|| format!("unknown list `@{name}`"))? {
                set.add(e);
            }
        } else {
            set.add(part);
        }
    }
    Ok(set)
}

/// Compiles one pattern, or says what is wrong with it.
pub(crate) fn compile(source: &'static str, lists: Lists) -> Result<Pattern, String> {
    let mut elems = Vec::new();
    for raw in source.split_whitespace() {
        let elem = match raw {
            "_" => Elem::Any,
            ".." => Elem::Gap,
            "^" => Elem::ClauseStart,
            "$" => Elem::ClauseEnd,
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
            .filter(|w| alts.contains(w))
            .and_then(|_| match_here(rest, toks, i + 1, end)),
        Elem::NoneOf(alts) => word(i)
            .filter(|w| !alts.contains(w))
            .and_then(|_| match_here(rest, toks, i + 1, end)),
        Elem::Any => word(i).and_then(|_| match_here(rest, toks, i + 1, end)),
        Elem::Optional(alts) => word(i)
            .filter(|w| alts.contains(w))
            .and_then(|_| match_here(rest, toks, i + 1, end))
            .or_else(|| match_here(rest, toks, i, end)),
        Elem::Gap => (0..=MAX_GAP)
            .take_while(|k| i + k <= end)
            .find_map(|k| match_here(rest, toks, i + k, end)),
        Elem::ClauseStart => toks
            .get(i)
            .filter(|t| i < end && t.clause_start)
            .and_then(|_| match_here(rest, toks, i, end)),
        Elem::ClauseEnd => {
            let at_end = i >= end || toks.get(i).is_some_and(|t| t.clause_start);
            at_end.then(|| match_here(rest, toks, i, end)).flatten()
        }
    }
}

impl Pattern {
    /// Tries the pattern at token `i` of a sentence ending before token `end`.
    fn match_at(&self, tokens: &[Token], i: usize, end: usize) -> Option<(usize, usize)> {
        let e = match_here(&self.elems, tokens, i, end)?;
        // A trailing `!word` only checks the next word: it is not part of the match.
        (e > i).then(|| (i, e.saturating_sub(self.trailing_checks).max(i + 1)))
    }

    /// Every match in `text`, as token ranges `(first, one past last)`, never crossing a sentence.
    pub(crate) fn find_all(&self, text: &Text) -> Vec<(usize, usize)> {
        let mut found = Vec::new();
        for s in &text.sentences {
            for i in s.first..s.end_token {
                found.extend(self.match_at(&text.tokens, i, s.end_token));
            }
        }
        found
    }

    /// The words a match can start with, when that is a short fixed list (so the table can
    /// skip this pattern at any other word). `None` when it can start with many words.
    fn first_words(&self) -> Option<Vec<&'static str>> {
        let mut words = Vec::new();
        for e in &self.elems {
            match e {
                Elem::ClauseStart => {}
                Elem::Optional(set) => words.extend(set.exact_only()?),
                Elem::One(set) => {
                    words.extend(set.exact_only()?);
                    return Some(words);
                }
                Elem::NoneOf(_) | Elem::Any | Elem::Gap => return None,
                Elem::ClauseEnd => return None,
            }
        }
        None
    }
}

impl WordSet {
    /// The words, if the set is only exact words.
    fn exact_only(&self) -> Option<impl Iterator<Item = &'static str> + '_> {
        (!self.any && self.prefixes.is_empty() && self.suffixes.is_empty())
            .then(|| self.exact.iter().copied())
    }
}

/// A table of patterns, indexed by the words they can start with so each word of a text is
/// only tried against the patterns that could match there.
#[derive(Debug, Clone, Default)]
pub(crate) struct Table {
    patterns: Vec<Pattern>,
    by_first: FastMap<&'static str, Vec<usize>>,
    anywhere: Vec<usize>,
}

impl Table {
    /// Compiles every pattern of `src`, skipping (never panicking on) broken ones; the lexicon
    /// tests check there are none.
    pub(crate) fn new(src: &[&'static str], lists: Lists) -> Table {
        let mut table = Table::default();
        for p in src.iter().filter_map(|p| compile(p, lists).ok()) {
            let k = table.patterns.len();
            match p.first_words() {
                Some(words) => {
                    for w in words {
                        table.by_first.entry(w).or_default().push(k);
                    }
                }
                None => table.anywhere.push(k),
            }
            table.patterns.push(p);
        }
        table
    }

    /// Every match of any pattern in `text`, sorted, without duplicates.
    pub(crate) fn find_all(&self, text: &Text) -> Vec<(usize, usize)> {
        let mut found = Vec::new();
        for s in &text.sentences {
            for i in s.first..s.end_token {
                let Some(t) = text.tokens.get(i) else {
                    continue;
                };
                let indexed = self
                    .by_first
                    .get(t.word.as_str())
                    .map(Vec::as_slice)
                    .unwrap_or(&[]);
                for k in indexed.iter().chain(&self.anywhere) {
                    if let Some(p) = self.patterns.get(*k) {
                        found.extend(p.match_at(&text.tokens, i, s.end_token));
                    }
                }
            }
        }
        found.sort_unstable();
        found.dedup();
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
        assert_eq!(matches("tell me $", "Tell me. Tell me more."), [(0, 2)]);
        assert_eq!(
            matches("at least $", "Once, at least, and at least you"),
            [(1, 3)]
        );
        assert!(
            matches("hard _", "so hard. Really").is_empty(),
            "never crosses a sentence"
        );
    }

    #[test]
    fn a_table_finds_what_its_patterns_find_one_by_one() {
        let src = [
            "you should",
            "^ (maybe/perhaps) try",
            "frustrat*",
            "i .. too",
            "(so) _ of them",
            "!not fair",
            "have you (ever) tried",
        ];
        let table = Table::new(&src, no_lists);
        for t in [
            "Maybe try this. You should, I think, have you ever tried it? So rude of them!",
            "I was frustrated too, perhaps try again; fair enough, not fair",
            "",
        ] {
            let text = tokenize(t);
            let mut one_by_one: Vec<(usize, usize)> = src
                .iter()
                .filter_map(|p| compile(p, no_lists).ok())
                .flat_map(|p| p.find_all(&text))
                .collect();
            one_by_one.sort_unstable();
            one_by_one.dedup();
            assert_eq!(table.find_all(&text), one_by_one, "{t}");
        }
    }

    #[test]
    fn bad_patterns_are_refused() {
        assert!(compile("(maybe)", no_lists).is_err());
        assert!(compile("a//b", no_lists).is_err());
        assert!(compile("@nope", no_lists).is_err());
        assert!(
            compile("(it is) fine", no_lists).is_err(),
            "a group of two words is refused"
        );
    }
}
