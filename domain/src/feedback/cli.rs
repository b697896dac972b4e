//! The per-line logic of the `feedback` command-line example, kept here so it can be tested.
//!
//! Input line: `statement<TAB>response` (a trailing `\n` or `\r\n` is ignored; any further
//! tab-separated columns, such as the gold labels of a labelled set, are ignored too).
//! Output: one JSON object, `{"labels":["reflects_feeling","advice"]}`, with label names in
//! the order of [`Label::ALL`](super::Label::ALL). A line that cannot be read gives
//! `{"labels":[],"error":"..."}`. Never panics.

use super::analyse;
use serde::Serialize;

#[derive(Serialize)]
struct Output<'a> {
    labels: Vec<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

fn render(out: &Output) -> String {
    // Serialising a struct of strings cannot fail; keep a fixed fallback rather than panic.
    serde_json::to_string(out)
        .unwrap_or_else(|_| String::from(r#"{"labels":[],"error":"internal error"}"#))
}

fn error(message: &str) -> String {
    render(&Output {
        labels: Vec::new(),
        error: Some(message),
    })
}

/// Turns one input line (raw bytes, with or without its line ending) into one JSON object
/// (without a line ending).
pub fn line_to_json(line: &[u8]) -> String {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let Ok(line) = std::str::from_utf8(line) else {
        return error("line is not valid UTF-8");
    };
    if line.trim().is_empty() {
        return error("blank line: expected statement<TAB>response");
    }
    let Some((statement, rest)) = line.split_once('\t') else {
        return error("no tab: expected statement<TAB>response");
    };
    let response = rest.split('\t').next().unwrap_or("");
    if response.trim().is_empty() {
        return error("empty response: expected statement<TAB>response");
    }
    let labels = analyse(statement, response)
        .labels()
        .into_iter()
        .map(|l| l.name())
        .collect();
    render(&Output {
        labels,
        error: None,
    })
}
