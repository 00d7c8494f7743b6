#!/usr/bin/env bash
# The real letters path end to end: `breachdesk export-letters` on the demo incident's built-in 本人通知 for a
# group of N generated recipients in a temporary workspace (streamed from SQLite, checked, laid out from merge
# templates on every core, text layer repaired, merged and split with libqpdf).
#   benchmarks/bench_export_letters.sh [BUILD_DIR] [LETTERS]      (defaults: build, 6400)
# Prints the command's own figures (check time, letters, pages, seconds) with letters/s and peak RSS for a
# merged PDF, for one PDF per letter, and peak RSS for 100,000 merged letters (BIG=0 skips that run).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
letters=${2:-6400}
exe=$build/app/breachdesk
[[ -x $exe ]] || { echo "build first: cmake --build $build --target breachdesk" >&2; exit 2; }
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 QT_LOGGING_RULES='qt.qpa.*=false'
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$work/runtime} HOME=$work/home
mkdir -p -m 700 "$XDG_RUNTIME_DIR" "$HOME"
ws=$work/ws.breachdesk

# A workspace with the demo incident and N employees (every 50th writes English, every 997th is hostile).
make_workspace() {
    rm -f "$ws"*
    "$exe" import-incident --create --workspace "$ws" resources/demo/demo-incident.json >/dev/null
    python3 - "$ws" "$1" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1]); n = int(sys.argv[2])
inc = c.execute("select id from incident").fetchone()[0]
c.execute("insert into recipient_group (incident_id, key, label_ja, label_en, kind, channel, builtin) "
          "values (?, 'employees', '従業員・元従業員', 'Employees and former employees', 'people', 'post', 1)", (inc,))
g = c.execute("select id from recipient_group where key = 'employees'").fetchone()[0]
c.execute("insert into recipient_group_data_set (group_id, data_set_id) "
          "select ?, id from data_set where incident_id = ? and group_key = 'employees'", (g, inc))
fam = ["佐藤","鈴木","高橋","田中","伊藤","渡辺","山本","中村","小林","加藤","髙﨑","𠮷田","西田","金子","長谷川"]
giv = ["太郎","花子","一郎","美咲","翔太","陽菜","大輔","さくら","健","由美子","拓海"]
city = ["東京都千代田区千代田","大阪府大阪市北区梅田","愛知県名古屋市中区栄","福岡県福岡市博多区博多駅前","北海道札幌市中央区北一条西"]
def row(i):
    name = "<script>alert(%d)</script>" % i if i % 997 == 0 else fam[i % 15] + " " + giv[(i // 7) % 11]
    return (g, name, "%03d%04d" % (100 + i % 800, i % 10000),
            "%s%d丁目%d番%d号" % (city[i % 5], 1 + i % 9, 1 + i % 30, 1 + i % 20),
            "en" if i % 50 == 0 else "", "bench.csv", i + 2)
c.executemany("insert into recipient (group_id, name, postcode, address, language, source_file, source_row) "
              "values (?, ?, ?, ?, ?, ?, ?)", (row(i) for i in range(n)))
c.commit()
PY
}

run() { # label, export-letters options…
    local label=$1; shift
    local start end
    start=$(date +%s%N)
    /usr/bin/time -f "%M" -o "$work/rss" "$exe" export-letters --workspace "$ws" --incident INC-2024-003 \
        --group employees "$@" | sed 's/^/  /'
    end=$(date +%s%N)
    awk -v l="$label" -v n="$count" -v ns="$((end - start))" -v kb="$(cat "$work/rss")" \
        'BEGIN { s = ns / 1e9; printf "%s: %d letters in %.1f s = %.0f letters/s (whole process), peak RSS %.0f MB\n", l, n, s, n / s, kb / 1024 }'
}

echo "== BreachDesk export-letters, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
count=$letters
if [[ ${SMALL:-1} != 0 ]]; then
make_workspace "$count"
run "merged" --merged "$work/merged.pdf"; rm -f "$work/merged.pdf"
run "one PDF per letter" --each "$work/each"; rm -rf "$work/each"
fi
if [[ ${BIG:-1} != 0 ]]; then
    count=100000; make_workspace "$count"
    run "merged, 100,000" --merged "$work/merged.pdf"
fi
