#!/usr/bin/env bash
# Benchmark (not part of the test command): the wall and CPU time of one whole command, by default
# `./marswb analyze samples/healthy`, over RUNS runs after one warm-up, timed by /usr/bin/time; prints the median,
# the minimum and the maximum, and the load average, without which a figure from a shared machine means little.
#   releng/benchmarks/startup.sh [runs, default 10] [command and arguments, default: analyze samples/healthy]
# MARSWB_VMARGS="..." before it tries other JVM options (they replace -Xmx2g; marswb.sh adds its own, see there).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-10}
shift || true
[ $# -gt 0 ] || set -- analyze "$root/samples/healthy"
work=$(mktemp -d "${TMPDIR:-/tmp}/marswb-startup.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$root/marswb" help > /dev/null 2>&1 || true   # builds the product and its class-data archive if needed
export MARSWB_NO_BUILD=1
for ((r = 0; r <= runs; r++)); do
  out="$work/times"
  [ "$r" -eq 0 ] && out="$work/warmup"
  /usr/bin/time -f "%e %U %S" -a -o "$out" "$root/marswb" "$@" > /dev/null 2>&1 || true
done
load=$(cut -d' ' -f1-3 /proc/loadavg)
# median, minimum and maximum of the numbers on stdin
stats() { sort -g | awk '{ v[NR] = $1 } END {
  printf "median %.3f  min %.3f  max %.3f", (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), v[1], v[NR] }'; }
echo "marswb $*: $(wc -l < "$work/times") runs, load average $load ($(nproc) cores)"
echo "  wall s  $(awk '{ print $1 }' "$work/times" | stats)"
echo "  cpu s   $(awk '{ print $2 + $3 }' "$work/times" | stats)"
