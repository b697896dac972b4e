//! The feedback engine measured against its labelled sets, beside a trivial baseline.
//!
//! A report, not a gate: for each set it prints per-label precision, recall and F1, macro-F1,
//! exact matches and the three learner-facing rates, for the engine and for a ten-line
//! punctuation-and-keyword baseline, then the same per register (`# register: <name>` in the
//! files), with the `real-talk` subset in full. The only assertions are loose floors far below
//! what the engine scores, so they catch a broken engine and never flake.
//!
//! Sets, in `tests/data/feedback/` (see its README for how each was made):
//! - `tune.tsv`: the project's first two sets, relabelled; tuned on.
//! - `tune-new.tsv`: written blind to the engine from the labelling guide alone; tuned on.
//! - `tune-new-2.tsv`: written blind the same way during issue 19, scored untouched once (the
//!   README records that score), then tuned on.
//! - `blind-holdout.tsv`, `blind-holdout-2.tsv` and `blind-holdout-3.tsv`: written blind by
//!   three people who never saw the engine, kept from its authors; each is scored and reported on its own when present, never
//!   with its lines printed.
//!
//! Run from `domain/`: `cargo test --release --test feedback_eval -- --nocapture`.
//! Every disagreement on the tuned-on part of the tuning sets: add `FEEDBACK_SHOW_ERRORS=1` in
//! front. The held-aside share of each (see the README) is reported in aggregate only.

use heard_domain::feedback::{analyse, lexicon_errors, Label};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

type Labels = BTreeSet<Label>;

struct Example {
    line: usize,
    register: String,
    statement: String,
    response: String,
    gold: Labels,
}

fn data_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/feedback")
        .join(name)
}

/// Parses a labelled set: `statement<TAB>response<TAB>labels`, `#` comments, and
/// `# register: <name>` comments that name the register of the lines after them.
fn parse(name: &str, text: &str) -> Vec<Example> {
    let mut out = Vec::new();
    let mut register = String::from("unspecified");
    for (i, raw) in text.lines().enumerate() {
        if let Some(r) = raw.strip_prefix("# register:") {
            register = r.trim().to_string();
            continue;
        }
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = raw.split('\t').collect();
        assert!(
            cols.len() == 3,
            "{name}:{}: expected 3 tab-separated columns, got {}",
            i + 1,
            cols.len()
        );
        let gold = cols[2]
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| {
                Label::from_name(s)
                    .unwrap_or_else(|| panic!("{name}:{}: unknown label `{s}`", i + 1))
            })
            .collect();
        out.push(Example {
            line: i + 1,
            register: register.clone(),
            statement: cols[0].to_string(),
            response: cols[1].to_string(),
            gold,
        });
    }
    out
}

