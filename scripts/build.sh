#!/usr/bin/env bash
# Builds the release app into dist/ as two builds that share one origin:
#   - the shell (no `full` feature): index.html and its wasm, what a first visit to `/`
#     downloads: home, get help now, about & privacy, sources;
#   - the full app (`--features full`): every page.
# Both builds' hashed files live side by side in dist/ (see PERFORMANCE.md, "Size"). Then
# scripts/prerender.mjs writes a real page for every route (each a copy of its build's page with
# the route's content), and 404.html becomes the shell's "Page not found"; until then 404.html
# is the full app's page, which the pre-renderer opens for the full app's routes.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

full_dist="target/dist-full"
# Each build's wasm as wasm-bindgen wrote it, before wasm-opt took its names out: what
# scripts/wasm-report.sh needs to say which functions the shipped bytes are (trunk reuses one
# path for both builds, so it is copied aside after each).
report_dir="target/wasm-report"
mkdir -p "$report_dir"
trunk build --release --features full --dist "$full_dist"
cp target/wasm-bindgen/release/heard_bg.wasm "$report_dir/full.bindgen.wasm"
trunk build --release
cp target/wasm-bindgen/release/heard_bg.wasm "$report_dir/shell.bindgen.wasm"
for f in "$full_dist"/*; do
  name="$(basename "$f")"
  case "$name" in
    index.html) cp "$f" dist/404.html ;;
    *) cp -r "$f" dist/ ;;
  esac
done
node scripts/prerender.mjs dist
node scripts/pwa.mjs dist
echo "build: a page for every route in dist/ (index.html and the shell's pages, the rest the full app); 404.html is Page not found; dist/sw.js works offline"
