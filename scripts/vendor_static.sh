#!/usr/bin/env bash
# Copies the pinned front-end libraries from node_modules into ttdn/static/vendor so that
# pages never depend on a CDN (deployments are often offline).
set -euo pipefail
cd "$(dirname "$0")/.."
dest=ttdn/static/vendor
stamp="$dest/.stamp"
if [ -f "$stamp" ] && [ "$stamp" -nt package-lock.json ]; then exit 0; fi
npm ci --no-audit --no-fund --loglevel=error >/dev/null
rm -rf "$dest"; mkdir -p "$dest/bootstrap" "$dest/bootstrap-icons/fonts" "$dest/htmx" "$dest/vega" "$dest/axe"
cp node_modules/bootstrap/dist/css/bootstrap.min.css node_modules/bootstrap/dist/js/bootstrap.bundle.min.js "$dest/bootstrap/"
cp node_modules/bootstrap-icons/font/bootstrap-icons.min.css "$dest/bootstrap-icons/"
cp node_modules/bootstrap-icons/font/fonts/* "$dest/bootstrap-icons/fonts/"
cp node_modules/htmx.org/dist/htmx.min.js "$dest/htmx/"
cp node_modules/vega/build/vega.min.js node_modules/vega-lite/build/vega-lite.min.js node_modules/vega-embed/build/vega-embed.min.js "$dest/vega/"
cp node_modules/axe-core/axe.min.js "$dest/axe/"
touch "$stamp"
