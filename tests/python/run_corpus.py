#!/usr/bin/env python3
# run_corpus.py — LoopLab Python's corpus harness: checks `looplab run NAME.py` against CPython's committed outputs
# (--looplab CMD...), or re-runs CPython and checks that the committed expectations are still what it prints
# (--cpython). The contract is in tests/python/README.md. Prints one line "N passed, M failed" at the end.
import argparse
import concurrent.futures
import difflib
import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
SUFFIXES = (".stdout", ".status", ".stderr", ".stderr_prefix", ".stderr_contains")
# A warning line as CPython prints it: "/some/path/NAME.py:12: RuntimeWarning: ..." -> "RuntimeWarning: ...".
PATH_PREFIX = re.compile(r"^.*?\.py:\d+: ")


def case_names(select=None):
    names = sorted(p.stem for p in CORPUS.glob("*.py"))
    if select:
        names = [n for n in names if any(s in n for s in select)]
    return names


def clean_env(hash_seed=None):
    """The environment CPython runs in: no PYTHON* settings from the caller, UTF-8 output, no .pyc files."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["LC_ALL"] = "C.UTF-8"
    if hash_seed is not None:
        env["PYTHONHASHSEED"] = str(hash_seed)
    return env


def run_case(command, name, timeout, env=None):
    """Runs COMMAND NAME.py in corpus/; returns (stdout bytes, stderr text, exit status or None on timeout)."""
    try:
        proc = subprocess.run(command + [name + ".py"], cwd=CORPUS, stdin=subprocess.DEVNULL, capture_output=True,
                              timeout=timeout, env=env)
    except subprocess.TimeoutExpired as e:
        return e.stdout or b"", (e.stderr or b"").decode("utf-8", "replace"), None
    return proc.stdout, proc.stderr.decode("utf-8", "replace"), proc.returncode


def last_line(stderr):
    lines = [line.rstrip() for line in stderr.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def markers(name):
    """The case's '# corpus: KEY VALUE' comments (see regen.py): {'stderr_contains': 'RuntimeWarning', ...}."""
    found = {}
    for line in (CORPUS / (name + ".py")).read_text(encoding="utf-8", errors="replace").splitlines():
        m = re.match(r"^#\s*corpus:\s*(\w+)\s*(.*)$", line)
        if m:
            found[m.group(1)] = m.group(2).strip()
    return found


def expectations_from_run(name, stdout, stderr, status):
    """The expectation files CPython's run implies: {suffix: bytes}. Raises ValueError for a case that breaks the
    contract (stderr on an exit-0 run without a marker, a marker that matches nothing)."""
    marks = markers(name)
    files = {".stdout": stdout}
    if status is None:
        raise ValueError("CPython timed out")
    if status != 0:
        files[".status"] = f"{status}\n".encode()
        line = last_line(stderr)
        if not line:
            raise ValueError(f"exit {status} with an empty stderr")
        key = ".stderr_prefix" if "stderr_prefix" in marks else ".stderr"
        files[key] = (line + "\n").encode()
    elif "stderr_contains" in marks:
        want = marks["stderr_contains"]
        hits = [PATH_PREFIX.sub("", line.rstrip()) for line in stderr.splitlines() if want in line]
        if not hits:
            raise ValueError(f"no stderr line contains {want!r}; stderr was:\n{stderr}")
        files[".stderr_contains"] = (hits[0] + "\n").encode()
    elif stderr.strip():
        raise ValueError(f"exit 0 but stderr is not empty (add '# corpus: stderr_contains TEXT'?):\n{stderr}")
    return files


def committed(name):
    return {s: (CORPUS / (name + s)).read_bytes() for s in SUFFIXES if (CORPUS / (name + s)).exists()}


def show_bytes_diff(want, got, label):
    a = want.decode("utf-8", "replace").splitlines(keepends=True)
    b = got.decode("utf-8", "replace").splitlines(keepends=True)
    diff = "".join(difflib.unified_diff(a, b, f"{label} (expected)", f"{label} (got)"))
    if not diff and want != got:
        diff = f"{label}: bytes differ (expected {want!r}, got {got!r})\n"
    return diff


def check_cpython(name, python, timeout, retries=2):
    """--cpython for one case: returns (ok, message). A differing run is repeated up to `retries` times."""
    want = committed(name)
    first = (CORPUS / (name + ".py")).read_text(encoding="utf-8", errors="replace").split("\n", 1)[0]
    if not first.startswith(f"# {name}.py — "):
        return False, f"{name}: the script's first line must say what it is: '# {name}.py — ...'\n"
    message = ""
    for attempt in range(1 + retries):
        stdout, stderr, status = run_case([python], name, timeout, clean_env())
        try:
            got = expectations_from_run(name, stdout, stderr, status)
        except ValueError as e:
            got, message = None, f"{name}: {e}\n"
        if got is not None and got == want:
            return True, (f"FLAKY {name}: differed {attempt}x, then matched (fix the script):\n{message}" if attempt else "")
        if got is not None:
            message = f"{name}: CPython's output differs from the committed expectation\n"
            for suffix in sorted(set(want) | set(got)):
                if want.get(suffix) != got.get(suffix):
                    if suffix not in want:
                        message += f"  {name}{suffix} is missing (CPython writes {got[suffix]!r})\n"
                    elif suffix not in got:
                        message += f"  {name}{suffix} is committed but CPython implies none\n"
                    else:
                        message += show_bytes_diff(want[suffix], got[suffix], name + suffix)
    return False, message


