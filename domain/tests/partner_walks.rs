//! Scripted walks: for every practice partner, written replies run through the real feedback
//! engine and the partner's state machine reach each of its endings. A change to the engine or
//! to a partner that breaks a conversation a learner could really have fails here, with the
//! labels of every turn in the message.

use heard_domain::content::Built;
use heard_domain::partner::{Conversation, Ending, Partner};

/// One walk: the replies, in order (a shared opening, then the rest), and the ending they must
/// reach.
struct Walk {
    partner: &'static str,
    ending: Ending,
    opening: &'static [&'static str],
    replies: &'static [&'static str],
}

const fn walk(partner: &'static str, ending: Ending, replies: &'static [&'static str]) -> Walk {
    walk_on(partner, ending, &[], replies)
}

const fn walk_on(
    partner: &'static str,
    ending: Ending,
    opening: &'static [&'static str],
    replies: &'static [&'static str],
) -> Walk {
    Walk {
        partner,
        ending,
        opening,
        replies,
    }
}

use Ending::*;

/// Two pieces of advice at the start: the polite close, for any partner.
const ADVICE: &[&str] = &[
    "You should talk to someone about it, maybe your manager or a tutor.",
    "You need to take a proper break and look after yourself first.",
];

/// Alex's first three replies, which take them to the disclosure.
const ALEX_OPENS_UP: &[&str] = &[
    "So you've failed the resit and your parents still think you passed. That's a lot to be holding.",
    "It sounds exhausting, pretending on every call while your dad sounds so proud.",
    "It sounds like you can't see a way back, and you feel like a burden to everyone.",
];

/// Lee's first three replies, which take them to the disclosure.
const LEE_OPENS_UP: &[&str] = &[
    "So your dad was up five times, and you've not had a full night since August.",
    "It sounds like you're exhausted and angry with everyone, yourself included.",
    "So you don't recognise yourself any more, and you're not sure how long you can keep going.",
];

/// Frankie's first three replies, which take them to the disclosure.
const FRANKIE_OPENS_UP: &[&str] = &[
    "It sounds like you're torn between staying and getting home on time.",
    "It sounds like you feel on edge all the time, and coming here has got harder.",
    "It sounds like you feel very alone with this, and you've started to blame yourself.",
];

