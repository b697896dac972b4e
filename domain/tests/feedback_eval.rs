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
//! - `blind-holdout.tsv`: optional, written blind and never seen by the engine's authors. When
//!   it is present it is scored and reported on its own, never with its lines printed.
//!
//! Run from `domain/`: `cargo test --release --test feedback_eval -- --nocapture`.
//! Every disagreement on the tuning sets: add `FEEDBACK_SHOW_ERRORS=1` in front.

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

/// Scores one set: prints its tables, one line per register, and the real-talk subset in full.
/// Returns (engine, baseline) scores and the real-talk ones if the set has any.
fn report(
    title: &str,
    set: &[Example],
    show_errors: bool,
) -> (Score, Score, Option<(Score, Score)>) {
    let with_engine: Vec<(&Example, Labels)> = set.iter().map(|e| (e, engine(e))).collect();
    let with_base: Vec<(&Example, Labels)> =
        set.iter().map(|e| (e, baseline(&e.response))).collect();
    if show_errors {
        let names = |s: &Labels| s.iter().map(|l| l.name()).collect::<Vec<_>>().join(",");
        for (ex, got) in with_engine.iter().filter(|(ex, got)| *got != ex.gold) {
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
/// (b) 0.0% / 2.1%. The blind holdout has only a very loose floor: it is a report.
const TUNE_MACRO_F1_FLOOR: f64 = 0.85;
const BLIND_MACRO_F1_FLOOR: f64 = 0.60;
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
        let (e, b, real_talk) = report(name, &set, show);
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
    // The blind holdout, when the lead has dropped it in: scored, never printed line by line.
    let blind = data_path("blind-holdout.tsv");
    if blind.exists() {
        let set = load("blind-holdout.tsv");
        let (e, _, _) = report(
            "blind-holdout.tsv (never seen by the engine's authors)",
            &set,
            false,
        );
        assert!(
            e.macro_f1 >= BLIND_MACRO_F1_FLOOR,
            "blind holdout: macro-F1 {:.3} fell below {BLIND_MACRO_F1_FLOOR}",
            e.macro_f1
        );
    } else {
        println!(
            "\n(no blind-holdout.tsv in tests/data/feedback: only the tuning sets were scored)"
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
