#!/usr/bin/env bash
# The demo, the end-to-end tests and the in-browser benchmark drive Debian's Chromium
# (test tools cannot download their own browser here). Install it when it is missing.
set -euo pipefail
if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's chromium package…" >&2
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
else
  echo "Chromium is needed: run 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH)." >&2
  exit 1
fi
