#!/usr/bin/env bash
# Builds the release and prints the numbers the issues name: the bytes of a first visit
# (raw / gzip / brotli per file, against the 150 KB brotli budget), the time from a Check click
# to its feedback and from a practice partner's Send to the peer's reply, and Lighthouse
# (mobile) scores with FCP, LCP, TBT and CLS: the median of five runs for each main page, one
# practice area and one exercise item. What the wasm is made of (its largest functions and
# data, per build) is a separate report: scripts/wasm-report.sh, after this or scripts/build.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
source scripts/env.sh
scripts/build.sh >/dev/null

echo "== First visit (what Chromium downloads for Home)"
node scripts/size.mjs --check

echo
echo "== Interaction: a Check click to its feedback, and Send to a practice partner's reply (50 each)"
node scripts/interaction.mjs

echo
echo "== Lighthouse, mobile emulation"
node scripts/lighthouse.mjs / /help /about /sources /course /practise /workshop /progress /practise/listening /practise/validation/decide
