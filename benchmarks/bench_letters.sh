#!/usr/bin/env bash
# Letters benchmark: BreachDesk's batch output against LibreOffice on the same Japanese letters.
#   benchmarks/bench_letters.sh [BUILD_DIR] [LETTERS]      (defaults: build, 6400)
# Build first:  cmake --build BUILD_DIR --target bench_letters
# Prints letters/s for one merged PDF and for one PDF per letter, peak RSS (VmHWM) for LETTERS and for
# 100,000 merged letters, the whole-HTML path for comparison, and LibreOffice's letters/s (`soffice --headless
# --convert-to pdf` on the same letters written as HTML files, 200 files per invocation because it silently
# stops after about 247). LibreOffice is installed with apt-get when missing (libreoffice-writer-nogui);
# without it the comparison is skipped. LO_LETTERS=n converts only the first n letters (~10 letters/s).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
letters=${2:-6400}
lo_letters=${LO_LETTERS:-$letters}
exe=$build/benchmarks/output/bench_letters
[[ -x $exe ]] || { echo "build first: cmake --build $build --target bench_letters" >&2; exit 2; }
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 QT_LOGGING_RULES='qt.qpa.*=false'
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$work/runtime}
mkdir -p -m 700 "$XDG_RUNTIME_DIR"

echo "== BreachDesk, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$exe" --letters "$letters" --merged "$work/merged.pdf"
"$exe" --letters "$letters" --per-letter "$work/letters"
rm -rf "$work/letters"
"$exe" --letters "$letters" --merged "$work/merged.pdf" --per-letter "$work/letters"
rm -rf "$work/letters" "$work/merged.pdf"
"$exe" --letters "$letters" --merged "$work/merged.pdf" --html
rm -f "$work/merged.pdf"*
# Mail-merge safety as export-letters makes it (control numbers, manifests, recipient ids, padding).
"$exe" --letters "$letters" --merged "$work/merged.pdf" --safety
rm -f "$work/merged.pdf"*
"$exe" --letters "$letters" --per-letter "$work/letters" --safety
rm -rf "$work/letters"
"$exe" --letters "$letters" --merged "$work/merged.pdf" --safety --envelope
rm -f "$work/merged.pdf"*
"$exe" --letters 100000 --merged "$work/merged.pdf"
rm -f "$work/merged.pdf"

echo "== LibreOffice"
if ! command -v soffice >/dev/null; then
    echo "soffice not found: installing libreoffice-writer-nogui"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        libreoffice-writer-nogui; } >/dev/null 2>&1 \
        || { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
                 libreoffice-core-nogui >/dev/null 2>&1; } || true
fi
if ! command -v soffice >/dev/null; then
    echo "LibreOffice is not available: comparison skipped"
    exit 0
fi
"$exe" --letters "$lo_letters" --write-html "$work/html"
mkdir -p "$work/lo"
mapfile -t files < <(find "$work/html" -name '*.html' | sort)
profile="file://$work/lo-profile"
# The first start creates the profile: not timed.
soffice -env:UserInstallation="$profile" --headless --terminate_after_init >/dev/null 2>&1 || true
start=$(date +%s%N)
for ((i = 0; i < ${#files[@]}; i += 200)); do
    soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$work/lo" \
        "${files[@]:i:200}" >/dev/null 2>&1
done
end=$(date +%s%N)
made=$(find "$work/lo" -name '*.pdf' | wc -l)
awk -v n="$made" -v asked="${#files[@]}" -v ns="$((end - start))" 'BEGIN {
    s = ns / 1e9
    printf "LibreOffice %d of %d letters converted in %.1f s = %.1f letters/s\n", n, asked, s, n / s
}'