fn load(name: &str) -> Vec<Example> {
    let path = data_path(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    parse(name, &text)
}

/// The trivial baseline the engine must clearly beat: punctuation and a few keywords per label.
fn baseline(response: &str) -> Labels {
    let r = format!(" {} ", response.to_lowercase().replace(['’', '‘'], "'"));
    let has = |keys: &[&str]| keys.iter().any(|k| r.contains(k));
    let rules: [(Label, bool); 10] = [
        (
            Label::ReflectsFeeling,
            has(&["sounds", "must be", "you feel", "you're feeling"]),
        ),
        (
            Label::ReflectsContent,
            has(&[" so you", "you're saying", "sounds like"]),
        ),
        (
            Label::Validates,
            has(&["makes sense", "understandable", "no wonder", "of course"]),
        ),
        (
            Label::OpenQuestion,
            r.contains('?') && has(&[" what ", " how ", " why ", "tell me"]),
        ),
        (
            Label::ClosedQuestion,
            r.contains('?') && !has(&[" what ", " how ", " why "]),
        ),
        (
            Label::Advice,
            has(&[
                "should",
                "need to",
                " try ",
                "have you tried",
                "why don't you",
            ]),
        ),
        (
            Label::Judgement,
            has(&[
                "selfish",
                "unfair",
                "rude",
                "lazy",
                "overreact",
                "should have",
            ]),
        ),
        (
            Label::SelfFocus,
            has(&[" when i ", " my ", " me too", " i had ", " i was "]),
        ),
        (
            Label::Theorising,
            has(&["research", "studies", "syndrome", "brain", "common"]),
        ),
        (
            Label::Reassurance,
            has(&[
                "at least",
                "don't worry",
                "it'll be",
                "you'll be",
                "not your fault",
            ]),
        ),
    ];
    rules
        .into_iter()
        .filter(|(_, hit)| *hit)
        .map(|(l, _)| l)
        .collect()
}

/// Whether a pair is in the share of a tuning set kept aside while tuning (about 30%): its
/// statement's MD5, read as a big-endian number, is 0, 1 or 2 mod 10 (see the README). Only
/// its aggregate scores are looked at.
fn held_aside(statement: &str) -> bool {
    let digest = md5(statement.as_bytes());
    let rem = digest
        .iter()
        .fold(0u32, |acc, b| (acc * 256 + u32::from(*b)) % 10);
    rem <= 2
}

/// MD5 (RFC 1321), only to reproduce the README's split; not for anything secret.
fn md5(input: &[u8]) -> [u8; 16] {
    const S: [u32; 64] = [
        7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5,
        9, 14, 20, 5, 9, 14, 20, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10,
        15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
    ];
    let k: Vec<u32> = (0..64)
        .map(|i| ((i as f64 + 1.0).sin().abs() * 4_294_967_296.0) as u32)
        .collect();
    let mut msg = input.to_vec();
    let bit_len = (input.len() as u64).wrapping_mul(8);
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&bit_len.to_le_bytes());
    let (mut a0, mut b0, mut c0, mut d0) = (
        0x6745_2301u32,
        0xefcd_ab89u32,
        0x98ba_dcfeu32,
        0x1032_5476u32,
    );
    for chunk in msg.chunks(64) {
        let m: Vec<u32> = chunk
            .chunks(4)
            .map(|w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
            .collect();
        let (mut a, mut b, mut c, mut d) = (a0, b0, c0, d0);
        for i in 0..64 {
            let (f, g) = match i / 16 {
                0 => ((b & c) | (!b & d), i),
                1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
                2 => (b ^ c ^ d, (3 * i + 5) % 16),
                _ => (c ^ (b | !d), (7 * i) % 16),
            };
            let f = f.wrapping_add(a).wrapping_add(k[i]).wrapping_add(m[g]);
            a = d;
            d = c;
            c = b;
            b = b.wrapping_add(f.rotate_left(S[i]));
        }
        a0 = a0.wrapping_add(a);
        b0 = b0.wrapping_add(b);
        c0 = c0.wrapping_add(c);
        d0 = d0.wrapping_add(d);
    }
    let mut out = [0u8; 16];
    for (i, v) in [a0, b0, c0, d0].iter().enumerate() {
        out[i * 4..i * 4 + 4].copy_from_slice(&v.to_le_bytes());
    }
    out
}

fn engine(ex: &Example) -> Labels {
    analyse(&ex.statement, &ex.response)
        .labels()
        .into_iter()
        .collect()
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn precision(self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    fn recall(self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    fn f1(self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// `a / b`, and 1.0 when there is nothing to count (no gold and no guess is not an error).
fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// `(how many went wrong, out of how many could)`.
type Rate = (usize, usize);

fn reflects(s: &Labels) -> bool {
    s.contains(&Label::ReflectsFeeling) || s.contains(&Label::ReflectsContent)
}

fn fixes_or_judges(s: &Labels) -> bool {
    s.contains(&Label::Advice) || s.contains(&Label::Judgement)
}

fn unhelpful(s: &Labels) -> bool {
    s.iter().any(|l| l.is_roadblock())
}

struct Score {
    per_label: Vec<(Label, Counts)>,
    macro_f1: f64,
    exact: usize,
    total: usize,
    /// (a) An unhelpful response (a roadblock in gold, no reflection) praised as a reflection.
    praised: Rate,
    /// (b) A good reflection (a reflection in gold, no advice or judgement) flagged as advice
    /// or judgement.
    flagged: Rate,
    /// (c) An unhelpful response (a roadblock in gold) that gets no roadblock at all.
    unwarned: Rate,
}

fn score(pairs: &[(&Example, Labels)]) -> Score {
    let mut counts = [Counts::default(); 10];
    let mut exact = 0;
    let (mut praised, mut flagged, mut unwarned) = ((0, 0), (0, 0), (0, 0));
    for (ex, got) in pairs {
        let gold = &ex.gold;
        exact += usize::from(got == gold);
        for (k, label) in Label::ALL.iter().enumerate() {
            match (gold.contains(label), got.contains(label)) {
                (true, true) => counts[k].tp += 1,
                (false, true) => counts[k].fp += 1,
                (true, false) => counts[k].fn_ += 1,
                (false, false) => {}
            }
        }
        if unhelpful(gold) && !reflects(gold) {
            praised.1 += 1;
            praised.0 += usize::from(reflects(got));
        }
        if reflects(gold) && !fixes_or_judges(gold) {
            flagged.1 += 1;
            flagged.0 += usize::from(fixes_or_judges(got));
        }
        if unhelpful(gold) {
            unwarned.1 += 1;
            unwarned.0 += usize::from(!unhelpful(got));
        }
    }
    let per_label: Vec<(Label, Counts)> = Label::ALL.iter().copied().zip(counts).collect();
    let macro_f1 = per_label.iter().map(|(_, c)| c.f1()).sum::<f64>() / per_label.len() as f64;
    Score {
        per_label,
        macro_f1,
        exact,
        total: pairs.len(),
        praised,
        flagged,
        unwarned,
    }
}

fn pct(r: Rate) -> String {
    format!("{:>5.1}% ({}/{})", 100.0 * ratio(r.0, r.1.max(1)), r.0, r.1)
}

/// Engine and baseline side by side, one row per label.
fn print_tables(title: &str, e: &Score, b: &Score) {
    println!(
        "\n== {title}: {} responses; exact match: engine {}, baseline {}",
        e.total, e.exact, b.exact
    );
    println!(
        "{:<17} | {:>5} {:>5} {:>5} {:>4} {:>4} {:>4} | {:>5} {:>5} {:>5}",
        "", "engine", "", "", "tp", "fp", "fn", "base", "", ""
    );
    println!(
        "{:<17} | {:>5} {:>5} {:>5} {:>4} {:>4} {:>4} | {:>5} {:>5} {:>5}",
        "label", "P", "R", "F1", "", "", "", "P", "R", "F1"
    );
    for ((label, c), (_, d)) in e.per_label.iter().zip(&b.per_label) {
        println!(
            "{:<17} | {:>5.2} {:>5.2} {:>5.2} {:>4} {:>4} {:>4} | {:>5.2} {:>5.2} {:>5.2}",
            label.name(),
            c.precision(),
            c.recall(),
            c.f1(),
            c.tp,
            c.fp,
            c.fn_,
            d.precision(),
            d.recall(),
            d.f1()
        );
    }
    println!(
        "{:<17} | {:>17.3} {:>14} | {:>17.3}",
        "macro-F1", e.macro_f1, "", b.macro_f1
    );
    print_rates(e, b);
}

fn print_rates(e: &Score, b: &Score) {
    println!(
        "(a) unhelpful praised as a reflection:  engine {}   baseline {}",
        pct(e.praised),
        pct(b.praised)
    );
    println!(
        "(b) reflection flagged advice/judgement: engine {}   baseline {}",
        pct(e.flagged),
        pct(b.flagged)
    );
    println!(
        "(c) unhelpful with no warning:           engine {}   baseline {}",
        pct(e.unwarned),
        pct(b.unwarned)
    );
}

/// The pairs of one register.
fn pick<'a>(pairs: &[(&'a Example, Labels)], register: &str) -> Vec<(&'a Example, Labels)> {
    pairs
        .iter()
        .filter(|(e, _)| e.register == register)
        .map(|(e, l)| (*e, l.clone()))
        .collect()
}

/// The pairs held aside (`aside`) or tuned on (`!aside`).
fn split<'a>(pairs: &[(&'a Example, Labels)], aside: bool) -> Vec<(&'a Example, Labels)> {
    pairs
        .iter()
        .filter(|(ex, _)| held_aside(&ex.statement) == aside)
        .map(|(ex, l)| (*ex, l.clone()))
        .collect()
}

