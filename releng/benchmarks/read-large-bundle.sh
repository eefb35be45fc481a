#!/usr/bin/env bash
# Benchmark (not part of the test command): reads a generated large bundle with `marswb show --format json`
# and reports the time as a ratio to `grep -a -c ''` (every line counted, binary or not) over the same bytes, and the peak heap (GC log).
# Two ratios: end to end, and net of the product's start-up (the same command on samples/healthy, a few KB), which
# is a fixed cost of starting a JVM and an OSGi framework, whatever the bundle. Run it on an idle machine: the
# reader scans large artifacts on every core.
#   releng/benchmarks/read-large-bundle.sh [log MiB, default 880] [failed-file lines, default 2000000]
# The defaults make a bundle of about 1 GiB. The heap is capped at 256 MB: finishing at all shows the reader
# does not keep lines; the GC log gives the real peak. Run it twice with different sizes to see the heap stay flat.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
log_mib=${1:-880}
failed=${2:-2000000}
work=$(mktemp -d "${TMPDIR:-/tmp}/marswb-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
bundle="$work/bundle"
java "$root/releng/benchmarks/MakeLargeBundle.java" "$root/samples/healthy" "$bundle" "$log_mib" "$failed"
bytes=$(du -sb "$bundle" | cut -f1)
# warm the page cache for both contenders
cat $(find "$bundle" -type f) > /dev/null
t0=$(date +%s.%N)
# to a file: GNU grep stops at the first match when its output is /dev/null
grep -a -c '' $(find "$bundle" -type f) > "$work/grep.out"
t1=$(date +%s.%N)
"$root/marswb" help > /dev/null 2>&1 || true   # builds the product if needed, outside the timing
MARSWB_NO_BUILD=1 "$root/marswb" show "$root/samples/healthy" --format json > /dev/null   # file system caches
s0=$(date +%s.%N)
MARSWB_NO_BUILD=1 "$root/marswb" show "$root/samples/healthy" --format json > /dev/null
s1=$(date +%s.%N)
t2=$(date +%s.%N)
MARSWB_VMARGS="-Xmx256m -Xlog:gc:file=$work/gc.log" MARSWB_NO_BUILD=1 "$root/marswb" show "$bundle" --format json > "$work/show.json"
t3=$(date +%s.%N)
grep_s=$(echo "$t1 - $t0" | bc -l)
show_s=$(echo "$t3 - $t2" | bc -l)
startup_s=$(echo "$s1 - $s0" | bc -l)
net_s=$(echo "$show_s - $startup_s" | bc -l)
peak=$(grep -oE '[0-9]+M->[0-9]+M' "$work/gc.log" | sed -E 's/M->.*//' | sort -n | tail -1)
entries=$(grep -o '"totalEntries" : [0-9]*' "$work/show.json" | head -1)
printf 'bundle: %s bytes (%.2f GiB), %s failed-file lines (%s)\n' "$bytes" "$(echo "$bytes / 1073741824" | bc -l)" "$failed" "$entries"
printf 'grep -a -c: %.2f s   marswb show: %.2f s   ratio: %.1fx   peak heap before GC: %s MB (cap 256)\n' \
  "$grep_s" "$show_s" "$(echo "$show_s / $grep_s" | bc -l)" "${peak:-?}"
printf 'start-up (show of samples/healthy): %.2f s   reading net of start-up: %.2f s   ratio: %.1fx\n' \
  "$startup_s" "$net_s" "$(echo "$net_s / $grep_s" | bc -l)"
