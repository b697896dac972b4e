//! Validator for `content/workshop/triads.toml` (counts, contexts, ids, checklist ids, briefs,
//! content notes) and tests of the pure parts a workshop relies on: the role rotation and the
//! session timer, driven through whole sessions with a fake clock.

use super::*;
use crate::content::checks::*;
use crate::content::for_tests::{moves, triads};
use crate::content::{bundle, ContentNote, Context};
use std::collections::{BTreeMap, BTreeSet};

fn area() -> &'static Triads {
    triads().unwrap_or_else(|e| panic!("{e}"))
}

/// Sentences, counted by their closing `.`, `?` or `!` (before a space, a closing quote or the
/// end). Good enough for our own short, plain prose.
fn sentences(s: &str) -> usize {
    let chars: Vec<char> = s.trim().chars().collect();
    (0..chars.len())
        .filter(|&i| {
            matches!(chars[i], '.' | '?' | '!')
                && chars
                    .get(i + 1)
                    .is_none_or(|c| c.is_whitespace() || matches!(c, '\'' | '"' | '’'))
        })
        .count()
}

// ---- content ----------------------------------------------------------------------------------

#[test]
fn the_area_is_the_workshop_bundle_and_loads() {
    assert_eq!(AREA.slug(), "workshop");
    assert!(
        bundle(AREA).is_some(),
        "the workshop area should have a bundle"
    );
    let all = triads()
        .map(|t| t.cards.as_slice())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(all, area().cards.as_slice());
}

#[test]
fn there_are_enough_cards_in_every_context() {
    let t = area();
    assert!(t.cards.len() >= 14, "{} cards", t.cards.len());
    for c in Context::ALL {
        let n = t.in_context(c).count();
        assert!(n >= 2, "only {n} cards in {}", c.slug());
    }
}

#[test]
fn card_ids_are_unique_and_well_formed() {
    let mut seen = BTreeSet::new();
    for c in &area().cards {
        assert!(is_id(&c.id), "\"{}\" is not a valid id (a-z, 0-9, -)", c.id);
        assert!(seen.insert(c.id.as_str()), "id \"{}\" is used twice", c.id);
    }
    assert!(area().card(&area().cards[0].id).is_some());
    assert!(area().card("no-such-card").is_none());
}

#[test]
fn titles_and_opening_lines_are_unique() {
    let mut titles = BTreeSet::new();
    let mut openings = BTreeSet::new();
    for c in &area().cards {
        assert!(titles.insert(c.title.as_str()), "{}: title repeated", c.id);
        assert!(
            openings.insert(c.opening_line.as_str()),
            "{}: opening line repeated",
            c.id
        );
    }
}

#[test]
fn focus_ids_are_entries_of_the_moves_checklist() {
    let m = moves().unwrap_or_else(|e| panic!("{e}"));
    for c in &area().cards {
        assert!(
            (1..=3).contains(&c.focus.len()),
            "{}: focus has {} ids, want 1 to 3",
            c.id,
            c.focus.len()
        );
        let unique: BTreeSet<&str> = c.focus.iter().map(String::as_str).collect();
        assert_eq!(unique.len(), c.focus.len(), "{}: focus repeats an id", c.id);
        for id in &c.focus {
            assert!(
                m.entry(id).is_some(),
                "{}: focus \"{id}\" is not in content/moves/list.toml",
                c.id
            );
        }
    }
}

#[test]
fn the_cards_between_them_watch_every_entry_of_the_checklist() {
    let m = moves().unwrap_or_else(|e| panic!("{e}"));
    let watched: BTreeSet<&str> = area()
        .cards
        .iter()
        .flat_map(|c| c.focus.iter().map(String::as_str))
        .collect();
    for e in &m.list {
        assert!(
            watched.contains(e.id.as_str()),
            "no card asks the observer to watch {}",
            e.id
        );
    }
}