/// Scores one set: prints its tables, one line per register, and the real-talk subset in full.
/// Returns (engine, baseline) scores and the real-talk ones if the set has any.
fn report(
    title: &str,
    set: &[Example],
    show_errors: bool,
    show_split: bool,
) -> (Score, Score, Option<(Score, Score)>) {
    let with_engine: Vec<(&Example, Labels)> = set.iter().map(|e| (e, engine(e))).collect();
    let with_base: Vec<(&Example, Labels)> =
        set.iter().map(|e| (e, baseline(&e.response))).collect();
    if show_errors {
        let names = |s: &Labels| s.iter().map(|l| l.name()).collect::<Vec<_>>().join(",");
        // The held-aside share is never shown line by line.
        for (ex, got) in with_engine
            .iter()
            .filter(|(ex, got)| *got != ex.gold && !held_aside(&ex.statement))
        {
            println!(
                "{title}:{} [{}] {:?}\n    gold: {}\n    got:  {}",
                ex.line,
                ex.register,
                ex.response,
                names(&ex.gold),
                names(got)
            );
        }
    }
    let (e, b) = (score(&with_engine), score(&with_base));
    print_tables(title, &e, &b);
    if show_split {
        let part = |aside: bool| -> (Score, Score) {
            (
                score(&split(&with_engine, aside)),
                score(&split(&with_base, aside)),
            )
        };
        for (what, aside) in [
            ("tuned-on part", false),
            ("held-aside share (aggregates only)", true),
        ] {
            let (pe, pb) = part(aside);
            println!(
                "{title}, {what}: {} responses, macro-F1 engine {:.3} baseline {:.3}, exact {}",
                pe.total, pe.macro_f1, pb.macro_f1, pe.exact
            );
            print_rates(&pe, &pb);
        }
    }

    let mut registers: Vec<&str> = set.iter().map(|e| e.register.as_str()).collect();
    registers.dedup();
    let registers: BTreeSet<&str> = registers.into_iter().collect();
    println!(
        "\n{title}, by register: {:<12} {:>4}  {:>13} {:>13}  {:>7} {:>7} {:>7}",
        "register", "n", "engine macro", "base macro", "(a)", "(b)", "(c)"
    );
    let mut real_talk = None;
    for reg in registers {
        let (re, rb) = (
            score(&pick(&with_engine, reg)),
            score(&pick(&with_base, reg)),
        );
        let short = |r: Rate| format!("{}/{}", r.0, r.1);
        println!(
            "{:>width$} {:<12} {:>4}  {:>13.3} {:>13.3}  {:>7} {:>7} {:>7}",
            "",
            reg,
            re.total,
            re.macro_f1,
            rb.macro_f1,
            short(re.praised),
            short(re.flagged),
            short(re.unwarned),
            width = title.len() + 13
        );
        if reg == "real-talk" {
            real_talk = Some((re, rb));
        }
    }
    if let Some((re, rb)) = &real_talk {
        print_tables(&format!("{title}, real-talk only"), re, rb);
    }
    (e, b, real_talk)
}

