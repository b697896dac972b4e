//! Validator tests for the partners: the content's shape and voice rules, and the conversation
//! graph of every partner explored over every kind of reply (every state reachable, no dead
//! ends, every line said somewhere, every ending reachable).

use super::*;
use crate::content::checks::{
    assert_hard_topics_have_notes, assert_no_method_details, assert_principle, assert_unique_ids,
    filled,
};
use crate::content::for_tests::{files, partners};
use crate::content::{ContentNote, Context};
use std::collections::{BTreeMap, BTreeSet, VecDeque};

fn all() -> &'static Partners {
    partners().unwrap_or_else(|e| panic!("{e}"))
}

/// Every reply the state machine can tell apart: each kind, and the safety moves on the kinds
/// they come with in practice (a direct question is often closed; help is often advice).
fn replies() -> Vec<Reply> {
    let mut out: Vec<Reply> = ReplyKind::ALL.into_iter().map(Reply::plain).collect();
    for kind in [
        ReplyKind::Listens,
        ReplyKind::Closed,
        ReplyKind::Advice,
        ReplyKind::Mixed,
    ] {
        for (asks, connects) in [(true, false), (false, true), (true, true)] {
            out.push(Reply {
                kind,
                asks,
                connects,
            });
        }
    }
    out
}

/// Every state reachable from the start, each with the shortest sequence of replies to it, and
/// every line said on the way.
struct Graph {
    paths: BTreeMap<State, Vec<Reply>>,
    said: BTreeSet<Said>,
}

fn explore(p: &Partner) -> Graph {
    let mut paths = BTreeMap::from([(State::START, Vec::new())]);
    let mut said = BTreeSet::from([Said::Layer(0)]);
    let mut queue = VecDeque::from([State::START]);
    while let Some(state) = queue.pop_front() {
        if state.is_over() {
            continue;
        }
        let path = paths[&state].clone();
        for reply in replies() {
            let (next, line) = step(p, state, reply);
            said.insert(line);
            assert!(
                next.turns == state.turns + 1,
                "{}: a reply must count as a turn",
                p.id
            );
            if let std::collections::btree_map::Entry::Vacant(e) = paths.entry(next) {
                let mut longer = path.clone();
                longer.push(reply);
                e.insert(longer);
                queue.push_back(next);
            }
        }
    }
    Graph { paths, said }
}

fn texts(p: &Partner) -> Vec<String> {
    let mut out = vec![p.name.clone(), p.speaker.clone(), p.setting.clone()];
    let mut line = |l: &Line| {
        out.push(l.says.clone());
        out.push(l.thinks.clone());
    };
    for l in &p.layers {
        line(&Line {
            says: l.says.clone(),
            thinks: l.thinks.clone(),
        });
        for r in [
            &l.closed,
            &l.other,
            &l.mixed,
            &l.advice,
            &l.judgement,
            &l.reassurance,
            &l.theorising,
            &l.self_focus,
        ] {
            line(r);
        }
    }
    for e in Ending::ALL {
        if let Some(l) = p.ending(e) {
            line(l);
        }
    }
    if let Some(s) = &p.safety {
        for l in [
            &s.disclosure,
            &s.asked,
            &s.connect_first,
            &s.unasked,
            &s.after_ask,
            &s.pulled,
        ] {
            line(l);
        }
        out.push(s.help_note.clone());
    }
    out
}

#[test]
fn there_are_at_least_twelve_partners_in_every_one_of_the_six_contexts() {
    let p = all();
    assert!(p.all.len() >= 12, "{} partners", p.all.len());
    for c in Context::ALL {
        assert!(p.in_context(c).count() >= 2, "{c:?} has fewer than two");
    }
    assert_unique_ids("partner", p.all.iter().map(|p| p.id.as_str()));
}

#[test]
fn each_partner_file_is_named_for_its_id() {
    let ids: BTreeSet<String> = all().all.iter().map(|p| p.id.clone()).collect();
    let files: BTreeSet<String> = files()
        .into_iter()
        .filter_map(|(path, _)| path.strip_prefix(DIR))
        .filter_map(|f| f.strip_suffix(".toml"))
        .map(str::to_string)
        .collect();
    assert_eq!(ids, files);
}

