#!/usr/bin/env bash
# `make wasm-profile`: where the release wasm's bytes go, by function and by
# crate. The same build as trunk's (cargo release for wasm32 with `csr`,
# wasm-bindgen, wasm-opt -Oz and index.html's flags from npm binaryen 132;
# without the name shortening of scripts/glue.mjs), but wasm-opt keeps the
# name section (--debuginfo) so twiggy can name every function. The sizes of
# the items are those of the shipped wasm; only the names section is extra.
#   scripts/wasm-profile.sh [out.txt]   (also writes target/wasm-profile/)
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/wasm-profile
mkdir -p "$out"
cargo build --release --locked --target wasm32-unknown-unknown --features csr --bin backend-guide
wasm-bindgen --target web --no-typescript --out-dir "$out" target/wasm32-unknown-unknown/release/backend-guide.wasm
# The flags trunk passes (index.html's data-wasm-opt-params).
read -r -a params <<<"$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html)"
wasm-opt -Oz "${params[@]}" --debuginfo "$out/backend-guide_bg.wasm" -o "$out/named.wasm"
wasm-opt -Oz "${params[@]}" "$out/backend-guide_bg.wasm" -o "$out/release.wasm"
twiggy top -n 100000 -f csv "$out/named.wasm" > "$out/top.csv"
{
  echo "# wasm profile ($(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(date -u +%Y-%m-%d))"
  echo "release wasm (no names): $(stat -c %s "$out/release.wasm") bytes raw, $(gzip -9 -c "$out/release.wasm" | wc -c) gzip -9"
  echo "JS glue: $(stat -c %s "$out/backend-guide.js") bytes raw, $(gzip -9 -c "$out/backend-guide.js" | wc -c) gzip -9"
  echo
  node scripts/wasm-profile.mjs "$out/top.csv"
  echo
  echo "## twiggy top -n 40 (the name section is not shipped)"
  twiggy top -n 40 "$out/named.wasm" | cut -c1-170
  echo
  echo "## twiggy dominators (depth 3, 40 rows)"
  twiggy dominators -d 3 -r 40 "$out/named.wasm" | cut -c1-170
} | tee "${1:-$out/profile.txt}"
