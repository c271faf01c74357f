#!/usr/bin/env bash
# `make wasm-floor`: builds bench/floor (the smallest app on leptos,
# leptos_router and gloo-net) exactly as trunk builds the guide (release
# profile, `erase_components`, wasm-bindgen, wasm-opt -Oz with index.html's
# flags) and prints its wasm's size beside the guide's. What the floor
# weighs no change to the guide's own code can take away.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/wasm-floor
mkdir -p "$out"
CARGO_TARGET_DIR="$PWD/$out/cargo" RUSTFLAGS="--cfg erase_components" \
  cargo build --release --locked --target wasm32-unknown-unknown --manifest-path bench/floor/Cargo.toml
wasm-bindgen --target web --no-typescript --out-dir "$out" "$out/cargo/wasm32-unknown-unknown/release/wasm-floor.wasm"
read -r -a params <<<"$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html)"
wasm-opt -Oz "${params[@]}" "$out/wasm-floor_bg.wasm" -o "$out/floor.wasm"
size() { echo "$(stat -c %s "$1") bytes raw, $(gzip -9 -c "$1" | wc -c) gzip -9"; }
echo "floor (leptos + leptos_router + gloo-net, two routes): $(size "$out/floor.wasm")"
guide=$(ls dist/*_bg.wasm 2>/dev/null | head -1 || true)
[ -n "$guide" ] && echo "the guide (dist/, last build):                         $(size "$guide")"
