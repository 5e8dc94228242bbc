#!/usr/bin/env python3
# regen.py — writes the corpus's expectation files by running CPython 3.11 on every case (or the named ones) several
# times, with a different PYTHONHASHSEED each run, and refuses to write a case whose runs disagree (a flaky case).
# Usage: python3 tests/python/regen.py [--runs N] [--jobs J] [NAME ...]   (contract: tests/python/README.md)
#   Markers a script may carry, as comment lines:
#     # corpus: stderr_contains TEXT   exit 0, and a stderr line containing TEXT is the point (a warning)
#     # corpus: stderr_prefix          exit non-zero; write the last line as NAME.stderr_prefix, not NAME.stderr
import argparse
import concurrent.futures
import sys

import run_corpus as rc


def regen(name, python, runs, timeout):
    """Returns (expectation files or None, message)."""
    results = []
    for i in range(runs):
        stdout, stderr, status = rc.run_case([python], name, timeout, rc.clean_env(hash_seed=i * 7919 + 1))
        try:
            results.append(rc.expectations_from_run(name, stdout, stderr, status))
        except ValueError as e:
            return None, f"{name}: run {i + 1}: {e}"
    for i, other in enumerate(results[1:], start=2):
        if other != results[0]:
            return None, f"{name}: FLAKY: run {i} differs from run 1:\n{diff(results[0], other)}"
    return results[0], ""


def diff(a, b):
    out = []
    for suffix in sorted(set(a) | set(b)):
        if a.get(suffix) != b.get(suffix):
            out.append(rc.show_bytes_diff(a.get(suffix, b""), b.get(suffix, b""), suffix))
    return "".join(out)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("names", nargs="*")
    parser.add_argument("--runs", type=int, default=5, help="CPython runs per case (at least 3)")
    parser.add_argument("--jobs", "-j", type=int, default=3)
    parser.add_argument("--python", default="/usr/bin/python3")
    parser.add_argument("--timeout", type=float, default=20.0)
    args = parser.parse_args()
    names = [n[:-3] if n.endswith(".py") else n for n in args.names] or rc.case_names()
    runs = max(3, args.runs)

    ok = bad = 0
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        for name, (files, message) in zip(names, pool.map(lambda n: regen(n, args.python, runs, args.timeout), names)):
            if files is None:
                print(message)
                bad += 1
                continue
            for suffix in rc.SUFFIXES:
                path = rc.CORPUS / (name + suffix)
                if suffix in files:
                    path.write_bytes(files[suffix])
                elif path.exists():
                    path.unlink()
            ok += 1
    print(f"regen: {ok} cases written ({runs} identical CPython runs each), {bad} refused")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
