#!/usr/bin/env bash
# Start-up of the workbench: from launching ./marswb gui on a sample to the Findings view holding its rows, as the
# application itself reports it (-Dmarswb.startupTiming, StartupTiming), with the end of each stage on the way.
#   releng/benchmarks/workbench-startup.sh [sample, default samples/broken-cache-encryption] [runs, default 5]
# Needs the built product (./marswb builds it) and xvfb-run. One run first to warm the disk cache and the
# framework's configuration area, not counted; then the median and the fastest of the runs, and the load average,
# since the figures mean little on a busy machine.
set -euo pipefail
# one X server for all runs, started before the clock: a user's display is there already
if [ -z "${MARSWB_STARTUP_XVFB:-}" ]; then
  MARSWB_STARTUP_XVFB=1 exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi
root=$(cd "$(dirname "$0")/../.." && pwd)
sample=$(cd "$root" && realpath "${1:-samples/broken-cache-encryption}")
runs=${2:-5}
gui="$root/releng/marswb.product/target/products/marswb.product/linux/gtk/x86_64/marswb/marswb-gui.sh"
[ -x "$gui" ] || { echo "no product at $gui: run ./marswb help once to build it" >&2; exit 2; }
state=$(mktemp -d "${TMPDIR:-/tmp}/marswb-startup.XXXXXX")
trap 'rm -rf "$state"' EXIT
one() {
  MARSWB_STATE="$state" MARSWB_VMARGS="-Xmx2g -Dmarswb.startupTiming=$(date +%s%3N)" \
    "$gui" "$sample" 2>&1 >/dev/null | grep '^marswb startup:' || true
}
one > /dev/null
times=()
cpus=()
for i in $(seq "$runs"); do
  line=$(one)
  [ -n "$line" ] || { echo "run $i reported no start-up time" >&2; exit 1; }
  echo "$line"
  times+=("$(echo "$line" | sed -E 's/^marswb startup: ([0-9]+) ms.*/\1/')")
  cpus+=("$(echo "$line" | sed -E 's/.*; cpu ([0-9-]+)\)$/\1/')")
done
printf '%s\n' "${times[@]}" | sort -n | awk -v load="$(cut -d' ' -f1-3 /proc/loadavg)" \
  '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
     printf "median %.0f ms, fastest %.0f ms over %d runs (load average %s)\n", m, v[1], NR, load }'
printf '%s\n' "${cpus[@]}" | sort -n | awk '{ v[NR] = $1 } END {
     printf "CPU time to findings, all threads: median %.0f ms\n", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
