//! Times one step of a practice-partner conversation as the app runs it when the learner
//! presses Send: the engine reads the reply against the peer's last line, the reply is reduced
//! to a kind, and the state machine picks the peer's answer. Plays every partner with a cycle of
//! typical replies (a reflection, a closed question, advice, a mixed reply, a direct safety
//! question, help) many times over, and prints the median, 95th percentile and worst step.
//!
//! `cargo run --release --example partner_bench` (pass a number of rounds, default 200).

// A benchmark times itself: the one place the domain crate may read a clock.
#![allow(clippy::disallowed_methods)]

use heard_domain::content::Built;
use heard_domain::partner::Conversation;
use std::time::Instant;

const REPLIES: &[&str] = &[
    "It sounds like you're exhausted, and it's been building for a while.",
    "Have you told anyone else?",
    "It sounds really hard. Maybe you should take a few days off.",
    "So it's not really about the job, it's about what it says about you.",
    "What's the hardest part of it for you?",
    "I want to ask you directly: are you thinking about suicide? Are you safe?",
    "Could we ring your GP or the Samaritans together now? I'll stay with you.",
    "You should talk to your manager about it.",
];

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200);
    // The partners, read from the built listening bundle as the app reads a fetched one.
    let built = Built::parse();
    let all = match built.partners.as_ref() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            return;
        }
    };
    let mut times = Vec::new();
    for round in 0..rounds {
        for p in &all.all {
            let mut c = Conversation::start(p);
            let mut i = round;
            while !c.is_over() {
                let reply = REPLIES[i % REPLIES.len()];
                i += 1;
                let t = Instant::now();
                let turn = c.reply(p, reply).map(|t| t.peer.says.len());
                times.push(t.elapsed().as_nanos());
                std::hint::black_box(turn);
            }
        }
    }
    times.sort_unstable();
    let at = |q: f64| times[((times.len() - 1) as f64 * q) as usize] as f64 / 1000.0;
    println!(
        "partner step (engine + state machine), {} steps over {} partners: median {:.1} µs, p95 {:.1} µs, max {:.1} µs",
        times.len(),
        all.all.len(),
        at(0.5),
        at(0.95),
        at(1.0)
    );
}
