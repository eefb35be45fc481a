#!/bin/sh
# Starts the MARS Support Workbench (the RCP workbench) from the product folder.
#   ./marswb-gui.sh [bundle.zip|folder ...] [--lang en|zh-CN]
# Bundles named here are opened at start. marswb.sh (beside this script) starts the launcher with the command
# line's application first; Equinox takes the last -product and -application it is given, so these win.
DIR=$(cd "$(dirname "$0")" && pwd)
# C1 alone: start-up to the findings takes a third less CPU time, and reading a 180 MB bundle less too
# (releng/benchmarks/workbench-startup.sh, docs/architecture.md)
MARSWB_JIT="${MARSWB_JIT:--XX:TieredStopAtLevel=1}"
export MARSWB_JIT
exec "$DIR/marswb.sh" -product marswb.ui.product -application marswb.ui.application "$@"
