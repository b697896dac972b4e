//! Entry point: starts the app as one of its two builds. This is the one place that names the
//! `full` feature (`domain/tests/tidy.rs` keeps it so): without it, the shell a first visit to
//! `/` downloads; with it, the full app (`ui::build`; `scripts/build.sh` makes both).

#[cfg(feature = "full")]
use heard::ui::build::full::start;
#[cfg(not(feature = "full"))]
use heard::ui::build::shell::start;

fn main() {
    start();
}