#[test]
fn every_card_is_filled_in_and_short() {
    for c in &area().cards {
        for (field, text) in [
            ("title", &c.title),
            ("speaker_brief", &c.speaker_brief),
            ("listener_goal", &c.listener_goal),
            ("observer_focus", &c.observer_focus),
            ("opening_line", &c.opening_line),
        ] {
            assert!(filled(text), "{}: {field} is empty", c.id);
            assert!(!text.contains('\n'), "{}: {field} is one paragraph", c.id);
            assert_eq!(text.trim(), text, "{}: {field} has stray spaces", c.id);
        }
        assert!(c.title.len() <= 40, "{}: the title is for a picker", c.id);
        assert!(c.speaker_brief.len() <= 450, "{}: speaker_brief", c.id);
        assert!(c.listener_goal.len() <= 220, "{}: listener_goal", c.id);
        assert!(c.observer_focus.len() <= 220, "{}: observer_focus", c.id);
        assert!(c.opening_line.len() <= 120, "{}: opening_line", c.id);
    }
}

#[test]
fn briefs_speak_to_the_speaker_and_hold_something_back() {
    for c in &area().cards {
        let b = &c.speaker_brief;
        assert!(
            b.starts_with("You "),
            "{}: the brief is in the second person",
            c.id
        );
        let n = sentences(b);
        assert!((3..=5).contains(&n), "{}: brief has {n} sentences", c.id);
        let lower = b.to_lowercase();
        assert!(
            lower.contains("hold back") || lower.contains("only if"),
            "{}: the brief should say what the speaker holds back",
            c.id
        );
    }
}

#[test]
fn goals_and_focus_are_one_or_two_sentences() {
    for c in &area().cards {
        for (field, text) in [
            ("listener_goal", &c.listener_goal),
            ("observer_focus", &c.observer_focus),
        ] {
            let n = sentences(text);
            assert!((1..=2).contains(&n), "{}: {field} has {n} sentences", c.id);
        }
    }
}

#[test]
fn most_cards_are_gentle_so_a_room_can_choose() {
    let t = area();
    let gentle = t.gentle().count();
    assert!(
        gentle * 3 >= t.cards.len() * 2,
        "only {gentle} of {} cards have no content note",
        t.cards.len()
    );
    for c in &t.cards {
        assert_eq!(c.is_gentle(), c.content_note_sentence().is_empty());
        let notes: BTreeSet<_> = c.content_notes.iter().collect();
        assert_eq!(
            notes.len(),
            c.content_notes.len(),
            "{}: a note repeats",
            c.id
        );
    }
}

/// Everything a card shows, for the keyword checks.
fn text(c: &Card) -> String {
    [
        c.title.as_str(),
        &c.speaker_brief,
        &c.listener_goal,
        &c.observer_focus,
        &c.opening_line,
        &c.trainer_note,
        c.stepping_out().unwrap_or_default(),
    ]
    .join("\n")
    .to_lowercase()
}

/// Every card's text with its notes, for the shared keyword checks.
fn texts() -> Vec<(String, Vec<ContentNote>, String)> {
    area()
        .cards
        .iter()
        .map(|c| (c.id.clone(), c.content_notes.clone(), text(c)))
        .collect()
}

#[test]
fn cards_that_touch_hard_topics_carry_a_content_note() {
    assert_hard_topics_have_notes(&texts());
}

#[test]
fn no_card_gives_method_details() {
    assert_no_method_details(&texts());
}

#[test]
fn every_card_has_a_short_note_for_the_trainer() {
    for c in &area().cards {
        let n = &c.trainer_note;
        assert!(filled(n), "{}: trainer_note is empty", c.id);
        assert!(!n.contains('\n'), "{}: trainer_note is one paragraph", c.id);
        assert_eq!(n.trim(), n, "{}: trainer_note has stray spaces", c.id);
        let count = sentences(n);
        assert!(
            (1..=2).contains(&count),
            "{}: trainer_note has {count} sentences, want 1 or 2",
            c.id
        );
        assert!(n.len() <= 300, "{}: trainer_note is for a glance", c.id);
    }
}

#[test]
fn cards_with_a_content_note_say_how_to_step_out_and_come_out_of_role() {
    for c in &area().cards {
        if !c.needs_stepping_out() {
            continue;
        }
        let Some(g) = c.stepping_out() else {
            panic!(
                "{}: has a content note ({:?}) but no stepping_out guidance",
                c.id, c.content_notes
            );
        };
        let lower = g.to_lowercase();
        assert!(
            lower.contains("pause") || lower.contains("step out"),
            "{}: stepping_out should say how anyone can stop the round",
            c.id
        );
        assert!(
            lower.contains("out of role"),
            "{}: stepping_out should say how the speaker comes out of role",
            c.id
        );
        let count = sentences(g);
        assert!(
            (2..=3).contains(&count),
            "{}: stepping_out has {count} sentences, want 2 or 3",
            c.id
        );
        assert!(g.len() <= 420, "{}: stepping_out is too long to read", c.id);
    }
}

