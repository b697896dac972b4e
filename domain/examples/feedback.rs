//! Command-line entry point for evaluating the feedback engine on labelled sets.
//!
//! Reads lines `statement<TAB>response` from standard input and writes one JSON object per
//! line to standard output, e.g. `{"labels":["reflects_feeling","advice"]}`; a blank or
//! malformed line gives `{"labels":[],"error":"..."}` on its line. Never panics on any input.
//!
//! `cargo run --quiet --release --example feedback < domain/tests/data/feedback/tune-new.tsv`
//!
//! For trainers: `-- --trace` also writes to standard error, for each line, every lexicon
//! pattern that matched the response (table, pattern, words), so a surprising label can be
//! traced to the line of `lexicon.rs` behind it, then each label with the words it highlights.
//! Standard output is unchanged.

use heard_domain::feedback::{analyse, cli::line_to_json, trace};
use std::io::{self, BufRead, Write};

fn main() {
    let tracing = std::env::args().skip(1).any(|a| a == "--trace");
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut line = Vec::new();
    loop {
        line.clear();
        match input.read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                // Reading failed mid-stream: say so on the line it happened, then stop.
                let _ = writeln!(
                    out,
                    "{{\"labels\":[],\"error\":\"could not read input: {}\"}}",
                    json_safe(&e.to_string())
                );
                let _ = out.flush();
                break;
            }
        }
        let json = line_to_json(&line);
        if tracing {
            print_trace(&line);
        }
        // A closed pipe (e.g. `| head`) is not an error worth a panic: just stop.
        if writeln!(out, "{json}").and_then(|_| out.flush()).is_err() {
            break;
        }
    }
}

/// Writes the matched patterns for one input line to standard error.
fn print_trace(line: &[u8]) {
    let text = String::from_utf8_lossy(line);
    let response = text
        .split('\t')
        .nth(1)
        .unwrap_or("")
        .trim_end_matches(['\r', '\n']);
    let mut err = io::stderr().lock();
    let _ = writeln!(err, "{response}");
    for (table, pattern, span) in trace(response) {
        let _ = writeln!(
            err,
            "  {table:<26} {pattern:<60} {:?}",
            span.slice(response).unwrap_or("")
        );
    }
    let statement = text.split('\t').next().unwrap_or("");
    for f in analyse(statement, response).findings {
        let words: Vec<&str> = f.spans.iter().filter_map(|s| s.slice(response)).collect();
        let _ = writeln!(err, "  => {:<23} {words:?}", f.label.name());
    }
}

/// Keeps an error message valid inside a JSON string.
fn json_safe(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_control() && *c != '"' && *c != '\\')
        .collect()
}
