//! The source texts and the principles drawn from them. Every item in every content area names
//! a principle, so a learner (and a trainer) can always see where an idea comes from.

use super::{parse_dir, parse_named, ContentError, Files};
use serde::Deserialize;

/// One of the texts Heard is built from, credited on the Sources page.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// A few words to name it beside an item ("The volunteers' introduction").
    pub short: String,
    pub title: String,
    pub about: String,
}

/// An idea from a source, in our own words.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Principle {
    pub id: String,
    pub title: String,
    pub summary: String,
    /// The [`Source::id`] it comes from.
    pub source: String,
}

/// All sources and principles.
#[derive(Debug, Default)]
pub struct Registry {
    pub sources: Vec<Source>,
    pub principles: Vec<Principle>,
}

impl Registry {
    pub fn principle(&self, id: &str) -> Option<&Principle> {
        self.principles.iter().find(|p| p.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The source a principle comes from, for "from: …" lines under items.
    pub fn source_of(&self, principle_id: &str) -> Option<&Source> {
        self.principle(principle_id)
            .and_then(|p| self.source(&p.source))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    source: Vec<Source>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PrinciplesFile {
    principle: Vec<Principle>,
}

impl Registry {
    /// The registry, from the shell's embedded files ([`super::shell_files`]).
    pub fn parse(files: &Files) -> Result<Registry, ContentError> {
        let sources = parse_named::<SourcesFile>(files, "sources.toml")?.source;
        let principles = parse_dir::<PrinciplesFile>(files, "principles/")?
            .into_iter()
            .flat_map(|f| f.principle)
            .collect();
        Ok(Registry {
            sources,
            principles,
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::content::for_tests::registry;
    use std::collections::HashSet;

    #[test]
    fn there_are_five_sources_with_unique_ids() {
        let r = registry().expect("registry loads");
        assert_eq!(r.sources.len(), 5);
        let ids: HashSet<_> = r.sources.iter().map(|s| &s.id).collect();
        assert_eq!(ids.len(), r.sources.len());
    }

    #[test]
    fn every_principle_has_a_unique_id_and_a_known_source() {
        let r = registry().expect("registry loads");
        let mut seen = HashSet::new();
        for p in &r.principles {
            assert!(seen.insert(&p.id), "duplicate principle id {}", p.id);
            assert!(
                r.source(&p.source).is_some(),
                "principle {} names unknown source {}",
                p.id,
                p.source
            );
            assert!(
                !p.title.trim().is_empty() && !p.summary.trim().is_empty(),
                "principle {} is empty",
                p.id
            );
        }
    }

    #[test]
    fn the_to_do_and_to_avoid_entries_are_all_present() {
        let r = registry().expect("registry loads");
        for id in [
            "todo.connect",
            "todo.collaborative-focus",
            "todo.stay-curious",
            "todo.validate",
            "avoid.theorising",
            "avoid.quick-fix",
            "avoid.clever",
            "avoid.judgement",
            "avoid.own-story",
        ] {
            assert!(r.principle(id).is_some(), "missing {id}");
        }
    }
}
