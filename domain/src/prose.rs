//! The small markup that lessons and pages are written in, parsed into blocks.
//!
//! Why not Markdown or HTML: the UI must render content as text nodes (never `inner_html`), and
//! a full Markdown parser would cost the app size. Writers get what lessons need:
//!
//! ```text
//! ## A heading            ### A smaller heading
//! A paragraph can run over several lines; a blank line ends it.
//! - a bullet              1. a numbered step
//! > A callout, for a key point or a content note.
//! Inline: **strong words** and [a link](/help) to a page inside the app.
//! ```
//!
//! Links must start with `/` (inside the app); `tests` in each content area check they resolve.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Block {
    Heading { level: u8, text: Vec<Inline> },
    Paragraph(Vec<Inline>),
    Bullets(Vec<Vec<Inline>>),
    Numbered(Vec<Vec<Inline>>),
    Callout(Vec<Inline>),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Inline {
    Text(String),
    Strong(String),
    Link { text: String, href: String },
}

/// Parses a whole text into blocks. Never fails: anything unrecognised is paragraph text.
pub fn parse(src: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut para: Vec<&str> = Vec::new();
    let mut list: Option<(bool, Vec<String>)> = None; // (numbered, items)
    let mut callout: Vec<&str> = Vec::new();

    fn flush_para(para: &mut Vec<&str>, blocks: &mut Vec<Block>) {
        if !para.is_empty() {
            blocks.push(Block::Paragraph(inlines(&para.join(" "))));
            para.clear();
        }
    }
    fn flush_list(list: &mut Option<(bool, Vec<String>)>, blocks: &mut Vec<Block>) {
        if let Some((numbered, items)) = list.take() {
            let items = items.iter().map(|i| inlines(i)).collect();
            blocks.push(if numbered {
                Block::Numbered(items)
            } else {
                Block::Bullets(items)
            });
        }
    }
    fn flush_callout(callout: &mut Vec<&str>, blocks: &mut Vec<Block>) {
        if !callout.is_empty() {
            blocks.push(Block::Callout(inlines(&callout.join(" "))));
            callout.clear();
        }
    }

    for raw in src.lines() {
        let line = raw.trim();
        if line.is_empty() {
            flush_para(&mut para, &mut blocks);
            flush_list(&mut list, &mut blocks);
            flush_callout(&mut callout, &mut blocks);
            continue;
        }
        if let Some(rest) = line.strip_prefix("### ") {
            flush_all(&mut para, &mut list, &mut callout, &mut blocks);
            blocks.push(Block::Heading {
                level: 3,
                text: inlines(rest.trim()),
            });
        } else if let Some(rest) = line.strip_prefix("## ") {
            flush_all(&mut para, &mut list, &mut callout, &mut blocks);
            blocks.push(Block::Heading {
                level: 2,
                text: inlines(rest.trim()),
            });
        } else if let Some(rest) =
            line.strip_prefix("> ")
                .or(if line == ">" { Some("") } else { None })
        {
            flush_para(&mut para, &mut blocks);
            flush_list(&mut list, &mut blocks);
            if !rest.is_empty() {
                callout.push(rest.trim());
            }
        } else if let Some(rest) = bullet(line) {
            flush_para(&mut para, &mut blocks);
            flush_callout(&mut callout, &mut blocks);
            push_item(&mut list, false, rest, &mut blocks);
        } else if let Some(rest) = numbered(line) {
            flush_para(&mut para, &mut blocks);
            flush_callout(&mut callout, &mut blocks);
            push_item(&mut list, true, rest, &mut blocks);
        } else if raw.starts_with("  ") && list.is_some() {
            // An indented line continues the last list item.
            if let Some((_, items)) = list.as_mut() {
                if let Some(last) = items.last_mut() {
                    last.push(' ');
                    last.push_str(line);
                }
            }
        } else if !callout.is_empty() {
            callout.push(line);
        } else {
            flush_list(&mut list, &mut blocks);
            para.push(line);
        }
    }
    flush_all(&mut para, &mut list, &mut callout, &mut blocks);
    return blocks;

    fn flush_all(
        para: &mut Vec<&str>,
        list: &mut Option<(bool, Vec<String>)>,
        callout: &mut Vec<&str>,
        blocks: &mut Vec<Block>,
    ) {
        flush_para(para, blocks);
        flush_list(list, blocks);
        flush_callout(callout, blocks);
    }
    fn push_item(
        list: &mut Option<(bool, Vec<String>)>,
        numbered: bool,
        text: &str,
        blocks: &mut Vec<Block>,
    ) {
        if list.as_ref().is_some_and(|(n, _)| *n != numbered) {
            flush_list(list, blocks);
        }
        list.get_or_insert_with(|| (numbered, Vec::new()))
            .1
            .push(text.trim().to_string());
    }
}

