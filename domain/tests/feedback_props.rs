//! Properties of the feedback engine on arbitrary input: it never panics, and every span it
//! returns fits the response and can be sliced.

use heard_domain::feedback::{analyse, cli::line_to_json, Label};
use proptest::prelude::*;

/// Text built from pieces the engine reacts to, so the property exercises its rules and not
/// only random noise.
fn wordy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("you".to_string()),
        Just("don’t".to_string()),
        Just("worry".to_string()),
        Just("have you tried".to_string()),
        Just("?".to_string()),
        Just(",".to_string()),
        Just("...".to_string()),
        Just("'s".to_string()),
        Just("I".to_string()),
        Just("so hard".to_string()),
        Just("at least".to_string()),
        Just(" - ".to_string()),
        Just("%".to_string()),
        "\\PC{0,6}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.join(" "))
}

fn check_analysis(statement: &str, response: &str) -> Result<(), TestCaseError> {
    let a = analyse(statement, response);
    let chars = response.chars().count();
    let mut last = None;
    for f in &a.findings {
        prop_assert!(!f.spans.is_empty());
        prop_assert!(last < Some(f.label), "labels in stable order, once each");
        last = Some(f.label);
        prop_assert!(Label::ALL.contains(&f.label));
        for s in &f.spans {
            prop_assert!(
                s.start <= s.end && s.end <= chars,
                "span {s:?} within {chars} chars"
            );
            prop_assert!(s.slice(response).is_some());
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn analyse_never_panics_on_any_unicode(statement in "\\PC{0,80}", response in "\\PC{0,200}") {
        check_analysis(&statement, &response)?;
    }

    #[test]
    fn analyse_never_panics_on_text_near_its_rules(statement in wordy(), response in wordy()) {
        check_analysis(&statement, &response)?;
    }

    #[test]
    fn the_cli_never_panics_on_any_bytes(line in prop::collection::vec(any::<u8>(), 0..300)) {
        let out = line_to_json(&line);
        prop_assert!(serde_json::from_str::<serde_json::Value>(&out).is_ok());
    }
}

#[test]
fn huge_and_odd_inputs_are_fine() {
    let huge = "You should, don’t worry? ".repeat(50_000);
    let a = analyse(&huge, &huge);
    assert!(a.truncated);
    for odd in [
        "",
        "\u{0}",
        "?????",
        "'''",
        "’",
        "İİİ",
        "\u{200d}\u{200d}",
        "a\u{301}\u{301}",
    ] {
        let _ = analyse(odd, odd);
    }
}
