//! Architecture invariants, checked as tests so they cannot quietly rot (see ARCHITECTURE.md).

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return out;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(rust_files(&p));
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
    out.sort();
    out
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Lines of code, without comments, so a doc comment may *mention* a crate.
fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.starts_with("//"))
}

#[test]
fn domain_code_never_imports_the_browser_or_the_ui_framework() {
    let files = rust_files(&root().join("domain/src"));
    assert!(files.len() > 5, "found the domain sources");
    for f in files {
        let text = fs::read_to_string(&f).expect("readable");
        for (n, line) in code_lines(&text) {
            for banned in ["leptos", "web_sys", "js_sys", "gloo", "wasm_bindgen"] {
                assert!(
                    !line.contains(banned),
                    "{}:{n} uses `{banned}` in the domain: {line}",
                    f.display()
                );
            }
        }
    }
    let manifest = fs::read_to_string(root().join("domain/Cargo.toml")).expect("readable");
    for banned in ["leptos", "web-sys", "js-sys", "gloo", "wasm-bindgen"] {
        assert!(
            !manifest.contains(banned),
            "domain/Cargo.toml depends on {banned}"
        );
    }
}

#[test]
fn only_the_storage_module_touches_browser_storage() {
    for f in rust_files(&root().join("src")) {
        let rel = f
            .strip_prefix(root())
            .expect("under root")
            .to_string_lossy()
            .replace('\\', "/");
        if rel.starts_with("src/storage") {
            continue;
        }
        let text = fs::read_to_string(&f).expect("readable");
        for (n, line) in code_lines(&text) {
            for banned in [
                "local_storage",
                "session_storage",
                "web_sys::Storage",
                "gloo_storage",
                "indexed_db",
            ] {
                assert!(
                    !line.contains(banned),
                    "{rel}:{n} touches storage outside src/storage: {line}"
                );
            }
        }
    }
}

#[test]
fn only_the_assets_module_fetches_and_only_from_the_apps_own_origin() {
    for f in rust_files(&root().join("src")) {
        let rel = f
            .strip_prefix(root())
            .expect("under root")
            .to_string_lossy()
            .replace('\\', "/");
        let text = fs::read_to_string(&f).expect("readable");
        for (n, line) in code_lines(&text) {
            let network = [
                "fetch_with",
                "XmlHttpRequest",
                "WebSocket",
                "send_beacon",
                "EventSource",
            ];
            if rel != "src/assets.rs" {
                for banned in network {
                    assert!(
                        !line.contains(banned),
                        "{rel}:{n} uses the network outside src/assets.rs: {line}"
                    );
                }
            }
            assert!(
                !line.contains("http://") && !line.contains("https://"),
                "{rel}:{n} names an absolute URL: {line}"
            );
        }
    }
}

#[test]
fn user_and_content_text_is_never_injected_as_html() {
    for f in rust_files(&root().join("src")) {
        let text = fs::read_to_string(&f).expect("readable");
        for (n, line) in code_lines(&text) {
            for banned in [
                "inner_html",
                "set_inner_html",
                "insert_adjacent_html",
                "outer_html",
            ] {
                assert!(
                    !line.contains(banned),
                    "{}:{n} injects HTML: {line}",
                    f.display()
                );
            }
        }
    }
}

#[test]
fn every_rust_module_starts_by_saying_what_it_is_for() {
    let mut files = rust_files(&root().join("src"));
    files.extend(rust_files(&root().join("domain/src")));
    for f in files {
        let text = fs::read_to_string(&f).expect("readable");
        assert!(
            text.starts_with("//!"),
            "{} should start with a `//!` line saying what it is for",
            f.display()
        );
    }
}