#[test]
fn a_hard_topic_card_without_stepping_out_guidance_is_caught() {
    let json = |notes: &str, extra: &str| {
        format!(
            r#"{{"id":"x","title":"t","context":"community","content_notes":[{notes}],
            "speaker_brief":"b","listener_goal":"g","observer_focus":"f","focus":["todo.connect"],
            "opening_line":"o","trainer_note":"n"{extra}}}"#
        )
    };
    let parse = |s: String| -> Card { serde_json::from_str(&s).expect("a card") };
    let bare = parse(json(r#""trauma""#, ""));
    assert!(bare.needs_stepping_out() && bare.stepping_out().is_none());
    let blank = parse(json(r#""suicide""#, r#","stepping_out":"  ""#));
    assert!(blank.needs_stepping_out() && blank.stepping_out().is_none());
    let done = parse(json(
        r#""bereavement""#,
        r#","stepping_out":"Agree a pause word. Come out of role.""#,
    ));
    assert_eq!(
        done.stepping_out(),
        Some("Agree a pause word. Come out of role.")
    );
    let gentle = parse(json("", ""));
    assert!(!gentle.needs_stepping_out());
    assert!(
        serde_json::from_str::<Card>(&json("", "").replace(r#","trainer_note":"n""#, "")).is_err(),
        "a card without a trainer note is refused"
    );
}

#[test]
fn the_observers_checklist_opens_with_a_safety_line() {
    let line = &area().observer_safety;
    assert!(filled(line) && !line.contains('\n'));
    assert!((1..=2).contains(&sentences(line)), "one or two sentences");
    let lower = line.to_lowercase();
    assert!(
        lower.contains("safety") && (lower.contains("stop") || lower.contains("pause")),
        "the line should put safety first and say to stop: {line}"
    );
    assert_hard_topics_have_notes(&[("observer_safety".into(), vec![], lower)]);
}

#[test]
fn no_card_reuses_a_scenario_the_rest_of_the_app_already_has() {
    for c in &area().cards {
        let t = text(c);
        for s in crate::content::course::OVERUSED_SCENARIOS {
            assert!(
                !t.contains(s),
                "{}: \"{s}\" is already used elsewhere",
                c.id
            );
        }
    }
}

#[test]
fn keyword_and_sentence_helpers_do_what_the_checks_assume() {
    assert!(!has_word("she studied", "died") && has_word("he died.", "died"));
    assert!(has_word("'suicide'", "suicid"));
    assert_eq!(sentences("One. Two? Three!"), 3);
    assert_eq!(sentences("It's 4.5 per cent, isn't it?"), 1);
    assert_eq!(sentences("He said 'it's fine.' Then left."), 2);
    assert!(is_id("a-b2") && !is_id("A") && !is_id("-a") && !is_id("a--b") && !is_id(""));
}

// ---- roles and rotation -----------------------------------------------------------------------

#[test]
fn over_three_rounds_everyone_takes_every_role_once() {
    let mut seen: BTreeMap<Person, BTreeSet<Role>> = BTreeMap::new();
    for round in 0..ROUNDS {
        let r = rotation(round);
        assert_eq!(
            r.map(|(p, _)| p),
            Person::ALL,
            "round {round}: A, B, C order"
        );
        let roles: BTreeSet<Role> = r.iter().map(|(_, role)| *role).collect();
        assert_eq!(roles.len(), 3, "round {round}: each role once");
        for (p, role) in r {
            assert!(
                seen.entry(p).or_default().insert(role),
                "{p:?} repeats {role:?}"
            );
        }
    }
    for p in Person::ALL {
        assert_eq!(seen[&p].len(), 3, "{p:?} misses a role");
    }
}

#[test]
fn each_person_goes_speaker_then_listener_then_observer() {
    use Person::*;
    use Role::*;
    assert_eq!(rotation(0), [(A, Speaker), (B, Listener), (C, Observer)]);
    assert_eq!(rotation(1), [(A, Listener), (B, Observer), (C, Speaker)]);
    assert_eq!(rotation(2), [(A, Observer), (B, Speaker), (C, Listener)]);
    assert_eq!(rotation(3), rotation(0), "wraps round, never panics");
    assert_eq!(rotation(usize::MAX), rotation(usize::MAX % 3));
}

#[test]
fn roles_and_people_have_distinct_labels_and_descriptions() {
    let labels: BTreeSet<&str> = Role::ALL.iter().map(|r| r.label()).collect();
    let slugs: BTreeSet<&str> = Role::ALL.iter().map(|r| r.slug()).collect();
    let lines: BTreeSet<&str> = Role::ALL.iter().map(|r| r.description()).collect();
    assert_eq!((labels.len(), slugs.len(), lines.len()), (3, 3, 3));
    for r in Role::ALL {
        assert!(is_id(r.slug()) && filled(r.label()));
        assert_eq!(sentences(r.description()), 1, "{r:?}: one line");
        assert!(r.description().len() <= 100, "{r:?}: one short line");
    }
    assert_eq!(Person::ALL.map(Person::label), ["A", "B", "C"]);
}

// ---- the session timer ------------------------------------------------------------------------

const SEC: u64 = 1000;
const MIN: u64 = 60 * SEC;
/// An arbitrary start, far from zero, like a real clock.
const T0: u64 = 1_790_000_000_000;

fn session(round: u32, feedback: u32) -> TriadSession {
    TriadSession::new("the-new-watch", round, feedback).expect("valid lengths")
}

/// Ticks every `step` ms from `from` to `to` (inclusive), as a UI interval would, and
/// collects the cues with the time each came.
fn run(s: &mut TriadSession, from: u64, to: u64, step: u64) -> Vec<(u64, Cue)> {
    let mut cues = Vec::new();
    let mut now = from;
    while now <= to {
        if let Some(c) = s.tick(now) {
            cues.push((now, c));
        }
        now += step;
    }
    cues
}

#[test]
fn lengths_must_be_ones_a_trainer_can_choose() {
    for m in ROUND_CHOICES {
        for f in FEEDBACK_CHOICES {
            assert!(TriadSession::new("c", m, f).is_ok(), "{m}/{f}");
        }
    }
    assert_eq!(
        TriadSession::new("c", 6, 3),
        Err(SessionError::RoundMinutes(6))
    );
    assert_eq!(
        TriadSession::new("c", 0, 3),
        Err(SessionError::RoundMinutes(0))
    );
    assert_eq!(
        TriadSession::new("c", 5, 0),
        Err(SessionError::FeedbackMinutes(0))
    );
    assert_eq!(
        TriadSession::with_lengths_ms("c", 0, 10),
        Err(SessionError::ZeroLength)
    );
    assert!(ROUND_CHOICES.contains(&DEFAULT_ROUND_MINUTES));
    assert!(FEEDBACK_CHOICES.contains(&DEFAULT_FEEDBACK_MINUTES));
    assert!(SessionError::RoundMinutes(6).to_string().contains("not 6"));
    let s = session(7, 3);
    assert_eq!(s.card_id(), "the-new-watch");
    assert_eq!((s.round_ms(), s.feedback_ms()), (7 * MIN, 3 * MIN));
    assert_eq!(s.total_ms(), 30 * MIN);
}

#[test]
fn a_new_session_waits_for_start_and_shows_the_first_roles() {
    let mut s = session(5, 2);
    assert_eq!(s.phase(), Phase::Ready);
    assert!(!s.is_running() && !s.is_paused());
    assert_eq!(s.remaining_ms(T0), 5 * MIN);
    assert_eq!(s.roles(), Some(rotation(0)));
    assert_eq!(s.tick(T0 + 10 * MIN), None, "the clock waits for start");
    s.resume(T0);
    assert_eq!(s.phase(), Phase::Ready, "resume does not start a session");
    assert_eq!(s.skip(T0), Phase::Ready, "skip does not start a session");
    s.start(T0);
    assert_eq!(s.phase(), Phase::Round(0));
    assert!(s.is_running());
    s.start(T0 + MIN);
    assert_eq!(
        s.remaining_ms(T0 + MIN),
        4 * MIN,
        "a second start changes nothing"
    );
}

#[test]
fn a_full_session_runs_three_rotations_with_feedback_and_cues() {
    let mut s = session(5, 2);
    s.start(T0);
    let mut cues = Vec::new();
    let mut roles_by_round: Vec<[(Person, Role); 3]> = Vec::new();
    let mut now = T0;
    while s.phase() != Phase::Finished {
        if let Phase::Round(n) = s.phase() {
            if roles_by_round.len() == n {
                roles_by_round.push(s.roles().expect("a round has roles"));
            }
        }
        if let Some(c) = s.tick(now) {
            cues.push((now - T0, c));
        }
        now += 250;
        assert!(now < T0 + 60 * MIN, "the session never finished");
    }
    use Phase::*;
    let expected = vec![
        (4 * MIN, Cue::NearEnd(Round(0))),
        (
            5 * MIN,
            Cue::Ended {
                ended: Round(0),
                next: Feedback(0),
            },
        ),
        // A two-minute feedback cues at its last fifth (24 s), not at its last minute.
        (7 * MIN - 24 * SEC, Cue::NearEnd(Feedback(0))),
        (
            7 * MIN,
            Cue::Ended {
                ended: Feedback(0),
                next: Round(1),
            },
        ),
        (11 * MIN, Cue::NearEnd(Round(1))),
        (
            12 * MIN,
            Cue::Ended {
                ended: Round(1),
                next: Feedback(1),
            },
        ),
        (14 * MIN - 24 * SEC, Cue::NearEnd(Feedback(1))),
        (
            14 * MIN,
            Cue::Ended {
                ended: Feedback(1),
                next: Round(2),
            },
        ),
        (18 * MIN, Cue::NearEnd(Round(2))),
        (
            19 * MIN,
            Cue::Ended {
                ended: Round(2),
                next: Feedback(2),
            },
        ),
        (21 * MIN - 24 * SEC, Cue::NearEnd(Feedback(2))),
        (
            21 * MIN,
            Cue::Ended {
                ended: Feedback(2),
                next: Finished,
            },
        ),
    ];
    assert_eq!(cues, expected);
    assert_eq!(roles_by_round, vec![rotation(0), rotation(1), rotation(2)]);
    for p in Person::ALL {
        let roles: BTreeSet<Role> = roles_by_round
            .iter()
            .flat_map(|r| r.iter().filter(|(q, _)| *q == p).map(|(_, role)| *role))
            .collect();
        assert_eq!(roles.len(), 3, "{p:?} took every role once");
    }
    assert_eq!(s.roles(), None);
    assert_eq!(s.remaining_ms(now), 0);
    assert!(!s.is_running() && !s.is_paused());
    assert_eq!(s.tick(now + MIN), None, "nothing after the end");
    assert_eq!(s.skip(now), Finished);
}

#[test]
fn pausing_holds_the_clock_and_resuming_carries_on() {
    let mut s = session(5, 3);
    s.start(T0);
    assert_eq!(run(&mut s, T0, T0 + 2 * MIN, SEC), vec![]);
    s.pause(T0 + 2 * MIN);
    assert!(s.is_paused() && !s.is_running());
    assert_eq!(s.remaining_ms(T0 + 2 * MIN), 3 * MIN);
    // A long pause: nothing moves, no cues.
    assert_eq!(run(&mut s, T0 + 2 * MIN, T0 + 40 * MIN, SEC), vec![]);
    assert_eq!(s.remaining_ms(T0 + 40 * MIN), 3 * MIN);
    s.pause(T0 + 41 * MIN);
    assert_eq!(
        s.remaining_ms(T0 + 41 * MIN),
        3 * MIN,
        "a second pause is harmless"
    );
    s.resume(T0 + 40 * MIN);
    s.resume(T0 + 45 * MIN);
    assert_eq!(
        s.remaining_ms(T0 + 41 * MIN),
        2 * MIN,
        "a second resume is harmless"
    );
    let cues = run(&mut s, T0 + 40 * MIN, T0 + 43 * MIN, SEC);
    assert_eq!(
        cues,
        vec![
            (T0 + 42 * MIN, Cue::NearEnd(Phase::Round(0))),
            (
                T0 + 43 * MIN,
                Cue::Ended {
                    ended: Phase::Round(0),
                    next: Phase::Feedback(0)
                }
            ),
        ]
    );
    assert_eq!(s.remaining_ms(T0 + 43 * MIN), 3 * MIN);
    assert_eq!(
        s.roles(),
        Some(rotation(0)),
        "feedback is on the round just run"
    );
}

#[test]
fn a_laptop_that_sleeps_moves_on_one_phase_and_starts_the_next_in_full() {
    let mut s = session(7, 3);
    s.start(T0);
    assert_eq!(run(&mut s, T0, T0 + MIN, SEC), vec![]);
    // The lid closes for three hours.
    let wake = T0 + 3 * 60 * MIN;
    assert_eq!(s.remaining_ms(wake), 0);
    assert!(s.is_near_end(wake));
    assert_eq!(
        s.tick(wake),
        Some(Cue::Ended {
            ended: Phase::Round(0),
            next: Phase::Feedback(0)
        }),
        "the near-end cue is skipped, and only one phase ends"
    );
    assert_eq!(s.phase(), Phase::Feedback(0));
    assert_eq!(s.remaining_ms(wake), 3 * MIN, "feedback starts afresh");
    assert_eq!(s.tick(wake + SEC), None);
    // The rest of the session still runs through all three rotations.
    let cues = run(&mut s, wake, wake + 40 * MIN, 500);
    let rounds_begun: Vec<Phase> = cues
        .iter()
        .filter_map(|(_, c)| match c {
            Cue::Ended { next, .. } => Some(*next),
            Cue::NearEnd(_) => None,
        })
        .collect();
    assert_eq!(
        rounds_begun,
        vec![
            Phase::Round(1),
            Phase::Feedback(1),
            Phase::Round(2),
            Phase::Feedback(2),
            Phase::Finished
        ]
    );
}

#[test]
fn a_paused_session_that_sleeps_is_still_paused_when_it_wakes() {
    let mut s = session(5, 2);
    s.start(T0);
    s.pause(T0 + MIN);
    let wake = T0 + 10 * 60 * MIN;
    assert_eq!(s.tick(wake), None);
    assert_eq!(s.remaining_ms(wake), 4 * MIN);
    s.resume(wake);
    assert_eq!(s.remaining_ms(wake + MIN), 3 * MIN);
}

#[test]
fn a_slightly_late_tick_carries_the_extra_time_so_the_room_keeps_time() {
    let mut s = session(5, 2);
    s.start(T0);
    assert_eq!(s.tick(T0 + 4 * MIN), Some(Cue::NearEnd(Phase::Round(0))));
    assert_eq!(
        s.tick(T0 + 4 * MIN + SEC),
        None,
        "the near-end cue comes once"
    );
    // Two seconds late (a busy page): feedback has already run for two seconds.
    let late = T0 + 5 * MIN + 2 * SEC;
    assert!(matches!(s.tick(late), Some(Cue::Ended { .. })));
    assert_eq!(s.remaining_ms(late), 2 * MIN - 2 * SEC);
    assert_eq!(s.elapsed_ms(late), 2 * SEC);
    // Feedback still ends on the original schedule.
    assert_eq!(s.tick(T0 + 7 * MIN - SEC).map(|_| ()), Some(()), "near end");
    assert_eq!(
        s.tick(T0 + 7 * MIN),
        Some(Cue::Ended {
            ended: Phase::Feedback(0),
            next: Phase::Round(1)
        })
    );
}

#[test]
fn skip_moves_on_at_once_with_the_next_phase_in_full() {
    let mut s = session(10, 5);
    s.start(T0);
    assert_eq!(s.skip(T0 + 3 * MIN), Phase::Feedback(0));
    assert_eq!(s.remaining_ms(T0 + 3 * MIN), 5 * MIN);
    assert!(s.is_running());
    // Skipping while paused keeps the pause: the trainer resumes when the room is ready.
    s.pause(T0 + 4 * MIN);
    assert_eq!(s.skip(T0 + 5 * MIN), Phase::Round(1));
    assert!(s.is_paused());
    assert_eq!(s.remaining_ms(T0 + 50 * MIN), 10 * MIN);
    assert_eq!(s.roles(), Some(rotation(1)));
    assert_eq!(s.role_of(Person::C), Some(Role::Speaker));
    s.resume(T0 + 6 * MIN);
    for expected in [
        Phase::Feedback(1),
        Phase::Round(2),
        Phase::Feedback(2),
        Phase::Finished,
    ] {
        assert_eq!(s.skip(T0 + 7 * MIN), expected);
    }
    assert!(!s.is_running() && !s.is_paused());
    assert_eq!(s.role_of(Person::A), None);
}

#[test]
fn the_near_end_cue_is_not_repeated_after_a_pause_inside_the_window() {
    let mut s = session(5, 2);
    s.start(T0);
    assert_eq!(
        s.tick(T0 + 4 * MIN + SEC),
        Some(Cue::NearEnd(Phase::Round(0)))
    );
    s.pause(T0 + 4 * MIN + 2 * SEC);
    s.resume(T0 + 20 * MIN);
    assert_eq!(s.tick(T0 + 20 * MIN + SEC), None);
}

#[test]
fn a_clock_that_goes_backwards_counts_as_no_time() {
    let mut s = session(5, 2);
    s.start(T0);
    assert_eq!(s.remaining_ms(T0 - MIN), 5 * MIN);
    assert_eq!(s.tick(T0 - MIN), None);
    s.pause(T0 - MIN);
    s.resume(T0);
    assert_eq!(s.remaining_ms(T0 + MIN), 4 * MIN);
    assert_eq!(s.tick(0), None);
}

#[test]
fn a_fast_clock_runs_the_whole_session_in_seconds() {
    // What an end-to-end test would use: one-second rounds, half-second feedback.
    let mut s = TriadSession::with_lengths_ms("worried-about-a-friend", 1000, 500).unwrap();
    assert_eq!(s.total_ms(), 4500);
    assert_eq!(s.near_end_ms(), 0, "no near-end window before the start");
    s.start(0);
    assert_eq!(s.near_end_ms(), 200, "the last fifth of a short round");
    let cues = run(&mut s, 0, 5000, 50);
    let ends = cues
        .iter()
        .filter(|(_, c)| matches!(c, Cue::Ended { .. }))
        .count();
    let nears = cues.len() - ends;
    assert_eq!((ends, nears), (6, 6));
    assert_eq!(s.phase(), Phase::Finished);
}

#[test]
fn phases_follow_each_other_and_read_well() {
    let mut p = Phase::Ready;
    let mut order = vec![p];
    while p != Phase::Finished {
        p = p.next();
        order.push(p);
    }
    use Phase::*;
    assert_eq!(
        order,
        vec![
            Ready,
            Round(0),
            Feedback(0),
            Round(1),
            Feedback(1),
            Round(2),
            Feedback(2),
            Finished
        ]
    );
    assert_eq!(Finished.next(), Finished);
    assert_eq!(Round(1).label(), "Round 2 of 3");
    assert_eq!(Feedback(2).label(), "Feedback on round 3");
    assert_eq!(Round(2).round(), Some(2));
    assert!(!Ready.is_timed() && Feedback(0).is_timed() && !Finished.is_timed());
}

#[test]
fn the_big_clock_rounds_up_to_the_second() {
    assert_eq!(clock_text(5 * MIN), "5:00");
    assert_eq!(clock_text(5 * MIN - 1), "5:00");
    assert_eq!(clock_text(4 * MIN + 59 * SEC), "4:59");
    assert_eq!(clock_text(61 * SEC), "1:01");
    assert_eq!(clock_text(1), "0:01");
    assert_eq!(clock_text(0), "0:00");
    assert_eq!(clock_text(10 * MIN), "10:00");
}

// ---- the observer's sheet ---------------------------------------------------------------------

#[test]
fn the_observers_sheet_counts_marks_and_opens_feedback_with_what_went_well() {
    let list = &moves().unwrap_or_else(|e| panic!("{e}")).list;
    let mut sheet = ObserverSheet::new();
    assert!(sheet.is_empty());
    assert_eq!(sheet.mark("avoid.quick-fix"), 1);
    assert_eq!(sheet.mark("avoid.quick-fix"), 2);
    assert_eq!(sheet.mark("todo.validate"), 1);
    assert_eq!(sheet.mark("todo.connect"), 1);
    assert_eq!(sheet.unmark("todo.connect"), 0, "a mis-tap taken back");
    assert_eq!(sheet.unmark("todo.connect"), 0, "never below zero");
    assert_eq!(sheet.unmark("avoid.clever"), 0);
    assert_eq!(sheet.count("avoid.quick-fix"), 2);
    let feedback: Vec<(&str, u32)> = sheet
        .for_feedback(list)
        .into_iter()
        .map(|(e, n)| (e.id.as_str(), n))
        .collect();
    assert_eq!(
        feedback,
        vec![("todo.validate", 1), ("avoid.quick-fix", 2)],
        "to-do entries first, in checklist order; unmarked entries left out"
    );
    sheet.clear();
    assert!(sheet.is_empty() && sheet.for_feedback(list).is_empty());
}
