//! Architecture invariants, checked as tests so they cannot quietly rot (see ARCHITECTURE.md).

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    if dir.is_file() {
        return vec![dir.to_path_buf()];
    }
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

/// Every line of code (not comments, so a doc comment may *mention* a crate) under `dir`, as
/// `(path relative to the repository, line number, trimmed line)`.
fn code_lines(dir: &str) -> Vec<(String, usize, String)> {
    let files = rust_files(&root().join(dir));
    assert!(!files.is_empty(), "found sources under {dir}");
    let mut out = Vec::new();
    for f in files {
        let rel = f
            .strip_prefix(root())
            .expect("under root")
            .to_string_lossy()
            .replace('\\', "/");
        let text = fs::read_to_string(&f).expect("readable");
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if !line.starts_with("//") {
                out.push((rel.clone(), i + 1, line.to_string()));
            }
        }
    }
    out
}

/// Fails if any code line under `dir` (outside files starting with `except`) names `banned`.
fn forbid(dir: &str, except: &str, banned: &[&str], why: &str) {
    for (rel, n, line) in code_lines(dir) {
        if !except.is_empty() && rel.starts_with(except) {
            continue;
        }
        for b in banned {
            assert!(!line.contains(b), "{rel}:{n} {why} (`{b}`): {line}");
        }
    }
}

#[test]
fn domain_code_never_imports_the_browser_or_the_ui_framework() {
    forbid(
        "domain/src",
        "",
        &["leptos", "web_sys", "js_sys", "gloo", "wasm_bindgen"],
        "uses the browser in the domain",
    );
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
    let storage = [
        "local_storage",
        "session_storage",
        "web_sys::Storage",
        "gloo_storage",
        "indexed_db",
    ];
    forbid(
        "src",
        "src/storage",
        &storage,
        "touches storage outside src/storage",
    );
}

#[test]
fn only_the_assets_module_fetches_and_only_from_the_apps_own_origin() {
    let network = [
        "fetch_with",
        "XmlHttpRequest",
        "WebSocket",
        "send_beacon",
        "EventSource",
    ];
    forbid(
        "src",
        "src/assets.rs",
        &network,
        "uses the network outside src/assets.rs",
    );
    forbid("src", "", &["http://", "https://"], "names an absolute URL");
}

