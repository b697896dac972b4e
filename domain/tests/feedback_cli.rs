//! The per-line contract of `cargo run --example feedback`, through `feedback::cli::line_to_json`.

use heard_domain::feedback::cli::line_to_json;

#[track_caller]
fn check(line: &[u8], expected: &str) {
    assert_eq!(
        line_to_json(line),
        expected,
        "line: {:?}",
        String::from_utf8_lossy(line)
    );
}

#[test]
fn a_good_line_gives_its_labels() {
    check(
        b"I failed my first exam and I keep thinking maybe I don't belong here.\tYou should talk to your tutor.\n",
        r#"{"labels":["advice"]}"#,
    );
    check(
        b"We lost a patient last night and I keep replaying it.\tIt sounds like you feel responsible.",
        r#"{"labels":["reflects_feeling"]}"#,
    );
    check(
        "x\tThat sounds so hard. Have you tried talking to your manager?\r\n".as_bytes(),
        r#"{"labels":["reflects_feeling","closed_question","advice"]}"#,
    );
}

#[test]
fn a_line_with_nothing_to_label_gives_an_empty_list() {
    check(b"I'm tired.\tMm.\n", r#"{"labels":[]}"#);
}

#[test]
fn an_empty_statement_is_allowed() {
    check(b"\tDon't worry.", r#"{"labels":["reassurance"]}"#);
}

#[test]
fn extra_columns_such_as_gold_labels_are_ignored() {
    check(
        b"x\tDon't worry.\treassurance\n",
        r#"{"labels":["reassurance"]}"#,
    );
}

#[test]
fn blank_and_malformed_lines_give_an_error_object() {
    for line in [
        &b""[..],
        b"\n",
        b"   \r\n",
        b"no tab at all\n",
        b"statement\t\n",
        b"statement\t   \n",
        b"\xff\xfe\tbad\n",
    ] {
        let out = line_to_json(line);
        assert!(
            out.starts_with(r#"{"labels":[],"error":""#),
            "{line:?} gave {out}"
        );
        let v: serde_json::Value =
            serde_json::from_str(&out).unwrap_or_else(|e| panic!("{out} is JSON: {e}"));
        assert!(v["error"].as_str().is_some_and(|e| !e.is_empty()));
    }
}

#[test]
fn output_is_always_one_line_of_json() {
    for line in [
        &b"a\tb\"c\\d\n"[..],
        b"\t\t\t",
        "é\t\u{2028}ü".as_bytes(),
        b"x\t\x00\x01",
    ] {
        let out = line_to_json(line);
        assert!(!out.contains('\n'), "{out}");
        assert!(
            serde_json::from_str::<serde_json::Value>(&out).is_ok(),
            "{out}"
        );
    }
}
