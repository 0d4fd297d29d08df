#!/usr/bin/env bash
# Runs a command beside four CPU-bound processes (`yes > /dev/null`, as a busy machine has), and
# stops them however the command ends. Usage: scripts/under-load.sh npm test
# The suite must pass so: no test depends on how fast the machine is.
set -uo pipefail
if [ $# -eq 0 ]; then echo "usage: scripts/under-load.sh <command> [args...]" >&2; exit 2; fi
pids=()
stop() { [ ${#pids[@]} -gt 0 ] && kill "${pids[@]}" 2>/dev/null; wait "${pids[@]}" 2>/dev/null; pids=(); }
trap stop EXIT
trap 'exit 130' INT TERM
for _ in 1 2 3 4; do
  yes > /dev/null &
  pids+=($!)
done
echo "under-load: 4 x 'yes > /dev/null' running (pids ${pids[*]}); running: $*" >&2
start=$(date +%s)
"$@"
code=$?
echo "under-load: '$*' exited $code after $(( $(date +%s) - start )) s beside 4 CPU-bound processes" >&2
exit $code
