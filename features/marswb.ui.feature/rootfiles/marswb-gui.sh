#!/bin/sh
# Starts the MARS Support Workbench (the RCP workbench) from the product folder.
#   ./marswb-gui.sh [bundle.zip|folder ...] [--lang en|zh-CN]
# Bundles named here are opened at start. marswb.sh (beside this script) starts the launcher with the command
# line's application first; Equinox takes the last -product and -application it is given, so these win.
DIR=$(cd "$(dirname "$0")" && pwd)
exec "$DIR/marswb.sh" -product marswb.ui.product -application marswb.ui.application "$@"
