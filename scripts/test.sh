#!/usr/bin/env bash
# The test suite: builds the bundle the tests run, then runs vitest on the machine's Node (20)
# and on Node 24 (what GitHub runs the Action on). Prints one closing line for both runs.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p test/artifacts
node scripts/build.mjs
node24="$(bash scripts/node24.sh)"
CHROMIUM_PATH="$(bash scripts/chromium.sh)"
LOCAL_ACTION="$(bash scripts/local-action.sh)"
export LOCAL_ACTION
export CHROMIUM_PATH
echo "== vitest on $(node --version)"
node node_modules/vitest/vitest.mjs run --reporter=default --reporter=json --outputFile.json=test/artifacts/results-node20.json
echo "== vitest on $("$node24" --version)"
"$node24" node_modules/vitest/vitest.mjs run --reporter=default --reporter=json --outputFile.json=test/artifacts/results-node24.json
node scripts/test-totals.mjs test/artifacts/results-node20.json test/artifacts/results-node24.json
