//! Validator for the embedded `content/listening/` files: counts, ids, the feelings
//! vocabulary, references between files, principles, ladder levels, model reflections checked
//! against the feedback engine, and content notes.

use super::*;
use crate::content::checks::*;
use crate::content::for_tests::listening;
use crate::content::{ContentNote, Context};
use crate::feedback::{analyse, Label};
use crate::progress::Score;
use std::collections::BTreeSet;

fn area() -> &'static Listening {
    listening().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_area_loads_with_enough_items() {
    let l = area();
    assert!(
        l.statements.len() >= 60,
        "{} statements",
        l.statements.len()
    );
    assert!(l.pick.len() >= 16, "{} pick items", l.pick.len());
    assert!(l.ladder.len() >= 12, "{} ladder items", l.ladder.len());
    assert_eq!(l.summaries(Exercise::Write).len(), l.statements.len());
}

#[test]
fn every_context_has_at_least_eight_statements() {
    let l = area();
    for c in Context::ALL {
        let n = l.statements_in(c).count();
        assert!(n >= 8, "{} has only {n} statements", c.slug());
    }
}

#[test]
fn every_context_has_the_same_number_of_statements() {
    // Practising in one context should be as rich as in any other: a replaced statement is
    // replaced within its context, or the counts move together.
    let l = area();
    let counts: Vec<(&str, usize)> = Context::ALL
        .iter()
        .map(|c| (c.slug(), l.statements_in(*c).count()))
        .collect();
    assert!(
        counts.windows(2).all(|w| w[0].1 == w[1].1),
        "statements per context: {counts:?}"
    );
}

#[test]
fn ids_are_unique_and_well_formed() {
    let l = area();
    assert_unique_ids("families", l.families.iter().map(|f| f.id.as_str()));
    assert_unique_ids("feelings", l.feelings.iter().map(|f| f.id.as_str()));
    assert_unique_ids("statements", l.statements.iter().map(|s| s.id.as_str()));
    assert_unique_ids("pick", l.pick.iter().map(|i| i.id.as_str()));
    assert_unique_ids("ladder", l.ladder.iter().map(|i| i.id.as_str()));
    for i in &l.pick {
        assert_unique_ids(
            &format!("pick {}", i.id),
            i.options.iter().map(|o| o.id.as_str()),
        );
    }
    for i in &l.ladder {
        assert_unique_ids(
            &format!("ladder {}", i.id),
            i.responses.iter().map(|r| r.id.as_str()),
        );
    }
    let words: Vec<&str> = l.feelings.iter().map(|f| f.word.as_str()).collect();
    let unique: BTreeSet<&str> = words.iter().copied().collect();
    assert_eq!(unique.len(), words.len(), "a feeling word is listed twice");
}

#[test]
fn every_family_has_a_mild_a_moderate_and_a_strong_feeling() {
    let l = area();
    assert!(l.families.len() >= 8, "{} families", l.families.len());
    for f in &l.feelings {
        assert!(
            l.family(&f.family).is_some(),
            "feeling {} names unknown family {}",
            f.id,
            f.family
        );
        assert!(filled(&f.word), "feeling {} has no word", f.id);
    }
    for fam in &l.families {
        assert!(filled(&fam.label), "family {} has no label", fam.id);
        for i in Intensity::ALL {
            assert!(
                l.feelings
                    .iter()
                    .any(|f| f.family == fam.id && f.intensity == i),
                "family {} has no {} feeling",
                fam.id,
                i.label()
            );
        }
        let words = l.feelings_in(&fam.id);
        assert_eq!(words[0].intensity, Intensity::Mild);
    }
}

#[test]
fn statements_are_complete_and_their_feelings_exist() {
    let l = area();
    for s in &l.statements {
        let what = format!("statement {}", s.id);
        assert!(filled(&s.speaker) && filled(&s.statement), "{what}");
        assert!(filled(&s.feelings_note), "{what} has no feelings_note");
        assert!(
            (2..=4).contains(&s.feelings.len()),
            "{what} has {} feelings",
            s.feelings.len()
        );
        let unique: BTreeSet<&String> = s.feelings.iter().collect();
        assert_eq!(unique.len(), s.feelings.len(), "{what} repeats a feeling");
        for f in &s.feelings {
            assert!(l.feeling(f).is_some(), "{what} names unknown feeling {f}");
        }
        assert!(
            (2..=3).contains(&s.models.len()),
            "{what} has {} models",
            s.models.len()
        );
        assert!(
            s.models.iter().all(|m| filled(m)),
            "{what} has an empty model"
        );
    }
}

