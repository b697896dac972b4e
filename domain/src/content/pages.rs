//! The app's own pages (Home, About & privacy, Get help now, …) as content, so their words live
//! in `content/pages/` beside the course rather than inside UI code.

use super::{parse_dir, ContentError, Files};
use crate::prose::{self, Block};
use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Page {
    /// Which page: "home", "about", "help", "sources", "not_found".
    pub id: String,
    pub title: String,
    /// One or two sentences under the title.
    pub lead: String,
    /// The body in [`crate::prose`] markup.
    pub body: String,
}

impl Page {
    pub fn blocks(&self) -> Vec<Block> {
        prose::parse(&self.body)
    }
}

/// The pages, from the shell's embedded files ([`super::shell_files`]).
pub fn parse(files: &Files) -> Result<Vec<Page>, ContentError> {
    parse_dir::<Page>(files, "pages/")
}

/// The page `id` among `pages`.
pub fn find<'a>(pages: &'a [Page], id: &str) -> Result<&'a Page, String> {
    pages
        .iter()
        .find(|p| p.id == id)
        .ok_or_else(|| format!("content/pages has no page \"{id}\""))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::for_tests::{page, pages};

    #[test]
    fn every_page_the_app_routes_to_exists_and_has_words() {
        for id in ["home", "about", "help", "sources", "not_found"] {
            let p = page(id).unwrap_or_else(|e| panic!("{e}"));
            assert!(
                !p.title.trim().is_empty() && !p.lead.trim().is_empty(),
                "page {id} is empty"
            );
        }
    }

    #[test]
    fn a_misspelt_key_in_a_page_file_is_refused() {
        let json = r#"{"id":"x","title":"t","lead":"l","body":"b","tittle":"typo"}"#;
        assert!(super::super::parse_file::<Page>("pages/x.toml", json).is_err());
    }

    use crate::prose::{Block, Inline};

    /// The blocks of the help page under the `##` heading that starts with `heading`, up to the
    /// next `##` heading.
    fn help_section(heading: &str) -> Vec<Block> {
        let blocks = page("help").unwrap_or_else(|e| panic!("{e}")).blocks();
        let starts = |b: &Block| match b {
            Block::Heading { level: 2, text } => Some(
                text.iter()
                    .map(|i| match i {
                        Inline::Text(t) | Inline::Strong(t) | Inline::Link { text: t, .. } => {
                            t.as_str()
                        }
                    })
                    .collect::<String>(),
            ),
            _ => None,
        };
        let from = blocks
            .iter()
            .position(|b| starts(b).is_some_and(|t| t.starts_with(heading)))
            .unwrap_or_else(|| panic!("the help page has no \"{heading}\" section"));
        blocks[from + 1..]
            .iter()
            .take_while(|b| starts(b).is_none())
            .cloned()
            .collect()
    }

    /// Each bullet of a section that opens with a region in bold ("**UK:** …"), by region.
    fn regions(section: &[Block]) -> Vec<(String, &[Inline])> {
        section
            .iter()
            .filter_map(|b| match b {
                Block::Bullets(items) => Some(items),
                _ => None,
            })
            .flatten()
            .filter_map(|item| match item.first() {
                Some(Inline::Strong(label)) if label.ends_with(':') => {
                    Some((label.trim_end_matches(':').to_string(), item.as_slice()))
                }
                _ => None,
            })
            .collect()
    }

    /// The phone numbers in some inline text: the bold runs that hold a digit.
    fn numbers(inlines: &[Inline]) -> Vec<&str> {
        inlines
            .iter()
            .filter_map(|i| match i {
                Inline::Strong(t) if t.chars().any(|c| c.is_ascii_digit()) => Some(t.as_str()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_region_with_an_emergency_number_also_has_crisis_line_guidance() {
        let risk = help_section("If life is at risk");
        let emergency = regions(&risk);
        let talk = help_section("If you need to talk");
        let crisis = regions(&talk);
        assert!(
            emergency.len() >= 5,
            "the emergency numbers should be a list by region, found {emergency:?}"
        );
        for (region, line) in &emergency {
            assert!(!numbers(line).is_empty(), "{region}: no emergency number");
            let Some((_, guidance)) = crisis.iter().find(|(r, _)| r == region) else {
                panic!("{region} has an emergency number but no crisis-line guidance");
            };
            assert!(
                !numbers(guidance).is_empty(),
                "{region}: the crisis-line guidance gives no number"
            );
        }
        let anywhere = format!("{talk:?}");
        assert!(
            anywhere.contains("findahelpline.com"),
            "the page should say how to find a crisis line anywhere else"
        );
    }

    /// Every number the help page gives, each checked against the service's own website or an
    /// official source (the evidence is listed in the commit that last changed this list). A
    /// new number needs checking before it goes here.
    const CHECKED_NUMBERS: &[&str] = &[
        "999",            // UK emergency (police.uk)
        "112",            // UK and EU emergency (police.uk; European Commission)
        "911",            // US and Canada emergency (fcc.gov)
        "000",            // Australia emergency (qld.gov.au, police.nsw.gov.au)
        "111",            // NZ emergency (govt.nz, police.govt.nz); NHS 111 (nhs.uk trusts)
        "116 123",        // Samaritans, UK and Ireland (samaritans.org)
        "85258",          // Shout, UK text line (giveusashout.org)
        "0800 111 0 111", // TelefonSeelsorge, Germany (evangelisch.de, telekom.com)
        "3114",           // France's national suicide prevention line (3114.fr, ARS)
        "988",            // US (health.wyo.gov) and Canada (mentalhealthcommission.ca)
        "13 11 14",       // Lifeline Australia (lifeinmind.org.au, Lifeline centres)
        "1737",           // Need to talk? New Zealand (Minister of Health's release)
    ];

    #[test]
    fn every_number_on_the_help_page_is_one_that_was_checked() {
        let blocks = page("help").unwrap_or_else(|e| panic!("{e}")).blocks();
        let mut shown: Vec<&str> = Vec::new();
        for b in &blocks {
            match b {
                Block::Heading { text, .. } | Block::Paragraph(text) | Block::Callout(text) => {
                    shown.extend(numbers(text))
                }
                Block::Bullets(items) | Block::Numbered(items) => {
                    items.iter().for_each(|i| shown.extend(numbers(i)))
                }
            }
        }
        for n in &shown {
            assert!(
                CHECKED_NUMBERS.contains(n),
                "\"{n}\" is on the help page but not in the list of checked numbers"
            );
        }
        for n in CHECKED_NUMBERS {
            assert!(shown.contains(n), "{n} is listed as checked but not shown");
        }
    }

    #[test]
    fn page_links_stay_inside_the_app() {
        for p in pages().expect("pages load") {
            for href in prose::links(&p.blocks()) {
                assert!(
                    href.starts_with('/'),
                    "page {} links outside the app: {href}",
                    p.id
                );
            }
        }
    }
}