fn bullet(line: &str) -> Option<&str> {
    line.strip_prefix("- ").or_else(|| line.strip_prefix("* "))
}

fn numbered(line: &str) -> Option<&str> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    line[digits..].strip_prefix(". ")
}

/// Parses inline markup: `**strong**` and `[text](/href)`. Unmatched markers stay as text.
pub fn inlines(src: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut rest = src;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("**") {
            if let Some(end) = after.find("**") {
                if end > 0 {
                    push_text(&mut out, &mut text);
                    out.push(Inline::Strong(after[..end].to_string()));
                    rest = &after[end + 2..];
                    continue;
                }
            }
        }
        if let Some(after) = rest.strip_prefix('[') {
            if let Some(close) = after.find("](") {
                let label = &after[..close];
                let tail = &after[close + 2..];
                if let Some(end) = tail.find(')') {
                    if !label.is_empty() && !label.contains('[') {
                        push_text(&mut out, &mut text);
                        out.push(Inline::Link {
                            text: label.to_string(),
                            href: tail[..end].to_string(),
                        });
                        rest = &tail[end + 1..];
                        continue;
                    }
                }
            }
        }
        let mut chars = rest.chars();
        if let Some(c) = chars.next() {
            text.push(c);
        }
        rest = chars.as_str();
    }
    push_text(&mut out, &mut text);
    out
}

fn push_text(out: &mut Vec<Inline>, text: &mut String) {
    if !text.is_empty() {
        out.push(Inline::Text(std::mem::take(text)));
    }
}

/// Every link target in some blocks, for validators that check links resolve.
pub fn links(blocks: &[Block]) -> Vec<&str> {
    let mut out = Vec::new();
    for b in blocks {
        let lines: Vec<&Vec<Inline>> = match b {
            Block::Heading { text, .. } | Block::Paragraph(text) | Block::Callout(text) => {
                vec![text]
            }
            Block::Bullets(items) | Block::Numbered(items) => items.iter().collect(),
        };
        for inline in lines.into_iter().flatten() {
            if let Inline::Link { href, .. } = inline {
                out.push(href.as_str());
            }
        }
    }
    out
}

/// Plain text of some inlines, for titles and screen-reader labels.
pub fn plain(inl: &[Inline]) -> String {
    inl.iter()
        .map(|i| match i {
            Inline::Text(t) | Inline::Strong(t) => t.as_str(),
            Inline::Link { text, .. } => text.as_str(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Inline {
        Inline::Text(s.into())
    }

    #[test]
    fn paragraphs_join_lines_and_split_on_blank_lines() {
        let b = parse("One line\nand the next.\n\nA second paragraph.");
        assert_eq!(
            b,
            vec![
                Block::Paragraph(vec![t("One line and the next.")]),
                Block::Paragraph(vec![t("A second paragraph.")])
            ]
        );
    }

    #[test]
    fn headings_lists_and_callouts_are_recognised() {
        let b = parse("## Why\n- one\n- two\n\n1. first\n2. second\n> Take care.\n### Small");
        assert_eq!(
            b,
            vec![
                Block::Heading {
                    level: 2,
                    text: vec![t("Why")]
                },
                Block::Bullets(vec![vec![t("one")], vec![t("two")]]),
                Block::Numbered(vec![vec![t("first")], vec![t("second")]]),
                Block::Callout(vec![t("Take care.")]),
                Block::Heading {
                    level: 3,
                    text: vec![t("Small")]
                },
            ]
        );
    }

    #[test]
    fn indented_lines_continue_a_list_item() {
        let b = parse("- a long\n  item\n- next");
        assert_eq!(
            b,
            vec![Block::Bullets(vec![
                vec![t("a long item")],
                vec![t("next")]
            ])]
        );
    }

    #[test]
    fn strong_and_links_parse_and_unmatched_markers_stay_text() {
        assert_eq!(
            inlines("Say **what you hear** and see [help](/help)."),
            vec![
                t("Say "),
                Inline::Strong("what you hear".into()),
                t(" and see "),
                Inline::Link {
                    text: "help".into(),
                    href: "/help".into()
                },
                t("."),
            ]
        );
        assert_eq!(inlines("a ** b [c] (d"), vec![t("a ** b [c] (d")]);
    }

    #[test]
    fn links_lists_every_href_in_order() {
        let b = parse("[a](/one)\n\n- [b](/two)");
        assert_eq!(links(&b), vec!["/one", "/two"]);
        assert_eq!(plain(&inlines("**x** [y](/z)")), "x y");
    }

    #[test]
    fn markup_characters_in_text_are_kept_as_text_not_interpreted() {
        assert_eq!(
            inlines("<script>alert(1)</script>"),
            vec![t("<script>alert(1)</script>")]
        );
    }
}
