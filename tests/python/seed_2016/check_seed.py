#!/usr/bin/env python3
# check_seed.py — the seed test: `looplab run` on the blog's unmodified 2016 script (seed_2016.py), and, with
# `random.seed(N)` prepended, equality with CPython 3.11's output for corpus/seed_modern.py under the same seed.
# Usage: check_seed.py [--python /usr/bin/python3] [--seeds 7,2016,31337] --looplab CMD...   (must come last)
import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED_2016 = HERE / "seed_2016.py"
SEED_MODERN = HERE.parent / "corpus" / "seed_modern.py"
sys.path.insert(0, str(HERE.parent))
from run_corpus import clean_env  # noqa: E402  (CPython's environment: no PYTHON* settings of the caller)


def run(command, script, timeout=120, env=None):
    proc = subprocess.run(command + [str(script)], cwd=script.parent, stdin=subprocess.DEVNULL, capture_output=True,
                          timeout=timeout, env=env)
    return proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")


def check_shape(stdout):
    """The unseeded run's shape: returns a list of problems (empty when it is right)."""
    lines = stdout.splitlines()
    sync = ["Synchronous:"] + [f"Task {i} done" for i in range(1, 10)]
    problems = []
    if lines[:10] != sync:
        problems.append(f"the synchronous part is not {sync}: {lines[:10]}")
    if lines[10:11] != ["Asynchronous:"]:
        problems.append(f"line 11 is not 'Asynchronous:': {lines[10:11]}")
    rest = lines[11:]
    numbers = [re.fullmatch(r"Task (\d) done", line) for line in rest]
    if len(rest) != 9 or not all(numbers) or sorted(int(m.group(1)) for m in numbers) != list(range(1, 10)):
        problems.append(f"the asynchronous part is not nine 'Task N done' lines, a permutation of 1..9: {rest}")
    return problems


def cpython_majority(python, script):
    """CPython's stdout for script: the answer that two of up to three runs agree on (real time: 1 ms vs 2 ms)."""
    seen = collections.Counter()
    for _ in range(3):
        rc, out, err = run([python], script, env=clean_env())
        if rc != 0:
            raise RuntimeError(f"CPython failed on {script.name} (exit {rc}):\n{err}")
        seen[out] += 1
        if seen[out] >= 2:
            return out
    raise RuntimeError(f"CPython printed three different outputs for {script.name}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--python", default="/usr/bin/python3")
    parser.add_argument("--seeds", default="7,2016,31337")
    parser.add_argument("--looplab", nargs=argparse.REMAINDER, required=True, metavar="CMD")
    args = parser.parse_args()
    is_python = re.fullmatch(r"python[0-9.]*", os.path.basename(args.looplab[-1])) is not None
    looplab = list(args.looplab) + ([] if is_python else ["run"])
    passed = failed = 0

    def verdict(ok, what, detail=""):
        nonlocal passed, failed
        print(("ok   " if ok else "FAIL ") + what + ("" if ok else "\n" + detail))
        passed += ok
        failed += not ok

    rc, out, err = run(looplab, SEED_2016)
    problems = check_shape(out) + ([] if rc == 0 else [f"exit status {rc}; stderr:\n{err}"])
    verdict(not problems, "seed_2016.py unmodified: Synchronous 1..9, Asynchronous a permutation of 1..9",
            "\n".join(problems) + f"\nstdout:\n{out}")

    modern = SEED_MODERN.read_text(encoding="utf-8")
    if "random.seed(4902)" not in modern:
        verdict(False, "seed_modern.py holds random.seed(4902)")
        modern = ""
    # LoopLab seeds an unseeded `random` with its default seed, 4902 (python/interpreter.h: default_seed), which is
    # the seed seed_modern.py sets: the unmodified script's run above must print CPython's committed output for it.
    if modern and not is_python:
        want = (SEED_MODERN.parent / "seed_modern.stdout").read_text(encoding="utf-8")
        verdict(rc == 0 and out == want, "seed_2016.py unmodified (default seed 4902) prints seed_modern.stdout",
                f"expected (CPython, seed_modern.stdout):\n{want}got (looplab):\n{out}")
    original = SEED_2016.read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        for seed in [int(s) for s in args.seeds.split(",") if s] if modern else []:
            modern_path = Path(tmp) / f"seed_modern_{seed}.py"
            modern_path.write_text(modern.replace("random.seed(4902)", f"random.seed({seed})"), encoding="utf-8")
            seeded_path = Path(tmp) / f"seed_2016_{seed}.py"
            seeded_path.write_bytes(f"import random; random.seed({seed})\n".encode() + original)
            try:
                want = cpython_majority(args.python, modern_path)
            except RuntimeError as e:
                verdict(False, f"seed {seed}: CPython side", str(e))
                continue
            rc, got, err = run(looplab, seeded_path)
            ok = rc == 0 and got == want and not check_shape(got)
            verdict(ok, f"seed {seed}: seed_2016.py with random.seed({seed}) prints CPython's seed_modern.py output",
                    f"exit {rc}\nexpected (CPython):\n{want}got (looplab):\n{got}stderr:\n{err}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
