#!/usr/bin/env bash
# Copies a release build into a folder for Cloudflare Pages or Netlify:
#   scripts/cdn.sh <build folder> <output folder>
# The build hook (post-build.sh) writes target/cdn this way, and
# `make e2e-cdn` does it again from dist/. nginx serves dist/ unchanged.
#  1. Pages redirects /skills to /skills/ when the page is skills/index.html,
#     but serves skills.html at /skills with no redirect. So each page moves
#     to <path>.html. The folders that the guide links with a slash (/, /hi/,
#     /embed/, /hi/embed/) keep their index.html.
#  2. The .br and .gz copies stay out. The CDN compresses on its own, and
#     would serve those files only under their own names, as downloads.
#  3. _headers and _redirects come from deploy/cloudflare/.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
usage="usage: scripts/cdn.sh <build folder> <output folder>"
src=${1:?$usage}
out=${2:?$usage}
out=${out%/}
[ -f "$src/index.html" ] || { echo "cdn.sh: $src has no index.html" >&2; exit 1; }
# The output is emptied first, so it must not be the build or inside it.
case "$(realpath -m "$out")/" in
  "$(realpath "$src")"/*) echo "cdn.sh: $out is inside $src" >&2; exit 1 ;;
esac

rm -rf "$out"
mkdir -p "$out"
cp -R "$src/." "$out/"
find "$out" -type f \( -name '*.br' -o -name '*.gz' \) -delete
mapfile -d '' pages < <(find "$out" -mindepth 2 -type f -name index.html -print0)
moved=0
for page in "${pages[@]}"; do
  dir=${page%/index.html}
  case ${dir#"$out"} in /hi | /embed | /hi/embed) continue ;; esac
  mv "$page" "$dir.html"
  moved=$((moved + 1))
done
find "$out" -mindepth 1 -type d -empty -delete
cp "$repo/deploy/cloudflare/_headers" "$repo/deploy/cloudflare/_redirects" "$out/"
echo "cdn.sh: wrote $out ($moved pages moved to <path>.html)"
