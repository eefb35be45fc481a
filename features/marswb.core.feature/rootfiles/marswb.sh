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
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" ${MARSWB_VMARGS:--Xmx2g} -jar "$DIR"/plugins/org.eclipse.equinox.launcher_*.jar \
  -nosplash -data "$STATE/workspace" $NL -application marswb.cli.app "$@"