#[test]
fn every_partner_has_three_layers_its_endings_a_principle_and_no_empty_line() {
    for p in &all().all {
        assert!(
            (3..=5).contains(&p.layers.len()),
            "{}: {} layers",
            p.id,
            p.layers.len()
        );
        assert_principle(&p.id, &p.principle);
        assert_eq!(
            p.endings.heard.is_some(),
            p.safety.is_none(),
            "{}: a partner ends 'heard' exactly when it has no disclosure",
            p.id
        );
        assert!(p.endings().len() >= 3, "{}", p.id);
        for t in texts(p) {
            assert!(filled(&t), "{}: an empty line", p.id);
            assert!(
                !t.contains("TODO") && !t.contains("coming soon"),
                "{}: {t}",
                p.id
            );
        }
        let names: BTreeSet<&str> = p.layers.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names.len(), p.layers.len(), "{}: layer names repeat", p.id);
    }
}

#[test]
fn at_least_three_partners_disclose_something_that_needs_more_than_listening_with_a_note() {
    let safety: Vec<&Partner> = all().all.iter().filter(|p| p.safety.is_some()).collect();
    assert!(safety.len() >= 3, "{} with a disclosure", safety.len());
    for p in &safety {
        assert!(
            !p.content_notes.is_empty(),
            "{}: a disclosure needs a content note",
            p.id
        );
        let s = p.safety.as_ref().expect("filtered");
        assert!(!s.ask.is_empty() && !s.connect.is_empty(), "{}", p.id);
        for pat in s.ask.iter().chain(&s.connect) {
            assert!(filled(pat.trim_end_matches('*')), "{}: {pat:?}", p.id);
        }
    }
    let notes: BTreeSet<ContentNote> = safety
        .iter()
        .flat_map(|p| p.content_notes.iter().copied())
        .collect();
    assert!(notes.contains(&ContentNote::Suicide), "{notes:?}");
    assert!(notes.contains(&ContentNote::Abuse), "{notes:?}");
}

#[test]
fn hard_topics_carry_their_notes_and_nothing_names_a_method() {
    let rows: Vec<(String, Vec<ContentNote>, String)> = all()
        .all
        .iter()
        .flat_map(|p| {
            texts(p)
                .into_iter()
                .map(move |t| (p.id.clone(), p.content_notes.clone(), t))
        })
        .collect();
    assert_hard_topics_have_notes(&rows);
    assert_no_method_details(&rows);
}

#[test]
fn every_state_reached_has_its_line_and_no_conversation_is_a_dead_end() {
    for p in &all().all {
        let g = explore(p);
        for said in &g.said {
            assert!(p.line(*said).is_some(), "{}: no line for {said:?}", p.id);
        }
        for (state, path) in &g.paths {
            assert!(
                state.turns <= MAX_TURNS,
                "{}: {path:?} runs past the turn limit",
                p.id
            );
            assert!(
                state.is_over() || state.turns < MAX_TURNS,
                "{}: {path:?} is stuck",
                p.id
            );
        }
    }
}

#[test]
fn every_layer_and_every_reaction_at_every_layer_is_said_on_some_path() {
    for p in &all().all {
        let g = explore(p);
        for (i, _) in p.layers.iter().enumerate() {
            let i = i as u8;
            assert!(g.said.contains(&Said::Layer(i)), "{}: layer {i}", p.id);
            for kind in ReplyKind::ALL
                .into_iter()
                .filter(|k| *k != ReplyKind::Listens)
            {
                assert!(
                    g.said.contains(&Said::Reaction(i, kind)),
                    "{}: no path to the {kind:?} reaction at layer {i}",
                    p.id
                );
            }
        }
        if p.safety.is_some() {
            assert!(g.said.contains(&Said::Disclosure), "{}", p.id);
            for line in [
                SafetyLine::Asked,
                SafetyLine::ConnectFirst,
                SafetyLine::Unasked,
                SafetyLine::AfterAsk,
                SafetyLine::Pulled,
            ] {
                assert!(g.said.contains(&Said::Safety(line)), "{}: {line:?}", p.id);
            }
        }
    }
}