/// Floors well below what the engine scores, so a broken engine fails and an ordinary change
/// never does. When these were set: macro-F1 0.958 on tune.tsv and 0.942 on tune-new.tsv
/// (real-talk 0.930), baselines 0.516 / 0.485 (real-talk 0.449); rates (a) 0.0% / 3.3%,
/// (b) 0.0% / 2.1%. After issue 19: 0.956 / 0.945 / 0.922 on tune-new-2.tsv (baseline 0.543),
/// rates (a) 0.0% / 2.2% / 2.5%, (b) 0.0% / 2.1% / 0.0%. The blind holdout has only a very
/// loose floor: it is a report.
const TUNE_MACRO_F1_FLOOR: f64 = 0.85;
const BLIND_MACRO_F1_FLOOR: f64 = 0.60;
/// The blind holdouts: written from the labelling guide alone by people who never saw the
/// engine (see the README), scored by the lead only.
const BLIND_SETS: [&str; 3] = [
    "blind-holdout.tsv",
    "blind-holdout-2.tsv",
    "blind-holdout-3.tsv",
];

/// "Clearly better" than the baseline: this much macro-F1 above it.
const MARGIN_OVER_BASELINE: f64 = 0.30;
const MAX_HARMFUL_RATE_ON_TUNE: f64 = 0.08;

fn rate(r: Rate) -> f64 {
    ratio(r.0, r.1.max(1))
}

#[test]
fn the_engine_beats_the_baseline_and_stays_above_loose_floors_on_every_set() {
    let show = std::env::var_os("FEEDBACK_SHOW_ERRORS").is_some();
    for name in ["tune.tsv", "tune-new.tsv", "tune-new-2.tsv"] {
        let set = load(name);
        let (e, b, real_talk) = report(name, &set, show, true);
        assert!(
            e.macro_f1 >= TUNE_MACRO_F1_FLOOR,
            "{name}: macro-F1 {:.3} fell below {TUNE_MACRO_F1_FLOOR}",
            e.macro_f1
        );
        assert!(
            e.macro_f1 > b.macro_f1 + MARGIN_OVER_BASELINE,
            "{name}: engine {:.3} is not clearly better than the baseline {:.3}",
            e.macro_f1,
            b.macro_f1
        );
        for (what, r) in [("(a)", e.praised), ("(b)", e.flagged)] {
            assert!(
                rate(r) <= MAX_HARMFUL_RATE_ON_TUNE,
                "{name}: rate {what} is {}",
                pct(r)
            );
        }
        if let Some((re, rb)) = real_talk {
            assert!(
                re.macro_f1 > rb.macro_f1 + MARGIN_OVER_BASELINE,
                "{name}: on real talk the engine {:.3} is not clearly better than the baseline {:.3}",
                re.macro_f1,
                rb.macro_f1
            );
        }
    }
    // The blind holdouts, when the lead has dropped them in: scored, never printed line by line.
    for name in BLIND_SETS {
        if !data_path(name).exists() {
            println!("\n(no {name} in tests/data/feedback: it was not scored)");
            continue;
        }
        let set = load(name);
        let title = format!("{name} (never seen by the engine's authors)");
        let (e, _, _) = report(&title, &set, false, false);
        assert!(
            e.macro_f1 >= BLIND_MACRO_F1_FLOOR,
            "{name}: macro-F1 {:.3} fell below {BLIND_MACRO_F1_FLOOR}",
            e.macro_f1
        );
    }
}

