#!/usr/bin/env bash
# Serves the CDN copy of the release build with Cloudflare Pages' own asset
# server (wrangler pages dev: workerd and the Pages handler, local only), in
# the foreground (Playwright stops it). The copy is laid out again from dist/
# first, as the build hook lays it out (scripts/cdn.sh).
#   BG_CDN_PORT  the site at /   default 18441 (and the next port for devtools)
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
port=${BG_CDN_PORT:-18441}
run="$repo/target/e2e/wrangler"
"$repo/scripts/cdn.sh" "$repo/dist" "$repo/target/cdn"
rm -rf "$run/logs"
mkdir -p "$run"
# wrangler keeps its state and logs in its working folder; nothing leaves the
# machine: no metrics, no update check (the banner), no Request.cf download.
cd "$run"
export WRANGLER_SEND_METRICS=false WRANGLER_HIDE_BANNER=true CLOUDFLARE_CF_FETCH_ENABLED=false
export WRANGLER_LOG_PATH="$run/logs"
exec "$repo/node_modules/.bin/wrangler" pages dev "$repo/target/cdn" \
  --ip 127.0.0.1 --port "$port" --inspector-port "$((port + 1))" \
  --compatibility-date=2026-04-01 --show-interactive-dev-session=false --log-level warn
