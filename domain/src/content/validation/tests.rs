//! Validator for the embedded `content/validation/` files: counts, ids, explanations,
//! principles, the shape of each exercise, conversation graphs, and content notes.

use super::*;
use crate::content::checks::*;
use crate::content::for_tests::validation;
use crate::content::{Choice, ContentNote, Context};
use crate::progress::Score;
use std::collections::BTreeSet;

fn area() -> &'static Validation {
    validation().unwrap_or_else(|e| panic!("{e}"))
}

/// Every learner-visible text of every item, with the item's notes, for the keyword checks.
fn texts() -> Vec<(String, Vec<ContentNote>, String)> {
    let v = area();
    let mut out = Vec::new();
    for i in &v.sort {
        let mut t = vec![i.statement.clone()];
        for r in &i.responses {
            t.push(r.text.clone());
            t.push(r.explanation.clone());
        }
        out.push((
            format!("sort {}", i.id),
            i.content_notes.clone(),
            t.join("\n"),
        ));
    }
    for i in &v.decide {
        let mut t = vec![i.situation.clone(), i.peer.clone()];
        for m in Move::ALL {
            t.push(i.option(m).say.clone());
            t.push(i.option(m).explanation.clone());
        }
        out.push((
            format!("decide {}", i.id),
            i.content_notes.clone(),
            t.join("\n"),
        ));
    }
    for i in &v.rewrite {
        let mut t = vec![i.statement.clone(), i.advice.clone(), i.advice_note.clone()];
        for c in &i.options {
            t.push(c.text.clone());
            t.push(c.explanation.clone());
        }
        t.extend(i.models.iter().cloned());
        out.push((
            format!("rewrite {}", i.id),
            i.content_notes.clone(),
            t.join("\n"),
        ));
    }
    for c in &v.conversations {
        let mut t = vec![c.title.clone(), c.setting.clone(), c.better_route.clone()];
        for turn in &c.turns {
            t.push(turn.peer.clone());
            t.push(turn.thinking.clone());
            for r in &turn.replies {
                t.push(r.text.clone());
                t.push(r.explanation.clone());
            }
        }
        for e in &c.endings {
            t.extend([
                e.peer.clone(),
                e.thinking.clone(),
                e.title.clone(),
                e.outcome.clone(),
            ]);
        }
        out.push((
            format!("conversation {}", c.id),
            c.content_notes.clone(),
            t.join("\n"),
        ));
    }
    out
}

#[test]
fn the_area_loads_with_enough_items() {
    let v = area();
    assert!(v.sort.len() >= 14, "{} sort items", v.sort.len());
    assert!(v.decide.len() >= 20, "{} decide items", v.decide.len());
    assert!(v.rewrite.len() >= 8, "{} rewrite items", v.rewrite.len());
    let items = v.sort.len() + v.decide.len() + v.rewrite.len();
    assert!(items >= 40, "{items} sorting and decision items in all");
    assert!(
        v.conversations.len() >= 8,
        "{} conversations",
        v.conversations.len()
    );
}

#[test]
fn ids_are_unique_and_well_formed() {
    let v = area();
    assert_unique_ids("sort", v.sort.iter().map(|i| i.id.as_str()));
    assert_unique_ids("decide", v.decide.iter().map(|i| i.id.as_str()));
    assert_unique_ids("rewrite", v.rewrite.iter().map(|i| i.id.as_str()));
    assert_unique_ids(
        "conversations",
        v.conversations.iter().map(|c| c.id.as_str()),
    );
    for i in &v.sort {
        assert_unique_ids(
            &format!("sort {}", i.id),
            i.responses.iter().map(|r| r.id.as_str()),
        );
    }
    for i in &v.rewrite {
        assert_unique_ids(
            &format!("rewrite {}", i.id),
            i.options.iter().map(|c| c.id.as_str()),
        );
    }
    for c in &v.conversations {
        let nodes = c
            .turns
            .iter()
            .map(|t| t.id.as_str())
            .chain(c.endings.iter().map(|e| e.id.as_str()));
        assert_unique_ids(&format!("conversation {}", c.id), nodes);
    }
}

