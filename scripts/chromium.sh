#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed for the dashboard's browser test and prints its path
# (nothing when it cannot be had; the test then says why it is skipped). Installing needs root or
# passwordless sudo; Playwright's own browser download is never used (it fails on this network).
set -uo pipefail
for bin in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$bin" ] && [ -x "$bin" ]; then echo "$bin"; exit 0; fi
done
if [ "$(id -u)" = 0 ]; then sudo=""; elif sudo -n true 2>/dev/null; then sudo="sudo -n"; else
  echo "chromium.sh: Chromium is not installed and installing it needs root: apt-get install chromium" >&2
  exit 0
fi
echo "chromium.sh: installing Debian's chromium (once, about a minute)..." >&2
export DEBIAN_FRONTEND=noninteractive
if ! $sudo apt-get install -y -q --no-install-recommends chromium >/dev/null 2>&1; then
  $sudo apt-get update -q >/dev/null 2>&1
  $sudo apt-get install -y -q --no-install-recommends chromium >/dev/null 2>&1 || echo "chromium.sh: apt-get install chromium failed" >&2
fi
[ -x /usr/bin/chromium ] && echo /usr/bin/chromium
exit 0
