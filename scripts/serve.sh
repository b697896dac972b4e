#!/usr/bin/env bash
# Sets everything up, builds the release app, and serves it at http://127.0.0.1:${PORT:-8080}/
# exactly as a static host would (deep links fall back to 404.html). Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
scripts/build.sh
exec node scripts/serve.mjs --dir dist --port "${PORT:-8080}"