#[test]
fn every_text_and_explanation_is_filled_in() {
    let v = area();
    for i in &v.sort {
        assert!(filled(&i.statement) && filled(&i.speaker), "sort {}", i.id);
        for r in &i.responses {
            assert!(
                filled(&r.text) && filled(&r.explanation),
                "sort {} response {} is empty",
                i.id,
                r.id
            );
        }
    }
    for i in &v.decide {
        assert!(
            filled(&i.situation) && filled(&i.peer) && filled(&i.speaker),
            "decide {}",
            i.id
        );
        for m in Move::ALL {
            let o = i.option(m);
            assert!(
                filled(&o.say) && filled(&o.explanation),
                "decide {} move {} is empty",
                i.id,
                m.slug()
            );
        }
    }
    for i in &v.rewrite {
        assert!(
            filled(&i.statement) && filled(&i.advice) && filled(&i.advice_note),
            "rewrite {}",
            i.id
        );
        for Choice {
            id,
            text,
            explanation,
            ..
        } in &i.options
        {
            assert!(
                filled(text) && filled(explanation),
                "rewrite {} option {id} is empty",
                i.id
            );
        }
        assert!(i.models.iter().all(|m| filled(m)), "rewrite {} model", i.id);
    }
    for c in &v.conversations {
        assert!(
            filled(&c.title) && filled(&c.setting) && filled(&c.better_route),
            "conversation {}",
            c.id
        );
        for t in &c.turns {
            assert!(
                filled(&t.peer) && filled(&t.thinking),
                "conversation {} turn {}",
                c.id,
                t.id
            );
            for r in &t.replies {
                assert!(
                    filled(&r.text) && filled(&r.explanation),
                    "conversation {} turn {} has an empty reply",
                    c.id,
                    t.id
                );
            }
        }
        for e in &c.endings {
            assert!(
                filled(&e.peer) && filled(&e.thinking) && filled(&e.title) && filled(&e.outcome),
                "conversation {} ending {}",
                c.id,
                e.id
            );
        }
    }
}

#[test]
fn every_principle_resolves() {
    let v = area();
    for i in &v.sort {
        assert_principle(&format!("sort {}", i.id), &i.principle);
        for r in &i.responses {
            let what = format!("sort {} response {}", i.id, r.id);
            let tag = r
                .tag()
                .unwrap_or_else(|| panic!("{what}: an \"other\" response names its principle"));
            assert_principle(&what, tag);
        }
    }
    for i in &v.decide {
        assert_principle(&format!("decide {}", i.id), &i.principle);
    }
    for i in &v.rewrite {
        assert_principle(&format!("rewrite {}", i.id), &i.principle);
    }
    for c in &v.conversations {
        assert_principle(&format!("conversation {}", c.id), &c.principle);
    }
    for k in [
        ReplyKind::Validates,
        ReplyKind::Curious,
        ReplyKind::Permission,
        ReplyKind::Safety,
        ReplyKind::Advice,
        ReplyKind::Reassurance,
        ReplyKind::Story,
        ReplyKind::Judgement,
    ] {
        assert_principle(&format!("reply kind {k:?}"), k.principle());
    }
    for b in [Bin::Validates, Bin::Advice] {
        assert_principle(&format!("bin {b:?}"), b.default_principle().unwrap_or(""));
    }
}

#[test]
fn sort_items_have_six_to_eight_responses_using_all_three_bins() {
    for i in &area().sort {
        assert!(
            (6..=8).contains(&i.responses.len()),
            "sort {} has {} responses",
            i.id,
            i.responses.len()
        );
        for b in Bin::ALL {
            assert!(
                i.responses.iter().any(|r| r.bin == b),
                "sort {} has no response in {:?}",
                i.id,
                b
            );
        }
    }
}

