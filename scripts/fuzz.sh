#!/usr/bin/env bash
# Builds the fuzz targets (CMake preset "fuzz": clang, libFuzzer, ASan, UBSan; tests/fuzz/) and runs each for
# SECONDS on a scratch copy of its seed corpus (tests/fuzz/corpus/<target>/ is never written to). Prints, per
# target, the inputs run and whether it crashed; exits non-zero when any target crashed, leaked, timed out or
# ran out of memory. Inputs that crashed are kept in build-fuzz/fuzz-artifacts/<target>/ (reproduce with
# build-fuzz/tests/fuzz/<target> FILE).
#   scripts/fuzz.sh 20                   every target for 20 s (what CI runs)
#   scripts/fuzz.sh 600 fuzz_xlsx        one target for 10 minutes
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:?usage: scripts/fuzz.sh SECONDS [TARGET...]}
shift
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=(fuzz_csv fuzz_xlsx fuzz_incidentjson fuzz_archive fuzz_template fuzz_datementions)

# Inputs larger than this are not tried: each reader's work per byte is bounded, so this bounds each run.
declare -A max_len=(
  [fuzz_csv]=16384 [fuzz_xlsx]=65536 [fuzz_incidentjson]=65536 [fuzz_archive]=65536 [fuzz_template]=16384
  [fuzz_datementions]=16384
)

scripts/deps.sh
start=$SECONDS
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${targets[@]}"
echo "fuzz build: $((SECONDS - start)) s"

scratch=$(mktemp -d "${TMPDIR:-/tmp}/breachdesk-fuzz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
failed=0
for target in "${targets[@]}"; do
  corpus="$scratch/$target"
  artifacts="build-fuzz/fuzz-artifacts/$target"
  mkdir -p "$corpus" "$artifacts"
  cp -r "tests/fuzz/corpus/$target/." "$corpus/"
  # The built-in templates seed the template target as they are (no copies to keep in step).
  [[ $target == fuzz_template ]] && cp resources/templates/*.* resources/templates/filings/*.* "$corpus/"
  dict=()
  [[ -f "tests/fuzz/$target.dict" ]] && dict=("-dict=tests/fuzz/$target.dict")
  log="$scratch/$target.log"
  status=0
  # ASan's leak check stays on: a leak fails the run like a crash.
  "build-fuzz/tests/fuzz/$target" "$corpus" "${dict[@]}" -max_total_time="$seconds" \
    -max_len="${max_len[$target]}" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  if [[ $status -eq 0 ]]; then
    echo "$target: ${runs:-?} runs in ${seconds} s, no crash"
  else
    failed=1
    echo "$target: ${runs:-?} runs, CRASHED (exit $status); input kept in $artifacts/:"
    grep -E 'ERROR: |SUMMARY: |runtime error|round trip|Test unit written' "$log" | head -n 20 || true
    tail -n 40 "$log"
  fi
done
exit $failed
