#!/usr/bin/env bash
# Builds the release app into dist/ as two builds that share one origin:
#   - the shell (no `full` feature): index.html and its wasm, what a first visit to `/`
#     downloads: home, get help now, about & privacy, sources;
#   - the full app (`--features full`): every page, served by the static host as 404.html for
#     any other path, so deep links and links out of the shell open it.
# Both builds' hashed files live side by side in dist/ (see ARCHITECTURE.md, "Size").
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
    404.html) ;;
    *) cp -r "$f" dist/ ;;
  esac
done
node scripts/prerender.mjs dist
node scripts/pwa.mjs dist
echo "build: dist/index.html is the shell; dist/404.html is the full app; dist/sw.js works offline"