#[test]
fn decide_items_mix_acting_and_listening_and_the_best_move_follows_the_reason() {
    let v = area();
    for i in &v.decide {
        assert_eq!(
            i.best,
            i.reason.best_move(),
            "decide {}: reason {:?} calls for {:?}",
            i.id,
            i.reason,
            i.reason.best_move()
        );
    }
    let count = |r: Reason| v.decide.iter().filter(|i| i.reason == r).count();
    let acting = v
        .decide
        .iter()
        .filter(|i| i.reason.calls_for_action())
        .count();
    assert!(acting >= 12, "{acting} items where acting is right");
    assert!(
        count(Reason::Listen) >= 8,
        "{} listening items",
        count(Reason::Listen)
    );
    for r in [Reason::Asked, Reason::Safety, Reason::Beyond] {
        assert!(count(r) >= 3, "only {} items for {:?}", count(r), r);
    }
    // Mixed, so the exercise trains judgement rather than a pattern: no long runs of one kind.
    let mut run = 0;
    let mut last = None;
    for i in &v.decide {
        let acts = i.reason.calls_for_action();
        run = if last == Some(acts) { run + 1 } else { 1 };
        last = Some(acts);
        assert!(run <= 3, "decide {} ends a run of {run} alike items", i.id);
    }
}

#[test]
fn rewrite_items_have_one_clearly_best_alternative_and_two_models() {
    for i in &area().rewrite {
        assert!(
            (3..=4).contains(&i.options.len()),
            "rewrite {} has {} options",
            i.id,
            i.options.len()
        );
        let best = i.options.iter().filter(|c| c.correct).count();
        assert_eq!(best, 1, "rewrite {} has {best} correct options", i.id);
        assert_eq!(i.models.len(), 2, "rewrite {} needs two models", i.id);
    }
}

#[test]
fn conversation_graphs_are_sound() {
    for c in &area().conversations {
        let problems: Vec<String> = c.problems().iter().map(ToString::to_string).collect();
        assert!(
            problems.is_empty(),
            "conversation {}:\n  {}",
            c.id,
            problems.join("\n  ")
        );
    }
}

#[test]
fn every_path_ends_with_three_to_five_turns_and_the_endings_differ() {
    for c in &area().conversations {
        let paths = c.paths();
        assert!(!paths.is_empty(), "conversation {} has no path", c.id);
        let mut endings = BTreeSet::new();
        for p in &paths {
            assert!(
                (conversation::MIN_TURNS..=conversation::MAX_TURNS).contains(&p.steps.len()),
                "conversation {}: a path has {} turns",
                c.id,
                p.steps.len()
            );
            endings.insert(p.ending.id.as_str());
        }
        assert_eq!(
            endings.len(),
            c.endings.len(),
            "conversation {}: some ending is never reached",
            c.id
        );
        let qualities: BTreeSet<Quality> = c.endings.iter().map(|e| e.quality).collect();
        assert!(
            qualities.contains(&Quality::Best) && qualities.contains(&Quality::Closed),
            "conversation {} needs a best and a closed ending",
            c.id
        );
    }
}

#[test]
fn the_better_route_stays_alongside_the_peer_all_the_way() {
    for c in &area().conversations {
        let route = c
            .best_route()
            .unwrap_or_else(|| panic!("conversation {} has no best route", c.id));
        assert_eq!(route.score(), Score::FULL, "conversation {}", c.id);
    }
}

#[test]
fn opening_with_advice_reassurance_or_judgement_never_reaches_the_best_ending() {
    for c in &area().conversations {
        for p in c.paths() {
            let first = p.steps[0].reply.kind;
            if matches!(
                first,
                ReplyKind::Advice | ReplyKind::Reassurance | ReplyKind::Judgement
            ) {
                assert_ne!(
                    p.ending.quality,
                    Quality::Best,
                    "conversation {}: opening with {:?} reaches {}",
                    c.id,
                    first,
                    p.ending.id
                );
            }
        }
    }
}

#[test]
fn conversations_about_suicide_or_self_harm_reach_their_best_ending_by_asking_and_then_linking_to_help(
) {
    // Asking directly is the first safety reply; helping the peer reach help is the second.
    // A path that only asks (and ends on the peer's answer) is not the best the learner can do.
    for c in &area().conversations {
        let risky = c
            .content_notes
            .iter()
            .any(|n| matches!(n, ContentNote::Suicide | ContentNote::SelfHarm));
        if !risky {
            continue;
        }
        for p in c.paths() {
            if p.ending.quality == Quality::Best {
                let safety = p
                    .steps
                    .iter()
                    .filter(|s| s.reply.kind == ReplyKind::Safety)
                    .count();
                assert!(
                    safety >= 2,
                    "conversation {}: best ending {} is reached with {safety} safety reply (ask, then help them reach help)",
                    c.id,
                    p.ending.id
                );
            }
        }
    }
}

