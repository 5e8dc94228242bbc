#!/usr/bin/env bash
# The performance command (bench/README.md): installs what is missing, builds LoopLab's harness (native-release,
# and wasm for node in two optimisation levels) and the comparators, then runs bench/run.py.
# Usage: bash bench/run.sh [--reps N] [--quick] [--only RUNTIME,...] [--no-frame]   the timing table (≥5 runs each)
#                                                                      and the frame cost at scale
#        bash bench/run.sh --frame [--reps N]                           only the frame cost
#        bash bench/run.sh --page                                       page figures (needs the
#                                                                      web-release site and web/node_modules)
#        bash bench/run.sh --callgrind                                  instructions per switch / per task
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../cmake/env.sh"  # cds to the repo root

# Debian packages the comparators and profilers need; installed only when missing.
packages=(cmake ninja-build g++ python3 python3-uvloop nodejs libboost-dev libbenchmark-dev valgrind emscripten)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "bench: installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

log_dir="$repo/build/bench-logs"; mkdir -p "$log_dir"
# build STEP COMMAND...: runs a build step quietly, showing its log only if it fails.
build() {
  local step=$1; shift
  echo "bench: building $step"
  if ! "$@" >"$log_dir/$step.log" 2>&1; then tail -40 "$log_dir/$step.log"; echo "bench: $step failed"; exit 1; fi
}

# Every build uses a project preset in a bench-only folder (no SDL2, app or tests: faster, and the bench never
# reconfigures the folders the other scripts own).
only_bench=(-DLOOPLAB_BUILD_APP=OFF -DLOOPLAB_BUILD_TESTS=OFF -DLOOPLAB_BUILD_BENCH=ON)

if [ "${1:-}" = "--page" ]; then
  # The page as web-release builds it (the app's own preset folder), served and loaded in headless Chromium.
  build web-release-configure cmake --preset web-release
  build web-release cmake --build --preset web-release --target looplab_web
  mkdir -p bench/results
  exec node bench/page_figures.mjs --json "bench/results/page-$(date +%Y%m%d-%H%M%S).json" "${@:2}"
fi

build native-configure cmake --preset native-release -B build/bench-native "${only_bench[@]}"
build native cmake --build build/bench-native --target looplab_bench asio_bench looplab_gbench looplab_frame_bench

if [ "${1:-}" = "--callgrind" ]; then
  exec python3 bench/run.py --callgrind "${@:2}"
fi

# Wasm for node: web-release's own MinSizeRel (-Os), which is what the page ships, and the same preset at -O3
# (CMAKE_BUILD_TYPE=Release) for comparison.
build wasm-os-configure cmake --preset web-release -B build/bench-wasm-os "${only_bench[@]}"
build wasm-os cmake --build build/bench-wasm-os --target looplab_bench looplab_frame_bench
build wasm-o3-configure cmake --preset web-release -B build/bench-wasm-o3 -DCMAKE_BUILD_TYPE=Release "${only_bench[@]}"
build wasm-o3 cmake --build build/bench-wasm-o3 --target looplab_bench

exec python3 bench/run.py "$@"
