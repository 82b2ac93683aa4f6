#!/usr/bin/env bash
# The demo, the end-to-end tests and the in-browser benchmark drive Debian's Chromium, and the
# Firefox smoke test drives Debian's Firefox ESR (test tools cannot download their own
# browsers here). Install whichever is missing.
set -euo pipefail
missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Missing ${missing[*]}: installing Debian's packages…" >&2
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Needed: run 'sudo apt-get install -y ${missing[*]}' (or set CHROMIUM_PATH / FIREFOX_PATH)." >&2
  exit 1
fi