#[test]
fn every_best_ending_is_reached_by_one_reply_so_the_peer_can_answer_it() {
    // A best ending's words answer the learner's last reply. Two replies into one best ending
    // (a reflection and a question, say) leave the peer answering only one of them.
    for c in &area().conversations {
        for e in c.endings.iter().filter(|e| e.quality == Quality::Best) {
            let from: Vec<String> = c
                .turns
                .iter()
                .flat_map(|t| {
                    t.replies
                        .iter()
                        .filter(|r| r.next == e.id)
                        .map(move |r| format!("{} ({})", t.id, r.kind.label()))
                })
                .collect();
            assert_eq!(
                from.len(),
                1,
                "conversation {}: best ending {} is reached from {from:?}; give each its own ending",
                c.id,
                e.id
            );
        }
    }
}

#[test]
fn the_exercises_span_the_contexts() {
    let v = area();
    let spread = |cs: Vec<Context>| cs.into_iter().collect::<BTreeSet<_>>().len();
    assert!(spread(v.sort.iter().map(|i| i.context).collect()) >= 5);
    assert!(spread(v.decide.iter().map(|i| i.context).collect()) >= 5);
    assert!(spread(v.rewrite.iter().map(|i| i.context).collect()) >= 4);
    assert!(spread(v.conversations.iter().map(|c| c.context).collect()) >= 5);
}

#[test]
fn items_that_touch_hard_topics_carry_a_content_note() {
    assert_hard_topics_have_notes(&texts());
}

/// Words that put an item at a distressing incident (a crash, a fire, a flood, a scene). The
/// shared word list catches "trauma" and "flashback"; items rarely say those words, so the
/// practice areas also look for the incident itself.
pub(crate) const INCIDENT_WORDS: &[&str] = &[
    "the scene",
    "on scene",
    "callout",
    "siren",
    "house fire",
    "crash",
    "flood",
];

/// Every `(what, notes, text)` that names a distressing incident carries a trauma note.
pub(crate) fn assert_incidents_have_trauma_notes(texts: &[(String, Vec<ContentNote>, String)]) {
    for (what, notes, text) in texts {
        let lower = text.to_lowercase();
        if let Some(w) = INCIDENT_WORDS.iter().find(|w| has_word(&lower, w)) {
            assert!(
                notes.contains(&ContentNote::Trauma),
                "{what} mentions \"{w}\" but has no trauma content note"
            );
        }
    }
}

#[test]
fn items_about_a_distressing_incident_carry_a_trauma_note() {
    assert_incidents_have_trauma_notes(&texts());
}

#[test]
fn a_peer_afraid_of_what_they_might_do_to_someone_comes_with_a_content_note() {
    // Fear of harming someone (often someone in their care) is hard to read unwarned, even when
    // none of the shared words appears.
    const FEAR: &[&str] = &[
        "what i might do",
        "scared i'll hurt",
        "frightened i'll hurt",
    ];
    for (what, notes, text) in texts() {
        let lower = text.to_lowercase();
        if let Some(w) = FEAR.iter().find(|w| lower.contains(*w)) {
            assert!(
                !notes.is_empty(),
                "{what} says \"{w}\" but carries no content note"
            );
        }
    }
}

#[test]
fn no_item_gives_method_details() {
    assert_no_method_details(&texts());
}

#[test]
fn progress_keys_follow_the_area_scheme() {
    let v = area();
    let keys: Vec<String> = v
        .sort
        .iter()
        .map(SortItem::progress_key)
        .chain(v.decide.iter().map(DecideItem::progress_key))
        .chain(v.rewrite.iter().map(RewriteItem::progress_key))
        .chain(v.conversations.iter().map(Conversation::progress_key))
        .collect();
    let unique: BTreeSet<&String> = keys.iter().collect();
    assert_eq!(unique.len(), keys.len(), "progress keys collide");
    assert!(keys
        .iter()
        .all(|k| crate::catalog::area_of(k) == Some(AREA)));
    assert_eq!(Exercise::Sort.progress_key("x"), "validate.sort.x");
    assert_eq!(Exercise::Talk.prefix(), "validate.talk.");
}

