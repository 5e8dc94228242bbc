#!/usr/bin/env python3
# run.py — LoopLab Python vs CPython on the same .py files (issue 10's performance section): whole-process wall time
# and peak RSS via /usr/bin/time, interleaved runs (rep 1 of every script and runtime, then rep 2, ...), medians,
# ratios, and bytes per sleeping task. Called by bench/python/run.sh after the build; see bench/README.md.
# Usage: python3 bench/python/run.py --looplab PATH [--python /usr/bin/python3] [--reps 5] [--only NAME,...]
#        [--timeout S]   (a measurement past S seconds, default 300, is killed and its row reports the failure)
import argparse
import datetime
import json
import os
import platform
import signal
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
WORK = os.path.join(REPO, "build", "bench-python")
# (name, script, what). memory_1k is memory_100k.py with N = 1,000: the baseline for bytes per task.
CASES = [
    ("sleep_100k", "sleep_100k.py", "100,000 tasks, asyncio.sleep(randint(0, 2) * 0.001), gathered"),
    ("yield_10k_x100", "yield_10k_x100.py", "10,000 tasks x 100 asyncio.sleep(0)"),
    ("cpu_loop", "cpu_loop.py", "10**7 additions in a plain loop, no awaits"),
    ("memory_100k", "memory_100k.py", "100,000 sleeping tasks (peak RSS)"),
    ("memory_1k", "memory_1k.py", "1,000 sleeping tasks (RSS baseline)"),
]
MEMORY_BIG, MEMORY_SMALL = 100_000, 1_000


def prepare_scripts():
    """Copies the scripts into build/bench-python/ and derives memory_1k.py; returns {name: path}."""
    os.makedirs(WORK, exist_ok=True)
    paths = {}
    for name, script, _ in CASES:
        if name == "memory_1k":
            text = open(os.path.join(HERE, "memory_100k.py"), encoding="utf-8").read()
            assert "N = 100_000\n" in text
            text = text.replace("N = 100_000\n", "N = 1_000\n").replace("memory_100k.py", "memory_1k.py")
        else:
            text = open(os.path.join(HERE, script), encoding="utf-8").read()
        path = os.path.join(WORK, script)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        paths[name] = path
    return paths


