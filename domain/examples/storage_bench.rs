//! Shows that a heavy user's stored data stays small and quick to load and save: simulates
//! 10,000 answers over a year across about 600 items (with tags, like real answers) plus 200
//! journal notes, then prints the stored bytes and the time of `to_json` / `from_json`.
//!
//! `cargo run --release --example storage_bench` (from the repository root or `domain/`).
//! Progress keeps per-item and per-tag aggregates, not every answer, so the size is bounded by
//! the content (items × one record) and the notes, not by how long someone practises.

// A benchmark times itself: the one place the domain crate reads a clock.
#![allow(clippy::disallowed_methods)]

use heard_domain::progress::{Event, Score, TagResult};
use heard_domain::schema::{self, Note, StoredData};
use heard_domain::{transfer, DAY};
use std::hint::black_box;
use std::time::Instant;

const ANSWERS: u64 = 10_000;
const NOTES: u64 = 200;
const RUNS: u32 = 20;

/// A small deterministic generator (xorshift), so every run measures the same data.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn items() -> Vec<String> {
    let mut out = Vec::new();
    let areas: [(&str, &[&str], usize); 3] = [
        (
            "validate",
            &["sort", "decide", "rewrite", "talk", "write"],
            50,
        ),
        ("listen", &["feel", "pick", "write", "ladder"], 50),
        ("moves", &["name", "spot"], 50),
    ];
    for (area, exercises, per) in areas {
        for ex in exercises {
            for i in 0..per {
                out.push(format!("{area}.{ex}.a-typical-item-slug-{i:03}"));
            }
        }
    }
    for lesson in 0..10 {
        for q in 0..5 {
            out.push(format!("course.lesson-{lesson}.q{q}"));
        }
    }
    out
}

fn main() {
    let items = items();
    let tags: Vec<String> = (0..40)
        .map(|i| format!("todo.principle-{i}"))
        .chain((0..8).map(|i| format!("feedback.label-{i}")))
        .collect();
    let mut rng = Rng(0x5eed_1234_abcd_9876);
    let start = 1_700_000_000_000;
    let mut data = StoredData::default();
    for n in 0..ANSWERS {
        let at = start + (n as i64 * 365 * DAY) / ANSWERS as i64;
        let item = items[(rng.next() % items.len() as u64) as usize].clone();
        let tags = (0..(rng.next() % 4))
            .map(|_| TagResult {
                tag: tags[(rng.next() % tags.len() as u64) as usize].clone(),
                ok: !rng.next().is_multiple_of(3),
            })
            .collect();
        data.progress.apply(Event::Answered {
            item,
            score: Score::new(if rng.next().is_multiple_of(3) {
                50
            } else {
                100
            }),
            tags,
            at,
        });
    }
    for n in 0..NOTES {
        let at = start + n as i64 * DAY;
        let words = 40 + rng.next() % 160;
        let text: String = (0..words).map(|w| format!("word{w} ")).collect();
        data.journal.insert(
            format!("note-{at}"),
            Note {
                text,
                prompt: None,
                created_at: at,
                updated_at: at,
            },
        );
    }

    let stored = schema::to_json(&data, start + 365 * DAY);
    let t = Instant::now();
    for _ in 0..RUNS {
        black_box(schema::to_json(black_box(&data), 0));
    }
    let save = t.elapsed() / RUNS;
    let t = Instant::now();
    for _ in 0..RUNS {
        let parsed = schema::from_json(black_box(&stored));
        assert!(parsed.is_ok(), "the stored text reads back");
    }
    let load = t.elapsed() / RUNS;
    let export = transfer::export(&data, 0);

    let notes_bytes: usize = data.journal.values().map(|n| n.text.len()).sum();
    println!("answers simulated:      {ANSWERS} over 365 days");
    println!(
        "items met:              {} (of {} simulated)",
        data.progress.items.len(),
        items.len()
    );
    println!("tags tallied:           {}", data.progress.tags.len());
    println!(
        "journal notes:          {} ({} KB of note text)",
        data.journal.len(),
        notes_bytes / 1024
    );
    println!(
        "stored bytes:           {} ({} KB)",
        stored.len(),
        stored.len() / 1024
    );
    println!(
        "export file bytes:      {} ({} KB)",
        export.len(),
        export.len() / 1024
    );
    println!("to_json (save), mean:   {save:?}");
    println!("from_json (load), mean: {load:?}");
    println!("(native release build; wasm in a browser is slower, not measured here)");
}
