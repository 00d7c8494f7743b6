#!/usr/bin/env bash
# Start-up time of the workbench to a shown main window on the demo workspace.
#   benchmarks/bench_startup.sh [RUNS]   (after building: cmake --build --preset default)
# Prints, per run, the time from process start to the window being shown (measured outside the process,
# including dynamic loading) and the in-process part, then the median of each. Uses Xvfb when present
# (a real X server, like a desktop), else the offscreen platform.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
exe=build/app/breachdesk
[[ -x $exe ]] || { echo "build first: cmake --build --preset default" >&2; exit 2; }
ws=$(mktemp -d)/bench.breachdesk
"$exe" import-incident --workspace "$ws" resources/demo/demo-incident.json >/dev/null
export XDG_CONFIG_HOME=$(mktemp -d)
run() {
  if command -v xvfb-run >/dev/null; then xvfb-run -a "$exe" "$@"; else QT_QPA_PLATFORM=offscreen "$exe" "$@"; fi
}
# Start the X server once outside the measured runs.
if command -v Xvfb >/dev/null; then
  Xvfb :97 -screen 0 1440x900x24 >/dev/null 2>&1 & xpid=$!
  trap 'kill $xpid 2>/dev/null' EXIT
  sleep 1
  run() { DISPLAY=:97 "$exe" "$@"; }
fi
outer=() inner=()
for i in $(seq "$runs"); do
  t0=$(date +%s%N)
  line=$(run --workspace "$ws" --startup-benchmark 2>/dev/null | grep startup_ms)
  t1=$(date +%s%N)
  outer+=($(( (t1 - t0) / 1000000 ))) inner+=("${line#startup_ms=}")
  echo "run $i: process ${outer[-1]} ms (in-process ${inner[-1]} ms)"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
echo "median start-up to shown window: $(median "${outer[@]}") ms (in-process $(median "${inner[@]}") ms)"