#[test]
fn every_ending_is_reachable_by_some_sequence_of_reply_kinds_and_no_other_ending_is() {
    for p in &all().all {
        let g = explore(p);
        let reached: BTreeMap<Ending, &Vec<Reply>> = g
            .paths
            .iter()
            .filter_map(|(s, path)| s.ending().map(|e| (e, path)))
            .fold(BTreeMap::new(), |mut m, (e, path)| {
                let best = m.entry(e).or_insert(path);
                if path.len() < best.len() {
                    *best = path;
                }
                m
            });
        let endings: BTreeSet<Ending> = reached.keys().copied().collect();
        assert_eq!(
            endings,
            p.endings().into_iter().collect(),
            "{}: endings reached",
            p.id
        );
        for (e, path) in reached {
            let kinds: Vec<String> = path
                .iter()
                .map(|r| {
                    let ask = if r.asks { " + asks directly" } else { "" };
                    let help = if r.connects { " + connects" } else { "" };
                    format!("{}{ask}{help}", r.kind.title())
                })
                .collect();
            println!("partner: {}: {}: {}", p.id, e.name(), kinds.join(" → "));
        }
    }
}

#[test]
fn listening_at_every_layer_reaches_the_deepest_ending_in_as_many_replies_as_layers() {
    for p in &all().all {
        let mut s = State::START;
        for _ in 0..p.layers.len() {
            s = step(p, s, Reply::plain(ReplyKind::Listens)).0;
        }
        match &p.safety {
            None => assert_eq!(s.ending(), Some(Ending::Heard), "{}", p.id),
            Some(_) => assert!(matches!(s.stage, Stage::Disclosed { .. }), "{}", p.id),
        }
    }
}

#[test]
fn advice_twice_at_the_start_is_a_polite_close_and_after_opening_up_a_shutdown() {
    for p in &all().all {
        let advice = Reply::plain(ReplyKind::Advice);
        let (s, _) = step(p, State::START, advice);
        assert_eq!(
            step(p, s, advice).0.ending(),
            Some(Ending::Close),
            "{}",
            p.id
        );
        let (s, _) = step(p, State::START, Reply::plain(ReplyKind::Listens));
        let (s, _) = step(p, s, advice);
        assert_eq!(
            step(p, s, advice).0.ending(),
            Some(Ending::Shutdown),
            "{}",
            p.id
        );
    }
}

#[test]
fn the_same_replies_give_the_same_conversation() {
    let p = &all().all[0];
    let replies = ["That sounds like a lot.", "You should rest.", "Mm."];
    let run = || {
        let mut c = Conversation::start(p);
        for r in replies {
            c.reply(p, r);
        }
        c
    };
    assert_eq!(run(), run());
}

#[test]
fn a_blank_reply_or_one_after_the_end_changes_nothing() {
    let p = &all().all[0];
    let mut c = Conversation::start(p);
    assert!(c.reply(p, "   ").is_none());
    assert!(c.turns.is_empty());
    for _ in 0..MAX_TURNS {
        c.reply(p, "Have you eaten today?");
    }
    assert!(c.is_over());
    let n = c.turns.len();
    assert!(c.reply(p, "It sounds hard.").is_none());
    assert_eq!(c.turns.len(), n);
}

#[test]
fn a_branch_keeps_the_turns_before_it_and_leaves_the_first_attempt_alone() {
    let p = &all().all[0];
    let mut first = Conversation::start(p);
    first.reply(p, "You should talk to someone about it.");
    first.reply(p, "You need to take a break.");
    assert!(first.is_over());
    let before = first.clone();
    let mut second = first.branch(1);
    assert_eq!(second.turns.len(), 1);
    assert_eq!(second.turns[0], first.turns[0]);
    second.reply(p, "Mm.");
    assert_eq!(first, before);
    assert_ne!(second.turns[1].said, first.turns[1].said);
}

