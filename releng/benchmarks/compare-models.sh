#!/usr/bin/env bash
# Benchmark (not part of the test command): compares two generated server models of 100,000 objects each
# (marswb.compare.tests CompareBenchmark, enabled only by -Dmarswb.benchmark=true) and prints the cold and warm
# times; the goal is at most 1 s warm. Builds only the bundles it needs.
#   releng/benchmarks/compare-models.sh [extra Maven options, e.g. -o]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
releng/mvn verify "$@" \
  -pl target-platform,bundles/marswb.model,bundles/marswb.bundle,bundles/marswb.engine,bundles/marswb.tests.support,bundles/marswb.compare,bundles/marswb.compare.tests \
  -Dtest=CompareBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dtycho.testArgLine=-Dmarswb.benchmark=true \
  | grep -E 'compare-models:|Tests run:|FAIL|ERROR' || true
