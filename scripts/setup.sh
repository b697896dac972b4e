#!/usr/bin/env bash
# Installs every tool Heard needs, at the versions pinned in this repository, and skips any
# tool already present at that version (so a rerun takes seconds; a fresh machine ~15 min).
#   Rust target wasm32-unknown-unknown, rustfmt, clippy      (rustup)
#   trunk 0.21.14                                           (cargo install --locked)
#   wasm-bindgen-cli = the wasm-bindgen version in Cargo.lock (cargo install; also gives the test runner)
#   Debian's chromium + chromium-driver                     (apt-get; browser tests)
#   wasm-opt (binaryen 132), Playwright, axe-core, Lighthouse, terser (npm ci, from package-lock.json)
# Debian's own binaryen (wasm-opt 108) builds a wasm that never starts: we never use it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

TRUNK_VERSION="0.21.14"
WASM_BINDGEN_VERSION="$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
if [ -z "$WASM_BINDGEN_VERSION" ]; then
  echo "setup: could not read the wasm-bindgen version from Cargo.lock" >&2
  exit 1
fi

say() { printf '[setup] %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding $component"
    rustup component add "$component"
  fi
done

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (several minutes on a fresh machine)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (several minutes on a fresh machine)"
  # Not --locked: its lock file pins a webpki-roots version the registry no longer has.
  cargo install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing Debian's chromium and chromium-driver"
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y --no-install-recommends chromium chromium-driver
fi

lock_sum="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ "$(cat node_modules/.heard-lock-sum 2>/dev/null || true)" != "$lock_sum" ]; then
  say "installing the pinned npm tools (npm ci)"
  npm ci --no-audit --no-fund
  echo "$lock_sum" > node_modules/.heard-lock-sum
fi

if [ "$(wasm-opt --version 2>/dev/null || true)" != "wasm-opt version 132 (version_132)" ]; then
  echo "setup: wasm-opt on PATH is not binaryen 132: $(command -v wasm-opt || echo none)" >&2
  exit 1
fi

# Trunk builds offline (Trunk.toml), so fetch the crates first.
cargo fetch --locked --quiet
say "ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version | cut -d' ' -f1-3), $(/usr/bin/chromium --version 2>/dev/null | head -1)"