#[test]
fn every_reference_and_principle_resolves() {
    let l = area();
    for s in &l.statements {
        assert_principle(&format!("statement {}", s.id), &s.principle);
    }
    for i in &l.pick {
        assert_principle(&format!("pick {}", i.id), &i.principle);
        assert!(
            l.statement(&i.statement).is_some(),
            "pick {} names unknown statement {}",
            i.id,
            i.statement
        );
    }
    for i in &l.ladder {
        assert_principle(&format!("ladder {}", i.id), &i.principle);
        assert!(
            l.statement(&i.statement).is_some(),
            "ladder {} names unknown statement {}",
            i.id,
            i.statement
        );
    }
    for k in PickKind::ALL {
        if let Some(p) = k.roadblock_principle() {
            assert_principle(&format!("kind {k:?}"), p);
        }
    }
    assert_principle("the feelings tag", statement::FEELING_TAG);
}

#[test]
fn pick_items_have_five_to_seven_explained_options_and_one_best() {
    let l = area();
    let mut deeper = 0;
    for i in &l.pick {
        assert!(
            (5..=7).contains(&i.options.len()),
            "pick {} has {} options",
            i.id,
            i.options.len()
        );
        let best: Vec<&PickOption> = i.options.iter().filter(|o| o.correct).collect();
        assert_eq!(
            best.len(),
            1,
            "pick {} has {} correct options",
            i.id,
            best.len()
        );
        assert!(
            best[0].kind.is_reflection(),
            "pick {}: the best option should be a reflection",
            i.id
        );
        for o in &i.options {
            assert!(
                filled(&o.text) && filled(&o.explanation),
                "pick {} option {} is empty",
                i.id,
                o.id
            );
        }
        let kinds: BTreeSet<PickKind> = i.options.iter().map(|o| o.kind).collect();
        assert!(
            kinds.len() >= 4,
            "pick {} uses only {} kinds",
            i.id,
            kinds.len()
        );
        assert!(
            i.options.iter().any(|o| !o.kind.is_reflection()),
            "pick {} has no roadblock or question",
            i.id
        );
        if best[0].kind == PickKind::DeeperReflection
            && i.options
                .iter()
                .any(|o| !o.correct && o.kind.is_reflection())
        {
            deeper += 1;
        }
    }
    assert!(
        deeper >= 4,
        "only {deeper} pick items contrast a simple reflection with a deeper one"
    );
}

#[test]
fn a_pick_explanation_does_not_open_by_repeating_its_kind() {
    // The page shows the kind above the explanation ("Advice. Not this one."), so an
    // explanation that starts "Advice." says it twice. "Advice as a question." adds something.
    for item in &area().pick {
        for o in &item.options {
            let first = o.explanation.split('.').next().unwrap_or_default();
            assert!(
                !first.eq_ignore_ascii_case(o.kind.label()),
                "pick {} option {}: the explanation opens with its kind, which the page already shows",
                item.id,
                o.id
            );
        }
    }
}

#[test]
fn ladder_levels_are_distinct_in_range_and_span_low_to_high() {
    for i in &area().ladder {
        assert!(
            (4..=5).contains(&i.responses.len()),
            "ladder {} has {} responses",
            i.id,
            i.responses.len()
        );
        let levels: BTreeSet<u8> = i.responses.iter().map(|r| r.level).collect();
        assert_eq!(
            levels.len(),
            i.responses.len(),
            "ladder {}: repeated level",
            i.id
        );
        assert!(
            levels.iter().all(|l| (1..=5).contains(l)),
            "ladder {}: level out of 1..=5",
            i.id
        );
        assert!(
            levels.iter().any(|l| *l <= 2),
            "ladder {}: nothing low",
            i.id
        );
        assert!(
            levels.iter().any(|l| *l >= 4),
            "ladder {}: nothing high",
            i.id
        );
        for r in &i.responses {
            assert!(
                filled(&r.text) && filled(&r.explanation),
                "ladder {} response {} is empty",
                i.id,
                r.id
            );
        }
        assert_eq!(i.score(&i.solution()).score, Score::FULL, "ladder {}", i.id);
        for attempt in 0..5 {
            assert_ne!(i.shuffled_start(attempt), i.solution(), "ladder {}", i.id);
        }
    }
}

