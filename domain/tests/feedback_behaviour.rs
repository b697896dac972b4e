//! What the feedback engine does with particular responses: the issue's sample lines, spans
//! that point at the words behind each label, and the conventions in
//! `tests/data/feedback/README.md` (negation, nudging questions, contractions, whose feeling).

use heard_domain::feedback::{analyse, Label, Span, GUIDE_NOT_GRADE};
use Label::*;

/// The labels `analyse` gives `response` to `statement`, checked against `expected` (in
/// [`Label::ALL`] order).
#[track_caller]
fn check(statement: &str, response: &str, expected: &[Label]) {
    let got = analyse(statement, response).labels();
    assert_eq!(got, expected, "response: {response:?}");
}

/// The words each span of `label` covers.
fn words(response: &str, label: Label) -> Vec<String> {
    let a = analyse("", response);
    let Some(f) = a.get(label) else {
        return Vec::new();
    };
    f.spans
        .iter()
        .map(|s| s.slice(response).unwrap_or("<bad span>").to_string())
        .collect()
}

const EXAM: &str = "I failed my first exam and I keep thinking maybe I don't belong here.";
const PATIENT: &str = "We lost a patient last night and I keep replaying it.";

#[test]
fn the_issue_sample_lines_get_their_labels() {
    check(EXAM, "You should talk to your tutor.", &[Advice]);
    check(
        PATIENT,
        "It sounds like you feel responsible.",
        &[ReflectsFeeling],
    );
}

#[test]
fn spans_point_at_the_words_that_triggered_each_label() {
    assert_eq!(
        words("You should talk to your tutor.", Advice),
        ["You should"]
    );
    assert_eq!(
        words("It sounds like you feel responsible.", ReflectsFeeling),
        ["you feel", "responsible"]
    );
    assert_eq!(
        words("At least you passed the others.", Reassurance),
        ["At least"]
    );
    assert_eq!(
        words("That sounds exhausting. What's been hardest?", OpenQuestion),
        ["What's been hardest?"]
    );
    assert_eq!(
        words(
            "That sounds exhausting. What's been hardest?",
            ReflectsFeeling
        ),
        ["exhausting"]
    );
    assert_eq!(
        words("When I failed mine I just resat it.", SelfFocus),
        ["When I failed mine"]
    );
}

#[test]
fn spans_are_chars_not_bytes() {
    // "Ça" and the curly apostrophe are multi-byte: spans still count characters.
    let response = "Ça alors… don’t worry, you’ll be fine.";
    let a = analyse("", response);
    let f = a
        .get(Reassurance)
        .unwrap_or_else(|| panic!("reassurance found"));
    assert_eq!(f.spans.first(), Some(&Span { start: 10, end: 21 }));
    assert_eq!(
        f.spans.first().and_then(|s| s.slice(response)),
        Some("don’t worry")
    );
}

#[test]
fn a_response_can_make_several_moves() {
    check(
        "My manager keeps changing my shifts without asking me.",
        "That sounds so hard. Have you tried talking to your manager?",
        &[ReflectsFeeling, ClosedQuestion, Advice],
    );
    check(
        "",
        "Don't worry, I failed loads of exams in first year too.",
        &[SelfFocus, Reassurance],
    );
}

#[test]
fn dont_worry_is_reassurance_not_a_feeling() {
    check("", "Don't worry.", &[Reassurance]);
    check("", "Don’t worry about it.", &[Reassurance]);
    check("", "dont worry", &[Reassurance]);
    check("", "There's no need to feel guilty.", &[Reassurance]);
}

#[test]
fn a_question_that_nudges_a_course_of_action_is_advice_and_a_closed_question() {
    check(
        "",
        "Have you tried talking to her?",
        &[ClosedQuestion, Advice],
    );
    check(
        "",
        "Why don't you ask for an extension?",
        &[ClosedQuestion, Advice],
    );
    check(
        "",
        "Is there someone at work you could talk to?",
        &[ClosedQuestion, Advice],
    );
    check("", "What if you just told them?", &[ClosedQuestion, Advice]);
    check("", "You just have to push through it.", &[Advice]);
}

#[test]
fn questions_are_open_or_closed() {
    check("", "What happened?", &[OpenQuestion]);
    check("", "How did that land with you?", &[OpenQuestion]);
    check("", "Tell me more.", &[OpenQuestion]);
    check("", "Did you tell anyone?", &[ClosedQuestion]);
    check("", "Are you okay?", &[ClosedQuestion]);
    check("", "Rough day?", &[ClosedQuestion]);
    check("", "Would you like to say more about it?", &[OpenQuestion]);
}

#[test]
fn whose_feeling_it_is_matters() {
    check("", "You must be exhausted.", &[ReflectsFeeling]);
    check("", "I imagine you're exhausted.", &[ReflectsFeeling]);
    check("", "I'm so sorry you're hurting.", &[ReflectsFeeling]);
    check("", "I was so anxious before mine.", &[SelfFocus]);
    check("", "Everyone gets anxious before exams.", &[Reassurance]);
    check("", "I'd be furious too.", &[Validates]);
}

#[test]
fn validation_says_the_reaction_makes_sense() {
    check("", "That makes complete sense.", &[Validates]);
    check(
        "",
        "No wonder you're exhausted.",
        &[ReflectsFeeling, Validates],
    );
    check("", "It's okay to feel like that.", &[Validates]);
}

#[test]
fn roadblocks_are_recognised() {
    check("", "You're overreacting.", &[Judgement]);
    check("", "You should have told someone sooner.", &[Judgement]);
    check(
        "",
        "Studies show most students feel this way.",
        &[Theorising],
    );
    check("", "That's classic burnout.", &[Theorising]);
    check("", "Everything happens for a reason.", &[Reassurance]);
    check("", "Same thing happened to me last year.", &[SelfFocus]);
}

#[test]
fn content_reflections_reuse_or_paraphrase_the_situation() {
    check(
        EXAM,
        "So failing this one exam has you wondering if you belong here.",
        &[ReflectsContent],
    );
    check(
        "My boss moved my shifts again without asking.",
        "Your manager changed the rota again and nobody asked you.",
        &[ReflectsContent],
    );
    check(EXAM, "You should resit the exam.", &[Advice]);
}

#[test]
fn responses_with_nothing_to_label_get_nothing() {
    check(PATIENT, "Mm. I'm here.", &[]);
    check(PATIENT, "Thank you for telling me.", &[]);
    check(PATIENT, "", &[]);
    check("", "   ", &[]);
}

#[test]
fn every_finding_carries_a_note_and_the_ui_has_its_promise() {
    let a = analyse(EXAM, "That sounds hard. You should talk to your tutor.");
    assert!(a
        .findings
        .iter()
        .all(|f| !f.note.is_empty() && !f.spans.is_empty()));
    assert!(GUIDE_NOT_GRADE.contains("guide, not a grade"));
    for l in Label::ALL {
        assert!(l.note().len() < 160, "{} note is short", l.name());
    }
}
