#!/usr/bin/env bash
# Libraries and fonts WeasyPrint needs for brief PDFs: pango, Liberation (Times-metric), Noto incl. CJK and Thai.
set -euo pipefail
need=()
for pkg in libpango-1.0-0 libpangoft2-1.0-0 fonts-liberation2 fonts-noto-core fonts-noto-cjk; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get install -y -q "${need[@]}" || { $SUDO apt-get update -q && $SUDO apt-get install -y -q "${need[@]}"; }
fi
