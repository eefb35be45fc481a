#!/usr/bin/env bash
# Benchmark (not part of the test command): the cost of recognition by content. Generates the large bundle of
# read-large-bundle.sh (about 1 GiB with the defaults), copies its files into a folder without a manifest under
# other names (one flat folder; agent logs and failed-file lists keep their names, whose base the model reports),
# and times `marswb show --format json` on the v1 bundle and on the loose folder. Median of the runs, fastest in
# parentheses; the page cache is warm for both.
#   releng/benchmarks/recognize-loose-input.sh [log MiB, default 880] [failed-file lines, default 2000000] [runs, default 3]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/benchmarks/timing.sh"
large_bundle_arguments "$@"
loose="$work/loose"
java "$root/releng/benchmarks/MakeLargeBundle.java" "$root/samples/healthy" "$bundle" "$log_mib" "$failed"
mkdir -p "$loose"
n=0
while IFS= read -r file; do
  relative=${file#"$bundle"/}
  case "$relative" in
    manifest.json) continue ;;
    agent/logs/*|agent/failed-files/*|tasks/*|*windows-temp-tmp-count.txt) name=$(basename "$relative") ;;
    *) n=$((n + 1)); name="output$n.txt" ;;
  esac
  cp -p "$file" "$loose/$name"
done < <(find "$bundle" -type f | sort)
bytes=$(du -sb "$loose" | cut -f1)
find "$bundle" "$loose" -type f -exec cat {} + > /dev/null
"$root/marswb" help > /dev/null 2>&1 || true   # builds the product if needed, outside the timing
export MARSWB_NO_BUILD=1


v1_runs=() loose_runs=()
for ((run = 1; run <= runs; run++)); do
  v1_runs+=("$(seconds "$root/marswb" show "$bundle" --format json)")
  loose_runs+=("$(seconds "$root/marswb" show "$loose" --format json)")
  cp "$work/out" "$work/loose.json"
done
read -r v1_s v1_min < <(printf '%s\n' "${v1_runs[@]}" | summary)
read -r loose_s loose_min < <(printf '%s\n' "${loose_runs[@]}" | summary)
recognized=$(grep -c '"recognition"' "$work/loose.json" || true)
printf 'loose folder: %s bytes (%.2f GiB), %s files recognized; median of %s runs (fastest)\n' "$bytes" \
  "$(echo "$bytes / 1073741824" | bc -l)" "$recognized" "$runs"
printf 'show on the v1 bundle: %.2f s (%.2f)   show on the loose folder: %.2f s (%.2f)   recognition costs %.2f s\n' \
  "$v1_s" "$v1_min" "$loose_s" "$loose_min" "$(echo "$loose_s - $v1_s" | bc -l)"
