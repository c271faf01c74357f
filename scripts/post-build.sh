#!/usr/bin/env bash
# trunk post_build hook, on trunk's staging folder. In order (trunk runs the
# hooks of one stage at once, so they are one script):
#  1. the wasm's import and export names get short, and the JS glue is
#     minified with the same names (scripts/glue.mjs: wasm-opt and terser);
#     the loaders other sites include are minified too (scripts/loaders.mjs);
#  2. every page is rendered to HTML by the app's components (crates/prerender),
#     from the content trunk copied, under trunk's --public-url; trunk's
#     inline start-up module moves into files first (strict CSP);
#  3. each language's web app manifest is written (scripts/manifest.mjs);
#  4. in a release build, the service worker sw.js (scripts/service-worker.mjs,
#     workbox-build), then .br and .gz copies of the hashed assets for nginx
#     (scripts/precompress.mjs);
#  5. in a release build at the site root, the copy for Cloudflare Pages and
#     Netlify goes to target/cdn (scripts/cdn.sh, rules in deploy/cloudflare/).
#     Its _headers names paths from /, so a --public-url build gets none.
set -euo pipefail
: "${TRUNK_STAGING_DIR:?run me as a trunk hook}"
node scripts/glue.mjs "$TRUNK_STAGING_DIR"
node scripts/loaders.mjs "$TRUNK_STAGING_DIR"
cargo run --quiet --locked -p prerender -- "$TRUNK_STAGING_DIR" --public-url "${TRUNK_PUBLIC_URL:-/}"
node scripts/manifest.mjs "$TRUNK_STAGING_DIR" "${TRUNK_PUBLIC_URL:-/}"
if [ "${TRUNK_PROFILE:-}" = release ]; then
  node scripts/service-worker.mjs "$TRUNK_STAGING_DIR"
  node scripts/precompress.mjs "$TRUNK_STAGING_DIR"
  if [ "${TRUNK_PUBLIC_URL:-/}" = / ]; then
    scripts/cdn.sh "$TRUNK_STAGING_DIR" target/cdn
  fi
fi
