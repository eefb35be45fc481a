# Sourced by the benchmarks: their common arguments and work folder, timing one command, summing up several runs.

# [log MiB, default 880] [failed-file lines, default 2000000] [runs, default 3]; a work folder removed on exit
large_bundle_arguments() {
  log_mib=${1:-880}
  failed=${2:-2000000}
  runs=${3:-3}
  work=$(mktemp -d "${TMPDIR:-/tmp}/marswb-bench.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  bundle="$work/bundle"
}

# seconds one run of "$@" takes, its output to $work/out
seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" > "$work/out"
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}
# median and fastest of the numbers on stdin
summary() {
  sort -g | awk '{ v[NR] = $1 } END { printf "%.2f %.2f\n", (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), v[1] }'
}
