//! Entry point: mounts the app. Everything else lives in the library (`lib.rs`).

fn main() {
    heard::start();
}
