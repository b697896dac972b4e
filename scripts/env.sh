# Sourced by the other scripts: puts the project's pinned tools first on PATH.
# shellcheck shell=bash
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