const WALKS: &[Walk] = &[
    // Students
    walk("robin-course-change", Heard, &[
        "So the history lecture was the best hour you've had here, and anatomy just isn't landing.",
        "It sounds like you feel flat on a course everyone else loves, and then guilty on top of that.",
        "So switching feels like telling your mum all that sacrifice was for nothing, and that's a heavy thing to carry.",
    ]),
    walk("robin-course-change", Close, ADVICE),
    walk("robin-course-change", Shutdown, &[
        "It sounds like history grabbed you in a way medicine hasn't.",
        "You should go and see your tutor about switching.",
        "Honestly, you're lucky to have that place, you need to stick with it.",
    ]),
    walk_on("alex-resit", Helped, ALEX_OPENS_UP, &[
        "I want to ask you directly: are you thinking about suicide?",
        "Thank you for telling me. Could we ring the Samaritans together now, or your GP? I'll stay with you.",
    ]),
    // Asking directly as soon as the signs show (at the real worry) is right too.
    walk("alex-resit", Helped, &[
        "So you've failed the resit and your parents still think you passed. That's a lot to be holding.",
        "It sounds exhausting, pretending on every call while your dad sounds so proud.",
        "When you say they'd be better off without you, I want to ask: are you having thoughts of suicide?",
        "I'm glad you told me. Will you text SHOUT on 85258 or ring the Samaritans with me now?",
    ]),
    walk_on("alex-resit", AskedOnly, ALEX_OPENS_UP, &[
        "Are you having thoughts of ending your life?",
        "It sounds like a relief to say it out loud.",
        "You're not sure who you'd even tell.",
    ]),
    walk_on("alex-resit", Missed, ALEX_OPENS_UP, &[
        "It sounds like everything feels too much right now.",
        "You feel like you're in the way.",
        "That sounds so heavy to carry on your own.",
    ]),
    walk("alex-resit", Close, ADVICE),
    walk("alex-resit", Shutdown, &[
        "So you've failed the resit and your parents still think you passed.",
        "You should just tell them the truth this weekend.",
        "You need to stop lying to them, honestly.",
    ]),
    // Healthcare
    walk("jo-night-shift", Heard, &[
        "So you called it in, he's OK, and then the reg said that in front of everyone. That sounds humiliating.",
        "It sounds like you're still wired, waiting for the next thing you got wrong.",
        "So under all of it is a fear that she might be right about you, and that one day you'll miss something that matters.",
    ]),
    walk("jo-night-shift", Close, ADVICE),
    walk("jo-night-shift", Shutdown, &[
        "That sounds really upsetting, being told off in front of everyone.",
        "You should ask for a proper debrief with the reg.",
        "Don't worry, you're doing great, everyone has nights like that.",
    ]),
    walk("chris-portering", Heard, &[
        "So the rota just appeared with more lates, and nobody asked you.",
        "It sounds like after fifteen years you feel invisible, like a name on a grid.",
        "So it's missing bedtime with your youngest, and what your partner said, that really hurts.",
    ]),
    walk("chris-portering", Close, ADVICE),
    walk("chris-portering", Shutdown, &[
        "It sounds frustrating, having it changed again without a word.",
        "You should speak to your manager about it.",
        "You need to push back, you've been there fifteen years.",
    ]),
    // First responders
    walk("morgan-late-finish", Heard, &[
        "So it's been a week of late finishes, and the family had a go at you on top of it.",
        "It sounds like you felt nothing while they shouted, and that feels strange to you.",
        "So you're numb at work and snapping at your son at home, and you're worried about who you're becoming.",
    ]),
    walk("morgan-late-finish", Close, ADVICE),
    walk("morgan-late-finish", Shutdown, &[
        "That sounds like a rough week.",
        "You should report it and take a few days off.",
        "You need to go and see occupational health about it.",
    ]),
    walk("ash-fitness-test", Heard, &[
        "So the knee gave out on the step again, and now it's another three months of waiting.",
        "It sounds like sitting at a desk while the bells go down leaves you feeling useless.",
        "So the watch is who you are, and you're scared of not knowing who you'd be without it.",
    ]),
    walk("ash-fitness-test", Close, ADVICE),
    walk("ash-fitness-test", Shutdown, &[
        "That sounds frustrating, failing it on the same step again.",
        "You should ask for a second opinion on the knee.",
        "Don't worry, you'll be back on the watch in no time.",
    ]),
    // Workplace
    walk("taylor-promotion", Heard, &[
        "So they all went to the quiz and you found out from the photos.",
        "It sounds lonely, eating at your desk when you used to be the one who organised it.",
        "So you're wondering whether they ever really liked you, or just found you useful.",
    ]),
    walk("taylor-promotion", Close, ADVICE),
    walk("taylor-promotion", Shutdown, &[
        "That sounds hurtful, finding out from the photos.",
        "You should just invite yourself next time.",
        "You need to accept that you're the boss now.",
    ]),
    walk("nicky-back-from-leave", Heard, &[
        "So the new project went to Dan as well, with that comment about being full-time in spirit.",
        "It sounds like you feel pulled both ways, talked over at work and watched when you leave.",
        "So you're afraid of having to pick, and of resenting home when you love her so much.",
    ]),
    walk("nicky-back-from-leave", Close, ADVICE),
    walk("nicky-back-from-leave", Shutdown, &[
        "That sounds frustrating, being passed over twice.",
        "You should raise it with HR.",
        "You need to tell your manager that comment was out of order.",
    ]),
    // Carers and health conditions
    walk_on("lee-caring-for-dad", Helped, LEE_OPENS_UP, &[
        "Is your dad safe at night? Are you worried you might hurt him?",
        "Thank you for telling me. Could you ring your GP today about respite? I'll wait with you.",
    ]),
    walk_on("lee-caring-for-dad", AskedOnly, LEE_OPENS_UP, &[
        "Are you both safe at home?",
        "It sounds like you're scared of what people would think of you.",
        "You're frightened and worn out.",
    ]),
    walk_on("lee-caring-for-dad", Missed, LEE_OPENS_UP, &[
        "It sounds like you were shaken by what happened on Tuesday.",
        "You just need some sleep.",
        "That sounds really frightening for you.",
    ]),
    walk("lee-caring-for-dad", Close, ADVICE),
    walk("lee-caring-for-dad", Shutdown, &[
        "It sounds like the nights are wearing you down.",
        "You should ask the council for night carers.",
        "You need to get your brother to do his share.",
    ]),
    walk("casey-arthritis", Heard, &[
        "So your hands wouldn't grip the fork, and you watched Pat dig instead after eleven years.",
        "It sounds like the allotment was where you felt like yourself, and now you feel old.",
        "So you're scared of becoming someone Jan has to look after for years.",
    ]),
    walk("casey-arthritis", Close, ADVICE),
    walk("casey-arthritis", Shutdown, &[
        "That sounds frustrating, not being able to grip the fork.",
        "You should get raised beds.",
        "You need to ask your rheumatologist about new medication.",
    ]),
    // Community
    walk("sam-food-bank", Heard, &[
        "So six people have dropped off since Christmas, and you've been filling the gaps yourself.",
        "It sounds like you feel resentful, and then guilty for feeling it.",
        "So the food bank is where you feel you matter, and the thought of stepping back is frightening.",
    ]),
    walk("sam-food-bank", Close, ADVICE),
    walk("sam-food-bank", Shutdown, &[
        "That sounds like a lot to carry on your own.",
        "You should put a notice up asking for more volunteers.",
        "You need to set some boundaries and stop doing extra shifts.",
    ]),
    walk_on("frankie-choir", Helped, FRANKIE_OPENS_UP, &[
        "Are you safe at home? Have they ever hurt you?",
        "Thank you for telling me. There's a free domestic abuse helpline, day or night. Could we look up the number together?",
    ]),
    walk_on("frankie-choir", AskedOnly, FRANKIE_OPENS_UP, &[
        "Do you feel safe at home?",
        "It sounds like you just want it to stop.",
        "You're scared and unsure what to do.",
    ]),
    walk_on("frankie-choir", Missed, FRANKIE_OPENS_UP, &[
        "That sounds frightening.",
        "It sounds like you feel on edge all the time.",
        "You're not sure why you're telling me.",
    ]),
    walk("frankie-choir", Close, ADVICE),
    walk("frankie-choir", Shutdown, &[
        "It sounds like you're anxious about getting back late.",
        "You should stay for the last song anyway.",
        "You need to stand up to them.",
    ]),
];