#[test]
fn every_tuning_set_has_every_label_and_some_unlabelled_responses() {
    for name in ["tune.tsv", "tune-new.tsv", "tune-new-2.tsv"] {
        let set = load(name);
        for label in Label::ALL {
            let n = set.iter().filter(|e| e.gold.contains(&label)).count();
            assert!(n >= 5, "{name} has only {n} examples of {}", label.name());
        }
        assert!(
            set.iter().any(|e| e.gold.is_empty()),
            "{name} has no response without labels"
        );
    }
}

#[test]
fn register_comments_group_the_lines_after_them() {
    let set = parse(
        "inline",
        "a\tb\t\n# register: terse\nc\td\tadvice\n# a note\ne\tf\treflects_feeling,validates\n",
    );
    let regs: Vec<&str> = set.iter().map(|e| e.register.as_str()).collect();
    assert_eq!(regs, ["unspecified", "terse", "terse"]);
    assert_eq!(set[2].gold.len(), 2);
    assert!(set[0].gold.is_empty());
}

#[test]
fn the_baseline_is_the_trivial_one_the_issue_asks_for() {
    let l = |s: &str| baseline(s).into_iter().collect::<Vec<_>>();
    assert_eq!(l("What happened?"), [Label::OpenQuestion]);
    assert_eq!(l("Did you tell her?"), [Label::ClosedQuestion]);
    assert_eq!(l("You should rest."), [Label::Advice]);
    assert_eq!(l("Mm."), []);
}

#[test]
fn the_learner_facing_rates_count_what_they_say() {
    let ex = |gold: &[Label]| Example {
        line: 1,
        register: String::new(),
        statement: String::new(),
        response: String::new(),
        gold: gold.iter().copied().collect(),
    };
    let advice = ex(&[Label::Advice]);
    let reflection = ex(&[Label::ReflectsContent]);
    let got = |l: &[Label]| l.iter().copied().collect::<Labels>();
    let s = score(&[
        (&advice, got(&[Label::ReflectsContent])),
        (&reflection, got(&[Label::Judgement])),
    ]);
    assert_eq!((s.praised, s.flagged, s.unwarned), ((1, 1), (1, 1), (1, 1)));
    let s = score(&[
        (&advice, got(&[Label::Advice])),
        (&reflection, got(&[Label::ReflectsContent])),
    ]);
    assert_eq!((s.praised, s.flagged, s.unwarned), ((0, 1), (0, 1), (0, 1)));
}

#[test]
fn the_lexicon_has_no_broken_patterns() {
    assert_eq!(lexicon_errors(), Vec::<String>::new());
}

#[test]
fn the_held_aside_split_is_the_readmes_md5_rule() {
    // Known MD5 digests (RFC 1321 test suite).
    let hex = |d: [u8; 16]| d.iter().map(|b| format!("{b:02x}")).collect::<String>();
    assert_eq!(hex(md5(b"")), "d41d8cd98f00b204e9800998ecf8427e");
    assert_eq!(hex(md5(b"abc")), "900150983cd24fb0d6963f7d28e17f72");
    assert_eq!(
        hex(md5(
            b"12345678901234567890123456789012345678901234567890123456789012345678901234567890"
        )),
        "57edf4a22be3c955ac49da2e2107b67a"
    );
    // About 30% of each tuning set is held aside.
    for name in ["tune.tsv", "tune-new.tsv", "tune-new-2.tsv"] {
        let set = load(name);
        let aside = set.iter().filter(|e| held_aside(&e.statement)).count();
        let share = aside as f64 / set.len() as f64;
        assert!(
            (0.15..0.45).contains(&share),
            "{name}: {share:.2} held aside"
        );
    }
}
