#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (never a browser downloaded by Playwright).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
echo "Installing Debian's chromium for the browser tests…"
export DEBIAN_FRONTEND=noninteractive
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium fonts-liberation2 >/dev/null
[ -x /usr/bin/chromium ] || { echo "FATAL: /usr/bin/chromium missing after install" >&2; exit 1; }