#[test]
fn the_outcome_keeps_no_words_and_scores_by_ending() {
    let p = all()
        .all
        .iter()
        .find(|p| p.safety.is_none())
        .expect("a partner without a disclosure");
    let mut c = Conversation::start(p);
    assert!(c.outcome().is_none(), "no outcome before the end");
    c.reply(p, "You should just tell them how you feel, honestly.");
    c.reply(p, "You need to stop worrying so much about it.");
    let o = c.outcome().expect("ended");
    assert_eq!(o.ending, Ending::Close);
    let event = format!("{:?}", o.event(7));
    assert!(event.contains(&progress_key(&p.id)), "{event}");
    assert!(
        !event.contains("honestly") && !event.contains("worrying"),
        "{event}"
    );
    assert!(event.contains("feedback.advice"), "{event}");
    let mut progress = crate::progress::Progress::default();
    for e in o.events(7) {
        progress.apply(e);
    }
    let met = &progress.partners[&p.id];
    assert_eq!(
        (met.met, met.deepest, met.last_ending.as_str()),
        (1, 0, "close")
    );
    assert!(progress.item(&progress_key(&p.id)).is_some());
    assert_eq!(Ending::Heard.score().percent(), 100);
    assert_eq!(Ending::Shutdown.score().percent(), 0);
}

#[test]
fn asking_directly_at_the_real_worry_brings_the_disclosure_already_asked() {
    for p in all().all.iter().filter(|p| p.safety.is_some()) {
        let mut s = State::START;
        for _ in 1..p.layers.len() {
            s = step(p, s, Reply::plain(ReplyKind::Listens)).0;
        }
        let ask = Reply {
            kind: ReplyKind::Closed,
            asks: true,
            connects: false,
        };
        let (s, said) = step(p, s, ask);
        assert_eq!(said, Said::Disclosure, "{}", p.id);
        let help = Reply {
            kind: ReplyKind::Advice,
            asks: false,
            connects: true,
        };
        assert_eq!(
            step(p, s, help).0.ending(),
            Some(Ending::Helped),
            "{}",
            p.id
        );
        // Earlier, before the signs, the same question is only a closed question.
        let (_, early) = step(p, State::START, ask);
        assert_eq!(early, Said::Reaction(0, ReplyKind::Closed), "{}", p.id);
    }
}

#[test]
fn the_debrief_names_the_turning_points_and_the_layer_reached() {
    let p = all()
        .all
        .iter()
        .find(|p| p.safety.is_some())
        .expect("a partner with a disclosure");
    let mut c = Conversation::start(p);
    c.reply(p, "You should talk to someone about this.");
    let d = Debrief::of(p, &c);
    assert_eq!(d.points[0], vec![TurningPoint::PulledBack]);
    assert_eq!(d.reached, p.layers[0].name);
    assert_eq!(d.ending, None);
    let mut c = Conversation::start(p);
    for t in &p.layers {
        let turn = c.branch(c.turns.len());
        assert_eq!(turn.turns.len(), c.turns.len());
        let reply = format!("It sounds like that has been really hard: {}", t.name);
        c.reply(p, &reply);
    }
    let d = Debrief::of(p, &c);
    assert_eq!(d.depth, p.layers.len(), "{:?}", d.points);
    assert_eq!(d.points.last(), Some(&vec![TurningPoint::Disclosed]));
    assert!(TurningPoint::Deeper(1)
        .describe(p)
        .contains(&p.layers[1].name));
}

#[test]
fn the_transcript_holds_every_line_in_order_and_the_ending() {
    let p = &all().all[0];
    let mut c = Conversation::start(p);
    c.reply(p, "You should talk to someone about it.");
    c.reply(p, "You need to take a break.");
    let t = c.transcript(p);
    let opening = t.find(p.opening()).expect("opening");
    let first = t.find("You: You should talk").expect("first reply");
    let second = t.find("You: You need to take").expect("second reply");
    assert!(opening < first && first < second, "{t}");
    assert!(t.contains(&c.turns[1].peer.says), "{t}");
    assert!(
        t.ends_with(&format!("Ending: {}.\n", Ending::Close.title())),
        "{t}"
    );
}
