#!/bin/sh
# Starts the MARS Support Workbench product through the Equinox launcher jar (the native launcher is not
# published on Maven Central).
#   ./marswb.sh show <bundle> [--format text|json] [--lang en|zh-CN]
# --lang becomes Equinox's -nl, so every translated text follows it; without it the OS locale decides.
DIR=$(cd "$(dirname "$0")" && pwd)
NL=""
prev=""
for arg in "$@"; do
  case "$prev:$arg" in
    --lang:zh-CN|--lang:zh_CN|*:--lang=zh-CN|*:--lang=zh_CN) NL="-nl zh_CN" ;;
    --lang:en|*:--lang=en) NL="-nl en" ;;
  esac
  prev="$arg"
done
STATE="${MARSWB_STATE:-${XDG_CACHE_HOME:-$HOME/.cache}/marswb}"
# On for the command line, whatever MARSWB_VMARGS says: C2 inlines less, so it compiles the log scanners in a third of the time.
# Compiling was most of the CPU of reading a 1 GiB bundle on two cores; reading it this way took 25-35% less time
# (releng/benchmarks/read-large-bundle.sh, figures in docs/architecture.md).
# marswb-gui.sh sets MARSWB_JIT for the workbench, whose start-up counts more than the speed of a long read.
JIT="${MARSWB_JIT:--XX:FreqInlineSize=50}"
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" $JIT ${MARSWB_VMARGS:--Xmx2g} -jar "$DIR"/plugins/org.eclipse.equinox.launcher_*.jar \
  -nosplash -data "$STATE/workspace" $NL -application marswb.cli.app "$@"
