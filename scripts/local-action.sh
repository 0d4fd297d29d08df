#!/usr/bin/env bash
# Installs @github/local-action (the tool Action authors debug with) into .tools/, once, and
# prints the folder to give its test as LOCAL_ACTION. local-action starts its TypeScript through
# `npm exec tsx`, which looks for tsx in the project and then in npm's global prefix, never on
# PATH: the folder's prefix/bin/tsx is that global bin (the test sets npm_config_prefix to it), so
# nothing is fetched while the test runs.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=.tools/local-action
version=7.0.1
if [ ! -f "$dir/node_modules/@github/local-action/package.json" ] || [ "$(node -p "require('./$dir/node_modules/@github/local-action/package.json').version")" != "$version" ]; then
  mkdir -p "$dir"
  npm install --silent --no-save --no-package-lock --no-audit --no-fund --prefix "$dir" "@github/local-action@$version" >&2
fi
mkdir -p "$dir/prefix/bin" "$dir/prefix/lib/node_modules"
ln -sfn "$PWD/$dir/node_modules/tsx" "$dir/prefix/lib/node_modules/tsx"
ln -sf "$PWD/$dir/node_modules/tsx/dist/cli.mjs" "$dir/prefix/bin/tsx"
echo "$PWD/$dir"
