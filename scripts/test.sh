#!/usr/bin/env bash
# Sets everything up and runs every test: formatting and lints, native tests (domain, content,
# schema), wasm-bindgen tests in headless Chromium (storage), then end-to-end tests with
# Playwright against the release build served statically.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

step() { printf '\n=== %s\n' "$*"; }

step "format and lints"
cargo fmt --all -- --check
# Both builds: the shell (default) and the full app (--features full).
for features in "" "--features=full"; do
  cargo clippy --workspace --all-targets --locked $features -- -D warnings
  cargo clippy --target wasm32-unknown-unknown -p heard --all-targets --locked $features -- -D warnings
done

step "native tests (domain, content, schema, tidy)"
cargo test --workspace --locked --features full

step "browser tests of the storage module and NextTask (wasm-bindgen-test, headless Chromium)"
cargo test --target wasm32-unknown-unknown -p heard --test browser_storage --test browser_next_task --locked

step "release build"
scripts/build.sh

step "first-visit size budget (150 KB brotli)"
node scripts/size.mjs --check

step "end-to-end tests (Playwright, Debian Chromium, release build)"
npx playwright test
