# Benchmark (not part of the test command): many bundles in one `marswb triage` process against one `marswb
# analyze` process per bundle. Makes a queue of COPIES bundles from the samples (each manifest sample zipped, the
# support collector's tar, the hand-gathered loose folder, in turn: a mix of healthy and broken servers), triages
# it RUNS times after one warm-up run (timed by /usr/bin/time: wall, CPU, peak RSS), then runs `analyze` on the
# first SAMPLE bundles of the queue one process each, and prints bundles per second both ways, per core and per
# CPU-second. On a machine shared with other work, bundles per CPU-second is the figure that holds. The heap is
# read from the JVM's GC log: the most used before a collection (peak) and the most still live after one; run it
# at two sizes to see that neither grows with the number of bundles.
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

# the median of column $2 of file $1 ("wall user sys maxrss_kib" lines), or of user + sys when $2 is cpu
median() {
  awk -v c="$2" '{ print (c == "cpu" ? $2 + $3 : $c) }' "$1" | sort -g \
    | awk '{ v[NR] = $1 } END { printf "%.3f", (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}
timed() { /usr/bin/time -f "%e %U %S %M" -a -o "$1" "${@:2}"; }

for ((r = 0; r <= runs; r++)); do
  times="$work/triage.times"
  [ "$r" -eq 0 ] && times="$work/warmup.times"
  rm -f "$work"/gc-*.log
  MARSWB_VMARGS="-Xmx${XMX:-2g} -Xlog:gc:file=$work/gc-%p.log" timed "$times" \
    sh -c "exec '$root/marswb' triage '$queue' --format jsonl --jobs $jobs > '$work/triage.jsonl' 2>> '$work/triage.err'" || true
  # "Pause Young (Normal) (G1 Evacuation Pause) 45M->12M(256M) 3.2ms": before -> after (committed)
  cat "$work"/gc-*.log | sed -n 's/.* \([0-9]*\)M->\([0-9]*\)M(.*/\1 \2/p' >> "$work/heap"
done
rows=$(wc -l < "$work/triage.jsonl")
[ "$rows" -eq "$copies" ] || { echo "triage wrote $rows rows for $copies bundles" >&2; cat "$work/triage.err" >&2; exit 1; }
read -r peak live < <(awk '{ if ($1 > p) p = $1; if ($2 > l) l = $2 } END { print p + 0, l + 0 }' "$work/heap")

list=$(ls "$queue" | head -n "$sample" | sed "s|^|$queue/|" | tr '\n' ' ')
timed "$work/analyze.times" \
  sh -c "for b in $list; do '$root/marswb' analyze \"\$b\" --format json > /dev/null || [ \$? -eq 1 ]; done"

triage_s=$(median "$work/triage.times" 1)
triage_cpu=$(median "$work/triage.times" cpu)
rss_kib=$(median "$work/triage.times" 4)
analyze_s=$(median "$work/analyze.times" 1)
analyze_cpu=$(median "$work/analyze.times" cpu)
cores=$(nproc)
awk -v n="$copies" -v t="$triage_s" -v tc="$triage_cpu" -v k="$sample" -v a="$analyze_s" -v ac="$analyze_cpu" \
  -v c="$cores" -v j="$jobs" -v peak="$peak" -v live="$live" -v rss="$rss_kib" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
  printf "load average at the end: %s (%d cores)\n", load, c
  printf "triage:  %d bundles in %.2f s (median of the runs, start-up included): %.1f bundles/s, %.1f per core (--jobs %d)\n", n, t, n / t, n / t / c, j
  printf "         CPU %.2f s: %.1f bundles per CPU-second, %.1f ms a bundle\n", tc, n / tc, 1000 * tc / n
  printf "         heap: peak %d MiB used before a GC, at most %d MiB live after one; process peak RSS %d MiB\n", peak, live, rss / 1024
  printf "analyze: %d bundles one process each in %.2f s, CPU %.2f s: %.2f bundles/s (%.2f s a bundle)\n", k, a, ac, k / a, a / k
  printf "triage is %.1fx the throughput of separate analyze runs\n", (n / t) / (k / a)
}'
