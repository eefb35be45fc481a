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
JIT="-XX:FreqInlineSize=50"
# C1 alone, unless a file of 16 MiB or more is among the inputs: a command on a typical bundle (or none: help, kb)
# ends before C2's code pays for its compiling, and so does a triage, whose time goes to many methods rather than one
# hot loop: C1 alone took a third off analyze's CPU time and a sixth to a quarter off a triage's (240 to 950
# bundles). A large log or a zip that may hold one keeps C2, whose code runs a long scanning loop faster.
big=""
for arg in "$@"; do
  [ -e "$arg" ] && big=$(find -H "$arg" -type f -size +16M -print -quit 2>/dev/null) && [ -n "$big" ] && break
done
[ -z "$big" ] && JIT="$JIT -XX:TieredStopAtLevel=1"
# marswb-gui.sh sets MARSWB_JIT for the workbench, whose start-up counts more than the speed of a long read.
JIT="${MARSWB_JIT:-$JIT}"
# The classes of a typical run, parsed and verified once (an AppCDS archive, written by ./marswb after building, or
# by "MARSWB_VMARGS=-XX:ArchiveClassesAtExit=marswb.jsa ./marswb.sh analyze <bundle>"). An archive written by
# another JVM is ignored without a word.
CDS=""
[ -r "$DIR/marswb.jsa" ] && CDS="-XX:SharedArchiveFile=$DIR/marswb.jsa -Xlog:cds*=off"
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" $JIT $CDS ${MARSWB_VMARGS:--Xmx2g} -jar "$DIR"/plugins/org.eclipse.equinox.launcher_*.jar \
  -nosplash -data "$STATE/workspace" $NL -application marswb.cli.app "$@"
