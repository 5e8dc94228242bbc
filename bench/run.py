# run.py — runs every runtime on every workload (a fresh process per measurement, interleaved round-robin
# so machine noise hits all runtimes alike), prints the medians and LoopLab's ratios, and writes the raw
# figures to bench/results/. Called by bench/run.sh after the builds; see bench/README.md.
# Usage: python3 bench/run.py [--reps N] [--quick] [--only NAME,...] [--no-frame] | --frame | --callgrind
#
# [SECTION] runtimes and cases   [SECTION] running   [SECTION] table   [SECTION] callgrind
# [SECTION] frame cost   [SECTION] main
import argparse
import datetime
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(REPO, "bench")
NATIVE = os.path.join(REPO, "build", "bench-native", "bench")
NODE = ["node", "--no-experimental-fetch"]
PY = "/usr/bin/python3"  # the interpreter Debian's python3-uvloop targets

# [SECTION] runtimes and cases
# A runtime: name -> command prefix, plus which clocks it runs W2 and the seed on. LoopLab's rows are one
# binary per build, split by clock into "<name>" (virtual) and "<name>/steady" (the real-clock driver).
RUNTIMES = {
    "asyncio": [PY, os.path.join(BENCH, "comparators", "asyncio_bench.py"), "--loop", "asyncio"],
    "uvloop": [PY, os.path.join(BENCH, "comparators", "asyncio_bench.py"), "--loop", "uvloop"],
    "node": NODE + [os.path.join(BENCH, "comparators", "node_bench.mjs")],
    "asio": [os.path.join(NATIVE, "asio_bench")],
    "looplab-native": [os.path.join(NATIVE, "looplab_bench")],
    "looplab-wasm": NODE + [os.path.join(REPO, "build", "bench-wasm-os", "bench", "looplab_bench.js")],
    "looplab-wasm-O3": NODE + [os.path.join(REPO, "build", "bench-wasm-o3", "bench", "looplab_bench.js")],
}
LOOPLAB = ("looplab-native", "looplab-wasm", "looplab-wasm-O3")
COMPARATORS = ("asyncio", "uvloop", "node", "asio")

# A case: (key, argv, metric). W1 has no timers, so it runs on the virtual clock only.
CASES = [
    ("w1", ["w1"], "ns_per_switch"),
    ("w2_1e5", ["w2", "100000"], "ns_per_task"),
    ("w2_1e6", ["w2", "1000000"], "ns_per_task"),
    ("seed", ["seed"], "us_beyond_longest"),
]
# Asio's W1 as a literal 0-delay timer; LoopLab's W1 once more after an untimed warm-up run (V8 compiles wasm
# lazily and tiers up in the background, inside W1's ~20 ms: the warm figure is the steady state the page runs in).
EXTRA_CASES = {"asio": [("w1_timer", ["w1_timer"], "ns_per_switch")],
               **{r: [("w1_warm", ["w1", "--warm"], "ns_per_switch")] for r in LOOPLAB}}
TIMEOUT_S = 180


def rows_for(runtime):
    """(row name, extra argv) pairs: LoopLab runs twice per timer case, once per clock."""
    if runtime in LOOPLAB:
        return [(runtime, ["--clock", "virtual"]), (runtime + "/steady", ["--clock", "steady"])]
    return [(runtime, [])]


# [SECTION] running
def run_once(command):
    started = time.monotonic()
    proc = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_S, env=dict(os.environ))
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {proc.returncode}: {proc.stderr.strip()[-400:]}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["wall_s"] = round(time.monotonic() - started, 3)
    return result


def plan(runtimes, reps, quick):
    """Every (row, case, command) to run, each reps times."""
    jobs = []
    for key, argv, metric in CASES:
        if quick and key == "w2_1e6":
            continue
        for runtime in runtimes:
            for row, extra in rows_for(runtime):
                if key == "w1" and row.endswith("/steady"):
                    continue
                jobs.append((row, key, metric, RUNTIMES[runtime] + argv + extra))
            for ekey, eargv, emetric in EXTRA_CASES.get(runtime, []):
                if key == "w1":
                    jobs.append((runtime, ekey, emetric, RUNTIMES[runtime] + eargv))
    return [(rep, job) for rep in range(reps) for job in jobs]