def measure(command, script, timeout):
    """One fresh process under /usr/bin/time: returns dict(wall s, rss kB, status, stdout, stderr tail).
    Past `timeout` seconds the whole process group (time and the measured process) is killed: status "timeout"."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as timing:
        start = time.perf_counter()
        proc = subprocess.Popen(["/usr/bin/time", "-f", "%e %M", "-o", timing.name] + command + [script],
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                cwd=os.path.dirname(script), start_new_session=True)
        try:
            out, err = proc.communicate(timeout=timeout)
            status = proc.returncode
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, err = proc.communicate()
            status = "timeout"
        wall = time.perf_counter() - start
        fields = (timing.read().strip().splitlines() or ["0 0"])[-1].split()
    rss_kb = int(fields[-1]) if fields and fields[-1].isdigit() else 0
    return {"wall": wall, "rss_kb": rss_kb, "status": status, "stdout": out.decode(errors="replace"),
            "stderr": err.decode(errors="replace")[-2000:]}


def median(values):
    return statistics.median(values) if values else None


def fmt(value, unit=""):
    if value is None:
        return "n/a"
    return f"{value:,.3f}{unit}" if value < 100 else f"{value:,.0f}{unit}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--looplab", required=True, help="the looplab binary (native-release)")
    parser.add_argument("--python", default="/usr/bin/python3")
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--only", default="", help="comma-separated case names")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per measurement before it is killed")
    args = parser.parse_args()
    # A Python interpreter as --looplab (a dry run of this driver) takes no `run` word.
    is_python = os.path.basename(args.looplab).startswith("python")
    runtimes = {"looplab": [args.looplab] + ([] if is_python else ["run"]), "python3": [args.python]}
    selected = [c for c in CASES if not args.only or c[0] in args.only.split(",")]
    paths = prepare_scripts()

    runs = {(case[0], rt): [] for case in selected for rt in runtimes}
    failures = {}
    for rep in range(args.reps):
        for name, _, _ in selected:
            for rt, command in runtimes.items():
                if (name, rt) in failures:
                    continue
                m = measure(command, paths[name], args.timeout)
                if m["status"] == "timeout":
                    failures[(name, rt)] = f"killed after {args.timeout:g} s"
                    print(f"bench: {rt} {name} timed out ({failures[(name, rt)]})", file=sys.stderr)
                    continue
                if m["status"] != 0:
                    failures[(name, rt)] = f"exit {m['status']}: {m['stderr'].strip().splitlines()[-1:]}"
                    print(f"bench: {rt} {name} failed ({failures[(name, rt)]})", file=sys.stderr)
                    continue
                runs[(name, rt)].append(m)
                print(f"bench: rep {rep + 1}/{args.reps} {name:15} {rt:8} {m['wall']:8.3f} s {m['rss_kb']:>9,} kB",
                      file=sys.stderr)

    # Same output from both runtimes (first successful run of each), or the comparison means nothing.
    mismatches = []
    for name, _, _ in selected:
        a, b = runs[(name, "looplab")], runs[(name, "python3")]
        if a and b and a[0]["stdout"] != b[0]["stdout"]:
            mismatches.append(name)

    print()
    print(f"LoopLab Python vs CPython, whole process, median of {args.reps} interleaved runs")
    version = subprocess.run([args.python, "--version"], capture_output=True, text=True).stdout.strip()
    print(f"looplab: {args.looplab}   python3: {args.python} ({version})")
    print()
    print("| script | what | looplab s | python3 s | python3 / looplab | looplab peak RSS | python3 peak RSS |")
    print("|---|---|---:|---:|---:|---:|---:|")
    summary = {}
    for name, _, what in selected:
        wall = {rt: median([m["wall"] for m in runs[(name, rt)]]) for rt in runtimes}
        rss = {rt: median([m["rss_kb"] for m in runs[(name, rt)]]) for rt in runtimes}
        ratio = wall["python3"] / wall["looplab"] if wall["looplab"] and wall["python3"] else None
        summary[name] = {"wall_s": wall, "peak_rss_kb": rss, "ratio_python_over_looplab": ratio}
        note = " (outputs differ!)" if name in mismatches else ""
        print(f"| {name} | {what}{note} | {fmt(wall['looplab'])} | {fmt(wall['python3'])} | "
              f"{fmt(ratio, '×')} | {fmt(rss['looplab'] and rss['looplab'] / 1024, ' MiB')} | "
              f"{fmt(rss['python3'] and rss['python3'] / 1024, ' MiB')} |")

    if "memory_100k" in summary and "memory_1k" in summary:
        print()
        print(f"Bytes per sleeping task = (peak RSS at {MEMORY_BIG:,} tasks - at {MEMORY_SMALL:,}) / "
              f"{MEMORY_BIG - MEMORY_SMALL:,}:")
        for rt in runtimes:
            big, small = summary["memory_100k"]["peak_rss_kb"][rt], summary["memory_1k"]["peak_rss_kb"][rt]
            per_task = (big - small) * 1024 / (MEMORY_BIG - MEMORY_SMALL) if big and small else None
            summary.setdefault("bytes_per_task", {})[rt] = per_task
            print(f"  {rt:8} {fmt(per_task, ' B')}")
    for (name, rt), why in sorted(failures.items()):
        print(f"FAILED: {rt} {name}: {why}")
    for name in mismatches:
        print(f"MISMATCH: {name}: looplab and python3 printed different outputs")

    os.makedirs(os.path.join(REPO, "bench", "results"), exist_ok=True)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    out = os.path.join(REPO, "bench", "results", f"python-{stamp}.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"reps": args.reps, "looplab": args.looplab, "python": args.python, "machine": platform.platform(),
                   "loadavg": os.getloadavg(), "summary": summary, "failures": {f"{k[1]} {k[0]}": v for k, v in
                   failures.items()}, "mismatches": mismatches,
                   "runs": {f"{k[1]} {k[0]}": [{x: m[x] for x in ("wall", "rss_kb")} for m in v]
                            for k, v in runs.items()}}, f, indent=1)
    print(f"\nraw figures: {os.path.relpath(out, REPO)}")
    return 1 if failures or mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
