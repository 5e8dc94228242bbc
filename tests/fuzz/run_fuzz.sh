#!/usr/bin/env bash
# Builds the libFuzzer targets with clang++-14 into build/fuzz/ and runs each for a bounded time, starting from the
# committed seed corpus (copied, so the commit stays small). Fails on any crash, leak, sanitizer report or timeout.
# Usage: bash tests/fuzz/run_fuzz.sh [seconds per target, default 60]   (env FUZZ_SECONDS works too)
# Output: one line per target "fuzz: TARGET: passed|failed, N executions in S s", then a last line
#         "fuzz: P passed, F failed (E executions)".
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../cmake/env.sh"   # cds to the repo root

seconds=${1:-${FUZZ_SECONDS:-60}}
build_dir="$repo/build/fuzz"
targets=(fuzz_params fuzz_experiment)
# fuzz_python needs the interpreter (src/python, branch `python`); without it the target is reported as skipped.
python_ready=0
[ -f src/python/CMakeLists.txt ] && [ -f src/python/interpreter.h ] && python_ready=1
[ "$python_ready" -eq 1 ] && targets+=(fuzz_python)

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if ! { cmake -S tests/fuzz -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE= \
         "${launcher[@]}" >/dev/null && cmake --build "$build_dir" --target fuzz_params fuzz_experiment -- -j2; }; then
  echo "fuzz: build failed"
  echo "fuzz: 0 passed, ${#targets[@]} failed (0 executions)"
  exit 1
fi

passed=0; failed=0; total=0
# fuzz_python is built on its own: an interpreter that does not link yet fails that target only.
if [ "$python_ready" -eq 1 ] && ! cmake --build "$build_dir" --target fuzz_python -- -j2 >"$build_dir/fuzz_python.build.log" 2>&1; then
  tail -30 "$build_dir/fuzz_python.build.log"
  echo "fuzz: fuzz_python: failed, build failed (log: ${build_dir#$repo/}/fuzz_python.build.log)"
  failed=$((failed + 1))
  targets=(fuzz_params fuzz_experiment)
fi
declare -A max_len=([fuzz_params]=9000 [fuzz_experiment]=4096 [fuzz_python]=8192)
declare -A dict=([fuzz_params]=tests/fuzz/params.dict [fuzz_experiment]=tests/fuzz/params.dict
                 [fuzz_python]=tests/fuzz/python.dict)
[ "$python_ready" -eq 1 ] || echo "fuzz: fuzz_python: skipped (src/python has no interpreter library yet)"
for target in "${targets[@]}"; do
  work="$build_dir/corpus/$target"; artifacts="$build_dir/artifacts/$target"
  mkdir -p "$work" "$artifacts"
  cp -n tests/fuzz/corpus/"$target"/* "$work"/ 2>/dev/null
  # fuzz_python starts from the whole script corpus (CPython-checked scripts) and the blog's 2016 script.
  [ "$target" = fuzz_python ] && cp -n tests/python/corpus/*.py tests/python/seed_2016/seed_2016.py "$work"/
  log="$build_dir/$target.log"
  start=$SECONDS
  # -rss_limit_mb bounds memory, -timeout flags a hang; -print_final_stats gives stat::number_of_executed_units.
  "$build_dir/$target" "$work" -dict="${dict[$target]}" -max_total_time="$seconds" -max_len="${max_len[$target]}" \
      -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" \
      >"$log" 2>&1
  rc=$?
  execs=$(grep -E "^stat::number_of_executed_units:" "$log" | awk '{print $2}' | tail -1)
  execs=${execs:-0}
  total=$((total + execs))
  if [ "$rc" -eq 0 ]; then
    passed=$((passed + 1)); verdict=passed
  else
    failed=$((failed + 1)); verdict=failed
    tail -40 "$log"
    ls "$artifacts"
  fi
  echo "fuzz: $target: $verdict, $execs executions in $((SECONDS - start)) s (log: ${log#$repo/})"
done
echo "fuzz: $passed passed, $failed failed ($total executions)"
[ "$failed" -eq 0 ]
