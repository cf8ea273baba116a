#!/usr/bin/env bash
# Makes sure the e2e tests have a Chromium and CJK fonts (else Chinese renders as boxes).
# Installs Debian's packages when run as root with apt-get; otherwise says what to do.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
need=()
[ -x "$browser" ] || need+=(chromium)
if ! fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then need+=(fonts-noto-cjk); fi
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing ${need[*]} (Debian packages) for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  exit 0
fi
cat >&2 <<MSG
The browser tests need: ${need[*]}
  On Debian/Ubuntu:   sudo apt-get install -y chromium fonts-noto-cjk
  Another Chromium:   CHROMIUM_PATH=/path/to/chrome npm test
MSG
exit 1
