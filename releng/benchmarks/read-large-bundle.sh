#!/usr/bin/env bash
# Benchmark (not part of the test command): reads a generated large bundle with `marswb show --format json`
# and reports the time as a ratio to `grep -a -c ''` (every line counted, binary or not) over the same bytes, and the peak heap (GC log).
# Two ratios: end to end, and net of the product's start-up (the same command on samples/healthy, a few KB), which
# is a fixed cost of starting a JVM and an OSGi framework, whatever the bundle. Each contender runs several times
# and the median is reported (this kind of VM varies by 20% from one run to the next), with the fastest run.
# Run it on an idle machine: the reader scans large artifacts on every core.
#   releng/benchmarks/read-large-bundle.sh [log MiB, default 880] [failed-file lines, default 2000000] [runs, default 3]
# The defaults make a bundle of about 1 GiB. The heap is capped at 256 MB: finishing at all shows the reader
# does not keep lines; the GC log gives the real peak. Run it twice with different sizes to see the heap stay flat.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/benchmarks/timing.sh"
large_bundle_arguments "$@"
java "$root/releng/benchmarks/MakeLargeBundle.java" "$root/samples/healthy" "$bundle" "$log_mib" "$failed"
bytes=$(du -sb "$bundle" | cut -f1)
mapfile -t files < <(find "$bundle" -type f)
# warm the page cache for both contenders
cat "${files[@]}" > /dev/null
"$root/marswb" help > /dev/null 2>&1 || true   # builds the product if needed, outside the timing
export MARSWB_NO_BUILD=1
"$root/marswb" show "$root/samples/healthy" --format json > /dev/null   # file system caches


grep_runs=() startup_runs=() show_runs=()
for ((run = 1; run <= runs; run++)); do
  # to a file: GNU grep stops at the first match when its output is /dev/null
  grep_runs+=("$(seconds grep -a -c '' "${files[@]}")")
  startup_runs+=("$(seconds "$root/marswb" show "$root/samples/healthy" --format json)")
  show_runs+=("$(MARSWB_VMARGS="-Xmx256m -Xlog:gc:file=$work/gc$run.log" seconds "$root/marswb" show "$bundle" --format json)")
  cp "$work/out" "$work/show.json"
done
read -r grep_s grep_min < <(printf '%s\n' "${grep_runs[@]}" | summary)
read -r startup_s startup_min < <(printf '%s\n' "${startup_runs[@]}" | summary)
read -r show_s show_min < <(printf '%s\n' "${show_runs[@]}" | summary)
net_s=$(echo "$show_s - $startup_s" | bc -l)
peak=$(cat "$work"/gc*.log | grep -oE '[0-9]+M->[0-9]+M' | sed -E 's/M->.*//' | sort -n | tail -1)
entries=$(grep -o '"totalEntries" : [0-9]*' "$work/show.json" | head -1)
printf 'bundle: %s bytes (%.2f GiB), %s failed-file lines (%s); median of %s runs (fastest)\n' "$bytes" \
  "$(echo "$bytes / 1073741824" | bc -l)" "$failed" "$entries" "$runs"
printf 'grep -a -c: %.2f s (%.2f)   marswb show: %.2f s (%.2f)   ratio: %.1fx   peak heap before GC: %s MB (cap 256)\n' \
  "$grep_s" "$grep_min" "$show_s" "$show_min" "$(echo "$show_s / $grep_s" | bc -l)" "${peak:-?}"
printf 'start-up (show of samples/healthy): %.2f s (%.2f)   reading net of start-up: %.2f s   ratio: %.1fx\n' \
  "$startup_s" "$startup_min" "$net_s" "$(echo "$net_s / $grep_s" | bc -l)"
