//! Times the feedback engine: classifies 1,000 responses (the labelled tuning sets, cycled) and prints
//! the total time and the time per response.
//!
//! `cargo run --release --example feedback_bench` (from `domain/`). Pass a number to classify
//! a different count, e.g. `-- 10000`.

// A benchmark times itself: the one place the domain crate reads a clock.
#![allow(clippy::disallowed_methods)]

use heard_domain::feedback::analyse;
use std::hint::black_box;
use std::time::Instant;

const SETS: [&str; 2] = [
    include_str!("../tests/data/feedback/tune.tsv"),
    include_str!("../tests/data/feedback/tune-new.tsv"),
];

fn main() {
    let count: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000);
    let pairs: Vec<(&str, &str)> = SETS
        .iter()
        .flat_map(|set| set.lines())
        .filter_map(|line| {
            if line.starts_with('#') {
                return None;
            }
            let mut cols = line.split('\t');
            Some((cols.next()?, cols.next()?))
        })
        .collect();
    if pairs.is_empty() {
        eprintln!("no labelled pairs found");
        return;
    }

    // Warm up once: the first call compiles the lexicon's patterns.
    let warm = Instant::now();
    black_box(analyse("I'm tired.", "That sounds exhausting."));
    let first_call = warm.elapsed();

    let start = Instant::now();
    let mut labels = 0usize;
    for (statement, response) in pairs.iter().cycle().take(count) {
        labels += black_box(analyse(black_box(statement), black_box(response)))
            .findings
            .len();
    }
    let total = start.elapsed();
    let per = total.as_secs_f64() * 1e6 / count as f64;
    println!(
        "first call (compiles the lexicon): {:.2} ms",
        first_call.as_secs_f64() * 1e3
    );
    println!(
        "classified {count} responses ({} distinct) in {:.2} ms",
        pairs.len(),
        total.as_secs_f64() * 1e3
    );
    println!("{per:.1} µs per response ({labels} labels found)");
}