#[test]
fn every_conversation_can_be_walked_along_its_better_route() {
    for c in &area().conversations {
        let route = c.best_route().unwrap_or_else(|| panic!("{}", c.id));
        let mut w = Walk::start(c).unwrap_or_else(|e| panic!("{}: {e}", c.id));
        for s in &route.steps {
            w.choose(s.index)
                .unwrap_or_else(|e| panic!("{}: {e}", c.id));
        }
        let d = w
            .debrief()
            .unwrap_or_else(|| panic!("{} did not end", c.id));
        assert!(d.took_best_route && d.score == Score::FULL, "{}", c.id);
    }
}

// --- Option order (issue 16) ------------------------------------------------------------------

/// Checks one item's shown orders: every option once, the same for one attempt, different on
/// the next. Returns whether the keyed option is shown first at attempt 0.
fn check_shown<T: PartialEq + std::fmt::Debug>(
    at: &str,
    options: &[T],
    shown: impl Fn(u32) -> Vec<T>,
    keyed: impl Fn(&T) -> bool,
) -> bool {
    for attempt in 0..4 {
        let s = shown(attempt);
        assert_eq!(s.len(), options.len(), "{at}");
        assert!(
            options.iter().all(|o| s.contains(o)),
            "{at}: an option is missing"
        );
        assert_eq!(s, shown(attempt), "{at}: attempt {attempt} is not stable");
        assert_ne!(
            s,
            shown(attempt + 1),
            "{at}: attempt {} repeats",
            attempt + 1
        );
    }
    shown(0).first().is_some_and(keyed)
}

/// `chance`: how many items would show a keyed option first by chance (the sum, over items,
/// of keyed options over options).
fn assert_first_near_chance(what: &str, first: usize, total: usize, chance: f64) {
    println!("balance: {what}, first attempt as shown: keyed first in {first} of {total} (chance {chance:.0})");
    assert!(
        (first as f64) < chance * 1.6 + 2.0,
        "{what}: keyed first in {first} of {total}"
    );
}

#[test]
fn decide_rewrite_and_sort_are_shown_shuffled_per_attempt_with_every_option() {
    let v = area();
    let first = v
        .decide
        .iter()
        .filter(|i| check_shown(&i.id, &Move::ALL, |a| i.shown_moves(a), |m| *m == i.best))
        .count();
    let chance = v.decide.len() as f64 / 3.0;
    assert_first_near_chance("validation decide", first, v.decide.len(), chance);
    let first = v
        .rewrite
        .iter()
        .filter(|i| {
            let opts: Vec<&Choice> = i.options.iter().collect();
            check_shown(&i.id, &opts, |a| i.shown_options(a), |c| c.correct)
        })
        .count();
    let chance = v.rewrite.iter().map(|i| 1.0 / i.options.len() as f64).sum();
    assert_first_near_chance("validation rewrite", first, v.rewrite.len(), chance);
    for i in &v.sort {
        let opts: Vec<&SortResponse> = i.responses.iter().collect();
        check_shown(&i.id, &opts, |a| i.shown_responses(a), |_| false);
    }
}

#[test]
fn conversation_replies_are_offered_shuffled_per_turn_and_attempt() {
    let (mut first, mut total, mut chance) = (0, 0, 0.0);
    for c in &area().conversations {
        for t in &c.turns {
            let helpful = t.replies.iter().filter(|r| r.kind.is_helpful()).count();
            chance += helpful as f64 / t.replies.len() as f64;
            let at = format!("{}/{}", c.id, t.id);
            let idx: Vec<usize> = (0..t.replies.len()).collect();
            if check_shown(
                &at,
                &idx,
                |a| c.shown_replies(t, a),
                |&i| t.replies[i].kind.is_helpful(),
            ) {
                first += 1;
            }
            total += 1;
        }
    }
    // Before issue 16 a helpful reply came first in almost every turn.
    assert_first_near_chance("validation conversation turns", first, total, chance);
}
