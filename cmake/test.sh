#!/usr/bin/env bash
# The README's test command: installs what is missing, builds native and web, and runs every test: the
# clang-format check, native unit/session/UI/CLI/soak tests (ctest), the same tests as wasm under node (ctest),
# ASan+UBSan, the browser tests in headless Chromium, and bounded libFuzzer runs. Ends with one summary line:
# "summary: N passed, M failed".
# Usage: bash cmake/test.sh
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

bash cmake/setup.sh || { echo "summary: 0 passed, 1 failed (setup)"; exit 1; }

passed=0; failed=0; failed_stages=()
log_dir="$repo/build/test-logs"; mkdir -p "$log_dir"

# Adds the counts from a stage's log: ctest's "N tests failed out of M" or node's "# pass N / # fail N".
count_stage() {
  local log=$1 p=0 f=0
  if grep -q "tests failed out of" "$log"; then
    local line; line=$(grep "tests failed out of" "$log" | tail -1)
    f=$(sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\1/' <<<"$line")
    local total; total=$(sed -E 's/.* tests failed out of ([0-9]+).*/\1/' <<<"$line")
    p=$((total - f))
  elif grep -qE "^(fuzz|format): [0-9]+ passed, [0-9]+ failed" "$log"; then
    local line; line=$(grep -E "^(fuzz|format): [0-9]+ passed, [0-9]+ failed" "$log" | tail -1)
    p=$(sed -E 's/^[a-z]+: ([0-9]+) passed.*/\1/' <<<"$line")
    f=$(sed -E 's/^[a-z]+: [0-9]+ passed, ([0-9]+) failed.*/\1/' <<<"$line")
  elif grep -qE "^# pass [0-9]+" "$log"; then
    p=$(grep -E "^# pass [0-9]+" "$log" | tail -1 | awk '{print $3}')
    f=$(grep -E "^# fail [0-9]+" "$log" | tail -1 | awk '{print $3}')
  fi
  passed=$((passed + p)); failed=$((failed + f))
}

# stage NAME COMMAND...: runs one stage, shows its output, and records its counts (a crash counts as a failure).
stage() {
  local name=$1; shift
  local log="$log_dir/$name.log"
  echo "==== $name"
  local start=$SECONDS
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  local before=$failed
  count_stage "$log"
  if [ "$rc" -ne 0 ] && [ "$failed" -eq "$before" ]; then failed=$((failed + 1)); fi
  [ "$rc" -ne 0 ] && failed_stages+=("$name")
  echo "==== $name: exit $rc in $((SECONDS - start)) s"
}

# Every tracked C++ file in src/ and tests/ is formatted as .clang-format says (Debian's clang-format-14).
check_format() {
  local files; mapfile -t files < <(git ls-files 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h')
  if clang-format-14 --dry-run --Werror "${files[@]}"; then
    echo "format: 1 passed, 0 failed (${#files[@]} files)"
  else
    echo "format: 0 passed, 1 failed (run: clang-format-14 -i on the files above)"; return 1
  fi
}

build() {  # build PRESET [TARGET...]
  local preset=$1; shift
  cmake --preset "$preset" >/dev/null && cmake --build --preset "$preset" "$@"
}

stage format         check_format
stage native-build   build native-debug
# ctest runs two tests at once: the soak (soak_native) takes most of each ctest stage, the other tests fit beside it.
stage native-tests   ctest --preset native-debug --parallel 2
stage asan-build     build native-asan
stage asan-tests     ctest --preset native-asan --parallel 2
stage web-build      build web-release
stage web-node-tests ctest --preset web-release --parallel 2
# The browser soak runs 10,000 frames here (about 45 s; the browser tests are CPU-bound on SwiftShader, so running
# them two at a time measured no faster); the full 100,000-frame soak is
# `LOOPLAB_SOAK_FRAMES=100000 node --test tests/browser/soak.test.mjs` (~8 min on its own).
export LOOPLAB_SOAK_FRAMES="${LOOPLAB_SOAK_FRAMES:-10000}"
stage browser-tests  node --test --test-concurrency=1 tests/browser/
# libFuzzer (clang-14, ASan+UBSan), bounded: FUZZ_SECONDS per target (default 30 here).
stage fuzz           bash tests/fuzz/run_fuzz.sh "${FUZZ_SECONDS:-30}"

echo
[ ${#failed_stages[@]} -gt 0 ] && echo "failed stages: ${failed_stages[*]}"
echo "summary: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ ${#failed_stages[@]} -eq 0 ]
