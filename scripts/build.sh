#!/usr/bin/env bash
# Builds the release app into dist/ as two builds that share one origin:
#   - the shell (no `full` feature): index.html and its wasm, what a first visit to `/`
#     downloads: home, get help now, about & privacy, sources;
#   - the full app (`--features full`): every page.
# Both builds' hashed files live side by side in dist/ (see ARCHITECTURE.md, "Size"). Then
# scripts/prerender.mjs writes a real page for every route (each a copy of its build's page with
# the route's content), and 404.html becomes the shell's "Page not found"; until then 404.html
# is the full app's page, which the pre-renderer opens for the full app's routes.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

full_dist="target/dist-full"
trunk build --release --features full --dist "$full_dist"
trunk build --release
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