def run_all(runtimes, reps, quick):
    raw = {}
    schedule = plan(runtimes, reps, quick)
    for count, (rep, (row, key, metric, command)) in enumerate(schedule, 1):
        print(f"\r  [{count}/{len(schedule)}] rep {rep + 1}: {row} {key}      ", end="", file=sys.stderr, flush=True)
        try:
            result = run_once(command)
        except (RuntimeError, subprocess.TimeoutExpired, ValueError) as error:
            result = {"error": str(error)}
            print(f"\n  {row} {key}: {error}", file=sys.stderr)
        raw.setdefault(row, {}).setdefault(key, []).append(result)
    print(file=sys.stderr)
    return raw


def median(raw, row, key, field):
    values = [r[field] for r in raw.get(row, {}).get(key, []) if field in r]
    return statistics.median(values) if values else None


def summarize(raw):
    """Medians per row and case: the metric, plus bytes per task for W2."""
    summary = {}
    for row, cases in raw.items():
        for key, _, metric in CASES + [c for extra in EXTRA_CASES.values() for c in extra]:
            if key not in cases:
                continue
            entry = {metric: median(raw, row, key, metric), "runs": len(cases[key])}
            for field in ("bytes_per_task", "heap_bytes_per_task"):
                if median(raw, row, key, field) is not None:
                    entry[field] = median(raw, row, key, field)
            orders = [r.get("order_sorted_by_delay") for r in cases[key] if "order_sorted_by_delay" in r]
            if orders:
                entry["order_sorted_by_delay"] = all(orders)
            summary.setdefault(row, {})[key] = entry
    return summary


# [SECTION] table
def fmt(value, digits=1):
    if value is None:
        return "—"
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.{digits}f}"


def metric_of(summary, row, key):
    entry = summary.get(row, {}).get(key)
    if not entry:
        return None
    return next((v for k, v in entry.items() if k in ("ns_per_switch", "ns_per_task", "us_beyond_longest")), None)


