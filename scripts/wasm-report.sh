#!/usr/bin/env bash
# What each build's wasm is made of: twiggy's largest items (functions and data) and the
# generic functions whose copies (monomorphisations) add up to the most bytes, for the
# shell (what a first visit to `/` downloads) and the full app. It builds nothing: run
# scripts/build.sh first. It reads the shipped `*_bg.wasm` of both builds and the copies of
# wasm-bindgen's output that scripts/build.sh keeps in target/wasm-report/, runs wasm-opt on
# those exactly as trunk does (the settings on index.html's rust link) with a symbol map, checks the
# result is byte for byte the shipped wasm, and names its functions (scripts/wasm-names.mjs).
#   scripts/wasm-report.sh            both builds, 25 rows each
#   ROWS=50 scripts/wasm-report.sh    more rows
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

TWIGGY_VERSION="0.8.0"
ROWS="${ROWS:-25}"
dir="target/wasm-report"

if [ "$(twiggy --version 2>/dev/null || true)" != "twiggy-opt $TWIGGY_VERSION" ]; then
  echo "[wasm-report] installing twiggy $TWIGGY_VERSION (a few minutes, once)"
  cargo install --locked --version "=$TWIGGY_VERSION" twiggy
fi

# dist/ holds both builds' wasm; the one dist/index.html names is the shell's.
shell_wasm="dist/$(grep -o 'heard-[0-9a-f]*_bg\.wasm' dist/index.html | head -1)"
full_wasm="$(ls dist/heard-*_bg.wasm | grep -vx "$shell_wasm" || true)"
if [ ! -f "$shell_wasm" ] || [ "$(wc -w <<<"$full_wasm")" -ne 1 ]; then
  echo "wasm-report: expected dist/ to hold the shell's and the full app's wasm; run scripts/build.sh" >&2
  exit 1
fi

# wasm-opt as trunk runs it: the level and parameters on index.html's `rel="rust"` link.
rust_link="$(grep -o '<link data-trunk rel="rust"[^>]*>' index.html)"
opt_level="$(sed -n 's/.*data-wasm-opt="\([^"]*\)".*/\1/p' <<<"$rust_link")"
read -r -a opt_params <<<"$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' <<<"$rust_link")"

for build in shell full; do
  if [ "$build" = shell ]; then shipped="$shell_wasm"; else shipped="$full_wasm"; fi
  if [ ! -f "$dir/$build.bindgen.wasm" ]; then
    echo "wasm-report: no $dir/$build.bindgen.wasm; run scripts/build.sh" >&2
    exit 1
  fi
  wasm-opt "-O$opt_level" "$dir/$build.bindgen.wasm" -o "$dir/$build.wasm" "${opt_params[@]}" --symbolmap="$dir/$build.map"
  if ! cmp -s "$dir/$build.wasm" "$shipped"; then
    echo "wasm-report: wasm-opt did not reproduce $shipped from $dir/$build.bindgen.wasm (a stale copy, or trunk's wasm-opt settings changed); run scripts/build.sh" >&2
    exit 1
  fi
  node scripts/wasm-names.mjs "$dir/$build.wasm" "$dir/$build.map" "$dir/$build.names.wasm"
  brotli_bytes="$(node -e 'const z=require("node:zlib");console.log(z.brotliCompressSync(require("node:fs").readFileSync(process.argv[1]),{params:{[z.constants.BROTLI_PARAM_QUALITY]:11}}).length)' "$shipped")"
  echo "== $build: $shipped, $(wc -c <"$shipped") bytes raw, $brotli_bytes brotli"
  echo "(the \"function names\" rows are the names this report added, not shipped bytes)"
  echo
  echo "-- largest items (twiggy top)"
  twiggy top -n "$ROWS" "$dir/$build.names.wasm"
  echo
  echo "-- generic functions with the most bytes in copies (twiggy monos)"
  twiggy monos -m 10 -n 3 "$dir/$build.names.wasm"
  echo
done