fn play(p: &Partner, replies: &[&str]) -> (Conversation, String) {
    let mut c = Conversation::start(p);
    let mut log = String::new();
    for r in replies {
        match c.reply(p, r) {
            Some(t) => log.push_str(&format!(
                "\n  {r:?}\n    labels {:?} → {:?} (asks {}, connects {}) → {:?}: {}",
                t.analysis
                    .labels()
                    .iter()
                    .map(|l| l.name())
                    .collect::<Vec<_>>(),
                t.read.kind,
                t.read.asks,
                t.read.connects,
                t.said,
                t.peer.says
            )),
            None => log.push_str(&format!("\n  {r:?}: not sent (the conversation had ended)")),
        }
    }
    (c, log)
}

#[test]
fn written_replies_run_through_the_engine_reach_every_ending_of_every_partner() {
    let built = Built::parse();
    let all = built.partners.as_ref().unwrap_or_else(|e| panic!("{e}"));
    let mut failures = Vec::new();
    for w in WALKS {
        let Some(p) = all.get(w.partner) else {
            failures.push(format!("no partner {}", w.partner));
            continue;
        };
        let replies: Vec<&str> = w.opening.iter().chain(w.replies).copied().collect();
        let (c, log) = play(p, &replies);
        if c.state().ending() != Some(w.ending) || c.turns.len() != replies.len() {
            failures.push(format!(
                "{} should end {:?} but ended {:?} after {} of {} replies:{log}",
                w.partner,
                w.ending,
                c.state().ending(),
                c.turns.len(),
                replies.len()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_ending_of_every_partner_has_a_scripted_walk() {
    let built = Built::parse();
    let all = built.partners.as_ref().unwrap_or_else(|e| panic!("{e}"));
    for p in &all.all {
        for e in p.endings() {
            assert!(
                WALKS.iter().any(|w| w.partner == p.id && w.ending == e),
                "{}: no walk reaches {e:?}",
                p.id
            );
        }
    }
}
