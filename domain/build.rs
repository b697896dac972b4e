//! Embeds and bundles the course content. Every `content/**/*.toml` file becomes compact JSON.
//!
//! - Files of the app's shell (top-level files, `pages/`, `principles/`) are embedded in the
//!   app: they are needed on a first visit.
//! - Files of the catalogue's areas (`catalog::Area`, included below) go into one bundle per area, written to
//!   `target/heard-content/<area>-<hash>.txt` (one `path<TAB>json` line per file); the trunk
//!   post-build hook copies them into `dist/content/`, and the app fetches an area's bundle
//!   from its own origin when the learner opens it. The hash in the name changes whenever the
//!   content does, so a bundle can be cached for ever.
//! - Each bundle's text is also generated as a constant (`content::built_bundle`), so native
//!   tests and tools read the areas through the same `read_bundle` and `parse` the browser runs.
//!   Nothing in the app refers to it, so the linker leaves it out of the wasm.
//!
//! Each file's `format_version` is checked here and removed from the JSON.
//!
//! Why JSON rather than TOML at run time: a TOML parser would cost the app size; serde_json is
//! already in the app for storage. A syntax error fails the build with the file name.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// The content format this build reads; must equal `content::FORMAT_VERSION` (a test checks).
const FORMAT_VERSION: i64 = 1;

/// The catalogue's areas: each is one content folder loaded on demand, as one bundle.
#[allow(dead_code)]
#[path = "src/catalog/area.rs"]
mod area;
use area::Area;

fn main() {
    let manifest =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let content_dir = manifest.join("..").join("content");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let bundle_dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.join("..").join("target"))
        .join("heard-content");
    println!("cargo::rerun-if-changed={}", content_dir.display());
    println!("cargo::rerun-if-env-changed=CARGO_TARGET_DIR");

    let mut files = Vec::new();
    collect(&content_dir, &mut files);
    files.sort();

    let mut core = String::new();
    let mut bundles: Vec<(Area, String)> = Area::ALL.iter().map(|a| (*a, String::new())).collect();
    for (i, path) in files.iter().enumerate() {
        println!("cargo::rerun-if-changed={}", path.display());
        let rel = path
            .strip_prefix(&content_dir)
            .expect("collected under content_dir")
            .to_string_lossy()
            .replace('\\', "/");
        let text =
            fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read content/{rel}: {e}"));
        let mut value: serde_json::Value = toml::from_str(&text)
            .unwrap_or_else(|e| panic!("content/{rel} is not valid TOML:\n{e}"));
        // The version is checked here, once, and dropped, so that every content struct can be
        // parsed strictly (`deny_unknown_fields`) without having to carry it.
        match value.as_object_mut().and_then(|m| m.remove("format_version")) {
            Some(v) if v.as_i64() == Some(FORMAT_VERSION) => {}
            Some(v) => panic!("content/{rel}: format_version {v} is not supported (this build reads {FORMAT_VERSION})"),
            None => panic!("content/{rel}: format_version is missing"),
        }
        let json = serde_json::to_string(&value).expect("a TOML value always serialises to JSON");
        let out = out_dir.join(format!("content_{i}.json"));
        fs::write(&out, &json).expect("OUT_DIR is writable");
        let entry = format!(
            "    ({rel:?}, include_str!({:?})),\n",
            out.display().to_string()
        );
        let area = rel.split('/').next().unwrap_or_default();
        match bundles
            .iter_mut()
            .find(|(a, _)| a.slug() == area && rel.contains('/'))
        {
            Some((_, bundle)) => writeln!(bundle, "{rel}\t{json}").expect("write to String"),
            None => core.push_str(&entry),
        }
    }

    fs::create_dir_all(&bundle_dir).expect("target/heard-content is writable");
    for old in fs::read_dir(&bundle_dir).into_iter().flatten().flatten() {
        let _ = fs::remove_file(old.path());
    }
    let mut table = String::new();
    let mut built = String::new();
    // An area with no files yet has no bundle (and no page can open it).
    for (area, text) in bundles.iter().filter(|(_, text)| !text.is_empty()) {
        let file = format!("{}-{:016x}.txt", area.slug(), fnv1a(text.as_bytes()));
        fs::write(bundle_dir.join(&file), text).expect("target/heard-content is writable");
        writeln!(
            table,
            "    Bundle {{ area: Area::{area:?}, file: {file:?} }},"
        )
        .expect("write to String");
        let out = out_dir.join(&file);
        fs::write(&out, text).expect("OUT_DIR is writable");
        writeln!(
            built,
            "    (Area::{area:?}, include_str!({:?})),",
            out.display().to_string()
        )
        .expect("write to String");
    }

    let generated = format!(
        "/// Generated by build.rs: the shell's content files as `(path under content/, JSON)`.\n\
         pub static CORE: &[(&str, &str)] = &[\n{core}];\n\n\
         /// Generated by build.rs: each bundle's text, as the app fetches it.\n\
         pub static BUILT: &[(Area, &str)] = &[\n{built}];\n\n\
         /// Generated by build.rs: the bundles of the areas loaded on demand.\n\
         pub static BUNDLES: &[Bundle] = &[\n{table}];\n"
    );
    fs::write(out_dir.join("content_files.rs"), generated).expect("OUT_DIR is writable");
}

/// FNV-1a, 64-bit: a stable content hash for bundle file names (not for security).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            println!("cargo::rerun-if-changed={}", path.display());
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path);
        }
    }
}
