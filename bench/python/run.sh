#!/usr/bin/env bash
# bench/python/run.sh — LoopLab Python vs CPython (issue 10): builds the native-release `looplab` CLI, then runs
# bench/python/run.py: each script under `looplab run` and `python3`, interleaved, 5 times, whole-process wall time
# and peak RSS (/usr/bin/time), the table of medians and ratios, and bytes per sleeping task.
# Usage: bash bench/python/run.sh [--reps N] [--only sleep_100k,cpu_loop,...]   (see bench/README.md)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../cmake/env.sh"  # cds to the repo root

# GNU time gives the peak RSS of exactly the measured process (not the driver's, which ru_maxrss inherits on exec).
for p in time python3; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="${missing:-} $p"
done
if [ -n "${missing:-}" ]; then
  echo "bench: installing$missing"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
fi

log_dir="$repo/build/bench-logs"; mkdir -p "$log_dir"
echo "bench: building looplab (native-release)"
if ! { cmake --preset native-release && cmake --build --preset native-release --target looplab; } \
      >"$log_dir/python-native-release.log" 2>&1; then
  tail -40 "$log_dir/python-native-release.log"; echo "bench: build failed"; exit 1
fi
exec /usr/bin/python3 bench/python/run.py --looplab "$repo/build/native-release/src/app/cli/looplab" --python /usr/bin/python3 "$@"