def table(summary, rows):
    """The figures table (markdown), one row per runtime/clock."""
    lines = ["| runtime | W1 ns/switch | W2 1e5 ns/task | W2 1e5 B/task | W2 1e6 ns/task | W2 1e6 B/task | seed µs beyond longest |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for row in rows:
        if row not in summary:
            continue
        s = summary[row]
        w1 = metric_of(summary, row, "w1")
        if row == "asio" and "w1_timer" in s:
            w1_text = f"{fmt(w1)} (timer: {fmt(metric_of(summary, row, 'w1_timer'))})"
        elif "w1_warm" in s:
            w1_text = f"{fmt(w1)} (warm: {fmt(metric_of(summary, row, 'w1_warm'))})"
        else:
            w1_text = fmt(w1) if not row.endswith("/steady") else "(as above)"

        def bytes_text(key):
            entry = s.get(key, {})
            text = fmt(entry.get("bytes_per_task"))
            if entry.get("heap_bytes_per_task") is not None:
                text += f" (heap {fmt(entry['heap_bytes_per_task'])})"
            return text

        lines.append(f"| {row} | {w1_text} | {fmt(metric_of(summary, row, 'w2_1e5'))} | {bytes_text('w2_1e5')} | "
                     f"{fmt(metric_of(summary, row, 'w2_1e6'))} | {bytes_text('w2_1e6')} | "
                     f"{fmt(metric_of(summary, row, 'seed'), 2)} |")
    return lines


def ratio(a, b):
    return None if a is None or b is None or a == 0 else b / a


def ratio_table(summary, looplab_row, comparators):
    """How many times faster looplab_row is than each comparator (their time / ours)."""
    lines = [f"| {looplab_row} vs | W1 | W2 1e5 | W2 1e6 |", "|---|---:|---:|---:|"]
    for other in comparators:
        if other not in summary:
            continue
        cells = [ratio(metric_of(summary, looplab_row, k), metric_of(summary, other, k)) for k in ("w1", "w2_1e5", "w2_1e6")]
        lines.append(f"| {other} | " + " | ".join(f"{fmt(c)}×" if c else "—" for c in cells) + " |")
    return lines


def wasm_lines(summary):
    lines = ["| wasm / native (time ratio) | W1 | W1 warm | W2 1e5 | W2 1e6 |", "|---|---:|---:|---:|---:|"]
    for row in ("looplab-wasm", "looplab-wasm-O3"):
        if row in summary and "looplab-native" in summary:
            cells = [ratio(metric_of(summary, "looplab-native", k), metric_of(summary, row, k))
                     for k in ("w1", "w1_warm", "w2_1e5", "w2_1e6")]
            lines.append(f"| {row} | " + " | ".join(f"{c:.2f}" if c else "—" for c in cells) + " |")
    return lines


def target_lines(summary):
    """The performance targets that timings decide (instructions/switch comes from --callgrind)."""
    checks = []

    def check(text, value, bound, higher_is_better=True):
        if value is None:
            checks.append(f"- {text}: not measured")
            return
        ok = value >= bound if higher_is_better else value <= bound
        checks.append(f"- {'MET ' if ok else 'MISS'} {text}: {value:.2f} (target {'≥' if higher_is_better else '≤'} {bound})")

    native = "looplab-native"
    check("W1 native vs asyncio", ratio(metric_of(summary, native, "w1"), metric_of(summary, "asyncio", "w1")), 100)
    check("W1 native vs Boost.Asio", ratio(metric_of(summary, native, "w1"), metric_of(summary, "asio", "w1")), 10)
    for key in ("w2_1e5", "w2_1e6"):
        check(f"W2 {key[3:]} native vs asyncio", ratio(metric_of(summary, native, key), metric_of(summary, "asyncio", key)), 50)
        check(f"W2 {key[3:]} native vs Boost.Asio", ratio(metric_of(summary, native, key), metric_of(summary, "asio", key)), 8)
        entry = summary.get(native, {}).get(key, {})
        check(f"W2 {key[3:]} native bytes per sleeping task (peak RSS)", entry.get("bytes_per_task"), 200, False)
    for row in ("looplab-wasm", "looplab-wasm-O3"):
        for key in ("w1", "w1_warm", "w2_1e5", "w2_1e6"):
            check(f"{row} / native on {key}", ratio(metric_of(summary, native, key), metric_of(summary, row, key)), 1.6, False)
    return checks


# [SECTION] callgrind
def callgrind_total(command, region):
    """Instructions executed inside the named noinline region of one run of command."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "callgrind.out")
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", f"--toggle-collect=*{region}*"]
                       + command, check=True, capture_output=True, text=True, timeout=900)
        with open(out) as f:
            text = f.read()
        total = int(re.search(r"^(?:summary|totals): (\d+)", text, re.M).group(1))
        annotate = subprocess.run(["callgrind_annotate", "--inclusive=no", out], capture_output=True, text=True).stdout
    return total, annotate


def run_callgrind():
    """Instructions per switch and per task as differences between two sizes, so setup cancels."""
    binary = os.path.join(NATIVE, "looplab_bench")
    tasks, y1, y2 = 2000, 100, 200
    w1_a, _ = callgrind_total([binary, "w1", "--tasks", str(tasks), "--yields", str(y1)], "w1_region")
    w1_b, w1_profile = callgrind_total([binary, "w1", "--tasks", str(tasks), "--yields", str(y2)], "w1_region")
    per_switch = (w1_b - w1_a) / (tasks * (y2 - y1))
    n1, n2 = 50_000, 100_000
    w2_a, _ = callgrind_total([binary, "w2", str(n1), "--no-heap-count"], "w2_region")
    w2_b, w2_profile = callgrind_total([binary, "w2", str(n2), "--no-heap-count"], "w2_region")
    per_task = (w2_b - w2_a) / (n2 - n1)
    # Per spawned task in W1 (spawn + first resume + finish + frame free): a task of 1 yield vs 0 switches.
    result = {
        "w1": {"tasks": tasks, "yields": [y1, y2], "instructions": [w1_a, w1_b], "per_switch": per_switch},
        "w2": {"n": [n1, n2], "instructions": [w2_a, w2_b], "per_task": per_task},
    }
    print(f"callgrind (native, {os.path.basename(binary)}; differences of two sizes, timed region only):")
    print(f"  W1: {per_switch:.1f} instructions per switch  (tasks {tasks}, yields {y1} vs {y2}; target ≤ 150: "
          f"{'MET' if per_switch <= 150 else 'MISS'})")
    print(f"  W2: {per_task:.1f} instructions per task      (virtual clock, N {n1:,} vs {n2:,})")
    for name, profile in (("W1", w1_profile), ("W2", w2_profile)):
        print(f"\n  {name} self cost by function (larger size), top entries:")
        body = [l for l in profile.splitlines() if re.match(r"^\s*[\d,]+ \(", l)]
        for line in body[:12]:
            print("   ", line.strip()[:150])
    return result


# [SECTION] main
def environment():
    def version(command):
        try:
            return subprocess.run(command, capture_output=True, text=True, timeout=30).stdout.strip().splitlines()[0]
        except (OSError, IndexError, subprocess.TimeoutExpired):
            return None

    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), None)
    return {"cpu": cpu, "cores": os.cpu_count(), "kernel": platform.release(),
            "python": version([PY, "--version"]), "node": version(["node", "--version"]),
            "gxx": version(["g++", "--version"]),
            "git": version(["git", "-C", REPO, "rev-parse", "--short", "HEAD"])}


# [SECTION] frame cost
FRAME_NS = [9, 1000, 10000, 100000]
FRAME_RUNTIMES = {
    "looplab-native": [os.path.join(NATIVE, "looplab_frame_bench")],
    "looplab-wasm": NODE + [os.path.join(REPO, "build", "bench-wasm-os", "bench", "looplab_frame_bench.js")],
}


def run_frames(reps):
    """Each (runtime, N) reps times, interleaved; the median of the per-process median frame times."""
    raw = {}
    for rep in range(reps):
        for runtime, command in FRAME_RUNTIMES.items():
            for n in FRAME_NS:
                result = run_once(command + [str(n)])
                raw.setdefault(runtime, {}).setdefault(str(n), []).append(result)
                print(f"  [frame {rep + 1}/{reps}] {runtime} N={n}: {result['us_per_frame']:.1f} µs", file=sys.stderr)
    summary = {}
    out = ["frame cost: one full playground frame (advance, run due tasks, build both lanes' draw lists; ImGui null "
           "backend), µs; median frame of 120 per process, median of the processes; (× the 9-task frame)", "",
           "| runtime | " + " | ".join(f"N = {n:,}" for n in FRAME_NS) + " | 100k p95 | 100k max | 100k first |",
           "|---|" + "---:|" * (len(FRAME_NS) + 3)]
    for runtime, by_n in raw.items():
        med = {n: statistics.median(r["us_per_frame"] for r in by_n[str(n)]) for n in FRAME_NS}
        big = by_n[str(FRAME_NS[-1])]
        summary[runtime] = {"us_per_frame": med, "ratio_to_9": {n: med[n] / med[9] for n in FRAME_NS},
                            "p95_us_1e5": statistics.median(r["p95_us"] for r in big),
                            "max_us_1e5": statistics.median(r["max_us"] for r in big),
                            "first_frame_us_1e5": statistics.median(r["first_frame_us"] for r in big),
                            "apply_us_1e5": statistics.median(r["apply_us"] for r in big)}
        cells = [f"{med[n]:,.1f} (×{med[n] / med[9]:.2f})" for n in FRAME_NS]
        sm = summary[runtime]
        out.append(f"| {runtime} | " + " | ".join(cells) +
                   f" | {sm['p95_us_1e5']:,.0f} | {sm['max_us_1e5']:,.0f} | {sm['first_frame_us_1e5']:,.0f} |")
    if "looplab-native" in summary and "looplab-wasm" in summary:
        out.append("")
        out.append("wasm / native: " + ", ".join(
            f"N={n:,} {summary['looplab-wasm']['us_per_frame'][n] / summary['looplab-native']['us_per_frame'][n]:.2f}"
            for n in FRAME_NS))
    for runtime, sm in summary.items():
        ratio = sm["ratio_to_9"][100000]
        out.append(f"target 100k frame ≤ 4× the 9-task frame, {runtime}: ×{ratio:.2f} {'MET' if ratio <= 4 else 'MISSED'}")
    return raw, summary, out


def write_results(document, stem):
    out_dir = os.path.join(BENCH, "results")
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, f"{stem}-{datetime.datetime.now():%Y%m%d-%H%M%S}.json")
    for target in (path, os.path.join(out_dir, f"{stem}-latest.json")):
        with open(target, "w") as f:
            json.dump(document, f, indent=1)
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reps", type=int, default=5, help="runs per runtime and case (median reported; ≥ 5)")
    parser.add_argument("--quick", action="store_true", help="skip the N = 1,000,000 case")
    parser.add_argument("--only", default="", help="comma-separated runtimes (default: all)")
    parser.add_argument("--callgrind", action="store_true", help="instruction counts instead of timings")
    parser.add_argument("--frame", action="store_true", help="only the frame-cost section")
    parser.add_argument("--no-frame", action="store_true", help="skip the frame-cost section")
    args = parser.parse_args()
    command_line = "bash bench/run.sh " + " ".join(sys.argv[1:])

    if args.callgrind:
        result = run_callgrind()
        print(f"\nraw figures: {write_results({'command': command_line.strip(), 'env': environment(), 'callgrind': result}, 'callgrind')}")
        return 0

    if args.frame:
        started = time.monotonic()
        raw, summary, out = run_frames(args.reps)
        print("\n" + "\n".join(out))
        document = {"command": command_line.strip(), "reps": args.reps, "env": environment(),
                    "elapsed_s": round(time.monotonic() - started, 1), "summary": summary, "raw": raw}
        print(f"\nraw figures: {write_results(document, 'frame')}")
        return 0

    runtimes = [r for r in RUNTIMES if not args.only or r in args.only.split(",")]
    started = time.monotonic()
    raw = run_all(runtimes, args.reps, args.quick)
    summary = summarize(raw)
    rows = [row for runtime in RUNTIMES for row, _ in rows_for(runtime)]
    out = ["", f"median of {args.reps} runs each; command: {command_line.strip()}", ""]
    out += table(summary, rows) + [""]
    out += ratio_table(summary, "looplab-native", COMPARATORS) + [""]
    out += ratio_table(summary, "looplab-native/steady", COMPARATORS) + [""]
    out += wasm_lines(summary) + ["", "targets (timings; instructions/switch: bash bench/run.sh --callgrind):"]
    out += target_lines(summary)
    frame_summary = None
    if not args.no_frame and not args.only:
        _, frame_summary, frame_out = run_frames(args.reps)
        out += [""] + frame_out
    print("\n".join(out))
    document = {"command": command_line.strip(), "reps": args.reps, "env": environment(),
                "elapsed_s": round(time.monotonic() - started, 1), "summary": summary, "raw": raw,
                "frame": frame_summary}
    print(f"\nraw figures: {write_results(document, 'run')}  ({document['elapsed_s']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
