#!/usr/bin/env bash
# Benchmark (not part of the test command): many bundles in one `marswb triage` process against one `marswb
# analyze` process per bundle. Makes a queue of COPIES bundles from the samples (each manifest sample zipped, the
# support collector's tar, the hand-gathered loose folder, in turn: a mix of healthy and broken servers), triages
# it with farm-bench, then runs `analyze` on the first SAMPLE bundles of the queue one process each, and prints
# bundles per second both ways and per core. The heap is read from the JVM's GC log: the most used before a
# collection (peak) and the most still live after one; run it at two sizes to see that neither grows with the
# number of bundles.
#   releng/benchmarks/triage.sh [copies, default 200] [analyze sample, default 10] [triage runs, default 3] [jobs, default cores]
# XMX=256m before it bounds the heap (default 2g, as ./marswb runs).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
copies=${1:-200}
sample=${2:-10}
runs=${3:-3}
jobs=${4:-$(nproc)}
work=$(mktemp -d "${TMPDIR:-/tmp}/marswb-triage.XXXXXX")
trap 'rm -rf "$work"' EXIT
queue="$work/queue"
mkdir -p "$queue" "$work/shapes"

shapes=()
for dir in "$root"/samples/*/; do
  name=$(basename "$dir")
  if [ -f "$dir/manifest.json" ]; then
    (cd "$dir" && zip -qr "$work/shapes/$name.zip" .)
    shapes+=("$work/shapes/$name.zip")
  fi
done
shapes+=("$root/samples/loose-support-collector/SRV-FILE02.tar" "$root/samples/loose-hand-gathered")
for ((i = 0; i < copies; i++)); do
  shape=${shapes[$((i % ${#shapes[@]}))]}
  case "$shape" in
    *.zip) cp "$shape" "$queue/case-$i.zip" ;;
    *.tar) cp "$shape" "$queue/case-$i.tar" ;;
    *) cp -r "$shape" "$queue/case-$i" ;;
  esac
done
echo "queue: $copies bundles from ${#shapes[@]} shapes, $(du -sh "$queue" | cut -f1); jobs $jobs; $(nproc) cores"

"$root/marswb" help > /dev/null 2>&1 || true   # builds the product if needed, outside the timing
export MARSWB_NO_BUILD=1

# median wall seconds of farm-bench's report
median_wall() { awk '$1 == "A" && $2 == "wall" { print $5 }' "$1"; }
median_peak() { awk '$1 == "A" && $2 == "peak" { print $5 }' "$1"; }

MARSWB_VMARGS="-Xmx${XMX:-2g} -Xlog:gc:file=$work/gc-%p.log" farm-bench -n "$runs" --warmup 1 --timeout 3600 -- \
  sh -c "exec '$root/marswb' triage '$queue' --format jsonl --jobs $jobs > '$work/triage.jsonl' 2>> '$work/triage.err'" \
  | tee "$work/triage.bench"
rows=$(wc -l < "$work/triage.jsonl")
[ "$rows" -eq "$copies" ] || { echo "triage wrote $rows rows for $copies bundles" >&2; cat "$work/triage.err" >&2; exit 1; }
# "Pause Young (Normal) (G1 Evacuation Pause) 45M->12M(256M) 3.2ms": before -> after (committed)
read -r peak live < <(cat "$work"/gc-*.log | sed -n 's/.* \([0-9]*\)M->\([0-9]*\)M(.*/\1 \2/p' \
  | awk '{ if ($1 > p) p = $1; if ($2 > l) l = $2 } END { print p + 0, l + 0 }')

list=$(ls "$queue" | head -n "$sample" | sed "s|^|$queue/|" | tr '\n' ' ')
farm-bench -n 1 --warmup 0 --timeout 3600 -- \
  sh -c "for b in $list; do '$root/marswb' analyze \"\$b\" --format json > /dev/null || [ \$? -eq 1 ]; done" \
  | tee "$work/analyze.bench"

triage_s=$(median_wall "$work/triage.bench")
analyze_s=$(median_wall "$work/analyze.bench")
cores=$(nproc)
awk -v n="$copies" -v t="$triage_s" -v k="$sample" -v a="$analyze_s" -v c="$cores" -v j="$jobs" \
  -v peak="$peak" -v live="$live" -v rss="$(median_peak "$work/triage.bench")" 'BEGIN {
  printf "triage:  %d bundles in %.2f s (median, start-up included): %.1f bundles/s, %.1f per core (%d cores, --jobs %d)\n", n, t, n / t, n / t / c, c, j
  printf "         heap: peak %d MiB used before a GC, at most %d MiB live after one; process peak RSS %s MiB\n", peak, live, rss
  printf "analyze: %d bundles one process each in %.2f s: %.2f bundles/s (%.2f s a bundle)\n", k, a, k / a, a / k
  printf "triage is %.1fx the throughput of separate analyze runs\n", (n / t) / (k / a)
}'
