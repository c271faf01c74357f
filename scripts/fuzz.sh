#!/usr/bin/env bash
# Runs every cargo-fuzz target for a given time and reports, per target, how
# many inputs it tried and whether it crashed. Not part of `make test` or CI.
#
#   scripts/fuzz.sh            → 60 seconds per target
#   scripts/fuzz.sh 300        → 300 seconds per target
#   scripts/fuzz.sh 120 url_query progress_import   → only those targets
#   scripts/fuzz.sh --list     → the targets (from fuzz/Cargo.toml), one a line
#
# Needs the nightly toolchain; installs cargo-fuzz if it is missing.
# Seeds are read from fuzz/corpus/<target> (committed, never written to); new
# inputs go to fuzz/target/corpus/<target> and crashes to fuzz/artifacts/<target>,
# both git-ignored. Environment: FUZZ_SANITIZER (address, the default, or none),
# CARGO_BUILD_JOBS (e.g. 1 on a shared machine). Exits 1 if any target crashed.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

seconds=${1:-60}
shift || true
case $seconds in --list) ;; '' | *[!0-9]*)
  echo "usage: scripts/fuzz.sh [seconds-per-target] [target...]" >&2
  exit 2
  ;;
esac
# Every target fuzz/Cargo.toml declares, so a new one is never skipped.
mapfile -t all_targets < <(awk '/^\[\[bin\]\]/ { bin = 1 } bin && /^name = / { gsub(/"/, "", $3); print $3; bin = 0 }' fuzz/Cargo.toml)
if [ "$seconds" = "--list" ]; then
  printf '%s\n' "${all_targets[@]}"
  exit 0
fi
targets=("${@:-${all_targets[@]}}")
sanitizer=${FUZZ_SANITIZER:-address}
step() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if ! rustup toolchain list | grep -q '^nightly'; then
  step "installing the nightly toolchain (cargo-fuzz needs it)"
  rustup toolchain install nightly --profile minimal
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  step "installing cargo-fuzz"
  cargo install cargo-fuzz --locked || cargo install cargo-fuzz
fi

logs=fuzz/target/logs
mkdir -p "$logs"
declare -A executions crashed
failed=0
for target in "${targets[@]}"; do
  step "building $target (sanitizer: $sanitizer)"
  cargo +nightly fuzz build --sanitizer "$sanitizer" "$target"
  work=fuzz/target/corpus/$target
  mkdir -p "$work" "fuzz/artifacts/$target"
  step "fuzzing $target for ${seconds}s"
  log=$logs/$target.log
  # The first corpus directory receives new inputs; the committed seeds are
  # only read. -print_final_stats=1 prints stat::number_of_executed_units.
  set +e
  cargo +nightly fuzz run --sanitizer "$sanitizer" "$target" "$work" "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -print_final_stats=1 2>&1 | tee "$log" \
    | grep -E '^#[0-9]+.*(pulse|DONE)|ERROR|panicked|Test unit written'
  status=${PIPESTATUS[0]}
  set -e
  executions[$target]=$(awk '/stat::number_of_executed_units/ { n = $NF } END { print n }' "$log")
  if [ "$status" -ne 0 ] || grep -qE '^==[0-9]+== ?ERROR|panicked at|Test unit written to' "$log"; then
    artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
    crashed[$target]="CRASH (exit $status)${artifact:+, input: $artifact}; see $log"
    failed=1
  else
    crashed[$target]="no crash"
  fi
done

echo
step "summary (${seconds}s per target, sanitizer: $sanitizer)"
for target in "${targets[@]}"; do
  printf '%-16s %12s executions  %s\n' "$target" "${executions[$target]:-?}" "${crashed[$target]}"
done
exit "$failed"