def check_looplab(name, command, timeout, env=None):
    """--looplab for one case: returns (ok, message)."""
    want = committed(name)
    if ".stdout" not in want:
        return False, f"{name}: {name}.stdout is missing (run regen.py)\n"
    stdout, stderr, status = run_case(command, name, timeout, env)
    problems = []
    if status is None:
        problems.append(f"timed out after {timeout} s")
    elif status < 0:
        problems.append(f"killed by signal {-status}")
    if stdout != want[".stdout"]:
        problems.append("stdout differs:\n" + show_bytes_diff(want[".stdout"], stdout, name + ".stdout"))
    want_status = int(want[".status"].decode().strip()) if ".status" in want else 0
    if status is not None and status != want_status:
        problems.append(f"exit status {status}, expected {want_status}")
    line = last_line(stderr)
    if ".stderr" in want and line != want[".stderr"].decode().strip():
        problems.append(f"last stderr line {line!r}, expected {want['.stderr'].decode().strip()!r}")
    if ".stderr_prefix" in want and not line.startswith(want[".stderr_prefix"].decode().strip()):
        problems.append(f"last stderr line {line!r}, expected it to start with "
                        f"{want['.stderr_prefix'].decode().strip()!r}")
    if ".stderr_contains" in want and want[".stderr_contains"].decode().strip() not in stderr:
        problems.append(f"stderr lacks {want['.stderr_contains'].decode().strip()!r}")
    if not problems:
        return True, ""
    tail = "\n".join(stderr.splitlines()[-12:])
    return False, f"FAIL {name}: " + "\n  ".join(problems) + f"\n  stderr (last lines):\n{tail}\n"


def is_python(word):
    return re.fullmatch(r"python[0-9.]*", os.path.basename(word)) is not None


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--cpython", action="store_true", help="re-run CPython, compare with the committed files")
    mode.add_argument("--looplab", nargs=argparse.REMAINDER, metavar="CMD",
                      help="the looplab command (and its emulator); must come last")
    parser.add_argument("--python", default="/usr/bin/python3", help="CPython for --cpython")
    parser.add_argument("--timeout", type=float, default=30.0, help="per-case timeout, seconds")
    parser.add_argument("--retries", type=int, default=2, help="--cpython: re-runs of a case that differs")
    parser.add_argument("--jobs", "-j", type=int, default=2)
    parser.add_argument("-k", action="append", dest="select", help="only cases whose name contains this")
    args = parser.parse_args()

    names = case_names(args.select)
    if not names:
        print("no cases selected")
        print("0 passed, 1 failed")
        return 1
    if args.cpython:
        version = subprocess.run([args.python, "-c", "import sys; print(sys.version_info[:2] == (3, 11))"],
                                 capture_output=True, text=True).stdout.strip()
        if version != "True":
            print(f"{args.python} is not CPython 3.11: the expectations come from 3.11")
            print("0 passed, 1 failed")
            return 1
        leftovers = [p.name for p in CORPUS.iterdir() if p.suffix in SUFFIXES and not (CORPUS / (p.stem + ".py")).exists()]
        # In parallel: one run per case; then the cases that differed, one at a time (less load), `retries` more runs.
        work = lambda name: check_cpython(name, args.python, args.timeout, 0)
        serial_retry = lambda name: check_cpython(name, args.python, args.timeout, max(0, args.retries - 1))
    else:
        if not args.looplab:
            parser.error("--looplab needs a command")
        command = list(args.looplab) + ([] if is_python(args.looplab[-1]) else ["run"])
        leftovers = []
        env = clean_env() if is_python(args.looplab[-1]) else None
        work = lambda name: check_looplab(name, command, args.timeout, env)
        serial_retry = None  # LoopLab runs on virtual time: a difference is a failure at once
        if env is not None:  # the self-check: CPython in real time gets the serial re-runs of --cpython
            def serial_retry(name):
                for _ in range(max(1, args.retries)):
                    ok, message = check_looplab(name, command, args.timeout, env)
                    if ok:
                        return ok, message
                return ok, message

    passed = failed = 0
    failed_names = []
    deferred = []  # CPython runs (--cpython, the self-check): (name, message) of cases that differed in the parallel pass
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        for name, (ok, message) in zip(names, pool.map(work, names)):
            if not ok and serial_retry is not None and args.retries > 0:
                deferred.append((name, message))
                continue
            if message:
                sys.stdout.write(message)
                sys.stdout.flush()
            passed += ok
            failed += not ok
            if not ok:
                failed_names.append(name)
    for name, first_message in deferred:
        ok, message = serial_retry(name)
        if ok:
            message = f"FLAKY {name}: differed in the parallel pass, then matched (fix the script):\n{first_message}"
        sys.stdout.write(message)
        passed += ok
        failed += not ok
        if not ok:
            failed_names.append(name)
    for leftover in sorted(leftovers):
        print(f"FAIL {leftover}: an expectation file without its script")
        failed += 1
    if failed_names:
        print("failed cases:", " ".join(failed_names))
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