#[test]
fn user_and_content_text_is_never_injected_as_html() {
    forbid(
        "src",
        "",
        &["inner_html", "insert_adjacent_html", "outer_html"],
        "injects HTML",
    );
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

/// Code lines of `dir` outside test modules (a file's lines from `#[cfg(test)]` on, and
/// `tests.rs` files), where a test may spell out the addresses it expects.
fn non_test_code_lines(dir: &str) -> Vec<(String, usize, String)> {
    let mut out = Vec::new();
    let mut in_tests: Option<String> = None;
    for (rel, n, line) in code_lines(dir) {
        if in_tests.as_deref() != Some(rel.as_str()) {
            in_tests = None;
        }
        if line.starts_with("#[cfg(test)]") {
            in_tests = Some(rel.clone());
        }
        if in_tests.is_none() && !rel.ends_with("/tests.rs") {
            out.push((rel, n, line));
        }
    }
    out
}

#[test]
fn in_app_addresses_are_written_only_in_the_route_module() {
    // The first segment of every page the catalogue lists, as a path literal would start.
    let built = heard_domain::content::Built::parse();
    let routes = heard_domain::catalog::every_route(&built).unwrap_or_else(|e| panic!("{e}"));
    let mut banned: Vec<String> = routes
        .iter()
        .filter_map(|r| r.href().split('/').nth(1).map(str::to_string))
        .filter(|s| !s.is_empty())
        .map(|s| format!("\"/{s}"))
        .collect();
    banned.sort();
    banned.dedup();
    banned.extend([
        "href=\"/\"".into(),
        "href=format!".into(),
        "\"/practice".into(),
    ]);
    assert!(banned.len() > 8, "{banned:?}");
    let mut lines = non_test_code_lines("src");
    lines.extend(
        non_test_code_lines("domain/src")
            .into_iter()
            .filter(|(rel, _, _)| !rel.starts_with("domain/src/catalog/")),
    );
    for (rel, n, line) in lines {
        for b in &banned {
            assert!(
                !line.contains(b.as_str()),
                "{rel}:{n} writes an in-app address by hand (`{b}`): use a `Route`: {line}"
            );
        }
    }
}

#[test]
fn the_scheduler_does_not_import_progress_which_imports_it() {
    forbid(
        "domain/src/scheduler.rs",
        "",
        &["crate::progress"],
        "closes the progress <-> scheduler import circle",
    );
}

#[test]
fn no_two_app_modules_share_a_name_or_differ_only_in_practice_and_practise() {
    let mut seen = std::collections::BTreeMap::new();
    for f in rust_files(&root().join("src")) {
        let stem = f
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        // A folder module is named by its folder.
        let name = if stem == "mod" {
            f.parent()
                .and_then(|p| p.file_name())
                .and_then(|s| s.to_str())
                .unwrap_or_default()
                .to_string()
        } else {
            stem
        };
        if ["lib", "main"].contains(&name.as_str()) {
            continue;
        }
        let key = name.replace("practise", "practice");
        if let Some(other) = seen.insert(key, f.clone()) {
            panic!(
                "{} and {} name the same thing",
                other.display(),
                f.display()
            );
        }
    }
}

/// One module convention: a module with children is a folder with a `mod.rs`, never an `x.rs`
/// beside an `x/` folder (the two styles mixed made the tree hard to read).
#[test]
fn a_module_with_children_is_a_folder_with_mod_rs() {
    for dir in ["src", "domain/src"] {
        for f in rust_files(&root().join(dir)) {
            let beside = f.with_extension("");
            assert!(
                !beside.is_dir(),
                "{} has a folder beside it: move it to {}/mod.rs",
                f.display(),
                beside.display()
            );
        }
    }
}

/// Files of `domain/src` that may keep a `static` `OnceLock`: the feedback engine's word tables
/// (each built once, on first use, from `const` lists: a lazily built constant, not state) and
/// the tests' shared parse of the built content (compiled under `cfg(test)` only).
const LAZY_CONSTANTS: &[&str] = &[
    "domain/src/feedback/engine.rs",
    "domain/src/feedback/lexicon.rs",
    "domain/src/feedback/pattern.rs",
    "domain/src/feedback/talk.rs",
    "domain/src/feedback/text.rs",
    "domain/src/content/for_tests.rs",
];

#[test]
fn the_domain_holds_no_global_state_and_never_asks_which_target_it_is_built_for() {
    // Content parsing is a pure function of an area's files; the app keeps what it parsed
    // (`src/library/`), and native tests read the same bundles the browser fetches.
    forbid(
        "domain/src",
        "",
        &[
            "Mutex",
            "RwLock",
            "RefCell",
            "Cell<",
            "thread_local",
            "Atomic",
            "static mut",
            "target_arch",
        ],
        "the domain holds no global state and builds the same on every target",
    );
    for (rel, n, line) in code_lines("domain/src") {
        let is_static = line.starts_with("static ")
            || line.starts_with("pub static ")
            || line.starts_with("pub(crate) static ");
        if is_static && line.contains("OnceLock") {
            assert!(
                LAZY_CONSTANTS.contains(&rel.as_str()),
                "{rel}:{n} a static cache is global state; parse in the app, or pass the value in: {line}"
            );
        }
    }
    // And the list stays true: each named file still has such a table.
    for file in LAZY_CONSTANTS {
        let text = fs::read_to_string(root().join(file)).expect("readable");
        assert!(
            text.contains("OnceLock"),
            "{file} no longer needs its place in LAZY_CONSTANTS"
        );
    }
}

/// The shell/full split is stated in one place: the library holds every page, `ui::build`
/// describes the two builds as values, and only the entry point chooses one with the `full`
/// feature. A `cfg(feature = "full")` anywhere else would let the builds drift apart module by
/// module again (the shell's wasm stays small because it links only what its build reaches).
#[test]
fn only_the_entry_point_names_the_full_feature() {
    let chooser = "src/main.rs";
    let main = fs::read_to_string(root().join(chooser)).expect("readable");
    assert!(
        main.contains("feature = \"full\""),
        "{chooser} chooses the build"
    );
    for dir in ["src", "tests"] {
        forbid(
            dir,
            chooser,
            &["feature = \"full\"", "feature=\"full\""],
            "names the full feature outside src/main.rs: describe the difference in ui::build",
        );
    }
}