#[test]
fn model_reflections_do_not_read_as_advice_judgement_or_reassurance() {
    let mut problems = Vec::new();
    for s in &area().statements {
        for m in &s.models {
            let found = analyse(&s.statement, m);
            for l in [Label::Advice, Label::Judgement, Label::Reassurance] {
                if found.has(l) {
                    problems.push(format!("statement {}: \"{m}\" reads as {}", s.id, l.name()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn reflections_in_pick_and_ladder_do_not_read_as_advice_judgement_or_reassurance() {
    // Every option offered as a reflection, and every rung at level 3 or above, is what we
    // hold up as listening: the engine the learner is coached by must not flag it.
    let l = area();
    let mut problems = Vec::new();
    let mut check = |statement: &str, text: &str, what: String| {
        let found = analyse(statement, text);
        for lab in [Label::Advice, Label::Judgement, Label::Reassurance] {
            if found.has(lab) {
                problems.push(format!("{what}: \"{text}\" reads as {}", lab.name()));
            }
        }
    };
    for i in &l.pick {
        let s = l
            .statement(&i.statement)
            .map_or("", |s| s.statement.as_str());
        for o in i.options.iter().filter(|o| o.kind.is_reflection()) {
            check(s, &o.text, format!("pick {} option {}", i.id, o.id));
        }
    }
    for i in &l.ladder {
        let s = l
            .statement(&i.statement)
            .map_or("", |s| s.statement.as_str());
        for r in i.responses.iter().filter(|r| r.level >= 3) {
            check(s, &r.text, format!("ladder {} response {}", i.id, r.id));
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn every_statement_can_be_answered_in_full() {
    let l = area();
    for s in &l.statements {
        let right: BTreeSet<String> = s.feelings.iter().cloned().collect();
        let res = l.score_feelings(s, &right);
        assert_eq!(res.score, Score::FULL, "statement {}", s.id);
        // A model reflection, written out, should score as a good reflection.
        let best = s
            .models
            .iter()
            .map(|m| analyse(&s.statement, m).score())
            .max()
            .unwrap_or(Score::ZERO);
        assert_eq!(
            best,
            Score::FULL,
            "statement {}: no model scores full",
            s.id
        );
    }
}

/// Every learner-visible text that belongs to a statement, including the pick and ladder
/// responses to it (they are shown under the statement's content notes).
fn texts() -> Vec<(String, Vec<ContentNote>, String)> {
    let l = area();
    let mut out = Vec::new();
    for s in &l.statements {
        let mut t = vec![s.statement.clone(), s.feelings_note.clone()];
        t.extend(s.models.iter().cloned());
        for i in l.pick.iter().filter(|i| i.statement == s.id) {
            for o in &i.options {
                t.push(o.text.clone());
                t.push(o.explanation.clone());
            }
        }
        for i in l.ladder.iter().filter(|i| i.statement == s.id) {
            for r in &i.responses {
                t.push(r.text.clone());
                t.push(r.explanation.clone());
            }
        }
        out.push((
            format!("statement {}", s.id),
            s.content_notes.clone(),
            t.join("\n"),
        ));
    }
    out
}

#[test]
fn statements_that_touch_hard_topics_carry_a_content_note() {
    assert_hard_topics_have_notes(&texts());
}

#[test]
fn no_item_gives_method_details() {
    assert_no_method_details(&texts());
}

#[test]
fn progress_keys_follow_the_area_scheme() {
    let l = area();
    let keys: Vec<String> = l
        .statements
        .iter()
        .flat_map(|s| [s.feelings_key(), s.write_key()])
        .chain(l.pick.iter().map(PickItem::progress_key))
        .chain(l.ladder.iter().map(LadderItem::progress_key))
        .collect();
    let unique: BTreeSet<&String> = keys.iter().collect();
    assert_eq!(unique.len(), keys.len(), "progress keys collide");
    assert!(keys
        .iter()
        .all(|k| crate::catalog::area_of(k) == Some(AREA)));
    assert_eq!(Exercise::Feel.progress_key("x"), "listen.feel.x");
    assert_eq!(Exercise::Write.prefix(), "listen.write.");
    let slugs: BTreeSet<&str> = AREA.exercises().map(|e| e.slug()).collect();
    assert_eq!(slugs.len(), 5);
    assert_eq!(AREA.slug(), "listening");
    // The practice partner keeps its outcomes under the catalogue's key for it.
    assert_eq!(Exercise::Partner.prefix(), crate::partner::PREFIX);
    assert_eq!(
        Exercise::Partner.progress_key("alex-resit"),
        crate::partner::progress_key("alex-resit")
    );
}

/// Words that are not feelings, though people say "I feel …" before them: judgements about
/// yourself or the situation. None belongs in the feelings vocabulary.
const NOT_FEELINGS: &[&str] = &[
    "responsible",
    "fine",
    "ok",
    "okay",
    "good",
    "bad",
    "normal",
    "busy",
    "right",
    "wrong",
    "weird",
    "stupid",
    "useless",
    "like a failure",
];

#[test]
fn the_feelings_vocabulary_holds_only_feelings() {
    for f in &area().feelings {
        assert!(
            !NOT_FEELINGS.contains(&f.word.to_lowercase().as_str()),
            "\"{}\" is not a feeling",
            f.word
        );
    }
}

#[test]
fn the_writing_guides_scales_sit_in_one_family_from_mild_to_strong() {
    // From the writing guide (shared/notes/content.md): each scale is one kind of feeling,
    // graded. Words of a scale in the vocabulary share a family and rise in intensity.
    const SCALES: &[&[&str]] = &[
        &["low", "down", "heartbroken"],
        &["uneasy", "anxious", "terrified"],
        &["irritated", "frustrated", "furious"],
        &["awkward", "embarrassed", "humiliated"],
        &["weary", "drained", "burnt out"],
        &["left out", "isolated", "abandoned"],
        &["stretched", "swamped", "overwhelmed"],
        &["let down", "betrayed"],
    ];
    let l = area();
    let by_word = |w: &str| l.feelings.iter().find(|f| f.word == w);
    for scale in SCALES {
        let found: Vec<&Feeling> = scale.iter().filter_map(|w| by_word(w)).collect();
        assert!(
            found.len() >= 2,
            "the scale {scale:?} is missing from the vocabulary"
        );
        for pair in found.windows(2) {
            assert_eq!(
                pair[0].family, pair[1].family,
                "\"{}\" and \"{}\" are one kind of feeling",
                pair[0].word, pair[1].word
            );
            assert!(
                pair[0].intensity < pair[1].intensity,
                "\"{}\" should be milder than \"{}\"",
                pair[0].word,
                pair[1].word
            );
        }
    }
}

#[test]
fn different_kinds_of_feeling_are_in_different_families() {
    // One word of each kind: no family holds two of them, so "proud" or "grateful" can never
    // again be filed as a strong form of "hopeful", nor "ashamed" as a form of "guilty".
    const KINDS: &[&str] = &[
        "frustrated",
        "sad",
        "anxious",
        "embarrassed",
        "hurt",
        "lonely",
        "exhausted",
        "overwhelmed",
        "confused",
        "guilty",
        "powerless",
        "numb",
        "hopeful",
        "relieved",
        "proud",
        "grateful",
    ];
    let l = area();
    let mut seen: Vec<(&str, &str)> = Vec::new();
    for word in KINDS {
        let f = l
            .feelings
            .iter()
            .find(|f| f.word == *word)
            .unwrap_or_else(|| panic!("\"{word}\" is not in the vocabulary"));
        if let Some((other, _)) = seen.iter().find(|(_, fam)| *fam == f.family) {
            panic!(
                "\"{word}\" and \"{other}\" are different kinds but share the family {}",
                f.family
            );
        }
        seen.push((word, &f.family));
    }
}

/// The words of a text that count as naming a feeling: the vocabulary's words (at the start of
/// a word, so "hurt" finds "hurtful"), or the feedback engine hearing a reflection of feeling.
fn names_a_feeling(l: &Listening, statement: &str, text: &str) -> bool {
    let lower = text.to_lowercase();
    l.feelings.iter().any(|f| has_word(&lower, &f.word))
        || analyse(statement, text).has(Label::ReflectsFeeling)
}

/// Does the text give back something of what happened: the engine hears a content
/// reflection, or it takes up one of the statement's own longer words?
fn reflects_content(statement: &str, text: &str) -> bool {
    const COMMON: &[&str] = &[
        "about", "after", "again", "because", "been", "even", "every", "from", "have", "just",
        "know", "like", "really", "still", "that", "their", "them", "then", "they", "this", "what",
        "when", "with", "would", "your",
    ];
    let words = |s: &str| -> BTreeSet<String> {
        s.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() >= 4 && !COMMON.contains(w))
            .map(str::to_string)
            .collect()
    };
    analyse(statement, text).has(Label::ReflectsContent)
        || !words(statement).is_disjoint(&words(text))
}

#[test]
fn every_model_reflection_reflects_feeling_and_content() {
    let l = area();
    let mut problems = Vec::new();
    for s in &l.statements {
        for (n, m) in s.models.iter().enumerate() {
            if !names_a_feeling(l, &s.statement, m) {
                problems.push(format!(
                    "statement {} model {}: names no feeling: \"{m}\"",
                    s.id,
                    n + 1
                ));
            }
            if !reflects_content(&s.statement, m) {
                problems.push(format!(
                    "statement {} model {}: reflects nothing they said: \"{m}\"",
                    s.id,
                    n + 1
                ));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

/// The kinds that are roadblocks: however warm, they tell the peer what to do, think or feel.
const ROADBLOCKS: [PickKind; 5] = [
    PickKind::Advice,
    PickKind::Reassurance,
    PickKind::Judgement,
    PickKind::Theorising,
    PickKind::SelfFocus,
];

#[test]
fn a_ladder_response_that_judges_advises_or_reassures_is_never_above_level_two() {
    // The rubric's one rule (README.md): roadblocks, and questions that change the subject,
    // sit at level 1 or 2.
    for i in &area().ladder {
        for r in &i.responses {
            if ROADBLOCKS.contains(&r.kind) || r.kind == PickKind::Question {
                assert!(
                    r.level <= 2,
                    "ladder {} response {}: a {:?} response at level {}",
                    i.id,
                    r.id,
                    r.kind,
                    r.level
                );
            }
        }
    }
}

#[test]
fn ladder_levels_above_two_are_reflections_and_four_and_five_go_deeper() {
    for i in &area().ladder {
        for r in &i.responses {
            let what = format!(
                "ladder {} response {} ({:?}, level {})",
                i.id, r.id, r.kind, r.level
            );
            if r.kind.is_reflection() {
                assert!(
                    r.level >= 2,
                    "{what}: a reflection does not pass over the feeling"
                );
            }
            match r.level {
                3 => assert_eq!(
                    r.kind,
                    PickKind::ReflectsBoth,
                    "{what}: level 3 reflects content and feeling"
                ),
                4 | 5 => assert_eq!(
                    r.kind,
                    PickKind::DeeperReflection,
                    "{what}: levels 4 and 5 add what was implied"
                ),
                _ => {}
            }
        }
    }
}

#[test]
fn praise_of_the_peer_is_filed_as_reassurance_not_judgement() {
    // The team's convention, shared with the feedback engine: "you're so strong" reassures.
    const PRAISE: &[&str] = &[
        "well done",
        "you're amazing",
        "you're so strong",
        "so proud of you",
        "good son",
        "good daughter",
        "good mum",
        "good dad",
        "you're brilliant",
        "that's brilliant",
    ];
    let l = area();
    let praises = |t: &str| PRAISE.iter().any(|p| t.to_lowercase().contains(p));
    for i in &l.pick {
        for o in &i.options {
            if praises(&o.text) {
                assert_eq!(
                    o.kind,
                    PickKind::Reassurance,
                    "pick {} option {}",
                    i.id,
                    o.id
                );
            }
        }
    }
    for i in &l.ladder {
        for r in &i.responses {
            if praises(&r.text) {
                assert_eq!(
                    r.kind,
                    PickKind::Reassurance,
                    "ladder {} response {}",
                    i.id,
                    r.id
                );
            }
        }
    }
}

#[test]
fn ladder_levels_run_without_gaps_so_a_five_stands_on_a_four() {
    // A response at level 5 goes deeper than one at 4; with no 4 beside it, it is usually a
    // level-4 reflection promoted (as `ladder-four-nights` d and `ladder-head-chef` d were).
    for i in &area().ladder {
        let mut levels: Vec<u8> = i.responses.iter().map(|r| r.level).collect();
        levels.sort_unstable();
        for w in levels.windows(2) {
            assert_eq!(
                w[1],
                w[0] + 1,
                "ladder {}: levels {levels:?} skip a step",
                i.id
            );
        }
    }
}

#[test]
fn pick_options_are_shown_shuffled_per_attempt_with_every_option() {
    let mut first = 0;
    for i in &area().pick {
        for attempt in 0..4 {
            let s = i.shown_options(attempt);
            assert_eq!(s.len(), i.options.len(), "pick {}", i.id);
            assert!(i.options.iter().all(|o| s.contains(&o)), "pick {}", i.id);
            assert_eq!(s, i.shown_options(attempt), "pick {}", i.id);
            assert_ne!(s, i.shown_options(attempt + 1), "pick {}", i.id);
        }
        first += usize::from(i.shown_options(0)[0].correct);
    }
    let total = area().pick.len();
    println!("balance: listening pick, first attempt as shown: best first in {first} of {total}");
    assert!(first * 2 <= total, "best shown first in {first} of {total}");
}
